"""Party-block and claims rules added after the holdout36-37 dev sets, each on a snippet written here (other people,
places, sums and wording than the sets' documents)."""

from courtdoc.extraction import extract


def test_court_asked_on_a_line_of_its_own_heads_the_claims():
    # a relative writes for the plaintiff under the entries; the claims stand under "请求法院：" on a line of its own,
    # a heading even where the party block ran on to the closing
    text = ("民事起诉状\n\n"
            "原告：罗德明，男，1966年8月12日出生，汉族，农民，身份证号510722196608122315，住四川省三台县芦溪镇白鹤村五组。\n\n"
            "被告：蒋文忠，男，1971年3月2日出生，汉族，身份证号510722197103022178，住四川省三台县芦溪镇白鹤村二组。\n\n"
            "尊敬的法官：\n"
            "我是原告罗德明的女儿罗小芳（身份证510722199001052226），我爸不识字，这份状子是我按他说的写的。\n\n"
            "2024年5月9日蒋文忠请我爸去他家鱼塘边砌石坎，讲好一天220元。第二天石头滚下来砸断了我爸的左腿，住了24天医院。"
            "医疗费、护理费这些一共是41800元，减去蒋文忠给的3000元，还要他赔38800元。\n\n"
            "请求法院：\n"
            "1．判蒋文忠赔偿罗德明各项损失38800元；\n"
            "2．诉讼费由蒋文忠出。\n\n"
            "此致\n三台县人民法院\n\n起诉人：罗德明（按手印）\n代写人：罗小芳\n2024年8月2日")
    el = extract(text)
    assert sorted(p.name for p in el.parties) == ["罗德明", "蒋文忠"]
    assert el.amount_claimed == 38800
    assert el.claims[0].startswith("判蒋文忠赔偿")


_HEAD = ("民事起诉状\n\n"
         "原告：贺秋萍，女，1991年4月7日出生，汉族，住浙江省宁波市鄞州区钱湖北路55号3幢201室。\n\n"
         "被告：{defendant}\n\n"
         "诉讼请求：\n{claims}\n\n"
         "事实和理由：{facts}\n\n此致\n宁波市鄞州区人民法院\n\n具状人：贺秋萍\n2024年9月3日")


def test_sum_reckoned_from_a_daily_rate_is_fixed():
    # the rate per day tells how the sum was reckoned; the sum itself is asked
    text = _HEAD.format(
        defendant="邬国梁，男，1975年10月2日出生，汉族，住浙江省宁波市海曙区中山西路210号。",
        claims=("1．邬国梁退还押金4000元；\n"
                "2．退还已交未住的房租，8月21日至31日共11天，按每天80元算880元；\n"
                "3．赔偿被扔掉的衣物，按购买记录一共650元；\n4．诉讼费由被告负担。"),
        facts="原告租住被告的房屋，租期未满，被告于2024年8月20日换锁，将原告的物品扔在楼道。")
    assert extract(text).amount_claimed == 5530


def test_a_rate_per_period_alone_stays_no_fixed_sum():
    text = _HEAD.format(
        defendant="邬国梁，男，1975年10月2日出生，汉族，住浙江省宁波市海曙区中山西路210号。",
        claims="1．被告每月支付原告扶养费1200元，按每月1200元计至原告康复之日止；\n2．被告返还借款6000元。",
        facts="原、被告原系夫妻，原告离婚后患病无劳动能力。")
    assert extract(text).amount_claimed == 6000


def test_the_one_sued_pays_his_share_of_a_sum_split_with_someone_not_sued():
    # the sum told whole, split between two brothers, then the one sued's share: the share is claimed
    text = _HEAD.format(
        defendant="贺建新，男，1968年5月20日出生，汉族，住浙江省宁波市江北区人民路88号。",
        claims=("一、被告从2024年10月起每月给付原告赡养费800元；\n"
                "二、原告今年看病自付的医疗费6800元，两个儿子各出一半，被告应当给付3400元；\n"
                "三、诉讼费由被告负担。"),
        facts="原告系被告之母，年老多病，被告长期不履行赡养义务。")
    assert extract(text).amount_claimed == 3400


