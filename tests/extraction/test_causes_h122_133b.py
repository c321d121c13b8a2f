"""Causes of the older holdout122-132 misses: an IOU a buyer wrote for a farmer's crop, and more. Every snippet is our
own."""


from .samples import cause_of as _cause


def test_an_iou_written_for_a_crop_sold_by_weight_is_the_sale_not_a_loan():
    text = ("民事起诉状\n原告：黄木生，男，1970年3月2日出生，汉族，住江西省赣州市信丰县大塘埠镇中坝村。\n"
            "被告：钟志强，男，1982年6月9日出生，汉族，住广东省韶关市南雄市雄州街道永康路12号。\n"
            "诉讼请求：\n1．判令被告给付原告欠款12,480元；\n2．诉讼费由被告负担。\n"
            "事实与理由：\n去年十一月，原告将自家种的脐橙5200斤卖给被告，讲好每斤2.4元，被告当场写了一张欠条，说月底结清，"
            "至今分文未付。\n此致\n信丰县人民法院\n具状人：黄木生\n2024年3月8日")
    assert _cause(text) == "买卖合同纠纷"


def test_a_soybean_price_asked_with_an_iou_is_the_sale():
    text = ("民事起诉状\n原告：刘长顺，男，1968年9月1日出生，汉族，住吉林省榆树市秀水镇红星村五社。\n"
            "被告：榆树市鑫达粮油收购站（个体工商户），经营场所吉林省榆树市正阳街道北环路16号。\n"
            "诉讼请求：\n1．判令被告给付原告黄豆款38,200元；\n2．诉讼费由被告负担。\n"
            "事实与理由：\n2024年10月，原告向被告交售黄豆，过磅结算后被告出具欠条一张，至今未付。\n"
            "此致\n榆树市人民法院\n具状人：刘长顺\n2025年4月2日")
    assert _cause(text) == "买卖合同纠纷"


def test_money_lent_against_an_iou_stays_a_loan():
    text = ("民事起诉状\n原告：黄木生，男，1970年3月2日出生，汉族，住江西省赣州市信丰县大塘埠镇中坝村。\n"
            "被告：钟志强，男，1982年6月9日出生，汉族，住广东省韶关市南雄市雄州街道永康路12号。\n"
            "诉讼请求：\n1．判令被告偿还借款20,000元；\n2．诉讼费由被告负担。\n"
            "事实与理由：\n被告说要去收购脐橙，向原告借钱20,000元，写了欠条，至今未还。\n"
            "此致\n信丰县人民法院\n具状人：黄木生\n2024年3月8日")
    assert _cause(text) == "民间借贷纠纷"
