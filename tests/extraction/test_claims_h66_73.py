"""Claims and amount rules the holdout66-73 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_heading_said_as_what_the_writer_asks_with_de_after_a_run_on_party_block():
    # "我要求的：" a line of its own over the list, in a complaint whose party lines run straight into it
    text = (
        "起 诉 状\n"
        "（我要告装修老板！）\n\n"
        "起诉人：包文静  女  1990年7月3日出生  汉族\n"
        "身份证：320106199007031228\n"
        "户籍地址：江苏省南京市鼓楼区湖南路街道马台街61号2栋503室\n"
        "电话：137 1234 5678\n\n"
        "被起诉人：戚永福，男，四十多岁，电话 139 8765 4321\n"
        "住址：江苏省南京市玄武区玄武门街道北京东路33号4栋1单元801室（他的装修店在别处）\n\n"
        "我要求的：\n"
        "1、退还装修预付款5000元！！\n"
        "2、赔我被他弄坏的地板和橱柜，大约2300元；\n"
        "3、诉讼费他出。\n\n"
        "事情经过：\n"
        "我去年请他装修厨房，他收了钱干了一半就不来了，地板也被他的工人砸坏了。\n"
        "这种老板太欺负人了，请法院给我主持公道。\n\n"
        "此致\n南京市玄武区人民法院\n\n起诉人：包文静\n2025年3月2日\n附：装修合同复印件、转账记录\n"
    )
    el = extract(text)
    assert el.amount_claimed == 7300
    assert el.claims[0].startswith("退还装修预付款5000元")


def test_first_person_heading_after_a_comma_its_colon_ending_the_line():
    # "…，我的要求是：\n一、…": the writer's heading in the last clause of a sentence, the list on the lines below
    text = (
        "尊敬的于都县人民法院法官：\n"
        "我叫肖桂英，女，1961年3月12日出生，身份证是360731196103120528，家住江西省于都县罗坳镇大田村上屋组8号，"
        "不会写字，请村里人帮我写了这封信。\n"
        "我要告的是我隔壁的邻居钟来福，男，六十来岁，住于都县罗坳镇大田村上屋组10号。他家去年盖猪圈，把我家门口"
        "出去的小路占了一半，我拉板车过不去，上个月还在他堆的石头上绊倒，膝盖摔伤，花了一千多块钱。\n"
        "村里调解了两回他都不听，我的要求是：\n"
        "一、叫钟来福把占路的猪圈墙拆了，让我家能正常走路；\n"
        "二、叫钟来福赔我看病的钱和耽误干活的损失一共2600元；\n"
        "三、打官司的钱叫他出。\n"
        "此致\n敬礼\n写信人：肖桂英（按手印）\n2025年5月6日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 2600
    assert len(el.claims) == 3


def test_bracketed_numbered_section_named_as_the_writers_request_its_text_after_a_full_stop():
    # "（三）我的请求。判某某赔偿我…元": a letter told in bracketed sections, the one that asks named as the writer's
    # request and ended with a full stop, the request after it
    text = (
        "关于我家车被楼上花盆砸坏一事的起诉书\n"
        "大连市沙河口区人民法院：\n"
        "本人乔长贵，男，1962年11月8日出生，退休教师，身份证号码210204196211083151，住辽宁省大连市沙河口区"
        "西安路77号2单元601。现将我家车被砸一事向法院说明如下，请求依法处理：\n"
        "（一）对方是谁。花盆的主人是楼上七楼的住户栾桂芝，女，六十来岁，住辽宁省大连市沙河口区西安路77号2单元701。\n"
        "（二）事情经过。2024年8月3日下午，她家窗台上的花盆被风吹落，砸在我停在楼下的轿车上，前挡风玻璃碎了，"
        "机器盖也砸出了坑。物业看了监控，有记录。\n"
        "（三）我的请求。判栾桂芝赔偿我修车费3870元，案件受理费由她负担。\n"
        "附：修车发票1张，物业证明1份，照片4张。\n"
        "起诉人：乔长贵\n"
        "2024年9月2日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 3870
    assert el.claims == ["判栾桂芝赔偿我修车费3870元，案件受理费由她负担"]


def test_a_right_the_contract_gives_told_in_the_narrative_is_no_claim():
    # "逾期未付，原告有权要求一次性支付全部剩余价款": a contract term told in the 诉称, before the list the judgment
    # recites after "请求判令："
    text = (
        "吉林省农安县人民法院\n"
        "民事判决书\n"
        "（2024）吉0122民初2207号\n"
        "原告：农安县金穗农业机械有限公司。住所地：吉林省长春市农安县农安镇黄龙路与兴华街交汇处。\n"
        "法定代表人：邢国良，职务：经理。\n"
        "被告：谭玉山，男，汉族，1972年2月11日生，农民，住吉林省长春市农安县合隆镇陈家店村五屯。"
        "身份证号码：220122197202113319。\n"
        "原告农安县金穗农业机械有限公司（以下简称金穗公司）诉被告谭玉山买卖合同纠纷一案，本院立案后，依法适用简易程序，"
        "公开开庭进行了审理。本案现已审理终结。\n"
        "原告金穗公司诉称：2023年4月，被告从原告处购买收割机一台，总价款210000元，双方约定首付90000元，余款分三期"
        "各付40000元，逾期未付任何一期，原告有权要求一次性支付全部剩余价款，并按剩余价款的10%支付违约金。被告支付首付款后"
        "未付分期款。请求判令：1.被告一次性支付剩余货款120000元及违约金12000元；2.诉讼费由被告承担。\n"
        "被告谭玉山辩称，收割机质量有问题。\n"
        "经审理查明：……\n"
    )
    el = extract(text)
    assert el.amount_claimed == 132000
    assert el.claims[0] == "被告一次性支付剩余货款120000元及违约金12000元"


def test_appeal_recites_first_instance_request_told_as_made_there_without_the_courts_award():
    # an appeal that only asks to reverse: "一审中被上诉人请求判令上诉人支付…元，一审法院判令…元" — the sum in
    # dispute is what was asked at first instance; what the court awarded is no part of it
    text = (
        "上 诉 状\n"
        "上诉人（一审被告）：聂光辉，男，1979年5月14日生，汉族，住河北省石家庄市长安区中山东路265号6栋2单元402室，"
        "身份证号：130102197905141817。\n"
        "被上诉人（一审原告）：温晓雪，女，1990年10月2日生，汉族，住河北省石家庄市桥西区自强路118号3栋1单元901室，"
        "身份证号：130104199010020323。\n"
        "上诉人因买卖合同纠纷一案，不服石家庄市长安区人民法院（2024）冀0102民初5512号民事判决，特提起上诉。\n"
        "上诉请求：\n"
        "1.请求撤销原判，依法改判驳回被上诉人的全部诉讼请求；\n"
        "2.一、二审诉讼费用由被上诉人承担。\n"
        "事实与理由：\n"
        "一审中被上诉人请求判令上诉人返还货款52000元，一审法院判令上诉人返还38000元。上诉人认为货物并无质量问题，"
        "被上诉人拒收没有依据。\n"
        "此致\n石家庄市中级人民法院\n上诉人：聂光辉\n2024年7月9日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 52000


def test_item_whose_next_sentence_opens_its_breakdown_listed_below():
    # "一、判令…赔偿原告各项损失。原告损失如下：\n1.医疗费…元\n…以上共计…元。\n二、…": the full stop does not end
    # the claims where the next sentence opens the item's own list on the lines below
    text = (
        "民事起诉状\n\n"
        "原告：岑海涛，男，1991年8月19日出生，汉族，住广东省佛山市南海区桂城街道南海大道北88号5座1203房，"
        "公民身份号码440605199108192415。\n"
        "被告一：麦志坚，男，1984年3月2日出生，汉族，住广东省佛山市顺德区大良街道清晖路145号3栋702房，"
        "公民身份号码440606198403021937。\n"
        "被告二：中国人民财产保险股份有限公司佛山市分公司，住所地广东省佛山市禅城区季华五路23号。\n"
        "负责人：邝伟强。\n\n"
        "诉讼请求：\n"
        "一、判令被告二在交强险和商业三者险限额内赔偿原告各项损失，不足部分由被告一赔偿。原告损失如下：\n"
        "1.医疗费  18,640.50元\n"
        "2.误工费  12,000元\n"
        "3.护理费  3,600元\n"
        "4.交通费  480元\n"
        "以上共计34,720.50元。\n"
        "二、本案诉讼费用由被告承担。\n\n"
        "事实与理由：\n"
        "2024年2月9日，被告一驾驶小型轿车与原告驾驶的电动自行车相撞，致原告受伤，交警认定被告一负全部责任。\n\n"
        "此致\n佛山市南海区人民法院\n\n具状人：岑海涛\n2024年6月12日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 34720.5
    assert len(el.claims) == 2


def test_whole_then_what_was_done_with_it_then_its_half_asked_back_as_qizhong():
    # "共同存款24万元取出给了其弟弟，请求判令被告返还原告其中的一半即12万元": the whole, what was done with it,
    # then the share asked back; the share is claimed, the whole only tells how it was reckoned
    text = (
        "离婚起诉状\n\n"
        "原告：阎素琴，女，1987年9月9日生，汉族，公民身份号码410102198709090524，住河南省郑州市中原区建设西路"
        "187号6号楼2单元1102室。\n"
        "被告：郜振东，男，1985年4月27日生，汉族，公民身份号码410105198504271238，住河南省郑州市金水区经三路"
        "66号4号楼801室。\n\n"
        "诉讼请求：\n"
        "1.判决原告与被告离婚；\n"
        "2.婚生子由原告抚养，被告每月支付抚养费1,500元至其年满十八周岁；\n"
        "3.依法分割夫妻共同财产；被告于2023年擅自将夫妻共同存款24万元取出给了其弟弟，请求判令被告返还原告其中的一半即12万元；\n"
        "4.本案诉讼费由被告承担。\n\n"
        "事实与理由：\n"
        "原、被告于2013年登记结婚，婚后感情不和，2023年起分居至今，夫妻感情确已破裂。\n\n"
        "此致\n郑州市中原区人民法院\n\n具状人：阎素琴\n2024年3月5日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 120000


def test_an_answers_defence_list_opened_after_the_demand_it_disputes_is_no_breakdown_of_it():
    # "被答辩人诉请答辩人赔偿…元。答辩意见如下：\n一、…": the sentence after the demand opens the respondent's points,
    # not a list of the sums asked; the claims stay the demand
    text = (
        "民事答辩状\n"
        "答辩人：柯德胜，男，1980年12月5日出生，汉族，住福建省莆田市城厢区霞林街道荔城中大道1099号7栋502室，"
        "公民身份号码350302198012051334。\n"
        "被答辩人：翁丽娟，女，1992年6月30日出生，汉族，住福建省莆田市荔城区镇海街道梅园东路56号3栋1201室，"
        "公民身份号码350304199206300425。\n"
        "答辩人就被答辩人诉答辩人产品责任纠纷一案，提出答辩意见如下：\n"
        "被答辩人诉请答辩人赔偿财产损失26500元。答辩意见如下：\n"
        "一、被答辩人无法证明起火的充电器是答辩人出售的产品。\n"
        "二、被答辩人主张的损失没有票据证明。\n"
        "综上，请求法院依法驳回被答辩人的诉讼请求。\n"
        "此致\n莆田市城厢区人民法院\n答辩人：柯德胜\n2024年10月8日\n"
    )
    el = extract(text)
    assert el.claims == ["答辩人赔偿财产损失26500元"]
