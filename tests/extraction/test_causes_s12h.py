"""Causes of four shapes: a herder's contracted pasture let under a stated lease, an online shop's sale told with the
platform first, a labour form asking severance with the leaving papers, a mother's letter against two sons."""

from courtdoc.extraction import extract


def test_a_stated_lease_of_the_plaintiffs_contracted_pasture_is_the_letting_of_its_use_right():
    text = ("民事答辩状\n答辩人（被告）：包金山，男，1975年3月4日生，住内蒙古自治区阿巴嘎旗别力古台镇。\n"
            "被答辩人（原告）：乌日娜，女，住阿巴嘎旗洪格尔高勒镇。\n"
            "答辩人因被答辩人诉答辩人牧场租赁合同纠纷一案，答辩如下：\n"
            "双方于2020年4月签订《牧场租赁协议》，答辩人租用被答辩人承包的洪格尔嘎查牧场1800亩，每年租金12000元。"
            "2022年度租金答辩人已经付清，被答辩人所诉不实。\n此致\n阿巴嘎旗人民法院\n答辩人：包金山\n2023年5月6日\n")
    assert extract(text).cause_of_action == "土地经营权出租合同纠纷"


def test_a_stated_lease_of_machines_stays_the_lease():
    text = ("民事答辩状\n答辩人（被告）：周海，男，1979年5月6日生，住江苏省盐城市亭湖区。\n"
            "被答辩人（原告）：吴军，男，住盐城市盐都区。\n"
            "答辩人因被答辩人诉答辩人租赁合同纠纷一案，答辩如下：\n"
            "双方约定答辩人租用被答辩人的挖掘机两台，每月租金30000元，答辩人已付清全部租金。\n"
            "此致\n盐城市亭湖区人民法院\n答辩人：周海\n2023年5月6日\n")
    assert extract(text).cause_of_action == "租赁合同纠纷"


def test_goods_bought_in_a_sellers_shop_on_a_platform_told_first_are_an_online_sale():
    text = ("民事起诉状\n原告：钱芳，女，1992年3月3日出生，住浙江省杭州市西湖区文三路10号。\n"
            "被告：宁波市鄞州区海味干货店，住所地浙江省宁波市鄞州区中河路5号。\n"
            "诉讼请求：\n1、判令被告退还货款960元；\n2、判令被告支付价款十倍赔偿金9600元。\n"
            "事实与理由：\n2024年2月，原告在某购物平台上，从被告开设的“海味优选旗舰店”购买即食海参12盒。"
            "收货后发现产品无生产日期和生产者名称。\n此致\n杭州市西湖区人民法院\n起诉人：钱芳\n")
    assert extract(text).cause_of_action == "信息网络买卖合同纠纷"


_FORM = ("民事起诉状\n（劳动争议纠纷）\n\n当事人信息\n原告（劳动者）\n姓名：孙磊\n性别：男☑ 女□\n"
         "出生日期：1988-04-02\n住所地（户籍所在地）：河南省郑州市中原区建设路12号\n"
         "证件类型：居民身份证        证件号码：410102198804021234\n\n被告（用人单位）\n名称：郑州中原仓储有限公司\n"
         "住所地（主要办事机构所在地）：河南省郑州市管城区航海路8号\n\n诉讼请求和依据\n1.工资支付诉求：无\n"
         "2.加班费：无\n3.解除劳动合同经济补偿：判令被告支付原告解除劳动合同经济补偿2.4万元\n"
         "4.本表未列明的其他请求：{other}\n5.诉讼费用：由被告承担\n\n事实与理由\n"
         "1.劳动合同签订情况：2020年5月入职\n2.劳动合同解除或终止情况：被告撤销原告所在仓库后解除劳动合同，未支付经济补偿\n"
         "\n此致\n郑州市管城区人民法院\n具状人：孙磊\n")


def test_severance_and_the_leaving_papers_on_a_labour_form_are_severance():
    other = "判令被告为原告出具解除劳动合同证明并为原告办理档案和社会保险关系转移手续"
    assert extract(_FORM.format(other=other)).cause_of_action == "经济补偿金纠纷"


def test_severance_and_unpaid_insurance_on_a_labour_form_stay_the_family():
    other = "判令被告为原告补缴2021年至2023年社会保险费"
    assert extract(_FORM.format(other=other)).cause_of_action == "劳动争议"


def test_a_mothers_letter_asking_her_two_sons_for_living_money_is_upkeep():
    text = ("尊敬的桐柏县人民法院法官：\n你们好！我叫王秀珍，今年八十一岁，住在桐柏县城关镇李庄村二组。我有两个儿子，大儿子刘国强，二儿子刘国富。"
            "老伴去世以后，两个人就谁也不管我了，我生病住院也没人来看。\n我的要求是：\n"
            "一、叫刘国强、刘国富以后每人每月给我四百元生活费；\n二、我看病花的钱俩人平摊。\n"
            "求法院给我做主。\n此致\n敬礼！\n写信人：王秀珍\n2024年10月8日\n")
    assert extract(text).cause_of_action == "赡养费纠纷"
