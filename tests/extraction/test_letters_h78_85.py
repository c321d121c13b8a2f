"""Letters of the shapes holdout78-85 brought: the filer introduced after those sued, "起诉的人：/被起诉的人：", a home
read from the ID card, those sued one a line, an ID number told after the story, an organisation given with its credit
code, and "我是某村的村民某某"."""


from courtdoc.extraction.letters import read_letter
from courtdoc.extraction.provenance import DocText

from .samples import parties_by_name as _parties


def test_filer_introduced_after_the_list_of_those_sued():
    text = ("致某区人民法院：\n\n楼上漏水把我家淹了，协商不成，现起诉下列两方：\n"
            "一、楼上住户 韦大海，男，1975年2月3日生，身份证450103197502031512，住广西南宁市青秀区民族大道88号；\n"
            "二、南宁某某水电安装有限公司，地址南宁市西乡塘区大学路12号。\n\n"
            "我叫蒙丽芳，女，1984年6月9日生，身份证450102198406092043，住广西南宁市青秀区民族大道88号之一702室。\n"
            "2024年5月2日夜里水管爆裂，我家吊顶和地板全部泡坏，损失共计18600元，要求两方共同赔偿。\n蒙丽芳\n2024年6月1日")
    parties = _parties(text)
    assert parties["蒙丽芳"].role == "原告"
    assert parties["韦大海"].role == "被告"
    assert parties["南宁某某水电安装有限公司"].role == "被告"


def test_the_one_who_sues_and_the_one_sued_labelled_in_plain_words():
    text = ("为儿子讨要抚养费\n"
            "起诉的人：程子涵，男，2016年3月2日出生，住江西省九江市某区某路18号，身份证号码360402201603020015。\n"
            "他的妈妈（法定代理人）：刘婷，女，1989年8月1日出生，住处同上。\n"
            "被起诉的人：程伟（孩子父亲），男，1987年10月5日出生，住江西省九江市某县某镇某村5号，身份证号码360421198710050036。\n"
            "我代表儿子请求：让程伟支付拖欠的抚养费6000元。\n此致\n某区人民法院\n2024年5月6日")
    parties = _parties(text)
    assert parties["程子涵"].role == "原告" and parties["程伟"].role == "被告"
    assert "刘婷" not in parties
    assert parties["程伟"].id_number == "360421198710050036"


def test_home_read_from_the_id_card_inside_the_brackets():
    text = ("法官您好：\n我租了房东的房子两年，房东叫麦国强（男，1970年4月4日生，身份证440106197004041234，他身份证上的地址是"
            "广东省广州市天河区体育西路55号），退租后押金6000元一直不退。\n我要求退押金6000元。\n"
            "起诉人：欧阳静，女，1995年1月20日出生，身份证号440105199501201527，户籍广东省广州市海珠区某路3号。\n2024年7月1日")
    parties = _parties(text)
    assert parties["麦国强"].role == "被告"
    assert parties["麦国强"].address == "广东省广州市天河区体育西路55号"


def test_those_sued_described_one_a_line_after_the_claims():
    text = ("请求法院主持公道退还彩礼\n\n我儿子李明（男，1996年2月1日生），经人介绍和赵娜订婚，我们给了彩礼十万元，后来女方悔婚。"
            "我们请求：赵娜、赵大山返还彩礼100000元。\n\n"
            "赵娜，女，1999年3月3日生，身份证130102199903030027，住河北省石家庄市某区某村东街9号。\n"
            "赵大山，男，1970年6月6日生，身份证130102197006060019，住址同上。\n\n"
            "写这个状子的是李明的父亲李建国，男，1968年5月5日生，身份证130102196805050031，住河北省石家庄市某区某村西街3号。"
            "我和儿子一起告。儿子李明的身份证号是130102199602010018，和我住一处。\n\n具状人：李建国  李明\n2024年9月9日")
    parties = _parties(text)
    assert parties["赵娜"].role == "被告" and parties["赵大山"].role == "被告"
    assert parties["赵大山"].address == "河北省石家庄市某区某村东街9号"
    assert parties["李明"].role == "原告" and parties["李建国"].role == "原告"
    # the son's ID told after the story, and his home "with me" the writer's
    assert parties["李明"].id_number == "130102199602010018"
    assert parties["李明"].address == "河北省石家庄市某区某村西街3号"


