"""Benchmark of the civil judgment drafts (`courtdoc bench draft`).

Prints, over the dev set tests/generation/cases/*.json (21 element files, 6 case types) and the
VARIANTS below (the same files with changed elements: pre-LPR periods, dependants, 鉴定费 …):
* draft time per document (text + DOCX), mean and max, after one warm-up draft;
* % of required sections present (the 12 of civil.REQUIRED_SECTIONS, plus the late-performance
  warning wherever money is ordered);
* the number of printed citations that statutes.verify_citations does not confirm (must be 0);
* fee and interest computations checked against a table of figures worked out by hand from the
  statutes (诉讼费用交纳办法 art. 13/16, 民间借贷规定 art. 25/28/31, 买卖合同解释 art. 18, 劳动合同法
  art. 47/87, 人身损害赔偿解释 art. 12/16/17, 交通事故解释 art. 19, 交强险 limits, the PBOC LPR
  announcements and the PBOC benchmark lending rate adjustments).

    courtdoc bench draft            # or: python bench/draft.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "generation" / "cases"

# (label, how to get the figure, expected figure). Expected values are hand computations, shown.
FEES = [
    ("受理费 8000元（≤1万元 50元）", ("民间借贷纠纷", 8000, "ordinary"), "50"),
    ("受理费 100000元：50+90000×2.5%", ("民间借贷纠纷", 100000, "ordinary"), "2300"),
    ("受理费 115000元：2300+15000×2%", ("民间借贷纠纷", 115000, "ordinary"), "2600"),
    ("受理费 260000元：50+2250+2000+60000×1.5%", ("机动车交通事故责任纠纷", 260000, "ordinary"), "5200"),
    ("受理费 500000元：50+2250+2000+4500", ("买卖合同纠纷", 500000, "ordinary"), "8800"),
    ("受理费 1100000元：8800+5000+100000×0.9%", ("机动车交通事故责任纠纷", 1100000, "ordinary"), "14700"),
    ("受理费 3000000元：8800+5000+9000+8000", ("金融借款合同纠纷", 3000000, "ordinary"), "30800"),
    ("受理费 简易程序 115000元：2600÷2", ("民间借贷纠纷", 115000, "summary"), "1300"),
    ("受理费 劳动争议 每件10元", ("劳动争议", 56000, "ordinary"), "10"),
    ("受理费 离婚 财产2520000元：50+2320000×0.5%", ("离婚纠纷", 2520000, "ordinary"), "11650"),
]
LPR = [
    ("LPR 1年期 2019-08-20", ("2019-08-20", "1y"), "4.25"),
    ("LPR 1年期 2020-08-20", ("2020-08-20", "1y"), "3.85"),
    ("LPR 1年期 2022-01-10", ("2022-01-10", "1y"), "3.8"),
    ("LPR 1年期 2023-03-01", ("2023-03-01", "1y"), "3.65"),
    ("LPR 5年期 2024-02-20", ("2024-02-20", "5y"), "3.95"),
    ("LPR 1年期 2025-06-01", ("2025-06-01", "1y"), "3"),
]
PBOC = [  # 中国人民银行贷款基准利率 (legal/pboc_rates.py) on the day asked
    ("基准利率 1年期 1996-08-23", ("1996-08-23", "1y"), "10.08"),
    ("基准利率 5年以上 2007-12-21", ("2007-12-21", "5y+"), "7.83"),
    ("基准利率 1年期 2008-11-27（下调1.08）", ("2008-11-27", "1y"), "5.58"),
    ("基准利率 1-3年 2012-07-06", ("2012-07-06", "1-3y"), "6.15"),
    ("基准利率 1年期 2014-11-22（档次简并）", ("2014-11-22", "1y"), "5.6"),
    ("基准利率 1年期 2019-08-19（末次调整2015-10-24）", ("2019-08-19", "1y"), "4.35"),
]
# Variants of the dev files drafted beside them: name → (base file, element changes, top-level changes)
VARIANTS = {
    "lending_1_penalty": ("lending_1", {"penalty": 5000}, {}),
    "lending_2_2018": ("lending_2", {"loan_date": "2018-01-10", "due_date": "2018-06-30"},
                       {"filed_on": "2021-03-01", "judgment_date": "2021-06-01"}),
    "lending_2_2018_old": ("lending_2", {"loan_date": "2018-01-10", "due_date": "2018-06-30", "old_rules": True},
                           {"filed_on": "2021-03-01", "judgment_date": "2021-06-01"}),
    "sale_1_2015": ("sale_1", {"contract_date": "2015-03-01", "payment_due": "2015-06-30", "payments": [],
                               "interest_until": "2016-06-30", "total_price": 100000},
                    {"filed_on": "2017-03-01", "judgment_date": "2017-06-01"}),
    "lending_3_30pct": ("lending_3", {"interest_rate": 30, "repayments": [
        {"date": "2019-10-31", "amount": 4500}, {"date": "2020-04-30", "amount": 8000}]}, {}),
    "traffic_1_dependants": ("traffic_1", {
        "disability_grade": 7, "consumption_expenditure": 30000, "appraisal_fee": 2400,
        "dependants": [{"name": "林小明", "relation": "子", "age": 8, "supporters": 2},
                       {"name": "陈阿婆", "relation": "母", "age": 66, "supporters": 3, "incapable": True}]}, {}),
    "traffic_4_dependants": ("traffic_4", {
        "victim_age": 45, "consumption_expenditure": 30000,
        "dependants": [{"name": "王小宝", "age": 3, "supporters": 2}, {"name": "王小贝", "age": 10, "supporters": 2},
                       {"name": "王老汉", "age": 70, "supporters": 1, "incapable": True}]}, {}),
    "traffic_1_two_injured": ("traffic_1", {"ci_other_losses": {"medical": 12000, "death_injury": 60000}}, {}),
}
# (label, dev case, section, text that must appear there)
DRAFTS = [
    ("借贷：100000×12%×356/365=11704.11，逾期15%×31天=1273.97，还款20000先抵息12978.08，余本金",
     "lending_1", "orders", "借款本金92978.08元"),
    ("借贷：92978.08×15%×93/365", "lending_1", "orders", "利息为3553.55元"),
    ("借贷：未约定利息，逾期按LPR3.7%：50000×3.7%×284/365", "lending_2", "orders", "利息为1439.45元"),
    ("借贷：2020-08-20前24%（7219.73+2189.59），后4×LPR14.6%（1608+9480），还款5000抵息",
     "lending_3", "orders", "利息为15497.32元"),
    ("借贷：约定20%超过4×3.65%=14.6%", "lending_4", "reasoning", "14.6%"),
    ("借贷：违约金与逾期利息合计≤4×LPR：100000×0.2%×31/365+92978.08×0.2%×93/365",
     "lending_1_penalty", "orders", "违约金及其他费用64.37元"),
    ("买卖：350000×5.475%×121/365+300000×5.475%×182/365", "sale_1", "orders", "14542.50元"),
    ("买卖：68000×日万分之五×184天", "sale_2", "orders", "6256元"),
    ("劳动：4年4个月→4.5个月×8000", "labour_1", "orders", "经济补偿36000元"),
    ("劳动：3×11297=33891×12（年限封顶）", "labour_2", "orders", "经济补偿406692元"),
    ("劳动：违法解除 3.5个月×10000×2", "labour_4", "orders", "赔偿金70000元"),
    ("交通：交强险 18000+180000+1200", "traffic_1", "orders", "赔偿原告林国栋199200元"),
    ("交通：(242115.40−199200)×70%", "traffic_1", "orders", "赔偿原告林国栋30040.78元"),
    ("交通：残疾赔偿金 42075×(20−4)×0.7", "traffic_3", "computations", "471240元"),
    ("交通：商业险限额500000后侵权人自担", "traffic_3", "orders", "赔偿原告罗淑芬179740.50元"),
    ("交通（死亡）：49283×10年+8000×6，交强险198000，(610830−198000)×50%",
     "traffic_4", "orders", "赔偿原告王秀兰、王建军206415元"),
    ("离婚：2520000÷2，王丽分得2400000，补偿", "divorce_1", "orders", "财产折价款1140000元"),
    ("信用卡：透支本金+利息+违约金", "bank_loan_2", "orders", "以上合计52295.16元"),
    ("借贷（逾期早于LPR）：基准利率4.35%，50000×4.35%×781/365+50000×4.35%×194/365",
     "lending_2_2018", "orders", "利息为5809.93元"),
    ("借贷（第三十一条旧规则）：50000×6%×781/365+1156.03", "lending_2_2018_old", "orders", "利息为7575.21元"),
    ("借贷（旧规则：24%–36%已付利息不返还）：4500−3609.86−890.14，8000−3590.14−909.86=3500抵本金",
     "lending_3_30pct", "orders", "借款本金26500元"),
    ("借贷（旧规则）：26500×24%×112天+26500×14.6%×924/365", "lending_3_30pct", "orders", "利息为11745.96元"),
    ("买卖（违约早于LPR）：100000×(4.85%×56+4.6%×59+4.35%×251)×1.5/365，逐段取整",
     "sale_1_2015", "orders", "截至2016年6月30日为6718.55元"),
    ("交通：被扶养人生活费 30000×0.4÷2×10+30000×0.4÷3×14", "traffic_1_dependants", "computations",
     "被扶养人生活费合计116000元"),
    ("交通：残疾赔偿金含被扶养人 537576+116000，(761297.40−199200)×70%", "traffic_1_dependants", "orders",
     "赔偿原告林国栋393468.18元"),
    ("交通：鉴定费 2400×70%由侵权人负担", "traffic_1_dependants", "fee", "被告蔡明亮负担1680元"),
    ("交通（死亡）：被扶养人年赔偿总额≤30000：30000×8+30000×2+15000×5", "traffic_4_dependants",
     "computations", "被扶养人生活费合计375000元"),
    ("交通（死亡）：(20000+985660+375000+48000+50000−198000)×50%", "traffic_4_dependants", "orders",
     "责任限额内赔偿原告王秀兰、王建军640330元"),
    ("交通（两名伤者）：交强险 18000×60221.40÷72221.40+180000×180694÷240694+1200",
     "traffic_1_two_injured", "orders", "责任限额内赔偿原告林国栋151338.95元"),
]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="courtdoc bench draft", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    from courtdoc.generation import draft_judgment
    from courtdoc.generation.citations import unverified
    from courtdoc.generation.civil import REQUIRED_SECTIONS
    from courtdoc.legal import fees
    from courtdoc.legal.lpr import lpr
    from courtdoc.legal.pboc_rates import benchmark_rate

    files = sorted(CASES.glob("*.json"))
    datas = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}
    draft_judgment(datas[files[0].stem])  # warm-up: opens laws.db, imports python-docx
    for name, (base, elements, top) in VARIANTS.items():
        v = json.loads(json.dumps(datas[base]))
        v["confirmed"]["elements"].update(elements)
        if "filed_on" in top:
            v["filed_on"] = top["filed_on"]
        if "judgment_date" in top:
            v["confirmed"]["judgment_date"] = top["judgment_date"]
        datas[name] = v
    times, text_times, drafts = [], [], {}
    present = required = 0
    bad_citations: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in datas.items():
            t0 = time.perf_counter()
            d = draft_judgment(data)
            text_times.append(time.perf_counter() - t0)
            d.write_docx(Path(tmp) / f"{name}.docx")
            times.append(time.perf_counter() - t0)
            drafts[name] = d
            needed = list(REQUIRED_SECTIONS)
            if any(k in d.sections.get("orders", "") for k in ("支付", "偿还", "赔偿")):
                needed.append("warning")
            required += len(needed)
            present += sum(1 for s in needed if d.sections.get(s))
            bad_citations += [f"{name}: {c}" for c in unverified(d.text)]

    rows = []
    for label, (cause, amount, proc), expected in FEES:
        got = fees.acceptance_fee(cause, amount, procedure=proc).amount
        rows.append((label, _n(got), expected))
    for label, (day, term), expected in LPR:
        rows.append((label, _n(lpr(day, term)), expected))
    for label, (day, term), expected in PBOC:
        rows.append((label, _n(benchmark_rate(day, term).rate), expected))
    for label, case, section, needle in DRAFTS:
        d = drafts[case]
        hay = "\n".join(d.computations) if section == "computations" else d.sections.get(section, "")
        rows.append((label, needle if needle in hay else "（未找到）", needle))
    exact = sum(1 for _, got, exp in rows if got == exp)

    types = sorted({d.case_type for d in drafts.values()})
    report = {
        "documents": len(drafts), "case_types": types,
        "draft_seconds_mean": round(sum(times) / len(times), 4), "draft_seconds_max": round(max(times), 4),
        "text_seconds_mean": round(sum(text_times) / len(text_times), 4),
        "sections_present_pct": round(100 * present / required, 2),
        "unverified_citations": len(bad_citations),
        "computations_exact": f"{exact}/{len(rows)}",
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"dev set: {len(files)} element files (+{len(drafts) - len(files)} variants), case types: {', '.join(types)}")
        print(f"draft time per document (text + DOCX): mean {report['draft_seconds_mean']:.4f} s, "
              f"max {report['draft_seconds_max']:.4f} s; text only: mean {report['text_seconds_mean']:.4f} s")
        print(f"required sections present: {present}/{required} = {report['sections_present_pct']}%")
        print(f"unverified citations printed: {len(bad_citations)}")
        for b in bad_citations:
            print("  ", b)
        print(f"fee + interest computations exact: {exact}/{len(rows)}")
        for label, got, exp in rows:
            mark = "ok " if got == exp else "BAD"
            print(f"  {mark} {label}: {got}" + ("" if got == exp else f" (expected {exp})"))
    return 0 if exact == len(rows) and not bad_citations and present == required else 1


def _n(x) -> str:
    v = Decimal(str(x)).normalize()
    return format(v, "f")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
