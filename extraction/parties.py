"""Party blocks: who sues whom, with every attribute of CPL art. 124 and their agents.

A party block is the run of entries between the title and the body of a document
("原告：张三，男，1980年1月1日出生，汉族，住……。委托诉讼代理人：……。被告：……有限公司……").
Each entry starts with a role word at the start of a line or sentence; its attributes are the
comma-separated fields that follow, recognised by their own cues (性别, 出生, 族, 身份号码, 住/住所地/
户籍地/现住/经常居住地, 电话, 统一社会信用代码, 法定代表人/负责人, 律师事务所 ...). Agents and
legal representatives attach to the party before them. Where a name is not clean (OCR noise,
irregular blocks) the NER model supplies the PER/ORG span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from courtdoc.legal import numerals, validators

from courtdoc.contracts import Address, Agent, LegalRepresentative, Party

from . import _legal
from .claims import CLAIMS_LIST_RE

PRINCIPAL_ROLES = (
    "刑事附带民事诉讼原告人", "附带民事诉讼原告人", "附带民事诉讼被告人", "再审申请人", "再审被申请人", "申请执行人", "一审第三人",
    "被执行人", "被上诉人", "上诉人", "原审原告", "原审被告人", "原审被告", "原审第三人", "原公诉机关", "一审原告", "一审被告", "被申请人",
    "申请人", "被答辩人", "答辩人", "公诉机关", "被告单位", "被告人", "自诉人", "反诉原告", "反诉被告", "原告", "被告",
    "第三人", "被起诉人", "起诉人", "被告状人", "告状人", "被具状人", "具状人", "原告人",
)
AGENT_ROLES = ("委托诉讼代理人", "委托代理人", "诉讼代理人", "指定代理人", "法定代理人", "指定辩护人", "辩护人",
               "诉讼代表人")
REP_ROLES = ("法定代表人", "主要负责人", "负责人", "经营者", "投资人", "执行事务合伙人")
_ALL = sorted(PRINCIPAL_ROLES + AGENT_ROLES + REP_ROLES, key=len, reverse=True)

# OCR letter-spaces role words ("原 告：", "被 上 诉 人"): one optional space between their characters.
_ROLE_ALT = "|".join(" ?".join(r) for r in _ALL)
_INFO_LABEL = r"(?:(?:基本|身份)?信息|基本情况)"
ENTRY_RE = re.compile(
    r"(?m)(?:^|(?<=[。；;！!])|(?<=[\u4e00-\u9fa5\d×*）)])(?=(?:" + _ROLE_ALT + r")(?:[（(][^）)\n]{1,14}[）)])?[:：])"
    # after a comma or a space only a party role starts an entry ("…住四川省，被告：陈某1，…",
    # "原告：张三  被告：李四"); a representative or
    # agent there belongs to the entry ("…，法定代表人：蔡某，…，住所地：…")
    r"|(?<=[，, ])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[（(][^）)\n]{1,14}[）)])?[:：])"
    # a new entry glued to the last field of the one before ("…（被告身份系原告提供）被告李某，女，…",
    # "公民身份号码×××被告贺某，男，…", "…住某县，被告李某，女，…"): role, a short name, then the gender
    r"|(?<=[\d×*）)X，, ])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")[\u4e00-\u9fa5\dX×]{1,6}"
    r"(?:[（(][^）)\n]{1,12}[）)][，, ]?|[，, ])(?:男|女))"
    # a role heading glued to the end of the line before by OCR ("…光明街33号被告信息\n姓名：…")
    r"|(?<=[\u4e00-\u9fa5\d□☑■）)])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[（(][^）)\n]{1,14}[）)])?"
    r"(?:信息|基本信息|身份信息|基本情况)?[ \t]*$)"
    # a form's numbered section heading ("一、原告信息", "（二）被告基本情况") on its own line
    r"|(?<=^[一二三四五六七八九十]、)|(?<=^[（(][一二三四五六七八九十][）)])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")"
    r"(?:信息|基本信息|身份信息|基本情况)[ \t]*$)"
    # table rows read without spaces: "…泉城路180号被告姓名孔德明性别男…"
    r"|(?<=[\u4e00-\u9fa5\d])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:姓名|名称))"
    # a last entry of a bare name glued to the field before ("…，公司总经理被告陈某1。"), not after a verb or a
    # preposition ("系被告李某之妻", "与被告李某")
    r"|(?<=[\u4e00-\u9fa5])(?<![与和及诉向给对由将系是为之])(?=(?:" + "|".join(PRINCIPAL_ROLES) + r")"
    r"[\u4e00-\u9fa5]{1,2}(?:某某|某\d{0,2}|\d{1,2})(?:[。；;]|[ \t]*$)))"
    r"[ \t]*(?P<pre>(?:以上|上列|上述|二|两|三)[\u4e00-\u9fa5]{0,6}?(?:共同|的)?)?(?P<role>" + _ROLE_ALT + r")"
    r"(?P<qual>[（(][^）)\n]{1,14}[）)])?"
    # numbering after the role ("被告一：", "被告二 钱某", "被告1.", "被告之一", "被告①") is no part of the name
    r"(?:(?P<num>之?(?:[一二三四五六七八九十]{1,2}|\d{1,2}|[①-⑳]))"
    r"(?:(?=[:：（(]|[ \t]*\n|[ \t]+[^ \t\n])|[、.．](?=[\u4e00-\u9fa5A-Za-z])))?"
    r"(?P<qual2>[（(][^）)\n]{1,14}[）)])?(?:" + _INFO_LABEL + r"(?=[ \t]*[:：]))?[ \t]*[:：]?[ \t]*"
)
# Where the party block ends: the first sentence of the body.
BODY_RE = re.compile(
    r"诉讼请求(?![，,、；;])|请求事项|上诉请求|再审请求|仲裁请求|申请事项|请求判令|诉称|辩称|述称|陈述称|一案|指控|经审理查明|事实(?:和|与|及)理由|答辩(?:意见|如下)"
    r"|向本院(?:提起|提出|起诉|申请)|提起(?:诉讼|上诉|公诉)|因[^。\n]{0,40}(?:纠纷|争议)|不服\S{0,40}(?:判决|裁定)"
    r"|本院(?:于|受理|立案)|诉至|现起诉|特起诉|依法(?:向|起诉)|(?<!具状人)(?<!自诉人)起诉(?!人|状)|[要请]求判[令决]|基于"
)

ETHNIC = ("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
          "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
          "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯",
          "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
_ETHNIC_RE = re.compile(r"^(?:民族[:：]?)?(" + "|".join(sorted(ETHNIC, key=len, reverse=True)) + r")族?$")

# A space inside an address number ("莲前西路 2 号", OCR) is noise, elsewhere a delimiter ("张三 男 汉族").
_FIELD_SPLIT = re.compile(r"[，,。；;\n]|(?<!\d) (?!\d+ ?(?:号|室|栋|楼|幢|座|单元|层|弄|组|户))(?![号室栋楼幢座单层弄组]|户(?![籍口]))"
                          r"|(?<=\d) (?![\d号室栋楼幢座单层弄组]|户(?![籍口]))")
_FIELD_SPLIT_ENUM = re.compile(_FIELD_SPLIT.pattern + "|、")
# What a line inside a party entry starts with when it starts a new field; any other line break
# inside an entry only wraps the field before it ("1985年\n2月9日出生", "凤城\n八路177号").
_FIELD_START = re.compile(
    r"\s*(?:[\u4e00-\u9fa5]{1,8}(?:/[\u4e00-\u9fa5]{1,8})?(?:[（(][^）)\n]{1,14}[）)])?\s*[:：]|姓名|名称|性别|民族|出生|男|女"
    r"|[\u4e00-\u9fa5]{1,4}族|住|现住|现居|现在(?:居?住|居)|暂住|实际居住|户籍|经常居住|经常居所|身份|公民身份|证件|电话|联系|手机|法定代表人|负责人|统一社会|职务|工作单位|委托"
    r"|\s*$)"
)
_GENDER_RE = re.compile(r"^(?:性别[:：]?)?(男|女)(?:性|的)?$")  # "男的" (a letter)
# (元月 is January: 一九八七年元月一日出生)
_BIRTH_RE = re.compile(
    # (a letter's "10月29号生的": 号 for 日)
    r"(?:出生(?:日期|年月日?)?[:：]?|生于|出生于)?\s*(\d{4}\s*[年.\-/]\s*(?:\d{1,2}|元)\s*[月.\-/]\s*\d{1,2}\s*[日号]?"
    # a month or day in characters may be written with its leading zero ("一九七四年〇三月〇八日", as "03月08日")
    r"|[〇○零一二三四五六七八九]{4}年(?:[〇○零]?[一二三四五六七八九十]{1,2}|元)月[〇○零]?[一二三四五六七八九十]{1,3}日)\s*(?:出生的?|生人|生的|生)?"
)
# A masked ID ("350521********1015", "×××6517") is kept whole as written, the masks included.
# A scan may split the number with a space ("411102199 501302530"): the digits either side are one number where
# together they make an ID's 15 or 18 characters (see _id_match).
# (a form's "证件号码：" under "证件类型：居民身份证" is the same number)
_ID_RE = re.compile(r"(?:(?:公民)?身份(?:证)?(?:号码|号|证件号码|证)?|(?<![\u4e00-\u9fa5])证件号码)(?:为|是)?[:：]?\s*"
                    r"([0-9Xx×*＊]{6,22}(?: [0-9Xx×*＊]{1,17})?)")
_BARE_ID_RE = re.compile(r"(?<![0-9A-Za-z*＊×])(\d{17}[\dXx]|\d{15}|\d{6}(?=[\d*＊×]{0,11}[*＊×])[\d*＊×]{11}[\dXx])"
                         r"(?![0-9A-Za-z*＊×])")
_CREDIT_RE = re.compile(r"(?:统一社会信用代码|社会信用代码|信用代码|组织机构代码|注册号)(?:为|是)?[:：]?\s*([0-9A-Za-z\-]{8,22})")
_PHONE_RE = re.compile(r"(?:联系电话|电话号码|电话|手机号码|手机号|手机|联系方式|电\s*话)(?:为|是)?[:：]?\s*(\+?[\d\-]{3,16})")
_BARE_PHONE_RE = re.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")
# Several parties who share one address ("两人都住…", "二原告住…", "以上被告均住…", the last of them or a line of
# its own): the address is each one's.
_SHARED_BY = (r"(?:(?:以上|上列|上述)?(?:夫妻)?(?P<n>两|二|三|四|五|俩|全体)个?(?:(?:人|位|名)(?:" + "|".join(PRINCIPAL_ROLES)
              + r")?|(?:" + "|".join(PRINCIPAL_ROLES) + r"))|(?:以上|上列|上述)(?:" + "|".join(PRINCIPAL_ROLES)
              + r")|(?:他|她)们(?:俩|两口子?|两个人?|二人|两人)?|夫妻俩|两口子?|二者)")
_SHARED_TAIL = re.compile(r"(?:^|[，,。；;\s])" + _SHARED_BY + r"(?:都|均)?现?$")
_SHARED_COUNT = {"两": 2, "二": 2, "俩": 2, "三": 3, "四": 4, "五": 5}
_ADDR_RE = re.compile(
    # (a letter's sentence about the one it sues: "他也住…", "她现在住…")
    r"^(?:[（(](?:户籍地|户籍所在地|住所地|住所)[）)])?(?:(?:他|她)(?:也|现在?|还|就)?(?=住|家住))?"
    r"(?P<by>" + _SHARED_BY + r")?(?:均|都|现均)?"
    r"(?:住(?=住(?!宅)))?"  # "住住四川省古蔺县": the label doubled in the source is one label
    r"(?P<kind>住所地|住所地址|住所|(?:身份证(?:载明的?)?|户籍)?住址|身份证(?:载明的?)?地址|户籍地址|户口地址|户籍所在地|户籍地|户口所在地|户口(?:和住处|和家)?(?:也|还|都|一直)?(?=在)|户籍(?=在|[:：]|(?:新疆|广西|西藏|宁夏|内蒙古)|[\u4e00-\u9fa5]{1,8}(?:省|自治区|市|县)|[\u4e00-\u9fa5]{2,12}?自治州)|(?:家|屋头)(?=在)|现住址|现住|现居住地|现居住|经常居住地址|经常居住地|经常居所|居住地|家住|"
    r"暂住地?|原住|原租住|租住|住|(?:公司|单位|工厂|厂|店|门店)地址|地址|主要经营场所|营业场所|经营场所|主要办事机构所在地|办公地址|通讯地址|送达地址|所在地)(?:[（(][^）)]{1,12}[）)])?(?:在|于(?![\u4e00-\u9fa5](?:县|区))|为|(?<=地址)是)?"
    r"[:：]?\s*(?P<addr>(?s:.+))$"
)
# "住址同上", "身份证住址同原告一", "住址不详": a reference or a gap, not an address
# "住址同上", "住所地：同上": the same address as the entry above (the label kept for its kind)
# A bracketed remark after it ("住址同上（二人系夫妻）", on the same line or the next) is about the parties, no address.
# "户籍地同上" (a minor's entry under the parent's): the registered address of the entry above
# (a form's label may say which address in brackets: "住所地（户籍所在地）：同上")
_SAME_ADDR_RE = re.compile(r"(?<![\u4e00-\u9fa5])((?:现|户籍)?(?:住址|住所地?|地址|现住|住)|户籍(?:所在)?地|户口所在地)"
                           r"(?:[（(](?:户籍所在地|户籍地|主要办事机构所在地)[）)])?\s*[:：]?\s*"
                           r"同上(?P<unit>村民小组|村组|村|组)?(?![\u4e00-\u9fa5])")
_SAME_HABITUAL_RE = re.compile(r"(?<![\u4e00-\u9fa5])(经常居住地|经常居所)(?:地址)?\s*[:：]?\s*均?同上(?![\u4e00-\u9fa5])")
# "住址同被告一", "住所地同原告": the same address as the party so named (its number counts the entries of that role)
_SAME_AS_ROLE = re.compile(
    r"(?<![\u4e00-\u9fa5])((?:现|户籍)?(?:住址|住所地?|地址|现住|住))\s*[:：]?\s*均?同(?P<role>" + "|".join(PRINCIPAL_ROLES) + r")"
    r"(?:(?P<num>[一二三四五六七八九十]|\d{1,2}|[①-⑨])(?!致))?(?P<named>[\u4e00-\u9fa5·]{2,4}?)?(?:一致|相同)?(?![\u4e00-\u9fa5\d])")
# a form's field left blank with a mark ("经常居住地：/", "职务：—")
_BLANK_MARKS = r"[/／—\-－_＿]{1,6}"
_BLANK_MARK = re.compile(_BLANK_MARKS + r"|无")
_ADDR_NONE = re.compile(r"(?:不详|不明|无|未知|不清楚|不知道|不晓得|" + _BLANK_MARKS + r"|\S{0,2}同上(?:村民小组|村组|村|组)?|同(?:前|原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|被告人)\S{0,6}"
                        # "经常居住地：同户籍地": no second place, the registered address stays the 住所
                        r"|(?:同|与)(?:户籍|户口|身份证)(?:所在)?(?:地址?|住址)?(?:一致|相同)?)"
                        # a remark after it, its bracket closed in a later field ("同上（二人系父子，…）")
                        r"[。.]?(?:[（(][^（()）]*[）)]?)?[。.]?")
# A person's address is the 住所 in law (民法典 art. 25, 民诉法解释 arts. 3-4): the registered one (户籍), unless
# a habitual residence (经常居住地) is stated, which is deemed the 住所 and replaces it. A mere 住/现住 written
# after the registered address is where the person lives now and does not.
# A home told only relative to the writer's ("住我楼上", "住在我家隔壁", "住我们村") names no place: no address
_RELATIVE_PLACE = re.compile(r"(?:在)?(?:我|我们|我家|他|她|他们|她们|他家|她家)的?(?:家)?的?"
                             r"(?:楼上|楼下|隔壁|对门|对面|附近|旁边|后面|前面|后边|前边|同一?(?:栋|楼|小区|个小区|村|个村))"
                             r"(?:\d{1,4}(?:室|号|房)?)?|(?:在)?(?:我们|我家|我)(?:村|小区|楼|那栋楼|这栋楼)"
                             # ("住同村", "住同组": the filer's village, said of the one sued)
                             r"|(?:在)?同一?个?(?:村|组|小区|栋|楼)")
_HABITUAL = re.compile(r"经常居住|经常居所")
# A former home ("原住…，现住…") is neither 户籍 nor 经常居住地: the address written after it replaces it.
_FORMER = re.compile(r"^(?:原(?:租|居)?住|曾(?:租|居)?住)")
_LABELLED = re.compile(r"[\u4e00-\u9fa5/]{2,10}(?:[（(][^）)\n]{1,14}[）)])?[:：]")
_ADDR_LABEL_ONLY = re.compile(r"^(?:住所地|住所|住址|地址|户籍地|户籍所在地|经常居住地址?|经常居所|现住址?|居住地)[:：]?$")
_REP_FIELD_RE = re.compile(r"^(?P<kind>法定代表人|主要负责人|负责人|经营者|投资人|执行事务合伙人)[:：]?\s*(?P<name>.+)$")
_REP_TITLES = ("董事长", "执行董事", "总经理", "副总经理", "经理", "董事", "行长", "副行长", "主任", "厂长", "负责人",
               "局长", "院长", "校长", "会长", "村长", "主席", "理事长", "所长", "社长", "站长", "店长", "执行事务合伙人",
               "总裁", "监事", "检察长", "书记", "法定代表人", "合伙人", "首席合伙人", "执行合伙人", "法人代表", "队长", "部长",
               "组长", "园长")
_REP_TITLE_RE = re.compile(r"^(?:系|是|任|为)?(?:该|本|原告|被告|其)?(?:公司|单位|行|厂|所|院|社|中心|企业|集团|村|会|店)?"
                           r"(?:的)?(" + "|".join(sorted(_REP_TITLES, key=len, reverse=True)) + r")(?:职务)?$")
_FIRM_RE = re.compile(r"([\u4e00-\u9fa5A-Za-z（）()]{2,40}?(?:律师事务所|法律服务所|法律援助中心|法律服务中心|公证处|司法所)"
                      r"(?:[\u4e00-\u9fa5]{1,12}?分所)?)")
_AGENT_TITLES = ("实习律师", "专职律师", "兼职律师", "律师助理", "律师", "基层法律服务工作者", "法律服务工作者", "法律工作者")
_AGENT_TITLE_RE = re.compile("(" + "|".join(_AGENT_TITLES) + ")")
_OCC_WORDS = re.compile(
    r"无业|无固定职业|无职业|待业|农民|务农|务工|个体|经商|退休|职员|员工|职工|工人|教师|医生|护士|会计|司机|驾驶员|工作人员|干部|"
    r"公务员|学生|自由职业|厨师|保安|销售|经理|工程师|律师|商人|个体工商户|渔民|工作|就职|任职|主管|厂长|老板|店主|法人|"
    r"股东|董事|军人|演员|设计师|程序员|技术员|文员|保洁|快递|外卖|务|职业[:：]"
)
_SKIP_FIELD = re.compile(
    r"^(?:系|是|为)[^，]{0,20}(?:之|的)|文化$|文化程度|^(?:小学|初中|高中|中专|大专|本科|研究生|硕士|博士|文盲|中学)|"
    r"^(?:因|现羁押|羁押|现押|曾|于\d|被\S{0,10}(?:拘留|逮捕)|取保|监视居住)|^以下简称|^简称|^(?:特别授权|一般授权|一般代理)|"
    r"^[\u4e00-\u9fa5]{2,12}(?:省|市|县|区)人$|^籍贯|^原籍"
)
_ORG_SUFFIX = re.compile(
    r"(?:公司|集团|村民小组|银行|支行|分行|合作社|委员会|协会|医院|学校|学院|大学|小学|中学|幼儿园|事务所|研究所|研究院|检察院|法院|政府|"
    r"办事处|村委会|居委会|酒店|宾馆|门市部|经营部|服务部|工作室|俱乐部|基金会|联合会|商会|管理局|公安局|中心|厂|商行|"
    r"加工厂|农场|林场|矿|物业|超市|商店|餐厅|饭店|药店|药房|诊所|车行|站|馆|店|社|局|院|所|部|处|队|会|场|行)"
    r"(?:[（(][^）)]{1,12}[）)])?$"
)
_MASKED_NAME = r"[\u4e00-\u9fa5]{1,2}(?:某某|某[\dxX×]*|[xX×]\d+|\d{1,2})(?![\d万千百元.．,，]\d*[万元]?)"
_NAME_BAD = re.compile(r"\d{3,}|出生|住|身份|电话|男|女|族$")


@dataclass
class ParsedParty:
    party: Party
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # "name", "agents[0]" ... -> norm span
    shares: int = 0  # how many parties of its role just above share its address ("两人都住…": 1)
    birth_disputed: bool = False  # a written birth ("1987年生") that the ID number contradicts: no date is taken


# a lay complaint's own words for its sides: "起诉人/被起诉人", "告状人/被告状人"; a formal one's "具状人/被具状人"
# (the one who files the 状 and the one it is filed against)
_FILER_ROLES = {"起诉人": "原告", "被起诉人": "被告", "告状人": "原告", "被告状人": "被告", "具状人": "原告",
                "被具状人": "被告", "原告人": "原告"}  # ("原告人", a lay complaint's word for 原告)


def as_written(parsed: list[ParsedParty], norm: str, written: str) -> None:
    """Names and addresses as the document writes them: a party written in traditional characters
    ("龍德勝", "長沙市開福區") keeps them, although the rules read the simplified fold ("龙德胜").
    `written` is the normalised text with its traditional characters restored (same length as `norm`)."""
    if written == norm:
        return

    def back(value: str | None, span: tuple[int, int] | None) -> str | None:
        if not value:
            return value
        if span and norm[span[0]:span[1]] == value:
            return written[span[0]:span[1]]
        at = norm.find(value)
        return written[at:at + len(value)] if at >= 0 else value

    for pp in parsed:
        p = pp.party
        p.name = back(p.name, pp.spans.get("name"))
        p.address = back(p.address, pp.spans.get("address"))
        for k, a in enumerate(p.addresses):
            a.text = back(a.text, pp.spans.get(f"addresses[{k}].text"))
        if p.legal_representative is not None:
            p.legal_representative.name = back(p.legal_representative.name, None)
        for agent in p.agents:
            agent.name = back(agent.name, None)
            agent.firm = back(agent.firm, None)


# What shows an 答辩状 answers an appeal or a retrial application rather than a complaint. "提起上诉" alone
# is no cue: a first-instance agent's powers name it ("代为…提起上诉").
_APPEAL_CUE = re.compile(r"被上诉人|(?<!提起)上诉人|二审|上诉状|上诉请求|上诉答辩|不服[^。\n]{0,40}(?:判决|裁定)")
_RETRIAL_CUE = re.compile(r"再审")


# "被答辩人诉答辩人…一案": the one answered sued the writer, a first-instance complaint; a 一审/二审 then named
# (or an appeal's 上诉请求) is that of some other case told in the story (a lawyer's mandate "代理…一审、二审"),
# no cue to this one; only the appeal's parties or a judgment objected to ("不服…判决") make it an appeal
_FIRST_CUE = re.compile(r"被答辩人(?:以[^。\n，,]{1,20}为由)?诉(?:答辩人|本人|我)")
_STRONG_APPEAL_CUE = re.compile(r"被上诉人|(?<!提起)上诉人|不服[^。\n]{0,40}(?:判决|裁定)")


def answer_stage(text: str) -> str:
    """Which proceeding an 答辩状 answers: 'retrial', 'appeal' or 'first' (a complaint)."""
    if _RETRIAL_CUE.search(text):
        return "retrial"
    if _FIRST_CUE.search(text):
        return "appeal" if _STRONG_APPEAL_CUE.search(text) else "first"
    return "appeal" if _APPEAL_CUE.search(text) else "first"


_ANSWER_ROLES = {  # (答辩人, 被答辩人) by proceeding
    "first": ("被告", "原告"), "appeal": ("被上诉人", "上诉人"), "retrial": ("再审被申请人", "再审申请人"),
}


def normalise_role(role: str, qual: str | None, stage: str = "first") -> str:
    """'上诉人（原审被告）' -> '上诉人'; numbers dropped. An 答辩状's 答辩人/被答辩人 are named by their
    litigation status: the bracketed one where the header gives it ('答辩人（一审被告）' -> '被告'), otherwise
    that of the proceeding answered (`stage`, see answer_stage): in first instance the 答辩人 is the 被告 and
    the 被答辩人 the 原告; answering an appeal, the 答辩人 is the 被上诉人 and the 被答辩人 the 上诉人."""
    if role in _FILER_ROLES:
        return _FILER_ROLES[role]  # "起诉人/被起诉人" of a civil 起诉状 are its 原告/被告 (CPL art. 124)
    if role in ("答辩人", "被答辩人"):
        status = re.search(r"被上诉人|上诉人|再审被申请人|再审申请人|被申请人", qual or "")
        if status:
            return status.group()  # "答辩人（被上诉人、原审原告）"
        if stage == "first":
            status = re.fullmatch(r"[（(](?:一审|原审)?(原告|被告|第三人)[）)]", qual or "")
            if status:
                return status.group(1)
        return _ANSWER_ROLES[stage][role == "被答辩人"]
    return role


# Where a field starts when OCR has dropped the delimiters ("张伟男1983年4月2日出生汉族住江苏省…"):
# before these cue words a long chunk is split, as if a comma stood there.
# A form label ("注册地/登记地：", "证件号码：") always starts a field, even when the line break before
# it was lost ("科华北路99号注册地/登记地：四川省…").
_FORM_LABEL = (r"(?<=[\u4e00-\u9fa5\d）)])(?=(?:注册地|登记地|经常居住地|经常居所|证件类型|证件号码|工作单位|职务|类型|民族|性别|出生日期|"
               r"户籍地址|户籍所在地|现居住地|现住址|住所地|住址|公民身份号码|(?<!公民)身份证号码?|联系电话"
               # "代表人/负责人：" (a form's label for whoever acts for an organisation), not the end of 法定代表人
               r"|(?<!法定)(?<!诉讼)代表人)"
               r"(?:/[\u4e00-\u9fa5]{2,10})?(?:[（(][^）)\n]{1,14}[）)])?[:：])")
# Table cells read without the spaces between them ("姓名韩雪梅性别女民族汉族出生日期1990年…"): the label
# and the start of its value.
_TABLE_LABEL = (r"(?<=[\u4e00-\u9fa5\d])(?=性别(?:男|女)|民族[\u4e00-\u9fa5]{1,4}族|出生日期\d|公民身份号码\d|身份证号码?\d"
                r"|住址[\u4e00-\u9fa5])")
# "滕某（曾用名滕某某）男 1960年…": a gender right after the name's parenthetical, fields split by spaces
_PAREN_GENDER = r"(?<=[）)])(?=[男女](?:\s|$))"
# A form written with spaces instead of colons ("…402室　经常居住地 安徽省…", "…205室　证件号码 3401…"):
# the space cut the chunk, so the label ends it; it is a field of its own, no tail of the address.
_FORM_LABEL_AT_END = (r"|(?<=[\u4e00-\u9fa5\d）)])(?=(?:经常居住地|经常居所|证件类型|证件种类|证件号码|公民身份号码"
                      r"|身份证号码?|联系电话|户籍所在地|住所地)$)")
_FORM_LABEL += _FORM_LABEL_AT_END
# A code of digits and capitals (an 18-character credit code or ID number) runs into the next line's label when
# the line break is lost ("…MA2DL7R63K住所：浙江省…"): the label with its colon starts a field of its own.
_FORM_LABEL += (r"|(?<=[\dA-Z]{15})(?=(?:住所地?|住址|地址|营业场所|经营场所|主要经营场所|法定代表人|负责人|联系电话|电话)"
                r"[:：])")
_FORM_LABEL_RE = re.compile(_FORM_LABEL + "|" + _TABLE_LABEL + "|" + _PAREN_GENDER)
_DENSE_CUE = re.compile(
    r"(?<=[\u4e00-\u9fa5\d）)])(?=[男女](?:\d{4}|[\u4e00-\u9fa5]{1,3}族))"
    r"|(?<=[\u4e00-\u9fa5）)])(?=\d{4}年\d{1,2}月\d{1,2}日(?:出生|生))"
    r"|(?<=[\u4e00-\u9fa5\d])(?=(?:汉|回|满|壮|藏|苗|彝|侗|瑶|白|黎|傣|畲|土家|蒙古|维吾尔|朝鲜|布依|哈萨克)族(?![区乡镇]|自治|[\u4e00-\u9fa5]{1,3}族自治))"
    r"|(?<=[\u4e00-\u9fa5\d）)])(?=公民身份号码|身份证号|联系电话|电话[:：]?\d|手机(?:号码?)?[:：]?\d|统一社会信用代码|法定代表人"
    r"|负责人|住所地|住址|户籍地"
    r"|现住|经常居住地|经常居所|经营场所|营业场所|住(?=[\u4e00-\u9fa5]{2,12}(?:省|市|自治区|县)))"
    r"|" + _FORM_LABEL + "|" + _TABLE_LABEL + "|" + _PAREN_GENDER
)
_DENSE_MIN = 14


# A residence label inside an address ("…702室现住武汉市江夏区…", the line break lost) starts a second
# address; a bracketed one ("…1号（现住…）") is read with its address.
_RESIDENCE_CUE = r"(?<=[\u4e00-\u9fa5\d）)])(?=(?:现住|现居|暂住|实际居住)(?:地址|地|址)?(?:为|在|于)?[:：]?(?!证)[\u4e00-\u9fa5]{2})"
_HARD_CUE = re.compile(r"(?=公民身份号码|身份证号|联系电话|电话[:：]?\d|手机(?:号码?)?[:：]?\d|统一社会信用代码|法定代表人|负责人)|"
                       + _FORM_LABEL + "|" + _TABLE_LABEL + "|" + _RESIDENCE_CUE)
_ADDR_START = re.compile(r"^(?:[（(]\S{2,5}[）)])?(?:住|地址|户籍|户口|现住|经常居住|营业场所|(?:广西壮族|宁夏回族|新疆维吾尔|西藏|内蒙古)自治区"
                         r"|(?:(?!住|族)[\u4e00-\u9fa5]){2,8}(?:省|市))")


def _dense_split(chunk: str) -> list[int]:
    """Offsets inside a long chunk where a field starts although no delimiter marks it. An address
    is only cut before cues that can never be part of it (ID, phone, credit code, representative)."""
    if len(chunk) < _DENSE_MIN:
        # a form label with its colon starts a field however short the chunk ("宋雨桐性别:女", OCR joined lines)
        return [m.start() for m in _FORM_LABEL_RE.finditer(chunk) if m.start() > 0]
    rx = _HARD_CUE if _ADDR_START.match(chunk) else _DENSE_CUE
    cuts = [m.start() for m in rx.finditer(chunk) if m.start() > 0]
    if cuts and rx is _DENSE_CUE:
        # once an address begins inside the chunk, only hard cues cut it further
        for k, c in enumerate(cuts):
            if _ADDR_START.match(chunk[c:]):
                rest = chunk[c:]
                return cuts[:k + 1] + [c + m.start() for m in _HARD_CUE.finditer(rest) if m.start() > 0]
    return cuts


# An entry whose fields are separated by 、 instead of commas ("马某某、男、1969年9月9日生、回族、住…").
_ENUM_COMMA = re.compile(r"^[^，,\n]{1,40}?、(?:男|女)(?:性)?、")


# a lone surname, a space, then the given name and a delimiter: one name spaced by OCR (not "王 男，…")
_SPLIT_NAME = re.compile(r"[ \t]*([\u4e00-\u9fa5])[ \t\u3000]+(?!男|女|汉族)([\u4e00-\u9fa5]{1,3})(?=[ \t\u3000]*[，,、。；;（(])")
_TRAILING_STOP = re.compile(r"(?<![A-Za-z])[.．。,，;；、]+$")


# A scan (OCR) puts spaces anywhere, so a space is no delimiter inside a date ("1995 年 1 月 30 日出 生") or an
# address ("住 河南省某市某区 某路 西段 15 号 院 3 号楼"): an address goes on past a space while what follows is one of
# its parts (a road, a number, a building, a village ... named by its last character), and no field's label.
_SPACED_DATE = re.compile(r"\d{4} ?年 ?(?:\d{1,2}|元) ?月(?: ?\d{1,2} ?[日号])?(?: ?出 ?生| ?生)?")
_ADDR_FIELD = re.compile(r"(?:[（(]\S{2,5}[）)])?(?:现|户籍|身份证|家)?(?:住所地|住所|住址|地址|现住址?|住|户籍地|经常居住地址?|经常居所|"
                         r"居住地|营业场所|经营场所|主要经营场所)[:：]?|[\u4e00-\u9fa5]{2,}(?:省|自治区|市)[\u4e00-\u9fa5\d]")
# (a building's part may be lettered and end in its number: "汇鑫IBC C座1506室", "万科星火Online 5栋408")
_ADDR_PART = re.compile(r"[\u4e00-\u9fa5\dA-Za-z\-]{0,14}(?:路|街|大道|道|巷|胡同|号|楼|室|院|村|组|段|弄|栋|幢|单元|层|小区|社区|镇|乡|区|县|"
                        r"大厦|花园|苑|广场|公寓|里|屯|庄|门|旗|州|座)[\dA-Za-z\-]{0,6}(?=[ ，,。；;\n]|$)")


# (or a long rest that opens with a street or a town and ends at a door: "…西湖区 古荡街道嘉绿苑北区12幢3单元501室")
# (or a door written as numbers after the house, block or entrance: "…胜利南街18号 7-3-2", "…2单元 601")
_ADDR_LONG_PART = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|路|街|大道|巷|胡同|村|社区|小区)[\u4e00-\u9fa5\dA-Za-z\-]{0,30}?"
                             r"(?:号|室|楼|栋|幢|单元|层|组|院)(?=[ ，,。；;\n]|$)"
                             r"|(?<=[号栋幢] )\d{1,4}(?:-\d{1,4}){1,3}(?=[，,。；;\n]|$)|(?<=单元 )\d{2,5}(?:室|房)?(?=[，,。；;\n]|$)")


_LATIN_GAP = re.compile(r"(?<=[A-Za-z])\s+(?=[A-Za-z0-9])|(?<=[0-9])\s+(?=[A-Za-z])")


def _squeeze(addr: str) -> str:
    """An address without a scan's gaps; a space between two Latin words, or a Latin word and a number, stays as the
    building is named ("汇鑫IBC C座1506室", "万科星火Online 5栋")."""
    return " ".join(re.sub(r"\s", "", part) for part in _LATIN_GAP.split(addr))


def _address_goes_on(text: str, field_at: int, space_at: int) -> bool:
    """Whether the space at `space_at` lies inside the address the field at `field_at` holds (a scan's gap)."""
    head = text[field_at:space_at].lstrip(" ：:")
    return (bool(_ADDR_FIELD.match(head)) and bool(_ADDR_PART.match(text, space_at + 1) or _ADDR_LONG_PART.match(text, space_at + 1))
            and not _FIELD_START.match(text, space_at + 1))


_SPLIT_ORG = re.compile(r"(?<=[:：])([ \t]*)(?!(?:名称|姓名|单位名称|企业名称|当事人)[ \t])([\u4e00-\u9fa5]{2,20})([ \t]+)"
                        r"([\u4e00-\u9fa5]{0,12}?(?:有限责任公司|股份有限公司|有限公司|合作社|事务所|商行|经营部|门市部|商店|超市|加工厂))"
                        r"(?=[，,。；;（(]|$)", re.M)
# "身份证号 52010219900101028 9": the space after an ID label keeps the number in the label's field, so a scan's
# gap inside the number is read with it (_id_match joins the parts where together they are an ID's length)
_ID_LABEL = re.compile(r"[ \t]*(?:公民身份号码|公民身份证号码?|身份证号码?|身份证|身份号码|证件号码)[:：]?")


def _id_label_before(text: str, pos: int, space_at: int) -> bool:
    return bool(_ID_LABEL.fullmatch(text, pos, space_at)) and text[space_at + 1:space_at + 2].isdigit()


# a line holding only a date (the signature's, under an entry written after it) is no field of the entry above
_DATE_LINE = re.compile(r"[ \t]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \t]*年[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*月"
                        r"(?:[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*[日号])?[ \t]*(?:\n|$)")


def _fields(text: str, base: int) -> list[tuple[str, int, int]]:
    """Comma-separated fields with absolute spans, stripped (cue words split run-together fields)."""
    out = []
    pos = 0
    split = _FIELD_SPLIT_ENUM if re.search(r"(?:^|、)(?:男|女)(?:性)?、", text[:40]) and "，" not in text[:40] else _FIELD_SPLIT
    dates = [d.span() for d in _SPACED_DATE.finditer(text) if " " in d.group()]
    for m in split.finditer(text + "，"):
        # (a line of a date alone under a line not closed by a stop is the signature's: the entry ends there)
        stop = m.group() == "\n" and m.start() > pos and text[m.start() - 1] not in "，,。；;：:、" \
            and bool(_DATE_LINE.match(text, m.end()))
        if (m.group() == "\n" and m.start() > pos and text[m.start() - 1] not in "，,。；;：:、"
                and not _FIELD_START.match(text, m.end()) and not stop):
            continue
        if m.group() == " " and (any(a < m.start() < b for a, b in dates) or _address_goes_on(text, pos, m.start())
                                 or _id_label_before(text, pos, m.start())):
            continue
        chunk = text[pos:m.start()]
        cuts = [0, *_dense_split(chunk), len(chunk)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = chunk[a:b]
            lead = len(piece) - len(piece.lstrip(" ：:"))
            s = piece.strip(" ：:")
            # "…2208室." typed with an ASCII full stop (not a field split): the stop is no part of the value
            s = _TRAILING_STOP.sub("", s)
            if s:
                out.append((s, base + pos + a + lead, base + pos + a + lead + len(s)))
        pos = m.end()
        if stop:
            break
    return out


_ORG_FORM_CUT = re.compile(r"[\u4e00-\u9fa5]{2}(?:有限责?任?公?|股份有?限?公?|集团有?限?公?)$")
_ORG_WORD = re.compile(r"公司|银行|集团|合作社|委员会|事务所|协会|基金会|研究院|中心|医院|学校|大学")
_KEEP_PAREN = re.compile(r"[（(](?:普通合伙|有限合伙|特殊普通合伙|个人独资(?:企业)?|个体工商户|中国|集团|控股)[）)]$")


_KIN_OF = ("妻", "夫", "父", "母", "子", "女", "兄", "弟", "姐", "妹", "孙", "孙女", "祖父", "祖母", "外孙", "外孙女",
           "儿媳", "女婿", "妻子", "丈夫", "父亲", "母亲", "儿子", "女儿", "长子", "次子", "长女", "次女")
_RELATION_BEFORE = re.compile(r"[\u4e00-\u9fa5·]{2,8}(?:之|的)(?:" + "|".join(sorted(_KIN_OF, key=len, reverse=True))
                              + r")(?:[ \t\u3000]+(?=[\u4e00-\u9fa5]{2,4}[，,、 \t])|(?=[\u4e00-\u9fa5]{2,3}[，,]))")


def _clean_name(raw: str) -> tuple[str, int]:
    """Name from the text just after the role word; returns (name, its offset in raw).

    The name runs to the first delimiter; parentheses inside it stay ("某某（厦门）有限公司"), a
    trailing parenthetical is dropped ("（以下简称某公司）", "（特别授权）") unless it is part of the legal
    name ("（普通合伙）")."""
    # a relation remark written before the name ("原告 王某之妻 李某，女，…"): says who the party is to
    # another party, the name follows it
    rel = _RELATION_BEFORE.match(raw)
    if rel:
        name, at = _clean_name(raw[rel.end():])
        return name, (rel.end() + at) if name else 0
    # a list's number under a role heading ("被起诉人：\n（一）某某有限公司，…") is no part of the name
    num = re.match(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、．.](?!\d))[ \t\u3000]*", raw)
    if num and num.end() < len(raw):
        name, at = _clean_name(raw[num.end():])
        return name, (num.end() + at) if name else 0
    # a Latin name keeps its spaces ("JOHN SMITH（约翰·史密斯）")
    m = re.match(r"[A-Za-z][A-Za-z.\-]*(?: [A-Za-z][A-Za-z.\-]*)+(?=[（(，,])|[^，,。；;\n ]*", raw)
    name = m.group(0)
    split = _SPLIT_NAME.match(raw, m.start()) if re.fullmatch(r"[\u4e00-\u9fa5]", name) else None
    if split:
        # "原告 ：宫 丽娜 ，女 ，…": OCR spaced the name too; a lone surname with the given name after a space
        name = split.group(1) + split.group(2)
    if _ENUM_COMMA.search(raw):
        name = name.split("、")[0]  # "马某某、男、1969年9月9日生、回族、住…": 、 is the field delimiter
    cuts = _dense_split(name)
    if cuts:
        name = name[:cuts[0]]  # "张伟男1983年…" / "某某有限公司住所地…" (delimiters lost in OCR)
    name = re.split(r"[（(]以下(?:简称|称)", name)[0]  # "某经营部（以下简称某部）经营场所…": the rest is no name
    form = re.search(r"[（(](?:普通合伙|有限合伙|特殊普通合伙|个人独资(?:企业)?|个体工商户)[）)]", name)
    if form:
        name = name[:form.end()]  # the legal form ends the name: "某酒楼（个体工商户）经营者：全某"
    name = name.strip(" ：:\"“”")
    while True:
        t = re.search(r"[（(][^（()）]*[）)]$", name)
        if not t or _KEEP_PAREN.search(name) or t.start() == 0:
            break
        name = name[:t.start()]
    # an unclosed parenthetical ("张三（男") ends the name
    name = re.split(r"[（(](?![^（(]*[）)])", name)[0]
    name = _TRAILING_STOP.sub("", name)  # "被告:祁建伟." typed with an ASCII full stop
    if split and name == split.group(1) + split.group(2):
        return name, split.start(1)  # the span runs from the surname (one character short, the space)
    return name, raw.find(name) if name else 0


def _is_org(name: str, entry: str) -> bool:
    if re.fullmatch(r"[\u4e00-\u9fa5·]{2,4}[（(](?:个体工商户|个体户)[）)]", name) and re.search(r"[，, ](?:男|女)(?:[，, ]|$)", entry):
        return False  # "被告：陈某某（个体工商户），男，…": a sole trader with no 字号 is its operator, a person
    # (a person's form fields name her: "姓名：…", "性别：男☑", even beside "职务：经营者")
    if re.search(r"法定代表人|负责人|统一社会信用代码|组织机构代码|经营者|执行事务合伙人", entry) and not re.search(r"[，, ](?:男|女)(?:[，, ]|$)", entry) \
            and not re.search(r"姓\s*名[:：]|性\s*别[:：]", entry):
        return True
    if len(name) >= 4 and _ORG_SUFFIX.search(name):
        return True
    return bool(re.search(r"(?:公司|银行|检察院|委员会|合作社|事务所|集团|企业)|[（(](?:个体工商户|普通合伙|有限合伙|特殊普通合伙|个人独资)", name))


_HK_MO_CHECK = re.compile(r"[（(][0-9A][）)]")


def _id_text(s: str) -> str:
    """The ID number as written; only a lower-case check letter is upper-cased (masks stay as they are)."""
    return s[:-1] + "X" if s.endswith("x") and s[:-1].isdigit() else s


def _id_match(f: str) -> tuple[str, int, int] | None:
    """The labelled ID number in field `f` (text without a scan's space, start, end): a space splits it only where
    the parts together are an ID's length, else the number is the part before the space."""
    m = _ID_RE.search(f)
    if m is None:
        return None
    raw, a, b = m.group(1), m.start(1), m.end(1)
    if " " in raw:
        joined = raw.replace(" ", "")
        if len(joined) in (15, 18):
            return _id_text(joined), a, b
        b = a + raw.index(" ")
        raw = f[a:b]
    check = _HK_MO_CHECK.match(f, b) if re.fullmatch(r"\d{7}", raw) else None
    if check:
        # a Macao (and Hong Kong style) identity card number: seven digits and its check digit in brackets,
        # "1356289(3)"; the bracketed digit is part of the number as written on the card
        return f[a:check.end()], a, check.end()
    return _id_text(raw), a, b


def _ordinal(num: str | None) -> int | None:
    """'一' / '2' / '③' -> 1 / 2 / 3 (an entry's number after its role); None when there is none."""
    if not num:
        return None
    if num.isascii() and num.isdigit():
        return int(num)
    if "①" <= num <= "⑨":
        return ord(num) - ord("①") + 1
    return "一二三四五六七八九十".find(num) + 1 or None


_PART_BIRTH_RE = re.compile(r"(?:出生(?:日期|年月)?[:：]?|生于|出生于)?\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月份?)?\s*(?:出生的?|生人|生的|生)")


def _date_iso(text: str) -> str | None:
    # "十月〇八日": the leading zero of a month or day in characters is no digit of its own
    return numerals.parse_date(re.sub(r"(?<=[年月])[〇○零](?=[一二三四五六七八九十])", "", text))


# An agent's powers ("代理权限：特别授权，即代为承认、变更、放弃诉讼请求，进行和解，提起上诉等") name
# pleadings without starting the body.
_POWERS_RE = re.compile(r"代理权限|特别授权|一般授权|代为")


# A sentence opener right after an address's last unit ("…503室因…", "…12号现诉至…") or after the ID number that
# ends an entry (its digits, or the check character X: "…公民身份号码…271X关于…一案"), the line break between
# them lost; or the answer's opening sentence naming who sued ("…住址同上某甲、某乙诉我公司…纠纷一案") glued to an
# address or to a shared-address field ("同上")
# (an answer's "针对/就/关于 被答辩人要求…（its claims with their sums）的起诉" names what it answers at length: the
# claims it repeats may run longer than a cause)
_GLUED_BODY = re.compile(r"(?<=[号室组栋幢层户楼弄房\dXx])(?:(?:因|现)(?=[^，。；\n]{0,30}?(?:起诉|诉讼|上诉|纠纷|争议|一案|诉至|诉称))"
                         r"|(?:就|关于|针对)(?=[^，。；\n]{0,60}?(?:起诉|诉讼|上诉|纠纷|争议|一案|诉至|诉称)))"
                         r"|(?:(?<=[号室组栋幢层户楼弄房\dXx])|(?<=同上))(?![楼室栋幢层单元座院])(?=[\u4e00-\u9fa5]{2,4}(?:[、与和及][\u4e00-\u9fa5]{2,4}){0,4}"
                         r"(?:诉|起诉)[^，。；\n]{0,40}?(?:纠纷|争议)?一案)")
_ROLE_BEFORE = re.compile("(?:" + "|".join(PRINCIPAL_ROLES) + r")$")
_BODY_HEADING = re.compile(r"(?:诉讼请求|请求事项|上诉请求|再审请求|仲裁请求|申请事项|事实(?:和|与|及)理由)\s*(?:[:：]|$)", re.M)


_HEADING_NUM = re.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[（(][一二三四五六七八九十\d]{1,3}[）)])[、.．]?[ \t]*")


