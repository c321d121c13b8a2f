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

The rules cover the level-3/4 causes a basic court registers in the 合同、准合同, 侵权, 婚姻家庭继承, 物权,
劳动, 人格权, 公司, 保险, 票据, 知识产权 parts and the usual applications (非讼). Where the rules find nothing,
`name_cue` reads the official list itself: a cause whose name's head (债权转让, 仓储, 技术服务) stands in the
claims. The parties' own names are taken out of the text first (a 某某租赁有限公司 employer is no lease); the
business a name states counts once, as a party cue. The level-4 cause is given where the document fits it (赡养费 →
赡养费纠纷, 扶养费 → 扶养费纠纷, a shop's or a public place's safety duty → 经营场所、公共场所的经营者、管理者责任纠纷,
a thing made to order → 定作合同纠纷, a neighbour's passage → 相邻通行纠纷, a neighbour's drain → 相邻用水、排水纠纷, a sale by
sample, in instalments, on trial or by tender → its level-4 sale, goods by lorry → 公路货物运输合同纠纷, a defective
product's maker or seller sued → 产品生产者/销售者责任纠纷). `stated_child` lets a form heading's level-3 family give way
to the one level-4 child the document plainly is. 加工费 alone stays 承揽合同纠纷 (加工 or
定作 depends on who gave the material, which the word does not tell); the customer's material handed over to be worked
(来料加工, 被告提供铝材…委托原告加工) → 加工合同纠纷. Costs paid for another's affairs with no duty to (没有法定或约定义务,
未受委托…垫付) → 无因管理纠纷, not a loan. Money sent to the wrong person and asked back → 不当得利纠纷 whatever bill it was
meant to pay. A deposit securing a contract that was never made, its (double) return asked → 定金合同纠纷 (立约定金); a
deposit under a contract made and broken is sued on that contract. A critical-illness or medical policy from an
insurer → 健康保险合同纠纷 and a policy on goods, premises, cargo or a car (or the insured's goods or premises lost and the
insurer asked to pay) → 财产损失保险合同纠纷 (the notice's level-4 insurance causes); 保险金 alone stays 人身保险合同纠纷.
Older conventions not yet reviewed against the notice: a debit card 盗刷 → 储蓄存款合同纠纷 (借记卡纠纷),
通风 → 相邻关系纠纷 (采光/日照 between neighbours → the level-4 相邻采光、日照纠纷); an assignee suing the debtor for the
underlying money by its name (货款) sues on the debt assigned, one asking the assigned debt as such (债权款) on the assignment.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

try:  # re's own parse tree, read for the rules' needles (no public API gives it)
    from re import _constants as sre
    from re import _parser
except ImportError:  # a later Python's re: every rule is run, as without the prefilter
    sre = _parser = None

__all__ = ["Cue", "infer_cause", "labour_case_asked", "name_cue", "stated_child", "RULES"]


class Cue(NamedTuple):
    cause: str
    score: int
    in_claims: bool
    strong: bool


# the work done on a customer's material (加工: 民法典 770), by its usual kinds (粘钻, 组装, 缝制, 电镀…)
_MATERIAL = (r"(?:原材料|原料|材料|布料|面料|铝材|钢材|铜材|木材|木料|物料|坯料|毛坯|板材|布匹|皮料|棉花|石材|胚布|坯布|(?:铝合金|铝|钢|铜)?型材"
             r"|半成品|辅料|配件|零部件|零件|部件|裁片|坯件|散件|主料)")
_WORKED = r"(?:加工|组装|装配|缝制|车缝|缝纫|粘|包装|打磨|抛光|电镀|喷涂|刺绣|印染|印花|染色|焊接|切割|裁剪|压制|灌装|分装" \
          r"|冲压|冲孔|折弯|车削|铣削)"  # (metal worked to drawings: 冲压, 折弯 — work done on the customer's sheet)

# the clause up to an "only way" (唯一的通道) that tells of no water: the only channel the rain ran off by is a drain
_DRY_CLAUSE = r"(?:(?<=[，。；：:\n])|^)(?:(?!雨水|污水|积水|排水|排泄|排出|泄洪|水流|流水)[^，。；：:\n]){0,60}?"

# a Chinese number plate (川A·F3276, 粤B12345): the province's character, its letter, five or six more
_PLATE = r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•・]?[A-Z0-9]{5,6}"

# a dog told by its breed (金毛, 泰迪, 哈士奇…), not by the word 狗
_DOG_BREED = r"(?:金毛|泰迪|哈士奇|柯基|比熊|拉布拉多|德牧|阿拉斯加|萨摩耶|边牧|柴犬|藏獒|罗威纳|杜宾|马犬|松狮|博美|雪纳瑞|斗牛犬|法斗|比特)"

