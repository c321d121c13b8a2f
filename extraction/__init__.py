"""extraction: Dossier or text -> CaseElements (schema courtdoc.case/1).

    extract(source: Dossier | str) -> CaseElements
    extract_file(path) -> CaseElements          (courtdoc.ocr.read_file underneath)
    build_catalogue(dossier) -> list[Segment]   (卷宗目录; also stored in dossier.catalogue)

The pipeline: segmentation (segment.py) picks the main legal document of the dossier; the party
block (parties.py; a complaint written as a letter also by letters.py, which anchors on the people it
describes), claims and amounts (claims.py) and the other sections (sections.py) are read
from it with precompiled rules, the NER model and the cause classifier fill what rules do not
reach, checks.py validates, and every filled field gets its provenance (provenance.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from courtdoc.contracts import CaseElements, Dossier, Fee, Segment

from . import _legal, claims, sections, segment
from .checks import run_checks
from .letters import fill_from_letter, may_be_letter, prefer_letter, read_letter_block
from .parties import PRINCIPAL_ROLES, as_written, kin_genders, org_seats, parse_block, parse_mentions
from .provenance import DocText

__all__ = ["extract", "extract_file", "build_catalogue", "ExtractionError"]

MAIN_PRIORITY = ("起诉状", "上诉状", "民事判决书", "刑事判决书", "答辩状")
_PARTY_ATTRS = ("role", "name", "gender", "birth_date", "ethnicity", "id_number", "credit_code", "address", "phone",
                "occupation", "legal_representative", "legal_representative.title")


class ExtractionError(Exception):
    """A file that cannot be read into text (the message is Chinese and names the problem)."""

    def __init__(self, message: str, code: str = "unreadable"):
        super().__init__(message)
        self.message = message
        self.code = code


def _doc(source: Dossier | str) -> DocText:
    if isinstance(source, Dossier):
        return DocText.from_dossier(source)
    if isinstance(source, str):
        return DocText.from_text(source)
    raise TypeError("extract() takes a Dossier or a str")


def build_catalogue(dossier: Dossier) -> list[Segment]:
    """The catalogue (type, page range, title) of every document in the dossier."""
    doc = DocText.from_dossier(dossier)
    dossier.catalogue = segment.catalogue(doc)
    return dossier.catalogue


# the header row of an evidence list's table (the line joiner may have run it onto the line above)
_EVIDENCE_TABLE_HEAD = re.compile(r"(?:序号|编号)[ \t]*[|│｜]?[ \t]*证据(?:名称)?")


def _choose(parts: list[segment.Part], norm: str) -> segment.Part | None:
    for kind in MAIN_PRIORITY:
        for p in parts:
            if p.type == kind:
                return p
    # another legal document with a party block (申请书, 裁定书, an evidence list headed by the parties ...): its
    # elements, typed 其他
    for p in parts:
        if (p.type == "其他" and p.titled) or p.type in ("证据目录", "送达回证"):
            parsed, _ = parse_block(norm, p.start, p.end)
            if any(pp.party.role in PRINCIPAL_ROLES for pp in parsed):
                return p
    # a power of attorney that names its case ("…在原告某某诉被告某某买卖合同纠纷一案中，作为我方诉讼代理人"): the case's
    # parties and cause as it names them, typed 其他
    for p in parts:
        if p.type == "授权委托书" and re.search(r"(?:诉|与)[^。；\n]{1,60}?(?:纠纷|争议)一案", norm[p.start:p.end]):
            return p
    # an untitled fragment of a judgment or complaint without a party block ("中融公司诉称…", "原、被告…
    # 经审理查明"): its claims, facts and cause still count; a text with none of these words is no legal paper
    for p in parts:
        if p.type == "其他" and segment.reads_as_legal(norm[p.start:p.end]):
            return p
    return None



def extract(source: Dossier | str) -> CaseElements:
    doc = _doc(source)
    parts = segment.split_parts(doc)
    if isinstance(source, Dossier):
        source.catalogue = segment.catalogue(doc, parts)
    main = _choose(parts, doc.norm)
    if main is None:
        return CaseElements()
    return _extract_part(doc, main, parts)


MAX_PART_CHARS = 100_000  # no complaint or judgment is longer; bounds the time on hostile input


def _fill_from_id(parsed: list) -> None:
    """A person whose gender or birth date no word states takes it from a valid ID number (its 17th digit, its
    digits 7-14), as a clerk fills the form; the field points at the ID. A written birth the ID contradicts
    leaves the date unknown."""
    from courtdoc.legal import validators

    for pp in parsed:
        p = pp.party
        if p.kind != "person" or not p.id_number or (p.gender and p.birth_date):
            continue
        if validators.check_id_number(p.id_number):
            continue
        info = validators.id_number_info(p.id_number)
        if not info:
            continue
        for field in ("gender", "birth_date"):
            if getattr(p, field) is None and info.get(field) and not (field == "birth_date" and pp.birth_disputed):
                setattr(p, field, info[field])
                if "id_number" in pp.spans:
                    pp.spans[field] = pp.spans["id_number"]


def _extract_part(doc: DocText, main: segment.Part, parts: list[segment.Part]) -> CaseElements:
    norm, start, end = doc.norm, main.start, main.end
    truncated = end - start > MAX_PART_CHARS
    if truncated:
        end = start + MAX_PART_CHARS
    doc_type = main.type
    el = CaseElements(document_type=doc_type if doc_type in MAIN_PRIORITY else "其他")
    spans: dict[str, tuple[int, int]] = {}
    extra_checks: list[tuple[str, str, str]] = []

    if main.titled:
        spans["document_type"] = (start, start + max(1, norm.find("\n", start, end) - start))

    # parties
    # (an evidence list's table tells what each paper proves, "原告主体资格", "被告签收": no parties there)
    table = _EVIDENCE_TABLE_HEAD.search(norm, start, end) if main.type == "证据目录" else None
    parsed, body_start = parse_block(norm, start, table.start() if table else end)
    if doc_type == "起诉状" and may_be_letter(parsed, norm[start:end]):
        letter, letter_body = read_letter_block(norm, start, end)
        # (the letter's head, up to its story: a signature "起诉人：某某" at the end is no entry of a block)
        if letter and prefer_letter(parsed, letter, norm[start:letter_body]):
            parsed, body_start = letter, letter_body
        elif letter:
            parsed = fill_from_letter(parsed, letter)
    kin_genders(parsed, norm, start, end)
    _fill_from_id(parsed)
    org_seats(parsed, norm)
    if parsed and main.type in ("授权委托书", "证据目录"):
        # a paper that names its own party by a label and the other side only in its case's sentence ("…在我单位（原告）诉
        # 被告某某有限公司买卖合同纠纷一案中"): both
        names = {pp.party.name for pp in parsed}
        parsed += [pp for pp in parse_mentions(norm, start, table.start() if table else end)
                   if not any(pp.party.name in n or n in pp.party.name for n in names)]
    if not parsed:
        parsed = parse_mentions(norm, start, end)
        if not parsed:
            parsed = _parties_from_ner(norm, start, end)
        body_start = start
    for i, pp in enumerate(parsed):
        el.parties.append(pp.party)
        for key, sp in pp.spans.items():
            spans[f"parties[{i}].{key}"] = sp

    criminal = doc_type == "刑事判决书"
    # claims and amount
    if not criminal:
        cr = claims.extract_claims(norm, body_start, end, start)
        el.claims = cr.claims
        for k, sp in enumerate(cr.spans):
            spans[f"claims[{k}]"] = sp
        if cr.amount is None and doc_type in ("民事判决书", "上诉状"):
            # an appeal asking only to reverse claims no sum of its own: the sums in dispute are the ones claimed at
            # first instance, which the judgment (or the appeal itself) recites (the claims listed stay the appeal's)
            first = claims.first_instance_claims(norm, body_start, end)
            if first is not None and first.amount is not None:
                cr.amount, cr.amount_spans = first.amount, first.amount_spans
                cr.checks.extend(first.checks)
        # a respondent claims nothing: the sums an 答辩状 disputes are the plaintiff's claims, not its own
        el.amount_claimed = cr.amount if doc_type != "答辩状" else None
        declared = claims.declared_total(norm, start, end)
        if declared is not None and cr.amount is not None and abs(declared - cr.amount) > 0.5:
            extra_checks.append(("amount_claimed", "warning",
                                 f"诉讼请求金额合计{cr.amount:g}元，与文书所写诉讼标的额{declared:g}元不一致"))
        if cr.amount_spans and el.amount_claimed is not None:
            spans["amount_claimed"] = (cr.amount_spans[0][0], cr.amount_spans[-1][1])
        extra_checks.extend(cr.checks)

    # sections
    for name, finder in (("court", sections.court), ("case_number", sections.case_number),
                         ("filed_on", sections.filed_on)):
        found = finder(norm, start, end, doc_type)
        if found:
            setattr(el, name, found[0])
            spans[name] = found[1]
    found = sections.facts(norm, start, end, doc_type, body_start)
    if not found and doc_type == "起诉状" and not criminal and cr.region is not None:
        found = _story_before_claims(norm, start, cr.region[0])
    if found:
        el.facts_and_reasons = found[0]
        spans["facts_and_reasons"] = found[1]
    ev = sections.evidence(norm, body_start, end, doc_type)
    if not ev:
        ev = _evidence_from_catalogue(norm, parts)
    for k, (item, sp) in enumerate(ev):
        el.evidence.append(item)
        spans[f"evidence[{k}]"] = sp

    # cause of action / charges
    if criminal:
        for k, (name, sp) in enumerate(sections.charges(norm, body_start, end)):
            el.charges.append(name)
            spans[f"charges[{k}]"] = sp
        if el.charges:
            el.cause_of_action = el.charges[0]
            spans["cause_of_action"] = spans["charges[0]"]
    else:
        _cause(el, norm, start, end, body_start, spans, extra_checks)

    # fee (civil complaints, appeals and judgments, from the cause and the amount; 申请书 etc. have
    # their own fee rules and 答辩状 pay none)
    if doc_type in ("起诉状", "上诉状", "民事判决书") and (el.cause_of_action or el.amount_claimed):
        fee = _legal.acceptance_fee(el.cause_of_action, el.amount_claimed)
        if fee is not None:
            el.fee = Fee(acceptance_fee=fee.amount, basis=fee.basis)
        elif doc_type != "民事判决书":
            extra_checks.append(("fee", "warning", "无法计算案件受理费（案由或诉讼标的额不明），请核实"))

    if truncated:
        extra_checks.append(("document_type", "warning", f"文书超过{MAX_PART_CHARS // 10000}万字，仅分析了前{MAX_PART_CHARS // 10000}万字"))
    el.checks = run_checks(el, extra_checks)
    as_written(parsed, norm, doc.written)  # last: the rules above read the simplified fold
    for key, (s, e) in spans.items():
        src = doc.source(s, e)
        if src is not None:
            el.provenance[key] = src
    return el


# How the cause is inferred when the document states none (bench/extract.py prints every order):
#   "hybrid": a cue word in the claims (cause_rules) wins; otherwise, in a judgment, the classifier when it
#   is very sure (>= CLASSIFIER_OVER), otherwise a decisive cue in the facts or the parties' names, otherwise the
#   classifier when it is confident (>= CLASSIFIER_TRUST), otherwise a weak cue, otherwise no cause.
#   "keywords": cues only, the classifier last; "classifier": the model only. The thresholds were chosen
#   on the extraction dev set and the CAIL2019-RC tune half (`courtdoc bench cause --rc tune`; the test
#   half is scored once, models/cause/MODEL_CARD.md). In a judgment the classifier also beats a cue from the claims when it is near certain
#   (>= CLASSIFIER_OVER_CLAIMS). Where the model answers one of its coarse domain labels (learnt from
#   files labelled by domain, COARSE) and the cue names a more specific cause under it, the cue stays.
#   Re-chosen for the model trained on the cause templates (OVER 0.6 -> 0.7, OVER_CLAIMS 0.9 -> 0.97): RC tune half
#   0.748 -> 0.752 (unseen 0.459 -> 0.471), dev set 0.983 -> 0.986; never overriding a claims cue costs the tune half 0.09.
CAUSE_ORDER = "hybrid"
CLASSIFIER_TRUST = 0.2
CLASSIFIER_OVER = 0.7
CLASSIFIER_OVER_CLAIMS = 0.97
COARSE = {"离婚纠纷": "婚姻家庭纠纷", "劳动争议": "劳动争议", "民间借贷纠纷": "借款合同纠纷"}


# a pleading's closing (此致, the court, the signature, the date, 附: lines): no word of the story
_CLOSING = re.compile(r"此\s*致|敬\s*礼|[\u4e00-\u9fa5]{2,20}人民法院|(?:具状人|起诉人|上诉人|答辩人)[:：]?\s*\S*|"
                      r"\d{4}年\d{1,2}月\d{1,2}日|[\s:：！!。，,]")


def _story_before_claims(norm: str, start: int, claims_at: int) -> tuple[str, tuple[int, int]] | None:
    """A letter that signs with its writer's details at the end ("…麻烦法官帮我立案。\n起诉人：某某，女，…") tells its
    story under the head that names the one sued and before the line that heads its claims ("我的要求是："): the
    prose lines above that heading, back to the last line of a party's details. (Claims asked inline at the end of
    the story, "…我请求法院判他赔我…元", head no list: their story is left to the sections' rules.)"""
    e = norm.rfind("\n", start, claims_at) + 1
    if e <= start or not re.search(r"[:：][ \t　]*$", norm[e:claims_at]) or not re.match(r"[ \t　]*\n", norm[claims_at:]):
        return None
    s = e
    while s > start:
        line_start = max(norm.rfind("\n", start, s - 1) + 1, start)
        if sections._PARTY_LINE.search(norm[line_start:s].strip()):
            break
        s = line_start
    text = norm[s:e].strip()
    if len(text) < 15:
        return None
    lead = norm.find(text[:10], s)
    return text, (lead, lead + len(text))


