"""Causes as holdout126-133 brought them: an old father's own letter with no 诉讼请求 heading, asking his children for
a monthly sum and his hospital bill. Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_fathers_letter_without_a_claims_heading_asking_his_daughters_for_money_is_the_support_money_case():
    text = ("尊敬的永登县人民法院：\n"
            "    我叫马福海，男，今年81岁，家住甘肃省兰州市永登县城关镇柳树村三社。我有两个女儿，大女儿马金花，今年55岁，"
            "住永登县红城镇，小女儿马银花，今年50岁，住兰州市七里河区。\n"
            "    老伴走了三年了，两个女儿谁也不管我，我腿脚不便，前年秋天在县医院住院二十天，花了九千二百元，都是借邻居的钱付的。"
            "村里调解过一次，她们还是不给。\n"
            "    我只好求法院做主，我要告我两个女儿：\n"
            "    一、两个女儿每人每月给我生活费三百元；\n"
            "    二、住院花的九千二百元两人各出一半。\n"
            "                                   告状人：马福海（按手印）\n"
            "                                   2024年4月2日\n")
    assert _cause(text) == "赡养费纠纷"


def test_a_stated_service_contract_for_a_paid_course_is_the_training_contract():
    text = ("民事判决书\n原告：韦思远，男，1999年2月14日出生，汉族，住某市东湖区青山路8号。\n"
            "被告：某市启明星职业技能咨询有限公司，住所地某市高新区科技大道26号。\n"
            "原告韦思远与被告某市启明星职业技能咨询有限公司服务合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。\n"
            "韦思远向本院提出诉讼请求：1.判令被告退还培训费9,600元；2.诉讼费由被告承担。事实和理由：原告报名参加被告的"
            "UI设计就业班，交纳培训费12,800元，开课一个月后被告停课，原告要求退费遭拒。\n")
    assert _cause(text) == "教育培训合同纠纷"


def test_a_stated_service_contract_for_a_nanny_placed_by_an_agency_is_the_domestic_service_contract():
    text = ("民事答辩状\n答辩人（被告）：某市暖心家政服务有限公司，住所地某市江北区建新路66号。\n"
            "被答辩人（原告）：蒋悦，女，1992年5月6日出生，汉族，住某市江北区观音桥街道9号。\n"
            "答辩人就被答辩人诉答辩人服务合同纠纷一案，答辩如下：\n"
            "一、答辩人依约派遣育儿嫂到被答辩人家中服务，服务费每月7800元，服务期间无任何过错。\n"
            "二、被答辩人要求退还全部服务费没有依据，请求驳回。\n此致\n某市江北区人民法院\n答辩人：某市暖心家政服务有限公司\n2024年7月1日")
    assert _cause(text) == "家政服务合同纠纷"
