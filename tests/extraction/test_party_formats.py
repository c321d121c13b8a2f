"""Party blocks and amounts in the formats of bench holdout3: forms, tables, OCR noise, glued entries,
wrapped lines, page breaks with a footer between, and money claims with totals and conversions."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

from courtdoc.contracts import Dossier, Line, Page


def _people(el):
    return [(p.role, p.name, p.gender, p.birth_date, p.address) for p in el.parties]


def test_form_with_ticked_gender_and_labels_run_together():
    el = extract(
        "民事起诉状\n原告（自然人）\n姓名：李某某\n性别：男□ 女☑\n出生日期：1985年3月2日        民族：汉族\n"
        "住所地（户籍所在地）：河南省郑州市金水区经三路66号院3号楼2单元\n经常居住地：河南省郑州市郑东新区龙湖外环路8号\n"
        "被告（法人、非法人组织）\n名称：绵阳鑫泰装饰工程有限公司\n"
        "住所地（主要办事机构所在地）：四川省绵阳市涪城区临园路东段12号注册地/登记地：四川省绵阳市\n"
        "法定代表人/主要负责人：宋某    职务：总经理\n"
        "诉讼请求和依据\n1.本金：尚欠本金50000元\n2.利息：欠利息2400元；自2024年1月11日起以50000元为基数按年利率3.45%计算\n"
        "3.标的总额：52400元\n事实与理由\n被告借款未还。\n")
    assert _people(el) == [
        # the filled 经常居住地 over 住所地（户籍所在地） (民法典 art. 25)
        ("原告", "李某某", "女", "1985-03-02", "河南省郑州市郑东新区龙湖外环路8号"),
        ("被告", "绵阳鑫泰装饰工程有限公司", None, None, "四川省绵阳市涪城区临园路东段12号"),
    ]
    assert el.amount_claimed == 52400.0  # the stated total replaces the items it totals


def test_table_cells_and_wrapped_date():
    el = extract(
        "民事起诉状\n原告  姓名  韩雪梅  性别  女  民族  汉族\n      出生日期  1990年7月8日\n"
        "      住址  山东省济南市历下区泉城路180号\n"
        "被告：冯某，男，1985年\n2月9日出生，汉族，住陕西省咸阳市秦都区人民西路9号。\n"
        "诉讼请求：\n1、判令被告偿还借款人民币陆万元整；\n2、诉讼费用由被告承担。\n")
    assert _people(el) == [
        ("原告", "韩雪梅", "女", "1990-07-08", "山东省济南市历下区泉城路180号"),
        ("被告", "冯某", "男", "1985-02-09", "陕西省咸阳市秦都区人民西路9号"),
    ]
    assert el.amount_claimed == 60000.0


def test_ocr_noise_spaced_role_half_width_punctuation():
    el = extract(
        "民事起诉状\n原 告:林建华,男,１９７９年６月１２日出生,汉族,住福建省厦门市思明区莲前西路 ２ 号。\n"
        "被 告:厦门海沧鑫达物流有限公司,住所地:福建省厦门市海沧区海景路 18号。\n"
        "诉讼请求:1.判令被告支付工资款人民币 28000 元;2.判令被告支付经济补偿金人民币 14000元;3.本案诉讼费用由被告承担。\n")
    assert _people(el) == [
        ("原告", "林建华", "男", "1979-06-12", "福建省厦门市思明区莲前西路2号"),
        ("被告", "厦门海沧鑫达物流有限公司", None, None, "福建省厦门市海沧区海景路18号"),
    ]
    assert el.amount_claimed == 42000.0


def test_entries_glued_without_delimiters_and_villager_addresses():
    el = extract(
        "原告马某1，女，1972年5月28日出生，回族，住宁夏回族自治区灵武市。被告杨某1，男，1991年4月15日出生，回族，"
        "住宁夏回族自治区灵武市。（被告身份系原告提供）被告李小珍，女，1992年3月1日出生，回族，住宁夏回族自治区灵武市。"
        "被告贺某1，男，1972年12月7日出生，职工，现住内蒙古自治区鄂尔多斯市。公民身份号码×××被告吴玲（系贺某1妻子），女，"
        "1972年2月25日出生。被告许某1，男，1953年4月7日出生，淄博市淄川区寨里镇北佛村村民。被告吕某1，男，1968年8月12日出生，"
        "淄博市淄川区寨里镇南仙村村民，现住淄博市淄川区。被告王某1，男，原住包头市，现下落不明。\n\n"
        "原告马某1向本院提出诉讼请求：被告偿还借款本金3万元。")
    got = {p.name: p.address for p in el.parties}
    assert list(got) == ["马某1", "杨某1", "李小珍", "贺某1", "吴玲", "许某1", "吕某1", "王某1"]
    assert got["许某1"] == "淄博市淄川区寨里镇北佛村"
    assert got["吕某1"] == "淄博市淄川区"  # the cued address wins over the village of origin
    assert got["王某1"] == "包头市"


def test_amount_conversion_and_interest_periods():
    el = extract(
        "民事起诉状\n原告：陈大文，男，1975年8月8日出生，住香港特别行政区九龙旺角弥敦道600号。\n"
        "被告：邓伟，男，1987年11月23日生，住重庆市江北区观音桥步行街9号。\n"
        "诉讼请求：\n1．判令被告偿还借款港币50万元折合人民币456,000元；\n"
        "2．判令被告支付利息（15000元自2014年3月17日起、20000元自2014年5月13日起，均按年利率6%计算）；\n"
        "3．本案诉讼费用由被告承担。\n")
    assert el.amount_claimed == 456000.0


def _page(index: int, rows: list[tuple[str, str]]) -> Page:
    lines = [Line(text=t, box=(100, 100 + 30 * k, 100 + 20 * len(t), 120 + 30 * k), role=role)
             for k, (t, role) in enumerate(rows)]
    return Page(index=index, width=1240, height=1754, source="ocr", lines=lines, text="\n".join(t for t, _ in rows))


def test_party_entry_across_a_page_break_with_footer():
    p1 = _page(0, [
        ("民事起诉状", "body"),
        ("原告：张某某，女，1980年1月1日出生，汉族，公民身份号码350203198001013026，住福建省", "body"),
        ("厦门市思明区莲前西路2号。", "body"),
        ("被告：厦门某某贸易有限公司，统一社会信用代码91350206MA2XYZ1234，住所地福建省厦", "body"),
        ("第 1 页 共 2 页", "footer"),
    ])
    p2 = _page(1, [
        ("民事起诉状", "header"),
        ("门市湖里区金山路253号。", "body"),
        ("法定代表人：王某，经理。", "body"),
        ("诉讼请求：", "body"),
        ("1.判令被告支付货款50000元；", "body"),
        ("2.本案诉讼费由被告承担。", "body"),
    ])
    el = extract(Dossier(pages=[p1, p2]))
    assert [(p.name, p.address) for p in el.parties] == [
        ("张某某", "福建省厦门市思明区莲前西路2号"),
        ("厦门某某贸易有限公司", "福建省厦门市湖里区金山路253号"),
    ]
    assert el.parties[1].legal_representative.name == "王某"
    # provenance of the joined address starts on page 0 and the footer text is in no field
    assert el.provenance["parties[1].address"].page == 0
    assert all("页" not in (p.address or "") for p in el.parties)
    assert el.amount_claimed == 50000.0


_HEAD = ("民事起诉状\n原告：张某，男，1980年1月1日出生，住厦门市思明区1号。\n"
         "被告：李某，男，1981年1月1日出生，住厦门市湖里区2号。\n诉讼请求：\n")


@pytest.mark.parametrize("claims, amount", [
    ("1.判令被告支付欠款10万元（已扣除被告已还款2万元）；\n2.诉讼费由被告承担。", 100000.0),
    ("1.判令被告支付货款3万5千元；\n2.诉讼费由被告承担。", 35000.0),
    ("1.判令被告给付借款本息合计人民币六万三千元（其中本金6万元，利息3000元）；\n2.诉讼费由被告承担。", 63000.0),
    ("1、判令被告返还借款本金30万元，并按照年利率15.4%支付自2021年5月1日起至实际清偿之日止的利息"
     "（暂计至2023年5月1日为92400元）；\n2、诉讼费由被告承担。", 392400.0),
    ("1.判令被告支付违约金（按每日1000元计算，自2023年1月1日至实际付款之日）；\n2.诉讼费由被告承担。", None),
    ("1.判令被告每月支付抚养费2000元至孩子年满十八周岁；\n2.诉讼费由被告承担。", None),
])
def test_amount_claimed_rules(claims, amount):
    el = extract(_HEAD + claims + "\n事实与理由：略。\n此致\n厦门市思明区人民法院\n")
    assert el.amount_claimed == amount


def test_untitled_party_block_with_id_numbers_is_not_an_id_card():
    el = extract("原告：张三（公民身份号码：350203198001013026），女，1980年01月01日出生，住厦门市思明区湖滨南路1号。\n"
                 "被告：李四，男性，出生于1975年3月8日，身份证地址：厦门市湖里区金山路2号。\n"
                 "诉讼请求：1、判令被告支付货款10000元。")
    assert el.document_type == "起诉状"
    assert _people(el) == [("原告", "张三", "女", "1980-01-01", "厦门市思明区湖滨南路1号"),
                           ("被告", "李四", "男", "1975-03-08", "厦门市湖里区金山路2号")]
    assert el.parties[0].id_number == "350203198001013026"


def test_agent_powers_naming_pleadings_do_not_end_the_party_block():
    el = extract("原告：汪某1，女，1962年7月14日出生，汉族，住湖南省醴陵市。委托诉讼代理人：郭强，株洲市法学会法律服务部"
                 "法律工作者，代理权限：特别授权，即代为承认、变更、放弃诉讼请求，进行和解，提起上诉等。被告：陈某1，男，"
                 "1963年11月15日出生，汉族，住福建省厦门市。被告：邱某1，女，1971年1月13日出生，汉族，住福建省厦门市。\n\n"
                 "原告汪某1向本院提出诉讼请求：判令被告陈某1、邱某1偿还原告借款80000元。")
    assert [(p.role, p.name, p.address) for p in el.parties] == [
        ("原告", "汪某1", "湖南省醴陵市"), ("被告", "陈某1", "福建省厦门市"), ("被告", "邱某1", "福建省厦门市")]
    assert [a.name for a in el.parties[0].agents] == ["郭强"]


def test_latin_name_with_spaces():
    el = extract("民事起诉状\n原告：JOHN SMITH（约翰·史密斯），男，1970年1月1日出生，美国国籍，住上海市浦东新区1号。\n"
                 "被告：上海某某有限公司，住所地上海市黄浦区2号。\n诉讼请求：判令被告支付工资5万元。")
    assert [(p.name, p.address) for p in el.parties] == [("JOHN SMITH", "上海市浦东新区1号"), ("上海某某有限公司", "上海市黄浦区2号")]


def test_form_headings_letter_spaced_labels_and_dual_roles():
    el = extract("民事起诉状\n原告信息\n姓 名：宋雨桐        性 别：女\n出生日期：1987年9月9日   民 族：朝鲜族\n"
                 "户籍地址：吉林省长春市朝阳区红旗街1288号\n被告信息\n姓 名：金哲        性 别：男\n"
                 "户籍地址：吉林省延边朝鲜族自治州龙井市龙门街5号\n请求事项：\n1、判令被告归还借款人民币柒万伍仟元（75,000元）。\n")
    assert _people(el) == [("原告", "宋雨桐", "女", "1987-09-09", "吉林省长春市朝阳区红旗街1288号"),
                           ("被告", "金哲", "男", None, "吉林省延边朝鲜族自治州龙井市龙门街5号")]
    el = extract("刑事附带民事判决书\n公诉机关某某区人民检察院。\n附带民事诉讼原告人卢某某，男，1969年10月2日出生，住江西省九江市1号。\n"
                 "被告人兼附带民事诉讼被告人石某，男，1996年1月19日出生于江西省都昌县，汉族，户籍所在地江西省都昌县2号。"
                 "因涉嫌故意伤害罪于2023年2月14日被刑事拘留。\n某某区人民检察院指控被告人石某犯故意伤害罪。")
    assert [(p.role, p.name) for p in el.parties][1:] == [("附带民事诉讼原告人", "卢某某"), ("被告人", "石某")]


def test_address_number_spacing_and_main_business_place():
    el = extract("民事起诉状\n原告 薛建军 男 1972年2月2日生 汉族 住山西省太原市小店区亲贤北街 9 号\n"
                 "被告 太原晋阳物流有限公司 住所地山西省太原市晋源区晋祠路三段 16 号\n"
                 "第三人：深圳前海某某投资合伙企业（有限合伙），主要经营场所深圳市前海深港合作区前湾一路1号A栋201室。\n"
                 "诉讼请求\n1.判令被告支付运输费 48,500 元;\n2.诉讼费由被告负担.\n")
    assert [p.address for p in el.parties] == ["山西省太原市小店区亲贤北街9号", "山西省太原市晋源区晋祠路三段16号",
                                               "深圳市前海深港合作区前湾一路1号A栋201室"]
    assert el.amount_claimed == 48500.0


def test_wrapped_org_name_enum_comma_fields_and_second_address_in_brackets():
    el = extract("民事起诉状\n原告：中国建设银行股份有限公司合肥\n蜀山支行，住所地安徽省合肥市蜀山区长江西路\n200号。\n"
                 "负责人：汪某，行长。\n"
                 "被告  马某某、男、1969年9月9日生、回族、住青海省西宁市城东区东关大街50号\n"
                 "被起诉人：叶某某，女，1992年2月29日出生，畲族，户籍地浙江省丽水市景宁畲族自治县鹤溪街道1号"
                 "（现住浙江省丽水市莲都区中山街2号）。\n"
                 "诉讼请求：\n1、判令二被告分担原告已支出的医疗费18,000元，每人9,000元；\n2、诉讼费由被告负担。\n")
    assert _people(el) == [
        ("原告", "中国建设银行股份有限公司合肥蜀山支行", None, None, "安徽省合肥市蜀山区长江西路200号"),
        ("被告", "马某某", "男", "1969-09-09", "青海省西宁市城东区东关大街50号"),
        ("被告", "叶某某", "女", "1992-02-29", "浙江省丽水市景宁畲族自治县鹤溪街道1号"),
    ]
    assert el.amount_claimed == 18000.0


@pytest.mark.parametrize("text, people", [
    # a form page read by OCR: lines joined, spaces between cells dropped, headings glued to the line before
    ("民事起诉状\n原告信息\n姓名：宋雨桐性别:女\n出生日期：1987年9月9日民族：朝鲜族身份证号：220104198709090452\n"
     "户籍地址：吉林省长春市朝阳区红旗街1288号现居住地：吉林省延吉市河南街道光明街33号被告信息\n姓名：金哲性别:男\n"
     "户籍地址：吉林省延边朝鲜族自治州龙井市龙门街5号请求事项：\n1、判令被告归还借款本金人民币柒万伍仟元。",
     [("原告", "宋雨桐", "女", "1987-09-09", "吉林省长春市朝阳区红旗街1288号"),  # 户籍地址, not the 现居住地
      ("被告", "金哲", "男", None, "吉林省延边朝鲜族自治州龙井市龙门街5号")]),
    ("民事起诉状\n当事人基本情况\n原告姓名韩雪梅性别女民族汉族出生日期1990年7月8日公民身份号码370102199007081281"
     "住址山东省济南市历下区泉城路180号被告姓名孔德明性别男民族汉族出生日期1984年1月26日\n"
     "住址山东省济宁市曲阜市鼓楼大街21号诉讼请求：\n1、判令被告偿还借款人民币陆万元整。",
     [("原告", "韩雪梅", "女", "1990-07-08", "山东省济南市历下区泉城路180号"),
      ("被告", "孔德明", "男", "1984-01-26", "山东省济宁市曲阜市鼓楼大街21号")]),
    ("民事起诉状\n原告:林建华,男,1 9 7 9年6月1 2日出生,汉族,住福建省厦门市思明区莲前西路2号。\n"
     "被告:李四,女,住福建省厦门市湖里区1号。\n诉讼请求:1.判令被告支付28000元。",
     [("原告", "林建华", "男", "1979-06-12", "福建省厦门市思明区莲前西路2号"), ("被告", "李四", "女", None, "福建省厦门市湖里区1号")]),
])
def test_ocr_joined_forms_and_tables(text, people):
    assert _people(extract(text)) == people


def test_scanned_party_entry_across_pages_with_page_footer(tmp_path):
    """Two scanned pages through OCR: the page number line is page furniture, the defendant's address
    continues on page 2 after the running head, and the entry is joined across the break."""
    from courtdoc.ocr import read_file

    from tests import docgen

    p1 = docgen.render_page(["民事起诉状", "原告：张某某，女，1980年1月1日出生，汉族，住福建省厦门市思明区莲前西路2号。",
                             "被告：厦门某某贸易有限公司，住所地福建省厦门市湖里区"], dpi=150, footer="第 1 页 共 2 页")
    p2 = docgen.render_page(["金山路253号。", "法定代表人：王某，经理。", "诉讼请求：", "1.判令被告支付货款50000元；",
                             "2.本案诉讼费由被告承担。"], dpi=150, header="民事起诉状", footer="第 2 页 共 2 页")
    el = extract(read_file(docgen.make_tiff([p1, p2], tmp_path / "two.tif")))
    company = el.parties[1]
    assert company.name == "厦门某某贸易有限公司"
    assert company.address == "福建省厦门市湖里区金山路253号"
    assert company.legal_representative.name == "王某"
    assert el.provenance["parties[1].address"].page == 0


def test_entry_after_comma_inline_representative_and_short_date():
    el = extract("原告：陆某1，男，1972年9月20日出生，汉族，住四川省，被告：陈某1，男，1975年9月5出生，汉族，住开平市，\n\n"
                 "原告钟某1诉称，被告借款未还，请依法判决被告共同归还借款40000元并自2018年6月22日起按年利率6%支付利息。")
    assert _people(el) == [("原告", "陆某1", "男", "1972-09-20", "四川省"), ("被告", "陈某1", "男", "1975-09-05", "开平市")]
    assert el.amount_claimed == 40000.0
    el = extract("民事起诉状\n原告：武汉某某科技有限公司，法定代表人：蔡某某，该公司执行董事，住所地：湖北省武汉市东湖新技术开发区光谷大道77号。\n"
                 "被告：湖北某某商贸有限公司（原名：湖北某某贸易有限公司），法定代表人：詹某，住所地：湖北省宜昌市西陵区夷陵大道58号。\n"
                 "诉讼请求：\n1.判令被告返还原告预付货款人民币壹佰万元整及定金贰拾万元整；\n2.判令被告赔偿原告损失5万元（暂定）。\n")
    assert [(p.name, p.address, p.legal_representative.name) for p in el.parties] == [
        ("武汉某某科技有限公司", "湖北省武汉市东湖新技术开发区光谷大道77号", "蔡某某"),
        ("湖北某某商贸有限公司", "湖北省宜昌市西陵区夷陵大道58号", "詹某")]
    assert el.amount_claimed == 1250000.0


def test_role_glued_to_the_title_line_by_ocr():
    el = extract("民事起诉状（民间借贷纠纷）原告\n姓名：胡晓燕\n性别:女\n出生日期：1984年9月12日民族：汉族\n"
                 "住所地（户籍地）：江西省赣州市章贡区红旗大道20号经常居住地：广东省东莞市南城街道鸿福路1号被告\n"
                 "姓名：潘志伟\n性别：男\n住所地（户籍地）：江西省赣州市南康区蓉江街道诉讼请求\n"
                 "1.本金：判令被告偿还借款本金80000元；2.诉讼费用负担：由被告负担。事实与理由\n被告借款未还。\n")
    assert el.document_type == "起诉状"
    # 经常居住地 over 住所地（户籍地） (民法典 art. 25)
    assert _people(el) == [("原告", "胡晓燕", "女", "1984-09-12", "广东省东莞市南城街道鸿福路1号"),
                           ("被告", "潘志伟", "男", None, "江西省赣州市南康区蓉江街道")]
    assert el.amount_claimed == 80000.0


def test_two_entries_on_one_line_separated_by_spaces():
    el = extract("民事起诉状\n原告：张三  被告：李四\n诉讼请求：判令被告偿还借款1万元。")
    assert [(p.role, p.name) for p in el.parties] == [("原告", "张三"), ("被告", "李四")]


# Found by bench/extract_audit.py on real judgments and fact sections (no labels needed).
def test_bare_names_run_together_on_one_line():
    el = extract("原告吴某被告吴某被告付某\n\n原告诉称：吴某于2011年10月21日借原告15万元，至今未还。原告请求：判令二被告偿还借款15万元。")
    assert [(p.role, p.name) for p in el.parties] == [("原告", "吴某"), ("被告", "吴某"), ("被告", "付某")]


def test_sentence_starting_with_a_role_word_is_no_party():
    el = extract("经审理查明：2015年6月28日，被告人亓某殴打王某乙。经鉴定，王某乙构成轻微伤。"
                 "公诉机关认为被告人亓某以暴力、威胁的方法强迫他人劳动，应以强迫劳动罪追究其刑事责任。")
    names = [p.name for p in el.parties]
    assert not [n for n in names if "认为" in n or "威胁" in n], names


def test_defendant_named_in_every_sentence_is_one_party():
    el = extract("经审理查明：被告人李某某于2016年5月在某县收受他人财物。被告人李某某犯罪以后自动投案，"
                 "如实供述自己的罪行。被告人李某某到案后退缴全部赃款。")
    assert [(p.role, p.name) for p in el.parties] == [("被告人", "李某某")]


def test_mentions_in_facts_do_not_make_sentences_into_organisations():
    el = extract("经审理查明：原告中铁五新公司与被告焱峰公司签订买卖合同。原告同意被告焱峰公司分期付款，"
                 "被告严峰是焱峰公司的法定代表人。原告无权要求被告焱峰公司支付违约金。")
    names = {p.name for p in el.parties}
    assert names <= {"中铁五新公司", "焱峰公司", "严峰"}, names
    assert {"中铁五新公司", "焱峰公司"} <= names


def test_later_manager_does_not_replace_the_legal_representative():
    el = extract("原告：刘某1，男，1984年9月18日出生，汉族，住宿迁市经济开发区。被告：宿迁市华瑞塑业有限公司，住所地宿迁市宿城区龙河镇。"
                 "法定代表人：陈青春，该公司总经理。破产管理人：江苏固邦律师事务所。负责人：张志强，该律师事务所主任。\n"
                 "刘某1向本院提出诉讼请求：判令被告偿还借款46万元。")
    assert el.parties[1].legal_representative.name == "陈青春"


def test_last_entry_glued_to_the_representative_field():
    el = extract("原告周某1。被告咸宁市海拓制冷设备有限公司法定代表人陈某1，公司总经理被告陈某1。\n"
                 "原告周某1诉称：被告借款未还。原告请求：判令被告偿还借款5万元。")
    assert [(p.role, p.name) for p in el.parties] == [
        ("原告", "周某1"), ("被告", "咸宁市海拓制冷设备有限公司"), ("被告", "陈某1")]


def test_prosecution_sentence_is_not_a_prosecutor_entry():
    el = extract("上海市闵行区人民检察院指控：被告人韩某驾驶摩托车夺取王某某的金项链后逃逸。"
                 "公诉机关认定被告人韩某的行为触犯1997年修订的《中华人民共和国刑法》第二百六十七条第一款，应当以抢夺罪追究其刑事责任。")
    assert not [p for p in el.parties if p.role == "公诉机关" and not p.name.endswith("检察院")]


# Found by metamorphic checks: the same complaint laid out differently must give the same elements.
_PLAIN = ("民事起诉状\n原告：杜雨轩，女，1993年8月17日出生，汉族，住陕西省西安市雁塔区小寨东路126号，\n"
          "公民身份号码610113199308172119。\n被告：西安秦川二手车交易市场有限公司，住所地：陕西省西安市未央区凤城\n"
          "八路177号，法定代表人：石某，职务：总经理。\n诉讼请求：\n1.判令被告退还购车款35万元；\n2.本案诉讼费由被告承担。\n"
          "事实与理由：被告出售的车辆存在重大事故未告知。\n此致\n西安市未央区人民法院\n2024年3月1日\n")


def _people_full(el):
    return [(p.role, p.name, p.gender, p.birth_date, p.id_number, p.address) for p in el.parties]


def test_indented_lines_and_paragraph_spacing_give_the_same_elements():
    plain = extract(_PLAIN)
    assert _people_full(plain)[1][5] == "陕西省西安市未央区凤城八路177号"
    indented = extract("\n".join("　　" + ln for ln in _PLAIN.split("\n")))  # first-line indent of every paragraph
    spaced = extract(_PLAIN.replace("\n", "\n\n"))  # a blank line after every paragraph (word-processor export)
    for other in (indented, spaced):
        assert _people_full(other) == _people_full(plain)
        assert other.amount_claimed == plain.amount_claimed == 350000.0


def test_party_fields_separated_by_spaces():
    # the same entries with spaces where commas usually stand (typed forms, OCR); metamorphic check findings
    el = extract(
        "民事起诉状\n原告：滕某（曾用名滕某某）男 1960年12月12日出生 满族 户籍地辽宁省大连市中山区人民路1号。\n"
        "原告：青岛海尔某某电器销售有限公司（以下称原告）通讯地址：山东省青岛市崂山区海尔路1号。\n"
        "被告：大连某某海鲜酒楼（个体工商户）经营者：全某 住所地辽宁省大连市沙河口区黄河路2号。\n"
        "被告：湖北某某商贸有限公司 法定代表人：詹某 住所地：湖北省宜昌市西陵区夷陵大道58号。\n"
        "被告：吴某 男 1976年7月7日出生 苗族 系凯里市吴记副食店（个体工商户）经营者 住贵州省凯里市北京东路16号。"
        "（被告身份系原告提供）被告李小珍 女 1992年3月1日出生 回族 住宁夏回族自治区灵武市。\n"
        "诉讼请求：判令被告返还定金5000元。\n")
    assert _people(el) == [
        ("原告", "滕某", "男", "1960-12-12", "辽宁省大连市中山区人民路1号"),
        ("原告", "青岛海尔某某电器销售有限公司", None, None, "山东省青岛市崂山区海尔路1号"),
        ("被告", "大连某某海鲜酒楼", None, None, "辽宁省大连市沙河口区黄河路2号"),
        ("被告", "湖北某某商贸有限公司", None, None, "湖北省宜昌市西陵区夷陵大道58号"),
        ("被告", "吴某", "男", "1976-07-07", "贵州省凯里市北京东路16号"),
        ("被告", "李小珍", "女", "1992-03-01", "宁夏回族自治区灵武市"),
    ]


def test_spaced_entries_after_a_bracket_and_after_an_address():
    # real judgment blocks with their commas turned into spaces (bench/extract_audit.py --relayout)
    el = extract("原告张某1 1991年8月17日出生 汉族 住广东省东莞市 被告黎某1 男 1989年9月20日出生 汉族 住广东省高州市\n\n"
                 "原告张某1诉称：被告借款26000元未还。请求判令：被告偿还欠款26000元。")
    assert _people(el) == [("原告", "张某1", None, "1991-08-17", "广东省东莞市"),
                           ("被告", "黎某1", "男", "1989-09-20", "广东省高州市")]
    el = extract("原告：董某1 男 1960年5月1日生 汉族 住盐城市盐都区。被告：翁江艳（邵某1之妻） 1982年11月21日生 汉族 住兴化市。"
                 "被告吴玲（系贺某1妻子） 女 汉族 1972年2月25日出生 住内蒙古自治区鄂尔多斯市。被告魏杰娇（又名魏颖） 农民。\n\n"
                 "原告董某1向本院提出诉讼请求：判令被告归还借款15000元。")
    assert _people(el)[1:] == [("被告", "翁江艳", None, "1982-11-21", "兴化市"),
                               ("被告", "吴玲", "女", "1972-02-25", "内蒙古自治区鄂尔多斯市"),
                               ("被告", "魏杰娇", None, None, None)]