def _model_text(el: CaseElements, norm: str, start: int, end: int, body_start: int) -> str:
    """What the classifier reads: a pleading's party block (names, IDs, addresses) says nothing of the cause and
    drowns a short story's n-grams, so it reads what follows the block; a judgment or a fact section is read whole,
    as the model learnt from them, and so is a pleading with no story after its block (only the closing 此致…)."""
    if el.document_type in ("起诉状", "上诉状", "答辩状") and el.parties:
        body = norm[body_start:end]
        if len(_CLOSING.sub("", body)) >= 15:
            return body
    return norm[start:end]


def _cause(el: CaseElements, norm: str, start: int, end: int, body_start: int, spans: dict,
           checks: list[tuple[str, str, str]]) -> None:
    from .cause_rules import infer_cause

    found = sections.cause_explicit(norm, start, end, tuple(p.name for p in el.parties))
    if found:
        el.cause_of_action = found[0]
        spans["cause_of_action"] = found[1]
        return
    if not el.claims and not el.facts_and_reasons and not el.parties and el.document_type in ("起诉状", "上诉状", "答辩状"):
        # an empty pleading; a judgment's or fragment's fact paragraph with no party block is its own facts
        # (CAIL2019-RC tune half 0.703 -> 0.728, bench extract unchanged but h11-r13 now right)
        return
    region = spans.get("facts_and_reasons") or (body_start, min(end, body_start + 1500))
    if "facts_and_reasons" not in spans and len(norm[region[0]:region[1]].strip()) < 60 and el.parties \
            and el.document_type in ("起诉状", "上诉状", "答辩状"):
        # the body read as starting at the signature (a story told between the party lines and an inline claim): the
        # whole document is the story
        region = (start, min(end, start + 3000))
    claims_text, facts_text = "；".join(el.claims), norm[region[0]:region[1]]
    cue = None if CAUSE_ORDER == "classifier" else infer_cause(claims_text, facts_text, tuple(p.name for p in el.parties))
    judgment = el.document_type not in ("起诉状", "上诉状", "答辩状")
    # the classifier runs only where its answer can matter (it costs a few ms)
    skip_model = cue is not None and (CAUSE_ORDER == "keywords" or (cue.in_claims and (
        not judgment or CLASSIFIER_OVER_CLAIMS > 1)))
    predicted = None if skip_model else _legal.predict_cause(_model_text(el, norm, start, end, body_start))
    conf = predicted[1] if predicted else -1.0
    if CAUSE_ORDER == "classifier" or cue is None:
        use_model = conf >= (0.0 if CAUSE_ORDER != "hybrid" else CLASSIFIER_TRUST)
    elif CAUSE_ORDER == "keywords":
        use_model = False
    else:
        # the model learnt from judgments' fact sections: on complaints (out of its domain, where it is
        # confidently wrong) it never overrides a cue
        over = CLASSIFIER_OVER_CLAIMS if cue.in_claims else CLASSIFIER_OVER
        use_model = (judgment and conf >= over) or (not cue.strong and conf >= CLASSIFIER_TRUST)
        if use_model and predicted[0] in COARSE and predicted[0] != cue.cause:
            # a coarse domain label does not beat a specific cause of that domain (变更抚养关系纠纷 under 婚姻家庭纠纷)
            use_model = COARSE[predicted[0]] not in _cause_path(cue.cause)
    if use_model:
        el.cause_of_action = predicted[0]
        spans["cause_of_action"] = region
        checks.append(("cause_of_action", "warning",
                       f"文书未写明案由，系模型根据事实推断（置信度{predicted[1]:.2f}），请核实"))
    elif cue is not None:
        el.cause_of_action = cue.cause
        spans["cause_of_action"] = region
        checks.append(("cause_of_action", "warning", "文书未写明案由，系根据关键词推断，请核实"))