def test_organisation_given_with_its_credit_code_is_sued():
    text = ("某区人民法院：\n我在2024年3月报名了成都某某职业培训有限公司（成都市武侯区科华北路100号8楼）的会计班，交了学费9800元，"
            "课只上了三次就停了。\n请求法院判令其退还学费9000元。\n"
            "这家公司的统一社会信用代码是91510107MA6C5XXX1X，法定代表人叫周某。\n"
            "起诉人：冉晓雪，女，2000年9月9日生，身份证号码510107200009090026，住四川省成都市武侯区某街7号。\n2024年6月6日")
    parties = _parties(text)
    assert parties["成都某某职业培训有限公司"].role == "被告"
    assert parties["成都某某职业培训有限公司"].address == "成都市武侯区科华北路100号8楼"
    assert "令其" not in parties and parties["冉晓雪"].role == "原告"


def test_company_named_in_the_story_with_its_seat_and_code_is_sued_with_the_people():
    text = ("某县人民法院：\n我是某县某镇某村三组的村民孙有田，男，1960年1月1日生，身份证610722196001011234。"
            "我在网上直播间买了果树苗，主播叫钱多多（男，1990年2月2日生，身份证420503199002021234，住湖北省宜昌市某路1号）。"
            "发货单上写的是宜昌某某苗木有限公司（地址湖北省宜昌市某区某大道9号，统一社会信用代码91420500MA4BXXXX1K）。\n"
            "苗子全是假的。我请求：他们一起退我苗钱5000元。\n孙有田\n2024年8月8日")
    parties = _parties(text)
    assert parties["孙有田"].role == "原告" and parties["孙有田"].address == "某县某镇某村三组"
    assert parties["钱多多"].role == "被告"
    assert parties["宜昌某某苗木有限公司"].role == "被告"
    assert parties["宜昌某某苗木有限公司"].address == "湖北省宜昌市某区某大道9号"


def test_foreman_described_by_whom_he_led_and_the_next_numbered_one():
    text = ("法官您好：\n我叫韦秀兰，是莫建华的妻子，这份状子是我替他写的。\n"
            "原告：莫建华，男，1985年3月3日出生，身份证452122198503031213，户籍广西南宁市某县某村8号。\n"
            "我们要告下面两个：\n"
            "第一个：黄强，男，大概五十岁，是带我老公干活的包工头，住东莞市某镇某路20号（租的房子）。\n"
            "第二个：何德明，男，1970年5月5日出生，身份证号441900197005051216，住广东省东莞市某镇某路9号，他把厂房的活包给了黄强。\n"
            "我老公从架子上摔下来，要求两个被告赔偿医疗费等共计30000元。\n此致\n某市人民法院\n"
            "原告：莫建华（手印）\n代写人：韦秀兰（原告妻子）\n2024年3月3日")
    parties = _parties(text)
    assert parties["黄强"].role == "被告" and parties["黄强"].address == "东莞市某镇某路20号"
    assert parties["何德明"].role == "被告"
    assert parties["莫建华"].role == "原告"
    assert "韦秀兰" not in parties  # who wrote the letter for the filer is no party