# (official cause, pattern, weight). Weight >= 2 marks decisive words (a strong cue even in the facts).
_R = [
    # --- torts
    ("机动车交通事故责任纠纷", r"交通事故|交强险|交警.{0,8}认定|驾驶.{0,20}(?:相撞|碰撞|撞伤|撞倒|追尾|刮擦|撞到)|肇事|将原告撞"
                    # (in lay words: 他开的小轿车闯红灯把我撞倒, 交警说他全责)
                    r"|(?:开车|驾车|开的(?:小)?(?:轿车|汽车|货车|面包车|车))[^。；]{0,20}(?:撞|碰|刮|轧)"
                    r"|交警[^。；，]{0,6}(?:说|定|判)[^。；，]{0,4}(?:全责|全部责任|主要责任)"
                    # (the traffic police's finding by its office's name: 交通管理大队认定被告负事故全部责任)
                    r"|交通管理(?:大队|支队|部门|局)?[^。；，]{0,6}认定[^。；]{0,12}事故(?:的)?(?:全部|主要|次要|同等)责任", 4),
    ("医疗损害责任纠纷", r"医疗损害|医疗事故|诊疗过错|医疗过错|误诊|(?:手术|治疗).{0,12}(?:过错|失误|不当)"
                 # (the fault told of the treatment itself: 诊疗行为存在过错, 诊疗过程中有过失; 民法典 1218)
                 r"|诊疗(?:行为|活动|过程)[^。；，]{0,8}(?:过错|过失|不当)", 4),
    ("侵害患者知情同意权责任纠纷", r"知情同意权|未(?:履行|尽到?)(?:说明|告知)义务.{0,20}(?:手术|治疗|风险)", 4),
    # an animal someone keeps biting or attacking a person (民法典 1245), however the animal is described
    # (饲养的未拴绳的金毛犬将原告左小腿咬伤)
    # a wrong provisional measure asked in an earlier suit (民事诉讼法 108): that suit is only its background
    ("因申请财产保全损害责任纠纷", r"(?:财产)?保全(?:申请)?(?:错误|不当)|错误(?:地)?申请.{0,6}(?:财产)?保全"
                         r"|(?:申请|采取)(?:的)?(?:财产|诉讼)?保全.{0,30}(?:错误|不当).{0,20}(?:损失|损害)", 5),
    ("因申请先予执行损害责任纠纷", r"先予执行.{0,20}(?:错误|不当)", 5),
    ("铁路运输人身损害责任纠纷", r"(?:火车|列车|(?<!电)动车|高铁).{0,12}(?:撞|轧|碾|刮)|铁路.{0,10}(?:道口|线路|轨道).{0,20}(?:撞|轧|死亡|受伤)", 5),
    # medical harm: a defective device or drug (民法典 1223), or treatment without the patient's consent (1219);
    # a consent failure alongside the general fault words stays 医疗损害责任纠纷 (earlier rule, same weight)
    ("医疗产品责任纠纷", r"医疗器械.{0,20}(?:缺陷|质量|不合格)|(?:药品|疫苗|血液|假体|植入物|支架).{0,10}(?:缺陷|不合格)"
                   r"|输血.{0,10}感染", 5),
    ("饲养动物损害责任纠纷", r"饲养(?:的|在).{0,12}(?:狗|犬|獒|猫|牛|马|羊|鹅|动物)|(?:狗|犬|獒|宠物).{0,10}(?:咬|扑倒|撞倒|抓伤)"
                        r"|(?:狗|犬|獒).{0,40}咬伤|被.{0,6}(?:狗|犬|獒).{0,3}咬|犬伤|狂犬疫苗|动物咬伤"
                        # (the dog loose and biting in one sentence; the keeper asked to leash it from now on)
                        r"|(?:狗|犬|獒)[^。；]{0,40}(?:扑上来|扑过来|冲上来|冲过来)?[^。；]{0,6}咬(?:了|住|破|到|中|伤)"
                        r"|(?:遛狗|遛犬|养狗|养犬|狗|犬)[^。；]{0,10}(?:拴绳|牵绳|拴好|拴住|束犬链|戴嘴套|戴口罩)"
                        # (the dog told by its breed, as people call it: 一条没拴绳的大金毛扑倒了我, 泰迪咬了孩子)
                        r"|(?:没|未|不)(?:拴|牵)绳的[^。；，]{0,4}" + _DOG_BREED
                        + r"|" + _DOG_BREED + r"[^。；，]{0,10}(?:咬|扑倒|扑上来|扑过来|撞倒|抓伤)", 4),
    # livestock loose on another's field, eating or trampling the crop (牛羊吃我家庄稼, 猪拱了菜地), its keeper asked to
    # pen it (把牛羊关好): the keeper answers for the harm his animals did (民法典 1245)
    ("饲养动物损害责任纠纷", r"(?:牛|羊|猪|鸡|鸭|鹅)(?!肉|蛋|奶|毛|排|油)(?:群|只|儿)?[^。；，]{0,4}(?:吃|啃|踩|拱|糟蹋|践踏)(?:了|坏|掉|光|死)?[^。；]{0,10}"
                        r"(?:庄稼|包谷|玉米|苞谷|洋芋|土豆|红薯|麦|稻|秧|菜|苗|果树|作物|青苗|庄稼地)"
                        r"|(?:牛|羊|猪|鸡|鸭|鹅)[^。；，]{0,2}(?:关好|圈好|拴好|看好|管好)"
                        # (the animal told getting into the field first: 他家的牛跑到我家田里，吃了我半亩稻谷)
                        r"|(?:牛|羊|猪|鸡|鸭|鹅)(?:群|只|儿)?(?:跑|闯|钻|窜|溜|进)(?:到|进|入)?[^。；，]{0,8}?(?:田|地|园)(?:里|头|中)?[，,]?"
                        r"(?:把)?[^。；，]{0,4}(?:吃|啃|踩|拱|糟蹋|践踏)(?:了|坏|掉|光|死)?[^。；]{0,10}"
                        r"(?:庄稼|包谷|玉米|苞谷|洋芋|土豆|红薯|麦|稻|秧|菜|苗|果树|作物|青苗)", 4),
    # a tree or its fruit (民法典 1257), a collapsing building or structure (1252), a pile that rolls (1255)
    ("林木折断、倾倒、果实坠落损害责任纠纷", r"(?:树木|树枝|大树|树干|枯树|行道树|林木|果实|椰子).{0,8}(?:折断|倾倒|倒伏|倒下|断裂|坠落|掉落|脱落|掉下)"
                              r"|树上(?:的)?[^。；，]{0,6}?(?:掉下|掉落|落下|坠落|砸)"
                              r"|(?:被|遭).{0,4}(?:树|树枝|树干)(?:枝)?.{0,4}砸"
                              # any tree or its limb (榕树的枯枝, 杨树的树杈) that broke or fell and struck
                              r"|(?:(?:榕|柳|杨|槐|松|柏|桉|桐|樟|杉|椰|枣|杏|桃|梨|柿|榆|椿|桑|楝|果|银杏|苹果|核桃|芒果|荔枝|龙眼|桂花|玉兰"
                              r"|椰子|大|老|古|枯|行道|绿化|景观)树|(?:这|那|一)棵树|树木|树枝|树干|树杈|树冠|枯枝|断枝|枝干|枝杈|枝丫|树丫|丫杈)[^。；，]{0,14}?"
                              r"(?:折断|倾倒|倒伏|倒下|断裂|断落|断下|断了下|断掉|刮断|吹断|坠落|掉落|脱落|落下|掉下|砸中|砸到|砸在|砸坏|砸伤|压在|压坏"
                              r"|刮倒|吹倒|倒了)", 5),
    ("建筑物、构筑物倒塌、塌陷损害责任纠纷", r"(?:房屋|墙体|围墙|院墙|楼板|屋顶|房顶|建筑物|构筑物|看台|挡土墙|桥梁).{0,6}(?:倒塌|坍塌|塌陷|垮塌)", 4),
    ("堆放物倒塌、滚落、滑落损害责任纠纷", r"堆放物|堆放的.{0,12}(?:倒塌|滚落|滑落|倒下|坍塌)"
                            r"|(?:堆放|码放|堆垛).{0,12}(?:货物|木材|钢管|钢材|砖|石块|建材|纸箱|板材).{0,8}(?:滚落|滑落|倒塌|倒下)", 5),
    # (a layperson's fall: 掉下来, 落下来, 被风刮下来)
    ("物件脱落、坠落损害责任纠纷", r"(?:瓷砖|外墙|广告牌|招牌|空调外机|玻璃|墙皮|窗框|窗户|窗扇|阳台|雨棚|屋檐|花盆).{0,6}"
                          r"(?:脱落|坠落|掉落|掉下|落下|掉了下|刮下|吹下|刮落|吹落)"
                          # (or the thing named after its fall: 坠落的空调外机, 脱落的外墙瓷砖)
                          r"|(?:脱落|坠落|掉落|掉下来|落下来)的(?:瓷砖|外墙|广告牌|招牌|空调外机|玻璃|墙皮|窗框|窗户|窗扇|雨棚|花盆)"
                          r"|(?:脱落|坠落|掉落|掉下来|落下来|掉了下来|刮下来|吹下来).{0,6}砸", 4),
    ("高空抛物、坠物损害责任纠纷", r"高空抛|抛掷物|从楼上.{0,6}(?:扔|抛)", 4),
    # a thing thrown down from a building told as the act (从高处被扔下, 从其家窗口抛下; 民法典 1254), decisive beside
    # a heading's 建筑物和物件损害责任纠纷
    ("高空抛物、坠物损害责任纠纷", r"从[^。；，]{0,16}?(?:高处|高空|楼上|窗口|窗户|窗外|阳台|楼顶)[^。；，]{0,4}?(?:被(?:人)?)?(?:扔|抛|丢|掷)(?:下|出|落)", 5),
    ("触电人身损害责任纠纷", r"触电|电击|(?:触碰|碰到|接触).{0,6}(?:电网|电线|高压线)|私拉.{0,4}电网|漏电", 4),
    # a line touched by a rod or a pole and the injury told (民法典 1240: the operator of a high-voltage line)
    ("触电人身损害责任纠纷", r"(?:碰到|碰上|触碰|挨到|搭到|扫到)[^。；]{0,8}(?:高压线|电线|输电线)|(?:高压线|电线)[^。；]{0,40}(?:安全距离|警示牌)"
                      r"|[0-9一二三四五六七八九十]+(?:千伏|kV|KV)(?:的)?(?:高压)?(?:线|线路)", 5),
    # gas, explosives, poisons escaping (民法典 1239): the holder answers for the harm
    ("占有、使用高度危险物损害责任纠纷", r"(?:燃气|天然气|液化气|煤气|易燃|易爆|剧毒|农药).{0,20}(?:泄漏|爆炸|燃爆)", 5),
    ("地面施工、地下设施损害责任纠纷", r"窨井|井盖|下水道井|地面施工|施工.{0,6}(?:坑|沟槽)未.{0,6}(?:设置|采取)", 4),
    # (民法典 1258: digging in a public place without warning signs or guards; the one who fell in sues)
    ("地面施工、地下设施损害责任纠纷", r"(?:开挖|挖掘|挖开)(?:的)?[^。；]{0,10}(?:管沟|沟槽|基坑|坑|沟)[^。；]{0,16}未(?:设置|设|采取)"
                             r"|挖掘地面|(?:跌入|掉入|掉进|摔进|跌进|掉到)[^。；]{0,8}(?:沟|坑)", 5),
    ("公共道路妨碍通行损害责任纠纷", r"(?:道路|路面|公路)上.{0,10}(?:堆放|倾倒|遗撒|散落|晾晒)|路障|妨碍通行", 5),
    ("提供劳务者受害责任纠纷", r"受雇于|雇佣.{0,20}受伤|(?:干活|作业|施工|务工)(?:时|中|过程中).{0,12}(?:摔|坠|砸|受伤|致伤)", 3),
    ("义务帮工人受害责任纠纷", r"帮工", 4),
    # help given for nothing (民法典 1192's unpaid counterpart, 人身损害解释 4-5)
    ("义务帮工人受害责任纠纷", r"(?:帮|为)被告.{0,20}(?:干活|修|建|盖|搬|收割|砍|装).{0,40}(?:未收取|不收取|没有收取|无偿|没有报酬|不要报酬)"
                        r"|无偿(?:帮|为被告)", 4),
    ("义务帮工人受害责任纠纷", r"(?<!雇)(?:喊|叫|请|找)(?:我|原告)[^。；]{0,6}帮(?:他|她|其|被告)|帮(?:他|她|被告|人家)的忙"
                        r"|要啥子钱|不要钱|没要钱|分文不取|没收(?:一分)?钱", 4),
    ("违反安全保障义务责任纠纷", r"安全保障义务|游乐|(?:商场|超市|酒店|饭店|餐厅|泳池|游泳|景区).{0,20}(?:摔倒|滑倒|跌倒|受伤)|(?:摔倒|滑倒|跌倒)", 3),
    ("违反安全保障义务责任纠纷", r"(?:健身房|健身中心|浴室|洗浴|KTV|歌厅|网吧|影院|公园|电梯|车站|候车).{0,30}(?:摔伤|跌伤|受伤|坠落)", 3),
    # a hazard left open in a place run for the public (a drain's cover lifted, a pit) with no barrier and no warning
    # sign (没有围挡也没有警示牌): the operator's or manager's duty of safety (民法典 1198) in the writer's words
    ("违反安全保障义务责任纠纷", r"(?:商场|超市|酒店|宾馆|饭店|餐厅|车库|停车场|购物中心|营业厅|景区|公园)[^。]{0,60}[。，]?[^。]{0,40}?"
                         r"(?:没有|未设置?|没设|未放置?|没放|无)(?:任何)?(?:围挡|警示牌|警示标志|警示标识|提示牌|警戒线)", 4),
    # a defective product that harms someone (民法典 1202-1203): the defect, or the product catching fire or
    # bursting and hurting its user
    ("产品责任纠纷", r"产品缺陷|产品质量.{0,10}(?:致|造成).{0,6}(?:伤|损害)|(?:爆炸|自燃).{0,12}(?:受伤|损失)"
                r"|(?:产品|商品).{0,6}(?:存在|有).{0,6}缺陷|(?:设计|制造|警示(?:说明)?)缺陷"
                r"|(?:起火|爆炸|自燃|爆裂).{0,8}(?:致|造成|导致).{0,10}(?:烧伤|烫伤|炸伤|受伤)"
                r"|缺陷产品|(?:产品|商品|装置|部件|配件)(?:存在|有)(?:质量)?缺陷"
                r"|作为(?:该产品的)?(?:生产者|销售者|生产厂家|制造商)", 3),
    ("产品责任纠纷", r"(?:存在|有)(?:质量)?缺陷|民法典》?第一千二百零[二三四五六七]条|产品的(?:生产者|销售者)"
                r"|(?:充电|使用|正常使用|通电)(?:时|中|过程中|期间)[^。；]{0,12}(?:起火|自燃|爆炸|爆裂|燃烧)"
                # (the thing caught fire or burst and burnt or wrecked other things: 电池突然起火，烧毁仓房)
                r"|(?:起火|自燃|爆炸|爆裂|燃烧)[^。；，]{0,4}(?:烧毁|烧坏|烧掉|引燃|焚毁|炸毁|炸坏)"
                # (in a layperson's words, the thing burnt named after 把: 电瓶突然起火，把我的车子全部烧光了)
                r"|(?:起火|自燃|爆炸|爆裂|着火)[^。；]{0,4}?(?:把|将)[^。；，]{0,12}?(?:烧光|烧毁|烧坏|烧掉|烧没|烧着|炸毁|炸坏)", 4),
    # who harmed, and where: a school's pupil (民法典 1199-1201), a ward (1188), an employee on duty (1191),
    # someone working for another (1192), a rescuer (183), self-defence and necessity (181-182)
    ("教育机构责任纠纷", r"教育机构|教育、管理职责|民法典.{0,6}第一千(?:一百九十九|二百|二百零一)条|(?:在校|校内|校园|课间|体育课|上课期间|午休|幼儿园|托儿所|学校组织).{0,30}(?:受伤|摔伤|摔倒|跌倒|骨折|撞伤|打伤|烫伤|伤害"
                    # (the harm told by how it happened or what it took: 被同班小朋友推倒, 缝了六针)
                    r"|推倒|撞倒|绊倒|划伤|抓伤|咬伤|磕伤|扎伤|缝(?:了)?[\d一二两三四五六七八九十几]+针)"
                    r"|(?:受伤|摔伤|骨折|打伤).{0,20}(?:在校|校内|校园|课间|体育课)", 4),
    # a child in a kindergarten's or school's care hurt, told by a parent (民法典 1199-1201)
    ("教育机构责任纠纷", r"(?:孩子|小孩|娃娃?)交给(?:了)?(?:幼儿园|学校|托儿所)|(?:幼儿园|学校|托儿所)(?:就)?(?:该|应该|应当)(?:看好|管好)"
                   r"|(?:老师|园长|保育员)[^。；]{0,12}(?:看手机|玩手机|不在场|没看住|没管)", 4),
    ("监护人责任纠纷", r"(?<!尽到)(?<!尽)(?<!履行)监护人责任|(?:被监护人|未成年人|未成年子女).{0,20}(?:致|造成|将).{0,10}(?:他人|原告).{0,10}(?:损害|受伤|伤害|损失)", 4),
    ("用人单位责任纠纷", r"用人单位责任|(?:执行工作任务|因工作原因|履行职务).{0,30}(?:致|造成|将).{0,10}(?:原告|他人)", 4),
    ("提供劳务者致害责任纠纷", r"提供劳务者致害|(?:因劳务|提供劳务(?:过程中|时)).{0,10}(?:造成|致).{0,6}(?:他人|原告)", 5),
    ("见义勇为人受害责任纠纷", r"见义勇为|(?:制止|阻止).{0,12}(?:违法|犯罪|侵害|抢劫|盗窃|行凶).{0,20}受伤|(?:为救|救助他人|下水救人|跳水救人|舍身救).{0,20}(?:受伤|溺亡|死亡)", 5),
    ("防卫过当损害责任纠纷", r"防卫过当", 6),
    ("紧急避险损害责任纠纷", r"紧急避险", 6),
    ("公证损害责任纠纷", r"公证(?:处|机构|员).{0,30}(?:过错|失职|赔偿|错误)", 5),
    ("性骚扰损害责任纠纷", r"性骚扰|猥亵", 5),
    ("网络侵害虚拟财产纠纷", r"虚拟财产|(?:游戏|QQ|微信|网络)(?:账号|帐号|装备|币).{0,12}(?:被盗|丢失|被封|找回|返还)", 5),
    # a game or chat account (and what was bought in it) taken over or sold by another (民法典 127)
    ("网络侵害虚拟财产纠纷", r"(?:游戏|QQ|微信|网络|网游)(?:账号|帐号|装备|皮肤)[^。；]{0,20}(?:被人登|被盗|被卖|盗卖|卖给|卖掉|挂出来卖)"
                       r"|(?:卖|盗|偷)(?:了)?我(?:的)?(?:游戏)?(?:账号|帐号|装备)", 5),
    # the things held in an account (道具, 装备, 皮肤, 游戏币) asked restored or returned, or told as the owner's property
    # taken from him: the virtual property is what is disputed, whatever the operator's ban was (a bare unban asked
    # stays the service contract below)
    ("网络侵害虚拟财产纠纷", r"(?:恢复|返还|找回|归还|退还)[^。；]{0,30}?(?:道具|装备|皮肤|游戏币|点券|金币|钻石|时装|坐骑|虚拟货币|虚拟物品)"
                       r"|(?:账号|帐号)[^。；，]{0,4}(?:及其中|及其内|内|里|中)的?[^。；]{0,12}?(?:道具|装备|皮肤|游戏币|点券|时装|坐骑|虚拟货币|虚拟物品)"
                       r"[^。；]{0,30}?(?:财产|权益)", 5),
    ("网络侵权责任纠纷", r"网络侵权", 5),
    # pollution (民法典 1229): what polluted names the cause; the generic words name the family
    ("噪声污染责任纠纷", r"噪声污染|噪音污染|(?:噪声|噪音).{0,6}超标", 4),
    # a machine's or a business's sound reaching a home, asked brought within the national limits (环境噪声 standards)
    ("噪声污染责任纠纷", r"(?:噪声|噪音|声音|声响)[^。；]{0,12}(?:符合|达到|低于|超过|超出|不符合)[^。；]{0,6}(?:国家|排放|环境)?标准"
                  r"|\d+(?:\.\d+)?\s*(?:分贝|dB)|(?:压缩机|风机|空调外机|冷却塔|水泵|发电机|鼓风机|音响|冷凝器)[^。；]{0,20}"
                  r"(?:噪声|噪音|轰鸣|嗡嗡|吵得|吵闹|震动)", 4),
    ("光污染责任纠纷", r"光污染|(?:强光|灯光|玻璃幕墙).{0,12}(?:照射|反射|刺眼)", 4),
    # (a neighbour's drain is a neighbour case, not pollution)
    ("水污染责任纠纷", r"水污染|(?:工厂|企业|厂区|养殖场|猪场|化工|造纸|厂)(?:的)?.{0,12}(?:废水|污水)|(?:废水|工业污水).{0,30}(?:排入|流入|污染)"
                  r"|(?:鱼塘|水塘|河道|水源|水井).{0,20}(?:被污染|受到污染)", 4),
    # a works letting its foul water into the ditch or river a pond draws on (往沟里放黑水, 排污管接在沟边), the fish
    # dead: pollution of water (民法典 1229) in a farmer's words; the pond's lease is only how he came to keep the fish
    ("水污染责任纠纷", r"(?:往|向|朝)[^。；，]{0,6}(?:沟|河|渠|塘|溪|江|湖)[^。；，]{0,3}(?:里|中|内)?(?:偷偷)?(?:放|排|倒|偷排)(?:放)?(?:了)?"
                  r"(?:黑水|污水|废水|脏水|臭水)|排污(?:管|口|管道)[^。；]{0,20}(?:沟|河|渠|塘|溪)", 6),
    ("大气污染责任纠纷", r"大气污染|(?:废气|粉尘|烟尘|扬尘|臭气).{0,20}(?:污染|排放|影响)", 4),
    ("土壤污染责任纠纷", r"土壤污染|土地.{0,6}(?:被污染|受到污染)", 4),
    ("固体废物污染责任纠纷", r"固体废物|(?:倾倒|堆放|填埋).{0,12}(?:废渣|废料|尾矿|污泥).{0,20}(?:污染|损害|损失)", 4),
    ("环境污染责任纠纷", r"环境污染|污染(?:损害|环境)", 3),
    ("高度危险责任纠纷", r"高度危险", 4),
    ("名誉权纠纷", r"名誉|诽谤|侮辱|造谣|诋毁", 4),
    # what defamation does (民法典 1024: 名誉 is the social evaluation of one's character, standing and credit)
    ("名誉权纠纷", r"社会评价|不实言论|不实信息|捏造.{0,20}(?:事实|谣言)|散布.{0,10}(?:谣言|不实)|恶意中伤", 3),
    # a layperson's words for it: the posts to be taken down, what was said of the plaintiff, "all made up"
    ("名誉权纠纷", r"污蔑|诬蔑|诬陷|(?:称|说|骂|指)(?:原告|我)[^，。；\n]{0,12}(?:是)?(?:骗子|小偷|黑店|诈骗犯|贼|小三|人渣)"
                  r"|(?:所述|所说|内容|言论|帖子|说法)[^，。；\n]{0,4}(?:均|纯属|全是|都是|完全)(?:为|是)?(?:捏造|编造|虚构|谣言)"
                  r"|删除[^。；\n]{0,30}(?:帖子|帖文|言论|不实)", 3),
    # the plaintiff called a thief or a cheat before others (a group chat, a post) and looked at askance since: what
    # defamation is, whatever the accusation was about (a parcel, a purse)
    ("名誉权纠纷", r"(?:说|称|骂|指|讲|污称|诬称)(?:我|原告)[^。；，]{0,3}(?:是)?[“\"「]?(?:手脚不干净|偷|小偷|贼|骗子|诈骗|作风不正|乱搞)"
                  r"|(?:群里|群内|朋友圈|微博|网上|业主群|微信群|家长群|抖音)[^。]{0,40}?(?:说|称|发|配字|配文|写)[^。]{0,30}?"
                  r"(?:偷|骗子|小偷|贼|手脚不干净)|指指点点|抬不起头", 4),
    ("肖像权纠纷", r"肖像", 4),
    ("肖像权纠纷", r"(?:使用|盗用|擅用|发布|公开).{0,10}(?:原告|其|被答辩人|被上诉人|我)(?:的)?(?:照片|相片|形象|人像|面部)", 3),
    ("隐私权纠纷", r"隐私", 3),
    ("隐私权纠纷", r"偷拍|偷窥|摄像头.{0,20}(?:对着|正对|朝向|对准).{0,10}(?:原告|卧室|家|院|窗)"
                # (the lens of a door camera or a monitor trained on the neighbour's door: 镜头正对原告家门)
                r"|(?:镜头|监控|摄像机)[^。；，]{0,6}(?:对着|正对|朝向|对准)[^。；，]{0,10}(?:原告|卧室|家|院|窗|入户门|房门)", 4),
    # the private life or its intimate matters exposed (民法典 1032: 私密空间、私密活动、私密信息): intimate photos or
    # chats spread, the private life made known; decisive, so a stated 隐私权、个人信息保护纠纷 gives way to it
    ("隐私权纠纷", r"私密(?:照片|视频|影像|信息|聊天|活动|空间|部位)|裸照|不雅(?:照片|视频)|私人生活|私生活", 5),
    # the other rights of the person (民法典 1012-1039)
    ("姓名权纠纷", r"姓名权", 5),
    ("姓名权纠纷", r"(?:冒用|盗用|假冒).{0,6}(?:原告|其|他人)?的?姓名", 3),
    # someone else acting under the plaintiff's name (a shop registered, papers signed in it): 民法典 1014
    ("姓名权纠纷", r"(?:用|使用|冒用|盗用|借用|顶用|冒充)(?:了)?(?:我|原告|她|他|本人)(?:的)?(?:名字|姓名)"
                r"[^。；，]{0,6}(?:开店|开了|开设|注册|签|办|登记|经营|贷款|申请)", 5),
    ("名称权纠纷", r"名称权", 5),
    ("荣誉权纠纷", r"荣誉权|荣誉称号.{0,20}(?:撤销|剥夺|侵害)", 5),
    ("婚姻自主权纠纷", r"婚姻自主|干涉.{0,10}(?:婚姻自由|结婚|婚姻)", 5),
    ("人身自由权纠纷", r"人身自由|非法拘禁|(?:强制|强行|非法).{0,10}(?:关押|拘禁|送往?精神病院|收治)|(?:扣留|拘禁|关押)(?:原告|其本人)(?![的所])", 5),
    # a job applicant refused or an offer withdrawn for who they are (就业促进法 3, 27-31: sex, a carried disease,
    # disability, origin), told in the law's words or the employer's ("乙肝携带者不能录用", "不招女的")
    ("平等就业权纠纷", r"平等(?:获得)?就业|就业歧视|(?:因|以).{0,10}(?:性别|乙肝|地域|户籍|怀孕|残疾|年龄)(?:为由)?.{0,12}(?:拒绝录用|不予录用|拒绝聘用|未予录用)"
                    r"|(?:乙肝|肝炎|大三阳|小三阳|病原携带|携带者|HIV|艾滋|残疾|怀孕|孕妇|女性|女的|女生|性别|户籍|外地人|[\u4e00-\u9fa5]省人|籍贯|地域|民族)"
                    r"[^。；]{0,16}?(?:不能|不予|不得|拒绝|不|不再|无法)(?:被)?(?:录用|聘用|招用|招收|招|入职)"
                    r"|(?:应聘|面试|求职|招聘)[^。；]{0,40}(?:乙肝|携带|残疾|怀孕|女性|女的|户籍|外地|籍贯|年龄|岁数)[^。；]{0,16}(?:不要|不用|不收|不招|干不了)"
                    r"|(?:撤回|撤销|取消|收回)(?:了)?[^。；，]{0,6}(?:录用|聘用)(?:通知|决定|函)?[^。；]{0,20}(?:乙肝|携带|残疾|怀孕|性别|女性|户籍|地域|籍贯)"
                    r"|(?:乙肝|携带|残疾|怀孕|性别|女性|户籍|地域|籍贯)[^。；]{0,30}(?:撤回|撤销|取消|收回)(?:了)?[^。；，]{0,6}(?:录用|聘用)", 5),
    ("声音保护纠纷", r"声音(?:权益|保护)|(?:模仿|合成|克隆|擅自使用).{0,10}(?:原告|其)的?声音", 5),
    ("一般人格权纠纷", r"一般人格权|祭奠权|(?:祭奠|祭拜).{0,10}(?:权利|权)", 4),
    ("一般人格权纠纷", r"人格尊严|人格权益", 2),
    # --- intellectual property and securities (the right infringed names the cause)
    # IP contracts before the infringement rules that share their words (a licence names the patent)
    # software made to order: the contract named by what it builds (小程序及后台管理系统开发合同), or the building told
    # (为被告定制开发…微信小程序, 编写程序…上线)
    ("计算机软件开发合同纠纷", r"软件开发(?:合同|协议|费)|(?:委托|定制)开发.{0,10}(?:软件|系统|APP|App|app|小程序)|(?:开发|定制).{0,6}(?:软件|APP|App|app|小程序|管理系统)"
                      r"|(?:制作|搭建|编写)(?:了)?(?:一个|一套|一款)?[^。；，]{0,6}(?:软件|APP|App|app|小程序|管理系统)"
                      r"|做(?:了)?(?:一个|一套|一款)[^。；，]{0,6}(?:软件|APP|App|app|小程序|管理系统)"
                      r"|(?:软件|系统|APP|App|app|小程序|程序|网站|平台)(?:的)?(?:定制)?开发(?:合同|协议|费|款|项目)"
                      r"|(?:定制|委托|为被告|为原告|为其)开发[^。；]{0,30}?(?:软件|系统|APP|App|app|小程序|程序|平台)"
                      r"|(?:程序编写|编写程序|编写代码|源代码)[^。；]{0,40}(?:上线|验收|交付)|(?:上线|验收|交付)[^。；]{0,40}(?:源代码|源程序)", 6),
    ("技术委托开发合同纠纷", r"技术(?:委托)?开发(?:合同|协议)|委托.{0,10}(?:研发|技术开发)", 5),
    ("技术合作开发合同纠纷", r"技术合作开发|合作(?:研发|开发).{0,10}(?:技术|工艺)", 5),
    # (the contract, its fee or its service, not a company called 某某技术服务有限公司)
    ("技术转让合同纠纷", r"技术转让(?:合同|协议|费)", 5),
    ("技术许可合同纠纷", r"技术许可(?:合同|协议|使用费|费)", 5),
    ("技术咨询合同纠纷", r"技术咨询(?:合同|协议|费)|提供.{0,10}技术咨询", 5),
    ("技术服务合同纠纷", r"技术服务(?:合同|协议|费)|提供.{0,10}技术服务", 5),
    ("技术培训合同纠纷", r"技术培训(?:合同|协议|费)", 5),
    ("技术中介合同纠纷", r"技术中介(?:合同|协议|费)", 6),
    ("著作权转让合同纠纷", r"著作权(?:的)?转让|转让.{0,10}著作权", 5),
    ("著作权许可使用合同纠纷", r"著作权许可使用|(?:作品|版权)(?:的)?许可使用(?:合同|协议)|版权授权(?:合同|协议)", 5),
    ("出版合同纠纷", r"出版(?:合同|协议)", 5),
    ("商标权转让合同纠纷", r"商标(?:权)?(?:的)?转让", 5),
    ("商标使用许可合同纠纷", r"商标(?:的)?使用许可|商标许可(?:使用)?(?:合同|协议|费)|商标使用费", 5),
    ("商标代理合同纠纷", r"商标代理|代理.{0,10}商标(?:注册|申请)", 5),
    ("专利申请权转让合同纠纷", r"专利申请权(?:的)?转让", 7),
    ("专利权转让合同纠纷", r"专利(?:权)?(?:的)?转让|转让.{0,10}专利", 6),
    ("发明专利实施许可合同纠纷", r"发明专利(?:权)?(?:的)?实施许可|发明专利(?:权)?许可(?:合同|协议|使用费)", 6),
    ("实用新型专利实施许可合同纠纷", r"实用新型专利(?:权)?(?:的)?实施许可|实用新型专利(?:权)?许可(?:合同|协议|使用费)", 6),
    ("外观设计专利实施许可合同纠纷", r"外观设计专利(?:权)?(?:的)?实施许可|外观设计专利(?:权)?许可(?:合同|协议|使用费)", 6),
    ("专利代理合同纠纷", r"专利代理|代理.{0,10}专利申请", 6),
    ("专利权权属纠纷", r"确认.{0,20}专利(?:权)?(?:人|归|属于)|专利(?:权)?(?:归属|权属)", 6),
    ("假冒他人专利纠纷", r"假冒.{0,6}专利", 6),
    ("职务发明创造发明人、设计人奖励、报酬纠纷", r"职务发明.{0,30}(?:奖励|报酬)", 6),
    ("侵害实用新型专利权纠纷", r"实用新型", 5),
    ("侵害外观设计专利权纠纷", r"外观设计专利", 5),
    ("侵害发明专利权纠纷", r"发明专利", 5),
    ("侵害计算机软件著作权纠纷", r"计算机软件|软件著作权", 6),
    ("侵害录音录像制作者权纠纷", r"录音录像制作者|音像制品|(?:MTV|卡拉OK|KTV).{0,30}(?:著作|作品|曲目|版权|侵权)"
                    r"|(?:著作|作品|曲目|版权).{0,30}(?:MTV|卡拉OK|KTV)", 5),
    # copyright: the right infringed names the cause (courts name the main right where several are pleaded)
    # a work put online without licence (著作权法 10(12): the public may reach it at a time and place of its choosing):
    # the work and where it was posted (公众号, 网站, 短视频平台), or the statute's words
    ("侵害作品信息网络传播权纠纷", r"信息网络传播权"
                          r"|(?:公众号|网站|网页|网店|微博|抖音|快手|小红书|B站|头条号|百家号|网络平台|视频平台|APP|App|网盘)"
                          r"[^。；]{0,40}?(?:使用|发布|上传|转载|刊登|刊载|播放|传播|提供|配图)[^。；]{0,40}?(?:作品|摄影作品|原创)"
                          r"|(?:作品|摄影作品)[^。；]{0,40}?(?:上传|发布|转载|传播|刊登|使用)[^。；]{0,6}(?:到|至|于|在)[^。；]{0,16}"
                          r"(?:网站|网页|公众号|平台|APP|App|微博|抖音|网店|网盘)"
                          r"|供[^。；]{0,8}(?:在线|随时|免费|任意)[^。；]{0,4}(?:收听|观看|浏览|阅读|下载|播放|收看)"
                          r"|(?:公众|用户|网民)[^。；]{0,6}(?:可以?|能够?)[^。；]{0,6}(?:在?其?(?:个人)?选定的|任意|随时)[^。；]{0,10}(?:浏览|观看|收听|阅读|下载|获得)", 6),
    ("侵害作品放映权纠纷", r"放映权", 6),
    ("侵害作品表演权纠纷", r"(?<!者)表演权", 6),
    ("侵害作品广播权纠纷", r"广播权", 6),
    ("侵害作品复制权纠纷", r"复制权", 5),
    ("侵害作品发行权纠纷", r"发行权", 5),
    ("侵害作品署名权纠纷", r"署名权", 4),
    ("侵害作品修改权纠纷", r"修改权", 5),
    ("侵害保护作品完整权纠纷", r"保护作品完整权", 6),
    ("侵害作品改编权纠纷", r"改编权", 5),
    ("侵害作品摄制权纠纷", r"摄制权", 6),
    ("侵害作品发表权纠纷", r"发表权", 5),
    ("侵害作品汇编权纠纷", r"汇编权", 5),
    ("侵害作品翻译权纠纷", r"翻译权", 5),
    ("侵害作品展览权纠纷", r"展览权", 5),
    ("侵害作品出租权纠纷", r"出租权", 5),
    ("侵害表演者权纠纷", r"表演者权", 6),
    ("著作权权属纠纷", r"确认.{0,20}著作权(?:人|归|属于)|著作权(?:的)?(?:归属|权属)", 5),
    ("著作权权属、侵权纠纷", r"著作权|版权|盗版", 3),
    ("侵害商标权纠纷", r"商标侵权|侵(?:害|犯).{0,10}商标|注册商标专[用有]权|(?:假冒|仿冒).{0,6}(?:注册)?商标|(?:相同|近似)(?:的)?(?:注册)?商标|注册商标", 5),
    # the usual first claim of a mark's owner (商标法 57, 60): stop making or selling goods bearing the sign
    ("侵害商标权纠纷", r"停止(?:生产|销售|制造|使用|许诺销售)[^。；]{0,30}(?:标识|标志|标记|字样|商标)(?:的)?", 5),
    ("侵害植物新品种权纠纷", r"植物新品种|品种权", 5),
    ("侵害企业名称（商号）权纠纷", r"企业名称权|商号权", 5),
    # unfair competition (反不正当竞争法): between competitors, not a consumer's complaint of a seller's ads
    ("侵害技术秘密纠纷", r"技术秘密", 5),
    ("侵害经营秘密纠纷", r"经营秘密|客户名单", 5),
    ("侵害商业秘密纠纷", r"商业秘密", 4),
    ("虚假宣传纠纷", r"虚假宣传.{0,40}不正当竞争|不正当竞争.{0,40}虚假宣传|引人误解的商业宣传", 5),
    ("商业诋毁纠纷", r"商业诋毁|(?:损害|侵害|诋毁).{0,10}(?:竞争对手|商业信誉|商品声誉)", 5),
    ("擅自使用他人有一定影响的企业名称、社会组织名称、姓名纠纷", r"有一定影响的(?:企业名称|社会组织名称|姓名|字号)", 6),
    ("擅自使用与他人有一定影响的商品名称、包装、装潢等相同或者近似的标识纠纷",
     r"有一定影响的(?:商品名称|包装|装潢)|(?:商品名称|包装|装潢).{0,20}(?:相同或者近似|混淆)", 5),
    ("网络不正当竞争纠纷", r"网络不正当竞争|流量劫持|(?:屏蔽|过滤).{0,6}广告", 5),
    ("不正当竞争纠纷", r"不正当竞争", 3),
    ("证券内幕交易责任纠纷", r"内幕交易|内幕信息", 6),
    ("操纵证券交易市场责任纠纷", r"操纵.{0,6}(?:证券|股价|股票|市场)", 6),
    ("融资融券交易纠纷", r"融资融券", 6),
    ("证券投资咨询纠纷", r"证券投资咨询(?:合同|协议|服务|费)|荐股|(?:股票|炒股|证券).{0,12}(?:投资咨询|指导服务|会员服务|VIP)", 4),
    ("期货强行平仓纠纷", r"强行平仓", 5),
    ("期货经纪合同纠纷", r"期货经纪合同|期货(?:账户|交易)", 4),
    ("营业信托纠纷", r"信托(?:合同|计划|产品|受益权)", 4),
    # (an insured's 虚假陈述 at underwriting is no securities case)
    ("证券虚假陈述责任纠纷", r"证券虚假陈述|虚假陈述.{0,20}(?:证券|股票|股价|上市公司|投资者)"
                       r"|(?:证券|股票|上市公司|投资者).{0,20}虚假陈述"
                       # (the loss the securities rules measure: the price paid less the base price, 投资差额损失)
                       r"|投资差额损失", 5),
    ("个人信息保护纠纷", r"个人信息", 3),
    ("生命权、身体权、健康权纠纷", r"殴打|打伤|打成(?:了)?(?:重伤|轻伤|轻微伤|骨折|残疾|伤残|脑震荡)|拳打|脚踢|推倒|轻伤|轻微伤|人身损害赔偿", 3),
    # a fight between the parties told by its acts (推搡, 击打, 互殴, 厮打, 扭打在一起): whoever fell or broke a bone in it
    # was hurt by the other's act (民法典 1165, 1173), not on a premises whose keeper owed care
    ("生命权、身体权、健康权纠纷", r"推搡|击打|互殴|斗殴|厮打|扭打|撕扯|打架|(?:先|首先|率先)动手"
                           # (a blow struck with something in hand: 他用砖头砸我的头, 拿木棍打我)
                           r"|(?:用|拿|抄起|操起)(?:起)?(?:砖头|石头|木棍|棍子|铁棍|钢管|酒瓶|板凳|凳子|铁锹|锄头|扁担|菜刀|刀)"
                           r"[^。；，]{0,4}?(?:砸|打|砍|捅|刺)(?:伤|了)?(?:我|原告|他|她)", 3),
    # --- family and succession
    # marriage: what is asked of a marriage that goes on, or one void or voidable (民法典 1051-1054, 1065, 1066)
    ("婚内夫妻财产分割纠纷", r"婚内.{0,12}(?:分割|析产)|(?:婚姻关系存续期间|不离婚).{0,20}分割.{0,12}(?:夫妻)?共同财产", 5),
    ("离婚后损害责任纠纷", r"离婚(?:后)?损害(?:赔偿|责任)", 5),
    ("婚姻无效纠纷", r"婚姻无效|(?:宣告|确认).{0,16}婚姻.{0,4}无效", 5),
    ("撤销婚姻纠纷", r"撤销.{0,16}婚姻(?!登记)|婚姻.{0,6}(?:予以)?撤销|(?:胁迫|隐瞒.{0,10}(?:重大疾病|病史)).{0,30}(?:结婚|登记)", 5),
    ("夫妻财产约定纠纷", r"夫妻财产约定|(?:婚前|婚内|婚后)财产(?:约定|协议)", 5),
    # (performing a divorce agreement's property terms, 民法典 1087 and 婚姻家庭解释一 69-70, is the same cause)
    ("离婚后财产纠纷", r"离婚协议.{0,30}(?:房屋|房产|住房|楼房|财产|存款|车辆|补偿款|欠款).{0,20}(?:归原告|补偿|支付|给付|过户)|离婚后.{0,20}(?:财产|分割)|离婚时.{0,10}(?:未|没有)(?:分割|处理)|隐藏.{0,6}夫妻共同财产"
                # (common property one spouse hid, moved or sold off at the divorce, asked divided again: 民法典 1092's
                # 隐藏、转移、变卖、毁损、挥霍 and its 再次分割)
                r"|离婚(?:时|前)[^。；]{0,16}(?:隐匿|隐藏|转移|变卖|毁损|挥霍)[^。；]{0,8}(?:夫妻)?共同财产|请求再次分割"
                # (told the other way round, 是夫妻共同财产，他故意藏起来; or the article itself cited)
                r"|夫妻共同财产[^。；]{0,12}(?:藏起来|藏匿|隐藏|隐瞒|隐匿)|民法典》?第一千零九十二条"
                # (a common debt one of them paid after the divorce, its share asked of the other: 民法典 1089)
                r"|离婚后[^。；]{0,20}(?:偿还|归还|还清|清偿)[^。；]{0,10}(?:夫妻)?共同债务"
                # (an asset of the marriage the divorce left out, asked divided: 分割婚姻关系存续期间…的公积金; 民法典 1092)
                r"|(?:分割|平分)[^。；]{0,12}婚姻(?:关系)?存续期间"
                # (an asset the divorce agreement left out: 离婚协议上只写了…，没有写那栋楼房)
                r"|离婚协议[^。]{0,40}?(?:没有|没|未)(?:写|约定|提到|提及|处理|分割|涉及)[^。；，]{0,16}?(?:房|楼|车|存款|财产|宅)"
                # (a divorce by agreement, the agreement's term told in lay words: 协议离婚，协议上写了房子归我)
                r"|(?:协议|登记)离婚[^。]{0,12}?协议(?:书)?(?:上|里|中)?(?:写|写明|约定|说|讲)(?:了|的|好|明)?[^。；]{0,16}?"
                r"(?:房|楼|车|存款|钱|财产|宅)[^。；，]{0,6}?归(?:我|原告)", 5),
    ("婚约财产纠纷", r"彩礼|婚约", 4),
    # an engagement by local custom (定亲, 订婚, the wedding date sent: 送日子) and its gifts asked back
    ("婚约财产纠纷", r"定亲|订婚|订亲|送日子|(?:见面礼|定亲礼|订婚礼|礼金)[^。；]{0,20}(?:返还|退还|一分不退|不退)", 5),
    ("变更抚养关系纠纷", r"变更.{0,8}抚养|改由原告.{0,4}抚养|抚养权.{0,6}变更", 5),
    ("离婚纠纷", r"(?:判令|判决|准予|请求).{0,10}离婚|解除婚姻关系|感情(?:确已|已经|完全)?破裂|(?:原告|原、被告|双方)离婚", 4),
    ("探望权纠纷", r"探望", 4),
    # the parent living apart kept from the child (民法典 1086), told in a parent's words: not let to see or fetch the
    # child, the visits the divorce fixed (每月可以看孩子两次), or the other parent's obstruction asked to stop
    ("探望权纠纷", r"(?:不让|不准|不许|不给|阻挠|阻止|阻拦|拒绝|妨碍|干涉)(?:我|原告|其|他|她)?(?:去|再|继续)?(?:看|见|接|探视|看望|见到|看到)(?:望)?"
                r"(?:一眼|一面)?(?:孩子|儿子|女儿|小孩|子女|孙子|孙女|外孙|外孙女)"
                r"|探视(?:权|孩子|儿子|女儿|子女)|看望(?:孩子|儿子|女儿|子女)"
                r"|(?:每月|每周|每个月|每星期|每半个月)[^。；]{0,8}(?:看|接|见|探视)(?:一次|两次)?(?:孩子|儿子|女儿|小孩)", 4),
    # the child of an unmarried couple: who raises it (a claim for custody; support alone stays 抚养费纠纷)
    ("同居关系子女抚养纠纷", r"(?:(?<!共)同居|非婚生|未(?:办理|进行)结婚登记|未领取?结婚证).{0,60}(?:抚养权|(?:由|归)原告.{0,4}抚养|随原告.{0,4}生活|直接抚养)", 5),
    ("否认亲子关系纠纷", r"否认.{0,12}(?:亲子|父子|父女|母子|母女)关系|确认.{0,20}(?:不存在|没有|并非|不是).{0,6}(?:亲子|亲生|父子|父女|母子|母女)", 6),
    ("确认亲子关系纠纷", r"确认.{0,20}(?:存在)?(?:亲子|父子|父女|母子|母女)关系", 5),
    ("解除收养关系纠纷", r"解除.{0,12}收养关系", 6),
    ("确认收养关系纠纷", r"确认.{0,20}收养关系|收养关系.{0,6}(?:无效|成立|有效)", 6),
    ("收养关系纠纷", r"收养", 3),
    ("监护权纠纷", r"监护权", 4),
    # property bought or shared while living together unmarried (分割同居期间购买的车辆)
    ("同居关系析产纠纷", r"(?<!共)同居.{0,30}(?:财产|析产|分割)|分割.{0,12}(?<!共)同居|(?<!共)同居期间.{0,20}(?:共同|出资|购买|购置)", 4),
    ("抚养费纠纷", r"抚养费|抚育费", 3),
    ("变更赡养关系纠纷", r"变更.{0,6}赡养", 5),
    # between spouses or siblings; 扶养子女 is a common slip for 抚养
    ("扶养纠纷", r"扶养费|扶养义务|(?:夫妻|配偶|丈夫|妻子|兄|弟|姐|妹).{0,10}扶养", 5),
    ("赡养纠纷", r"赡养", 4),
    # the lay word for the money a parent is kept with (养老钱, 养老费; 养老金 is a pension, 养老服务费 a care home's bill)
    # (one's own savings for old age, 攒了一辈子的养老钱, are no one's support)
    ("赡养纠纷", r"(?:(?<=[，。；：:\n])|^)(?:(?!攒|存|积蓄|积攒)[^，。；：:\n]){0,30}?养老钱|(?<!服务)养老费", 4),
    # a parent asking the children to keep him (民法典 1067), told without the word: a monthly 生活费 for the father or
    # mother, the children sharing the parent's living or medical costs
    ("赡养纠纷", r"(?:给付|支付|给|付)(?:父亲|母亲|父母|老人|爸爸|妈妈)[^。；]{0,6}(?:生活费|医疗费|医药费)"
              r"|(?:父子|父女|母子|母女)关系[^。]{0,60}(?:生活费|医疗费|医药费)"
              r"|(?:子女|儿女|兄弟姐妹)[^。；]{0,16}(?:分担|平均分担|共同承担|共同负担|轮流)[^。；]{0,10}(?:生活费|医疗费|医药费|赡养)", 4),
    ("遗赠扶养协议纠纷", r"遗赠扶养", 6),
    # care for life and burial promised in return for property after death (民法典 1158), however the agreement is told
    ("遗赠扶养协议纠纷", r"(?:照料|照顾|扶养|养老|生养死葬|养老送终|送终|安葬|后事|丧葬|生活起居|伺候|侍候)[^。]{0,60}(?:遗赠|(?:去世|死亡|百年|过世)后[^。；]{0,20}"
                    r"(?:归|给|赠|留给))|(?:遗赠|(?:去世|过世|百年)后[^。；]{0,20}(?:归|留给))[^。]{0,40}(?:照料|照顾|扶养|养老|送终|安葬)", 6),
    ("遗赠纠纷", r"遗赠(?!扶养)", 5),
    ("遗产管理纠纷", r"遗产管理(?:纠纷|人.{0,20}(?:赔偿|责任|报酬|移交|交付))", 5),
    ("转继承纠纷", r"转继承", 5),
    # the heir's child inheriting in place of a parent who died before the deceased (民法典 1128): the predeceased
    # parent, or the grandchildren told they have no share
    # (a parent who died before the other parent, or before "被继承人" who may be that other parent, is no substitution)
    ("代位继承纠纷", r"代位继承|代(?:其|原告)?(?:已故|去世|过世)(?:的)?(?:父亲|母亲|爸爸|妈妈)继承"
                 r"|(?:原告|我)(?:们|二人|三人)?的?(?:父亲|母亲|爸爸|妈妈|父|母)[^。；]{0,30}?(?:先于|早于)"
                 r"(?!被继承人|(?:其|原告|我)?的?(?:父亲|母亲|父|母|丈夫|妻子|配偶|爸爸|妈妈|老伴))"
                 r"[^。；]{0,16}?(?:死亡|去世|过世|病故|亡故|离世|病逝)"
                 r"|(?:孙子|孙女|外孙|外孙女|孙辈|侄子|侄女|外甥|外甥女)[^。；]{0,12}(?:没有份|没份|无份|无权(?:继承|分)|不能继承|不能分|不该分|没资格|没有资格"
                 r"|不是继承人|不享有继承权)", 5),
    # the same told in the statute's words (民法典 1128): the heir's issue (晚辈直系血亲) taking the share the predeceased
    # parent was to inherit (继承其父亲应当继承的遗产份额), or an heir named as dead before the deceased (先于被继承人死亡)
    ("代位继承纠纷", r"(?:晚辈直系血亲|直系晚辈血亲)[^。]{0,30}?继承"
                 r"|继承其(?:父亲|母亲|父|母|爸爸|妈妈)(?:生前)?(?:依法)?(?:应当|应|有权|可以)?(?:继承|分得)的(?:遗产)?份额"
                 r"|先于被继承人(?:死亡|去世|过世|病故|亡故|离世|病逝)", 5),
    # a will, not the statement that there was none (父母生前没有留下遗嘱, 未立遗嘱: the estate passes by law, 民法典 1123)
    ("遗嘱继承纠纷", r"(?<![未没无])(?<!没有)(?<![未没无有][留立])(?<![未没无有][留立][下有])(?<!没有[留立])(?<!没有[留立][下有])(?<!任何)"
     r"(?<!书面)遗嘱", 4),
    # (a scar or an after-effect left on the body, 遗留明显疤痕, is no estate)
    ("法定继承纠纷", r"继承|遗产|遗留(?![^。；，]{0,4}(?:疤痕|瘢痕|伤疤|后遗症|残疾|功能障碍))|遗有|去世后.{0,10}(?:房屋|房子|财产|存款)"
               # (in lay words: 爸妈去世后留下一套房子)
               r"|(?:去世|过世|病故|死)(?:了)?(?:后|以后|之后)?[^。；，]{0,2}(?:留下|遗下|留有)"
               # (the death and what was left told apart by a comma: 老伴去年去世了，留下一套房子; a thing of value, not
               # the family, left behind)
               r"|(?:去世|过世|病故|病逝)(?:了)?[，,](?:留下|遗下|留有)(?:了)?[^。；，]{0,6}?(?:房|楼|屋|存款|财产|宅基地|积蓄|门面|铺面)", 3),
    # land rights and the village's members (民法典 261-265, 330-343, 362-365)
    ("土地承包经营权确认纠纷", r"确认.{0,20}土地承包经营权|土地承包经营权.{0,10}(?:确认|归属)"
                     # (the plot described at length before the right: 确认坐落于…的水田1.8亩（四至：…）的土地承包经营权归原告)
                     r"|确认[^。；]{0,80}?的土地承包经营权(?:归|属于|为)", 6),
    ("土地承包经营权继承纠纷", r"继承.{0,10}(?:土地承包经营权|承包地|承包的土地)|(?:土地承包经营权|承包地).{0,10}继承", 6),
    # the family's contracted field taken over by another villager and asked back (把占去的我家…田退还给我家耕种): the
    # right itself is in dispute with one who holds no contract with the filer (民法典 331); a contract or rent told
    # anywhere keeps the contract's cause (_LAND_DEAL, infer_cause)
    ("土地承包经营权纠纷", r"(?:占去|霸占|强占|侵占|抢占|占了|占着|抢种|强种|强行耕种|强行种植)(?:了)?(?:的)?[^。；，]{0,16}?"
                   r"(?:田|耕地|承包地|责任田|口粮田|承包的土地)[^。；]{0,20}?(?:退还|返还|退给|还给|归还|交还)"
                   r"|(?:退还|返还|退给|还给|归还|交还)[^。；]{0,8}?(?:霸占|占去|强占|侵占|抢占|抢种|强种)(?:了)?的[^。；，]{0,16}?"
                   r"(?:田|耕地|承包地|责任田|口粮田|承包的土地)", 5),
    ("承包地征收补偿费用分配纠纷", r"承包地.{0,20}(?:征收|征用|征地).{0,20}补偿|征收补偿费用?分配", 4),
    # (the contracted land told otherwise: 承包土地, 责任田; the compensation of land taken asked as a share)
    ("承包地征收补偿费用分配纠纷", r"(?:承包(?:的)?(?:土地|耕地|田地)|责任田|口粮田)[^。；]{0,20}(?:征收|征用|征地|被征)[^。；]{0,20}补偿"
                           r"|(?:征收|征用|征地|被征)[^。；]{0,16}(?:土地)?补偿(?:款|费|费用)[^。；]{0,6}分配", 5),
    # a villager's share of the land-taking compensation asked of the village group (村民小组, 组里) that shares it out
    ("承包地征收补偿费用分配纠纷", r"(?:村民小组|村民组|村委会|村民委员会|经济合作社|经济联合社|组里|村里)[^。；]{0,30}?"
                           r"(?:土地征收|征地|征收土地|土地征用|征用土地)(?:的)?补偿(?:款|费)", 5),
    # the share itself asked to be paid out to the filer (向原告支付…土地征收补偿款): a villager's share of what the land
    # taken was paid for; the taker paying the village (征收方支付征地补偿费) is no such share
    # (the filers may be listed by number: 向原告一、原告二分别支付)
    ("承包地征收补偿费用分配纠纷", r"(?:向|给)(?:[一二三四五六七八九十两\d]*(?:原告|上诉人)[一二三四五六七八九十\d]*"
                           r"(?:[、和及与](?:原告|上诉人)?[一二三四五六七八九十\d]+)*|我|我们|我家)[^。；，]{0,6}?"
                           r"(?:支付|给付|分配|发放|分给|补发)[^。；，]{0,16}?(?:土地)?(?:征收|征用|征地)(?:的)?(?:土地)?补偿(?:款|费)", 5),
    ("侵害集体经济组织成员权益纠纷", r"集体经济组织成员|(?:同等|平等|同样)(?:享有|分配|的)?.{0,6}村民待遇"
                           r"|(?:村民小组|村委会|村民委员会|经济合作社|经联社).{0,40}(?:分红|分配款|福利|安置补助)", 4),
    ("侵害集体经济组织成员权益纠纷", r"(?:征地|土地)补偿(?:款|费).{0,20}(?:分配|分得|份额)", 3),
    # the collective's income shared out to its members (集体土地租金分配款, 分红款) asked by one left out, a woman married
    # out of the village (出嫁女, 外嫁女) the usual one: the membership is the dispute, whatever the income came from
    # (a lease of the collective's land, a company's dividend) (民法典 261, 265)
    ("侵害集体经济组织成员权益纠纷", r"集体[^。；，]{0,12}?(?:分配款|分红款|收益分配)|出嫁女|外嫁女"
                           r"|(?:集体经济组织|本村|本组|村民)(?:的)?成员(?:资格|身份)", 5),
    ("居住权合同纠纷", r"居住权(?:合同|协议)", 6),
    ("居住权纠纷", r"居住权", 3),
    ("地役权纠纷", r"地役权", 5),
    ("共有人优先购买权纠纷", r"共有人.{0,12}优先购买|优先购买.{0,20}共有", 5),
    ("债权人代位析产纠纷", r"代位析产", 6),
    ("共有权确认纠纷", r"共有权确认|确认.{0,30}(?:共同共有|按份共有)", 5),
    ("分家析产纠纷", r"分家析产|分家", 4),
    ("共有物分割纠纷", r"共有物分割|分割.{0,6}共有|共同共有.{0,10}分割", 4),
    ("同居关系纠纷", r"(?<!共)同居", 3),
    # --- property
    ("物业服务合同纠纷", r"物业费|物业服务|物业管理费|物业公司|(?:小区|楼盘|业主).{0,20}管理费", 4),
    # a neighbour blocking the way out across their land (民法典 291): the level-4 相邻通行 (kept only between
    # neighbours, see _NEIGHBOURS), before the general removal of an obstruction
    # water drained from or blocked by a neighbour (民法典 290): rain or waste water let onto the plaintiff's land, or the
    # drain it used stopped up; kept only between neighbours (_NEIGHBOURS), a factory's effluent is pollution
    ("相邻用水、排水纠纷", r"相邻(?:的)?(?:用水|排水)|排水(?:沟|渠|管|口|通道|设施)?|(?:雨水|污水|积水|废水|生活用水).{0,20}(?:排|流|淌|灌|渗|溢)"
                      r"|倒灌|(?:水沟|沟渠|水渠|下水道|阴沟).{0,12}(?:堵|填|封|截)|(?:截断|阻断|堵截|截留).{0,6}(?:水源|水流|水渠)", 4),
    # the drain the plaintiff's water ran off by filled, blocked or walled (民法典 290), the rain flooding back
    ("相邻用水、排水纠纷", r"用水、排水|(?:排水沟|排水渠|排水明沟|排水暗沟|排水管|水沟|明沟|阴沟|沟渠|水渠)[^。；，]{0,8}(?:被)?(?:填埋|填平|回填|填掉|填了|堵死|堵塞|堵住|封堵|截断|占用|砌)"
                      r"|(?:填埋|填平|回填|填掉|堵死|堵塞|封堵|截断)(?:了)?[^。；，]{0,10}(?:排水沟|排水渠|明沟|暗沟|水沟|沟渠|水渠|排水)"
                      r"|雨水倒灌|排水(?:受阻|不畅)|(?:保证|恢复|保障)[^。；，]{0,8}排水畅通"
                      # or the neighbour's rain or waste water let into the plaintiff's yard, house or field (排入原告院内),
                      # by a pipe laid through the plaintiff's wall (院墙下埋设排水管): the other half of 民法典 290
                      # (in an appeal the plaintiff below is the 被上诉人 whose yard the water ran into)
                      r"|(?:雨水|污水|积水|废水|脏水|洗衣水|生活用水|[积積]水)[^。；]{0,12}?(?:排入|排到|排进|排向|流入|流进|流到|灌入|灌进|涌入|淌进|淌到)"
                      r"[^。；，]{0,4}?(?:被上诉人|原告|我家|我们家|我)(?:家)?(?:的)?(?:院|宅|房|屋|地|田|承包地|家)"
                      # (the rain told, the water only 水: 一下雨他家院里的水就全淌到我家院里)
                      r"|(?:下雨|下大雨|下暴雨|雨天|落雨)[^。；]{0,12}?水[^。；，]{0,4}?(?:排入|排到|排进|流入|流进|流到|灌入|灌进|涌入|淌进|淌到|淌入)"
                      r"[^。；，]{0,4}?(?:被上诉人|原告|我家|我们家|我)(?:家)?(?:的)?(?:院|宅|房|屋|地|田|承包地|家)"
                      r"|(?:埋[设設]|铺[设設]|私[设設]|安[设設])[^。；，]{0,4}(?:的)?排水管"
                      # or led by pipe or gutter straight at the neighbour's wall or house (将屋面雨水…引向原告房屋西墙)
                      r"|(?:雨水|污水|积水|废水|脏水|生活用水)[^。；]{0,16}?(?:引向|排向|导向|引至|排至|引到|冲向|对着)"
                      r"[^。；，]{0,3}?(?:被上诉人|原告|我家|我们家|邻居)", 5),
    ("相邻通行纠纷", r"相邻(?:的)?通行|通行权|" + _DRY_CLAUSE + r"唯一(?:的)?(?:通道|通路|出路|道路)"
                  r"|(?:通道|通路|过道|出路|巷道|胡同)(?:上|口|北口|南口|东口|西口)?.{0,12}(?:砌|垒|堵|封|拦|阻断|设置障碍|修建|建造|搭建)"
                  r"|(?:恢复|保障|妨碍|阻碍|影响)(?:了)?(?:原告)?(?:的)?(?:正常)?通行|(?:无法|不能)通行", 4),
    # the same as it decides a case (a heading's 相邻关系纠纷 gives way to it, stated_child): the way out told as the
    # only one (唯一的道路, 进出只有这条路), or the way the plaintiff used walled, gated or locked (路口砌了一道砖墙, 装了铁门上锁),
    # and the passage asked back (让我们家通行, 恢复原有道路); kept only between neighbours (_NEIGHBOURS) as above
    ("相邻通行纠纷", r"相邻(?:的)?通行|通行权|" + _DRY_CLAUSE + r"唯一(?:的|一条)?(?:可供?(?:日常)?通行的)?(?:通道|通路|出路|道路|进出道路|出入道路|路)"
                  r"|(?:进出|出入|出门|进村|回家|出村)(?:只有|只能|仅有|就只有)(?:从|经|走|靠)?"
                  r"|(?:路口|路上|路中间|小路|便道|便路|过道|通道|巷道|巷子|胡同|出路|道路|村道)(?:的)?(?:入口|出口|口|上|中间)?"
                  r"[^。；，]{0,8}?(?:砌|垒|筑|修|建|装|安装|竖|设)(?:了|起)?(?:一道|一堵|一扇|一个)?"
                  r"(?:砖墙|围墙|土墙|石墙|墙|铁门|大门|院门|栅栏|铁栅栏|篱笆|铁丝网|门)"
                  r"|(?:让|使|准许|允许)(?:原告|我|我们|我家|我们家)(?:家)?(?:的人)?(?:正常)?通行"
                  # (an answer's: the neighbour who sued over the way blocked, to be let pass: 起诉我堵路, 需要让他通行)
                  r"|(?:告|起诉|诉)(?:我|我们|答辩人|被告)[^。；，]{0,4}?(?:堵路|堵道|挡路|拦路)"
                  r"|(?:让|使|准许|允许)(?:他|她|他们|他家|被答辩人|对方)(?:家)?(?:的人)?(?:正常)?通行"
                  r"|恢复[^。；，]{0,16}?(?:原有|原来|原先|以前)(?:的)?(?:道路|通道|通路|出路|路)", 5),
    ("排除妨害纠纷", r"排除妨害|排除妨碍|停止侵害.{0,10}(?:占用|通行)", 4),
    # removing what someone built or piled to obstruct a property or a passage (民法典 236); weaker than the
    # words above, so a lease (腾退, 租金) that also asks removal stays a lease
    ("排除妨害纠纷", r"(?:拆除|清除|清理|搬离|移除|搬走).{0,30}?(?:搭建|堆放|堆砌|修建|建造|设置|放置|摆放)(?:在[^，。；]{0,12})?的"
                r"|恢复.{0,8}(?:通道|通行|道路).{0,4}畅通"
                # (an answer telling what it was asked to pull down: 该农具棚系…搭建…现被答辩人要求拆除)
                r"|(?:被答辩人|原告|对方)(?:要求|请求)(?:答辩人|被告|我|我们)?拆除"
                # (a layperson's: the things piled in the stairway asked cleared, 把楼道里的东西清走)
                r"|(?:楼道|过道|走廊|楼梯间?|消防通道|公共通道)(?:里|上|内|中)?[^。；，]{0,10}?(?:东西|杂物|物品|垃圾|纸箱|柜子|鞋柜)"
                r"[^。；，]{0,4}?(?:清走|搬走|拿走|清掉|挪走|移走|清理(?:掉|干净)?|搬开)", 3),
    ("返还原物纠纷", r"返还原物", 4),
    # a thing held without right by someone with no contract over it (民法典 235); a lease, loan or deposit
    # names its own contract with stronger words
    ("返还原物纠纷", r"(?:扣留|扣押|强占|霸占|侵占|强行(?:开走|拿走|拉走)|抢走).{0,12}(?:原告|其)(?:的|所有的)?.{0,10}"
                  r"(?:车辆|汽车|货车|挖掘机|手机|物品|财物|设备|货物|证件)", 3),
    ("业主撤销权纠纷", r"撤销.{0,30}(?:业主大会|业主委员会|业委会).{0,20}(?:决定|决议)", 6),
    ("业主知情权纠纷", r"业主知情权|(?:公布|查阅|公开).{0,30}(?:维修资金|公共收益|业主委员会|业委会).{0,20}(?:账|资料|情况|收支)", 5),
    ("业主共有权纠纷", r"业主共有|(?:共有部分|公共部位|公共区域|屋顶平台|楼道|消防通道|绿化带|绿地).{0,20}(?:占用|侵占|私搭|搭建|圈占|改变用途)"
                   r"|(?:占用|侵占|圈占).{0,20}(?:共有部分|公共部位|公共区域|绿地|绿化带)", 4),
    ("车位纠纷", r"(?:车位|停车位).{0,12}(?:归属|所有权|使用权|被占|占用|侵占)|(?:占用|侵占).{0,12}(?:车位|停车位)", 4),
    # a residential estate's parking spaces as such (民法典 275-276): a space under civil-defence works (人防车位, not to be
    # sold), the developer's duty to meet the owners' need first, the space's price or its transfer deed, the estate's
    # planned spaces let or sold to others; decisive, so a stated 建筑物区分所有权纠纷 gives way to it (stated_child)
    # and a car-hire firm that took the spaces is no car-hire contract
    ("车位纠纷", r"人防(?:工程)?(?:车位|停车位)|人防工程[^。；]{0,20}车位|首先满足业主|民法典》?第二百七十[五六]条"
              r"|车位(?:价)?款|车位(?:使用权)?(?:转让|买卖|租赁)(?:协议|合同)"
              r"|规划(?:的)?(?:地面|地下)?(?:停)?车位[^。；]{0,20}(?:出租|出售|租给|卖给|转让)", 5),
    # a thing lost and found by another who keeps it (民法典 314-317): the finding told (捡到, 拾得) or the loss and the
    # taking (落在菜市场的袋子被她拿走, 丢在出租车上的包被司机收起)
    # (a thing that fell and was not picked up, 掉落在地里未能收起, is no thing found and kept)
    ("遗失物返还纠纷", r"遗失物|拾得|捡拾|(?:捡|拾)(?:到|走|了|去|起|回)"
                    r"|(?:落在|遗落在?|丢在|遗忘在|忘在|掉在|掉落在|落到)[^。；]{0,30}?(?:被|让|给)?[^。；]{0,16}?(?<![未没不]能)(?<!没有)(?<![未没])(?:拿走|拿起|收起|取走|带走|据为己有|占为己有)", 4),
    ("消除危险纠纷", r"消除危险", 5),
    ("抵押权纠纷", r"(?:注销|涤除|解除|撤销).{0,10}抵押(?:权|登记)|抵押(?:权|登记).{0,6}(?:注销|涤除|无效)", 4),
    ("留置权纠纷", r"留置权|(?:行使|享有).{0,6}留置", 5),
    # a neighbour's building that takes the plaintiff's light or sun (民法典 293), as a layperson tells it too: no sun
    # reaching the house, the light blocked, lamps lit by day; kept only between neighbours (_NEIGHBOURS)
    ("相邻采光、日照纠纷", r"采光|(?<!市)日照(?!市)|(?:照不到|晒不到|见不到|见不着|看不到|看不见|照不进|晒不着|照不着|晒不了|不见|没有|没了)(?:太阳|阳光|日头)"
                      r"|挡着[^。；，]{0,6}窗|(?:太阳|阳光|日头)[^。；，]{0,4}(?:照不进|照不到|晒不进|晒不到|进不来)"
                      r"|(?:挡住|遮挡|遮住|挡了|阻挡|挡掉|遮蔽|挡)(?:了)?[^。；，]{0,8}(?:阳光|光线|太阳|光照)"
                      r"|(?:阳光|光线|太阳)[^。；，]{0,4}(?:被|给)[^。；，]{0,8}(?:挡|遮)|(?:白天|大白天)[^。；，]{0,4}?(?:也|都)?(?:要|必须|得|需要|只能)开灯"
                      r"|(?:屋里|屋内|室内|房间里?)(?:一整天|整天|白天|大白天|常年)?(?:都|也)?(?:是|很|特别)?(?:黑|暗)(?:的|乎乎|洞洞)", 4),
    # a neighbour's cooking fumes or smoke let at the filer's home (油烟管道出口正对原告卧室窗户, 油烟直接灌入家中), the pipe asked
    # moved: the neighbour's discharge of a pollutant onto the adjoining property (民法典 294)
    ("相邻污染侵害纠纷", r"(?:油烟|烟气)[^。；]{0,20}?(?:排向|排到|排入|排进|对着|正对|直对|朝向|灌入|灌进|飘进|飘入|熏进|涌入|窜入|窜进)"
                      r"[^。；，]{0,10}?(?:原告|我家|我们家|窗|卧室|阳台|家中|家里|室内|屋里|住宅|房屋)"
                      r"|(?:油烟|排烟|烟道|排风)(?:的)?(?:管道|管|烟道|出口|排放口|排烟口|风口|风机)[^。；]{0,20}?(?:正对|对着|直对|朝向|紧挨|紧邻)"
                      r"[^。；，]{0,8}?(?:窗|卧室|阳台|住宅|房屋|家)"
                      r"|(?:移除|移走|移离|移开|拆除|改装|迁移|迁走|挪走|移位|改道)[^。；，]{0,10}(?:油烟|排烟)(?:的)?(?:管道|管|烟道|出口|设备)", 5),
    ("相邻关系纠纷", r"相邻(?:关系|权|方|的?(?:权利|排水|用水))|通风", 3),
    ("宅基地使用权纠纷", r"宅基地使用权|宅基地.{0,12}(?:归属|确权|占用|侵占|界址)", 3),
    # a wall, a house or a shed put up on the filer's homestead (在原告宅基地上砌筑…): the use right is what it breaks
    # (also built on the part of it taken: 占我家宅基地上盖的伙房)
    ("宅基地使用权纠纷", r"(?:在|占(?:用|了)?)(?:原告|我|我们|我家)(?:家)?(?:的)?(?:合法)?宅基地(?:上|内|范围内)[^。；]{0,8}?(?:砌|建|盖|修|搭|堆|种|挖)", 4),
    # the homestead's use right asked confirmed (确认原告对…宅基地享有使用权): the right is the dispute; stopping the
    # other's building on it and clearing it are what follows from the right (民法典 362-365)
    # (the plot's bounds in brackets after it, 宅基地（东至…，西至…）使用权归原告, are part of naming it)
    ("宅基地使用权纠纷", r"确认[^。；]{0,60}?宅基地(?:[（(][^（()）]{0,60}[）)])?[^。；]{0,30}?(?:享有|拥有|的)?使用权|宅基地[^。；，]{0,4}(?:归原告|归我)", 5),
    # damage to things (民法典 1184), a weaker word than a traffic accident or a falling object; leaks between
    # flats after the neighbour rule (earlier on ties)
    ("财产损害赔偿纠纷", r"财产损害赔偿|(?:损坏|毁坏|砸坏|砸毁|烧毁|烧坏|毁损|破坏|挖毁|铲除|砍伐)(?:了)?(?:原告)?(?:的|家)?.{0,8}"
                    r"(?:财物|物品|车辆|汽车|房屋|门窗|庄稼|树木|苗木|林木|农作物|果树|围墙|设备|货物|大门|玻璃|手机)"
                    r"|(?:漏水|渗水).{0,30}(?:损失|损坏|浸泡|受损)"
                    # (a fire let spread onto the plaintiff's things: 火顺着风刮进原告家场院，把…秸秆全部烧光)
                    r"|火(?:势)?[^。；，]{0,10}(?:蔓延|烧到|刮进|窜到|引燃)|把[^。；，]{0,40}?(?:烧毁|烧光|烧坏|烧掉)"
                    # (a neighbour's works that cracked the plaintiff's wall: 敲墙头，把我家山墙敲松脱了，墙壁裂开一条缝)
                    r"|(?:敲|拆|砸|挖)[^。；]{0,12}(?:墙|地基)[^。；]{0,20}(?:松|裂|塌|倒)", 3),
    ("所有权确认纠纷", r"确认.{0,20}(?:所有权|归原告所有|属原告所有)", 4),
    # --- contracts
    # formation, validity and the parties' changes (民法典 495, 500, 538-552)
    ("缔约过失责任纠纷", r"缔约过失", 6),
    ("预约合同纠纷", r"预约合同", 4),
    ("确认合同有效纠纷", r"确认.{0,24}(?:合同|协议).{0,4}(?:合法)?有效", 5),
    # a debtor giving away what the creditor needed (民法典 538): the creditor's debt is only its background
    ("债权人撤销权纠纷", r"债权人撤销权|(?:逃避|规避|恶意).{0,6}债务.{0,30}(?:赠与|转让|放弃)|(?:赠与|转让|放弃).{0,30}(?:逃避|规避).{0,4}债务", 5),
    # an assignee suing the debtor for the underlying money by its name (货款) sues on the debt assigned (the loan, the
    # sale: courts register the underlying relationship, as in CAIL2019-RC and CAIL2021 judgments), one asking the
    # assigned debt as such (债权款, a bare 价款) on the assignment (see _GOODS_PRICE); the 2020 list gives one assignee's suit its own
    # cause, an asset manager collecting a bank's bad loan. 债权转让 alone (below) is the assignment contract itself.
    ("金融不良债权追偿纠纷", r"不良(?:债权|资产|贷款).{0,30}(?:转让|受让|收购|购买|拍卖|打包)|(?:转让|受让|收购|购买|拍卖|打包).{0,30}不良(?:债权|资产|贷款)"
                       r"|不良资产包", 5),
    ("债权债务概括转移合同纠纷", r"债权债务.{0,6}(?:概括)?(?:转移|承继)", 6),
    ("债务转移合同纠纷", r"债务转移|免责的债务承担", 5),
    ("债务加入纠纷", r"债务加入|加入.{0,6}债务|并存的债务承担", 4),
    ("悬赏广告纠纷", r"悬赏", 5),
    ("无因管理纠纷", r"无因管理", 6),
    # managing another's affairs with no duty to (民法典 979: "没有法定的或者约定的义务"): a neighbour who had the burst
    # pipe mended while the owner was away, a stranger cared for; the costs asked back are no loan (nothing was lent)
    ("无因管理纠纷", r"(?:没有|并无|并没有|无|不负有|不具有)(?:任何)?(?:法定(?:的)?(?:或者?|和|及|、|或是)?(?:约定)?|约定(?:的)?(?:或者?|和|及|、)?(?:法定)?)"
                r"(?:的)?义务[^。；]{0,30}?(?:管理|照料|照顾|救助|救治|垫付|抢修|看护|保管|代为|代付|支出|支付|避免)"
                r"|(?:管理|照料|照顾|救助|救治|垫付|抢修|看护|保管|代为|代付|支出|支付)[^。；]{0,60}?"
                r"(?:没有|并无|并没有|无|不负有|不具有)(?:任何)?(?:法定(?:的)?(?:或者?|和|及|、|或是)?(?:约定)?|约定(?:的)?(?:或者?|和|及|、)?(?:法定)?)"
                r"(?:的)?义务"
                r"|(?:未受|没有受|并未受|未经|没有经过|未得到)(?:到)?(?:任何人|任何|被告|其|对方)?(?:的)?(?:委托|请求|嘱托|同意)[^。；]{0,20}?"
                r"(?:代为|代付|垫付|照料|照顾|管理|看护|抢修)", 4),
    # the same told by a layperson: nobody asked the plaintiff to step in (没有人叫我管), the costs of keeping another's
    # animals or things asked back (为他养牛花的草料费), strays or things the flood brought kept until the owner came
    ("无因管理纠纷", r"(?:没有|并没有|没|无|并无)(?:任何)?人(?:叫|让|请|要求|委托|托付?)(?:我|原告)[^。；]{0,6}(?:管|照看|照顾|帮|喂|养|保管|看管|救)"
                r"|(?:没有|并没有|没|无|并无)(?:任何)?人(?:委托|托付)(?:过)?(?:我|原告)"
                r"|(?:出于)?好心(?:地)?(?:为|替|帮)(?:他|她|其|被告)[^。；]{0,20}?(?:料理|垫付|照看|照料|保管|看管|送医|抢救|救治)"
                r"|(?:联系不上|不在家|远在外地|下落不明)[^。；]{0,30}?(?:代为|垫付|料理|照看|抢修|保管)"
                r"|(?:为|替|帮)(?:他|她|其|被告|对方)(?:家)?(?:的)?[^。；，]{0,4}?(?:喂养|饲养|养|看管|保管|照看|照顾)[^。；]{0,16}?"
                r"(?:花|支出|花费|垫付|产生|用)(?:去|掉)?(?:的|了)?[^。；]{0,10}(?:费|钱)"
                r"|(?:走失|跑丢|冲走|冲来|冲过来|跑来|跑到)[^。；]{0,20}(?:牛|羊|马|猪|狗|犬|鸡|鸭|鹅|驴|骡|牲畜|家畜)[^。；]{0,40}(?:饲养|喂养|养着|看管|照看)", 4),
    ("同业拆借纠纷", r"同业拆借(?!中心)", 6),
    ("定金合同纠纷", r"定金合同", 5),
    # (contract words, not a company's name: 某某典当有限公司 lends under 民间借贷 too; a pawnbroker suing is cued by its name)
    ("典当纠纷", r"典当(?:合同|借款|期限|综合费|费|物|当金)|当票|绝当|当铺|赎当|续当", 5),
    ("彩票、奖券纠纷", r"彩票.{0,6}(?:中奖|奖金|兑奖|代购|合买)|奖券", 4),
    ("信用卡纠纷", r"信用卡|透支", 5),
    ("储蓄存款合同纠纷", r"盗刷|储蓄存款|存款被|借记卡", 5),
    # a depositor's savings (存单, 存折, a fixed-term deposit) paid out by the bank to someone else (on a forged loss
    # report, 挂失补发; 冒领) and the bank asked to pay them: the deposit contract binds the bank to pay only the depositor
    ("储蓄存款合同纠纷", r"(?:存单|存折|定期存款|活期存款|储蓄卡|存款)[^。]{0,60}?(?:被人|被他人|被别人|被冒名|他人|别人)[^。；]{0,24}?"
                     r"(?:取走|支取|冒领|转走|领走|取出)|(?:存单|存折|存款)[^。；]{0,20}冒领|冒领[^。；]{0,12}(?:存单|存折|存款)"
                     r"|(?:冒名|伪造|假冒)[^。；]{0,12}挂失|挂失[^。；]{0,30}(?:冒名|伪造|不是我|并非(?:原告|本人))", 5),
    ("储蓄存款合同纠纷", r"(?:银行|支行|分行|信用社|分理处|储蓄所)[^。；，]{0,4}存(?:了|入|进)|存(?:了|入)[^。；，]{0,6}(?:整存整取|定期|活期)", 4),
    ("金融借款合同纠纷", r"金融借款|贷款合同|借款合同.{0,20}银行|银行.{0,20}借款合同|住房贷款|按揭|发放贷款|经营贷|消费贷|罚息|复利", 4),
    ("民间借贷纠纷", r"借款|借条|借据|欠条|出借|借贷|借到|借给|借走|借钱", 3),
    # a lay loan story with no loan word (他们找我借了6万元, 借了我两万块, 借我3000元一直不还): money one person borrowed
    # from another; a thing borrowed (借了我的车) is no loan of money, and a sum lent never a 借用 of a thing
    ("民间借贷纠纷", r"(?:向|找|跟|问|从)(?:原告|我|我们|我家|本人|我爸|我妈)(?:这里|这儿|手里|手上|处)?[^。；，]{0,3}?借(?:了|去|走)?"
                  r"[^。；，]{0,3}?(?:\d|[一二三四五六七八九十两几])[^。；，]{0,8}?(?:元|万|块|钱)"
                  r"|借了?(?:原告|我|我们|我家|本人)(?:的)?[^。；，]{0,3}?(?:\d|[一二三四五六七八九十两几])[^。；，]{0,8}?(?:元|万|块|钱)", 3),
    ("追偿权纠纷", r"追偿|代偿|代(?:为|其)(?:偿还|清偿|还款|归还)", 3),
    ("保证合同纠纷", r"保证合同|连带保证责任|保证责任", 1),
    # (民法典 687, 692-695: the benefit of discussion, the guaranty period run out, a debt increased without consent)
    ("保证合同纠纷", r"(?:要求|请求|诉请)[^。；]{0,12}承担(?:连带)?(?:保证|担保)责任(?:一案|纠纷)|先诉抗辩权"
                  r"|保证期间[^。；]{0,6}(?:届满|经过|已过)|保证责任(?:已|已经)?(?:免除|消灭|解除)", 6),
    ("保证保险合同纠纷", r"保证保险", 10),
    # (留购价款, the price to keep the thing at the end, exists only in a finance lease)
    ("融资租赁合同纠纷", r"融资租赁|留购", 5),
    ("保理合同纠纷", r"保理", 5),
    ("保险人代位求偿权纠纷", r"代位求偿|代位追偿|赔付后.{0,12}(?:追偿|代位)|投保于原告|原告(?:(?!申请|要求|请求|提出)[^。；]){0,6}(?:赔付|理赔)后", 5),
    # the insurer telling it took over its insured's claim (保险法 60: 代位行使…请求赔偿的权利, a 权益转让书 signed); a
    # policy taken out with the plaintiff (在原告处投保) alone is no subrogation (a premium owed is sued on too)
    ("保险人代位求偿权纠纷", r"代位行使|权益转让书|保险法》?第六十条", 5),
    ("责任保险合同纠纷", r"雇主责任(?:保)?险|公众责任(?:保)?险|(?:产品|职业|承运人|安全生产)责任(?:保)?险|责任保险合同", 4),
    ("信用保险合同纠纷", r"信用保险", 5),
    ("保险费纠纷", r"(?:判令|要求|请求).{0,10}(?:支付|缴纳|交纳|补交)(?:其|所欠|拖欠的?)?(?:保险费|保费)", 5),
    ("保险代理合同纠纷", r"保险代理(?:合同|协议|佣金|手续费)", 5),
    ("保险经纪合同纠纷", r"保险经纪", 5),
    # negotiable instruments (票据法): the holder's right exercised names the cause
    ("票据追索权纠纷", r"(?:汇票|支票|本票|承兑|票据).{0,30}(?:追索|拒付|拒绝付款|退票)|(?:追索|拒付|拒绝付款|退票).{0,30}(?:汇票|支票|本票|票据)", 5),
    ("票据付款请求权纠纷", r"(?:汇票|支票|本票|票据).{0,20}(?:付款请求|提示付款|兑付)", 4),
    ("票据返还请求权纠纷", r"返还.{0,20}(?:汇票|支票|本票|票据)", 5),
    ("票据利益返还请求权纠纷", r"票据利益", 6),
    ("意外伤害保险合同纠纷", r"意外伤害(?:保)?险|意外险", 4),
    # (保险法 and the insurers' standard wording: an injury from an external, sudden, unintended, non-disease event;
    # the benefits it pays: 意外医疗/伤残/身故 保险金)
    ("意外伤害保险合同纠纷", r"外来的?、突发的?、非本意的?|意外(?:医疗|伤残|身故)(?:保险金|保险|险)|伤残保险金|意外伤害(?:保险金|责任)", 5),
    # the insurer refusing because the death or injury came of illness, not of an accident: the defence of an accident
    # policy (a life policy pays a death whatever its cause, a health policy pays for illness)
    ("意外伤害保险合同纠纷", r"(?:拒赔|拒绝(?:赔付|理赔|给付|赔偿)|不予(?:赔付|理赔|给付))[^。]{0,40}?"
                       r"(?:疾病所致|系疾病|因病死亡|疾病引起|自身疾病|病死|猝死|非意外|不属于意外|不是意外)"
                       r"|(?:疾病所致|系疾病|因病死亡|疾病引起|自身疾病|猝死|非意外|不属于意外|不是意外)[^。]{0,20}?"
                       r"(?:拒赔|拒绝(?:赔付|理赔|给付|赔偿)|不予(?:赔付|理赔|给付))|意外(?:身故|死亡|伤残)", 4),
    ("人寿保险合同纠纷", r"人寿保险|寿险", 4),
    # a policy against illness or medical costs bought from an insurer (保险法 95: 健康保险) is the level-4 health
    # policy; the social 基本医疗保险 (医保) is a labour benefit, not this
    # a critical-illness policy is a health insurance by its name (decisive: a stated 人身保险 gives way to it)
    ("健康保险合同纠纷", r"重大疾病(?:保)?险|重疾(?:保)?险|防癌(?:保)?险", 5),
    ("健康保险合同纠纷", r"重疾|(?:住院|商业|补充|百万|高端)医疗(?:费用)?(?:保)?险|医疗费用?(?:保)?险"
                   r"|健康(?:保)?险|(?<!意外)(?:疾病|医疗)保险金", 4),
    ("人身保险合同纠纷", r"保险金(?!额)", 3),
    # a policy on goods, premises, machinery, cargo or a car (保险法 95: 财产损失保险) is the level-4 property-loss policy
    ("财产损失保险合同纠纷", r"车损险|(?:车辆|机动车)损失(?:保)?险|财产(?:一切|综合|基本)?(?:损失)?(?:保)?险|企业财产(?:保)?险"
                      r"|家庭财产(?:保)?险|(?:货物|货运)(?:运输)?(?:保)?险|工程一切险|安装一切险|机器损坏(?:保)?险"
                      # a farm's stock or crops insured (养殖…风灾指数保险, 种植险, 能繁母猪保险): an agricultural policy on
                      # property (农业保险条例 2), its loss paid as 保险金
                      r"|(?:养殖|种植|农业|渔业|水产|畜牧|牲畜|生猪|能繁母猪|农作物|森林|大棚)[^。；，“”\n]{0,8}(?:保)?险(?!费)", 4),
    ("商品房预约合同纠纷", r"(?:商品房|房屋|购房|商铺|楼盘|房号|开发商).{0,20}(?:认购书|认购协议|预订书|订购书|意向书|认筹)"
                       r"|(?:认购书|认购协议|预订书|订购书|认筹).{0,20}(?:商品房|房屋|购房|商铺|楼盘|房号)", 6),
    ("商品房委托代理销售合同纠纷", r"(?:商品房|房源|楼盘).{0,12}(?:代理销售|包销|委托销售)|(?:代理销售|包销|委托销售).{0,12}(?:商品房|房源|楼盘)", 6),
    ("经济适用房转让合同纠纷", r"(?:经济适用(?:住)?房|经适房).{0,20}(?:转让|买卖|出售)|(?:转让|买卖|出售|购买).{0,20}(?:经济适用(?:住)?房|经适房)", 4),
    ("委托代建合同纠纷", r"委托代建|代建(?:合同|协议|费|管理费)", 6),
    ("合资、合作开发房地产合同纠纷", r"合作开发(?:房地产|房屋|楼盘)|(?:合资|联合)开发(?:房地产|房屋|楼盘|项目)|联建|合作建房"
                            r"|(?:提供|出)土地.{0,20}(?:出资|投资).{0,10}(?:开发|建设)"
                            # (one side's plot, the other's funds: 由被告提供…地块，原告提供项目开发资金; the funds paid
                            # under it, 合作开发资金; a 合作开发协议 over a plot or a building project)
                            r"|(?:提供|以)[^。；，]{0,20}(?:地块|土地|用地)[^。；]{0,40}?(?:提供|投入)[^。；，]{0,10}资金"
                            r"|合作开发(?:资金|款)|合作开发(?:协议|合同)[^。；]{0,60}?(?:地块|用地|楼盘|房地产|商品房)", 5),
    ("项目转让合同纠纷", r"(?:房地产|开发)项目.{0,6}转让|转让.{0,10}(?:开发|房地产)项目", 5),
    ("建设用地使用权出让合同纠纷", r"(?:建设用地|土地)使用权出让(?:合同|协议)|(?:退还|返还|支付|缴纳|拖欠).{0,6}土地出让金", 3),
    ("建设用地使用权转让合同纠纷", r"(?:建设用地|国有土地)使用权.{0,6}转让|转让.{0,10}(?:建设用地|国有土地)使用权|土地使用权转让(?:合同|协议)", 5),
    ("临时用地合同纠纷", r"临时用地", 5),
    ("采矿权转让合同纠纷", r"采矿权.{0,6}转让|转让.{0,10}采矿权", 6),
    ("探矿权转让合同纠纷", r"探矿权.{0,6}转让|转让.{0,10}探矿权", 6),
    ("商品房预售合同纠纷", r"预售|逾期交房|延期交房|(?<!腾)交房|期房", 4),
    ("商品房销售合同纠纷", r"商品房|开发商|网签", 3),
    # a house on a village's homestead land sold from one person to another (the buyer often no villager, which is what
    # the dispute turns on): the house in a village, the homestead, or the buyer's not being of the village
    ("农村房屋买卖合同纠纷", r"农村房屋|农房|宅基地.{0,10}房屋.{0,10}(?:买卖|转让|出售)"
                        r"|(?:宅基地上|农村|村里|本村|同村|该村|村内|村中)(?:的)?[^。；]{0,20}?(?:房屋|房子|住房|宅院|院落|院子|平房|楼房|瓦房|北房|正房|老宅|庄院)"
                        r"[^。；]{0,30}?(?:卖给|出售给|转让给|买卖|买下|转卖|卖与)"
                        r"|位于[^。；，]{0,12}村[^。；]{0,20}?(?:房屋|房子|住房|宅院|平房|楼房|瓦房)[^。；]{0,30}?(?:卖给|出售给|转让给|转让与|卖与)"
                        r"|(?:购买|买下|买了|购得)[^。；]{0,20}?(?:村|宅基地)[^。；]{0,20}?(?:房屋|房子|住房|宅院|院落|院子|平房|楼房|瓦房|旧房|老房)"
                        r"|(?:不是|并非|非|不属于)(?:本村|该村|村)(?:村民|集体经济组织(?:的)?成员)[^。；]{0,20}?(?:购买|买|受让)"
                        # the sale itself called a sale of a village house (买卖农村房子无效, 卖农村的老房子)
                        r"|(?:买卖|购买|买|卖|出售)(?:了)?(?:的)?(?:农村|村里|村上|宅基地上)(?:的)?(?:房屋|房子|住房|宅院|老房子|老屋|房)", 5),
    # (存量房 is the official word for a resale home; buying the defendant's flat is a house sale)
    ("房屋买卖合同纠纷", r"房屋买卖|购房款|二手房|存量房|(?:房屋|房产).{0,6}过户|买卖.{0,6}房屋"
                     r"|(?:购买被告|购买其|向被告.{0,6}购买).{0,30}?(?:房屋|房产|住房|住宅|商铺|套房)", 4),
    # (a taxi, 出租车, is no car hired)
    ("车辆租赁合同纠纷", r"(?<!出)租车|车辆租赁|汽车租赁", 5),
    # the same told by its terms (a "use agreement" for a self-drive car): the car fetched and returned, used past the
    # agreed days (民法典 703, 733: the lessee returns the thing at the term's end)
    ("车辆租赁合同纠纷", r"(?:取车|提车)[^。]{0,80}还车|(?:逾期|超期|延期|超时)(?:使用|占用)(?:车辆|汽车|该车)|(?:逾期|超期|延期|到期未)还车"
                      r"|自驾(?:车辆|汽车|车)?(?:使用|租用|租赁)(?:协议|合同)", 5),
    ("土地租赁合同纠纷", r"土地租赁|租赁[^。；，]{0,6}土地|土地.{0,6}租金", 5),  # (not across a list: 租赁协议；2.土地承包经营权证)
    ("建筑设备租赁合同纠纷", r"(?:脚手架|钢管|扣件|塔吊|塔式起重机|建筑设备|钢模板?).{0,12}(?:租赁|租金|出租|租用)"
                        r"|(?:租赁|租用|出租).{0,12}(?:脚手架|钢管|扣件|塔吊|塔式起重机|建筑设备)", 5),
    # a lease of a thing that is no house, land, vehicle or building equipment: the level-3 lease (民法典 703)
    ("租赁合同纠纷", r"(?:设备|机械|机器|挖掘机|铲车|装载机|吊车|起重机|叉车|发电机|模具|器材|道具|集装箱|托盘|船舶).{0,12}(?:租赁|租金|出租|租用)"
                  r"(?!有限|股份|公司|站|中心|经营部|部|行)"
                  r"|(?:租赁|租用|出租|承租).{0,12}(?:设备|机械|机器|挖掘机|铲车|装载机|吊车|起重机|叉车|发电机|模具|器材|道具|集装箱|托盘)"
                  r"(?!租赁|有限|股份|公司|站|中心|经营部|部|行)", 4),
    # a house, flat, shop or works let (民法典 703 over a building): the lease contract named by its premises, or the
    # premises told as let; decisive, so a stated 租赁合同纠纷 gives way to it (stated_child)
    ("房屋租赁合同纠纷", r"(?:房屋|房子|住房|商铺|铺面|门面|店面|门市|厂房|写字楼|办公楼|公寓|民房|店铺|商业用房|营业房|底商)(?:的)?"
                     r"(?:租赁|出租|租用)(?:合同|协议)"
                     r"|(?:将|把)[^。；]{0,30}?(?:房屋|房子|住房|商铺|铺面|门面|店面|门市|厂房|写字楼|公寓|店铺|营业房|底商)"
                     r"[^。；]{0,20}?(?:出租给|租给|出租予)", 5),
    # (a place the plaintiff means to let to others, 出租给他人, is no lease between the parties)
    ("房屋租赁合同纠纷", r"租金|房租|承租|出租(?!车|汽车|给(?:他人|别人|外人|第三人))|租赁|腾退|腾空", 3),
    # a home rented in the tenant's words: the deposit-and-advance terms only a let flat has (押一付三), or a flat or
    # room told as rented (我租了某某的一套一室一厅; 另行租房 alone is a loss the other caused, no lease with him)
    ("房屋租赁合同纠纷", r"押[一二三]付[一二三六]|租(?:了|下|住)[^。；，]{0,16}?(?:一套|一间|单间|套间|[一二三两]室|房子|房屋|住房|门面|铺面|商铺)"
                   # (a tenant's own words: 租他的房子, 租房东家的房, 租房合同)
                   r"|租(?:了|住)?(?:他|她|其|被告|对方|房东)(?:的|家)(?:的)?(?:房子|房屋|住房|门面|铺面|商铺|房)|租房(?:合同|协议)"
                   # (a deposit a landlord keeps, or one kept after the tenant lived there and moved out: 房东…押金不退,
                   # 住了两年，搬走了，她收了我们押金不退)
                   r"|房东[^。；]{0,30}?押金|押金[^。；]{0,20}?房东|(?:住了|搬走|搬出|退房|退租)[^。；]{0,30}?押金", 4),
    ("农业承包合同纠纷", r"农业承包|(?:承包|发包).{0,10}(?:果园|茶园|农场|大棚|苗圃|桔园|橘园)|(?:果园|茶园|农场|苗圃|桔园|橘园).{0,10}(?:承包|发包)", 5),
    ("牧业承包合同纠纷", r"牧业承包|(?:承包|发包).{0,10}(?:草场|草原|牧场)|(?:草场|草原|牧场).{0,10}(?:承包|发包)", 5),
    ("土地承包经营权互换合同纠纷", r"(?:互换|调换|兑换).{0,10}(?:承包地|承包土地)|(?:承包地|土地承包经营权).{0,6}互换", 5),
    ("土地经营权入股合同纠纷", r"土地(?:经营权)?入股|以.{0,10}土地.{0,10}入股", 5),
    ("土地经营权抵押合同纠纷", r"土地经营权抵押", 6),
    # contracted rural land let to another (流转, 民法典 339-340): the 2020 name of the old 出租 cause
    ("土地经营权出租合同纠纷", r"土地(?:经营权)?流转|流转(?:费|合同|协议|款)|土地经营权出租|(?:出租|租给).{0,12}(?:承包地|承包的土地)"
                         r"|承包(?:地|的土地).{0,12}(?:出租|租给)"
                         # the families' own contracted fields let out (将各自承包的耕地…出租给合作社), or the land asked back
                         # as the 流转 land (返还流转土地): their 经营权 is let. A contract the parties themselves called a
                         # 土地租赁合同, its 土地租金 asked, still outweighs this (the words of the claims count three times)
                         r"|承包(?:的)?[^。；，]{0,16}?(?:耕地|田地|农田|水田|旱地|水浇地|责任田|口粮田|亩地)[^。；]{0,16}?(?:出租给|租给|流转给)"
                         r"|流转(?:的)?(?:土地|耕地|承包地|农田)"
                         # land the household holds by contract (家庭承包本村果园…亩) let out in that or the next sentence
                         # (原告将该果园出租给被告经营): an orchard, a tea garden or a field alike is the contracted land
                         r"|家庭承包[^。；]{0,60}?(?:[。；][^。；]{0,40}?)?(?:出租给|租给|流转给)", 5),
    ("林业承包合同纠纷", r"林业承包|(?:承包|发包).{0,10}(?:林地|山林|林场)|(?:林地|山林|林场).{0,10}(?:承包|发包)", 5),
    ("渔业承包合同纠纷", r"渔业承包|(?:承包|发包).{0,10}(?:鱼塘|水库|水面)|(?:鱼塘|水库|水面).{0,10}(?:承包|发包)", 5),
    ("土地承包经营权转让合同纠纷", r"(?:土地承包经营权|承包地|承包土地).{0,10}转让|转让.{0,10}(?:土地承包经营权|承包地)", 5),
    # contracted land sold on in the farmers' words (卖断, 转让地协议): the right's transfer (农村土地承包法 34)
    ("土地承包经营权转让合同纠纷", r"承包的[^。；]{0,20}(?:卖断|卖给|转让给|转给)|转让(?:地|土地)(?:协议|合同)|(?:卖断|转让)[^。；]{0,10}承包的"
                             # the right itself handed on for a price (承包经营权一次性让给被告): 农村土地承包法 34
                             r"|承包经营权[^。；，]{0,12}(?:让给|转给|卖给|转让给|让与|转让与)", 5),
    ("土地承包经营权合同纠纷", r"土地承包|承包费|承包地|发包", 4),
    ("装饰装修合同纠纷", r"装修|装饰工程|装饰装修", 4),
    # a home's fitting-out told in the trade's words (家装, 半包/全包, tiling and waterproofing redone)
    ("装饰装修合同纠纷", r"家装(?![^。；，]{0,2}(?:空调|热水器|外机|油烟机|净水器|监控|门|窗|灯))|家居装饰|(?<![承分])(?:半包|全包)(?:工程|报价|合同)?(?=[，。；、）)]|$)|防水层|闭水试验"
                    r"|(?:瓷砖|墙砖|地砖)[^。；，]{0,6}(?:铺贴|空鼓|脱落|返工)", 4),
    # the same as it decides a case (a stated 建设工程合同纠纷 gives way to it, stated_child): a contract to fit out a
    # home or rooms (家庭居室装饰装修, 全屋装修, 装修工程施工合同), the 2020 list's level-4 decorating contract
    ("装饰装修合同纠纷", r"装饰装修(?:工程)?(?:施工)?(?:合同|协议)|(?:居室|住宅|住房|房屋|新房|全屋|室内|店面|门店|办公室)(?:的)?装饰?装修(?:工程)?"
                    r"|装修(?:工程)?(?:施工)?(?:合同|协议)|装修(?:工程)?款", 5),
    # a contract for supervision, not the 监理单位 every building case mentions
    ("建设工程监理合同纠纷", r"监理合同|监理费|监理服务费|委托.{0,10}(?:工程)?监理", 5),
    # the plaintiff as subcontractor (分包给原告, 分包款; 民法典 791); a subcontract to someone else that a
    # worker's injury or wage suit recounts is not it
    ("建设工程分包合同纠纷", r"分包合同|分包协议|分包款|分包工程款|分包给原告|向原告分包", 4),
    ("建设工程勘察合同纠纷", r"勘察(?:合同|费)|(?:地质|岩土|工程)勘察", 5),
    ("建设工程设计合同纠纷", r"(?:建设工程|工程|建筑|规划|施工图)设计(?:合同|协议|费)|设计合同", 4),
    # a villager's house built for pay (民法典 788; 村镇建房 below the construction-licence threshold)
    ("农村建房施工合同纠纷", r"(?:建房|盖房|建造房屋|修建房屋|建造住房|自建房).{0,30}(?:工程款|工钱|包工|承包|承建|施工合同)"
                       r"|(?:承包|承建|包工).{0,20}(?:建房|盖房|房屋建造|修建房屋|自建房)"
                       # the builder's pay named for the house (建房款, 盖房工钱), or a villager's house built on his homestead
                       # (not the money for it told as paid by someone: 建房的钱是他父母出的)
                       r"|(?:建房|盖房|修房|起房|造房)(?:的)?(?:款|钱|工钱|工程款|费用?|尾款)(?![^。；，]{0,10}?(?:出的|出资|凑的|拿的))"
                       r"|(?:宅基地|老宅|自家|他家|其家)[^。；]{0,20}?(?:修|盖|建|造|起)(?:了)?(?:一栋|一座|一幢|两层|三层|四层|[一二三四五两]间)?"
                       r"[^。；]{0,8}?(?:楼房|房子|房屋|住房|平房|砖房|砖混)[^。；]{0,40}?(?:包工|包料|工钱|总价|价款|造价|工程款)"
                       # a family's own house (自家的两层住房) let out to a builder to put up (主体工程包给…施工)
                       # (or the family's self-built house: 自建住房交由某某施工)
                       r"|(?:自家|自己家|他家|其家|宅基地上|自建)[^。；]{0,16}?(?:住房|房屋|楼房|房子|平房|砖房)(?:的)?(?:主体)?(?:工程)?"
                       r"[^。；]{0,6}?(?:包给|承包给|发包给|交给|交由)[^。；]{0,16}?(?:施工|建造|修建|盖|建)", 5),
    ("建设工程施工合同纠纷", r"工程款|建设工程|施工合同|承建|工程结算|工程价款|竣工", 3),
    # a thing made to order (定作, 民法典 770) is the level-4 定作合同纠纷; 加工费 alone does not say who gave the
    # material (加工 vs 定作) and stays the level-3 承揽
    # the customer supplied the material (来料, 提供铝材/布料…委托加工): 加工, the other level-4 child of 承揽 (民法典 770)
    ("加工合同纠纷", r"来料加工|(?:提供|供应|供给|交付|送来|运来|拿来|送交|交给|交来)(?:了)?(?:其|自有|自备)?(?:的)?[^，。；]{0,10}?"
                  r"(?:原材料|原料|材料|布料|面料|铝材|钢材|铜材|木材|木料|物料|坯料|毛坯|板材|布匹|皮料|棉花|石材|胚布|坯布"
                  r"|半成品|辅料|配件|零部件|零件|部件|裁片|坯件|散件|主料)"
                  r"[^。；]{0,30}?(?:委托|交由|交给|由|请|交(?=被告|原告|对方|乙方|其|我))[^。；]{0,12}?" + _WORKED
                  + r"|将(?:其|自己|自有|自备)?[^，。；]{0,12}?" + _MATERIAL + r"(?:交由|交给|送交|送到|运到|拿到|发给)[^。；]{0,12}?" + _WORKED, 5),
    # the same told by the worker: the material was the customer's (布料是他们拿来的), the worker only worked it
    ("加工合同纠纷", _MATERIAL + r"(?:都|均|全部|全都)?(?:是)?"
                  r"(?:他|她|他们|被告|对方|老板|客户)?(?:家|厂里|厂|公司|店里)?(?:拿来|送来|运来|提供|给|发来|发过来)的"
                  r"[^。；]{0,16}?(?:让|叫|请|要|由)(?:我|我们|原告)[^。；]{0,8}?" + _WORKED, 5),
    # (the customer gave the material, the worker worked it: 被告提供图纸及原材料，原告按图纸加工)
    ("加工合同纠纷", r"(?:被告|对方|甲方|客户|定作人|定作方)[^。；，]{0,4}提供[^。；]{0,10}?" + _MATERIAL
                  + r"[^。；]{0,20}?(?:原告|我方|我们|我|乙方|承揽人)[^。；]{0,12}?" + _WORKED, 5),
    # (the customer entrusting the work, then telling it gave the material itself: 原告委托被告加工鞋底，原告提供原材料;
    # the one entrusted supplying it is made to order, 定作)
    ("加工合同纠纷", r"(原告|被告|我方|我们|我|甲方|乙方)[^。；，]{0,4}?委托(?!\1)[^。；]{0,12}?" + _WORKED
                  + r"[^。；]{0,30}?[，,](?:由)?\1(?:负责|自行)?提供(?:了)?[^。；，]{0,8}?" + _MATERIAL, 5),
    # (a deed's terms: the material supplied by one party by name, the other, named next, working it: 约定由甲公司提供
    # 橡胶等原材料，乙公司按其模具加工鞋底; the same name twice is one party that both supplies and works, 定作)
    ("加工合同纠纷", r"由([\u4e00-\u9fa5A-Za-z]{2,12}?)提供[^。；]{0,12}?" + _MATERIAL + r"[^。；，]{0,6}[，,](?!\1)"
                  r"[\u4e00-\u9fa5]{2,12}?(?:按|依|根据|负责)[^。；]{0,20}?" + _WORKED, 5),
    # a thing made to the customer's own drawings or samples, not the maker's stock: made to order, whatever the
    # parties call the price (货款) or the handing over (交货)
    ("定作合同纠纷", r"按照?[^。；]{0,16}(?:图纸|样板|样式|尺寸|设计)[^。；]{0,16}(?:做出来|做的|做成|打造|打制|制作出来)"
                  r"|不是[^。；]{0,10}现成(?:的)?(?:产品|货|商品|家具)"
                  # (the customer's own sizes and pattern, the work told by the bare verb: 按他给的尺寸和图样做)
                  r"|按照?(?:他们|她们|他|她|其|对方|客户|被告|甲方)?(?:给|提供|出)的[^。；，]{0,6}?(?:图纸|图样|样板|样式|尺寸|设计图?)"
                  r"(?:和[^。；，]{1,4}?)?(?:做|制作|加工|打制)(?=[，。；]|$)", 4),
    ("定作合同纠纷", r"定作|定做|订做|[定订]制(?:加工|生产|制作|合同|协议|款|费|单)|全屋定制|专门(?:打制|制作|定做|订做)"
                  r"|按.{0,10}(?:要求|图纸|尺寸|样式|设计)(?:的)?(?:尺寸)?(?:制作|加工|生产|定制)", 4),
    # the same as it decides a case (a stated 承揽合同纠纷 gives way to it, stated_child): a contract named for making to
    # order (定作合同, 定作款) or the thing ordered made (向原告定作…): 民法典 770's 定作
    ("定作合同纠纷", r"[定订][作做](?:合同|协议|款|费|价款|单|物)|[定订]制(?:合同|协议)|向[^。；，]{0,6}[定订][作做]", 5),
    ("承揽合同纠纷", r"承揽|加工费|加工合同", 3),
    ("航空旅客运输合同纠纷", r"航班.{0,20}(?:延误|取消|超售|改签)|机票.{0,20}(?:退|改签|取消)", 5),
    ("铁路旅客运输合同纠纷", r"铁路旅客运输|(?:乘坐|搭乘).{0,10}(?:火车|列车|高铁|(?<!电)动车).{0,40}(?:受伤|摔倒|丢失|延误|晚点)", 4),
    ("航空货物运输合同纠纷", r"空运|航空(?:货运|运输).{0,10}货物", 4),
    ("水路货物运输合同纠纷", r"(?:货船|水路|驳船).{0,20}(?:运输|承运|托运)", 4),
    ("铁路货物运输合同纠纷", r"铁路(?:货物)?运输|(?:火车|铁路).{0,6}(?:托运|货运)", 4),
    ("多式联运合同纠纷", r"多式联运", 6),
    # goods carried by lorry (a 货车 named, 运至/运往 a place): the road carriage the 2020 list names
    ("公路货物运输合同纠纷", r"(?:货车|挂车|卡车|厢式车|冷藏车|半挂|公路).{0,40}(?:运输|承运|托运|运送|运至|运往|运到|拉运)"
                        r"|(?:运输|承运|托运|运送|拉运).{0,30}(?:货车|挂车|卡车|厢式车|冷藏车)|公路(?:货物)?运输", 3),
    # the same as it decides a case (a stated 运输合同纠纷 gives way to it, stated_child): goods handed over to be carried
    # (托运, 托运单, 运单) and the lorry that carried them named, or the lorry hurt in the course of carrying them
    # (货车在运输途中侧翻): the road carriage of goods, whatever was lost
    ("公路货物运输合同纠纷", r"(?:托运|运单)[^。；]{0,60}?(?:货车|挂车|卡车|厢式车|冷藏车|半挂车)"
                        r"|(?:货车|挂车|卡车|厢式车|冷藏车|半挂车)[^。；，]{0,8}(?:在)?(?:运输|运送|送货|拉货)(?:的)?(?:途中|过程中|路上)", 5),
    # a road vehicle set to carry the goods, named as such or by its number plate (安排车辆川X·XXXXX承运, 承运车辆):
    # a plate is a road vehicle's, so the carriage is by road
    ("公路货物运输合同纠纷", r"(?:车辆|车牌号?|" + _PLATE + r")[^。；]{0,20}?承运|承运(?:的)?(?:车辆|" + _PLATE + r")"
                        # (the carrier sending a vehicle with the goods: 被告派车承运, 所派车辆途中…; not a hearse sent, 派车接运遗体)
                        r"|派(?:出|了)?(?:车|车辆)[^。；，]{0,4}?(?:承运|运输|运送|拉运|拉货|送货)|所派(?:的)?车辆[^。；，]{0,8}?(?:途中|路上)", 5),
    # the contract named as such (成立公路货物运输合同关系), or a lorry owner (a 半挂牵引车, its plate) taking the other's
    # freight jobs (承接…货运业务, 派车单): the road carriage of goods the 2020 list names
    # (the goods carried by the carrier's lorry from one place to another: 以冷藏车将…从某地运至某地, 用货车把…拉到)
    ("公路货物运输合同纠纷", r"(?:以|用|派|安排|使用)(?:其|自有|该)?(?:的)?(?:货车|挂车|卡车|厢式车|冷藏车|半挂车|冷链车)[^。；，]{0,4}(?:将|把)"
                        r"[^。；]{0,30}?(?:运输|运送|运|拉运|拉|送)(?:至|往|到)", 5),
    ("公路货物运输合同纠纷", r"公路货物运输(?:合同|协议)"
                        r"|(?:货车|挂车|卡车|厢式车|冷藏车|半挂|牵引车|" + _PLATE + r")[^。；]{0,40}?(?:货运(?:业务|任务)|派车单)", 5),
    # a lorry (named, or by its plate) carrying for the other party (用…半挂车为被告…运送原料至…): the carrier's road
    # carriage of that party's goods
    ("公路货物运输合同纠纷", r"(?:货车|挂车|卡车|厢式车|冷藏车|牵引车|" + _PLATE + r")[^。；，]{0,12}?为(?:被告|原告|其|对方)"
                        r"[^。；]{0,30}?(?:运送|运输|拉运|承运)", 5),
    # the carrier's own lorry carrying for the other party (自有半挂车一辆，为上诉人从某矿向某港运煤): carriage by road
    ("公路货物运输合同纠纷", r"(?:自有|自己的|名下的?)[^。；，]{0,8}?(?:货车|挂车|卡车|厢式车|冷藏车|半挂车|牵引车|自卸车)[^。；]{0,30}?"
                        r"(?:为|给|替)[^。；，]{0,24}?(?:运|拉)", 5),
    # the carrier driving his own lorry with the other's goods (驾驶自有的冷藏货车，从包头运送一车酸奶): carriage by road
    ("公路货物运输合同纠纷", r"(?:驾驶|开)[^。；]{0,16}?(?:货车|挂车|卡车|厢式车|冷藏车|半挂车|牵引车)[^。；]{0,30}?(?:运送|运输|拉运|拉)"
                        r"[^。；，]{0,6}?(?:一车|货物|[^。；，]{0,8}(?:至|到|往))", 4),
    ("运输合同纠纷", r"运输|托运|运费|承运|物流", 3),
    # an agent paid for bringing buyer and seller together (民法典 961-966): the house sold is what it brokered
    ("中介合同纠纷", r"中介|居间|房地产经纪|经纪(?:服务|人|公司|机构)|媒介服务|跳单|看房确认书|带看|订立合同的(?:机会|媒介)"
                  r"|(?:绕开|绕过|撇开|避开)(?:原告|中介|经纪).{0,12}(?:私下|自行|直接)|私下.{0,10}(?:成交|交易)"
                  r"|民法典.{0,6}第九百六十[一二三四五六]条", 4),
    # (a broker's commission on shares traded, listed with the stamp duty, is an investor's loss, no agent's fee)
    ("中介合同纠纷", r"(?<!拍卖)(?<!保险代理)佣金(?![^。；]{0,3}印花税)", 3),
    ("特许经营合同纠纷", r"特许经营|加盟", 5),
    ("种植、养殖回收合同纠纷", r"(?:种植|养殖|种苗|鸡苗|鸭苗|猪苗|种子).{0,24}回收|回收.{0,6}(?:成鸡|成鸭|生猪|农产品)", 5),
    # order farming: the crop or stock grown for a buyer who bought it back at a floor price (订单种植, 保底价回收)
    ("种植、养殖回收合同纠纷", r"订单(?:种植|养殖|农业)|(?:种植|养殖)[^。；，]{0,8}(?:收购|回收)(?:协议|合同)"
                         r"|保底(?:价|收购价)[^。；，]{0,12}(?:回收|收购)|(?:回收|收购)[^。；，]{0,6}保底价", 5),
    ("仓储合同纠纷", r"仓储(?:合同|协议|费|服务)|仓库.{0,6}保管|保管.{0,6}仓库|入库单|仓单", 5),
    # goods kept in the keeper's store (a cold store, a warehouse) for a fee (民法典 904): what the store ran on (its
    # power, its machines) is only why the goods spoiled
    ("仓储合同纠纷", r"(?:存放|储存|存储|寄存|存入|放入|冻存)(?:于|在|到|进)?[^。；，]{0,8}(?:冷库|仓库|库房|冷藏库)"
                  r"|(?:冷库|冷藏库|库房)[^。；，]{0,8}(?:保管|储存|存储)|入库[^。；，]{0,6}保管", 5),
    ("保管合同纠纷", r"保管费|保管合同|保管义务|交(?:给|由).{0,10}保管|车棚.{0,30}(?:丢失|被盗|失窃)|(?:丢失|被盗|失窃).{0,30}车棚|存车|寄存"
                r"|(?:停车场|车库).{0,30}(?:丢失|被盗|失窃)|(?:丢失|被盗|失窃).{0,30}(?:停车场|车库)", 4),
    # a pet left with a shop to be kept for a fee (送到店里寄养, 宠物寄养): the keeper's custody (民法典 888, 897)
    ("保管合同纠纷", r"(?:犬|狗|猫|宠物)[^。；]{0,30}?寄养|寄养[^。；，]{0,10}(?:犬|狗|猫|宠物)|宠物(?:寄养|托管|寄存)", 5),
    # (车辆修理费 is a damage item of every road accident: not a cue)
    ("修理合同纠纷", r"修理合同|维修合同|送修|(?:交给|交由|委托).{0,10}(?:修理|维修)", 4),
    # the thing taken to the repairer (送至被告处检修) and the repair fee paid asked back (退还修理费): the repairer's
    # work did not meet the contract (民法典 781); a repair bill asked as a damage item (车辆修理费) is not this
    ("修理合同纠纷", r"送(?:至|到|往|去|进)[^。；，]{0,12}(?:检修|修理|维修)|(?:退还|返还|退回)[^。；，]{0,6}(?:修理费|维修费)", 5),
    # the repairer's bill left unpaid and asked (所欠修理费, 维修欠款): the repair contract's price (民法典 770, 782), even
    # where the customer signed an IOU for it (the IOU records the debt, it lends nothing); a repair cost asked as
    # damages (赔偿车辆修理费) owes nothing to a repairer and is not this
    ("修理合同纠纷", r"(?:所欠|拖欠|欠付|尚欠|下欠|欠下|欠)(?:的)?(?:汽车|车辆|机器|设备)?(?:修理费|维修费|修车费)"
                 r"|(?:修理|维修|修车)(?:费)?(?:欠款|尾款|余款)", 5),
    # the contract itself; sharing out 拆迁款 among heirs or co-owners is succession or partition
    ("民事主体间房屋拆迁补偿合同纠纷", r"拆迁(?:安置)?补偿(?:安置)?(?:协议|合同)|安置补偿(?:协议|合同)", 5),
    ("进出口代理合同纠纷", r"(?:代理|委托).{0,6}(?:进口|出口)|进出口代理|外贸代理", 5),
    # a forwarder asking back the ocean freight and port charges it advanced (订舱 by sea): the maritime
    # forwarding cause (海事海商纠纷; filed in a 海事法院), not carriage
    ("海上、通海水域货运代理合同纠纷", r"(?:代垫|垫付)(?:的|了)?(?:海运费|港杂费|码头操作费|港建费|订舱费)", 6),
    ("货运代理合同纠纷", r"货运代理(?:合同|协议|费)|货代费|订舱|代理.{0,10}(?:报关|托运)", 5),
    # (a lawyer's agency for a case is often titled 民事诉讼委托代理合同: the contract's title, not the fee)
    ("诉讼、仲裁、人民调解代理合同纠纷", r"风险代理|(?:诉讼|仲裁)(?:委托)?代理(?:合同|协议)|委托代理合同.{0,30}(?:诉讼|仲裁|案件)", 4),
    ("销售代理合同纠纷", r"销售代理|代理销售|(?:区域|独家|总)代理(?:商|协议|合同|权)", 4),
    ("民间委托理财合同纠纷", r"委托理财|(?:代为|代客|代其)理财|(?:委托|交由|交给).{0,12}(?:炒股|理财|操盘|炒期货|投资股票)|理财(?:协议|合同)|操盘", 5),
    # a fund or wealth product bought and its loss asked (买基金亏掉的本金): the investment sold in dispute; a bank, broker
    # or fund house among the parties makes it the financial one (below)
    ("民间委托理财合同纠纷", r"(?:买|购买|认购|申购)[^。；，]{0,10}(?:理财产品|基金)[^。；，]{0,20}(?:亏|损失)", 4),
    ("行纪合同纠纷", r"行纪|寄售|寄卖|委托.{0,6}代销|代销(?:协议|合同)", 5),
    ("委托合同纠纷", r"委托合同|代理合同|委托代理协议", 3),
    ("委托创作合同纠纷", r"委托创作|稿酬|稿费", 5),
    ("信息网络买卖合同纠纷", r"网购|网店|网络购物|电商平台|淘宝|天猫|京东|拼多多|直播间", 4),
    # bought on the web in a layperson's words (网上买到, 在网上买的) or in a shop a seller runs on a platform (在某某平台上
    # 某公司开的某某旗舰店买了): the contract was made over the network (电子商务法 2, 9)
    # (the platform told first: 在某购物平台上，从被告开设的某旗舰店购买)
    ("信息网络买卖合同纠纷", r"网上(?:买到|买的|买了|购买|购得|下单)|(?:平台|APP|App|小程序)上?[，,]?[^。；，]{0,40}?开(?:设)?的[^。；，]{0,16}?店", 4),
    # the goods shown on the shop's page and ordered in the shop (店铺页面标注, 在答辩人店铺下单): a web shop's sale
    ("信息网络买卖合同纠纷", r"(?:店铺|商品)(?:详情页面?|页面)|(?:在|从)[^。；，]{0,12}店铺(?:里|中|内)?下单", 4),
    # a price paid in instalments (民法典 634): 分期 with the price, or a down payment and the rest by month
    ("分期付款买卖合同纠纷", r"分期付款买卖|分期付款(?:的)?(?:方式)?(?:购买|购得|买下|出售|销售)"
                       r"|(?:首付|首期)(?:款)?.{0,30}(?:余款|尾款|剩余(?:价)?款).{0,20}(?:分\s*[0-9一二三四五六七八九十两]+\s*期|按月|每月|分期)"
                       # the price itself paid in three or more instalments (总价款…分四期付清: 买卖合同解释 27 counts
                       # three at least), or the instalment article cited
                       r"|(?:总价款?|价款|货款|总价|全款)[^。；]{0,24}?分\s*(?:[3-9]|[1-9][0-9]|[三四五六七八九]|十[一二三四五六七八九]?"
                       r"|[二三四五六七八九]十[一二三四五六七八九]?)\s*期(?:付清|支付|付款|给付|结清|付|交清)"
                       r"|民法典[^。；]{0,12}第六百三十四条", 5),
    # a sale by sample (民法典 635-636): the quality is the sealed sample's, the goods delivered did not match it
    ("凭样品买卖合同纠纷", r"凭样品|(?:封存|封样)(?:的)?(?:样品|样布|样板|样本|小样)?|(?:样品|样布|样板|小样)(?:的质量)?为准"
                      r"|与(?:封存的?)?(?:样品|样布|样板|小样)(?:的)?(?:质量)?.{0,4}(?:不符|不一致)"
                      r"|按.{0,4}(?:样品|样布|样板|小样).{0,6}(?:交货|生产|供货)", 5),
    # a trial sale (民法典 637-640): the buyer tries the goods and decides to buy within the trial period (an
    # employee's 试用期 has no goods: the words must name buying, returning or paying)
    ("试用买卖合同纠纷", r"试用买卖|试用期(?:满|届满|内|结束)?(?:后)?.{0,10}(?:购买|买下|退货|退回|支付价款|付款)"
                    r"|(?:先行?|免费)试用.{0,20}(?:满意|合格)?(?:后)?.{0,6}(?:购买|付款|支付价款|买下)", 5),
    ("所有权保留买卖合同纠纷", r"所有权保留|保留.{0,6}所有权|(?:付清|结清|支付完毕).{0,12}(?:前|之前).{0,12}所有权.{0,6}(?:归|属于|仍)", 5),
    # goods bought by tender: the supplier won the bid for a supply (a works tender is a construction case)
    ("招标投标买卖合同纠纷", r"招标投标买卖|中标.{0,20}(?:供货|采购(?:合同|项目)|货物)|(?:供货|货物采购)(?:项目)?.{0,20}中标", 5),
    ("互易纠纷", r"互易|以物易物", 5),
    ("国际货物买卖合同纠纷", r"国际货物买卖", 6),
    ("拍卖合同纠纷", r"拍卖合同|委托拍卖|拍卖佣金", 5),
    ("公益事业捐赠合同纠纷", r"捐赠(?:协议|合同)|公益(?:事业)?捐赠", 5),
    # a gift whose agreement binds the donee to something in return (民法典 661: care, support, paying a debt), the
    # donor undoing it when the duty is not done (663(1)(三)); a gift revoked for the donee's other wrongs stays 赠与
    ("附义务赠与合同纠纷", r"附义务(?:的)?赠与|附条件(?:的)?赠与"
                      r"|赠与[^。；]{0,30}?(?:须|需|应当?|必须|负责|负担|承担|条件是|前提是|作为回报|但要求|并要求)[^。；]{0,20}?"
                      r"(?:赡养|照料|照顾|扶养|养老|送终|给付|支付|偿还|生活费|医疗费|看病|债务|贷款|房贷)", 5),
    # (折价款 is what a co-owner pays for the other's share in a partition, not a price)
    ("买卖合同纠纷", r"货款|购货|买卖合同|购销|采购|供货|赊购|[车机具材料]款|(?<!折)价款|订货|预付款", 3),
    # goods taken on credit in a layperson's words (在我这赊了烟酒, 赊走化肥): a sale, the IOU written for them no loan
    ("买卖合同纠纷", r"(?:在|从|到)(?:我|我们|原告)(?:家|的)?(?:这|这里|那里|店里|店|小卖部|商店|超市|铺子|门市|处)[^。；，]{0,4}?赊(?!的)"
               r"|赊(?:了|走|去|下)[^。；，]{0,10}?(?:烟|酒|米|面|油|盐|化肥|种子|农药|饲料|货|东西|建材|材料|水泥|瓷砖|钢材|煤"
               r"|日用品|商品|药)", 3),
    # livestock and farm produce sold, asked by the lay name of its price (羊款, 牛钱, 粮款; a herder's 放羊钱 is pay):
    # the animals or crop fetched from the seller and priced by the head or the jin (每只…元，总价…元)
    ("买卖合同纠纷", r"(?<![养饲放])(?:羊|牛|猪|马|驴|骡|鸡|鸭|鹅)(?:款|钱)|(?:粮|药材|棉花|玉米|小麦|稻谷)款"
               r"|每(?:只|头|匹|斤|公斤|吨)[^。；，]{0,4}?[0-9.]+元[，,]?(?:共计|合计|总价|总计|一共)"
               # (more crops by the lay name of their price, 大豆款; or the crop told sold by weight: 大豆21000斤卖给被告,
               # 卖给他4,450斤)
               r"|(?:大豆|黄豆|花生|高粱|水稻|谷子|土豆|马铃薯|辣椒|茶叶|烟叶|水果|果子|蔬菜)款"
               r"|\d[\d,，.]*(?:斤|公斤|吨)[^。；，]{0,4}?卖(?:给|与)|卖(?:给|与)[^。；，]{0,6}?\d[\d,，.]*(?:斤|公斤|吨)", 3),
    ("买卖合同纠纷", r"购买|退货|出售|销售|订购|交货|发货|提货", 2),
    # a consumer's punitive damages on goods sold (消费者权益保护法 55: 退一赔三; 食品安全法 148: 十倍), in a letter's words
    # too (再赔我十倍1680元); a carrier's cap on lost goods (按运费的三倍赔付) is no sale
    ("买卖合同纠纷", r"(?<!运费)(?<!运费的)(?:赔(?:偿|付)?(?:我|原告|给我)?|再赔|还要)[^。；，]{0,4}?(?:十|三|10|3)倍"
               r"|(?<!运费)(?<!运费的)(?:十|三|10|3)倍(?:的)?(?:赔偿|赔付|赔钱)|退一赔(?:三|十)", 3),
    # (a gym's or a coach's lessons, 私人教练课程, 健身课程, are the fitness service the member bought, not teaching)
    ("教育培训合同纠纷", r"培训|(?<!教练|私教|健身|瑜伽|瑜珈)课(?:程|时)|学费", 3),
    ("旅游合同纠纷", r"旅游|旅行社|团费|地接", 4),
    ("餐饮服务合同纠纷", r"宴席|酒席|婚宴|餐饮", 4),
    ("快递服务合同纠纷", r"快递|快件", 4),
    ("快递服务合同纠纷", r"寄件|揽收|揽件|派件|寄递|快递员|快递单|托寄", 3),
    ("电信服务合同纠纷", r"话费|电信服务|宽带", 4),
    ("家政服务合同纠纷", r"家政|保姆|月嫂|育儿嫂", 3),
    ("法律服务合同纠纷", r"法律顾问|法律服务(?:合同|协议|费)", 5),
    ("邮政服务合同纠纷", r"邮政服务|挂号信|平常信|邮件.{0,10}(?:丢失|遗失|损毁|延误)", 4),
    ("医疗服务合同纠纷", r"医疗服务合同|(?:医疗美容|医美|整形)(?:服务|项目|手术|合同|费)", 3),
    ("旅店服务合同纠纷", r"(?:入住|住宿|开房).{0,30}(?:酒店|宾馆|旅馆|民宿|客房|招待所)|(?:酒店|宾馆|旅馆|民宿|招待所).{0,20}(?:住宿|入住|客房|房费)", 3),
    # a guest's stay: the room booked, lived in, its things lost there (民法典 hotel keeper's duty of care)
    ("旅店服务合同纠纷", r"(?:住在|入住|预订|预定|订了)[^。；，]{0,16}(?:酒店|宾馆|旅馆|民宿|招待所)|(?:酒店|宾馆|旅馆|民宿|招待所)(?:的)?(?:房间|客房)", 5),
    ("财会服务合同纠纷", r"代理记账|代账|财务外包|记账服务", 5),
    ("有线电视服务合同纠纷", r"有线电视(?:费|服务|收视|安装)", 5),
    ("网络服务合同纠纷", r"网络服务合同|网站(?:建设|制作|开发|推广|维护|托管)|(?:网络|网站|搜索引擎|竞价)推广|云服务器|服务器(?:租用|托管)"
                     r"|(?:游戏|平台|微信|QQ|抖音|快手|微博|直播)(?:账号|帐号).{0,10}(?:被封|封禁|冻结)", 4),
    # money paid into an online game (游戏充值, 充值…游戏道具), a minor's top-ups asked back: the game operator's service
    # is the contract (民法典 19, 145: the minor's act not ratified), not a loan or a sale
    # a merchant admitted to a platform (商家入驻协议, 平台服务协议) that runs its web shop, takes its fees and holds its
    # takings: the platform's service to the merchant (电子商务法 32-36), not a sale the merchant made to anyone
    ("网络服务合同纠纷", r"(?:商家|商户|店铺)?入驻(?:服务)?(?:协议|合同)|平台(?:服务|入驻|合作)(?:协议|合同)", 6),
    ("网络服务合同纠纷", r"游戏(?:的)?充值|充值[^。；]{0,30}?游戏|游戏[^。；]{0,30}?(?:充值|氪金)", 5),
    # an online shop or account run for its owner (店铺代运营, 直播带货服务): the service is done on the platform
    ("网络服务合同纠纷", r"(?:店铺|网店|账号|帐号|直播间|抖音|快手|淘宝|天猫|京东|拼多多|小红书)[^。；，]{0,8}代运营|直播带货服务", 5),
    ("庆典服务合同纠纷", r"婚庆(?:服务|合同|协议|费|公司|店|钱)|婚礼(?:策划|服务|跟拍|布置|主持)|庆典(?:服务|活动)|司仪", 4),
    ("殡葬服务合同纠纷", r"殡葬服务|公墓|陵园|墓(?:地|穴|位)(?:款|费|购置|使用|管理)", 4),
    # a funeral's services (遗体接运, 殡仪礼仪, 灵车, 安葬 arranged for a fee)
    ("殡葬服务合同纠纷", r"殡仪(?:服务|馆|礼仪)|遗体(?:接运|火化|告别|防腐)|灵车|丧葬服务|治丧服务", 4),
    ("农机作业服务合同纠纷", r"农机作业|(?:机耕|机收|机播|代耕|旋耕|插秧)(?:作业)?费|(?:收割|耕地|播种)作业"
                       # a crop harvested or a field ploughed for the farmer by another's machines, paid by the mu
                       # (代收割服务, 派出两台收获机为…收割玉米, 每亩作业费)
                       r"|代(?:收割|耕|播|插秧|打药)|每亩作业费|(?:收获机|收割机|拖拉机|播种机|插秧机|植保无人机)[^。；]{0,20}?为"
                       r"[^。；]{0,16}?(?:收割|收获|耕|播种|插秧|打药|喷药)"
                       # (the fee for the machine's work named by it: 收割费, 耕地费, the farmer's word for 作业费)
                       r"|(?:收割|机收|耕地|犁地|旋耕|播种|插秧|打药)费", 5),
    ("农业技术服务合同纠纷", r"农业技术服务|(?:种植|养殖)技术(?:指导|服务)", 5),
    ("保安服务合同纠纷", r"保安服务(?:合同|协议|费)|保安费", 4),
    ("房地产咨询合同纠纷", r"房地产咨询", 5),
    ("房地产价格评估合同纠纷", r"(?:房地产|房屋)(?:价格)?评估(?:合同|协议)", 5),
    ("检验合同纠纷", r"检验合同|检测合同|检测服务(?:合同|协议)", 5),
    ("演出合同纠纷", r"演出(?:合同|协议|费)|商演|出场费", 4),
    ("广告合同纠纷", r"广告(?:费|合同|协议|发布费|制作费|位|投放|代理)", 4),
    ("展览合同纠纷", r"展位|展览(?:合同|协议|费|服务)|参展", 4),
    # a retired person hired again is no employee (劳动合同法实施条例 21): not labour law
    ("离退休人员返聘合同纠纷", r"返聘|退休(?:后|人员).{0,12}(?:聘用|聘请|受聘|续聘)", 5),
    ("服务合同纠纷", r"服务合同|服务协议|服务费", 2),
    ("服务合同纠纷", r"储值卡|预付卡|会员卡|充值卡|预付费", 3),
    # (a card of prepaid visits in lay words: 办了年卡, 美容卡, 次卡)
    ("服务合同纠纷", r"(?:年卡|月卡|季卡|次卡|美容卡|美发卡|游泳卡|瑜伽卡|洗车卡|理发卡)", 3),
    # wedding photographs or a photo package booked at a studio (婚纱摄影, 婚纱照套餐): a service paid ahead, not a sale
    ("服务合同纠纷", r"婚纱(?:摄影|照|拍摄)|(?:摄影|拍摄|写真)套餐", 3),
    # a gym's membership or personal-training lessons paid ahead (会籍费, 私教课费, 健身年卡): a service contract (民法典
    # has no named type for it), their unused part asked back when the gym closed
    ("服务合同纠纷", r"会籍(?:费|卡)|私教(?:课|费)|健身(?:卡|年卡|月卡|次卡|会员|会籍)", 3),
    # (an electric heater, 电暖气, is an appliance bought, no heat supplied)
    # (a radiator told only as where something was, 关在暖气片旁边, is no heat supply)
    ("供用热力合同纠纷", r"供暖|采暖|(?<!电)暖气(?!片?(?:旁边|边上|附近|跟前|旁))|热费|供热", 5),
    ("供用电合同纠纷", r"电费|供电", 4),
    ("供用水合同纠纷", r"水费|供水", 4),
    ("供用气合同纠纷", r"燃气费|天然气费|供气", 4),
    # work on another's boat (a fishing boat's hand, a crewman) for pay by the month or the trip: the seaman's service
    # contract of the maritime list (船员劳务合同纠纷), the boat owner (船老板, 船东) the other party, not a land job
    ("船员劳务合同纠纷", r"船员劳务|船员工资|(?:在|上)(?:他|她|其|被告|对方)?(?:家)?(?:的)?(?:渔船|船)上(?:干|做|打工|工作|务工|当|上班|出海)"
                      r"[^。；]{0,20}?(?:个?月|天|工钱|工资|块|元)", 5),
    ("劳务合同纠纷", r"劳务费|劳务报酬|劳务合同|工钱", 3),
    # someone hired by a family to care for a relative at home (雇请…到家中照顾瘫痪的母亲), paid by the month: a contract
    # for that work with the family (民法典 a 劳务 contract), not labour law, where no agency placed the carer
    ("劳务合同纠纷", r"(?:雇请|雇佣|雇用|聘请|请来|请了)[^。；]{0,12}(?:到|在|来|去)[^。；，]{0,6}家(?:中|里)?[^。；，]{0,4}"
                  r"(?:照顾|照看|护理|看护|伺候|照料|陪护)", 4),
    ("合伙合同纠纷", r"合伙", 3),
    # people who put money together to run a business and share its profit (民法典 967), a partner leaving and paid out
    ("合伙合同纠纷", r"各出资[^。；]{0,30}(?:共同|合开|一起|合伙|开办|开设|开一家|开个|经营)|散伙"
                  r"|(?:合开|合伙开|一起开|共同开|合办|一起办)(?:了)?(?:一家|一个|个|家)", 4),
    ("合伙合同纠纷", r"退伙|共同出资[^。；]{0,30}(?:经营|开办|开设|开了|开一家|开个|办厂|做生意|合开)"
                  r"|(?:利润|盈利|收益|分红)[^。；，]{0,6}(?:按|五五|四六|三七|二八|平分|对半)[^。；，]{0,6}(?:分成|分配|比例|平分|开)", 4),
    # companies (公司法 and its interpretations): the shareholder's right at stake names the cause
    ("股东资格确认纠纷", r"股东资格|确认.{0,20}(?:为|系|是).{0,20}(?:的)?股东|确认.{0,20}(?:享有|持有).{0,20}股(?:权|份)", 5),
    ("股东名册记载纠纷", r"股东名册", 5),
    ("请求变更公司登记纠纷", r"请求变更公司登记|涤除.{0,12}(?:法定代表人|股东|董事|监事|经理)"
                        r"|(?:变更|注销|撤销).{0,10}(?:法定代表人|执行董事|监事|董事|经理)(?:的)?(?:工商)?登记", 4),
    ("追收抽逃出资纠纷", r"(?:管理人|破产).{0,80}抽逃.{0,6}出资|抽逃.{0,6}出资.{0,80}(?:管理人|破产)", 6),
    # (the administrator's or the bankrupt company's suit, 企业破产法 35: a company told as fit for bankruptcy but not
    # in it, 具备破产原因但不申请破产, is a creditor's case against the shareholders)
    ("追收未缴出资纠纷", r"(?:管理人|(?<!不申请)(?<!未申请)破产(?!原因)).{0,80}(?:未缴|认缴|补缴).{0,6}出资"
                     r"|(?:未缴|认缴|补缴).{0,6}出资.{0,80}(?:管理人|(?<!不申请)(?<!未申请)破产(?!原因))", 6),
    # a creditor asking a shareholder to answer for the company's unpaid debt within the capital he has not paid in
    # (在未出资本息范围内…承担补充赔偿责任: 公司法解释三 13, 九民纪要 6): the shareholder harming the company's creditor
    ("股东损害公司债权人利益责任纠纷", r"在(?:其|各自)?(?:的)?未(?:缴|实缴|足额缴纳|履行)?出资(?:本息|本金及利息|本金)?(?:的)?范围内"
                              r"[^。；]{0,80}?(?:补充赔偿|补充清偿)责任", 6),
    ("股东出资纠纷", r"股东出资|瑕疵出资|出资不实", 4),
    # (a creditor suing a shareholder within the unpaid or withdrawn capital is an accessory to the debt sued on)
    ("股东出资纠纷", r"(?:补缴|实缴|足额缴纳).{0,10}(?:认缴)?出资|未(?:足额|按期|全面)?(?:缴纳|履行|实缴).{0,6}出资(?:义务)?"
                  r"|抽逃(?:全部|部分)?出资", 2),
    # the company asking its shareholder to pay in the capital subscribed (向原告缴付出资款: 公司法 49)
    ("股东出资纠纷", r"向(?:原告|本公司|公司)(?:缴付|缴纳|缴足|补缴|补足|实缴)[^。；，]{0,4}出资"
                  # (or to return the capital it drew back out: 返还抽逃的出资款, 公司法 53; a creditor's suit asks the
                  # shareholder to answer for the company's debt instead)
                  r"|(?:返还|退还|归还)[^。；，]{0,4}抽逃(?:的)?(?:全部|部分)?出资", 4),
    ("请求公司收购股份纠纷", r"请求公司收购|以?合理(?:的)?价格收购.{0,12}股(?:权|份)", 5),
    ("公司决议撤销纠纷", r"撤销.{0,40}(?:股东会|股东大会|董事会|股东会议)(?:作出的)?.{0,20}决议", 6),
    ("公司决议效力确认纠纷", r"(?:确认|宣告).{0,40}(?:股东会|股东大会|董事会|股东会议).{0,30}决议.{0,10}(?:无效|不成立|有效)"
                         r"|(?:股东会|股东大会|董事会)决议.{0,6}(?:无效|不成立)", 6),
    ("公司决议纠纷", r"(?:股东会|股东大会|董事会)决议", 3),
    ("发起人责任纠纷", r"发起人", 4),
    ("公司证照返还纠纷", r"(?:返还|交还|移交|归还).{0,20}(?:公章|营业执照|财务章|合同专用章|证照|印章)|(?:公章|营业执照|证照|印章).{0,10}(?:返还|交还|移交|归还)", 5),
    ("公司盈余分配纠纷", r"盈余分配|股东.{0,20}(?:分红|利润分配|红利)|(?:分红|利润分配|红利).{0,20}股东", 4),
    ("损害股东利益责任纠纷", r"损害股东利益", 6),
    ("损害公司利益责任纠纷", r"损害公司利益|股东代表诉讼|(?:侵占|挪用|转移).{0,6}公司(?:的)?(?:资金|财产|款项|资产)", 5),
    ("公司关联交易损害责任纠纷", r"关联交易", 5),
    # shareholders who let the company die without winding it up (公司法解释二 18-20): the old debt is background
    ("清算责任纠纷", r"清算责任|清算义务人|(?:未经|未依法|未进行|没有进行)清算.{0,20}注销|(?:怠于|未).{0,4}(?:履行)?(?:依法)?清算义务|虚假(?:的)?清算报告", 5),
    ("公司解散纠纷", r"解散.{0,10}公司|公司.{0,4}解散|公司僵局", 5),
    ("公司减资纠纷", r"减资|减少注册资本", 5),
    ("公司增资纠纷", r"增资(?:扩股)?(?:协议|合同|款)|增加注册资本", 4),
    ("入伙纠纷", r"合伙企业.{0,60}入伙|入伙.{0,60}合伙企业", 5),
    ("退伙纠纷", r"合伙企业.{0,60}退伙|退伙.{0,60}合伙企业", 5),
    ("合伙企业财产份额转让纠纷", r"合伙(?:企业)?.{0,20}财产份额.{0,10}转让|转让.{0,20}合伙(?:企业)?.{0,10}财产份额", 5),
    # a vehicle (or a business) run by its owner in a licensed firm's name (挂靠): the deposit, the fees, the vehicle
    # transferred out are all asked under the affiliation, whatever the vehicle carried
    ("挂靠经营合同纠纷", r"挂靠(?:经营)?(?:合同|协议)|挂靠(?:管理)?费|挂靠(?:保证金|押金|期间|关系)|(?:车辆|货车|车)挂靠(?:在|于|到)", 5),
    ("联营合同纠纷", r"联营", 4),
    ("企业承包经营合同纠纷", r"(?:企业|工厂|厂|公司|酒店|宾馆|门店|店铺|商场|加油站|矿).{0,10}承包经营(?!权)|(?<!土地)(?<!家庭)承包经营(?:合同|协议)", 4),
    ("企业租赁经营合同纠纷", r"租赁经营", 5),
    ("股权转让纠纷", r"股权转让", 5),
    # a shareholder asking to see the company's papers (公司法 57, 110): the papers named before or after 查阅/复制
    ("股东知情权纠纷", r"股东知情权|股东[^。；]{0,40}(?:查账|看账|(?:查看|看|查阅|翻看)[^。；]{0,6}(?:账本|账簿|账目|财务))|(?:查阅|复制|查看|审阅|查账).{0,12}(?:会计账簿|财务会计报告|账簿|会计凭证|记账凭证|股东会会议记录|公司章程)"
                    r"|(?:会计账簿|财务会计报告|账簿|会计凭证|记账凭证|股东会会议记录|董事会会议决议|财务报表|财务账目|公司账目)"
                    r"[^。；]{0,40}?(?:供|由|让|给)?(?:原告|其|我)?(?:查阅|复制|查看|审阅|查账)", 5),
    # money that came without legal ground (民法典 985): paid by mistake, twice or too much
    ("不当得利纠纷", r"不当得利|误转|转错|错转|错汇|误汇|误付"
               r"|(?:取得|获得|占有|收取|占用)[^。；，,]{0,12}(?:无|没有|缺乏)(?:任何)?(?:合法|法律)(?:根据|依据)"
               r"|(?:无|没有|缺乏)(?:任何)?(?:合法|法律)(?:根据|依据)(?:地)?(?:取得|获得|占有|占用)"
               r"|民法典》?第九百八十五条"
               r"|误将.{0,30}(?:转入|转至|转到|转给|汇入|汇至|汇给|打入|打到|付至|支付给)|重复(?:支付|付款|转账|汇款)", 4),
    # money taken out of another's bank card or passbook left in one's keeping (卡里拿走的钱, 从存折上取走的款) and asked
    # back: held without ground (民法典 985), between the two of them; a bank card dispute is with the bank that issued it
    ("不当得利纠纷", r"(?:卡|存折)(?:里|上|内|中)?[^。；，]{0,6}?(?:拿走|取走|转走|划走|取出|支走)(?:了)?的(?:钱|款|存款)", 4),
    ("赠与合同纠纷", r"赠与|赠予", 3),
    ("借用合同纠纷", r"借用", 2),
    # a thing, not money, lent for use and not given back (将轿车借给被告使用): the loan for use (民法典 the borrower returns
    # the thing itself); money lent is 民间借贷
    ("借用合同纠纷", r"(?:将|把)[^。；，]{0,12}(?:车|轿车|汽车|货车|三轮车|摩托车|电动车|挖掘机|铲车|设备|机器|手机|电脑|相机|工具|农机|拖拉机)"
                  r"[^。；，]{0,8}借给[^。；，]{0,12}(?:使用|用|开)", 5),
    ("债权转让合同纠纷", r"债权转让", 3),
    ("确认合同无效纠纷", r"确认.{0,24}(?:合同|协议).{0,4}无效", 5),
    ("债权人代位权纠纷", r"代位权", 5),
    # the suit itself (停止/不得/排除 执行), not a past objection a judgment recounts
    ("案外人执行异议之诉", r"执行异议之诉|(?:停止|不得|排除).{0,30}(?:强制)?执行", 5),
    ("别除权纠纷", r"别除权", 5),
    ("请求撤销个别清偿行为纠纷", r"个别清偿", 6),
    ("请求确认债务人行为无效纠纷", r"确认.{0,40}(?:债务人|破产企业|破产人).{0,30}行为无效", 6),
    ("职工破产债权确认纠纷", r"确认.{0,30}职工债权|职工破产债权", 6),
    ("一般取回权纠纷", r"取回权|取回.{0,20}(?:货物|财产|设备|车辆).{0,60}(?:管理人|破产)|(?:管理人|破产).{0,60}取回", 5),
    ("破产抵销权纠纷", r"破产抵销|抵销权.{0,40}(?:管理人|破产)", 5),
    ("破产撤销权纠纷", r"破产撤销权|管理人.{0,40}撤销.{0,30}(?:无偿转让|放弃债权|提前清偿|低价|担保)", 5),
    ("管理人责任纠纷", r"管理人责任|管理人.{0,20}(?:未勤勉|失职)", 5),
    ("损害债务人利益赔偿纠纷", r"损害债务人利益", 6),
    ("破产债权确认纠纷", r"破产债权|确认.{0,20}债权.{0,10}(?:破产|管理人)|(?:破产|管理人).{0,30}确认.{0,10}债权", 4),
    # --- applications (非讼程序): the order asked names the case
    ("申请宣告自然人无民事行为能力", r"(?:申请|请求)(?:依法)?(?:宣告|认定).{0,30}(?<!限制)无民事行为能力", 7),
    ("申请宣告自然人限制民事行为能力", r"(?:申请|请求)(?:依法)?(?:宣告|认定).{0,30}限制民事行为能力", 7),
    ("申请宣告自然人失踪", r"(?:申请|请求)(?:依法)?宣告.{0,20}失踪", 7),
    ("申请宣告自然人死亡", r"(?:申请|请求)(?:依法)?宣告.{0,20}死亡", 7),
    ("申请认定财产无主", r"(?:申请|请求)(?:依法)?认定.{0,20}(?:财产)?无主", 7),
    ("申请支付令", r"(?:请求|申请)(?:贵院|法院|人民法院)?(?:依法)?(?:向被申请人)?(?:发出|签发)支付令", 6),
    ("申请实现担保物权", r"实现担保物权", 7),
    ("申请司法确认调解协议", r"(?:申请|请求)(?:贵院|法院|人民法院)?(?:依法)?(?:司法)?确认.{0,20}调解协议.{0,10}(?:有效|效力)", 7),
    ("申请确认仲裁协议效力", r"确认.{0,30}仲裁(?:协议|条款).{0,10}(?:效力|无效|有效)", 7),
    ("申请人身安全保护令", r"人身安全保护令", 7),
    ("申请撤销监护人资格", r"(?:申请|请求)(?:依法)?撤销.{0,20}监护人资格", 7),
    ("申请变更监护人", r"(?:申请|请求)(?:依法)?变更.{0,10}(?:为.{0,10})?监护人", 6),
    ("申请指定监护人", r"(?:申请|请求)(?:依法)?指定.{0,10}(?:为.{0,10})?监护人", 6),
    ("申请指定遗产管理人", r"(?:申请|请求)(?:依法)?指定.{0,10}遗产管理人", 7),
    ("申请公示催告", r"公示催告", 7),
    # --- labour (several at once → their common ancestor, see _LABOUR)
    # a worker bound not to join or found a competitor after leaving (劳动合同法 23-24), however the agreement is called
    # (竞业协议, 竞业禁止) or the duty told (离职后不得到有竞争关系的单位任职, 跳槽到竞争对手)
    ("竞业限制纠纷", r"竞业(?:限制|协议|条款|义务|禁止)|(?:不得|不能|不准|禁止)[^。；]{0,24}(?:有竞争关系|存在竞争关系|竞争对手|竞品|同行业?)"
                 r"[^。；]{0,12}(?:任职|就职|工作|入职|兼职|经营|开办|自营)"
                 r"|(?:跳槽|入职|任职|就职|加入)(?:到|于)?[^。；]{0,16}(?:竞争对手|竞争关系|同业竞争)", 5),
    ("确认劳动关系纠纷", r"确认[^。；;，,]{0,40}?劳动关系", 5),
    # the matter an answer names: whether the two stand in a labour relationship (对…双方存在劳动关系一事，答辩如下)
    ("确认劳动关系纠纷", r"(?:存在|不存在)(?:事实)?劳动关系(?:一事|一案)", 5),
    # the benefits 工伤保险条例 33-37 names: 停工留薪期 pay is a work-injury item, not remuneration for work done
    ("工伤保险待遇纠纷", r"工伤|停工留薪|伤残(?:就业)?补助金|伤残津贴", 4),
    ("劳务派遣合同纠纷", r"劳务派遣", 4),
    ("集体合同纠纷", r"集体合同", 5),
    ("非全日制用工纠纷", r"非全日制", 5),
    # the benefit an uninsured worker lost (社会保险法): the benefit names the cause, 社保 alone the family
    ("养老保险待遇纠纷", r"养老保险待遇|(?:未|没有|拒绝|不).{0,10}(?:缴纳|参加|办理|参保).{0,10}养老保险.{0,40}(?:损失|待遇|养老金)", 4),
    ("医疗保险待遇纠纷", r"医疗保险待遇|(?:未|没有|拒绝|不).{0,10}(?:缴纳|参加|办理|参保).{0,10}医疗保险.{0,40}(?:报销|损失|待遇)", 4),
    ("生育保险待遇纠纷", r"生育保险|生育津贴", 4),
    ("失业保险待遇纠纷", r"失业保险(?:金|待遇)|失业金|(?:未|没有|拒绝|不).{0,10}(?:缴纳|参加|办理|参保).{0,10}失业保险.{0,40}(?:损失|待遇)", 4),
    ("社会保险纠纷", r"社会保险|社保|养老保险|失业保险", 3),
    # (a heating company's 取暖费 is no labour case)
    ("福利待遇纠纷", r"福利待遇|福利费|住房补贴|防暑降温费", 4),
    # (the pay for keeping a non-compete, 竞业限制经济补偿 (劳动合同法 23), is no severance)
    ("经济补偿金纠纷", r"(?<!竞业限制)(?<!竞业限制的)(?<!竞业)经济补偿", 4),
    # the compensation for the years worked, in a worker's words (按干的年头补偿, 一分钱的补偿也没给)
    ("经济补偿金纠纷", r"(?:按照?|根据)[^。；，]{0,8}(?:年头|年限|工龄)[^。；，]{0,10}补偿|一分钱的?补偿(?:也|都)?没"
                 r"|(?:没有?|未)(?:给|支付)(?:我|我们|原告)?(?:任何)?(?:的)?补偿", 4),
    ("劳动合同纠纷", r"劳动合同|违法解除|二倍工资|双倍工资|入职", 3),
    # (pay for annual leave not taken, 职工带薪年休假条例 art. 5, is a compensation, not remuneration for work
    # done: it joins another claim without naming the case; with nothing else it stays below)
    ("追索劳动报酬纠纷", r"(?<!年休假)(?<!年假)(?<!停工留薪期)(?<!停工留薪)工资|劳动报酬|绩效|加班费|薪酬|提成", 3),
    ("追索劳动报酬纠纷", r"年休假|年假工资", 2),
]
RULES: list[tuple[str, re.Pattern, int]] = [(c, re.compile(p), w) for c, p, w in _R]


