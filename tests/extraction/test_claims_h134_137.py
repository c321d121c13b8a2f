"""Claims amounts: lay headings and asks, sums deducted, valued, split or shared among several plaintiffs (snippets of
our own, not from the dev sets)."""
from courtdoc.extraction import extract

_HEAD = ("起诉状\n原告：罗大山，男，1969年10月4日生，住山东省菏泽市牡丹区吕陵镇东关村。\n"
         "被告：孔庆华，男，1975年2月11日生，住山东省菏泽市牡丹区沙土镇南王庄村。\n")


def test_now_asks_heading_and_deducted_sum_before_balance():
    text = _HEAD + ("去年秋天我给孔庆华家拆旧房，房梁砸下来把我右腿砸断了，住了二十多天院，他只给过三千块钱。\n"
                    "现在要求：\n1．被告赔偿医疗费、误工费、护理费等，扣除他已经给的3000元，还应赔偿肆万壹仟陆佰元（41600元）；\n"
                    "2．诉讼费由被告出。\n此致\n菏泽市牡丹区人民法院\n原告：罗大山\n2024年3月5日\n")
    el = extract(text)
    assert el.amount_claimed == 41600
    assert len(el.claims) == 2


def test_letter_asks_in_closing_sentence_with_judge_help_said_whole():
    text = ("尊敬的法官：\n您好！我叫龚春生，男，1971年6月2日出生，住湖南省衡阳市珠晖区东风路45号。我要告衡阳市鑫达纸箱厂，"
            "他们欠我的工钱不给。\n我2023年在他们厂里做搬运，一直干到年底，老板说年后一起结，后来一直拖着，"
            "算下来还欠我17350元。\n我家里孩子要交学费，请法官替我做主，叫厂里把欠我的17350元工钱还给我。\n"
            "此致\n敬礼！\n写信人：龚春生\n2024年4月2日\n")
    assert extract(text).amount_claimed == 17350


def test_thing_valued_by_the_writer_with_an_is_a_sum_asked():
    text = _HEAD + ("孔庆华家的猪跑进我家菜园，把菜拱了，还把我家院里的电动三轮车撞翻摔坏了。\n"
                    "我的请求：1、孔庆华赔我菜钱860元；2、赔我摔坏的三轮车一辆，按两千三百元算。\n"
                    "此致\n菏泽市牡丹区人民法院\n罗大山\n2024年7月1日\n")
    assert extract(text).amount_claimed == 3160


def test_each_of_plaintiffs_named_by_number_gets_a_share_of_the_estate():
    text = ("民事起诉状\n原告：童玉梅，女，1962年1月8日出生，住江西省南昌市东湖区八一大道20号。\n"
            "原告：童玉林，男，1966年5月3日出生，住江西省南昌市西湖区孺子路11号。\n"
            "被告：童玉山，男，1970年8月9日出生，住江西省南昌市青云谱区井冈山大道6号。\n"
            "诉讼请求：1.依法分割被继承人童德贵名下在中国农业银行的存款95400元，二原告各分得31800元；"
            "2.诉讼费由被告承担。\n事实和理由：父亲童德贵于2022年去世，未留遗嘱，存款一直由被告支取。\n"
            "此致\n南昌市东湖区人民法院\n具状人：童玉梅、童玉林\n2024年9月1日\n")
    assert extract(text).amount_claimed == 63600


def test_half_of_a_whole_given_to_the_filer_counts_the_half_only():
    text = ("起诉书\n海口市美兰区人民法院：\n    我是林海燕，女，1985年4月2日出生，住海口市美兰区海府路66号。我要起诉我前夫陈国平，"
            "住海口市龙华区金贸路18号。\n    我们离婚时他把家里的钱藏起来了，离婚前他取走了9万元存款，还卖了我们的摩托车得了1.2万元。\n"
            "    我请求法院：1.取走的9万元分我一半4.5万元；2.卖车的1.2万元给我一半6000元；3.诉讼费他出。\n"
            "                                   起诉人：林海燕\n                                   2025年3月1日\n")
    assert extract(text).amount_claimed == 51000


