"""Cause rules added after the holdout23-24 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

import pytest

from .samples import cause_of as _cause

_P = ("原告：{a}，男，1972年10月5日出生，汉族，住{pa}。\n"
      "被告：{b}，男，1969年2月17日出生，汉族，住{pb}。\n")


def _complaint(claims: str, facts: str, a="蒙德胜", b="韦长贵", pa="广西壮族自治区河池市宜州区庆远镇北山村六组9号",
               pb="广西壮族自治区河池市宜州区庆远镇北山村六组11号") -> str:
    return ("民事起诉状\n" + _P.format(a=a, b=b, pa=pa, pb=pb) + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n河池市宜州区人民法院\n具状人：" + a + "\n2024年10月8日")


def _letter(body: str) -> str:
    return ("我叫蒙德胜，男，1972年10月5日出生，住广西壮族自治区河池市宜州区庆远镇北山村六组9号。\n"
            "我要告韦长贵，男，五十来岁，住北山村六组11号。\n" + body + "\n此致\n河池市宜州区人民法院\n起诉人：蒙德胜\n2024年10月8日")


# --- a neighbour walling or gating the only way out (民法典 291): 相邻通行纠纷, told by a villager or a lawyer

@pytest.mark.parametrize("text", [
    _complaint("1.韦长贵把石墙拆了，让我家通行；\n2.诉讼费他出。",
               "我家出门只能走他家院坝边上那条小路，去年冬天他在小路口垒了一堵石墙，摩托车推不出去，娃娃上学要爬坡绕一大圈。"),
    _complaint("1.判令被告拆除其在过道入口设置的铁门，恢复原告原有的通道；\n2.诉讼费由被告负担。",
               "原、被告系前后院邻居，原告一家进出只有经被告院墙外的过道，2023年8月被告在过道入口安装铁门并上锁。"),
    _complaint("1.判令被告清除障碍，保障原告通行；\n2.诉讼费由被告负担。",
               "原告承包的林地位于被告承包地后方，该田埂是原告进入林地唯一的通路，被告将田埂挖断改种玉米。"),
])
def test_neighbour_blocking_the_only_way_out(text):
    assert _cause(text) == "相邻通行纠纷"


def test_stated_neighbour_case_whose_story_is_a_passage_names_the_passage():
    text = ("湖南省怀化市鹤城区人民法院\n民事判决书\n（2024）湘1202民初3311号\n"
            "原告：向明华，男，1970年5月2日出生，苗族，住湖南省怀化市鹤城区黄岩乡茶山村二组15号。\n"
            "被告：滕代发，男，1966年9月8日出生，苗族，住湖南省怀化市鹤城区黄岩乡茶山村二组14号。\n"
            "原告向明华与被告滕代发相邻关系纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。\n"
            "向明华向本院提出诉讼请求：1.判令被告拆除在两家之间巷道上修建的围墙；2.诉讼费由被告负担。事实和理由：该巷道是原告家"
            "唯一的出路，被告于2023年春修建围墙将巷道封死。\n滕代发辩称，巷道占用其宅基地。")
    assert _cause(text) == "相邻通行纠纷"


def test_stated_neighbour_case_about_light_is_no_passage():
    text = ("湖南省怀化市鹤城区人民法院\n民事判决书\n（2024）湘1202民初3312号\n"
            "原告：向明华，男，1970年5月2日出生，苗族，住湖南省怀化市鹤城区黄岩乡茶山村二组15号。\n"
            "被告：滕代发，男，1966年9月8日出生，苗族，住湖南省怀化市鹤城区黄岩乡茶山村二组14号。\n"
            "原告向明华与被告滕代发相邻关系纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。\n"
            "向明华向本院提出诉讼请求：1.判令被告将加盖的三楼拆除；2.诉讼费由被告负担。事实和理由：被告加盖三楼后，"
            "原告家的堂屋常年照不到太阳。")
    assert _cause(text) in ("相邻关系纠纷", "相邻采光、日照纠纷")


def test_a_public_road_blocked_is_no_neighbour_passage():
    text = _complaint("1.判令被告清除堆放在公共道路上的砂石，恢复原来的道路畅通；\n2.诉讼费由被告负担。",
                      "被告在村里的公共道路上堆放砂石，至今未清理。")
    assert _cause(text) != "相邻通行纠纷"


def test_a_concrete_road_built_is_no_beating():
    text = _letter("事情是这样的：前年我出钱把门前的土路打成了水泥路，韦长贵借了我修路剩下的钱两万元，写了借条，一直不还。\n"
                   "我的要求：韦长贵还我借款两万元。")
    assert _cause(text) == "民间借贷纠纷"


# --- work done on the customer's own material (民法典 770): 加工合同纠纷; the worker's own material made to order is 定作

@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告支付加工费46200元；\n2.诉讼费由被告负担。",
     "2023年3月起，被告陆续向原告提供裁好的衬衫裁片及纽扣、线等辅料，委托原告车缝成衣，每件工价8元，原告交货后被告拖欠加工费。"),
    ("1.判令被告支付加工款12800元；\n2.诉讼费由被告负担。",
     "被告将其采购的灯具散件交由原告组装、包装，双方约定每套2元，原告已全部交付。"),
    ("1.判令被告支付欠我的加工费9600元；\n2.诉讼费由被告负担。",
     "布料都是他们厂里送来的，叫我们照着样衣缝制，一件给六块钱，货交了钱一直没给。"),
])
def test_customer_material_worked_is_processing(claims, facts):
    assert _cause(_complaint(claims, facts)) == "加工合同纠纷"


def test_worker_own_material_made_to_order_stays_made_to_order():
    text = _complaint("1.判令被告支付橱柜定做款38000元；\n2.诉讼费由被告负担。",
                      "被告委托原告按其提供的图纸定做不锈钢橱柜，不锈钢板材由原告自行采购，原告已安装完毕。")
    assert _cause(text) == "定作合同纠纷"


def test_processing_fee_alone_stays_work_contract():
    text = _complaint("1.判令被告支付加工费5万元；\n2.诉讼费由被告负担。", "原告为被告加工五金件，被告尚欠加工费5万元。")
    assert _cause(text) == "承揽合同纠纷"


# --- money sent to the wrong person and asked back (民法典 985): 不当得利, whatever bill the payer meant to pay

@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告返还原告31500元；\n2.诉讼费由被告负担。",
     "原告经营建材生意，2024年4月2日向水泥供货商支付货款时选错收款人，将31500元汇错到被告的银行账户，被告拒不退回。"),
    ("1.被告把我打错给他的工人工资8800元还给我；\n2.诉讼费他出。",
     "我给工地上的工人发工资，微信转账时点错了人，打错给了被告，他收了钱就把我拉黑了。"),
    ("1.判令被告返还款项52000元；\n2.诉讼费由被告负担。",
     "原告公司财务人员在支付采购货款时误将52000元转入被告个人账户，被告收取该款没有任何合法依据。"),
])
def test_money_sent_to_the_wrong_person_is_unjust_enrichment(claims, facts):
    assert _cause(_complaint(claims, facts)) == "不当得利纠纷"


def test_unpaid_goods_from_the_buyer_stay_a_sale():
    text = _complaint("1.判令被告支付货款31500元；\n2.诉讼费由被告负担。",
                      "原告向被告供应水泥，被告收货后尚欠货款31500元，原告曾将对账单转错邮箱，后重新寄送，被告仍未付款。")
    assert _cause(text) == "买卖合同纠纷"


# --- a deposit securing a contract that was never made (立约定金, 民法典 586-587): 定金合同纠纷

@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告双倍返还定金10000元；\n2.诉讼费由被告负担。",
     "2024年5月，原告向被告汽车销售公司交纳定金5000元，约定七日内签订正式购车合同。后被告以车型停产为由拒绝签订正式合同。"),
    ("1.被告退还我的定金2000元；\n2.诉讼费他出。",
     "我看中被告的一套房子想租，给了他2000块钱定金，说好月底签租房合同，结果到了月底他把房子租给别人了，合同不肯签了。"),
    ("1.判令被告返还定金8万元；\n2.诉讼费由被告负担。",
     "原、被告签订《合作意向书》，原告支付8万元作为签订正式加盟合同的担保，后因被告未取得品牌授权，正式加盟合同未能签订。"),
])
def test_deposit_for_a_contract_never_made_is_the_deposit_contract(claims, facts):
    assert _cause(_complaint(claims, facts)) == "定金合同纠纷"


def test_deposit_under_a_signed_sale_stays_the_sale():
    text = _complaint("1.判令被告双倍返还定金6万元；\n2.诉讼费由被告负担。",
                      "原告与被告签订《二手房买卖合同》，购买被告的房屋，支付定金3万元，后被告以房价上涨为由拒绝办理过户。")
    assert _cause(text) == "房屋买卖合同纠纷"


def test_subscription_for_a_new_flat_keeps_its_own_cause():
    text = _complaint("1.判令被告返还定金2万元；\n2.诉讼费由被告负担。",
                      "原告与被告房地产开发公司签订《商品房认购书》，支付定金2万元，约定十日内签订正式商品房买卖合同，后因被告"
                      "提高房价，正式合同未能签订。")
    assert _cause(text) == "商品房预约合同纠纷"


# --- a court's loose name for a debt case (债务清偿一案, 欠款一案) is no cause: the debt's source, as the claims ask it

def _judgment(opening: str, claims: str, facts: str, court="江苏省徐州市中级人民法院", number="（2024）苏03民终5127号",
              a="上诉人（原审原告）：司马文涛，男，1983年7月14日出生，汉族，住江苏省徐州市云龙区和平路39号。",
              b="被上诉人（原审被告）：徐州恒盛建材有限公司，住所地江苏省徐州市鼓楼区中山北路208号。") -> str:
    return (f"{court}\n民事判决书\n{number}\n{a}\n{b}\n{opening}\n" + claims + "事实和理由：" + facts
            + "\n被上诉人辩称，不同意上诉请求。")


def test_guarantor_repaid_in_a_debt_case_is_recourse():
    text = _judgment("上诉人司马文涛因与被上诉人徐州恒盛建材有限公司债务清偿一案，不服徐州市鼓楼区人民法院民事判决，向本院提起上诉。",
                     "司马文涛上诉请求：1.撤销原判，改判恒盛公司偿还司马文涛代其偿还的银行贷款本息138600元；2.诉讼费由被上诉人负担。",
                     "恒盛公司向银行贷款，司马文涛为该笔贷款提供连带责任保证，贷款到期后恒盛公司未还，司马文涛承担保证责任后向恒盛公司追偿。")
    assert _cause(text) == "追偿权纠纷"


def test_unpaid_goods_in_an_arrears_case_are_a_sale():
    text = _judgment("原告司马文涛与被告徐州恒盛建材有限公司欠款一案，本院立案后，依法适用简易程序公开开庭进行了审理。",
                     "司马文涛向本院提出诉讼请求：1.判令被告支付所欠钢材货款76400元；2.诉讼费由被告负担。",
                     "原告向被告供应螺纹钢，被告收货后出具欠条，尚欠货款76400元未付。",
                     court="江苏省徐州市鼓楼区人民法院", number="（2024）苏0302民初2218号",
                     a="原告：司马文涛，男，1983年7月14日出生，汉族，住江苏省徐州市云龙区和平路39号。",
                     b="被告：徐州恒盛建材有限公司，住所地江苏省徐州市鼓楼区中山北路208号。")
    assert _cause(text) == "买卖合同纠纷"


def test_wages_in_an_arrears_case_stay_labour():
    text = _judgment("原告司马文涛与被告徐州恒盛建材有限公司欠款一案，本院立案后，依法适用简易程序公开开庭进行了审理。",
                     "司马文涛向本院提出诉讼请求：1.判令被告支付拖欠的2023年10月至12月工资21000元；2.诉讼费由被告负担。",
                     "原告系被告公司员工，被告拖欠原告三个月工资未付。",
                     court="江苏省徐州市鼓楼区人民法院", number="（2024）苏0302民初2219号",
                     a="原告：司马文涛，男，1983年7月14日出生，汉族，住江苏省徐州市云龙区和平路39号。",
                     b="被告：徐州恒盛建材有限公司，住所地江苏省徐州市鼓楼区中山北路208号。")
    assert _cause(text) == "追索劳动报酬纠纷"
