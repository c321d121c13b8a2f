"""A complaint written as a letter: who the people in it are, and who sues whom.

A layperson's letter ("法官您好：我叫…，我要告…") has no party block, and every writer phrases it
differently. What letters share is that each party is a name followed, in the same sentence, by its
attributes (gender, birth date, ID number, home) — in brackets or in a run of clauses — and that the
filer writes in the first person while whoever is sued comes after a word of suing. This reader
anchors on the attributes, not on the phrasing: a new way of saying "I sue" costs nothing as long as
the people are described. It is the fallback for letters the party-block parser cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from courtdoc.contracts import Party

from .parties import (
    _ADDR_PART,
    _FILER_ROLES,
    _KIN_FEMALE,
    _KIN_MALE,
    _ORG_SUFFIX,
    ParsedParty,
    _add_address,
    _attributes,
    _drop_address,
    kin_genders,
    plausible_name,
    same_place_addresses,
)

# the attributes that make a person a party of the letter: gender, birth date, ID number, age
_GENDER = r"(?:(?<=[，,、（(：:\s是])|^)(?:性别[:：]?)?(?:男|女)(?:性|的)?(?=[，,、；;）)\s。]|$)"
# (a bare date is no birth date: a letter's story is full of dates)
_BIRTH = (r"(?:出生(?:日期|年月)?[:：]?|生于|生日[:：是]?|身份证上(?:写的|登记的|登的|的)?(?:是|为)(?:出生)?)\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
          # (not a child borne in that year: "2019年生了小儿子")
          r"|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?(?:左右)?(?:出生|生人|生的|生(?!了|下|过|育))"
          # written in characters, as an older writer dates ("一九五二年四月三日生")
          r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号])?(?:出生|生)")
_ID = r"(?:公民)?身份(?:[证證](?:件)?(?:号码|號碼|号|號)?|号码|號碼)(?:是|为|[:：])?\s*(?:\d{17}[\dXx]|\d{15})|(?<![\d])(?<!代码)(?<!代码[:：])(?<!编号)(?<!账号)(?<!卡号)[1-8]\d{16}[\dXx](?!\d)"
_AGE = (r"(?:今年|现年|年约|大约|约)?[\d一二三四五六七八九十几多来]{1,5}(?:周)?岁(?:左右|上下|了)?|(?:今年|现年)\d{1,3}(?:周?岁)?了?"
        r"|(?:今年|现年)[一二三四五六七八九十]{2,4}(?:周?岁)?了?(?=[，,。])")
_ETHNIC = r"(?:(?<=[，,、（(\s])|^)[\u4e00-\u9fa5]{1,4}族(?=[，,、；;）)\s])"
_SPACED_ADDR = r"(?:[^，,。；;）)\n：: \t\u3000]|[ \t\u3000](?=" + _ADDR_PART.pattern + r"))"
_BELONGS_PLACE = r"(?<=是)[\u4e00-\u9fa5]{2,8}(?:省|自治区|市)[\u4e00-\u9fa5\d]{2,40}?(?:村|组|社区|屯|庄)(?=的(?:农民|村民|居民|人)[，,。])"
# "…，身份证…，某省某县某乡某村某组人。": a home told as where one is from, down to the village
_NATIVE_PLACE = r"(?<=[，,])[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|县)[\u4e00-\u9fa5\d]{2,40}?(?:村|组|社区|屯|庄)(?=人(?:[，,。；;\n]|$))"
_ADDRESS = (r"(?:(?:户口|户籍)地址[:：是为]?|(?:老家|家)(?:住)?(?:在|是)|家住|现住[:：]?|住址[:：是为]?|住所地?[:：是为]?|户籍(?:地|所在地)?[:：是为在]?|户口(?:和住处|和家)?(?:也|还|都|一直)?在|现在住[:：]?|住在|住[:：]?|(?:现在)?(?:在[\u4e00-\u9fa5]{1,4}?)?住[，,](?=[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市))|地址[:：是为]?|"
            # (a space ends it unless a part of the address follows: a letter may write spaces for commas)
            r"经常居住地[:：是为]?)" + _SPACED_ADDR + r"{3,80}?(?=[，,。；;）)\n：: \t\u3000]|[（(](?:男|女)|$)"
            # "是某省某县某村的农民": a home told as where one belongs
            r"|" + _BELONGS_PLACE + r"|" + _NATIVE_PLACE)
_PHONE = r"(?:联系)?(?:电话|手机)(?:号码?)?(?:是|为|[:：])?\s*1\d{10}"
# an attribute the writer does not know ("身份证号不清楚", "具体生日不知道") still belongs to the person's run
_UNKNOWN = r"(?:身份[证證](?:号码?|号)?|生日|出生日期|具体生日|具体哪天|具体日子|具体哪年(?:生的)?|哪年生的)[^，,。；;）)\n]{0,6}?(?:不清楚|不知道|不详|没记住|记不清|不记得)"
_OCCUPATION = r"(?:职业[:：是为]?)?(?:农民|务农|务工|个体户?|退休(?:职工|工人|教师)?|无业|无固定职业|自由职业|工人|教师|司机|学生|个体工商户)"
_TOKEN = re.compile("|".join(f"(?P<{k}>{v})" for k, v in (
    ("unknown", _UNKNOWN), ("id", _ID), ("phone", _PHONE), ("birth", _BIRTH), ("age", _AGE), ("gender", _GENDER), ("ethnic", _ETHNIC),
    ("address", _ADDRESS), ("occupation", _OCCUPATION))))
# what may stand between two attributes of one person
_JOINER = re.compile(r"[\s，,、；;（()）:：]*(?:具体(?:是|为)?|(?:和|跟|同|与)(?:我|我们)(?:一起|一块儿?)|属[鼠牛虎兔龙蛇马羊猴鸡狗猪](?:的|相)?|嫁(?:到|在|去)了?[\u4e00-\u9fa5]{2,8}?(?=[，,])|大概|大约|实际|即|是|为|出生|的(?:村民|居民|人)?|"
                     r"(?:(?:他|她)的?)?身份证上(?:的|登的|写的|登记的)?(?:是|为)?|"
                     r"(?:身份证)?号码(?:是|为)?|(?:他|她)(?:的|自己)?(?:现在|也)?(?:是)?"
                     # what one is, said between commas ("男，四十多岁，房东，住…")
                     # (or where one is from and what one does: "男，汉族，康定人，开牛肉加工厂，住…"; each clause ends
                     # in a word of a trade or an origin, so a bare name in a list, "…，李某，女，…", is none)
                     # (or whose spouse or child one is: "周某之妻，802室共有人，住址同上")
                     # (or where one seems to be from: "男，听口音是本省人，住…")
                     r"|(?<=[，, \t\u3000])(?:(?:(?:听口音|听说|看样子|好像|估计|据说)(?:是|像)?)?"
                     r"(?:[^\W_我你他她告叫是和与及跟同给欠借的了在]{0,14}(?:人|房东|贩子|老板|厂|店|工|户|员|师|头|主|商|匠|手)"
                     r"|[^\W\d_我你他她告叫是和与及跟同给欠借的了在]{2,4}之(?:妻|夫|子|女|父|母)"
                     # (or what one is to the writer: "女，四十五六岁，是我家东边的邻居，住…")
                     # (or whom one worked with: "是带我老公干活的包工头")
                     r"|(?:是|系)?(?:(?:带|帮|替|雇|给)(?:我|我们|我家)(?:老公|丈夫|爱人|老婆|妻子|儿子|女儿|父亲|母亲)?"
                     r"[^\W\d_我你他她告叫和与及跟同给欠借了在]{0,6}?的"
                     r"|(?:我|我们|我家|我们家)[^\W\d_我你他她告叫和与及跟同给欠借了在]{0,8}?)"
                     r"(?:邻居|房东|房客|租户|亲戚|同事|老乡|朋友|同学|老板|东家|雇主|包工头|合伙人)"
                     # (or where one belongs: "…（1964年2月18日生），是某县某村三组村民，身份证是…")
                     r"|(?:是|系)[^\W_我你他她告叫和与及跟同给欠借了在]{2,24}?(?:村民|居民)"
                     # (or with whom one lives: "…，和韦某住一起，地址同上")
                     r"|(?:跟|和|与|同)[^\W\d_我你他她]{2,4}住(?:在)?一起"
                     # (or where one works: "…，在凯里市做生意，住…")
                     # (or since when and where: "…，十几年前就到郑州做生意，家住…")
                     r"|(?:[\u4e00-\u9fa5]{1,6}(?:前|后|起))?就?(?:在|到|去)[^\W\d_我你他她告叫和与及跟同给欠借了在]{2,12}?(?:做生意|做买卖|打工|上班|开店|务工|工作|跑车|跑出租|开出租|跑运输|跑外卖|送外卖|摆摊|卖菜)"
                     # (a stall or shop with its number: "在某市场B区17号摊位卖鱼")
                     r"|在[^，,。；;\n我你他她告叫和与及跟同给欠借了在]{2,24}?(?:摊位|档口|门面|店铺|铺子)(?:上|里)?(?:卖|开|做)[\u4e00-\u9fa5]{1,4}"
                     # (or a business one runs there: "在某区某街道开了个粮油仓库")
                     r"|在[^，,。；;\n我你他她告叫和与及跟同给欠借了在]{2,16}?(?:开了?(?:个|一个|家|一家)|经营(?:着)?(?:个|一个|家|一家)?)[\u4e00-\u9fa5]{1,6}"
                     # (or how one lives or earns, "…的": "女，三十来岁，租房住的，身份证号…", "男，跑外卖的")
                     r"|(?:租房|租|开|跑|种|做|干|卖|打|当|教|修|送|养|收)[^\W\d_我你他她告叫是和与及跟同给欠借的了在]{0,6}的"
                     r")[，, \t\u3000]?)+(?=[，, \t\u3000]|住)"
                     # (or where the home was read: "交警队的认定书上写她住…")
                     r"|(?<=[，, \t\u3000])[^\W\d_我你告叫和与及跟同给欠借了在]{2,12}?(?:上|里)(?:写的?|写着|登记的?|填的?)(?:是)?(?:她|他)?"
                     r")?[\s，,、；;（()）:：]*")
# the fields of one person on the lines below the first ("…，1997年5月21日出生\n身份证号：…\n户籍地址：…\n现在住：…")
_FIELD_LINES = re.compile(r"[，,。；;]?[ \t\u3000]*\n[ \t\u3000]*(?:户籍|户口|现在|家庭|经常居住)?")
_REMARK = re.compile(r"[（(][^（()）\n。]{2,40}[）)]")
_DEFINING = ("gender", "birth", "id")  # a person needs one of these (an address alone may be a place in the story)
# a home, a phone or a trade only continues a person's attributes: a run never starts with one ("我要告住在我楼上的…")
_CONTINUING = ("address", "phone", "occupation", "unknown")

# words before a name that say who the person is to the writer, not part of the name
_RELATION = ("丈夫", "妻子", "老公", "老婆", "前夫", "前妻", "父亲", "母亲", "爸爸", "妈妈", "儿子", "女儿", "孩子",
             "哥哥", "姐姐", "弟弟", "妹妹", "邻居", "房东", "租客", "朋友", "同事", "室友", "同学", "老乡", "老板",
             "雇主", "男朋友", "女朋友", "亲戚", "外孙", "外孙女", "孙子", "孙女", "侄子", "侄女", "公公", "婆婆",
             "岳父", "岳母", "女婿", "儿媳", "嫂子", "姐夫", "舅舅", "叔叔", "姑姑", "阿姨", "包工头", "司机", "业主",
             "男的", "女的", "一个", "另一个", "爸妈", "父母", "公婆", "两口子", "夫妻", "小工头", "工头", "房主", "东家", "雇主",
             "店主", "老板娘", "负责人", "经理", "男方", "女方", "媳妇", "爱人", "租户", "房客", "承租人", "出租人",
             # kin beyond the household ("我要告我的外甥某某", "堂弟某某"): the kin words the party reader knows (a word
             # of one character, 爸, would cut names), and a few it does not
             *(w for w in (_KIN_MALE + "|" + _KIN_FEMALE).split("|") if len(w) >= 2),
             "继父", "继母", "干爹", "干妈", "徒弟", "师傅")
_NOT_NAMES = {"判决", "判令", "判处", "对方", "姓名", "本人", "他们", "她们", "我们", "两人", "二人", "夫妻俩", "老两口", "这人", "此人", "该人",
              "大家", "自己", "孩子", "小孩", "老人", "老伴", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "班主任", "老师",
              "医生", "民警", "法官", "律师", "物业", "社区", "村里", "单位", "公司", "厂里", "店里",
              "状子", "诉状", "状纸", "状书"}  # ("告儿子的状子": the letter itself)
# a trade or a title where a name would stand ("公司职员，身份证…", "个体工商户")
_OCCUPATION_NAME = re.compile(r"(?:职员|员工|职工|工人|农民|商户|工商户|经理|主任|老板|会计|司机|教师|工程师|学生|退休|无业|务工|个体|干部|"
                              r"律师|医生|护士|厨师|保安|店主|业主|股东|董事|法人|代表)$")
_ROLE_BEFORE = re.compile(r"(写(?:这份|这个|这封|此)?(?:材料|状子|状纸|信|诉状)的人|写信的人|写信人|被告状人|告状的人|告状人|被具状人|具状人|被报告人|报告人|被起诉的人|起诉的人|被起诉人|起诉人|被上诉人|上诉人|被申请人|申请人|第三人|被告|原告|对方(?:当事人)?(?=[:：]))[）)]?\s*[:：是为]?\s*$")
# "告状的是我孙女某某", "起诉的人是…" (no 我 before: the one suing, not the one sued)
_FILER_IS = re.compile(r"(?<![我们要想])(?:告状|起诉)的(?:人)?(?:是|为)[^，,。；;\n]{0,8}$")
_ROLE_MAP = {**{f"写{a}{b}的人": "原告" for a in ("这份", "这个", "这封", "此", "") for b in ("材料", "状子", "状纸", "信", "诉状")}, "被具状人": "被告", "写信的人": "原告", "写信人": "原告", "起诉的人": "原告", "被起诉的人": "被告", "报告人": "原告", "被报告人": "被告", "告状人": "原告", "告状的人": "原告", "具状人": "原告", "被告状人": "被告", "起诉人": "原告", "被起诉人": "被告", "申请人": "原告", "被申请人": "被告", "对方": "被告", "对方当事人": "被告"}
# ("本人某某", "我：某某" right before the name; a slice that starts at "我被…撞了，司机叫某某" is no filer)
_FIRST_PERSON = re.compile(r"(?:我|本人)(?:叫|是|名叫|姓名(?:是|为|[:：])?)|(?:^|[\n。；;，,：:])\s*(?:本人|我)[:：]?\s*$|(?:具状人|写信人)[:：]")
# a word of suing: from here on the people named are those sued
_SUE = re.compile(r"(?:被起诉人[:：]|被告状人[:：]|被具状人[:：]|被告人(?=是|为|[:：])|起诉(?![人书状])|状告|控告|(?<![原被])告(?![诉知别白辞状人])|被告(?!人)|对方(?:当事人)?(?:是|为|叫|[:：])|(?:要求|请求)(?:法院)?(?:判|让))")
# a line that heads the list of those sued ("要告的人：", "我要起诉以下三方："; not "我们共同起诉：", which heads the filers)
_SUE_HEADING = re.compile(r"(?m)^[^\n]{0,24}(?:起诉|状告|(?<![原被])告(?![诉知别白辞状人]))[^\n：:]{1,12}[:：][ \t]*$")
# a line that heads a list of people by whose they are: "我们两个人的情况：" (the filers), "他们两个的情况：" (those sued)
_US_HEADING = re.compile(r"(?:^|\n)[ \t\u3000]*(?:我们|我|本人)[^\n：:。]{0,10}(?:情况|身份|信息)[:：]")
_THEM_HEADING = re.compile(r"(?:^|\n|。)[ \t\u3000]*(?:[^\n：:。他她]{0,6}(?:他们|她们|他|她)|对方|被告)[^\n：:。]{0,10}(?:情况|身份|信息)"
                           r"[^\n：:。]{0,6}[:：]")
_SUE_CLOSES = re.compile(r"(?:起诉|状告|告状)[:：][ \t]*(?=\n|$)")
_AGENT_BEFORE = re.compile(r"(?:法定代理人|委托代理人|代理人|监护人)")
# the label of the next entry of a list: "女方：", "2.", "（二）", "被告二：", "另一位是"
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[、.．)）]|[（(]?[一二三四五六七八九十][)）、.．]|[一二三四五六七八九十]是)?\s*(?:[\u4e00-\u9fa5]{1,4}[:：]|另一[个位人]?是|还有)\s*"
                        # "一个是某某…\n一个是某某…": the next of those just listed
                        r"|\s*(?:还有|另外)?(?:另)?一[个位家](?:是|叫)\s*"
                        r"|\s*(?:\d{1,2}[、.．)）]|[（(]?[一二三四五六七八九十][)）、.．])\s*")
# the number of an item in a numbered list ("2. 租住702的某某，男，…")
_NUMBERED = re.compile(r"(\d{1,2})[、.．)）]|第([一二三四五六七八九十])(?:个|位|名|家)?(?:是|[:：])|([一二三四五六七八九十])[、.．]")
_ORDINALS = "一二三四五六七八九十"


def _item_number(numbered: re.Match) -> int:
    """The number of a list item, "2." or "第二个是"."""
    if numbered.group(1):
        return int(numbered.group(1))
    return _ORDINALS.index(numbered.group(2) or numbered.group(3)) + 1
_CHILD_BEFORE = re.compile(r"(?:儿子|女儿|孩子|闺女|孙子|孙女|外孙|外孙女|小孩)[:：]?$")
# the words of suing proper (not a demand, not the word 被告): only these introduce people the letter names bare
_SUE_WORD = re.compile(r"(?:起诉(?![人书状])|状告|控告|(?<![原被])告(?![诉知别白辞状人]))(?:的(?:人|是|对象))?")
# a sole trader's shop ("“某记面馆”（个体户）"): its operator, named with it, is the party
_SOLE_TRADER = re.compile(r"[”\"」]?[（(]?(?:个体户|个体工商户)")
# a sentence of the story between two people ends the list of those sued
_STORY_GAP = 24
_NAME_TAIL = re.compile(r"([\u4e00-\u9fa5]{1,6}[·•・][\u4e00-\u9fa5]{1,8}|[\u4e00-\u9fa5]{2,8})$")
_CUE_CHARS = "叫是为告诉的：:，,、和与及跟同"
_SEAT = re.compile(r"(?:地址|住所地?|营业场所|经营场所|办公地点|位于|开在|在)(?:写的是|就在|是|为|在|[:：])?([^，,。；;（()）\n]{4,60})")
# an organisation a letter sues ends in a word that names its kind (a bare 行/院/所 also ends "绕行", "贵院")
_LETTER_ORG_SUFFIX = (r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|银行|支行|分行|营业部|合作社|委员会|村民小组|协会|医院|卫生院|学校|"
                      r"学院|大学|小学|中学|幼儿园|事务所|研究所|研究院|酒店|宾馆|门市部|经营部|服务部|维修部|销售部|经销部|批发部|工作室|俱乐部|中心|商行|超市|"
                      r"商店|餐厅|饭店|酒家|酒楼|餐馆|饭馆|面馆|茶馆|菜馆|宾馆|美容馆|食府|药店|药房|诊所|车行|物业|管理处|派出所|加工厂|厂|店)(?:[（(][^）)]{1,12}[）)])?")
# (or a name joined to the next one sued: "某某超市和它的老板某某", "某某有限公司、某某")
_ORG_NAME = re.compile(r"[“\"「]?([\u4e00-\u9fa5A-Za-z0-9（）()·]{2,40}?" + _LETTER_ORG_SUFFIX
                       + r")[”\"」]?(?=[，,。；;（(\s：:、]|[和与及](?:它|他|她|其)的|$)")
_DEMAND = re.compile(r"请求|要求|诉求|判令|判决|判(?:他|她|他们|她们|对方|被告)|赔偿|退还|返还|归还|偿还|支付|给付|此致|人民法院|(?:赔|退|还)我|做主"
                     r"|(?:要|让|叫)(?:他|她|他们|她们|对方)把[^。\n]{0,20}?给我|(?:请|求|恳请)法院(?:判|给|帮|让|叫)")


@dataclass
class Person:
    name: str
    at: int  # offset of the name in the text
    attrs: tuple[int, int]  # the attribute run after it
    kind: str = "person"
    role: str | None = None
    restated: bool = False  # named bare where it is sued, its home read from a later sentence
    signed: bool = False  # described under the signature, after the story


def _field_line(text: str, tok: re.Match) -> bool:
    """Whether an attribute starts its own line with its label ("身份证号：…", "户籍地址：…", "现在住：…"; in a letter
    typed on a phone, with no colon: "身份证5113…", "户口在某省…")."""
    line = text.rfind("\n", 0, tok.start()) + 1
    return tok.lastgroup in ("id", "address", "phone", "unknown") and bool(
        re.fullmatch(r"[ \t\u3000]*(?:户籍|户口|现在|家庭|经常居住)?", text[line:tok.start()])) and \
        bool(re.match(r"[^\n]{0,8}[:：]|(?:公民)?身份证(?:号码?)?(?:是)?(?:\d|不)|户口(?:也|还|一直)?在|户籍(?:地)?在|(?:电话|手机)(?:号码?)?(?:是)?1",
                      text[tok.start():tok.end()]))


def _name_before(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The name that ends just before `hi`, looking no further back than `lo`: the tail of the clause after
    its last cue word, with a relation word ("邻居", "我丈夫") cut off."""
    lead = text[lo:hi]
    lead = re.sub(r"[（(][^（()）\n]{1,12}[）)][，,\s]*$", "", lead)  # a remark after the name: "李某（李某之父），男，…"
    lead = re.sub(r"(?:是|系)(?:他|她|其|我|我们)?的?(?:" + "|".join(_RELATION) + r")[，,\s]*$", "", lead)  # "杨某是她父亲，男，…"
    lead = re.sub(r"[，,]\s*(?:他|她)(?:是|系)[\u4e00-\u9fa5]{2,10}人[，,\s]*$", "", lead)  # "某某，他是四川雅安人，男，…"
    lead = re.sub(r"[，,]\s*(?:是|系)(?:个|一个|一位|位)[\u4e00-\u9fa5]{1,8}[，,\s]*$", "", lead)  # "某某，是个老太太，女，…"
    lead = re.sub(r"的(?:基本)?(?:情况|信息|身份信息)[:：]\s*$", "", lead)  # "刘某的情况：男，…"
    # fillers between a name and its attributes: "，今年68岁（", "（", "，"
    lead = re.sub(r"(?:[，,（(\s]*(?:今年|现年)?\d{1,3}(?:周)?岁(?:了)?)?[，,（(：:\s]*(?:(?:他|她)?(?:也)?(?:是|为)|他|她)?$", "", lead)
    lead = re.sub(r"(?:因|由于)?(?:尚|还|系|是)?未(?:成年|满十八周?岁)(?:人)?$", "", lead)  # "因某某尚未成年（2010年…出生，…）"
    lead = re.sub(r"(?:两口子|夫妻俩|夫妻二人|夫妇|俩口子|两人|二人|俩)$", "", lead)  # "某某、某某两口子"
    # what the one named does, told after the name ("一个叫某某的装修老板（男，…）"): the name is before it
    lead = re.sub(r"(?<=[\u4e00-\u9fa5]{2})的[\u4e00-\u9fa5]{0,4}(?:老板娘|老板|包工头|工头|师傅|店主|房东)$", "", lead)
    styled = re.search(r"姓([\u4e00-\u9fa5]{1,2})[，,]?名(?:叫)?([\u4e00-\u9fa5]{1,2})[，,\s]*$", lead)
    if styled:
        return styled.group(1) + styled.group(2), lo + styled.start(1)  # "小女子姓周名某某": the surname and given name
    m = _NAME_TAIL.search(lead)
    if not m:
        return None
    name, at = m.group(1), lo + m.start(1)
    conj = re.match(r"(?:因为|由于|因|但|而)(?=[\u4e00-\u9fa5]{2})", name)
    if conj:
        name, at = name[conj.end():], at + conj.end()  # "…，因某某尚未成年（…）": the clause's first word
    role = re.match(r"(?:被告状人|告状人|被报告人|报告人|被起诉人|起诉人|具状人|被上诉人|上诉人|被申请人|申请人|第三人|原告|被告)", name)
    if role and len(name) - role.end() >= 2:
        name, at = name[role.end():], at + role.end()
    # the name follows the clause's last cue word ("我要起诉卓玛", "男的叫某某"); a cue character inside the
    # name itself ("王为民") leaves too little after it, so the cut moves one cue back
    for cut in sorted((k for k, c in enumerate(name) if c in _CUE_CHARS), reverse=True):
        if len(name) - cut - 1 >= 2 and not any(name.startswith(w, cut) for w in ("同学", "同事", "同乡", "同伙")):
            # (a relation word that starts with a cue character, "高中同学某某", is cut below as a relation)
            name, at = name[cut + 1:], at + cut + 1
            break
    for word in sorted(_RELATION, key=len, reverse=True):
        k = name.rfind(word)
        if k >= 0 and len(name) - k - len(word) >= 2:
            name, at = name[k + len(word):], at + k + len(word)
            break
    if "·" not in name and len(name) > 4:
        # a description glued to the name ("帮我干活的小工头某某"): the person the NER model finds at its end, else the
        # tail of 3 characters, the likeliest length of a name
        tail = _ner_tail(name)
        name, at = (name[-tail:], at + len(name) - tail) if tail else (name[-3:], at + len(name) - 3)
    if name in _RELATION or name in _NOT_NAMES or _OCCUPATION_NAME.search(name) or re.search(r"[年月日号]生|岁|号$|^[年月日号]|^不|^身份|^[一两二三四五六七八九十几]+[个方人家位名]", name) or \
            (name.endswith("族") and len(name) <= 3) or name.endswith(("代码", "号码", "账号", "卡号")):
        return None  # "我是他的邻居，男，…": a relation, no name
    if len(name) < 2 or not plausible_name(name, "person") or re.search(r"[我你他她它们个]|某$", name[:1]) or \
            re.search(r"[一两二三四五六七八九十几每]个", name):
        return None  # (nor is a count: "两个人一个公司", "每个月")
    return name, at


