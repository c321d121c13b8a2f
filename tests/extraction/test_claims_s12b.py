"""A lay letter's claims are the sentence asking the court or the judge: 请法官给我做主，要他们把…还给我 and
恳请法院判某某恢复…，赔…元."""

from courtdoc.extraction import extract


def test_the_judge_asked_to_take_the_writers_side_then_the_ones_sued_told_with_the_lay_yao():
    text = ("尊敬的法官：\n  我叫韦凤英，女，今年58岁，住广西柳州市柳南区潭西街道航银路12号。"
            "我有一台拖拉机，去年租给同村的覃志刚用，说好一年租金一万五千元。\n"
            "  他用了一年一分钱没给，我还替他付了加油站的油钱960元。\n"
            "  请法官替我做主，要他把租金一万五千元和我垫的油钱960元还给我，晚给的还要按合同算违约金（每天千分之三）。\n"
            "                     起诉人：韦凤英\n                     2024年8月2号\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert el.amount_claimed == 15960


def test_the_court_asked_to_order_a_harm_undone_then_a_sum_paid():
    text = ("法官同志：\n我们是安徽省六安市裕安区苏埠镇新桥村5组的村民陶德胜和鲍秀英，是两口子。"
            "村里的汪建平去年在我们的承包地边上挖沟，把地埂挖垮了。\n"
            "恳请法院判汪建平恢复地埂，赔我们损失3000元。\n陶德胜  鲍秀英\n2025年6月\n")
    assert extract(text).amount_claimed == 3000


def test_the_same_ask_in_other_words_a_wall_taken_down_and_a_loss_paid():
    text = ("湖南省邵东市人民法院：\n我叫曾德旺，男，住邵东市廉桥镇石株桥村3组。"
            "邻居曾小林去年砌围墙，占了我家宅基地两米宽，墙倒下来还砸坏了我家的猪栏。\n"
            "希望法院判曾小林拆除占我家地的围墙，赔偿我家猪栏的损失四千五百元。\n曾德旺\n2024年11月\n")
    assert extract(text).amount_claimed == 4500


def test_an_ask_of_the_court_with_no_sum_claims_none():
    text = ("法官同志：\n我叫邹桂兰，女，住江西省吉安市青原区富田镇王家村。"
            "同村的王春生前年借了我家的耕牛，牛病了他还我的时候说赔我1500元，后来他给了。\n"
            "今年他在我家田边挖沟，把田埂挖垮了。\n恳请法院判王春生恢复田埂，把沟填上。\n邹桂兰\n2025年3月\n")
    assert extract(text).amount_claimed is None


def _letter(ask: str) -> str:
    return ("尊敬的法官：\n我叫严秋菊，女，住浙江省衢州市柯城区航埠镇下村。我要告同村的郑国华，"
            "他前年借了我的钱，说好一年还，到现在也没还。\n" + ask + "\n起诉人：严秋菊\n2024年9月\n")


def test_the_court_asked_in_the_humbler_qiu():
    assert extract(_letter("求法官给我做主，让郑国华把借我的12000元还给我。")).amount_claimed == 12000
    assert extract(_letter("我恳求法院让郑国华还我12000元。")).amount_claimed == 12000


def test_the_help_asked_in_the_writers_own_words_before_the_order():
    assert extract(_letter("恳请法官为我主持公道，判郑国华还我一万二千元。")).amount_claimed == 12000
    assert extract(_letter("希望法院帮我讨个说法，让郑国华还我12000元。")).amount_claimed == 12000


def test_the_one_sued_named_at_the_start_of_the_ask():
    assert extract(_letter("让郑国华还我借款12000元，利息按银行的算。")).amount_claimed == 12000
    assert extract(_letter("要郑国华赔我12000元。")).amount_claimed == 12000


def test_a_story_clause_naming_someone_who_paid_the_writer_is_no_claim():
    text = _letter("让村里的调解员给我们说和了两次，他答应还我3000元，后来又不认了。请法院判他还我借款12000元。")
    assert extract(text).amount_claimed == 12000
