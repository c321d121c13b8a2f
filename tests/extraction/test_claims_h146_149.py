"""Claims rules generalised from the holdout146-149 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from .samples import amount_of as _amount


def test_brackets_after_a_sum_written_twice_explain_it():
    # "叁万元整（30,000元）（原借款伍万元，已还贰万元）": the second brackets tell how the balance came, no sum asked
    text = ("民事起诉状\n"
            "原告：钱玉梅，女，1981年3月9日生，汉族，住浙江省湖州市吴兴区凤凰街道青铜路18号。\n"
            "被告：马国庆，男，1979年11月2日生，汉族，住浙江省湖州市南浔区练市镇西堡村5组。\n"
            "诉讼请求：\n"
            "一、判令被告偿还借款本金人民币叁万元整（30,000元）（原借款伍万元，被告已归还贰万元）；\n"
            "二、判令被告支付利息人民币贰仟元整（2,000元）；\n"
            "三、本案诉讼费由被告负担。\n"
            "事实和理由：\n"
            "2022年5月被告向原告借款，至今未还清。\n"
            "此致\n湖州市吴兴区人民法院\n具状人：钱玉梅\n2024年6月3日\n")
    assert _amount(text) == 32000.0


def test_common_money_held_by_one_side_then_the_share_paid():
    # "夫妻共同存款6万元现由被告保管，由被告给付原告3万元": the share paid is asked, not the whole deposit
    text = ("民事起诉状\n"
            "原告：韩秀云，女，1990年7月21日出生，汉族，住河北省保定市竞秀区朝阳北大街266号。\n"
            "被告：曹立军，男，1988年2月14日出生，汉族，住河北省保定市莲池区东风中路57号。\n"
            "诉讼请求：\n"
            "1.判令原告与被告离婚；\n"
            "2.依法分割夫妻共同财产：车辆一辆归被告所有，由被告给付原告车辆折价款人民币5万元；"
            "夫妻共同存款6万元现由被告保管，由被告给付原告3万元；\n"
            "3.本案诉讼费用由被告负担。\n"
            "事实与理由：\n"
            "双方于2015年登记结婚，感情确已破裂。\n"
            "此致\n保定市竞秀区人民法院\n具状人：韩秀云\n2024年5月8日\n")
    assert _amount(text) == 80000.0


def test_form_facts_section_ends_the_claims():
    # a 要素式 form: "约定和事实" on a line of its own opens the facts; the wage told there is no sum asked,
    # and the form's "标的总额" totals the items above it
    text = ("民事起诉状\n（劳动争议纠纷）\n"
            "当事人信息\n原告（劳动者）\n姓名：唐春燕\n性别：女\n出生日期：1993年2月8日\n"
            "身份证号：430623199302081247\n经常居住地：江苏省苏州市吴江区松陵镇梅石路33号\n"
            "被告（用人单位）\n名称：苏州市恒丰纺织有限公司\n住所地（主要办事机构所在地）：江苏省苏州市吴江区盛泽镇舜湖西路9号\n"
            "诉讼请求和依据\n"
            "1.是否主张工资支付：是\n明细：2023年3月至4月工资，每月5400元，共计10800元\n"
            "2.是否主张加班费：是\n明细：延时加班40小时，共计1800元\n"
            "3.标的总额：12600元\n"
            "4.请求依据：《中华人民共和国劳动合同法》第三十条\n"
            "约定和事实\n"
            "1.入职时间：2021年9月1日\n"
            "2.劳动合同履行情况：月工资5400元，仲裁裁决被告支付工资10800元\n"
            "具状人（签字、盖章）：唐春燕\n日期：2023年8月10日\n")
    assert _amount(text) == 12600.0


def test_claims_amended_in_the_proceedings_replace_the_first():
    # a judgment tells the claims first made, then "诉讼中，原告变更诉讼请求为：…": the amended claims are asked
    text = ("江苏省南京市鼓楼区人民法院\n民事判决书\n（2023）苏0106民初8812号\n"
            "原告：周美兰，女，1968年9月12日出生，汉族，住江苏省南京市鼓楼区中山北路208号。\n"
            "被告：南京康泰医院有限公司，住所地江苏省南京市鼓楼区湖南路31号。\n"
            "原告周美兰与被告南京康泰医院有限公司医疗损害责任纠纷一案，本院立案后依法进行了审理。\n"
            "原告向本院提出诉讼请求：1.判令被告赔偿原告各项损失暂计300000元；2.本案诉讼费由被告负担。"
            "诉讼中，原告根据鉴定意见变更诉讼请求为：1.判令被告赔偿原告医疗费52000元、误工费18000元、护理费6000元，"
            "共计76000元；2.本案诉讼费由被告负担。事实和理由：原告在被告处手术后出现并发症。\n"
            "被告辩称，诊疗行为符合规范。\n"
            "本院认为，被告应承担赔偿责任。判决如下：\n一、被告于本判决生效之日起十日内赔偿原告各项损失60000元。\n")
    assert _amount(text) == 76000.0


def test_share_of_the_whole_told_right_after_it():
    # "以上合计200000元的60%即120000元": the share asked replaces the whole it is taken of (no total after it)
    text = ("民事起诉状\n"
            "原告：邱建明，男，1970年1月5日出生，汉族，住福建省泉州市丰泽区东海街道津淮街77号。\n"
            "被告：泉州市安达物流有限公司，住所地福建省泉州市晋江市青阳街道世纪大道18号。\n"
            "诉讼请求：\n"
            "1.判令被告赔偿原告医疗费80000元、残疾赔偿金120000元，以上合计200000元的60%即120000元，"
            "并赔偿精神损害抚慰金10000元；\n"
            "2.本案诉讼费由被告负担。\n"
            "事实和理由：\n被告车辆将原告撞伤。\n"
            "此致\n泉州市丰泽区人民法院\n具状人：邱建明\n2024年2月1日\n")
    assert _amount(text) == 130000.0


def test_letter_list_after_whom_it_sues_with_the_ones_sued_as_subject():
    # "…求法院给我做主，我要告我这两个女儿：\n一、她们俩…给我…": the list below is the claims; "三千块钱药费（3000元）"
    # is one sum written twice
    text = ("法官您好：\n"
            "我叫郑桂花，女，今年八十一了，住山东省沂水县高桥镇石门村。\n"
            "我有两个女儿，大女儿吕秀英住沂水县城正阳路，二女儿吕秀梅住临沂市兰山区通达路。\n"
            "这两年她们谁也不管我，村里调解了也没用。我没法了，只能求法院给我做主，我要告我这两个女儿：\n"
            "一、她们俩每人每个月给我四百块钱生活费；\n"
            "二、我今年看病自己花的三千块钱药费（3000元），她们俩给我分摊了。\n"
            "写信人：郑桂花\n2024年5月6日\n")
    assert _amount(text) == 3000.0
