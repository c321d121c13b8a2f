"""Claims a layperson writes, sums the plaintiff offers to pay, and defamation in plain words (holdout17 misses)."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause

_HEAD = ("原告：钱某，男，1975年1月2日出生，汉族，住江苏省苏州市姑苏区人民路1号。\n"
         "被告：孙某，女，1980年3月4日出生，汉族，住江苏省苏州市吴中区东吴北路2号。\n")


def test_claims_under_a_plain_request_heading_after_the_party_block():
    text = ("起诉书\n起诉人：李某，女，1965年5月6日出生，汉族，住吉林省长春市朝阳区红旗街9号。\n"
            "被起诉人：王某，男，1990年7月8日出生，住吉林省长春市南关区大马路3号。\n"
            "我的请求：让被起诉人把我转错给他的12600元还给我，打官司的钱他出。\n"
            "事情经过：我在网银给女儿转生活费，输错了账号，钱进了被起诉人的卡，他一直不还。\n"
            "此致\n长春市朝阳区人民法院\n起诉人：李某\n2024年6月1日\n")
    el = extract(text)
    assert el.claims and "12600元" in el.claims[0]
    assert el.amount_claimed == 12600
    assert el.cause_of_action == "不当得利纠纷"


def test_a_sum_the_plaintiff_offers_to_pay_is_not_claimed():
    text = ("民事起诉状\n" + _HEAD + "诉讼请求：1、依法分割原、被告共有的苏州市姑苏区干将路5号房屋，房屋归原告所有，"
            "由原告向被告支付折价款人民币三十万元；2、诉讼费由原、被告各半负担。\n"
            "事实与理由：原、被告共同出资购买上述房屋，按份共有，协商分割未果。\n此致\n苏州市姑苏区人民法院\n")
    el = extract(text)
    assert el.cause_of_action == "共有物分割纠纷"
    assert el.amount_claimed is None


def test_a_sum_the_defendant_pays_the_appellant_stays_claimed():
    text = ("民事上诉状\n上诉人（原审原告）：钱某，男，1975年1月2日出生，住江苏省苏州市姑苏区人民路1号。\n"
            "被上诉人（原审被告）：孙某，女，1980年3月4日出生，住江苏省苏州市吴中区东吴北路2号。\n"
            "上诉请求：1、依法改判被上诉人向上诉人支付工程款人民币伍万元整；2、诉讼费用由被上诉人承担。\n"
            "事实与理由：一审认定事实错误。\n此致\n苏州市中级人民法院\n")
    assert extract(text).amount_claimed == 50000


def test_defamation_in_a_laypersons_words():
    claims = "判令被告删除其在抖音发布的涉及原告的帖子；判令被告赔礼道歉；判令被告赔偿精神损害抚慰金5000元"
    facts = "原告开一家服装店，被告因退货不满，发视频称原告是骗子，还说店里卖假货，这些话都是编造的。"
    cue = infer_cause(claims, facts, ())
    assert cue is not None and cue.cause == "名誉权纠纷" and cue.strong
    assert infer_cause("判令被告赔偿损失3000元", "被告在网上污蔑原告偷了他的手机。", ()).cause == "名誉权纠纷"


def test_a_said_paragraph_that_asks_for_its_claims_by_reference_claims_its_stated_total():
    text = ("原告：赵某1，男，汉族，1960年1月1日出生。住址：山东省莒县。被告：刘某1，女，汉族，1970年2月2日出生，住址：山东省莒县。\n\n"
            "原告赵某1诉称，刘某1借赵某1现金30000元，出具借条一份，利息1500元，共计人民币31500元。被告至今未还，"
            "原告请求法院支持原告的诉讼请求。被告刘某1未答辩。经审理查明，被告向原告借款30000元。\n")
    el = extract(text)
    assert el.amount_claimed == 31500
    # no stated total: nothing is guessed
    assert extract(text.replace("，共计人民币31500元", "")).amount_claimed is None
