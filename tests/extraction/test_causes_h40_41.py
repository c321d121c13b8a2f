"""Cause rules added after the holdout40-41 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_a_limb_that_broke_and_came_down_on_a_car_is_the_trees_harm():
    facts = ("小区门口那棵老槐树早就歪了，物业一直没管。上个月一个晚上，一根胳膊粗的树枝突然断下来，"
             "砸坏了我停在下面的电动三轮车。")
    assert _cue("赔我修车钱2300元", facts) == "林木折断、倾倒、果实坠落损害责任纠纷"
    # (a branch cut down by a neighbour and left on the lane is no harm a tree did)
    cut = "隔壁把院里的树枝砍下来堆在巷子里，挡了我家出门的路。"
    assert _cue("把堆在巷子里的树枝清走", cut) != "林木折断、倾倒、果实坠落损害责任纠纷"


def test_a_stated_neighbour_case_whose_neighbour_lets_water_into_the_yard_is_the_drain_cause():
    text = ("原告：聂长河，男，1961年3月2日出生。\n被告：卜玉梅，女，1972年8月8日出生。\n\n案由：相邻关系纠纷\n\n"
            "诉讼请求：\n一、判令被告停止将洗菜、洗澡的污水排入原告家后院；\n二、赔偿原告损失2100元。\n\n"
            "事实与理由：\n原、被告系前后院邻居，被告去年在其厨房外墙私设一根管子，污水顺墙根流入原告家后院，致菜地被淹。")
    assert _stated(text) == "相邻用水、排水纠纷"
    # the same form in traditional script, the pipe laid under the wall
    trad = ("原告：聶長河，男，1961年3月2日出生。\n被告：卜玉梅，女，1972年8月8日出生。\n\n案由：相鄰關係糾紛\n\n"
            "訴訟請求：\n一、判令被告拆除其在原告牆下埋設的排水管；\n二、賠償原告損失2100元。\n\n"
            "事實與理由：\n原、被告系前後院鄰居，被告未經原告同意埋設排水管穿過原告院牆。")
    assert extract(trad).cause_of_action == "相邻用水、排水纠纷"  # (extraction reads the simplified form)
    # (a wall built on the line, no water told: the stated level-3 cause stays)
    wall = text.replace("停止将洗菜、洗澡的污水排入原告家后院", "拆除砌在两家之间的围墙").replace(
        "被告去年在其厨房外墙私设一根管子，污水顺墙根流入原告家后院，致菜地被淹", "被告去年在两家之间砌了一道围墙，挡住了原告家的窗户")
    assert _stated(wall) != "相邻用水、排水纠纷"


def test_a_stated_construction_case_over_a_flats_fitting_out_is_the_decorating_cause():
    text = ("上诉人佛山市栖木家居装饰有限公司因与被上诉人沈嘉豪建设工程合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "一审法院认定事实：2024年5月，沈嘉豪与栖木公司签订《住宅室内装饰装修施工合同》，约定栖木公司对其位于顺德区的"
            "住宅进行全屋装修，合同价款96000元。")
    assert _stated(text) == "装饰装修合同纠纷"
    # (a factory building put up under a construction contract keeps the stated cause's own reading)
    build = ("上诉人佛山市栖木建设有限公司因与被上诉人沈嘉豪建设工程合同纠纷一案，不服一审判决，向本院提起上诉。\n"
             "一审法院认定事实：2024年5月，双方约定由栖木公司承建沈嘉豪的钢结构厂房，合同价款960000元。")
    assert _stated(build) != "装饰装修合同纠纷"


def test_a_stated_work_contract_for_things_ordered_made_is_the_made_to_order_cause():
    text = ("原告韶关市曲江区良工橱柜厂与被告韶关市悦湾餐饮有限公司承揽合同纠纷一案，本院依法适用简易程序审理。\n"
            "原告向本院提出诉讼请求：1.判令被告支付定作款余款23500元；2.诉讼费由被告负担。事实和理由：2025年4月，被告"
            "向原告定作后厨不锈钢操作台十二张，双方签订定作合同，由原告用自有钢材按被告提供的尺寸制作。")
    assert _stated(text) == "定作合同纠纷"
    # (work paid as 加工费 alone does not tell who gave the material: the stated cause stays)
    fee = ("原告韶关市曲江区良工五金加工厂与被告韶关市悦湾餐饮有限公司承揽合同纠纷一案，本院依法适用简易程序审理。\n"
           "原告向本院提出诉讼请求：1.判令被告支付加工费8600元；2.诉讼费由被告负担。")
    assert _stated(fee) == "承揽合同纠纷"


def test_a_carer_hired_by_a_family_to_look_after_a_parent_at_home_is_a_labour_service_contract():
    facts = ("2024年3月起，答辩人兄妹雇请被答辩人到家里护理中风的父亲，讲好每月3800元，吃住在家。"
             "被答辩人干到同年10月自行离开，报酬已大部分付清。")
    assert _cue("", facts) == "劳务合同纠纷"
    # (children asked to come and look after their own mother are asked to support her)
    duty = "原告年过八旬，生活不能自理，二被告作为原告的子女，应当轮流到原告家中照顾原告。"
    assert _cue("判令二被告轮流到原告家中照顾原告", duty) != "劳务合同纠纷"


def test_a_lorry_run_in_a_transport_firms_name_is_the_affiliation_contract():
    claims = ("请求判令被告退还挂靠押金8000元；请求判令被告配合原告将冀E·3K721号厢式货车转至原告名下或其他运输公司；"
              "诉讼费由被告负担")
    facts = ("原告自购厢式货车一辆，因个人无道路运输证，将该车挂靠在被告名下经营，每年交纳管理费4000元，"
             "由原告自行承揽货运业务、自负盈亏。协议到期后被告拒不退还押金。")
    assert _cue(claims, facts, ("汤卫东", "邢台市通衢物流运输有限公司")) == "挂靠经营合同纠纷"
    # (goods lost on a lorry the carrier sent: the carriage itself)
    carriage = "原告将一批瓷砖交给被告托运，被告派厢式货车运往石家庄，途中货物摔碎。"
    assert _cue("赔偿货物损失26000元", carriage, ("汤卫东", "邢台市通衢物流运输有限公司")) != "挂靠经营合同纠纷"


def test_an_old_parents_letter_against_a_son_asking_a_monthly_sum_is_the_support_money_cause():
    text = ("起诉书\n\n尊敬的法官：\n我叫戚桂英，今年八十一了，女，1944年9月2日出生，身份证号130503194409020022，"
            "住邢台市任泽区辛店镇北街村。\n"
            "我要告的是我二儿子尹立强，男，1971年6月6日出生，住邢台市任泽区任城镇光明街12号。\n"
            "老头子走了以后，两个闺女轮流来照看我，二儿子嫌我偏心，好几年不登门，我去年摔了一跤住院他也没来。\n"
            "我要求：\n一、二儿子尹立强每月给我生活费500元；\n二、我住院花的钱他摊1800元。\n\n"
            "此致\n邢台市任泽区人民法院\n具状人：戚桂英\n2025年4月2日")
    assert extract(text).cause_of_action == "赡养费纠纷"
    # the claims alone: a son asked to give the writer a sum for her keep
    assert _cue("大儿子每月给我生活费400元", "他好几年不回家。") == "赡养费纠纷"
    # (a mother asking the children's father for their keep asks 抚养费, not her own support)
    assert _cue("孩子他爸每月给女儿生活费800元", "我们离婚后女儿跟着我。") != "赡养费纠纷"


def test_wages_owed_by_a_private_person_who_runs_a_farm_are_a_labour_service_contract():
    text = ("告状\n我要告的人：雷德旺（男，五十来岁，在镇上开养猪场）\n"
            "我：覃玉梅，女，1979年2月3日生，身份证号452122197902030029，住南宁市武鸣区双桥镇。\n"
            "我要法院帮我：叫雷德旺把欠我的工钱9600元给我。\n"
            "为什么告他：2025年4月我去雷德旺的养猪场打工，喂猪、冲栏，讲好一个月3200元，做了五个月，工钱一共16000元，他只给了6400元，"
            "剩下的一直拖着不给。\n"
            "请法院给我做主。\n南宁市武鸣区人民法院\n覃玉梅\n2026年1月8日")
    el = extract(text)
    assert "养猪场" in (el.facts_and_reasons or "")  # the story under "为什么告他："
    assert el.cause_of_action == "劳务合同纠纷"
    # (a month's pay at a company's plant is the wages owed)
    company = ("到广西武鸣华农饲料有限公司的饲料厂上班，讲好一个月3200元，做了五个月，只发了两个月的工资，"
               "剩下的工钱一直拖着。")
    assert _cue("支付工钱9600元", company, ("覃玉梅", "广西武鸣华农饲料有限公司")) == "追索劳动报酬纠纷"
