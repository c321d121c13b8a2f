"""What the judge reads when a draft cannot be made: Chinese, naming each element as the 要素表 shows
it, and saying what to do. Covers the raw output of `courtdoc extract` (no `confirmed` part yet),
CaseElements that do not fit the schema and confirmed elements of the wrong shape."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from courtdoc.generation import draft_judgment
from courtdoc.generation.casetypes import element_table
from courtdoc.generation.civil import DraftError
from courtdoc.service.cli import cli
from gen_cases import CASES

COMPLAINT = """民事起诉状
原告：张三，男，1980年1月1日出生，汉族，住福建省厦门市思明区湖滨南路1号。
被告：李四，男，1985年3月2日出生，汉族，住福建省厦门市湖里区仙岳路2号。
诉讼请求：
1．判令被告偿还借款本金100000元及利息；
2．本案诉讼费用由被告承担。
事实和理由：
2022年1月10日，被告向原告借款100000元，约定2022年12月31日前归还，原告当日通过银行转账交付。到期后被告未还款。
此致
福建省厦门市思明区人民法院
具状人：张三
2023年5月1日
"""


def label(case_type: str, key: str) -> str:
    return next(f["label"] for f in element_table(case_type) if f["key"] == key)


def lending(**changes) -> dict:
    data = json.loads((CASES / "lending_1.json").read_text(encoding="utf-8"))
    data["confirmed"]["elements"].update(changes)
    return data


def test_raw_extract_output_is_refused_in_chinese_with_the_table_labels(tmp_path):
    src = tmp_path / "起诉状.txt"
    src.write_text(COMPLAINT, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(cli, ["extract", str(src), "--json"])
    assert r.exit_code == 0, r.output
    elements = json.loads(r.stdout)
    assert "confirmed" not in elements and elements["cause_of_action"] == "民间借贷纠纷"
    path = tmp_path / "elements.json"
    path.write_text(r.stdout, encoding="utf-8")

    r = runner.invoke(cli, ["draft", str(path), "--text"])
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit)
    err = r.stderr
    # every required element of the lending 要素表, by the label the judge sees there
    required = [f for f in element_table("lending") if f["required"]]
    assert required and all(f"“{f['label']}”" in err for f in required), err
    assert "“案号”" in err  # a complaint has no case number yet
    assert "要素表" in err and "confirmed" in err  # what to do
    assert "principal、loan_date" not in err  # the English key list the judge used to get
    # the sentence naming what is missing is Chinese; keys only appear in the file hint at the end
    head = err.split("（在要素文件中为")[0]
    assert not re.search(r"\b(principal|loan_date|case_number)\b", head), head


def test_missing_confirmed_element_named_by_its_label():
    data = lending()
    data["confirmed"]["elements"].pop("loan_date")
    with pytest.raises(DraftError) as exc:
        draft_judgment(data)
    msg = str(exc.value)
    assert f"“{label('lending', 'loan_date')}”" in msg and "要素表" in msg
    assert "没有法官确认的要素" not in msg  # the file has a confirmed part


def test_bad_date_named_by_its_label():
    with pytest.raises(DraftError) as exc:
        draft_judgment(lending(loan_date="2022-13-01"))
    assert "“借款交付日期”（loan_date）的日期格式无效" in str(exc.value)


@pytest.mark.parametrize("changes, expected", [
    ({"repayments": "2023-02-01 还 20000"}, "“已还款项”（repayments）应为列表"),
    ({"repayments": [{"amount": 20000}]}, "“已还款项”（repayments）第1项缺少“还款日期”"),
    ({"repayments": [{"date": "2023-02-01", "amount": "两万"}]}, "第1项的“金额”应为数字"),
    ({"guarantors": 5}, "“连带责任保证人”（guarantors）应为当事人姓名的列表"),
    ({"principal": [100000]}, "“借款本金（实际交付金额）”（principal）应为数字"),
])
def test_confirmed_elements_of_the_wrong_shape_are_named(changes, expected):
    with pytest.raises(DraftError) as exc:
        draft_judgment(lending(**changes))
    assert expected in str(exc.value)
    assert not re.search(r"[A-Za-z]+ (object|indices|must be)", str(exc.value))


@pytest.mark.parametrize("change, expected", [
    ({"parties": "张三诉李四"}, "“parties”应为列表"),
    ({"amount_claimed": "十万"}, "“amount_claimed”应为数字"),
    ({"filed_on": 20230501}, "“filed_on”应为文本"),
])
def test_schema_errors_are_chinese_and_name_the_field(tmp_path, change, expected):
    data = lending()
    data.update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(cli, ["draft", str(path), "--text"])
    assert r.exit_code == 2 and expected in r.stderr, r.stderr
    assert "Input should" not in r.stderr


def test_gender_choice_is_chinese():
    data = lending()
    data["parties"][0]["gender"] = "M"
    with pytest.raises(DraftError) as exc:
        draft_judgment(data)
    assert "“parties[0].gender”应为 '男' 或 '女'" in str(exc.value)


@pytest.mark.parametrize("key, value, expected", [
    ("judges", "陈某某", "“审判组织（judges）”应为JSON 对象"),
    ("defence", ["不同意"], "“答辩意见（defence）”应为文字或 JSON 对象"),
    ("absent", 5, "“未到庭的当事人（absent）”应为姓名列表"),
    ("filed_on", "2023年5月1日", "立案日期（filed_on）的日期格式无效"),
])
def test_confirmed_common_keys_of_the_wrong_shape_are_named(tmp_path, key, value, expected):
    data = lending()
    data["confirmed"][key] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(cli, ["draft", str(path), "--text"])
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit), r.output  # no traceback
    assert expected in r.stderr, r.stderr


def test_divorce_grant_missing_is_named_by_its_label():
    data = json.loads((CASES / "divorce_1.json").read_text(encoding="utf-8"))
    data["confirmed"]["elements"].pop("grant")
    with pytest.raises(DraftError) as exc:
        draft_judgment(data)
    assert f"“{label('divorce', 'grant')}”" in str(exc.value), str(exc.value)
