"""A fact section without a party block: names come from body sentences, and a sentence's words must
not make a party (a name glued to '指定转入其子…银行账户' looked like a bank and turned the cause into
金融借款合同纠纷)."""

from courtdoc.extraction import extract

TEXT = (
    "原告王晓卫向本院提出诉讼请求：一、判令被告偿还借款本金1500000元及利息（自起诉之日起按月息2分计算）；"
    "二、本案全部诉讼费用由被告承担。事实和理由：2014年11月14日，被告段现才向原告借款1000000元。"
    "2014年11月28日，被告段现才又向原告借款1000000元，段现才向原告出具了借条，该两笔款项由被告段现才"
    "指定转入其子段欣辉银行账户，借款后，被告偿还了原告部分款项，剩余款项至今未还。"
)


def test_body_sentence_is_no_bank_party():
    el = extract(TEXT)
    names = [p.name for p in el.parties]
    assert not any("银行" in n or "转入" in n for n in names), names
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.amount_claimed == 1500000
