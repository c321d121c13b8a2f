"""Causes learnt by probing with complaints of our own (no dev document had these shapes): a thing lent for use, a
house lived in without its owner's leave, a letter of intent between two persons with its deposit asked back."""

from courtdoc.extraction import extract

_HEAD = "民事起诉状\n原告：张伟，男，1980年1月1日出生，住北京市朝阳区建国路1号。\n被告：李强，男，1982年2月2日出生，住北京市海淀区中关村大街2号。\n"


def _cause(claims: str, facts: str) -> str | None:
    return extract(_HEAD + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts + "\n此致\n北京市朝阳区人民法院\n").cause_of_action


def test_a_car_lent_for_use_and_kept_is_a_loan_for_use_not_a_money_loan():
    assert _cause("1.判令被告返还原告车辆一辆。", "原告将自己的轿车借给被告使用，约定一周归还，被告至今未还。") == "借用合同纠纷"


def test_money_lent_stays_a_money_loan():
    assert _cause("1.判令被告返还借款2万元。", "原告将2万元借给被告做生意，被告出具借条，至今未还。") == "民间借贷纠纷"


def test_a_house_lived_in_without_leave_is_no_lease():
    assert _cause("1.判令被告将位于某村的房屋腾退给原告。", "原告系该房屋所有权人，被告未经原告同意擅自居住。") == "排除妨害纠纷"


def test_a_tenant_asked_to_vacate_stays_a_lease():
    assert _cause("1.判令被告腾退房屋；2.支付拖欠租金6000元。", "原告将房屋出租给被告，被告拖欠租金。") == "房屋租赁合同纠纷"


def test_a_deposit_under_a_letter_of_intent_between_two_persons():
    assert _cause("1.判令被告返还原告定金2万元。", "原被告签订房屋买卖意向书，原告支付定金2万元，后被告将房屋另卖他人。") == "定金合同纠纷"


def test_a_developers_booking_stays_a_booking():
    assert _cause("1.判令被告返还原告定金2万元。",
                  "原告与被告某某置业有限公司签订商品房认购书，支付定金2万元，后被告将房号另售他人。") == "商品房预约合同纠纷"


_LETTER = ("尊敬的法官：\n我叫王芳，女，1975年3月3日出生，身份证号110105197503031246，住北京市朝阳区建国路1号。{f}\n{c}\n"
           "此致\n敬礼\n王芳\n2024年5月1日")


def _letter_cause(facts: str, claims: str) -> str | None:
    return extract(_LETTER.format(f=facts, c=claims)).cause_of_action


def test_a_lay_letter_about_a_car_that_ran_the_writer_down():
    assert _letter_cause("我要告赵刚（男，住北京市海淀区学院路2号），他开车把我撞了。去年我骑自行车下班，他开的小轿车闯红灯把我撞倒，"
                         "我腿骨折了，交警说他全责。", "我要求他赔我医药费、误工费一共5万元。") == "机动车交通事故责任纠纷"


def test_a_lay_letter_about_the_parents_house_left_at_their_death():
    assert _letter_cause("我要告赵刚（男，住北京市海淀区学院路2号）。他是我弟弟，爸妈去世后留下一套房子，他一个人住着不让我分。",
                         "要求按法律把爸妈的房子分我一半。") == "法定继承纠纷"


def test_a_lay_letter_about_a_prepaid_gym_card():
    assert _letter_cause("我要告北京某某健身有限公司（地址北京市朝阳区某路6号）。我在他们那办了年卡5000元，只去了两次健身房就关门了。",
                         "要求退我卡里的钱4500元。") == "服务合同纠纷"