def test_a_sum_split_between_the_ones_sued_stays_whole():
    # both sued, each to pay half: the whole is claimed from them
    text = _HEAD.format(
        defendant=("贺建新，男，1968年5月20日出生，汉族，住浙江省宁波市江北区人民路88号。\n\n"
                   "被告：贺建华，男，1971年9月9日出生，汉族，住浙江省宁波市江北区人民路90号。"),
        claims="一、判令二被告支付原告医疗费6800元，二被告平摊，各支付3400元；\n二、诉讼费由二被告负担。",
        facts="原告系二被告之母，年老多病，二被告长期不履行赡养义务。")
    assert extract(text).amount_claimed == 6800


def test_claims_table_sums_its_amount_column_with_a_subtotal_row():
    # a claims table whose amounts stand in their own column (no 元 after the figures), a subtotal row under the fixed
    # sums, then rows without a figure (interest still running, the guarantor's liability, the costs)
    text = ("民事起诉状\n\n一、当事人情况\n"
            "| 诉讼地位 | 名称/姓名 | 基本信息 | 住所/住址 |\n|---|---|---|---|\n"
            "| 原告 | 成都农村商业银行股份有限公司青羊支行 | 统一社会信用代码91510105MA61X2Y33K | 四川省成都市青羊区清江中路26号 |\n"
            "| 被告 | 简丽华 | 女，1980年2月3日出生，汉族，公民身份号码510105198002031243 | 四川省成都市青羊区光华大道一段9号 |\n\n"
            "二、诉讼请求\n| 序号 | 请求事项 | 金额（元） |\n|---|---|---|\n"
            "| 1 | 判令被告偿还借款本金 | 210,500.00 |\n"
            "| 2 | 判令被告支付截至2024年8月31日的利息 | 6,230.40 |\n"
            "|  | 小计 | 216,730.40 |\n"
            "| 3 | 判令被告支付自2024年9月1日起至清偿之日止的罚息 | 以实际计算为准 |\n"
            "| 4 | 本案诉讼费由被告承担 | — |\n\n"
            "三、事实与理由\n2023年3月1日，被告向原告借款25万元，未按约还款。\n\n此致\n成都市青羊区人民法院\n")
    el = extract(text)
    assert el.amount_claimed == 216730.4
    assert not el.claims[-1].endswith("三")


def test_claims_table_rows_without_a_total_add_up():
    text = ("民事起诉状\n\n原告：钟文涛，男，1985年6月1日出生，汉族，住广西壮族自治区南宁市青秀区民族大道100号。\n\n"
            "被告：南宁市佳和装饰工程有限公司，住所地广西壮族自治区南宁市西乡塘区大学东路55号。\n\n"
            "诉讼请求：\n| 序号 | 请求事项 | 金额（元） |\n|---|---|---|\n"
            "| 1 | 判令被告退还装修预付款 | 30,000 |\n| 2 | 判令被告支付违约金 | 4,500 |\n"
            "| 3 | 本案诉讼费由被告承担 | 800 |\n\n"
            "事实和理由：原告与被告签订装修合同，被告收款后未施工。\n\n此致\n南宁市青秀区人民法院\n")
    assert extract(text).amount_claimed == 34500


def test_a_branch_seat_in_the_address_column_after_its_head_in_the_info_cell():
    # a party table: the branch's head named in the info cell, its seat in the address column
    text = ("民事起诉状\n\n"
            "| 诉讼地位 | 名称/姓名 | 基本信息 | 住所/住址 |\n|---|---|---|---|\n"
            "| 原告 | 中国邮政储蓄银行股份有限公司洛阳市涧西区支行 | 统一社会信用代码91410305MA44X1R76P；负责人：沙文静，行长 | 河南省洛阳市涧西区南昌路17号 |\n"
            "| 被告 | 蔺广辉 | 男，1983年7月21日出生，汉族，公民身份号码410305198307214519 | 河南省洛阳市西工区凯旋东路33号2单元6楼 |\n\n"
            "诉讼请求：\n1．判令被告偿还借款本金52000元；\n2．诉讼费由被告承担。\n\n"
            "事实和理由：被告向原告借款，到期未还。\n\n此致\n洛阳市涧西区人民法院\n")
    el = extract(text)
    bank = next(p for p in el.parties if p.name.endswith("支行"))
    assert bank.address == "河南省洛阳市涧西区南昌路17号"
    assert bank.legal_representative.name == "沙文静"
    assert next(p for p in el.parties if p.name == "蔺广辉").address == "河南省洛阳市西工区凯旋东路33号2单元6楼"


