"""Causes fixed by causes8: a contracted field occupied and asked back, a joint property development, heirs of a
lender suing on the loan, a hotel guest's fall, a landlord's electricity bill paid for the tenant, a sum lent in lay
words (snippets written for these tests)."""

from courtdoc.extraction import extract


def test_a_field_taken_over_by_a_villager_and_asked_back_is_the_right_itself():
    text = ("民事起诉状\n原告：龚长林，男，1960年3月2日生，汉族，住宁都县石上镇莲湖村龚家组。\n"
            "被告：龚水旺，男，住宁都县石上镇莲湖村龚家组。\n"
            "诉讼请求：\n一、判令被告把霸占的我家塘背那丘水田（八分）退还给原告耕种。\n"
            "二、判令被告赔偿原告损失一千五百元。\n三、诉讼费由被告负担。\n"
            "事实和理由：塘背那丘水田是二轮延包时分给原告家的，原告持有土地承包经营权证。2022年原告外出务工，"
            "被告未经同意在田里种了两季稻谷，原告回来要田，被告不给。\n此致\n宁都县人民法院\n起诉人：龚长林\n2024年5月6日")
    el = extract(text)
    assert el.cause_of_action == "土地承包经营权纠纷"
    assert el.amount_claimed == 1500.0


def test_a_field_held_back_by_the_one_who_rented_it_stays_the_contract():
    text = ("民事起诉状\n原告：龚长林，男，1960年3月2日生，汉族，住宁都县石上镇莲湖村龚家组。\n"
            "被告：龚水旺，男，住宁都县石上镇莲湖村龚家组。\n"
            "诉讼请求：\n一、判令被告把占着的原告承包地二亩退还给原告。\n二、判令被告支付承包费3000元。\n"
            "事实和理由：原、被告2019年签订协议，原告将承包地转包给被告耕种五年，期满后被告不退地。\n"
            "此致\n宁都县人民法院\n起诉人：龚长林\n2024年5月6日")
    assert extract(text).cause_of_action != "土地承包经营权纠纷"


def test_one_sides_plot_and_the_others_funds_is_a_joint_development():
    text = ("民事起诉状\n原告：南昌恒远投资有限公司，住所地江西省南昌市东湖区八一大道100号。\n"
            "法定代表人：严立新，总经理。\n"
            "被告：江西赣江置业有限公司，住所地江西省南昌市西湖区孺子路8号。\n法定代表人：邹明，董事长。\n"
            "诉讼请求：1.判令解除原、被告签订的《合作开发协议》；2.判令被告返还原告投入的合作开发资金15,000,000元；"
            "3.诉讼费由被告承担。\n"
            "事实和理由：2021年3月，原、被告约定由被告提供青山湖区某地块，原告提供项目开发资金，共同开发住宅项目，"
            "利润五五分成。原告已投入资金15,000,000元，被告至今未取得建设工程规划许可证，也未开工。\n"
            "此致\n南昌市东湖区人民法院\n具状人：南昌恒远投资有限公司\n2024年1月9日")
    assert extract(text).cause_of_action == "合资、合作开发房地产合同纠纷"


def test_heirs_of_a_lender_suing_the_borrower_sue_on_the_loan():
    text = ("民事起诉状\n原告：何素芳，女，1970年4月3日出生，汉族，住湖南省长沙市岳麓区麓山路12号，系罗军之妻。\n"
            "原告：罗晓，男，1995年8月9日出生，汉族，住址同上，系罗军之子。\n"
            "被告：谭志刚，男，汉族，住湖南省长沙市开福区湘江中路66号。\n"
            "诉讼请求：\n1.判令被告向二原告归还借款本金300000元；\n2.诉讼费由被告承担。\n"
            "事实与理由：罗军于2023年5月因病去世，二原告为罗军的全部第一顺序法定继承人。2022年3月，被告向罗军借款"
            "300000元并出具借条，约定一年内还清。到期后被告未还款，罗军去世后二原告多次催要无果。罗军对被告的债权"
            "属于其遗产，由二原告继承。\n此致\n长沙市开福区人民法院\n具状人：何素芳 罗晓\n2024年2月1日")
    el = extract(text)
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.amount_claimed == 300000.0