def _body(text: str, at: int) -> re.Match | None:
    for _ in range(20):
        body = BODY_RE.search(text, at)
        if body is None:
            return None
        sent = max(text.rfind(c, 0, body.start()) for c in "。；;\n") + 1
        if not _POWERS_RE.search(text, sent, body.start()):
            return body
        at = body.end()
    return None


# Box-drawing characters (a table typed with "┌─┬─┐ │ 原告 │ 杨光明 │"): the rules read such a table as
# "label：value" lines. A single vertical bar between two cells of a row is the label's colon; any
# other run of box characters (borders, a row's end glued to the next row's start once the lines were
# joined) ends the line. One character for one, so offsets into the text stay valid.
_BOX_RUN = re.compile(r"[\u2500-\u257f]+")
_BOX_BAR = "│┃║|"
_ROW_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,10}(?:/[\u4e00-\u9fa5]{2,10})?(?:[（(][^）)\n]{1,14}[）)])?[:：]")


# The same table typed in ASCII ("| 原告 | 汪德胜 |", "原告 | 姓名：汪德胜 | 性别：男", "+----+----+"):
# read as box drawing, one character for one, but only where at least two lines are rows ('|' first,
# or two '|' cells) or a '+---+' border is there, so a stray '|' in prose stays as it is. Normalising
# may have glued borders and rows into one line, so borders are found anywhere in a line.
_ASCII_ROW = re.compile(r"^[ \t]*\||^[^\n|]*\|[^\n|]*\|", re.M)
_ASCII_BORDER = re.compile(r"\+(?:[-=]{2,}\+)+")