def _ner_tail(words: str) -> int:
    """Length of the person's name the NER model finds at the end of `words` (0 when it finds none there)."""
    from . import _legal

    for span in _legal.ner_spans(words):
        if span.label in ("PER", "NAME") and span.end == len(words) and 2 <= len(span.text) <= 4:
            return len(span.text)
    return 0


# the filer introducing themself: "我叫某某", "我是某某，开奶茶店的", "本人某某"
# (a name of up to six characters after 我叫: a Mongolian or Tibetan name written without the middle dot, 乌云其其格)
_INTRO = re.compile(r"(?:我(?:叫|是|名叫)|本人(?:叫|是|名叫)?)(?P<name>[\u4e00-\u9fa5]{2,4}?|(?<=叫)[\u4e00-\u9fa5]{5,6}?|"
                    # (or after 我是/本人 when the gender or ethnicity follows at once: "本人乌云其其格，女，…")
                    r"[\u4e00-\u9fa5]{5,6}(?=[，,](?:男|女|[\u4e00-\u9fa5]{1,4}族))|[\u4e00-\u9fa5]{1,6}[·•・][\u4e00-\u9fa5]{1,8})"
                    r"(?=[，,。；;（(\s]|是|今年|现年|在|开|$)")


# what a filer is, said before the name in one breath ("我是租客某某某，女，…")
_STATUS_BEFORE_NAME = re.compile(r"(?:起诉人|告状人|具状人|原告|申请人|租客|房客|租户|住户|业主|房东|房主|村民|居民|职工|员工|工人|农民|司机|老师|患者|家长|顾客|消费者|学员|车主)")


