"""Cause rules written after the holdout46/47 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause, stated_child


def test_landlord_price_of_power_company_is_still_a_lease():
    # the power company named only as the price the landlord should charge: the dispute is the tenant's lease
    text = ("民事起诉状\n原告：林晓雯，女，1999年4月2日出生，住柳州市城中区文惠路8号。\n"
            "被告：蒙德才，男，住柳州市鱼峰区荣军路22号。\n"
            "诉讼请求：\n1、判令被告退还押金1800元；\n2、判令被告退还多收的电费412.6元。\n"
            "事实与理由：\n2023年3月，原告租住被告的一间房屋，月租900元，押二付一。租房协议约定电费按供电公司价格收取，"
            "被告却一直按每度1.8元收取，而供电公司是0.56元一度。原告退租后被告拒不退还押金。\n"
            "此致\n柳州市城中区人民法院\n具状人：林晓雯\n2024年6月1日")
    assert extract(text).cause_of_action == "房屋租赁合同纠纷"
    # the power company itself suing for the bill keeps the supply contract
    assert infer_cause("判令被告支付拖欠电费8600元", "原告供电公司向被告的厂房供电，被告自2023年起拖欠电费。",
                       ("某供电公司",)).cause == "供用电合同纠纷"


def test_land_taking_compensation_asked_of_the_village_group():
    cue = infer_cause("判令被告向原告支付土地征收补偿款人民币41200元",
                      "原告系本组村民，第二轮承包时分得承包地2.1亩。2022年因修建高速公路，本组土地被征收，"
                      "被告按人口分配补偿款，却以原告户口迁出为由不予分配。")
    assert cue.cause == "承包地征收补偿费用分配纠纷"
    # the taker paying the village for the land taken is no villager's share of it
    cue = infer_cause("", "2019年，县政府征收该片集体土地300亩，约定征收方按每亩5万元支付征地补偿费，款项已于当年拨付到位。")
    assert cue is None or cue.cause != "承包地征收补偿费用分配纠纷"


def test_married_out_woman_denied_collective_payouts():
    cue = infer_cause("判令被上诉人向上诉人支付2020年至2022年集体山林承包收益分配款共计6400元",
                      "上诉人系该组出嫁女，户口一直未迁出，被上诉人以出嫁女不享受分配为由不予分配。")
    assert cue.cause == "侵害集体经济组织成员权益纠纷"
    # a land lease between a village group and a firm, the rent unpaid, stays a lease
    assert infer_cause("判令被告支付土地租金32000元", "被告租赁原告村民小组的土地开办砖厂，拖欠租金。").cause == "土地租赁合同纠纷"


def test_wall_built_on_the_filers_homestead():
    cue = infer_cause("判令被告拆除其在原告宅基地上修建的猪圈，恢复原状；判令被告赔偿损失1200元",
                      "原告与被告系前后邻居。被告未经原告同意，越界在原告宅基地上修建猪圈，应当停止侵害、排除妨害。")
    assert cue.cause == "宅基地使用权纠纷"


def test_order_farming_buy_back():
    cue = infer_cause("", "2021年原告与被告签订《生姜订单种植协议》，由被告提供姜种，约定收获后按保底价每斤1.8元收购，"
                          "但被告以品质不达标为由拒绝收购。")
    assert cue.cause == "种植、养殖回收合同纠纷"


def test_parents_keep_money_in_lay_words():
    cue = infer_cause("三女儿每年给我养老钱6000元；看病花的钱她出三分之一", "我今年八十一岁了，三个女儿里只有老三不管我。")
    assert cue.cause == "赡养费纠纷"


def test_stated_sale_bought_online_is_the_network_sale():
    text = ("案由：买卖合同纠纷\n诉讼请求：1.判令被告退还货款3460元；2.判令被告支付三倍赔偿金10380元。\n"
            "事实和理由：2024年2月，原告在某购物平台上被告开设的“优品数码专营店”下单购买平板电脑一台，"
            "收货后发现系翻新机。")
    assert stated_child("买卖合同纠纷", text) == "信息网络买卖合同纠纷"
    # goods bought at the seller's counter keep the family
    assert stated_child("买卖合同纠纷", "原告在被告门市部购买空调两台，被告至今未安装。") is None


def test_stated_property_insurance_of_goods_lost_is_the_property_loss_policy():
    text = ("答辩人因被答辩人诉财产保险合同纠纷一案，答辩如下：被答辩人为其仓库内的存货投保财产综合险，"
            "2023年7月仓库因暴雨被淹，存货受损，答辩人认为损失金额应以公估报告为准。")
    assert stated_child("财产保险合同纠纷", text) == "财产损失保险合同纠纷"
    # a liability policy keeps the family's other child out of it: no property-loss child
    assert stated_child("财产保险合同纠纷", "原告为其员工投保雇主责任险，员工在仓库火灾中受伤。") is None


def test_paid_day_work_on_a_house_then_a_fall_is_hired_labour():
    facts = ("前年五月，有人介绍我去给邻村的田大勇家修院墙、砌猪圈，说好一天三百，"
             "干到第四天我踩的木梯子一滑，我从两米多高的墙头摔下来，左腿骨折。")
    cue = infer_cause("医疗费23400元，误工费9000元，护理费3000元，一共35400元", facts)
    assert cue.cause == "提供劳务者受害责任纠纷"
    # the claims line read is only the writer's complaint, the damages told in the story
    cue = infer_cause("田大勇只给了两千块，后来就不管了", facts + "我请求法院判他赔偿我医疗费、误工费、护理费。")
    assert cue.cause == "提供劳务者受害责任纠纷"
    # unpaid help stays 义务帮工
    help_ = infer_cause("赔偿医疗费12000元", "邻居叫我去帮忙砌院墙，我没要一分钱工钱，干活时从梯子上摔下来，腿骨折了。")
    assert help_.cause == "义务帮工人受害责任纠纷"


def test_letter_story_before_my_asking_is_read_as_facts():
    # "我要求：" heads a letter's list of what it asks: the lines before it back to the writer's own are its story
    text = ("尊敬的法官：\n我叫韩玉兰，今年七十九了，1945年2月9日生，身份证410922194502091527，住濮阳县柳屯镇韩庄村。"
            "我要告我二儿子郭建设，1971年6月3日生，身份证410922197106031519。\n"
            "老伴走了以后我一个人过，大儿子和闺女每年都给我钱和粮食，二儿子从前年起一分不出，村干部说了几回也不管用。\n"
            "我要求：一、二儿子每年给我养老钱4800元；二、去年看病的钱他出一半。\n"
            "韩玉兰（按手印）\n2024年4月2日")
    el = extract(text)
    assert "一分不出" in el.facts_and_reasons and "我要求" not in el.facts_and_reasons
    assert el.cause_of_action == "赡养费纠纷"


def test_story_goes_on_after_a_person_described_in_brackets():
    # the one sued described in brackets inside the story's first sentence: the story goes on after the bracket
    text = ("法官您好：\n我是何春燕，替我男人写这个。我男人叫邓国富，男，1975年8月1日出生，身份证号511321197508011234，"
            "家住南充市仪陇县马鞍镇白鹤村二组。\n"
            "今年4月，我男人经人介绍给县城的刘德明（男，1968年3月2日生，身份证511321196803021256）家里干活，"
            "给他家三层小楼换瓦，讲好一天三百。4月9号上午，我男人在房顶上换瓦，脚下的瓦一滑，从房顶摔下来，右腿骨折。"
            "刘德明只给了三千块就不管了。\n"
            "我们要求刘德明赔：医疗费18600元，误工费9000元，护理费2400元，一共30000元。\n"
            "代写人：何春燕\n2024年7月5日")
    el = extract(text)
    assert el.facts_and_reasons.startswith("家里干活") and "讲好一天三百" in el.facts_and_reasons
    assert el.cause_of_action == "提供劳务者受害责任纠纷"
