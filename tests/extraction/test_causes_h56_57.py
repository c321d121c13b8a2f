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