def _cause_path(cause: str) -> list[str]:
    from courtdoc.legal.causes import cause_info

    info = cause_info(cause)
    return info["path"] if info else [cause]


def _evidence_from_catalogue(norm: str, parts: list[segment.Part]) -> list[tuple[str, tuple[int, int]]]:
    import re

    for p in parts:
        if p.type != "证据目录":
            continue
        text = norm[p.start:p.end]
        out = []
        for a, b in claims.split_items(text):
            item = text[a:b].strip()
            head = re.split(r"[，,。；;\n]|证明", item)[0].strip()
            if len(head) >= 2:
                at = p.start + a + text[a:b].find(head)
                out.append((head, (at, at + len(head))))
        return out
    return []


def _parties_from_ner(norm: str, start: int, end: int):
    """Last resort for irregular texts: PER/ORG spans the NER model finds right after a role word."""
    import re

    from courtdoc.contracts import Party

    from .parties import ParsedParty, plausible_name

    head = norm[start:min(end, start + 600)]
    out = []
    seen: set[tuple[str, str]] = set()
    for span in _legal.ner_spans(head):
        if span.label not in ("PER", "ORG", "NAME", "COMPANY"):
            continue
        kind = "organization" if span.label in ("ORG", "COMPANY") else "person"
        if len(span.text) < 2 or not plausible_name(span.text, kind):
            continue  # a surname cut off by the model ("被告人陶…"), a piece of a sentence
        m = re.search(r"(原告|被告人|被告|第三人|上诉人|被上诉人|申请人|被申请人)(?:系|为|是)?[:：]?$",
                      head[max(0, span.start - 8):span.start])
        if not m or (m.group(1), span.text) in seen:
            continue  # a fact section names the same defendant in every sentence: one party
        seen.add((m.group(1), span.text))
        pp = ParsedParty(Party(role=m.group(1), name=span.text, kind=kind))
        pp.spans["name"] = (start + span.start, start + span.end)
        out.append(pp)
    return out


