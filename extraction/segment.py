"""Document segmentation and the dossier catalogue (卷宗目录).

A dossier file often holds several documents (a complaint, the evidence list, ID copies, the
power of attorney ...). A standalone title line ("民事起诉状", "授权委托书", "民 事 判 决 书")
starts a new document; a page without a title continues the document before it unless its
content is clearly a standalone certificate (ID card, business licence, service receipt).
Documents without any title are typed from keyword cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from courtdoc.contracts import Segment

from .provenance import DocText

CATALOGUE_TYPES = ("起诉状", "答辩状", "上诉状", "民事判决书", "刑事判决书", "证据目录", "身份证明", "营业执照",
                   "授权委托书", "送达回证", "庭审笔录", "其他")

# (type, title pattern). Order matters: the first match wins.
_TITLES: list[tuple[str, re.Pattern]] = [
    ("刑事判决书", re.compile(r"刑事(?:附带民事)?判决书")),
    ("民事判决书", re.compile(r"民事判决书")),
    ("上诉状", re.compile(r"(?:民事|行政|刑事)?上诉(?:状|书)")),
    ("答辩状", re.compile(r"(?:民事|行政)?(?:上诉)?答辩(?:状|书)")),
    ("起诉状", re.compile(r"(?:民事|行政|刑事自诉|刑事附带民事)?起诉状|(?:民事|行政|刑事自诉)起诉书|^(?:民事)?诉状$")),
    ("证据目录", re.compile(r"证据(?:目录|清单|材料清单|材料目录)")),
    ("营业执照", re.compile(r"营业执照")),
    ("身份证明", re.compile(r"(?:法定代表人|负责人)?身份证明(?:书)?|居民身份证|身份证(?:复印件)?$|户口簿")),
    ("授权委托书", re.compile(r"授权委托书|^委托书$|委托代理合同")),
    ("送达回证", re.compile(r"送达回证|送达地址确认书")),
    ("庭审笔录", re.compile(r"(?:庭审|开庭|询问|调查|谈话)笔录|庭审记录")),
    ("其他", re.compile(r"民事(?:裁定|调解)书|刑事裁定书|起诉书|决定书|通知书|申请书|传票|判决书|裁定书|调解书")),
]
_TITLE_MAX = 24
_ENUM = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、)）]|^[（(]\d{1,2}[）)]")

# Keyword cues for pages or texts without a title: (type, required cues, minimum hits).
_CUES: list[tuple[str, tuple[str, ...], int]] = [
    ("身份证明", ("公民身份号码", "签发机关", "有效期限", "出生", "住址"), 3),
    ("营业执照", ("统一社会信用代码", "经营范围", "登记机关", "注册资本", "成立日期", "类型"), 3),
    ("送达回证", ("受送达人", "送达地点", "送达文书", "送达人", "签收"), 3),
    ("庭审笔录", ("审判长", "书记员", "问：", "答：", "到庭", "开庭"), 3),
    ("证据目录", ("证据名称", "证明目的", "证明内容", "页码", "证据来源"), 2),
    ("授权委托书", ("委托人", "受托人", "代理权限", "特别授权", "一般代理"), 3),
]
STANDALONE = {"身份证明", "营业执照", "送达回证"}
# A bare "起诉书" is a procuratorate's indictment in a criminal case, but some litigants title their civil
# complaint so, often with its subject before ("离婚起诉书"): it is a complaint when nothing in it is a prosecution's.
# ("离婚起诉书", "民间借贷起诉书", "关于我被邻居家狗咬伤一事的起诉书")
_BARE_INDICTMENT = re.compile(r"(?!.*(?:刑事|检察))(?:关于[\u4e00-\u9fa5、，,]{1,30}的|[\u4e00-\u9fa5]{0,12})起诉书")
# (not 被告人: a layperson may call the one they sue so, "被告人是某某公司"; an indictment names its procuratorate)
_PROSECUTION = re.compile(r"人民检察院|检察院|公诉机关|犯罪嫌疑人|涉嫌|提起公诉|罪")
_PLEADING = re.compile(r"诉讼请求|请求事项|上诉请求|诉称|辩称|判令|指控|提起(?:诉讼|上诉|公诉)")

# Content cues that say which legal document an untitled text is.
_CRIMINAL = re.compile(r"公诉机关|被告人\S{1,10}(?:犯|因涉嫌)|检察院指控|指控被告人")
_JUDGMENT = re.compile(r"本院认为|经审理查明|判决如下|审理终结|本院依法|本院受理|本院(?:经审理)?认定|经审理认定|本院经审理|查明(?:以下|如下)?事实|"
                       r"本院确认|向本院提出|向本院提交|本院组织|质证|未到庭|到庭参加诉讼|(?:原告|被告)[^，。,；;\n]{0,30}?(?:辩称|诉称)")
_OFFENCE = re.compile(r"犯\S{0,12}?罪|罪名|毒品|有期徒刑|拘役|判处|刑事|公安机关|抓获|作案|被害人|被告人|涉嫌|赃|归案|到案|"
                      r"醉酒|寻衅滋事|聚众斗殴|盗窃|诈骗|抢劫|故意伤害|殴打|公诉|检察院")
_CIVIL = re.compile(r"原告|被告(?!人)|纠纷|合同|诉讼请求|诉称|辩称|借款|民事|赔偿|协议|支付|给付|偿还")
_APPEAL = re.compile(r"上诉请求|上诉人[（(]原审")
_DEFENCE = re.compile(r"答辩人|答辩意见|答辩如下")
_COMPLAINT = re.compile(r"诉讼请求|请求事项|诉讼请求如下|此致|具状人|起诉人")
# a complaint written as a letter to the court ("尊敬的法官：我叫孟某，女，…。我要起诉我丈夫贾某，男，…"):
# the filer names themself in the first person, then whom they sue
# (a greeting may end with "！" on the same line, "您好！我叫…"; the ethnicity may come before the gender)
# (the filer's attributes may stand in brackets after the name, "我是某某（男，…）")
# (an age may come first: "我是某某，今年51岁，男的，…")
# (a transliterated name may join its parts with a middle dot: "我叫阿某·某某，男，…")
# (the gender may be a field further on: "我叫某某，今年68岁（…年生，女，…）"; a parent may name the child as
# 原告 first: "我是原告某某（女，…）的妈妈")
_LETTER_FILER = re.compile(r"(?:^|[\n。；！!])\s*我(?:叫|是(?:原告)?|名叫|的?(?:儿子|女儿|孩子))"
                           r"(?![\u4e00-\u9fa5]{0,3}的|他|她|你|对方|被告|原告)"
                           # (a Mongolian or Tibetan name of five or six characters written without the middle dot,
                           # "我叫乌云其其格，…": after 叫, or when the gender or ethnicity follows at once)
                           r"(?:[\u4e00-\u9fa5]{1,6}[·•・][\u4e00-\u9fa5]{1,8}|[\u4e00-\u9fa5]{2,4}|(?<=叫)[\u4e00-\u9fa5]{5,6}"
                           r"|[\u4e00-\u9fa5]{5,6}(?=[，,](?:男|女|[\u4e00-\u9fa5]{1,4}族)))[，,（(]"
                           r"(?:(?:(?:今年)?\d{1,3}岁[，,])?(?:[\u4e00-\u9fa5]{1,4}族[，,])?(?:男|女)"
                           r"|[^。\n]{0,30}?[，,（(](?:男|女)(?:的|性)?[，,）)])")
# "我要起诉…", "我要告…", and whom the filer sues named as such ("我告的人叫…", "被我告的人是…", "我要起诉的是…");
# "告诉/告知" (to tell) is no suing
_LETTER_SUE = re.compile(r"我(?:要|想|现在?|今天)?(?:起诉|状告)|我(?:要|想)告(?![诉知])"
                         # "今天写这封信，是要起诉两家：…" (the filer's purpose stated)
                         r"|是(?:要|想)(?:起诉|状告)"
                         # a parent suing for a child: "我代表他来告…"
                         r"|我代表(?:他|她|孩子|儿子|女儿)(?:来|去)?(?:起诉|状告|告)(?![诉知])"
                         # "所以我告某某和某某公司，要求…" (a bare 我告 opening its clause; 告诉/告知/告别 tell or leave)
                         r"|(?:^|[\n。；！!，,])\s*(?:所以|因此|于是|现在|今天)?我告(?![诉知别])|被?我们?(?:要|想)?(?:告|起诉)的(?:人|对象)?(?:是|叫|为)"
                         # or names the 被告 ("被告是程某，男，…") and states "我的请求"
                         r"|(?:^|[\n。；])\s*(?:被告|对方)(?:是|为)[\u4e00-\u9fa5]{2,4}[，,](?:男|女)(?=[\s\S]*我的(?:诉讼)?请求)"
                         # or asks the court to order someone ("望法院判某某还我3000元", "要求法院让某某赔…")
                         r"|(?:请求|要求|恳请|恳求|希望|请|求|望|要)(?:人民)?(?:法院|法官)(?:依法)?(?:判决?|判令|让|叫|责令)")
_PARTY_CUE = re.compile(r"(?:^|[\n。；])\s*(?:原告|被告|申请人|上诉人|被上诉人|第三人)[^\n。]{0,40}(?:男|女|住|公司|法定代表人|出生|经营者|经营场所|个体工商户)")


def reads_as_legal(text: str) -> bool:
    """Whether an untitled text has a pleading's or a judgment's words (诉称, 判令, 经审理查明, 本院认为 ...)."""
    return bool(_PLEADING.search(text) or _JUDGMENT.search(text) or _FRAGMENT_CUE.search(text))


_FRAGMENT_CUE = re.compile(r"诉请|确认以下事实")


def title_type(line: str) -> str | None:
    """The catalogue type a title line names, or None when the line is not a title."""
    s = re.sub(r"\s+", "", line).strip("《》[]【】")
    if not s or len(s) > _TITLE_MAX or re.search(r"[，,。；;：:、]", s) or _ENUM.match(s):
        return None
    # a party role OCR glued to the end of the title line ("民事起诉状（民间借贷纠纷）原告" + "姓名：…" below)
    s = re.sub(r"(?<=[状书）)])(?:原告|被告|上诉人|被上诉人|申请人|被申请人|答辩人|公诉机关|自诉人|起诉人)$", "", s)
    s = re.sub(r"[（(][^）)]*[）)]$", "", s)  # "授权委托书（特别授权）"
    for kind, rx in _TITLES:
        m = rx.search(s)
        if m and m.end() == len(s) and m.start() <= 14:
            return kind
    return None


def cue_type(text: str) -> str:
    """Type of a text without a title, from keyword cues (其他 when nothing matches)."""
    legal = None
    for kind, cues, need in _CUES:
        if sum(1 for c in cues if c in text) >= need:
            # a party block with ID numbers and 住址 is not an ID card when claims or pleadings follow
            if kind in STANDALONE and _PLEADING.search(text):
                legal = legal_type(text)
                if legal:
                    return legal
            if kind in STANDALONE and _reads_as_letter(text):
                return "起诉状"  # a letter to the court whose filer gives ID number and home, in the writer's words
            return kind
    return legal_type(text) or "其他"


def legal_type(text: str) -> str | None:
    """Which CaseElements document type an untitled legal text is, or None."""
    if _CRIMINAL.search(text) or ("被告人" in text and "原告" not in text and re.search(r"本院|经审理|查明", text)):
        return "刑事判决书"
    # a fact section of a criminal judgment may name no 被告人 (an 上诉人, the accused by name): it is
    # criminal when its criminal words outnumber its civil ones
    if re.search(r"本院|经审理|查明|原判|一审|二审", text):
        crim = len(_OFFENCE.findall(text))
        if crim >= 3 and crim > len(_CIVIL.findall(text)):
            return "刑事判决书"
    if _APPEAL.search(text):
        return "上诉状"
    if _JUDGMENT.search(text):
        return "民事判决书"
    if _DEFENCE.search(text):
        return "答辩状"
    if _COMPLAINT.search(text) and _PARTY_CUE.search(text):
        return "起诉状"
    if _LETTER_FILER.search(text) and _LETTER_SUE.search(text):
        return "起诉状"
    if _reads_as_letter(text) or _letter_to_court(text):
        return "起诉状"
    if _PARTY_CUE.search(text) and re.search(r"诉称|辩称|一案", text):
        return "民事判决书"
    if _PARTY_CUE.search(text):
        return "起诉状"  # a bare party block: the head of a complaint
    return None


# a letter that opens by greeting the court ("尊敬的法官：", "尊敬的法院领导：") and asks it, in the writer's own words, to
# make the other side pay or act ("我请求法院判某某赔我们…", "请法官给我做主") is a complaint even where the people it
# names carry no attributes for the letter reader to find
_COURT_GREETING = re.compile(r"(?:\s*[^\n，,。；;：:！!]{2,12}\n)?\s*(?:尊敬的)?[^\n，,。；;：:]{0,20}?(?:法官|审判员|法院|院长)(?:同志|们|大人|领导)?(?:您好)?[:：！!，,]")
_ASK_COURT = re.compile(r"(?:请求|要求|恳请|恳求|请|求|希望|望|要)(?:人民)?(?:法院|法官|贵院)[^。\n]{0,30}?(?:判|让|叫|责令|给我|帮|做主|主持公道)")


def _letter_to_court(text: str) -> bool:
    return bool(_COURT_GREETING.match(text)) and "我" in text[:300] and bool(_ASK_COURT.search(text) or _LETTER_SUE.search(text))


def _reads_as_letter(text: str) -> bool:
    # a letter in a shape the cue words above miss: the people it describes and a demand make it a complaint
    from .letters import reads_as_letter

    return reads_as_letter(text)


@dataclass
class Part:
    """One document of the dossier: its type, title and span in the normalised text."""

    type: str
    title: str
    start: int
    end: int
    titled: bool


def split_parts(doc: DocText) -> list[Part]:
    norm = doc.norm
    parts: list[Part] = []
    # Lines of the normalised text with their start offsets and pages.
    lines = []
    pos = 0
    for line in norm.split("\n"):
        if line.strip():
            page = _page_of(doc, pos)
            lines.append((pos, pos + len(line), line, page))
        pos += len(line) + 1
    if not lines:
        return []
    first_line_of_page: dict[int, int] = {}
    for i, (_, _, _, page) in enumerate(lines):
        first_line_of_page.setdefault(page, i)

    starts: list[tuple[int, str, str, bool]] = []  # (line index, type, title, titled)
    for i, (_, _, line, page) in enumerate(lines):
        kind = title_type(line)
        if kind is not None:
            at = i
            # a court header line just above the title belongs to the new document
            while at > 0 and at > i - 2 and re.fullmatch(r"\S{2,30}(?:人民法院|人民检察院)", lines[at - 1][2].strip()):
                at -= 1
            if starts and starts[-1][0] >= at:
                starts[-1] = (starts[-1][0], kind, line.strip(), True)
            else:
                starts.append((at, kind, re.sub(r"\s+", "", line), True))
        elif i == first_line_of_page.get(page) and i > 0:
            # an untitled page that is clearly a certificate starts its own document
            page_text = "\n".join(ln[2] for ln in lines if ln[3] == page)
            kind = cue_type(page_text)
            prev_kind = starts[-1][1] if starts else None
            if kind in STANDALONE and kind != prev_kind:
                starts.append((i, kind, "", False))
    if not starts or starts[0][0] != 0:
        starts.insert(0, (0, "", "", False))
    for n, (i, kind, title, titled) in enumerate(starts):
        j = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        start, end = lines[i][0], lines[j - 1][1]
        if not kind:
            kind = cue_type(norm[start:end])
        elif kind == "其他" and _BARE_INDICTMENT.fullmatch(re.sub(r"[（(][^）)]*[）)]$", "", title)) and \
                not _PROSECUTION.search(norm[start:end]):
            # (a remark after the title says what it is about: "起诉书（狗咬人赔偿）")
            kind = "起诉状"  # a civil complaint titled "起诉书" (CPL art. 124 names it 起诉状)
        parts.append(Part(kind, title, start, end, titled))
    return parts


def _page_of(doc: DocText, norm_pos: int) -> int:
    return doc.page_of(norm_pos) if doc.norm else 0


def catalogue(doc: DocText, parts: list[Part] | None = None) -> list[Segment]:
    parts = parts if parts is not None else split_parts(doc)
    out = []
    for p in parts:
        first = _page_of(doc, p.start)
        last = _page_of(doc, max(p.end - 1, p.start))
        out.append(Segment(type=p.type, first_page=first, last_page=last, title=p.title))
    return out
