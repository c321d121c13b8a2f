"""Publication copy of a judgment per 《最高人民法院关于人民法院在互联网公布裁判文书的规定》
(法释〔2016〕19号).

* art. 4: documents that are not published online are refused with ``PublicationForbidden``
  naming the item: (一) state secrets, (二) juvenile crime, (三) mediation / confirmation of a
  mediation agreement, (四) divorce or custody / guardianship of minors.
* art. 8/9: names of natural persons become surname + 某 (compound surnames kept whole; minority and
  foreign names keep their first character); names that then collide are numbered 某1, 某2 in order of
  first appearance. courtdoc follows the common practice of masking every natural-person party, not
  only those of art. 8.
* art. 10: ID numbers, phone numbers, bank accounts and plate numbers are removed; home addresses are
  cut down to the county / district.
* art. 11: legal persons (name, seat), their legal representatives, agents who are lawyers or legal
  service workers, and the judges and clerks keep their names.

Names come from the party blocks (原告：… lines), plus person names found by the NER model
(courtdoc.extraction.ner) where it is installed.
"""

from __future__ import annotations

import re
from pathlib import Path

RULE = "《最高人民法院关于人民法院在互联网公布裁判文书的规定》（法释〔2016〕19号）"


class PublicationForbidden(Exception):
    """The document must not be published online; ``article`` names the rule, ``reason`` why."""

    def __init__(self, article: str, reason: str):
        self.article, self.reason = article, reason
        super().__init__(f"依照{RULE}{article}，{reason}，不在互联网公布")


class AnonymizeError(ValueError):
    """The input cannot be processed (wrong type, unreadable)."""


# ------------------------------------------------------------------------------------------------
# art. 4

def check_publishable(text: str) -> None:
    head = "\n".join(text.splitlines()[:6])
    if re.search(r"涉及国家秘密|属于国家秘密", text):
        raise PublicationForbidden("第四条第（一）项", "裁判文书涉及国家秘密")
    if re.search(r"刑事(判决|裁定)书", head) and re.search(r"未成年|不满十八周岁|未满十八周岁|少年法庭", text):
        raise PublicationForbidden("第四条第（二）项", "本案系未成年人犯罪案件")
    if "调解书" in head or re.search(r"确认人民调解协议|调解协议效力", head):
        raise PublicationForbidden("第四条第（三）项", "本件系以调解方式结案或确认人民调解协议效力的文书")
    if re.search(r"离婚纠纷|离婚诉讼|离婚后财产纠纷", text):
        raise PublicationForbidden("第四条第（四）项", "本案系离婚诉讼")
    if re.search(r"(抚养|抚养费|变更抚养关系|监护权|探望权)纠纷", text):
        raise PublicationForbidden("第四条第（四）项", "本案涉及未成年子女抚养、监护")


# ------------------------------------------------------------------------------------------------
# names

_ROLE = (r"原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|被告人|原审原告|原审被告|原审第三人|申请执行人|"
         r"被执行人|委托诉讼代理人|委托代理人|法定代理人|指定代理人|法定代表人|负责人|辩护人|被害人|证人")
_PARTY_LINE = re.compile(rf"^\s*(?P<role>{_ROLE})(?:（[^）]{{0,20}}）)?[：:]\s*(?P<name>[^，,。；;（(\s:：]{{2,40}})")
# older style without the colon: "原告张三，男，……"
_PARTY_LINE_NC = re.compile(rf"^\s*(?P<role>{_ROLE})(?:（[^）]{{0,20}}）)?(?P<name>[\u4e00-\u9fa5·]{{2,6}})，(?:男|女)")
_STAFF_LINE = re.compile(r"^\s*(审\s*判\s*长|审\s*判\s*员|人民陪审员|代理审判员|书\s*记\s*员|法官助理)[\s　]*(?P<name>\S{2,4})\s*$")
_ORG = re.compile(r"(公司|银行|支行|分行|中心|厂|局|委员会|委会|法院|检察院|医院|学校|大学|学院|事务所|合作社|协会|"
                  r"集团|商行|商店|经营部|门市部|店|社|所|处|站|队|部|村民委员会|居民委员会|政府|办事处|基金会)$")
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
             "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤", "澹台", "公冶", "濮阳", "淳于", "单于", "太叔",
             "申屠", "万俟", "闻人", "赫连", "呼延", "百里", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "第五")
