"""Guidance robot: knowledge base and citations, intents, calculators, multi-turn slots, case status
verification, hand-off, out-of-scope, and the `courtdoc ask` CLI contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from courtdoc.guide import InMemoryCaseStore, Robot
from courtdoc.guide.kb import citation, load_kb
from courtdoc.legal import deadlines, statutes

TODAY = date(2026, 11, 27)
CASES = {"（2025）闽0203民初1234号": {"status": "审理中", "phone_last4": "5678", "query_code": "K7Q2M9",
                                   "judge": "王某"}}


@pytest.fixture(scope="module")
def robot() -> Robot:
    return Robot(InMemoryCaseStore(CASES), today=lambda: TODAY)


def test_kb_has_at_least_150_entries_with_variants():
    entries = load_kb()
    assert len(entries) >= 150
    assert len({e.id for e in entries}) == len(entries)
    for e in entries:
        assert len(e.questions) >= 2, e.id
        assert e.answer, e.id


def test_every_kb_citation_is_verified_against_the_statute_db():
    problems = []
    for e in load_kb():
        for ref in e.refs:
            art = statutes.lookup(ref.law, ref.article)
            if art is None or not art.current:
                problems.append(f"{e.id}: {ref.law} {ref.article} not found / not current")
                continue
            cited = citation(ref.law, ref.article)  # raises UnverifiedCitation when it does not check out
            for found in statutes.verify_citations(cited):
                if not (found["exists"] and found["current"]):
                    problems.append(f"{e.id}: {cited} failed verify_citations")
    assert not problems, problems


@pytest.mark.parametrize("question,intent", [
    ("起诉需要带哪些材料", "faq"),
    ("借款10万元起诉要交多少诉讼费", "fee_calc"),
    ("我2026年3月2日收到判决书，上诉最后一天是哪天", "deadline_calc"),
    ("民法典第六百六十七条", "statute_lookup"),
    ("查一下我的案子进度", "case_status"),
    ("我这个官司能打赢吗", "handoff"),
    ("转人工", "handoff"),
    ("红烧肉怎么做好吃", "out_of_scope"),
])
def test_intents(robot, question, intent):
    assert robot.ask(question)["intent"] == intent


def test_faq_answer_carries_kb_source_and_verified_citation(robot):
    out = robot.ask("上诉期是多少天")
    assert out["sources"][0]["ref"] == "kb:deadline.appeal"
    assert "十五日" in out["answer"]
    assert "《中华人民共和国民事诉讼法》第一百七十一条" in out["answer"]


@pytest.mark.parametrize("amount,expected", [
    ("8000元", "50元"),          # ≤ 1万: 50
    ("10万元", "2300元"),        # 50 + 90,000 × 2.5%
    ("50万元", "8800元"),        # 2300 + 100,000 × 2% + 300,000 × 1.5%
    ("200万元", "22800元"),      # 8800 + 500,000 × 1% + 1,000,000 × 0.9%
])
def test_fee_calculation_shows_computation_and_article(robot, amount, expected):
    out = robot.ask(f"标的额{amount}的案件要交多少诉讼费")
    assert out["intent"] == "fee_calc"
    assert f"案件受理费{expected}" in out["answer"]
    assert "《诉讼费用交纳办法》第十三条" in out["answer"]


@pytest.mark.parametrize("question,expected", [
    ("离婚财产分割50万诉讼费多少", "1550元"),        # 50 (lower bound) + (500,000 − 200,000) × 0.5%
    ("名誉权纠纷要赔偿8万诉讼费多少", "400元"),       # 100 (lower bound) + 30,000 × 1%
    ("公司欠我工资5万元起诉要交多少诉讼费", "10元"),  # labour dispute: 10 per case
])
def test_fee_categories_named_in_plain_words(robot, question, expected):
    out = robot.ask(question)
    assert out["intent"] == "fee_calc" and f"案件受理费{expected}" in out["answer"]


def test_fee_summary_procedure_is_halved(robot):
    out = robot.ask("12万元适用简易程序诉讼费多少")
    assert "1350元" in out["answer"] and "第十六条" in out["answer"]


@pytest.mark.parametrize("kind,start,foreign,expected", [
    ("appeal_judgment", "2026-03-02", False, date(2026, 3, 17)),  # 15 days, a Tuesday
    ("appeal_ruling", "2026-04-28", False, date(2026, 5, 8)),      # 10 days
    ("answer", "2026-02-05", False, date(2026, 2, 24)),            # day 15 = 2-20, in the Spring Festival break
    ("appeal_judgment", "2026-09-20", False, date(2026, 10, 8)),   # day 15 = 10-05, National Day
    ("answer", "2025-03-01", False, date(2025, 3, 17)),            # day 15 = Sunday 3-16
    ("appeal_judgment", "2026-01-10", True, date(2026, 2, 9)),     # no domicile in China: 30 days
    ("limitation", "2023-06-15", False, date(2026, 6, 15)),        # 3 years, corresponding day
    ("enforcement", "2024-05-01", False, date(2026, 5, 6)),        # 2 years; 5-01 holiday → 5-06
    ("enforcement", "2023-02-28", False, date(2025, 2, 28)),
])
def test_deadline_calculator(kind, start, foreign, expected):
    assert deadlines.compute(kind, start, foreign=foreign).last_day == expected


def test_deadline_evidence_needs_days_and_bad_input_is_typed():
    assert deadlines.compute("evidence", "2026-03-02", days=15).last_day == date(2026, 3, 17)
    with pytest.raises(deadlines.DeadlineError):
        deadlines.compute("evidence", "2026-03-02")
    with pytest.raises(deadlines.DeadlineError):
        deadlines.compute("appeal_judgment", "not a date")
    with pytest.raises(deadlines.DeadlineError):
        deadlines.compute("nonsense", "2026-03-02")


def test_deadline_answer_shows_work_and_cites(robot):
    out = robot.ask("2026年9月20日收到判决书，最后哪天能上诉")
    assert out["intent"] == "deadline_calc"
    assert "最后一日：2026年10月8日" in out["answer"]
    assert "第一百七十一条" in out["answer"] and "第八十五条" in out["answer"]


def test_multi_turn_fee_asks_for_amount_then_computes(robot):
    first = robot.ask("打官司要交多少钱")
    assert first["intent"] == "fee_calc" and "标的额" in first["answer"]
    second = robot.ask("5万", session=first["session"])
    assert second["intent"] == "fee_calc" and "1050元" in second["answer"]


def test_multi_turn_deadline_asks_for_date_then_computes(robot):
    first = robot.ask("帮我算一下上诉期到哪天")
    assert first["intent"] == "deadline_calc" and "哪一天" in first["answer"]
    second = robot.ask("2026年3月2日收到的", session=first["session"])
    assert "最后一日：2026年3月17日" in second["answer"]


def test_case_status_needs_verification(robot):
    first = robot.ask("（2025）闽0203民初1234号 进度怎么样了")
    assert first["intent"] == "case_status"
    assert "审理中" not in first["answer"] and "后四位" in first["answer"]
    wrong = robot.ask("1111", session=first["session"])
    assert "审理中" not in wrong["answer"] and "未查询到" in wrong["answer"]
    right = robot.ask("（2025）闽0203民初1234号 5678", session=first["session"])
    assert "审理中" in right["answer"]
    half_width = robot.ask("(2025)闽0203民初1234号 手机后四位0203")  # digits inside the case number are not a code
    assert "审理中" not in half_width["answer"]
    code = robot.ask("（2025）闽0203民初1234号 查询码K7Q2M9")
    assert "审理中" in code["answer"]


def test_case_status_locks_after_repeated_failures(robot):
    sid = robot.ask("查询案件进度")["session"]
    for _ in range(3):
        robot.ask("（2025）闽0203民初1234号 0000", session=sid)
    out = robot.ask("（2025）闽0203民初1234号 5678", session=sid)
    assert out["intent"] == "handoff" and "审理中" not in out["answer"]


def test_in_memory_store_never_returns_secrets():
    store = InMemoryCaseStore(CASES)
    assert store.lookup("（2025）闽0203民初1234号", "0000") is None
    assert store.lookup("(2025)闽0203民初1234号", "5678")["status"] == "审理中"
    assert "phone_last4" not in store.lookup("（2025）闽0203民初1234号", "5678")


@pytest.mark.parametrize("question", ["我能不能赢", "这个案子能判多少钱", "我会不会坐牢", "法官会怎么判"])
def test_prediction_questions_are_handed_off(robot, question):
    out = robot.ask(question)
    assert out["intent"] == "handoff"
    assert "12368" in out["answer"]


def test_low_confidence_is_handed_off(robot):
    out = robot.ask("公司股权代持协议的效力认定规则具体如何")
    assert out["intent"] in ("handoff", "statute_lookup")
    out = robot.ask("法律上的那种情况一般怎么处理比较好")
    assert out["intent"] == "handoff"


def test_out_of_scope(robot):
    for q in ("明天的股票会涨吗", "火车票怎么退"):
        assert robot.ask(q)["intent"] == "out_of_scope"


def test_empty_and_huge_input(robot):
    assert robot.ask("")["intent"] == "out_of_scope"
    assert robot.ask("诉讼费" * 5000)["answer"]


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "ask", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def test_cli_json_contract_and_session_across_calls(tmp_path):
    env = {"COURTDOC_DATA_DIR": str(tmp_path)}
    out = _cli("打官司要交多少钱", "--json", "--session", "s1", env=env)
    assert out.returncode == 0, out.stderr
    first = json.loads(out.stdout)
    assert set(first) == {"answer", "intent", "sources", "session"} and first["session"] == "s1"
    out = _cli("10万元", "--json", "--session", "s1", env=env)
    second = json.loads(out.stdout)
    assert second["intent"] == "fee_calc" and "2300元" in second["answer"]
    assert all(set(s) == {"title", "ref"} for s in second["sources"])


def test_cli_batch(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "question": "上诉期几天"}\n{"id": "b", "turns": ["诉讼费要交多少", "20万"]}\n',
                   encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    out = _cli("--batch", str(src), "--out", str(dst))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert all(set(r) == {"id", "answer", "intent", "sources"} for r in rows)
    assert rows[1]["intent"] == "fee_calc" and "4300元" in rows[1]["answer"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    out = _cli("--batch", str(bad), "--out", str(tmp_path / "x.jsonl"))
    assert out.returncode != 0 and "Traceback" not in out.stderr


@pytest.mark.parametrize("turns,expected", [
    (["起诉三十万，诉讼费要多少"], "5800元"),         # spoken amount without 元: 50 + 2250 + 2000 + 1500
    (["帮我算下诉讼费", "两万八"], "500元"),          # 两万八 = 28,000: 50 + 18,000 × 2.5%
    (["打官司得花多少钱", "十八万"], "3900元"),       # 50 + 2250 + 80,000 × 2%
])
def test_fee_with_spoken_amounts(robot, turns, expected):
    sid = f"spoken-{turns[-1]}"
    for turn in turns:
        out = robot.ask(turn, session=sid)
    assert out["intent"] == "fee_calc" and f"案件受理费{expected}" in out["answer"]


def test_spoken_amounts_are_not_invented():
    from courtdoc.guide import slots

    assert slots.find_amount("一千二百万") == 12_000_000
    assert slots.find_amount("八千五") == 8500
    assert slots.find_amount("万一输了怎么办") is None


def test_typos_and_colloquial_words_are_normalised():
    from courtdoc.guide.text import normalize

    assert normalize("诉松费咋算") == "诉讼费咋算"
    assert normalize("去法院告状") == "去法院起诉"
    assert normalize("上述期几天") == "上诉期几天"
    assert normalize("上述机关") == "上述机关"  # a real word in answers, left alone


def test_questions_about_freezing_property_are_in_scope(robot):
    out = robot.ask("担心对方转移财产，能先把他的钱冻结吗")
    assert out["intent"] == "faq" and out["sources"][0]["ref"] == "kb:procedure.preservation"


def test_index_cache_is_reused_and_a_corrupt_one_rebuilt(tmp_path):
    from courtdoc.guide.retrieval import Retriever

    first = Retriever(cache_dir=tmp_path)
    files = list(tmp_path.glob("guide_index_*.npz"))
    assert len(files) == 1
    second = Retriever(cache_dir=tmp_path)
    q = "起诉需要带哪些材料"
    assert [h.entry.id for h in second.search(q)] == [h.entry.id for h in first.search(q)]
    files[0].write_bytes(b"not an npz")
    third = Retriever(cache_dir=tmp_path)
    assert third.search(q)[0].entry.id == first.search(q)[0].entry.id


def test_limitation_answer_warns_that_the_period_can_restart(robot):
    out = robot.ask("他2024年3月10日说好还钱，到现在没还，诉讼时效到什么时候")
    assert out["intent"] == "deadline_calc" and "最后一日：2027年3月10日" in out["answer"]
    assert "中断" in out["answer"] and "送达" not in out["answer"].split("说明：")[1]


@pytest.mark.parametrize("question", [
    "45万元的案子走简易程序，受理费交多少",
    "2026年9月16日收到判决书，上诉期到哪一天",
    "判决履行期限最后一天是2025年8月15日，申请执行最晚哪天",
    "被告在美国，2026年5月11日收到起诉状副本，答辩期到哪天",
])
def test_computed_answers_cite_only_verified_articles(robot, question):
    out = robot.ask(question)
    found = statutes.verify_citations(out["answer"])
    assert found and all(c["exists"] and c["current"] for c in found), found


def test_party_abroad_gets_the_30_day_period_and_is_told_the_assumption(robot):
    out = robot.ask("被告在美国，2026年5月11日收到起诉状副本，答辩期到哪天")
    assert "最后一日：2026年6月10日" in out["answer"] and "第二百八十五条" in out["answer"]
    assert "没有住所" in out["answer"]


@pytest.mark.parametrize("question,entry", [
    ("2026年3月2日收到调解书，上诉期到哪天", "kb:mediation.effect"),
    ("二审判决11月5号收到的，上诉到哪天", "kb:appeal.second_instance"),
])
def test_no_appeal_deadline_for_documents_that_cannot_be_appealed(robot, question, entry):
    out = robot.ask(question)
    assert out["sources"][0]["ref"] == entry and "不能" in out["answer"]
    assert not any(s["ref"].startswith("deadline:") for s in out["sources"])
    assert all(c["exists"] and c["current"] for c in statutes.verify_citations(out["answer"]))


def test_first_instance_appeal_still_computed(robot):
    out = robot.ask("一审判决2026年11月5日收到，上诉到二审最后一天是哪天")
    assert "最后一日：2026年11月20日" in out["answer"]


def test_amounts_in_thousands_of_ten_thousands():
    from courtdoc.guide import slots

    assert slots.find_amount("诉讼费1千万的标的要多少") == 10_000_000
    assert slots.find_amount("3百万") == 3_000_000


def test_a_period_already_over_is_said_plainly(robot):
    out = robot.ask("对方2022年5月1日该还钱，现在还能起诉吗")
    assert out["intent"] == "deadline_calc" and "已于2025年5月6日届满" in out["answer"]
    assert "第一百九十二条" in out["answer"]
    out = robot.ask("2025年12月1日收到判决书，上诉期到哪天")
    assert "已于2025年12月16日届满" in out["answer"] and "第八十六条" in out["answer"]
    assert all(c["exists"] and c["current"] for c in statutes.verify_citations(out["answer"]))


def test_withdrawal_date_is_not_a_limitation_start(robot):
    out = robot.ask("撤诉了，2026年5月1日撤的，还能再告吗")
    assert out["intent"] != "deadline_calc"