def test_a_creditor_suing_the_heirs_of_a_debtor_stays_the_estates_debt():
    text = ("民事起诉状\n原告：谭志刚，男，1975年1月2日出生，汉族，住湖南省长沙市开福区湘江中路66号。\n"
            "被告：何素芳，女，1970年4月3日出生，汉族，住湖南省长沙市岳麓区麓山路12号。\n"
            "诉讼请求：\n1.判令被告在继承罗军遗产的范围内偿还原告借款100000元；\n2.诉讼费由被告承担。\n"
            "事实与理由：罗军生前向原告借款100000元，2023年5月罗军去世。原告认为，被告作为罗军的第一顺序继承人，"
            "已继承其遗产，应在所得遗产实际价值范围内清偿。\n此致\n长沙市开福区人民法院\n具状人：谭志刚\n2024年2月1日")
    assert extract(text).cause_of_action == "被继承人债务清偿纠纷"


def test_a_hotel_guest_who_slipped_on_the_premises_sues_the_operators_safety_duty():
    text = ("民事起诉状\n原告：孟丽娟，女，1979年2月14日出生，汉族，住浙江省杭州市西湖区文三路55号。\n"
            "被告：桂林漓江山水度假酒店有限公司，住所地广西壮族自治区桂林市象山区滨江路9号。\n法定代表人：覃海，董事长。\n"
            "诉讼请求：1.判令被告赔偿原告医疗费12000元、误工费6000元、护理费2000元，合计20000元；2.诉讼费由被告承担。\n"
            "事实与理由：2024年5月2日原告入住被告经营的度假酒店。次日早上原告在酒店大堂行走时，因地面刚拖过有水，"
            "又没有放置警示牌，原告滑倒摔伤，左踝骨折。被告作为酒店经营者未尽到安全保障义务，应当赔偿。\n"
            "此致\n桂林市象山区人民法院\n具状人：孟丽娟\n2024年7月1日")
    el = extract(text)
    assert el.cause_of_action == "经营场所、公共场所的经营者、管理者责任纠纷"
    assert el.amount_claimed == 20000.0


def test_a_hotel_guest_asking_the_room_fee_back_stays_the_lodging_contract():
    text = ("民事起诉状\n原告：孟丽娟，女，1979年2月14日出生，汉族，住浙江省杭州市西湖区文三路55号。\n"
            "被告：桂林漓江山水度假酒店有限公司，住所地广西壮族自治区桂林市象山区滨江路9号。\n"
            "诉讼请求：1.判令被告退还房费1600元；2.诉讼费由被告承担。\n"
            "事实与理由：2024年5月2日原告预订被告酒店的客房四晚，入住当晚房间漏水，原告在卫生间滑倒，被告拒不换房，"
            "原告只得退房。\n此致\n桂林市象山区人民法院\n具状人：孟丽娟\n2024年7月1日")
    assert extract(text).cause_of_action == "旅店服务合同纠纷"


def test_a_landlords_electricity_bill_paid_to_the_power_station_for_the_tenant_is_the_lease():
    text = ("尊敬的法官：\n我叫庞秀兰，女，住重庆市江北区观音桥街道建新北路12号。我有一间铺面在江北区建新东路8号，"
            "2022年租给曹大勇开五金店，每月房租四千元。从去年9月起他就没交房租，一共欠我五个月房租两万元。"
            "他还欠供电所电费1500元，是我替他交的。\n"
            "请法官判曹大勇把房租两万元和我垫的电费1500元还给我。\n起诉人：庞秀兰\n2024年4月2日")
    el = extract(text)
    assert el.cause_of_action == "房屋租赁合同纠纷"
    assert el.amount_claimed == 21500.0


def test_a_sum_lent_in_lay_words_is_a_loan_not_a_thing_borrowed():
    text = "尊敬的法官：\n我叫滕桂花，女，住江苏省宿迁市宿城区幸福路3号。邻居杭小军借我3000元一直不还。\n要法院判杭小军还我3000元。\n滕桂花\n"
    el = extract(text)
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.amount_claimed == 3000.0


def test_a_sum_lent_told_otherwise_in_a_letter_is_a_loan():
    text = ("尊敬的法官：\n我叫韦金凤，女，住广西南宁市青秀区民族大道20号。同事蓝海涛前年借我两万块钱，说半年还，"
            "到现在一分没还。\n求法院判蓝海涛还我两万元。\n韦金凤\n2024年3月1日\n")
    assert extract(text).cause_of_action == "民间借贷纠纷"
