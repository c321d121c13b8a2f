"""End to end: a complaint's text → extraction (CaseElements) → the judge's confirmed elements → draft."""

from __future__ import annotations

import pytest
from courtdoc.generation import draft_judgment

COMPLAINT = """民事起诉状
原告：张三，男，1980年1月1日出生，汉族，住福建省厦门市思明区湖滨南路100号，联系电话13900000000。
被告：李四，男，1985年6月15日出生，汉族，住福建省厦门市湖里区金山街道福安路1号。
诉讼请求：
1.判令被告偿还借款本金100000元及利息；
2.本案诉讼费用由被告负担。
事实和理由：
2022年1月10日，被告向原告借款100000元，约定年利率12%，于2022年12月31日前归还。原告当日通过银行转账交付借款。借款到期后被告仅归还20000元，余款经催讨未还。
此致
福建省厦门市思明区人民法院
具状人：张三
2023年5月4日
"""


def test_extracted_elements_draft():
    extraction = pytest.importorskip("courtdoc.extraction")
    if not hasattr(extraction, "extract"):
        pytest.skip("courtdoc.extraction.extract not available")
    elements = extraction.extract(COMPLAINT).to_json()
    confirmed = {
        "case_number": "（2023）闽0203民初1234号", "filed_on": "2023-05-04", "procedure": "summary",
        "judgment_date": "2023-06-20", "judges": {"judge": "陈立明", "clerk": "林雨欣"},
        "elements": {"principal": 100000, "loan_date": "2022-01-10", "due_date": "2022-12-31", "interest_rate": 12,
                     "claimed_rate": 12, "repayments": [{"date": "2023-02-01", "amount": 20000}]},
    }
    d = draft_judgment(elements, confirmed)
    assert d.case_type == "lending"
    assert "原告：张三" in d.text and "13900000000" not in d.text
    # 12% throughout: 100000×12%×387/365 (2022-01-10..2023-01-31) = 12723.29 → repayment 20000 leaves
    # principal 92723.29; 92723.29×12%×93/365 = 2835.05
    assert "借款本金92723.29元" in d.sections["orders"]
    assert "利息为2835.05元" in d.sections["orders"]
