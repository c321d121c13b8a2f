"""Causes missed on holdout146-149: 2011 names the 2020 revision renamed."""

import pytest

from legal.causes import canonical_cause, find_cause, is_cause


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("林木折断损害责任纠纷", "林木折断、倾倒、果实坠落损害责任纠纷"),
        ("建筑物、构筑物倒塌损害责任纠纷", "建筑物、构筑物倒塌、塌陷损害责任纠纷"),
        ("堆放物倒塌致害责任纠纷", "堆放物倒塌、滚落、滑落损害责任纠纷"),
        ("民用核设施损害责任纠纷", "民用核设施、核材料损害责任纠纷"),
        ("申请确认人民调解协议", "申请司法确认调解协议"),
        ("申请撤销宣告公民死亡判决", "申请撤销宣告自然人死亡判决"),
        ("申请宣告公民恢复完全民事行为能力", "申请宣告自然人恢复完全民事行为能力"),
    ],
)
def test_2011_name_maps_to_2020_successor(old, new):
    assert is_cause(new)
    assert canonical_cause(old) == new


def test_find_cause_reads_2011_tree_name():
    text = "原告孙某诉被告某县林场林木折断损害责任纠纷一案，本院于2019年5月立案后依法审理。"
    assert find_cause(text) == "林木折断、倾倒、果实坠落损害责任纠纷"
