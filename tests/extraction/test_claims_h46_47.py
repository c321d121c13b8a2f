"""Amount rules found on holdout46/47, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_first_and_second_instance_costs_are_no_item_mark():
    # "一、二审诉讼费" names the costs of both instances: "一、" there opens no list, so the appeal's fixed sums
    # before it are claimed, not replaced by the first instance's claims
    text = (
        "江苏省南京市中级人民法院\n民事判决书\n（2025）苏01民终3391号\n"
        "上诉人（原审原告）：钟立群，男，1988年6月3日出生，汉族，住江苏省南京市鼓楼区湖南路45号2幢602室。\n"
        "被上诉人（原审被告）：南京味道坊餐饮管理有限公司，住所地江苏省南京市秦淮区中山南路219号5楼。\n"
        "法定代表人：严可馨，执行董事。\n"
        "上诉人钟立群因与被上诉人南京味道坊餐饮管理有限公司特许经营合同纠纷一案，不服南京市秦淮区人民法院"
        "（2024）苏0104民初8812号民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。\n"
        "钟立群上诉请求：撤销一审判决，改判味道坊公司返还加盟费45,000元、退还保证金10,000元，赔偿装修损失62,500元；"
        "一、二审案件受理费由味道坊公司负担。事实和理由：味道坊公司未如实披露信息。\n"
        "味道坊公司辩称，一审判决正确，请求驳回上诉。\n"
        "钟立群向一审法院起诉请求：1.解除加盟合同；2.味道坊公司返还加盟费45,000元、保证金10,000元；"
        "3.赔偿各项损失98,000元。\n"
        "一审法院认定事实：……\n"
    )
    assert extract(text).amount_claimed == 117500


def test_an_appeal_asking_more_beyond_the_sum_already_awarded_claims_the_more():
    # the sum the judgment appealed already awards is not in dispute: only what is asked beyond it is claimed
    text = (
        "民事上诉状\n"
        "上诉人（原审原告）：合肥恒远钢构工程有限公司，住所地安徽省合肥市蜀山区长江西路1120号。\n"
        "法定代表人：易振东，总经理。\n"
        "被上诉人（原审被告）：安徽润丰置业有限公司，住所地安徽省六安市金安区梅山北路86号。\n"
        "法定代表人：郑佩华，董事长。\n"
        "上诉人因与被上诉人建设工程施工合同纠纷一案，不服安徽省六安市金安区人民法院（2024）皖1502民初5130号民事判决，"
        "现提起上诉。\n"
        "上诉请求：\n"
        "1.变更一审判决第一项，改判被上诉人在一审判决支持的120,000元以外，再支付工程款85,600元；\n"
        "2.一、二审诉讼费用由被上诉人负担。\n"
        "事实与理由：一审法院未采信上诉人提交的签证单，少算了工程量。\n"
        "此致\n六安市中级人民法院\n上诉人：合肥恒远钢构工程有限公司\n2025年1月8日\n"
    )
    assert extract(text).amount_claimed == 85600


def test_an_appeal_asking_only_to_reverse_claims_the_first_instance_claim_it_recites():
    # the appellant (sued at first instance) asks for no sum: the sum in dispute is the claim it recites from the
    # first instance ("被上诉人在一审中的诉讼请求为：…"), its interest base adding nothing
    text = (
        "民事上诉状\n"
        "上诉人（原审被告）：蒋文斌，男，汉族，1979年11月5日出生，住四川省绵阳市涪城区临园路东段17号。\n"
        "被上诉人（原审原告）：柯雅琴，女，汉族，1983年2月28日出生，住四川省成都市武侯区玉林南路9号2栋803室。\n"
        "上诉人因合伙合同纠纷一案，不服四川省成都市武侯区人民法院（2024）川0107民初6620号民事判决，依法提起上诉。\n"
        "上诉请求：\n"
        "1.撤销一审判决，改判驳回被上诉人的全部诉讼请求；\n"
        "2.本案一、二审诉讼费用由被上诉人承担。\n"
        "事实与理由：\n"
        "被上诉人在一审中的诉讼请求为：（1）判令上诉人返还合伙出资款460,000元；（2）判令上诉人以460,000元为基数，"
        "自2023年9月1日起按一年期贷款市场报价利率支付资金占用损失至实际清偿之日止；（3）诉讼费由上诉人承担。"
        "一审判决支持了被上诉人的请求。上诉人认为，合伙尚未清算，出资款不应返还。\n"
        "此致\n四川省成都市中级人民法院\n上诉人：蒋文斌\n2025年3月2日\n"
    )
    assert extract(text).amount_claimed == 460000


def test_a_claims_table_headed_by_its_claims_column_sums_its_amount_column():
    # the head row names the claims column ("| 序号 | 诉讼请求 | 金额（元） |"): the amount column gives the sums, a row
    # with no sum (interest reckoned on a base, the costs) adds nothing, and the total row says what it leaves out
    text = (
        "民事起诉状\n\n"
        "| 项目 | 内容 |\n|---|---|\n"
        "| 原告 | 赣州宏毅五金建材有限公司 |\n"
        "| 住所地 | 江西省赣州市章贡区红旗大道58号 |\n"
        "| 法定代表人 | 温立东（经理） |\n"
        "| 被告 | 南康区鑫达家具厂（个体工商户） |\n"
        "| 经营场所 | 江西省赣州市南康区东山街道家具城路207号 |\n"
        "| 经营者 | 刘春生，男，1981年8月9日生 |\n\n"
        "| 序号 | 诉讼请求 | 金额（元） |\n|---|---|---|\n"
        "| 1 | 支付欠付的五金配件货款 | 58430 |\n"
        "| 2 | 支付约定的违约金 | 5000 |\n"
        "| 3 | 以58430元为基数，自2024年6月1日起按一年期LPR支付逾期付款利息至付清之日 | —— |\n"
        "| 4 | 本案诉讼费由被告承担 | —— |\n"
        "| | 合计（不含第3、4项） | 63430 |\n\n"
        "事实与理由：\n被告自2023年起向原告购买五金配件，至今欠付货款58430元。\n\n"
        "此致\n赣州市南康区人民法院\n\n原告：赣州宏毅五金建材有限公司（盖章）\n2024年8月12日\n"
    )
    assert extract(text).amount_claimed == 63430


def test_a_letter_saying_of_its_claims_how_few_they_are_heads_its_list():
    # "我的要求就两条：" heads the list as "我的要求：" does; the people are told after the claims
    text = (
        "法官同志：\n\n"
        "我在莫师傅的装修队干了两个多月的瓦工活，说好做完就结账，结果拖到现在一分钱没给。\n\n"
        "我的要求就两条：\n"
        "一、莫国栋把欠我的工钱14600元给我；\n"
        "二、把我垫的瓷砖胶钱385.50元还我。\n\n"
        "我告的人：莫国栋，男，五十岁左右，包工头，住柳州市柳北区跃进路33号。\n\n"
        "写信人（原告）：黎春燕，女，1990年10月2日出生\n"
        "身份证号：450203199010021329\n"
        "住址：广西壮族自治区柳州市鱼峰区箭盘路12号\n"
        "2025年5月6日\n"
    )
    assert extract(text).amount_claimed == 14985.5


def test_under_a_heading_of_its_own_the_claim_is_the_sentence_that_asks():
    # "四、我的请求" over prose: its first sentence tells what the one sued paid (no claim), the next one asks the
    # court for the total of the costs listed above
    text = (
        "给宜春市袁州区人民法院的一封信\n"
        "写信人：邹德明（男，1958年12月1日生，身份证360902195812014617，住宜春市袁州区天台镇院前村邹家组8号），"
        "腿脚不便，由女儿邹丽代写。\n"
        "要告的人：易春兰（女，1966年4月15日生，身份证360902196604152229，住宜春市袁州区天台镇院前村易家组21号）。\n"
        "一、出事经过\n"
        "2024年5月，易春兰请我去给她家猪栏砌墙，讲好每天工钱230元。5月18日我站在她家的木凳上砌墙，凳子腿断了，"
        "我摔下来把左腿摔断了。\n"
        "二、花费\n"
        "医疗费：31200元\n护理费：4800元\n误工费：9000元\n以上一共45000元。\n"
        "四、我的请求\n"
        "易春兰只在出院那天拿来2000元，后来再也不露面。我请求法院判她赔偿我上面这些损失共计肆万伍仟元，打官司的钱也由她出。\n"
        "邹德明（手印）\n代笔人：邹丽\n二〇二四年十月九日\n"
    )
    assert extract(text).amount_claimed == 45000


def test_the_writer_asking_the_one_sued_to_pay_a_list_after_a_colon():
    # "我们要求某某赔：" heads the sums asked, their total stated last; a later cost left open adds nothing
    text = (
        "尊敬的法官：\n"
        "我叫马秀英，女，1975年9月3日出生，身份证号370102197509032248，住山东省济南市历下区甸柳庄12号。"
        "我要告饭店老板丁宝山，男，1966年5月20日出生，身份证号370103196605201517，住山东省济南市市中区经四路5号。\n"
        "今年正月我在他饭店后厨洗碗，地上全是油，他不让铺防滑垫，我滑倒摔断了手腕，住了二十天院。\n"
        "我们要求丁宝山赔：医药费18400元，误工费7200元，营养费1500元，一共27100元。以后拆钢钉的钱另说。\n"
        "马秀英\n2025年4月2日\n"
    )
    assert extract(text).amount_claimed == 27100