def _ascii_table_to_box(text: str) -> str:
    # rows joined into one line by the text clean-up meet as "||" (one row's end, the next row's start)
    joined = "||" in text and text.count("|") >= 6
    if "|" not in text or (len(_ASCII_ROW.findall(text)) < 2 and not _ASCII_BORDER.search(text) and not joined):
        return text
    text = _ASCII_BORDER.sub(lambda m: "─" * len(m.group()), text)
    return text.replace("|", "│")


# A row whose first cell is a party role and which has more cells after the name (a table with a header
# row: "| 原告 | 邵一帆 | 男 | 1989年2月2日 | 1101… | 北京市… |"): its later cells are fields, not labels.
# (its number, or a bracket saying which side of the debt it is on: "被告（保证人）")
_ROLE_CELL = re.compile(r"[ \t]*(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十\d]{1,2}|[（(][一二三四五六七八九十\d]{1,2}[）)]"
                        r"|[（(][\u4e00-\u9fa5]{2,6}[）)])?[ \t]*")


def _field_bars(text: str) -> set[int]:
    """Offsets of the cell bars after the second cell of each role row (see _ROLE_CELL)."""
    out: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        # a row ends at a border or where two rows were joined ("…1805||被告|…")
        for row in re.split(r"(?=[\u2500-\u257f]{2,})", line.group()):
            start = line.start() + line.group().find(row)
            cells = [c for c in re.finditer(r"[^\u2500-\u257f]+", row) if c.group().strip()]
            if len(cells) >= 3 and _ROLE_CELL.fullmatch(cells[0].group()):
                out.update(start + c.start() - 1 for c in cells[2:])
    return out


# A table with one column per party ("| 项目 | 原告 | 被告 |", then "| 名称 | A公司 | B公司 |", "| 住所 | … | … |"): the
# header row gives each column's role, each later row's first cell the field. Each column is written out as an
# ordinary entry ("原告：A公司，住所：…\n法定代表人：…"), parsed as such, and its spans mapped back to the cells.
_CELL_BAR = re.compile(r"[|│┃║]")
_TABLE_RULE = re.compile(r"[ \t]*[|│┃║+:=\-\u2500-\u257f \t]+$")
_COLUMN_ROLE = re.compile(r"(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十\d]{1,2})?(?:[（(][^）)\n]{1,14}[）)])?")
_NAME_ROW = re.compile(r"(?:姓名|名称|单位名称|企业名称|当事人|当事人名称|当事人姓名)(?:/[\u4e00-\u9fa5]{2,4})?")
_REP_IN_LABEL = re.compile("|".join(REP_ROLES))
_EMPTY_CELL = re.compile(r"[—\-/／无]*")


def _row_cells(line: str, at: int) -> list[tuple[str, int]] | None:
    """A table row's cells (stripped text, absolute offset; an empty cell kept for the column count)."""
    if not _CELL_BAR.search(line) or _TABLE_RULE.fullmatch(line):
        return None
    parts = [(m.group(), at + m.start()) for m in re.finditer(r"(?<=[|│┃║])[^|│┃║]*|^[^|│┃║]*", line)]
    if parts and not parts[0][0].strip():
        parts = parts[1:]  # the row's leading bar
    if parts and not parts[-1][0].strip():
        parts = parts[:-1]  # its closing bar
    out = []
    for t, o in parts:
        lead = len(t) - len(t.lstrip())
        out.append((t.strip(), o + lead))
    return out


def _column_tables(text: str) -> list[tuple[int, int, list[ParsedParty]]]:
    """Column-per-party tables in `text`: (start, end, parties with spans into `text`)."""
    out: list[tuple[int, int, list[ParsedParty]]] = []
    # rows joined into one line by the text clean-up meet as "||" (one row's end, the next row's start)
    lines = [(m.group(), m.start()) for m in re.finditer(r"(?:[^\n|│┃║]|[|│┃║](?![|│┃║]))+[|│┃║]?", text)]
    i = 0
    while i < len(lines):
        line, at = lines[i]
        i += 1
        head = _row_cells(line, at)
        if not head or len(head) < 3 or _COLUMN_ROLE.fullmatch(head[0][0]):
            continue
        roles = head[1:]
        if not all(_COLUMN_ROLE.fullmatch(t) for t, _ in roles):
            continue
        rows, end = [], at + len(line)
        while i < len(lines):
            row_line, row_at = lines[i]
            cells = _row_cells(row_line, row_at)
            if cells is None and not _TABLE_RULE.fullmatch(row_line):  # a rule ("|---|", "├──┼──┤") goes on
                break
            i += 1
            end = row_at + len(row_line)
            if cells and len(cells) >= 2:
                rows.append(cells)
        parties = [p for j in range(len(roles)) for p in _column_party(roles[j], [(r[0], r[j + 1] if j + 1 < len(r) else None) for r in rows])]
        if parties:
            out.append((at, end, parties))
    return out


# A table with one row per party under a role heading ("原告（共3人）：", then "| 序号 | 姓名 | 性别 | … | 住址 |" and a
# row for each): the heading gives the role, the header row each column's field. A numbering column (序号) is the
# table's, no field. Each row is written out as an ordinary entry and parsed as such (see _column_party).
# The heading may say that the list follows ("被告如下：", "被告有：", "被告的基本情况如下：").
_ROW_HEADING = re.compile(r"[ \t]*(?P<role>" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十\d]{1,2})?"
                          r"(?:[（(][^）)\n]{1,14}[）)])?(?:的?(?:基本)?(?:情况|信息)?(?:如下|有))?[ \t]*[:：]?[ \t]*")
_NUMBER_HEAD = re.compile(r"序号|编号|No\.?|NO\.?|#")


def _row_tables(text: str) -> list[tuple[int, int, list[ParsedParty]]]:
    """Row-per-party tables under a role heading in `text`: (start, end, parties with spans into `text`)."""
    out: list[tuple[int, int, list[ParsedParty]]] = []
    lines = [(m.group(), m.start()) for m in re.finditer(r"(?:[^\n|│┃║]|[|│┃║](?![|│┃║]))+[|│┃║]?", text)]
    for i in range(1, len(lines)):
        line, at = lines[i]
        head = _row_cells(line, at)
        if not head or len(head) < 3 or not any(_NAME_ROW.fullmatch(t) for t, _ in head) \
                or any(_COLUMN_ROLE.fullmatch(t) for t, _ in head):
            continue
        above, above_at = lines[i - 1]
        heading = _ROW_HEADING.fullmatch(above)
        if heading is None or text[above_at + len(above):at].strip():
            continue
        role = (heading.group("role"), above_at + heading.start("role"))
        keep = [j for j, (t, _) in enumerate(head) if not _NUMBER_HEAD.fullmatch(t)]
        parties: list[ParsedParty] = []
        end = at + len(line)
        for row_line, row_at in lines[i + 1:]:
            cells = _row_cells(row_line, row_at)
            if cells is None and not _TABLE_RULE.fullmatch(row_line):
                break
            end = row_at + len(row_line)
            if not cells or len(cells) != len(head):
                continue
            parties.extend(_column_party(role, [(head[j], cells[j]) for j in keep]))
        if parties:
            out.append((above_at, end, parties))
    return out


_CODE_SHAPE = re.compile(r"(?![\d]{17}[\dXx]$)[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")


def _column_party(role: tuple[str, int], rows: list) -> list[ParsedParty]:
    name = next((v for lab, v in rows if v and _NAME_ROW.fullmatch(lab[0]) and v[0]), None)
    if name is None:
        return []
    pieces: list[tuple[int, int, int]] = []  # (offset in the written entry, length, offset in the text)
    entry = ""

    def put(label: str, cell: tuple[str, int] | None) -> None:
        nonlocal entry
        entry += label
        if cell is not None:
            pieces.append((len(entry), len(cell[0]), cell[1]))
            entry += cell[0]

    put("", role)
    put("：", name)
    for (label, _), cell in rows:
        if cell is None or cell is name or _EMPTY_CELL.fullmatch(cell[0]) or _NAME_ROW.fullmatch(label):
            continue
        rep = _REP_IN_LABEL.search(label)
        if rep:
            put("\n" + rep.group() + "：", cell)
            titled = re.fullmatch(r"(.+?)[（(]([^（()）]+)[）)]", cell[0])
            if titled and _REP_TITLE_RE.match(titled.group(2)):
                # "沈国庆（执行董事）": the name, then the title as the next field
                entry = entry[:-len(cell[0])]
                pieces[-1] = (len(entry), len(titled.group(1)), cell[1])
                entry += titled.group(1)
                put("，", (titled.group(2), cell[1] + titled.start(2)))
        else:
            parts = label.split("/")
            # one row for both ("身份证号/信用代码"): the label the value's shape fits, an organisation's code
            # (letters past its 8-digit head) or a citizen's number
            code = next((q for q in parts if "代码" in q), None) if _CODE_SHAPE.fullmatch(cell[0].strip()) else None
            put("，" + (code or parts[0]) + "：", cell)
    parsed, _ = parse_block(entry, 0, len(entry))

    def back(span: tuple[int, int]) -> tuple[int, int] | None:
        a, b = span
        for s, n, o in pieces:
            if s <= a <= s + n:
                return (o + a - s, o + min(b, s + n) - s)
        return None

    for pp in parsed:
        pp.spans = {k: sp for k, sp in ((k, back(v)) for k, v in pp.spans.items()) if sp}
    return parsed


def _blank(text: str, a: int, b: int) -> str:
    """`text` with [a, b) blanked out (line breaks kept, so offsets stay valid)."""
    return text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]


# A header cell naming the address column of a table with one row per party ("| 诉讼地位 | 姓名 | … | 住所 |")
_ADDR_HEAD = re.compile(r"(?:住所地?|住址|地址|现住址?|户籍(?:所在)?地|经常居住地|住所地?/[\u4e00-\u9fa5]{2,5}|住所[（(][^）)]{2,8}[）)])")


# A cell naming whose address is meant: the row above ("同上") or a party by role ("同被告一", as "住址同被告一")
_SAME_CELL = re.compile(r"同上|同(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十]|\d{1,2})?")


def _same_address_cells(text: str) -> str:
    """A party row's "同上" under the table's address header (the party lives where the row above does, "| 被告二 |
    … | 同上 |"), or "同被告一" (where that party does): its bar is written as the address cue ("住同上", "，住同上"
    over a pad), one character for one, so the entry reads the shared address as a written one does. Rows the clean-up glued into one line meet as "││"."""
    head: dict[int, str] = {}
    for line in re.finditer(r"[^\n]+", text):
        bars = [line.start() + m.start() for m in re.finditer(r"[│┃║]", line.group())]
        if len(bars) < 2:
            head = {}  # the table ended
            continue
        row: list[tuple[str, int]] = []  # (cell text, offset of the bar before it)
        for a, b in [*zip(bars, bars[1:], strict=False), (bars[-1], bars[-1])]:
            cell = text[a + 1:b].strip()
            if b > a + 1 and not _BOX_RUN.fullmatch(cell):
                row.append((cell, a))
                continue
            cells = [c for c, _ in row]  # a row ends at two bars together or the line's end
            if cells and not _ROLE_CELL.fullmatch(cells[0]) and any(_ADDR_HEAD.fullmatch(c) for c in cells):
                head = dict(enumerate(cells))
            elif cells and _ROLE_CELL.fullmatch(cells[0]):
                for k, (c, bar) in enumerate(row):
                    if k < 2 or not _SAME_CELL.fullmatch(c) or not _ADDR_HEAD.fullmatch(head.get(k, "")):
                        continue
                    if text[bar + 1:bar + 2].isspace():
                        text = text[:bar] + "，住" + text[bar + 2:]
                    elif text[bar - 1:bar].isspace():
                        text = text[:bar - 1] + "，住" + text[bar + 1:]
                    else:
                        text = text[:bar] + "住" + text[bar + 1:]
            row = []
    return text


# a row's role cell ("被告│"), glued after the last cell of the row before
_ROLE_CELL_AHEAD = re.compile(r"(?:" + "|".join(PRINCIPAL_ROLES) + r")[一二三四五六七八九十\d]{0,2}[│┃║|]")


def _untable(text: str) -> str:
    text = _ascii_table_to_box(text)
    if not _BOX_RUN.search(text):
        return text
    field_bars = _field_bars(text)
    text = _same_address_cells(text)

    def repl(m: re.Match) -> str:
        run, a, b = m.group(), m.start(), m.end()
        before = text[a - 1] if a else "\n"
        after = text[b] if b < len(text) else "\n"
        if len(run) == 1 and run in _BOX_BAR and before not in " \n" and after not in " \n":
            # a row's leading bar glued to the row before by the line joiner ("…113X│户籍地：…"): the cell
            # before already holds its label and value, so the bar starts a new row, not a label's colon
            cell = re.split(r"[\n\u2500-\u257f]", text[max(0, a - 200):a])[-1]
            if ("：" in cell or ":" in cell) and _ROLE_CELL_AHEAD.match(text, b):
                return "\n"  # (the next row's role cell: "…12号│被告│姓名：…", its rows joined into one line)
            if a in field_bars and not _ROLE_CELL_AHEAD.fullmatch(cell.strip() + "│"):
                return "，"
            if ("：" in cell or ":" in cell) and _ROW_LABEL.match(text, b):
                return "\n"
            return "："
        if before == "\n" or after == "\n":
            return " " * len(run)
        # a bar after an empty cell (a row whose label cell is blank, "│        │身份证号：…", the same party's next
        # field): the line was already ended before that cell (by its bar or a line break), and a second break
        # would leave a blank line, which ends the entry
        if not re.split(r"[\n\u2500-\u257f]", text[max(0, a - 200):a])[-1].strip():
            return " " * len(run)
        return " " * (len(run) - 1) + "\n"

    return _BOX_RUN.sub(repl, text)


# A complaint written as a letter to the court ("我叫孟某，女，…。\n我要起诉我丈夫贾某，男，…"): the first-person
# filer is the 原告 and whom they sue the 被告. Read as entries by writing the role words over the cue, same
# length, so offsets stay valid.
# The filer may give the ethnicity before the gender ("我叫马某，回族，男，…"), and a greeting may end on the same
# line ("您好！我叫…").
# An age may come first, the gender said as "男的" ("我是某某，今年51岁，男的，…").
_LETTER_GENDER = r"(?:(?:今年)?\d{1,3}岁[，,])?(?:[\u4e00-\u9fa5]{1,4}族[，,])?(?:男|女)(?:的)?"
# A name may be a transliterated one in parts joined by a middle dot ("我叫阿某·某某，男，…").
_LETTER_NAME = r"(?:[\u4e00-\u9fa5]{1,6}[·•・][\u4e00-\u9fa5]{1,8}|[\u4e00-\u9fa5]{2,4})"
# (a Mongolian or Tibetan name of five or six characters written without the middle dot, "我叫乌云其其格，女，…",
# when the gender or ethnicity follows at once, or stands in the brackets after the age, "我叫…，今年45岁（…，女，…）";
# other filers' sentences with such a name are the letter reader's)
_LETTER_FILER_NAME = (r"(?:" + _LETTER_NAME + r"|[\u4e00-\u9fa5]{5,6}(?=[，,](?:男|女|[\u4e00-\u9fa5]{1,4}族))"
                      r"|(?<=叫)[\u4e00-\u9fa5]{5,6}(?=[，,](?:今年|现年)?[\d一二三四五六七八九十]{1,3}岁[（(][^（()）\n]{0,30}[，,](?:男|女)[，,）)]))")
# The filer's attributes may stand in brackets after the name ("我是某某（男，藏族，…）").
_LETTER_FILER = re.compile(r"(?m)(?:^|(?<=[。；;！!]))[ \t]*(我(?:叫|是|名叫)"
                           # a parent who writes for a child ("我儿子某某，男，…，我代表他来告…"): the child is the 原告
                           r"|我的?(?:儿子|女儿|孩子)(?=[^。]{0,200}?[\s\S]*代表(?:他|她|孩子|儿子|女儿))"
                           # a parent who names the child as 原告 with its attributes, then themself as its kin
                           # ("我是原告某某（女，…）的妈妈某某，由我代她来起诉")
                           r"|我是(?:原告)?(?=" + _LETTER_NAME + r"[（(]" + _LETTER_GENDER + r"[^（()）\n]{0,150}[）)]的"
                           r"(?:妈妈|爸爸|母亲|父亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|监护人|法定代理人)))"
                           # (no description for a name: "我是他的邻居，…", "我是对方的…")
                           r"(?![\u4e00-\u9fa5]{0,3}的|他|她|你|对方|被告|原告)"
                           r"(?=" + _LETTER_FILER_NAME + r"[，,（(](?:" + _LETTER_GENDER
                           # the gender a field further on in the filer's sentence ("我叫某某，今年68岁（…年生，女，…）")
                           + r"|[^。\n]{0,30}?[，,（(](?:男|女)(?:的|性)?[，,）)]))")
_LETTER_RELATION = (r"(?:丈夫|妻子|老公|老婆|前夫|前妻|父亲|母亲|儿子|女儿|哥哥|姐姐|弟弟|妹妹|邻居|房东|租客|朋友|同事|室友"
                    r"|同学|老乡|战友|合伙人|雇主|前男友|前女友|男朋友|女朋友|亲戚)")
_LETTER_SCHOOL = r"(?:大学|高中|初中|小学|中学)?"
_LETTER_SUED = re.compile(
    # ("被我们告的是…": the writer with the family they write for)
    r"(?m)(?:^|(?<=[。；;！!]))[ \t]*(被?我(?:(?:要|想|现在?|今天)?(?:起诉|状告)|(?:要|想)告(?![诉知])|(?<=被我)们告(?=的)"
    r"|告(?=的))"
    # whom the filer sues named as such: "我告的人叫…", "被我告的人是…", "我要起诉的是…"
    r"(?:的(?:人|对象)?(?:是|叫|为))?"
    r"(?:我们?的?|我家的?)?"
    # a relation before the name: "同村的", "楼下的", "隔壁的"
    # or a longer description ending in one ("住在我家南边的邻居", "我以前的大学室友")
    r"(?:[\u4e00-\u9fa5]{1,12}?的" + _LETTER_SCHOOL + _LETTER_RELATION
    # ("楼下502的", "我家对门1802房的": a flat's number may follow)
    + r"|(?:(?:楼上|楼下|隔壁|对门)(?:\d{1,4}(?:室|号|房)?)?的?|[\u4e00-\u9fa5]{1,4}?的)?" + _LETTER_SCHOOL + _LETTER_RELATION + "?))"
    r"(?=[\u4e00-\u9fa5]{2,4}[，,（(]" + _LETTER_GENDER + ")")


# "我叫X，男，…。\n被告是Y，男，…" (no "我要起诉"): in a letter that reads as a complaint (titled 起诉状, or
# stating "我的请求"), whom "被告是/被告为/对方是" names is the 被告
_LETTER_NAMED = re.compile(
    r"(?m)(?:^|(?<=[。；;]))[ \t]*((?:被告|对方)(?:是|为))(?=[\u4e00-\u9fa5]{2,4}[，,](?:男|女))")
_LETTER_COMPLAINT = re.compile(r"起诉状|我的(?:诉讼)?请求")


# "是要起诉两家：一个是某某有限公司（地址：…），一个是开鱼塘的某某（男，…）": whom the letter sues, counted, then
# each one after "一个是/另一个是": each is a 被告 (a description before a person's name, "开鱼塘的", is no name)
_LETTER_SUED_COUNT = re.compile(r"(?:起诉|告)(?:两|三|四)(?:家|个人?|方)[:：]")
_LETTER_ONE_IS = re.compile(r"(?:另)?一个是(?:(?P<desc>[^，,。；;：:（()）\n]{1,20}?的)(?=[\u4e00-\u9fa5]{2,4}[（(]"
                            + _LETTER_GENDER + r"))?")


def _letter_sued_list(text: str) -> str | None:
    cue = _LETTER_SUED_COUNT.search(text)
    if cue is None:
        return None
    stop = re.compile(r"[。\n]").search(text, cue.end())
    end = stop.start() if stop else len(text)
    items = list(_LETTER_ONE_IS.finditer(text, cue.end(), end))
    if len(items) < 2:
        return None
    # the cue blanked (its 起诉 opens no body) and its colon read as a comma: the entries follow it
    out = text[:cue.start()] + " " * (cue.end() - cue.start() - 1) + "，" + text[cue.end():]
    for m in items:
        # a person is read as "被告某某（男，…）" (its bracket as fields), an organisation as "被告：某某公司（…）"
        word = "被告" if m.group("desc") or re.match(r"[\u4e00-\u9fa5]{2,4}[（(]" + _LETTER_GENDER, text[m.end():]) \
            else "被告："
        if len(m.group()) < len(word):
            return None
        out = out[:m.start()] + " " * (len(m.group()) - len(word)) + word + out[m.end():]
        # an organisation's seat and head in a bracket after its name are its fields
        seat = re.compile(r"[（(]((?:地址|住所地?|法定代表人|负责人)[^（()）\n]*)[）)]").search(out, m.end(), end)
        if word == "被告：" and seat and not re.search(r"[，,。；;]", out[m.end():seat.start()]):
            out = out[:seat.start()] + "，" + seat.group(1) + " " + out[seat.end():]
    return out


def _letter_roles(text: str, whole: str = "") -> str:
    filer = _LETTER_FILER.search(text)
    if not filer:
        return text
    sued = _LETTER_SUED
    listed = _letter_sued_list(text)
    if listed is not None:
        return _letter_brackets(_LETTER_FILER.sub(
            lambda m: listed[m.start():m.start(1)] + " " * (len(m.group(1)) - 2) + "原告", listed, count=1))
    if not sued.search(text):
        org = _letter_org(text)
        if org is not None:
            # (the filer found in the text before the sued cue was rewritten: same length, same place)
            return org[:filer.start(1)] + " " * (len(filer.group(1)) - 2) + "原告" + org[filer.end(1):]
        if not (_LETTER_NAMED.search(text) and _LETTER_COMPLAINT.search(whole or text)):
            return text
        sued = _LETTER_NAMED

    def role(word: str):
        return lambda m: text[m.start():m.start(1)] + " " * (len(m.group(1)) - 2) + word

    return _letter_brackets(sued.sub(role("被告"), _LETTER_FILER.sub(role("原告"), text, count=1)))


