"""Extraction audit without labels: run extraction over many real texts and count implausible outputs.

    courtdoc bench extract_audit [--show KIND] [--limit N] [--amounts SOURCE]
    (or: python bench/extract_audit.py ...)

No labels are needed: every flag is a contradiction between the extracted elements and the text
they came from (a gender written in the party's own entry but not extracted, an address that runs
into the ID number, an ID whose birth date differs from the extracted one, a money claim left out of
amount_claimed ...). The counts go down as general rules get fixed; `--show KIND` prints the flagged
cases of one kind to read by hand. Flags are suspicions, not errors: some are false alarms.
`--relayout` re-extracts each scm/focus text laid out differently (indents, blank lines between
paragraphs, half-width punctuation, full-width digits ...) and flags every change of the elements.
`--amounts focus` lists amount_claimed beside the claims of every text of a source, for reading the
amount rule against real claims (how the bracket, 以上合计, limit and priority rules were found).

Sources (../shared/data, skipped when absent): cail2019_scm_loan_triples.jsonl lines 53-299 only
(fields A/B/C; lines 300-399 are another engineer's unseen test set, 401-499 fed the holdout sets),
cail2021_focus, cail2019_rc (fact sections), cail2018_small test (criminal facts), cail2022_ie.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("COURTDOC_SHARED_DATA", HERE.parent.parent / "shared" / "data"))
SCM_LINES = range(53, 300)  # never 300-399 (reserved unseen test set)


def sources(limit: int) -> list[tuple[str, str]]:
    """(source id, text) pairs."""
    out: list[tuple[str, str]] = []
    cail = SHARED / "cail"
    path = cail / "cail2019_scm_loan_triples.jsonl"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= SCM_LINES.stop:
                    break  # do not even read the reserved lines
                if i in SCM_LINES:
                    row = json.loads(line)
                    out.extend((f"scm:{i}:{k}", row[k]) for k in "ABC")
    path = cail / "cail2021_focus" / "train.json"
    if path.is_file():
        for i, d in enumerate(json.loads(path.read_text(encoding="utf-8"))["dataset"][:limit]):
            out.append((f"focus:{i}", "\n".join(d.get(k, "") for k in ("诉称段", "辩称段"))))
    path = cail / "cail2019_rc" / "dev_ground_truth.json"
    if path.is_file():
        for i, d in enumerate(json.loads(path.read_text(encoding="utf-8"))["data"][:limit]):
            out.append((f"rc-{d.get('domain', '')}:{i}", d["paragraphs"][0]["context"]))
    out.extend(_jsonl(cail / "cail2018_small" / "test.json", "cail2018", "fact", limit))
    out.extend(_jsonl(cail / "cail2022_ie" / "train.json", "ie", "sentText", limit))
    return out


def _jsonl(path: Path, prefix: str, key: str, limit: int) -> list[tuple[str, str]]:
    """(id, text) of the first `limit` rows of a JSON-lines file, [] when it is absent."""
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            out.append((f"{prefix}:{i}", json.loads(line)[key]))
    return out


_ROLE_WORDS = re.compile(r"原告|被告|上诉人|被上诉人|第三人|委托|代理人|法定代表人|申请人|辩护人|原审|公诉|认为|提交|支付|要求|是|原系|归案|到案")
_PUNCT = re.compile(r"[，,。；;：:“”《》！？!?、\s]")
_AGENT_CUT = re.compile(r"委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|辩护人|法定代表人|负责人|经营者")
_GENDER_IN = re.compile(r"(?:^|[，,、\s])(?:性别[:：]?)?([男女])(?:性)?(?=[，,、\s。]|$)")
_BIRTH_IN = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:出生|生)|出生(?:日期|于)?[:：]?\s*\d{4}\s*年")
_ID_IN = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ADDR_IN = re.compile(r"(?:^|[，,。；;\s])(?:住所地|住址|住|户籍地|现住|经常居住地|住所)[:：]?[\u4e00-\u9fa5\d]")
_SWALLOW = re.compile(r"电话|身份证|公民身份|法定代表人|负责人|信用代码|联系方式|手机|委托|代理人|(?<!\d)1[3-9]\d{9}(?!\d)|[男女][，,]")
_ROLE_HEAD = re.compile(r"(?:^|[\n。；])\s*(原告|被告人|被告|上诉人|被上诉人|原审原告|原审被告|原审第三人|第三人|公诉机关)"
                        r"(?:[（(][^）)]{1,12}[）)])?[:：]?[\u4e00-\u9fa5]")
_BIRTH_DATE_IN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:出生|生)")
# the first address cue of the entry (户籍地 before 现住: the labelled sets keep the first address)
_ADDR_VALUE_IN = re.compile(r"(?:^|[，,。；;\s])(?:户籍地|户籍所在地|住所地|住址|住所|现住址|现住|住)(?:在|于)?[:：]?([^，,。；;\n]{2,60})")
_ADDR_NONE = re.compile(r"同上|不详|同原告|同被告")
_ROLE_ALT = "|".join(sorted(("原告", "被告", "被告人", "上诉人", "被上诉人", "第三人", "原审原告", "原审被告", "原审第三人",
                             "申请人", "被申请人", "公诉机关", "再审申请人", "被申请人", "答辩人", "被告单位"), key=len, reverse=True))
_DELIM = set("，,。；;\n）)、 ：:")
_NEXT_FIELD = re.compile(r"法定|委托|(?:原告|被告|第三人|上诉人|被上诉人|原审|申请人|被申请人)")
_MONEY_VERB = re.compile(r"支付|偿还|归还|返还|给付|赔偿|清偿")


def audit_text(sid: str, text: str, flags: dict, examples: dict) -> None:
    from courtdoc.extraction import _choose, extract, segment
    from courtdoc.extraction.parties import parse_block
    from courtdoc.extraction.provenance import DocText

    def flag(kind: str, detail: str) -> None:
        flags[kind] += 1
        examples[kind].append(f"{sid}: {detail}")

    el = extract(text)
    doc = DocText.from_text(text)
    norm = doc.norm
    parts = segment.split_parts(doc)
    main = _choose(parts, norm)
    parsed, body_at = parse_block(norm, main.start, main.end) if main else ([], 0)
    src = sid.split(":")[0]
    has_block = bool(parsed)

    # document type: an scm/focus text is a civil judgment's pieces, rc/cail2018/ie are fact sections
    if src == "scm" and el.document_type not in ("民事判决书", "其他"):
        flag("doc_type", el.document_type)
    if src in ("cail2018", "ie") and el.document_type not in ("刑事判决书", "其他"):
        flag("doc_type", el.document_type)
    # CAIL2019-RC says which fact sections are criminal (domain): a judgment of the other kind is wrong
    if src == "rc-civil" and el.document_type in ("起诉状", "上诉状", "答辩状", "刑事判决书"):
        flag("doc_type", el.document_type)
    if src == "rc-criminal" and el.document_type not in ("刑事判决书", "其他"):
        flag("doc_type", el.document_type)

    # duplicates
    # two entries with the same masked name but different attributes are real (publishers mask alike)
    seen = collections.Counter((p.role, p.name, p.gender, p.birth_date, p.address) for p in el.parties)
    for key, n in seen.items():
        if n > 1:
            flag("party_duplicate", f"{key[:2]} x{n}")
    names_roles = collections.defaultdict(set)
    for p in el.parties:
        names_roles[p.name].add(p.role)
    for name, roles in names_roles.items():
        if len(roles) > 1:
            flag("party_two_roles", f"{name} {sorted(roles)}")

    for p in el.parties:
        if p.kind == "person" and len(p.name) > 8 and not re.search(r"[A-Za-z]", p.name):
            flag("name_long", p.name)
        elif len(p.name) > 40:
            flag("name_long", p.name)
        if _PUNCT.search(p.name.replace("（", "").replace("）", "")) or _ROLE_WORDS.search(p.name):
            flag("name_bad_chars", p.name)
        if p.name not in norm and p.name not in text:
            flag("name_not_in_text", p.name)
        if not p.role:
            flag("role_missing", p.name)
    for c in el.checks:
        if "不一致" in c.message and ("身份证" in c.message):
            flag("id_mismatch", c.message)
        if "大写金额与小写金额不一致" in c.message:
            flag("amount_words_digits", c.message)

    # per-entry: a field written in the party's own entry but not extracted, or a field run over
    entries = []
    for k, pp in enumerate(parsed):
        if "role" not in pp.spans:
            continue
        s = pp.spans["role"][0]
        e = body_at
        for q in parsed[k + 1:]:
            if "role" in q.spans and q.spans["role"][0] > s:
                e = q.spans["role"][0]
                break
        entries.append((pp, norm[s:e], s))
    for pp, entry, _s in entries:
        p = pp.party
        own = entry
        cut = _AGENT_CUT.search(own, 3)
        if cut:
            own = own[:cut.start()]
        if p.kind == "person":
            if p.gender is None and _GENDER_IN.search(own):
                flag("gender_missed", f"{p.name} | {own[:80]}")
            if p.birth_date is None and _BIRTH_IN.search(own):
                flag("birth_missed", f"{p.name} | {own[:100]}")
        # a value extracted that the entry writes otherwise
        g = _GENDER_IN.search(own)
        if p.gender and g and g.group(1) != p.gender:
            flag("gender_wrong", f"{p.name} {p.gender} | {own[:80]}")
        b = _BIRTH_DATE_IN.search(own)
        if p.birth_date and b:
            iso = f"{int(b.group(1)):04d}-{int(b.group(2)):02d}-{int(b.group(3)):02d}"
            if iso != p.birth_date:
                flag("birth_wrong", f"{p.name} {p.birth_date} | {own[:100]}")
        lead = re.match(r"\s*(?:[（(][^）)]*[）)])?\s*(" + _ROLE_ALT + r")", entry)
        if lead and lead.group(1) != p.role and not p.role.endswith(lead.group(1)):
            flag("role_wrong", f"{p.name} {p.role} | {entry[:40]}")
        a = _ADDR_VALUE_IN.search(own)
        if p.address and a and not _ADDR_NONE.search(a.group(1)):
            want = re.sub(r"\s", "", a.group(1))
            if not (want.startswith(p.address) or p.address.startswith(want)) and len(want) > len(p.address):
                flag("address_differs", f"{p.name} {p.address} | {want}")
        if p.id_number is None and _ID_IN.search(own):
            flag("id_missed", f"{p.name} | {own[:100]}")
        if p.address is None and _ADDR_IN.search(own) and not re.search(r"同上|不详|同原告|同被告", own):
            flag("address_missed", f"{p.name} | {own[:120]}")
        if p.address:
            if _SWALLOW.search(p.address):
                flag("address_swallows", f"{p.name} | {p.address}")
            sp = pp.spans.get("address")
            nxt = norm[sp[1]:sp[1] + 8] if sp else ""
            if sp and nxt and nxt[0] not in _DELIM and not _NEXT_FIELD.match(nxt):
                flag("address_cut", f"{p.name} | {p.address} || {norm[sp[1]:sp[1] + 15]}")
    # entries the block starts (a role word at the start of a sentence, then a name) but no party came of
    if has_block:
        block = norm[main.start:body_at]
        starts = re.findall(r"(?:^|[\n。；])\s*(?:" + _ROLE_ALT + r")(?:[（(][^）)]{1,12}[）)])?[:：]?[\u4e00-\u9fa5A-Za-z]", block)
        principals = [p for p in el.parties if p.role not in ("委托诉讼代理人",)]
        if len(starts) > len(principals) and src == "scm":  # fact sections start sentences with role words
            flag("entry_lost", f"{len(starts)} entries, {len(principals)} parties | {block[:160]}")
    # roles written as a heading in the block but not extracted
    if has_block and src == "scm":
        block = norm[main.start:body_at]
        got = {p.role for p in el.parties}
        for m in _ROLE_HEAD.finditer(block):
            if m.group(1) not in got and not re.match(r"[^，。；\n]{0,8}?(?:诉称|辩称|述称|称|向本院|起诉|提出)", block[m.end() - 1:]):
                flag("role_missed", f"{m.group(1)} | {block[m.start():m.start() + 40]}")
                got.add(m.group(1))

    # amounts
    claims = "；".join(el.claims)
    money = [c for c in el.claims if re.search(r"\d\s*元|万元|[壹贰叁肆伍陆柒捌玖拾]\S*元", c) and _MONEY_VERB.search(c)
             and not re.search(r"诉讼费|受理费", c[:12])]
    if money and el.amount_claimed is None and not all(re.search(r"每[月年日]", c) for c in money):
        flag("amount_missing", claims[:150])
    if el.amount_claimed is not None:
        principal = []
        for c in money:
            bare = re.sub(r"[（(][^）)]*[）)]", "", c)  # amounts in parentheses explain, they do not claim
            for m in re.finditer(r"(?:借款|本金|欠款|货款|借款本金)\s*(?:人民币)?\s*(\d[\d,，]*(?:\.\d+)?)\s*(万?)元", bare):
                v = float(m.group(1).replace(",", "").replace("，", "")) * (10000 if m.group(2) else 1)
                if not re.search(r"以|基数|按", bare[max(0, m.start() - 3):m.start()]):
                    principal.append(v)
        changed = re.search(r"变更为|调整为|减少为|减至", claims)  # a sum changed later replaces the first
        if principal and el.amount_claimed + 0.5 < max(principal) and not changed:
            flag("amount_below_principal", f"{el.amount_claimed:g} < {max(principal):g} | {claims[:150]}")
        if len(money) == 1 and re.search(r"利息|利率", money[0]) and principal and len(set(principal)) == 1:
            # a loan claim "借款X元及利息（按…计算至…）": interest computed later adds nothing
            stated = re.search(r"暂计|合计|共计|合共|(?:利息|违约金|罚息)\S{0,6}\d", money[0])
            if abs(el.amount_claimed - principal[0]) > 0.5 and not stated:
                flag("amount_interest_added", f"{el.amount_claimed:g} vs {principal[0]:g} | {money[0][:150]}")


# The same document laid out or typed differently must give the same elements (no labels needed).
RELAYOUTS = {
    "halfwidth_punct": lambda t: t.replace("：", ":").replace("，", ","),
    "space_after_comma": lambda t: t.replace("，", "， "),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "indent": lambda t: re.sub(r"(?m)^", "\u3000\u3000", t),
    "trailing_space": lambda t: re.sub(r"(?m)$", "  ", t),
    "fullwidth_digits": lambda t: t.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "blank_lines": lambda t: t.replace("\n", "\n\n"),
    "colon_space": lambda t: t.replace("：", "： "),
    "no_role_colon": lambda t: re.sub(r"(?m)(^|。)(原告|被告|第三人|上诉人|被上诉人|被告人)：", r"\1\2", t),
    "block_spaces": lambda t: _head_commas_to_spaces(t),
}


def _head_commas_to_spaces(text: str) -> str:
    """Commas of the party block (before the first pleading) turned into spaces, as typed forms have them."""
    m = re.search(r"诉讼请求|诉称|向本院|提出诉讼", text)
    at = m.start() if m else 0
    return text[:at].replace("，", " ") + text[at:]


def _signature(el) -> tuple:
    return ([(p.role, p.name, p.gender, p.birth_date, p.id_number, (p.address or "").replace(" ", ""))
             for p in el.parties], el.amount_claimed, el.document_type)


def relayout_flags(texts: list[tuple[str, str]], flags: dict, examples: dict) -> None:
    from courtdoc.extraction import extract

    for sid, text in texts:
        base = _signature(extract(text))
        for name, change in RELAYOUTS.items():
            other = _signature(extract(change(text)))
            if other != base:
                flags[f"relayout_{name}"] += 1
                lost = sorted(set(base[0]) - set(other[0]))[:1]
                got = sorted(set(other[0]) - set(base[0]))[:1]
                examples[f"relayout_{name}"].append(f"{sid}: {lost} -> {got} {base[1:]} -> {other[1:]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="append", default=[], help="print the flagged cases of this kind")
    ap.add_argument("--limit", type=int, default=1000, help="texts per non-scm source")
    ap.add_argument("--amounts", metavar="SOURCE", help="list amount_claimed and the claims of one source "
                    "(scm, focus, rc-civil ...) to read by hand, instead of the counts")
    ap.add_argument("--relayout", action="store_true", help="also extract every scm/focus text laid out "
                    "differently (indents, blank lines, half-width punctuation ...) and flag changed elements")
    args = ap.parse_args(argv)
    texts = sources(args.limit)
    if args.amounts:
        from courtdoc.extraction import extract

        for sid, text in texts:
            if sid.split(":")[0] == args.amounts:
                el = extract(text)
                if el.claims:
                    print(f"{sid}\t{el.amount_claimed}\t{' ；'.join(el.claims)[:300]}")
        return 0

    if not texts:
        print("no data under", SHARED)
        return 0
    flags: dict[str, int] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    crashes = 0
    for sid, text in texts:
        try:
            audit_text(sid, text, flags, examples)
        except Exception as exc:  # noqa: BLE001 - a crash is itself a finding
            crashes += 1
            examples["crash"].append(f"{sid}: {type(exc).__name__}: {exc}")
    if args.relayout:
        relayout_flags([(sid, t) for sid, t in texts if sid.startswith(("scm", "focus"))], flags, examples)
    flags["crash"] = crashes
    print(f"texts audited: {len(texts)}")
    for kind in sorted(flags):
        print(f"  {kind:24s} {flags[kind]}")
    print(f"  {'TOTAL':24s} {sum(flags.values())}")
    for kind in args.show:
        print(f"\n== {kind}")
        for line in examples.get(kind, []):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
