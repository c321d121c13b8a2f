"""Amount rules found on holdout54/55, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_letter_without_punctuation_asks_the_court_on_a_line_of_its_own_then_numbers_its_lines_bare():
    # "我要求法院" alone on its line is the claims heading; "1 判…" / "2 要他…" are items numbered with a bare digit
    text = (
        "起诉\n\n"
        "法官你好\n"
        "我叫王丽萍 女的 1988年3月12号生 身份证432524198803124528 户口是湖南省新化县洋溪镇石桥村五组 现在在中山市小榄镇做事\n\n"
        "我告的是包工头 叫周大勇 男的 五十岁左右 四川人 他住小榄镇永宁社区东区路8号二楼\n\n"
        "我去年3月份跟他在工地上做小工 讲好一天200块 做到今年2月 工钱他一直拖着 只给了生活费 "
        "他写了欠条 欠我的工钱是玖仟贰佰元 9200元\n\n"
        "我要求法院\n"
        "1 判周大勇给我工钱9200元\n"
        "2 我去找他要钱坐车吃饭花了 要他出路费600元\n"
        "3 打官司的钱他出\n\n"
        "求法官帮帮我 谢谢\n\n"
        "王丽萍（按手印）\n"
        "2024年5月6日\n"
    )
    assert extract(text).amount_claimed == 9800


def test_bare_numbers_in_a_story_line_are_no_items():
    # a digit and a space inside a sentence ("做了 3 个月") opens no item: the list numbered 1、2、 is read as before
    text = (
        "起诉状\n"
        "原告：韩志军，男，1980年6月2日出生，身份证号码410522198006021518，住河南省安阳县白璧镇东街12号。\n"
        "被告：郑国栋，男，1976年9月9日出生，住河南省安阳县白璧镇西街3号。\n"
        "诉讼请求：\n"
        "1、判令被告支付原告劳务费15000元；\n"
        "2、本案诉讼费由被告承担。\n"
        "事实与理由：原告为被告装修房屋，做了 3 个月，被告至今未付劳务费。\n"
        "此致\n安阳县人民法院\n具状人：韩志军\n2024年4月1日\n"
    )
    assert extract(text).amount_claimed == 15000
