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


def test_answer_opening_sentence_glued_to_last_address_with_long_claims():
    # the line joiner glues the answer's first sentence to the address ending the entry above; the sentence repeats
    # the claims it answers with their sums, so its 起诉 stands far from its 针对
    text = ("民事答辩状\n\n答辩人：杭州安心月嫂服务有限公司\n住所：杭州市西湖区文三路77号\n"
            "法定代表人：庞丽萍　　职务：执行董事\n\n"
            "被答辩人：尤晓雯，女，1994年3月8日生，住杭州市拱墅区湖墅南路12号6幢2单元701\n\n"
            "针对被答辩人要求答辩人返还服务费9300元、赔偿损失3500元并支付违约金1200元的起诉，答辩人答辩如下：\n"
            "双方签订的合同已经履行完毕。\n\n此致\n杭州市西湖区人民法院\n")
    parties = {p.name: p for p in extract(text).parties}
    assert parties["尤晓雯"].role == "原告"
    assert parties["尤晓雯"].address == "杭州市拱墅区湖墅南路12号6幢2单元701"
    assert parties["杭州安心月嫂服务有限公司"].role == "被告"
