"""Party and claim rules added after the holdout25-27 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def _roles(el):
    return sorted((p.role, p.name) for p in el.parties)


# ------------------------------------------------------------------ letters naming whom they sue


def test_letter_sues_several_named_in_one_sentence_attributes_after():
    # "我要告A和他哥B、他嫂子C三个人。A，男，…；B、C跟他住一起": the three named are the 被告, A's clause gives
    # his attributes, the kin words the others' genders, "跟他住一起" their address; the filer keeps his own
    filer, sued = _id("43052419880316041"), _id("43052419930905123")
    text = ("尊敬的邵阳市双清区人民法院：\n"
            f"我叫龙国庆，男，1988年3月16日出生，汉族，身份证号{filer}，家住湖南省邵阳市双清区石桥街道桃花村4组7号。"
            "我要告彭志勇和他哥彭志刚、他嫂子曾小芳三个人。"
            f"彭志勇，男，1993年9月5日出生，身份证号{sued}，住湖南省邵阳市双清区火车站乡新滩村2组；"
            "彭志刚、曾小芳是彭志勇的哥嫂，跟他住一起，身份证号我不清楚。\n"
            "事情是这样的：2023年3月彭志勇找我借钱盖房，我分两次给了他六万元，他哥嫂都在场说一起还。到现在一分没还。\n"
            "我请求法院判他们三个还我六万元，打官司的钱也让他们出。\n"
            "此致\n敬礼！\n起诉人：龙国庆\n2024年10月8日")
    el = extract(text)
    assert _roles(el) == [("原告", "龙国庆"), ("被告", "彭志刚"), ("被告", "彭志勇"), ("被告", "曾小芳")]
    p = _party(el, "龙国庆")
    assert (p.gender, p.birth_date, p.id_number) == ("男", "1988-03-16", filer)
    assert p.address == "湖南省邵阳市双清区石桥街道桃花村4组7号"
    y = _party(el, "彭志勇")
    assert (y.gender, y.birth_date, y.id_number) == ("男", "1993-09-05", sued)
    assert y.address == "湖南省邵阳市双清区火车站乡新滩村2组"
    assert _party(el, "彭志刚").gender == "男" and _party(el, "曾小芳").gender == "女"
    assert _party(el, "彭志刚").address == y.address == _party(el, "曾小芳").address
    assert _party(el, "彭志刚").birth_date is None


def test_letter_sues_one_person_described_in_the_next_sentence():
    # "我要起诉我老婆某某离婚。她是女的，…，住…": the next sentence about 她 holds the attributes; the
    # letter's date under the signature is no one's birth date
    filer, sued = _id("35020319850721003"), _id("35021119870412204")
    text = ("尊敬的法官：\n\n"
            f"我叫郑海波，男，1985年7月21日出生，汉族，身份证号{filer}，家住福建省厦门市思明区莲前西路88号301室。"
            "我要起诉我老婆林雅琴离婚。她是女的，1987年4月12日出生，汉族，"
            f"身份证号{sued}，住福建省厦门市集美区侨英街道兑山村12号，现在在泉州上班。\n\n"
            "我们2012年结的婚，没有孩子。这几年她常年不回家，两人早就没有感情了。\n\n"
            "我的要求是：\n第一，我和林雅琴离婚；\n第二，打官司的钱两人一人一半。\n\n"
            "此致\n厦门市思明区人民法院\n起诉人：郑海波\n2024年5月6日")
    el = extract(text)
    assert _roles(el) == [("原告", "郑海波"), ("被告", "林雅琴")]
    p = _party(el, "郑海波")
    assert (p.gender, p.birth_date, p.id_number) == ("男", "1985-07-21", filer)
    w = _party(el, "林雅琴")
    assert (w.gender, w.birth_date, w.id_number) == ("女", "1987-04-12", sued)
    assert w.address == "福建省厦门市集美区侨英街道兑山村12号"


def test_letter_sues_a_list_under_its_sued_sentence():
    # "我告我三个女儿：\n大女儿某，女，…；\n二女儿某，女，…" (no 要/想 before 告): one 被告 a line, the kin
    # word before each name no part of it
    filer = _id("21010219480302152")
    first, second = _id("21010219720611202"), _id("21010419750923262")
    text = ("起诉状\n\n"
            f"我叫韩德顺，男，1948年3月2日生，今年76岁，身份证号{filer}，住沈阳市和平区南京南街9号2单元201。\n\n"
            "我告我两个女儿：\n"
            f"大女儿韩丽娟，女，1972年6月11日生，身份证号{first}，住沈阳市和平区北五马路17号；\n"
            f"二女儿韩丽萍，女，1975年9月23日生，身份证号{second}，住沈阳市沈河区大西路220号3单元601。\n\n"
            "我老伴走了五年了，我一个人生活，每月退休金一千出头，两个女儿谁都不来看我。\n\n"
            "我的请求：\n一、两个女儿每人每月给我赡养费700元；\n二、打官司的钱她俩出。\n\n"
            "此致\n沈阳市和平区人民法院\n起诉人：韩德顺\n2024年4月2日")
    el = extract(text)
    assert _roles(el) == [("原告", "韩德顺"), ("被告", "韩丽娟"), ("被告", "韩丽萍")]
    assert _party(el, "韩德顺").id_number == filer
    a, b = _party(el, "韩丽娟"), _party(el, "韩丽萍")
    assert (a.gender, a.birth_date, a.id_number, a.address) == ("女", "1972-06-11", first, "沈阳市和平区北五马路17号")
    assert (b.gender, b.birth_date, b.id_number) == ("女", "1975-09-23", second)
    assert b.address == "沈阳市沈河区大西路220号3单元601"


def test_a_laypersons_hukou_zai_is_the_registered_address():
    # "户口在…" is a layperson's 户籍: the address without the words, of kind 户籍地
    text = ("民事起诉状\n"
            "原告：钱小川，男，1979年2月3日出生，汉族，户口在四川省绵阳市涪城区临园路东段41号，现在在成都打工。\n"
            "被告：徐海燕，女，1981年5月9日出生，汉族，住四川省绵阳市游仙区富乐路8号。\n"
            "诉讼请求：\n1.判令被告归还借款20000元；\n2.诉讼费由被告承担。\n"
            "事实与理由：2022年被告向原告借款20000元，至今未还。\n"
            "此致\n绵阳市涪城区人民法院\n具状人：钱小川\n2024年3月1日")
    el = extract(text)
    p = _party(el, "钱小川")
    assert p.address == "四川省绵阳市涪城区临园路东段41号"
    assert [a.kind for a in p.addresses if a.text == p.address] == ["户籍地"]


def test_birth_date_written_sheng_ren():
    # "1975年10月2日生人" (a northern way of saying 出生) is the birth date
    text = ("起诉书\n"
            "原告：乔满仓，男，汉族，1975年10月2日生人，住山西省忻州市忻府区秀容街道七一路5号。\n"
            "被告：乔二虎，男，汉族，1978年4月9日生，住山西省忻州市忻府区奇村镇东街12号。\n"
            "诉讼请求：判令被告偿还借款8000元。\n"
            "事实与理由：被告2023年借原告8000元未还。\n"
            "此致\n忻州市忻府区人民法院\n起诉人：乔满仓\n2024年1月5日")
    el = extract(text)
    assert _party(el, "乔满仓").birth_date == "1975-10-02"
    assert _party(el, "乔二虎").birth_date == "1978-04-09"


def test_signature_date_without_cizhi_is_no_birth_date():
    # no "此致" before the signature: "起诉人：某某" and the date under it sign the complaint, they add no party
    # and the date is nobody's birth date
    text = ("起诉书\n\n"
            "起诉人：吴春生，男，1966年11月2日出生，住广东省潮州市湘桥区西湖路21号。\n"
            "被起诉人：吴春林，男，1969年7月15日出生，住广东省潮州市湘桥区西湖路23号。\n\n"
            "我和吴春林是兄弟，他去年建房占了我家的巷道，我家的车进不去。\n\n"
            "我的要求：\n1、吴春林拆除占用巷道的围墙；\n2、诉讼费由他负担。\n\n"
            "起诉人：吴春生\n2024年6月3日")
    el = extract(text)
    assert _roles(el) == [("原告", "吴春生"), ("被告", "吴春林")]
    assert _party(el, "吴春生").birth_date == "1966-11-02"


def test_shared_id_or_code_row_of_a_table_gives_a_business_its_code_not_an_id():
    # a column table whose row "身份证号/信用代码" holds a citizen's number for the person and a credit code for
    # the 个体工商户: the code is the business's credit code, and an organisation has no ID number
    person = _id("44030519800214061")
    text = ("民事起诉状\n\n"
            "| 项目 | 原告 | 被告 |\n|---|---|---|\n"
            "| 姓名/名称 | 梁志文 | 深圳市南山区粤味轩茶餐厅 |\n"
            "| 性别 | 男 | — |\n"
            "| 出生日期 | 1980年2月14日 | — |\n"
            f"| 身份证号/信用代码 | {person} | 92440300MA5FT2KQ7B |\n"
            "| 住所 | 广东省深圳市南山区桃园路33号 | 广东省深圳市南山区南新路101号 |\n\n"
            "诉讼请求：\n一、被告支付拖欠的货款26000元；\n二、诉讼费由被告承担。\n\n"
            "事实与理由：原告向被告供应食材，被告至今欠款26000元。\n\n"
            "此致\n深圳市南山区人民法院\n起诉人：梁志文\n2024年7月1日")
    el = extract(text)
    shop = _party(el, "深圳市南山区粤味轩茶餐厅")
    assert shop.kind == "organization" and shop.id_number is None
    assert shop.credit_code == "92440300MA5FT2KQ7B"
    assert _party(el, "梁志文").id_number == person


def test_answer_sentence_joining_both_roles_is_no_party():
    # "答辩人与被答辩人系母子关系。" after the entries: a sentence about both parties (the body's first), no entry
    text = ("答 辩 状\n\n"
            "答辩人（被告）：彭志远，男，1968年3月9日生，汉族，住湖北省荆州市沙市区北京中路18号。\n\n"
            "被答辩人（原告）：彭桂英，女，1941年12月1日生，汉族，住湖北省荆州市沙市区江津东路7号。\n\n"
            "答辩人与被答辩人系母子关系。对于被答辩人要求答辩人每月给付赡养费1200元的诉讼请求，答辩意见如下：\n\n"
            "一、答辩人每月已给付母亲生活费500元。\n\n"
            "此致\n荆州市沙市区人民法院\n\n答辩人：彭志远\n2024年5月8日")
    el = extract(text)
    assert _roles(el) == [("原告", "彭桂英"), ("被告", "彭志远")]


# ------------------------------------------------------------------ letters' claims


def test_letter_asking_the_judge_to_order_a_refund_is_its_claim():
    # no claims heading: "恳请法官帮我，判这家店把…元退给我" asks the court for the sum
    text = ("尊敬的法官：\n"
            "您好！我叫陶丽君，女，1990年8月3日出生，住江苏省南京市鼓楼区中山北路205号。\n"
            "我要告的是南京悦动健身服务有限公司，地址在南京市鼓楼区湖南路16号，法人叫简立明。\n"
            "我2023年在这家健身房办了两年卡，交了9600元，才练了半年店就关门了，剩下的钱一直不退。\n"
            "我算了一下，按月折算还剩7200元。恳请法官帮我，判这家公司把7200元退给我，诉讼费也让他们出。\n"
            "此致\n南京市鼓楼区人民法院\n具状人：陶丽君\n2024年5月20日")
    el = extract(text)
    assert el.amount_claimed == 7200.0


def test_letter_asking_the_court_to_order_a_family_to_return_a_total():
    # "我请求法院判他们家把…和…一共…元还给我": the stated total is the sum claimed
    text = ("尊敬的法院：\n"
            "我叫欧阳峰，男，1995年4月6日出生，住湖南省衡阳市衡南县云集镇花桥村6组。"
            "我要告谭小丽和她爸谭长春两个人。谭小丽，女，1997年1月9日出生，住湖南省衡阳市衡南县车江镇青山村2组；"
            "谭长春跟她住一起。\n"
            "2023年订婚时我给了彩礼八万八千块，后来她悔婚了。\n"
            "现在我请求法院判他们家把八万八千块彩礼和一万块三金一共九万八千元还给我，打官司的钱也让他们出。\n"
            "此致\n敬礼！\n起诉人：欧阳峰\n2024年9月1日")
    el = extract(text)
    assert _roles(el) == [("原告", "欧阳峰"), ("被告", "谭小丽"), ("被告", "谭长春")]
    assert _party(el, "谭长春").gender == "男"
    assert el.amount_claimed == 98000.0


def test_letter_signed_without_cizhi_keeps_its_story_and_claims():
    # no "此致": the signature "起诉人：某某（手印）" names the filer again and ends no party block; the story and
    # the claim before it are read
    text = ("起诉书\n\n"
            "法院领导：\n"
            "我叫田秀珍，女，1961年9月30日生，住贵州省贵阳市南明区花果园街道湿地公园9栋1单元502。\n"
            "我要告的人叫罗大勇，男，1975年2月18号生，住贵州省贵阳市南明区花果园街道湿地公园9栋1单元402。\n\n"
            "2024年3月2日我在小区散步，罗大勇家的狗没拴绳，扑上来把我咬伤了，打疫苗和包扎花了医药费2150元，"
            "误工和营养我算了850元，一共是3000元。\n\n"
            "我请求法院判罗大勇赔我这3000块钱，打官司的钱也让他出。\n\n"
            "起诉人：田秀珍（手印）\n2024年4月1日")
    el = extract(text)
    assert _roles(el) == [("原告", "田秀珍"), ("被告", "罗大勇")]
    assert el.amount_claimed == 3000.0
    assert el.claims and "3000" in el.claims[0]


def test_letter_sued_spouse_living_with_the_other_named_by_pronoun():
    # "我想起诉A、B两口子。A，男，…，住X；B，女，…，跟他住一起": 他 is A, so B's address is A's
    text = ("尊敬的法官：\n"
            "我叫秦立新，男，1979年5月2日出生，住河南省洛阳市西工区中州中路12号。我想起诉张德贵、李秀梅两口子。"
            "张德贵，男，1970年3月1日出生，住河南省洛阳市老城区西大街5号；李秀梅，女，1972年6月8日出生，跟他住一起。\n"
            "2022年他们借我五万元一直不还。\n我请求法院判他们把五万元还给我。\n"
            "此致\n洛阳市西工区人民法院\n起诉人：秦立新\n2024年3月3日")
    el = extract(text)
    assert _roles(el) == [("原告", "秦立新"), ("被告", "张德贵"), ("被告", "李秀梅")]
    assert _party(el, "李秀梅").address == "河南省洛阳市老城区西大街5号"
    assert _party(el, "李秀梅").birth_date == "1972-06-08"
    assert el.amount_claimed == 50000.0
