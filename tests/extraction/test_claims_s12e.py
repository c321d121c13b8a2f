"""Claims of lay letters that end their story with the court asked to order a sum ("我请求法院判某某还我…元"), the
party line and the bare signature below; each tested on a letter written for the test."""

from courtdoc.extraction import extract


def _amount(text: str) -> float | None:
    return extract(text).amount_claimed


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
