"""Rules from the holdout40/41 misses, each tested on a new snippet written for the test."""

from courtdoc.extraction import extract


def test_form_labels_spaced_to_line_up_colons():
    # "名　　称：" / "住 所 地：": labels set out with spaces are the labels, not a name '名'
    text = (
        "民事起诉状\n\n【原告】\n名　　称：韶关市锦程建材贸易有限公司\n住 所 地：广东省韶关市浈江区风度北路16号\n"
        "法定代表人：欧阳伟（经理）\n\n【被告】\n名　　称：清远市恒基装饰工程有限公司\n"
        "住 所 地：广东省清远市清城区凤翔大道41号\n法定代表人：卢志明\n\n【诉讼请求】\n"
        "1、判令被告支付货款人民币42300元；\n2、本案诉讼费由被告承担。\n\n【事实和理由】\n双方签订买卖合同，被告未付货款。\n"
        "\n此致\n广东省清远市清城区人民法院\n起诉人：韶关市锦程建材贸易有限公司\n二〇二六年三月二日\n"
    )
    el = extract(text)
    got = {(p.role, p.name, p.address) for p in el.parties}
    assert got == {
        ("原告", "韶关市锦程建材贸易有限公司", "广东省韶关市浈江区风度北路16号"),
        ("被告", "清远市恒基装饰工程有限公司", "广东省清远市清城区凤翔大道41号"),
    }


def _amount(text):
    return extract(text).amount_claimed


def test_claims_table_amount_column_not_the_reckoning_column():
    # a claims table: the 元 figures under 计算方式 reckon the row's sum; the amount column (and its 合计) is the claim
    text = (
        "民事起诉状\n\n原告：保定市安居物业管理有限公司，住所地河北省保定市竞秀区朝阳北大街55号。\n"
        "被告：任德华，男，1970年4月2日出生，住河北省保定市竞秀区朝阳北大街安居小区3号楼502室。\n\n诉讼请求：\n"
        "| 序号 | 项目 | 计算方式 | 金额（元） |\n|---|---|---|---|\n"
        "| 1 | 物业费 | 96.5㎡×1.50元/㎡/月×24个月 | 3474.00 |\n"
        "| 2 | 滞纳金 | 按合同约定 | 300.00 |\n| | 合计 | | 3774.00 |\n3．本案诉讼费由被告承担。\n\n"
        "事实与理由：\n被告拖欠物业费至今未交。\n\n此致\n保定市竞秀区人民法院\n"
    )
    assert _amount(text) == 3774.0


def test_net_balance_after_a_total_within_one_clause():
    # "…，共计X元，扣除已垫付Y元，尚需赔偿Z元": the balance is what is asked
    text = (
        "民事起诉状\n\n原告：方玉梅，女，1980年5月6日生，住江苏省南通市崇川区青年路8号。\n"
        "被告：石建军，男，1985年9月9日生，住江苏省南通市港闸区永兴路21号。\n\n诉讼请求：\n"
        "一、判令被告赔偿原告医疗费23100元、误工费8400元、护理费4500元，共计36000元，扣除被告已垫付的6000元，"
        "尚需赔偿30000元；\n二、本案诉讼费由被告负担。\n\n事实与理由：\n被告驾车撞伤原告。\n\n此致\n南通市崇川区人民法院\n"
    )
    assert _amount(text) == 30000.0


def test_share_of_a_whole_named_after_a_comma():
    # "存款60000元，由被告支付一半即30000元": the half is the claim, not the whole and the half
    text = (
        "离婚起诉状\n原告：宁小燕，女，1990年2月3日出生，住广西南宁市青秀区民族大道12号。\n"
        "被告：莫志刚，男，1988年6月7日出生，住广西南宁市兴宁区朝阳路5号。\n诉讼请求：\n1.判决原告与被告离婚；\n"
        "2.被告名下建设银行账户内共同存款60000元，由被告向原告支付一半即30000元；\n"
        "3.被告每月支付女儿抚养费1500元至其年满十八周岁；\n4.诉讼费由被告负担。\n事实与理由：\n感情破裂。\n此致\n南宁市青秀区人民法院\n"
    )
    assert _amount(text) == 30000.0


def test_letter_heading_said_with_yao():
    # "我要法院帮我：…": a letter's claims heading
    text = (
        "告状\n我要告的人：庞大海（男的，五十来岁，住阳江市阳东区大沟镇）\n"
        "我：韦小梅，女，1983年3月3日生，住广西河池市都安县安阳镇。\n"
        "我要法院帮我：叫庞大海把欠我的工钱9600元给我。\n"
        "为什么告他：我在他的养殖场做工四个月，工钱一直没给。\n阳江市阳东区人民法院\n韦小梅\n2026年1月5日\n"
    )
    assert _amount(text) == 9600.0


def test_appeal_without_a_sum_takes_the_first_instance_claims_it_recites():
    text = (
        "民事上诉状\n\n上诉人（原审被告）：佛山市鸿图五金有限公司\n住所地：广东省佛山市南海区狮山镇工业大道9号\n\n"
        "被上诉人（原审原告）：广东顺德农村商业银行股份有限公司容桂支行\n住所地：广东省佛山市顺德区容桂街道容奇大道3号\n\n"
        "上诉请求：\n1.撤销原判第一项中关于罚息的判项，依法改判；\n2.本案一、二审诉讼费用由被上诉人负担。\n\n"
        "事实和理由：\n一审中，被上诉人的诉讼请求为：1.判令上诉人偿还借款本金800000元、截至2025年3月1日的利息42000.5元，"
        "并支付自2025年3月2日起至清偿之日止的罚息；2.判令上诉人支付律师费12000元；3.本案诉讼费由上诉人负担。"
        "一审法院全部予以支持。\n上诉人认为罚息过高。\n\n此致\n广东省佛山市中级人民法院\n"
    )
    el = extract(text)
    assert el.document_type == "上诉状"
    assert el.amount_claimed == 854000.5