def test_scribe_signing_below_is_no_party():
    text = ("起诉书\n我是罗桂英，身份证522601198001011244，是原告杨大山的妻子，他躺在床上签不了字，这份状子是我替他写的。\n"
            "原告：杨大山，男，1978年2月2日生，身份证522601197802021231，住贵州省某县某村二组。\n"
            "被告：陆有才，男，1975年1月1日生，身份证522601197501011216，住贵州省某市某路1号，是包工头。\n"
            "请法院判陆有才赔偿医疗费20000元。\n原告：杨大山（手印）\n代写人：罗桂英\n2024年8月1日")
    parties = _parties(text)
    assert set(parties) == {"杨大山", "陆有才"}


def test_tenant_named_after_the_word_and_home_as_the_id_card_says():
    text = ("尊敬的法官：\n我叫宋桂珍，女，1950年1月5日出生，身份证110105195001053426，住北京市朝阳区某里3号楼1门101号。\n"
            "我要告我的租户孙浩，男，1990年6月生，身份证130628199006120217，身份证上的地址写的是河北省保定市某县某村9号。"
            "他欠我房租半年不交。\n请求判令孙浩支付房租12000元。\n宋桂珍\n2024年5月5日")
    parties = _parties(text)
    assert "孙浩" in parties and "租户孙浩" not in parties
    assert parties["孙浩"].address == "河北省保定市某县某村9号"


def test_numbered_filers_under_a_heading_with_a_remark_all_file():
    text = ("起诉状\n\n尊敬的法官：\n我叫谭志刚，是瓦工班的班长，我代大家写这个状子。\n\n"
            "起诉人（我们两个人一起告）：\n"
            "1. 谭志刚，男，1978年4月4日出生，身份证430502197804041234，户籍湖南省邵阳市某区某村1组。\n"
            "2. 曾小梅，女，1982年8月8日出生，身份证430523198208082226，户籍湖南省邵阳县某镇某村2组。\n\n"
            "被起诉人：苏州某某建筑劳务有限公司，地址江苏省苏州市某区某路88号。\n\n"
            "我们的要求：请判公司付清欠我们两个人的工钱共30000元。\n此致\n某区人民法院\n起诉人：谭志刚  曾小梅\n2025年1月1日")
    parties = _parties(text)
    assert parties["谭志刚"].role == "原告" and parties["曾小梅"].role == "原告"
    assert parties["苏州某某建筑劳务有限公司"].role == "被告"


def test_a_couple_listed_apart_share_the_home_said_once_after_them():
    text = ("起诉状\n我叫宫秀云，退休职工，1960年2月2日出生，身份证号370602196002020446，家住烟台市某区某街1号。我要告三方：\n"
            "第一个，曲建国，男，1980年1月1日出生，身份证号370613198001013598；\n"
            "第二个，王丽丽，女，1982年2月2日出生，身份证号370613198202022627，\n"
            "他俩是两口子，都住山东省烟台市某区某大街9号2单元1101户，家里养了一条狗；\n"
            "第三个，烟台某某物业管理有限公司，地址在山东省烟台市某区某大街9号。\n"
            "狗把我咬伤，我要求三方赔偿5000元。\n此致\n某区人民法院\n宫秀云\n2025年3月3日")
    parties = _parties(text)
    assert parties["曲建国"].address == parties["王丽丽"].address == "山东省烟台市某区某大街9号2单元1101户"


def test_the_letter_itself_is_no_one_sued():
    text = ("告儿子的状子\n法官：\n我叫钱满囤，男的，1945年1月1日生人，身份证620502194501011352，家住甘肃省某县某村3号。"
            "我要告的是我大儿子钱有福，男，1970年1月1日出生，身份证号620502197001012532，户口也在某村3号。\n"
            "他不给我养老钱，这个状子是村上文书帮着写的。\n我要求他每月给我赡养费五百元。\n具状人：钱满囤\n2026年1月1日")
    assert set(_parties(text)) == {"钱满囤", "钱有福"}
    norm = DocText.from_text(text).norm
    assert {pp.party.name for pp in read_letter(norm, 0, len(norm))} == {"钱满囤", "钱有福"}
