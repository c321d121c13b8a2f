"""Cause rules added after the holdout30-31 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def test_hotel_guest_on_a_trip_sues_the_hotel():
    facts = ("2023年10月我去桂林旅游，在网上订了被告经营的漓江假日宾馆三晚。第二天晚上回到宾馆的房间，"
             "发现行李箱被撬开，里面的手表不见了，宾馆说不归他们管。")
    assert _cue("赔偿我手表损失4300元", facts) == "旅店服务合同纠纷"


def test_tour_group_stays_travel():
    facts = "原告报名参加被告旅行社组织的云南六日游，团费每人3980元，行程中导游擅自取消两个景点。"
    assert _cue("判令被告退还团费差价1200元", facts) == "旅游合同纠纷"


def test_fall_into_an_open_trench():
    facts = ("被告系道路排水管改造工程的施工单位。2022年11月2日晚，原告骑电动车经过时，因被告开挖的沟槽旁"
             "未设置警示标志和照明，原告连人带车掉进沟里，左腕骨折。")
    assert _cue("判令被告赔偿医疗费、误工费等共计23500元", facts) == "地面施工、地下设施损害责任纠纷"


def test_custody_changed_after_an_agreed_divorce():
    facts = ("我和王某2020年离了婚，儿子跟了他。他常年在外地跑车，孩子没人管。我现在有稳定工作，"
             "也按揭买了房子，孩子自己说想跟我生活。")
    assert _cue("", facts) == "变更抚养关系纠纷"


def test_furniture_made_to_the_buyers_room():
    facts = ("原告在被告店里签了订制单，约定按原告卧室尺寸专门打制实木衣柜两组，总价46000元。"
             "交货后发现木材与样品不一致，柜门变形。")
    assert _cue("判令被告返还货款46000元", facts) == "定作合同纠纷"


def test_sale_by_sample_stays():
    facts = "双方约定被告按封存的样品供应地砖2000平方米，到货后经检验，地砖颜色与封存的样品不一致。"
    assert _cue("判令被告赔偿损失15000元", facts) == "凭样品买卖合同纠纷"


def test_neighbour_helping_for_nothing_is_hurt():
    facts = ("被告家要搬粮食进仓，叫我去帮他的忙，我说邻里之间不要钱。搬的时候被告家的板车翻了，"
             "我被压断了小腿。")
    assert _cue("判被告赔我医疗费、误工费共计28000元", facts) == "义务帮工人受害责任纠纷"


def test_paid_worker_hurt_stays_labour_service():
    facts = "原告受雇于被告，在被告的砖厂搬砖，每天工钱180元，2023年5月干活时被倒下的砖垛砸伤。"
    assert _cue("判令被告赔偿各项损失35000元", facts) == "提供劳务者受害责任纠纷"


def test_signer_for_a_companys_debt_is_a_guarantor():
    claims = "判令被告对某某建材有限公司所欠原告货款82000元承担清偿责任；判令被告支付上述款项的逾期利息"
    facts = ("某某建材有限公司欠原告货款82000元，出具还款承诺书，被告在担保人处签名，写明公司到期不还由本人负责偿还。"
             "公司到期未付，经执行无财产可供执行。")
    assert _cue(claims, facts) == "保证合同纠纷"


def test_company_debt_without_a_guaranty_is_not_a_guaranty():
    claims = "判令被告支付货款82000元及逾期利息"
    facts = "原告向被告供应钢材，对账后被告尚欠货款82000元未付。"
    assert _cue(claims, facts) == "买卖合同纠纷"


def test_accident_policy_claimed_by_the_heirs():
    facts = ("死者生前所在公司为其投保了团体意外伤害保险。死者在工地失足坠落身亡，原告申请理赔后，被告以"
             "死者系疾病发作为由拒赔。")
    assert _cue("判令被告支付身故保险金300000元", facts) == "意外伤害保险合同纠纷"


def test_insurer_paid_and_sues_the_wrongdoer_stays_subrogation():
    facts = "案外人的车辆投保于原告，被告驾车追尾致该车受损，原告赔付后依法取得代位求偿权。"
    assert _cue("判令被告赔偿原告已付保险金18000元", facts) == "保险人代位求偿权纠纷"


def test_studio_defends_using_the_clients_photos():
    facts = "答辩人在店铺公众号中使用被答辩人的照片有双方签订的协议为依据，且已在被答辩人提出后删除。"
    assert _cue("", facts) == "肖像权纠纷"


def test_contracted_field_sold_outright():
    facts = ("2012年被告把他承包的河滩水田8亩卖给原告，双方写了转让地协议，原告付了35000元。"
             "现被告以未经村委会同意为由把地要回。")
    assert _cue("判令被告返还买地款35000元并赔偿投入", facts) == "土地承包经营权转让合同纠纷"


def test_contracting_fee_stays_land_contract():
    facts = "原告村民小组将20亩耕地发包给被告，约定每年承包费6000元，被告连续两年未交。"
    assert _cue("判令被告支付承包费12000元", facts) == "土地承包经营权合同纠纷"


def test_helper_hired_for_a_days_pay_stays_labour_service():
    facts = ("被告翻修自家猪圈，口头雇请原告帮忙砌墙，讲好每天工钱220元。原告站在被告搭的木架上砌墙时"
             "木架垮塌，原告摔伤右腿。")
    assert _cue("判令被告赔偿医疗费等损失31000元", facts) == "提供劳务者受害责任纠纷"


def test_engagement_gifts_asked_back():
    claims = "判令被告返还订婚时收取的礼金66000元；判令被告返还购买的金耳环、金手链（购买价9800元）"
    facts = "2022年腊月原告与被告经人介绍按习俗订婚，原告家给了礼金66000元，又买了首饰。双方一直未办理结婚登记，被告提出分手。"
    assert _cue(claims, facts) == "婚约财产纠纷"


def test_jewellery_bought_in_a_shop_stays_a_sale():
    assert _cue("判令被告退还金手镯购买价12000元", "原告在被告金店购买金手镯一只，回家后发现成色不足。") == "买卖合同纠纷"


def test_child_hurt_in_kindergarten_told_by_a_parent():
    facts = ("我女儿在被告幼儿园上小班。午睡起来老师在走廊玩手机，女儿被别的小朋友推倒，额头撞在桌角缝了五针。"
             "孩子交给幼儿园，幼儿园就该看好。")
    assert _cue("请求判幼儿园赔偿医疗费、交通费共计5200元", facts) == "教育机构责任纠纷"


def test_fishing_rod_touches_a_power_line():
    facts = ("我在被告承包的水库边钓鱼，头顶有一根10千伏的线，没有任何警示牌。我扬竿时鱼竿碰到了电线，"
             "当场被打倒，左臂烧伤。供电公司和水库老板都没管过。")
    assert _cue("判令二被告赔偿医疗费、误工费共计62000元", facts, ("某某供电公司", "赵某")) == "触电人身损害责任纠纷"


def test_electricity_bill_stays_supply_contract():
    assert _cue("判令被告支付电费8600元", "原告供电公司向被告工厂供电，被告拖欠2023年电费8600元。") == "供用电合同纠纷"


def test_stop_selling_goods_bearing_the_sign_is_a_trademark_claim():
    claims = "判令被告立即停止销售带有\u201c青岚\u201d字样标识的茶叶礼盒；判令被告赔偿原告经济损失30000元"
    assert _cue(claims, "原告系\u201c青岚\u201d注册商标权利人，被告店内出售的礼盒并非原告生产。") == "侵害商标权纠纷"


def test_stop_selling_a_copied_book_is_no_trademark_claim():
    assert _cue("判令被告停止销售盗版图书《山河记》", "被告网店出售盗印的原告享有著作权的图书。") != "侵害商标权纠纷"
