"""Cause rules added after the holdout42-43 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.sections import cause_explicit


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_a_stated_carriage_by_a_plated_vehicle_is_road_carriage_of_goods():
    text = ("答辩人就被答辩人诉答辩人运输合同纠纷一案，答辩如下：\n被答辩人将两百箱瓷砖交给答辩人，答辩人安排车辆"
            "豫C·7K215承运至洛阳，途中部分瓷砖破损，破损系装货时包装不当所致。")
    assert _stated(text) == "公路货物运输合同纠纷"
    # (freight owed with no vehicle named keeps the stated family)
    plain = ("答辩人就被答辩人诉答辩人运输合同纠纷一案，答辩如下：\n双方之间的运费已经结清，答辩人不欠被答辩人运费。")
    assert _stated(plain) == "运输合同纠纷"
