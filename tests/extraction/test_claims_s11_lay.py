"""A lay letter to the judge with no claims heading: its story, then the ask in one closing sentence opening with
要求, the one sued made to pay in a plain word (退/还/交/给/补/赔/付/出), not only the formal 返还/支付/赔偿.
Found by probing with letters of our own."""

from courtdoc.extraction import extract

_LETTER = ("尊敬的法官：\n我叫刘秀兰，女，1968年7月9日出生，身份证号320102196807091223，住江苏省南京市玄武区中山路8号。{f}\n{c}\n"
           "此致\n敬礼\n刘秀兰\n2025年3月2日")


def _amount(facts: str, ask: str) -> float | None:
    return extract(_LETTER.format(f=facts, c=ask)).amount_claimed


def test_a_fee_asked_back_with_the_bare_verb_and_no_subject():
    assert _amount("我要告南京某某房产经纪有限公司（地址南京市鼓楼区湖南路5号）。他们收了我中介费，房子却没租成。",
                   "要求退中介费2800元。") == 2800


def test_the_money_left_on_a_card():
    assert _amount("我要告南京某某美发有限公司（地址南京市秦淮区太平南路3号）。我在店里充了卡，店没开几个月就关了。",
                   "要求退我卡里剩下的钱3650元。") == 3650


def test_a_sum_asked_after_other_things_in_the_same_sentence():
    assert _amount("我要告孙志军（男，住南京市建邺区江东中路9号）。他在网上发帖骂我，说我骗钱，邻居都知道了。",
                   "要求他删帖、赔礼道歉，赔我精神损失2万元。") == 20000


def test_rent_owed_and_the_house_to_be_left():
    assert _amount("我要告周海涛（男，住南京市栖霞区仙林大道12号）。他租我的房子住了两年，后一年一分钱房租没交。",
                   "要求他交欠的房租18000元，搬出我家房子。") == 18000


def test_wages_given_to_the_writer():
    assert _amount("我要告陈建国（男，住南京市江宁区东山街道7号）。我给他干了三个月装修，他一直拖着工钱不给。",
                   "要求他给我工钱9600元。") == 9600


def test_a_sum_made_up_to_the_writer_in_chinese_numerals():
    assert _amount("我要告吴丽（女，住南京市浦口区江浦街道4号）。她是我姐姐，我们一起给妈妈看病，钱都是我出的。",
                   "所以我要求她补我一半的医药费一万二千元。") == 12000


def test_several_sued_told_as_them():
    assert _amount("我要告南京某某装饰工程有限公司和它的老板马军（地址南京市雨花台区软件大道2号）。他们装修的房子漏水，"
                   "楼下找我赔钱。", "要求他们赔我修房子的钱和赔给楼下的钱5400块。") == 5400


def test_the_formal_verbs_still_read():
    assert _amount("我要告赵刚（男，住南京市玄武区北京东路3号）。他借了我的钱不还。", "要求他还我借款30000元。") == 30000
    assert _amount("我要告赵刚（男，住南京市玄武区北京东路3号）。他家的狗咬了我。",
                   "我要求他赔我医药费、误工费一共8千元。") == 8000


def test_a_demand_told_in_the_story_is_not_the_ask():
    # the writer's earlier demand, refused, is history; the letter's own ask is the closing sentence
    assert _amount("我要告郑伟（男，住南京市鼓楼区中央路6号）。他欠我货款。我多次要求他还我5000元，他都拒绝了。",
                   "要求他还我货款5000元和利息600元。") == 5600


def test_the_court_asked_keeps_its_own_reading():
    el = extract(_LETTER.format(f="我要告赵刚（男，住南京市玄武区北京东路3号）。他借了我的钱不还。",
                                c="我请求法院判他还我借款12000元。"))
    assert el.amount_claimed == 12000
    assert el.claims == ["法院判他还我借款12000元"]  # as before the lay ask was read


def test_the_plain_openings_with_whom_the_writer_asks():
    facts = "我要告何小东（男，住南京市六合区雄州街道1号）。我在他店里订了一台冰箱，交了定金，他一直不送货。"
    assert _amount(facts, "希望他退我定金1500元。") == 1500
    assert _amount(facts, "我就想让他把1500元定金还给我。") == 1500
    assert _amount(facts, "要他赔我来回跑的路费和误工费八百块。") == 800


def test_the_loss_to_be_borne():
    assert _amount("我要告杨帆（女，住南京市溧水区永阳街道3号）。她倒车把我家的院墙撞塌了。",
                   "要求她承担修墙的钱6200元。") == 6200



def test_the_ask_in_the_last_clause_of_the_closing_sentence():
    assert _amount("我要告南京某某家政服务有限公司（地址南京市秦淮区中华路10号）。我交了半年保洁费，他们只来了一次。",
                   "我找了他们好几回都不管，所以我要求他们退剩下的保洁费2400元。") == 2400


def test_a_demand_told_mid_paragraph_is_not_the_closing_ask():
    # the clause that asks, its sentence going on in the story, is history: the closing sentence is the ask
    facts = ("我要告钱立（男，住南京市高淳区淳溪街道5号）。他借我8000元，说好年底还。年底我找他，我要求他退我8000元，"
             "他说没钱，后来电话也不接了。")
    assert _amount(facts, "要求他退我借款8000元和利息400元。") == 8400