def test_court_asked_in_lay_jiao_heading_over_the_list():
    text = ("告状\n法院的同志：\n    我叫钱桂英，今年六十八了，是安徽省阜阳市颍泉区伍明镇钱庄村的农民，身份证号341204195603120428。"
            "我闺女叫李小红，1990年3月4日生，身份证341204199003040326，住安徽省合肥市蜀山区长江西路100号。\n    我一个人在家，闺女几年不回来，也不给钱。\n    我想让法院给我做主：\n"
            "    一、李小红每个月给我生活费500元；\n    二、把前年说好给我又没给的4000元给我；\n"
            "    三、我去年看病花的1900元她得出。\n此致\n阜阳市颍泉区人民法院\n    钱桂英\n    2024年5月6日\n")
    assert extract(text).amount_claimed == 5900


def test_court_asked_to_take_side_then_whom_sued_over_a_list_of_asks():
    text = ("尊敬的法官：\n    我叫陈金凤，女，今年79岁，住四川省南充市顺庆区潆溪镇古井村三组。我有两个女儿，大女儿刘小芳，"
            "住南充市高坪区江东大道8号；二女儿刘小兰，住南充市嘉陵区火花街道32号。\n    我老伴去世后两个女儿谁也不管我，"
            "去年我摔断了手，住院花了五千二百块钱，都是我自己出的。\n    我只能求法官给我做主，我要告我两个女儿：\n"
            "    一、让两个女儿每人每个月给我生活费三百元；\n    二、去年住院花的5200元由两个女儿平摊给我。\n"
            "                                   告状人：陈金凤\n                                   2024年6月1日\n")
    assert extract(text).amount_claimed == 5200


def test_a_list_of_the_ones_sued_after_the_court_asked_is_no_claim_list():
    text = ("尊敬的法官：\n    我叫陈金凤，女，今年79岁，住四川省南充市顺庆区潆溪镇古井村三组。\n"
            "    我只能求法官给我做主，我要告下面两个人：\n    一、刘小芳，住南充市高坪区江东大道8号，欠我12000元；\n"
            "    二、刘小兰，住南充市嘉陵区火花街道32号。\n    她们借我的钱一直不还。\n"
            "    我请求法院：判刘小芳还我12000元。\n                                   告状人：陈金凤\n"
            "                                   2024年6月1日\n")
    assert extract(text).claims == ["判刘小芳还我12000元"]


def test_writer_wants_them_to_give_the_balance_in_a_sentence_of_its_own():
    text = ("告状\n法院：\n我叫马德福，男，1965年2月2日生，住吉林省榆树市五棵树镇前进村。我告收粮的郑宏和他的公司"
            "榆树市丰禾粮贸有限公司，公司在榆树市正阳街88号。\n去年冬天他们收了我家黄豆，一共折款86400元，只给了3万，"
            "剩下的一直不给。\n我要他们一起给我剩下的豆钱伍万陆仟肆佰元（56400元），还有利息按银行的算。\n"
            "求法院给我做主。\n马德福\n2025年4月3日\n")
    assert extract(text).amount_claimed == 56400


def test_court_asked_to_order_payment_right_after_the_total_asks_the_total():
    text = ("我是靖远县北湾镇的刘玉兰，女，1970年5月1日生，身份证620421197005012226，住北湾镇东湾村。我告两家：\n"
            "一个是开车的张得胜，住北湾镇西湾村；一个是给他车上保险的某某财产保险股份有限公司白银中心支公司。\n"
            "今年三月他开车把我撞了，左手骨折。\n我算的账：医疗费一万一千元，护理费三千元，误工费四千二百元，一共一万八千二百元。"
            "请法院判保险公司先赔，不够的让张得胜赔。\n刘玉兰\n2025年6月1日\n")
    assert extract(text).amount_claimed == 18200
