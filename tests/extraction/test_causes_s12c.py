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
