"""Stated causes that give way to the level-4 child the document plainly is (the 2020 notice), as holdout66-73 brought
them: a family named only in the reasoning, a child told by its own words short of a decisive one, a co-owned thing
asked divided."""

from courtdoc.extraction import extract


def _cause(text: str) -> str | None:
    return extract(text).cause_of_action


def test_family_named_only_in_the_reasoning_gives_way_to_the_child_the_story_is():
    text = ("湖北省某县人民法院\n民事判决书\n（2024）鄂0101民初100号\n原告：田秀兰，女，1960年3月5日出生，住某县某镇某村4组。\n"
            "被告：向德林，男，1966年7月2日出生，住某县某镇某村4组。\n原告田秀兰诉被告向德林一案，本院立案后公开开庭进行了审理。\n"
            "田秀兰向本院提出诉讼请求：1.判令向德林拆除其在两家之间排水沟上修建的挡墙；2.判令向德林赔偿损失2000元。"
            "事实和理由：原、被告系邻居，两家屋后雨水历来经排水沟排出。被告在排水沟出口砌墙，大雨后雨水倒灌进原告家。\n"
            "本院认为，本案系相邻关系纠纷。不动产的相邻权利人应当正确处理相邻关系。")
    assert _cause(text) == "相邻用水、排水纠纷"


def test_stated_family_gives_way_to_a_child_told_by_its_own_words():
    text = ("某市某区人民法院\n民事判决书\n原告：孙桂芝，女，1950年1月1日出生，住某市某小区17号楼。\n"
            "被告：郑长贵，男，1960年2月2日出生，住某市某小区16号楼。\n原告孙桂芝与被告郑长贵相邻关系纠纷一案，本院立案后进行了审理。\n"
            "孙桂芝向本院提出诉讼请求：1.判令被告拆除其在院内搭建的二层板房；2.赔偿原告采光受阻的损失3000元。"
            "事实和理由：被告搭建的板房紧邻原告北窗，原告家冬季几乎照不到阳光。")
    assert _cause(text) == "相邻采光、日照纠纷"
    answer = ("答辩状\n答辩人：某市第一人民医院，住所地某市某路1号。\n被答辩人：龚丽，女，1985年1月1日出生，住某市某路2号。\n"
              "被答辩人以医疗损害责任纠纷为由起诉答辩人，称答辩人在手术中未经其同意扩大手术范围，侵犯了其知情同意权。现答辩如下：\n"
              "答辩人术前已履行告知义务，不存在侵害患者知情同意权的过错，请求驳回被答辩人的诉讼请求。")
    assert _cause(answer) == "侵害患者知情同意权责任纠纷"


def test_stated_co_ownership_asked_divided_is_the_partition():
    text = ("答辩状\n答辩人：罗晓梅，女，1975年5月2日出生，住某市某路136号。\n被答辩人：罗晓军，男，1972年9月19日出生，住某市某路63号。\n"
            "关于被答辩人诉答辩人共有纠纷一案，答辩如下：\n被答辩人起诉要求将双方按份共有的一套房屋拍卖，所得价款平分。"
            "该房屋系父母遗产，双方已办理继承并登记为按份共有。答辩人长期居住其中，房屋可以归答辩人所有，由答辩人向被答辩人支付其份额的折价款。\n"
            "请求法院判决房屋归答辩人所有，由答辩人向被答辩人补偿相应份额的折价款。")
    assert _cause(text) == "共有物分割纠纷"


