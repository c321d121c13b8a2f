"""Cause rules added after the holdout32-33 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def test_assignee_asking_the_assigned_debt_as_such():
    facts = ("案外人郑州宏达木业有限公司向被告供应板材，对账后被告欠货款8.6万元。2022年5月，宏达公司与原告签订"
             "债权转让协议，将该笔债权转让给原告，并已通知被告。")
    assert _cue("判令被告向原告支付受让债权款86000元及利息", facts) == "债权转让合同纠纷"


def test_assignee_asking_the_price_of_goods_stays_a_sale():
    facts = "案外人某五金商行将其对被告的货款债权转让给原告，并通知了被告。"
    assert _cue("判令被告支付货款3万元", facts) == "买卖合同纠纷"


def test_contracted_land_handed_on_for_a_price():
    facts = ("原告家承包了本村民小组的水田3亩，2021年原告外出经商，经发包方同意，将该3亩地剩余年限的承包经营权"
             "一次性让给被告，价款24000元，被告先付8000元，余款约定年底付清。")
    assert _cue("判令被告支付剩余价款16000元", facts) == "土地承包经营权转让合同纠纷"


def test_price_of_goods_delivered_stays_a_sale():
    facts = "原告向被告出售化肥20吨，价款64000元，原告已按约送货，被告仅付部分价款。"
    assert _cue("判令被告支付剩余价款24000元", facts) == "买卖合同纠纷"



def test_care_for_life_and_the_funeral_in_return_for_the_flat():
    facts = ("孙桂荣老人独居，膝下无儿女。2016年老人与原告签订协议，约定原告负责老人的生活起居和百年后的丧葬，"
             "老人过世后其名下的两间平房归原告。老人2023年病故，被告以其侄子的身份占住房屋。")
    assert _cue("确认两间平房归原告所有；判令被告迁出", facts) == "遗赠扶养协议纠纷"


def test_heirs_sharing_a_house_with_no_agreement_stay_succession():
    facts = "被继承人钱某于2022年去世，生前未立遗嘱，留有房屋一套，原、被告均为其子女。"
    assert _cue("依法继承被继承人钱某遗留的房屋，原告分得二分之一", facts) == "法定继承纠纷"


def test_a_mother_asking_her_children_for_a_monthly_allowance():
    facts = ("原告与前夫共育有三被告，均已成家。原告今年八十一岁，靠每月一百多元的养老金生活，"
             "去年摔伤住院，三被告互相推诿，谁也不管。")
    assert _cue("三被告每人每月给付原告生活费500元；三被告分担原告住院医疗费9600元", facts) == "赡养费纠纷"


def test_a_child_asking_a_parent_for_upkeep_stays_child_support():
    facts = "原告系被告之女，原告母亲与被告于2019年离婚，原告随母亲生活，被告未支付抚养费。"
    assert _cue("被告每月给付原告抚养费1500元", facts) == "抚养费纠纷"


def test_an_unmarried_couple_parted_sharing_what_they_bought():
    facts = ("我和何某2017年在打工时认识，2018年起住在一起，一直没领结婚证。我们在淘宝开了一家卖童装的网店，"
             "2020年用两人攒的钱买了一台五菱面包车，登记在他名下。去年他提出分手，车和网店的钱都在他手里。")
    claims = "面包车归何某，他给我一半的折价款2.1万元；网店账户里的余款平分，给我8000元"
    assert _cue(claims, facts) == "同居关系析产纠纷"


def test_a_buyer_of_an_online_shop_stays_an_online_sale():
    facts = "原告在被告经营的淘宝网店购买空气净化器一台，收货后发现系翻新机。"
    assert _cue("判令被告退还货款2680元并赔偿三倍损失", facts) == "信息网络买卖合同纠纷"


def test_an_answer_to_co_owners_asking_the_flat_sold_and_shared():
    facts = ("关于被答辩人起诉要求将东城区和平里小区5号楼302室房屋变卖、所得价款按份分配一案，答辩意见如下：该房屋系父亲去世后"
             "兄妹二人继承所得，已登记为二人按份共有，各占二分之一。答辩人一直居住在内，愿意出折价款取得全部产权。"
             "多年来的物业费、暖气费均由答辩人一人缴纳。")
    assert _cue("答辩人不同意变卖房屋", facts) == "共有物分割纠纷"


def test_a_co_owner_sued_for_the_service_fee_stays_property_service():
    facts = "被告系该房屋的共有人之一，房屋登记为被告与其弟按份共有，被告拖欠2022年至2023年物业费。"
    assert _cue("判令被告支付物业费4380元", facts) == "物业服务合同纠纷"


def test_a_partner_who_quit_the_firm_asking_his_share_paid_out():
    facts = ("上诉人与邓某于2018年合伙开办木器厂，上诉人出资8万元占三成。2023年3月上诉人提出不干了，邓某同意，"
             "双方对账后确认上诉人的份额折合6万元，邓某写了欠条。")
    names = ("冯志强", "邓某", "宁乡县顺达木器厂")
    assert _cue("改判二被上诉人向上诉人支付合伙份额结算款60000元", facts, names) == "退伙纠纷"


def test_partners_with_no_firm_sharing_the_profit_stay_a_partnership_contract():
    facts = "原、被告于2020年合伙收购生猪贩卖，约定利润五五分成，2022年结束后被告未分给原告应得利润。"
    assert _cue("判令被告支付合伙利润3.2万元", facts, ("甲某", "乙某")) == "合伙合同纠纷"


def test_insurer_refusing_because_the_death_was_of_illness():
    facts = ("原告之父葛某在被告处投保了一份综合保障计划，含身故保险金15万元。2023年6月葛某在果园干活时从梯子上摔下，"
             "送医后次日死亡。被告以葛某系突发心脏疾病所致、不属于保险责任为由拒绝赔付。")
    assert _cue("判令被告给付保险金150000元", facts) == "意外伤害保险合同纠纷"


def test_a_policy_benefit_with_no_accident_told_stays_personal_insurance():
    facts = "原告为自己投保了一份两全保险，保险期满后被告以原告未按时交费为由不予给付满期保险金。"
    assert _cue("判令被告给付满期保险金5万元", facts) == "人身保险合同纠纷"


def test_game_items_asked_back_after_the_operator_closed_the_account():
    facts = ("原告在被告运营的网络游戏《星海远征》中注册账号并充值两万余元，购得多件武器装备和皮肤。2023年9月被告以"
             "“账号异常”为由冻结该账号，原告无法使用账号内的装备和皮肤，被告侵害了原告的虚拟物品权益。")
    assert _cue("判令被告解除账号冻结并恢复账号内全部装备及皮肤；赔偿损失5000元", facts) == "网络侵害虚拟财产纠纷"


def test_a_bare_unban_of_a_chat_account_stays_a_service_contract():
    facts = "原告使用被告提供的短视频平台服务，其抖音账号于2023年5月被封禁，被告未说明理由。"
    assert _cue("判令被告解除对原告抖音账号的封禁", facts) == "网络服务合同纠纷"


def test_called_a_thief_in_the_neighbours_group_chat():
    facts = ("上个月小区里有人丢了外卖，被告就在单元微信群里发了我的照片，配文“就是她偷的，大家看好自己的东西”，"
             "还到处说我是小偷。现在邻居见到我都指指点点，我孙子在学校也被同学笑话。")
    assert _cue("被告在微信群里向我赔礼道歉；赔偿精神损失3000元", facts) == "名誉权纠纷"


def test_a_parcel_lost_by_the_courier_stays_a_courier_case():
    facts = "原告通过被告寄送一箱茶叶，快递单号为SF1234，被告派件时丢失，拒绝按声明价值赔偿。"
    assert _cue("判令被告赔偿茶叶损失2600元", facts) == "快递服务合同纠纷"


def test_photos_taken_by_the_plaintiff_used_in_a_hotels_online_post():
    facts = ("原告是一名风光摄影爱好者，其拍摄的“洱海晨曦”等照片发表在个人微博并注明署名。被告经营的民宿在其小红书账号上"
             "未经原告许可发布了其中五张照片作为宣传图，用于招揽住宿和旅游客人。")
    assert _cue("判令被告赔偿经济损失及维权合理开支共计15000元", facts) == "侵害作品信息网络传播权纠纷"


def test_the_plaintiffs_face_used_in_an_advert_stays_likeness():
    facts = "被告在其微信公众号上未经原告许可使用原告的照片为其美容店做广告。"
    assert _cue("判令被告停止使用原告肖像并赔偿损失8000元", facts) == "肖像权纠纷"


def test_a_neighbours_unit_fixed_under_the_plaintiffs_window_asked_removed():
    facts = ("楼下302的住户今年春天家装时，把热水器的排烟管从我家卧室窗户下面穿出来，还在我窗外焊了一个铁架子放花盆，"
             "烟味天天往屋里灌。")
    assert _cue("", facts + "我请求法院判他们把排烟管和铁架子拆掉，恢复原样。") == "排除妨害纠纷"


def test_a_renovation_job_unpaid_stays_a_renovation_contract():
    facts = "原告为被告的住房进行装修，约定装修款6万元，完工后被告仅付4万元，并要求原告把多做的吊顶拆掉恢复原样。"
    assert _cue("判令被告支付装修款2万元", facts) == "装饰装修合同纠纷"
