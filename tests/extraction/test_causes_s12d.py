"""Causes fixed by causes9: a labour form whose claims are one item of a section that tells the facts first, a factor's
receivable asked of the debtor beside a guaranty, an investor's loss on a false statement, shares of a company sold
between its members, and a site worker whose foreman is told as the company's own (snippets written for these tests)."""

from courtdoc.extraction import extract

LABOUR_FORM = ("民事起诉状\n（劳动争议纠纷）\n\n当事人信息\n原告（劳动者）\n姓名：邵文斌\n性别：男☑  女□\n"
               "出生日期：1990年7月2日      民族：汉族\n住所地（户籍所在地）：江西省赣州市南康区东山街道樟树村三组\n"
               "证件类型：居民身份证      证件号码：360782199007021518\n\n被告（用人单位）\n名称：佛山市顺德区新美家具有限公司\n"
               "住所地（主要办事机构所在地）：广东省佛山市顺德区龙江镇东华路8号\n\n诉讼请求和依据\n"
               "1.劳动合同履行情况\n入职时间：2020年5月1日；工资标准：月均约6200元。\n"
               "2.拖欠工资情况\n被告自2024年2月起拖欠工资，共计18600元。\n"
               "3.解除劳动关系情况\n原告于2024年6月3日以被告拖欠工资为由书面通知被告解除劳动合同。\n"
               "4.劳动仲裁情况\n仲裁委裁决仅支持部分工资，原告不服。\n"
               "5.诉讼请求\n")


def test_a_labour_form_whose_claims_item_asks_wages_alone_is_the_pay():
    text = LABOUR_FORM + ("（1）判令被告支付原告2024年2月至5月拖欠工资18600元；\n（2）判令被告支付原告加班工资2400元；\n"
                          "（3）本案诉讼费用由被告承担。\n标的总额：21000元\n6.请求依据\n《中华人民共和国劳动合同法》第三十条。\n"
                          "\n具状人（签字、盖章）：邵文斌\n日期：2024年7月1日")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_form_whose_numbered_claims_span_sub_causes_keeps_the_family():
    text = LABOUR_FORM + ("1.判令被告支付原告2024年2月至5月拖欠工资18600元；\n2.判令被告支付原告解除劳动合同经济补偿金24800元；\n"
                          "3.本案诉讼费用由被告承担。\n6.请求依据\n《中华人民共和国劳动合同法》第三十条、第四十六条。\n"
                          "\n具状人（签字、盖章）：邵文斌\n日期：2024年7月1日")
    assert extract(text).cause_of_action == "劳动争议"


FACTOR = ("民事起诉状\n原告：中冠商业保理（深圳）有限公司，住所地广东省深圳市前海深港合作区前湾一路1号A栋201室。\n"
          "被告一：深圳市宏泰电子有限公司，住所地广东省深圳市宝安区西乡街道固戍二路12号。\n"
          "被告二：东莞市精益通讯设备有限公司，住所地广东省东莞市松山湖园区工业西路5号。\n"
          "被告三：许志勇，男，1978年3月4日出生，汉族，住广东省深圳市南山区桃园路66号。\n诉讼请求：\n")


def test_a_receivable_asked_of_the_debtor_beside_a_guaranty_is_the_factoring():
    text = FACTOR + ("1.判令被告二向原告支付应收账款人民币1,280,000元及逾期付款违约金；\n"
                     "2.判令被告一对被告二的上述付款义务承担回购责任；\n3.判令被告三对被告一的上述债务承担连带保证责任；\n"
                     "4.本案诉讼费由三被告负担。\n事实与理由：\n原告与被告一签订《有追索权保理合同》，被告一将其对被告二的应收账款"
                     "转让给原告，原告发放保理融资款。被告三出具《保证函》承担连带保证责任。应收账款到期后被告二未付款。\n"
                     "此致\n深圳前海合作区人民法院\n具状人：中冠商业保理（深圳）有限公司\n2024年3月2日")
    assert extract(text).cause_of_action == "保理合同纠纷"


def test_guarantors_alone_sued_for_their_guaranty_stay_the_guaranty():
    text = ("民事起诉状\n原告：邹建平，男，1970年1月1日出生，汉族，住湖北省武汉市江岸区胜利街9号。\n"
            "被告：林雪梅，女，1975年5月5日出生，汉族，住湖北省武汉市武昌区中山路3号。\n诉讼请求：\n"
            "1.判令被告对案外人杨某所欠原告的借款承担连带保证责任；\n2.诉讼费由被告承担。\n事实与理由：\n"
            "杨某向原告借款，被告作为保证人在借条上签字，承诺承担连带保证责任。\n此致\n武汉市江岸区人民法院\n"
            "具状人：邹建平\n2024年2月1日")
    assert extract(text).cause_of_action == "保证合同纠纷"


