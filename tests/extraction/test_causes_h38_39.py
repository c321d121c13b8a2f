"""Cause and charge rules added after the holdout38-39 dev sets, each on a snippet written here (other people, places,
sums and wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit, charges


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def _charges(text: str) -> list[str]:
    return [name for name, _ in charges(text, 0, len(text))]


def test_a_stated_safety_duty_in_a_shop_is_the_operators_level4_cause():
    text = ("答辩人：何春燕，女，1980年4月2日生，系某某区春燕火锅店经营者。\n被答辩人：郑立伟，男，1990年1月9日生。\n"
            "答辩人就被答辩人诉答辩人违反安全保障义务责任纠纷一案，答辩如下：\n"
            "一、火锅店大厅地面每日拖干，门口设有防滑提示，店内监控显示被答辩人系自行奔跑摔倒。")
    assert _stated(text) == "经营场所、公共场所的经营者、管理者责任纠纷"
    event = text.replace("火锅店大厅地面每日拖干，门口设有防滑提示，店内监控", "答辩人组织的元宵灯会人流有序，现场监控")
    event = event.replace("系某某区春燕火锅店经营者", "系灯会主办方负责人")
    assert _stated(event) == "群众性活动组织者责任纠纷"
    # (no place or event told: the stated level-3 cause stays)
    bare = ("答辩人就被答辩人诉答辩人违反安全保障义务责任纠纷一案，答辩如下：\n"
            "一、被答辩人所称的损失没有证据，答辩人已尽到合理限度的义务。")
    assert _stated(bare) == "违反安全保障义务责任纠纷"


def test_a_stated_support_case_asking_a_monthly_sum_is_the_support_money_cause():
    text = ("原告甘玉兰与被告汤志明、汤志华赡养纠纷一案，本院立案后公开开庭进行了审理。\n"
            "甘玉兰向本院提出诉讼请求：1.判令二被告每人每月给付原告赡养费500元；2.诉讼费由二被告负担。"
            "事实和理由：原告年老体弱，二被告长期不闻不问。")
    assert _stated(text) == "赡养费纠纷"
    care = text.replace("每人每月给付原告赡养费500元", "轮流接原告到家中居住并照料原告生活")
    assert _stated(care) == "赡养纠纷"


def test_a_labelled_building_harm_with_a_thing_thrown_down_is_the_throwing_cause():
    text = ("原告：孔德明，男，1975年6月1日出生。\n被告：邢丽，女，1983年2月2日出生。\n\n案由：建筑物和物件损害责任纠纷\n\n"
            "诉讼请求：\n一、判令被告赔偿原告电动车修理费3200元；\n二、诉讼费由被告负担。\n\n"
            "事实与理由：\n2025年9月3日上午，一只装满碎瓷片的纸箱从被告家阳台被扔下，砸坏了原告停在楼下的电动车。")
    assert _stated(text) == "高空抛物、坠物损害责任纠纷"
    fell = text.replace("一只装满碎瓷片的纸箱从被告家阳台被扔下", "被告家阳台的花盆被大风吹落")
    assert _stated(fell) != "高空抛物、坠物损害责任纠纷"  # (a thing blown down is no thing thrown)


def test_a_stated_construction_case_over_a_villagers_self_built_house_is_the_village_building_cause():
    text = ("上诉人谭国富因与被上诉人龚长林建设工程合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "一审法院认定事实：2021年3月，龚长林将其在石门村的自建住房交由谭国富施工，双方约定包工包料，三层砖混，"
            "总价210000元，房屋已交付使用。")
    assert _stated(text) == "农村建房施工合同纠纷"


def test_a_homestead_right_asked_confirmed_is_the_homestead_cause_not_the_removal():
    claims = ("确认原告对位于本村下湾组的老宅基地（东至水渠、西至村道）享有使用权；判令被告停止在该宅基地上堆放木料、"
              "拆除其搭建的围栏；诉讼费由被告负担")
    facts = "该宅基地系原告祖上所留，原告持有集体土地使用证。2024年被告趁原告外出务工，在该宅基地上搭建围栏、堆放木料。"
    assert _cue(claims, facts) == "宅基地使用权纠纷"
    # a pile in the lane with no right over land asked: still the removal
    assert _cue("判令被告清除堆放在原告门前通道上的木料，恢复通行", "被告在原告门前的通道上堆放木料，原告无法出入。") == "排除妨害纠纷"


def test_a_worker_sent_on_a_job_who_fell_is_hurt_in_paid_work_and_a_home_install_is_no_renovation():
    claims = "判令二被告赔偿原告医疗费、护理费、误工费共计46000元"
    facts = ("2025年6月2日，被告温某派原告一个人去客户邹某家安装热水器，热水器要挂在阳台外墙上。原告站在梯子上打孔时梯子滑倒，"
             "原告从二楼阳台摔下，左腿骨折，住院20天。")
    assert _cue(claims, facts) == "提供劳务者受害责任纠纷"
    # (someone's home where a thing was installed, 某家装热水器, is no 家装 contract)
    assert _cue("判令被告退还货款2600元", "原告在被告店里买了一台热水器，被告派人到原告家装热水器后一直漏水。") != "装饰装修合同纠纷"
    # the trade's word itself stays a renovation
    assert _cue("判令被告退还多收的工程款6000元", "原告与被告签订家装合同，约定半包，被告多收了增项款。") == "装饰装修合同纠纷"


def test_game_top_ups_asked_back_are_the_online_service_contract():
    claims = "判令被告退还原告之子在网络游戏中的充值款8120元"
    facts = ("原告之子年仅十一周岁，2025年寒假期间用父亲的手机登录被告运营的手机游戏，先后充值40余次购买游戏道具，"
             "原告发现后要求退款，被告拒绝。")
    assert _cue(claims, facts) == "网络服务合同纠纷"


def test_an_official_charge_name_holding_the_list_mark_is_read_whole():
    text = "被告人金某某明知是他人盗窃所得的手机而予以收购，其行为已构成掩饰、隐瞒犯罪所得、犯罪所得收益罪。"
    assert _charges(text) == ["掩饰、隐瞒犯罪所得、犯罪所得收益罪"]
    text = "被告人杜某某犯生产、销售伪劣产品罪，判处有期徒刑二年。"
    assert _charges(text) == ["生产、销售伪劣产品罪"]


def test_a_list_of_charges_gives_each():
    assert _charges("被告人秦某某犯盗窃罪、诈骗罪，数罪并罚，决定执行有期徒刑三年。") == ["盗窃罪", "诈骗罪"]
    assert _charges("被告人秦某某犯抢夺、敲诈勒索罪，判处有期徒刑二年。") == ["抢夺罪", "敲诈勒索罪"]
    assert _charges("其行为构成生产、销售伪劣产品罪和非法经营罪，应数罪并罚。") == ["生产、销售伪劣产品罪", "非法经营罪"]
    # (what follows 和 that is no charge is not read as one; a later charge is still found)
    assert _charges("被告人秦某某犯盗窃罪和被告人鲁某某构成窝藏罪。") == ["盗窃罪", "窝藏罪"]


def test_a_selective_charge_named_by_its_part_stays_one_charge_as_named():
    # 掩饰、隐瞒犯罪所得、犯罪所得收益罪 is a selective charge: a judgment names the part the facts fit (the proceeds
    # alone concealed: 掩饰、隐瞒犯罪所得罪), and the clerk records it so
    text = "公诉机关指控被告人闵某某犯掩饰、隐瞒犯罪所得罪，向本院提起公诉。"
    assert _charges(text) == ["掩饰、隐瞒犯罪所得罪"]
    assert _charges("被告人闵某某犯掩饰、隐瞒犯罪所得、犯罪所得收益罪。") == ["掩饰、隐瞒犯罪所得、犯罪所得收益罪"]
    # (two pieces that are each a charge stay two)
    assert _charges("被告人闵某某犯非法拘禁、敲诈勒索罪。") == ["非法拘禁罪", "敲诈勒索罪"]
