"""Party shapes learnt from the holdout150-153 look, each on a document of our own: a letter to the court that asks it
in plain words to make someone pay, a filer who names only their home, a home told after a mention, a second child
told like the first, a shop named by its sign in the story, an evidence list's table and its filer line, a
service-address form, and a home the writer does not know."""

from courtdoc.extraction import extract

from .samples import party_fields as _people
from .samples import valid_id as _id


def test_a_letter_asking_the_court_to_make_a_neighbour_pay_is_a_complaint():
    text = ("尊敬的法院领导：\n"
            "    我是湖北省襄阳市樊城区人民路25号的住户江秀兰，今年七十一了。楼上的邻居卢志刚家换地板砸坏了水管，"
            "我家厨房的吊顶全塌了，冰箱也泡坏了。物业调解了两次，他就是不赔。修吊顶、买冰箱一共要九千元。\n"
            "    我要求法院让卢志刚把水管修好，赔我损失9000元。\n"
            "                            江秀兰\n                            2025年5月\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["江秀兰"][0] == "原告" and people["江秀兰"][4] == "湖北省襄阳市樊城区人民路25号"
    assert people["卢志刚"][0] == "被告"
    assert el.amount_claimed == 9000


def test_a_parent_asks_the_court_to_judge_the_dog_owner_whose_home_is_told_after_a_mention():
    text = ("尊敬的法官：\n"
            "我叫孙艳，是孙乐乐的妈妈。我儿子孙乐乐今年6岁，2025年3月2号在小区门口被邻居周国栋家的狗咬伤了右手，打了疫苗还缝了3针。\n"
            "后来我们去找周国栋，他家住合肥市蜀山区黄山路66号3栋501，他只给了500块就再也不管了。\n"
            "医疗费和疫苗费一共4300元，扣掉他给的500元，我请求法院判周国栋赔我们3800元。\n"
            "起诉人：孙乐乐（法定代理人：孙艳，母亲）\n2025年4月1日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["周国栋"][0] == "被告" and people["周国栋"][4] == "合肥市蜀山区黄山路66号3栋501"
    assert el.amount_claimed == 3800


def test_a_mothers_second_son_told_like_the_first_is_sued_with_him():
    me = _id("43052119500612302")
    text = ("告状书\n邵东市人民法院：\n"
            f"  我叫龙秀梅，女，今年75岁，身份证{me}，住湖南省邵东市廉桥镇石桥村8组。我要告我的两个儿子不养我。\n"
            "  大儿子叫曾建军，男，住湖南省邵东市廉桥镇石桥村8组12号。二儿子叫曾建华，男，在长沙做装修。\n"
            "  请求法院：判两个儿子每人每月给我生活费400元。\n"
            "                      告状人：龙秀梅（手印）\n")
    people = _people(text)
    assert people["曾建军"][:2] == ("被告", "男")
    assert people["曾建华"][:2] == ("被告", "男")


def test_a_shop_the_story_names_by_its_sign_is_sued_with_its_seat_from_a_line_of_its_own():
    text = ("尊敬的法官：\n"
            "  我叫谭玉珍，女，今年60岁，住重庆市江北区观音桥街道建新北路16号3单元2楼1号。我有一间门面在江北区北城天街8号，"
            "2022年租给江北区老何火锅店（个体工商户，老板叫何大勇）做生意，每月租金五千元。\n"
            "  去年10月起他们就没交房租，一共欠了四个月两万元，今年3月悄悄搬走了。\n"
            "  请法官给我做主，要他们把房租两万元还给我。\n"
            "  被告地址：重庆市江北区北城天街8号\n"
            "                     起诉人：谭玉珍\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["江北区老何火锅店"] == ("被告", None, None, None, "重庆市江北区北城天街8号")
    assert "何大勇" not in people


def test_an_evidence_lists_table_names_no_parties_and_its_filer_line_needs_no_space():
    text = ("证 据 清 单\n案号：（2025）鲁0102民初1188号\n提交人：原告济南鸿运建材有限公司\n"
            "被告：济南市历下区鑫旺装饰店\n"
            "序号 | 证据名称 | 证明内容 | 页码\n"
            "1 | 营业执照 | 原告主体资格 | 1-2\n"
            "2 | 送货单20张 | 原告已供货，被告签收 | 3-22\n"
            "提交人（盖章）：济南鸿运建材有限公司\n2025年6月3日\n")
    people = _people(text)
    assert people["济南鸿运建材有限公司"][0] == "原告"
    assert people["济南市历下区鑫旺装饰店"][0] == "被告"
    assert set(people) == {"济南鸿运建材有限公司", "济南市历下区鑫旺装饰店"}


def test_a_service_address_form_names_its_party_by_standing():
    me = _id("35010219900305102")
    text = ("送达地址确认书\n案号：（2025）闽0102民初771号\n案由：民间借贷纠纷\n"
            f"受送达人：林小燕 女 身份证号：{me}\n诉讼地位：被告\n户籍地址：福建省福州市鼓楼区杨桥中路12号\n"
            "指定送达地址：福州市台江区工业路8号\n受送达人（签名）：林小燕\n2025年2月8日\n")
    el = extract(text)
    assert el.document_type == "其他"
    assert _people(text)["林小燕"] == ("被告", "女", "1990-03-05", me, "福建省福州市鼓楼区杨桥中路12号")
    assert el.cause_of_action == "民间借贷纠纷"


def test_a_home_the_writer_does_not_know_is_no_address():
    text = ("起诉书\n我叫邱永福，男，1970年3月1日生，住江西省赣州市章贡区水东镇7号。\n"
            "我要告的人是：钟老四，男，包工头，五十多岁，住址不清楚，电话158****1111。\n"
            "我的要求：让钟老四还我工钱8000元。\n此致\n赣州市章贡区人民法院\n起诉人：邱永福\n")
    assert _people(text)["钟老四"][4] is None


def test_a_scans_gap_after_the_district_does_not_cut_the_address():
    b = _id("33010519880512311")
    text = ("民事起诉状\n原告：宁波安居房产经纪有限公司，住所地浙江省宁波市海曙区中山西路88号。\n"
            f"被告：邵志明，男，1988年05月12日出生，汉族，住浙江省杭州市拱墅区 米市巷街道香积寺路小区3幢2单元402室，公民身份号码：{b}。\n"
            "诉讼请求：\n1、判令被告支付中介服务费12000元；\n此致\n宁波市海曙区人民法院\n")
    assert _people(text)["邵志明"][4] == "浙江省杭州市拱墅区米市巷街道香积寺路小区3幢2单元402室"


def test_a_titled_letter_hoping_the_court_makes_a_neighbour_repay_names_both_and_the_filers_home():
    text = ("起诉信\n尊敬的法官：\n  我叫蒙丽华，今年五十岁，家住贵州省贵阳市南明区花果园街道湘雅路12号。2024年邻居杨德明在我店里赊了米和油，"
            "一共5200元，写了欠条说年底还，到现在一分没给。\n  希望法院判杨德明还我5200元。\n  蒙丽华\n  2025年3月2日\n")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["蒙丽华"][0] == "原告" and people["蒙丽华"][4] == "贵州省贵阳市南明区花果园街道湘雅路12号"
    assert people["杨德明"][0] == "被告"


def test_two_villagers_writing_as_we_both_file_and_share_their_home():
    text = ("法官同志：\n我们是安徽省六安市裕安区苏埠镇新桥村5组的村民陶德胜和鲍秀英，是两口子。村里的汪建平去年在我们的承包地边上"
            "挖沟，把地埂挖垮了。\n恳请法院判汪建平恢复地埂，赔我们损失3000元。\n陶德胜  鲍秀英\n2025年6月\n")
    people = _people(text)
    home = "安徽省六安市裕安区苏埠镇新桥村5组"
    assert people["陶德胜"][0] == "原告" and people["陶德胜"][4] == home
    assert people["鲍秀英"][0] == "原告" and people["鲍秀英"][4] == home
    assert people["汪建平"][0] == "被告"


def test_a_company_the_court_is_asked_to_order_by_its_short_name_is_the_one_the_story_named_in_full():
    text = ("尊敬的法官：\n我叫白雪梅，女，1990年6月8日生，住吉林省长春市朝阳区红旗街22号。2024年4月我在长春市悦享健身服务有限公司办了一张健身卡，"
            "交了6000元，只去了五个月，今年2月这家店关门了，人也找不到。\n请法院判决悦享公司退还我剩下的3500元。\n白雪梅\n2025年3月1日\n")
    people = _people(text)
    assert people["白雪梅"][0] == "原告"
    assert people["长春市悦享健身服务有限公司"][0] == "被告"


def test_a_home_told_as_the_filers_village_is_no_address():
    text = ("起诉状\n原告：龙秀英，女，侗族，1970年生，住湖南省怀化市通道县双江镇芋头村。\n被告：吴正才，男，60多岁，住同村。\n"
            "去年吴正才家的鸭子进了我的秧田，吃坏了秧苗，损失800元，找他不赔。\n我的要求：让吴正才赔我秧苗钱800元。\n龙秀英\n")
    assert _people(text)["吴正才"][:2] == ("被告", "男")
    assert _people(text)["吴正才"][4] is None


def test_a_letter_that_asks_the_court_to_order_a_neighbour_to_repay_is_a_complaint_with_or_without_a_greeting():
    for text in ("尊敬的法官：\n我叫聂秀莲，女，住江苏省淮安市清江浦区健康路5号。邻居葛小兵借我4000元一直不还。\n"
                 "要法院判葛小兵还我4000元。\n聂秀莲\n",
                 "我叫聂秀莲，女，1966年2月1日生，住江苏省淮安市清江浦区健康路5号。邻居葛小兵借我4000元一直不还，写了借条。\n"
                 "望法院判葛小兵还我4000元。\n聂秀莲\n2025年1月\n"):
        el = extract(text)
        assert el.document_type == "起诉状"
        people = _people(text)
        assert people["聂秀莲"][:2] == ("原告", "女") and people["葛小兵"][0] == "被告"
        assert el.amount_claimed == 4000


def test_a_resident_of_a_district_files_against_the_tenant_the_story_describes_first():
    text = ("尊敬的法官您好！\n我是甘肃省兰州市城关区的居民马玉兰，我2022年把自己的一套房子租给了杨福林住，每月房租1200元，他住到2024年3月"
            "就搬走了，欠我十个月的房租12000元。杨福林是男的，四十来岁，身份证上的地址是甘肃省榆中县城关镇5号。\n"
            "请法官判杨福林给我房租12000元。\n马玉兰\n2024年6月1日\n")
    people = _people(text)
    assert people["马玉兰"][0] == "原告" and people["马玉兰"][4] == "甘肃省兰州市城关区"
    assert people["杨福林"][:2] == ("被告", "男")


def test_a_letter_that_sues_its_landlord_by_what_she_is_names_her():
    for text in ("尊敬的法官：\n我叫覃春生，住广西柳州市城中区文惠路18号。我要起诉房东莫桂兰，她把房子租给我，押金2000元到期不退。"
                 "莫桂兰，女，五十多岁，住柳州市鱼峰区东环路6号。\n我的请求：判莫桂兰退还押金2000元。\n覃春生\n2025年3月\n",
                 "尊敬的法官：\n我叫覃春生，男，1980年2月2日生，住广西柳州市城中区文惠路18号。我要起诉房东邓桂兰，她把房子租给我，"
                 "押金2000元到期不退。\n我的请求：判她退还押金2000元。\n覃春生\n2025年3月\n"):
        el = extract(text)
        assert el.document_type == "起诉状"
        people = _people(text)
        sued = "莫桂兰" if "莫桂兰" in text else "邓桂兰"
        assert people["覃春生"][0] == "原告" and people[sued][0] == "被告"
        assert "房东" not in people


def test_a_shop_or_works_ordered_by_its_sign_is_named_as_the_story_gave_it():
    text = ("尊敬的法官：\n您好！我叫杨秀英，女，苗族，住贵州省黔东南州凯里市大十字街1号。2024年1月我在凯里市一家叫“康源大药房”的药店"
            "买了一盒感冒药，吃了以后全身起红疹，住院花了3600元。\n请求法院判康源大药房赔我医药费3600元。\n杨秀英\n")
    assert _people(text)["康源大药房"][0] == "被告"
    text = ("法院领导：\n  我叫黄春生，男，1970年5月5日生，住广东省清远市清城区横荷街道2号。我在佛山市南海区里水镇永盛五金厂做工，"
            "2024年3月被机器压伤了手，老板只给了三千块就不管了。\n  请求法院判永盛五金厂赔偿医药费、误工费等共计五万元。\n黄春生\n")
    assert _people(text)["佛山市南海区里水镇永盛五金厂"][0] == "被告"


def test_a_company_the_story_sold_to_is_named_without_the_selling():
    text = ("尊敬的法官：\n我叫艾则孜·吐尔逊，男，维吾尔族，1978年8月出生，住新疆阿克苏市英巴扎街道3号。2023年我卖给阿克苏红旗果业有限公司"
            "苹果8吨，货款6万元，公司只付了2万元，剩下4万元一直拖欠。\n请求法院判红旗果业公司支付货款4万元。\n艾则孜·吐尔逊\n2024年5月\n")
    people = _people(text)
    assert people["艾则孜·吐尔逊"][:2] == ("原告", "男")
    assert people["阿克苏红旗果业有限公司"][0] == "被告"


def test_the_home_of_one_sued_told_right_after_the_name():
    text = ("法官：\n我和前夫许强2020年离婚，儿子许乐跟我过，他答应每个月给600块抚养费，可是从去年开始一分钱都没给过。我叫邵晓燕，女，1989年生，"
            "住浙江省台州市椒江区海门街道6号。许强住台州市黄岩区西城街道3号。\n请法院判许强把欠的抚养费7200元给儿子。\n邵晓燕\n2025年2月\n")
    people = _people(text)
    assert people["许强"][0] == "被告" and people["许强"][4] == "台州市黄岩区西城街道3号"
