"""Party and claim rules added after the holdout30-31 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ parties


def test_gaozhuangren_wording_with_fields_in_brackets_and_a_numbered_list():
    # "告状人/被告状人": a lay complaint's words for 原告/被告; each person's fields in one bracket after the
    # name; the sued listed "1. 2." under one heading, the second "住址同上"
    a, b, c = _id("41010219850407101"), _id("41010519900923202"), _id("41010519620115301")
    text = ("起诉书\n\n"
            f"告状人：马文斌（男，1985年4月7日生，身份证{a}，住河南省郑州市中原区建设路66号）\n\n"
            "被告状人：\n"
            f"1. 高春燕（女，1990年9月23日生，身份证{b}，住河南省郑州市金水区文化路18号院3号楼）\n"
            f"2. 高建业（男，1962年1月15日生，高春燕的父亲，身份证{c}，住址同上）\n\n"
            "我的要求：\n请法院判令两被告状人还我借款六万元。\n\n"
            "经过情况：\n2022年高春燕向我借钱做生意，说好一年还，到期不还。\n\n"
            "此致\n郑州市金水区人民法院\n告状人：马文斌\n2024年3月2日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name) for p in el.parties] == [("原告", "马文斌"), ("被告", "高春燕"), ("被告", "高建业")]
    filer = _party(el, "马文斌")
    assert (filer.gender, filer.birth_date, filer.id_number) == ("男", "1985-04-07", a)
    assert filer.address == "河南省郑州市中原区建设路66号"  # the bracket's close is no part of it
    assert _party(el, "高春燕").gender == "女"
    assert _party(el, "高建业").address == "河南省郑州市金水区文化路18号院3号楼"


def test_qisuren_with_fields_in_brackets_keeps_gender_and_a_clean_address():
    a = _id("21010219790630202")
    text = ("起诉书\n"
            f"起诉人：邵丽华（女，1979年6月30日出生，汉族，身份证号码{a}，住辽宁省沈阳市和平区南京南街7号2单元301）\n"
            "被起诉人：沈阳某某物业服务有限公司（地址：辽宁省沈阳市和平区三好街90号；法定代表人：韩某）\n"
            "请求事项：\n1. 赔偿我家被水泡坏的地板损失6,300元；\n2. 诉讼费由被起诉人承担。\n"
            "事实和理由：\n楼上水管爆裂，物业迟迟不来关阀门。\n此致\n沈阳市和平区人民法院\n起诉人：邵丽华\n")
    el = extract(text)
    p = _party(el, "邵丽华")
    assert (p.role, p.gender, p.birth_date) == ("原告", "女", "1979-06-30")
    assert p.address == "辽宁省沈阳市和平区南京南街7号2单元301"


def test_bracketed_role_markers_open_the_entry_line():
    # "【原告一】某某　男　…" (the marker and the entry on one line): the marker is the role, never a name;
    # the last entry's "住所：同上" followed by a remark line about the parties' kinship
    a, b, c = _id("13010219880312151"), _id("13010419910705262"), _id("13010419650218271")
    text = ("民事起诉状\n"
            f"【原告】孟凡超　男　1988年3月12日生　汉族　身份证号：{a}\n"
            "　　　　住所：河北省石家庄市长安区建华北大街12号\n"
            f"【被告一】贾晓静　女　1991年7月5日生　汉族　身份证号：{b}\n"
            "　　　　住所：河北省石家庄市桥西区裕华西路200号\n"
            f"【被告二】贾志明　男　1965年2月18日生　汉族　身份证号：{c}\n"
            "　　　　住所：同上\n"
            "（被告二系被告一之父）\n"
            "【诉讼请求】\n一、判令二被告返还彩礼66000元；\n二、诉讼费用由二被告承担。\n"
            "【事实与理由】\n双方经人介绍订婚，未办理结婚登记。\n此致\n石家庄市桥西区人民法院\n")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "孟凡超"), ("被告", "贾晓静"), ("被告", "贾志明")]
    assert _party(el, "贾志明").address == "河北省石家庄市桥西区裕华西路200号"
    assert _party(el, "贾晓静").gender == "女"


def test_letter_filer_gives_age_first_and_speaks_plainly():
    # "我是某某，今年60岁，男的，…10月3号生的，…，屋头在…": an age before the gender, 男的, 号 for 日, 屋头/家 在
    a, b = _id("51052119640503101"), _id("51052119700812201")
    text = ("法官同志：\n"
            f"　　我是罗成武，今年60岁，男的，1964年5月3号生的，身份证号码{a}，屋头在四川省泸州市泸县玄滩镇石岭村5组7号。"
            f"我要起诉我们隔壁的钟大海（男，1970年8月12日生，身份证号码{b}，住四川省泸州市泸县玄滩镇石岭村5组9号）。\n"
            "　　他家的牛跑进我地里吃了我的玉米，我请求法院判他赔我损失4,800元。\n"
            "　　　　罗成武\n　　　　2024年6月1日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    filer = _party(el, "罗成武")
    assert (filer.role, filer.gender, filer.birth_date, filer.id_number) == ("原告", "男", "1964-05-03", a)
    assert filer.address == "四川省泸州市泸县玄滩镇石岭村5组7号"
    assert (_party(el, "钟大海").role, _party(el, "钟大海").gender) == ("被告", "男")


def test_letter_sues_a_neighbour_by_flat_number_and_an_age_is_no_name():
    # "我要告我们楼上1201的某某（男的，五十来岁，…）": the flat number is part of the relation; "五十来岁" no party;
    # "让法院给我做主：让某某赔我…一共…元" opens the claim
    a = _id("37010219800101222")
    text = ("法官您好：\n"
            f"我叫韩桂兰，女，1980年1月1日生人，身份证{a}，家住山东省济南市历下区燕山街道和平小区2栋1单元1101。"
            "我要告我们楼上1201的吕长河（男的，五十来岁，哪年生的不清楚），他住济南市历下区燕山街道和平小区2栋1单元1201。\n"
            "他家卫生间漏水，把我家顶棚泡坏了，修了两次都不管。\n"
            "我就想让法院给我做主：让吕长河赔我修顶棚、换灯的钱一共3180元，把他家卫生间修好。\n"
            "韩桂兰\n2025年3月1日\n")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "韩桂兰"), ("被告", "吕长河")]
    sued = _party(el, "吕长河")
    assert sued.gender == "男"
    assert sued.address == "济南市历下区燕山街道和平小区2栋1单元1201"
    assert el.amount_claimed == 3180.0


def test_letter_sues_the_flat_opposite_and_says_where_he_also_lives():
    # "我想告我家对门1502房的某某（男，年纪大概六十岁），他也住…": 我家 and the flat number belong to the relation;
    # "他也住…" right after the bracket is the sued person's address
    a = _id("44030419850615262")
    text = ("法官你好：\n"
            f"我是温丽娟，女，身份证号码{a}，1985年6月15日出生，住广东省深圳市福田区莲花街道景田路8号景秀花园2栋1501房。"
            "我想告我家对门1502房的程国栋（男，年纪大概六十岁），他也住深圳市福田区莲花街道景田路8号景秀花园2栋1502房。\n"
            "他在楼道里堆满了纸箱，挡住了消防通道，我请求法院：一、让程国栋把纸箱清走；二、赔我被纸箱划坏的门2000元。\n"
            "温丽娟\n2025年5月6日\n")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "温丽娟"), ("被告", "程国栋")]
    assert _party(el, "程国栋").address == "深圳市福田区莲花街道景田路8号景秀花园2栋1502房"


# ------------------------------------------------------------------ claims

_HEAD = ("民事起诉状\n原告：冯建军，男，1979年2月3日出生，汉族，住湖北省武汉市洪山区珞喻路100号。\n"
         "被告：田秀梅，女，1982年4月5日出生，汉族，住湖北省武汉市江汉区解放大道300号。\n")


def test_price_of_things_asked_back_in_kind_is_no_sum_claimed():
    text = (_HEAD + "诉讼请求：\n一、判令被告返还借款30000元；\n"
            "二、判令被告返还原告的笔记本电脑一台（购买价6500元），不能返还的折价赔偿；\n"
            "三、诉讼费用由被告承担。\n事实与理由：\n被告借款及借用电脑后拒不归还。\n此致\n武汉市江汉区人民法院\n")
    assert extract(text).amount_claimed == 30000.0


def test_a_sum_asked_after_a_total_in_a_new_clause_is_added():
    text = (_HEAD + "诉讼请求：\n一、判令被告支付2023年、2024年的租金共计3.6万元，并按合同约定支付违约金3600元；\n"
            "二、诉讼费用由被告承担。\n事实与理由：\n被告承租原告房屋，两年租金未付。\n此致\n武汉市江汉区人民法院\n")
    assert extract(text).amount_claimed == 39600.0


def test_a_total_still_sums_the_parts_before_it():
    # the parts before the total are no extra sums
    text = (_HEAD + "诉讼请求：\n一、判令被告支付货款20000元、运费1000元，共计21000元；\n"
            "二、诉讼费用由被告承担。\n事实与理由：\n被告收货后未付款。\n此致\n武汉市江汉区人民法院\n")
    assert extract(text).amount_claimed == 21000.0


def test_claims_table_with_a_total_row():
    text = (_HEAD + "诉讼请求：\n"
            "┌────┬──────────┬────────┐\n"
            "│序号│项目      │金额（元）│\n"
            "├────┼──────────┼────────┤\n"
            "│1   │医疗费    │12,300.50 │\n"
            "│2   │误工费    │4,800.00  │\n"
            "│    │合计      │17,100.50 │\n"
            "└────┴──────────┴────────┘\n"
            "由被告赔偿；诉讼费由被告承担。\n事实与理由：被告骑车将原告撞伤。\n此致\n武汉市江汉区人民法院\n")
    assert extract(text).amount_claimed == 17100.5


def test_letter_sues_a_counted_list_of_a_company_and_a_person():
    # "是要起诉两家：一个是某公司（地址：…），一个是开农家乐的某某（男，…）"
    a, b = _id("45010319880306101"), _id("45012219650420201")
    text = ("尊敬的南宁市西乡塘区人民法院：\n"
            f"我叫蒙志刚，男，1988年3月6日出生，身份证号码{a}，家住广西壮族自治区南宁市西乡塘区大学东路99号3栋502室。"
            "今天写这封信，是要起诉两家：一个是南宁某某燃气有限公司（地址：广西壮族自治区南宁市青秀区民族大道88号），"
            f"一个是在村口开农家乐的韦德明（男，1965年4月20日出生，身份证号码{b}，住广西壮族自治区南宁市武鸣区城厢镇那汉村8号）。\n"
            "我在农家乐吃饭时煤气罐漏气起火，把我烧伤了。\n"
            "所以我请求法院判决两个被告一起赔偿我医疗费等，合计36000元。\n具状人：蒙志刚\n2025年2月1日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name) for p in el.parties] == [
        ("原告", "蒙志刚"), ("被告", "南宁某某燃气有限公司"), ("被告", "韦德明")]
    assert _party(el, "南宁某某燃气有限公司").address == "广西壮族自治区南宁市青秀区民族大道88号"
    person = _party(el, "韦德明")
    assert (person.gender, person.birth_date) == ("男", "1965-04-20")
    assert el.amount_claimed == 36000.0


def test_key_value_table_with_role_and_field_keys():
    # "| 被告性别 | 女 |": the key names the role and the field; the field is the party's above, no new party
    a = _id("42010619900310202")
    text = ("民事起诉状（要素式）\n"
            "| 项目 | 内容 |\n|---|---|\n"
            "| 原告 | 某某银行股份有限公司武汉分行 |\n"
            "| 原告住所地 | 湖北省武汉市江岸区沿江大道100号 |\n"
            "| 原告统一社会信用代码 | 91420100MA4K000000 |\n"
            "| 原告负责人 | 陶某 |\n"
            "| 被告 | 熊某某 |\n"
            "| 被告性别 | 女 |\n"
            "| 被告出生日期 | 1990年3月10日 |\n"
            f"| 被告身份证号 | {a} |\n"
            "| 被告住址 | 湖北省武汉市武昌区中北路50号 |\n"
            "| 诉讼请求1 | 偿还借款本金20,000.00元 |\n"
            "| 诉讼请求2 | 本案诉讼费由被告承担 |\n"
            "受诉法院：武汉市武昌区人民法院\n")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "某某银行股份有限公司武汉分行"), ("被告", "熊某某")]
    bank, person = el.parties
    assert bank.address == "湖北省武汉市江岸区沿江大道100号"
    assert (person.gender, person.birth_date, person.id_number) == ("女", "1990-03-10", a)
    assert person.address == "湖北省武汉市武昌区中北路50号"


def test_parent_writes_for_a_child_against_a_kindergarten():
    # "我是某某，是某某的爸爸。我女儿某某，女，…，我代表她来告她上的幼儿园——某某幼儿园（地址：…，园长叫…）":
    # the child is the 原告, the kindergarten the 被告
    a = _id("33010620200214202")
    text = ("尊敬的杭州市西湖区人民法院：\n"
            "我是朱立新，是朱可欣的爸爸。"
            f"我女儿朱可欣，女，2020年2月14日出生，身份证号码{a}，住浙江省杭州市西湖区文新街道丰潭路88号2幢301室，"
            "我代表她来告她上的幼儿园——杭州市西湖区彩虹桥幼儿园（地址：浙江省杭州市西湖区文新街道紫荆花路66号，园长叫俞敏）。\n"
            "午睡时老师不在教室，孩子从床上摔下来，摔断了锁骨。\n"
            "所以请求法院判幼儿园赔偿医疗费、护理费，总共9600元。\n此致\n敬礼！\n法定代理人：朱立新（父亲）\n2025年3月3日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name) for p in el.parties] == [("原告", "朱可欣"), ("被告", "杭州市西湖区彩虹桥幼儿园")]
    child = _party(el, "朱可欣")
    assert (child.gender, child.birth_date, child.id_number) == ("女", "2020-02-14", a)
    assert _party(el, "杭州市西湖区彩虹桥幼儿园").address == "浙江省杭州市西湖区文新街道紫荆花路66号"
    assert el.amount_claimed == 9600.0


def test_a_writer_naming_a_child_without_suing_for_it_is_still_the_filer():
    # no "代表他/她": "我儿子" is told about, the writer (with a gender) files
    a = _id("33010619800101101")
    text = ("法官您好：\n"
            f"我叫严国平，男，1980年1月1日出生，身份证号码{a}，住浙江省杭州市西湖区古荡街道1号。"
            "我儿子严小川，男，2010年5月5日出生，在读初中。\n"
            "我要起诉我的邻居沈大勇，男，住浙江省杭州市西湖区古荡街道3号。他家的狗咬伤了我。\n"
            "我请求法院判他赔我医疗费2000元。\n严国平\n2025年1月1日\n")
    el = extract(text)
    assert ("原告", "严国平") in [(p.role, p.name) for p in el.parties]
    assert ("原告", "严小川") not in [(p.role, p.name) for p in el.parties]
