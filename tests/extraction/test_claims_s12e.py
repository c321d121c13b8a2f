"""Claims of lay letters that end their story with the court asked to order a sum ("我请求法院判某某还我…元"), the
party line and the bare signature below; each tested on a letter written for the test."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount


def test_letter_ask_then_party_line_and_bare_signature():
    # the ask a line of its own, then the one sued and the writer's bare name and a date to the month
    text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
            "同村的贺长海2022年春天找我借了三万块钱，说秋收后就还，到现在一分没还。\n"
            "我请求法院判贺长海还我三万元。\n"
            "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜\n2024年1月\n")
    el = extract(text)
    assert el.claims and "三万元" in el.claims[0]
    assert el.amount_claimed == 30000.0


def test_letter_ask_after_story_on_same_line_without_subject():
    # the ask closing the story's line, no 我 before it; the sum in Chinese numerals
    text = ("法官您好：\n我是蒋翠英，女，住四川省南充市营山县城南镇。我在邓志强的饭馆洗了四个月碗，他欠我工钱六千四百元。"
            "请求法院判邓志强给我工钱六千四百元。\n邓志强，男，四十岁，住营山县朗池镇。\n蒋翠英\n2023年11月\n")
    assert _amount(text) == 6400.0


def test_letter_several_asks_joined_signed_with_a_mark():
    # two sums joined by 还要, the signature marked as signed and the date in figures
    text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
            "贺长海借了我1.2万元，我找他要了好几回他都不还，我请求法院判他还我1.2万元，还要赔我来回的车费800元。\n"
            "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜（签字）\n2024.2.6\n")
    assert _amount(text) == 12800.0


def test_letter_ask_in_capital_numerals_joined_by_bing():
    text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
            "贺长海借了我叁万元，说好年底还，到现在也不还。\n"
            "我请求法院判贺长海还我借款叁万元整，并赔我误工损失伍仟元。\n"
            "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜 敬上\n二〇二四年二月\n")
    assert _amount(text) == 35000.0


def test_letter_sum_asked_then_its_parts_clause_by_clause():
    # the sum asked, then 其中 listing its parts in clauses of their own: the parts are not added again
    text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
            "我给贺长海家盖猪圈，他欠我工钱，还砸伤了我的脚。\n"
            "我请求法院判贺长海给我一万二千元，其中工钱9000元，看脚3000元。\n"
            "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜\n2024年1月\n")
    assert _amount(text) == 12000.0


def test_formal_parts_after_qizhong_with_no_total_before_are_summed():
    # no sum before 其中: the parts are the sums asked
    text = ("民事起诉状\n原告：苗立新，男，1979年4月2日生，住山东省潍坊市奎文区胜利东街12号。\n"
            "被告：窦海波，男，1982年6月9日生，住山东省潍坊市潍城区西关街道3号。\n"
            "诉讼请求：\n1.判令被告偿还借款本息，其中本金6000元，利息900元；\n2.本案诉讼费由被告承担。\n"
            "事实与理由：被告向原告借款，到期未还。\n")
    assert _amount(text) == 6900.0


def test_letter_ask_without_sum_takes_the_sum_owed_told_right_before():
    # "他欠我工钱…元。我请求法院判他还我工钱。": the ask points at the sum owed in the sentence before it
    text = ("法官您好：\n我是蒋翠英，女，住四川省南充市营山县城南镇。我在邓志强的饭馆洗了四个月碗，他一共欠我工钱五千六百元。"
            "我请求法院判邓志强还我工钱。\n邓志强，男，四十岁，住营山县朗池镇。\n蒋翠英\n2023年11月\n")
    el = extract(text)
    assert el.claims and el.amount_claimed == 5600.0


def test_letter_signed_as_writer_with_date_on_its_line_and_thanks():
    # "谢谢法官！", "写信人 某某", the name and date on one line: closing lines, the ask above is read
    for closing in ("谢谢法官！\n龚德胜\n2024年1月\n", "写信人 龚德胜\n2024年1月\n", "龚德胜 2024年1月20日\n"):
        text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
                "同村的贺长海借了我一万六千元，说秋收后就还，到现在一分没还。\n"
                "我请求法院判贺长海还我一万六千元。\n"
                "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n" + closing)
        assert _amount(text) == 16000.0, closing


def test_letter_ask_going_on_in_next_sentence_adds_its_sum():
    # the ask, then on the same line one more sum asked of the one sued: both are claimed
    for more in ("还要他赔我误工费一千五百元。", "另外，他还要赔我来回车费600元。"):
        text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
                "同村的贺长海借了我一万六千元，说秋收后就还，到现在一分没还。\n"
                "我请求法院判贺长海还我一万六千元。" + more + "\n"
                "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜\n2024年1月\n")
        assert _amount(text) == 16000.0 + (1500.0 if "一千五" in more else 600.0), more


def test_letter_next_sentence_telling_the_story_is_no_ask():
    # the sentence after the ask tells what happened (a sum paid before), it asks nothing
    text = ("尊敬的法官：\n我叫龚德胜，男，1968年9月12日生，住安徽省六安市霍山县衡山镇东门街8号。"
            "同村的贺长海借了我一万六千元，说秋收后就还，到现在一分没还。\n"
            "我请求法院判贺长海还我一万六千元。他以前还给过我舅舅两千元。\n"
            "贺长海，男，五十来岁，住霍山县佛子岭镇西河村。\n龚德胜\n2024年1月\n")
    assert _amount(text) == 16000.0