def _letter_brackets(out: str) -> str:
    # "我要告…赵某（男，…，住…）。": the attributes in brackets read as the entry's fields; a second one sued
    # with them ("…王某（男，…）和他老婆李某（女，…）") is a 被告 too
    pos = 0
    while (m := _LETTER_BRACKET.search(out, pos)) is not None:
        close = out.find("）", m.end(), out.find("\n", m.end()) % (len(out) + 1))
        if close < 0:
            break
        out = out[:m.start(1)] + "，" + out[m.end(1):close] + " " + out[close + 1:]
        # "我是原告某某（…）的妈妈某某，由我代她来起诉。": the rest of the sentence is about the writer (the
        # child's 法定代理人), none of the 原告's fields
        kin = _WRITER_KIN.match(out, close + 1) if out.startswith("原告", m.start()) else None
        if kin:
            out = out[:kin.start()] + " " * (kin.end() - kin.start()) + out[kin.end():]
        # (one joined to the filer, "我是A（男，…）和我妻子B（女，…）", sues with him: no 被告)
        more = _LETTER_AND.match(out, close) if out.startswith("被告", m.start()) else None
        if more:
            out = out[:close] + " " * (more.end(1) - close - 2) + "被告" + out[more.end(1):]
        pos = close
    return out


# A letter naming whom it sues in a sentence of its own, the attributes after it ("我要告李某和她爸张某、她妈王某三个
#人。李某，女，…，住…；张某、王某是李某的父母，跟她住一起。", "我要起诉我丈夫赵某离婚。他是男的，…",
# "我告我两个儿子：\n大儿子刘某，男，…；\n二儿子刘某某，男，…"): the people named in the sued sentence (or at the
# head of the list lines under it) are the 被告; each one's attributes are the clause that restates the name
# ("李某，女，…") or, for the one sued person named in the sentence, the next sentence about 他/她; a kin word
# before a name states the gender; "跟她住一起" gives the address of the sued person so named.
# (kin beyond the household too: cousins on the father's side 堂, on the mother's or an aunt's 表, a wife's
# brother 小舅子, a sibling's children 侄子/外甥, an aunt's husband 姑父/姨父)
_KIN_MALE = "爸爸|爸|父亲|丈夫|老公|前夫|儿子|哥哥|弟弟|公公|岳父|叔叔|伯伯|舅舅|姐夫|妹夫|女婿|大伯|小叔子|堂哥|堂弟|堂兄|表哥|表弟|表兄|表姐夫|堂姐夫|小舅子|舅子|大舅子|侄子|侄儿|外甥|姑父|姑夫|姨父|姨夫|伯父|叔父|舅父"
_KIN_FEMALE = "妈妈|妈|母亲|妻子|老婆|前妻|媳妇|女儿|姐姐|妹妹|婆婆|岳母|婶婶|姑姑|阿姨|嫂子|弟媳|儿媳|堂姐|堂妹|表姐|表妹|表嫂|堂嫂|侄女|外甥女|姨妈|姑妈|舅妈|伯母|婶子|小姨子|大姨子|小姑子|大姑子"
_KIN = re.compile(r"(?:我|他|她|其)?(?:们)?的?(?:(?:大|二|三|四|小|老)?(?:" + _KIN_MALE + "|" + _KIN_FEMALE + r"))$")
_KIN_WORD = re.compile(r"(?:(?:大|二|三|四|小|老)?(?:" + _KIN_MALE + "|" + _KIN_FEMALE + r"))$")
# "我告我两个儿子：" (no 要/想 before 告; "我告诉…" is no cue)
_LETTER_SUED_BARE = re.compile(r"(?m)(?:^|(?<=[。；;！!]))[ \t]*(?:所以|因此|于是|现在|今天)?(我告)(?![诉知别])")
# a registered name sued beside a person ("我告王某和某某建筑劳务有限公司")
_SUED_ORG = re.compile(r"[\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|合作社|村民小组|村民委员会)"
                       r"(?:[\u4e00-\u9fa5]{2,12}?(?:分公司|支公司|分行|支行|营业部))?")  # (a branch: "…股份有限公司四川分公司")
_LETTER_SUED_END = re.compile(r"[。！!？?\n]")
_THEY_LIVE = re.compile(r"(?:他们|她们|他俩|她俩|两人|二人)(?:俩|两个人?|三个人?|两口子?)?(?:都|均|一起)?(?:住在|住于|住)"
                        r"(?P<addr>[^，,。；;\n]{4,60})")
_LIVES_WITH = re.compile(r"(?:跟|和|与|同)(?P<who>他|她|[\u4e00-\u9fa5]{2,4})(?:们)?(?:住|生活)(?:在)?一起|住在一起|同住")


def kin_genders(parsed: list[ParsedParty], norm: str, start: int, end: int) -> None:
    """A person whose gender no field states, named right after a kin word ("我今天要告的是我的大儿子某某，…",
    "她丈夫某某"): the kin word states it. The name's own span is looked at first, then its first mention."""
    for pp in parsed:
        p = pp.party
        if p.gender is not None or p.credit_code or len(p.name) > 4 or _is_org(p.name, ""):
            continue
        at = [pp.spans["name"][0]] if "name" in pp.spans else []
        first = norm.find(p.name, start, end)
        if first >= 0:
            at.append(first)
        for a in at:
            g = _kin_gender(norm[max(start, a - 8):a])
            if g:
                p.gender = g
                pp.spans["gender"] = (a, a + len(p.name))
                break


# (a table's border or cell bar ends the seat as a line break does)
_LATER_SEAT = re.compile(r"(?P<label>注册地址|住所地|住所|地址|经营场所|营业场所)(?:在|是|为|[:：])?(?P<addr>[^，,。；;（()）\n|\u2500-\u257f]{4,60})")


# The lines of an organisation's entry below its name line: labelled fields of its own ("住所地：…", "法定代表人：…",
# "统一社会信用代码：…"), up to a line that is none (a role's entry, the claims)
_ORG_FIELD_LINE = re.compile(r"[ \t]*(?:注册地址|住所地|住所|地址|经营场所|营业场所|主要经营场所|法定代表人|负责人|主要负责人|"
                             r"统一社会信用代码|社会信用代码|组织机构代码|联系电话|电话)[:：]")


def _seat_line_below(norm: str, at: int) -> re.Match | None:
    """The seat written as a labelled line of the organisation's entry below its name line ("被告：某某有限公司"
    then "住所地：…" on the next line)."""
    for _ in range(4):
        end = norm.find("\n", at)
        line = norm[at:end if end >= 0 else len(norm)]
        if not _ORG_FIELD_LINE.match(line):
            return None
        if _LATER_SEAT.match(line.strip()):
            return _LATER_SEAT.match(norm, at + len(line) - len(line.lstrip()))
        if end < 0:
            return None
        at = end + 1
    return None


def org_seats(parsed: list[ParsedParty], norm: str) -> None:
    """An organisation whose seat no field gave, named in a letter's sentence that goes on to its particulars
    ("一家…公司，叫某某有限公司，统一社会信用代码是…，地址在…，法定代表人叫…"): the seat said later in that sentence."""
    for pp in parsed:
        p = pp.party
        if "name" not in pp.spans or not (p.credit_code or _is_org(p.name, "")):
            continue
        at = pp.spans["name"][1]
        stop = re.compile(r"[。！!？?\n]").search(norm, at)
        m = _LATER_SEAT.search(norm, at, stop.start() if stop else len(norm))
        if m is None and stop and stop.group() == "\n" and not norm[at:stop.start()].strip():
            m = _seat_line_below(norm, stop.end())
        if not m or not _ADDR_WORD.search(m.group("addr")) or _ADDR_NONE.fullmatch(m.group("addr")):
            continue
        addr = m.group("addr")
        if p.address is None:
            p.address = addr
            pp.spans["address"] = m.span("addr")
            _add_address(pp, m.group("label"), addr, pp.spans["address"])
        elif (addr != p.address and addr.startswith(p.address) and pp.spans.get("address", (-1, -1))[0] == m.start("addr")
              and re.fullmatch(r"[\u4e00-\u9fa5\dA-Za-z\-－]+", addr[len(p.address):])
              and re.search(r"(?:号|室|楼|层|座|栋|幢|单元|组|村|户|房|\d)$", addr)):
            # the same seat read cut short (a reader's window ended inside it): the whole of it
            for k, a in enumerate(p.addresses):
                if a.text == p.address:
                    a.text = addr
                    pp.spans[f"addresses[{k}].text"] = m.span("addr")
            p.address = addr
            pp.spans["address"] = m.span("addr")


def _kin_gender(before: str) -> str | None:
    if re.search(r"(?:" + _KIN_PAIR + r")$", before):
        return None
    kin = re.search(r"(?:" + _KIN_ANY + r")$", before)
    if not kin:
        return None
    return "男" if re.fullmatch(_KIN_MALE + "|哥|弟|爸", kin.group()) else "女"


_KIN_ANY = "|".join(sorted((_KIN_MALE + "|" + _KIN_FEMALE + "|哥|弟|姐|妹|嫂|爸|妈").split("|"), key=len, reverse=True))
# parents or a couple named together ("她的爸妈杨某、马某"): kin that states no gender
_KIN_PAIR = "爸妈|爹妈|父母|公婆|岳父母|老两口"
_SUED_LEAD = re.compile(r"^(?:(?:另|第[一二三四])?一?个(?:是|叫)|[一二三]是|(?:他|她)(?:的名字)?(?:叫|名叫)|名叫|叫)?(?:我|他|她|其)?(?:们)?的?(?:同村|同事|邻居|隔壁|楼上|楼下|对门)?的?"
                        r"(?:(?:大|二|三|四|小|老)?(?:" + _KIN_PAIR + "|" + _KIN_ANY + r"))?")
_SUED_TAIL = re.compile(r"(?:[两三四五六七八九十\d]+个?人|等人|一家|俩|二人|两口子?)$")
_SUED_PURPOSE = re.compile(r"(?:离婚|还钱|还款|还债|赔钱|赔偿|退钱|退款|返还|归还|给钱|付钱|分家|腾房|搬走|要钱|要账|打官司)")
_SUED_SPLIT = re.compile(r"以及|还有|[和与及、，,跟；;]")
# a piece of the sued sentence that is a field of the person named before it: the gender, an age, the home
_SUED_FIELD = re.compile(r"(?:男|女)(?:的|性)?$|(?:今年)?\d{1,3}岁|(?:现|家)?住|[\u4e00-\u9fa5]{1,4}族$|\d{4}年\d{1,2}月")


def _sued_names(text: str, at: int, sent: str) -> list[tuple[str, int]]:
    """The names in a letter's sued sentence ("李某和她爸张某、她妈王某三个人", "我丈夫赵某离婚"): each piece
    between 和/与/、 less its kin word and a count; a piece running on into a verb ("赵某离婚") keeps the longest
    head that the letter writes again (a name is restated), else the NER's person there."""
    names: list[tuple[str, int]] = []
    pos = 0
    pieces = _SUED_SPLIT.split(sent)
    described = False  # a person's fields have begun ("某某，男，住…")
    for k, piece in enumerate(pieces):
        p_at = sent.find(piece, pos)
        pos = p_at + len(piece)
        if k and _SUED_FIELD.match(piece):  # (the first piece is whom the sentence sues: "住在我家隔壁的王某")
            described = True
            continue
        # after those fields, a clause set off by a comma is the story's ("…，住某村29号，我两家挨着，…"), no name,
        # unless it opens the next person's own fields ("…，住某村，李某，女，…")
        if described and sent[p_at - 1:p_at] in "，," and not (
                k + 1 < len(pieces) and _SUED_FIELD.match(pieces[k + 1]) and re.match(r"(?:男|女)", pieces[k + 1])):
            continue
        lead = _SUED_LEAD.match(piece)
        rest = piece[lead.end():]
        rest = rest[:len(rest) - len(m.group())] if (m := _SUED_TAIL.search(rest)) else rest
        # the suit's purpose after the name ("起诉赵某离婚", "告钱某还钱")
        purpose = _SUED_PURPOSE.search(rest)
        if purpose and 2 <= purpose.start() <= 4:
            rest = rest[:purpose.start()]
        r_at = at + p_at + lead.end()
        if _SUED_ORG.fullmatch(rest):
            names.append((rest, r_at))
            continue
        name = None
        if 2 <= len(rest) <= 4 and re.fullmatch(r"[\u4e00-\u9fa5]+", rest):
            name = rest
        elif len(rest) > 4 and re.match(r"[\u4e00-\u9fa5]{4}", rest):
            # a head written again with something else after it ("赵某每月…") ends where the name does
            elsewhere = text[:r_at] + "\n" + text[r_at + len(rest):]
            name = next((rest[:n] for n in (4, 3, 2)
                         if any(m.end() == len(elsewhere) or elsewhere[m.end()] != rest[n]
                                for m in re.finditer(re.escape(rest[:n]), elsewhere))), None)
        if name is not None and _NOT_A_NAME.fullmatch(name):
            continue  # "我要告我楼上的邻居，他叫某某": how the writer calls him, his name follows
        if name is None or not plausible_name(name, "person"):
            per = next((sp for sp in _legal.ner_spans(piece) if sp.label == "PER" and 2 <= len(sp.text) <= 4), None)
            if per is None or _KIN.search(per.text):
                continue
            name, r_at = per.text, at + p_at + per.start
        names.append((name, r_at))
    return names


# Whom the sued sentence introduces each with attributes in brackets ("男的叫某某（男，…）", "同学家长某某（男，…）"):
# the name is what follows 叫/是/为 or a punctuation mark, or else the longest tail of the words before the bracket
# that the letter writes again (a description before a name is none of it).
_INTRO = re.compile(r"((?:[\u4e00-\u9fa5]{1,12}[·•・])?[\u4e00-\u9fa5]{2,12})[（(](?=" + _LETTER_GENDER + r"[，,）)])")
_INTRO_LEAD = re.compile(r"^(?:.*?(?:叫|是|为|名叫)|以及|还有|[和与及跟同])?(?P<name>" + _LETTER_NAME + ")$")
# words that stand where a name would and are none: how the writer calls someone, a field label, a pronoun
_NOT_A_NAME = re.compile(r"(?:对方|本人|此人|该人|那人|这人|这个人|那个人|老板娘?|店主|邻居|房东|租客|司机|师傅|经理|同事|朋友|"
                         r"姓名|名字|今年|大概|他们|她们|我们|两人|二人|俩人|夫妻|两口子|小两口|男方|女方|公司|单位)$")


