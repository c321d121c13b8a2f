"""Claims and amount rules the holdout62-65 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_half_named_right_after_the_whole_is_the_sum_claimed():
    # "存款64000元的一半，即32000元": the whole, its share named right after it, then the share's sum; the share is
    # what is claimed, the whole only tells how it was reckoned
    text = (
        "民事起诉状\n"
        "原告：蒋丽萍，女，1979年4月2日出生，汉族，住浙江省宁波市海曙区鼓楼街道中山西路18号2幢301室。\n"
        "被告：方国强，男，1977年9月15日出生，汉族，住浙江省宁波市江北区孔浦街道康庄南路66号5幢802室。\n"
        "诉讼请求：\n"
        "1.判令被告向原告支付其离婚时隐瞒的银行定期存款64000元的一半，即32000元；\n"
        "2.判令被告向原告支付原告离婚后代为归还的共同借款21000元的50%，即10500元；\n"
        "3.本案诉讼费用由被告承担。\n"
        "事实和理由：\n"
        "原、被告于2010年结婚，2023年协议离婚，离婚后原告发现被告隐瞒了存款。\n"
        "此致\n宁波市江北区人民法院\n具状人：蒋丽萍\n2024年8月1日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 42500


def test_part_of_a_whole_said_as_qizhong_and_a_monthly_total_for_several_children():
    # "共同存款24万元，由被告返还原告其中的12万元": the whole, then the part of it asked back; and
    # "每月支付三个孩子抚养费共计4500元": the children's sums added up for each month, still paid per month
    text = (
        "离婚起诉状\n"
        "原告：邵美玲，女，1988年6月21日出生，汉族，住湖北省武汉市洪山区珞南街道珞喻路452号7栋1单元602室。\n"
        "被告：钱志远，男，1986年1月30日出生，汉族，住湖北省武汉市江夏区纸坊街道文化大道99号3栋1405室。\n"
        "诉讼请求：\n"
        "一、判决原告与被告离婚；\n"
        "二、三个孩子均由原告抚养，被告每月支付三个孩子抚养费共计4500元，至孩子年满十八周岁止；\n"
        "三、被告擅自取走的夫妻共同存款24万元，由被告返还原告其中的12万元；\n"
        "四、判令被告支付原告精神损害抚慰金伍万元；\n"
        "五、本案诉讼费由被告负担。\n"
        "事实与理由：\n"
        "原、被告2011年登记结婚，被告长期酗酒，2024年起双方分居。\n"
        "此致\n武汉市江夏区人民法院\n具状人：邵美玲\n2025年2月10日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 170000


def test_claims_headed_by_whose_requests_they_are():
    # a letter written for the filer by someone else heads the claims with whose requests they are ("阿婆的要求："),
    # a line of its own, after the story
    text = (
        "起诉书\n"
        "我是龙潭村村委会的文书杨秀梅，村里的阿婆吴桂香不识字，让我帮她写这个状子，写好念给她听了。\n"
        "起诉人：吴桂香，女，苗族，1942年7月9日出生，身份证号522631194207090024，住贵州省黔东南苗族侗族自治州黎平县"
        "龙潭村3组5号。\n"
        "被起诉人：石光明，男，苗族，1968年2月14日出生，身份证号522631196802140019，住贵州省黔东南苗族侗族自治州黎平县"
        "德凤街道五开南路12号。他是阿婆的二儿子。\n"
        "阿婆讲的情况是：2021年分家时阿婆的田和房子都给了二儿子，说好每年给阿婆生活费2400元，三年了一分没给。"
        "今年3月阿婆摔伤住院，花了5200元，都是邻居借的。\n"
        "阿婆的要求：\n"
        "一、石光明把三年没给的生活费7200元给阿婆；\n"
        "二、住院花的5200元，石光明出一半，就是2600元；\n"
        "三、以后每个月给阿婆生活费300元；\n"
        "四、打官司的钱叫石光明出。\n"
        "\n代书人：杨秀梅\n起诉人：吴桂香（按手印）\n2024年6月3日\n"
    )
    el = extract(text)
    assert el.claims[0].startswith("石光明把三年没给的生活费7200元")
    assert el.amount_claimed == 9800


def test_numbered_section_headed_what_i_ask_with_de():
    # a letter in numbered sections heads its claims "六、我要求的" (a line of its own, no colon), the list below
    text = (
        "致成都市武侯区人民法院：\n"
        "我想请法院帮我和前女友分清楚一起买的东西。\n"
        "一、我是谁\n"
        "刘子健，男，1990年12月3日出生，身份证号510107199012035717，户籍在四川省成都市武侯区玉林南路27号2栋8号。\n"
        "二、要告的人\n"
        "陈露，女，1992年5月19日出生，身份证号510104199205192948，户籍在四川省成都市锦江区书院街道东大街51号。\n"
        "三、事情经过\n"
        "2020年我们开始同居，2022年一起花90000元买了一套家具家电，我出了70000元。去年分手，东西都在她那里。\n"
        "四、我要求的\n"
        "1. 家具家电归陈露，陈露给我折价款45000元（现在大概值六万，按我出钱多算）；\n"
        "2. 打官司的费用由她出。\n"
        "刘子健\n2024年10月8日\n"
    )
    el = extract(text)
    assert el.claims[0].startswith("家具家电归陈露")
    assert el.amount_claimed == 45000


def test_letter_that_opens_with_its_demand():
    # a letter whose first paragraph, before its greeting and the writer's own lines, is the demand with its sums
    text = (
        "我要求老板把拖欠我的工钱6200块还给我，还有押在他那里的工具钱800块也要退！一共7000块。\n"
        "\n"
        "法官同志你好：\n"
        "我没读过几年书，写得乱请见谅。\n"
        "我叫蒙志勇，男，瑶族，1995年3月17日生，身份证号码452731199503170513，户口在广西壮族自治区河池市巴马瑶族自治县"
        "甲篆镇坡月村8号，现在在海口的工地上干活。\n"
        "老板叫林德海，男，四十多岁，他的身份证号我不知道，他住海口市美兰区白龙街道和平北路66号。\n"
        "2024年3月我跟他干装修，说好一天200块。干到6月他说没钱，工钱一直拖着，工具钱也不退，电话也不接了。\n"
        "\n"
        "起诉人：蒙志勇\n2024年8月2日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 7000
