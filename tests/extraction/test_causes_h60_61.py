"""Causes read from new snippets written for the holdout60/61 misses (not copied from the dev documents)."""
from courtdoc.extraction import extract


def test_freight_asked_as_a_buyers_loss_is_no_carriage():
    # a pump bought in a live stream, broke at once; hauling it to a repairer (运费) is one of the buyer's losses
    text = (
        "起诉书\n\n致临泉县人民法院：\n我叫田凤英，女，1968年4月2日生，住安徽省阜阳市临泉县姜寨镇田庄村。\n"
        "我要告卖水泵的王德贵，男，住河南省周口市川汇区七一路55号。\n\n"
        "去年腊月我在抖音直播间看见王德贵卖抽水泵，说是纯铜电机、三年包换，我当场下单买了两台，"
        "用支付宝付了4600元。水泵用了不到一个星期就烧了，拆开一看是铝线电机。我拉去镇上修理铺检查，"
        "来回运费花了350元。找他换，他不理我。\n\n"
        "我的要求：一、王德贵退我水泵钱4600元；二、假一赔三，赔我13800元；三、赔我运费350元。\n\n"
        "起诉人 田凤英\n2024年3月18日"
    )
    assert extract(text).cause_of_action == "信息网络买卖合同纠纷"


def test_a_carriers_unpaid_freight_stays_carriage():
    # the freight itself owed to the one who carried the goods: the carriage contract, whatever was carried
    text = (
        "民事起诉状\n\n原告：沈国栋，男，1979年6月1日出生，汉族，住江苏省盐城市亭湖区解放南路16号。\n"
        "被告：盐城市恒昌农资销售有限公司，住所地江苏省盐城市亭湖区开放大道201号。\n\n"
        "诉讼请求：\n一、判令被告支付运费18000元；\n二、诉讼费由被告承担。\n\n"
        "事实与理由：\n2023年5月起，原告受被告委托为其运输化肥到各乡镇销售网点，约定每吨运费60元，"
        "被告至今拖欠运费18000元未付。\n\n此致\n盐城市亭湖区人民法院\n\n具状人：沈国栋\n2024年2月1日"
    )
    assert extract(text).cause_of_action != "信息网络买卖合同纠纷"
    assert "运输合同纠纷" in (extract(text).cause_of_action or "")


def test_stated_land_contract_cause_with_numbered_filers_asking_their_share_of_land_taken():
    # the stated level-3 土地承包经营权纠纷 over the compensation of land taken, each numbered filer's share asked of
    # the village group: the level-4 承包地征收补偿费用分配纠纷
    text = (
        "民事起诉状\n\n案由：土地承包经营权纠纷\n\n"
        "原告一：韦春燕，女，1979年8月3日出生，瑶族，住广西壮族自治区河池市都安瑶族自治县高岭镇龙湾村弄怀屯。\n"
        "原告二：蓝志明，男，2001年4月20日出生，瑶族，住址同上，系原告一之子。\n"
        "原告三：蓝志芳，女，2004年1月9日出生，瑶族，住址同上，系原告一之女。\n\n"
        "被告：都安瑶族自治县高岭镇龙湾村弄怀村民小组\n负责人：韦光荣，组长\n\n"
        "诉讼请求：\n一、判令被告向原告一、原告二、原告三各支付征收补偿款2.1万元，共计6.3万元；\n"
        "二、本案诉讼费由被告承担。\n\n事实与理由：\n2022年县里修建水库，征收了弄怀组的集体土地，组里领到补偿后"
        "按户籍人口平均分配。三原告户口均在本组，却被以已经出嫁为由排除在外。\n\n"
        "此致\n都安瑶族自治县人民法院\n\n具状人：韦春燕、蓝志明、蓝志芳\n2024年6月3日"
    )
    assert extract(text).cause_of_action == "承包地征收补偿费用分配纠纷"