def _bracket_intros(text: str, start: int, end: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for m in _INTRO.finditer(text, start, end):
        run, at = m.group(1), m.start(1)
        lead = _INTRO_LEAD.match(run)
        name = None
        if lead and (len(run) <= 4 or lead.start("name") > 0):
            name = lead.group("name")
        else:
            elsewhere = text[:at] + "\n" + text[m.end():]
            name = next((run[-n:] for n in (4, 3, 2) if len(run) >= n and run[-n:] in elsewhere), None)
        if name is None or not plausible_name(name, "person") or _KIN.search(name) or _NOT_A_NAME.match(name) \
                or re.search(r"[省市区县镇乡村路街号楼室]$", name):
            continue
        out.append((name, at + len(run) - len(name)))
    return out


def _letter_sued(text: str, filer_end: int, base: int) -> tuple[list[ParsedParty], int, int]:
    """The people a letter sues in a sentence of their own; returns them, and where their paragraph starts and ends
    (in `text`); ([], 0, 0) when the letter does not read so."""
    cue = _LETTER_SUED_CUE.search(text, filer_end)
    if cue is not None and cue.group(1) is None:
        cue = None  # a parent suing for a child names an organisation (read by _letter_org), no people
    cue = cue or _LETTER_SUED_BARE.search(text, filer_end)
    if cue is None:
        return [], 0, 0
    line_end = text.find("\n", cue.end())
    line_end = len(text) if line_end < 0 else line_end
    stop = _LETTER_SUED_END.search(text, cue.end())
    sent_end = stop.start() if stop else len(text)
    scope_end = line_end
    heads: list[tuple[str, int]] = []  # (name, where its clause starts)
    if text[cue.end():line_end].rstrip().endswith(("：", ":")):
        # a list under the sued sentence, one person a line, up to a blank line
        para = re.compile(r"\n[ \t]*\n").search(text, line_end)
        scope_end = para.start() if para else len(text)
        for ln in re.finditer(r"(?m)^[ \t]*(.+)$", text[line_end:scope_end]):
            at = line_end + ln.start(1)
            m = re.match(r"(\S{2,10}?)[，,](?=" + _LETTER_GENDER + ")", text[at:])
            if not m:
                continue
            lead = m.group(1)
            # the name after a kin word or a number ("大儿子刘某", "1、刘某"): three characters first, as most are
            for n in (3, 2, 4):
                pre = lead[:-n]
                if len(lead) >= n and re.fullmatch(r"[\u4e00-\u9fa5]+", lead[-n:]) and (
                        not pre or _KIN_WORD.fullmatch(pre) or re.fullmatch(r"[\d一二三四五六七八九十]+[、.．]", pre)):
                    heads.append((lead[-n:], at + len(pre)))
                    break
        sent_end = line_end
    sent = text[cue.end():sent_end]
    names: list[tuple[str, int]] = heads or _bracket_intros(text, cue.end(), sent_end) or _sued_names(text, cue.end(), sent)
    if not names:
        return [], 0, 0
    if not heads:
        # the lines right after the sued sentence that open with a name sued ("韩某是男的，…；丁某是女的，…",
        # "杨某，女，…") describe them: they belong to the sued paragraph
        while scope_end < len(text):
            nxt = re.compile(r"\n[ \t\u3000]*").match(text, scope_end)
            if not nxt or not any(text.startswith(n, nxt.end()) for n, _ in names):
                break
            ln_end = text.find("\n", nxt.end())
            scope_end = len(text) if ln_end < 0 else ln_end
    seen: set[str] = set()
    parsed: list[ParsedParty] = []
    scope = text[:scope_end]
    for name, at in names:
        if name in seen:
            continue
        seen.add(name)
        pp = ParsedParty(Party(role="被告", name=name))
        pp.spans["name"] = (base + at, base + at + len(name))
        pp.spans["role"] = pp.spans["name"]
        # the clause restating the name with its attributes ("李某，女，…；")
        # (or "韩某是男的，…")
        # (or "他叫某某，住在某路3号5楼": a home alone)
        # (a remark in brackets may stand between: "某某（大家都叫他某老三），男，…")
        clause = re.compile(re.escape(name) + r"(?:[（(][^（()）\n]{1,24}[）)])?(?=[，,](?:" + _LETTER_GENDER
                            + r"|[\u4e00-\u9fa5]{1,4}族|\d{4}年|身份证|(?:家|现)?住)"
                            r"|是(?:男|女)的)").search(scope, at)
        seg_at = None
        if clause:
            seg_at = clause.end()
        elif len(names) == 1 or len({n for n, _ in names}) == 1:
            # the one person sued, described in the next sentence ("他是男的，…")
            # (or "他1971年生的，现在住…")
            nxt = re.compile(r"[ \t]*(?:他|她)(?=[是，,]|\d{4}年)").match(scope, sent_end + 1)
            if nxt:
                seg_at = nxt.end()
        org = bool(_SUED_ORG.fullmatch(name))
        if seg_at is None:
            # described where the story first names them, in brackets ("包工头王某（男，…）", "某某有限公司（地址…）")
            br = re.compile(re.escape(name) + r"[（(](?=" + (r"地址|住所|位于" if org else _LETTER_GENDER) + ")").search(text)
            if br:
                close = re.compile(r"[）)]").search(text, br.end())
                if close:
                    _attributes(pp, text[br.end():close.start()], base + br.end(), text[br.end():close.start()])
        if seg_at is not None:
            end = re.compile(r"[；;。\n]").search(scope, seg_at)
            seg = scope[seg_at:end.start() if end else len(scope)]
            told = re.match(r"是(男|女)的", seg)
            if told:
                pp.party.gender = told.group(1)
                pp.spans["gender"] = (base + seg_at + 1, base + seg_at + 2)
            _attributes(pp, seg, base + seg_at, seg)
        if pp.party.gender is None:
            g = _kin_gender(text[max(cue.end(), at - 8):at])
            if g:
                pp.party.gender = g
                pp.spans["gender"] = pp.spans["name"]
        pp.party.kind = "organization" if org else "person"
        if org:
            pp.party.gender = None
        parsed.append(pp)
    # "他们俩都住在某市…": one address for all of them not given their own
    for sm in _THEY_LIVE.finditer(scope, cue.end()):
        addr = sm.group("addr")
        if not re.search(r"[省市区县镇乡村路街巷号]", addr):
            continue
        for q in parsed:
            if q.party.address is None:
                q.party.address = addr
                q.spans["address"] = (base + sm.start("addr"), base + sm.end("addr"))
                _add_address(q, "住", addr, q.spans["address"])
    # "…，孙某本人住某市…": where a person sued lives, said of them by name
    for q in parsed:
        if q.party.address is None and q.party.kind == "person":
            own = re.compile(re.escape(q.party.name) + r"(?:本人|自己)?(?:现在?|家)?(?:住在|住于|住)"
                             r"(?P<addr>[^，,。；;\n]{4,60})").search(scope, cue.end())
            if own is None and len(parsed) == 1:
                # "我要告我的表哥某某，他住某县…": the one person sued, where he lives said in the same sentence
                own = re.compile(r"(?<=[，,])[ \t]*(?:他|她)(?:本人|自己)?(?:现在?|家)?(?:住在|住于|住)(?!院)"
                                 r"(?P<addr>[^，,。；;\n]{4,60})").search(scope, cue.end(), sent_end)
            if own and re.search(r"[省市区县镇乡村路街巷号]", own.group("addr")):
                q.party.address = own.group("addr")
                q.spans["address"] = (base + own.start("addr"), base + own.end("addr"))
                _add_address(q, "住", own.group("addr"), q.spans["address"])
    # "张某、王某是李某的父母，跟她住一起": the address of the sued person they live with
    for sm in re.finditer(r"[^。；;\n]+", scope[cue.end():]):
        lw = _LIVES_WITH.search(sm.group())
        if not lw:
            continue
        sentence = sm.group()
        host = next((q for q in parsed if q.party.address and (q.party.name in sentence[lw.start():])), None)
        host = host or next((q for q in parsed if q.party.address and q.party.name in sentence), None)
        lives = [q for q in parsed if q.party.address is None and q.party.name in sentence[:lw.start()]]
        if host is None and lw.group("who") in ("他", "她") and lives:
            # "李某，女，…，跟他住一起": 他 is the sued person with an address named before
            before = [q for q in parsed[:parsed.index(lives[0])] if q.party.address]
            host = before[-1] if before else None
        if host is None:
            continue
        for q in lives:
            if q is not host:
                q.party.address = host.party.address
                q.spans["address"] = (base + cue.end() + sm.start() + lw.start(), base + cue.end() + sm.start() + lw.end())
                _add_address(q, "住", host.party.address, q.spans["address"])
    return parsed, cue.start(1), scope_end


# A parent's letter that names its children in the story, each with attributes in brackets ("我有三个儿子，大儿子
# 某某（1963年…生，身份证…，住…），二儿子…"), and sues them only in its claims ("我请求法院判我三个儿子：…"): the
# children so named are the 被告, their kin word stating the gender.
_CLAIM_KIN = re.compile(r"(?:请求|要求|恳请|希望|请)(?:法院|法官|贵院|人民法院|本院)?判(?:令|决)?(?:我的?|我家)?"
                        r"(?:[两三四五六七八九]个|几个)?(?P<kin>儿子|女儿|子女|孩子|儿女)")
_KIN_MENTION = re.compile(r"(?:大|二|三|四|五|六|小|老)?(?P<kin>儿子|女儿)(?P<name>[\u4e00-\u9fa5]{2,3})"
                          r"[（(](?P<attrs>[^）)\n]{4,120})[）)]")


def _letter_kin_sued(text: str, whole: str, filer_end: int, base: int) -> list[ParsedParty]:
    claim = _CLAIM_KIN.search(whole)
    if claim is None:
        return []
    kins = {"儿子": ("儿子",), "女儿": ("女儿",)}.get(claim.group("kin"), ("儿子", "女儿"))
    out: list[ParsedParty] = []
    for m in _KIN_MENTION.finditer(text, filer_end):
        name, attrs = m.group("name"), m.group("attrs")
        if (m.group("kin") not in kins or not plausible_name(name, "person")
                or not re.search(r"生|身份证|住", attrs) or any(q.party.name == name for q in out)):
            continue
        pp = ParsedParty(Party(role="被告", name=name, kind="person"))
        pp.spans["name"] = (base + m.start("name"), base + m.end("name"))
        pp.spans["role"] = pp.spans["name"]
        _attributes(pp, attrs, base + m.start("attrs"), attrs)
        if pp.party.gender is None:
            pp.party.gender = "男" if m.group("kin") == "儿子" else "女"
            pp.spans["gender"] = (base + m.start("kin"), base + m.end("kin"))
        out.append(pp)
    return out


# A letter suing a business ("我要告的是一家装修公司，名字叫“某某装饰工作室”，是个体工商户，老板叫张某，店开在某市…"):
# the business named in that sentence (quoted, or after 叫/是/为 and ending as a business's name does) is the
# 被告; its owner (老板/经营者/负责人/法定代表人) and where it is (开在/位于/地址是) are its fields. A description
# ("一家装修公司", "这个公司") is no name.
_LETTER_SUED_CUE = re.compile(r"(?m)(?:^|(?<=[。；;！!]))[ \t]*(被?我(?:(?:要|想|现在?|今天)?(?:起诉|状告)|(?:要|想)告(?![诉知])"
                              r"|(?<=被我)们告(?=的)|告(?=的)))"
                              # a parent suing for a child: "…，我代表他来告他上的幼儿园——…"
                              r"|(?<=[，,])[ \t]*(我代表(?:他|她|孩子|儿子|女儿)(?:来|去)?(?:起诉|状告|告)(?![诉知]))")
_LETTER_ORG_QUOTED = re.compile(r"[“\"「《]([\u4e00-\u9fa5A-Za-z\d（）()]{4,40})[”\"」》]")
_LETTER_ORG_BARE = re.compile(r"(?:叫|是|为|[:：]|——|—)(?![一这那某我他她你])([\u4e00-\u9fa5（）()]{4,40}?"
                              r"(?:有限责任公司|股份有限公司|有限公司|公司|工作室|经营部|门市部|服务部|商行|加工厂|厂|超市|酒店"
                              r"|饭店|餐厅|中心|医院|诊所|学校|幼儿园|合作社|俱乐部|会所|店))(?=[，,。；;（(\s]|$)")
# "我要告我原来上班的某某食品有限公司": a registered name (ending 有限公司, 合作社…) right after a description of whose
# it is ("…上班的", "…租房的"); the description itself holds no name
_LETTER_ORG_AFTER_DE = re.compile(r"的(?![一这那某我他她你])((?:(?!的)[\u4e00-\u9fa5（）()]){4,40}?"
                                  r"(?:有限责任公司|股份有限公司|有限公司|合作社))(?=[，,。；;（(\s]|$)")
# "我要告某某度假酒店有限公司，地址是…": a registered name right after the suing verb
_LETTER_ORG_HEAD = re.compile(r"[ \t]*(?![一这那某我他她你])((?:(?!的)[\u4e00-\u9fa5（）()]){4,40}?"
                              r"(?:有限责任公司|股份有限公司|有限公司|合作社))(?=[，,。；;（(\s]|$)")
_LETTER_ORG_REP = re.compile(r"(?:老板娘|老板|店主|老总|经营者|负责人|法定代表人|法人代表|法人|园长|校长|院长)(?:叫|是|为)")
_LETTER_ORG_SEAT = re.compile(r"(?:店|公司|门店|店铺|铺子|厂子|工厂|厂|工作室|办公室)?(?:开在|设在|位于|地址(?:是|在|为)|在)"
                              r"(?=[\u4e00-\u9fa5]{1,10}(?:省|市|区|县|镇|乡))")


def _letter_org(text: str) -> str | None:
    cue = _LETTER_SUED_CUE.search(text)
    if cue is None:
        return None
    stop = re.compile(r"[。\n]").search(text, cue.end())
    end = stop.start() if stop else len(text)
    sent = text[cue.end():end]
    lead = re.match(r"[ \t]*(" + _LETTER_NAME + r")[，,](?:他|她)(?:是|为)", sent)
    if lead and plausible_name(lead.group(1), "person") and not _ORG_SUFFIX.search(lead.group(1)):
        return None  # "我要告孙某，他是某某面馆的老板": the person is sued, the business only describes him
    m = next((q for q in _LETTER_ORG_QUOTED.finditer(sent) if _ORG_SUFFIX.search(q.group(1))), None)
    # ("我们小区的物业公司" says whose, not which: no name)
    m = m or next((q for q in _LETTER_ORG_BARE.finditer(sent) if "的" not in q.group(1)), None)
    m = m or _LETTER_ORG_AFTER_DE.search(sent) or _LETTER_ORG_HEAD.match(sent)
    if m is None:
        return None
    g = 1 if cue.group(1) else 2
    a, b = cue.end() + m.start(1), cue.end() + m.end(1)
    lead = a - cue.start(g)
    out = text[:cue.start(g)] + " " * (lead - 3) + "被告：" + text[a:b]
    close = cue.end() + m.end()
    out += " " * (close - b)  # the closing quote
    tail = text[close:end]
    label = "经营者" if "个体" in sent else "负责人"

    def pad(word: str):
        return lambda r: " " * (len(r.group()) - len(word)) + word

    tail = _LETTER_ORG_REP.sub(pad(label), tail)
    tail = _LETTER_ORG_SEAT.sub(lambda r: r.group() if len(r.group()) < 2 else
                                pad("地址：" if len(r.group()) >= 3 else "住：")(r), tail)
    # its seat in a bracket right after its name ("某某有限公司（地址在…，统一社会信用代码…）") is its fields: the bracket
    # opens like a comma and its close ends them (same length)
    seat = re.match(r"[ \t]*[（(]((?:地址|住所地?|住|法定代表人|负责人)[：:][^（()）\n]*)[）)]", tail)
    if seat:
        tail = tail[:seat.start(1) - 1] + "，" + seat.group(1) + " " + tail[seat.end():]
    return out + tail + text[end:]


_WRITER_KIN = re.compile(r"的(?:妈妈|爸爸|母亲|父亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|监护人|法定代理人)[^。\n]*")
# (the bracket may hold the gender alone: "…和他老婆李某（女）")
_LETTER_BRACKET = re.compile(r"(?:原告|被告)[\u4e00-\u9fa5]{2,4}(（)(?=" + _LETTER_GENDER + "[，,）])")
# "（…）和他老婆李某（女，…" right after one sued person's bracket (its closing bracket already a space)
_LETTER_AND = re.compile(r" ((?:和|与|及|以及|还有|、)(?:他|她|其)?的?"
                         r"(?:丈夫|妻子|老公|老婆|爱人|父亲|母亲|儿子|女儿|儿媳|女婿|哥哥|姐姐|弟弟|妹妹)?)"
                         r"(?=[\u4e00-\u9fa5]{2,4}（" + _LETTER_GENDER + "[，,）])")


# (a person so named, "被告是王某，男，…", is read by the letter rules, _LETTER_NAMED)
_ROLE_IS = re.compile(r"(?m)^([ \t\u3000]*(?:原告|被告|第三人))(?:是|为)(?=[\u4e00-\u9fa5（）()]{4,40}?(?:村民小组|村民委员会|居民委员会|有限责任公司|股份有限公司|有限公司|公司"
                      r"|合作社|委员会)[，,。])")
# "原告住址同上。" on a line of its own (after a minor's 法定代理人): no party, but the address of the named role's
# party is that of the entry just above ("同上")
_ROLE_SAME_ADDR = re.compile(
    r"(?m)^[ \t]*(?P<role>" + "|".join(PRINCIPAL_ROLES) + r")(?P<label>住址|住所地?|地址)同上[。；;]?[ \t]*$")


def _role_same_address(parsed: list[ParsedParty], text: str, at: int, role: str, label: str, span) -> None:
    above = text[text.rfind("\n", 0, max(at - 1, 0)) + 1:at]
    addr = None
    for f in re.split(r"[，,；;。]", above):
        a = _ADDR_RE.match(f.strip())
        if a and not _ADDR_NONE.fullmatch(a.group("addr").strip()):
            addr = _squeeze(a.group("addr"))
            break
    owner = next((pp for pp in reversed(parsed) if pp.party.role == role and pp.spans.get("role", (0, 0))[0] < span[0]),
                 None)
    if addr and owner is not None and owner.party.address is None:
        owner.party.address = addr
        owner.spans["address"] = span
        _add_address(owner, label, addr, span)


_BRACKET_HEADING = re.compile(
    r"(?m)(^[ \t]*|(?<=[\u4e00-\u9fa5\d）)])(?=[【［][^】］\n]{2,12}[】］][ \t]*[\u4e00-\u9fa5]))"
    r"[【\[〔［]((?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十]{1,2}|\d{1,2})?)"
    # the heading ends its line, or opens the entry's own line ("【原告一】李某　男　…"), that line sometimes
    # joined to the one above by the line-wrap repair
    r"((?:的)?(?:信息|基本信息|基本情况|身份信息|情况)?)[】\]〕］](?=[ \t]*$|[ \t\u3000]*[\u4e00-\u9fa5])")


_BRACKETED_FIELDS = re.compile(
    r"(?m)(?:(?<=[:：])|(?<=\d[.．、]))([ \t]*[\u4e00-\u9fa5]{2,5})[（(]"
    r"([^（()）\n]*(?<![\u4e00-\u9fa5])(?:男|女)(?:的)?[，,、][^（()）\n]*(?:住|地址|户籍)[^（()）\n]*)[）)](?=[ \t。；;]*$|[，,][^（()）\n]*$)")


_ROLE_FIELD_KEY = re.compile(
    # (a row glued to the one before by the line-wrap repair, "…||被告住址|…", starts after its bar)
    r"(?m)((?:^[ \t]*|(?<=[|│]))[|│][ \t]*)(" + "|".join(PRINCIPAL_ROLES) + r")(?=(?:性别|出生日期|出生年月日?|民族|公民身份号码|身份证号码?"
    r"|身份证件号码|住址|住所地?|经常居住地|地址|联系电话|电话|统一社会信用代码|法定代表人|负责人|职务)[ \t]*[|│])")


# (the heading may say it heads a list: "被告名单：", "被告如下：", "被告分别是：")
_NUMBERED_HEADING = re.compile(r"(?m)^([ \t]*)(" + "|".join(PRINCIPAL_ROLES) + r")"
                               r"(?:名单|名录|如下|分别是|分别为|有|情况如下|基本情况如下|信息如下)?[:：][ \t]*\n"
                               r"((?:[ \t]*\d{1,2}[.．、][ \t]*[^\n]*(?:\n|$))+)")
_NUMBER_PREFIX = re.compile(r"(?m)^[ \t]*\d{1,2}[.．、][ \t]*")


def _numbered_under_heading(text: str) -> str:
    """"被告：\n1. 王某（…）\n2. 李某（…）": a role heading over a numbered list names one party per item; each
    item's number becomes that role's label ("被告："), the heading is blanked (same length: spans hold)."""
    def repl(m: re.Match) -> str:
        role = normalise_role(m.group(2), None)
        label = role + "："
        items = m.group(3)
        prefixes = list(_NUMBER_PREFIX.finditer(items))
        if any(len(p.group()) < len(label) for p in prefixes):
            return m.group()
        out = _NUMBER_PREFIX.sub(lambda p: " " * (len(p.group()) - len(label)) + label, items)
        head = m.group()[:m.start(3) - m.start()]
        return m.group(1) + " " * (len(head) - len(m.group(1)) - 1) + "\n" + out
    return _NUMBERED_HEADING.sub(repl, text)


# (or the name alone on its line, the given name in one piece: "提交人：原告 廖 春生")
_SPACED_NAME = re.compile(r"(?<=[:：])([ \t]*)([\u4e00-\u9fa5](?:[ \t]{1,3}[\u4e00-\u9fa5]){1,3}(?=[，,（(])"
                          r"|[\u4e00-\u9fa5][ \t]{1,3}(?![男女]\s*$)[\u4e00-\u9fa5]{1,2}(?=[ \t]*(?:\n|$)))", re.M)
_SUED_ROLES = ("被告", "被起诉人", "被告状人", "被具状人")
# a form's field label set out with spaces between its characters to line up the colons ("名　　称：", "住 所 地："):
# the label itself, read as written close (the spaces moved after it, same length)
_SPACED_LABEL = re.compile(r"(?m)^([ \t\u3000]*)([\u4e00-\u9fa5](?:[ \t\u3000]{1,4}[\u4e00-\u9fa5]){1,4})(?=[ \t\u3000]*[:：])")
_SPACEABLE_LABELS = frozenset(("姓名", "名称", "单位名称", "企业名称", "性别", "民族", "住所", "住所地", "住址", "地址", "出生",
                               "出生日期", "职务", "电话", "联系电话", "负责人", "法定代表人", "身份证号", "身份证号码",
                               "公民身份号码", "户籍地", "经常居住地", "现住址", "统一社会信用代码", "国籍", "职业"))


def _close_label(m: re.Match) -> str:
    label = re.sub(r"[ \t\u3000]", "", m.group(2))
    if label not in _SPACEABLE_LABELS:
        return m.group(0)
    return m.group(1) + label + " " * (len(m.group(2)) - len(label))

# a greeting to the court or the judge on a line of its own, closed by its punctuation ("法官同志：", "尊敬的法官您好！")
_GREETING_LINE = re.compile(r"(?m)^[ \t　]*(?:尊敬的)?[^\n，,。；;：:]{0,20}?(?:法官|审判员|法院|院长)(?:同志|们|大人)?"
                            r"(?:[，,]?(?:您好|你好))?[！!]?[：:，,！!][ \t]*$")

# "起诉人说：" / "原告陈述如下：" on a line of its own: the heading of what the party says (a complaint dictated
# and recorded, through an interpreter), the story below it; no entry, and it ends the party block
_SPEECH_HEADING = re.compile(r"(?m)^[ \t　]*(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:[一二三四五六七八九十\d]{1,2})?"
                             r"(?:说|讲|称|陈述|自述|口述|叙述|述称)(?:如下|的(?:情况|事实|经过|事情))?[ \t]*[:：][ \t]*$")

_ROLE_PAIR = re.compile(r"(?m)^[ \t]*(?:" + "|".join(PRINCIPAL_ROLES) + r")(?:与|和|及|同)(?:" + "|".join(PRINCIPAL_ROLES)
                        + r")(?![:：（(])")


# "住址同张某某" (a spouse's or a child's entry): the address of the party of that name entered above
_SAME_AS_NAMED = re.compile(r"均?同(?P<who>[\u4e00-\u9fa5·]{2,40}?)(?:的?(?:住址|住所|地址))?(?:一致|相同)?")


def _same_as_named(pp: ParsedParty, parsed: list[ParsedParty]) -> None:
    p = pp.party
    same = _SAME_AS_NAMED.fullmatch(p.address or "")
    ref = same and next((q.party for q in reversed(parsed) if q.party.name == same.group("who")), None)
    if not ref or not ref.address:
        return
    for a in p.addresses:
        if a.text == p.address:
            a.text = ref.address
    p.address = ref.address


# "具状人" is a label only with its colon ("具状人：某某"); "具状人系退休职工，…" opening a line is the filer writing of
# themself in the story
_LABEL_ONLY_ROLES = ("具状人", "被具状人")


# "被告2法定代表人：某某", "原告一的委托诉讼代理人：某某": the numbered party's representative or agent, no new party
_OF_NUMBERED = re.compile(r"(?:[一二三四五六七八九十]{1,2}|\d{1,2})?(?:的|之)?(?:" + "|".join(REP_ROLES + AGENT_ROLES) + ")")


def _entry_matches(text: str) -> Iterator[re.Match]:
    for m in ENTRY_RE.finditer(text):
        if _role(m) in _LABEL_ONLY_ROLES and not re.search(r"[:：][ \t]*$", m.group(0)):
            continue
        if _role(m) in PRINCIPAL_ROLES and _OF_NUMBERED.match(text, m.end("role")):
            continue
        yield m


_OWN_SIDE = re.compile(r"(?:我单位|我方|我公司|本单位|本公司|本人|我)[（(](原告|被告|上诉人|被上诉人|申请人|被申请人)[）)]")
# a power of attorney's principal whose line says which side it is ("委托人：某某，男，…，系本案被告。")
_OWN_ROLE_STATED = re.compile(r"(?m)^[ \t]*委托人[:：][^\n]*?系本案(原告|被告|上诉人|被上诉人|申请人|被申请人|第三人)")
_PRINCIPAL_NAME = re.compile(r"(?m)^[ \t]*委托人[:：][ \t]*(?P<name>[\u4e00-\u9fa5（）()]{2,40}?)[ \t]*(?:[，,（(]|$)")


def _principal_in_case(text: str) -> re.Match | None:
    """The side of a power of attorney's principal where the case's sentence names it with its role ("委托人：某某有限公司"
    and "…在原告某某有限公司诉被告…一案中"): a match whose group 1 is that role."""
    line = _PRINCIPAL_NAME.search(text)
    if not line:
        return None
    return re.search(r"(原告|被告|上诉人|被上诉人|申请人|被申请人|第三人)" + re.escape(line.group("name")) + r"(?=诉|与|[，,])", text)


_PRINCIPAL_LINE = re.compile(r"(?m)^[ \t]*委托人[:：][ \t]*(?=[\u4e00-\u9fa5])")
_SERVED = re.compile(r"(?m)^[ \t]*(受送达人[:：])[ \t]*(?=[\u4e00-\u9fa5])")
_SERVED_AS = re.compile(r"(?m)(?<=^)[ \t]*(受送达人[:：])[ \t]*([\u4e00-\u9fa5（）()]{2,40}?)[（(](原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[）)]")
# (on its own line, or at the end of the 受送达人's line: "受送达人：某某　性别：女　诉讼地位：被告")
_SERVED_HOME = re.compile(r"(?m)^[ \t]*(?:身份证载住址|户籍地址|户籍所在地|住所地|住址)[:：][ \t]*([^\s，,。；;]{6,60})")
_STANDING = re.compile(r"(?m)(?:^|(?<=[ \t\u3000]))[ \t]*(诉讼地位[:：])[ \t]*(原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[ \t\u3000]*$")
_FILER_LABEL = re.compile(r"(?m)^([ \t]*(?:提交人|提交单位|举证人|委托人|对方当事人|相对方)[（(:：][ \t]*)(原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)"
                          r"[）)]?[：: \t]*(?=[\u4e00-\u9fa5])")
_AGENT_FOR = re.compile(r"(?:(?:以上|上列|上述)(?:全体)?|[二两三四五六七八九十]|全体)(?:名|位)?(?:" + "|".join(PRINCIPAL_ROLES)
                        + r")(?:共同|的|之)?[ \t]*$")


def parse_block(norm: str, start: int, end: int) -> tuple[list[ParsedParty], int]:
    """Parse the party block that starts at or after `start`; returns the parties and the body start."""
    text = norm[start:end]
    # the full-width bar ("原告一｜姓名：…｜性别：男", "　　　｜住所：…") is the table's cell bar typed in a Chinese input
    # mode (NFKC folds it to "|"): read as the bar, one character for one
    text = text.replace("｜", "|")
    # a form's section heading in brackets ("【原告】", "【被告一信息】") read as the role of the entry below it
    text = _BRACKET_HEADING.sub(lambda m: m.group(1) + (" " if m.group(1) or m.start() == 0 or text[m.start() - 1] == "\n"
                                                       else "\n") + m.group(2) + "：" + " " * len(m.group(3)), text)
    # "起诉人：某某（女，…生，身份证…，住…）": a person's fields all in one bracket after the name are the
    # entry's fields (the bracket opens like a comma, its close ends the address; a remark may follow it,
    # "…（男，…，住…），是该公司的带班")
    text = _BRACKETED_FIELDS.sub(lambda m: m.group(1) + "，" + m.group(2) + " ", text)
    text = _numbered_under_heading(text)
    # an evidence list's or a power of attorney's line naming its party by role ("提交人：原告 某某", "委托人（原告）：某某公司"):
    # the role word opens the entry, the label before it is blanked (same length)
    side = _OWN_SIDE.search(text) or _OWN_ROLE_STATED.search(text) or _principal_in_case(text)
    if side:
        # "委托人：某某公司" and "…在我单位（原告）诉被告…一案中": the principal is that side
        text = _PRINCIPAL_LINE.sub(lambda m: (side.group(1) + "：").ljust(len(m.group()), " "), text)
    # (the role may run into the name, "提交人：原告某某": the colon added takes a blank of the label's, same length)
    # a service-address form's person ("受送达人：某某 女 身份证号：…" and below "诉讼地位：原告"): the party of that role
    # ("受送达人：某某有限公司（被告）": the role in brackets after the name)
    text = _SERVED_AS.sub(lambda m: text[m.start():m.start(1)] + (m.group(3) + "：").ljust(len(m.group(1)))
                          + text[m.end(1):m.end(2)] + " " * (m.end() - m.end(2)), text)
    standing = _STANDING.search(text)
    if standing and _SERVED.search(text, 0, standing.start()):
        served = _SERVED.search(text, 0, standing.start())
        text = text[:served.start(1)] + (standing.group(2) + "：").ljust(len(served.group(1))) + text[served.end(1):]
    text = _FILER_LABEL.sub(lambda m: (" " * (len(m.group(1)) - (m.end() == m.end(2))) + m.group(2) + "：").ljust(len(m.group())),
                            text)
    # "原告：庞  卫  东，男，…": a name typeset with spaces between its characters is one name (the spaces moved
    # after it, same length)
    text = _SPACED_NAME.sub(lambda m: m.group(1) + re.sub(r"[ \t]", "", m.group(2))
                            + " " * len(re.findall(r"[ \t]", m.group(2))), text)
    # "被告：陕西长兴建设 工程有限公司，…": a scan's gap inside an organisation's name (the gap moved after it, same length)
    text = _SPLIT_ORG.sub(lambda m: m.group(1) + m.group(2) + m.group(4) + m.group(3), text)
    # "名　　称：…", "住 所 地：…": a form's labels spaced out to line up their colons
    text = _SPACED_LABEL.sub(_close_label, text)
    # a key/value table whose keys name role and field ("| 被告性别 | 女 |", "| 原告住所地 | … |"): the field is that of
    # the party of the role just above, the role word in the key no new entry
    text = _ROLE_FIELD_KEY.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    # "被告是某村第六村民小组，组长叫…": an organisation's role stated in a sentence is the entry's label
    text = _ROLE_IS.sub(lambda m: m.group(1) + "：", text)
    same_lines = list(_ROLE_SAME_ADDR.finditer(text))
    for sm in same_lines:
        text = text[:sm.start()] + " " * (sm.end() - sm.start()) + text[sm.end():]
    first_entry = next(_entry_matches(text), None)
    filer = _LETTER_FILER.search(text)
    letter = False
    sued_people: list[ParsedParty] = []
    if filer and (not first_entry or first_entry.start() > filer.start()):
        # an entry-like role word later, in the narrative, leaves a letter a letter
        rewritten = _letter_roles(text, norm)
        letter, text = rewritten != text, rewritten
        if not letter:
            sued_people, sued_at, sued_end = _letter_sued(text, filer.end(), start)
            if sued_people:
                # the filer read as the 原告's entry; the sued paragraph, read above, is no entry of the block
                letter = True
                # (the filer's attributes in brackets read as its fields)
                text = _letter_brackets(_LETTER_FILER.sub(
                    lambda m: text[m.start():m.start(1)] + " " * (len(m.group(1)) - 2) + "原告", text, count=1))
                text = text[:sued_at] + re.sub(r"[^\n]", " ", text[sued_at:sued_end]) + text[sued_end:]
            else:
                sued_people = _letter_kin_sued(text, norm, filer.end(), start)
                if sued_people:
                    letter = True
                    text = _LETTER_FILER.sub(
                        lambda m: text[m.start():m.start(1)] + " " * (len(m.group(1)) - 2) + "原告", text, count=1)
                elif first_entry and _role(first_entry) in _SUED_ROLES:
                    # "我叫某某（男，…）。\n被告一：…": the first-person filer above the entries of those sued is the
                    # 原告 (its bracket read as its fields)
                    text = _letter_brackets(_LETTER_FILER.sub(
                        lambda m: text[m.start():m.start(1)] + " " * (len(m.group(1)) - 2) + "原告", text, count=1))
    tables = sorted(_column_tables(text) + _row_tables(text), key=lambda t: t[0]) if "|" in text or "│" in text else []
    for a, b, tps in tables:
        text = _blank(text, a, b)
        for pp in tps:
            pp.spans = {k: (x + start, y + start) for k, (x, y) in pp.spans.items()}
    text = _untable(text)
    matches = list(_entry_matches(text))
    if tables:
        # the entries that go with the table (agents, more parties) stand before the body that follows it
        after = _body(text, tables[-1][1])
        if after:
            matches = [m for m in matches if m.start() < after.start()]
        if not matches:
            body_at = len(text)
            if after:
                body_at = max(text.rfind("\n", 0, after.start()) + 1, tables[-1][1])
            return [pp for _a, _b, tps in tables for pp in tps], start + body_at
    if not matches:
        return [], start
    first_i = 0
    for _ in range(3):
        first = matches[first_i].start()
        body = _body(text, matches[first_i].end())
        body_at = len(text)
        if body:
            cut = max(text.rfind("。", 0, body.start()), text.rfind("\n", 0, body.start()),
                      text.rfind("；", 0, body.start()))
            body_at = max(cut + 1, first)
            if _BODY_HEADING.match(text, body.start()):
                body_at = max(body.start(), first)  # a heading glued to the last party line ("…5号请求事项：")
                # the heading's own section number at the start of its line ("二、诉讼请求") is part of it
                line = text.rfind("\n", 0, body_at) + 1
                if line > first and _HEADING_NUM.fullmatch(text, line, body_at):
                    body_at = line
            elif body_at > first and any(m.start() == body_at for m in matches):
                # the body's first sentence glued by the line joiner to the last party entry's address
                # ("…6栋2门503室因被答辩人起诉要求…"): the entry stays, the body starts at that sentence
                # (a unit's character right after a role word is the name's surname, "上诉人楼某因与…", no address's end)
                glued = [g for g in _GLUED_BODY.finditer(text, body_at, min(len(text), body.end() + 40))
                         if g.start() <= body.start() and not _ROLE_BEFORE.search(text, max(0, g.start() - 12), g.start() - 1)]
                if glued:
                    body_at = glued[-1].start()
        elif letter:
            # a letter has no headings: its story starts after the sentence that names the last party
            # (the signature under "此致", "起诉人：某某", names no party of the block)
            sign = re.compile(r"^\s*此致", re.M).search(text, first)
            last = [m for m in matches if sign is None or m.start() < sign.start()] or matches
            # without 此致, a signature ("起诉人：某某（手印）") names again a party named above: no party of the block
            named = [re.match(r"[\u4e00-\u9fa5]{2,4}", text[m.end():].lstrip(" \t：:")) for m in last]
            while len(last) > 1 and named[-1] and any(n and n.group() == named[-1].group() for n in named[:-1]):
                last, named = last[:-1], named[:-1]
            stop = re.compile(r"[。\n]").search(text, last[-1].end())
            body_at = stop.end() if stop else len(text)
        # a caption line ("原告谢某某诉被告龚某某民间借贷纠纷一案") before the real party block
        if body_at == first and body:
            line_end = text.find("\n", body.end())
            later = [k for k, m in enumerate(matches) if line_end >= 0 and m.start() > line_end]
            if later:
                first_i = later[0]
                continue
        break
    # the closing address line ("此致\n…人民法院") ends any party block still open (a body whose headings OCR
    # misread, "诉讼请未：")
    close = re.compile(r"^\s*此致", re.M).search(text, first, body_at)
    if close:
        body_at = close.start()
    # so does a letter's greeting to the judge on a line of its own under the entries ("法官同志：", "尊敬的法官："):
    # what follows is written to the court, the story and the claims (someone who writes for a party may describe
    # themself there, "我是原告的妻子某某（身份证…）", and is no entry)
    greet = _GREETING_LINE.search(text, first, body_at)
    if greet:
        body_at = greet.start()
    speech = _SPEECH_HEADING.search(text, first, body_at)
    if speech and speech.start() > first:
        body_at = speech.start()
    # so does a numbered claims list ("一、判令…"), with the short heading line above it whatever OCR made
    # of the heading ("诉讼请未：")
    claims = CLAIMS_LIST_RE.search(text, first, body_at)
    if claims:
        body_at = claims.start()
        above = text.rfind("\n", first, max(body_at - 1, first))
        if above >= first and len(text[above + 1:body_at].strip()) <= 8 and text[above + 1:body_at].strip().endswith(("：", ":")):
            body_at = above + 1
    matches = matches[first_i:]
    # "答辩人与被答辩人系父女关系。" (two roles joined): a sentence about both parties, no entry; at a line's
    # start it opens the body
    pair = _ROLE_PAIR.search(text, first, body_at)
    if pair and pair.start() > first:
        body_at = pair.start()
        # the body sentence may itself start with a role word ("原告王某向本院提出诉讼请求")
    # "以上被告共同委托诉讼代理人" is an agent line; a prefix before a party role is not an entry
    entries = [m for m in matches if first <= m.start() < body_at and not (m.group("pre") and _role(m) not in AGENT_ROLES)]
    parsed: list[ParsedParty] = []
    stage = answer_stage(text) if any(_role(m) in ("答辩人", "被答辩人") for m in entries) else "first"
    pending = [(a, tps) for a, _b, tps in tables]
    heading: re.Match | None = None  # the form heading whose blocks are being read
    for k, m in enumerate(entries):
        while pending and pending[0][0] < m.start():
            parsed.extend(pending.pop(0)[1])  # a column table's parties, in the order of the text
        e_end = entries[k + 1].start() if k + 1 < len(entries) else body_at
        if k + 1 < len(entries) and _role(entries[k + 1]) in AGENT_ROLES:
            # "三原告共同委托诉讼代理人：…", "以上被告的委托代理人：…" (on a line of its own or joined to the address
            # above): whom the agent acts for opens that agent's line, no part of the entry above it
            head = _AGENT_FOR.search(text, m.end(), e_end)
            if head:
                e_end = head.start()
        # the last entry stops at a blank line or a title-like line
        seg = text[m.end():e_end]
        para = re.search(r"\n\s*\n", seg)
        if para:
            seg = seg[:para.start()]
        # an entry whose next line is its 法定代表人/负责人 is an organisation, whatever its name ends with
        rep_next = k + 1 < len(entries) and _role(entries[k + 1]) in REP_ROLES
        _entry(parsed, m, seg, start + m.end(), start + m.start(), stage, rep_next)
        if _role(m) in PRINCIPAL_ROLES:
            heading = m if _FORM_NAME_LINE.match(seg) else None
        elif _role(m) not in REP_ROLES:
            heading = None
        if para and heading is not None:
            # a form's heading over several blocks ("被告（法人、非法人组织）：\n名称：甲公司\n法定代表人：…\n\n
            # 名称：乙公司…"): each later block that opens with its own 名称/姓名 line is one more party of that heading
            at = m.end() + para.end()
            while at < e_end and _FORM_NAME_LINE.match(text, at, e_end):
                more = _BLANK_LINE.search(text, at, e_end)
                stop = more.start() if more else e_end
                _entry(parsed, heading, text[at:stop], start + at, start + heading.start(), stage)
                at = more.end() if more else e_end
    for _a, tps in pending:
        parsed.extend(tps)
    parsed.extend(sued_people)
    for pp in parsed:
        _drop_business_form(pp)
    for sm in same_lines:
        if sm.start() < body_at:
            _role_same_address(parsed, text, sm.start(), sm.group("role"), sm.group("label"),
                               (start + sm.start(), start + sm.end()))
    _appendix_parties(parsed, text, body_at, start, stage)
    _answered_plaintiff(parsed, text, body_at, start)
    _civil_accused(parsed, entries, norm)
    _complaint_applicants(parsed, norm[start:end])
    _share_addresses(parsed)
    same_place_addresses(parsed)
    _ids_told_later(parsed, norm, start + body_at, end)
    _second_instance_statuses(parsed)
    _names_spaced_by_ocr(parsed, norm)
    for pp in parsed:
        # a role read where a label ran into it ("提交人：原告某某": the colon added took a blank of the label's) points
        # at the role as written
        a, b = pp.spans.get("role", (0, 0))
        if b > a and norm[a:b] != pp.party.role and norm[a + 1:b + 1] == pp.party.role:
            pp.spans["role"] = (a + 1, b + 1)
    for pp in parsed:
        a, b = pp.spans.get("name", (0, 0))
        if pp.party.kind == "person" and _NOT_A_NAME.fullmatch(pp.party.name or "") and b > a:
            # what the writer calls the one sued, the name right after it ("我要起诉房东某某，她…"): the name
            after = re.match(r"[\u4e00-\u9fa5]{2,3}(?=[，,。；;（(])", norm[b:b + 4])
            if after and plausible_name(after.group(), "person") and not _NOT_A_NAME.fullmatch(after.group()):
                pp.party.name, pp.spans["name"] = after.group(), (b, b + len(after.group()))
            else:
                pp.party.name = None  # no name: dropped below
    if standing and len(parsed) == 1:
        # a service-address form's one person whose ID and registered home stand lower, under the notices
        # ("公民身份号码：…", "身份证载住址：…")
        pp, tail = parsed[0], text[standing.end():]
        idm = _ID_RE.search(tail) if pp.party.id_number is None else None
        if idm:
            pp.party.id_number = _id_text(idm.group(1))
            pp.spans["id_number"] = (start + standing.end() + idm.start(1), start + standing.end() + idm.end(1))
        home = _SERVED_HOME.search(tail) if pp.party.address is None else None
        if home:
            at = start + standing.end() + home.start(1)
            pp.party.address = home.group(1)
            pp.spans["address"] = (at, at + len(home.group(1)))
            _add_address(pp, "住址", home.group(1), pp.spans["address"])
    # a name that joins two parties found on their own ("包工头某某和某某有限公司", read from the sentence of suing) is none
    names = [pp.party.name for pp in parsed]
    parsed = [pp for pp in parsed if not (re.search(r"[和与及、]", pp.party.name or "")
                                          and sum(1 for n in names if n and n != pp.party.name and n in pp.party.name) >= 2)]
    return _once_each([p for p in parsed if p.party.name]), start + body_at


_SPACED_TAIL = re.compile(r"[ \t\u3000]+(?!男|女)([\u4e00-\u9fa5])(?=[ \t\u3000]*[，,、])")


def _names_spaced_by_ocr(parsed: list[ParsedParty], norm: str) -> None:
    """A two-character name with one more character after a space ("答辩人：汪德 明，男，…") is that three-character name
    where the document writes it so elsewhere (its signature "答辩人：汪德明")."""
    for pp in parsed:
        p, span = pp.party, pp.spans.get("name")
        if p.kind != "person" or not span or not re.fullmatch(r"[\u4e00-\u9fa5]{2}", p.name or ""):
            continue
        tail = _SPACED_TAIL.match(norm, span[1])
        if tail and p.name + tail.group(1) in norm:
            p.name += tail.group(1)
            pp.spans["name"] = (span[0], tail.end(1))


# an answer's opening sentence naming who sued the writer: "针对原告某某诉我…纠纷一案", "原告某某诉答辩人…"
_SUED_BY = re.compile(r"(?:(?<![\u4e00-\u9fa5])(?:针对|就|关于|对)?原告|(?<=我是)被答辩人)(?P<name>[\u4e00-\u9fa5]{2,4}?)"
                      r"(?=(?:起诉|诉)(?:我|答辩人|本人)|告的那个人)")


def _answered_plaintiff(parsed: list[ParsedParty], text: str, body_at: int, start: int) -> None:
    """An answer listing only the one answering (答辩人, a defendant) names the plaintiff in its first sentence
    ("针对原告某某诉我…一案"): that plaintiff is the other party of the case."""
    if not parsed or any(pp.party.role != "被告" for pp in parsed) or "答辩" not in text:
        return
    m = _SUED_BY.search(text, body_at, body_at + 200)
    if m is None:
        # (a lay answer's own line under the entry, read inside the block: "我是被答辩人某某告的那个人。")
        last = max((pp.spans["role"][1] for pp in parsed if "role" in pp.spans), default=start) - start
        told = _SUED_BY.search(text, max(0, last), body_at)
        m = told if told and told.group().startswith("被答辩人") else None
    if not m or not plausible_name(m.group("name"), "person"):
        return
    pp = ParsedParty(Party(role="原告", name=m.group("name"), kind="person"))
    pp.spans["name"] = (start + m.start("name"), start + m.end("name"))
    parsed.append(pp)


def _second_instance_statuses(parsed: list[ParsedParty]) -> None:
    """In an appeal (上诉人 and 被上诉人, no 再审) a party that neither appeals nor is appealed against is named by
    its first-instance status as 原审原告/原审被告/原审第三人, the second-instance documents' word for it (民事诉讼文书样式);
    '一审第三人：…' written there is that same status. A retrial's documents say 一审…/二审… and keep it."""
    roles = {pp.party.role for pp in parsed}
    if not roles & {"上诉人", "被上诉人"} or any(r.startswith("再审") for r in roles):
        return
    for pp in parsed:
        if pp.party.role in ("一审原告", "一审被告", "一审第三人"):
            pp.party.role = "原审" + pp.party.role[2:]


# A judgment may give a person's ID number only in its findings ("该账户的实名认证人为被告某某，身份证号码…"): an
# ID written right after the party's full name is the party's, when it is valid, one only, no other party's, and
# its birth date is the one the party's entry states (a sex digit that disagrees with the stated gender is left
# for the checks to flag, as an entry's own ID is)
_ID_AFTER_NAME = re.compile(r"[，,（(]?[ \t]*(?:公民)?身份(?:证)?(?:号码|号|证件号码)(?:为|是)?[:：]?[ \t]*(\d{17}[\dXx])(?![\dXx])")
_BEFORE_NAME = re.compile(r"(?:^|[^\u4e00-\u9fa5]|[为是即系]|(?:" + "|".join(PRINCIPAL_ROLES) + r"))$")


def _ids_told_later(parsed: list[ParsedParty], norm: str, at: int, end: int) -> None:
    taken = {pp.party.id_number for pp in parsed if pp.party.id_number}
    for pp in parsed:
        p = pp.party
        if p.id_number or p.kind != "person" or not p.birth_date or not p.name or len(p.name) < 2:
            continue
        found: dict[str, tuple[int, int]] = {}
        for m in re.finditer(re.escape(p.name), norm[at:end]):
            a, b = at + m.start(), at + m.end()
            idm = _ID_AFTER_NAME.match(norm, b, end)
            if idm and _BEFORE_NAME.search(norm[max(0, a - 12):a]):
                found.setdefault(idm.group(1).upper(), idm.span(1))
        if len(found) != 1:
            continue
        number, span = next(iter(found.items()))
        info = validators.id_number_info(number) if not validators.check_id_number(number) else None
        if number in taken or not info or info.get("birth_date") != p.birth_date:
            continue
        p.id_number = number
        pp.spans["id_number"] = span


# A civil filer sues a 被告 (CPL art. 122); 被告人 is the accused of a criminal case (CPL art. 108), whom only a
# 自诉人 or the 公诉机关 charges. A lay complaint that lists its filer as 原告/起诉人/告状人 and the one sued as
# "被告人", with no criminal party or charge anywhere, means the civil defendant.
_CIVIL_FILERS = ("原告", "起诉人", "告状人", "具状人")
_CRIMINAL_MARK = re.compile(r"自诉|公诉|检察院|刑事|犯罪|罪名|附带民事|[犯涉]\S{1,10}罪|判处|有期徒刑|拘役|罚金")


def _civil_accused(parsed: list[ParsedParty], entries: list[re.Match], norm: str) -> None:
    roles = {_role(m) for m in entries}
    # 被告单位 is the organisation prosecuted for a unit crime (刑法 30-31); a civil text that calls the company it
    # sues so ("被告单位：某某公司") means the civil 被告
    if "被告单位" in roles and not _CRIMINAL_MARK.search(norm):
        for pp in parsed:
            if pp.party.role == "被告单位":
                pp.party.role = "被告"
    if "被告人" not in roles or not roles & set(_CIVIL_FILERS) or _CRIMINAL_MARK.search(norm):
        return
    for pp in parsed:
        if pp.party.role == "被告人":
            pp.party.role = "被告"


# A document titled 起诉状/起诉书 is a complaint (CPL art. 124): its filer is the 原告 and the one sued the 被告,
# whatever the writer calls them; a lay writer heading them 申请人/被申请人 means those. A 申请书 (a special
# procedure, an order for payment, a retrial, enforcement) keeps its 申请人, as do 再审申请人/申请执行人.
_COMPLAINT_TITLE = re.compile(r"(?:民事|行政)?起诉(?:状|书)")
_APPLICANT_AS_PARTY = {"申请人": "原告", "被申请人": "被告"}


def _complaint_applicants(parsed: list[ParsedParty], norm: str) -> None:
    title = next((ln for ln in norm.split("\n") if ln.strip()), "")
    if not _COMPLAINT_TITLE.fullmatch(re.sub(r"[\s\u3000]", "", title)):
        return
    for pp in parsed:
        pp.party.role = _APPLICANT_AS_PARTY.get(pp.party.role, pp.party.role)


def _bare_signature(pp: ParsedParty) -> bool:
    p = pp.party
    return not any((p.gender, p.id_number, p.address, p.credit_code))


def _once_each(parsed: list[ParsedParty]) -> list[ParsedParty]:
    """A party entered twice with the same role, once bare (the signature "起诉人：某某" over the date of signing,
    read as a birth date) and once described (the table of parties below it), is the described one. Two described
    entries of one name stay two parties (masked names repeat: "陈某1" and "陈某1")."""
    described = {(pp.party.name, pp.party.role) for pp in parsed if not _bare_signature(pp)}
    return [pp for pp in parsed if not (_bare_signature(pp) and (pp.party.name, pp.party.role) in described)]


# An answer may give the party it answers in an appendix after its body ("附：原告基本情况" and on the next line
# "张某，男，…"): the heading names the role, the lines below it up to a blank line are the entry.
_APPENDIX = re.compile(r"(?m)^[ \t]*(?:附[:：]?[ \t]*)?(?P<role>" + "|".join(PRINCIPAL_ROLES) + r")(?:的)?"
                       r"(?:基本情况|基本信息|身份信息|身份情况|信息)[:：]?[ \t]*\n")
_APPENDIX_ENTRY = re.compile(r"(?P<role>" + "|".join(PRINCIPAL_ROLES) + r")(?P<qual>)[:：][ \t]*")


def _appendix_parties(parsed: list[ParsedParty], text: str, body_at: int, start: int, stage: str) -> None:
    for am in _APPENDIX.finditer(text, body_at):
        role = am.group("role")
        at = am.start("role")
        # the heading written as an entry's role ("原告：" and spaces up to the next line), same length
        entry = text[:at] + role + "：" + " " * (am.end() - at - len(role) - 1) + text[am.end():]
        m = _APPENDIX_ENTRY.match(entry, at)
        stop = re.search(r"\n[ \t]*\n", entry[m.end():])
        seg = entry[m.end():m.end() + stop.start()] if stop else entry[m.end():]
        nxt = ENTRY_RE.search(seg)
        if nxt:
            seg = seg[:nxt.start()]  # the signature ("答辩人：…") after the appendix
        found: list[ParsedParty] = []
        _entry(found, m, seg, start + m.end(), start + m.start(), stage)
        parsed.extend(pp for pp in found if pp.party.name and all(q.party.name != pp.party.name for q in parsed))


def _share_addresses(parsed: list[ParsedParty]) -> None:
    """'…王某（男，…）和李某（女，…），两人都住X': the parties of the same role just above the one that states a
    shared address, and have none of their own, live there too."""
    for i, pp in enumerate(parsed):
        if not pp.shares or pp.party.address is None:
            continue
        for q in reversed(parsed[max(0, i - pp.shares):i]):
            if q.party.role != pp.party.role or q.party.address is not None:
                break
            q.party.address = pp.party.address
            if "address" in pp.spans:
                q.spans["address"] = pp.spans["address"]
            kind = next((x.kind for x in pp.party.addresses if x.text == pp.party.address), "住")
            q.party.addresses.append(Address(kind=kind, text=pp.party.address))


# "住同组29号", "同村三组5号": a neighbour's home told against the entry above, in the same village group (组, 村民小组),
# village (村), production team (队) or 社 as the place written before: that place, then the rest.
_SAME_PLACE = re.compile(r"(?:同|本)(村民小组|组|村|队|社)(?=\S)(?P<rest>.+)")


def same_place_addresses(parsed: list[ParsedParty]) -> None:
    """'住同组29号': the full address of the nearest party above whose address names that unit, cut after the unit
    and followed by the rest ('某镇某村某组27号' + '同组29号' -> '某镇某村某组29号'). Public: letters read their own
    parties and may call it on theirs."""
    for k, pp in enumerate(parsed):
        p = pp.party
        m = _SAME_PLACE.fullmatch(p.address or "")
        if not m:
            continue
        unit = m.group(1)
        for q in reversed(parsed[:k]):
            src = q.party.address or ""
            cut = src.rfind(unit)
            # the unit must close a place name of the source ("汪家大屋组", "和平村"), not start one ("组团")
            if cut <= 0 or _SAME_PLACE.fullmatch(src):
                continue
            full = src[:cut + len(unit)] + m.group("rest")
            for a in p.addresses:
                if a.text == p.address:
                    a.text = full
            p.address = full  # (its span stays on the words written, "同组29号")
            break
    _town_told_short(parsed)


# The first place of an address written from below the county ("天山镇新民村三组", "赵家湾村三组17号"): a town,
# township, sub-district or village, its name free of any higher unit's word
_SHORT_HEAD = re.compile(r"(?:(?![省市县区旗州盟])[\u4e00-\u9fa5]){2,6}?(?:街道|镇|乡|苏木|村|嘎查|屯)")
# what ends a place name in a fuller address just before that town or village ("…阿鲁科尔沁旗", "…中梁镇")
_UNIT_END = re.compile(r"(?:省|自治区|市|县|区|旗|州|盟|街道|镇|乡|苏木)$")
# a fuller address written down from its province (or a municipality) and through a county-level unit; one written
# from the county itself ("某县某镇…") is the writer's usual short form, and the short one stays as written
_FROM_PROVINCE = re.compile(r"(?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区)|(?:北京|天津|上海|重庆)市)\S*?(?:市|县|区|旗)")


def _town_told_short(parsed: list[ParsedParty]) -> None:
    """'住天山镇新民村三组' where another party lives at '内蒙古自治区赤峰市阿鲁科尔沁旗天山镇新民村二组': an address
    written from its town or village, a place another party's address names in full from its province, lies there;
    it is read with that address's part before the place (the document names province, city and county once)."""
    for k, pp in enumerate(parsed):
        p = pp.party
        head = _SHORT_HEAD.match(p.address or "")
        if not head:
            continue
        # the nearest party above first, then those below
        for q in [*reversed(parsed[:k]), *parsed[k + 1:]]:
            src = q.party.address or ""
            cut = src.find(head.group())
            if cut <= 0 or not _UNIT_END.search(src[:cut]) or not _FROM_PROVINCE.match(src[:cut]):
                continue
            full = src[:cut] + p.address
            for a in p.addresses:
                if a.text == p.address:
                    a.text = full
            p.address = full  # (its span stays on the words written)
            break


_BUSINESS_FORM = re.compile(r"[（(]个体工商户[）)]$")


def _drop_business_form(pp: ParsedParty) -> None:
    """'某商行（个体工商户）' -> '某商行': the 字号 is the party (民诉法解释 art. 59); the bracket only says
    what kind of party it is, which `kind` keeps ("organization")."""
    form = _BUSINESS_FORM.search(pp.party.name)
    if not form or form.start() < 2:
        return
    pp.party.name = pp.party.name[:form.start()]
    pp.party.kind = "organization"
    if "name" in pp.spans:
        a, _b = pp.spans["name"]
        pp.spans["name"] = (a, a + len(pp.party.name))


def _role(m: re.Match) -> str:
    return m.group("role").replace(" ", "")


def _entry(parsed: list[ParsedParty], m: re.Match, seg: str, base: int, role_at: int, stage: str = "first",
           rep_next: bool = False) -> None:
    role = _role(m)
    if role in AGENT_ROLES:
        if not parsed:
            return
        _agents(parsed[-1], role, seg, base)
        return
    if role in REP_ROLES:
        if not parsed or re.fullmatch(r"\s*/[\u4e00-\u9fa5]{0,4}\s*", seg):
            return  # "法定代表人/主要负责人：孙某": the first of two labels, the second entry holds the name
        rep = parsed[-1].party.legal_representative
        if rep is not None and _clean_name(seg)[0] != rep.name:
            return  # a party has one representative: a later 负责人 is someone else's (a bankruptcy administrator's)
        _rep(parsed[-1], seg, base)
        return
    name, off = _clean_name(seg)
    label = re.match(r"(?:姓名|(?:单位|企业)?名称)[:：]?(?=[\u4e00-\u9fa5A-Za-z])", name)
    if label:
        # "原告姓名韩雪梅性别女…" (a table read without spaces), "原告    姓名：田某某" (要素式 form, one line)
        name, off = name[label.end():], off + label.end()
    dual = re.match(r"兼(?:" + "|".join(PRINCIPAL_ROLES) + r")+", name)
    if dual and len(name) > dual.end():
        name, off = name[dual.end():], off + dual.end()  # "被告人兼附带民事诉讼被告人石某"
    glued = _GLUED_NAMES.fullmatch(name)
    if glued:
        # "原告吴某被告吴某被告付某": bare names run together on one line, one entry each
        first = ParsedParty(Party(role=role, name=glued.group(1)))
        first.spans["name"] = (base + off, base + off + len(glued.group(1)))
        first.spans["role"] = (m.start("role") - m.start() + role_at, m.end("role") - m.start() + role_at)
        parsed.append(first)
        at = base + off + len(glued.group(1))
        for g in _GLUED_ONE.finditer(glued.group(2)):
            one = ParsedParty(Party(role=g.group("role"), name=g.group("name")))
            one.spans["role"] = (at + g.start("role"), at + g.end("role"))
            one.spans["name"] = (at + g.start("name"), at + g.end("name"))
            parsed.append(one)
        return
    if not name or name in _FORM_NAME_LABELS or name in _HEADINGS:
        # form-style blocks (要素式, tables): the role alone or with a heading ("原告信息"), then
        # "姓名：…" / "名称 …"
        fm = _FORM_NAME_RE.match(seg, off + len(name) if name in _HEADINGS else 0)
        if fm:
            name, off = fm.group("name").strip(), fm.start("name")
            cuts = _dense_split(name)
            if cuts:
                name = name[:cuts[0]]  # "宋雨桐性别:女" (lines joined by OCR)
        elif not name:
            # the role and its bracket on a line of their own ("被上诉人（一审被告）"), the entry on the next
            # line: its name is that line's first field (no label there: "姓名：" forms are read above)
            nl = re.match(r"[ \t]*\n[ \t]*(?![\u4e00-\u9fa5]{1,8}[:：])(?=\S)", seg)
            if nl:
                name, off = _clean_name(seg[nl.end():])
                off += nl.end()
    if _BLANK_MARK.fullmatch(name):
        return  # "第三人（自然人）：无": a form's party line left blank
    if name in _HEADINGS:
        return  # a section heading ("一、原告信息") over a table or entries of its own: no party by itself
    unit_story = False
    if role == "被告单位":
        # the story run on after the unit's name ("…局向养殖户共收受…", "…局（2007年为…）在负责…") holds no field of it
        cut = _unit_name(name)
        unit_story, name = cut != name, cut
    name_end = off + len(name)
    if (name and seg[name_end:name_end + 1] == "\n" and (_ORG_WORD.search(name) or _ORG_FORM_CUT.search(name))
            and not _ORG_SUFFIX.search(name)):
        # an organisation's name wrapped onto the next line ("…股份有限公司合肥\n蜀山支行，住所地…"), even inside its
        # legal form ("…物业服务有限公\n司，住所地…")
        cont, coff = _clean_name(seg[name_end + 1:])
        if cont and coff == 0 and _ORG_SUFFIX.search(name + cont):
            name, name_end = name + cont, name_end + 1 + len(cont)
    # a status bracket longer than the entry pattern reads ("答辩人（被申请人，一审原告，二审被上诉人）：…") opens the
    # entry's text: it still names the answering side's status
    qual = m.group("qual")
    long_qual = None if qual else re.match(r"[ \t]*([（(][^（()）\n]{1,40}[）)])[ \t]*[:：]", seg)
    if long_qual:
        qual = long_qual.group(1)
    pp = ParsedParty(Party(role=normalise_role(role, qual, stage), name=name))
    if name:
        pp.spans["name"] = (base + off, base + name_end)
    pp.spans["role"] = (m.start("role") - m.start() + role_at, m.end("role") - m.start() + role_at)
    rest_at = len(seg) if unit_story else name_end
    _attributes(pp, seg[rest_at:], base + rest_at, seg)
    same = _SAME_ADDR_RE.search(seg, rest_at)
    if (same and address_kind(same.group(1)) != "现住" and pp.party.address is not None and pp.party.addresses
            and all(a.kind == "现住" for a in pp.party.addresses) and "address" in pp.spans
            and pp.spans["address"][0] > base + same.end()):
        # "住址同上，现住某市某街道": the 住址 is the entry above's; the current home told after it does not replace it
        pp.party.address = None
    if pp.party.address is None and same and parsed and parsed[-1].party.address:
        # "住址同上": the address of the entry just above
        above = parsed[-1].party
        span = (base + same.start(), base + same.end())
        ref = above.address
        if address_kind(same.group(1)) == "户籍地":
            # "户籍地同上" under an entry with both a registered and a current home: the registered one
            ref = next((a.text for a in above.addresses if a.kind == "户籍地"), ref)
        if same.group("unit"):
            # "住址：同上村组": the same village (and group) as the entry above, its house number not meant
            cut = ref.rfind("村" if same.group("unit") == "村" else "组") if ref else -1
            ref = ref[:cut + 1] if cut > 0 else ref
        pp.party.address = ref
        pp.spans["address"] = span
        _add_address(pp, same.group(1), ref, span)
    same = _SAME_HABITUAL_RE.search(seg, rest_at)
    if same and _same_as_own_line(seg, rest_at, same.start()):
        same = None  # a form's "经常居住地：同上" under the party's own 住所地 line: the same as that line
    if (same and parsed and parsed[-1].party.address
            and not any(_HABITUAL.search(a.kind or "") for a in pp.party.addresses)):
        # "户籍地…，经常居住地同上": the habitual residence of the entry above (its address where it states none),
        # which is this party's 住所 and replaces the registered one (民法典 art. 25)
        above = parsed[-1].party
        ref = next((a.text for a in above.addresses if _HABITUAL.search(a.kind or "")), above.address)
        span = (base + same.start(), base + same.end())
        pp.party.address = ref
        pp.spans["address"] = span
        _add_address(pp, same.group(1), ref, span)
    same = _SAME_AS_ROLE.search(seg, rest_at) if pp.party.address is None else None
    if same:
        # "住址同被告一", "住所地同原告": the address of the party so named above (the n-th of that role)
        target = normalise_role(same.group("role"), None, stage)
        above_role = [q.party for q in parsed if q.party.role == target]
        if same.group("named"):
            # "住址同上诉人某某": the one of that role so named
            above_role = [q for q in above_role if q.name == same.group("named")]
        n = _ordinal(same.group("num"))
        ref = (above_role[n - 1] if n <= len(above_role) else None) if n else (above_role[-1] if above_role else None)
        if ref is not None and ref.address:
            span = (base + same.start(), base + same.end())
            pp.party.address = ref.address
            pp.spans["address"] = span
            _add_address(pp, same.group(1), ref.address, span)
    _same_as_named(pp, parsed)
    if pp.party.legal_representative and pp.party.legal_representative.title is None:
        t = re.search(r"职务\s*[:：]\s*([\u4e00-\u9fa5]{2,8})", seg)
        if t:
            pp.party.legal_representative.title = t.group(1)
    if not name or len(name) > 40 or (_NAME_BAD.search(name) and not re.fullmatch(_MASKED_NAME, name)
                                      and not _gendered_name(name, seg[name_end:])):
        _name_from_ner(pp, seg, base)
    org = role == "公诉机关" or _is_org(pp.party.name, seg) or (rep_next and not pp.party.gender and len(pp.party.name) >= 4)
    pp.party.kind = "organization" if org else "person"
    if len(pp.party.name) > 40 or re.search(r"[《》“”]", pp.party.name):
        return  # not a party entry (a body sentence that starts with a role word)
    if _named_again(pp.party, parsed):
        return
    if role == "公诉机关" and not pp.party.name.endswith("检察院"):
        return  # the prosecuting organ is a procuratorate: "公诉机关认定被告人韩某…" is a body sentence
    if not all(plausible_name(n, pp.party.kind) for n in pp.party.name.split("、")):
        # a body sentence that starts with a role word ("被告人李某某犯罪以后自动投案", "公诉机关认为被告人…"):
        # keep the masked name it starts with, otherwise it is no entry
        # "魏杰娇（又名魏颖）农民" (the space after the bracket lost): the name stands before the bracket
        masked = re.match(_MASKED_NAME, pp.party.name) or re.match(r"[^（(]{2,6}(?=[（(])", pp.party.name)
        if pp.party.kind != "person" or not masked or not plausible_name(masked.group(0), "person"):
            return
        pp.party.name = masked.group(0)
        pp.spans["name"] = (pp.spans["name"][0], pp.spans["name"][0] + len(pp.party.name))
    if any(q.party.role == pp.party.role and q.party.name == pp.party.name for q in parsed) and (
            not _has_attributes(pp.party) or _signature_date(pp.party, seg)):
        # the same party named again in a later sentence, with nothing of its own; or signing the document, the
        # date under the signature ("起诉人：某某\n2024年3月18日", no 出生 to it) its only field
        return
    if pp.party.kind == "organization":
        # an organisation has no gender, birth or citizen's ID number (a number read for it is a code's fragment)
        pp.party.gender = pp.party.birth_date = pp.party.ethnicity = pp.party.id_number = None
        pp.spans.pop("id_number", None)
    names = pp.party.name.split("、")
    if len(names) > 1 and all(2 <= len(n) <= 30 for n in names) and "name" in pp.spans:
        # "被告：王某1、王某2，住……": one party per name, sharing what follows
        at = pp.spans["name"][0]
        for n in names:
            one = ParsedParty(pp.party.model_copy(deep=True), dict(pp.spans))
            one.party.name = n
            one.party.kind = "organization" if _is_org(n, "") else pp.party.kind
            one.spans["name"] = (at, at + len(n))
            at += len(n) + 1
            parsed.append(one)
        return
    parsed.append(pp)


# The story told of an organisation prosecuted for a unit crime, run on after its name in a fact paragraph
# ("被告单位某某局向…收受…", "被告单位某某公司于2016年…"): a preposition, a verb of the charge or a figure
_UNIT_STORY = re.compile(r"向|在|于|将|对|与|为|以|从|共|是|系|的|了|经|通过|违反|明知|伙同|利用|收受|采取|采用|多次|先后|[\d０-９]")


def _unit_name(name: str) -> str:
    """A 被告单位's name ends at its organisation suffix (局, 公司, 厂, 中心 …): the story after it is no part of it."""
    if _ORG_SUFFIX.search(name):
        return name
    for story in _UNIT_STORY.finditer(name, 4):
        head = name[:story.start()]
        for end in range(len(head), 3, -1):
            if _ORG_SUFFIX.search(head[:end]):
                return head[:end]
    return name


# Words of a sentence that a party's name never holds (a dual role, "被告人兼附带民事诉讼被告人石某", is
# stripped from the name before).
_SENTENCE_IN_NAME = re.compile(
    r"原告|被告|上诉人|第三人(?!民)|申请人|公诉机关|代理人|法定代表人|认为|提交|提供|支付|要求|同意|无权|委托|根据|出具|承担|偿还|归还|"
    r"加盖|到案|归案|供述|如实|犯罪|参加|到庭|证据|以后|之后|原系|年\S{0,3}月|因其|担任|是|"
    # money moved "into an account" is a sentence, whatever bank it names
    r"指定|转入|转至|汇入|账户|账号|其子|其女|其妻|其夫|其父|其母"
)
# A sentence after the entries saying what kind of party one is ("被告为个体工商户", "原告系个人独资企业"): the
# party is the one listed (its operator or investor, named after it, is no party: 民诉法解释 art. 59).
_LEGAL_FORM_SAID = re.compile(r"(?:为|系)(?:一家|一个|一名)?(?:个体工商户|个体户|个人独资企业|(?:普通|有限)?合伙企业|"
                              r"(?:企业|机关|事业单位|社会团体)?法人|非法人组织|其他组织|自然人)")
_PERSON_IN_NAME = re.compile(r"是|系|与|的|了|在|向|对|将")
_COURT_NAME = re.compile(r"(?:人民法院|法院|人民法庭|法庭)$")


def plausible_name(name: str, kind: str) -> bool:
    """Whether `name` can be a party's name: no sentence words in it, and a person's name is short
    (Chinese names have 2-4 characters, masked ones a few more; Latin and "·" names may be longer)."""
    if not name or _SENTENCE_IN_NAME.search(name):
        return False
    if name.startswith("的"):
        return False  # a possessive fragment of narrative text ("转到了被告的农业银行卡上"), no name
    if _LEGAL_FORM_SAID.fullmatch(name):
        return False  # "被告为个体工商户，经营者：某某": what the party above is, no party of its own
    if _COURT_NAME.search(name):
        return False  # the court a paper is addressed to ("此致\n…人民法院") or heads it, never a party
    if kind == "person" and (re.fullmatch(r"[\u4e00-\u9fa5]{1,3}族|户口|户籍|住址|住所|地址|身份证?|电话|性别|民族|出生", name) or
                             re.search(r"岁|来岁|多岁|[那这哪]里|^[也还就]", name)):
        return False  # a field of the entry taken for a name ("李某，男，苗族，…", "户口也在…")
    if kind == "person" and not re.search(r"[A-Za-z]", name):
        if re.search(r"[·•]", name):
            return len(name) <= 15  # "阿卜杜热合曼·阿卜杜拉"
        # 向 is a common given name's first character ("向东", "向阳"): in a name of three characters it is
        # no verb ("被告向原告…")
        words = _PERSON_IN_NAME.findall(name[1:])
        return len(name) <= 6 and (not words or (len(name) <= 3 and words == ["向"]))
    return True


def _named_again(p: Party, parsed: list[ParsedParty]) -> bool:
    """A person read above named again with a role word in the story, the sentence going on after the name
    ("被告某某在某镇开了一家…"): no new party. (A name one character longer is another person's, "王芳"/"王芳芳";
    a "·" or a bracket continues the same name; an organisation named after the person, "某某五金店", with
    fields of its own is a party of its own.)"""
    for q in parsed:
        prior = q.party.name
        if q.party.kind != "person" or not prior or not p.name.startswith(prior):
            continue
        rest = p.name[len(prior):]
        if len(rest) < 2 or rest[0] in "·•・（(":
            continue
        if _has_attributes(p) and _ORG_SUFFIX.search(p.name):
            continue
        return True
    return False


def _has_attributes(p: Party) -> bool:
    return any((p.gender, p.birth_date, p.id_number, p.address, p.credit_code, p.phone, p.legal_representative, p.agents))


_BARE = r"[\u4e00-\u9fa5\dXx×]{1,5}?"
# "第三人民医院" is an organisation's ordinal name (the third people's hospital), no 第三人 inside it
_ROLES_RX = "|".join(PRINCIPAL_ROLES).replace("|第三人|", "|第三人(?!民)|")
_GLUED_NAMES = re.compile(rf"({_BARE})((?:(?:{_ROLES_RX}){_BARE})+)")
_GLUED_ONE = re.compile(rf"(?P<role>{_ROLES_RX})(?P<name>{_BARE})(?=(?:{_ROLES_RX})|$)")

_FORM_NAME_LABELS = ("姓名", "名称", "单位名称", "企业名称")
_HEADINGS = ("信息", "基本信息", "身份信息", "情况", "基本情况", "身份情况", "资料")
_BLANK_LINE = re.compile(r"\n\s*\n")
# a form block's first line naming its party ("名称：…", "姓名：…"), under the role heading's line
_FORM_NAME_LINE = re.compile(r"[ \t]*\n?[ \t]*(?:姓名|名称|单位名称|企业名称)[ \t]*[:：][ \t]*[\u4e00-\u9fa5A-Za-z（(]")
_FORM_NAME_RE = re.compile(r"\s*(?:姓名|名称|单位名称|企业名称)\s*(?:[:：]|\s)?\s*(?P<name>[^，,。；;\n ]+)")
# A ticked box on a printed form: "性别：男□ 女☑".
_GENDER_TICK_RE = re.compile(r"(男|女)\s*[☑√✓✔■▣]|[☑√✓✔■▣]\s*(男|女)")
# (its group 1 never matches, so the tick is read as group 2, the word after it, as in _GENDER_TICK_RE)
_GENDER_TICK_BEFORE_RE = re.compile(r"(?!)(男|女)|[☑√✓✔■▣]\s*(男|女)")
_GENDER_BOX_FIRST_RE = re.compile(r"[□☐☑√✓✔■▣][ \t　]?男[ \t　]*[□☐☑√✓✔■▣][ \t　]?女")
_TICKS = "☑√✓✔■▣"
_HAS_BOX_RE = re.compile(r"\s*有\s*([□☐☑√✓✔■▣])\s*无\s*[□☐☑√✓✔■▣]")


def _signature_date(p: Party, seg: str) -> bool:
    bare = p.birth_date is not None and not re.search(r"出生|生于|生日|生人|\d日生|月生", seg)
    return bare and not any((p.gender, p.id_number, p.address, p.credit_code, p.phone, p.legal_representative, p.agents))


def _same_as_own_line(seg: str, rest_at: int, at: int) -> bool:
    """Whether the "同上" reference at `at` opens a form line of its own ("经常居住地：同上") right under a line of the
    same entry that states the party's own address ("住所地（户籍所在地）：…"): a form's 同上 repeats the line above."""
    ls = seg.rfind("\n", 0, at) + 1
    if seg[ls:at].strip(" \t　") or ls <= rest_at:
        return False
    prev = seg.rfind("\n", 0, ls - 1) + 1
    return prev >= rest_at and bool(re.match(r"[ \t　]*(?:住所地?|户籍(?:所在)?地?|住址|户口所在地)", seg[max(prev, rest_at):ls]))


def _gendered_name(name: str, after: str) -> bool:
    """Whether 男/女 in a short name is a character of the name ("崔永男", "金顺女"): the entry gives the gender as
    a field of its own right after it ("崔永男，男，…"), so the one in the name is no gender glued to it."""
    return bool(re.fullmatch(r"[\u4e00-\u9fa5]{2,4}", name) and not _NAME_BAD.search(re.sub(r"[男女]", "", name))
                and re.match(r"[ \t]*[，,、][ \t]*(?:性别[:：]?)?(?:男|女)(?:性)?(?:[，,、。；; \t]|$)", after))


def _name_from_ner(pp: ParsedParty, seg: str, base: int) -> None:
    for span in _legal.ner_spans(seg[:120]):
        if span.label in ("PER", "ORG", "NAME", "COMPANY", "GOV"):
            pp.party.name = span.text
            pp.spans["name"] = (base + span.start, base + span.end)
            return


# A scan reads the digit 1 as the letter l or I and 0 as O or o: inside a run of digits that numbers a part of an
# address, a date or an ID ("上村l6号", "l972年", "4201O6…" of 15-18 characters) the letter is the digit, one for
# one; a word's letters ("No.3", "A栋") are never next to the run (no ASCII letter may stand on either side).
_OCR_DIGIT_RUN = re.compile(r"(?<![A-Za-z])(?=[0-9lIOo]*\d)[0-9lIOo]+(?![A-Za-z])"
                            r"(?:(?=[号栋幢室组年月日楼层弄户座队社单])|(?<=[0-9lIOo]{15}))")
_OCR_DIGIT = str.maketrans("lIOo", "1100")


def _ocr_digits(text: str) -> str:
    return _OCR_DIGIT_RUN.sub(lambda m: m.group().translate(_OCR_DIGIT), text)


def _attributes(pp: ParsedParty, rest: str, base: int, whole: str) -> None:
    p = pp.party
    rest = _ocr_digits(rest)
    fields = _fields(rest, base)
    unknown: list[tuple[str, int, int]] = []
    # a form whose boxes stand before their words ("□男　☑女"): the tick marks the word after it, never the one before
    boxed = _GENDER_BOX_FIRST_RE.search(rest)
    tick = _GENDER_TICK_BEFORE_RE.search(rest) if boxed else _GENDER_TICK_RE.search(rest)
    if tick:
        g = 1 if tick.group(1) else 2
        p.gender = tick.group(g)
        pp.spans["gender"] = (base + tick.start(g), base + tick.end(g))
    weak_address: Address | None = None  # an address found without its cue word; a cued one replaces it
    partial_birth: tuple[str, int, int] | None = None  # "1970年生", "1980年5月出生": the date as far as written
    habitual = False  # the address is a stated 经常居住地: no later address replaces it
    former = False  # the address is a former home ("原住…"): the next address replaces it
    addr_label: tuple[str, int] | None = None
    i = 0
    pending_rep_title = False
    while i < len(fields):
        f, fs, fe = fields[i]
        i += 1
        alias = re.match(r"[（(]以下(?:简称|称)[^）)]*[）)]\s*", f)
        if alias and alias.end() < len(f):
            f, fs = f[alias.end():], fs + alias.end()  # "（以下称原告）通讯地址：…"
        if addr_label:
            (label, label_end), addr_label = addr_label, None
            # an empty form line ("经常居住地：" then "证件类型：…" on the next line) has no value
            empty = re.match(r"[:：][ \t]*\n", rest[label_end - base:fs - base])
            # (nor has one left blank with a dash or a slash: "经常居住地：/")
            if not empty and not _ADDR_LABEL_ONLY.match(f) and not _LABELLED.match(f) and not _BLANK_MARK.fullmatch(f.strip()):
                if weak_address:
                    p.address, weak_address = None, _drop_address(pp, weak_address)
                _add_address(pp, label, f, (fs, fe))
                if p.address is None or former or (_HABITUAL.search(label) and not habitual):
                    p.address, habitual, former = f, bool(_HABITUAL.search(label)), bool(_FORMER.match(label))
                    pp.spans["address"] = (fs, fe)
                continue
        if _ADDR_LABEL_ONLY.match(f):
            addr_label = (f, fe)  # "住址　江苏省……": the value is the next field
            continue
        if pending_rep_title:
            pending_rep_title = False
            t = _REP_TITLE_RE.match(f)
            if t and p.legal_representative:
                p.legal_representative.title = t.group(1)
                pp.spans["legal_representative.title"] = (fs + t.start(1), fs + t.end(1))
                continue
        g = _GENDER_RE.match(f)
        if g and p.gender is None:
            p.gender = g.group(1)
            pp.spans["gender"] = (fs + g.start(1), fs + g.end(1))
            continue
        e = _ETHNIC_RE.match(f)
        if e and p.ethnicity is None:
            p.ethnicity = e.group(1) + "族"
            pp.spans["ethnicity"] = (fs, fe)
            continue
        bare = _BARE_ID_RE.fullmatch(f)
        idm = _id_match(f) or (bare and (_id_text(bare.group(1)), bare.start(1), bare.end(1)))
        if idm and p.id_number is None and not _CREDIT_RE.search(f):
            p.id_number = idm[0]
            pp.spans["id_number"] = (fs + idm[1], fs + idm[2])
            continue
        cm = _CREDIT_RE.search(f)
        if cm and p.credit_code is None:
            p.credit_code = cm.group(1).upper()
            pp.spans["credit_code"] = (fs + cm.start(1), fs + cm.end(1))
            continue
        ph = _PHONE_RE.search(f) or _BARE_PHONE_RE.fullmatch(f) and _BARE_PHONE_RE.search(f)
        if ph and p.phone is None:
            p.phone = ph.group(1)
            pp.spans["phone"] = (fs + ph.start(1), fs + ph.end(1))
            continue
        a = _ADDR_RE.match(f)
        if a and _RELATIVE_PLACE.fullmatch(re.sub(r"\s", "", a.group("addr"))):
            continue  # "住我楼上": where the one sued lives said from the writer's door, no address
        if a and not _BIRTH_RE.fullmatch(f):
            if weak_address:
                p.address, weak_address = None, _drop_address(pp, weak_address)
            if _ADDR_NONE.fullmatch(re.sub(r"\s", "", a.group("addr"))):
                continue  # "现住址不详": no address, the one before stays
            label = f[:a.start("addr")]
            by = a.group("by") and a or _SHARED_TAIL.search(rest[:fs - base])
            if by and p.address is None:
                pp.shares = _SHARED_COUNT.get(by.group("n") or "", 10) - 1
            # "身份证住址…" split before 住址 by a field cue: the label's head is glued to the field before
            glued = re.search(r"(?:身份证(?:载明的?)?|户籍|现)$", rest[:fs - base])
            if glued and not re.match(r"[（(]", label):
                label = glued.group() + label
            addr, same_home = _squeeze(a.group("addr")), False
            # "住昆明市五华区（详址：云南省昆明市…502室）": the bracket gives the full address, the words before it its district
            detail = _DETAIL_ADDR.search(addr)
            lead = 0
            if detail and _ADDR_WORD.search(detail.group(1)):
                lead, addr = detail.start(1), detail.group(1)
            # "…鹤溪街道1号（现住浙江省丽水市…）": the parenthetical is a second address
            second = re.search(r"[（(]((?:现住|现居|实际居住|经常居住|经常居所|暂住|户籍|身份证)[^）)]*)[）)]$", addr)
            if second:
                addr = addr[:second.start()]
            else:
                addr, remark = _split_remark(addr)
                if remark and _SAME_PLACE_REMARK.search(remark):
                    # "（户口也在这）": the registered home is this same address, no field of its own
                    same_home, remark = bool(re.search(r"户口|户籍", remark)), ""
                    if not re.search(r"\s", f):
                        f, fe = f[:a.start("addr") + len(addr)], fs + a.start("addr") + len(addr)
                if remark:
                    # "…庐山南路88号（出生年月不详，电话…）": the bracket is a remark on other fields, read as one
                    fields.insert(i, (remark, fe - len(remark), fe))
                    if not re.search(r"\s", f):
                        f, fe = f[:a.start("addr") + len(addr)], fs + a.start("addr") + len(addr)
            # "…12栋501我真的…": the writer's story glued on by a joined line; a pronoun is never part of an address
            story = _STORY_AFTER_ADDR.search(addr)
            if story:
                addr = addr[:story.start()]
            # an address wrapped around a comma ("住福建省厦门市思明区，XX路1号") is rare; keep the field
            at = fs + a.start("addr") + (lead if not re.search(r"\s", f) else 0)
            if lead and not re.search(r"\s", f):
                fe = at + len(addr)  # the closing bracket after the detail is no part of it
            _add_address(pp, label, addr, (at, at + len(addr)) if not re.search(r"\s", f) else (at, fe))
            if same_home:
                _add_address(pp, "户籍地", addr, None)
            # 民法典 art. 25: a stated 经常居住地 is the 住所 and replaces an earlier (e.g. registered) address
            if "送达地址" in label:
                continue  # where papers are served is no 住所 (民诉法解释 art. 3): kept among the addresses only
            if p.address is None or former or (_HABITUAL.search(label) and not habitual):
                p.address, habitual, former = addr, bool(_HABITUAL.search(label)), bool(_FORMER.match(label))
                pp.spans["address"] = (at, fe)
            elif len(addr) > len(p.address) and addr.endswith(p.address) and not re.search(r"\s", f):
                # "住沈阳市…1号。户籍地辽宁省沈阳市…1号": the same place written again with its province, read in full
                p.address = addr
                pp.spans["address"] = (at, fe)
            if second:
                inner = _ADDR_RE.match(second.group(1))
                if inner and not _ADDR_NONE.fullmatch(inner.group("addr")):
                    _add_address(pp, second.group(1)[:inner.start("addr")], inner.group("addr"), None)
                    if _HABITUAL.search(second.group(1)) and not habitual:
                        p.address, habitual = inner.group("addr"), True
                        pp.spans.pop("address", None)
            continue
        r = _REP_FIELD_RE.match(f)
        if r:
            _set_rep(pp, r.group("name"), fs + r.start("name"))
            pending_rep_title = True
            continue
        fd = re.sub(r"(?<=\d) (?=\d)", "", f) if " " in f else f  # "1 9 7 9年6月1 2日" (OCR)
        b = _BIRTH_RE.fullmatch(fd) or (re.search(r"出生|生于|生人?$", fd) and _BIRTH_RE.search(fd))
        if b and p.birth_date is None:
            iso = _date_iso(b.group(1)) or _date_iso(b.group(1) + "日")  # "1971年9月5出生"
            if iso:
                p.birth_date = iso
                pp.spans["birth_date"] = (fs + b.start(1), fs + b.end(1))
                continue
        part = _PART_BIRTH_RE.fullmatch(fd)
        if part and p.birth_date is None:
            partial_birth = (part.group(1) + (f"-{int(part.group(2)):02d}" if part.group(2) else ""), fs + part.start(1),
                             fs + part.end(2 if part.group(2) else 1))
            continue
        if _SKIP_FIELD.search(f):
            continue
        if p.occupation is None and len(f) <= 30 and _OCC_WORDS.search(f) and not _FIRM_RE.search(f):
            occ = re.sub(r"^(?:职业|工作单位)[:：]", "", f)
            p.occupation = occ
            pp.spans["occupation"] = (fe - len(occ), fe)
            continue
        if p.address is None and re.match(r"^[\u4e00-\u9fa5]{2,}(?:省|自治区|市)[\u4e00-\u9fa5\d]", f) and len(f) >= 6:
            # an address without its 住 cue ("张三，男，……，福建省厦门市……", "…北佛村村民")
            addr = re.sub(r"(?<=[村组区镇乡屯])(?:村民|居民|人)$", "", f)
            span = (fs, fs + len(addr))
            addr = _squeeze(addr)  # a scan's gaps
            p.address = addr
            pp.spans["address"] = span
            weak_address = _add_address(pp, "", addr, span)
            continue
        unknown.append((f, fs, fe))
    if p.address is None and unknown:
        _address_from_ner(pp, unknown)
    # ID numbers also hide in running text ("身份证号码350…" without a comma before it)
    if p.id_number is None:
        m = _BARE_ID_RE.search(rest)
        if m and "信用代码" not in rest[max(0, m.start() - 12):m.start()]:
            p.id_number = _id_text(m.group(1))
            pp.spans["id_number"] = (base + m.start(1), base + m.end(1))
    # a birth written as a year or a year and month ("1970年生") is completed by the party's own ID number
    # where the two agree (GB 11643 digits 7-14 are the birth date); without an ID the date stays unknown
    if p.birth_date is None and partial_birth and p.id_number:
        info = validators.id_number_info(p.id_number) if not validators.check_id_number(p.id_number) else None
        if info and info["birth_date"].startswith(partial_birth[0]):
            p.birth_date = info["birth_date"]
            pp.spans["birth_date"] = partial_birth[1:]
        else:
            pp.birth_disputed = True


_REMARK_START = re.compile(r"(?:出生|生日|年龄|电话|手机|联系|公民身份|身份|证件|性别|民族|职业|不详|不明|无|系|另|其他|备注)")
# "…1506室（某网店经营者）", "…8号（某某超市业主）": what the person is, said of them, not of the address
# "…8号（房东）", "…3室（出租人）": what the person is to the writer, too; "…2单元（狗主人）": whose the animal is
_REMARK_CAPACITY = re.compile(r"(?:经营者|实际经营人|负责人|业主|店主|老板|股东|实际控制人|投资人|合伙人|法定代表人|雇员|员工|"
                              r"职工|驾驶人|驾驶员|车主|房东|房主|出租人|承租人|出租方|承租方|租客|租户|雇主|借款人|出借人|"
                              r"保证人|担保人|主人)$|网店|店铺")
_ADDR_WORD = re.compile(r"小区|栋|楼|号|室|单元|村|组|路|街|巷|弄|苑|园|大厦|广场|公寓|社区|花园|院")
# what else is at the same place ("…201（户口也在这）", "（户籍也在此处）"): it points back at the address, no
# postal part of it
_DETAIL_ADDR = re.compile(r"[（(](?:详址|详细地址|详细住址|具体地址|具体住址)[:：]?([^（()）]{4,80})[）)]$")
_SAME_PLACE_REMARK = re.compile(r"[也都还]在(?:这|此|那)(?:里|儿|处)?$")


_LIVED_SINCE = re.compile(r"(?:自|从)?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?"
                         r"(?:起|以来|开始|至今|迄今|到现在|至现在)(?:至今|居住|在此居住)?")
_STORY_AFTER_ADDR = re.compile(r"(?<=[\d号室栋幢楼层户组村])(?:我|本人)(?=[\u4e00-\u9fa5])")


def _split_remark(addr: str) -> tuple[str, str]:
    """An address and the bracketed remark written after it ("…88号（出生年月不详" with its bracket
    closed in a later field, or "…88号（电话不详）"): the remark is about other fields and no part of the
    address. A bracket holding an address's own words ("…1号（阳光小区）") stays."""
    m = re.search(r"[（(]([^（()）]*)([）)]?)$", addr)
    if not m or m.start() == 0:
        return addr, ""
    inner, closed = m.group(1), m.group(2)
    # (or told in the writer's own words, "（就是我租的那栋楼，…": a pronoun is never part of an address)
    remark = (_REMARK_START.match(inner) or re.search(r"不详|不明", inner) or _REMARK_CAPACITY.search(inner)
              or re.match(r"(?:就是|也就是|即是)", inner) or re.search(r"[我他她你]|自己", inner)
              # a clause on the place ending in 的, "（新租的）", "（房主住的地方）": what it is to someone, not where
              or (re.search(r"的(?:地方|房子|家)?$", inner) and not _ADDR_WORD.search(inner) and not re.search(r"\d", inner))
              # which door it is, to find it ("（一楼带院子的那家）", "（门口有棵槐树那户）"): a pointer, no postal part;
              # what the writer does not know of it ("（现在搬到哪里不清楚）", "（已搬走）"): said of the party
              or re.search(r"[那这](?:一)?(?:家|户|间|栋|幢|套|座|处)$", inner)
              or re.search(r"不清楚|不知道|不晓得|不确定|搬[走到去离了]", inner)
              or _SAME_PLACE_REMARK.search(inner)
              # since when the party has lived there ("（2021年至今）", "（自2019年3月起）"): a time, no place
              or _LIVED_SINCE.fullmatch(inner))
    if not remark and (closed or _ADDR_WORD.search(inner)):
        return addr, ""
    return addr[:m.start()], inner


def _address_from_ner(pp: ParsedParty, unknown: list[tuple[str, int, int]]) -> None:
    """An address written without any cue word: a field the NER model tags (almost) wholly as LOC.
    Only the first few fields of an entry are tried: a hostile entry with thousands of fields must not
    cost one model call each."""
    for f, fs, _fe in [u for u in unknown if 4 <= len(u[0]) <= 120][:6]:
        for span in _legal.ner_spans(f):
            if span.label in ("LOC", "ADDR", "ADDRESS") and span.end - span.start >= 0.8 * len(f):
                pp.party.address = span.text
                pp.spans["address"] = (fs + span.start, fs + span.end)
                _add_address(pp, "", span.text, pp.spans["address"])
                return


# an address that opens with its province, region or city ("山东省潍坊市…", "北京市…"), no label before it
_BARE_SEAT = re.compile(r"(?:(?:广西壮族|宁夏回族|新疆维吾尔|西藏|内蒙古)自治区|(?:(?!住|族)[\u4e00-\u9fa5]){2,8}(?:省|市))"
                        r"[\u4e00-\u9fa5\d]")
_ORG_SEAT = ("住所地", "住所地址", "住所", "主要经营场所", "营业场所", "经营场所", "主要办事机构所在地", "办公地址")


def address_kind(label: str) -> str:
    """The label an address was written under, normalised to one of the contract's kinds
    ('住所地（户籍所在地）：' -> 住所地, '户口所在地' -> 户籍地, '现居住地' -> 现住, '' -> 其他)."""
    label = re.sub(r"^[（(]|[\s:：]|(?:在|于|为)$", "", label)
    if _HABITUAL.search(label):
        return "经常居住地"
    if label.startswith("住所"):
        return "住所地"
    if "身份证" in label:
        return "身份证住址"
    if re.search(r"户籍|户口", label):
        return "户籍地"
    if re.search(r"注册地|登记地", label):
        return "注册地"
    if "主要办事机构" in label:
        return "主要办事机构所在地"
    if re.search(r"现住|现居|居住地", label):
        return "现住"
    if re.fullmatch(r"(?:均|都|现均)?(?:家)?住址?", label):
        return "住"
    return "其他"


def _add_address(pp: ParsedParty, label: str, text: str, span: tuple[int, int] | None) -> Address:
    """Record one address written for the party (Party.addresses, in document order)."""
    a = Address(kind=address_kind(label), text=text)
    if span:
        pp.spans[f"addresses[{len(pp.party.addresses)}].text"] = span
    pp.party.addresses.append(a)
    return a


def _drop_address(pp: ParsedParty, a: Address) -> None:
    """Remove a guessed (uncued) address once a cued one is found; later provenance keys shift down."""
    k = next(i for i, x in enumerate(pp.party.addresses) if x is a)
    del pp.party.addresses[k]
    n = len(pp.party.addresses)
    for i in range(k, n):
        sp = pp.spans.pop(f"addresses[{i + 1}].text", None)
        if sp:
            pp.spans[f"addresses[{i}].text"] = sp
        else:
            pp.spans.pop(f"addresses[{i}].text", None)
    pp.spans.pop(f"addresses[{n}].text", None)


def _set_rep(pp: ParsedParty, raw: str, at: int) -> None:
    # a table cell read one per line ("| 法定代表人 | 魏国栋 |"): the name stands on the next line
    lead = len(raw) - len(raw.lstrip(" \t\n:："))
    name, off = _clean_name(raw[lead:])
    off += lead
    if not name:
        return
    title = None
    t = re.match(r"^(.{2,4}?)(?:系|任|为)?(?:该公司|公司)?(" + "|".join(_REP_TITLES) + r")$", name)
    if t and len(name) > 4:
        name, title = t.group(1), t.group(2)
    pp.party.legal_representative = LegalRepresentative(name=name, title=title)
    pp.spans["legal_representative"] = (at + off, at + off + len(name))


def _rep(pp: ParsedParty, seg: str, base: int) -> None:
    _set_rep(pp, seg, base)
    if pp.party.legal_representative is None:
        return
    if pp.party.address is None:
        # "法定代表人：詹某 住所地：湖北省…": the organisation's seat written after its representative
        fields = _fields(seg, base)
        for k, (f, fs, fe) in enumerate(fields[1:4], 1):
            if _ADDR_LABEL_ONLY.match(f) and k + 1 < len(fields):
                # the seat's label and value in cells of their own ("| 住所地 | 天津市… |")
                label, (f, fs, fe) = f.rstrip(":："), fields[k + 1]
                if label in _ORG_SEAT and not _ADDR_NONE.fullmatch(f) and not _LABELLED.match(f):
                    pp.party.address = _squeeze(f)
                    pp.spans["address"] = (fs, fe)
                    _add_address(pp, label, pp.party.address, pp.spans["address"])
                    break
                continue
            a = _ADDR_RE.match(f)
            if a and a.group("kind") in _ORG_SEAT and not _ADDR_NONE.fullmatch(a.group("addr")):
                pp.party.address = _squeeze(a.group("addr"))
                pp.spans["address"] = (fs + a.start("addr"), fe)
                _add_address(pp, f[:a.start("addr")], pp.party.address, pp.spans["address"])
                break
    if pp.party.address is None:
        # a row of a party table ("| 原告 | 某银行支行 | 信用代码…；负责人：某某，行长 | 山东省…号 |"): the seat's column
        # follows the cell that names the representative, so the seat stands unlabelled right after the
        # representative's name and title (a representative's own home is written with its label, "住…")
        fields = _fields(seg, base)[1:3]
        if fields and _REP_TITLE_RE.match(fields[0][0]):
            fields = fields[1:]
        if fields and _BARE_SEAT.match(fields[0][0]) and _ADDR_WORD.search(fields[0][0]):
            f, fs, fe = fields[0]
            pp.party.address = _squeeze(f)
            pp.spans["address"] = (fs, fe)
            _add_address(pp, "", pp.party.address, pp.spans["address"])
    for f, fs, _fe in _fields(seg, base)[1:3]:
        lab = re.match(r"职务\s*[:：]\s*", f)  # "法定代表人：孙某 职务：总经理" (要素式 form)
        if lab:
            f, fs = f[lab.end():], fs + lab.end()
        t = _REP_TITLE_RE.match(f)
        if t:
            pp.party.legal_representative.title = t.group(1)
            pp.spans["legal_representative.title"] = (fs + t.start(1), fs + t.end(1))
            break
    pp.party.kind = "organization"
    pp.party.gender = pp.party.birth_date = pp.party.ethnicity = None


def _agents(pp: ParsedParty, role: str, seg: str, base: int) -> None:
    kind = {"委托代理人": "委托诉讼代理人", "诉讼代理人": "委托诉讼代理人", "指定辩护人": "辩护人",
            "指定代理人": "法定代理人"}.get(role, role)
    box = _HAS_BOX_RE.match(seg)
    if box:
        # 要素式 form: "委托诉讼代理人  有□ 无☑" (none), or "有☑ 无□" and then "姓名：…"
        if box.group(1) not in _TICKS:
            return
        seg, base = seg[box.end():], base + box.end()
        fm = _FORM_NAME_RE.match(seg)
        if fm:
            seg, base = seg[fm.start("name"):], base + fm.start("name")
    head = re.match(r"[^，,。；;\n（(]*", seg).group(0)
    names = [n.strip(" ：:") for n in head.split("、") if n.strip(" ：:")] if "、" in head else [head.strip(" ：:")]
    firm = title = None
    fm = _FIRM_RE.search(seg)
    if fm:
        firm = re.sub(r"^(?:均系|均为|系|是|为|均是)", "", fm.group(1))
    tm = _AGENT_TITLE_RE.search(seg[fm.end():] if fm else seg)
    if tm and (fm or re.search(r"(?:^|[，,])(?:系|是|为)?(?:专职|兼职|实习)?" + tm.group(1), seg)):
        title = tm.group(1)
    for name in names:
        if " " in name:
            name = name.split(" ")[0]
        if not name or len(name) > 12:
            continue
        at = seg.find(name)
        j = len(pp.party.agents)
        pp.party.agents.append(Agent(name=name, type=kind, firm=firm, title=title))
        pp.spans[f"agents[{j}]"] = (base + at, base + at + len(name))


# ------------------------------------------------------------------ parties named only in the body

_MENTION_RE = re.compile(
    r"(?P<role>上诉人|被上诉人|原审原告|原审被告|原告|被告人|被告|第三人|申请人|被申请人)(?:系|为)?(?![）)])"
    r"(?P<name>[\u4e00-\u9fa5（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|银行[\u4e00-\u9fa5]{0,12}?支行|银行)"
    r"|" + _MASKED_NAME + r")"
)


# a paper's sentence naming its case ("在原告罗某某诉被告周某某民间借贷纠纷一案中"): the names between the role words
# and the cause's official name
_CASE_SENTENCE = re.compile(r"(?P<r1>原告|上诉人|申请人)(?P<n1>[\u4e00-\u9fa5·]{2,5}?)(?:诉|与)(?P<r2>被告|被上诉人|被申请人)"
                            r"(?P<rest>[\u4e00-\u9fa5·、，,（）()]{4,40}?(?:纠纷|争议))一案")


def _case_sentence_people(norm: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """(role, name, offset) of the two persons a case sentence names, where the second name ends where an official
    cause begins."""
    from courtdoc.legal.causes import canonical_cause

    out = []
    for m in _CASE_SENTENCE.finditer(norm, start, end):
        rest = m.group("rest")
        cut = next((k for k in (2, 3, 4) if canonical_cause(rest[k:])), None)
        if cut is None:
            continue
        out.append((m.group("r1"), m.group("n1"), m.start("n1")))
        out.append((m.group("r2"), rest[:cut], m.start("rest")))
    return out


def parse_mentions(norm: str, start: int, end: int) -> list[ParsedParty]:
    """Parties of a text without a party block (fact sections): '原告曹0与被告张x1…'."""
    found: dict[tuple[str, str], ParsedParty] = {}
    people = [(role, name, at) for role, name, at in _case_sentence_people(norm, start, end)
              if not _is_org(name, "") and plausible_name(name, "person")]
    for role, name, at in people:
        if not any(k[1] == name for k in found):
            pp = ParsedParty(Party(role=role, name=name, kind="person"))
            pp.spans["name"] = (at, at + len(name))
            found[(role, name)] = pp
    pos = start
    while (m := _MENTION_RE.search(norm, pos, end)) is not None:
        pos = m.end()
        role, name = m.group("role"), m.group("name")
        if not plausible_name(name, "organization" if _is_org(name, "") else "person"):
            # "原告与被告某公司", "被告严峰是某公司…": a sentence, not a name; a role word inside it may start the
            # mention ("原告某某与被告某某有限公司…")
            pos = m.start("name")
            continue
        key = (role, name)
        if any(k[1] == name for k in found) or key in found:
            continue
        pp = ParsedParty(Party(role=role, name=name, kind="organization" if _is_org(name, "") else "person"))
        pp.spans["name"] = (m.start("name"), m.end("name"))
        pp.spans["role"] = (m.start("role"), m.end("role"))
        found[key] = pp
    return list(found.values())
