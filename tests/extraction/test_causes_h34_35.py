"""Cause rules added after the holdout34-35 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def test_stated_carriage_of_goods_by_lorry_is_the_road_carriage():
    text = ("广东省佛山市中级人民法院\n民事判决书\n（2025）粤06民终881号\n"
            "上诉人（原审原告）：佛山市禾丰陶瓷有限公司，住所地广东省佛山市禅城区季华五路12号。\n"
            "被上诉人（原审被告）：肇庆快捷货运有限公司，住所地广东省肇庆市端州区信安大道6号。\n"
            "上诉人佛山市禾丰陶瓷有限公司因与被上诉人肇庆快捷货运有限公司运输合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "禾丰公司上诉请求：改判快捷公司赔偿货物损失63000元。事实和理由：禾丰公司将瓷砖交快捷公司托运，"
            "托运单载明由粤H3K215号厢式车承运，车辆在运输途中追尾，瓷砖大部分碎裂。\n")
    assert extract(text).cause_of_action == "公路货物运输合同纠纷"


def test_stated_carriage_with_no_lorry_told_stays_the_family():
    text = ("湖南省长沙市中级人民法院\n民事判决书\n（2025）湘01民终402号\n"
            "上诉人（原审原告）：长沙市金穗米业有限公司，住所地湖南省长沙市望城区金星北路3号。\n"
            "被上诉人（原审被告）：湖南迅达物流有限公司，住所地湖南省长沙市雨花区劳动东路18号。\n"
            "上诉人长沙市金穗米业有限公司因与被上诉人湖南迅达物流有限公司运输合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "金穗公司上诉请求：改判迅达公司返还多收的运费8800元。\n")
    assert extract(text).cause_of_action == "运输合同纠纷"


def test_worker_paid_by_the_day_hurt_at_the_work_asks_the_one_he_worked_for():
    facts = ("2024年7月，被告钟德才承包了镇上一家超市的外墙翻新，叫我去刷涂料，讲好一天二百六十块，干完一起结。8月3日我在"
             "脚手架上刷墙，脚手架的扣件松了，我从两米多高跌下来，左手腕骨折，在县医院住院18天，花了医疗费两万多元。")
    assert _cue("判被告钟德才赔偿我医疗费、误工费、护理费共计46000元", facts) == "提供劳务者受害责任纠纷"


def test_damages_asked_as_one_sum_after_the_items_told():
    facts = ("2023年9月，被告黎光明家翻修猪圈，请我去砌砖，每天工钱240元。9月12日我站在木梯子上砌墙，梯子一滑我摔在地上，"
             "右腿骨折，医疗费、误工费、护理费加起来五万多元，被告只给了五千元。")
    assert _cue("请求判令被告赔偿我四万五千元", facts) == "提供劳务者受害责任纠纷"


def test_help_given_for_nothing_stays_the_helpers_cause():
    facts = ("2024年4月，邻居被告请我去帮他家收玉米，讲好不要工钱，中午管一顿饭。我在他家房顶上晒玉米时踩空摔下来，"
             "腰椎骨折，花了医疗费三万元。")
    assert _cue("判令被告赔偿医疗费、误工费等共计52000元", facts) == "义务帮工人受害责任纠纷"


def test_unpaid_wages_for_days_worked_are_no_injury():
    facts = "2024年5月被告叫我到他承包的工地上干活，讲好一天三百元，干了40天，被告只给了4000元。"
    assert _cue("判令被告支付工钱8000元", facts) != "提供劳务者受害责任纠纷"


def test_an_iou_written_for_wages_is_still_the_wages():
    facts = ("2022年6月到2023年2月，我在被告开的石料厂里开装载机，讲好每月5500元，过年前结清。厂子停工后老板盘算下来还欠我"
             "19800元，给我打了一张欠条，盖了公司的公章，说三个月内付清，到现在一分没给。")
    assert _cue("判令被告支付拖欠的工资19800元及利息", facts, ["晋城市鼎盛石料有限公司"]) == "追索劳动报酬纠纷"


def test_an_iou_for_money_lent_stays_a_loan():
    facts = "2023年3月被告向我借了3万元做生意，写了借条，约定半年还清，到期后分文未还。"
    assert _cue("判令被告偿还借款30000元及利息", facts) == "民间借贷纠纷"


def test_engagement_gifts_asked_back_where_the_couple_never_lived_together():
    facts = ("2022年腊月经亲戚介绍，我儿子和被告之女订了亲，按本地习俗给了彩礼六万六千元和一对金手镯。后来女方提出分手，"
             "两人没有领结婚证，也没有在一起生活过。")
    assert _cue("判令被告返还彩礼66000元，金手镯折价8000元", facts) == "婚约财产纠纷"


def test_a_couple_who_lived_together_unmarried_share_what_they_bought():
    facts = "原告与被告2019年起住在一起，一直没有领结婚证，同居期间共同出资购买了一辆轿车，现双方已分开。"
    assert _cue("判令分割同居期间共同购买的轿车，被告折价补偿原告5万元", facts) == "同居关系析产纠纷"


def test_a_familys_own_house_let_out_to_a_builder_is_a_village_house_built():
    facts = ("2021年3月，原告将自家三层砖混住房的主体工程承包给被告施工，包工包料，约定每平方米1080元。被告完工后，"
             "原告发现三楼楼板有裂缝、卫生间防水层渗漏，双方为工程款和返修发生争执。")
    assert _cue("判令被告返修房屋或赔偿返修费用3万元", facts) == "农村建房施工合同纠纷"


def test_a_flats_fitting_out_stays_the_renovation():
    facts = "2023年5月原告将其位于某小区的住房交给被告装修，半包，约定装修款6万元，完工后卫生间防水层渗漏。"
    assert _cue("判令被告赔偿返修费用12000元", facts) == "装饰装修合同纠纷"


def test_savings_paid_out_to_someone_else_and_the_bank_asked_to_pay():
    facts = ("2021年4月我在被告的营业网点存了两年定期，存款八万元，拿到一张存折。今年我去取钱，才知道存款去年已被他人持"
             "伪造的身份证明办理挂失后全部支取，我从未挂失过。")
    assert _cue("判令被告支付存款本金80000元及利息", facts) == "储蓄存款合同纠纷"


def test_a_deposit_left_by_the_deceased_shared_by_heirs_stays_succession():
    facts = "父亲2022年去世，未留遗嘱，留有银行定期存款12万元，由被告保管存折，原、被告均为法定继承人。"
    assert _cue("判令依法继承父亲遗留的存款12万元，原告分得4万元", facts) == "法定继承纠纷"


def test_a_lay_heading_for_the_story_is_the_facts():
    text = ("起诉状\n起诉人欧阳德顺，男，1952年3月9日生，汉族，身份证号431022195203090019，住湖南省郴州市宜章县梅田镇新塘村。\n"
            "被起诉人刘细满，男，汉族，身份证号431022197811230034，住宜章县梅田镇新塘村，跟我家是前后屋。\n"
            "要求：\n一、让刘细满把他砌在我家屋后小路上的围墙拆掉；\n二、诉讼费归他。\n"
            "原因：我家出门去村道只有屋后这一条小路，是进出的唯一通道，走了三十多年。去年刘细满说路是他家的，"
            "在小路口砌了一道砖墙，我家人只能翻别人的菜地出门。\n此致\n宜章县人民法院\n起诉人：欧阳德顺\n2024年6月3日\n")
    el = extract(text)
    assert el.facts_and_reasons.startswith("我家出门去村道只有屋后这一条小路")
    assert el.cause_of_action == "相邻通行纠纷"


def test_a_letters_story_before_its_claims_lead_in_is_the_facts():
    text = ("新城区人民法院：\n"
            "我是原告田雨桐（女，2016年8月2日出生，身份证号150102201608020027，住内蒙古自治区呼和浩特市新城区丰州路8号）"
            "的父亲田志宏，由我替孩子起诉。\n"
            "我们告的是同楼的包海龙（男，1981年5月6日出生，身份证号150102198105060012，住同楼3单元101室）。\n"
            "今年5月2日傍晚，孩子在楼下玩，包海龙养的一条黑色大狗没拴绳，扑过来把孩子右手咬破了，当晚就去打了狂犬疫苗。\n"
            "所以我们请求：包海龙赔偿医疗费2600元、交通费180元，共计2780元；诉讼费由他承担。\n"
            "法定代理人：田志宏（孩子父亲）\n2024年5月20日\n")
    el = extract(text)
    assert el.facts_and_reasons.startswith("今年5月2日傍晚")
    assert el.cause_of_action == "饲养动物损害责任纠纷"


def test_a_lay_loan_story_with_no_loan_word_is_a_loan():
    facts = "前年冬天表弟两口子开修车铺，找我借了4万元，说一年就还，到现在一分钱没还，电话也不接。"
    assert _cue("判他们还我4万元", facts) == "民间借贷纠纷"
    assert _cue("判令被告还我一万五千元", "2022年被告说要给孩子交学费，借了我一万五千块，一直拖着不还。") == "民间借贷纠纷"


def test_a_thing_borrowed_or_a_banks_loan_is_no_private_loan():
    assert _cue("判令被告归还三轮车", "2023年被告借了我的三轮车去拉菜，一直没还。") != "民间借贷纠纷"
    facts = "被告向原告借款30万元用于经营，签订了借款合同，到期未还。"
    assert _cue("判令被告偿还借款本金及利息", facts, ["中国建设银行股份有限公司某支行", "吴某"]) == "金融借款合同纠纷"