_MASKED = re.compile(r"某|×|\*|＊|X{2}")
# persons named in the body but not in a party block: the dependants of a traffic victim
# ("其依法应当扶养的人有林小明（子，8岁）、陈阿婆（母，66岁）。", generation/traffic.py)
_DEPENDANTS = re.compile(r"依法应当扶养的人有(?P<list>[^。]+)。")


def mask_name(name: str) -> str:
    """张三 → 张某; 欧阳小明 → 欧阳某; 阿依古丽·买买提 → 阿某; John Smith → J."""
    if re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", name):
        return name[0]
    if "·" in name or "•" in name:
        return name[0] + "某"
    for s in _COMPOUND:
        if name.startswith(s) and len(name) > len(s):
            return s + "某"
    return name[0] + "某"


def _is_person_name(name: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fa5·•]{2,12}|[A-Za-z][A-Za-z .'-]{1,40}", name)) and not _ORG.search(name)


def _collect(paragraphs: list[str]) -> tuple[list[str], set[str], dict[str, str]]:
    """(names to mask in order of appearance, names to keep, person address → county-level)."""
    mask: list[str] = []
    keep: set[str] = set()
    addresses: dict[str, str] = {}
    for para in paragraphs:
        m = _STAFF_LINE.match(para)
        if m:
            keep.add(m.group("name"))
            continue
        m = _PARTY_LINE.match(para) or _PARTY_LINE_NC.match(para)
        if not m:
            continue
        role, name = m.group("role"), m.group("name")
        if _MASKED.search(name) or not _is_person_name(name):
            continue
        if role in ("法定代表人", "负责人"):
            keep.add(name)
            continue
        if role in ("委托诉讼代理人", "委托代理人", "辩护人", "指定代理人") and re.search(r"律师|法律服务", para):
            keep.add(name)
            continue
        if name not in mask:
            mask.append(name)
        for a in re.finditer(r"(?:住|户籍地|现住|暂住|经常居住地)(?!所地)(?P<addr>[^，,。；;]{4,80})", para):
            addresses[a.group("addr")] = county_level(a.group("addr"))
    for para in paragraphs:
        for m in _DEPENDANTS.finditer(para):
            for item in re.split(r"、(?![^（]*）)", m.group("list")):
                name = item.split("（")[0].strip()
                if name not in mask and name not in keep and not _MASKED.search(name) and _is_person_name(name):
                    mask.append(name)
    known = set(mask) | keep
    for name in _ner_names(paragraphs):
        # a model span that overlaps a name from the party blocks (欧阳 of 欧阳小明) is a partial hit
        if any(name in k or k in name for k in known):
            continue
        if not _MASKED.search(name) and _is_person_name(name):
            mask.append(name)
            known.add(name)
    return mask, keep, addresses


def _ner_names(paragraphs: list[str]) -> list[str]:
    """Person names found by the NER model; [] when it is not installed."""
    try:
        from courtdoc.extraction.ner import NerModel

        model = NerModel.load()
    except Exception:  # the model is optional here: the party blocks already give the parties
        return []
    out: list[str] = []
    for para in paragraphs:
        try:
            spans = model.predict(para)
        except Exception:
            return out
        for s in spans:
            if s.label == "PER" and 2 <= len(s.text) <= 4 and s.text not in out:
                out.append(s.text)
    return out


def assign_masks(names: list[str]) -> dict[str, str]:
    """Original → masked, numbering masks that collide (张三, 张四 → 张某1, 张某2)."""
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(mask_name(n), []).append(n)
    out = {}
    for masked, originals in groups.items():
        if len(originals) == 1:
            out[originals[0]] = masked
        else:
            for i, n in enumerate(originals, 1):
                out[n] = f"{masked}{i}"
    return out


# ------------------------------------------------------------------------------------------------
# personal data

_ADMIN = re.compile(
    r"^(?P<prov>[\u4e00-\u9fa5]{2,7}?(?:省|自治区|特别行政区))?"
    r"(?P<city>[\u4e00-\u9fa5]{1,9}?(?:市|自治州|地区|盟))?"
    r"(?P<county>[^，,。；;\s路街道镇乡村号巷弄组栋室幢小]{1,8}?(?:区|县|旗|市))?"
)


def county_level(address: str) -> str:
    """'福建省厦门市思明区湖滨南路100号' → '福建省厦门市思明区' (art. 11: 住所地所属县、区)."""
    m = _ADMIN.match(address.strip())
    if not m or not (m.group("prov") or m.group("city")):
        return ""  # no administrative prefix to keep: the whole address goes
    return m.group(0)


_LABEL = r"(?:公民身份号码|身份证号码|身份证号|居民身份证号码|联系电话|电话|手机号码|手机号|手机|联系方式|账号|账户|卡号|银行账号|银行卡号)"
_ID = r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)"
_PHONE = r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"
_ACCOUNT = r"(?<!\d)\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?!\d)"
_PLATE = re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-Z])[·•]?[A-Z0-9]{5,6}(?![A-Z0-9])")


