"""Party rules found on holdout118-125 (snippets of our own in the same layouts, not the holdout texts)."""

from courtdoc.extraction import extract


def _parties(text):
    return [(p.role, p.name, p.gender, p.address) for p in extract(text).parties]


def test_given_name_starting_with_xiang_is_a_name():
    # 向 opens many given names ("向阳", "向荣"): a three-character name holding it is a name, no sentence
    text = (
        "民事答辩状\n\n"
        "答辩人：龚向阳，男，1979年5月2日出生，汉族，住湖南省株洲市芦淞区建设中路12号，"
        "现住湖南省长沙市岳麓区麓山南路8号3栋602室，身份证号码430203197905021014。\n"
        "被答辩人：谭丽君，女，1982年8月9日出生，汉族，住湖南省长沙市天心区书院路66号。\n\n"
        "因被答辩人诉答辩人离婚纠纷一案，现答辩如下：\n答辩人不同意离婚。\n"
    )
    names = [(r, n, g) for r, n, g, _a in _parties(text)]
    assert ("被告", "龚向阳", "男") in names
    assert ("原告", "谭丽君", "女") in names


def test_relation_glued_before_the_name():
    # "被告二：某某之妻某某，女，…" written without a space: the relation says whose wife she is, the name follows it
    text = (
        "民事起诉状\n"
        "原告：潘志远，男，1975年6月1日出生，汉族，住浙江省宁波市海曙区中山西路20号。\n"
        "被告一：柯建平，男，1980年2月3日出生，汉族，住浙江省宁波市鄞州区天童南路300号5幢701室。\n"
        "被告二：柯建平之妻林晓燕，女，1983年9月12日出生，汉族，住址同上。\n"
        "诉讼请求：\n1.判令两被告共同偿还借款50000元。\n"
    )
    names = [(r, n, g) for r, n, g, _a in _parties(text)]
    assert names == [("原告", "潘志远", "男"), ("被告", "柯建平", "男"), ("被告", "林晓燕", "女")]


def test_story_line_after_address_is_no_part_of_it():
    # a lay complaint whose first story line ("我…") follows the last address line without a stop
    text = (
        "起诉书\n"
        "原告：韦春花 女 1990年7月8日出生 身份证号码：450102199007080027\n"
        "户籍地址：广西壮族自治区南宁市兴宁区民生路18号\n"
        "被告：莫建国 男 身份证号码：450103197502110032\n"
        "住址：广西壮族自治区南宁市青秀区竹溪大道99号翠竹园3栋1202\n"
        "我被他拖了整整一年多，实在没有办法。\n"
        "2024年我租了被告的房子，押金3000元他一直不退。\n"
        "我的要求：\n一、被告退还押金3000元；\n二、诉讼费被告出。\n"
        "此致\n南宁市青秀区人民法院\n起诉人：韦春花\n2025年3月1日\n"
    )
    addresses = {n: a for _r, n, _g, a in _parties(text)}
    assert addresses["莫建国"] == "广西壮族自治区南宁市青秀区竹溪大道99号翠竹园3栋1202"


def test_numbered_party_representative_line_is_no_party():
    # "被告2法定代表人：某某" under a table of parties: the representative of the second defendant
    text = (
        "民事起诉状\n\n"
        "| 诉讼地位 | 姓名/名称 | 性别 | 住所 |\n"
        "|---|---|---|---|\n"
        "| 原告 | 邱德明 | 男 | 江西省赣州市章贡区红旗大道10号 |\n"
        "| 被告1 | 钟小兵 | 男 | 江西省赣州市南康区蓉江路25号 |\n"
        "| 被告2 | 赣州恒达装饰工程有限公司 | — | 江西省赣州市章贡区长征大道8号 |\n\n"
        "被告2法定代表人：曾国华，总经理。\n"
        "原告委托诉讼代理人：黄立群，江西章江律师事务所律师。\n\n"
        "诉讼请求：\n1.判令二被告连带支付原告劳务费32000元。\n"
    )
    parties = extract(text).parties
    assert [(p.role, p.name) for p in parties] == [
        ("原告", "邱德明"), ("被告", "钟小兵"), ("被告", "赣州恒达装饰工程有限公司")]
    assert parties[2].legal_representative is not None and parties[2].legal_representative.name == "曾国华"


def test_answer_names_the_plaintiff_in_its_first_sentence():
    # an answer listing only the one answering: "针对原告某某诉我…一案" names the other party
    text = (
        "民事答辩状\n\n"
        "答辩人（原审被告）：田雨桐，女，1991年12月5日出生，住辽宁省沈阳市和平区南京北街120号2单元301室。\n\n"
        "针对原告邵国庆诉我相邻关系纠纷一案，现答辩如下：\n"
        "原告所说的漏水不是我家造成的，请法院驳回原告的诉讼请求。\n\n"
        "此致\n沈阳市和平区人民法院\n\n答辩人：田雨桐\n2025年10月9日\n"
    )
    assert [(r, n) for r, n, _g, _a in _parties(text)] == [("被告", "田雨桐"), ("原告", "邵国庆")]


def test_complaint_sentence_is_no_answered_plaintiff():
    # the same words in a complaint's story name nobody new: only an answer is written against a plaintiff
    text = (
        "民事起诉状\n原告：邵国庆，男，1970年1月1日出生，住辽宁省沈阳市和平区南京北街120号1单元301室。\n"
        "被告：田雨桐，女，1991年12月5日出生，住辽宁省沈阳市和平区南京北街120号2单元301室。\n"
        "诉讼请求：\n1.判令被告赔偿损失5000元。\n"
    )
    assert [(r, n) for r, n, _g, _a in _parties(text)] == [("原告", "邵国庆"), ("被告", "田雨桐")]
