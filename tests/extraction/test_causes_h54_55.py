"""Cause rules written after the holdout54/55 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause where one is at risk."""

from courtdoc.extraction import extract


def _complaint(claims: str, facts: str, cause: str = "", sued: str = "") -> str:
    return ("民事起诉状\n原告：邵丽君，女，1979年6月14日出生，汉族，住湖南省株洲市荷塘区新华东路56号。\n"
            + (sued or "被告：龚建华，男，1976年10月8日出生，汉族，住湖南省株洲市芦淞区建设南路19号。\n")
            + (f"案由：{cause}\n" if cause else "")
            + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n株洲市芦淞区人民法院\n具状人：邵丽君\n2025年3月11日")


def test_stated_custody_dispute_asking_only_support_money_is_the_support_money_cause():
    text = _complaint("一、判令被告支付拖欠的原告抚养费共计9600元；二、判令被告自2025年4月起每月支付抚养费1200元至原告年满十八周岁；"
                      "三、诉讼费由被告负担。",
                      "原告的父母于2022年经法院调解离婚，约定原告随母亲生活，被告每月支付抚养费800元。被告自2024年起未再支付。",
                      cause="抚养纠纷")
    assert extract(text).cause_of_action == "抚养费纠纷"


def test_stated_custody_dispute_asking_who_raises_the_child_is_no_support_money_case():
    text = _complaint("一、判令原告之女龚小雨变更由原告直接抚养；二、判令被告每月支付抚养费1000元；三、诉讼费由被告负担。",
                      "离婚后孩子随被告生活，被告长期在外务工，孩子无人照看。", cause="抚养纠纷")
    assert extract(text).cause_of_action == "变更抚养关系纠纷"


def test_estate_shared_where_the_parents_left_no_will_is_statutory_succession():
    text = _complaint("一、判令原告对父母遗留的位于株洲市石峰区的房屋享有二分之一份额；二、诉讼费由被告负担。",
                      "原、被告系兄妹。父亲龚德才于2019年病故，母亲于2024年病故，二人生前均未留下遗嘱，"
                      "房屋现由被告一人居住，拒绝分割。")
    assert extract(text).cause_of_action == "法定继承纠纷"


def test_estate_shared_under_a_will_the_father_made_stays_testamentary():
    text = _complaint("一、判令确认父亲所立遗嘱有效，位于株洲市石峰区的房屋归原告所有；二、诉讼费由被告负担。",
                      "父亲龚德才于2020年立下自书遗嘱，将该房屋留给原告。父亲去世后被告拒不交出房产证。")
    assert extract(text).cause_of_action == "遗嘱继承纠纷"


def test_wedding_company_gone_and_another_hired_is_a_celebration_service():
    text = ("请求立案的材料\n株洲市天元区人民法院：\n我叫邵丽君，女，1979年6月14日出生，住湖南省株洲市荷塘区新华东路56号。"
            "我要告株洲良缘喜事礼仪有限公司，地址在株洲市天元区珠江北路66号。\n"
            "我的要求：1.退还我交的预付款12000元；2.赔偿我临时另请婚庆公司多付的3000元；3.诉讼费他们出。\n"
            "今年3月我为儿子办婚礼，交了预付款12000元，婚期前一周他们关门了，只好另请一家，多花了3000元。\n"
            "反映人：邵丽君\n2025年6月2日")
    assert extract(text).cause_of_action == "庆典服务合同纠纷"


def test_wedding_photo_package_not_shot_is_a_service_contract():
    text = _complaint("1.解除原告与被告签订的婚纱照套餐合同；2.被告退还原告已付款6600元；3.诉讼费由被告承担。",
                      "原告在被告影楼订了婚纱照套餐，总价9800元，先后付款6600元。被告一再推迟拍摄，后称摄影师离职，至今未拍。",
                      sued="被告：株洲市蜜语摄影工作室（个体工商户），经营场所株洲市天元区黄河南路8号。\n")
    assert extract(text).cause_of_action == "服务合同纠纷"


def test_tea_garden_the_household_holds_by_contract_let_for_rent_is_a_land_management_lease():
    text = _complaint("1、解除原、被告签订的《果园承包协议》；2、判令被告支付2023、2024年度果园租金共计36000元；3、诉讼费由被告负担。",
                      "原告系本村村民，依法承包本村山坡地20亩，持有《农村土地承包经营权证》，种植脐橙。2020年原告将该果园交由被告"
                      "经营，租金每年18000元。被告自2023年起未付租金。",
                      sued="被告：株洲市橙香农业开发有限公司，住所株洲市炎陵县霞阳镇工业园3号。\n")
    assert extract(text).cause_of_action == "土地经营权出租合同纠纷"


def test_orchard_contracted_from_the_village_committee_stays_an_agricultural_contract():
    # the household holds the orchard by contract with the collective that owns it, and sues the collective
    text = _complaint("1、判令被告继续履行果园承包合同；2、判令被告退还多收的租金6000元；3、诉讼费由被告负担。",
                      "原告系本村村民，2019年与被告签订果园承包合同，家庭承包本村集体果园30亩，每年租金12000元。"
                      "2024年被告另行将果园发包给他人，收回原告的果园。",
                      sued="被告：炎陵县霞阳镇山背村村民委员会，住所炎陵县霞阳镇山背村。\n")
    assert extract(text).cause_of_action == "农业承包合同纠纷"


def test_money_taken_from_a_bank_card_left_in_a_relatives_keeping_is_unjust_enrichment():
    text = ("起诉书\n株洲市芦淞区人民法院：\n我叫邵丽君，女，1979年6月14日出生，住湖南省株洲市荷塘区新华东路56号。\n"
            "我要告的是我的表弟龚建华，男，1976年10月8日出生，住湖南省株洲市芦淞区建设南路19号。\n"
            "我的请求：\n1、龚建华把从我存折上取走的钱38000元还给我；\n2、诉讼费由龚建华出。\n"
            "事情经过：我去年住院，把存折和密码交给表弟帮我交住院费，出院后发现存折上的钱被他陆续取走38000元，他说是借的，"
            "又拿不出借条。\n此致\n株洲市芦淞区人民法院\n起诉人：邵丽君\n2025年3月11日")
    assert extract(text).cause_of_action == "不当得利纠纷"


def test_water_from_the_flat_above_with_a_lodging_rented_meanwhile_is_property_damage():
    text = _complaint("一、判令被告赔偿原告家具、地板损失共计21500元；二、判令被告赔偿原告在外租房三个月的房租5400元；"
                      "三、诉讼费由被告负担。",
                      "原告住荷塘区新华东路56号3楼，被告是4楼业主。2024年11月被告家卫生间水管破裂，水从天花板往我家流，"
                      "客厅和卧室被淹，地板起拱，家具泡坏，房子无法居住，原告只好在外租房居住三个月。",
                      sued="被告：龚建华，男，1976年10月8日出生，汉族，住湖南省株洲市荷塘区新华东路56号4楼。\n"
                           "被告：株洲安居物业服务有限公司，住所株洲市荷塘区新华东路50号。\n")
    assert extract(text).cause_of_action == "财产损害赔偿纠纷"


def test_tenant_suing_the_landlord_for_rent_back_after_a_leak_stays_the_lease():
    text = _complaint("一、解除原、被告之间的房屋租赁合同；二、判令被告退还押金2000元及剩余租金4800元并赔偿损失1500元；"
                      "三、诉讼费由被告负担。",
                      "原告租住被告的房屋，月租1600元。2024年12月楼上漏水，房屋无法居住，被告拒不维修，也不退还租金。")
    assert extract(text).cause_of_action == "房屋租赁合同纠纷"
