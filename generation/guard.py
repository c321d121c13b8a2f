"""The no-new-facts guard for language-model text (本院认为 polishing).

A polished text is accepted only if
* every citation in it is verified and current, and was already in the rule-based text;
* every number in it (digits, Chinese-numeral amounts) exists in the elements or the rule-based text;
* every person name it introduces after a party word (原告/被告/…) or that the NER model finds is a
  name of the case (parties, agents, representatives, judges);
* it keeps every amount and every citation of the rule-based text (nothing dropped);
* its length stays within half to twice the rule-based text.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

from .citations import _CITATION, unverified

_NUMBER = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?元")
_ROLE_NAME = re.compile(r"(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|保证人|出借人|借款人|劳动者|受害人)"
                        r"([\u4e00-\u9fa5]{2,3})")
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
                "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


def _norm(n: str) -> str:
    try:
        return format(Decimal(n.replace(",", "").replace("，", "")).normalize(), "f")
    except InvalidOperation:
        return n


def numbers(text: str) -> set[str]:
    out = {_norm(m.group(0)) for m in _NUMBER.finditer(text)}
    try:
        from courtdoc.legal.numerals import find_amounts

        out |= {_norm(repr(v)) for _, _, v in find_amounts(text)}
    except ImportError:
        pass
    return out


def known_names(elements: dict) -> set[str]:
    names: set[str] = set()
    for p in elements.get("parties") or []:
        names.add(p.get("name") or "")
        if p.get("legal_representative"):
            names.add(p["legal_representative"].get("name") or "")
        for a in p.get("agents") or []:
            names.add(a.get("name") or "")
    judges = (elements.get("confirmed") or {}).get("judges") or {}
    for v in judges.values():
        names.update(v if isinstance(v, list) else [v])
    return {n for n in names if n}


def check(polished: str, reference: str, elements: dict) -> list[str]:
    """Problems (Chinese) that make ``polished`` unacceptable; [] when it may replace ``reference``."""
    problems: list[str] = []
    if not polished.strip():
        return ["输出为空"]
    ratio = len(polished) / max(1, len(reference))
    if not 0.5 <= ratio <= 2.0:
        problems.append(f"长度异常（为原文的{ratio:.1f}倍）")
    bad = unverified(polished)
    if bad:
        problems.append("含未能核验的条文：" + "、".join(bad))
    ref_cites = {m.group(0) for m in _CITATION.finditer(reference)}
    new_cites = {m.group(0) for m in _CITATION.finditer(polished)} - ref_cites
    if new_cites:
        problems.append("引入了原文没有的条文：" + "、".join(sorted(new_cites)))
    lost_cites = ref_cites - {m.group(0) for m in _CITATION.finditer(polished)}
    if lost_cites:
        problems.append("遗漏了原文的条文：" + "、".join(sorted(lost_cites)))
    allowed = numbers(json.dumps(elements, ensure_ascii=False)) | numbers(reference)
    # article numbers inside verified citations are checked above, not as facts
    new_numbers = numbers(_CITATION.sub("", polished)) - allowed
    if new_numbers:
        problems.append("出现要素中没有的数字：" + "、".join(sorted(new_numbers)[:10]))
    lost = {m.group(0) for m in _AMOUNT.finditer(reference)} - {m.group(0) for m in _AMOUNT.finditer(polished)}
    if lost:
        problems.append("遗漏了原文的金额：" + "、".join(sorted(lost)[:10]))
    names = known_names(elements)
    strangers = set()
    for m in _ROLE_NAME.finditer(polished):
        cand = m.group(1)
        if cand[0] in _SURNAMES and not any(n.startswith(cand[:2]) for n in names):
            strangers.add(cand)
    strangers |= {n for n in _ner_people(polished) if n not in names and n not in reference}
    if strangers:
        problems.append("出现案件中没有的人名：" + "、".join(sorted(strangers)))
    return problems


def _ner_people(text: str) -> set[str]:
    try:
        from courtdoc.extraction.ner import NerModel

        return {s.text for s in NerModel.load().predict(text) if s.label == "PER"}
    except Exception:  # NER is optional for the guard: the role-word check still runs
        return set()