def test_a_representative_own_home_stays_no_seat():
    text = ("民事起诉状\n\n原告：洛阳市恒通商贸有限公司，住所地河南省洛阳市老城区中州东路8号。\n"
            "法定代表人：邵立军，总经理，住河南省洛阳市老城区唐宫路5号。\n\n"
            "被告：牛海涛，男，1979年1月9日出生，汉族，住河南省洛阳市瀍河区启明南路12号。\n\n"
            "诉讼请求：\n1．判令被告支付货款18000元。\n\n事实和理由：被告购买原告货物未付款。\n\n此致\n洛阳市老城区人民法院\n")
    el = extract(text)
    assert el.parties[0].address == "河南省洛阳市老城区中州东路8号"


def _claims_of_block(text: str):
    """The claims as read after the party block parser's body start (without the letter reader)."""
    from courtdoc.extraction import claims
    from courtdoc.extraction.parties import parse_block
    from courtdoc.extraction.provenance import DocText

    norm = DocText.from_text(text).norm
    _parsed, body = parse_block(norm, 0, len(norm))
    return claims.extract_claims(norm, body, len(norm), 0)


_SIGNED_BELOW = ("起诉状\n\n我要起诉邝海燕，女，1987年2月9日出生，住广东省江门市蓬江区建设路9号。\n\n"
                 "事情经过：2024年4月3日我用手机转账给我朋友，转错了人，18600元转到了邝海燕的卡上。她开始说会退，"
                 "后来就不接电话了。这笔钱是我的工资，她没有理由拿着。我请求法院：\n"
                 "一、判令邝海燕返还我转错的18600元；\n二、诉讼费由邝海燕负担。\n\n"
                 "起诉人：甘志伟\n性别：男\n出生日期：1990年7月1日\n身份证号：440703199007012213\n"
                 "住址：广东省江门市江海区五邑路31号\n2024年5月6日")

_OPENING_WISH = ("尊敬的法官：\n我叫符德山，男，1993年1月4日生，身份证号460003199301042218，家住海南省儋州市那大镇友谊村8号。"
                 "我要告卢秀兰和她母亲陈桂英，要求她们退还彩礼。卢秀兰，女，1996年6月2日生，身份证号460003199606023326，"
                 "住海南省儋州市那大镇中兴村3号；陈桂英是她母亲，女，1970年9月9日生，身份证号460003197009093328。\n"
                 "2023年订婚时我家给了彩礼九万八千元，后来她家退了婚，我们没有领证，也没有一起生活过。\n"
                 "我请求法院：\n一、判决卢秀兰、陈桂英退还彩礼九万八千元；\n二、打官司的费用由她们出。\n此致\n儋州市人民法院\n"
                 "具状人：符德山\n2024年11月2日")


def test_claims_heading_after_a_sentence_of_the_story_with_the_filer_signed_below():
    res = _claims_of_block(_SIGNED_BELOW)
    assert res.amount == 18600
    assert extract(_SIGNED_BELOW).amount_claimed == 18600


def test_a_letter_opening_wish_gives_way_to_the_numbered_claims_below():
    res = _claims_of_block(_OPENING_WISH)
    assert res.amount == 98000
    assert res.claims[0].startswith("判决卢秀兰、陈桂英退还彩礼")
    assert extract(_OPENING_WISH).amount_claimed == 98000
