"""Cause and charge rules added after the holdout36-37 dev sets, each on a snippet written here (other people, places,
sums and wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import charges


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _charges(text: str) -> list[str]:
    return [name for name, _ in charges(text, 0, len(text))]


def test_a_charge_whose_name_holds_the_word_crime_is_read_whole():
    text = ("被告人周某某，男，1999年3月2日出生。因涉嫌犯帮助信息网络犯罪活动罪于2025年1月6日被刑事拘留。\n"
            "公诉机关指控：被告人周某某明知他人利用信息网络实施犯罪，仍出售其名下银行卡两张，其行为构成帮助信息网络犯罪活动罪。")
    assert _charges(text) == ["帮助信息网络犯罪活动罪"]
    text = "被告人钱某某收购他人盗得的电动车三辆，公诉机关以隐瞒犯罪所得罪提起公诉。"
    assert _charges(text) == ["隐瞒犯罪所得罪"]


def test_the_word_crime_alone_is_no_charge():
    assert _charges("被告人孙某某的行为已构成犯罪，应依法惩处。") == []
    assert _charges("被告人吴某某犯盗窃罪，判处有期徒刑一年。") == ["盗窃罪"]


_NEIGHBOUR_HEAD = ("民事起诉状\n\n原告：欧阳春生，男，1971年10月5日出生，汉族，住江西省上饶市婺源县江湾镇汪口村18号。\n\n"
                   "被告：欧阳春林，男，1975年2月14日出生，汉族，住江西省上饶市婺源县江湾镇汪口村20号。\n\n"
                   "案由：相邻关系纠纷\n\n")


def test_a_labelled_level3_cause_gives_way_to_the_one_child_the_story_is():
    text = _NEIGHBOUR_HEAD + (
        "诉讼请求：\n一、判令被告拆除其在两家之间巷道口修建的围墙，恢复原告家的通行；\n二、诉讼费由被告负担。\n\n"
        "事实与理由：\n原、被告两家前后相邻，原告一家出入村道一直走两家之间的巷道，这是原告家唯一的出路。"
        "2025年5月，被告在巷道口砌了一道围墙，原告一家只能从别人家的菜园绕行，经村委会调解无果。\n\n"
        "此致\n婺源县人民法院\n\n具状人：欧阳春生\n2025年6月9日\n")
    assert extract(text).cause_of_action == "相邻通行纠纷"


def test_a_labelled_level3_cause_with_no_child_told_stays():
    text = _NEIGHBOUR_HEAD + (
        "诉讼请求：\n一、判令被告拆除其紧贴原告窗户搭建的猪圈，停止妨碍原告房屋通风；\n二、诉讼费由被告负担。\n\n"
        "事实与理由：\n原、被告系邻居。2025年4月，被告在原告卧室窗外搭建猪圈，气味难闻，窗户无法打开通风，经调解无果。\n\n"
        "此致\n婺源县人民法院\n\n具状人：欧阳春生\n2025年6月9日\n")
    assert extract(text).cause_of_action == "相邻关系纠纷"


def _lease_judgment(facts: str) -> str:
    return ("浙江省金华市中级人民法院\n民事判决书\n（2025）浙07民终2208号\n"
            "上诉人（原审被告）：义乌市禾悦百货有限公司，住所地浙江省义乌市稠城街道工人北路65号。\n"
            "被上诉人（原审原告）：施海涛，男，1970年6月11日出生，汉族，住浙江省义乌市北苑街道春晗二区7幢。\n"
            "上诉人义乌市禾悦百货有限公司因与被上诉人施海涛租赁合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "一审法院认定事实：" + facts + "\n")


def test_a_stated_lease_of_a_shop_is_the_house_lease():
    facts = ("2022年5月1日，施海涛与禾悦公司签订《门面租赁合同》，约定施海涛将其所有的稠城街道工人北路65号一楼门面"
             "（面积120平方米）出租给禾悦公司经营百货，年租金96000元。禾悦公司自2024年5月起未付租金。")
    assert extract(_lease_judgment(facts)).cause_of_action == "房屋租赁合同纠纷"


def test_a_stated_lease_of_machines_keeps_the_lease():
    facts = ("2023年3月1日，施海涛与禾悦公司签订《叉车租赁合同》，约定施海涛将两台叉车交禾悦公司使用，"
             "月租金6000元。禾悦公司自2024年1月起未付租金。")
    assert extract(_lease_judgment(facts)).cause_of_action == "租赁合同纠纷"


def test_a_window_that_came_down_on_a_car_is_a_falling_object_not_the_management_contract():
    names = ("卢海燕", "青岛嘉禾物业管理有限公司")
    claims = "卢海燕赔偿原告修车费9400元，物业公司承担连带赔偿责任；诉讼费由二被告负担"
    facts = ("2025年4月2日傍晚风很大，原告的电动三轮车停在小区5号楼下，704室卧室的一扇推拉窗连玻璃一起掉下来，"
             "把车棚和车斗都砸坏了。物业公司早知道那扇窗松动，只贴了通知。")
    assert _cue(claims, facts, names) == "物件脱落、坠落损害责任纠纷"


def test_a_fee_owed_to_the_management_company_stays_the_service_contract():
    names = ("青岛嘉禾物业管理有限公司", "卢海燕")
    claims = "被告支付2023年至2024年物业费4320元及滞纳金"
    facts = "被告系小区704室业主，原告为小区提供物业服务。被告以窗户曾掉下来无人修为由拒交物业费。"
    assert _cue(claims, facts, names) == "物业服务合同纠纷"


def test_a_car_hired_while_the_own_was_repaired_does_not_decide_the_cause():
    names = ("成都锦绣园物业服务有限公司",)
    claims = "被告赔偿原告维修费8600元、维修期间租车代步费900元，共计9500元"
    facts = ("2025年6月3日夜里雷雨大风，原告的轿车停在小区车位上，旁边那棵香樟的一根粗枝丫被风刮断，砸在车顶上。"
             "车送修18天，原告只好租车上下班，租车花了900元，有租车合同和发票为证。")
    assert _cue(claims, facts, names) == "林木折断、倾倒、果实坠落损害责任纠纷"


def test_a_car_hired_from_a_hire_firm_stays_the_car_lease():
    names = ("蔡文静", "成都速行汽车租赁有限公司")
    claims = "被告退还押金5000元，并赔偿原告另行租车代步的损失600元"
    facts = "原告向被告租车自驾出游，被告交付的车辆在途中抛锚，原告只得另行租车。被告至今不退押金。"
    assert _cue(claims, facts, names) == "车辆租赁合同纠纷"


def _helper_letter(deal: str) -> str:
    return ("起诉状\n\n原告：马长庚，男，1968年12月9日出生，汉族，农民，身份证号622421196812091713，住甘肃省定西市安定区"
            "内官营镇锦花村五社。\n\n被告：魏家福，男，1972年3月30日出生，汉族，身份证号622421197203301458，住甘肃省定西市"
            "安定区内官营镇锦花村三社。\n\n尊敬的法官：\n我是马长庚的儿子马小军，替我父亲写这份状子。\n"
            "2025年8月5日，魏家福叫我父亲去帮他家砌院墙，" + deal + "。第二天上午，我父亲站在脚手架上砌墙，架板断了，"
            "他从两米多高摔下来，左腿骨折，住院24天，花了医疗费21600元。魏家福只给了3000元就不管了。\n\n"
            "请求法院：\n1．判魏家福赔偿我父亲医疗费、误工费、护理费共31200元；\n2．诉讼费由魏家福出。\n\n"
            "此致\n定西市安定区人民法院\n\n起诉人：马长庚\n2025年10月11日\n")


def test_help_asked_for_but_paid_by_the_day_is_hired_labour():
    assert extract(_helper_letter("说好每天工钱二百五十块，干完一起算")).cause_of_action == "提供劳务者受害责任纠纷"


def test_help_given_for_nothing_stays_the_helpers_case():
    assert extract(_helper_letter("都是一个社的，我父亲没要工钱")).cause_of_action == "义务帮工人受害责任纠纷"
