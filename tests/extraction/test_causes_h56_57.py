"""Cause rules written for the misses of holdout56/57, each tested on a new snippet (other people, places, sums)."""

from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


# --- a landlord charging his tenant more for electricity than the power company charges him: a term of the lease

def test_landlord_electricity_over_the_supplier_price_stays_lease():
    claims = "退还押金3000元；退还多收的电费640元"
    facts = ("我去年租了他家一间房，每月1800元，押一付三。退房后押金一直不退。电费他按一度1.2元收，"
             "电力公司收他的价只有0.6元。")
    assert _cue(claims, facts, ("龙秀梅", "石建斌")) == "房屋租赁合同纠纷"


# --- water let into the filer's home by the works on the flat above: the harm, not a decorating contract

def test_leak_running_down_from_the_ceiling_is_property_damage():
    claims = "判令各被告连带赔偿原告家具、墙面损失共计15300元"
    facts = ("1203室装修时由某装饰公司施工，工人改动暖气管后未做闭水试验，当晚水从原告家书房天花板往下淌，"
             "书柜和木地板全部泡坏。业主与装修公司互相推诿。")
    assert _cue(claims, facts, ("苗卫东", "方小川", "某某装饰工程有限公司")) == "财产损害赔偿纠纷"


# --- an insurer that paid its insured sues the driver who caused the loss: subrogation, not the accident

def test_insurer_suing_the_driver_after_paying_is_subrogation():
    claims = "判令被告赔偿原告保险赔款人民币28700元及利息"
    facts = ("被告驾驶货车追尾案外人停放的轿车，交警认定被告负全部责任。该轿车在原告处投保了车辆损失险，"
             "原告向被保险人赔付后取得权益转让书，依法代位行使被保险人对被告的赔偿请求权。")
    assert _cue(claims, facts, ("某某财产保险股份有限公司南宁中心支公司", "蒙志刚")) == "保险人代位求偿权纠纷"


# --- a man hurt working for pay at another's house, the damages asked in a layperson's words

def test_lay_injury_items_for_paid_work_are_the_workers_injury():
    claims = "医药费8600元；误工钱4500元"
    facts = ("今年五月王老汉叫我爹去他家房顶换瓦，说好一天200元。我爹在房顶上揭瓦时脚下一滑，从房顶摔下来，"
             "腿摔断了，住了半个月院。")
    assert _cue(claims, facts, ("丁有才", "王德顺")) == "提供劳务者受害责任纠纷"


# --- a letter's story under its own lead-in ("事情是这样的：", a list number before "是咋回事：")

def test_lay_story_lead_in_opens_the_facts():
    from courtdoc.extraction import sections

    for head in ("事情是这样的：", "三、是咋回事："):
        text = ("原告：阮志强，男，住某县某镇。\n被告：包海涛，男，住某县城关镇。\n要求：赔钱。\n"
                f"{head}去年八月包海涛喊我去他承包的仓库刷漆，讲好一天280元，我从梯子上摔下来把脚摔断了。\n此致\n某县人民法院")
        found = sections.facts(text, 0, len(text), "起诉状", 0)
        assert found and found[0].startswith("去年八月包海涛喊我去")


# --- a site worker's pay asked of the foreman alone (a natural person, no employer): the 劳务 contract with him;
# the company whose site it was sued beside him keeps the wages (test_causes_h28_29::test_site_workers_wages)

def test_pay_asked_of_a_lone_foreman_is_the_service_contract():
    claims = "判令被告支付劳务费19400元"
    facts = "被告承包某小区的外墙粉刷活后，雇请原告在该工地做工，约定每天320元，共出工80天，尚欠19400元，被告出具欠条。"
    assert _cue(claims, facts, ("雷振东", "邵金宝")) == "劳务合同纠纷"
    assert _cue(claims, facts, ("雷振东", "邵金宝", "某某建筑劳务有限公司")) == "追索劳动报酬纠纷"