def _intro_name(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The name a filer gives in the first person before their attributes (in the same paragraph)."""
    # (a few characters past `hi`: the gender after the name may be what bounds a long name, "本人某某某某某，女")
    for m in _INTRO.finditer(text, lo, min(len(text), hi + 4)):
        if m.end("name") > hi:
            break
        name, at = m.group("name"), m.start("name")
        status = _STATUS_BEFORE_NAME.match(name)
        if status and len(name) - status.end() >= 2:
            name, at = name[status.end():], at + status.end()  # "我是租客某某某，女，…": what one is, then the name
        if name not in _RELATION and name not in _NOT_NAMES and plausible_name(name, "person") and \
                not re.match(r"[我你他她它这那一]", name) and not _OCCUPATION_NAME.search(name):
            # (what one is, "我是退休教师，名叫某某", is no name: the name follows)
            return name, at
    return None


def find_people(text: str) -> list[Person]:
    """Every name followed by a run of personal attributes, in the order of the text."""
    people: list[Person] = []
    toks = list(_TOKEN.finditer(text))
    scribes = set(_SCRIBE.findall(text))
    i = 0
    floor = 0
    while i < len(toks):
        if toks[i].lastgroup in _CONTINUING:
            i += 1
            continue
        run = [toks[i]]
        prev = toks[i - 1] if i else None
        if prev is not None and prev.lastgroup == "address" and prev.start() >= floor and \
                re.match(r"(?:家在|家住|住在)", prev.group()) and re.search(r"[，,]\s*(?:他|她)$", text[max(floor, prev.start() - 12):prev.start()]) and \
                _JOINER.fullmatch(text[prev.end():toks[i].start()]) and "\n" not in text[prev.end():toks[i].start()]:
            run = [prev, toks[i]]  # "我要告邻居某某，他家在某村31号，男的，五十来岁": the home first, then the rest
        while i + 1 < len(toks):
            # (a remark in brackets between two fields is none of them: "身份证号码…（派出所协助提供的），住址…")
            gap = _REMARK.sub("", text[run[-1].end():toks[i + 1].start()])
            if len(gap) > 24 or "。" in gap or not (_JOINER.fullmatch(gap) and "\n" not in gap or
                                                    _FIELD_LINES.fullmatch(gap) and _field_line(text, toks[i + 1])):
                break
            i += 1
            run.append(toks[i])
        i += 1
        if not any(t.lastgroup in _DEFINING for t in run):
            continue
        start = run[0].start()
        line = max(text.rfind(c, floor, start) for c in "。！!？?\n；;")
        found = _name_before(text, max(line + 1, floor), start)
        paren = max(text.rfind("（", max(line + 1, floor), start), text.rfind("(", max(line + 1, floor), start))
        if found and paren >= 0 and found[1] > paren and not re.search(r"[）)]", text[paren:start]):
            # the attributes inside a bracket after the name, behind a remark ("吴老三（大名我只晓得叫吴老三，寨子里都这么喊，
            # 五十多岁，男的）"): the name is the one before the bracket
            outer = _name_before(text, max(line + 1, floor), paren)
            # (unless the one before is what people call him and the bracket gives his name: "老蓝（蓝某某，男，…）")
            # (nor where the bracket names the head of the business named before it: "某某美容院（老板叫某某，女，…）")
            head = re.match(r"[（(]\s*(?:老板娘|老板|店主|经营者|负责人|法人|法定代表人)(?:叫|是|为|[:：])?\s*$", text[paren:found[1]])
            if not (outer and re.fullmatch(r"(?:老|小|阿)[\u4e00-\u9fa5]", outer[0]) and len(found[0]) >= 2 and
                    outer[0][1] == found[0][0]) and not head:
                found = outer or found
        if not people:
            # the filer may name themself first and describe themself later in the paragraph ("我是某某，开奶茶店的。先把
            # 我的情况写在前面：女，…"): the name they introduce wins over words that stand before the attributes, unless
            # those are a name written again in the letter (a child filed for, "我儿子某某，男，…")
            line_at = text.rfind("\n", 0, start)
            intro = _intro_name(text, max(text.rfind("\n", 0, max(line_at, 0)) + 1, floor), start)
            if intro and intro[0] in scribes:
                intro = None  # the one who writes for the filer ("代写人：某某") introduces themself, then the filer
            # (a tail of the introduced name is that name cut short: "乌云其其格" and "其其格")
            if intro and (found is None or (found[0] != intro[0] and (text.count(found[0]) < 2 or intro[0].endswith(found[0])))):
                found = intro
        floor = run[-1].end()
        if found:
            people.append(Person(found[0], found[1], (start, run[-1].end())))
        elif people and people[-1].kind == "person" and not re.search(r"[。！!？?\n]", text[people[-1].attrs[1]:start]) \
                and start - people[-1].attrs[1] <= 20:
            # more of the same person's attributes after an aside ("1979年7月出生（1979年7月23日），男，…")
            people[-1].attrs = (people[-1].attrs[0], run[-1].end())
    return people


# a letter says whom it sues a few times, near its head: the words of suing read are bounded (hostile input repeats them)
_SUE_READ = 12
_SENTENCE_MAX = 200


def _suing(rx: re.Pattern, text: str) -> list[re.Match]:
    out = []
    for m in rx.finditer(text, 0, min(len(text), 8000)):
        out.append(m)
        if len(out) >= _SUE_READ:
            break
    return out


def _sued_names(text: str) -> str:
    """The words after each word of suing up to the end of its sentence ("我要告韩某、丁某两口子欠钱不还的事"):
    a person named there and described later is one of those sued."""
    out = []
    for m in _suing(_SUE, text):
        stop = re.compile(r"[。！!？?\n]").search(text, m.end(), m.end() + _SENTENCE_MAX)
        # (up to a verb of giving: "判三个被告给某某工钱…" names who is paid, not who is sued)
        out.append(re.split(r"给|支付|赔偿|返还|退还", text[m.end():stop.start() if stop else m.end() + _SENTENCE_MAX])[0])
    return "\n".join(out)


# the filer and a kin filing together ("我和我老伴两个人一起告我们的房东")
_CO_FILER = re.compile(r"我(?:和|与|跟|同)我?的?(?P<kin>老伴|爱人|妻子|丈夫|老婆|老公|媳妇)[^。\n]{0,8}?(?:一起|共同|一块)(?:来)?(?:告|起诉)")
# a couple filing together in the first person plural ("我们老两口要告儿子儿媳"), then "老伴某某，女，…"
_COUPLE_FILES = re.compile(r"我们(?:老两口|两口子|夫妻俩|夫妻二人|夫妻两个|老俩口|俩口子)(?:一起|共同|一块)?(?:要|想)?(?:告|起诉)")
# the kin a letter sues by what they are to the filer ("告儿子儿媳", "起诉我的大女儿和女婿")
_SUED_KIN = re.compile(r"(?:告|起诉)(?:我们?|我家)?的?(?P<kin>(?:(?:大|二|三|小)?(?:儿子|儿媳|女儿|女婿|闺女)[和、与及]?){1,4})")
# the one sued named by what they are to the filer, then by name ("告我们的房东。…房东叫某某")
# (the noun may close a short description: "我想告我之前打工的饭店老板 欠我工资不给")
_SUED_NOUN = re.compile(r"(?:告|起诉)[^。，,！!\n]{0,14}?(?P<noun>房东|邻居|老板|包工头|房客|租客|东家|雇主)(?=[。，,！!\n \t])")


def _assign_roles(text: str, people: list[Person]) -> None:
    sued_words = _sued_names(text)
    intro = _intro_name(text, 0, min(len(text), 3000))
    co_filer = _CO_FILER.search(text, 0, min(len(text), 3000))
    couple = _COUPLE_FILES.search(text, 0, min(len(text), 3000))
    sued_kin = _SUED_KIN.search(text, 0, min(len(text), 3000))
    sued_noun = _SUED_NOUN.search(text, 0, min(len(text), 3000))
    suing = False
    last_end = 0
    previous: Person | None = None
    previous_own = ""
    previous_number = 0  # the number of the previous person's item in a numbered list
    listing: str | None = None  # the role a heading gave the list being read
    for p in people:
        # the words of this person's own sentence; under a line ending in a colon ("我要告下面两个人：\n一个是…")
        # that line is the sentence of suing
        own_at = max(last_end, max(text.rfind(c, last_end, p.at) for c in "。！!？?\n") + 1)
        own = re.sub(r"\s", "", text[own_at:p.at])
        before = text[own_at:p.at]
        above = text[last_end:own_at].rstrip()
        if above.endswith(("：", ":")):
            before = above[max(above.rfind(c) for c in "。！!？?\n") + 1:] + "\n" + before
        explicit = _ROLE_BEFORE.search(text[max(0, p.at - 8):p.at])
        before = _SUE_CLOSES.sub("", before)  # "我们夫妻二人共同起诉：" names no one sued: the list below files
        if _AGENT_BEFORE.search(own):
            p.role = None  # "她的法定代理人是她爸爸某某": an agent, no party
            last_end = p.attrs[1]
            continue
        if explicit:
            p.role = _ROLE_MAP.get(explicit.group(1), explicit.group(1))
            suing = p.role == "被告"
        elif _FILER_IS.search(before):
            p.role = "原告"  # "告状的是我孙女某某"
        elif co_filer and re.fullmatch(r"[；;，,\s]*(?:我的?)?" + co_filer.group("kin") + r"(?:叫|是|名叫)", own):
            p.role = "原告"  # "我和我老伴两个人一起告…" and "我老伴叫某某，女，…": both file
        elif couple and re.fullmatch(r"[；;，,\s]*(?:我的?)?(?:老伴|爱人|妻子|丈夫|老婆|老公)(?:叫|是|名叫)?", own):
            p.role = "原告"  # "我们老两口要告…" and "…；老伴某某，女，…": both file
        elif sued_kin and re.fullmatch(r"[；;，,\s]*(?:我的?)?(?:大|二|三|小)?(?:儿子|儿媳|女儿|女婿|闺女)(?:叫|是|名叫)?", own) and \
                re.sub(r"[；;，,\s我的叫是名]", "", own) in sued_kin.group("kin"):
            p.role, suing = "被告", True  # "告儿子儿媳" and "儿子某某，男，…"
        elif sued_noun and re.fullmatch(r"[；;，,\s]*(?:这个|那个|我们?的|我家的)?" + sued_noun.group("noun") + r"(?:叫|是|名叫)", own):
            p.role, suing = "被告", True  # "…告我们的房东。" and "房东叫某某，女，…"
        elif re.fullmatch(r"\s*(?:我|本人)(?:是谁|的情况|自己)?\s*[:：]\s*", own):
            p.role = "原告"  # "我：某某，女，…" (the filer labelled, after whom they sue)
        elif _SUE.search(before) or (re.search(re.escape(p.name) + "(?!的)", sued_words) and
                                     (any(q.role == "原告" for q in people) or intro is None or intro[0] != p.name)):
            # (named in the words of suing, not as whose kin the one sued is: "告的是某某的堂哥某某某")
            p.role, suing = "被告", True
        elif _US_HEADING.search(text, last_end, p.at):
            p.role, listing = "原告", "原告"  # listed under "我们两个人的情况："
        elif _THEM_HEADING.search(text, last_end, p.at):
            p.role, suing, listing = "被告", True, "被告"  # listed under "他们两个的情况："
        elif listing and not own and re.fullmatch(r"[\s。；;，,]*", text[last_end:own_at]):
            p.role = listing  # the next line of a list headed by whose they are
        elif listing and _LIST_ITEM.fullmatch(own) and not re.search(r"\n[ \t\u3000]*\n", text[last_end:own_at]):
            p.role = listing  # the next item of that list after a remark on the one above ("二儿子：某某，…")
        elif _SUE_HEADING.search(text, last_end, own_at):
            p.role, suing = "被告", True  # listed under a heading of those sued
        elif previous is not None and previous.role and _LIST_ITEM.fullmatch(own) and \
                re.fullmatch(r"[\s。；;，,]*", re.sub(r"[（(][^（()）\n]{0,24}[）)]", "", text[last_end:own_at])):
            p.role = previous.role  # the next of a list ("男方：…\n女方：…", "2. 某某，…")
        elif previous is not None and previous.role and previous_number and len(own) <= _STORY_GAP and \
                (numbered := _NUMBERED.match(own)) and _item_number(numbered) == previous_number + 1 and \
                re.fullmatch(r"[\s。；;，,]*", re.sub(r"^[^（()）\n]{0,24}[）)]|[（(][^（()）\n]{0,24}[）)]", "", text[last_end:own_at])):
            # the next item of a numbered list, described before its name ("2. 租住702的某某", "第二个是他媳妇某某"),
            # after a remark in brackets on the one above
            p.role = previous.role
        elif previous is not None and previous.role and previous_number and len(own) <= _STORY_GAP and \
                (numbered := _NUMBERED.match(own)) and _item_number(numbered) == previous_number + 1 and \
                "\n" not in text[last_end:own_at].rstrip(" \t\u3000\n"):
            # the next numbered item on its own line, after remarks on the previous item's line ("二、罗某，男，…，造纸厂的
            # 老板，住哪里我不晓得，电话…。\n三、陈某，男，…")
            p.role = previous.role
        elif previous is not None and previous.role and _CHILD_BEFORE.search(own) and _CHILD_BEFORE.search(previous_own) \
                and re.fullmatch(r"[\s。；;，,]*", text[last_end:own_at]):
            p.role = previous.role  # the next of the children listed ("大儿子某某，…；\n二儿子某某，…")
        elif previous is not None and previous.role == "被告" and not own and \
                re.fullmatch(r"[。；;，,]?[ \t\u3000]*\n[ \t\u3000]*", text[last_end:own_at]):
            p.role = "被告"  # the next line of those sued, described one a line ("王某，女，…。\n王某某，男，…")
        elif _CHILD_BEFORE.search(before) and any(q.role == "原告" for q in people):
            pass  # a child of the story ("儿子某某（2016年出生）"), no party unless a role word or a word of suing names it
        elif suing and len(own) <= _STORY_GAP and not re.search(r"[。！!？?]", text[last_end:p.at]):
            p.role = "被告"  # the next one of a list of those sued ("…，女的叫某某（…）")
        elif _FIRST_PERSON.search(text[max(last_end, p.at - 12):p.at]) or not any(q.role == "原告" for q in people):
            if not any(q.role == "被告" for q in people) or \
                    (intro is not None and intro[0] == p.name and not any(q.role == "原告" for q in people)):
                # (the filer may introduce themself after listing those sued: "特此起诉以下三方：…\n我叫某某，女，…")
                p.role = "原告"
        elif not any(q.role == "被告" for q in people) and len(own) <= _STORY_GAP:
            # no word of suing: the first one described after the filer, before the story starts, is the one the
            # letter is against ("下面这两个人欠我钱不还：\n一位是某某（男，…）"), and the list goes on from there
            p.role, suing = "被告", True
        last_end = p.attrs[1]
        previous, previous_own = p, own
        numbered = _NUMBERED.match(own)
        previous_number = _item_number(numbered) if numbered else 0


def _clean_org(name: str, known: frozenset[str] = frozenset()) -> str:
    """An organisation's name without the words of the sentence before it ("我原来上班的某某公司", "王某和某某公司",
    "他上的幼儿园——某某幼儿园")."""
    name = re.sub(r"^(?:我们|咱们|我家)(?:的)?(?=[\u4e00-\u9fa5]{4})", "", name)  # "告我们天等村民委员会"
    name = re.sub(r"^(?:还有|以及|另外还有|另外|再就是)(?=[\u4e00-\u9fa5]{4})", "", name)  # "还有某某有限公司"
    name = re.sub(r"^(?:全称|全名|大名)(?:是|为|叫)?[:：]?(?=[\u4e00-\u9fa5]{4})", "", name)  # "“某某装饰”，全称某某有限公司"
    name = re.sub(r"^[（(][一二三四五六七八九十\d]{1,2}[）)]", "", name)  # a list's number: "（一）某某有限公司"
    for k in range(len(name) - 1, -1, -1):
        if name[k] in "和与及跟同" and not any(name[:k].endswith(n) for n in known):
            continue  # "大连祥和物业…" is one name; "王某和某某公司" joins a person named in the letter
        if name[k] in "的和与及、—-－：:是叫跟同" and _ORG_SUFFIX.search(name[k + 1:]) and len(name) - k - 1 >= 4:
            return name[k + 1:]
    return name


def _generic_org(name: str) -> bool:
    """A kind of organisation, not its name ("物业公司", "这家装修公司", "我们小区的物业公司")."""
    return len(name) <= 4 or bool(re.match(r"[这那该一我他她它]", name)) or bool(re.search(r"[一两二三四五六七八九十几每]个", name))


_NAMED_ORG = re.compile(r"(?:名字叫|名叫|叫做|叫|全称(?:是|为|叫)?|名称(?:是|为)?|就是)[:：]?[“\"「]?(?P<name>[\u4e00-\u9fa5A-Za-z0-9（）()·]{4,40}?)"
                        r"[”\"」]?(?=[，,。；;（(\s]|$)")


def _orgs_sued(text: str, people: list[Person]) -> list[Person]:
    """Organisations named in a sentence of suing ("我要告某某度假酒店有限公司，地址是…", "我告王某和某某公司");
    a kind named first ("我们小区的物业公司") takes the name the letter gives it next ("名字叫“某某物业服务有限公司”")."""
    out: list[Person] = []
    for m in _suing(_SUE, text):
        stop = re.compile(r"[。！!？?\n]").search(text, m.end(), m.end() + _SENTENCE_MAX)
        end = stop.start() if stop else min(len(text), m.end() + _SENTENCE_MAX)
        if text[m.start():end].rstrip().endswith(("：", ":")):
            # "我要起诉三方，请法院立案：" and the list below it, to the end of its paragraph
            para = re.compile(r"\n[ \t\u3000]*\n|\n(?=[ \t\u3000]*(?:事情|事实|经过|\d{4}年|今年|去年))").search(text, end + 1)
            end = para.start() if para else min(len(text), end + 4 * _SENTENCE_MAX)
        for om in _ORG_NAME.finditer(text, m.end(), end):
            known = frozenset(p.name for p in people)
            name = _clean_org(om.group(1), known)
            k = om.start(1) + len(om.group(1)) - len(name)
            name = re.sub(r"[（(][^（()）]*(?:[我你他她的“”\"]|简称)[^（()）]*[）)]$", "", name)  # "（我们小区的物业）", "（“某某”）": a remark
            name = re.sub(r"[（(](?:个体工商户|个体户)[）)]$", "", name)  # a sole trader by its 字号, the form noted apart
            seat_in_name = re.search(r"[（(]([^（()）]*(?:路|街|道|巷|号|村|镇)[^（()）]*)[）)]$", name)
            if seat_in_name:
                name = name[:seat_in_name.start()]  # "某某有限公司（某区某路200号）": its seat, in brackets
            described = re.search(r"的(?:物业|物业公司|公司|店|厂|学校|幼儿园|医院)$", name)
            named_next = _ORG_NAME.match(text, om.end() + 1) if described and text[om.end():om.end() + 1] in "，," else None
            if named_next and re.search(r"(?:有限(?:责任)?公司|股份有限公司|集团)$", named_next.group(1)):
                # "华润凯旋门小区的物业，长春市某某物业服务有限公司，…": the kind described, then its name
                name = _clean_org(named_next.group(1), known)  # ("…的公司，叫某某有限公司")
                seat_in_name = None
                k = named_next.start(1) + len(named_next.group(1)) - len(name)
                om = named_next
            elif _generic_org(name):
                named = _NAMED_ORG.search(text, om.end(), min(len(text), om.end() + 200))
                if named and _ORG_SUFFIX.search(named.group("name")):
                    name, k = named.group("name"), named.start("name")
                    seat_in_name = None
                else:
                    # "车是某某物流有限公司的（地址…）…我想告陈某和物流公司": the one company of that kind the story named
                    told = _told_before_by_kind(text, name, om.start(), known)
                    if told is None:
                        continue
                    name, k = told
                    seat_in_name = None
            if _SOLE_TRADER.match(text, k + len(name)) and re.match(r"[”\"」]?[（(]?(?:个体户|个体工商户)[）)]?的(?:老板|经营者|店主)",
                                                                 text[k + len(name):k + len(name) + 16]):
                continue  # the operator named as the one sued is the party, not the shop
            # (a name that starts with its place is a name: "某某市乐从镇某某店")
            if re.search(r"那个|那家|这个|这家", name):
                continue  # a description of one named before ("某某有限公司，就是某路6号那个造纸厂")
            if re.search(r"开(?:了|着)?(?:个|一个|家|一家)?(?:饭馆|餐馆|酒楼|酒家|饭店|店|厂)$", name):
                continue  # what one does ("现在在某区开饭馆"), not a name
            if re.search(r"开[^，,。；;\n]{0,8}[（(](?:店名|名字)?(?:叫|是)?[“\"「]?$", text[max(0, k - 16):k]):
                continue  # the sign of the business the one sued runs, told in brackets ("他开饭店（叫“某某农家院”，没办执照）")
            if (re.search(r"[了把被给让从向对]", name[:-3]) and not re.match(r"[\u4e00-\u9fa5]{2,9}?(?:省|自治区|市|县|区|旗)", name)) or re.match(r"[在到去开]|住所|住址|地址|位于|家住|办公(?:地点|地址)|营业地", name):
                continue  # words of a sentence, not a name ("了村委会和派出所")
            # (an office inside another's seat is that one's address: "…有限公司，办公地点在某小区物业服务中心")
            if any(p.at <= k < p.attrs[1] for p in people + out) or any(o.name == name for o in out) or \
                    not plausible_name(name, "organization"):
                continue
            after = k + len(name)
            # (the seat's cue stands within 40 characters of the name; the seat itself may run on)
            seat = _SEAT.search(text, after, min(len(text), after + 40 + 60))
            attrs = (seat.start(), seat.end()) if seat and seat.start() - after <= 40 and \
                "\n" not in text[after:seat.start()] else (after, after)
            if seat_in_name:
                attrs = (after + 1, after + 1 + len(seat_in_name.group(1)))
            elif (that := _SEAT_THAT.match(text, after)):
                attrs = (that.start(1), that.end(1))  # "…有限公司，就是某镇某路6号那个造纸厂": the place it is at
            out.append(Person(name, k, attrs, kind="organization", role="被告"))
    return out


# a person told as labelled lines under a heading of whose they are ("我的基本情况：\n姓名：某某\n性别：女\n…",
# "对方的情况：\n姓名：…")
_FIELD_BLOCK = re.compile(r"(?m)^[ \t\u3000]*(?:(?P<us>我|本人|原告|起诉人)|(?P<them>对方|被告|被起诉人|他|她))的?(?:基本)?(?:情况|信息|资料)[:：]?[ \t]*\n"
                          r"[ \t\u3000]*姓\s*名[:：][ \t\u3000]*(?P<name>[\u4e00-\u9fa5·]{2,8})[ \t\u3000]*\n"
                          r"(?P<fields>(?:[ \t\u3000]*[\u4e00-\u9fa5]{2,8}[:：][^\n]*(?:\n|$)){1,8})")


def _field_blocks(text: str, people: list[Person]) -> list[Person]:
    """People told as labelled lines under "我的基本情况：" (the filer) or "对方的基本情况：" (the one sued)."""
    known = {p.name for p in people}
    out: list[Person] = []
    for m in list(_FIELD_BLOCK.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]:
        name = m.group("name")
        if name in known or not plausible_name(name, "person"):
            continue
        known.add(name)
        out.append(Person(name, m.start("name"), (m.start("fields"), m.end("fields")), role="原告" if m.group("us") else "被告"))
    return out


# an item of a numbered list: the name (spaced out to align, "张  兵"), then its description in brackets, which may
# run over lines ("1、 张  兵  （包工头，男，四十五六岁，…）")
_BRACKETED_ITEM = re.compile(r"(?m)^[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十])[、.．)）][ \t\u3000]*"
                             r"(?P<name>[\u4e00-\u9fa5·](?:[ \t\u3000]{0,3}[\u4e00-\u9fa5A-Za-z0-9·（）]){1,39})[ \t\u3000]*"
                             r"[（(](?P<attrs>[^（()）]{1,300})[）)]")


def _listed_in_brackets(text: str, people: list[Person]) -> list[Person]:
    """Those sued listed under a heading of suing ("我告的人："), each a numbered item with its description in
    brackets."""
    out: list[Person] = []
    known = {p.name for p in people}
    for heading in _suing(_SUE_HEADING, text):
        para = re.compile(r"\n[ \t\u3000]*\n").search(text, heading.end())
        end = para.start() if para else min(len(text), heading.end() + 4 * _SENTENCE_MAX)
        pos = heading.end()
        while (item := _BRACKETED_ITEM.match(text, pos + 1 if text.startswith("\n", pos) else pos)) and item.start() < end:
            pos = item.end()
            name = re.sub(r"\s", "", item.group("name"))
            kind = "organization" if _ORG_SUFFIX.search(name) else "person"
            if name in known or any(p.at <= item.start("name") < p.attrs[1] and p.at < item.start() for p in people) or \
                    not plausible_name(name, kind) or (kind == "person" and len(name) > 4):
                continue
            known.add(name)
            out.append(Person(name, item.start("name"), (item.start("attrs"), item.end("attrs")), kind=kind, role="被告"))
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = nl
    return out


_KIN_WORDS = ("父亲|母亲|爸爸|妈妈|丈夫|妻子|老公|老婆|儿子|女儿|哥哥|弟弟|姐姐|妹妹|公公|婆婆|岳父|岳母|儿媳|女婿|爷爷|奶奶")
# "…；还有她父亲邓某、母亲王某，也住在某村2组": kin of one sued, named after that person's description
_KIN_SUED = re.compile(r"(?:(?:还有|以及|另外还有)(?:他|她|他们|她们)?|[和及与](?:他|她|他们|她们))的?(?:" + _KIN_WORDS + r")(?P<names>[\u4e00-\u9fa5]{2,3}"
                       r"(?:[、和及与](?:(?:他|她)的?)?(?:" + _KIN_WORDS + r")?[\u4e00-\u9fa5]{2,3})*)(?=[，,；;。\n（(]|$)")
_ALSO_HOME = re.compile(r"^[，,]\s*(?:也|都|均)?(住(?:在)?[^，,。；;\n]{2,60})")


def _kin_sued(text: str, people: list[Person]) -> list[Person]:
    """Kin of a person sued, named after that person's description in the same sentence, are sued with them."""
    out: list[Person] = []
    known = {p.name for p in people}
    for p in people:
        if p.role != "被告" or p.restated or p.kind != "person":
            continue
        stop = re.compile(r"[。\n]").search(text, p.attrs[1])
        end = stop.start() if stop else len(text)
        m = _KIN_SUED.search(text, p.attrs[1], end)
        if not m:
            continue
        home = _ALSO_HOME.match(text[m.end():end])
        attrs = (m.end() + home.start(1), m.end() + home.end(1)) if home else (m.end(), m.end())
        for piece in re.finditer(r"(?:(?:他|她)的?)?(?:" + _KIN_WORDS + r")?([\u4e00-\u9fa5]{2,3})(?=[、和及与]|$)",
                                 m.group("names")):
            name = piece.group(1)
            if name in known or not plausible_name(name, "person") or re.match(r"[在是也都和跟住从到去]", name):
                continue  # ("户口和她父亲在一起": no name)
            known.add(name)
            out.append(Person(name, m.start("names") + piece.start(1), attrs, role="被告", restated=True))
    return out