# Running all ~500 rules over a text is most of extraction's time, and most rules cannot match: each rule's
# needles are strings of which every match contains one (read from the compiled pattern's parse tree), so a rule
# whose needles are all absent is skipped without running it. A pattern the reader cannot vouch for has none
# (always run).
def _needles(items) -> set[str] | None:
    """Strings one of which every match of this parsed sequence contains, or None where none can be vouched for."""
    found: list[set[str]] = []
    run = ""
    for op, arg in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            found.append({run})
            run = ""
        if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
            inner = _needles(arg[-1])
        elif op is sre.BRANCH:
            branches = [_needles(b) for b in arg[1]]
            inner = set().union(*branches) if all(branches) else None
        elif op is sre.IN:
            inner = {chr(v) for _, v in arg} if all(o is sre.LITERAL for o, _ in arg) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _needles(arg[2])
        else:
            inner = None  # zero-width, optional or any-character parts vouch for nothing
        if inner:
            found.append(inner)
    # the most telling choice: the longest shortest needle, then the fewest
    return max(found, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _rule_needles(rx: re.Pattern) -> frozenset[str] | None:
    if _parser is None or rx.flags & re.IGNORECASE:
        return None
    try:
        needles = _needles(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # a parser change in a later Python: run the rule always
        return None
    # a needle that contains a shorter one adds nothing
    return frozenset(n for n in needles if not any(m != n and m in n for m in needles)) if needles else None


_RULE_NEEDLES = [_rule_needles(rx) for _, rx, _ in RULES]
_ALL_NEEDLES = sorted({n for needles in _RULE_NEEDLES if needles for n in needles})


def _rules_that_may_match(*texts: str) -> list[tuple[str, re.Pattern, int]]:
    """The rules whose needles stand in one of the texts (or that have none)."""
    text = "\0".join(texts)  # (no needle holds a NUL: none spans two texts)
    # a needle's first two characters looked up first: most needles are one or two characters long
    pairs = {text[i:i + 2] for i in range(len(text))}.union(text)
    present = {n for n in _ALL_NEEDLES if n[:2] in pairs and (len(n) <= 2 or n in text)}
    return [rule for rule, needles in zip(RULES, _RULE_NEEDLES, strict=True)
            if needles is None or not needles.isdisjoint(present)]


_LABOUR = {"福利待遇纠纷", "竞业限制纠纷", "确认劳动关系纠纷", "工伤保险待遇纠纷", "劳务派遣合同纠纷", "社会保险纠纷", "经济补偿金纠纷",
           "集体合同纠纷", "非全日制用工纠纷", "养老保险待遇纠纷", "医疗保险待遇纠纷", "生育保险待遇纠纷", "失业保险待遇纠纷",
           "劳动合同纠纷", "追索劳动报酬纠纷"}

# Phrases that contain cue words without being about the cause: interest-rate boilerplate (贷款, 银行),
# heirs' liability for a debtor's estate, costs and the court's own wording.
_NOISE = re.compile(
    r"(?:全国银行间同业拆借中心公布的)?(?:一年期)?贷款市场报价利率|(?:中国人民)?银行同期(?:同类|同档次)?(?:贷款)?(?:利率|基准利率)?"
    r"|同期(?:同类|同档次)?(?:银行)?贷款(?:基准)?利率|LPR|在(?:其)?(?:所)?继承(?:的)?(?:被继承人)?(?:遗产)?(?:实际价值)?(?:的)?范围内"
    # (the deceased named: "在继承熊某遗产的实际价值范围内", "在各自继承的遗产范围内")
    r"|在(?:其|各自|各)?(?:所)?(?:继承|取得|所得)(?:的)?[^，。；,;]{0,12}?遗产(?:的)?(?:实际)?(?:价值)?(?:的)?(?:范围|限度|份额)(?:内|以内)"
    # an instrument said not to exist ("生前未留有遗嘱，亦无遗赠扶养协议": what makes a succession intestate)
    # (with whom told between: "亦未与任何人签订遗赠扶养协议")
    r"|(?:未|没有|没|无|亦无|并无|均无|也无|并未)(?:与|同|和)?(?:任何人|他人|其他人|任何一方|第三人|任何第三人)?"
    r"(?:签订|订立|签署|留有?|立有?|设立|作出)?(?:过)?(?:任何)?(?:书面)?(?:遗赠扶养协议|遗赠)"
    # a car hired while one's own was repaired is a damage item, not a lease (维修费8460元、租车费1200元)
    r"|(?:维修|修理|修车)(?:费|期间)[^。；]{0,30}?租(?:用)?(?:车|替代车辆|代步车)(?:费)?"
    # insurance the plaintiff says was never bought names no policy ("我的车没有买车损险，只能自己送修")
    r"|(?:没有|没|未|并未|也没有?)(?:买|购买|投保|上|办理?)(?:过)?(?:任何)?(?:车损险|商业险|商业保险|保险)"
    r"|诉讼费用?|受理费|保全费|(?:律师|诉讼)?代理费|律师费|交通费|误工费"
    # a company's registered business scope (经营范围：技术开发、技术转让、技术咨询…) names no dispute
    r"|经营范围[^。；;\n，,]{0,200}|(?:技术(?:开发|转让|咨询|服务|推广|交流|培训)[、，,]?){2,}")
# Causes built on another relationship that the text also describes (the insurer who paid for a
# traffic accident, the guarantor who repaid a loan): when cued they are the dispute.
_DOMINANT = {"平等就业权纠纷",  # (the applicant never became an employee: 入职, 录用 are only the job refused)
             "保险人代位求偿权纠纷", "追偿权纠纷", "离婚后财产纠纷", "确认合同无效纠纷", "信用卡纠纷", "保证保险合同纠纷",
             "案外人执行异议之诉", "别除权纠纷", "被继承人债务清偿纠纷",
             # a wrong provisional measure, a creditor undoing the debtor's gift, an asset manager's bad loan,
             # shareholders liable for an unwound company, a liquidator collecting capital: the old debt is background
             "因申请财产保全损害责任纠纷", "因申请先予执行损害责任纠纷", "债权人撤销权纠纷", "金融不良债权追偿纠纷",
             "清算责任纠纷", "追收抽逃出资纠纷", "追收未缴出资纠纷",
             }
# an application names the order asked, whatever it recounts; one a complaint only tells of (the heir declared
# dead years ago) is history; a parent's "变更监护人" after a divorce is custody
_APPLICATIONS = {"申请宣告自然人无民事行为能力", "申请宣告自然人限制民事行为能力", "申请宣告自然人失踪", "申请宣告自然人死亡",
                 "申请认定财产无主", "申请支付令", "申请实现担保物权", "申请司法确认调解协议", "申请确认仲裁协议效力",
                 "申请人身安全保护令", "申请撤销监护人资格", "申请变更监护人", "申请指定监护人", "申请指定遗产管理人", "申请公示催告"}
_GUARDIAN_APPS = {"申请变更监护人", "申请指定监护人"}
_PARENTING = re.compile(r"离婚|抚养")
_DIVORCED = re.compile(r"调解离婚|判决离婚|协议离婚|离的婚|离了婚|离婚后|已离婚|离婚登记|解除婚姻关系后|离婚时")
# asking for a divorce (not telling of a past one: 经法院判决离婚, 协议离婚)
_DIVORCE_CLAIM = re.compile(r"(?:要求|请求|诉请|诉至.{0,8}要求|起诉|判令|准予|准许|判原|判决原|判决准予|判决(?=原告|原、被告|双方))"
                            r"(?:原、被告|原告与被告|双方|与被告|我与被告|二人|我们)?.{0,3}(?<!不)离婚|解除.{0,4}婚姻关系"
                            # a layperson's item ("我和张某离婚") or telling ("起诉我丈夫张某离婚")
                            # (俺, the northern 我; 俺要求和被告某某离婚)
                            r"|(?:^|；)(?:我|俺|原告)(?:要|要求|请求)?(?:和|与|跟|同)[^，。；]{1,10}?离婚(?=$|；)"
                            r"|(?:起诉|告)(?:我|我的)?(?:丈夫|妻子|老公|老婆|爱人|前夫|前妻)[^，。；]{0,8}离婚"
                            # (an item asking the court in lay words: 判我和某某离婚, 请法院判我们离婚; an item, not a
                            # telling of a past one, 法院判我们离婚后)
                            r"|(?:^|；)(?:我|俺)?(?:请求|请|要求|恳请|希望)?(?:人民)?(?:法院|法官)?判(?:我|俺)(?:们|俩)?"
                            r"(?:和|与|跟|同)?[^，。；]{0,12}?(?<!不)离婚(?![了后时的])")
# an answer agreeing to the divorce asked, or refusing it (答辩人同意离婚, 被告不同意与原告离婚): the divorce is the case
_DIVORCE_ANSWERED = re.compile(r"(?:答辩人|被答辩人|被告|被上诉人|上诉人|我)(?:也|亦|表示|坚决)?(?:同意|不同意)[^，。；]{0,10}?离婚")
# a house the family built or paid for (出资建造, 建房, 盖楼): what a household's members may part among themselves
_FAMILY_BUILT = re.compile(r"(?:出资|共同|一起|合资)(?:建造|修建|翻建|建房|盖房|购买|购置|加盖)|建房|盖(?:了|的)?(?:房|楼)|加盖")
# rules whose words are generic for a family of causes (the family's name): a cued specific member wins
_SEVERANCE = re.compile(r"解除(?:劳动合同|劳动关系)的?经济补偿")
_CONTRACT_CLAIM = re.compile(r"劳动合同|违法解除|二倍工资|双倍工资")
_GENERIC = {"房屋租赁合同纠纷": "租赁合同纠纷", "运输合同纠纷": "运输合同纠纷", "买卖合同纠纷": "买卖合同纠纷",
            "建设工程施工合同纠纷": "建设工程合同纠纷", "土地承包经营权合同纠纷": "土地承包经营权合同纠纷",
            "服务合同纠纷": "服务合同纠纷", "人身保险合同纠纷": "人身保险合同纠纷", "同居关系纠纷": "同居关系纠纷",
            "环境污染责任纠纷": "环境污染责任纠纷", "著作权权属、侵权纠纷": "著作权权属、侵权纠纷",
            "不正当竞争纠纷": "不正当竞争纠纷", "侵害商业秘密纠纷": "侵害商业秘密纠纷", "收养关系纠纷": "收养关系纠纷",
            "社会保险纠纷": "社会保险纠纷", "法定继承纠纷": "法定继承纠纷", "公司决议纠纷": "公司决议纠纷",
            "承揽合同纠纷": "承揽合同纠纷", "赠与合同纠纷": "赠与合同纠纷"}
# generic words shared beyond the family: 承包费 with an orchard, a forest or a fish pond names their contract;
# 保险金 is asked under any policy; 租金 is owed under any lease, a finance lease too, and a lease of a thing that is
# no house is the lease family itself
_GENERIC_SIBLINGS = {"运输合同纠纷": {"快递服务合同纠纷"},  # (a parcel a courier took: 快递服务, under 服务合同)
                     "土地承包经营权合同纠纷": {"农业承包合同纠纷", "林业承包合同纠纷", "渔业承包合同纠纷", "牧业承包合同纠纷"},
                     # (contracted land let out is a lease of its 经营权: 租金, 出租 are that lease's words too)
                     "房屋租赁合同纠纷": {"租赁合同纠纷", "融资租赁合同纠纷", "土地经营权出租合同纠纷"}}
_GENERIC_WIDER = {"人身保险合同纠纷": "保险纠纷"}
# an owner's thing in a stairwell or lane that the plaintiff asks removed so as to pass again is an obstruction of
# the plaintiff's use (民法典 236: 排除妨害); the owners' common right (共有权, its income, the owners' body suing)
# asserted is 业主共有权纠纷 (民法典 271-273)
_OBSTRUCTION_CLAIM = re.compile(r"排除妨害|排除妨碍|停止妨碍|(?:恢复|保障|保持)[^，。；]{0,8}(?:通行|畅通|出入)")
_COMMON_RIGHT = re.compile(r"共有权|全体业主|共有部分的?(?:收益|使用)|收益|占用费|使用费|业主委员会|业主大会|业委会")
# an insured's goods or premises damaged (fire, flood, theft) and the loss claimed from the insurer: a property-loss
# policy, whatever the policy is called
_OWN_DAMAGE = re.compile(r"车损险|(?:车辆|机动车)损失(?:保)?险")
_INSURED = re.compile(r"投保|保险公司|保险单|保单|承保|理赔")
# (a roof fallen in under snow or wind, stock thawed or spoiled when the cold store stopped: the insured's things lost
# as much as burnt or flooded)
_PROPERTY_LOSS = re.compile(r"(?:货物|存货|库存|仓库|库房|冷库|厂房|房屋|屋面|屋顶|店铺|商铺|设备|机器|原材料|成品|车辆)[^。；]{0,30}"
                            r"(?:受损|损毁|毁损|烧毁|被烧|进水|浸泡|被淹|水淹|淹没|被盗|失窃|坍塌|倒塌|垮塌|压塌|变质|霉变|腐烂|水浸|浸水|受淹|泡水"
                            r"|腐坏|损坏|毁坏|掀翻|吹翻)"
                            r"|火灾|失火|内涝|水灾|洪涝")
_HOUSE_LEASE = re.compile(r"房屋|房子|住房|商铺|铺面|门面|店面|门市|厂房|写字楼|办公楼|公寓|宿舍|民房|房租")
# a contract that says what the pay is for (a villager's house built, a retired person rehired) decides a claim
# for 工钱/劳务报酬; an injury claim stays a tort
_PAY_FOR = ("农村建房施工合同纠纷", "离退休人员返聘合同纠纷")
# pollution of water, air or soil decides a case that recounts the plaintiff's pond or field (承包的鱼塘)
_POLLUTION = ("水污染责任纠纷", "大气污染责任纠纷", "土壤污染责任纠纷", "固体废物污染责任纠纷")
# generic sale words (买卖合同, 购买, 价款) also fill a house sale, a separate family in the official list:
# a cued house sale (or its sub-cause) names the case
_SALE_OF = {"买卖合同纠纷": "房屋买卖合同纠纷"}
# what a sale of goods asks for (the goods' price, the goods themselves); 价款 alone is any price, a right's too
_GOODS_PRICE = re.compile(r"货款|购货|货物|供货|赊购|订货|[车机具材料]款|交货|发货|退货")
# an object falling from a building (民法典 1253-1254): the manager (物业) or the safety duty it owes is who is
# sued, not the dispute, when the object struck (砸); a fee claim (物业费) stays a service-contract case, and a
# shopper tripping on a loose floor tile is the shop's safety duty
_BUILDING_TORTS = ("物件脱落、坠落损害责任纠纷", "高空抛物、坠物损害责任纠纷", "林木折断、倾倒、果实坠落损害责任纠纷",
                   "建筑物、构筑物倒塌、塌陷损害责任纠纷", "堆放物倒塌、滚落、滑落损害责任纠纷")
_STRUCK = re.compile(r"砸")
# a car hired in place of the plaintiff's own while it was repaired or held (代步): an item of the loss
_HIRED_CAR_AS_LOSS = re.compile(r"(?:修车|维修|修理|定损|送修)[^。；]{0,12}?(?<!出)租(?:了|用)?(?:一辆|辆)?(?:车|汽车)"
                                r"|(?<!出)租车代步|代步(?:车|费|车费|用车)"
                                # the own car off the road (车辆无法使用期间租车费用, 只得租车): the hire is a loss asked for
                                r"|(?:无法|不能)(?:正常)?(?:使用|行驶|驾驶)(?:期间|的时间)[^。；]{0,6}?(?<!出)租车|(?:只得|只能|只好|不得不)租车")
_CAR_HIRER = re.compile(r"租赁|租车")
_BUILDING_MANAGER = ("物业服务合同纠纷", "违反安全保障义务责任纠纷", "经营场所、公共场所的经营者、管理者责任纠纷")
_DAMAGES = re.compile(r"赔偿|损失|赔(?!礼)")
_HARM_ONLY = _BUILDING_TORTS + ("公共道路妨碍通行损害责任纠纷", "地面施工、地下设施损害责任纠纷")
_HARM_ASKED = re.compile(r"赔|损失|医疗费|医药费|疫苗|误工费|护理费|伤残|抚慰金|停止|拴|约束|处置|清除|排除|消除|不得")
_SERVICE_FEE = re.compile(r"物业费|物业服务费|物业管理费")
# a defective thing that harmed something other than itself (a fire it started burnt a shed, it burst and hurt someone):
# the loss asked beside or instead of the price is the product's harm (民法典 1202-1203), not the sale's
_DEFECT_HARM = re.compile(r"(?:起火|自燃|爆炸|爆裂|燃烧)[^。；]{0,12}(?:烧毁|烧坏|烧掉|引燃|焚毁|炸毁|炸坏|烧伤|烫伤|炸伤|受伤)")
# goods bought and taken that made the buyer ill (吃了以后全身起红疹, 服用后腹泻住院), the goods bad in themselves
_BOUGHT = re.compile(r"买|购")
_TAKEN_ILL = re.compile(r"(?:吃|服用|食用|喝|服)(?:了|下)?[^。；]{0,12}?(?:起红疹|起疹|红疹|皮疹|过敏|中毒|腹泻|呕吐|拉肚子|上吐下泻"
                        r"|腹痛|肚子疼|头晕|昏迷|住院)")
_BAD_GOODS = re.compile(r"过期|变质|霉变|发霉|假药|劣药|假冒|伪劣|三无|超过保质期|超保质期|(?:药|食品)[^。；，]{0,6}不合格")
_DINING = re.compile(r"就餐|用餐|吃饭|宴席|酒席|酒楼|饭店|餐厅|餐馆|饭馆|外卖")
_OTHER_LOSS = re.compile(r"财产损失|(?:物品|财物|房屋|仓房|车辆)(?:的)?损失|医疗费|医药费|误工费|护理费")
# the relation in dispute named by the parties themselves (双方系劳务关系, 不存在劳务关系): a contract for labour,
# whoever let the work; an employment named (劳动关系) is the labour case instead
_DEBT_ITSELF = re.compile(r"(?:支付|偿还|给付|归还)[^。；，]{0,10}(?:货款|价款|借款|欠款|款项|本金|工程款|租金|服务费|\d)")
_SERVICE_NAMED = re.compile(r"劳务关系")
# a student working in the holidays or after class (在校学生暑假打工, 放暑假…到店里打工, 勤工俭学)
_STUDENT_JOB = re.compile(r"学生[^。；]{0,6}(?:暑假|寒假|假期|课余|周末)[^。；，]{0,4}(?:打工|兼职|做工)|勤工俭学|勤工助学"
                          r"|放(?:暑|寒)假[^。；]{0,20}?(?:打工|兼职|打暑期工)")
_EMPLOYMENT_NAMED = re.compile(r"劳动关系")
# a monthly or yearly living allowance asked, and the parents' divorce that fixed it (离婚协议约定…每月…): the child's
# support money (民法典 1085), however plainly the allowance is named (生活费)
_KEEP_ASKED = re.compile(r"(?:每月|每个月|按月|每年)[^。；]{0,12}(?:生活费|抚养费|抚育费)|(?:生活费|抚养费|抚育费)[^。；]{0,6}(?:每月|每个月|按月|每年)")
_PARENTS_DIVORCE = re.compile(r"离婚协议|离婚时|离婚后|离婚判决|判决离婚|协议离婚|调解离婚|离婚调解书")
# (in a letter's words too: 今年他出车祸死了, 过世)
_DECEASED = re.compile(r"(?:去世|死亡|病故|身故|病逝|过世|离世|亡故|死了)")
# (the deceased named between: 在继承我哥哥遗产的范围内)
_HEIRS = re.compile(r"继承人|(?:继承|所得)(?:的)?[^，。；]{0,8}?遗产.{0,10}(?:范围|价值)|遗产.{0,10}(?:清偿|偿还)")
_DEBT = re.compile(r"借款|欠款|欠条|借条|债务|货款|欠.{0,6}元")
# heirs asking for their own share, not a creditor asking for the debt
_REPAY = re.compile(r"偿还|归还|清偿|返还|支付.{0,8}(?:借款|欠款|货款|本金|款项)"
                    # (a letter's: 还我5万元, 还给我欠款)
                    r"|还(?:给)?(?:我|原告)[^。；，]{0,4}?(?:\d|[一二三四五六七八九十两]+万|借款|欠款|钱)")
# a will the claims rely on (not "未留遗嘱" / "遗嘱无效"): the estate passes by the will, 民法典 1123
_WILL_CLAIM = re.compile(r"(?<!未留)(?<!没有)(?<!未立)(?<!没立)(?<!无)(?<!下)遗嘱(?!无效|不成立|不生效)")
# or a will the facts tell was made and rely on (公证遗嘱, 立下遗嘱, 按遗嘱继承), where nothing says there was none
# or that it fails: the estate passes by the will even where the claims only ask for the house
_WILL_MADE = re.compile(r"(?:立下|订立|立有|留有|留下|写下|书写|作出|办理)(?:了)?(?:一份)?(?:自书|代书|公证|打印|录音录像|录音|口头)?遗嘱"
                        r"|(?:自书|代书|公证|打印|录音录像|口头)遗嘱|(?:按|依|按照|依照)(?:该|此|上述)?遗嘱|遗嘱(?:合法|真实)?有效")
_NO_WILL = re.compile(r"(?:未|没有|没|无|均未|并未)(?:留|立|订立|留下|立下|留有)?(?:任何)?(?:书面)?遗嘱|遗嘱(?:无效|不成立|不生效|系伪造|是伪造)")
# (the leaving itself: capital asked back after the business ended, with no partner leaving, is the partnership contract)
_DUTY_PROMISED = re.compile(r"(?:说好|讲好|讲明|约定|条件是|前提是|答应|承诺|保证|写明)[^。；]{0,16}?(?:给|为|替|帮)?(?:原告|我|老人|父母|母亲|父亲)?[^。；]{0,6}?"
                            r"(?:养老|送终|赡养|照顾|照料|看病|探望|看望|陪护|陪伴|护理|生活费|接[^。；]{0,6}(?:一起|同)住)")
_CO_OWNED = re.compile(r"按份共有|共同共有|共有(?:人|份额|产权|的房屋|房屋|房产)|(?:各占|各持有?|各享有)[^。；，]{0,4}(?:\d+%|一半|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
                       r"|(?:产权|不动产|房产)(?:证|登记)[^。；]{0,20}共有")
_PARTITION = re.compile(r"分割|折价(?:款|补偿)?|(?:归|由)(?:原告|被告|我|他|她)[^。；，]{0,6}所有[^。；]{0,30}(?:补偿|给付|支付)"
                        r"|(?:拍卖|变卖)[^。；]{0,20}(?:分配|价款|所得)|(?:卖掉|卖了)[^。；]{0,6}(?:各分|平分|分钱)")
_SUCCESSION_ASKED = re.compile(r"继承|遗产")
# the property told as a family household's (家庭成员共同建造, 全家共同出资, 同一户籍的家庭成员)
_HOUSEHOLD = re.compile(r"家庭成员|家庭共有|家庭共同(?:财产|出资|建造|修建|翻建|所有)|(?:全家|一家人)(?:人)?共同|同一户(?:籍|口)?|户内成员")
_SPOUSES = re.compile(r"离婚|同居|婚内|夫妻共同")
_OTHER_SHARING = ("分家析产纠纷", "共有权确认纠纷", "共有人优先购买权纠纷", "债权人代位析产纠纷", "合伙合同纠纷", "退伙纠纷")
_PATENT_USE = re.compile(r"许诺销售|专利号|ZL\d{6,}|侵(?:害|犯)[^。；]{0,10}专利权|专利侵权|侵权产品"
                         r"|专利[^。；]{0,60}(?:销售|制造|生产|使用|进口)[^。；]{0,20}(?:相同|近似|一样|相似)|(?:落入|属于)[^。；]{0,10}专利权(?:的)?保护范围")
_PATENT_KIND = [("侵害外观设计专利权纠纷", re.compile(r"外观设计")), ("侵害实用新型专利权纠纷", re.compile(r"实用新型")),
                ("侵害发明专利权纠纷", re.compile(r"发明专利"))]
_PATENT_CONTRACTS = ("专利申请权转让合同纠纷", "专利权转让合同纠纷", "发明专利实施许可合同纠纷", "实用新型专利实施许可合同纠纷",
                     "外观设计专利实施许可合同纠纷", "专利代理合同纠纷", "专利权权属纠纷", "假冒他人专利纠纷")
# (in lay words: the partner "提出不干了", his share settled and paid out: 合伙企业法 51's 退伙结算)
_WITHDRAW = re.compile(r"退伙|退出(?:了)?(?:该)?合伙|(?:不再是|不再为|不再担任|不再作为)[^。；]{0,10}合伙人"
                       r"|(?:提出|要求|决定|表示)(?:了)?(?:不干了|不再干了?|退出|撤出|退股)"
                       r"|(?:合伙)?(?:财产)?份额[^。；，]{0,4}(?:结算|清算|退还)")
_FIRM = re.compile(r"合伙企业|普通合伙|有限合伙")
# the shares in a company sold by one member to another (股份转让协议, 股份转让钱): a shareholding, not a partner's share
_SHARES_SOLD = re.compile(r"(?<!合伙)股份转让|转让[^。；，]{0,6}(?<!合伙)股份")
_COMPANY_NAMED = re.compile(r"有限(?:责任)?公司")
# the business run in partnership sued by its own name (某某修配厂, 某某茶馆): a registered firm, not a bare contract
# between the partners (a company's members are shareholders, not partners)
_TRADE_NAME = re.compile(r"(?:厂|店|馆|行|坊|社|部|中心|事务所|工作室|门市|商行|合作社|经营部)$")
# a passenger's ticket or ride, and the contract of carriage relied on (客运合同, 违约, 未安全送达目的地)
_PASSENGER = re.compile(r"(?:购买|购|买了|买|持|凭)(?:了)?[^。；，]{0,20}?(?:车票|客票|船票)|乘客|旅客"
                        r"|(?:乘坐|搭乘)(?:了)?[^。；]{0,20}?(?:客车|大巴|大客车|班车|中巴|长途汽车|长途客车|卧铺车|公交|公共汽车|出租车|出租汽车"
                        r"|的士|网约车|客船|客轮|轮渡)")
_CARRIAGE = re.compile(r"客运合同|旅客运输合同|运输合同关系|违约之诉|(?:安全)?(?:送达|运送到|送到)(?:目的地|终点)|承运人")
# the contract of carriage the complaint says it relies on (原告与被告之间成立公路旅客运输合同关系)
_CARRIAGE_NAMED = re.compile(r"(?:旅客运输|客运)合同关系")
_CARRIAGE_BY = [("城市公交运输合同纠纷", re.compile(r"公交|公共汽车")),
                ("出租汽车运输合同纠纷", re.compile(r"出租车|出租汽车|的士|网约车")),
                ("铁路旅客运输合同纠纷", re.compile(r"火车|列车|高铁|(?<!电)动车")),
                ("水路旅客运输合同纠纷", re.compile(r"客船|客轮|轮渡|船票")),
                ("航空旅客运输合同纠纷", re.compile(r"航班|机票|飞机"))]
# (an e-bike, 电瓶车/电动自行车/电单车/电动车, is a 非机动车 too: 道路交通安全法 art. 119 counts it with bicycles; a bare
# 电动车 is the everyday word for one. An electric car or motorcycle (电动汽车, 电动摩托车, 电动轻便摩托车) is a motor
# vehicle and is caught by _MOTOR, as is any car, lorry or number plate told beside it; 非机动车 names no motor vehicle)
_NON_MOTOR = re.compile(r"自行车|单车|脚踏三轮|电瓶车|电单车|电动车")
# a collision told at a place that is no road (a square, a playground, a courtyard: 道路交通安全法 art. 119 reads 交通事故
# as on a road), no road or traffic word told
_OFF_ROAD = re.compile(r"广场|操场|院子|院内|小区内|小区里|公园|校园|游乐场|球场|空地|楼道|走廊|台阶")
_ON_ROAD = re.compile(r"交通事故|交警|交通管理|道路|马路|公路|街上|路口|路段|路边|人行道|斑马线|车道|红绿灯|红灯|绿灯|过街")
# a parcel of the plaintiff's lost, damaged or late: the courier contract itself in dispute
_PARCEL_CLAIM = re.compile(r"(?:快件|包裹|货物|邮件|寄件)[^。；]{0,12}(?:丢失|遗失|丢件|损坏|破损|毁损|延误|短少)|丢件|保价")
_MOTOR = re.compile(r"(?<!非)机动车|汽车|轿车|货车|客车|卡车|摩托|交强险|驾驶证|(?<![无没])车牌|(?<![无没])号牌|挂车|拖拉机|面包车|越野车|皮卡|出租车|网约车|公交车|" + _PLATE)
_GUARANTY_CLAIM = re.compile(r"承担(?:连带)?保证责任")
# (also bounded by the guaranty: 被告在保证范围内对某公司欠原告的货款…承担连带清偿责任)
_OTHERS_DEBT_CLAIM = re.compile(r"被告(?:在[^。；，]{0,10}范围内)?对[^。；]{0,30}(?:所欠|欠付|拖欠|欠原告|的债务|的借款|的货款)[^。；]{0,30}承担(?:连带)?(?:清偿|偿还|还款|保证)责任")
# (or the guaranty the defendant gave in writing: 出具《担保函》, 提供连带责任保证)
_SURETY_FACT = re.compile(r"担保人|保证人|担保函|保证函|提供连带责任保证|(?:到期|逾期)?不(?:还|能还|偿还)[^。；]{0,6}由(?:本人|我|其)(?:负责)?(?:偿还|归还|承担|还)")
# a claim of its own over the principal debt (its sum, its interest: "按实际收到的款项确定本金"), apart from any
# guaranty: the debt itself is in dispute, and a guarantor sued or appealing beside it joins the debt's case
_NO_BEQUEST_CARE = re.compile(r"(?:未|没有|没|无|并未|也未|均未)[^。；，]{0,10}遗赠扶养")
_BEQUEST_CARE = re.compile(r"(?:照料|照顾|扶养|养老|送终|安葬|后事|丧葬|生活起居|伺候|侍候)[^。]{0,60}(?:遗赠|(?:去世|死亡|百年|过世)后[^。；]{0,20}(?:归|给|赠|留给))")
_WAGE_MEASURE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]+)个半?月(?:的)?(?:平均)?工资"
                           # (or the month's pay times the months: 月平均工资4300元×6个月, 月工资5,400元*N个月)
                           r"|(?:月|每月)?(?:平均|均)?工资(?:标准)?\s*[\d,，.]+\s*元(?:/月)?\s*[×xX*＊]\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]+)个?半?月")