def test_hand_caught_in_the_machine_the_boss_set_working_is_hired_labour_hurt():
    text = ("尊敬的法官：\n我是周小燕，我老公叫陈大勇，他现在还在医院，由我替他写这个起诉书。\n"
            "我老公陈大勇，男，1987年4月17日出生，身份证511623198704173371，住东莞市某镇某路22号出租屋。\n"
            "我们要告的是老板黄锦华，男，1978年7月3日出生，住广东省东莞市某镇某路8号，他开了一个五金小作坊，我老公在他那里做冲床工。\n"
            "2024年3月9日，冲床的安全装置坏了好几天，老板一直说等配件，叫大家小心点照样开工。我老公在操作的时候左手被压进模具，两根手指压断。\n"
            "我们的要求：\n1、医疗费40000元；\n2、误工费、护理费合计20000元。\n此致\n某市人民法院\n原告：陈大勇\n2024年4月18日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_funeral_services_are_the_level4_service():
    text = ("民事答辩状\n答辩人：某市长青殡仪服务有限公司，住所地某市某路1号。\n被答辩人：白玉兰，女，1960年3月10日出生，住某市某路2号。\n"
            "答辩人就被答辩人诉答辩人服务合同纠纷一案，答辩如下：\n答辩人已按《殡仪服务委托书》提供遗体接运、灵车及安葬协调服务，"
            "灵车迟到系交通管制所致。请求驳回被答辩人的诉讼请求。")
    assert _cause(text) == "殡葬服务合同纠纷"


def test_a_microcredit_company_lending_is_the_level4_loan():
    text = ("某市某区人民法院\n民事判决书\n原告：某市恒通小额贷款股份有限公司，住所地某市某路28号。\n"
            "被告：龙秀英，女，1985年7月30日生，住某市某路8号。\n"
            "原告某市恒通小额贷款股份有限公司与被告龙秀英借款合同纠纷一案，本院受理后公开开庭进行了审理。\n"
            "原告诉称：被告向原告借款100000元，到期未还。故请求判令被告偿还借款本金100000元。")
    assert _cause(text) == "小额借款合同纠纷"
    # (a bank named only as the way the money moved is no lender)
    private = text.replace("某市恒通小额贷款股份有限公司", "彭建国").replace("借款100000元", "借款100000元，通过银行转账交付")
    assert _cause(private) != "金融借款合同纠纷"


def test_the_customers_sections_worked_to_order_is_processing():
    text = ("民事起诉状\n原告：某市精工机械有限公司，住所地某市某路199号。\n被告：某市电器有限公司，住所地某市某路1566号。\n"
            "诉讼请求：\n一、判令被告支付原告加工费200000元。\n事实与理由：\n被告提供图纸及铝合金型材，委托原告加工电机端盖，"
            "双方签订《委托加工协议》。原告按约交付加工件，被告至今未付加工费。")
    assert _cause(text) == "加工合同纠纷"


def test_a_lorry_driver_carrying_the_others_goods_is_road_carriage():
    text = ("答 辩 状\n答辩人（被告）：白音，男，1985年10月8日生，个体货车司机，住呼和浩特市某路4号。\n"
            "被答辩人（原告）：某某乳业有限公司，住所地包头市某路18号。\n因被答辩人诉答辩人运输合同纠纷一案，现答辩如下：\n"
            "答辩人受被答辩人委托，驾驶自有的冷藏货车，从包头运送一车牛奶至鄂尔多斯，运费2500元。途中遇大雪封路，货损系不可抗力所致。\n"
            "请求驳回被答辩人的诉讼请求。")
    assert _cause(text) == "公路货物运输合同纠纷"


def test_help_with_no_pay_agreed_and_lost_days_reckoned_by_the_day_is_unpaid_help():
    text = ("尊敬的某区人民法院法官同志：\n我叫胡冬生，男，1962年1月4日出生，身份证号码是421102196201043530，家住某镇某村十一组。"
            "我要告我们湾里的汪建国，他是男的，五十多岁，家住某镇某村十组。\n"
            "事情是这样的。去年10月，汪建国家里搭猪圈，喊我过去帮忙上檩条，没讲工钱，只说管中饭。他家的梯子是坏的，我从两米多高摔下来，腿骨断了。"
            "我住院花了20000元，三个月不能做事，按每天60块钱算误工5400元。\n我是好心帮他家做事受的伤，现在请求法院判汪建国赔偿我25400元。\n"
            "起诉人：胡冬生\n2024年4月3日")
    assert _cause(text) == "义务帮工人受害责任纠纷"


def test_a_neighbours_works_that_damaged_the_home_are_property_damage():
    text = ("尊敬的某区人民法院：\n我叫冯桂英，女，1959年4月26日生，身份证140105195904260480，住某市某小区11号楼602室。我要告两个：\n"
            "一个是我楼上702的业主韩鹏（男，1986年10月11日生，身份证140105198610113171），住某市某小区11号楼702室；"
            "还有一个是他雇的装修队，某某装饰工程有限公司，地址某市某路227号。\n"
            "今年5月，702装修，工人拆卫生间时把给水管砸裂了，水漏了一夜，我家吊顶塌了一块，地板起拱。\n"
            "我请法院判他们一起赔我：吊顶重做10000元，地板更换8000元，共计18000元。\n此致\n敬礼\n冯桂英\n2025年8月28日")
    assert _cause(text) == "财产损害赔偿纠纷"
    # (one's own flat fitted under one's own contract stays the fitting-out contract)
    own = text.replace("还有一个是他雇的装修队", "还有一个是我请来装修我家的装修队").replace("今年5月，702装修", "今年5月，我和装修队签了装修合同，702装修")
    assert _cause(own) == "装饰装修合同纠纷"


def test_a_neighbours_demolition_that_cracked_the_wall_is_property_damage():
    text = ("起诉书\n\n我叫陆阿娣，女，1942年5月22号生，身份证320508194205220621，住某市某巷58号。\n"
            "我要告隔壁56号的房东钱国良，男，1977年1月30号生，身份证320508197701301033，住某市某巷56号。\n"
            "去年十月份他们敲墙头，把我家的山墙敲松脱了，我屋里墙壁裂开一条缝，落雨天水渗进来。\n"
            "请求法院：\n一、叫他赔我修墙的钱两万元。")
    assert _cause(text) == "财产损害赔偿纠纷"


def test_a_nanny_hired_by_the_household_asking_her_pay_is_a_contract_of_service():
    text = ("我要讨回做保姆的工钱\n（交某市某区人民法院立案庭）\n我是谁：赖秀英，女，1966年10月12日生，身份证360731196610123021，户口在江西省某县某村。\n"
            "我告谁：温志强，男，住某市某小区12栋2301室。\n我要什么：要温志强把欠我的三个月保姆工钱12000元还给我。\n"
            "为什么：我到温志强家里做住家保姆，照顾他的老父亲，讲好每个月4000元，后来三个月工钱一分没给。\n赖秀英\n2024年4月16日")
    assert _cause(text) == "劳务合同纠纷"
    # (an agency among the parties keeps the domestic-service contract)
    agency = text.replace("我告谁：温志强，男，住某市某小区12栋2301室。", "我告谁：某某家政服务有限公司，住所地某市某路1号。").replace(
        "要温志强把", "要家政公司把").replace("我到温志强家里做住家保姆", "家政公司派我到一户人家做住家保姆")
    assert _cause(agency) == "家政服务合同纠纷"