# "，就是某镇某路6号那个造纸厂": where the organisation just named is, told by what stands there
_SEAT_THAT = re.compile(r"[，,]\s*就是(?:在)?([^，,。；;（()）\n]{4,40}?(?:号|路|街|村|组|区|园))(?:的)?(?:那个|那家|那座)")
_CLAUSE_HOME = re.compile(r"(?:[（(][^（()）\n]{0,80}[）)])?[，,]\s*(?:都|均|也|俩人都|两人都)?(?P<home>住(?:在)?[^，,。；;\n]{4,60})")


# the claims name those sued where the letter names them nowhere else ("请求判令楼上701室的业主某某、某某赔偿…")
# (the first item may follow at once: "我请求法院：1.判决某某给我…")
# (the court asked in plain words to make someone pay: "我要求法院让某某把…修好，赔我…", "请求法院判某某赔我们…")
_CLAIM_ORDER = re.compile(r"(?:请求|要求|希望|恳请|(?:(?<![申邀聘])请|恳求|求|望|要)(?=(?:人民)?法院|法官))[:：]?(?:人民)?(?:法院|法官)?(?:[:：]\s*(?:\d{1,2}|[一二三四五六七八九十])[、.．]\s*)?(?:判(?:令|决)?|让|叫|责令)?"
                          r"(?P<who>[^，,。；;！!？?\n]{2,60}?)"
                          r"(?=赔偿|赔我|赔给|还我|恢复|拆除|停止|排除|清除|搬走|腾退|修复|支付|返还|归还|偿还|退还|给付|承担|对上述|共同|连带|向我|给我|把|将)")


# an item of the claims whose subject is the one ordered ("二、智学远航退还我培训费…")
_CLAIM_ITEM = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)])"
                         r"[ \t\u3000]*(?:请求|要求)?(?:法院)?(?:判(?:令|决)?)?(?P<who>[^，,。；;！!？?\n]{2,40}?)"
                         r"(?=赔偿|支付|返还|归还|偿还|退还|给付|承担|连带)")
# an organisation named in full once and by a short name after ("某某教育科技有限公司（以下简称“某某”）")
_ALIAS = re.compile(r"(?P<full>[\u4e00-\u9fa5A-Za-z0-9（）()·]{2,40}?" + _LETTER_ORG_SUFFIX + r")[（(](?:以下)?简称[:：]?"
                    r"[“\"「]?(?P<short>[^“”\"「」（()）\n]{2,12}?)[”\"」]?[）)]")


# an organisation ordered by a word that points back ("该公司", "这家机构"), and the name endings of each kind
_REFERRED_ORG = re.compile(r"[:：]?\s*(?:该|这家|这个|那家|上述)(公司|机构|店|厂|学校|医院)")
# (or by its kind alone, a word of three or more characters that ends the full name before its legal form:
# "旅行社" of "某某国际旅行社有限公司")
_BARE_KIND = re.compile(r"\s*([\u4e00-\u9fa5]{2,4}?(?:社|院|所|园|校|行|馆|场|站))[:：]?")
_LEGAL_FORM_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)$")
_REFERRED_KIND = {"公司": ("公司",), "机构": ("公司", "中心", "学校", "工作室", "俱乐部"), "店": ("店", "商行", "超市"),
                  "厂": ("厂",), "学校": ("学校", "学院"), "医院": ("医院", "诊所", "卫生院")}


def _org_in_story(words: str, known: set[str]) -> str:
    """An organisation's name told in the story, without the words before it ("2024年9月我在某某有限公司…")."""
    # (the writer may go with someone: "我和老伴在某某有限公司报了…")
    return _clean_org(re.sub(r"^.*?(?:我们|我|本人)(?:[和与跟同][\u4e00-\u9fa5]{1,3}?)?(?:在|向|到|从|于|与|和|跟|给)", "",
                             words), frozenset(known))


def _story_org_name(words: str, known: set[str]) -> str:
    """An organisation's name told in the story, without the words and the date before it ("我于2026年3月8日在某某有限公司…",
    "我报名了某某有限公司…")."""
    name = _clean_org(re.sub(r"^.*(?:了|\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?)(?:在|到|向|从|于|去)?", "",
                             _org_in_story(words, known)), frozenset(known))
    # (and the words of engaging it: "他们今年8月请某某装饰工程有限公司…")
    engaged = re.match(r"^[^，,。；;]*?(?:请了?|找了?|雇了?|委托了?|聘请了?)(?=[\u4e00-\u9fa5]{6,})", name)
    return name[engaged.end():] if engaged and _ORG_SUFFIX.search(name[engaged.end():]) else name


def _seat_attrs(text: str, after: int) -> tuple[int, int]:
    """The span of the seat told within 40 characters after an organisation's name ending at `after` ("，地址在某市某路1号"),
    else an empty span there."""
    seat = _SEAT.search(text, after, min(len(text), after + 100))
    return (seat.start(), seat.end()) if seat and seat.start() - after <= 40 else (after, after)


def _sued_in_claims(text: str, people: list[Person]) -> list[Person]:
    """Those the claims order to pay, in a letter that names no one sued before its claims; an organisation ordered
    by the short name the letter gave it is the one named in full."""
    if any(p.role == "被告" for p in people):
        return []
    out: list[Person] = []
    known = {p.name for p in people}
    aliases = {}
    for a in _ALIAS.finditer(text, 0, min(len(text), 8000)):
        full = _org_in_story(a.group("full"), known)
        aliases.setdefault(a.group("short"), (full, a.end("full") - len(full)))
    orders = list(_CLAIM_ORDER.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]
    orders += [m for m in list(_CLAIM_ITEM.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]
               if m.group("who") in aliases]
    for m in orders:
        ref = _REFERRED_ORG.fullmatch(m.group("who")) or _BARE_KIND.fullmatch(m.group("who"))
        if ref:
            # "判令该公司退还…", "判旅行社：退还…": the one organisation of that kind the letter named before
            kinds = _REFERRED_KIND.get(ref.group(1), (ref.group(1),))
            named = {_org_in_story(o.group(1), known): o for o in _ORG_NAME.finditer(text, 0, m.start())
                     if _LEGAL_FORM_END.sub("", o.group(1)).endswith(kinds) or o.group(1).endswith(kinds)}
            if len(named) == 1:
                (name, o), = named.items()
                if name not in known and plausible_name(name, "organization"):
                    known.add(name)
                    k = o.start(1) + len(o.group(1)) - len(name)
                    out.append(Person(name, k, _seat_attrs(text, o.end()), kind="organization", role="被告", restated=True))
            continue
        if m.group("who") in aliases:
            name, k = aliases[m.group("who")]
            if name in known or not plausible_name(name, "organization"):
                continue
            known.add(name)
            # its seat told by the short name ("智学远航的地址是某市某路91号")
            seat = re.compile(re.escape(m.group("who")) + r"的(?:地址|住所地?|办公地点)").search(text)
            seat = _SEAT.search(text, seat.start() + len(m.group("who")), seat.end() + 70) if seat else None
            out.append(Person(name, k, (seat.start(), seat.end()) if seat else (k + len(name), k + len(name)),
                              kind="organization", role="被告", restated=True))
            continue
        pos = m.start("who")
        for piece in re.split(r"[、和与及]", m.group("who")):
            at = pos
            pos += len(piece) + 1
            org = _ORG_NAME.search(piece)
            if org and _ORG_SUFFIX.search(org.group(1)):
                name, k, kind = _clean_org(org.group(1), frozenset(known)), at + org.start(1), "organization"
                k += len(org.group(1)) - len(name)
                # ordered by a short name ("判决美颜坊公司退还…") after the story named it in full: the full name
                told = _told_before_by_kind(text, name, k, frozenset(known))
                if told:
                    name = _after_dealing(_story_org_name(told[0], known))
                    k = told[1] + len(told[0]) - len(name)
                else:
                    # the same sign the story gave with its place before it ("东莞市长安镇鸿运五金厂" for "鸿运五金厂")
                    placed = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|镇|乡|旗)" + re.escape(name)).search(text, 0, k)
                    if placed:
                        full = _story_org_name(re.sub(r"^.*?(?=[\u4e00-\u9fa5]{2,}(?:省|市))", "", placed.group()), known)
                        if full.endswith(name) and plausible_name(full, "organization"):
                            name, k = full, placed.end() - len(full)
            else:
                found = _name_before(piece + "（", 0, len(piece))
                if not found or len(found[0]) > 4:
                    continue
                name, k, kind = found[0], at + found[1], "person"
            if name in known or not plausible_name(name, kind):
                continue
            known.add(name)
            out.append(Person(name, k, (k + len(name), k + len(name)), kind=kind, role="被告", restated=True))
    return out or _org_short_in_claims(text, known)


