"""Party and claim rules added after the holdout34-35 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ party blocks


def test_relation_remark_before_the_name_is_no_name():
    a, b = _id("41032219710815001"), _id("41032219730221002")
    text = ("民事起诉状\n"
            f"原告 周长贵，男，1971年8月15日生，汉族，住河南省洛阳市孟津区会盟镇扣马村六组12号，身份证号{a}\n"
            f"原告 周长贵之妻 何秋菊，女，1973年2月21日生，汉族，住址同上，身份证号{b}\n"
            "被告 孟庆山，男，汉族，住孟津区会盟镇扣马村四组\n"
            "诉讼请求\n1. 判令被告返还原告宅基地一处；\n2. 诉讼费由被告承担。\n"
            "事实与理由\n被告占用原告宅基地至今不还。\n此致\n孟津区人民法院\n")
    el = extract(text)
    names = [p.name for p in el.parties]
    assert "何秋菊" in names and not any("之妻" in n for n in names)
    wife = _party(el, "何秋菊")
    assert wife.role == "原告" and wife.gender == "女" and wife.id_number == b
    assert wife.address == "河南省洛阳市孟津区会盟镇扣马村六组12号"


def test_birth_written_as_a_year_or_month_is_completed_by_the_id_number():
    a, b = _id("52262719880612003"), _id("52262719850309004")
    text = ("民事起诉状\n"
            f"原告：龙春花，女，苗族，1988年出生，住贵州省黔东南州天柱县凤城街道联山路7号，身份证号{a}。\n"
            f"被告：杨德兵（男，1985年3月生，侗族，身份证号码{b}，住天柱县邦洞镇新舟村三组）。\n"
            "被告：杨德军，男，1990年出生，住天柱县邦洞镇新舟村三组。\n"
            "诉讼请求：判令二被告归还借款6000元。\n事实与理由：被告借款未还。\n")
    el = extract(text)
    assert _party(el, "龙春花").birth_date == "1988-06-12"
    assert _party(el, "杨德兵").birth_date == "1985-03-09"
    # a year only and no ID: the full date is not known
    assert _party(el, "杨德军").birth_date is None


def test_partial_birth_that_disagrees_with_the_id_stays_unknown():
    a = _id("52262719880612003")
    text = ("民事起诉状\n"
            f"原告：龙春花，女，1987年出生，住贵州省黔东南州天柱县凤城街道联山路7号，身份证号{a}。\n"
            "被告：杨德军，男，住天柱县邦洞镇新舟村三组。\n"
            "诉讼请求：判令被告归还借款6000元。\n")
    assert _party(extract(text), "龙春花").birth_date is None


def test_form_with_role_and_field_label_and_a_two_ethnic_autonomous_county_in_the_company_name():
    b = _id("43312719920704001")
    text = ("民事起诉状（要素式）\n"
            "一、当事人信息\n"
            "原告名称：湘西土家族苗族自治州鑫达物流有限公司\n"
            "住所地：湖南省湘西土家族苗族自治州吉首市乾州街道世纪大道66号\n"
            "统一社会信用代码：91433100MA4L8XQ21K\n"
            "法定代表人：彭建华  职务：经理\n"
            "被告姓名：田小兵\n"
            "性别：男\n"
            "出生日期：1992年7月4日\n"
            f"公民身份号码：{b}\n"
            "户籍地：湖南省湘西土家族苗族自治州凤凰县沱江镇虹桥村\n"
            "经常居住地：湖南省长沙市岳麓区麓山南路19号5栋302房\n"
            "二、诉讼请求\n1.运费：请求判令被告支付运费8800元；\n2.诉讼费用：由被告负担。\n")
    el = extract(text)
    firm = _party(el, "湘西土家族苗族自治州鑫达物流有限公司")
    assert firm.role == "原告"
    assert firm.address == "湖南省湘西土家族苗族自治州吉首市乾州街道世纪大道66号"
    person = _party(el, "田小兵")
    assert person.role == "被告" and person.birth_date == "1992-07-04"
    # the section number of the next heading ("二、诉讼请求") is no tail of the address
    assert person.address == "湖南省长沙市岳麓区麓山南路19号5栋302房"


def test_role_list_heading_over_numbered_items():
    a = _id("62290119960410002")
    text = ("民事起诉状\n"
            "原告：马文斌，男，回族，1994年5月6日出生，住甘肃省临夏州临夏市八坊街道王寺街14号。\n"
            "被告名单：\n"
            f"1. 韩雪梅，女，回族，1996年4月10日出生，住临夏县北塬镇前进村二社，身份证号码{a}；\n"
            "2. 韩有才（韩雪梅之父），男，1968年出生，住址同上；\n"
            "3. 马秀英（韩雪梅之母），女，住址同上。\n"
            "诉讼请求：\n判令三被告返还彩礼60000元。\n事实和理由：婚约解除。\n")
    el = extract(text)
    sued = [(p.name, p.gender, p.address) for p in el.parties if p.role == "被告"]
    assert sued == [("韩雪梅", "女", "临夏县北塬镇前进村二社"), ("韩有才", "男", "临夏县北塬镇前进村二社"),
                    ("马秀英", "女", "临夏县北塬镇前进村二社")]
    assert not any(p.name in ("名单", "如下") for p in el.parties)


# ------------------------------------------------------------------ claims


def test_said_paragraph_concluding_with_a_numbered_list_after_a_colon():
    text = ("浙江省衢州市柯城区人民法院\n民事判决书\n（2025）浙0802民初118号\n"
            "原告吴志刚，男，1966年3月2日生，汉族，住浙江省衢州市柯城区石梁镇下村12号。\n"
            "被告吴志强，男，1969年7月8日生，汉族，住浙江省衢州市柯城区石梁镇下村14号。\n"
            "原告吴志刚与被告吴志强排除妨害纠纷一案，本院于2025年1月6日受理后，依法适用简易程序公开开庭进行了审理。\n"
            "原告吴志刚诉称，被告在两家之间的通道上搭建棚屋，致原告车辆无法进出。经村委会调解无果。故请求："
            "1.判令被告拆除棚屋，恢复通道；2.判令被告赔偿原告租用车位的费用1850元；3.本案诉讼费由被告负担。\n"
            "被告吴志强辩称，棚屋搭建在自家宅基地上。\n本院经审理查明：……\n")
    assert extract(text).amount_claimed == 1850


def test_a_sum_the_plaintiff_agrees_to_give_back_is_no_claim():
    text = ("民事起诉状\n原告：刘春生，男，1970年2月3日出生，住山东省菏泽市曹县青菏街道刘庄村。\n"
            "被告：孙福来，男，1975年6月9日出生，住曹县青菏街道孙庄村。\n"
            "诉讼请求：\n1. 确认原、被告签订的《宅基地转让协议》无效；\n"
            "2. 原告愿意返还被告转让款4.5万元，但被告应赔偿原告围墙拆除损失3600元；\n3. 诉讼费由被告承担。\n"
            "事实与理由：协议违反法律规定。\n")
    assert extract(text).amount_claimed == 3600


def test_items_reckoned_as_products_and_a_net_balance_after_what_was_paid():
    text = ("民事起诉状\n原告：何建新，男，1982年9月1日出生，住四川省南充市顺庆区北湖路8号。\n"
            "被告：罗明亮，男，1978年4月2日出生，住南充市高坪区江东大道66号。\n"
            "诉讼请求：\n判令被告赔偿原告以下损失：\n"
            "1. 医疗费 12400元；\n"
            "2. 误工费 200元×90天＝18000元；\n"
            "3. 护理费 20天×120元＝2400元；\n"
            "4. 交通费 600元；\n"
            "以上共计33400元，扣除被告已垫付的5000元，还应赔偿28400元。\n"
            "5. 诉讼费由被告承担。\n"
            "事实与理由：被告驾车撞伤原告。\n")
    assert extract(text).amount_claimed == 28400


def test_habitual_residence_same_as_above_is_the_habitual_residence_of_the_entry_above():
    a, b = _id("21010219800312003"), _id("21010219820725004")
    text = ("上诉状\n"
            "上诉人（原审原告）：厦门鹭港装饰工程有限公司，住所地福建省厦门市湖里区高崎南五路18号1202室，法定代表人陈海波。\n"
            f"被上诉人（原审被告）：孙立军，男，1980年3月12日出生，汉族，身份证号{a}，"
            "户籍地辽宁省沈阳市和平区三好街12号，经常居住地福建省厦门市思明区莲前西路188号3栋901室。\n"
            f"被上诉人（原审被告）：赵雪，女，1982年7月25日出生，汉族，身份证号{b}，"
            "户籍地辽宁省沈阳市和平区三好街12号，经常居住地同上。\n\n"
            "上诉请求：\n一、撤销原判，改判二被上诉人支付装修款42000元；\n二、诉讼费用由被上诉人承担。\n")
    el = extract(text)
    assert _party(el, "赵雪").address == "福建省厦门市思明区莲前西路188号3栋901室"
    assert _party(el, "孙立军").address == "福建省厦门市思明区莲前西路188号3栋901室"


def test_company_sued_in_a_letter_with_its_seat_in_a_bracket_after_its_name():
    a = _id("41152519700204001")
    text = ("告状信\n商城县人民法院：\n"
            f"我叫胡永庆，男，1970年2月4日生，身份证号码{a}，家住河南省信阳市商城县上石桥镇高庙村5号。\n"
            "我要告的是商城县恒通物流有限公司（地址在商城县赤城街道崇福大道西段66号，统一社会信用代码91411524MA45L2QX7B）"
            "和这个公司的老板陈立群（男，五十来岁，住商城县鄢岗镇鄢岗村3组）。\n"
            "去年我给他们开货车，还欠我工钱18600元。\n请法院判他们还我工钱18600元。\n具状人：胡永庆\n2025年3月1日\n")
    firm = _party(extract(text), "商城县恒通物流有限公司")
    # the company's own seat, not the address of the person named after it
    assert firm.address == "商城县赤城街道崇福大道西段66号"


def test_court_asked_without_a_subject_on_a_line_of_its_own_heads_the_claims():
    a, b = _id("37030319750611001"), _id("37030319880902002")
    text = ("起 诉 书\n我们夫妻二人共同起诉：\n"
            f"男方：孔繁荣，1975年6月出生（1975年6月11日），男，汉族，身份证{a}，家住山东省淄博市张店区共青团西路21号。\n"
            "女方：吕秀兰，1977年4月18日出生，女，汉族，住址同上。\n"
            f"我们告的是租我们仓库的韦小东（女，1988年9月2日生，身份证号{b}，现在张店区开五金店）。\n"
            "请法院判她：\n一、把仓库腾出来还给我们；\n二、给我们交上拖欠的租金壹万贰仟元整（每月2000元）；\n"
            "三、按合同给违约金贰仟元；\n四、诉讼费她出。\n"
            "事情是这样的：2023年我们把仓库租给韦小东，从去年起她就不交租了。\n此致\n张店区人民法院\n")
    assert extract(text).amount_claimed == 14000
    # the heading line is found even where the party block ran on over the list (a letter the block rules misread)
    from courtdoc.extraction.claims import extract_claims
    res = extract_claims(text, text.index("事情是这样的"), len(text))
    assert res.amount == 14000 and len(res.claims) == 4


def test_a_birth_date_no_word_states_is_read_off_a_valid_id_number():
    a = _id("45010319851107152")
    text = ("民事起诉状\n"
            f"原告：覃志坚，男，汉族，身份证号{a}，住广西壮族自治区南宁市青秀区民族大道88号。\n"
            "被告：韦丽芳，女，住南宁市西乡塘区大学东路9号。\n"
            "诉讼请求：判令被告归还借款12000元。\n")
    el = extract(text)
    assert _party(el, "覃志坚").birth_date == "1985-11-07"
    assert _party(el, "韦丽芳").birth_date is None
