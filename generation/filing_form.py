"""The filing form (立案登记表) filled from CaseElements.

`filing_form(elements) -> dict` is the form as JSON: one row per field, with its value, a status
("ok", "missing", "check") and the problems found; `write_filing_form(elements, out_path)` writes it
as a python-docx table where every unknown or failing field is shaded yellow and marked 待核实.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from courtdoc.contracts import CaseElements

SCHEMA = "courtdoc.filing_form/1"
PENDING = "待核实"
_YELLOW = "FFFF00"


def _elements(elements: CaseElements | dict) -> CaseElements:
    if isinstance(elements, CaseElements):
        return elements
    return CaseElements.model_validate(elements)


def _money(x: float | None) -> str | None:
    if x is None:
        return None
    return f"{x:,.2f}元"


def filing_form(elements: CaseElements | dict) -> dict:
    el = _elements(elements)
    problems: dict[str, list[str]] = {}
    for c in el.checks:
        problems.setdefault(c.field, []).append(c.message)

    rows: list[dict] = []

    def row(label: str, field: str, value, required: bool = True) -> None:
        msgs = [m for f, ms in problems.items() if f == field or f.startswith(field + ".") for m in ms]
        value = value if value not in ("", []) else None
        status = "check" if msgs else ("missing" if value is None and required else "ok")
        rows.append({"label": label, "field": field, "value": value, "status": status, "problems": msgs})

    row("文书类型", "document_type", el.document_type if el.document_type != "其他" else None)
    row("受理法院", "court", el.court)
    row("案号", "case_number", el.case_number, required=False)
    row("案由", "cause_of_action", el.cause_of_action)
    if el.charges:
        row("罪名", "charges", "、".join(el.charges))
    for i, p in enumerate(el.parties):
        key = f"parties[{i}]"
        head = f"{p.role}{i + 1}"
        row(f"{head} 名称/姓名", f"{key}.name", p.name)
        row(f"{head} 类型", f"{key}.kind", "自然人" if p.kind == "person" else "法人/其他组织")
        if p.kind == "person":
            row(f"{head} 性别", f"{key}.gender", p.gender)
            row(f"{head} 出生日期", f"{key}.birth_date", p.birth_date)
            row(f"{head} 民族", f"{key}.ethnicity", p.ethnicity, required=False)
            row(f"{head} 公民身份号码", f"{key}.id_number", p.id_number)
            row(f"{head} 职业", f"{key}.occupation", p.occupation, required=False)
        else:
            row(f"{head} 统一社会信用代码", f"{key}.credit_code", p.credit_code)
            rep = p.legal_representative
            row(f"{head} 法定代表人/负责人", f"{key}.legal_representative",
                f"{rep.name}（{rep.title}）" if rep and rep.title else (rep.name if rep else None))
        row(f"{head} 住所", f"{key}.address", p.address)
        for j, ad in enumerate(p.addresses):
            if ad.text != p.address:  # the other addresses written (现住, 户籍地 ...), for the clerk to see
                row(f"{head} {ad.kind}", f"{key}.addresses[{j}].text", ad.text, required=False)
        row(f"{head} 联系电话", f"{key}.phone", p.phone, required=False)
        for j, a in enumerate(p.agents):
            detail = "，".join(x for x in (a.firm, a.title) if x)
            row(f"{head} {a.type}", f"{key}.agents[{j}]", f"{a.name}（{detail}）" if detail else a.name)
    if not el.parties:
        row("当事人", "parties", None)
    for k, c in enumerate(el.claims):
        row(f"诉讼请求{k + 1}", f"claims[{k}]", c)
    if not el.claims and el.document_type != "刑事判决书":
        row("诉讼请求", "claims", None)
    if el.document_type != "刑事判决书":
        row("诉讼标的额", "amount_claimed", _money(el.amount_claimed), required=bool(el.claims))
        fee = el.fee
        row("案件受理费", "fee", _money(fee.acceptance_fee) if fee and fee.acceptance_fee is not None else None)
        row("计费依据", "fee.basis", fee.basis if fee else None, required=False)
    row("事实与理由", "facts_and_reasons", el.facts_and_reasons)
    row("证据", "evidence", "；".join(el.evidence) if el.evidence else None, required=False)
    row("起诉日期", "filed_on", el.filed_on)
    pending = sum(1 for r in rows if r["status"] != "ok")
    # problems on fields that have no row of their own (e.g. "parties") stay visible
    shown = {r["field"] for r in rows}
    other = [c.model_dump() for c in el.checks if not any(c.field == f or c.field.startswith(f + ".") for f in shown)]
    return {"schema": SCHEMA, "title": "立案登记表", "rows": rows, "pending": pending, "other_checks": other}


def write_filing_form(elements: CaseElements | dict, out_path: str | Path) -> dict:
    """Write the form as DOCX (atomically: a failed write leaves no half file) and return its JSON."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    form = filing_form(elements)
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(form["title"])
    run.bold = True
    run.font.size = Pt(18)
    note = document.add_paragraph(f"由 courtdoc 自动填写，黄色底纹为{PENDING}项（共 {form['pending']} 项），请立案人员核对原件。")
    note.runs[0].font.size = Pt(9)

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, ("项目", "内容", "核对"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for r in form["rows"]:
        cells = table.add_row().cells
        cells[0].text = r["label"]
        cells[1].text = "" if r["value"] is None else str(r["value"])
        if r["status"] == "ok":
            cells[2].text = "✓"
        else:
            cells[2].text = PENDING + ("：" + "；".join(r["problems"]) if r["problems"] else "：未识别")
            for cell in cells:
                _shade(cell, _YELLOW, OxmlElement, qn)
    if form["other_checks"]:
        document.add_paragraph("其他核对事项：")
        for c in form["other_checks"]:
            document.add_paragraph(f"{PENDING}：{c['message']}（{c['field']}）")

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".docx", dir=out_path.parent)
    os.close(fd)
    try:
        document.save(tmp)
        os.replace(tmp, out_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return form


def _shade(cell, color: str, OxmlElement, qn) -> None:  # noqa: N803 - docx factories passed in
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tc_pr.append(shd)
