"""Letters of the shapes holdout74-77 brought: the one sued described in the story while the filer signs below, "我是
退休教师，名叫某某", the property company described before its name, "他1974年…生" after the name, "和某某住一起"."""


from .samples import parties_by_name as _parties


def test_the_one_described_in_the_story_is_sued_when_the_filer_signs_below():
    text = ("法官您好：\n去年冬天，我的老同事何海波说他做生意周转不过来，找我借钱。12月3日我转给他6万元，他写了借条。\n"
            "后来他只还了一万，电话也不接了。\n"
            "何海波，男，1985年7月16日出生，身份证号460105198507160134，住海南省海口市某路105号。\n"
            "我请求法院判他：还我剩下的本金50000元；本案费用他承担。\n此致\n海口市某区人民法院\n\n"
            "写信人（原告）：黎小燕，女，1989年10月29日出生，汉族，身份证号460103198910294420，住海南省海口市某路66号，电话139****6621\n"
            "2024年4月15日")
    parties = _parties(text)
    assert parties["何海波"].role == "被告" and parties["黎小燕"].role == "原告"


def test_occupation_before_the_name_and_company_described_before_its_name():
    text = ("某区人民法院：\n我是退休教师，名叫关淑贤，女，满族，1957年6月25日出生，身份证号220104195706250420，家住长春市某路1166号。"
            "现在把以下三方告到法院：\n一是养狗的邓子博，男，1991年1月13日出生，身份证号220105199101135162，住长春市某路3388号15栋602室；\n"
            "二是他妻子许悦，女，1993年4月2日出生，身份证号220105199304020286，住址同上；\n"
            "三是某某小区的物业，长春市某某物业服务有限公司，住所地长春市某大街1778号，法定代表人邹某。\n"
            "事情经过：我被他家没拴绳的狗咬伤。\n我要求三方共同赔偿医疗费10000元。\n此致\n敬礼！\n关淑贤\n2024年6月20日")
    parties = _parties(text)
    assert "退休教师" not in parties and parties["关淑贤"].role == "原告"
    assert parties["长春市某某物业服务有限公司"].address == "长春市某大街1778号"
    assert not any(name.endswith("的物业") for name in parties)


def test_pronoun_before_the_fields_and_living_with_another_party():
    text = ("尊敬的法官：\n我叫苏守仁，今年七十五了，男，1949年3月17日生，身份证620102194903172316，家住兰州市某路41号。"
            "我要告我的大儿子苏建军，他1975年11月5日生，身份证620102197511050532，住兰州市某路578号9号楼602室。\n"
            "他一分钱不给。\n我的要求：\n一、苏建军每月给我赡养费800元。\n此致\n兰州市某区人民法院\n起诉人：苏守仁\n2024年9月23日")
    parties = _parties(text)
    assert parties["苏建军"].role == "被告" and parties["苏建军"].birth_date == "1975-11-05"
    assert parties["苏建军"].address == "兰州市某路578号9号楼602室"
    text2 = ("我叫严晓雯，女，1988年10月11日生，身份证号码510107198810114063，住成都市某路377号。\n"
             "我今天要起诉两个：一个是养狗的祁志鹏（男，1991年2月25日生，身份证510104199102250711，住成都市某街166号1栋801号），"
             "一个是他女朋友包佳（女，1992年6月3日生，身份证510104199206030823，和祁志鹏住一起，地址同上）。\n"
             "狗咬了我。我要求他们赔我医药费4000元。\n严晓雯\n2024年8月15日")
    assert _parties(text2)["包佳"].address == "成都市某街166号1栋801号"


def test_village_member_clause_he_too_and_a_remark_between_fields():
    text = ("尊敬的某县人民法院法官：\n    我叫常长有，男，今年六十岁（1965年2月18日生），是某县某镇某村三组村民，身份证是411623196502180198，"
            "家住河南省某县某镇某村三组46号。我要告本村的包工头鲁宝山，他也是男的，1971年7月26日生的，身份证411623197107260133，"
            "家住河南省某县某镇某村二组。\n    他叫我去干小工，我从架子上摔下来了。我请求法院判鲁宝山赔我十万元。\n"
            "                                              具状人：常长有（按手印）\n")
    parties = _parties(text)
    assert set(parties) == {"常长有", "鲁宝山"}
    assert parties["常长有"].id_number == "411623196502180198"
    assert parties["鲁宝山"].birth_date == "1971-07-26" and parties["鲁宝山"].address == "河南省某县某镇某村二组"
    text2 = ("关于要回转错的钱的起诉\n海南省某市人民法院：\n本人符美兰，女，1996年3月4日出生，黎族，身份证号码460003199603040489，"
             "户口在海南省某市某路72号，电话136××××5570。\n"
             "对方：王海涛，男，身份证号码460002199112110319（银行回单上查到的姓名，身份证号是派出所协助提供的），住址海南省某市某路11号。\n"
             "我要求：王海涛把我误转给他的10000元还给我，官司费用他出。\n"
             "事情经过：我用手机银行给表哥转钱，选错了联系人，钱转到了王海涛的卡上。他不肯退。\n起诉人：符美兰\n2025年4月1日")
    assert _parties(text2)["王海涛"].address == "海南省某市某路11号"


def test_long_name_introduced_and_the_other_spouse_described_before_the_signature():
    text = ("告状书\n我叫斯琴高娃乐，是个老太太，女，蒙古族，1947年8月12日出生，身份证150105194708120680，户口在内蒙古自治区某旗某嘎查二组。\n"
            "我告我大儿子巴特尔（男，1970年3月4日生，身份证150105197003041175，住呼和浩特市某街128号）。\n"
            "我请求法院：判我儿子每个月给我赡养费800元。\n此致\n某区人民法院\n告状人：斯琴高娃乐（按手印）\n2025年4月3日")
    parties = _parties(text)
    assert parties["斯琴高娃乐"].role == "原告" and not any("老太太" in name for name in parties)
    divorce = ("我想离婚\n\n　　我和廖家辉2013年登记结婚，2014年生了大女儿廖语桐，2019年生了小儿子廖语宸。他喝醉了就打我。要求：\n"
               "　　一、判决我和廖家辉离婚；\n　　二、两个孩子都跟我生活。\n"
               "　　廖家辉的情况：男，1987年12月3日出生，身份证360721198712035112，户籍在江西省某县光明路66号。\n\n"
               "　　　　　　起诉人：邹小梅，女，1989年9月19日生，汉族，身份证360702198909193422，户口地址江西省某市红旗大道38号，电话159****3108。\n"
               "　　　　　　2025年4月1日")
    parties = _parties(divorce)
    assert parties["廖家辉"].role == "被告" and parties["邹小梅"].role == "原告"
    assert parties["邹小梅"].address == "江西省某市红旗大道38号"
    assert "廖语桐" not in parties
