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