# pay by the month at a company's or a factory's works (在某公司的砖厂开铲车，一个月6000元): an employee's wages, not a job
# contracted for (劳务)
_MONTHLY_PAY = re.compile(r"(?:一个月|每月|每个月|月工资|月薪|按月)[^。；，]{0,6}?(?:\d+|[一二三四五六七八九十百千万两]+)(?:元|块)")
_EMPLOYER = re.compile(r"(?:公司|厂|场|店)(?:里|的|内)?[^。；，]{0,12}(?:上班|干活|开车|开铲车|开叉车|做工|打工|务工|当|做|开)")
# money asked as pay for work (工钱, 工资) and an IOU (欠条) the one who owed it wrote: the IOU is how the pay owed was
# acknowledged, not a loan, where no money was lent
_PAY_ASKED = re.compile(r"工钱|工资|劳务费|劳动报酬|薪水|血汗钱")
_BILL_ASKED = re.compile(r"修理费|维修费|修车费")
_LENDING = re.compile(r"借款|借钱|借给|出借|借到|借走|借了|借条|借据|借贷|借我|向我借|找我借")
# the one paying the month's wages is an organisation (劳动合同法 2: a company, a works, a registered sole trader)
_ORG_EMPLOYER = re.compile(r"公司|工厂|厂|个体户|个体工商户|营业执照|字号|店|馆|超市|酒店|宾馆|医院|学校|合作社|有限")
_SITE_WAGES = re.compile(r"包工头|农民工|劳动仲裁|(?:在|到)[^。；]{0,40}工地(?:上)?(?:干|做|打工|务工|上班)"
                         # (the pay counted from the site's attendance sheet: 按工地考勤, 工地记工)
                         r"|(?:按|在)?工地(?:的)?(?:考勤|记工)"
                         # (the one who called him to the site told as the company's own team leader: 他是某公司的带班的,
                         # 这个公司工地上的带班: the worker holds himself the company's hand)
                         r"|公司(?:[^。；，]{0,6}工地上?)?的(?:带班|班组长|工长)")
