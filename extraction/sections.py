"""The other sections of a document: court addressed, case number, filing date, facts and reasons,
evidence, cause of action and criminal charges. Each finder returns (value, norm span) or None."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from courtdoc.legal import causes, courts, numerals

Found = tuple[str, tuple[int, int]] | None

_COURT_AFTER_ZHIZHI = re.compile(r"此\s*致\s*[:：]?\s*\n?\s*([\u4e00-\u9fa5]{2,40}?人民法院)")
_COURT_HEADER = re.compile(r"(?m)^\s*([\u4e00-\u9fa5]{2,40}?人民法院)\s*$")
_COURT_TO = re.compile(r"(?:向|至|致|递交)([\u4e00-\u9fa5]{2,40}?人民法院)(?:提起|起诉|申请|上诉|递交|$)")
_CASE_LABEL = re.compile(r"案\s*号[:：]?\s*([（(][^\n，。]{4,40}?号)")


def court(norm: str, start: int, end: int, doc_type: str) -> Found:
    m = _COURT_AFTER_ZHIZHI.search(norm, start, end)
    if m:
        return m.group(1), m.span(1)
    if doc_type in ("民事判决书", "刑事判决书"):
        m = _COURT_HEADER.search(norm, start, min(end, start + 200))
        if m:
            return m.group(1), m.span(1)
    m = _COURT_TO.search(norm, start, end)
    if m:
        return m.group(1), m.span(1)
    return None


def case_number(norm: str, start: int, end: int, doc_type: str) -> Found:
    m = _CASE_LABEL.search(norm, start, end)
    if m:
        return m.group(1), m.span(1)
    if doc_type in ("民事判决书", "刑事判决书"):
        head = norm[start:min(end, start + 300)]
        found = courts.find_case_number(head)
        if found:
            return found["case_number"], (start + found["start"], start + found["end"])
    return None


_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
_DATE_RE = re.compile(_DATE)
_FILED_JUDGMENT = re.compile(r"(?:本院于|于)(" + _DATE + r")(?:立案|受理|向本院提起|向本院起诉|诉至本院|起诉至本院)")
_SIGN_RE = re.compile(r"此\s*致|具状人|起诉人|上诉人[（(]?签|答辩人[（(]?签|(?:^|\n)\s*(?:原告|上诉人|答辩人)\s*[:：]?\s*[（(]?签")


def filed_on(norm: str, start: int, end: int, doc_type: str) -> Found:
    if doc_type in ("民事判决书", "刑事判决书"):
        m = _FILED_JUDGMENT.search(norm, start, end)
        if m:
            iso = numerals.parse_date(m.group(1))
            return (iso, m.span(1)) if iso else None
        return None
    # a complaint is dated under its signature, after 此致 / 具状人
    signs = list(_SIGN_RE.finditer(norm, start, end))
    if not signs:
        return None
    sign = signs[-1]
    if sign is None:
        return None
    dates = list(_DATE_RE.finditer(norm, sign.start(), end))
    if not dates:
        return None
    m = dates[-1]
    iso = numerals.parse_date(m.group(0))
    return (iso, m.span()) if iso else None


_FACTS = {
    "起诉状": (re.compile(r"事实(?:和|与|及)?理由\s*[:：]?|诉讼理由\s*[:：]"),),
    "上诉状": (re.compile(r"上诉(?:的)?(?:事实(?:和|与|及)?)?理由\s*[:：]?|事实(?:和|与|及)理由\s*[:：]?"),),
    "答辩状": (re.compile(r"答辩(?:意见|理由)\s*[:：]|答辩如下\s*[:：]?|事实(?:和|与|及)理由\s*[:：]?"),),
    "民事判决书": (re.compile(r"(?:经审理|本院经审理|经审查)(?:查明|认定)(?:事实)?(?:如下)?\s*[:：，,]?|本院认定(?:事实)?如下\s*[:：]|诉称\s*[:：，,]?"),),
    "刑事判决书": (re.compile(r"(?:经审理|本院经审理)(?:查明|认定)(?:事实)?(?:如下)?\s*[:：，,]?|指控\s*[:：，,]?"),),
}
_FACTS_END = re.compile(
    r"此\s*致|(?:^|\n)\s*证据(?:和证据来源|及证据来源|清单|目录|材料)?[、，,]?(?:证人姓名和住所)?\s*[:：]|(?:^|\n)\s*附\s*[:：]|具状人|"
    r"本院认为|上述事实|以上事实|(?:^|\n)\s*(?:原告|被告)\S{0,20}(?:辩称|诉称)|判决如下"
)


# a layperson's own heading for the story where a complaint has no 事实和理由 ("原因：", "事情经过：", "为什么告他：")
# ("事情是这样的：", "四、是咋回事：": the story's own lead-in, a list number before it)
_FACTS_LAY = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])?[ \t\u3000]*"
                        r"(?:原因|起诉原因|事情经过|事实经过|事情的经过|经过|事由|事情是这样(?:的|子)?|(?:是)?(?:咋|怎么)(?:个)?回事"
                        # (the question the story answers: "为什么告他：", "为啥要起诉她们：")
                        r"|(?:为什么|为何|为啥)(?:要)?(?:告|起诉)(?:他|她|它|他们|她们|对方|被告)?)[ \t\u3000]*[:：]")
# a letter's lead-in to what it asks: its story is what stands before it
# ("所以我们请求：", "为此请求法院"), or a line that opens the asking itself ("请求法院：", "恳请贵院：") under the story
_CLAIMS_LEAD = re.compile(r"(?:^|\n|[。！])[ \t\u3000]*(?:所以|因此|为此|故|综上)[^。；：:\n]{0,10}?(?:请求|要求|诉请)"
                          r"|(?:^|\n)[ \t\u3000]*(?:特此|现)?(?:请求|要求|恳请|恳求)(?:人民)?(?:法院|贵院|法官)[^。；：:\n]{0,8}?[:：]"
                          # the writer's own asking, a list after the colon ("我要求：", "我们要求某某赔：")
                          r"|(?:^|\n|[。！])[ \t\u3000]*(?:我|我们)(?:的)?(?:要求|请求)[^。；：:\n，,]{0,12}?[:：]"
                          # or headed plainly on a line of its own ("请求：", then the list or the asking after it)
                          r"|(?:^|\n)[ \t\u3000]*请求[ \t\u3000]*[:：]"
                          # or its one line of asking after the story ("我要求某某把钱还给我。" on its own line)
                          r"|\n[ \t\u3000]*(?:我|我们)(?:要求|请求)(?=[^\n]{2,40}[。！]?\n)")
# a line of the party block (an ID number, a birth date, a seat, a representative), where a letter's story starts after
# (a story may name an ID card: only the number marks a party line)
_PARTY_LINE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)|\d{4}年\d{1,2}月\d{1,2}日(?:出)?生|住所地|法定代表人|统一社会信用代码|人民法院[:：]?\s*$")


def facts(norm: str, start: int, end: int, doc_type: str, body_start: int) -> Found:
    for rx in _FACTS.get(doc_type, ()) + ((_FACTS_LAY,) if doc_type == "起诉状" else ()):
        # (a lay heading is looked for from the top: a party block read past the story must not hide it)
        m = rx.search(norm, start if rx is _FACTS_LAY else body_start, end)
        if not m:
            continue
        e = _FACTS_END.search(norm, m.end(), end)
        s, e_ = m.end(), (e.start() if e else end)
        text = norm[s:e_].strip()
        if len(text) >= 6:
            lead = norm.find(text[:10], s)
            return text, (lead, lead + len(text))
    if doc_type == "起诉状":
        return _letter_story(norm, start, end)
    return None


def _letter_story(norm: str, start: int, end: int) -> Found:
    """A letter-shaped complaint with no heading tells its story between the parties and its lead-in to the claims
    ("所以我们请求：…"): the lines before the lead-in back to the last party line (looked for from the top, since a
    representative's line signed under the claims may have carried the party block past the story)."""
    m = _CLAIMS_LEAD.search(norm, start, end)
    if not m:
        return None
    e = m.start() + (1 if norm[m.start()] in "。！" else 0)
    s = e
    while s > start:
        line_start = max(norm.rfind("\n", start, s - 1) + 1, start)
        party = [m for m in _PARTY_LINE.finditer(norm, line_start, s)]
        if party:
            # a person described in brackets inside the story ("给房东某某（男，…身份证…）家里干活，讲好…"): the story
            # goes on after the bracket's close, in the same sentence
            close = norm.find("）", party[-1].end(), s)
            opened = norm.rfind("（", line_start, party[-1].start())
            if opened >= 0 and close >= 0 and "）" not in norm[opened:party[-1].start()] and s - close > 15:
                s = close + 1
            break
        s = line_start
    text = norm[s:e].strip()
    if len(text) < 15:
        return _story_in_own_entry(norm, start, e)
    lead = norm.find(text[:10], s)
    return text, (lead, lead + len(text))


def _story_in_own_entry(norm: str, start: int, e: int) -> Found:
    """A letter whose writer tells the story in his own entry, after his ID and address ("本人某某，…住某处。今年4月7日…
    被狗扑倒"), then lists whom he sues and what he asks: the story is the rest of that first party line."""
    first = _PARTY_LINE.search(norm, start, e)
    if not first:
        return None
    line_end = norm.find("\n", first.end(), e)
    line_end = e if line_end < 0 else line_end
    marks = list(_PARTY_LINE.finditer(norm, first.start(), line_end))
    stop = norm.find("。", marks[-1].end(), line_end)
    if stop < 0:
        return None
    text = norm[stop + 1:line_end].strip()
    if len(text) < 15:
        return None
    lead = norm.find(text[:10], stop + 1)
    return text, (lead, lead + len(text))


_EVID_HEAD = re.compile(r"(?:^|\n)\s*证据(?:和证据来源|及证据来源|清单|目录|材料)?[、，,]?(?:证人姓名和住所)?(?:如下)?\s*[:：]")
_EVID_END = re.compile(r"此\s*致|具状人|(?:^|\n)\s*附\s*[:：]|起诉人|(?:^|\n)\s*[\u4e00-\u9fa5]{2,20}人民法院\s*$")
_EVID_JUDGMENT = re.compile(
    r"(?:上述|以上|前述)(?:事实|案件事实)[，,]?有(?P<list>[^。]{2,400}?)(?:等(?:证据)?)?(?:在卷|附卷|予以|为证|证实|佐证|证明|可以证明|足以认定|相印证)")
_ITEM_SPLIT = re.compile(r"[、；;\n]|[，,](?=\S{0,4}(?:及|和)?\S)")


def evidence(norm: str, start: int, end: int, doc_type: str) -> list[tuple[str, tuple[int, int]]]:
    from .claims import split_items

    out: list[tuple[str, tuple[int, int]]] = []
    m = _EVID_HEAD.search(norm, start, end)
    if m:
        e = _EVID_END.search(norm, m.end(), end)
        s, e_ = m.end(), (e.start() if e else end)
        text = norm[s:e_]
        spans = split_items(text)
        if not spans:
            spans, pos = [], 0
            for sm in re.finditer(r"[；;\n]|$", text):
                if sm.start() > pos:
                    spans.append((pos, sm.start()))
                pos = sm.end()
        for a, b in spans:
            item = text[a:b]
            lead = len(item) - len(item.lstrip(" \n：:"))
            body = item.strip(" \n：:").rstrip("；;。，,、 \n")
            if len(body) >= 2:
                out.append((body.replace("\n", ""), (s + a + lead, s + a + lead + len(body))))
        return out
    if doc_type in ("民事判决书", "刑事判决书"):
        m = _EVID_JUDGMENT.search(norm, start, end)
        if m:
            s = m.start("list")
            text = m.group("list")
            pos = 0
            for sm in re.finditer(r"[、，,；;]|(?<=[\u4e00-\u9fa5]{2})及(?=[\u4e00-\u9fa5]{2})|$", text):
                body = text[pos:sm.start()].strip()
                body = re.sub(r"^(?:原告|被告)?(?:提交|提供)的?", "", body)
                if len(body) >= 2 and body not in ("当事人陈述",):
                    at = text.find(body, pos)
                    out.append((body, (s + at, s + at + len(body))))
                pos = sm.end()
    return out


# ------------------------------------------------------------------ cause of action and charges

# "案由：民间借贷纠纷", "案由为…", "案由 | …" (a table), "案由应确定为…"
_CAUSE_LABEL = re.compile(r"案\s*由\s*(?P<sep>(?:应当?|依法)?(?:确定|变更|定)?(?:为|是|系)|[:：|｜])?\s*[:：]?\s*([\u4e00-\u9fa5、（）]{2,30})")
# "…纠纷一案", "因…纠纷，诉至法院", "就…纠纷向贵院起诉", "为…纠纷一事", "…纠纷，现特具状"
_LAW_TITLE = re.compile(r"《[^《》\n]{0,80}?(?:解释|规定|意见|纪要|批复|法)》")
_CAUSE_CASE = re.compile(r"([\u4e00-\u9fa5、（）]{2,30}?(?:纠纷|争议))(?:一案|案件|诉讼|之诉|一事|为由"
                         r"|[，,]?(?:现|特|故|遂|依法|为此|特此){0,2}(?:诉至|起诉至|诉诸|向|具状|提起|诉请|起诉))")
_CAUSE_END = re.compile(r"(?:纠纷|争议)$")
# the cause in brackets after the paper's title: "民事起诉状（离婚纠纷）"
_CAUSE_TITLE = re.compile(r"(?:起诉状|起诉书|诉状|上诉状|答辩状|申请书)\s*[（(]\s*([\u4e00-\u9fa5、]{2,30}?(?:纠纷|争议|之诉))\s*[）)]"
                          r"|^\s*(?:关于)?([\u4e00-\u9fa5、]{2,20}?(?:纠纷|争议))(?:的|之)?(?:民事)?(?:起诉状|起诉书|诉状|上诉状|答辩状)", re.M)


def _official(phrase: str) -> str | None:
    """The 2020 official name a stated cause means: the name itself, a known variant (legal.causes), or a common
    loose form — '房屋租赁纠纷' (合同 left out), '租赁协议纠纷', '股权转让合同纠纷', '追索劳动报酬争议',
    '医疗损害赔偿纠纷' (the 2008 list's 赔偿), '侵犯商标权纠纷', '名誉权侵权纠纷'."""
    canon = causes.canonical_cause(phrase)
    if canon or not _CAUSE_END.search(phrase):
        return canon
    stem = _CAUSE_END.sub("", phrase)
    stems = [stem]
    for old, new in (("侵犯", "侵害"), ("致人损害赔偿", "损害"), ("损害赔偿", "损害"), ("损害赔偿", "损害责任"), ("赔偿", "")):
        if old in stem:
            stems.append(stem.replace(old, new, 1))
    if stem.endswith("侵权"):
        stems.append(stem[:-2])
    for st in stems:
        tries = [st + "纠纷", st + "责任纠纷", st]
        if st.endswith("协议"):
            tries.append(st[:-2] + "合同纠纷")
        if st.endswith("合同"):
            tries.append(st[:-2] + "纠纷")
        else:
            tries.append(st + "合同纠纷")
        for t in tries:
            canon = causes.canonical_cause(t)
            if canon:
                return canon
    return None


def _stated(phrase: str) -> tuple[str, int] | None:
    """The official cause a phrase ending in 纠纷/争议 states, read from its longest tail that names one (the
    phrase may start with the parties: '原告与被告房屋租赁纠纷'), with the tail's offset; else the longest
    official name inside it (causes.find_cause)."""
    for i in range(0, max(0, len(phrase) - 3)):
        found = _official(phrase[i:])
        if found:
            return found, i
    found = causes.find_cause(phrase)
    if found:
        return found, max(phrase.rfind(found), 0)
    return None


def cause_explicit(norm: str, start: int, end: int, names: tuple[str, ...] = ()) -> Found:
    """A cause the document states (案由：…, "…纠纷一案", "因…纠纷诉至法院"), as its 2020 official name (legal.causes:
    the list, the 2011/2008 names and known variants; see _official for loose forms).
    `names` (the parties) is accepted for the callers' sake; the official list needs no name stripping."""
    for m in _CAUSE_LABEL.finditer(norm, start, end):
        name = m.group(2)
        head = re.match(r"[\u4e00-\u9fa5、（）]*?(?:纠纷|争议|之诉)", name)
        known = causes.find_cause(name) or _official(head.group(0) if head else name) or _official(name + "纠纷")
        if known or (m.group("sep") and m.group("sep")[-1] in ":：|｜"):
            # a labelled field keeps what it says; "本案案由…" in a sentence counts only as an official name. A
            # level-3 cause with children (相邻关系纠纷) gives way to the one child the document plainly is (a way
            # walled off: 相邻通行纠纷), as for a form's heading below: the 2020 notice registers the level-4 cause
            from .cause_rules import stated_child

            # (the story may stand before a statement in the reasoning: "本院认为，本案系相邻关系纠纷")
            return (known and stated_child(known, norm[m.end():end] + "\n" + norm[start:m.start()])) or known or name, m.span(2)
    m = _CAUSE_TITLE.search(norm, start, min(end, start + 200))
    if m:
        g = 1 if m.group(1) else 2
        found = _stated(m.group(g))
        if found:
            s = m.start(g) + found[1]
            # a form's heading names the level-3 family (民事起诉状（买卖合同纠纷）); the level-4 child the contract
            # plainly is (an instalment sale) is the cause the 2020 notice registers
            from .cause_rules import stated_child

            return stated_child(found[0], norm[m.end():end], heading=True) or found[0], (s, m.end(g))
    # a statement such as "…纠纷一案" or any specific official name in the head of the text
    head_end = min(end, start + 3000)
    has_cause_word = "纠纷" in norm[start:head_end] or "争议" in norm[start:head_end]
    for m in (_CAUSE_CASE.finditer(norm, start, head_end) if has_cause_word else ()):
        phrase = m.group(1)
        before = norm[max(start, m.start(1) - 80):m.start(1)]
        if before.rfind("《") > before.rfind("》"):
            continue  # a law's or interpretation's title (《…关于审理…纠纷案件适用法律问题的解释》) states no case's cause
        found = _stated(phrase)
        if found:
            s = m.start(1) + found[1]
            # "…运输合同纠纷一案" in an answer or a judgment's opening: the level-4 child the document plainly is
            # (goods by lorry) is the cause the 2020 notice registers, as for a form's heading above
            from .cause_rules import stated_child

            # (the parties named before the statement tell a lender: "原告某某小额贷款股份有限公司与被告…借款合同纠纷一案")
            return (stated_child(found[0], norm[m.end():end] + "\n" + norm[start:m.start()])
                    or _family_member(found[0], norm[m.end():end])
                    or _labour_case(found[0], norm, start, m, end) or found[0]), (s, s + len(phrase) - found[1])
    m = _SUPPORT_CASE.search(norm, start, head_end)
    if m and not re.search(r"并|以及", norm[max(start, m.start() - 40):m.start()].rsplit("。", 1)[-1]):
        # "对被答辩人要求增加抚养费一案答辩如下": the support money the case is about names its level-4 cause
        return m.group(1) + "纠纷", m.span(1)
    m = _DEBT_CASE.search(norm, start, head_end)
    if m:
        told = _debt_told(norm[m.end():end], names)
        if told:
            return told, m.span(1)
    if has_cause_word:
        # (a law's or interpretation's title names a kind of case, not this one: 《…关于审理商品房买卖合同纠纷案件…解释》;
        # blanked to its length so offsets hold)
        head = _LAW_TITLE.sub(lambda t: "\u3000" * len(t.group()), norm[start:min(end, start + 1200)])
        found = causes.find_cause(head)
        if found and len(found) >= 5:
            at = head.find(found)
            if at >= 0:
                # (a family named in the reasoning, "本院认为，本案系相邻关系纠纷": the child the story plainly is)
                from .cause_rules import stated_child

                return stated_child(found, norm[start:end]) or found, (start + at, start + at + len(found))
    if _EVIDENCE_LIST.match(norm, start, end):
        # an evidence list states what its papers prove, the parties' contract among them ("双方存在买卖合同关系"): the
        # relationship in dispute, as the list's own words name it
        m = _RELATION_STATED.search(norm, start, end)
        found = _official(m.group(1) + "纠纷") if m else None
        if found:
            return found, m.span(1)
    return None


# an evidence list, by its title (证据目录, 证 据 清 单), and the contract it says the parties stand in
_EVIDENCE_LIST = re.compile(r"\s*证\s*据\s*(?:目\s*录|清\s*单)")
_RELATION_STATED = re.compile(r"(?:双方|原被告|原、被告|原告与被告)(?:之间)?(?:存在|系|形成|建立|成立)(?:了)?(?:合法的?|真实的?|有效的?)?"
                              r"([\u4e00-\u9fa5]{2,12}?合同)关系")


# a case named by the support money asked, with no 纠纷 ("要求增加抚养费一案", "追索赡养费一案"): the family's money
# causes (抚养费, 扶养费, 赡养费纠纷) are named by that very money
# (the money alone asked: "要求解除收养关系并要求补偿抚养费一案" is the adoption's case, the money one of its claims)
_SUPPORT_CASE = re.compile(r"(?<![并及和、])(?:要求|请求|追索|索要|主张|关于|就|因)(?:增加|提高|减少|降低|变更|给付|支付|补付|补交)?"
                           r"(抚养费|扶养费|赡养费)(?:一案|案件|之诉)")


# a court's loose name for a debt case, no official cause ("…与…债务清偿一案", "欠款一案"): it says a debt is to be paid,
# not which relationship the debt comes from
_DEBT_CASE = re.compile(r"(?:与|诉|因)[^。；\n]{0,120}?(债务清偿|清偿债务|偿还债务|债务偿还|债务|欠款|还款)(?:一案|案件|之诉)")


def _debt_told(text: str, names: tuple[str, ...]) -> str | None:
    """The contract or quasi-contract cause the claims of a loosely named debt case decisively ask (a guarantor's
    payment asked back → 追偿权纠纷; a loan → 民间借贷纠纷): the debt's source is the cause the 2020 list registers,
    as the claims tell it, rather than a classifier reading the story the debt came from."""
    from .cause_rules import _CLAIMS_PART, infer_cause

    part = _CLAIMS_PART.search(text)
    if not part:
        return None
    cue = infer_cause(part.group(1), text[part.end():], names)
    if cue is None or not (cue.strong and cue.in_claims):
        return None
    info = causes.cause_info(cue.cause)
    return cue.cause if info and info["path"][0] == "合同、准合同纠纷" else None


# an appeal's or a retrial's statement ("上诉人…因与被上诉人…劳动争议一案，不服…"): the first instance's cause, left as stated
_REVIEW = re.compile(r"上诉|再审|申诉|不服")
_ANSWER = re.compile(r"答辩")


def _labour_case(stated: str, norm: str, start: int, m: re.Match, end: int) -> str | None:
    """A first-instance "…劳动争议一案" (a judgment's opening, an answer's) whose claims ask one labour sub-cause alone
    (cause_rules.labour_case_asked); a stated 案由 field (案由：劳动争议) is read above and keeps its name."""
    if stated != "劳动争议":
        return None
    sentence = norm[start:m.end()].rsplit("\n", 1)[-1]
    if _REVIEW.search(norm[start:m.end()]) or _REVIEW.search(norm[m.end():m.end() + 40]):
        return None
    from .cause_rules import labour_case_asked

    return labour_case_asked(norm[m.end():end], answer=bool(_ANSWER.search(sentence)))


def _family_member(stated: str, text: str) -> str | None:
    """A statement naming only a broad family (合同纠纷, 侵权责任纠纷, 保险纠纷: levels 1-2 of the list) gives way to
    the cause under that family that the document decisively tells (a renovation contract, a dog's bite, a car's
    insurer): the 2020 notice registers the most specific cause that fits; a cue outside the family changes nothing."""
    info = causes.cause_info(stated)
    if not info or len(info["path"]) > 2 or stated == "劳动争议":
        # 劳动争议 is itself how courts register a labour case whose claims span several sub-causes
        return None
    from .cause_rules import infer_cause

    cue = infer_cause("", text)
    if cue is None or not cue.strong:
        return None
    path = (causes.cause_info(cue.cause) or {}).get("path", [])
    return cue.cause if stated in path[:-1] else None


_CHARGE_RE = re.compile(r"(?:犯|涉嫌犯?|以|构成)([\u4e00-\u9fa5、]{2,24}?罪)")
_NOT_CHARGE = re.compile(r"被告|本院|构成|已经|的|了|其|应|以|与|和|该|某|犯罪$|^罪$")


# the rest of a charge whose name holds the word 犯罪 (帮助信息网络犯罪活动罪, 掩饰、隐瞒犯罪所得罪): the short match stopped
# at that word's 罪, and no charge's name ends in 犯罪
_CHARGE_REST = re.compile(r"[\u4e00-\u9fa5]{1,12}?罪")
# where a charge is named: after 犯, 涉嫌(犯), 以, 构成; a list goes on after 、 (犯盗窃罪、诈骗罪)
_CHARGE_AT = re.compile(r"涉嫌犯?|犯|以|构成")
_CHARGE_NEXT = re.compile(r"、|以及|及|和")


@lru_cache(maxsize=1)
def _official_charges() -> tuple[re.Pattern, frozenset[str]] | None:
    """The official 罪名 (最高法、最高检 罪名补充规定; the project's table in models/criminal/charges.json), longest
    first: a name that holds 、 (掩饰、隐瞒犯罪所得、犯罪所得收益罪, 生产、销售伪劣产品罪) is one charge, not a list. The table's
    joined entries (two names in one key: 滥用职权罪、玩忽职守罪, or with ；) are left out."""
    try:
        table = json.loads(resources.files("courtdoc.models").joinpath("criminal/charges.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        return None
    names = [n for n in table.get("charges", {}) if n.endswith("罪") and "；" not in n and not re.search(r"(?<!犯)罪、", n)]
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))), frozenset(names)