# a numbered claim ordering an organisation by a short name ("一、叫安馨家政公司把…退给我")
_CLAIM_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)])[^\n]*")
_SHORT_ORG = re.compile(r"([\u4e00-\u9fa5]{2,10}?)(?:公司|店|厂|医院|学校|中心|机构|酒店|超市)")


def _org_short_in_claims(text: str, known: set[str]) -> list[Person]:
    """The one organisation the letter named in full in its story ("到“某某家政服务有限公司”（…住所是…）签了合同") that its
    claims order by a short name made of a part of the full one ("叫某某家政公司把…退给我")."""
    full_names = {}
    for o in _ORG_NAME.finditer(text, 0, min(len(text), 8000)):
        name = _story_org_name(o.group(1), known)
        if len(name) >= 6 and re.search(r"有限(?:责任)?公司$|股份有限公司$", name) and plausible_name(name, "organization"):
            full_names.setdefault(name, o.start(1) + len(o.group(1)) - len(name))
    for line in list(_CLAIM_LINE.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]:
        if not re.search(r"退|赔|还|付|给", line.group()):
            continue
        for short in _SHORT_ORG.finditer(line.group()):
            words = short.group(1)
            # (the longest tail of the words before the kind, three characters or more, inside one full name)
            hits = {f for f in full_names for i in range(len(words) - 2) if words[i:] in f}
            if len(hits) == 1:
                (name,) = hits
                if name in known:
                    return []
                k = full_names[name]
                return [Person(name, k, _seat_attrs(text, k + len(name)), kind="organization", role="被告", restated=True)]
    return []


_CREDIT_CODE = re.compile(r"统一社会信用代码")
# the seat in brackets right after an organisation's name ("某某有限公司（地址某市某路1号，…）", "（某市某区某路669号）")
_SEAT_IN_BRACKETS = re.compile(r"[（(](?:地址|住所地?|位于|办公地点)?(?:是|为|在|[:：])?(?P<addr>[^（()）\n，,；;]{2,12}?(?:省|自治区|市|县|区|旗)"
                               r"[^（()）\n，,；;]{2,50})[，,；;）)]")


def _orgs_with_code(text: str, people: list[Person]) -> list[Person]:
    """An organisation whose unified credit code the letter gives is a party: a letter describes so only the one it
    sues ("发货单上写的是某某有限公司（地址…，统一社会信用代码…）", "这家公司的统一社会信用代码是…")."""
    if not any(p.role == "原告" for p in people):
        return []
    out: list[Person] = []
    known = {p.name for p in people}
    for code in list(_CREDIT_CODE.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]:
        sentence = max(text.rfind(c, 0, code.start()) for c in "。！!？?\n") + 1
        if re.search(r"(?:我|我们|本)(?:公司|单位|厂|店)", text[sentence:code.start()]):
            continue  # the filer's own code
        here = [o for o in _ORG_NAME.finditer(text, sentence, code.start())]
        ref = _REFERRED_ORG.search(text, sentence, code.start())
        if not here and ref:
            # "这家公司的统一社会信用代码是…": the one organisation of that kind the letter named before
            here = [o for o in _ORG_NAME.finditer(text, 0, sentence) if o.group(1).endswith(_REFERRED_KIND[ref.group(1)])]
            if len({_org_in_story(o.group(1), known) for o in here}) != 1:
                continue
        if not here:
            continue
        o = here[-1]
        name = _story_org_name(o.group(1), known)
        k = o.start(1) + len(o.group(1)) - len(name)
        name = re.sub(r"[（(][^（()）]*[）)]$", "", name)
        if name in known or _generic_org(name) or not _ORG_SUFFIX.search(name) or not plausible_name(name, "organization"):
            continue
        known.add(name)
        seat = _SEAT_IN_BRACKETS.match(text, k + len(name)) or _SEAT.search(text, k + len(name), min(len(text), k + len(name) + 100))
        # (the attributes hold the seat with its cue, "地址：…", or the bare place in brackets)
        attrs = ((seat.start() + 1 if seat.re is _SEAT_IN_BRACKETS else seat.start(), seat.end("addr" if seat.re is _SEAT_IN_BRACKETS else 1))
                 if seat and seat.start() - k - len(name) <= 40 else (k + len(name), k + len(name)))
        out.append(Person(name, k, attrs, kind="organization", role="被告", restated=True))
    return out


# an organisation's seat in brackets right after its name, with its cue ("某某有限公司（公司地址：某市某路66号）")
# (the place may follow 住所地 at once: "（住所地某省某县某镇工业区，…）")
_SEAT_CUED = re.compile(r"[（(](?:公司|单位|厂|店|医院|学校)?(?:(?:地址|住所|营业场所|经营场所)(?:是|为|在|[:：])|住所地(?:是|为|在|[:：])?)")
_DEMAND_CUE = re.compile(r"请求|要求|诉求|判令|判决")
# (the name may end in 的: "车是某某有限公司的（公司地址：…）")
_ORG_BEFORE_SEAT = re.compile(r"[“\"「]?([\u4e00-\u9fa5A-Za-z0-9（）()·]{2,40}?" + _LETTER_ORG_SUFFIX + r")[”\"」]?的?(?=" + _SEAT_CUED.pattern + ")")


def _orgs_with_seat(text: str, people: list[Person]) -> list[Person]:
    """An organisation the story names with its seat in brackets ("车是某某租车有限公司的（公司地址：…）") and the claims
    order to pay, by its name or a part of it with its kind ("马俊和租车公司赔偿…"), is sued."""
    if not any(p.role == "原告" for p in people):
        return []
    out: list[Person] = []
    known = {p.name for p in people}
    for o in list(_ORG_BEFORE_SEAT.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]:
        name = _story_org_name(o.group(1), known)
        name = re.sub(r"^(?:是|在|到|去|向|从|给|替|帮)", "", name)
        if name in known or _generic_org(name) or not _ORG_SUFFIX.search(name) or not plausible_name(name, "organization"):
            continue
        cue = _DEMAND_CUE.search(text, o.end())
        if not cue:
            continue
        demand = text[cue.start():min(len(text), cue.start() + _SENTENCE_MAX)]
        named = name in demand or any(
            len(short.group(1)) >= 2 and any(short.group(1)[i:] in name for i in range(len(short.group(1)) - 1))
            for short in _SHORT_ORG.finditer(demand))
        if not named and name.endswith("公司") and re.search(r"公司", demand) and \
                re.match(r"[（(][^（()）]*(?:统一社会信用代码|法定代表人)", text[o.end():o.end() + 120]) and \
                len({m.group(1) for m in _ORG_BEFORE_SEAT.finditer(text, 0, min(len(text), 8000))}) == 1:
            # the one company the story describes as a party is ("请某某装饰工程有限公司（住所地…，法定代表人…）装修"),
            # ordered by its kind ("…和装修公司一起赔我")
            named = True
        if not named:
            continue
        known.add(name)
        k = o.start(1) + len(o.group(1)) - len(name)
        seat = _SEAT.search(text, o.end(), min(len(text), o.end() + 100))
        attrs = (seat.start(), seat.end()) if seat else (k + len(name), k + len(name))
        out.append(Person(name, k, attrs, kind="organization", role="被告", restated=True))
    return out


# how many the letter sues, said as a count ("所以我告他们三个", "三被告赔偿…")
_SUED_COUNT = re.compile(r"(?:告|起诉)(?:他们|她们|这|以上|上面|下面)?(?P<n>[两二三四五])(?:个|家|方|位|名)|(?P<m>[两二三四五])(?:个|名|位)?被告"
                         # (or whom the claims order: "我要求他们三个一起赔我…")
                         r"|(?:要求|让|叫|请求法院判)(?:他们|她们)(?P<k>[两二三四五])(?:个|家|位|人)")
# a company the story names in passing ("这车在某某保险股份有限公司某某分公司买了交强险"), a branch's name included
_STORY_COMPANY = re.compile(r"[\u4e00-\u9fa5（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司)(?:[\u4e00-\u9fa5]{2,12}?(?:分公司|支公司))?")
_COMPANY_START = re.compile(r"中国|[\u4e00-\u9fa5]{2,6}?(?:省|自治区|市|县|区|旗)")
# its seat told after it by a word that points back ("这家保险公司营业场所在某市某路9号")
_SEAT_BACK = re.compile(r"(?:(?:这家|该|那家)[\u4e00-\u9fa5]{0,4}|保险)(?:公司|单位)的?(?=地址|住所|营业场所|办公地点|位于|在)")


def _counted_sued(text: str, people: list[Person], untold: dict[str, Person]) -> list[Person]:
    """Those sued where the letter says how many it sues and names fewer with the word: the people it describes in
    the story with no role ("车是他表哥赖某的，赖某，男，…") and the companies it names in passing, when together they
    make up the count exactly."""
    m = _SUED_COUNT.search(text)
    if not m:
        return []
    want = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[m.group("n") or m.group("m") or m.group("k")]
    sued = [p for p in people if p.role == "被告"]
    if len(sued) >= want:
        return []
    known = {p.name for p in people} | set(untold)
    found = [p for p in untold.values() if p.kind == "person" and p.attrs[1] > p.attrs[0] and p.at < m.start()]
    for c in _STORY_COMPANY.finditer(text, 0, m.start()):
        name = _story_company(c, known)
        k = c.end() - len(name)
        if any(name.endswith(n) for n in known) or any(p.at <= k < p.attrs[1] for p in people + found) or not plausible_name(name, "organization"):
            continue
        known.add(name)
        back = _SEAT_BACK.search(text, c.end(), min(len(text), c.end() + 80))
        attrs = _seat_attrs(text, back.end()) if back else _seat_attrs(text, c.end())
        found.append(Person(name, k, attrs, kind="organization", restated=True))
    if len(sued) + len(found) != want:
        return []
    for p in found:
        p.role = "被告"
    return [p for p in found if p.kind == "organization"] + [p for p in found if p.kind == "person"]


# a list of those sued by ordinal under the sentence that sues them ("我告下面这三家：\n第一个，某某，男，…；\n第二个，
# 某某，某某他弟弟，住…；")
_SUE_LIST_HEAD = re.compile(r"(?:告|起诉)(?:下面|以下|下列)(?:这)?[两二三四五](?:个|家|方|位|名)(?:人)?[^。\n：:]{0,30}[：:]")
_ORDINAL_ITEM = re.compile(r"(?m)^[ \t\u3000]*第[一二三四五](?:个|家|位|名)?[，,：:、][ \t]*(?P<name>[\u4e00-\u9fa5]{2,4})(?=[，,])"
                           r"(?P<rest>[^；;\n]*)")


def _ordinal_list_sued(text: str, people: list[Person]) -> list[Person]:
    """The people of a sued list by ordinal that the fields reader passed over (one told by a relation and a home
    only: "第二个，宋某，宋某某他弟弟，住…")."""
    head = _SUE_LIST_HEAD.search(text)
    if not head:
        return []
    known = {p.name for p in people}
    out = []
    for item in _ORDINAL_ITEM.finditer(text, head.end(), min(len(text), head.end() + 1500)):
        name = item.group("name")
        if name in known or not plausible_name(name, "person") or _ORG_SUFFIX.search(name) or \
                any(p.at <= item.start("name") < max(p.attrs[1], p.at + len(p.name)) for p in people):
            continue
        known.add(name)
        out.append(Person(name, item.start("name"), (item.end("name"), item.end("rest")), role="被告"))
    return out


_HOME_BEFORE_NAMES = re.compile(r"住在?(?P<addr>[^，,。；;\n的]{4,60})的(?:业主|住户|房主|租户|邻居)?")


_BOSS_TITLE = r"(?:老板娘|老板|老总|经理|师傅|厂长|总)"
_NAME_AND_TITLE = re.compile(r"\s*(?:叫|是|为|名叫)?\s*(?P<name>(?P<sur>[\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,2})(?P=sur)"
                             + _BOSS_TITLE + r"\s*")


def _people_sued_unnamed(text: str, people: list[Person]) -> list[Person]:
    """People a sentence of suing names without describing them ("我要告孙某，他是…的老板", "我要告杨某和她的爸妈杨某、马某"):
    each name of the list right after the word of suing, where the letter writes it again."""
    out: list[Person] = []
    known = {p.name for p in people}
    for m in _suing(_SUE_WORD, text):
        clause = re.match(r"[^，,。；;！!？?\n（(]*", text[m.end():m.end() + _SENTENCE_MAX]).group()
        # a home said once for all the clause names, after a remark on them ("某某和他媳妇某某（俩人…），住…")
        shared = _CLAUSE_HOME.match(text, m.end() + len(clause))
        # or before them, for all of them ("一是住在某小区1801室的业主某某、某某两口子")
        home_first = _HOME_BEFORE_NAMES.search(clause)
        pos = m.end()
        for piece in re.split(r"[、和与及跟]", clause):
            at = pos + (len(piece) - len(piece.lstrip()))
            pos += len(piece) + 1
            # the name and the same surname with a title after it ("黄永兴黄老板"): the name
            appos = _NAME_AND_TITLE.fullmatch(piece)
            found = (appos.group("name"), appos.start("name")) if appos else _name_before(piece + "（", 0, len(piece))
            if not found:
                continue
            name = found[0]
            # (a name written once will do where the letter names it as the one sued: "我要告的人叫某某")
            named_as_sued = m.group().endswith(("的人", "的是", "的对象")) and \
                (appos or re.match(r"\s*(?:叫|是|为|名叫)?\s*" + re.escape(name) + r"(?:[，,。；;\s]|$)", clause))
            if name in known or _ORG_SUFFIX.search(name) or len(name) > 4 or (text.count(name) < 2 and not named_as_sued) or \
                    re.search(r"[费金款元钱]$", name):
                continue
            known.add(name)
            k = at + found[1]
            home = re.compile(re.escape(name) + r"(?:本人)?(?:也|现|现在)?住(?:在)?([^，,。；;\n]{4,60})").search(text, k + len(name))
            attrs = (home.start(1) - 1, home.end()) if home else \
                (shared.start("home"), shared.end("home")) if shared else \
                (m.end() + home_first.start(), m.end() + home_first.end("addr")) if home_first and \
                m.end() + home_first.end() <= k else (k + len(name), k + len(name))
            out.append(Person(name, k, attrs, role="被告", restated=True))
    return out


def read_letter(norm: str, start: int, end: int) -> list[ParsedParty]:
    """The parties of a letter in norm[start:end] ([] unless it names a filer and someone sued)."""
    return read_letter_block(norm, start, end)[0]


# the one writing acts for the company that files ("我是某某有限公司的老板某某，我们公司（地址：…）要告…")
_COMPANY_FILER = re.compile(r"我是(?P<org>[\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|合作社|商行|经营部|厂))的?"
                            r"(?:老板|法定代表人|负责人|总经理|经理|董事长|厂长)(?P<name>[\u4e00-\u9fa5]{2,3})(?=[，,。])")
_COMPANY_SUES = re.compile(r"我们(?:公司|厂|合作社|店)(?P<seat>[（(][^（()）\n]{4,120}[）)])?[^。\n]{0,20}?(?:要告|要起诉|起诉|状告)")


def _company_files(text: str, people: list[Person]) -> list[Person]:
    """A letter written by the head of a company for the company: the company is the filer, the one writing no
    party, and those the letter describes are sued."""
    company = _COMPANY_FILER.search(text, 0, min(len(text), 600))
    sues = _COMPANY_SUES.search(text, company.end(), min(len(text), company.end() + 200)) if company else None
    if not sues:
        return people
    out = []
    for p in people:
        if p.name == company.group("name"):
            continue  # who writes for the company acts for it
        if p.role == "原告" and not _ROLE_BEFORE.search(text[max(0, p.at - 8):p.at]):
            p.role = "被告"
        out.append(p)
    seat = _SEAT.search(text, sues.start("seat"), sues.end("seat")) if sues.group("seat") else None
    at = company.start("org")
    attrs = (seat.start(), seat.end()) if seat else (at + len(company.group("org")),) * 2
    return [Person(company.group("org"), at, attrs, kind="organization", role="原告")] + out


def _story_company(c: re.Match, known: set[str]) -> str:
    """A company's name as the story tells it (a _STORY_COMPANY match): from its place name on, else without the words
    of the sentence before it."""
    start = _COMPANY_START.search(c.group())
    return c.group()[start.start():] if start else _story_org_name(c.group(), known)