# freight told as money the filer laid out or asks made good (赔我运费, 运费损失, 运费花了600元, 花了…运费), and the words
# that tell a carriage itself
_FREIGHT_AS_LOSS = re.compile(r"(?:赔|赔偿|承担|补偿)[^。；，]{0,8}运费|运费(?:的)?损失|运费[^。；，]{0,4}(?:花|花费|支出|垫付|损失)(?:了)?"
                              r"|(?:花|花费|支出|垫付)(?:了)?[^。；，]{0,8}运费")
# the works price owed as the measure of a firm's liability for its subcontractor's workers' pay; a cited title (《保障农民工
# 工资支付条例》) tells nothing of who hired them
_OWED_WORKS_RANGE = re.compile(r"在(?:其)?(?:欠付|未付|未支付|应付)(?:的)?(?:工程(?:价)?款|工程价款)(?:的)?范围内")
_CITED_TITLE = re.compile(r"《[^《》]{0,40}》")
# a lease's own money asked (the deposit, the rent), the tenant's fit-out told as a loss, and a landlord told
_LEASE_MONEY = re.compile(r"押金|租金|房租|租赁保证金")
_TENANT_FIT_OUT = re.compile(r"装修(?:的)?(?:损失|残值|补偿|费用?)|(?:补偿|赔偿?)[^。；，]{0,6}装修")
_LANDLORD = re.compile(r"房东|出租方|出租人|承租方|承租人|租赁合同|租期")
# the neighbour's digging right against the filer's wall or house (紧贴着我家山墙往下挖), and the cracks it left
_NEIGHBOUR_DIG = re.compile(r"(?:紧贴|紧挨|挨着|贴着|靠着|紧邻)[^。；]{0,16}?(?:墙|房屋|房子|地基)[^。；]{0,16}?(?:挖|开挖|打桩|取土)"
                            r"|(?:挖地基|开挖地基|挖基础|基坑开挖|挖基坑|打桩)[^。；]{0,20}?(?:紧贴|紧挨|挨着|贴着|靠着|紧邻)")
_CRACKED = re.compile(r"裂缝|开裂|裂了|裂开|下沉|沉降|倾斜|危房")
# digging at the very edge of the filer's field or yard (在我们的承包地边上挖沟) and the bank or wall it brought down
# (把地埂挖垮了): the neighbour's works endangering the adjoining land
_DIG_AT_EDGE = re.compile(r"(?:我|我们|我家|我们家|原告)(?:家)?(?:的)?[^。；，]{0,6}?(?:承包地|责任田|自留地|田|地|菜园|园子|院子|宅基地)"
                          r"(?:的)?(?:边上|旁边|边|地头|跟前|外侧|紧挨着)[^。；，]{0,6}?(?:挖|开挖|取土)")
