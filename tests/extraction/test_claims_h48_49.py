"""Amount rules found on holdout48/49, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_letter_whose_block_ran_over_the_story_asks_the_one_sued_to_pay_after_a_colon():
    # a relative writes the letter for the injured filer: the party block runs on over the story, and the claims are
    # the sums after "我们要求某某赔偿：", the last of them the total
    text = (
        "南岗区人民法院：\n\n"
        "我是刘玉珍的儿子高鹏。我母亲摔伤后一直卧床，这份起诉状是我替她写的，她本人按了手印。\n\n"
        "起诉人（原告）：刘玉珍，女，1951年2月14日生，汉族，退休教师，身份证号230103195102140427，"
        "住哈尔滨市南岗区西大直街118号3单元201。\n"
        "被起诉人（被告）：哈尔滨市鑫福源物业管理有限公司（管我们小区的物业），住所地哈尔滨市南岗区学府路56号，"
        "法定代表人马春生。\n\n"
        "事情经过是这样的：2024年12月2日傍晚，我母亲下楼倒垃圾，单元门口台阶结了一层冰，物业没有撒盐也没有铺垫子。"
        "她脚下一滑摔倒，左手腕着地，送到医大二院，诊断是左桡骨远端骨折，住院十四天。物业的人来看过一回，之后就不管了。\n\n"
        "我们要求物业赔偿：医药费一万二千三百元，护理费四千二百元，交通费三百五十元，营养费八百元，一共是17650元。"
        "诉讼费也应由物业出。\n\n"
        "附：住院病历、医药费发票、台阶结冰照片。\n\n"
        "此致\n敬礼\n\n"
        "原告：刘玉珍（手印）\n代书：高鹏（子）  电话：13904518826\n2025年1月20日\n"
    )
    assert extract(text).amount_claimed == 17650


def test_the_same_sum_to_each_of_several_plaintiffs_is_claimed_for_each():
    # "向三原告各支付…" without a stated total: each of the three is owed the sum, so three times it is claimed
    text = (
        "广东省佛山市南海区人民法院\n民 事 判 决 书\n（2025）粤0605民初15527号\n"
        "原告：梁少芬，女，1970年5月6日出生，汉族，住广东省佛山市南海区桂城街道南五路21号。\n"
        "原告：梁少强，男，1973年8月19日出生，汉族，住广东省佛山市禅城区季华五路33号。\n"
        "原告：梁少萍，女，1976年2月2日出生，汉族，住广东省广州市荔湾区芳村大道中102号。\n"
        "被告：梁少杰，男，1966年11月27日出生，汉族，住广东省佛山市南海区大沥镇沥东村十二巷4号。\n"
        "原告梁少芬、梁少强、梁少萍与被告梁少杰法定继承纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。\n"
        "梁少芬、梁少强、梁少萍向本院提出诉讼请求：1.判令被告向三原告各支付被继承人遗留商铺的折价款135000元；"
        "2.本案诉讼费用由被告负担。事实和理由：被继承人梁伯荣于2022年3月去世，未留遗嘱，商铺由被告占用出租至今。\n"
        "梁少杰辩称：商铺系其出资翻建，应多分。\n"
        "本院经审理认定事实如下：……\n"
    )
    assert extract(text).amount_claimed == 405000


def test_a_numbered_lay_heading_of_its_own_line_without_colon_heads_the_claims():
    # "第二，我要求的事" on a line of its own (the section numbered "第N，", no colon) heads the claims list; the next
    # section "第三，事情经过" ends it
    text = (
        "起诉书（被猫抓伤赔偿）\n"
        "潍坊市奎文区人民法院：\n"
        "第一，告状的人和被告的人\n"
        "原告：房淑琴，女，1958年7月11日生，汉族，住潍坊市奎文区东关街道新华路社区和平小区2号楼1单元301室，"
        "身份证370705195807110521。被告：牛立新，男，1985年10月3日生，住潍坊市奎文区东关街道新华路社区和平小区"
        "2号楼2单元502室，身份证370705198510030613。\n"
        "第二，我要求的事\n"
        "一、要牛立新赔我看病打针的钱2140.8元；\n"
        "二、赔我误工的钱900元，坐车的钱150元；\n"
        "三、诉讼费他出。\n"
        "第三，事情经过\n"
        "2025年2月8日下午，牛立新家的猫从楼道窗台上扑下来，把我右手背抓破了，我去打了狂犬疫苗。"
        "他说猫是散养的不归他管，一分钱没给。只好请求法院依法判决。\n"
        "起诉人：房淑琴\n2025年3月2日\n"
    )
    assert extract(text).amount_claimed == 3190.8


def test_a_letter_signed_at_its_end_asks_the_court_to_order_the_buyer_to_give_the_rest():
    # the writer's own entry last, a telephone line under it: what the letter asks is before the entry,
    # "我要求法院判某某给我剩下的…款…元（…减去已经给的…元）": the net sum given to the filer is claimed
    text = (
        "民事起诉状\n法院：\n\n"
        "我要告马福林欠我的牛钱。\n\n"
        "2024年9月3日，牛贩子马福林到我家牛棚来看牛，看好了12头西门塔尔架子牛，说好每头9800元，总价117600元。"
        "当天他拉走了牛，给了我现金三万元，10月又转账二万五千元，剩下的说卖了牛就给。他在我本子上写了欠条。\n\n"
        "马福林，男，回族，1979年6月15日出生，身份证号622923197906150419，住甘肃省临夏州广河县城关镇滨河路18号，做牲畜贩运生意。\n\n"
        "我要求法院判马福林给我剩下的牛款62600元（117600元减去已经给的55000元），还有从2025年1月1日起到还清为止的利息。\n\n"
        "证据：马福林写的欠条，转账记录。\n\n"
        "起诉人：马秀兰，女，回族，1968年2月20日出生，身份证号622923196802200427，住甘肃省临夏州广河县祁家集镇西坡村3社12号。"
        "电话：13993012876（我女儿的）。\n"
        "2025年3月5日\n"
    )
    assert extract(text).amount_claimed == 62600
