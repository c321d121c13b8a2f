"""Rule-based intent detection. The rules only decide what kind of question this is; which knowledge
entry answers it is decided by retrieval, and low retrieval confidence leads to a hand-off."""

from __future__ import annotations

import re

# Questions that ask for a prediction of the outcome of their own case: never answered by the robot.
PREDICTION = re.compile(
    r"能不能(打)?赢|能(打)?赢吗|会不会(打)?赢|会(打)?赢吗|赢(的|面)?(可能|概率|把握|几率|机会)|胜诉(率|的?可能|的?概率|的?把握|几率)"
    r"|胜算|能不能胜诉|会不会输|会输吗|输的(可能|概率)|稳赢|必赢|有没有(希望|胜算)|有(希望|胜算)吗"
    r"|能判多少|会判多少|判多少钱|判几年|判多久|会不会坐牢|会坐牢吗|坐几年|要坐牢|会不会判刑|判刑吗|判缓刑|会不会被判"
    r"|能(拿|要|获赔|赔)(到|回)?多少|能赔多少|会赔多少|赔多少钱|判.{0,4}赔多少|法官会(怎么|如何)?判|法院会(怎么|如何)?判|会怎么判"
    r"|判决结果会|结果会(是|怎样|怎么样)|能不能判离|会判离吗|能判离|判离吗|(法官|法院)会(不会)?支持|支持我的(诉讼)?请求吗|能离(婚)?吗|孩子会判给|抚养权会判给|归谁"
    r"|(帮我|给我)(分析|评估|看看|判断).{0,8}(案子|官司|案件|情况)|我(这|的)(种)?情况(能|会)")
HUMAN = re.compile(r"转人工|人工(客服|窗口|服务|坐席)|找(个)?(真人|工作人员|人工)|真人(客服)?|(让|请|叫)(个)?工作人员|机器人.{0,4}(听不懂|不懂|没用)")
CASE_STATUS = re.compile(
    r"(案子|案件|官司).{0,8}(进度|进展|到哪|哪一步|什么阶段|状态|怎么样了|审到|判了没|判下来没|结了没|结案了?没|立上了?没|立案了?没|有结果|排期)"
    r"|(查|查询|查一下|查查).{0,4}(案件|案子|官司)(进度|进展|状态|情况)?|案件查询|开庭(时间|日期)是|什么时候开庭|哪天开庭")
FEE_WORDS = re.compile(r"诉讼费|受理费|诉松费|诉讼费用|立案费|案件费|打官司.{0,6}(多少钱|费用|花多少|收多少|钱)|官司.{0,10}(多少钱|花多少|收多少)|起诉.{0,6}(多少钱|费用|收多少|花多少)|告.{0,6}要(交)?多少钱")
FEE_FAQ = re.compile(r"除了|其他费用|别的费用|哪些(钱|费)|还要(交|花)哪些|再交|减免|缓交|免交|减交|减面|退|谁(出|承担|付|负担|掏)|负担|交不起|没钱|困难|怎么交|在哪交|哪里交|去哪|什么时候交|几天内|期限|逾期|用什么|微信"
                     r"|执行费|申请费|保全|支付令|上诉费|二审|再审|标准|怎么算|怎么计算|怎么收|按什么|算出来|不需要交|不交|异议")
# Case categories with their own fee rules: without an amount the FAQ entry (ranges) answers them.
FEE_CATEGORY = re.compile(r"离婚|名誉|人格|肖像|劳动|工资|行政|知识产权|商标|专利|著作权")
FEE_ASK = re.compile(r"多少|几[块钱千百万]|算一下|算算|帮我算|计算|要交|得交|要花")
DEADLINE_CALC = re.compile(r"哪天|哪一天|几号|几月几|截止|最后一天|最晚.{0,4}(哪天|几号|什么时候)|到什么时候|什么时候(到期|截止|过期|满)|还来得及|来得及吗|还能(不能)?(上诉|答辩|起诉|申请|告)"
                           r"|(过|超)了(没|吗|么)|过期了?(没|吗)|超过.{0,4}(了吗|没有)|算一下|帮我算|有没有过")
LAW_WORDS = re.compile(r"法律(怎么|如何|是怎么|有什么|有没有)?规定|法条|哪条法律|哪一条|什么法律|法律依据|依据是什么|(法|法典|条例|解释|办法)第[一二三四五六七八九十百千零\d]+条|怎么规定|条文")
ARTICLE_REF = re.compile(r"(民法典|民事诉讼法|民诉法|刑法|劳动合同法|劳动法|消费者权益保护法|道路交通安全法|法律援助法|公司法|合同法)第([一二三四五六七八九十百千零\d]+)条")
# Vocabulary of the court-services domain; questions with none of it and a weak match are out of scope.
DOMAIN = re.compile(
    r"法院|法官|法庭|起诉|起述|诉讼|诉状|案|官司|判决|裁定|判|上诉|上述|执行|执性|立案|律师|证据|证剧|调解|调节|仲裁|赔|欠|借|还钱|离婚|离昏|合同|纠纷"
    r"|费|时效|期限|期间|送达|传票|开庭|答辩|答变|被告|原告|当事人|法律|法条|规定|援助|援主|管辖|保全|鉴定|证人|公证|12368|诉讼服务|窗口|大厅|自助|老赖|失信|限高|撤诉"
    r"|工资|劳动|欠薪|公告|协议|股权|庭审|旁听|口述|状子|单位|开除|辞退|公司|房|租|工伤|保险|债|遗嘱|婚|物业|邻居|违约|定金|押金|复议|再审|申诉|支付令|抵押|继承|遗产|抚养|赡养|侵权|事故|车祸|告他|告人|告公司|打官司|冻结|查封|扣押|拍卖|财产|转移|催收|催款|欠款|赖账|传唤|作证|(?<![报广公预警劝忠宣通])告(?!诉|知)|法")
OFF_TOPIC = re.compile(r"写.{0,3}(诗|歌|作文|文章)|笑话|天气|股票|彩票|菜谱|做饭|游戏|电影|旅游|减肥")
SMALL_TALK = re.compile(r"^(你好|您好|hi|hello|在吗|谢谢|多谢|好的|再见|拜拜)[!！。.？?]*$", re.I)


def is_prediction(text: str) -> bool:
    return bool(PREDICTION.search(text))


def wants_human(text: str) -> bool:
    return bool(HUMAN.search(text))


def is_case_status(text: str) -> bool:
    return bool(CASE_STATUS.search(text))


def is_fee_calc(text: str, has_amount: bool) -> bool:
    if not FEE_WORDS.search(text) or FEE_FAQ.search(text):
        return False
    if FEE_CATEGORY.search(text) and not has_amount:
        return False
    return has_amount or bool(FEE_ASK.search(text))


def is_deadline_calc(text: str, has_date: bool) -> bool:
    return bool(DEADLINE_CALC.search(text)) or has_date


def asks_law(text: str) -> bool:
    return bool(LAW_WORDS.search(text))


def in_domain(text: str) -> bool:
    return bool(DOMAIN.search(text))