_BROUGHT_DOWN = re.compile(r"(?:挖|冲|弄|搞)(?:垮|塌|断|倒)|(?:垮|塌|坍塌|倒塌)(?:了|掉)")
_CARRIAGE_WORDS = re.compile(r"运输|托运|承运|物流|运单|货运|快递")
_POWER_AS_LOSS = re.compile(r"(?:赔|赔偿)[^。；]{0,16}电费|电费(?:的)?损失|多(?:交|缴|花|出|付)(?:了)?[^。；，]{0,4}电费|电费多(?:了|出)")
# a couple who lived together without marrying, told in a layperson's words (住在一起，一直没有领结婚证)
# (a couple that never lived together either, 没领结婚证，也没在一起生活过, is an engagement broken off, not cohabitation)
# water coming down into the filer's home (楼上渗水, 天花板往下渗水) and the filer's own fitting-out contract
_LEAK_INTO_HOME = re.compile(r"(?:楼上|上层|上一层|天花板|顶棚|吊顶|屋顶)[^。；]{0,30}?(?:渗水|漏水|渗漏|往下(?:滴|流|渗|漏|淌))"
                             r"|(?:渗水|漏水|渗漏)[^。；，]{0,4}(?:到|进)(?:了)?(?:我家|原告家|楼下)")
_OWN_FITTING = re.compile(r"装饰?装修(?:工程)?(?:施工)?(?:合同|协议)|装修(?:工程)?款|(?:给|为|帮|替)(?:我|原告)(?:家)?[^。；，]{0,6}装修"
                          r"|(?:我|原告)(?:家)?[^。；，]{0,4}(?:请|找|委托|雇)[^。；，]{0,12}装修")
# a pipe burst or left running upstairs and the water running down into the filer's home (往我家流, 我家被淹)
_FLOOD_FROM_ABOVE = re.compile(r"(?:楼上|上层|上一层|楼上[0-9]+)[^。]{0,30}?(?:水管|管道|管子|接头|水龙头|阀门|暖气片|热水器)[^。，；]{0,8}?"
                               r"(?:爆|裂|破|脱落|漏|没关)|水[^。；，]{0,12}往(?:我家|原告家|楼下)[^。；，]{0,4}(?:流|渗|漏|灌)")
# a lodging rented elsewhere while the home cannot be lived in
_LODGING = re.compile(r"(?:在外|外面|另外|另行|临时|只好)[^。；，]{0,6}租(?:房|住|了)")
_SUPPLIER = re.compile(r"供电|电力|电网|电业")
# a gas company or works (燃气公司, 天然气有限公司, 煤气公司): the other party of a gas supply contract
_WATER_SUPPLIER = re.compile(r"(?:自来水|水务|供水)[^。；，]{0,6}(?:公司|集团|站|厂|所)")
_GAS_SUPPLIER = re.compile(r"(?:燃气|煤气|天然气|液化气)[^。；，]{0,6}(?:公司|集团|站|厂)")
# the power company named only as the measure of the price a landlord may charge (电费按供电局价格收取, 供电局是0.52元一度):
# it is no party to the lease (nor where it is the price it charges the landlord: 供电局给他的价才0.6元)
# or the lay price it charges told in words (供电局收他才六毛八, 电力公司只收五毛)
_SUPPLIER_PRICE = re.compile(r"(?:供电局|供电公司|供电所|电力公司|电网|电业局|国家)(?:(?:的|规定的?|公布的?|(?:给|收)[^。；，]{0,4}?的)?"
                             r"(?:价格|电价|价|标准|收费标准|[^。；，]{0,3}?\d+(?:\.\d+)?元?(?:一|每)度)"
                             r"|(?:才|只|就)?(?:给|收)[^。；，]{0,4}?(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十]+)(?:元|块|毛|角))")
# the power company only as the one the tenant's bill was owed or paid to (还欠供电所电费, 交给供电公司): no party
_SUPPLIER_PAYEE = re.compile(r"(?:欠|交给|缴给|付给|交到|缴到|向)(?:了)?(?:供电(?:局|公司|所|站)|电力公司|电网公司|电业局)")
_LIVED_UNMARRIED = re.compile(r"(?<![没未不])(?<![没未不][在住])(?<!没有在)"
                              r"(?:住在一起|住到一起|生活在一起|一起生活|一起过日子|搬到一起住?|同住|同居)[^。]{0,30}?"
                              r"(?:没有?|未|一直没有?|并未|从未|始终没有?)(?:去)?(?:领|办|办理|登记|扯)(?:取|了)?(?:结婚证|结婚登记|证)"
                              r"|(?:没有?|未|一直没有?|并未|从未)(?:去)?(?:领|办理?|扯)(?:取|了)?(?:结婚证|结婚登记)"
                              r"(?:(?!没|未|不|从未)[^。]){0,30}?(?:住在一起|生活在一起|一起生活|一起过日子)")
_ONLINE_OUTLET = (r"(?:公众号|网站|网页|网店|微博|抖音|快手|小红书|B站|头条号|百家号|网络平台|视频平台|APP|App|网盘|直播间|推文"
                  r"|小程序)")
_UNLICENSED = r"(?:未经|没有经过|没经过?|未取得|未获)(?:任何)?(?:原告|上诉人|我|作者|权利人|本人)?(?:的)?(?:许可|授权|同意)"
_UNLICENSED_ONLINE = re.compile(_ONLINE_OUTLET + r"[^。；]{0,40}?" + _UNLICENSED + r"[^。；]{0,40}?(?:使用|发布|上传|转载|刊登|刊载|播放|传播|配图)"
                                r"|" + _UNLICENSED + r"[^。；]{0,30}?" + _ONLINE_OUTLET + r"[^。；]{0,30}?(?:使用|发布|上传|转载|刊登|刊载|播放|传播|配图)")
_OWN_WORK = re.compile(r"(?:原告|上诉人|被上诉人|我|本人)(?:独立)?(?:拍摄|创作|撰写|绘制|录制|原创)(?:的)?|署名|水印|摄影作品|美术作品|文字作品")
_REMOVAL_ASKED = re.compile(r"(?:请求|要求|判令?|让)(?:法院)?(?:判)?(?:他|她|他们|被告|其)?[^。；]{0,24}?"
                            r"(?:拆除|拆了|拆掉|移走|挪走|搬走|挪开|移除)[^。；]{0,16}?(?:恢复原样|恢复原状)")
_CONTRACT_MONEY = re.compile(r"租金|房租|承租|工程款|装修款|货款|价款|工钱|合同|协议")
# a house or land used without its owner's leave (未经原告同意擅自居住, 强行住进)
# a deal over the land between the parties (承包费, 合同, 转包, 租金): the field asked back is that deal's
_LAND_DEAL = re.compile(r"承包费|合同|协议|转包|租金|租给|流转|发包|转让|互换")
_OCCUPIED_WITHOUT_CONSENT = re.compile(r"(?:未经|没有经过|没经过|未征得)[^。；]{0,10}(?:同意|允许)[^。；]{0,6}(?:擅自|强行)?(?:居住|入住|住进|占用|占住|搬进)"
                                       r"|(?:擅自|强行)(?:居住|入住|住进|占用|占住|搬进)")
_PROPERTY_REMEDIES = ("排除妨害纠纷", "返还原物纠纷", "业主共有权纠纷", "车位纠纷", "消除危险纠纷", "财产损害赔偿纠纷",
                      "噪声污染责任纠纷", "物件脱落、坠落损害责任纠纷")
_SHARE_ASKED = re.compile(r"分割|折价|返还|归(?:原告|被告|我|他|她)[^。；，]{0,4}所有|一半")
_LENT = re.compile(r"借条|借据|(?:向|找|跟)(?:原告|我|我们|我家)[^。；，]{0,6}借(?:了|款|钱)?|借给(?:被告|他|她|他们)|出借")
_REPAY_MONEY = re.compile(r"(?:还|偿还|归还|返还)(?:给)?(?:我|原告)?[^。；，]{0,8}?(?:\d|[一二三四五六七八九十百千万两])[^。；，]{0,6}?元"
                          r"|(?:偿还|归还|返还)(?:借款|本金|欠款)")
_LOAN_KIN = {"金融借款合同纠纷", "小额借款合同纠纷", "被继承人债务清偿纠纷", "保证合同纠纷", "追偿权纠纷", "不当得利纠纷",
             "无因管理纠纷", "离婚纠纷", "离婚后财产纠纷", "同居关系析产纠纷", "夫妻财产约定纠纷"}
# (a factor's receivable asked of the debtor it was assigned against is the principal debt too: 应收账款)
_PRINCIPAL = re.compile(r"本金|借款|利息|本息|欠款|货款|价款|租金|工程款|账款")
_SURETY = re.compile(r"保证|担保")
_DEBTOR_CLAIM = re.compile(r"(?:偿还|归还|返还|支付|给付).{0,8}?(?:借款|本金|货款|欠款|款项|租金|工程款|价款|本息|账款|费)")
# the heirs are the ones suing, for a claim the deceased had (三原告为杨明的全部第一顺序法定继承人, 杨明对曾伟享有的债权属于其
# 遗产): they stand in the creditor's place and sue on the debt itself; 被继承人债务清偿 is the creditor's suit against heirs
_HEIRS_SUE = re.compile(r"(?<!被)(?:原告|我们|我)(?:[一二三四五六七八九十两]人)?[^。；，]{0,6}?(?:均为|都是|为|系|是|作为)[^。；，]{0,16}?继承人"
                        r"|债权[^。；]{0,12}(?:属于|系|为|是)[^。；]{0,6}遗产|(?:继承|承继)[^。；，]{0,10}债权")
_SUCCESSION_CLAIM = re.compile(r"(?:依法)?(?:继承|分割).{0,10}(?:遗产|房屋|房产|份额)")
_CUSTODY = re.compile(r"抚养权|监护权|随.{0,8}生活|跟.{0,6}生活|由.{0,8}抚养|直接抚养")
# the divorce already made (registered, by agreement, by judgment), not one asked for
_DIVORCE_MADE = re.compile(r"(?:登记|协议|调解|判决)离婚|(?:办理|办)(?:了)?离婚(?:登记|手续)|已(?:经)?(?:登记)?离婚|离婚协议(?:约定|中|书)")
_BANK = re.compile(r"银行|信用(?:合作)?社|小额贷款|消费金融|信托|金融(?:服务)?(?:股份)?有限")
# a small-loan company is no bank (its loans have their own level-4 cause under 借款合同纠纷)
_SMALL_LOAN = re.compile(r"小额贷款")
# a lender by its name as a party: a bank or its branch, a credit cooperative, a consumer-finance company (a bank named
# in the story, 通过银行转账, is no lender)
_BANK_LENDER = re.compile(r"银行(?:股份)?有限(?:责任)?公司|银行[\u4e00-\u9fa5]{0,12}(?:分行|支行)|农村(?:信用合作社|商业银行)|信用社"
                          r"|消费金融(?:股份)?有限公司")
# a financial institution managing the money entrusted to it (委托理财 by a bank, broker, fund or trust)
_FINANCIAL = re.compile(r"银行|证券|基金|信托|期货|资产管理")
_LAW_FIRM = re.compile(r"律师事务所")
_AGENCY_FEE = re.compile(r"代理费|律师费|风险代理")
_SCHOOL = re.compile(r"学校|幼儿园|小学|中学")
_LABOUR_GENERIC = {"社会保险纠纷"}
# injury damages claimed from a transport company or an insurer: almost always a road accident
# (and a layperson's names for them: 医药费, 误工钱)
_INJURY = re.compile(r"医疗费|医药费|误工费|误工钱|护理费|残疾赔偿金|死亡赔偿金|丧葬费|伤残|被扶养人生活费|后续治疗费"
                     # (the costs of an injury told in a lay letter: 住院花了…元, 请人护理花了…, 算误工…)
                     r"|住院(?:花了|用了|花费)|护理花了|算误工")
_INSURER = re.compile(r"保险")
_VEHICLE_PARTY = re.compile(r"汽车运输|客运|公交|出租(?:汽)?车|物流|货运|保险")
# a passage blocked between neighbours, not a road anyone may use (民法典 288-291)
# (villagers of one village whose committee mediated, or a way over the defendant's own field, are neighbours too)
# (and a villager's telling: the way runs past the defendant's house, 从他家房子侧边过, or the village mediated)
_NEIGHBOURS = re.compile(r"紧挨着|(?:他|她|其|被告)家(?:的)?院(?:子|里|内)|邻居|相邻|邻里|隔壁|东邻|西邻|南邻|北邻|前邻|后邻|宅院|宅基地|院落|两院|两家|两户|同村|同组|村民小组"
                         r"|村委会?[^。；]{0,10}调解"
                         r"|(?:他|其|被告)家?的?(?:菜地|承包地|自留地|责任田|耕地|田地|土地|地(?![址区点方]))"
                         r"|家(?:的)?(?:房子|房屋|院子|院坝|屋)(?:的)?(?:侧边|旁边|边上|门前|门口|屋后|后面|前面|之间|中间)"
                         # (two homes' walls told together, the lane between them: 我家东山墙和某家西墙中间)
                         r"|家(?:的)?[东西南北]?山?墙(?:和|与|跟)[^。；，]{1,8}家(?:的)?[东西南北]?山?墙"
                         # (the way behind or before the plaintiff's house, walled by the other: 上诉人房后通道上砌筑的砖墙)
                         r"|(?:房|屋|院)(?:后|前)(?:的)?(?:通道|小道|小路|过道|便道|巷道)"
                         # (the other's building told by how near it stands to the plaintiff's house: 离我家北房只有四米多远)
                         r"|(?:离|距|距离)(?:我家|我们家|原告家?|原告的?)(?:的)?[^。；，]{0,4}?(?:房|屋|楼|院|窗)?[^。；，]{0,6}?(?:\d+|[一二三四五六七八九十两]+)(?:多)?(?:米|公尺)")
# someone working for another's pay and hurt at the work (民法典 1192): the work's own contract (装修, 施工) is only
# the setting; a worker of a company with 工伤 words is a labour case instead
# the drain the defendant filled asked dug open again for the plaintiff's home: a neighbour's drain by what is asked
_DRAIN_REOPENED = re.compile(r"(?:排水沟|排水渠|明沟|暗沟|水沟|沟渠|水渠)[^。；]{0,12}(?:挖开|疏通|恢复|清理|拆除)|(?:我家|原告(?:家|房屋|院子))[^。；，]{0,4}排水畅通")
# a drain pipe that leaks, and the ceiling below it wet: the flat above drains through the filer's home
_DRAIN_LEAKS = re.compile(r"(?:下水管|排水管|污水管|下水道|落水管)(?:道)?[^。；，]{0,6}(?:渗水|漏水|渗漏|滴水|冒水)")
_CEILING_WET = re.compile(r"(?:天花板|吊顶|顶棚)[^。；，]{0,8}(?:滴水|渗水|漏水|往下(?:滴|流|渗|漏|淌))")
# the way itself asked back in the claims (恢复通行, 恢复通道畅通, 拆除过道上的墙)
_PASSAGE_ASKED = re.compile(r"通行|通道|过道|巷道|胡同|出路|便道|小路|道路")
_WALLED_OFF = re.compile(r"砌|垒|(?<!建)筑(?!材)|墙|铁门|大门|栅栏|篱笆|铁丝网|封堵|堵死|封死")
_PUBLIC_WAY = re.compile(r"公共(?:通道|道路|过道|巷道|走道|区域)|公用(?:通道|道路|过道)")
# money sent to the wrong person (错转, 汇错, 误将…转入) and asked back: 不当得利 (民法典 985), whatever bill the payer
# meant to pay (a supplier's 货款, a worker's wages: the contract is with someone else, not the receiver)
_MISDIRECTED = re.compile(r"误转|转错|错转|错汇|汇错|误汇|打错|转账错误|付错"
                          r"|(?:点错|选错|输错|填错|搞错|弄错)(?:了)?(?:人|收款人|收款账户|账户|账号|卡号|对象)"
                          # the wrong payee picked from the banking app's list (误选被告为收款人, 错选了收款账户)
                          r"|(?:误选|错选|误点|错点|误填|错填|误输|错输)(?:了)?[^。；，]{0,12}?(?:收款人|收款账户|收款方|账户|账号|卡号)"
                          r"|误将[^。；]{0,30}(?:转入|转至|转到|转给|汇入|汇至|汇给|打入|打到|付至|支付给)"
                          # the object told first (卡号输错了一位, 账号填错了)
                          r"|(?:收款人|收款账户|收款账号|账户|账号|卡号)[^。；，]{0,2}?(?:输错|填错|写错|点错|选错|弄错|搞错)"
                          # (the slip told of the transfer itself: 手机转账时输错了一个数字)
                          r"|(?:转账|汇款|打款|转钱|付款)[^。；，]{0,8}?(?:输错|填错|写错|按错|点错|看错)")
_RETURN_ASKED = re.compile(r"返还|退还|退回|还给|还我|归还")
# a deposit given to secure the making of a contract that was never made (立约定金; 民法典 586-587), its return or
# double return the dispute: the 定金 is then the contract sued on (定金合同纠纷); a deposit under a contract that was
# made and broken is sued on that contract, and a subscription before a flat's sale has its own cause (商品房预约合同)
_EARNEST_ASKED = re.compile(r"定金[^。；]{0,12}(?:双倍|加倍|两倍)|(?:双倍|加倍|两倍)返还[^。；]{0,12}定金|定金罚则"
                            r"|(?:返还|退还|退回|没收|不退|还给)[^。；，]{0,12}定金|定金[^。；，]{0,8}(?:返还|退还|退回|不予退还|没收|不退)")
_NOT_YET_MADE = re.compile(r"(?:作为|为|系|是|用于|保证|担保)(?:双方)?(?:签订|订立|签署|签)[^。；]{0,24}?(?:合同|协议)的?(?:担保|定金|保证)"
                           r"|(?:正式|主)[^。；，]{0,6}(?:合同|协议)[^。；，]{0,8}?(?:未能|未|没有|没能|无法|不能)(?:签订|订立|签署|签成|签)"
                           r"|(?:未能|未|没有|没能|拒绝|不再|不愿|不肯|不)(?:与(?:原告|被告|我|其|对方))?(?:签订|订立|签署|签)(?:了)?(?:正式|主)"
                           r"|逾期不签订|立约定金|(?:说好|约定|商定)[^。；]{0,20}?(?:签订|签)[^。；]{0,16}?(?:合同|协议)[^。；]{0,30}?(?:不签|没签|不肯签|不愿签)")
_PRE_CONTRACT_CAUSES = ("预约合同纠纷", "商品房预约合同纠纷")
# the boss of a gang of building hands, who takes on work and hires men to do it for pay
_FOREMAN = re.compile(r"包工头|工头|包工老板")
_HIRED = re.compile(r"雇佣|雇用|雇请|受雇|干零活|打零工|做零工|打短工|接受劳务|提供劳务|(?:做|当|打)小工"
                    # the hand told as the one another hired (某某雇的人, 他雇来的): the hirer takes him on for pay
                    r"|雇(?:的|来的)(?:人|工人|小工|师傅)|雇来的"
                    # a gang boss (包工头) takes on hands for pay: the one he calls to his site works for him
                    r"|" + _FOREMAN.pattern +
                    # the boss who set the hands to work (老板叫大家小心点照样开工)
                    r"|老板[^。；]{0,16}?(?:叫|让|安排|催)[^。；]{0,12}?(?:开工|干活|上班|加班|做工)"
                    # sent out on a job by the one he works for (派他去某家装空调, 人是店里派来的); 派出所 is a police station
                    r"|派(?!出所|遣)[^。；，]{0,8}?(?:去|到|上门)[^。；，]{0,16}?(?:装|安装|维修|修理|送|干活|施工|搬|拆)|派(?:来|过来|去)的")
# an insurer asked for a policy's benefit (保险金, 理赔): the injury is the insured event, not a tort sued on
_POLICY_ASKED = re.compile(r"保险金|理赔|保险责任")
# a clause that reckons lost earnings (按每天60块钱算误工, 误工费按每日200元计算)
_LOSS_RECKONED = re.compile(r"[^。；，]*误工[^。；，]*")
# works in a neighbour's flat or house (楼上702装修, 隔壁56号…装修, 邻居家装修); the home damaged by them; a fitting-out
# contract of the plaintiff's own (his own flat fitted)
_NEIGHBOURS_WORKS = re.compile(r"(?:楼上|楼下|隔壁|邻居|对门|上层|\d{3,4}(?:室|房)?)[^。；]{0,30}?(?:装修|翻修|敲墙|拆墙|改水管|改造)")
_HOME_DAMAGED = re.compile(r"(?:漏水|渗水|水漏|淹|泡坏|泡了|泡软|吊顶塌|墙(?:壁|面)?(?:裂|开裂|泡)|裂开|起拱|敲松|报废)")
_FITTING_CONTRACT = re.compile(r"装饰装修(?:工程)?(?:施工)?(?:合同|协议)|装修(?:工程)?(?:施工)?(?:合同|协议)|装修(?:工程)?款|(?:我|原告)[^。；，]{0,10}(?:请|找|雇|委托)[^。；，]{0,10}装修")
# a domestic-service agency or company among the parties; a nanny's pay asked
_DOMESTIC_FIRM = re.compile(r"家政|服务(?:有限)?公司|服务部|服务中心")
_WAGES_ASKED = re.compile(r"工钱|工资|劳务费|报酬")
# money asked back by the one who paid it (退我, 退还, 返还): no worker asks his pay "refunded"
_REFUND_ASKED = re.compile(r"退(?:还|回|给)?(?:我|原告)|退还|返还|退款")
_HURT = re.compile(r"受伤|摔|坠落|跌落|骨折|砸伤|致伤|伤残|烧伤|割伤|轧伤|绞伤|(?:压|轧|切|夹|绞)断")
# the service contracts of a place the customer is in (a hotel, a restaurant), and a fall there
_PREMISES_SERVICE = ("旅店服务合同纠纷", "餐饮服务合同纠纷")
_FELL = re.compile(r"滑倒|摔倒|跌倒|绊倒|摔伤|跌伤|滑伤|滑跌|摔了一跤|跌了一跤")
_FEE_BACK = re.compile(r"退还|返还|退回|退[^。；，]{0,4}(?:房费|餐费)|房费|餐费")
_NOT_HIRED_INJURY = ("机动车交通事故责任纠纷", "非机动车交通事故责任纠纷", "义务帮工人受害责任纠纷", "提供劳务者致害责任纠纷",
                     "工伤保险待遇纠纷", "用人单位责任纠纷", "医疗损害责任纠纷", "产品责任纠纷")
# help given for nothing: the lay words (帮忙, 讲好不要工钱, 没收一分钱, 好心) of 义务帮工
_HELPING = re.compile(r"帮工|(?:叫|请|让|喊|找)(?:我|原告)[^。；]{0,6}(?:去|来|过去)?(?:帮忙|帮他|帮她|帮其|帮着)"
                      r"|(?:去|来|过去)帮忙"
                      r"|(?:不要|不收|不拿|没要|没收|没有要|不计|分文不取|不取)(?:任何|一分)?(?:工钱|报酬|工资|劳务费|钱)"
                      r"|(?:没有|没|无)(?:任何)?(?:工钱|报酬|劳务费)"
                      r"|无偿(?:帮|为|给)|义务(?:帮忙|劳动|帮)|好心(?:帮|给|替)"
                      # (the helper only fed, no pay agreed: 说好只管饭不给工钱)
                      r"|只管(?:饭|吃|顿饭|一顿饭)|(?:说好|讲好|讲明|说明)[^。；，]{0,6}不(?:给|付|发)(?:任何|一分)?(?:工钱|报酬|工资|钱)")
# help said to be for nothing (无偿, 不要工钱, 没收一分钱)
_UNPAID = re.compile(r"无偿|义务(?:帮忙|劳动|帮)|分文不取|(?:不要|不收|不拿|没要|没收|没有要|不计|不取|没讲|没说|没谈|不讲)(?:过)?(?:任何|一分)?"
                     r"(?:工钱|报酬|工资|劳务费|钱)|(?:没有|没|无)(?:任何)?(?:工钱|报酬|劳务费)"
                     r"|只管(?:饭|吃|顿饭|一顿饭)|(?:说好|讲好|讲明|说明)[^。；，]{0,6}不(?:给|付|发)(?:任何|一分)?(?:工钱|报酬|工资|钱)")
_PAID = re.compile(r"(?:每天|每日|日工资|一天|每小时)[^。；，]{0,6}\d+元|约定(?:的)?(?:工钱|报酬|工资)[^。；，]{0,6}\d+元")
# work paid by the day (一天三百块, 每天工钱280元) and an injury in doing it (on the scaffold, the cradle, the ladder): someone
# working for another, whoever the other is (a gang boss, a villager building his house)
_PAID_WORK = re.compile(r"(?:每天|每日|日工资|一天|每小时|一个工)(?:的)?(?:工钱|工资|报酬|工价)?[^。；，]{0,4}?"
                        r"(?:\d+|[一二三四五六七八九十百两]+)(?:元|块)|(?:工钱|工资|报酬)[^。；，]{0,4}(?:按天|按日|每天|一天|每日)"
                        # (the day's pay said as a bare number of hundreds: 讲好一天二百五)
                        r"|(?:每天|一天|一个工)[^。；，\d]{0,4}?[一二三四五六七八九两]百[一二三四五六七八九十]?(?=[。；，\s]|$)"
                        # (or by the piece: 按件算钱, 计件)
                        r"|按件(?:算钱|计酬|计价|计算|算)|计件(?:工资|算钱)?"
                        # (or a price agreed for the job itself: 讲好工钱三百五十元, 说好工钱800块)
                        r"|(?:讲好|说好|谈好|约定|讲定|说定)(?:的)?(?:工钱|报酬|工资|劳务费)[^。；，]{0,4}?(?:\d+|[一二三四五六七八九十百千两]+)(?:元|块)")
# a claim line that asks for something (a sum, a payment, a judgment)
_ASKING = re.compile(r"要求|请求|判|赔|支付|给付|返还|退还|偿还|承担|补偿|给我|还我")
_HURT_AT_WORK = re.compile(r"(?:干活|做工|做活|砌|抹灰|粉刷|施工|作业|务工|装卸|架子|脚手架|吊篮|梯子|高处|房顶|屋顶|楼顶|棚顶|换瓦|翻瓦"
                           # (felling or trimming trees for another: 帮他砍树，一天给200元，树倒的时候砸到我)
                           r"|砍树|伐树|伐木|锯树|砍伐|修枝|剪枝)"
                           # (a fall told as 掉: 人从三楼掉到地上)
                           # (掉了下来 tells the fall as well as 掉下; a foot through a rotten tile, 一脚踩空, is the fall's start)
                           r"[^。]{0,40}?(?:摔|坠|跌|掉(?:了)?(?:下|到|在)|踩空|砸伤|压伤|轧伤|绞伤|割伤|受伤|骨折"
                           # (a bone broken told in lay words: 断了三根肋骨, 把腿砸断)
                           r"|断了[^。；，]{0,3}?(?:肋骨|骨头|腿|胳膊|手臂|手指|脚趾)|(?:砸|打|压)(?:断|折))"
                           # (a hand caught in the machine worked: 操作冲床时右手被压进模具，手指压断)
                           r"|(?:操作|开|看)(?:冲床|机器|机床|设备|搅拌机|切割机|压面机)?[^。]{0,30}?(?:压|轧|绞|切|夹|卷)(?:断|伤|进|入)")
_PUPIL = re.compile(r"学生|幼儿|在校|课间|上课|体育课|班主任|老师|教师|年级|班级|放学")
# the 2020 notice: the level-4 cause where the document fits one. Safety duty: the operator or manager of a
# business or public place (民法典 1198: 宾馆、商场、银行、车站、机场、体育场馆、娱乐场所) or the organiser of a mass event
_PREMISES = re.compile(r"经营场所|公共场所|商场|超市|酒店|宾馆|饭店|餐厅|餐馆|饭馆|酒楼|浴室|洗浴|浴池|健身|游乐|KTV|歌厅|网吧|影院"
                       r"|电影院|银行|营业厅|机场|车站|候车|体育场|体育馆|泳池|游泳|景区|公园|菜市场|农贸市场|店内|门店|店铺|药店"
                       r"|被告经营的|营业场所")
_MASS_EVENT = re.compile(r"群众性活动|庙会|灯会|演唱会|音乐节|马拉松|运动会|展销会|游园会")
# a defective product's harm (民法典 1202-1204): the maker or the seller sued names the level-4 cause; both, or
# neither told, stays 产品责任纠纷
_MAKER = re.compile(r"生产者|生产厂家|生产厂商|制造商|制造者|厂家|被告[一二三四五六七八九十\d]?(?:公司)?(?:生产|制造)")
_SELLER = re.compile(r"销售者|经销商|销售商|(?:在|从|向)被告.{0,12}(?:购买|购得|买)"
                     # (a layperson's: bought in his shop, 在他店里买了)
                     r"|(?:在|从)(?:他|她|其|对方)(?:的|家)?(?:店|门店|商店|车行|店铺)(?:里)?[^。；，]{0,4}?(?:买|购买|购)|被告[一二三四五六七八九十\d]?(?:公司)?(?:销售|出售)"
                     # (a shop named in the story: 在黎平县一家叫“某某大药房”的药店买了一盒药)
                     r"|(?:在|从)[^。；，]{0,16}?(?:药店|药房|超市|商店|小卖部|便利店)(?:里)?(?:买|购买|购)"
                     r"|被告[一二三四五六七八九十\d]?(?:经营)?的?(?:商场|超市|商店)")
# who is sued: the thing bought from the defendant (在被上诉人门店购买), or made by the defendant; a maker the seller only
# names in its defence (能够指明生产者) is not sued
_SOLD_BY_SUED = re.compile(r"(?:在|从|向)(?:被告|被上诉人|被答辩人)[^。；]{0,12}(?:购买|购得|买)|(?:被告|被上诉人)[一二三四五六七八九十\d]?(?:公司)?(?:销售|出售)给"
                           # (or the one sued called the seller in so many words: 被上诉人作为销售者, 被告系涉案产品的销售者)
                           r"|(?:被告|被上诉人)[一二三四五六七八九十\d]?(?:作为|系|是)(?:涉案产品的?|该产品的?|缺陷产品的?)?(?:销售者|经销商|销售商)")
_MADE_BY_SUED = re.compile(r"(?:被告|被上诉人|被答辩人)[一二三四五六七八九十\d]?(?:公司)?(?:生产|制造|制作)(?:的|了)|系(?:被告|被上诉人)(?:生产|制造)")
# an answer is the defendant's own voice: the thing bought from the answerer (在答辩人处购买, 答辩人出售的)
_SOLD_BY_ANSWERER = re.compile(r"(?:在|从|向)答辩人[^。；]{0,12}(?:购买|购得|买)|(?<!被)答辩人(?:出售|销售)(?:的|给)")
# … or made by the answerer (答辩人生产的, 答辩人出厂的): the maker answers, even where it denies the thing was its own
_MADE_BY_ANSWERER = re.compile(r"(?<!被)答辩人(?:公司)?(?:生产|制造|出厂)(?:的|了|时)")
# personal information named as the interest harmed; identifying data made public; what is asked for it
_INFO_NAMED = re.compile(r"个人信息")
_INFO_EXPOSED = re.compile(r"(?:公开|公布|泄露|泄漏|披露|发布|张贴|曝光|转发|列明|贴出)[^。；]{0,60}?(?:身份证|手机号|电话号码|家庭住址|住址|门牌号|个人信息)")
_INFO_REMEDY = re.compile(r"删除|撤除|撤下|停止(?:公开|使用|处理|传播)|赔礼道歉|消除影响|精神损害")
# a privacy, reputation or likeness right named instead (those causes of their own)
_OTHER_PERSONALITY = re.compile(r"隐私|名誉|肖像")
# labour items other than severance: wages owed, overtime, double pay, damages for an unlawful dismissal, insurance
_OTHER_LABOUR = re.compile(r"拖欠|欠付|加班|二倍工资|双倍工资|违法解除|赔偿金|社会保险|社保|工伤|(?<![月均])工资(?!标准|基数)")
# a flat bought before it was built (民法典 / 商品房销售管理办法: 预售): the contract so named
# (期房 the word, not 同期/长期 before 房价 or 房租: "同期房价上涨" tells no presale)
_PRESALE = re.compile(r"商品房(?:买卖)?合同[（(]预售[）)]|商品房预售合同|预售合同|(?<![同近长短前后早晚])期房(?![价租])")
# the compensation for land taken (征地补偿款) asked as a member's share
_LAND_PAY = re.compile(r"(?:征收|征用|征地|被征)[^。；]{0,20}补偿(?:款|费)")
# (a parent's 生活费 or 医疗费 asked of a child is 赡养费 in lay words)
# the defendants told as the plaintiff's children (原告…共生育二被告, 被告作为子女, 二被告系原告之子女)
_PARENT_SUES_CHILDREN = re.compile(r"(?:生育|育有|生下|养育)(?:了)?(?:[二两三四五六]名?|二个|两个)?(?:子女)?[^。；，]{0,2}(?:被告|[二两三四五六]被告)"
                                   r"|被告[^。；，]{0,8}?(?:作为|系|是|均为|都是|均系)(?:原告(?:的|之)?)?(?:子女|儿女|儿子|女儿|长子|次子|长女|次女)"
                                   # a parent's own letter: the one sued is "my (eldest) son", asked to give me a sum
                                   # (in the northern lay 俺 for 我 and 小子 for a son: 俺要告的是俺大小子)
                                   r"|告(?:的是|的人是)?[我俺](?:的|家)?(?:大|二|三|四|小|老[大二三四])?(?:儿子|女儿|闺女|(?<=[大二三四])小子)"
                                   # or the one sued is introduced as "my (second) son" in the party lines
                                   r"|(?:被告|被起诉人|被诉人)[^。；\n]{0,60}?(?:是|系)我(?:的|家)?(?:大|二|三|四|小|老[大二三四])?"
                                   r"(?:儿子|女儿|闺女)(?![的之])"
                                   # or the child the story tells stopped giving or caring (二儿子某某…一分钱都不给了, 大儿子…一分钱没给过我, 不管我),
                                   # no other parent told in between (a child's own upkeep withheld by its father is not this)
                                   r"|(?:儿子|女儿|闺女|老[大二三四五]|(?<=[大二三四])小子)(?![的之])(?:(?!爸|妈|父亲|母亲|前夫|前妻|丈夫|老公)[^。；]){0,60}?"
                                   # (lay forms of it: 一分钱不给, 一分钱不管, 一分也没寄)
                                   r"(?:一分钱?(?:都|也)?(?:不给|不管)|一分钱?(?:都|也)?(?:没|没有)(?:给|寄)过?(?:[我俺])?|不给(?:[我俺])?(?:钱|生活费)|不管[我俺]|不养[我俺]|不赡养"
                                   # (nor comes home, nor answers my calls: 一年到头不回来一趟，打电话不接)
                                   r"|(?:一年到头|逢年过节|过年)[^。；，]{0,4}?不回(?:来|家)|(?:打)?电话(?:也)?不接)"
                                   r"|(?:儿子|女儿|闺女|长子|次子|长女|次女)[^。；，]{0,16}给我[^。；，]{0,10}(?:生活费|赡养费|养老钱|医疗费|医药费)"
                                   # or a child by birth order (老大, 老二) who was to give me a sum each month
                                   r"|(?:老[大二三四五]|儿子|女儿|闺女)[^。；，]{0,4}(?:每月|每个月|按月|每年|一年)给我"
                                   # (the child named and the time told between: 老三刘秀英从今往后每个月每人给我生活费; a child as 娃)
                                   r"|(?:老[大二三四五]|儿子|女儿|闺女|娃)(?![的之])[^。；，]{0,12}(?:每月|每个月|按月|每年|一年)(?:每人|各人|一人|各)?给我"
                                   # or the children who agreed each to give me a sum a year or a month (三个孩子…说好了，
                                   # 一人一年给我…)
                                   r"|(?:孩子|儿女|子女|儿子|女儿|闺女)[^。；]{0,20}(?:一人|每人|各人|各)(?:一年|每年|每月|一个月|每个月)(?:给|拿|出)(?:我|给我)"
                                   # or the child who took it on to keep me in my old age (他管我的老, 儿子管我养老)
                                   r"|(?:他|她|儿子|女儿|闺女|老[大二三四五])(?:要|来)?管我(?:的)?(?:老(?![婆公伴师板家乡头人])|养老)"
                                   # or the children told by their number, none caring for me (三个孩子谁也不管我)
                                   r"|(?:[两三四五六七八几]个|俩)(?:孩子|儿女|子女|儿子|女儿|闺女)(?:(?!他|她|爸|妈)[^。；，]){0,8}?"
                                   r"(?:不管我|不养我|不赡养|一分钱?(?:都|也)?(?:不给|不管|没出|没给))"
                                   # (the two of them, neither caring for me: 两个人就谁也不管我了, 他俩谁都不养我)
                                   r"|(?:[两三四五六七八几]个人|俩人|他俩|她俩|他们[两三四五]?个?)(?:就|都|也)?(?:谁也|谁都)(?:不管|不养)[我俺]")
# (or in a parent's own words: the money for seeing the doctor or the hospital (看病花的钱, 住院的费用), a sum given
# to me each month (每月给我六百元))
_LAY_UPKEEP = (r"(?:看病|住院)[^。；，]{0,6}?(?:钱|费)"
               r"|(?:每月|每个月|按月)(?:给付?|支付)(?:我|原告)[^。；，]{0,6}?(?:\d|[一二三四五六七八九十百千两])[^。；，]{0,4}?(?:元|块)")
_UPKEEP_ASKED = re.compile(r"生活费|医疗费|医药费|赡养|养老|" + _LAY_UPKEEP)
_PARENT_DEAD = re.compile(r"生前|丧葬|去世|过世|病故|病逝|已故|身故")
_SUPPORT_DUTY = re.compile(r"赡养|扶养|变更")  # (claims of the duty itself, not of an answer's other words)
# the filer holds the land by the household contract with the village (民法典 330-331)
# (a herder's grassland certificate too: 草原承包经营权证; 嘎查 is a village of the pastoral regions)
_HOLDS_BY_CONTRACT = re.compile(r"(?:土地|草原|草场|林地)承包经营权证|(?:依法|家庭)承包(?:了)?本(?:村|组|社|村民小组|嘎查)|家庭承包")
_RENT_PAID = re.compile(r"租金|租赁费")
# a party's own contracted field or pasture (原告家承包的水田, 被答辩人承包的某嘎查草场)
_PARTY_HOLDS_LAND = re.compile(r"(?:原告|被告|答辩人|上诉人|申请人|我|俺|自家|家里|其)(?:家)?(?:依法)?承包的[^。；，]{0,16}?"
                               r"(?:草场|草原|牧场|耕地|田地|农田|水田|旱地|水浇地|责任田|口粮田|土地)")
# the collective that owns the land as a party: then the contract is the household's (or another's) with the owner
_COLLECTIVE = re.compile(r"村民委员会|村委会|居民委员会|经济(?:股份)?合作社|村民小组|集体经济组织|农场")
_SUPPORT_MONEY = {"赡养纠纷": ("赡养费纠纷", re.compile(r"赡养费|生活费|医疗费|医药费|养老钱|(?<!服务)养老费|" + _LAY_UPKEEP)), "扶养纠纷": ("扶养费纠纷", re.compile(r"扶养费")),
                  # a child's support money asked (抚养费, 抚育费): the level-4 child of 抚养纠纷, not a change of custody
                  "抚养纠纷": ("抚养费纠纷", re.compile(r"抚养费|抚育费"))}