def _charge_pieces(norm: str, pos: int, end: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """The charge(s) named at pos: an official name read whole, else the short form up to 罪 split at 、 (盗窃、诈骗罪
    names two charges); with the end of what was read."""
    official, names = _official_charges() or (None, frozenset())
    m = official.match(norm, pos, end) if official else None
    if m:
        return [(m.group(0), m.start(), m.end())], m.end()
    m = re.compile(r"[\u4e00-\u9fa5、]{2,24}?罪").match(norm, pos, end)
    if not m:
        return None
    raw, stop = m.group(0), m.end()
    if raw.endswith("犯罪") and len(raw) > 2:
        rest = _CHARGE_REST.match(norm, stop, end)
        if rest:
            raw, stop = raw + rest.group(0), rest.end()
    pieces = [p if p.endswith("罪") else p + "罪" for p in raw.split("、")]
    if len(pieces) > 1 and not all(p in names for p in pieces):
        # a selective charge named by the part the facts fit (掩饰、隐瞒犯罪所得罪 of 掩饰、隐瞒犯罪所得、犯罪所得收益罪, the
        # proceeds alone concealed): one charge, as the judgment names it; pieces that are each a charge (盗窃、抢夺罪)
        # stay two
        if any("、" in n and n.startswith(raw[:-1]) for n in names):
            return [(raw, pos, stop)], stop
    out = []
    at = pos
    for piece in raw.split("、"):
        out.append((piece if piece.endswith("罪") else piece + "罪", at, at + len(piece)))
        at += len(piece) + 1
    return out, stop


def charges(norm: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    out: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    done = start
    for m in _CHARGE_AT.finditer(norm, start, end):
        if m.start() < done:
            continue  # (the 犯 of a name read already: 帮助信息网络犯罪活动罪)
        pos, first = m.end(), True
        while pos < end:
            read = _charge_pieces(norm, pos, end)
            if read is None:
                break
            pieces, stop = read
            valid = [(n, s, e) for n, s, e in pieces if len(n) >= 3 and n != "犯罪" and not _NOT_CHARGE.search(n[:-1])]
            if not first and len(valid) != len(pieces):
                break  # (what follows 和 is no further charge: 犯盗窃罪和被告人…)
            for name, s, e in valid:
                if name not in seen:
                    seen.add(name)
                    out.append((name, (s, e)))
            done, first = stop, False
            nxt = _CHARGE_NEXT.match(norm, stop, end)
            if not nxt:
                break
            pos = nxt.end()
    return out