def _told_before_by_kind(text: str, kind: str, before: int, known: frozenset[str]) -> tuple[str, int] | None:
    """The one company the story named in full before `before` whose name holds the kind a letter sues it by ("物流公司"
    for "某某物流有限公司"): (name, offset), else None."""
    core = re.sub(r"^(?:这家|那家|该|这个|那个|一家|他们|她们|他的|她的)", "", kind)
    core = re.sub(r"(?:有限责任公司|股份有限公司|有限公司|公司)$", "", core)
    if len(core) < 2 or not kind.endswith("公司"):
        return None
    found = {}
    for c in _STORY_COMPANY.finditer(text, 0, before):
        full = _story_company(c, set(known))
        if core in full and len(full) > len(kind) and plausible_name(full, "organization"):
            found.setdefault(full, (full, c.end() - len(full)))
    return next(iter(found.values())) if len(found) == 1 else None


# a sole trader told by its sign with its operator after it ("告状的是：某某五金店（个体工商户），店开在…，经营者某某，男，…")
_TRADER_BEFORE_OPERATOR = re.compile(r"(?:^|(?<=[：:，,。；;\n]))[ \t\u3000]*(?:是)?[“\"「]?(?P<org>[\u4e00-\u9fa5A-Za-z0-9·]{2,30}?)[”\"」]?"
                                     r"[（(](?:个体工商户|个体户)[）)][^。\n]{0,60}?(?:经营者|业主|店主|老板)(?:是|为|[:：])?\s*$")


def _sole_traders(text: str, people: list[Person]) -> list[Person]:
    """The shop in place of its operator where the letter files or sues the shop by its sign (a 个体工商户 with a 字号 is
    the party, 民诉法解释 art. 59) and names the operator only as such."""
    out = []
    for p in people:
        trader = _TRADER_BEFORE_OPERATOR.search(text, max(0, p.at - 120), p.at)
        if p.kind == "person" and trader and plausible_name(trader.group("org"), "organization") and \
                _ORG_SUFFIX.search(trader.group("org")):
            seat = _SEAT.search(text, trader.end("org"), p.at)
            at = trader.start("org")
            attrs = (seat.start(), seat.end()) if seat else (at + len(trader.group("org")),) * 2
            p = Person(trader.group("org"), at, attrs, kind="organization", role=p.role)
        out.append(p)
    return out


# a sole trader told in the story by its sign ("门面租给某某面馆（个体工商户，老板叫某某）"), and a line for its seat
_TRADER_IN_STORY = re.compile(r"(?P<org>[\u4e00-\u9fa5A-Za-z0-9·]{2,40}?)[（(](?:个体工商户|个体户)[，,）)]")
_SUED_SEAT_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:被告|对方)(?:的)?(?:地址|住所地?|经营场所)[:：]\s*(?P<addr>[^，,。；;（()）\n]{4,60})")


def _bare_filers(text: str, bare: re.Match) -> list[Person]:
    """The filer (or two) a letter names bare in the first person, with at most a home ("我是某市某街18号的住户某某，今年
    六十八了"); a parent writing for a child ("我叫某某，是某某某的妈妈") files for the child."""
    if not plausible_name(bare.group("name"), "person") or bare.group("name") in _RELATION:
        return []
    child = _PARENT_OF.match(text, bare.end("name"))
    name, at = (child.group("child"), child.start("child")) if child else (bare.group("name"), bare.start("name"))
    if not plausible_name(name, "person"):
        return []
    # (the rest of the filer's sentence may tell their home: "我叫某某，今年五十五岁，家住某市某路9号。")
    stop = re.compile(r"[。！!？?\n]").search(text, at)
    rest = (at + len(name), stop.start() if stop else len(text))
    # (not where the home came before the name: "我是某区的居民某某，我2022年把房子租给…他住到…")
    told_home = re.search(_RESIDENT + "$", text[bare.start():bare.start("name")])
    filers = [Person(name, at, rest if not child and not told_home and rest[1] - rest[0] <= 80 else (at + len(name),) * 2,
                     role="原告")]
    other = bare.group("other")
    if other and not child and plausible_name(other, "person"):
        # "我们是某村的村民某某和某某": both file
        filers[0].attrs = (filers[0].attrs[0],) * 2
        k = bare.start("other")
        filers.append(Person(other, k, (k + len(other),) * 2, role="原告"))
    return filers


def _after_dealing(name: str) -> str:
    """An organisation's name told in the story without the dealing before it ("2023年我卖给某某有限公司…")."""
    return re.sub(r"^.*?(?:租给|卖给|借给|交给|承包给|转给|供货给|送货给)", "", name)


def _trader_in_story(text: str, people: list[Person]) -> list[Person]:
    """The one sole trader a filer's letter names by its sign where it names no one sued: the shop the story deals with
    is whom the letter is against (民诉法解释 art. 59: the 字号 is the party); its seat from a '被告地址：' line."""
    known = {p.name for p in people}
    found = {}
    for m in _TRADER_IN_STORY.finditer(text, 0, min(len(text), 8000)):
        name = _after_dealing(_story_org_name(m.group("org"), known))
        if name not in known and _ORG_SUFFIX.search(name) and not _generic_org(name) and plausible_name(name, "organization"):
            found.setdefault(name, m.start("org") + len(m.group("org")) - len(name))
    if len(found) != 1:
        return []
    (name, at), = found.items()
    seat = _SUED_SEAT_LINE.search(text)
    attrs = (seat.start("addr"), seat.end("addr")) if seat else _seat_attrs(text, at + len(name))
    return [Person(name, at, attrs, kind="organization", role="被告", restated=True)]


def _lone_org_with_seat(text: str, people: list[Person]) -> list[Person]:
    """The one organisation a letter names with its seat, where the letter names no one else it could be against
    ("合同上写的是某某教育咨询有限公司，地址在…" and claims of a refund from "他们")."""
    known = {p.name for p in people}
    found = {}
    for o in list(_ORG_NAME.finditer(text, 0, min(len(text), 8000)))[:_SUE_READ]:
        name = _story_org_name(o.group(1), known)
        name = re.sub(r"^.*?(?:写的是|写着|叫|是)(?=[\u4e00-\u9fa5]{6,})", "", name)
        after = o.start(1) + len(o.group(1))
        seat = _SEAT.search(text, after, min(len(text), after + 60))
        if seat and seat.start() - after <= 6 and _ORG_SUFFIX.search(name) and not _generic_org(name) and \
                plausible_name(name, "organization") and name not in known:
            found[name] = Person(name, after - len(name), (seat.start(), seat.end()), kind="organization", role="被告",
                                 restated=True)
    return list(found.values()) if len(found) == 1 else []


def _letter_people(norm: str, start: int, end: int) -> tuple[str, list[Person]]:
    """The letter's head (up to 此致) and the people and organisations it names with a role, in text order; no people
    unless it names a filer and someone sued."""
    text = norm[start:end]
    sign = re.search(r"(?m)^\s*此致", text)
    if sign:
        text = text[:sign.start()]
    people = find_people(text)
    _assign_roles(text, people)
    bare = _BARE_FILER.search(text, 0, min(len(text), 600))
    # (the people found after a bare filer may be the story's: one the claims order to pay is sued, not filing:
    # "我是某区的居民某某，…李某是男的，四十来岁，…请法官判李某给我房租…")
    ordered = [m.group("who") for m in _CLAIM_ORDER.finditer(text, 0, min(len(text), 8000))] if bare and people else []
    taken = [p for p in people if p.role == "原告" and any(p.name in w for w in ordered)]
    # (or where those found are only the ones sued: "我叫某某，住…。我要起诉房东某某，…某某，女，五十多岁，…")
    # (unless the filer is described further on, under the signature: "某某（手印），女，…生，…")
    described_later = bare and re.compile(re.escape(bare.group("name")) + r"(?:[（(][^）)\n]{0,6}[）)])?[，,]\s*(?:男|女)").search(
        norm, start + bare.end("name"), end)
    if bare and (not people or ((taken and not any(p.role == "被告" for p in people)
                                 or not any(p.role == "原告" for p in people) and not described_later)
                                and bare.group("name") not in {p.name for p in people} and bare.start("name") < min(p.at for p in people))):
        filers = _bare_filers(text, bare)
        if filers:
            for p in taken:
                p.role = "被告"
            people = filers + people
    people = _sole_traders(text, _company_files(text, people))
    if people and not any(p.role == "被告" for p in people):
        people += _trader_in_story(text, people)
    if not any(p.role == "被告" for p in people) and _KIN_ORDERED.search(text):
        for p in people:
            if p.role is None and _CHILD_BEFORE.search(text[max(0, p.at - 6):p.at]):
                p.role = "被告"  # "大儿子某某，…" and the claims order "两个儿子" to pay: the children are sued
    if sign and people and not any(p.role == "被告" for p in people) and _intro_name(text, 0, min(len(text), 3000)) is None:
        # no one writes "我叫…" and the letter signs with its filer described under 此致 ("写信人（原告）：某某，女，…"):
        # the one described in the story ("吴海涛，男，…，住…" after "他写了一张借条") is the one it is against
        tail = norm[start + sign.start():end]
        below = find_people(tail)
        _assign_roles(tail, below)
        if any(q.role == "原告" and _ROLE_BEFORE.search(tail[max(0, q.at - 8):q.at]) and q.name not in {p.name for p in people}
               for q in below):
            for p in people:
                if p.role == "原告":
                    p.role = "被告"
    elif not sign and people and not any(p.role == "被告" for p in people) and \
            _intro_name(text, 0, min(len(text), 3000)) is None:
        # the same with no 此致: the filer signs on the letter's last lines with a role word and fields ("起诉人：某某，女，…"),
        # and the one described before ("刘某的情况：男，…") by default as the first is the one sued
        signed = [p for p in people if p.role == "原告" and p.at > len(text) * 0.6
                  and re.search(r"(?:起诉人|具状人|写信人|告状人|写(?:这份|这个|这封|此)?(?:材料|状子|状纸|信|诉状)的人)[）)]?\s*[:：]\s*$",
                                text[max(0, p.at - 12):p.at])]
        if signed:
            for p in people:
                if p.role == "原告" and p not in signed and not _ROLE_BEFORE.search(text[max(0, p.at - 8):p.at]):
                    p.role = "被告"
    for p in people:
        gap = _SPACED_INTRO.search(text, max(0, p.at - 6), p.at)
        if gap and p.kind == "person" and len(p.name) <= 3:
            # "我叫谭 卫东，男，…": a scan's gap after the surname; the name is read whole, from the surname
            p.name, p.at = gap.group(1) + p.name, gap.start(1)
    scribes = set(_SCRIBE.findall(norm, start, end))
    people = [p for p in people if p.name not in scribes]  # who wrote the letter for the filer files nothing
    signers = _signed_names(norm[start:end])
    for p in people:
        if p.name in signers:
            p.role = "原告"  # those who sign the letter as its filers file it ("起诉人：饶某  饶某某")
    sued_kin = {k.group(1) for p in people if p.role == "被告" for k in [_KIN_INTRO.search(text, max(0, p.at - 8), p.at)] if k}
    for p in people:
        kin = _KIN_INTRO.search(text, max(0, p.at - 8), p.at) if p.role is None and p.kind == "person" else None
        if kin and kin.group(1) in sued_kin:
            p.role = "被告"  # "大儿子叫某某，…。二儿子叫某某，…": the second child told like the first, sued with them
    if any(p.role == "原告" for p in people):
        # the people the letter describes with no role whom its asks order by name ("叫某某、某某把…欠我的生活费给我")
        ordered = " ".join(m.group("who") for m in _ASK_BY_NAME.finditer(text, 0, min(len(text), 8000)))
        for p in people:
            if p.role is None and p.kind == "person" and p.name in ordered:
                p.role = "被告"
    untold = {p.name: p for p in people if not p.role}
    people = [p for p in people if p.role]
    if not any(p.role == "原告" for p in people) and sign:
        # the filer described on the signature's line ("起诉人：某某，女，1989年2月21日出生，…")
        tail = norm[start + sign.start():end]
        below = find_people(tail)
        _assign_roles(tail, below)
        intro = _intro_name(text, 0, min(len(text), 3000))
        # (by a role word, or by the name the writer gave in the first person: "我叫某某…" and "某某（手印），女，…")
        filer = next((p for p in below if p.role == "原告" and (_ROLE_BEFORE.search(tail[max(0, p.at - 8):p.at]) or
                                                                (intro is not None and intro[0] == p.name))), None)
        if filer and filer.name not in {p.name for p in people}:
            people.append(Person(filer.name, sign.start() + filer.at,
                                 (sign.start() + filer.attrs[0], sign.start() + filer.attrs[1]), role="原告", signed=True))
    if not any(p.role == "原告" for p in people):
        # the filer described only under the signature ("起诉人：某某\n性别：女\n出生日期：…\n身份证号：…")
        signed = _SIGNED_FILER.search(norm, start, end)
        if signed and signed.group("name") not in {p.name for p in people} and \
                plausible_name(signed.group("name"), "person"):
            people.append(Person(signed.group("name"), signed.start("name") - start,
                                 (signed.start("fields") - start, signed.end("fields") - start), role="原告", signed=True))
    people += _field_blocks(text, people)
    listed = _listed_in_brackets(text, people)
    # (a description inside an item's brackets names no one: "（刘强的合伙人，管发工资，男，…）")
    people = [p for p in people if not any(q.attrs[0] <= p.at < q.attrs[1] for q in listed)] + listed
    people += _orgs_sued(text, people)
    people += _kin_sued(text, people)
    people += _people_sued_unnamed(text, people)
    people += _orgs_with_code(text, people)
    people += _orgs_with_seat(text, people)
    people += _counted_sued(text, people, untold)
    people += _ordinal_list_sued(text, people)
    for p in _sued_in_claims(text, people):
        # one described in the story with no role ("赵某（男，…）找我做招牌") and ordered in the claims: as described
        told = untold.get(p.name) if p.kind == "person" else None
        if told:
            told.role = "被告"
        people.append(told or p)
    if any(p.role == "原告" for p in people) and not any(p.role == "被告" for p in people):
        people += _lone_org_with_seat(text, people)
    people.sort(key=lambda p: p.at)
    if not any(p.role == "原告" for p in people) or not any(p.role == "被告" for p in people):
        return text, []
    return text, people


# the words a letter puts before a home ("他家在某村三社") and a home told relative to another with the full one in
# brackets ("同一个组20号（某村下坝组20号）"): no part of the address
_HOME_WORDS = r"(?:他|她)?(?:老家|家)(?:住)?(?:在|是)"
_RELATIVE_HOME = r"(?:同一?个?(?:组|村|社|屯|小区|院|楼)|同组|同村|隔壁)[^（()）]{0,12}[（(]"