def strip_personal_data(text: str) -> str:
    # a labelled number goes with its label: "，公民身份号码350203…，" → "，"
    text = re.sub(rf"[，,]?\s*{_LABEL}[：:为是]?\s*(?:{_ID}|{_PHONE}|{_ACCOUNT})", "", text)
    text = re.sub(_ID, "", text)
    text = re.sub(_PHONE, "", text)
    text = re.sub(_ACCOUNT, "", text)
    text = _PLATE.sub(lambda m: f"{m.group(1)}{m.group(2)}×××××", text)
    return text


# ------------------------------------------------------------------------------------------------


def anonymize_paragraphs(paragraphs: list[str]) -> list[str]:
    """The publication copy of a judgment given as paragraphs (one mapping for the whole document)."""
    check_publishable("\n".join(paragraphs))
    names, keep, addresses = _collect(paragraphs)
    masks = assign_masks([n for n in names if n not in keep])
    # one pass, longest names first, so a replacement is never replaced again
    pattern = re.compile("|".join(re.escape(n) for n in sorted(masks, key=len, reverse=True))) if masks else None
    out = []
    for para in paragraphs:
        for addr in sorted(addresses, key=len, reverse=True):
            short = addresses[addr]
            para = para.replace(addr, short) if short else re.sub(rf"[，,]?(?:住|现住|户籍地){re.escape(addr)}", "", para)
        para = strip_personal_data(para)
        if pattern:
            para = pattern.sub(lambda m: masks[m.group(0)], para)
        out.append(para)
    return out


def anonymize_text(text: str) -> str:
    """The publication copy of a judgment text (raises PublicationForbidden per art. 4)."""
    return "\n".join(anonymize_paragraphs(text.split("\n")))


def anonymize_file(src, dst) -> Path:
    """TXT or DOCX in, the same type out; written only when the whole document was processed."""
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise AnonymizeError(f"文件不存在：{src}")
    suffix = src.suffix.lower()
    if suffix != dst.suffix.lower():
        raise AnonymizeError(f"输出文件类型应与输入相同（{suffix}）")
    tmp = dst.with_name(dst.name + ".part")
    if suffix == ".txt":
        raw = src.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise AnonymizeError("无法识别文本文件的编码（应为 UTF-8 或 GB18030）")
        tmp.write_text(anonymize_text(text), encoding="utf-8")
    elif suffix == ".docx":
        _anonymize_docx(src, tmp)
    else:
        raise AnonymizeError(f"不支持的文件类型：{suffix or '无扩展名'}（支持 .txt、.docx）")
    tmp.replace(dst)
    return dst


def _anonymize_docx(src: Path, dst: Path) -> None:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(str(src))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise AnonymizeError(f"无法打开 DOCX 文件：{type(exc).__name__}") from None
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    texts = anonymize_paragraphs([p.text for p in paragraphs])
    for p, new in zip(paragraphs, texts, strict=True):
        if p.text == new:
            continue
        runs = p.runs
        if not runs:
            continue
        runs[0].text = new  # the first run's formatting carries the paragraph
        for r in runs[1:]:
            r.text = ""
    doc.save(str(dst))
