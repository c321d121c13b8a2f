"""Causes fixed by causes11: a landlord who overcharges his tenant for electricity, the power company's own price told
in lay words; asks headed plainly 请求 (snippets written for these tests)."""

from courtdoc.extraction import extract


def test_a_landlords_markup_on_electricity_against_the_power_companys_lay_price_is_the_lease():
    text = ("起诉书\n尊敬的龙岗区人民法院：\n我叫邬小燕，女，住深圳市龙岗区布吉街道甘坑村5栋302房。\n"
            "我告房东黎德旺，男，住深圳市龙岗区布吉街道水径村南二巷6号。\n"
            "2021年5月我租了黎德旺的201房，月租1800元，押金3600元。今年退房后他不退押金。"
            "他的电费一直按一块六一度收，电力公司只收他五毛九，我按电费单算了多给他950元。\n"
            "我的要求：\n1、退还押金3600元；\n2、退还多收的电费950元；\n3、诉讼费由房东出。\n"
            "起诉人：邬小燕\n2024年3月5日")
    el = extract(text)
    assert el.cause_of_action == "房屋租赁合同纠纷"
    assert el.amount_claimed == 4550.0


def test_a_power_company_sued_for_its_own_charge_stays_the_supply_contract():
    text = ("民事起诉状\n原告：国网某县供电公司，住所地某县人民路1号。\n被告：阮大成，男，住某县城关镇东街8号。\n"
            "诉讼请求：\n一、判令被告支付拖欠的电费6200元。\n二、诉讼费由被告负担。\n"
            "事实和理由：原、被告签订供用电合同，原告按约供电，被告拖欠电费至今未付。\n此致\n某县人民法院\n"
            "具状人：国网某县供电公司\n2024年2月1日")
    assert extract(text).cause_of_action == "供用电合同纠纷"


_PLAIN_ASK = ("尊敬的新都区人民法院：\n\n我叫甘德福，男，1968年7月9日出生，身份证号510125196807092417，"
              "住成都市新都区大丰街道三河村7组。我要告的是龙占魁，住成都市金牛区沙湾路12号。\n\n"
              "2023年3月龙占魁找我借钱，说他包的工地要进材料，我把卖房的两万四千元借给了他，讲好半年还。"
              "到期后我去找他好多回，他都说没钱，电话也不接了。\n\n"
              "请求：判决龙占魁给我两万四千元，打官司的钱也让他出。\n\n此致\n敬礼！\n           甘德福\n           2024年3月12日")


def test_asks_headed_plainly_qingqiu_end_the_story_before_them():
    el = extract(_PLAIN_ASK)
    assert el.facts_and_reasons.startswith("2023年3月龙占魁找我借钱")
    assert el.facts_and_reasons.endswith("电话也不接了。")
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.amount_claimed == 24000.0