def extract_file(path: str | Path) -> CaseElements:
    """Read a PDF, image, DOCX or TXT file (OCR where needed) and extract its case elements."""
    return extract(read_dossier(path))


def read_dossier(path: str | Path) -> Dossier:
    path = Path(path)
    try:
        from courtdoc.ocr import read_file
    except ImportError:
        read_file = None
    if read_file is not None:
        return read_file(path)
    return _fallback_read(path)


def _fallback_read(path: Path) -> Dossier:
    """Text files, DOCX and text-layer PDFs while courtdoc.ocr is not available."""
    from courtdoc.contracts import Line, Page

    if not path.is_file():
        raise ExtractionError(f"文件不存在：{path.name}", "not_found")
    suffix = path.suffix.lower()
    pages: list[Page] = []
    try:
        if suffix in (".txt", ".text", ""):
            data = path.read_bytes()
            for enc in ("utf-8-sig", "gb18030"):
                try:
                    text = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise ExtractionError(f"无法识别文件编码：{path.name}", "bad_encoding")
            for i, t in enumerate(text.split("\f")):
                pages.append(Page(index=i, width=0, height=0, source="text-layer", text=t))
        elif suffix == ".docx":
            import docx

            d = docx.Document(str(path))
            text = "\n".join(p.text for p in d.paragraphs)
            pages.append(Page(index=0, width=0, height=0, source="text-layer", text=text))
        elif suffix == ".pdf":
            import pymupdf

            with pymupdf.open(str(path)) as pdf:
                if pdf.needs_pass:
                    raise ExtractionError(f"PDF 已加密：{path.name}", "encrypted_pdf")
                for i, pg in enumerate(pdf):
                    lines = []
                    for block in pg.get_text("dict")["blocks"]:
                        for ln in block.get("lines", []):
                            t = "".join(s["text"] for s in ln["spans"])
                            if t.strip():
                                lines.append(Line(text=t, box=tuple(ln["bbox"])))
                    pages.append(Page(index=i, width=pg.rect.width, height=pg.rect.height, source="text-layer",
                                      lines=lines, text="\n".join(ln.text for ln in lines)))
        else:
            raise ExtractionError(f"不支持的文件类型：{suffix or path.name}（OCR 模块不可用时仅支持 TXT、DOCX、PDF）",
                                  "unsupported_type")
    except ExtractionError:
        raise
    except Exception as exc:  # noqa: BLE001 - corrupt input: a typed error, never a traceback
        raise ExtractionError(f"文件无法读取：{path.name}（{type(exc).__name__}）", "corrupt_file") from exc
    text = "\n".join(p.text for p in pages)
    return Dossier(file=str(path), pages=pages, text=text)