def test_an_investors_loss_with_commission_and_stamp_duty_is_a_false_statement():
    text = ("民事起诉状\n原告：葛明远，男，1968年8月8日出生，汉族，住浙江省宁波市鄞州区天童南路18号。\n"
            "被告：浙江恒瑞光电股份有限公司，住所地浙江省宁波市北仑区新碶街道明州路99号。\n诉讼请求：\n"
            "一、判令被告赔偿原告投资差额损失、佣金、印花税及利息损失共计人民币86,420.50元；\n二、本案诉讼费由被告承担。\n"
            "事实与理由：\n被告系深圳证券交易所上市公司。被告在年度报告中虚增收入，证监局作出行政处罚决定。原告在实施日后买入被告股票，"
            "揭露日后股价下跌，遭受损失。\n此致\n宁波市中级人民法院\n具状人：葛明远\n2024年5月6日")
    assert extract(text).cause_of_action == "证券虚假陈述责任纠纷"


def test_a_brokers_commission_for_a_flat_sold_stays_the_agency():
    text = ("民事起诉状\n原告：宁波安家房地产经纪有限公司，住所地浙江省宁波市海曙区中山西路5号。\n"
            "被告：蒋立华，男，1980年2月2日出生，汉族，住浙江省宁波市海曙区望京路7号。\n诉讼请求：\n"
            "一、判令被告支付原告佣金人民币24,000元；\n二、本案诉讼费由被告承担。\n事实与理由：\n原告带被告看房，被告签订看房确认书后"
            "绕开原告私下与房东成交。\n此致\n宁波市海曙区人民法院\n具状人：宁波安家房地产经纪有限公司\n2024年5月6日")
    assert extract(text).cause_of_action == "中介合同纠纷"


def test_a_members_shares_in_a_company_sold_to_another_member_are_a_share_transfer():
    text = ("民事起诉状\n原告：钟德旺，男，1958年6月1日出生，汉族，住河北省保定市竞秀区七一路12号。\n"
            "被告：顾永刚，男，1966年3月3日出生，汉族，住河北省保定市莲池区裕华路8号。\n诉讼请求：\n"
            "一、请求判决被告给付我股份转让款八万元。\n二、诉讼费由被告承担。\n事实与理由：\n"
            "2016年我和顾永刚一起开了一个公司，叫保定顺通物流有限公司，我占30%的股份。2022年我不想干了，顾永刚说我的股份他要了，"
            "给我15万，我们写了转让协议，他给了7万，剩下的一直不给。\n此致\n保定市竞秀区人民法院\n起诉人：钟德旺\n2024年3月1日")
    assert extract(text).cause_of_action == "股权转让纠纷"


def test_a_partners_share_in_a_shop_run_together_stays_the_partnership():
    text = ("民事起诉状\n原告：钟德旺，男，1958年6月1日出生，汉族，住河北省保定市竞秀区七一路12号。\n"
            "被告：顾永刚，男，1966年3月3日出生，汉族，住河北省保定市莲池区裕华路8号。\n诉讼请求：\n"
            "一、请求判决被告返还我合伙投资款八万元。\n二、诉讼费由被告承担。\n事实与理由：\n"
            "2016年我和顾永刚合伙开了一个饭馆，各出一半的钱，赚了钱对半分。2022年饭馆关门，顾永刚一直不和我算账。\n"
            "此致\n保定市竞秀区人民法院\n起诉人：钟德旺\n2024年3月1日")
    assert extract(text).cause_of_action == "合伙合同纠纷"


SITE = ("起诉书\n尊敬的法官：\n    我叫龚长林，男，今年四十八岁，身份证号430426197603151234，家住湖南省祁东县白鹤街道双桥村五组。"
        "我要告王大勇和衡阳市湘南建筑劳务有限公司，他们欠我的工钱不给。\n"
        "    被告一：王大勇，男，五十来岁，住湖南省衡阳市石鼓区人民路12号。\n"
        "    被告二：衡阳市湘南建筑劳务有限公司，地址是衡阳市蒸湘区解放西路66号。\n")


def test_a_site_worker_whose_foreman_is_the_companys_team_leader_asks_wages():
    text = SITE + ("    2023年4月，王大勇叫我去蒸湘区的工地上干活，砌砖，说好一天三百元。王大勇说他是湘南公司的带班的。"
                   "我干了八十天，还欠我一万四千元。我找公司，公司说钱给了王大勇。\n"
                   "    我的要求：\n    一、让王大勇和湘南公司给我工钱一万四千元；\n    二、打官司的钱他们出。\n"
                   "此致\n衡阳市蒸湘区人民法院\n                    起诉人：龚长林\n                    二〇二四年一月八日\n")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_site_worker_hired_by_a_foreman_alone_stays_the_service_contract():
    text = SITE + ("    2023年4月，王大勇喊我去蒸湘区的工地上干活，砌砖，讲好一天三百元，他记工他发钱。"
                   "我干了八十天，还欠我一万四千元。\n"
                   "    我的要求：\n    一、让王大勇和湘南公司给我工钱一万四千元；\n    二、打官司的钱他们出。\n"
                   "此致\n衡阳市蒸湘区人民法院\n                    起诉人：龚长林\n                    二〇二四年一月八日\n")
    assert extract(text).cause_of_action == "劳务合同纠纷"
