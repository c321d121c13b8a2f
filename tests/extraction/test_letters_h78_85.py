"""Letters of the shapes holdout78-85 brought: the filer introduced after those sued, "起诉的人：/被起诉的人：", a home
read from the ID card, those sued one a line, an ID number told after the story, an organisation given with its credit
code, and "我是某村的村民某某"."""


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
