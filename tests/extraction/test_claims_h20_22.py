"""Amounts claimed: periodic payments with a due day, a share of a whole, a second-instance judgment's first-instance
claims, and claims in letter-style complaints (holdout20-22 misses; every snippet here is new)."""

import pytest
from courtdoc.extraction import extract

_HEAD = ("民事起诉状\n原告：付晓雯，女，2014年9月3日出生，汉族，住山东省济南市历下区泉城路77号。\n"
         "法定代理人：付海燕，女，1986年2月1日出生，汉族，住址同上，系原告之母。\n"
         "被告：曹立新，男，1984年6月20日出生，汉族，住山东省淄博市张店区华光路12号。\n")


@pytest.mark.parametrize("claims, amount", [
    # a due day between the period word and the sum
    ("1、判令被告给付2023年3月至2024年2月欠付的抚养费合计18000元；2、判令被告自2024年3月起于每月15日前给付抚养费1800元，"
     "至原告年满十八周岁止；3、诉讼费由被告负担。", 18000),
    # the payees named between the period word and the sum
    ("1、判令被告自2024年5月起每月向原告及其弟付晓宇分别支付抚养费各900元，至二人年满十八周岁止；2、判令被告支付拖欠的"
     "抚养费9600元。", 9600),
    # a monthly rate and a computed total: the total is a fixed sum
    ("1、判令被告按每月1500元的标准支付2023年全年抚养费共计18000元。", 18000),
])
def test_a_periodic_payment_is_no_fixed_sum_however_its_due_day_is_written(claims, amount):
    el = extract(_HEAD + "诉讼请求：\n" + claims + "\n事实与理由：原告父母已离婚，被告未按约支付抚养费。\n此致\n济南市历下区人民法院\n")
    assert el.amount_claimed == amount


_DIVORCE_HEAD = ("民事起诉状\n原告：邱美玲，女，1988年11月2日出生，汉族，住广西壮族自治区南宁市青秀区民族大道66号。\n"
                 "被告：韦志强，男，1986年4月9日出生，汉族，住广西壮族自治区南宁市西乡塘区大学东路3号。\n")


@pytest.mark.parametrize("item, amount", [
    ("判令被告返还其婚内私自取走的共同存款152000元中应归原告所有的份额76000元", 76000),
    ("判令被告向原告支付其出售共有车辆所得价款9.6万元中的一半即4.8万元", 48000),
    ("判令被告支付夫妻共同债权300000元中原告应得的三分之二即200000元", 200000),
])
def test_a_share_of_a_whole_claims_the_share_only(item, amount):
    text = (_DIVORCE_HEAD + "诉讼请求：1、判令原、被告离婚；2、" + item + "；3、诉讼费由被告负担。\n"
            "事实与理由：原、被告感情确已破裂。\n此致\n南宁市青秀区人民法院\n")
    assert extract(text).amount_claimed == amount


def test_two_separate_sums_in_one_item_still_add_up():
    text = (_DIVORCE_HEAD + "诉讼请求：1、判令被告返还借款30000元、赔偿损失5000元；2、诉讼费由被告负担。\n"
            "事实与理由：被告借款未还。\n此致\n南宁市青秀区人民法院\n")
    assert extract(text).amount_claimed == 35000


_APPEAL_JUDGMENT = (
    "湖北省武汉市中级人民法院\n民事判决书\n（2024）鄂01民终5521号\n"
    "上诉人（原审被告）：潘德明，男，1975年8月14日出生，汉族，住湖北省武汉市江汉区解放大道688号。\n"
    "被上诉人（原审原告）：黎秋月，女，1991年12月5日出生，汉族，住湖北省武汉市洪山区珞喻路152号。\n"
    "上诉人潘德明因与被上诉人黎秋月买卖合同纠纷一案，不服湖北省武汉市江汉区人民法院（2023）鄂0103民初7730号民事判决，"
    "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。\n"
    "{appeal}\n"
    "黎秋月辩称，一审判决正确，请求驳回上诉。\n"
    "黎秋月向一审法院起诉请求：1.判令潘德明支付货款46500元、逾期付款违约金3500元；2.诉讼费由潘德明负担。\n"
    "一审法院认定事实：双方签订买卖合同，黎秋月依约供货，潘德明未付款。\n"
    "本院认为，上诉理由不能成立。判决如下：\n驳回上诉，维持原判。\n")


def test_an_appeal_asking_only_to_reverse_disputes_the_first_instance_claims():
    el = extract(_APPEAL_JUDGMENT.format(appeal="潘德明上诉请求：撤销一审判决，改判驳回黎秋月的全部诉讼请求。事实和理由：货物质量不合格。"))
    assert el.document_type == "民事判决书"
    assert el.claims and "撤销一审判决" in el.claims[0]  # the claims listed stay the appeal's
    assert el.amount_claimed == 50000


def test_an_appeal_with_its_own_sum_keeps_it():
    el = extract(_APPEAL_JUDGMENT.format(appeal="潘德明上诉请求：撤销一审判决第一项，改判潘德明仅支付货款30000元。事实和理由：部分货物已退回。"))
    assert el.amount_claimed == 30000


def test_an_appeal_judgment_reciting_no_first_instance_claims_claims_no_sum():
    text = _APPEAL_JUDGMENT.format(appeal="潘德明上诉请求：撤销一审判决，发回重审。").replace(
        "黎秋月向一审法院起诉请求：1.判令潘德明支付货款46500元、逾期付款违约金3500元；2.诉讼费由潘德明负担。\n", "")
    assert extract(text).amount_claimed is None


def test_a_laypersons_claims_heading_wins_over_a_demand_the_story_repeats():
    text = ("起诉书\n起诉人：孔凤英，女，1950年3月12日生，汉族，住江西省九江市濂溪区十里街道莲花村五组。\n"
            "被起诉人：孔建国，男，1981年9月30日生，汉族，住浙江省宁波市北仑区新碶街道明州路21号。\n"
            "我要求：\n一、解除我与孔建国的收养关系；\n二、孔建国给我生活费和抚养费用陆万伍仟元；\n三、打官司的钱由孔建国出。\n"
            "事实和理由：\n孔建国三岁时被我们收养。他成家后多年不回家，也不管我的生活。我年老多病，依法要求解除收养关系，"
            "并要求他补偿我这些年的部分抚养费用。请法院支持我的请求。\n此致\n九江市濂溪区人民法院\n起诉人：孔凤英\n2024年4月2日\n")
    el = extract(text)
    assert el.claims[0] == "解除我与孔建国的收养关系"
    assert el.amount_claimed == 65000


def test_a_letters_prose_demand_with_a_stated_total():
    text = ("尊敬的西宁市城中区人民法院：\n"
            "我叫祁玉兰，女，1979年2月15日出生，汉族，住青海省西宁市城中区南大街17号，身份证号码630102197902150024。\n"
            "我要起诉的是我家楼上的住户马建平（男，1983年10月6日出生），住青海省西宁市城中区南大街17号3单元501室。\n"
            "2024年3月，马建平家卫生间的水管破裂，水漏到我家，把我家的吊顶、木地板和衣柜都泡坏了。我找他好几次，他就是不管。"
            "我请人修了吊顶花了6400元，换地板花了9800元，衣柜修理1260.5元，都有发票。\n"
            "他家漏水把我家泡坏了，他应当赔我。所以请求法院判令马建平赔偿我修理吊顶、地板和衣柜的费用共计17460.5元，"
            "诉讼费由他承担。\n此致\n敬礼！\n起诉人：祁玉兰\n2024年5月6日\n")
    el = extract(text)
    assert el.amount_claimed == 17460.5
