"""Amounts of 要素式 forms, net and shared totals, and a letter's claims after a comma (holdout138-141 misses)."""

from courtdoc.extraction import extract

_FORM_HEAD = ("民间借贷纠纷起诉状（要素式）\n当事人信息\n原告（自然人）\n姓名：唐某\n性别：男\n"
              "出生日期：1978年4月9日\n住所地：湖北省宜昌市西陵区夷陵大道12号\n"
              "被告（自然人）\n姓名：邹某\n性别：女\n出生日期：1983年10月2日\n住所地：湖北省宜昌市伍家岗区沿江大道7号\n\n")


def test_a_freeze_applied_for_in_the_forms_preservation_section_is_no_claim():
    text = (_FORM_HEAD + "诉讼请求和依据\n1．本金：58000元（伍万捌仟元整）\n"
            "2．利息：以58000元为基数，自2024年5月1日起按年利率3.45%计算至实际清偿之日止\n"
            "3．诉讼费由被告承担\n4．标的总额：58000元（利息另计）\n5．请求依据：《中华人民共和国民法典》第六百七十五条\n\n"
            "约定管辖和诉讼保全\n1．有无仲裁、法院管辖约定：无\n2．是否申请财产保全措施：是☑　否□　已申请查封被告名下车辆，"
            "价值58000元\n\n事实与理由\n1．借款经过：被告于2023年11月向原告借款58000元，约定半年归还，到期未还。\n")
    el = extract(text)
    assert el.amount_claimed == 58000
    assert not any("查封" in c for c in el.claims)


def test_a_breakdown_line_under_an_items_sum_adds_nothing():
    text = ("机动车交通事故责任纠纷起诉状（要素式）\n原告：卢某，女，1986年2月3日出生，住四川省绵阳市涪城区临园路5号。\n"
            "被告：冯某，男，1992年8月1日出生，住四川省绵阳市游仙区绵州大道9号。\n\n诉讼请求和依据\n"
            "1.医疗费　　9340.50元\n明细：绵阳市中心医院住院医疗费8120.50元，门诊费1220元\n"
            "2.误工费　　6300元\n明细：45天×140元/天\n3.交通费　　260元\n4.诉讼费用承担　由被告承担\n"
            "本表已列明的损失合计：15900.50元\n\n事实与理由\n2024年1月5日，被告驾车将原告撞伤。\n")
    assert extract(text).amount_claimed == 15900.5


def test_the_balance_still_to_be_paid_after_an_advance_is_claimed():
    text = ("民事起诉状\n原告：吴某，男，2013年6月1日出生，住浙江省台州市椒江区市府大道3号。\n"
            "被告：蒋某，男，2012年9月9日出生，住浙江省台州市黄岩区劳动北路8号。\n"
            "诉讼请求：判令被告赔偿原告医疗费7420.60元、护理费2400元、交通费300元，共计10120.60元，"
            "扣除被告监护人已垫付的2000元，被告尚应赔偿8120.60元；本案诉讼费由被告负担。\n"
            "事实和理由：被告在学校操场将原告绊倒，致原告右腕骨折。\n")
    assert extract(text).amount_claimed == 8120.6


def test_the_share_asked_by_the_ones_degree_of_fault_replaces_the_losses_total():
    text = ("民事起诉状\n原告：韦某，女，1971年3月15日出生，住广西壮族自治区柳州市城中区五一路6号。\n"
            "被告：柳州某某医院有限公司，住所地广西壮族自治区柳州市鱼峰区荣军路20号。\n"
            "诉讼请求：一、判令被告赔偿原告各项损失，包括：残疾赔偿金201,600元（40,320元×20年×25%）、医疗费18,300元、"
            "护理费9,000元，以上各项损失合计228,900元，请求判令被告按60%的责任比例赔偿原告137,340元；二、本案诉讼费由被告承担。\n"
            "事实和理由：原告在被告处手术后出现并发症，经鉴定被告存在过错。\n")
    assert extract(text).amount_claimed == 137340
