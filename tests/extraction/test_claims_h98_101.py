"""Claims rules generalised from the holdout98-101 misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from .samples import amount_of as _amount


def test_items_above_summed_for_now_is_a_total_not_one_more_sum():
    # "…，以上暂计…元": the items above totalled for now (more to be claimed later), counted once
    text = ("民事起诉状\n\n"
            "原告：欧阳志明，男，汉族，1980年3月22日生，住湖南省株洲市荷塘区新华西路18号。\n"
            "被告：谭家福，男，汉族，1966年7月5日生，住湖南省株洲市芦淞区建设北路9号。\n\n"
            "诉讼请求\n"
            "1.判令被告赔偿原告医疗费23150元、误工费9000元、护理费3600元、交通费250元，"
            "上述各项暂计36000元（后续治疗费待治疗终结后另行主张）；\n"
            "2.本案诉讼费由被告承担。\n\n"
            "事实与理由\n2024年3月，原告受被告雇佣为其搭建仓库，从脚手架上摔下受伤。\n\n"
            "此致\n株洲市芦淞区人民法院\n具状人：欧阳志明\n2024年9月1日\n")
    assert _amount(text) == 36000.0


def test_yi_kuai_after_adding_up_means_together_not_one_yuan():
    # "加一块…元": 一块 after a verb of adding up is "together"; the sum after it totals the items
    text = ("起诉书\n\n"
            "我：甘玉兰 女 1990.2.14出生 身份证510104199002142264\n住：成都市锦江区春熙路东段5号\n\n"
            "房东：卢国栋 男 六十来岁 住成都市青羊区西玉龙街12号\n\n"
            "我租他的房子一个月1500，押金1500，搬走了他不退押金。\n\n"
            "我的要求：\n1 退押金1500，扣掉我欠的燃气费86，剩1414\n"
            "2 退多交的半个月房租750\n合一块2164元\n3 打官司的钱他出\n"
            "甘玉兰\n2025.6.3\n")
    assert _amount(text) == 2164.0


def test_deposit_share_assigned_to_plaintiff_is_a_sum_claimed():
    # money itself (a deposit) assigned to the plaintiff in the division is a sum the plaintiff gets
    text = ("民事起诉状\n"
            "原告：单雅琴，女，1991年6月2日出生，汉族，住江西省九江市浔阳区庐山中路33号。\n"
            "被告：聂文斌，男，1988年10月9日出生，汉族，住江西省九江市濂溪区十里大道108号。\n"
            "诉讼请求：1.判令原告与被告离婚；2.依法分割夫妻共同财产：位于九江市濂溪区十里大道108号的房屋归被告所有，"
            "由被告向原告支付房屋折价款180000元；被告名下工商银行账户内存款的一半即27000元归原告所有；"
            "3.本案诉讼费用由被告负担。\n"
            "事实和理由：原、被告于2015年登记结婚，感情确已破裂。\n"
            "此致\n九江市濂溪区人民法院\n具状人：单雅琴\n2024年5月8日\n")
    assert _amount(text) == 207000.0


def test_ask_pointing_back_at_the_money_listed_above_asks_its_total():
    # "我的损失：…一共…元。\n要求：某某赔我上面的钱": the total closing the list is the sum asked
    text = ("事由：被邻居家的鹅啄伤，要求赔偿\n\n"
            "写状人：葛桂芬，女，1958年3月7日出生，汉族，住江苏省盐城市亭湖区文港南路22号。\n\n"
            "告：葛桂芬的邻居庞永福，男，住江苏省盐城市亭湖区文港南路24号。\n\n"
            "今年4月我在门口晒被子，庞永福家的大白鹅冲过来把我扑倒，手腕骨折。\n"
            "我的损失：\n医疗费2815.40元\n营养费600元\n护理费1200元\n一共4615.40元。\n"
            "要求：庞永福赔我上面的钱；把鹅圈起来。\n"
            "此致\n盐城市亭湖区人民法院\n葛桂芬\n2025年5月20日\n")
    assert _amount(text) == 4615.4


def test_appeal_reciting_claims_made_at_first_instance_with_qisu():
    # an appeal asking only to reverse: the amount in dispute is what was asked "在一审中起诉请求…"
    text = ("民事上诉状\n"
            "上诉人（原审被告）：符海涛，男，1979年8月11日出生，汉族，住海南省海口市美兰区海甸二东路7号。\n"
            "被上诉人（原审原告）：海口恒丰建材有限公司，住所地海南省海口市龙华区金盘路55号。\n"
            "上诉人因与被上诉人保证合同纠纷一案，不服海口市美兰区人民法院（2024）琼0108民初2215号民事判决，现提起上诉。\n"
            "上诉请求：\n1.撤销原判，改判驳回被上诉人的全部诉讼请求；\n2.一、二审诉讼费用由被上诉人负担。\n"
            "事实与理由：\n被上诉人在一审中起诉请求判令上诉人对借款人欠付的货款154000元及利息（以154000元为基数，"
            "按同期贷款市场报价利率计算）承担连带清偿责任，一审法院予以支持，上诉人认为一审认定事实错误。\n"
            "此致\n海南省海口市中级人民法院\n上诉人：符海涛\n2024年8月2日\n")
    assert _amount(text) == 154000.0
