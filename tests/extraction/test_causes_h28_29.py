"""Cause rules added after the holdout28-29 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

import pytest
from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


# --- money lent and asked back: what the borrower meant to spend it on is only the story

@pytest.mark.parametrize("claims, facts", [
    ("判令被告归还我8万元及利息", "2022年5月，被告说家里新房要装修，向我借了8万元，写了借条，约定半年还清，至今未还。"),
    ("请求被告还给原告六万五千元", "被告开超市要进货，找我借钱，我转账给他六万五千元，他打了借条。后来超市装修又拖着不还。"),
    ("被告偿还借款50000元", "被告称其儿子结婚要装修婚房，原告于2023年3月出借50000元，有借据为证。"),
])
def test_loan_asked_back_whatever_it_was_for(claims, facts):
    assert _cue(claims, facts) == "民间借贷纠纷"


def test_renovation_contract_stays_renovation():
    # the decorator paid for the work it did: no loan in the story
    assert _cue("判令被告支付装修款36000元", "原告承接被告住房的装修工程，约定工程款72000元，完工后被告只付了一半。") == "装饰装修合同纠纷"


# --- someone acting under the plaintiff's name (民法典 1014)

@pytest.mark.parametrize("claims, facts", [
    ("判令被告停止使用原告的名字开店，赔礼道歉", "被告拿原告的身份证复印件，用原告的名字开了一家网店，进货商都来找原告要货款。"),
    ("要他不准再用我的名字签合同", "他用了我的名字签了好几份供货合同，现在供货的人天天上门讨货款。"),
    ("判令被告赔偿精神损失3000元", "被告冒用原告的姓名办理了会员卡并赊购货物。"),
])
def test_name_used_by_another(claims, facts):
    assert _cue(claims, facts) == "姓名权纠纷"


# --- goods kept in the keeper's store for a fee (民法典 904)

@pytest.mark.parametrize("claims, facts", [
    ("判令被告赔偿货物损失120000元", "原告将200吨冻肉存放于被告冷库，每月付费，后冷库停电制冷中断，冻肉变质。"),
    ("判令被告赔偿损失", "双方约定原告的水果储存在被告的冷藏库，被告负责入库保管，后因供电故障库温升高，水果腐烂。"),
    ("判令被告赔偿大米损失", "原告的大米寄存在被告库房，由被告保管，库房漏雨致大米霉变。"),
])
def test_goods_kept_in_a_store(claims, facts):
    assert _cue(claims, facts) == "仓储合同纠纷"


def test_electricity_bill_stays_supply():
    assert _cue("判令被告支付电费23000元", "原告向被告的加工厂供电，被告拖欠2023年度电费。") == "供用电合同纠纷"


# --- people putting money together to run a business and sharing the profit (民法典 967)

@pytest.mark.parametrize("claims, facts", [
    ("判令被告支付应分得的款项40000元", "原告与被告各出资10万元，一起开了一家火锅店，店面是租的，每月房租8000元。后来散伙，账上余款被告未分。"),
    ("判令被告返还我的投资款", "我和他合开了一家洗车店，房租和工人工资都从店里出，去年关门后他不给我分钱。"),
    ("判令被告分配剩余财产", "双方共同开一家奶茶店，利润对半分成，店铺房租由店里收入支付。"),
])
def test_partnership_not_the_shop_rent(claims, facts):
    assert _cue(claims, facts) == "合伙合同纠纷"


def test_shop_rent_stays_lease():
    assert _cue("判令被告支付拖欠的房租24000元", "被告租赁原告的门面房开饭店，月租金4000元，已拖欠6个月房租。") == "房屋租赁合同纠纷"


# --- care for life and burial promised in return for property after death (民法典 1158)

@pytest.mark.parametrize("claims, facts", [
    ("确认该房屋归原告所有", "老人与原告签订协议，由原告照顾其生活起居并负责后事，老人去世后其房屋归原告。老人去世后其子女拒绝过户。"),
    ("判令被告协助办理过户", "张老汉生前与原告约定，原告为其养老送终，其百年后将宅院留给原告。"),
    ("判令被告返还丧葬费", "原告依协议照料老人十年并办理了安葬，老人将存款遗赠给原告，被告却取走存款。"),
])
def test_care_for_bequest(claims, facts):
    assert _cue(claims, facts) == "遗赠扶养协议纠纷"


def test_gift_on_condition_stays_gift():
    # a gift made now, on a promise of care: not a bequest
    assert _cue("判令撤销赠与，返还房屋", "原告将房屋赠与被告并过户，说好被告要给原告养老，过户后被告不再照顾原告。") == "附义务赠与合同纠纷"


# --- a machine's sound reaching a home

@pytest.mark.parametrize("claims, facts", [
    ("判令被告采取措施使其冷却塔运行时的声音符合国家标准", "被告酒店楼顶的冷却塔正对原告卧室，昼夜运转。"),
    ("判令被告停止夜间营业", "被告的KTV夜间音响声音测得达68分贝，原告无法入睡。"),
    ("判令被告赔偿租房费用", "被告在原告窗外安装的压缩机整夜轰鸣，原告只得另行租房居住。"),
])
def test_noise_from_a_machine(claims, facts):
    assert _cue(claims, facts) == "噪声污染责任纠纷"


def test_no_agreement_stated_stays_succession():
    # the usual recital that the estate is bound by no will and no care agreement (民法典 1123)
    facts = "母亲于2022年去世，生前未立遗嘱，亦未与他人签订遗赠扶养协议，遗有房屋一套。"
    assert _cue("判令原、被告依法继承母亲遗留的房屋，各占二分之一", facts) == "法定继承纠纷"
