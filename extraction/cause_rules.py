"""Cause of action (案由) from cue words: what a complaint asks for and the relationship it describes.

`infer_cause(claims, facts, party_names) -> Cue | None` scores every rule below on the claims (weighted
three times: the claims name what is asked for) and on the facts, plus cues from the parties' names (a
bank lends, a 物业 company serves). Every rule names an official 2020 案由 (民事案件案由规定, checked by
tests against legal/data/civil_causes.json), as specific as the cue allows (the 2020 notice: the
fourth level where one fits, else the third).

Rules are legal knowledge written by hand, ordered most specific first; a rule's weight says how
decisive its words are (交通事故 decides a case, 购买 only hints at one). A result is `strong` when a
claim or a decisive word carries it; extraction trusts strong cues over the statistical classifier and
weak ones only where the classifier is unsure.

Labour claims often join several sub-causes (wages + severance + social insurance); the answer is then
their nearest common ancestor in the official list (追索劳动报酬 + 经济补偿金 → 劳动合同纠纷, + 社会保险 →
劳动争议), as the notice prescribes for one dispute over several legal relationships.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Cue", "infer_cause", "RULES"]


class Cue(NamedTuple):
    cause: str
    score: int
    in_claims: bool
    strong: bool


# (official cause, pattern, weight). Weight >= 2 marks decisive words (a strong cue even in the facts).
_R = [
    # --- torts
    ("机动车交通事故责任纠纷", r"交通事故|交强险|交警.{0,8}认定|驾驶.{0,20}(?:相撞|碰撞|撞伤|撞倒|追尾|刮擦|撞到)|肇事|将原告撞", 4),
    ("医疗损害责任纠纷", r"医疗损害|医疗事故|诊疗过错|医疗过错|误诊|(?:手术|治疗).{0,12}(?:过错|失误|不当)", 4),
    # an animal someone keeps biting or attacking a person (民法典 1245), however the animal is described
    # (饲养的未拴绳的金毛犬将原告左小腿咬伤)
    ("饲养动物损害责任纠纷", r"饲养的.{0,8}(?:狗|犬|猫|牛|马|羊|动物)|(?:狗|犬|宠物).{0,10}(?:咬|扑倒|撞倒|抓伤)"
                        r"|被.{0,6}(?:狗|犬).{0,3}咬|犬伤|狂犬疫苗", 4),
    ("物件脱落、坠落损害责任纠纷", r"(?:瓷砖|外墙|广告牌|招牌|空调外机|玻璃|墙皮|树枝|窗框|窗户|阳台|雨棚|屋檐|花盆).{0,6}(?:脱落|坠落|掉落)"
                          r"|(?:脱落|坠落|掉落).{0,6}砸", 4),
    ("高空抛物、坠物损害责任纠纷", r"高空抛|抛掷物|从楼上.{0,6}(?:扔|抛)", 4),
    ("触电人身损害责任纠纷", r"触电|电击", 4),
    ("地面施工、地下设施损害责任纠纷", r"窨井|井盖|下水道井|地面施工|施工.{0,6}(?:坑|沟槽)未.{0,6}(?:设置|采取)", 4),
    ("公共道路妨碍通行损害责任纠纷", r"(?:道路|路面|公路)上.{0,10}(?:堆放|倾倒|遗撒|散落|晾晒)|路障|妨碍通行", 5),
    ("提供劳务者受害责任纠纷", r"受雇于|雇佣.{0,20}受伤|(?:干活|作业|施工|务工)(?:时|中|过程中).{0,12}(?:摔|坠|砸|受伤|致伤)", 3),
    ("义务帮工人受害责任纠纷", r"帮工", 4),
    ("违反安全保障义务责任纠纷", r"安全保障义务|游乐|(?:商场|超市|酒店|饭店|餐厅|泳池|游泳|景区).{0,20}(?:摔倒|滑倒|跌倒|受伤)|(?:摔倒|滑倒|跌倒)", 3),
    # a defective product that harms someone (民法典 1202-1203): the defect, or the product catching fire or
    # bursting and hurting its user
    ("产品责任纠纷", r"产品缺陷|产品质量.{0,10}(?:致|造成).{0,6}(?:伤|损害)|(?:爆炸|自燃).{0,12}(?:受伤|损失)"
                r"|(?:产品|商品).{0,6}(?:存在|有).{0,6}缺陷|(?:设计|制造|警示(?:说明)?)缺陷"
                r"|(?:起火|爆炸|自燃|爆裂).{0,8}(?:致|造成|导致).{0,10}(?:烧伤|烫伤|炸伤|受伤)", 3),
    ("名誉权纠纷", r"名誉|诽谤|侮辱|造谣|诋毁", 4),
    ("肖像权纠纷", r"肖像", 4),
    ("隐私权纠纷", r"隐私", 3),
    # --- intellectual property and securities (the right infringed names the cause)
    ("侵害实用新型专利权纠纷", r"实用新型", 5),
    ("侵害外观设计专利权纠纷", r"外观设计专利", 5),
    ("侵害发明专利权纠纷", r"发明专利", 5),
    ("侵害计算机软件著作权纠纷", r"计算机软件|软件著作权", 5),
    ("侵害录音录像制作者权纠纷", r"录音录像制作者|音像制品|(?:MTV|卡拉OK|KTV).{0,30}(?:著作|作品|曲目|版权|侵权)"
                    r"|(?:著作|作品|曲目|版权).{0,30}(?:MTV|卡拉OK|KTV)", 5),
    # (an insured's 虚假陈述 at underwriting is no securities case)
    ("证券虚假陈述责任纠纷", r"证券虚假陈述|虚假陈述.{0,20}(?:证券|股票|股价|上市公司|投资者)"
                       r"|(?:证券|股票|上市公司|投资者).{0,20}虚假陈述", 5),
    ("个人信息保护纠纷", r"个人信息", 3),
    ("生命权、身体权、健康权纠纷", r"殴打|打伤|打成|拳打|脚踢|推倒|轻伤|轻微伤|人身损害赔偿", 3),
    # --- family and succession
    ("离婚后财产纠纷", r"离婚后.{0,20}(?:财产|分割)|离婚时.{0,10}(?:未|没有)(?:分割|处理)|隐藏.{0,6}夫妻共同财产", 5),
    ("婚约财产纠纷", r"彩礼|婚约", 4),
    ("变更抚养关系纠纷", r"变更.{0,8}抚养|改由原告.{0,4}抚养|抚养权.{0,6}变更", 5),
    ("离婚纠纷", r"(?:判令|判决|准予|请求).{0,10}离婚|解除婚姻关系|感情(?:确已|已经|完全)?破裂|(?:原告|原、被告|双方)离婚", 4),
    ("探望权纠纷", r"探望", 4),
    # property bought or shared while living together unmarried (分割同居期间购买的车辆)
    ("同居关系析产纠纷", r"同居.{0,30}(?:财产|析产|分割)|分割.{0,12}同居|同居期间.{0,20}(?:共同|出资|购买|购置)", 4),
    ("抚养费纠纷", r"抚养费|抚育费", 3),
    ("变更赡养关系纠纷", r"变更.{0,6}赡养", 5),
    # between spouses or siblings; 扶养子女 is a common slip for 抚养
    ("扶养纠纷", r"扶养费|扶养义务|(?:夫妻|配偶|丈夫|妻子|兄|弟|姐|妹).{0,10}扶养", 5),
    ("赡养纠纷", r"赡养", 4),
    ("遗嘱继承纠纷", r"遗嘱", 4),
    ("法定继承纠纷", r"继承|遗产|遗留|遗有|去世后.{0,10}(?:房屋|财产|存款)", 3),
    ("分家析产纠纷", r"分家析产|分家", 4),
    ("共有物分割纠纷", r"共有物分割|分割.{0,6}共有|共同共有.{0,10}分割", 4),
    ("同居关系纠纷", r"同居", 3),
    # --- property
    ("物业服务合同纠纷", r"物业费|物业服务|物业管理费|物业公司", 4),
    ("排除妨害纠纷", r"排除妨害|排除妨碍|停止侵害.{0,10}(?:占用|通行)", 4),
    # removing what someone built or piled to obstruct a property or a passage (民法典 236); weaker than the
    # words above, so a lease (腾退, 租金) that also asks removal stays a lease
    ("排除妨害纠纷", r"拆除.{0,30}?(?:搭建|堆放|堆砌|修建|建造|设置)的|恢复.{0,8}(?:通道|通行|道路).{0,4}畅通", 3),
    ("返还原物纠纷", r"返还原物", 4),
    ("相邻关系纠纷", r"相邻|采光|日照|通风", 3),
    ("所有权确认纠纷", r"确认.{0,20}(?:所有权|归原告所有|属原告所有)", 4),
    # --- contracts
    ("信用卡纠纷", r"信用卡|透支", 5),
    ("储蓄存款合同纠纷", r"盗刷|储蓄存款|存款被|借记卡", 5),
    ("金融借款合同纠纷", r"金融借款|贷款合同|借款合同.{0,20}银行|银行.{0,20}借款合同|住房贷款|按揭|发放贷款|经营贷|消费贷|罚息|复利", 4),
    ("民间借贷纠纷", r"借款|借条|借据|欠条|出借|借贷|借到|借给|借走", 3),
    ("追偿权纠纷", r"追偿|代偿|代为偿还|代其偿还", 3),
    ("保证合同纠纷", r"保证合同|连带保证责任|保证责任", 1),
    ("保证保险合同纠纷", r"保证保险", 10),
    ("融资租赁合同纠纷", r"融资租赁", 5),
    ("保理合同纠纷", r"保理", 5),
    ("保险人代位求偿权纠纷", r"代位求偿|代位追偿|赔付后.{0,12}(?:追偿|代位)|投保于原告|原告.{0,6}(?:赔付|理赔)后", 5),
    ("意外伤害保险合同纠纷", r"意外伤害(?:保)?险", 4),
    ("人寿保险合同纠纷", r"人寿保险|寿险", 4),
    ("人身保险合同纠纷", r"重大疾病(?:保)?险|重疾险|保险金", 3),
    ("财产保险合同纠纷", r"车损险|财产(?:损失)?保险|企业财产险|家庭财产险", 4),
    ("商品房预售合同纠纷", r"预售|逾期交房|延期交房|交房|期房", 4),
    ("商品房销售合同纠纷", r"商品房|开发商|网签", 3),
    ("农村房屋买卖合同纠纷", r"农村房屋|宅基地.{0,10}房屋.{0,10}(?:买卖|转让|出售)", 5),
    # (存量房 is the official word for a resale home; buying the defendant's flat is a house sale)
    ("房屋买卖合同纠纷", r"房屋买卖|购房款|二手房|存量房|(?:房屋|房产).{0,6}过户|买卖.{0,6}房屋"
                     r"|(?:购买被告|购买其|向被告.{0,6}购买).{0,30}?(?:房屋|房产|住房|住宅|商铺|套房)", 4),
    ("车辆租赁合同纠纷", r"租车|车辆租赁|汽车租赁", 5),
    ("土地租赁合同纠纷", r"土地租赁|租赁.{0,6}土地|土地.{0,6}租金", 5),
    ("建筑设备租赁合同纠纷", r"(?:脚手架|钢管|扣件|塔吊|塔式起重机|建筑设备|钢模板?).{0,12}(?:租赁|租金|出租|租用)"
                        r"|(?:租赁|租用|出租).{0,12}(?:脚手架|钢管|扣件|塔吊|塔式起重机|建筑设备)", 5),
    ("房屋租赁合同纠纷", r"租金|房租|承租|出租|租赁|腾退|腾空", 3),
    ("林业承包合同纠纷", r"林业承包|(?:承包|发包).{0,10}(?:林地|山林|林场)|(?:林地|山林|林场).{0,10}(?:承包|发包)", 5),
    ("渔业承包合同纠纷", r"渔业承包|(?:承包|发包).{0,10}(?:鱼塘|水库|水面)|(?:鱼塘|水库|水面).{0,10}(?:承包|发包)", 5),
    ("土地承包经营权转让合同纠纷", r"(?:土地承包经营权|承包地|承包土地).{0,10}转让|转让.{0,10}(?:土地承包经营权|承包地)", 5),
    ("土地承包经营权合同纠纷", r"土地承包|承包费|承包地|发包", 4),
    ("装饰装修合同纠纷", r"装修|装饰工程|装饰装修", 4),
    # a contract for supervision, not the 监理单位 every building case mentions
    ("建设工程监理合同纠纷", r"监理合同|监理费|监理服务费|委托.{0,10}(?:工程)?监理", 5),
    # the plaintiff as subcontractor (分包给原告, 分包款; 民法典 791); a subcontract to someone else that a
    # worker's injury or wage suit recounts is not it
    ("建设工程分包合同纠纷", r"分包合同|分包协议|分包款|分包工程款|分包给原告|向原告分包", 4),
    ("建设工程施工合同纠纷", r"工程款|建设工程|施工合同|承建|工程结算|工程价款|竣工", 3),
    ("承揽合同纠纷", r"承揽|加工费|加工合同|定作", 3),
    ("公路货物运输合同纠纷", r"(?:货车|挂车|卡车|公路).{0,30}(?:运输|承运|托运|运送)|(?:运输|承运|托运|运送).{0,30}(?:货车|挂车|卡车)", 3),
    ("运输合同纠纷", r"运输|托运|运费|承运|物流", 3),
    ("中介合同纠纷", r"中介|居间", 4),
    ("特许经营合同纠纷", r"特许经营|加盟", 5),
    ("种植、养殖回收合同纠纷", r"(?:种植|养殖|种苗|鸡苗|鸭苗|猪苗|种子).{0,24}回收|回收.{0,6}(?:成鸡|成鸭|生猪|农产品)", 5),
    ("保管合同纠纷", r"保管费|保管合同|保管义务|交(?:给|由).{0,10}保管|车棚|存车|寄存"
                r"|(?:停车场|车库).{0,30}(?:丢失|被盗|失窃)|(?:丢失|被盗|失窃).{0,30}(?:停车场|车库)", 4),
    # (车辆修理费 is a damage item of every road accident: not a cue)
    ("修理合同纠纷", r"修理合同|维修合同|送修|(?:交给|交由|委托).{0,10}(?:修理|维修)", 4),
    # the contract itself; sharing out 拆迁款 among heirs or co-owners is succession or partition
    ("民事主体间房屋拆迁补偿合同纠纷", r"拆迁(?:安置)?补偿(?:安置)?(?:协议|合同)|安置补偿(?:协议|合同)", 5),
    ("委托合同纠纷", r"委托合同|代理合同|委托代理协议", 3),
    ("委托创作合同纠纷", r"委托创作|稿酬|稿费", 5),
    ("信息网络买卖合同纠纷", r"网购|网店|网络购物|电商平台|淘宝|京东|拼多多|直播间", 4),
    # (折价款 is what a co-owner pays for the other's share in a partition, not a price)
    ("买卖合同纠纷", r"货款|购货|买卖合同|购销|采购|供货|赊购|[车机具材料]款|(?<!折)价款|订货|预付款", 3),
    ("买卖合同纠纷", r"购买|退货|出售|销售", 2),
    ("教育培训合同纠纷", r"培训|课程|课时|学费", 3),
    ("旅游合同纠纷", r"旅游|旅行社|团费|地接", 4),
    ("餐饮服务合同纠纷", r"宴席|酒席|婚宴|餐饮", 4),
    ("快递服务合同纠纷", r"快递|快件", 4),
    ("电信服务合同纠纷", r"话费|电信服务|宽带", 4),
    ("家政服务合同纠纷", r"家政|保姆|月嫂|育儿嫂", 3),
    ("服务合同纠纷", r"服务合同|服务协议|服务费", 2),
    ("服务合同纠纷", r"储值卡|预付卡|会员卡|充值卡|预付费", 3),
    ("供用热力合同纠纷", r"供暖|采暖|暖气|热费|供热", 5),
    ("供用电合同纠纷", r"电费|供电", 4),
    ("供用水合同纠纷", r"水费|供水", 4),
    ("供用气合同纠纷", r"燃气费|天然气费|供气", 4),
    ("劳务合同纠纷", r"劳务费|劳务报酬|劳务合同|工钱", 3),
    ("合伙合同纠纷", r"合伙", 3),
    ("股权转让纠纷", r"股权转让", 5),
    ("股东知情权纠纷", r"(?:查阅|复制).{0,12}(?:会计账簿|财务会计报告|账簿)", 5),
    ("不当得利纠纷", r"不当得利|误转|转错|错转|错汇|无合法依据.{0,6}取得", 4),
    ("赠与合同纠纷", r"赠与|赠予", 3),
    ("借用合同纠纷", r"借用", 2),
    ("债权转让合同纠纷", r"债权转让", 3),
    ("确认合同无效纠纷", r"确认.{0,24}(?:合同|协议).{0,4}无效", 5),
    ("债权人代位权纠纷", r"代位权", 5),
    # the suit itself (停止/不得/排除 执行), not a past objection a judgment recounts
    ("案外人执行异议之诉", r"执行异议之诉|(?:停止|不得|排除).{0,30}(?:强制)?执行", 5),
    ("别除权纠纷", r"别除权", 5),
    ("破产债权确认纠纷", r"破产债权|确认.{0,20}债权.{0,10}(?:破产|管理人)|(?:破产|管理人).{0,30}确认.{0,10}债权", 4),
    # --- labour (several at once → their common ancestor, see _LABOUR)
    ("竞业限制纠纷", r"竞业限制", 5),
    ("确认劳动关系纠纷", r"确认.{0,16}劳动关系", 5),
    ("工伤保险待遇纠纷", r"工伤", 4),
    ("劳务派遣合同纠纷", r"劳务派遣", 4),
    ("社会保险纠纷", r"社会保险|社保|养老保险|失业保险", 3),
    # (a heating company's 取暖费 is no labour case)
    ("福利待遇纠纷", r"福利待遇|福利费|住房补贴|防暑降温费", 4),
    ("经济补偿金纠纷", r"经济补偿", 4),
    ("劳动合同纠纷", r"劳动合同|违法解除|二倍工资|双倍工资|入职", 3),
    # (pay for annual leave not taken, 职工带薪年休假条例 art. 5, is a compensation, not remuneration for work
    # done: it joins another claim without naming the case; with nothing else it stays below)
    ("追索劳动报酬纠纷", r"(?<!年休假)(?<!年假)工资|劳动报酬|绩效|加班费|薪酬|提成", 3),
    ("追索劳动报酬纠纷", r"年休假|年假工资", 2),
]
RULES: list[tuple[str, re.Pattern, int]] = [(c, re.compile(p), w) for c, p, w in _R]
_LABOUR = {"福利待遇纠纷", "竞业限制纠纷", "确认劳动关系纠纷", "工伤保险待遇纠纷", "劳务派遣合同纠纷", "社会保险纠纷", "经济补偿金纠纷",
           "劳动合同纠纷", "追索劳动报酬纠纷"}

# Phrases that contain cue words without being about the cause: interest-rate boilerplate (贷款, 银行),
# heirs' liability for a debtor's estate, costs and the court's own wording.
_NOISE = re.compile(
    r"(?:全国银行间同业拆借中心公布的)?(?:一年期)?贷款市场报价利率|(?:中国人民)?银行同期(?:同类|同档次)?(?:贷款)?(?:利率|基准利率)?"
    r"|同期(?:同类|同档次)?(?:银行)?贷款(?:基准)?利率|LPR|在(?:其)?(?:所)?继承(?:的)?(?:被继承人)?(?:遗产)?(?:实际价值)?(?:的)?范围内"
    r"|诉讼费用?|受理费|保全费|律师费|交通费|误工费")
# Causes built on another relationship that the text also describes (the insurer who paid for a
# traffic accident, the guarantor who repaid a loan): when cued they are the dispute.
_DOMINANT = {"保险人代位求偿权纠纷", "追偿权纠纷", "离婚后财产纠纷", "确认合同无效纠纷", "信用卡纠纷", "保证保险合同纠纷",
             "案外人执行异议之诉", "别除权纠纷", "被继承人债务清偿纠纷"}
_DIVORCED = re.compile(r"调解离婚|判决离婚|协议离婚|离婚后|已离婚|离婚登记|解除婚姻关系后|离婚时")
# asking for a divorce (not telling of a past one: 经法院判决离婚, 协议离婚)
_DIVORCE_CLAIM = re.compile(r"(?:要求|请求|诉请|诉至.{0,8}要求|起诉|判令|准予|准许|判原|判决原|判决准予)"
                            r"(?:原、被告|原告与被告|双方|与被告|我与被告|二人|我们)?.{0,3}离婚|解除.{0,4}婚姻关系")
# rules whose words are generic for a family of causes (the family's name): a cued specific member wins
_SEVERANCE = re.compile(r"解除(?:劳动合同|劳动关系)的?经济补偿")
_CONTRACT_CLAIM = re.compile(r"劳动合同|违法解除|二倍工资|双倍工资")
_GENERIC = {"房屋租赁合同纠纷": "租赁合同纠纷", "运输合同纠纷": "运输合同纠纷", "买卖合同纠纷": "买卖合同纠纷",
            "建设工程施工合同纠纷": "建设工程合同纠纷", "土地承包经营权合同纠纷": "土地承包经营权合同纠纷",
            "服务合同纠纷": "服务合同纠纷", "人身保险合同纠纷": "人身保险合同纠纷", "同居关系纠纷": "同居关系纠纷"}
# generic sale words (买卖合同, 购买, 价款) also fill a house sale, a separate family in the official list:
# a cued house sale (or its sub-cause) names the case
_SALE_OF = {"买卖合同纠纷": "房屋买卖合同纠纷"}
# an object falling from a building (民法典 1253-1254): the manager (物业) or the safety duty it owes is who is
# sued, not the dispute, when the object struck (砸); a fee claim (物业费) stays a service-contract case, and a
# shopper tripping on a loose floor tile is the shop's safety duty
_BUILDING_TORTS = ("物件脱落、坠落损害责任纠纷", "高空抛物、坠物损害责任纠纷")
_STRUCK = re.compile(r"砸")
_BUILDING_MANAGER = ("物业服务合同纠纷", "违反安全保障义务责任纠纷")
_DAMAGES = re.compile(r"赔偿|损失")
_SERVICE_FEE = re.compile(r"物业费|物业服务费|物业管理费")
_DECEASED = re.compile(r"(?:去世|死亡|病故|身故|病逝)")
_HEIRS = re.compile(r"继承人|(?:继承|所得)(?:的)?遗产.{0,10}(?:范围|价值)|遗产.{0,10}(?:清偿|偿还)")
_DEBT = re.compile(r"借款|欠款|欠条|借条|债务|货款|欠.{0,6}元")
# heirs asking for their own share, not a creditor asking for the debt
_REPAY = re.compile(r"偿还|归还|清偿|返还|支付.{0,8}(?:借款|欠款|货款|本金|款项)")
# a will the claims rely on (not "未留遗嘱" / "遗嘱无效"): the estate passes by the will, 民法典 1123
_WILL_CLAIM = re.compile(r"(?<!未留)(?<!没有)(?<!未立)(?<!没立)(?<!无)(?<!下)遗嘱(?!无效|不成立|不生效)")
_NON_MOTOR = re.compile(r"自行车|单车|脚踏三轮")
_MOTOR = re.compile(r"机动车|汽车|轿车|货车|客车|卡车|摩托|交强险|驾驶证|车牌|号牌|挂车|拖拉机")
_GUARANTY_CLAIM = re.compile(r"承担(?:连带)?保证责任")
_DEBTOR_CLAIM = re.compile(r"(?:偿还|归还|返还|支付|给付).{0,8}?(?:借款|本金|货款|欠款|款项|租金|工程款|价款|本息|费)")
_SUCCESSION_CLAIM = re.compile(r"(?:依法)?(?:继承|分割).{0,10}(?:遗产|房屋|房产|份额)")
_CUSTODY = re.compile(r"抚养权|随.{0,8}生活|由.{0,8}抚养|直接抚养")
_BANK = re.compile(r"银行|信用(?:合作)?社|小额贷款|消费金融|信托|金融(?:服务)?(?:股份)?有限")
# injury damages claimed from a transport company or an insurer: almost always a road accident
_INJURY = re.compile(r"医疗费|误工费|护理费|残疾赔偿金|死亡赔偿金|丧葬费|伤残")
_VEHICLE_PARTY = re.compile(r"汽车运输|客运|公交|出租(?:汽)?车|物流|货运|保险")
_PARTY_CUES = [
    ("旅游合同纠纷", re.compile(r"旅行社|旅游")),
    ("物业服务合同纠纷", re.compile(r"物业")),
    ("供用热力合同纠纷", re.compile(r"热力|供热|供暖")),
    ("供用电合同纠纷", re.compile(r"供电")),
    ("医疗损害责任纠纷", re.compile(r"医院|卫生院")),
]


@lru_cache(maxsize=256)
def _path(cause: str) -> tuple[str, ...]:
    try:
        from courtdoc.legal.causes import cause_info
    except ImportError:
        return (cause,)
    info = cause_info(cause)
    return tuple(info["path"]) if info else (cause,)


def _common_ancestor(causes: list[str]) -> str:
    paths = [_path(c) for c in causes]
    common = []
    for level in zip(*paths, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    # never climb to a level-1 heading (劳动争议、人事争议): the level-2 劳动争议 is a cause
    return common[-1] if len(common) >= 2 else causes[0]


def infer_cause(claims: str, facts: str, party_names: tuple[str, ...] = ()) -> Cue | None:
    raw = (claims or "") + (facts or "")
    claims, facts = _NOISE.sub("", claims or ""), _NOISE.sub("", facts or "")
    scores: dict[str, int] = {}
    decisive: dict[str, bool] = {}
    claimed: dict[str, bool] = {}
    asked: dict[str, bool] = {}  # claimed by a decisive word
    for cause, rx, weight in RULES:
        n_claims = min(3, len(rx.findall(claims)))
        n_facts = min(3, len(rx.findall(facts)))
        if not n_claims and not n_facts:
            continue
        scores[cause] = scores.get(cause, 0) + weight * (3 * n_claims + n_facts)
        decisive[cause] = decisive.get(cause, False) or weight >= 3
        claimed[cause] = claimed.get(cause, False) or n_claims > 0
        asked[cause] = asked.get(cause, False) or (n_claims > 0 and weight >= 3)
    names = "；".join(n for n in party_names if n)
    text = claims + facts
    if names and _BANK.search(names) and re.search(r"借款|贷款|借贷", text):
        scores["金融借款合同纠纷"] = scores.get("金融借款合同纠纷", 0) + 30
        decisive["金融借款合同纠纷"] = True
    if names and _VEHICLE_PARTY.search(names) and _INJURY.search(claims + facts):
        scores["机动车交通事故责任纠纷"] = scores.get("机动车交通事故责任纠纷", 0) + 6
        decisive["机动车交通事故责任纠纷"] = True
    for cause, rx in _PARTY_CUES:
        if names and rx.search(names) and text:
            scores[cause] = scores.get(cause, 0) + 3
            decisive[cause] = True
    if (_DECEASED.search(raw) and _HEIRS.search(raw) and _DEBT.search(raw) and not _SUCCESSION_CLAIM.search(claims)
            and (not claims or _REPAY.search(claims))):
        # a creditor suing the heirs for the debt of a deceased debtor (民法典 1161)
        scores["被继承人债务清偿纠纷"] = scores.get("被继承人债务清偿纠纷", 0) + 12
        decisive["被继承人债务清偿纠纷"] = True
        claimed.setdefault("被继承人债务清偿纠纷", bool(_HEIRS.search(claims)))
    if "法定继承纠纷" in scores and _WILL_CLAIM.search(claims):
        scores["遗嘱继承纠纷"] = max(scores.get("遗嘱继承纠纷", 0), scores["法定继承纠纷"] + 1)
        decisive["遗嘱继承纠纷"] = claimed["遗嘱继承纠纷"] = True
    if "机动车交通事故责任纠纷" in scores and _NON_MOTOR.search(text) and not _MOTOR.search(text):
        # a bicycle is no motor vehicle (道路交通安全法 art. 119): the collision is a 非机动车 accident
        scores["非机动车交通事故责任纠纷"] = scores.pop("机动车交通事故责任纠纷")
        decisive["非机动车交通事故责任纠纷"] = decisive.pop("机动车交通事故责任纠纷", True)
        claimed["非机动车交通事故责任纠纷"] = claimed.pop("机动车交通事故责任纠纷", False)
    if _GUARANTY_CLAIM.search(claims) and not _DEBTOR_CLAIM.search(claims):
        # only guarantors are sued, for their guaranty (the debtor is not asked to pay): 保证合同纠纷
        scores["保证合同纠纷"] = max(scores.values()) + 1
        decisive["保证合同纠纷"] = claimed["保证合同纠纷"] = True
    if _DIVORCE_CLAIM.search(claims) or _DIVORCE_CLAIM.search(facts):
        # a divorce petition decides the case whatever else it mentions (debts, houses, wages)
        scores["离婚纠纷"] = max(scores.get("离婚纠纷", 0), 12) * 3
        decisive["离婚纠纷"] = True
        claimed["离婚纠纷"] = claimed.get("离婚纠纷", False) or bool(_DIVORCE_CLAIM.search(claims))
    elif _DIVORCED.search(facts) and not _DIVORCE_CLAIM.search(claims):
        # a divorce that already happened: the dispute is what follows it (custody, support, property)
        scores.pop("离婚纠纷", None)
        n = len(_CUSTODY.findall(facts)) + 3 * len(_CUSTODY.findall(claims))
        if n:
            scores["变更抚养关系纠纷"] = scores.get("变更抚养关系纠纷", 0) + 4 * min(n, 9)
            decisive["变更抚养关系纠纷"] = True
            claimed.setdefault("变更抚养关系纠纷", bool(_CUSTODY.search(claims)))
    if (any(c in scores for c in _BUILDING_TORTS) and _STRUCK.search(text) and _DAMAGES.search(claims)
            and not _SERVICE_FEE.search(claims)):
        for cause in _BUILDING_MANAGER:
            scores.pop(cause, None)
    if not scores and _INJURY.search(claims):
        # personal-injury damages and nothing more specific: an injury to the person
        return Cue("生命权、身体权、健康权纠纷", 1, True, False)
    if not scores:
        return None
    for cause in _DOMINANT & scores.keys():
        scores[cause] *= 3
    order = {c: i for i, (c, _, _) in enumerate(RULES)}
    best = max(scores, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _GENERIC:
        # generic words (租金, 运输, 工程款) name the family; a cued specific cause of that family names the case
        family = _GENERIC[best]
        specific = [c for c in scores if c != best and family in _path(c)[:-1] and decisive.get(c)]
        if specific:
            best = max(specific, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _SALE_OF and _SALE_OF[best] in scores:
        house = [c for c in scores if _SALE_OF[best] in _path(c) and decisive.get(c)]
        if house:
            best = max(house, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _LABOUR:
        # every labour sub-cause the claims (else the facts) ask about; an accessory item (leave pay) joins none
        labour = [c for c in scores if c in _LABOUR]
        pool = ([c for c in labour if asked.get(c)] or [c for c in labour if claimed[c]] or labour)
        if set(pool) == {"经济补偿金纠纷", "劳动合同纠纷"} and not _CONTRACT_CLAIM.search(_SEVERANCE.sub("", claims)):
            # severance alone (解除劳动合同经济补偿金 names the contract only as what ended): the specific cause
            pool, best = ["经济补偿金纠纷"], "经济补偿金纠纷"
        if len(pool) > 1:
            best = _common_ancestor(sorted(pool, key=lambda c: order[c]))
            if best == "劳动合同纠纷" and "劳动合同纠纷" not in pool:
                # several claims (wages, severance) that do not name the contract: courts file these
                # under the level-2 劳动争议
                best = "劳动争议"
            return Cue(best, max(scores[c] for c in pool), any(claimed[c] for c in pool), True)
    return Cue(best, scores[best], claimed.get(best, False), claimed.get(best, False) or decisive.get(best, False))