def read_letter_block(norm: str, start: int, end: int) -> tuple[list[ParsedParty], int]:
    """The parties of a letter and where its story starts: after the sentence that describes the last of them
    (([], start) unless it names a filer and someone sued)."""
    text, people = _letter_people(norm, start, end)
    if not people:
        return [], start
    seen: set[str] = set()
    out = []
    for p in people:
        if p.name in seen:
            continue  # a name restated later ("祁某家养的狗") is the same party
        seen.add(p.name)
        pp = ParsedParty(Party(role=p.role, name=p.name, kind=p.kind))
        pp.spans["name"] = (start + p.at, _name_end(norm, start + p.at, p.name))
        a, b = p.attrs
        seat = _SEAT.fullmatch(text, a, b) if p.kind == "organization" and b > a else None
        if seat:
            # an organisation's seat told in a sentence ("它的营业厅就在某市某路1号"): the place after the cue
            _set_home(pp, seat.group(1), (start + seat.start(1), start + seat.end(1)), "住所地")
        elif p.kind == "organization" and b > a and _SEAT_IN_BRACKETS.fullmatch("（" + text[a:b] + "）"):
            _set_home(pp, text[a:b], (start + a, start + b), "住所地")  # the bare place in brackets after the name
        elif b > a:
            _attributes(pp, norm[start + a:start + b], start + a, norm)
            _letter_home(pp, text, a, b, start)
        if pp.party.address is None and p.kind == "person":
            # the writer's home said before the name ("我家住某市某路1号，姓名某某，女，…", "我是某县某镇某村四组的村民某某")
            before = _HOME_BEFORE_NAME.search(text, max(0, p.at - 80), p.at) or _VILLAGER_BEFORE_NAME.search(text, max(0, p.at - 80), p.at)
            if before:
                _set_home(pp, before.group("addr"), (start + before.start("addr"), start + before.end("addr")))
            elif p.role == "被告":
                # the home of one sued told in the story right after a mention ("我们去找某某，他家住某市某路168号702，…")
                told = re.compile(re.escape(p.name) + _HOME_AFTER_MENTION).search(text)
                if told:
                    _set_home(pp, told.group("addr"), (start + told.start("addr"), start + told.end("addr")))
        out.append(pp)
    for pp in out:
        # a home told relative to another, the full one in brackets ("住在同一个组20号（某省某县某村下坝组20号）"): the full one
        told = re.fullmatch(_RELATIVE_HOME + r"(?P<full>[^（()）]{6,60})[）)]?",
                            pp.party.address or "")
        if told:
            _set_home(pp, told.group("full"), None, "住")
            pp.party.addresses = [a for a in pp.party.addresses if a.text != told.group()]
        # a home cue of the letter's own words kept at the head of the address ("老家是某省…", "户口一直在…")
        # (or where the home was read: "他身份证上的地址是…")
        cue = re.match(_HOME_WORDS + r"|户口(?:一直|还|也)?(?:在|是)|(?:(?:他|她)的?)?身份证上(?:的|登的|写的|登记的)?"
                       r"(?:地址|住址)(?:写的|登的|登记的)?(?:是|为)", pp.party.address or "")
        if cue:
            for a in pp.party.addresses:
                if a.text == pp.party.address:
                    a.text = a.text[cue.end():]
            pp.party.address = pp.party.address[cue.end():]
    kin_genders(out, norm, start, end)  # kin sued named by relation only ("和他儿子某某")
    _same_address(out)
    same_place_addresses(out)
    _place_told_short(out)
    _shared_home(out, [p for p in people if p.name in {q.party.name for q in out}], norm, text, start)
    _my_fields(out, norm, start, end)
    _id_told_later(out, norm, start, end)
    _item_home(out, norm, start, end)
    described = [p for p in people if not p.restated and not p.signed]
    if not described or _CLAIMS_CUE.search(text, 0, min(p.at for p in described)):
        # the story and the claims come first, the people described after them (or only under the signature and in
        # the claims)
        return out, start
    # the story starts after the sentence that describes the first-named people (a later one restated in the
    # story, "他本人住…", does not move it)
    last = max(max(p.attrs[1], p.at + len(p.name)) for p in described)
    stop = re.compile(r"[。\n]").search(text, last)
    return out, start + (stop.end() if stop else len(text))


# the writer's own fields listed apart, under the signature ("我的身份证：…\n户口地址：…\n电话：…")
_MY_FIELDS = re.compile(r"(?m)^[ \t\u3000]*我的?(?=(?:身份证|户口|户籍|住址|家庭住址|地址))"
                        r"(?P<fields>[^\n]*[:：][^\n]*(?:\n[ \t\u3000]*[\u4e00-\u9fa5]{2,8}[:：][^\n]*){0,5})")


def _my_fields(out: list[ParsedParty], norm: str, start: int, end: int) -> None:
    """The one filer's ID number and home, where the letter lists them apart in the writer's words and the filer's
    description lacks them."""
    filers = [pp for pp in out if pp.party.role == "原告" and pp.party.kind == "person"]
    mine = _MY_FIELDS.search(norm, start, end)
    if len(filers) != 1 or not mine or (filers[0].party.id_number and filers[0].party.address):
        return
    found = ParsedParty(Party(role="原告", name=filers[0].party.name))
    _attributes(found, mine.group("fields"), mine.start("fields"), norm)
    filer = filers[0]
    for field in ("id_number", "address", "birth_date"):
        if getattr(filer.party, field) is None and getattr(found.party, field):
            setattr(filer.party, field, getattr(found.party, field))
            if field in found.spans:
                filer.spans[field] = found.spans[field]
            if field == "address":
                filer.party.addresses = found.party.addresses


# "儿子某某的身份证号是…，和我住一处": a party's ID number (and home) told after the story ("身份证号写在后面")
_LATER_ID = r"的(?:公民)?身份证(?:号码?|号)?(?:是|为|[:：])?\s*(\d{17}[\dXx])(?![\dXx])"
_LIVES_WITH_ME = re.compile(r"[，,]\s*(?:现在|一直)?(?:跟|和|与|同)我(?:们)?(?:一起|一块)?住(?:在)?(?:一处|一起|一块|一个院|一个地方)?(?=[，,。；;\n]|$)")


def _id_told_later(out: list[ParsedParty], norm: str, start: int, end: int) -> None:
    """A person's ID number the letter gives apart from their description, after their name and 的; a home "with me"
    said right after it is the writer's (the filer described with a home)."""
    for pp in out:
        p = pp.party
        if p.kind != "person" or p.id_number:
            continue
        told = re.compile(re.escape(p.name) + _LATER_ID).search(norm, start, end)
        if not told:
            continue
        p.id_number = told.group(1).upper()
        pp.spans["id_number"] = (told.start(1), told.end(1))
        writer = next((q.party for q in out if q is not pp and q.party.role == "原告" and q.party.kind == "person"
                       and q.party.address), None)
        if p.address is None and writer and _LIVES_WITH_ME.match(norm, told.end(), end):
            _set_home(pp, writer.address)


_ITEM_HOME = re.compile(r"[，,]\s*(?:也|都|现|现在)?住(?:在)?(?P<addr>[^，,。；;\n]{4,60})")


def _item_home(out: list[ParsedParty], norm: str, start: int, end: int) -> None:
    """A person a numbered list describes on one line ("1.某某，男，五十来岁，就是盖房子的户主，住某村20号；"): the home said
    on that line after remarks the attributes did not join is theirs."""
    for pp in out:
        p = pp.party
        span = pp.spans.get("name")
        if p.kind != "person" or p.address or not span:
            continue
        line_at = norm.rfind("\n", start, span[0]) + 1
        if not re.fullmatch(r"[ \t\u3000]*(?:\d{1,2}[、.．)）]|[（(]?[一二三四五六七八九十][)）、.．]|第[一二三四五六七八九十][个位名]?[:：，,])[ \t\u3000]*",
                            norm[line_at:span[0]]):
            continue
        line_end = norm.find("\n", span[1], end)
        home = _ITEM_HOME.search(norm, span[1], line_end if line_end >= 0 else end)
        if home and not any(q.party.name in home.group("addr") for q in out) and not _NOT_KNOWN.search(home.group("addr")):
            _set_home(pp, home.group("addr"), (home.start("addr"), home.end("addr")))


# homes a letter tells in its own words: "是某省某县某村的农民" (the place one belongs to), "户口也在某村"
_BELONGS = re.compile(f"({_BELONGS_PLACE})" + r"|户口(?:和住处|和家)?(?:也|还|都|一直)?在([^，,。；;）)\n：:]{2,60})")


def _place_told_short(out: list[ParsedParty]) -> None:
    """"户口也在孙庄村": a home named by its last part only, that part ending another party's full address, is that
    address (the letter names the place once in full)."""
    for pp in out:
        p = pp.party
        if p.kind != "person" or not p.address or re.search(r"省|自治区|市|县|区|旗", p.address):
            continue
        full = next((q.party.address for q in out if q is not pp and q.party.address and len(q.party.address) > len(p.address)
                     and q.party.address.endswith(p.address)), None)
        if full:
            for a in p.addresses:
                if a.text == p.address:
                    a.text = full
            p.address = full


_HOME_BEFORE_NAME = re.compile(r"(?:我家住|我住在|我家在|我的家在)(?:在)?(?P<addr>[^，,。；;\n]{4,60})[，,]\s*(?:姓名|名叫|我叫)?[:：]?\s*$")
# where a filer lives, said before the name with what they are there ("我是某区的居民", "我们是某村3组的村民")
_RESIDENT_HOME = r"[^，,。；;\n的]{4,60}?(?:号|室|村|组|社区|屯|庄|嘎查|区|县|镇|乡|街道)"
_RESIDENT = r"的(?:住户|业主|村民|居民|牧民)"
# (two filers may share it: "我们是某村3组的村民某某和某某")
_VILLAGER_BEFORE_NAME = re.compile(r"(?:我们?|本人)是(?P<addr>" + _RESIDENT_HOME + ")" + _RESIDENT
                                   + r"(?:[\u4e00-\u9fa5]{2,3}(?:和|与|、))?\s*$")
# ("去找某某，他家住…", or said of the name itself: "某某住温州市…3号")
_HOME_AFTER_MENTION = (r"(?:[，,]\s*(?:他|她))?(?:家)?(?:住在|住|家在)(?P<addr>[^，,。；;\n]{2,40}?[市县区镇乡村][^，,。；;\n]{2,40}?"
                       r"(?:号|室|村|组|屯|庄|\d))(?=[，,。；;\n])")
_SPACED_INTRO = re.compile(r"(?:我叫|我是|我名叫|本人)([\u4e00-\u9fa5])[ \t\u3000]$")
_ASK_BY_NAME = re.compile(r"(?:叫|让|要|判|判令|请求|要求)(?P<who>[\u4e00-\u9fa5·、和与]{2,30}?)(?:把|给我|还我|赔|支付|偿还|返还|退还|承担|负担|每人|平摊|共同)")
# a child introduced by their place among siblings ("二儿子叫某某", "小女儿某某")
_KIN_INTRO = re.compile(r"(?:大|二|三|四|五|小|老)(儿子|女儿|闺女)(?:叫|是|名叫)?$")
_PARENT_OF = re.compile(r"[，,]\s*是(?P<child>[\u4e00-\u9fa5]{2,4})的(?:妈妈|母亲|爸爸|父亲|监护人|法定代理人)")
# the filer named bare at the head of a letter, with at most the home they live in
_BARE_FILER = re.compile(r"(?:^|[\n。！!：:])\s*(?:我们?|本人)(?:叫|是|名叫)(?:" + _RESIDENT_HOME + _RESIDENT + ")?"
                         r"(?P<name>[\u4e00-\u9fa5]{2,3})(?:(?:和|与|、)(?P<other>[\u4e00-\u9fa5]{2,3}))?(?=[，,。])")


def _name_end(text: str, at: int, name: str) -> int:
    """Where a name read from `at` ends in the text, past a scan's gap inside it ("谭 卫东")."""
    end, k = at, 0
    while k < len(name) and end < len(text):
        k += text[end] not in " \t\u3000"
        end += 1
    return end


# a field the writer does not know
_NOT_KNOWN = re.compile(r"哪里|哪儿|不晓得|不知道|不清楚|不详|记不清")
# the claims of a letter ("我的要求很简单：", "请求法院：")
_CLAIMS_CUE = re.compile(r"(?:我的?|我们的?)?(?:要求|请求)[^。\n]{0,12}[:：][ \t]*\n")


def _set_home(pp: ParsedParty, addr: str, span: tuple[int, int] | None = None, label: str = "住") -> None:
    """Give the party `addr` as its address, recorded among its addresses (with its span where the text holds it)."""
    pp.party.address = addr
    if span:
        pp.spans["address"] = span
    _add_address(pp, label, addr, span)


def _letter_home(pp: ParsedParty, text: str, a: int, b: int, start: int) -> None:
    """Mend the home the party-block reader took from a letter's attributes text[a:b]: a home the writer does not know
    is none, and a home told in the letter's own words ("是某县某村的农民", "户口也在某村") wins over a reading of it."""
    for x in [x for x in pp.party.addresses if _NOT_KNOWN.search(x.text)]:
        _drop_address(pp, x)  # "家住哪里不晓得": no address
    if pp.party.address and _NOT_KNOWN.search(pp.party.address):
        pp.party.address = pp.party.addresses[0].text if pp.party.addresses else None
        pp.spans.pop("address", None)
        if "addresses[0].text" in pp.spans:
            pp.spans["address"] = pp.spans["addresses[0].text"]
    belongs = _BELONGS.search(text, a, b)
    if not belongs:
        return
    g = 1 if belongs.group(1) else 2
    if pp.party.address is None or pp.party.address != belongs.group(g) and pp.party.address.endswith(belongs.group(g)):
        for x in [x for x in pp.party.addresses if x.text == pp.party.address]:
            _drop_address(pp, x)
        _set_home(pp, belongs.group(g), (start + belongs.start(g), start + belongs.end(g)), "住" if g == 1 else "户籍地")


def _same_address(out: list[ParsedParty]) -> None:
    """"住址同上", "住址同某某": the address of the party above, or of the one named."""
    for k, pp in enumerate(out):
        p = pp.party
        m = re.fullmatch(r"(?:同|与)(上|[\u4e00-\u9fa5·]{2,8}?)(?:相同|一样|一致)?", p.address or "")
        if not m:
            continue
        src = [q.party for q in out[:k] if q.party.address] if m.group(1) == "上" else \
            [q.party for q in out if q.party.name == m.group(1) and q is not pp and q.party.address]
        if src:
            for a in p.addresses:
                if a.text == p.address:
                    a.text = src[-1].address
            p.address = src[-1].address


_ALL_LIVE = re.compile(r"[）)]?(?:[，,]|[；;]\s*(?:我们|我们俩|我俩|我们两个))\s*(?:都|均|也都|全都)住(?:在)?(?P<addr>[^，,。；;\n]{4,60})")
# "他俩是…业主，住某市某路1号": a home said once for the people just listed
_SHARED_HOME = re.compile(r"(?:他俩|她俩|他们俩|她们俩|两人|二人|他们|她们|夫妻俩|两口子)[^。\n]{0,24}?住(?:在)?(?P<addr>[^，,。；;\n]{4,60})")
# "我是云南镇雄人，户口在某省某县…": the filer's registered home said in the next sentence of their paragraph
_LATER_HOME = re.compile(r"(?:户口|户籍)(?:地)?(?:一直|还|现在)?(?:在|是|[:：])(?P<addr>" + _SPACED_ADDR.replace("）)", "") + r"{4,60})")
_PRONOUN_HOME = re.compile(r"(?:他|她)(?:(?:的|留的|留下的|登记的)?(?:住址|住所|地址|家(?:的)?(?:地址|住址)?)(?:是|在)"
                           # ("他今年三十五岁左右，家住某市某小区8栋")
                           r"|(?:今年|现年)[^，,。；;\n]{1,10}[，,]\s*(?:家住|住在))(?P<addr>[^，,。；;\n]{4,60})")
# "在某路28号院开五金铺子，也住那里": the place one works at, said to be one's home too
_LIVES_THERE = re.compile(r"在(?P<addr>[^，,。；;\n在]{4,60}?)(?:开|经营|摆|做|干)[^，,。；;\n]{1,12}[，,]\s*(?:人)?(?:也|就|平时也|平时就)"
                          r"住(?:在)?(?:那里|那儿|那|店里|铺子里|里面)(?=[，,。；;\n]|$)")
# "…，跟我住一起": the writer's home
_WITH_ME = re.compile(r"[，,]\s*(?:现在|一直)?(?:跟|和|与|同)我(?:们)?(?:一起|一块)?住(?:在)?(?:一起|一块|一个院)?(?=[，,。；;\n]|$)")
# "住处跟某某一样", "住址同某某": the home of the party named
# (or by pronoun, the one named just before: "一个是他老婆某某，女，住址和他一样")
_HOME_AS = re.compile(r"住(?:处|址|所|的地方)?(?:跟|和|与|同)(?P<name>他|她|[\u4e00-\u9fa5·]{2,8}?)(?:一样|相同|一致|(?=[，,。；;）)\n]|$))")
# the claims order the filer's children to pay ("判两个儿子每人每月给我生活费…")
# (or by a pronoun and their count after the letter listed them: "我有三个儿女：\n大儿子某某，…" and "让他们三个每人…")
_KIN_ORDERED = re.compile(r"(?:判|要求|让|叫|告|起诉)(?:决|令)?[:：]?\s*(?:[一二三四五六七八九十\d][、.．])?\s*(?:我的)?(?:[两二三四]个|大|小)?"
                          r"(?:儿子|女儿|子女|孩子|儿女)"
                          r"|我有[两二三四五六]个(?:儿子|女儿|子女|孩子|儿女)[^。\n]{0,6}[:：][\s\S]{0,600}?(?:判|让|叫|要)(?:他们|她们)[两二三四五六]个")
