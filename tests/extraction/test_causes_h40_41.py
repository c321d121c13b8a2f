"""Cause rules added after the holdout40-41 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_a_limb_that_broke_and_came_down_on_a_car_is_the_trees_harm():
    facts = ("小区门口那棵老槐树早就歪了，物业一直没管。上个月一个晚上，一根胳膊粗的树枝突然断下来，"
             "砸坏了我停在下面的电动三轮车。")
    assert _cue("赔我修车钱2300元", facts) == "林木折断、倾倒、果实坠落损害责任纠纷"
    # (a branch cut down by a neighbour and left on the lane is no harm a tree did)
    cut = "隔壁把院里的树枝砍下来堆在巷子里，挡了我家出门的路。"
    assert _cue("把堆在巷子里的树枝清走", cut) != "林木折断、倾倒、果实坠落损害责任纠纷"
