"""Party entries of the kinds missed on dev sets holdout98-101, on snippets of our own."""
from courtdoc.extraction import extract


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.role, p.name, p.gender) for p in extract(text).parties]


def test_name_ending_in_gender_character_when_gender_is_its_own_field():
    # a given name ending in 男/女 (common among Korean-Chinese names): the gender follows as a field of its own
    text = ("吉林省珲春市人民法院\n刑事判决书\n公诉机关珲春市人民检察院。\n"
            "被告人朴成男，男，朝鲜族，1979年3月14日出生，初中文化，住珲春市新安街道园丁小区4号楼。\n"
            "被告人金玉女，女，朝鲜族，1985年8月2日出生，住珲春市靖和街道春城社区。\n")
    people = _people(text)
    assert ("被告人", "朴成男", "男") in people
    assert ("被告人", "金玉女", "女") in people
