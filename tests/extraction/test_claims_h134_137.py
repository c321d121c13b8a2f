"""Claims amounts: lay headings and asks, sums deducted, valued, split or shared among several plaintiffs (snippets of
our own, not from the dev sets)."""
from courtdoc.extraction import extract

_HEAD = ("起诉状\n原告：罗大山，男，1969年10月4日生，住山东省菏泽市牡丹区吕陵镇东关村。\n"
         "被告：孔庆华，男，1975年2月11日生，住山东省菏泽市牡丹区沙土镇南王庄村。\n")


def test_now_asks_heading_and_deducted_sum_before_balance():
    text = _HEAD + ("去年秋天我给孔庆华家拆旧房，房梁砸下来把我右腿砸断了，住了二十多天院，他只给过三千块钱。\n"
                    "现在要求：\n1．被告赔偿医疗费、误工费、护理费等，扣除他已经给的3000元，还应赔偿肆万壹仟陆佰元（41600元）；\n"
                    "2．诉讼费由被告出。\n此致\n菏泽市牡丹区人民法院\n原告：罗大山\n2024年3月5日\n")
    el = extract(text)
    assert el.amount_claimed == 41600
    assert len(el.claims) == 2
