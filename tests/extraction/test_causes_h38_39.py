"""Cause and charge rules added after the holdout38-39 dev sets, each on a snippet written here (other people, places,
sums and wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit, charges


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def _charges(text: str) -> list[str]:
    return [name for name, _ in charges(text, 0, len(text))]


def test_an_official_charge_name_holding_the_list_mark_is_read_whole():
    text = "被告人金某某明知是他人盗窃所得的手机而予以收购，其行为已构成掩饰、隐瞒犯罪所得、犯罪所得收益罪。"
    assert _charges(text) == ["掩饰、隐瞒犯罪所得、犯罪所得收益罪"]
    text = "被告人杜某某犯生产、销售伪劣产品罪，判处有期徒刑二年。"
    assert _charges(text) == ["生产、销售伪劣产品罪"]


def test_a_list_of_charges_gives_each():
    assert _charges("被告人秦某某犯盗窃罪、诈骗罪，数罪并罚，决定执行有期徒刑三年。") == ["盗窃罪", "诈骗罪"]
    assert _charges("被告人秦某某犯抢夺、敲诈勒索罪，判处有期徒刑二年。") == ["抢夺罪", "敲诈勒索罪"]
    assert _charges("其行为构成生产、销售伪劣产品罪和非法经营罪，应数罪并罚。") == ["生产、销售伪劣产品罪", "非法经营罪"]
    # (what follows 和 that is no charge is not read as one; a later charge is still found)
    assert _charges("被告人秦某某犯盗窃罪和被告人鲁某某构成窝藏罪。") == ["盗窃罪", "窝藏罪"]
