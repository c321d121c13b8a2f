"""Sentencing brackets (criminal_sentencing), the pooled train/held-out split, and the criminal .docx."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from courtdoc.generation.criminal import (
    docx_name,
    draft_criminal,
    draft_criminal_batch,
    predict,
    write_criminal_docx,
)
from courtdoc.generation.criminal_sentencing import crime_amount, guide
from docx import Document
from docx.oxml.ns import qn


def _theft(amount: str) -> str:
    return f"公诉机关指控：2019年3月5日，被告人李某在某小区窃得被害人王某的财物，经鉴定价值人民币{amount}元。"


def test_theft_brackets_follow_the_2013_interpretation_midpoints():
    assert guide("盗窃罪", _theft("1500")) is None  # below 数额较大 (2,000 here)
    small, large, huge = guide("盗窃罪", _theft("2500")), guide("盗窃罪", _theft("80000")), guide("盗窃罪", _theft("600000"))
    assert (small.bracket, small.lo, small.hi) == ("数额较大", 0, 36)
    assert (large.bracket, large.lo, large.hi) == ("数额巨大", 36, 120)
    assert (huge.bracket, huge.lo, huge.hi) == ("数额特别巨大", 120, 180)
    assert small.months < large.months < huge.months
    assert small.fine_lo == 1000 and small.fine_hi == 5000  # 一千元以上、盗窃数额二倍以下


def test_fraud_graft_drugs_drunk_driving_injury():
    assert guide("诈骗罪", _theft("5000")) is None  # 诈骗 数额较大 from 6,500 (midpoint of 3,000–10,000)
    assert guide("诈骗罪", _theft("8000")).bracket == "数额较大"
    bribe = guide("受贿罪", "被告人王某利用职务便利，收受他人贿赂共计人民币25万元。")
    assert bribe.bracket == "数额巨大" and bribe.fine_lo == 200000  # 法释〔2016〕9号 第十九条
    drug = guide("走私、贩卖、运输、制造毒品罪", "被告人贩卖甲基苯丙胺净重12.5克。")
    assert drug.bracket == "数量较大" and drug.lo == 84  # 七年以上
    assert guide("走私、贩卖、运输、制造毒品罪", "贩卖甲基苯丙胺0.5克").hi == 36
    drunk = guide("危险驾驶罪", "经鉴定，其血液中乙醇含量为185.6mg/100ml。")
    assert drunk.hi == 6 and 1 <= drunk.months <= 6
    assert guide("故意伤害罪", "经鉴定，被害人的损伤程度为轻伤二级。").bracket == "致人轻伤"
    assert guide("故意伤害罪", "经鉴定，被害人的损伤不构成轻伤。") is None


def test_crime_amount_prefers_stated_total_and_skips_refunds():
    facts = "被告人先后骗取甲人民币3万元、乙人民币2万元，共计人民币5万元。案发后退赔被害人人民币1万元。"
    assert crime_amount(facts) == 50000
    assert crime_amount("窃得现金3000元和手机一部价值2000元。后退还被害人3000元。") == 5000


def test_bracket_bounds_the_drafted_term():
    # 数额巨大 theft without any 减轻 circumstance: at least 有期徒刑三年.
    facts = _theft("150000") + "被告人李某到案后如实供述。"
    p = predict(facts)
    assert p.charges and p.charges[0].key == "盗窃罪"
    assert p.term_kind == "fixed" and 36 <= p.months <= 120
    assert p.fine and p.fine >= 1000


def test_drunk_driving_is_detention_never_prison():
    facts = ("公诉机关指控，被告人张某某醉酒后驾驶小型轿车被民警查获。经鉴定，其血液中乙醇含量为265mg/100ml。"
             "公诉机关认为，被告人张某某的行为已构成危险驾驶罪。")
    judgment = draft_criminal(facts).split("判决如下", 1)[1]
    assert re.search(r"拘役[一二三四五六]个月", judgment) and "有期徒刑" not in judgment
    reason = draft_criminal(facts).split("本院认为", 1)[1].split("判决如下", 1)[0]
    assert "第六十四条" not in reason  # stopped by the police is nothing to confiscate


def test_pooled_split_is_stratified_and_disjoint(tmp_path):
    from courtdoc.models.train_criminal import pooled_split

    def row(fact, charge):
        return json.dumps({"fact": fact, "meta": {"accusation": [charge], "relevant_articles": [264]}},
                          ensure_ascii=False)

    train = [row(f"事实{i}", "盗窃") for i in range(40)] + [row("孤例", "抢夺")]
    test = [row(f"事实 {i}", "盗窃") for i in range(5)] + [row(f"诈骗{i}", "诈骗") for i in range(10)]
    (tmp_path / "train.json").write_text("\n".join(train), encoding="utf-8")
    (tmp_path / "test.json").write_text("\n".join(test), encoding="utf-8")
    tr, ho = pooled_split(tmp_path)
    # "事实 1" in test.json is "事实1" of train.json once spaces are removed: one case, one side.
    assert len(tr) + len(ho) == 51
    keys_tr = {r["fact"].replace(" ", "") for r in tr}
    assert not keys_tr & {r["fact"].replace(" ", "") for r in ho}
    held = [r["meta"]["accusation"][0] for r in ho]
    assert held.count("盗窃") == 8 and held.count("诈骗") == 2 and "抢夺" not in held
    assert pooled_split(tmp_path) == (tr, ho)  # deterministic


def test_criminal_docx_in_court_typography(tmp_path):
    facts = _theft("3200") + "2019年3月8日，被告人李某主动到公安机关投案，如实供述了上述事实。"
    path = write_criminal_docx(facts, tmp_path / "x.docx")
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[1] == "刑事判决书"
    assert any(t.startswith("本院认为") for t in texts)
    assert any("审核提示" in t for t in texts)  # review page for the judge
    body = next(p for p in doc.paragraphs if p.text.startswith("本院认为"))
    fonts = body.runs[0]._element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    sec = doc.sections[0]
    assert round(sec.top_margin.mm) == 37 and round(sec.left_margin.mm) == 28
    assert "草稿" in "".join(p.text for p in sec.header.paragraphs)


def test_batch_docx_dir_and_safe_names(tmp_path):
    assert docx_name("../../etc/passwd", 1) == "etc_passwd.docx"
    assert docx_name(None, 3) == "item3.docx" and docx_name("案件-1", 1) == "案件-1.docx"
    items = [{"id": "a/1", "facts": _theft("3000")}, {"id": "a_1", "facts": _theft("5000")}, {"id": 9, "facts": ""}]
    out = list(draft_criminal_batch(items, docx_dir=tmp_path))
    assert [o.get("docx") is not None for o in out] == [True, True, False]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a_1.docx", "a_1_2.docx"]


@pytest.mark.parametrize("with_dir", [True])
def test_cli_from_facts_docx_dir(tmp_path, with_dir):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "c1", "facts": _theft("4000")}, ensure_ascii=False) + "\n", encoding="utf-8")
    out, ddir = tmp_path / "out.jsonl", tmp_path / "docx"
    r = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "draft", "--from-facts", str(src), "--out",
                        str(out), "--docx-dir", str(ddir)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    row = json.loads(out.read_text(encoding="utf-8"))
    assert set(row) == {"id", "document"}  # the JSONL contract is unchanged
    assert Document(str(ddir / "c1.docx")).paragraphs[1].text == "刑事判决书"


def test_unmask_fills_charge_masks_only():
    from courtdoc.models.train_criminal import unmask

    fact = "被告人刘某入户××的行为构成××罪，依照《刑法》××之规定，建议判处三年以上××，卡号62×××90。"
    rows = [{"fact": fact, "meta": {"accusation": ["盗窃"]}},
            {"fact": fact, "meta": {"accusation": ["[窝藏、包庇]"]}}]
    out, n = unmask(rows, share=1.0, seed=0)
    assert n == 1 and out[1]["fact"] == fact  # bracketed labels are not plain names: left masked
    assert out[0]["fact"] == "被告人刘某入户盗窃的行为构成盗窃罪，依照《刑法》××之规定，建议判处三年以上××，卡号62×××90。"
    assert rows[0]["fact"] == fact  # input rows untouched


def test_unmasked_real_style_facts_get_one_plain_charge():
    # Real facts name the conduct (盗窃, 骗取) where CAIL's training facts have ××.
    theft = ("2021年3月，被告人张某在某网吧内趁被害人熟睡之机，盗窃其放在桌上的苹果手机一部，经鉴定价值人民币4500元。"
             "被告人张某到案后如实供述了自己的罪行，赃物已发还被害人。")
    fraud = "2020年5月至7月，被告人李某通过微信冒充某公司客服，以办理退款为由，骗取被害人赵某人民币共计36000元。"
    assert [c.key for c in predict(theft).charges] == ["盗窃罪"]
    p = predict(fraud)
    assert [c.key for c in p.charges] == ["诈骗罪"]
    assert 6 <= p.months <= 36  # 诈骗 数额较大: 三年以下


def test_review_notes_state_the_bracket_as_the_article_words_it():
    from courtdoc.generation.criminal import review_notes

    def note(facts):
        return next(n for n in review_notes(facts, predict(facts)) if n.startswith("量刑区间"))

    assert "十年以上有期徒刑或者无期徒刑" in note(_theft("800000"))  # 刑法第二百六十四条
    assert "三年以下有期徒刑、拘役或者管制" in note(_theft("8000")) and "本省标准" in note(_theft("8000"))
    drunk = "被告人醉酒驾驶机动车，血液中乙醇含量为185.6mg/100ml。公诉机关认为其行为构成危险驾驶罪。"
    assert "拘役一个月至六个月，并处罚金" in note(drunk) and "本省标准" not in note(drunk)
    drug = "被告人贩卖甲基苯丙胺净重62.5克。公诉机关认为其行为构成贩卖毒品罪。"
    assert "十五年有期徒刑、无期徒刑或者死刑" in note(drug)
