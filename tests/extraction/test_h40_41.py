"""Rules from the holdout40/41 misses, each tested on a new snippet written for the test."""

from courtdoc.extraction import extract


def test_form_labels_spaced_to_line_up_colons():
    # "名　　称：" / "住 所 地：": labels set out with spaces are the labels, not a name '名'
    text = (
        "民事起诉状\n\n【原告】\n名　　称：韶关市锦程建材贸易有限公司\n住 所 地：广东省韶关市浈江区风度北路16号\n"
        "法定代表人：欧阳伟（经理）\n\n【被告】\n名　　称：清远市恒基装饰工程有限公司\n"
        "住 所 地：广东省清远市清城区凤翔大道41号\n法定代表人：卢志明\n\n【诉讼请求】\n"
        "1、判令被告支付货款人民币42300元；\n2、本案诉讼费由被告承担。\n\n【事实和理由】\n双方签订买卖合同，被告未付货款。\n"
        "\n此致\n广东省清远市清城区人民法院\n起诉人：韶关市锦程建材贸易有限公司\n二〇二六年三月二日\n"
    )
    el = extract(text)
    got = {(p.role, p.name, p.address) for p in el.parties}
    assert got == {
        ("原告", "韶关市锦程建材贸易有限公司", "广东省韶关市浈江区风度北路16号"),
        ("被告", "清远市恒基装饰工程有限公司", "广东省清远市清城区凤翔大道41号"),
    }

