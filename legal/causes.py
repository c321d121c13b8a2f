"""Civil causes of action (民事案件案由) per 民事案件案由规定 (2020 revision, in force 2021-01-01).

The list is project data (legal/data/civil_causes.json, transcribed from the Supreme People's
Court's published text): level 1 = the eleven parts (部分), level 2 = e.g. 合同纠纷, level 3 = e.g.
借款合同纠纷, level 4 = e.g. 民间借贷纠纷. Each entry has name, level, parent, part and path.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["all_causes", "is_cause", "find_cause", "cause_info", "canonical_cause", "ALIASES"]

DATA = Path(__file__).resolve().parent / "data" / "civil_causes.json"

# Names people and older documents use (incl. the 2011 list's names) → the 2020 official name.
ALIASES = {
    "民间借贷合同纠纷": "民间借贷纠纷",
    "民间借款纠纷": "民间借贷纠纷",
    "借贷纠纷": "民间借贷纠纷",
    "金融借款纠纷": "金融借款合同纠纷",
    "借款纠纷": "借款合同纠纷",
    "信用卡透支纠纷": "信用卡纠纷",
    "离婚案件": "离婚纠纷",
    "劳动报酬纠纷": "追索劳动报酬纠纷",
    "追索劳动报酬": "追索劳动报酬纠纷",
    "道路交通事故损害赔偿纠纷": "机动车交通事故责任纠纷",
    "道路交通事故人身损害赔偿纠纷": "机动车交通事故责任纠纷",
    "交通事故损害赔偿纠纷": "机动车交通事故责任纠纷",
    "交通事故责任纠纷": "机动车交通事故责任纠纷",
    "居间合同纠纷": "中介合同纠纷",
    "合伙协议纠纷": "合伙合同纠纷",
    "生命权、健康权、身体权纠纷": "生命权、身体权、健康权纠纷",
    "物件损害责任纠纷": "建筑物和物件损害责任纠纷",
    "辞职争议": "辞职纠纷",
    "辞退争议": "辞退纠纷",
    "聘用合同争议": "聘用合同纠纷",
    "聘任合同争议": "聘任合同纠纷",
    "隐私权纠纷": "隐私权纠纷",
    # 2011 names the 2020 revision renamed or merged (CAIL2019 uses the 2011 list)
    "网络购物合同纠纷": "信息网络买卖合同纠纷",
    "农村土地承包合同纠纷": "土地承包经营权合同纠纷",
    "土地承包经营权转包合同纠纷": "土地承包经营权合同纠纷",
    "土地承包经营权出租合同纠纷": "土地经营权出租合同纠纷",
    "土地承包经营权入股合同纠纷": "土地经营权入股合同纠纷",
    "土地承包经营权抵押合同纠纷": "土地经营权抵押合同纠纷",
    "公共场所管理人责任纠纷": "经营场所、公共场所的经营者、管理者责任纠纷",
    "房屋拆迁安置补偿合同纠纷": "民事主体间房屋拆迁补偿合同纠纷",
    "申请宣告公民无民事行为能力": "申请宣告自然人无民事行为能力",
    "申请宣告公民限制民事行为能力": "申请宣告自然人限制民事行为能力",
    "申请宣告公民失踪": "申请宣告自然人失踪",
    "申请宣告公民死亡": "申请宣告自然人死亡",
    "申请撤销宣告公民死亡判决": "申请撤销宣告自然人死亡判决",
    "申请宣告公民恢复限制民事行为能力": "申请宣告自然人恢复限制民事行为能力",
    "申请宣告公民恢复完全民事行为能力": "申请宣告自然人恢复完全民事行为能力",
    "申请确认人民调解协议": "申请司法确认调解协议",
    "林木折断损害责任纠纷": "林木折断、倾倒、果实坠落损害责任纠纷",
    "建筑物、构筑物倒塌损害责任纠纷": "建筑物、构筑物倒塌、塌陷损害责任纠纷",
    "堆放物倒塌致害责任纠纷": "堆放物倒塌、滚落、滑落损害责任纠纷",
    "民用核设施损害责任纠纷": "民用核设施、核材料损害责任纠纷",
    # loans between companies are 民间借贷 since the 2015 民间借贷规定 (art. 1)
    "企业借贷纠纷": "民间借贷纠纷",
    "人身损害赔偿纠纷": "生命权、身体权、健康权纠纷",
    "雇员受害赔偿纠纷": "提供劳务者受害责任纠纷",
    # the 2020 name joins growing and rearing; a document names the one its contract was about
    "养殖回收合同纠纷": "种植、养殖回收合同纠纷",
    "种植回收合同纠纷": "种植、养殖回收合同纠纷",
    "海事担保纠纷": "海事担保合同纠纷",
    # loose names complaints use (合同 or 责任 left out, the colloquial word, the 2008 list's 赔偿)
    "物业费纠纷": "物业服务合同纠纷",
    "物业管理纠纷": "物业服务合同纠纷",
    "物业管理合同纠纷": "物业服务合同纠纷",
    "排除妨碍纠纷": "排除妨害纠纷",
    "保险代位求偿权纠纷": "保险人代位求偿权纠纷",
    "工伤待遇纠纷": "工伤保险待遇纠纷",
    "抚育费纠纷": "抚养费纠纷",
    "抚养权纠纷": "抚养纠纷",
    "变更抚养权纠纷": "变更抚养关系纠纷",
    "财产损害纠纷": "财产损害赔偿纠纷",
    "财产损失赔偿纠纷": "财产损害赔偿纠纷",
    "装修合同纠纷": "装饰装修合同纠纷",
    "装修纠纷": "装饰装修合同纠纷",
    "交通事故纠纷": "机动车交通事故责任纠纷",
    "道路交通事故纠纷": "机动车交通事故责任纠纷",
    "劳动纠纷": "劳动争议",
    "工资纠纷": "追索劳动报酬纠纷",
    "拖欠工资纠纷": "追索劳动报酬纠纷",
    "欠薪纠纷": "追索劳动报酬纠纷",
    "分家纠纷": "分家析产纠纷",
    "宅基地纠纷": "宅基地使用权纠纷",
    "土地承包纠纷": "土地承包经营权合同纠纷",
    "土地承包合同纠纷": "土地承包经营权合同纠纷",
    "著作权侵权纠纷": "著作权权属、侵权纠纷",
    "侵害著作权纠纷": "著作权权属、侵权纠纷",
    "商标侵权纠纷": "侵害商标权纠纷",
    "侵害注册商标专用权纠纷": "侵害商标权纠纷",
    "专利侵权纠纷": "专利权权属、侵权纠纷",
    "侵害专利权纠纷": "专利权权属、侵权纠纷",
    "生命权纠纷": "生命权、身体权、健康权纠纷",
    "健康权纠纷": "生命权、身体权、健康权纠纷",
    "身体权纠纷": "生命权、身体权、健康权纠纷",
    "人身损害纠纷": "生命权、身体权、健康权纠纷",
    "医疗纠纷": "医疗损害责任纠纷",
    "医疗事故纠纷": "医疗损害责任纠纷",
    "医疗事故损害赔偿纠纷": "医疗损害责任纠纷",
    "电视购物合同纠纷": "买卖合同纠纷",
    "雇员致人损害赔偿纠纷": "提供劳务者致害责任纠纷",
    "高度危险作业致人损害赔偿纠纷": "高度危险责任纠纷",
    "环境污染损害赔偿纠纷": "环境污染责任纠纷",
    "案外人执行异议纠纷": "案外人执行异议之诉",
}


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def all_causes() -> list[dict]:
    """Every cause, all levels, in the order of the official list (copies: callers may mutate)."""
    return [dict(c, path=list(c["path"])) for c in _data()["causes"]]


@lru_cache(maxsize=1)
def _by_name() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for c in _data()["causes"]:
        # A name used at two levels (不当得利纠纷) keeps its most specific entry.
        if c["name"] not in index or c["level"] > index[c["name"]]["level"]:
            index[c["name"]] = c
    return index


def canonical_cause(name: str | None) -> str | None:
    """The official 2020 name for `name` (itself or a known variant), else None."""
    if not name:
        return None
    n = re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")
    if n in _by_name():
        return n
    return ALIASES.get(n)


def is_cause(name: str | None) -> bool:
    """True when `name` is exactly an official civil cause of action (any level)."""
    if not name:
        return False
    return re.sub(r"\s+", "", name) in _by_name()


def cause_info(name: str) -> dict | None:
    """The entry (level, parent, part, path) of an official name or known variant."""
    canon = canonical_cause(name)
    return dict(_by_name()[canon]) if canon else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = set(_by_name()) | set(ALIASES)
    # Level-1 part names (e.g. 物权纠纷) are headings, not causes a document states; keep them only
    # where the same name is also a lower-level cause.
    names -= {c["name"] for c in _data()["causes"] if c["level"] == 1} - {
        c["name"] for c in _data()["causes"] if c["level"] > 1}
    alternatives = sorted(names, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in alternatives))


_STATED = re.compile(r"案由[：:\s]*(?:为|是|系)?[：:\s]*")


def find_cause(text: str | None) -> str | None:
    """The cause of action stated in `text` (official 2020 name), None if none is named.

    An explicit "案由：…" statement wins; otherwise the longest official name found in the text
    (so 民间借贷纠纷 beats 借款合同纠纷 and 合同纠纷), the earliest on ties.
    """
    if not text:
        return None
    pattern = _pattern()
    for m in _STATED.finditer(text):
        hit = pattern.match(text, m.end())
        if hit:
            return canonical_cause(hit.group(0))
    best = None
    for m in pattern.finditer(text):
        if best is None or len(m.group(0)) > len(best.group(0)):
            best = m
    return canonical_cause(best.group(0)) if best else None