_PARTY_CUES = [
    ("旅游合同纠纷", re.compile(r"旅行社|旅游")),
    ("物业服务合同纠纷", re.compile(r"物业")),
    ("供用热力合同纠纷", re.compile(r"热力|供热|供暖")),
    ("供用电合同纠纷", re.compile(r"供电")),
    ("医疗损害责任纠纷", re.compile(r"医院|卫生院")),
    # the business a company's name states is the contract it sues on (a lessor, factor, pawnbroker, utility,
    # courier, guarantor that paid, school, agency)
    ("融资租赁合同纠纷", re.compile(r"融资租赁")),
    ("保理合同纠纷", re.compile(r"保理")),
    ("典当纠纷", re.compile(r"典当")),
    ("供用气合同纠纷", re.compile(r"燃气|天然气")),
    ("供用水合同纠纷", re.compile(r"自来水|水务|供水")),
    ("电信服务合同纠纷", re.compile(r"电信|移动通信|联合网络通信")),
    ("快递服务合同纠纷", re.compile(r"快递|速运|速递")),
    ("车辆租赁合同纠纷", re.compile(r"汽车租赁|(?<!出)租车")),
    ("追偿权纠纷", re.compile(r"融资担保|担保(?:股份|有限|投资)")),
    ("教育培训合同纠纷", re.compile(r"培训|驾校|驾驶员培训")),
    ("家政服务合同纠纷", re.compile(r"家政")),
    ("中介合同纠纷", re.compile(r"房地产经纪|房产经纪|房屋经纪|中介|置业顾问|地产代理")),
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


# The official list as a last, weak cue: many causes are named by their key words (债权转让合同纠纷, 仓储合同纠纷,
# 技术服务合同纠纷), so a cause no rule above cues is still caught where its name's head (the name less
# 合同纠纷/责任纠纷/纠纷, and 侵害) stands in the claims or facts. Only used where no rule fires; a head of two
# characters (仓储, 典当, 买卖) is too common a word alone and counts only as 仓储合同, 仓储协议 or 仓储费.
_NAME_SUFFIX = re.compile(r"(?:合同纠纷|责任纠纷|纠纷|争议)$")
_NAME_PARTS = {"第十部分", "第十一部分"}  # applications and special procedures have no such names
_FAMILY_PART = "第二部分"


@lru_cache(maxsize=1)
def _name_heads() -> tuple[re.Pattern, dict[str, str]] | None:
    try:
        from courtdoc.legal.causes import all_causes
    except ImportError:
        return None
    heads: dict[str, tuple[int, str]] = {}
    for c in all_causes():
        if c["level"] < 3 or c["part"] in _NAME_PARTS:
            continue
        head = _NAME_SUFFIX.sub("", c["name"])
        head = head[2:] if head.startswith("侵害") else head
        if len(head) < 2 or "、" in head or "（" in head or (len(head) == 2 and c["part"] == _FAMILY_PART):
            continue  # (离婚协议, 抚养协议 are the papers of a divorce, not the name of its cause)
        if head not in heads or c["level"] > heads[head][0]:
            heads[head] = (c["level"], c["name"])
    if not heads:
        return None
    alts = [re.escape(h) + (r"(?=合同|协议|费)" if len(h) == 2 else "") for h in sorted(heads, key=len, reverse=True)]
    return re.compile("|".join(alts)), {h: name for h, (_, name) in heads.items()}


def name_cue(claims: str, facts: str) -> Cue | None:
    """The official cause whose name's head stands in the claims, the longest head first; the facts only where
    there are no claims (a judgment's fact paragraph), since a story names many things besides its dispute."""
    built = _name_heads()
    if built is None:
        return None
    rx, heads = built
    for text, in_claims in ((claims, True),) if claims else ((facts, False),):
        found = [m.group(0) for m in rx.finditer(text or "")]
        if found:
            head = max(found, key=len)
            return Cue(heads[head], 1, in_claims, in_claims)
    return None


def stated_child(cause: str, text: str, heading: bool = False) -> str | None:
    """The level-4 child of a stated level-3 cause that the document plainly fits (the 2020 notice: the fourth level
    where one fits): a form headed 买卖合同纠纷 whose contract is an instalment sale is 分期付款买卖合同纠纷. Only a
    child's decisive words count (weight >= 5, not a hint such as 网店), and only where one child alone is cued.

    `heading`: the cause is a form's heading. A heading naming a level-2 family (the 要素式 forms are titled by family:
    劳动争议纠纷起诉状, 继承纠纷起诉状) names the template, not the dispute: the cause the claims ask about is the case
    where it lies under that family (wages alone → 追索劳动报酬纠纷; the estate shared with no will → 法定继承纠纷).
    A "…纠纷一案" statement keeps its family (the cause a court registered)."""
    text = _NOISE.sub("", text or "")
    hits = {c for c, rx, w in RULES if w >= 5 and len(_path(c)) >= 2 and _path(c)[-2] == cause and rx.search(text)}
    if hits == {"分期付款买卖合同纠纷", "所有权保留买卖合同纠纷"}:
        # both fit: the goods asked back under the kept title (民法典 642) make the title the relation in dispute
        part = _CLAIMS_PART.search(text)
        return "所有权保留买卖合同纠纷" if part and _TAKE_BACK.search(part.group(1)) else None
    if len(hits) == 1:
        return hits.pop()
    if not hits:
        child = _stated_level4(cause, text)
        if child:
            return child
        # a child told by its own words, short of deciding a case alone (采光 between neighbours, 知情同意 of a
        # patient), where no other child is told at all; the families _stated_level4 reads by their own marks are
        # left to it (逾期交房 fits a presale and a sale of a built flat alike)
        told: dict[str, int] = {}  # each child told, by its strongest rule's weight
        for c, rx, w in RULES:
            if w >= 3 and len(_path(c)) >= 2 and _path(c)[-2] == cause and rx.search(text):
                told[c] = max(told.get(c, 0), w)
        if len(told) == 1 and cause not in _OWN_MARKS and max(told.values()) >= 4:
            return next(iter(told))
        if cause == "服务合同纠纷" and set(told) in ({"教育培训合同纠纷"}, {"家政服务合同纠纷"}):
            # a stated service contract whose service is a course of training (培训费, 课程) or a home help placed by an
            # agency (家政, 月嫂, 保姆): the level-4 service the 2020 notice registers, where no other service is told
            return next(iter(told))
    if heading and not hits and len(_path(cause)) == 2:
        # (a form's section holding both facts and claims, "诉讼请求和依据\n1.劳动合同履行情况…\n6.诉讼请求\n（1）…": the
        # item titled as the claims holds them; the items before it tell the facts)
        item = _form_claims_item(text)
        part = _CLAIMS_PART.search(text)
        if item or part:
            claims, end = item or (part.group(1), part.end())
            return _one_asked(cause, _form_asked(claims), text[end:])
    return None


# a form's claims item, a line of its own ("6.诉讼请求"), under a section that numbers the facts before it
_FORM_CLAIMS_ITEM = re.compile(r"\n[ \t\u3000]*(\d{1,2})\s*[、.．][ \t\u3000]*(?:具体)?(?:诉讼请求|请求事项)[:：]?[ \t\u3000]*\n")


def _form_claims_item(text: str) -> tuple[str, int] | None:
    """The body of a form's claims item and where it ends: at the next item of its numbering (7.请求依据), the
    evidence, or the text's end; its own claims may be numbered 1. 2. beneath it."""
    m = _FORM_CLAIMS_ITEM.search(text)
    if not m:
        return None
    nxt = re.compile(rf"\n[ \t\u3000]*(?:{int(m.group(1)) + 1}\s*[、.．]|证据)").search(text, m.end())
    end = nxt.start() if nxt else len(text)
    return text[m.end():end], end


# the papers owed on leaving: the certificate of the contract's end, the file and the insurance moved on
_LEAVING_PAPERS = re.compile(r"(?:出具|开具|提供)[^。；，]{0,8}(?:解除|终止)[^。；，]{0,6}证明(?:书)?"
                             r"|办理[^。；，]{0,12}?(?:档案|社会保险关系|社保关系)[^。；，]{0,12}?转移(?:接续)?手续")


def _one_asked(family: str, claims: str, facts: str) -> str | None:
    """The one cause under a level-2 family that the claims ask; several sub-causes asked keep the family."""
    # (the month's pay a severance is counted by, 月平均工资×6个月, asks no wages; the papers an employer owes when the
    # contract ends, its certificate and the file and insurance moved on (劳动合同法 50), ask no second sub-cause; nor
    # does the contract named only as what ended: 解除劳动合同经济补偿)
    claims = _SEVERANCE.sub("经济补偿", _LEAVING_PAPERS.sub("", claims))
    bare = _WAGE_MEASURE.sub("", claims)
    asked = {c for c, rx, w in RULES if w >= 3 and family in _path(c)[:-1] and rx.search(bare)}
    cue = infer_cause(claims, facts)
    return cue.cause if cue and cue.in_claims and asked == {cue.cause} else None


# an answer's own reply to each thing the other side asks ("被答辩人主张的…工资", "关于加班费"), from after the case it
# names to its closing
_ANSWER_CLOSE = re.compile(r"\n\s*(?:此致|答辩人[:：])")


def labour_case_asked(text: str, answer: bool = False) -> str | None:
    """A first-instance "…劳动争议一案" statement (a judgment's opening, an answer's) names the family, not the case: the
    2020 notice registers the most specific cause that fits, so where the claims ask only one labour sub-cause (pay
    alone: wages, overtime → 追索劳动报酬纠纷) that one is the cause; claims spanning several keep 劳动争议. `text` runs
    from the statement on; an answer, which has no claims heading, is read for what it replies to."""
    part = _CLAIMS_PART.search(text)
    if part:
        return _one_asked("劳动争议", part.group(1), text[part.end():])
    if answer:
        close = _ANSWER_CLOSE.search(text)
        body = text[:close.start()] if close else text
        return _one_asked("劳动争议", body, "")
    return None


# a 要素式 form's claim item (1.是否主张加班费 是☐ 否☑): an item ticked 否 and not 是 asks nothing; the law the form cites
# as the claims' basis (《劳动合同法》第三十条) names no claim either
_FORM_ITEM = re.compile(r"(?=\n\s*\d{1,2}\s*[.．、])")
_TICKED_NO = re.compile(r"否\s*[☑■√✓✔▣]|[☑■√✓✔▣]\s*否")
_TICKED_YES = re.compile(r"是\s*[☑■√✓✔▣]|[☑■√✓✔▣]\s*是")


# (or an item answered 无: 2.未签订书面劳动合同二倍工资诉讼请求：无)
_ANSWERED_NONE = re.compile(r"[：:]\s*(?:无|没有|不主张)\s*[。；]?\s*$")


def _form_asked(claims: str) -> str:
    items = _FORM_ITEM.split(claims)
    return _CITED_TITLE.sub("", "".join(i for i in items if (not _TICKED_NO.search(i) or _TICKED_YES.search(i))
                                        and not _ANSWERED_NONE.search(i)))


# a flat sold by the one who owns it (将自有的…商品房一套卖给被告, 把自己名下的房子出售给), and the words of a developer's sale
_OWN_FLAT_SOLD = re.compile(r"(?:自有|自己|个人|本人|名下)[^。；]{0,40}?(?:商品房|房屋|房子|住房|住宅|套房)[^。；，]{0,8}?"
                            r"(?:卖给|出售给|转让给|卖与|转卖给)")
_DEVELOPER = re.compile(r"开发商|开发(?:的|建设)|房地产|置业|地产|预售|售楼|楼盘")


_OWN_MARKS = {"违反安全保障义务责任纠纷", "产品责任纠纷", "房屋买卖合同纠纷", "买卖合同纠纷", "财产保险合同纠纷", "建设工程合同纠纷",
              "劳动合同纠纷", "继承纠纷", "抚养纠纷", "共有纠纷", "借款合同纠纷"}


def _stated_level4(cause: str, text: str) -> str | None:
    """The level-4 child of a stated safety-duty or support cause, by the same marks `infer_cause` gives it: the
    place the harm happened in (a shop, a restaurant: 经营场所; a mass event: 群众性活动), or a sum of support asked in
    the claims (赡养费, 生活费 → 赡养费纠纷; the notice's level-4 cause for the money, not the duty's other forms)."""
    if cause == "违反安全保障义务责任纠纷":
        return ("群众性活动组织者责任纠纷" if _MASS_EVENT.search(text)
                else "经营场所、公共场所的经营者、管理者责任纠纷" if _PREMISES.search(text) else None)
    if cause == "产品责任纠纷":
        made, sold = bool(_MADE_BY_SUED.search(text) or _MADE_BY_ANSWERER.search(text)), bool(_SOLD_BY_SUED.search(text) or _SOLD_BY_ANSWERER.search(text))
        return None if made == sold else "产品生产者责任纠纷" if made else "产品销售者责任纠纷"
    if cause == "房屋买卖合同纠纷":
        return "商品房预售合同纠纷" if _PRESALE.search(text) else None
    if cause == "借款合同纠纷":
        # the lender told by its name: a microcredit company (小额贷款公司) or a bank (民法典 667-680; the notice's
        # level-4 loans by lender)
        return ("小额借款合同纠纷" if re.search(r"小额贷款(?:股份)?有限(?:责任)?公司", text) and not _BANK_LENDER.search(text)
                else "金融借款合同纠纷" if _BANK_LENDER.search(text) else None)
    if cause == "共有纠纷":
        # the thing held in common asked divided or bought out (归一方所有、补偿折价款, 拍卖分价款: 民法典 303-304), where
        # no spouses' property is told (the divorce's); an estate the heirs already hold in shares is co-owned
        return "共有物分割纠纷" if _PARTITION.search(text) and not _SPOUSES.search(text) else None
    if cause == "租赁合同纠纷":
        # a stated lease whose land is a party's own contracted field or pasture (被答辩人承包的某嘎查草场, 持有草原承包经营权证)
        # let for rent: the 2020 list files the letting of contracted rural land's 经营权 under the land contract
        # (民法典 339-340), not the lease family; a deed called 土地租赁合同 is read above as that child
        return "土地经营权出租合同纠纷" if ((_PARTY_HOLDS_LAND.search(text) or _HOLDS_BY_CONTRACT.search(text))
                                     and _RENT_PAID.search(text)) else None
    if cause == "买卖合同纠纷":
        # the buyer ordered the goods in the seller's online shop (在某电商平台…旗舰店下单购买, 网购): the contract was made
        # over the network (电子商务法 49), the level-4 sale; an outlet named only as where goods were advertised is not
        return "信息网络买卖合同纠纷" if _BOUGHT_ONLINE.search(text) else None
    if cause == "财产保险合同纠纷":
        # the insured's own goods, premises or machines lost (fire, flood, theft) and the insurer asked to pay them
        # (保险法 95: 财产损失保险), where no liability, credit or guarantee policy and no insurer's subrogation is told
        others = any(rx.search(text) for c, rx, _ in RULES
                     if c != "财产损失保险合同纠纷" and len(_path(c)) >= 2 and _path(c)[-2] == cause)
        return "财产损失保险合同纠纷" if _INSURED.search(text) and _PROPERTY_LOSS.search(text) and not others else None
    if cause == "建设工程合同纠纷" and _SUBCONTRACT.search(text) and not any(
            rx.search(text) for c, rx, _ in RULES
            if c not in ("建设工程施工合同纠纷", "建设工程分包合同纠纷") and len(_path(c)) >= 2 and _path(c)[-2] == cause):
        # the subcontractor's price asked (分包工程款) or the subcontract named (专业分包合同): the works were let on by
        # the contractor (民法典 791), the subcontract is the contract in dispute, not the main contract it came from
        return "建设工程分包合同纠纷"
    if cause == "建设工程合同纠纷":
        # a building put up (主体工程, 实际施工 under another's licence): the construction contract (民法典 788's 施工),
        # where no other kind of works contract (design, survey, supervision, fitting-out, a subcontract) is told
        others = any(rx.search(text) for c, rx, _ in RULES
                     if c != "建设工程施工合同纠纷" and len(_path(c)) >= 2 and _path(c)[-2] == cause)
        return "建设工程施工合同纠纷" if _BUILDING_WORKS.search(text) and not others else None
    if cause == "运输合同纠纷":
        # goods handed to a freight or logistics company with a waybill (托运单, 运单) and carried to another town: carriage
        # by road, where no train, ship, plane or courier is told (a 物流 line between towns runs lorries)
        return ("公路货物运输合同纠纷" if _WAYBILL.search(text) and _FREIGHT_FIRM.search(text) and _CARRIED_TO.search(text)
                and not _OTHER_CARRIAGE.search(text) else None)
    if cause == "损害公司债权人利益责任纠纷":
        # who is asked to answer for the company's debt: its shareholders (未出资, 抽逃出资, 人格混同: 公司法 20, 54) or
        # the one who controls it; the notice's level-4 cause names which
        holder, controller = "股东" in text, "实际控制人" in text
        return ("股东损害公司债权人利益责任纠纷" if holder and not controller
                else "实际控制人损害公司债权人利益责任纠纷" if controller and not holder else None)
    if cause == "劳动合同纠纷":
        # severance alone in dispute (an answer tells what the worker asks): the specific cause, as infer_cause gives
        # it; wages, overtime or damages in dispute beside it keep the contract (the pay a severance is counted by,
        # 月工资, 平均工资, is no wage claim)
        if _OTHER_LABOUR.search(_WAGE_MEASURE.sub("", text)):
            return None
        part = _CLAIMS_PART.search(text)
        cue = infer_cause(part.group(1), text[part.end():]) if part else infer_cause("", text)
        return "经济补偿金纠纷" if cue and cue.cause == "经济补偿金纠纷" else None
    if cause == "继承纠纷":
        # the family stated in a 案由 field (继承纠纷) over an estate asked to be shared: the level-3 succession the
        # claims and the story make it (no will told → 法定继承纠纷, 民法典 1123, 1127), as a family heading gives way
        part = _CLAIMS_PART.search(text)
        cue = infer_cause(part.group(1), text[part.end():]) if part else None
        return cue.cause if cue and cue.in_claims and cue.cause in ("法定继承纠纷", "遗嘱继承纠纷") else None
    if cause == "法定继承纠纷":
        # an heir told dead before the one whose estate is shared, and that heir's child told by name (a judgment's
        # findings: 被继承人甲于2021年病故…乙于2017年死亡，丙系乙之子): the child takes the parent's share in its place
        # (民法典 1128), the level-4 succession; an heir who died after the deceased passes the share on (转继承)
        return "代位继承纠纷" if _predeceased_heirs_child(text) else None
    if cause in _SUPPORT_MONEY:
        part = _CLAIMS_PART.search(text)
        child, money = _SUPPORT_MONEY[cause]
        # the costs of a parent now dead (生前的医疗费, 丧葬费) shared out among the children who owed the duty: no
        # support money is asked for anyone living, so the stated duty stays the cause
        if cause == "抚养纠纷" and part and _CUSTODY_ASKED.search(part.group(1)):
            return None  # who raises the child asked as well: more than the money is in dispute
        return child if part and money.search(part.group(1)) and not _PARENT_DEAD.search(part.group(1)) else None
    return None


# a death told with its year and month (甲于2017年11月因病去世, 乙于2021年1月病故), the one who died named before 于
_DEATH_ON = re.compile(r"([\u4e00-\u9fa5]{2,3})于(\d{4})年(?:(\d{1,2})月)?[^。；，]{0,12}?(?:死亡|去世|过世|病故|亡故|离世|病逝|身故)")


def _predeceased_heirs_child(text: str) -> bool:
    """Whether a child of the deceased (长子, 次女, 子女…即) told dead before a named 被继承人 has a child told as such in
    the text (系某某之子, 某某的女儿)."""
    deaths = [(m.group(1), (int(m.group(2)), int(m.group(3) or 0)), "被继承人" in text[max(0, m.start(1) - 6):m.start(1)])
              for m in _DEATH_ON.finditer(text)]
    estates = [when for _, when, deceased in deaths if deceased]
    if not estates:
        return False
    for name, when, deceased in deaths:
        if deceased or not when < max(estates):
            continue
        for who in {name, name[-2:]} if len(name) == 3 else {name}:
            w = re.escape(who)
            if not re.search(rf"(?:[长次三四幼儿独养之小](?:子|女)|子女[^。；]{{0,30}}?)[、，,：:即为是]?{w}", text):
                continue  # (no child of the deceased: a spouse who died first leaves no place to take)
            if re.search(rf"系{w}(?:与[\u4e00-\u9fa5]{{2,4}})?(?:的|之)(?:婚生|非婚生|养)?(?:子|女|儿子|女儿)|{w}(?:之|的)(?:子|女|儿子|女儿|独子|长子|次子)"
                         rf"[，,、]?(?!{w})", text):
                return True
    return False


# the writer seeking the child's upbringing itself (变更抚养, 抚养权, 改由我抚养, 随原告生活), not only visits
_CUSTODY_SOUGHT = re.compile(r"变更抚养|抚养权|改由|(?:归|由)(?:我|原告|上诉人)[^。；，]{0,4}(?:直接)?抚养|(?:跟|随)(?:我|原告|上诉人)[^。；，]{0,4}生活")
# the claims ask who raises the child (变更抚养关系, 抚养权, 由原告直接抚养, 随原告生活), not only support money
_CUSTODY_ASKED = re.compile(r"变更|抚养权|由[^。；，]{0,6}(?:直接)?抚养|随[^。；，]{0,6}生活|归[^。；，]{0,4}抚养")


# a merchant's admission to a platform, and the takings or deposit the platform holds (结算货款, 保证金, 冻结)
# the operator's own ban of a user's account (封号, 封禁) pleaded as a breach of the service contract (违反…网络服务合同
# 约定, 违反用户协议): the contract with the operator is in dispute, the items in the account only what it held; a user
# pleading his property harmed (侵害…财产权益), the operator citing its user agreement, keeps the virtual property
_OPERATOR_BAN = re.compile(r"封号|封禁|封停|冻结(?:了)?(?:该|原告的?|我的?)?(?:游戏)?(?:账号|帐号)")
_SERVICE_TERMS = re.compile(r"网络服务合同|(?:违反|违背)[^。；，]{0,12}(?:用户协议|用户服务协议|服务协议)")
_PLATFORM_ADMISSION = re.compile(r"(?:商家|商户|店铺)入驻(?:服务)?(?:协议|合同)|平台(?:服务|入驻)(?:协议|合同)")
_MERCHANT_TAKINGS = re.compile(r"结算(?:货)?款|冻结[^。；，]{0,10}(?:货款|款项|资金|账户)|(?:扣划|扣除|扣留|没收)[^。；，]{0,6}保证金|店铺保证金")


# a subcontract told as the one in dispute: its price or its deed (分包工程款, 桩基础工程专业分包合同)
# (or the part of the works let to the plaintiff told: 将其中的…工程分包给原告施工)
_SUBCONTRACT = re.compile(r"分包(?:工程)?(?:款|价款)|分包(?:合同|协议)|分包给[^。；，]{0,12}?(?:施工|承建|完成)")
# goods handed over with a waybill to a freight or logistics firm, carried to a place; other ways of carrying them
_WAYBILL = re.compile(r"托运单|运单|货运单|发货单")
_FREIGHT_FIRM = re.compile(r"物流|货运|运输(?:有限|股份|公司)")
# (or loaded onto the lorry, 装车: a freight firm's goods go by road where no train is told)
_CARRIED_TO = re.compile(r"运(?:输)?(?:至|到|往|抵)|发往|送至|送到|抵达|装车")
_OTHER_CARRIAGE = re.compile(r"铁路|火车|列车|航空|空运|飞机|航班|船舶|货轮|轮船|海运|水路|水运|港口|码头|多式联运|快递|邮寄")


# the seller asking the goods sold back (取回, 收回: the kept title's remedy, 民法典 642)
_TAKE_BACK = re.compile(r"(?:取回|收回|返还|退还|交还)[^。；]{0,12}(?:设备|车辆|货物|机器|机床|标的物|商品|该车|[0-9一二两三四五六七八九十]+台)"
                        r"|有权取回")


# goods ordered in an online shop or on a platform (a web shop, an app, a live stream), or bought 网购/在网上
_BOUGHT_ONLINE = re.compile(r"(?:电商平台|购物平台|网络平台|网店|淘宝|天猫|京东|拼多多|唯品会|抖音|快手|微店|直播间|小程序|APP|App|网上|网络上)"
                            r"[^。；]{0,30}?(?:下单|购买|购得|订购|拍下|买了|买下)|网购|网络购物|网上购物")


# building works done: a storey or structure built (主体及二次结构工程), the builder working under a licensed firm's
# name (借用资质, 实际施工人: 建设工程施工合同解释（一）43-44), a building contract named as such
_BUILDING_WORKS = re.compile(r"实际施工|借用[^。；，]{0,12}资质|(?:挂靠|借用)[^。；，]{0,12}(?:名义|资质)[^。；，]{0,8}施工"
                             r"|(?:主体|土建|二次结构|框架|基础)(?:结构)?(?:及[^。；，]{0,10})?工程|施工(?:总承包)?(?:合同|协议)"
                             r"|(?:楼|厂房|住宅|小区|车间|仓库)[^。；，]{0,16}(?:施工|承建|建设)")


# a form's claims part: from its heading (诉讼请求, 请求事项) to the facts' heading
# (a form's next field, the arbitration's outcome on its own line, "劳动仲裁情况：…裁决驳回", ends the claims too)
_CLAIMS_PART = re.compile(r"(?:诉讼请求|上诉请求|请求事项|仲裁请求)[】\]）)：:\s]*(.+?)(?=[【\[]?(?:事实(?:与|和|及)?理由|上诉理由)"
                          r"|\n[ \t\u3000]*(?:\d{1,2}\s*[.．、]\s*)?(?:劳动)?仲裁(?:相关)?情况\s*[：:])", re.S)


def _move_cause(scores: dict[str, int], decisive: dict[str, bool], claimed: dict[str, bool], old: str, new: str) -> None:
    """The words read for `old` are the story of `new` (a flat sold between two persons is no developer's sale): its
    score moves there, decisive, claimed if either was."""
    scores[new] = scores.get(new, 0) + scores.pop(old)
    decisive[new] = True
    claimed[new] = claimed.get(new, False) or claimed.pop(old, False)


def infer_cause(claims: str, facts: str, party_names: tuple[str, ...] = ()) -> Cue | None:
    raw = (claims or "") + (facts or "")
    claims, facts = _NOISE.sub("", claims or ""), _NOISE.sub("", facts or "")
    for name in sorted((n for n in party_names if n and len(n) >= 4), key=len, reverse=True):
        # a party's name is no statement of the dispute (某某机械设备租赁有限公司 employs, 某某典当有限公司 borrows);
        # the business it states is weighed once below (_PARTY_CUES)
        claims, facts = claims.replace(name, "某"), facts.replace(name, "某")
    if _PAY_ASKED.search(claims):
        # workers' pay asked, and the firm that let the works to their boss asked to answer for it within the works price
        # it still owes him (在欠付工程款范围内: 保障农民工工资支付条例 30, 建设工程施工合同解释（一）43): the works price only
        # measures that liability and is not itself in dispute
        claims = _OWED_WORKS_RANGE.sub("", claims)
    scores: dict[str, int] = {}
    decisive: dict[str, bool] = {}
    claimed: dict[str, bool] = {}
    asked: dict[str, bool] = {}  # claimed by a decisive word
    for cause, rx, weight in _rules_that_may_match(claims, facts):
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
        lender = "小额借款合同纠纷" if _SMALL_LOAN.search(names) and not _BANK.search(_SMALL_LOAN.sub("", names)) else "金融借款合同纠纷"
        scores[lender] = scores.get(lender, 0) + 30
        decisive[lender] = True
    if names and _LAW_FIRM.search(names) and _AGENCY_FEE.search(raw):
        # a law firm suing its client for the agreed fee (律师费 is costs boilerplate elsewhere)
        scores["诉讼、仲裁、人民调解代理合同纠纷"] = scores.get("诉讼、仲裁、人民调解代理合同纠纷", 0) + 9
        decisive["诉讼、仲裁、人民调解代理合同纠纷"] = True
    if names and _SCHOOL.search(names) and _INJURY.search(text) and "教育机构责任纠纷" in scores:
        # a pupil hurt at school, the school sued (民法典 1199-1201)
        scores["教育机构责任纠纷"] += 6
    elif names and _SCHOOL.search(names) and _INJURY.search(claims) and _PUPIL.search(facts) and _HURT.search(facts):
        # (however the accident is told: the school is a party, a pupil was hurt, injury damages are asked)
        scores["教育机构责任纠纷"] = max(scores.values(), default=0) + 1
        decisive["教育机构责任纠纷"] = claimed["教育机构责任纠纷"] = True
    if scores and max(scores, key=scores.get) == "装饰装修合同纠纷" and _NEIGHBOURS_WORKS.search(text) \
            and _HOME_DAMAGED.search(text) and not _FITTING_CONTRACT.search(text):
        # the works done in a neighbour's flat (楼上702装修, 隔壁装修敲墙) damaged the plaintiff's home: no contract of the
        # plaintiff's with the fitter, the harm to his property is what is sued on (民法典 1165); a drain or another
        # relation told more strongly keeps its cause
        scores["财产损害赔偿纠纷"] = max(scores.values()) + 1
        decisive["财产损害赔偿纠纷"] = claimed["财产损害赔偿纠纷"] = True
    if "家政服务合同纠纷" in scores and not any(_DOMESTIC_FIRM.search(n) for n in party_names) and _WAGES_ASKED.search(claims):
        # a nanny hired by the household itself (住家保姆, no agency among the parties) asking her pay: work done for a
        # natural person for pay, 劳务合同 (民法典 the contract of service between persons); 家政服务 is the agency's
        scores["劳务合同纠纷"] = max(scores.values()) + 1
        decisive["劳务合同纠纷"] = claimed["劳务合同纠纷"] = True
    if _OWN_FLAT_SOLD.search(text) and not _DEVELOPER.search(text) and not _DEVELOPER.search(names):
        # a person selling his own flat to another (将自有的商品房一套卖给被告, 已交房): 商品房销售 and 预售 are a developer's
        # sales of what it builds (商品房销售管理办法 3); between two persons the flat's sale is the level-3 house sale
        for cause in [c for c in ("商品房销售合同纠纷", "商品房预售合同纠纷") if c in scores]:
            _move_cause(scores, decisive, claimed, cause, "房屋买卖合同纠纷")
    if "相邻通行纠纷" in scores and (not _NEIGHBOURS.search(text) or _PUBLIC_WAY.search(text)):
        # a way that is nobody's land but common (公共通道), or a road anyone uses: 排除妨害 or the road tort,
        # not a passage over the neighbour's land
        scores.pop("相邻通行纠纷")
    if "相邻通行纠纷" in scores and "排除妨害纠纷" in scores and _PASSAGE_ASKED.search(claims) and _WALLED_OFF.search(text):
        # a way between neighbours walled off, its clearing asked (拆除砌在共用通道上的围墙，排除妨害，恢复通道畅通): removal
        # is the remedy (民法典 236), the passage over the adjoining land the relation in dispute (民法典 291); things only
        # piled on the way (堆放建筑材料) are an obstruction to clear, 排除妨害
        scores["相邻通行纠纷"] += scores.pop("排除妨害纠纷")
        decisive["相邻通行纠纷"] = claimed["相邻通行纠纷"] = True
    if "土地承包经营权纠纷" in scores and _LAND_DEAL.search(text):
        scores.pop("土地承包经营权纠纷")  # the field occupied under a deal between them: the deal's cause
    if "房屋租赁合同纠纷" in scores and not re.search(r"租", text) and _OCCUPIED_WITHOUT_CONSENT.search(text):
        # a house lived in without its owner's leave, its vacating asked (腾退) with no lease anywhere: the owner's claim to
        # be rid of the interference (民法典 236), not a lease
        _move_cause(scores, decisive, claimed, "房屋租赁合同纠纷", "排除妨害纠纷")
    if "商品房预约合同纠纷" in scores and not _DEVELOPER.search(text) and not _DEVELOPER.search(names) and \
            not re.search(r"商品房|认购|认筹|房号", text):
        # a letter of intent between two persons over a house (房屋买卖意向书): no developer's pre-sale booking; its
        # deposit asked back with the sale never made is the deposit's own contract (民法典 586-587), else the sale
        _move_cause(scores, decisive, claimed, "商品房预约合同纠纷",
                    "定金合同纠纷" if re.search(r"定金", claims) else "房屋买卖合同纠纷")
    if "相邻采光、日照纠纷" in scores and not _NEIGHBOURS.search(text):
        scores.pop("相邻采光、日照纠纷")  # a flat's light with no neighbour in the story (a developer's promise) is not this
    if ("相邻用水、排水纠纷" in scores and not _NEIGHBOURS.search(text) and not _DRAIN_REOPENED.search(claims)
            and not (_DRAIN_LEAKS.search(text) and _CEILING_WET.search(text))):
        # a drain with no neighbour in the story (a flooded shop, a lease) is not this; the flat above, whose drain pipe
        # leaks through the filer's ceiling, is the neighbour (民法典 296)
        scores.pop("相邻用水、排水纠纷")
    if decisive.get("生命权、身体权、健康权纠纷") and _INJURY.search(claims):
        # a neighbour beaten in a quarrel over the drain or the way between them (占用排水通道…拿铁锹把打伤原告), the
        # injury's costs asked: the beating is sued on, the neighbours' quarrel only how it began unless it is asked of too
        for cause in [c for c in scores if "相邻关系纠纷" in _path(c) and not claimed.get(c)]:
            scores.pop(cause)
    # (a day's pay that reckons the lost earnings asked, "按每天60块钱算误工", is no pay for the help)
    unpaid_help = _LOSS_RECKONED.sub("", text)
    if "义务帮工人受害责任纠纷" in scores and (_PAID.search(unpaid_help) or _PAID_WORK.search(unpaid_help)
                                          or _FOREMAN.search(text)) and not _UNPAID.search(text):
        # help asked for (叫我去帮他家翻瓦) but paid by the day (讲好一天两百块), or asked by a gang boss (包工头喊他去帮他搞
        # 外墙: the boss takes men on for pay), is work done for pay (民法典 1192), not
        # help given for nothing (人身损害解释 4-5: the helper takes no pay)
        scores.pop("义务帮工人受害责任纠纷")
    if (_INJURY.search(claims + facts) and _HELPING.search(text) and _HURT.search(text) and not _PAID.search(text)
            and not _PAID_WORK.search(unpaid_help) and not _HIRED.search(text) and not any(c in scores for c in _NOT_HIRED_INJURY if c != "义务帮工人受害责任纠纷")):
        # someone who helped for nothing, at the other's asking, and was hurt at it (人身损害解释 5): the helper asks
        # the helped for the injury; help paid by the day is hired labour (below)
        scores["义务帮工人受害责任纠纷"] = max(scores.values(), default=0) + 1
        decisive["义务帮工人受害责任纠纷"] = claimed["义务帮工人受害责任纠纷"] = True
    if (((_INJURY.search(claims) and _HIRED.search(facts) and _HURT.search(facts))
            # (an answer to the hurt worker's claim has no claims of its own: its story tells the hiring, the fall and
            # the damages items it disputes)
            or (not claims and _INJURY.search(facts) and _HIRED.search(facts) and _HURT.search(facts))
            # (the damages asked as a sum, the items told in the story: 赔我十万元 after 医疗费…伤残赔偿金)
            or (_INJURY.search(claims + facts) and _PAID_WORK.search(facts) and _HURT_AT_WORK.search(facts)
                # the injury items asked (医疗费…误工费) are the damages; a claim line that asks nothing (the writer's
                # complaint that the other paid only once) leaves the story to tell what is asked
                and (_DAMAGES.search(claims) or _INJURY.search(claims) or (not _ASKING.search(claims) and _DAMAGES.search(facts)))))
            and not _POLICY_ASKED.search(claims) and not any(c in scores for c in _NOT_HIRED_INJURY)):
        # someone hurt in work done for another for pay (民法典 1192): the one he worked for is asked for the injury
        scores["提供劳务者受害责任纠纷"] = max(scores.values(), default=0) + 1
        decisive["提供劳务者受害责任纠纷"] = claimed["提供劳务者受害责任纠纷"] = True
    if "保险人代位求偿权纠纷" in scores and _INSURER.search(names or "保险"):
        # an insurer that paid its insured and took over the claim sues the one who caused the loss (保险法 60): the
        # accident or the harm is only how the loss came about, the right taken over is what is sued on
        scores["保险人代位求偿权纠纷"] = max(scores.values()) + 1
        decisive["保险人代位求偿权纠纷"] = claimed["保险人代位求偿权纠纷"] = True
    if names and _VEHICLE_PARTY.search(names) and _INJURY.search(claims + facts):
        scores["机动车交通事故责任纠纷"] = scores.get("机动车交通事故责任纠纷", 0) + 6
        decisive["机动车交通事故责任纠纷"] = True
    for cause, rx in _PARTY_CUES:
        if names and rx.search(names) and text:
            scores[cause] = scores.get(cause, 0) + 3
            decisive[cause] = True
    if ("车辆租赁合同纠纷" in scores and _HIRED_CAR_AS_LOSS.search(raw) and _DAMAGES.search(claims or facts)
            and not _CAR_HIRER.search(names)):
        # a car hired while the plaintiff's own was off the road (修车期间租车代步) is a loss asked for, no contract
        # with the defendant; a car-hire firm among the parties keeps the lease
        scores.pop("车辆租赁合同纠纷")
    if (_DECEASED.search(raw) and _HEIRS.search(raw) and _DEBT.search(raw) and not _SUCCESSION_CLAIM.search(claims)
            and not _HEIRS_SUE.search(raw)
            and (not claims or _REPAY.search(claims))):
        # a creditor suing the heirs for the debt of a deceased debtor (民法典 1161)
        scores["被继承人债务清偿纠纷"] = scores.get("被继承人债务清偿纠纷", 0) + 12
        decisive["被继承人债务清偿纠纷"] = True
        claimed.setdefault("被继承人债务清偿纠纷", bool(_HEIRS.search(claims)))
    if "法定继承纠纷" in scores and (_WILL_CLAIM.search(claims) or (_WILL_MADE.search(facts) and not _NO_WILL.search(text))):
        scores["遗嘱继承纠纷"] = max(scores.get("遗嘱继承纠纷", 0), scores["法定继承纠纷"] + 1)
        decisive["遗嘱继承纠纷"] = claimed["遗嘱继承纠纷"] = True
    if (("农业承包合同纠纷" in scores or "牧业承包合同纠纷" in scores
         # (or a land lease whose claims name the contract as the 经营权's: 解除《土地经营权出租合同》)
         or ("土地租赁合同纠纷" in scores and asked.get("土地经营权出租合同纠纷")))
            and _HOLDS_BY_CONTRACT.search(text) and _RENT_PAID.search(text)
            and not any(_COLLECTIVE.search(n) for n in party_names)):
        # the one who lets the orchard or tea garden holds it himself by the household contract (土地承包经营权证,
        # 依法承包本村…): what he lets for rent is the 经营权 of contracted land (民法典 339-340), whatever the parties
        # titled the deed (《茶园承包合同》); the agricultural contract is the one made with the collective that owns it
        scores["土地经营权出租合同纠纷"] = max(scores.values(), default=0) + 1
        decisive["土地经营权出租合同纠纷"] = claimed["土地经营权出租合同纠纷"] = True
    if "网络侵害虚拟财产纠纷" in scores and _OPERATOR_BAN.search(text) and _SERVICE_TERMS.search(text):
        # the operator banned the account and the user pleads the service contract it broke: no one else took the
        # items, the operator's performance of its contract is the case (民法典 577)
        scores["网络服务合同纠纷"] = max(scores.values()) + 1
        decisive["网络服务合同纠纷"] = True
        claimed["网络服务合同纠纷"] = claimed.get("网络侵害虚拟财产纠纷", False)
    if _PLATFORM_ADMISSION.search(text) and _MERCHANT_TAKINGS.search(text):
        # a merchant admitted to a platform (商家入驻协议) whose takings or deposit the platform holds back (冻结结算货款,
        # 扣划保证金): the platform's service to the merchant is in dispute (电子商务法 32-36); the 货款 are the merchant's
        # takings from its own customers, no sale between the two
        scores["网络服务合同纠纷"] = max(scores.values(), default=0) + 1
        decisive["网络服务合同纠纷"] = True
        claimed["网络服务合同纠纷"] = bool(_MERCHANT_TAKINGS.search(claims))
    if "机动车交通事故责任纠纷" in scores and _NON_MOTOR.search(text) and not _MOTOR.search(text):
        # a bicycle is no motor vehicle (道路交通安全法 art. 119): the collision is a 非机动车 accident
        scores["非机动车交通事故责任纠纷"] = scores.pop("机动车交通事故责任纠纷")
        decisive["非机动车交通事故责任纠纷"] = decisive.pop("机动车交通事故责任纠纷", True)
        claimed["非机动车交通事故责任纠纷"] = claimed.pop("机动车交通事故责任纠纷", False)
        if _OFF_ROAD.search(text) and not _ON_ROAD.search(raw):
            # a child's bicycle running someone down in a square or a courtyard: no road, no traffic accident; the
            # injury to the person is the case (民法典 1179)
            scores["生命权、身体权、健康权纠纷"] = scores.pop("非机动车交通事故责任纠纷")
            decisive["生命权、身体权、健康权纠纷"] = decisive.pop("非机动车交通事故责任纠纷")
            claimed["生命权、身体权、健康权纠纷"] = claimed.pop("非机动车交通事故责任纠纷")
    if ("快递服务合同纠纷" in scores and (decisive.get("机动车交通事故责任纠纷") or decisive.get("非机动车交通事故责任纠纷"))
            and _INJURY.search(claims + facts) and not _PARCEL_CLAIM.search(raw)):
        # a courier's rider running someone down on his round: the courier firm is sued as his employer for the accident
        # (民法典 1191), no parcel of the plaintiff's is in dispute
        scores.pop("快递服务合同纠纷")
    if (_CO_OWNED.search(text) and (_PARTITION.search(claims) or (_PARTITION.search(facts) and not any(asked.values())))
            and not _SUCCESSION_ASKED.search(claims)
            and not _SPOUSES.search(text) and not any(c in scores for c in _OTHER_SHARING)):
        # co-owners of a thing already theirs (按份共有, 各占50%, 产权证上共有), one asking it divided or bought out
        # (民法典 303-304: 折价款, 拍卖变卖分价款); an estate still to be shared, or spouses' or partners' property, is
        # the succession, divorce or cohabitation case. The partition may be told only in the facts where the claims
        # ask nothing else (an answer: "关于原告起诉要求将房屋拍卖、所得价款平分一案"), the bills one co-owner paid
        # (物业费, 取暖费) being only what is to be set off in it
        scores["共有物分割纠纷"] = max(scores.values(), default=0) + 1
        decisive["共有物分割纠纷"] = claimed["共有物分割纠纷"] = True
    if ("共有物分割纠纷" in scores and _HOUSEHOLD.search(text) and not _SPOUSES.search(text)
            and not _SUCCESSION_ASKED.search(claims)):
        # what a family household built or bought together (全家共同出资翻建的老宅, 家庭成员共同建造) divided among its
        # members, or its compensation when taken: the household's property parted (分家析产), not a thing two strangers co-own
        scores["分家析产纠纷"] = max(scores.values()) + 1
        decisive["分家析产纠纷"] = claimed["分家析产纠纷"] = True
    if ("分家析产纠纷" not in scores and _HOUSEHOLD.search(text) and _FAMILY_BUILT.search(text) and _PARTITION.search(text)
            and not _SPOUSES.search(text) and not _SUCCESSION_ASKED.search(text)
            and not any(c in scores for c in _OTHER_SHARING)):
        # a house the family built or paid for, its floors or rooms parted among the household's members (家庭成员已分开
        # 生活，一、二层归父亲，第三层归儿子): the household's property parted, though no co-ownership word is told
        scores["分家析产纠纷"] = max(scores.values(), default=0) + 1
        decisive["分家析产纠纷"] = claimed["分家析产纠纷"] = True
    if asked.get("离婚后财产纠纷") and _DIVORCE_MADE.search(text) and not (names and _BANK.search(names)):
        # a couple already divorced, one asking property hidden at the divorce divided again or a common debt one paid
        # after it shared (民法典 1092, 1089): what the debt or the asset was (a credit card's overdraft, a loan, a
        # fund) is only what is shared; a bank suing on the card is the card
        scores["离婚后财产纠纷"] = max(scores.values()) + 1
        decisive["离婚后财产纠纷"] = claimed["离婚后财产纠纷"] = True
    if (_INFO_NAMED.search(text) and _INFO_EXPOSED.search(text) and _INFO_REMEDY.search(claims)
            and not _OTHER_PERSONALITY.search(text)):
        # a person's identifying data (ID number, phone, address) made public by one who held it, and its removal, an
        # apology or damages asked, the interest named as personal information (民法典 1034-1038, 个人信息保护法 69):
        # the service or the debt the data came with (an unpaid service fee posted) is only why it was shown
        scores["个人信息保护纠纷"] = max(scores.values(), default=0) + 1
        decisive["个人信息保护纠纷"] = claimed["个人信息保护纠纷"] = True
    if _MISDIRECTED.search(text) and (not claims or _RETURN_ASKED.search(claims)):
        # paid to the wrong account and asked back: the bill meant to be paid (货款 to a supplier) is only why the
        # money moved
        scores["不当得利纠纷"] = max(scores.values(), default=0) + 1
        decisive["不当得利纠纷"] = claimed["不当得利纠纷"] = True
        if not (names and _BANK.search(names)):
            # what the receiver did with it (已用于还信用卡) is no card dispute: that is the issuer's with its holder
            scores.pop("信用卡纠纷", None)
    if ("定金" in text and _EARNEST_ASKED.search(text) and _NOT_YET_MADE.search(text)
            and not any(c in scores for c in _PRE_CONTRACT_CAUSES)):
        # the contract the deposit secured was never made: only the deposit is in dispute (a lease, a sale never signed)
        scores["定金合同纠纷"] = max(scores.values(), default=0) + 1
        decisive["定金合同纠纷"] = claimed["定金合同纠纷"] = True
    if "赠与合同纠纷" in scores and _DUTY_PROMISED.search(text):
        # a gift given on a promise in return (说好要给原告养老, 条件是照顾原告): the gift the donee was bound by
        scores["附义务赠与合同纠纷"] = max(scores.values()) + 1
        decisive["附义务赠与合同纠纷"] = claimed["附义务赠与合同纠纷"] = True
    owed_asked = claims or facts  # (a letter with no claims heading asks in its story: 让他把欠我的工钱给我)
    if "民间借贷纠纷" in scores and (_PAY_ASKED.search(owed_asked) or _BILL_ASKED.search(owed_asked)) and not _LENDING.search(text):
        # an IOU written for wages or a repair bill owed is still the wages or the bill (the debt asked names its source)
        scores.pop("民间借贷纠纷")
    if "民间借贷纠纷" in scores and decisive.get("买卖合同纠纷") and not _LENDING.search(text):
        # an IOU (欠条) the buyer wrote for the price of goods sold him (卖给他…斤, 大豆款): no money was lent, the sale
        # is the debt's source
        scores.pop("民间借贷纠纷")
    # only natural persons sued (a foreman who let the work, no company nor works among the parties) and no labour
    # arbitration: no employer (劳动合同法 2: an 用人单位 is an organisation), the worker's pay is due under the 劳务 contract
    private_only = bool(party_names) and not _ORG_EMPLOYER.search(names) and "劳动仲裁" not in text
    service_named = ("劳务合同纠纷" in scores and _SERVICE_NAMED.search(text) and not _EMPLOYMENT_NAMED.search(text)
                     and not _INJURY.search(text) and not _HURT.search(text))
    if "劳务合同纠纷" in scores and not private_only and not service_named and (_SITE_WAGES.search(_CITED_TITLE.sub("", text)) or (_MONTHLY_PAY.search(text) and (
            (_EMPLOYER.search(text) and (_ORG_EMPLOYER.search(text) or _ORG_EMPLOYER.search(names)))
            or re.search(r"公司|厂", names)))) and not _INJURY.search(claims):
        # a worker's pay for days on a building site under a gang boss (包工头), or a case first taken to labour
        # arbitration, or pay by the month at a company's works (a works told as an organisation's, a company or a
        # registered sole trader: 劳动合同法 2; a farm or a yard a private person runs, work paid by him, stays the
        # 劳务 contract with him): wages owed (追索劳动报酬), the boss and the company
        # that let him the work sued together
        moved = scores.pop("劳务合同纠纷")
        scores["追索劳动报酬纠纷"] = scores.get("追索劳动报酬纠纷", 0) + moved
        decisive["追索劳动报酬纠纷"] = True
        claimed["追索劳动报酬纠纷"] = claimed.get("追索劳动报酬纠纷", False) or claimed.pop("劳务合同纠纷", False)
    # (a parent's letter has no 诉讼请求 heading: what it asks stands at the end of its story, 我要告我两个儿子：一、…)
    asks = claims or facts
    if (_PARENT_SUES_CHILDREN.search(text) and _UPKEEP_ASKED.search(asks) and "抚养" not in asks
            and "赡养纠纷" not in scores):
        # a parent asking the children named as defendants for a monthly 生活费 or the medical costs (民法典 1067):
        # the duty to keep a parent, told without the word 赡养
        scores["赡养纠纷"] = max(scores.values(), default=0) + 1
        decisive["赡养纠纷"] = claimed["赡养纠纷"] = True
    elif (_KEEP_ASKED.search(claims) and _PARENTS_DIVORCE.search(facts) and "赡养" not in claims
            and not _PARENT_SUES_CHILDREN.search(text) and "抚养费纠纷" not in scores):
        # a monthly living allowance asked or disputed under the parents' divorce (离婚协议约定的每月1200元): the child's
        # support money; the payer's own other burdens told in the reasons (还要赡养母亲) are no claim
        scores["抚养费纠纷"] = max(scores.values(), default=0) + 1
        decisive["抚养费纠纷"] = claimed["抚养费纠纷"] = True
    if _UNLICENSED_ONLINE.search(text) and _OWN_WORK.search(text) and "肖像权纠纷" not in scores:
        # the plaintiff's own work (photos he took, an article he wrote) put on an account or site without licence
        # (著作权法 10(12)): what the post was about (a travel piece, a shop's advert) is only its setting
        scores["侵害作品信息网络传播权纠纷"] = max(scores.values(), default=0) + 1
        decisive["侵害作品信息网络传播权纠纷"] = claimed["侵害作品信息网络传播权纠纷"] = True
    if (_REMOVAL_ASKED.search(claims or facts) and not _CONTRACT_MONEY.search(text)
            and not any(c.startswith("相邻") or c in _PROPERTY_REMEDIES for c in scores)):
        # a thing the defendant put up against the plaintiff's home (an air-conditioner on the wall under his window, a
        # shed over it) asked taken away and the place restored (民法典 236): the work during which it was put up
        # (their own renovation: 装修) is no contract with the plaintiff
        scores["排除妨害纠纷"] = max(scores.values(), default=0) + 1
        decisive["排除妨害纠纷"] = claimed["排除妨害纠纷"] = True
    if ("装饰装修合同纠纷" in scores and _LEAK_INTO_HOME.search(text) and claims and _DAMAGES.search(claims)
            and not _OWN_FITTING.search(text) and not any(c.startswith("相邻") for c in scores)):
        # water through the ceiling into the filer's home from the flat above, damaged by work others had done there
        # (防水层打坏, 闭水试验): the filer made no decorating contract with them; the harm to the filer's property is
        # the case (民法典 1165, 1184), the workers, the occupier and the owner sued for it alike
        scores.pop("装饰装修合同纠纷")
        scores["财产损害赔偿纠纷"] = max(scores.values(), default=0) + 1
        decisive["财产损害赔偿纠纷"] = claimed["财产损害赔偿纠纷"] = True
    if ((_LEAK_INTO_HOME.search(text) or _FLOOD_FROM_ABOVE.search(text)) and claims and _DAMAGES.search(claims)
            and not _SERVICE_FEE.search(claims) and not any(c.startswith("相邻") for c in scores)
            and ("房屋租赁合同纠纷" not in scores or _LODGING.search(text))
            and {"房屋租赁合同纠纷", "物业服务合同纠纷"} & scores.keys()):
        # water from the flat above let into the filer's home and the things it spoilt asked paid (民法典 1165, 1184):
        # the rent of a lodging elsewhere meanwhile (在外租房的房租) is one of the losses, not a lease between them,
        # and the property company sued with the owners for the late shut-off is sued for the harm, not for a fee
        scores.pop("房屋租赁合同纠纷", None)
        scores.pop("物业服务合同纠纷", None)
        scores["财产损害赔偿纠纷"] = max(scores.values(), default=0) + 1
        decisive["财产损害赔偿纠纷"] = claimed["财产损害赔偿纠纷"] = True
    if ("运输合同纠纷" in scores and _FREIGHT_AS_LOSS.search(text) and not _CARRIAGE_WORDS.search(text)
            and any("买卖合同纠纷" in _path(c) for c in scores)):
        # goods bought from the defendant and the freight of hauling them (to a repairer, an assessor, back) asked as
        # one of the buyer's losses (赔运费, 运费花了…): a cost the defective sale caused, no carriage contract with
        # anyone sued (民法典 577, 584); a carrier's own freight claim tells its carriage (运输, 托运, 承运)
        scores.pop("运输合同纠纷")
    if ("装饰装修合同纠纷" in scores and claims and _LEASE_MONEY.search(claims) and _TENANT_FIT_OUT.search(text)
            and (("房屋租赁合同纠纷" in scores and _LANDLORD.search(text))
                 # (the claims alone tell it: the deposit asked back with the fit-out's loss, 退我押金…赔我装修损失, where no
                 # fitting contract or its price is told)
                 or (_TENANT_FIT_OUT.search(claims) and not _FITTING_CONTRACT.search(text)))):
        # the tenant's own fit-out of the let premises asked made good by the landlord beside the deposit or the rent
        # (退还押金, 赔装修损失: 民法典 715, 城镇房屋租赁合同解释 9-11): the lease is the contract in dispute, the fit-out
        # having been made with no one sued
        scores.pop("装饰装修合同纠纷")
        scores["房屋租赁合同纠纷"] = max(scores.values(), default=0) + 1
        decisive["房屋租赁合同纠纷"] = claimed["房屋租赁合同纠纷"] = True
    if claims and _NEIGHBOUR_DIG.search(text) and _CRACKED.search(text) and not any(c.startswith("相邻") for c in scores):
        # the neighbour digging his foundation right against the filer's wall, which then cracked (民法典 295: building
        # on one's own land may not endanger the neighbour's): the neighbours' duty to prevent harm, the builder he hired
        # sued with him
        scores["相邻损害防免关系纠纷"] = max(scores.values(), default=0) + 1
        decisive["相邻损害防免关系纠纷"] = claimed["相邻损害防免关系纠纷"] = True
    if (_DIG_AT_EDGE.search(text) and _BROUGHT_DOWN.search(text) and not any(c.startswith("相邻") for c in scores)
            and not _CONTRACT_MONEY.search(text)):
        # someone digging at the edge of the filer's field (挖沟) who brought down its bank (地埂挖垮了): the duty not to
        # endanger the adjoining land (民法典 295), the land being the filer's contracted field no contract in dispute
        scores["相邻损害防免关系纠纷"] = max(scores.values(), default=0) + 1
        decisive["相邻损害防免关系纠纷"] = claimed["相邻损害防免关系纠纷"] = True
    if "供用电合同纠纷" in scores and len(scores) > 1 and _POWER_AS_LOSS.search(text):
        # electricity paid for as a loss the other caused (多交的电费, 赔偿电费损失): no supply contract between them
        scores.pop("供用电合同纠纷")
    elif "供用电合同纠纷" in scores and decisive.get("房屋租赁合同纠纷") and not _SUPPLIER.search(
            _SUPPLIER_PAYEE.sub("", _SUPPLIER_PRICE.sub("", raw)) + names):
        # the electricity a landlord charges his tenant (电费按…一度收, 多收的电费) is a term of the lease: a supply
        # contract is made with the power company (民法典 648), which no one here is
        scores.pop("供用电合同纠纷")
    if "供用水合同纠纷" in scores and decisive.get("房屋租赁合同纠纷") and not _WATER_SUPPLIER.search(raw + names):
        # the water a landlord charges his tenant (多收的水费) is a term of the lease, as the electricity above: a supply
        # contract is made with the waterworks (民法典 656), which no one here is
        scores.pop("供用水合同纠纷")
    if "供用气合同纠纷" in scores and decisive.get("房屋租赁合同纠纷") and not _GAS_SUPPLIER.search(raw + names):
        # the gas bill a landlord paid for the tenant (垫交的水电燃气费) asked back with the rent is a term of the lease,
        # as the electricity above: a supply contract is made with the gas company (民法典 656), which no one here is
        scores.pop("供用气合同纠纷")
    if "分期付款买卖合同纠纷" in scores and "所有权保留买卖合同纠纷" in scores and _TAKE_BACK.search(claims):
        # an instalment sale whose seller kept the title till paid and asks the goods back (民法典 642): the kept title
        # is the relation in dispute, the instalments only how the price fell due
        scores["所有权保留买卖合同纠纷"] = max(scores.values()) + 1
        decisive["所有权保留买卖合同纠纷"] = claimed["所有权保留买卖合同纠纷"] = True
    if "遗赠扶养协议纠纷" in scores and _NO_BEQUEST_CARE.search(text) and not _BEQUEST_CARE.search(text):
        scores.pop("遗赠扶养协议纠纷")  # "未与他人签订遗赠扶养协议": the statute's list of what the estate is not bound by
    elif "遗赠扶养协议纠纷" in scores and claims and not _SUCCESSION_ASKED.search(claims):
        # the carer and the deceased's heirs disputing the house or the costs: the agreement is what the claims rest on
        scores["遗赠扶养协议纠纷"] = max(scores.values()) + 1
        decisive["遗赠扶养协议纠纷"] = claimed["遗赠扶养协议纠纷"] = True
    if ("民间借贷纠纷" in scores and _LENT.search(facts) and _REPAY_MONEY.search(claims)
            and not any(claimed.get(c) for c in scores if c != "民间借贷纠纷") and not _LOAN_KIN & scores.keys()):
        # money lent and asked back: what the borrower meant to spend it on (装修, 进货, 看病) is only the story
        scores["民间借贷纠纷"] = max(scores.values()) + 1
        decisive["民间借贷纠纷"] = claimed["民间借贷纠纷"] = True
    if _PATENT_USE.search(text) and not any(c in scores for c in _PATENT_CONTRACTS):
        # a patent infringed (专利法 11: made, used, offered for sale, sold or imported without licence): the kind of
        # patent the text names is the cause, whatever the shop the goods were sold in (网店, 淘宝)
        kind = next((c for c, rx in _PATENT_KIND if rx.search(text)), None)
        if kind:
            scores[kind] = max(scores.values(), default=0) + 1
            decisive[kind] = claimed[kind] = True
    if _WITHDRAW.search(text) and (_FIRM.search(raw + names) or any(_TRADE_NAME.search(n) and "公司" not in n for n in party_names if n)):
        # a partner leaving a registered partnership firm and asking its share back (合伙企业法 45-54); leaving a
        # partnership that is no firm (个人合伙) stays 合伙合同纠纷
        scores["退伙纠纷"] = max(scores.values(), default=0) + 1  # (the firm's 合伙 words are its setting)
        decisive["退伙纠纷"] = claimed["退伙纠纷"] = True
    if _SHARES_SOLD.search(claims or facts) and _COMPANY_NAMED.search(raw) and not _FIRM.search(raw):
        # (a company's members are shareholders, whatever their talk of running it together: 股权转让, 公司法 84)
        scores["股权转让纠纷"] = max(scores.values(), default=0) + 1
        decisive["股权转让纠纷"] = True
        claimed["股权转让纠纷"] = bool(claims)
    if _PASSENGER.search(text) and _CARRIAGE.search(text) and (
            not re.search(r"保险", names) or _CARRIAGE_NAMED.search(text)):
        # a passenger suing the carrier on the contract of carriage (民法典 823: the carrier answers for the
        # passenger's injury in the carriage), not on the tort: the vehicle names the level-4 cause; an insurer sued
        # beside the carrier means the accident is sued on instead, unless the complaint names the contract of
        # carriage it relies on (the carrier's liability insurer sued with it: 承运人责任保险)
        carriage = next((c for c, rx in _CARRIAGE_BY if rx.search(text)), "公路旅客运输合同纠纷")
        scores[carriage] = max(scores.values(), default=0) + 1
        decisive[carriage] = claimed[carriage] = True
    if _OTHERS_DEBT_CLAIM.search(claims) and _SURETY_FACT.search(facts):
        # the defendant asked to answer for another's debt (某公司所欠…承担清偿责任) on a guaranty he signed: the
        # debtor's own sums are only the measure of the guaranty (民法典 681)
        scores["保证合同纠纷"] = max(scores.values(), default=0) + 1
        decisive["保证合同纠纷"] = claimed["保证合同纠纷"] = True
    elif (_GUARANTY_CLAIM.search(claims) and not _DEBTOR_CLAIM.search(claims)
            and not any(_PRINCIPAL.search(c) and not _SURETY.search(c) for c in claims.split("；"))):
        # only guarantors are sued, for their guaranty (the debtor is not asked to pay): 保证合同纠纷
        scores["保证合同纠纷"] = max(scores.values()) + 1
        decisive["保证合同纠纷"] = claimed["保证合同纠纷"] = True
    elif "保证合同纠纷" in scores and any(_PRINCIPAL.search(c) and not _SURETY.search(c) for c in claims.split("；")):
        # the principal debt itself disputed (its sum, its interest): the guarantor's defences join the debt's case
        scores.pop("保证合同纠纷")
    if (_DIVORCE_CLAIM.search(claims) or _DIVORCE_CLAIM.search(facts)
            or (_DIVORCE_ANSWERED.search(facts) and not _DIVORCED.search(facts))):
        # a divorce petition decides the case whatever else it mentions (debts, houses, wages)
        scores["离婚纠纷"] = max(scores.get("离婚纠纷", 0), 12) * 3
        decisive["离婚纠纷"] = True
        claimed["离婚纠纷"] = claimed.get("离婚纠纷", False) or bool(_DIVORCE_CLAIM.search(claims))
    elif _DIVORCED.search(facts) and not _DIVORCE_CLAIM.search(claims):
        # a divorce that already happened: the dispute is what follows it (custody, support, property)
        scores.pop("离婚纠纷", None)
        n = len(_CUSTODY.findall(facts)) + 3 * len(_CUSTODY.findall(claims))
        if "探望权纠纷" in scores and not _CUSTODY_SOUGHT.search(text):
            # the child living with the other parent told as how things stand (女儿跟他生活), the writer asking only to
            # see the child (民法典 1086): visitation, no change of who raises the child
            n = 0
        if n:
            scores["变更抚养关系纠纷"] = scores.get("变更抚养关系纠纷", 0) + 4 * min(n, 9)
            decisive["变更抚养关系纠纷"] = True
            claimed.setdefault("变更抚养关系纠纷", bool(_CUSTODY.search(claims)))
    # (an accident to the insured's own car sued on its own-damage cover, the insurer the only one sued: the policy,
    # not the accident, is in dispute)
    own_cover = (_OWN_DAMAGE.search(text) and any("保险" in n for n in party_names)
                 and sum(1 for n in party_names if n and "保险" not in n) <= 1)
    if (_INSURED.search(text) and (_PROPERTY_LOSS.search(facts) or own_cover) and re.search(r"保险|理赔", claims)
            and not _INJURY.search(text) and ("机动车交通事故责任纠纷" not in scores or own_cover)):
        # the insured's own goods or premises lost and the insurer asked to pay (保险法 95)
        scores["财产损失保险合同纠纷"] = scores.get("财产损失保险合同纠纷", 0) + 6
        decisive["财产损失保险合同纠纷"] = True
        claimed.setdefault("财产损失保险合同纠纷", False)
    if ("业主共有权纠纷" in scores and _OBSTRUCTION_CLAIM.search(claims) and not _COMMON_RIGHT.search(text)
            and not _COMMON_RIGHT.search(names)):
        scores["排除妨害纠纷"] = max(scores.get("排除妨害纠纷", 0), scores.pop("业主共有权纠纷") + 1)
        decisive["排除妨害纠纷"] = claimed["排除妨害纠纷"] = True
    if (any(c in scores for c in _BUILDING_TORTS) and _STRUCK.search(text) and _DAMAGES.search(claims)
            and not _SERVICE_FEE.search(claims)):
        for cause in _BUILDING_MANAGER:
            scores.pop(cause, None)
    if (("同居关系析产纠纷" in scores or _LIVED_UNMARRIED.search(text)) and claims and _SHARE_ASKED.search(claims)
            and "离婚" not in text
            and not _CUSTODY.search(claims)):
        # an unmarried couple parted, one asking the things bought or paid for together divided or paid back: what
        # the money went to (a shop's renovation, a car) is the property shared, not a contract with the other
        scores["同居关系析产纠纷"] = max(scores.values()) + 1
        decisive["同居关系析产纠纷"] = claimed["同居关系析产纠纷"] = True
        if not (names and _BANK.search(names)):
            # a card debt one partner paid off for the other (代其偿还的信用卡欠款) is one more sum paid back between
            # them; with no card issuer a party there is no card dispute (信用卡纠纷 is the issuer's with its holder),
            # and no recourse for a debt paid as a surety (追偿权)
            scores.pop("信用卡纠纷", None)
            scores.pop("追偿权纠纷", None)
    cohabiting = "同居关系子女抚养纠纷" in scores or "同居关系纠纷" in scores or "同居关系析产纠纷" in scores
    if cohabiting and _CUSTODY.search(claims) and not _DIVORCE_CLAIM.search(claims):
        # the unmarried parents' child: who raises it is the dispute (support asked with it joins it); the
        # property they shared asked too → the two relationships' parent, 同居关系纠纷
        top = max(scores.values()) + 1
        if "同居关系析产纠纷" in scores and claimed.get("同居关系析产纠纷"):
            scores["同居关系纠纷"], decisive["同居关系纠纷"], claimed["同居关系纠纷"] = top, True, True
            for c in ("同居关系子女抚养纠纷", "同居关系析产纠纷"):
                scores.pop(c, None)
        else:
            scores["同居关系子女抚养纠纷"], claimed["同居关系子女抚养纠纷"] = top, True
            decisive["同居关系子女抚养纠纷"] = True
    for cause in _APPLICATIONS & scores.keys():
        if cause in _GUARDIAN_APPS and _PARENTING.search(raw):
            scores.pop(cause)
        elif claimed.get(cause):
            scores[cause] *= 3
        elif claims:
            scores.pop(cause)
    for cause in _PAY_FOR:
        # (nor where the story is a hired hand hurt at the work, decided above: the claims may be unread)
        if decisive.get(cause) and not _INJURY.search(claims) and not decisive.get("提供劳务者受害责任纠纷"):
            scores[cause] *= 3
    for cause in _POLLUTION:
        if decisive.get(cause):
            scores[cause] *= 3
    if "金融不良债权追偿纠纷" in scores:
        scores.pop("债权转让合同纠纷", None)  # the asset manager's bad loan is the more specific assignment
    if claims and not _DAMAGES.search(claims):
        # a harm-liability cause needs harm claimed: a neighbour asked to clear a lane or a pile is 排除妨害
        for cause in _HARM_ONLY:
            scores.pop(cause, None)
    if (decisive.get("饲养动物损害责任纠纷") and "物业服务合同纠纷" in scores and claims and _HARM_ASKED.search(claims)
            and not _SERVICE_FEE.search(claims)):
        # the property company sued beside the keepers for letting a dog go loose (物业没尽到管理责任) is sued for the
        # harm the animal did (民法典 1245, 1198), not on its service contract; a fee asked keeps the contract
        scores.pop("物业服务合同纠纷")
    if "饲养动物损害责任纠纷" in scores and claims and not _HARM_ASKED.search(claims):
        scores.pop("饲养动物损害责任纠纷")  # a pet lost and asked back (or any animal asked for) is no harm it did
    if ("产品责任纠纷" not in scores and _INJURY.search(claims) and _BOUGHT.search(facts) and _TAKEN_ILL.search(facts)
            and _BAD_GOODS.search(text) and not _DINING.search(text)):
        # medicine or food bought, taken, and the buyer made ill by it, the goods expired or fake (过期, 假药): the
        # product's harm to the person (民法典 1202-1203); food served at a table is the meal's contract
        scores["产品责任纠纷"] = max(scores.values(), default=0) + 1
        decisive["产品责任纠纷"] = claimed["产品责任纠纷"] = True
    if not scores and _INJURY.search(claims):
        # personal-injury damages and nothing more specific: an injury to the person
        return Cue("生命权、身体权、健康权纠纷", 1, True, False)
    if not scores:
        return name_cue(claims, facts)
    for cause in _DOMINANT & scores.keys():
        scores[cause] *= 3
    if decisive.get("产品责任纠纷") and _DEFECT_HARM.search(facts) and _OTHER_LOSS.search(claims):
        # a defective thing that burnt or hurt something other than itself, that loss asked: the product's harm
        # decides, the price asked back with it (退还货款) being only part of the loss (民法典 1203)
        scores["产品责任纠纷"] = max(scores.values()) + 1
        claimed["产品责任纠纷"] = True
    if ("劳务合同纠纷" in scores and decisive.get("装饰装修合同纠纷") and _FITTING_CONTRACT.search(text)
            and _REFUND_ASKED.search(claims)):
        # the home owner asking the fitter to pay back what he took for a job left undone (装修协议…退我一万八千元): the
        # fitting-out contract is in dispute, the pay (工钱) the owner allows for the part done only how the sum is reckoned
        scores.pop("劳务合同纠纷")
    if service_named and "劳务合同纠纷" in scores:
        # the parties name the relation in dispute a 劳务 one (the answer denies it, the claim rests on it): the
        # trade the work was in (瓷砖铺贴, 装修) is only its setting
        scores["劳务合同纠纷"] = max(scores.values()) + 1
        decisive["劳务合同纠纷"] = claimed["劳务合同纠纷"] = True
    if "股东损害公司债权人利益责任纠纷" in scores and any(
            _DEBT_ITSELF.search(c) and "范围内" not in c and "诉讼费" not in c for c in claims.split("；")):
        # the company's debt itself asked as well (判令被告支付货款…；股东在未出资本息范围内承担补充赔偿责任): the debt is
        # the case, the shareholders' liability an accessory to it
        scores.pop("股东损害公司债权人利益责任纠纷")
    if "追索劳动报酬纠纷" in scores and _STUDENT_JOB.search(text):
        # a pupil or student paid for work in the holidays or after class (放暑假…到奶茶店打工, 勤工俭学): no employment
        # (劳动部关于贯彻执行劳动法若干问题的意见 12: a student's 勤工助学 is not taking a job), the pay is owed under a
        # contract for labour
        scores["劳务合同纠纷"] = max(scores.values()) + 1
        decisive["劳务合同纠纷"] = claimed["劳务合同纠纷"] = True
    if (max(scores, key=scores.get) in _PREMISES_SERVICE and decisive.get("违反安全保障义务责任纠纷")
            and _INJURY.search(claims) and _FELL.search(facts) and not _FEE_BACK.search(claims)):
        # a guest who slipped or fell on the hotel's or restaurant's premises (泳池边通道积水…滑倒) asking the injury's
        # damages: the operator's safety duty is sued on (民法典 1198), the stay or the meal only why the guest was
        # there; a fee asked back (退还房费) keeps the contract
        scores["违反安全保障义务责任纠纷"] = max(scores.values()) + 1
        claimed["违反安全保障义务责任纠纷"] = True
    order = {c: i for i, (c, _, _) in enumerate(RULES)}
    best = max(scores, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _GENERIC:
        # generic words (租金, 运输, 工程款) name the family; a cued specific cause of that family names the case
        family = _GENERIC[best]
        family = _GENERIC_WIDER.get(best, family)
        wider = _GENERIC_SIBLINGS.get(best, set())
        if best == "房屋租赁合同纠纷" and _HOUSE_LEASE.search(text):
            wider = wider - {"租赁合同纠纷"}  # a shop let with its kitchen equipment is still a house lease
        specific = [c for c in scores if c != best and (family in _path(c)[:-1] or c in wider) and decisive.get(c)]
        if specific:
            best = max(specific, key=lambda c: (scores[c], -order.get(c, 0)))
    if best == "买卖合同纠纷" and decisive.get("定作合同纠纷"):
        best = "定作合同纠纷"  # made to the buyer's design or order (民法典 770): 货款, 交货 are only how it was paid and handed
    if best == "确认合同无效纠纷" and decisive.get("农村房屋买卖合同纠纷"):
        best = "农村房屋买卖合同纠纷"  # a village house sold to an outsider, the sale asked void: the level-4 sale is the case
    if best == "房屋买卖合同纠纷" and "农村房屋买卖合同纠纷" in scores:
        # house-sale words (购房款, 过户) name the family; a house in a village is what was sold (level 4)
        best = "农村房屋买卖合同纠纷"
    if best == "买卖合同纠纷" and not _GOODS_PRICE.search(claims):
        # a price (价款, 余款) with no goods asked for is what a right was sold for: a right's transfer the text tells
        # (a debt assigned, contracted land handed on, shares) is the contract, not a sale of goods
        rights = [c for c in scores if "转让" in c and decisive.get(c)]
        if rights:
            best = max(rights, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _SALE_OF and _SALE_OF[best] in scores:
        house = [c for c in scores if _SALE_OF[best] in _path(c) and decisive.get(c)]
        if house:
            best = max(house, key=lambda c: (scores[c], -order.get(c, 0)))
    if best in _LABOUR:
        # every labour sub-cause the claims (else the facts) ask about; an accessory item (leave pay) joins none
        labour = [c for c in scores if c in _LABOUR]
        # 社保 names the family: a cued benefit (养老保险待遇) is the claim, not a second relationship
        if any(c in labour and c not in _LABOUR_GENERIC and "社会保险纠纷" in _path(c)[:-1] for c in labour):
            labour = [c for c in labour if c not in _LABOUR_GENERIC]
        pool = ([c for c in labour if asked.get(c)] or [c for c in labour if claimed[c]] or labour)
        if ({"经济补偿金纠纷", "追索劳动报酬纠纷"} <= set(pool)
                and "工资" not in _WAGE_MEASURE.sub("", claims)):
            # "N个月的工资" is how severance is counted (劳动合同法 47), no wages asked
            pool = [c for c in pool if c != "追索劳动报酬纠纷"]
            best = "经济补偿金纠纷" if pool == ["经济补偿金纠纷"] else best
        if set(pool) == {"经济补偿金纠纷", "劳动合同纠纷"} and not _CONTRACT_CLAIM.search(_SEVERANCE.sub("", claims)):
            # severance alone (解除劳动合同经济补偿金 names the contract only as what ended): the specific cause
            pool, best = ["经济补偿金纠纷"], "经济补偿金纠纷"
        if set(pool) == {"竞业限制纠纷", "劳动合同纠纷"}:
            # the non-compete is a term of the labour contract (劳动合同约定…不得…): the contract words are its setting
            pool, best = ["竞业限制纠纷"], "竞业限制纠纷"
        if len(pool) > 1:
            best = _common_ancestor(sorted(pool, key=lambda c: order[c]))
            if best == "劳动合同纠纷" and "劳动合同纠纷" not in pool:
                # several claims (wages, severance) that do not name the contract: courts file these
                # under the level-2 劳动争议
                best = "劳动争议"
            return Cue(best, max(scores[c] for c in pool), any(claimed[c] for c in pool), True)
    level4 = None
    if best == "侵害集体经济组织成员权益纠纷" and _LAND_PAY.search(claims or facts):
        level4 = "承包地征收补偿费用分配纠纷"  # the share asked is the compensation for the contracted land taken
    if best == "违反安全保障义务责任纠纷":
        level4 = ("群众性活动组织者责任纠纷" if _MASS_EVENT.search(text)
                  else "经营场所、公共场所的经营者、管理者责任纠纷" if _PREMISES.search(raw) else None)
    elif best == "产品责任纠纷" and bool(_MADE_BY_SUED.search(text)) != bool(_SOLD_BY_SUED.search(text)):
        level4 = "产品生产者责任纠纷" if _MADE_BY_SUED.search(text) else "产品销售者责任纠纷"
    elif best == "产品责任纠纷" and bool(_MAKER.search(text)) != bool(_SELLER.search(text)):
        level4 = "产品生产者责任纠纷" if _MAKER.search(text) else "产品销售者责任纠纷"
    elif best == "运输合同纠纷":
        # goods handed to a freight firm with a waybill and carried to a market in another town: carriage by road (the
        # firm's name, taken out of the story above, is read back here)
        level4 = _stated_level4(best, raw + "；" + names)
    elif best in _SUPPORT_MONEY and (_SUPPORT_MONEY[best][1].search(claims or facts) or (
            claims and not _SUPPORT_DUTY.search(claims) and _SUPPORT_MONEY[best][1].search(facts))):
        level4 = _SUPPORT_MONEY[best][0]  # the money asked, not a change of who supports
    if level4:
        scores[level4], claimed[level4], decisive[level4] = scores[best], claimed.get(best, False), True
        best = level4
    if best == "民间委托理财合同纠纷" and names and _FINANCIAL.search(names):
        best = "金融委托理财合同纠纷"  # money entrusted to a bank, broker or fund manager
        scores[best], claimed[best], decisive[best] = scores["民间委托理财合同纠纷"], claimed["民间委托理财合同纠纷"], True
    return Cue(best, scores[best], claimed.get(best, False), claimed.get(best, False) or decisive.get(best, False))
