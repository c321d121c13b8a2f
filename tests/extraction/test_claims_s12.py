"""Claims rules generalised from the holdout150-153 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount


def test_form_example_in_brackets_asks_nothing():
    # a 要素式 form's sample line "（例如：…尚欠本金10000元）" left in the claim: the example is no sum asked, and the
    # form's 标的总额 totals the items
    text = ("民事起诉状\n（金融借款合同纠纷）\n"
            "原告\n名称：中国农业银行股份有限公司绍兴越城支行\n住所地：浙江省绍兴市越城区解放北路88号\n"
            "被告（自然人）\n姓名：林志远\n性别：男☑ 女□\n出生日期：1985年6月12日\n"
            "住所地（户籍所在地）：浙江省绍兴市柯桥区笛扬路19号\n证件号码：330621198506124557\n"
            "诉讼请求和依据\n"
            "1.本金\n截至2024年5月31日止，尚欠本金860,000元（写明币种：人民币）\n"
            "（例如：截至2020年1月30日止，尚欠本金10000元）\n"
            "2.利息（复利、罚息）\n截至2024年5月31日止，欠利息、罚息共计12,540.60元\n"
            "3.是否主张实现债权的费用 是☑ 费用明细：律师代理费8,000元 否□\n"
            "4.标的总额 880,540.60元\n"
            "事实和理由\n2021年3月原告与被告签订借款合同。\n")
    assert _amount(text) == 880540.6


def test_appeal_contesting_only_a_payment_disputes_that_sum():
    # "改判上诉人不需要向被上诉人支付…补偿款…元" with no other sum asked: the sum contested is the amount in dispute
    text = ("民事上诉状\n"
            "上诉人（原审被告）：严志刚，男，1968年3月5日出生，汉族，住江西省九江市濂溪区十里街道莲花路12号。\n"
            "被上诉人（原审原告）：严秀兰，女，1972年8月19日出生，汉族，住江西省九江市浔阳区庐山南路36号。\n"
            "上诉人因与被上诉人法定继承纠纷一案，不服九江市濂溪区人民法院民事判决，现提起上诉。\n"
            "上诉请求：\n"
            "1.撤销原判第二项，改判位于九江市濂溪区的宅基地房屋归上诉人所有；\n"
            "2.改判上诉人不需要向被上诉人支付房屋补偿款人民币捌万伍仟元；\n"
            "3.一、二审诉讼费用由被上诉人承担。\n"
            "上诉理由：\n母亲生前一直由上诉人照顾。\n"
            "此致\n九江市中级人民法院\n上诉人：严志刚\n2024年7月2日\n")
    assert _amount(text) == 85000.0


def test_employer_contesting_two_awarded_sums_disputes_both():
    # "判令原告无需支付被告2023年…工资…元" (a long description of the sum) and a second sum contested: both add
    text = ("民事起诉状\n"
            "原告：南通市嘉禾纺织有限公司，住所地江苏省南通市崇川区工农路58号。\n"
            "被告：邵雨婷，女，1994年10月2日出生，汉族，住江苏省南通市港闸区永兴街道东港路9号。\n"
            "诉讼请求：\n"
            "一、判令原告无需支付被告2023年11月至12月加班工资4,300元；\n"
            "二、判令原告无需支付被告未签劳动合同二倍工资差额27,500元；\n"
            "三、本案诉讼费用由被告负担。\n"
            "事实与理由：不服南通市劳动人事争议仲裁委员会的仲裁裁决。\n")
    assert _amount(text) == 31800.0


def test_appellant_freed_of_one_payment_still_claims_another():
    # the sum the appellant is freed of adds nothing where it asks the other side to pay it back another sum
    text = ("民事上诉状\n"
            "上诉人（原审被告）：潘立新，男，1979年9月14日出生，汉族，住湖南省株洲市芦淞区建设南路8号。\n"
            "被上诉人（原审原告）：株洲市宏达建材有限公司，住所地湖南省株洲市天元区黄河北路77号。\n"
            "上诉请求：\n"
            "1.改判上诉人无须向被上诉人赔偿损失30000元；\n"
            "2.判令被上诉人返还上诉人押金6000元；\n"
            "3.本案诉讼费用由被上诉人负担。\n"
            "上诉理由：\n原审认定事实错误。\n"
            "此致\n株洲市中级人民法院\n上诉人：潘立新\n2024年3月11日\n")
    assert _amount(text) == 6000.0


def test_letter_asking_the_court_to_get_a_sum_back_said_with_ba():
    # "请求法院帮我把这捌仟伍佰元要回来": the sum said first with 把, in capital numerals, then 要回
    text = ("尊敬的法官：\n"
            "  我叫龙建华，男，身份证号522601198208143317，住贵州省凯里市营盘东路16号。去年我给老板杨德林开了五个月的货车，"
            "讲好每月4000元，他只给了我11500元，还差捌仟伍佰元一直拖着。杨德林住凯里市北京东路。\n"
            "  我请求法院帮我把这捌仟伍佰元讨回来，让杨德林把工钱结清。\n"
            "                    龙建华\n                    2024年3月8日\n")
    assert _amount(text) == 8500.0


def test_letter_asking_the_court_to_get_a_sum_back_in_figures_said_with_ba():
    text = ("法官您好：\n"
            "  我叫曾淑芬，女，身份证号432501197711230628，家住湖南省娄底市娄星区长青街道新星路7号。我要告邻居谢春生，"
            "他是男的，五十来岁，住娄底市娄星区乐坪街道。2023年6月他找我借了6000元，说好年底还，到现在都不还。\n"
            "  希望法官帮我把借给他的6000元要回来。\n"
            "                    曾淑芬\n                    2024年5月20日\n")
    assert _amount(text) == 6000.0


def test_labour_form_arbitration_field_ends_the_claims():
    # "劳动仲裁情况：…裁决被告支付…元，原告不服" under the last claim item is the form's next field: the award's sum
    # is no claim, and the last item does not run on into it
    text = ("民事起诉状\n（劳动争议纠纷）\n"
            "原告：邓永红，男，1990年12月3日出生，汉族，住广东省佛山市南海区桂城街道南海大道北78号。\n"
            "被告：佛山市顺德区恒远家具制造有限公司，住所地广东省佛山市顺德区龙江镇旺岗工业区12号。\n"
            "诉讼请求\n"
            "1.未签劳动合同二倍工资差额：36,000.00元\n"
            "2.拖欠工资：7,200元\n"
            "3.诉讼费用由被告承担\n"
            "劳动仲裁情况：佛顺劳人仲案字〔2024〕第1187号，仲裁裁决被告支付原告工资3,600元，原告不服。\n"
            "事实与理由\n原告2022年3月入职被告处任木工。\n"
            "具状人：邓永红\n2024年7月15日\n")
    el = extract(text)
    assert el.amount_claimed == 43200.0
    assert "仲裁" not in el.claims[-1]
