"""Claims rules generalised from the holdout94-97 misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount


def test_writers_ask_said_in_one_sentence_without_colon():
    # "我的要求就是某某赔这…元": the ask after the story, no heading and no colon
    text = ("桂林市七星区人民法院：\n\n"
            "我叫覃丽萍，女，1982年4月12日出生，壮族，身份证号码450305198204120528，住桂林市七星区穿山街道铁山小区3栋201室。\n\n"
            "被告是黄志远，男，五十岁左右，在七星区开了一家装修队，家住七星区东江街道漓东小区8栋402室。\n\n"
            "事情是这样的：今年三月黄志远叫我去他工地上刷墙，一天给两百五十块钱。四月二号脚手架倒了，我摔断了左手，"
            "住了二十天医院。\n花的钱有：\n医药费15340元；\n误工费6000元；\n交通费420元；\n一共是21760元。\n\n"
            "我的要求就是黄志远赔这21760元，打官司的钱也要他出。\n"
            "原告：覃丽萍\n2026年5月6日\n")
    assert _amount(text) == 21760.0


def test_bracketed_lay_heading_of_what_the_court_is_asked_to_do():
    # "【我要法院帮我办的事】" heads the claims; "【为什么告】" ends them
    text = ("起诉书\n法院的同志：\n【我是谁】韦秀英，女，1956年8月3日生，身份证452122195608030047，"
            "户口在广西壮族自治区南宁市武鸣区双桥镇伏林村七组。\n"
            "【我告谁】南宁市武鸣区沃土果蔬种植专业合作社，地址在南宁市武鸣区城厢镇永宁路66号。\n"
            "【我要法院帮我办的事】\n1、让合作社把欠我三年的租地钱13500元给我；\n2、把租地的合同解除，地还给我；\n"
            "3、打官司的钱让合作社出。\n【为什么告】\n2020年我把家里的15亩地租给合作社种沃柑，每亩每年300元，"
            "从2022年起一直没给，共欠13500元。\n韦秀英\n2025年3月1日\n")
    assert _amount(text) == 13500.0


def test_filer_named_by_role_asks_the_court_to_order():
    # "起诉人恳请贵院依法判令：" right under the party lines, the list below it
    text = ("起诉书\n\n致：杭州市西湖区人民法院\n\n"
            "起诉人：蒋文博，男，汉族，1999年3月8日生，身份证号330106199903080317，住浙江省杭州市西湖区文三路88号2幢601室。\n\n"
            "被起诉人：杭州悦享家具销售有限公司，统一社会信用代码91330106MA2H3K4L5P，住所地浙江省杭州市西湖区古墩路501号。\n\n"
            "起诉人恳请贵院依法判令：\n一、解除起诉人与被起诉人之间的沙发买卖合同；\n"
            "二、被起诉人返还货款人民币叁万贰仟元整（32000元）；\n三、被起诉人按货款三倍支付赔偿金人民币96000元；\n"
            "四、本案诉讼费用由被起诉人承担。\n\n事实及理由如下：\n2024年9月，起诉人在被起诉人处购买真皮沙发一套，"
            "后经检测为人造革，被起诉人构成欺诈。\n\n起诉人：蒋文博\n二〇二五年一月十日\n")
    assert _amount(text) == 128000.0


def test_sum_already_paid_opening_an_item_reckons_the_refund():
    # "已支付…8400元，…扣除…，请求退还…": what was paid tells how the refund asked is reckoned
    text = ("民事起诉状\n\n原告：潘雅琴，女，1993年5月17日出生，汉族，住江苏省南京市鼓楼区中山北路105号3单元501室。\n"
            "被告：南京优课教育咨询有限公司，住所地江苏省南京市鼓楼区湖南路12号5楼。\n\n"
            "诉讼请求：\n1. 退还剩余课程费：已缴纳全年课程费用12000元，已上课4个月，按每月1000元扣除4000元，请求退还8000元；\n"
            "2. 诉讼费用由被告承担。\n\n事实与理由：\n原告于2024年3月报名被告的英语课程，被告自2024年7月起停课，拒不退费。\n\n"
            "此致\n南京市鼓楼区人民法院\n\n原告：潘雅琴\n2024年10月8日\n")
    assert _amount(text) == 8000.0


def test_periodic_sum_raised_is_still_periodic():
    # "每月支付抚养费由600元增加至1500元": the raised monthly sum is no lump sum; the half of a bill is
    text = ("广东省佛山市禅城区人民法院\n民事判决书\n（2025）粤0604民初3561号\n"
            "原告：梁嘉怡，女，2015年3月2日出生，汉族，学生，住广东省佛山市禅城区祖庙街道福贤路33号。\n"
            "法定代理人：何敏仪，女，1988年7月9日出生，汉族，系原告之母，住址同上。\n"
            "被告：梁伟强，男，1986年11月20日出生，汉族，住广东省佛山市南海区桂城街道南海大道北88号。\n"
            "原告梁嘉怡与被告梁伟强抚养费纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。\n"
            "梁嘉怡向本院提出诉讼请求：1.判令被告自2025年3月起每月支付原告的抚养费由600元增加至1500元，"
            "至原告年满十八周岁时止；2.判令被告负担原告2024年牙齿矫正费9800元的一半即4900元；3.本案诉讼费由被告负担。"
            "事实和理由：原告之母与被告于2018年离婚。\n梁伟强辩称：同意负担一半矫正费。\n本院经审理认定事实如下：……\n")
    assert _amount(text) == 4900.0


def test_appeal_bracket_telling_the_first_instance_award_is_no_claim():
    # "改判…赔偿…48000元（一审判决仅按40%的比例判赔19200元）": the appeal asks the whole, the bracket tells the award
    text = ("民事上诉状\n上诉人（原审原告）：彭桂兰，女，1952年10月4日出生，汉族，住湖北省武汉市江汉区新华路218号3栋102室。\n"
            "被上诉人（原审被告）：武汉家和便利店有限公司，住所地湖北省武汉市江汉区解放大道690号。\n"
            "上诉人因与被上诉人违反安全保障义务责任纠纷一案，不服武汉市江汉区人民法院（2024）鄂0103民初5512号民事判决，现提起上诉。\n"
            "上诉请求：\n1．撤销原判第一项，改判被上诉人赔偿上诉人医疗费、护理费等各项损失48000元（一审判决仅按40%的比例判赔19200元）；\n"
            "2．一、二审诉讼费由被上诉人负担。\n事实与理由：\n上诉人在被上诉人店内因地面湿滑摔倒致伤，一审责任划分明显失当。\n"
            "此致\n武汉市中级人民法院\n上诉人：彭桂兰\n2025年2月3日\n")
    assert _amount(text) == 48000.0


def test_cents_after_yuan_ling_in_capitals_read_by_the_numeral_reader():
    # "…元零X分" / "…元零X角": legal.numerals reads the dimes and cents itself, so capitals and figures pair
    from courtdoc.legal import numerals

    assert numerals.find_amounts("叁仟肆佰壹拾陆元零柒分") == [(0, 11, 3416.07)]
    assert numerals.find_amounts("捌佰元零贰角") == [(0, 6, 800.2)]
    assert numerals.find_amounts("一百元零花钱") == [(0, 3, 100.0)]
    text = ("民事起诉状\n原告：邹海燕，女，1990年1月5日出生，汉族，住四川省绵阳市涪城区临园路东段9号。\n"
            "被告：罗建平，男，1985年6月6日出生，汉族，住四川省绵阳市游仙区沈家坝北街20号。\n"
            "诉讼请求：\n1.判令被告偿还借款人民币叁仟肆佰壹拾陆元零柒分（3416.07元）；\n2.诉讼费由被告承担。\n"
            "事实与理由：被告于2024年向原告借款，至今未还。\n此致\n绵阳市涪城区人民法院\n具状人：邹海燕\n2025年4月1日\n")
    res = extract(text)
    assert res.amount_claimed == 3416.07
    assert not any("不一致" in str(c) for c in getattr(res, "checks", []))
