"""Claims rules generalised from the holdout102-109 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount


def test_heading_asking_what_the_writer_wants_as_a_question():
    # "我到底要什么：" over the list: a lay heading of the claims; "一吨水要6块" is a unit price, no sum asked
    text = ("起诉书\n"
            "起诉人：韦丽萍，女，1992年8月3日出生，身份证号450103199208031522，住广西南宁市青秀区民族大道88号。\n"
            "被起诉人：蒙志刚，男，1970年5月9日出生，住广西南宁市西乡塘区大学东路41号。\n"
            "我究竟要什么：\n"
            "1、退我押金3000块；\n"
            "2、他一吨水要6块，比自来水公司贵一倍，一年多收了我940元，要退给我；\n"
            "3、赔我换锁的钱150元。\n"
            "为什么告他：\n"
            "我租他的房子一年，退房时他说墙脏了不退押金。\n"
            "此致\n南宁市青秀区人民法院\n韦丽萍\n2025年4月2日\n")
    assert _amount(text) == 4090.0


def test_court_asked_as_the_only_way_left_heads_the_list():
    # "…，只能请法院给我做主：\n一、…": the claims listed below the clause
    text = ("起诉书\n"
            "我叫邓福生，男，1950年2月11日出生，身份证号430521195002110519，家住湖南省邵东县廉桥镇石塘村6组。"
            "我要告的是我的二儿子邓建华，男，1978年6月20日出生，住邵东县城宋家塘街道人民路102号。\n"
            "他答应每年给我两千四百块养老，三年没给过。村里调解他不来，只能请法院给我做主：\n"
            "一、叫邓建华把欠我的养老钱七千二百元给我；\n"
            "二、以后每月给我二百元。\n"
            "起诉人：邓福生\n2025年3月1日\n")
    assert _amount(text) == 7200.0


def test_bare_yao_asks_whom_it_sues_with_the_sums_after_the_colon():
    # "我们要他赔：医疗费…元，…以上一共…元": the writer's ask said with a bare 要, the sums on the same line
    text = ("尊敬的法官：\n"
            "我是原告的儿子，替我父亲写这份状子。\n"
            "原告：石永才，男，1962年11月5日生，身份证522601196211050433，住贵州省凯里市大十字街道韶山南路19号。\n"
            "被告：龙德军，男，1975年4月8日生，住贵州省凯里市西门街道营盘东路7号，他是包工头。\n"
            "去年9月我父亲在他的工地上从楼梯上摔下来，小腿骨折，住院21天。\n"
            "我们要他赔：医疗费25400元（扣掉他垫的3000元还差22400元），误工费9000元，护理费4200元，"
            "以上一共35600元。\n"
            "此致\n凯里市人民法院\n原告：石永才\n2025年1月6日\n")
    assert _amount(text) == 35600.0


def test_balance_after_the_losses_and_what_was_paid_asked_with_a_bare_yao():
    # "…，以上合计…元，扣掉已经给的…元，要他们两个一起再赔我…元": the balance is the claim
    text = ("我叫黄德旺，男，1961年4月2日生，身份证号440104196104020316，家住广州市越秀区北京街道文明路66号。"
            "我要告两个：\n"
            "一个是开车撞我的冯志强，男，1995年3月1日生，住广州市海珠区江南大道中180号；\n"
            "还有一个是他的老板曾丽华，女，1980年7月9日生，住广州市天河区体育西路33号。\n"
            "2024年10月我在路口被撞倒，左腿骨折。\n"
            "我的损失：医药费18300元，误工费5000元，护理费2700元，以上合计26000元，扣掉已经给的3000元，"
            "要他们两个一起再赔我23000元。\n"
            "广州市越秀区人民法院\n黄德旺\n2025年1月20日\n")
    assert _amount(text) == 23000.0


def test_claim_request_after_a_comma_heads_the_list_below():
    # "所以我告他们两个，请求：\n1．…": the claims listed below the clause
    text = ("起诉状\n"
            "原告钟海林，男，1966年3月4日生，身份证360721196603040418，江西省赣县区江口镇旱塘村上坪组人。\n"
            "2024年8月我骑摩托车回家，被后面的货车撞倒，右腿骨折。开车的是刘永胜，男，1988年2月2日生，"
            "住赣州市章贡区文清路12号。车是他姐夫谢国华的，谢国华，男，1982年5月5日生，住赣州市南康区蓉江路8号。\n"
            "所以我告他们两个，请求：\n"
            "1．二被告赔偿我医疗费、误工费、护理费、交通费等共计人民币伍万贰仟叁佰元（52300元）；\n"
            "2．诉讼费被告出。\n"
            "此致\n赣州市赣县区人民法院\n钟海林\n2025年2月10日\n")
    assert _amount(text) == 52300.0


def test_total_less_a_payment_in_brackets_asks_the_balance_still_short():
    # "一共…元（他给的…元从里面扣，还差…元）": the balance still short is asked in the total's place, even where
    # the one sued has 利 in his name (no interest terms)
    text = ("尊敬的法官：\n"
            "我叫林秀芳，女，1958年6月1日生，身份证是220102195806010427，家住长春市南关区民康路21号。"
            "我要告邻居王福利，男，六十来岁，住长春市南关区民康路23号。\n"
            "他家的狗去年12月把我咬伤了，我打了疫苗住了院。\n"
            "我请求法院：\n"
            "一、让王福利赔我医药费9800元、护理费2400元、交通费200元，一共12400元（他给的1500元我认，从里面扣，"
            "还差10900元）；\n"
            "二、打官司的钱也让他出。\n"
            "此致\n敬礼！\n起诉人：林秀芳\n2025年2月3日\n")
    assert _amount(text) == 10900.0


def test_appeal_reciting_first_instance_claim_after_its_ground():
    # "一审中，被上诉人以…为由，请求判令…支付…元": an appeal asking no sum disputes the claim it recites
    text = ("上诉状\n"
            "上诉人（一审被告）：成都锦华机电设备有限公司，住所地四川省成都市武侯区武科东一路18号。\n"
            "法定代表人：袁正清，总经理。\n"
            "被上诉人（一审原告）：成都天府商业保理有限公司，住所地四川省成都市高新区天府大道中段500号。\n"
            "法定代表人：贺晓东，执行董事。\n"
            "上诉人不服成都市武侯区人民法院（2024）川0107民初3321号民事判决，现依法提起上诉。\n"
            "上诉请求：1.撤销一审判决，改判驳回被上诉人的全部诉讼请求；2.一、二审诉讼费用由被上诉人承担。\n"
            "事实与理由：\n"
            "一审中，被上诉人以受让应收账款为由，请求判令上诉人支付应收账款380000元。一审判决全部支持，上诉人不服。\n"
            "此致\n四川省成都市中级人民法院\n上诉人：成都锦华机电设备有限公司\n2024年9月2日\n")
    assert _amount(text) == 380000.0


def test_court_asked_for_help_concluding_the_story_heads_the_list():
    # "所以我想请法院帮我：\n1.…": the heading that concludes the story, the claims listed below it
    text = ("起诉书（买车的事）\n\n"
            "法官您好：\n"
            "本人罗志明，男，1987年4月12日出生，身份证号码450103198704120311，住南宁市青秀区金湖路55号。\n"
            "被告是南宁市顺达汽车销售有限公司（地址：南宁市西乡塘区秀厢大道88号）。\n\n"
            "我去年买了他们一台二手车，说好没有泡过水，开了两个月发动机就坏了，修车的说是泡水车。\n\n"
            "所以我想请法院帮我：\n"
            "1.解除买车的合同；\n"
            "2.他们退我车款46000元；\n"
            "3.赔我修车的钱3800元。\n\n"
            "此致\n南宁市青秀区人民法院\n写信人：罗志明\n2025年3月3日\n")
    assert extract(text).amount_claimed == 49800.0