# the filers signing the letter: "起诉人：某某  某某某", "具状人：某某、某某"
_SIGNATURE = re.compile(r"(?m)^[ \t\u3000]*(?:起诉人|具状人|原告)[:：][ \t\u3000]*((?:[\u4e00-\u9fa5·]{2,8}(?:[（(][^（()）\n]{0,12}[）)])?"
                        r"(?:[ \t\u3000、，,]+|$))+)[ \t\u3000]*$")


# who wrote the letter for the filer, signing as such ("代写人：某某（原告妻子）")
_SCRIBE = re.compile(r"(?m)^[ \t\u3000]*(?:代写人|代书人|代笔人|代写)[:：][ \t\u3000]*([\u4e00-\u9fa5·]{2,8}?)(?=[（(，,\s]|$)")


def _signed_names(text: str) -> set[str]:
    out: set[str] = set()
    for m in _SIGNATURE.finditer(text):
        out |= {re.sub(r"[（(].*", "", n) for n in re.split(r"[ \t\u3000、，,]+", m.group(1).strip()) if n}
    return out


# the filer's name under the letter, its fields on the lines below ("起诉人：某某\n性别：女\n…")
_SIGNED_FILER = re.compile(r"(?m)^[ \t\u3000]*(?:起诉人|具状人|写信人|告状人)[:：][ \t]*(?P<name>[\u4e00-\u9fa5·]{2,8})[ \t]*\n"
                           r"(?P<fields>(?:[ \t\u3000]*[\u4e00-\u9fa5]{2,8}[:：][^\n]+\n?){2,8}"
                           # (or on one line, comma-joined: "女，2003年4月27日出生，汉族，身份证号…，家住…")
                           r"|[ \t\u3000]*(?:性别[:：]?)?[男女][，,][^\n]{6,200})")


def _home_named(out: list[ParsedParty], k: int, name: str) -> Party | None:
    """The party whose home the k-th one shares, named ("住址同某某") or by a pronoun for the one just above ("住址和他一样")."""
    if name in ("他", "她"):
        return out[k - 1].party if k and out[k - 1].party.address else None
    return next((q.party for q in out if q.party.name == name and q.party.address), None)


def _shared_home(out: list[ParsedParty], people: list[Person], norm: str, text: str, start: int) -> None:
    """Homes a letter gives apart from a person's attributes: "住址同上", "住处跟某某一样", "他俩…住…", a registered home
    in the filer's next sentence, "她的住址是…"."""
    for k, pp in enumerate(out):
        p = pp.party
        same = next((q for q in people if q.name == p.name), None)
        if p.kind != "person" or same is None:
            continue
        if p.address is None and k and out[k - 1].party.address and \
                re.search(r"(?:住址|住所|地址|住)?同上", norm[start + same.attrs[0]:start + same.attrs[1]]):
            _set_home(pp, out[k - 1].party.address)  # "住址同上" among the person's attributes
            continue
        seg = text[same.attrs[0]:same.attrs[1]]
        named = _HOME_AS.search(seg)
        if named and (not p.address or p.address in named.group()):
            p.addresses = [a for a in p.addresses if a.text != p.address]
            p.address = None
            src = _home_named(out, k, named.group("name"))
            if src:
                _set_home(pp, src.address)
            continue
        if p.address:
            continue
        line_end = text.find("\n", same.attrs[1])
        rest = text[same.attrs[1]:line_end if line_end >= 0 else same.attrs[1] + _SENTENCE_MAX]
        if k and re.search(r"(?:住址|住所|地址|住)同上", rest.split("。")[0]) and out[k - 1].party.address:
            _set_home(pp, out[k - 1].party.address)  # "女，某某的爱人，住址同上"
            continue
        named = _HOME_AS.search(rest.split("。")[0])
        src = _home_named(out, k, named.group("name")) if named else None
        if src:
            _set_home(pp, src.address)  # "…，是杨某的父亲，住址同杨某"
            continue
        writer = next((q.party for q in out if q.party.role == "原告" and q.party.address and q is not pp), None)
        if writer and _WITH_ME.match(rest):
            _set_home(pp, writer.address)  # "我父亲某某，男，…，跟我住一起"
            continue
        home = _SHARED_HOME.search(text, same.attrs[1], line_end if line_end >= 0 else len(text))
        if home is None and pp.party.role == "原告":
            home = _LATER_HOME.search(text, same.attrs[1], line_end if line_end >= 0 else len(text))
        if home is None:
            # "…，这是民警帮我查到的，她的住址是某市某路1号": a home said of the person later in their sentence
            stop = re.compile(r"[。\n]").search(text, same.attrs[1], same.attrs[1] + _SENTENCE_MAX)
            stop_at = stop.start() if stop else same.attrs[1] + _SENTENCE_MAX
            home = _PRONOUN_HOME.search(text, same.attrs[1], stop_at) or _LIVES_THERE.search(text, same.attrs[1], stop_at)
        if home is None:
            # "丈夫某某（…），妻子某某（…），都住某村3组": a home said once after a list of people of one side
            stop = re.compile(r"[。\n]").search(text, same.attrs[1], same.attrs[1] + _SENTENCE_MAX)
            stop_at = stop.start() if stop else same.attrs[1] + _SENTENCE_MAX
            every = _ALL_LIVE.search(text, same.attrs[1], stop_at)
            if every and all(q.role == p.role for q in people if same.attrs[1] <= q.at < every.start()):
                home = every
        if home is None and p.role == "被告" and sum(q.party.role == "被告" for q in out) == 1:
            # the one sued, a stranger named only in the claims, whose home the story tells once by pronoun
            # ("银行只告诉我他留的地址是某市某路56号")
            told = list(_PRONOUN_HOME.finditer(text))
            home = told[0] if len(told) == 1 and not any(q.attrs[0] <= told[0].start() < q.attrs[1] for q in people) else None
        if home:
            _set_home(pp, home.group("addr"), (start + home.start("addr"), start + home.end("addr")))
            if home.re is _SHARED_HOME and k and out[k - 1].party.kind == "person" and not out[k - 1].party.address and \
                    out[k - 1].party.role == p.role:
                # "第一个，某某，…；\n第二个，某某，…，\n他俩是两口子，都住…": the one listed before shares it
                _set_home(out[k - 1], home.group("addr"), (start + home.start("addr"), start + home.end("addr")))


# a party block's entry: a line that starts with a role word ("原告：", "被告一：", "原告 某某，")
_ENTRY_LINE = re.compile(r"(?m)^[ \t]*(?:原告|被告|起诉人|被起诉人|申请人|被申请人|上诉人|被上诉人|答辩人|被答辩人|第三人|自诉人)"
                         r"[ \t]*[一二三四五六七八九十\d]{0,2}[ \t]*(?:[:：（(]|[ \t]+[\u4e00-\u9fa5])")


_SIDE = {**_FILER_ROLES, "申请人": "原告", "被申请人": "被告"}


def _one_side_at_most(parsed: list[ParsedParty]) -> bool:
    # (a complaint's 申请人/起诉人 is its 原告: "申请人（起诉人）：某某" under a letter)
    return {_SIDE.get(pp.party.role, pp.party.role) for pp in parsed} in (set(), {"原告"}, {"被告"})


def may_be_letter(parsed: list[ParsedParty], text: str) -> bool:
    """Whether the letter reader is worth running (a few ms): the parser read no side or one, or someone writes in the
    first person."""
    return _one_side_at_most(parsed) or bool(_INTRO.search(text, 0, 3000)) or bool(_US_HEADING.search(text, 0, 3000)) or \
        any(_bare(pp) or re.match(r"(?:状的|状人|的)[:：]", pp.party.name) for pp in parsed) or \
        bool(_INLINE_LIST.search(text, 0, 3000))


# several of a side numbered on the role's own line ("被告状人：一、某某，男，…；二、某某有限公司，住所…")
_INLINE_LIST = re.compile(r"(?:被告|被告状人|被起诉人|被具状人|原告|告状人|起诉人)[:：]\s*(?:[一二三四五六七八九十][、.．]|\d{1,2}[、.．])"
                          r"[^\n]{4,200}?[；;，,]\s*(?:[一二三四五六七八九十][、.．]|\d{1,2}[、.．])")


def _bare(pp: ParsedParty) -> bool:
    """A person the parser read with no gender, ID or home: a signature ("起诉人：某某"), described, if anywhere, in the
    letter's own words ("先说我自己：某某，女，…")."""
    return pp.party.kind == "person" and not (pp.party.gender or pp.party.id_number or pp.party.address)


def fill_from_letter(parsed: list[ParsedParty], letter: list[ParsedParty]) -> list[ParsedParty]:
    """The parser's parties, each one it read bare replaced by the letter reader's reading of the same person (same
    name and role) where that has more of the fields."""
    better = {(pp.party.role, pp.party.name): pp for pp in letter}
    out = []
    for pp in parsed:
        same = better.get((pp.party.role, pp.party.name))
        out.append(same if _bare(pp) and same is not None and _filled([same]) > _filled([pp]) else pp)
    return out


def prefer_letter(parsed: list[ParsedParty], letter: list[ParsedParty], text: str) -> bool:
    """Whether the letter reader's parties replace the party-block parser's for this complaint: where the parser read
    no side (or one) and the reader has both and everyone the parser found; or, in a letter (no line starts with a
    role word), where the reader found everyone the parser did, and more."""
    names, letter_names = {pp.party.name for pp in parsed}, {pp.party.name for pp in letter}
    names -= {"我", "本人", "我们"}  # "原告：我，某某，男，…": the parser took the pronoun for the name
    if _one_side_at_most(parsed):
        return names <= letter_names
    if _ENTRY_LINE.search(text) or not _INTRO.search(text):
        # a block of entries, or no one writing in the first person: not a letter, unless the reader found the
        # same people with the same roles and read more of them (the filer described in the letter's words, "我的情况：
        # 某某，男，…", the parser only the signature)
        # (a parser name that kept the end of its role label, "被告状的：某某有限公司", is that name)
        sides = {(pp.party.role, re.sub(r"^(?:状的|状人|的)[:：]", "", pp.party.name)) for pp in parsed}
        letter_sides = {(pp.party.role, pp.party.name) for pp in letter}
        # (each one added named before the claims: a child named in them, "婚生女某某（…出生）由原告抚养", is no party)
        heading = re.search(r"(?m)^[ \t\u3000]*(?:诉讼请求|请求事项|诉讼请求和依据)", text)
        if sides < letter_sides and all((pp.party.gender or pp.party.birth_date or pp.party.id_number or
                                         (pp.party.kind == "organization" and pp.party.address)) and
                                        not (heading and text.find(pp.party.name) > heading.start())
                                        for pp in letter if (pp.party.role, pp.party.name) not in sides):
            # the reader found the same people with the same roles and more, each described ("起诉人（我们三个人一起告）：
            # \n1. 某某，男，…\n2. …" where the parser read only the first item)
            return True
        relabelled = sides != {(pp.party.role, pp.party.name) for pp in parsed} or _cleaner_homes(parsed, letter)
        richer = _filled(letter) > _filled(parsed) and all(
            _filled([pp]) >= _filled([q for q in parsed if q.party.name == pp.party.name][:1]) for pp in letter)
        return sides == letter_sides and (relabelled or richer)
    # in a letter: a name the parser took that the letter gives as an organisation's head ("负责人某某") is no party;
    # the reader wins where it explains every other name the parser found (the same, or inside it: "包工头某某") and
    # finds at least as many
    heads = {n for n in names if re.search(r"(?:负责人|法定代表人|法人代表|老板|经理|行长|园长|校长|厂长|店长)(?:是|叫|为|[:：])?"
                                           r"[^，,。；;\n]{0,4}" + re.escape(n), text)}
    # (nor is a count the parser took for a name: "我要起诉三方")
    core = {n for n in names - heads if not re.fullmatch(r"有?[一二两三四五六七八九十几]+[个方人家位名]", n)
            # (nor a place or a field's label: "我要告西渡镇的某某，…身份证号我也不知道，他家住在…")
            and not re.fullmatch(r"[\u4e00-\u9fa5]{1,6}(?:镇|乡|村|县|区|街道)|身份证(?:号码?|号)?|家住|住址|地址|电话|户籍|出生", n)
            and not re.match(r"[一两二三四五六七八九十几]个(?:儿子|女儿|孩子|子女|儿女|被告|人)", n)}
    # (nor a name the parser read bare that the letter, which describes everyone, does not know: "今年", "家隔三户")
    core -= {pp.party.name for pp in parsed if _bare(pp) and not pp.party.kind == "organization"
             and not any(pp.party.name in m or m in pp.party.name for m in letter_names)}
    # (or a piece of it: "·吐尔逊" of "买买提·吐尔逊")
    # (or the head of an organisation's name the parser cut short: "阿克苏" of "阿克苏某某商店（个体户，…）")
    orgs = {pp.party.name for pp in letter if pp.party.kind == "organization"}
    # (or a person's name the parser cut by its last character: "马德" of "我要告包工头马德明欠我…")
    covered = all(any(m == n or m in n or ("·" in m and n in m) or (m in orgs and m.startswith(n))
                      or (len(n) >= 2 and len(m) == len(n) + 1 and m.startswith(n)) for m in letter_names)
                  for n in core)
    # and every party it adds is described (a person's gender, birth or ID; an organisation's seat)
    # (an organisation named right in the sentence of suing needs no seat: "我要告某某超市和它的老板某某")
    described = all(pp.party.name in names or pp.party.gender or pp.party.birth_date or pp.party.id_number or
                    (pp.party.kind == "organization" and (pp.party.address or re.search(
                        r"(?:起诉|状告|(?<![原被])告)(?:的是)?[“\"「]?" + re.escape(pp.party.name), text))) or
                    # (a person named with a home in the sentence of suing: "我要起诉…住在某小区1801室的业主某某、某某两口子")
                    (pp.party.kind == "person" and pp.party.address and re.search(
                        r"(?:起诉|状告|(?<![原被])告)[^。\n]{0,100}" + re.escape(pp.party.name), text)) or
                    # (or named as the one sued with his title after the name: "我要告的是黄某某黄老板")
                    (pp.party.kind == "person" and re.search(
                        r"(?:起诉|状告|(?<![原被])告)的(?:人)?是" + re.escape(pp.party.name) + re.escape(pp.party.name[0])
                        + _BOSS_TITLE, text))
                    for pp in letter)
    if not (covered and described and len(letter_names) >= len(core)):
        return False
    # the same people: the reader where it read more of their attributes
    return letter_names != names or _filled(letter) > _filled(parsed) or _cleaner_homes(parsed, letter)


def _cleaner_homes(parsed: list[ParsedParty], letter: list[ParsedParty]) -> bool:
    """Whether the reader read someone's address without the words the parser kept before it ("他家在某村三社",
    "同一个组20号（某村下坝组20号）")."""
    homes = {pp.party.name: pp.party.address for pp in letter if pp.party.address}
    return any(pp.party.address and homes.get(pp.party.name) and pp.party.address != homes[pp.party.name] and
               re.fullmatch(r"(?:" + _HOME_WORDS + "|" + _RELATIVE_HOME + ")" +
                            re.escape(homes[pp.party.name]) + r"[）)]?", pp.party.address)
               for pp in parsed)


def _filled(parties: list[ParsedParty]) -> int:
    return sum(bool(v) for pp in parties for v in (pp.party.gender, pp.party.birth_date, pp.party.id_number, pp.party.address))


def reads_as_letter(text: str) -> bool:
    """Whether an untitled text is a complaint written as a letter: it names a filer and someone sued and
    asks the court for something."""
    # (the people with their roles are enough; their attributes are read only when extract takes the letter)
    return bool(_DEMAND.search(text)) and bool(_letter_people(text, 0, len(text))[1])
