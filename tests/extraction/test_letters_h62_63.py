"""Letters of the shapes holdout62/63 brought: a 'report' to the court, a letter typed on a phone, an organisation
sued only by its short name in the claims, a filer described below the signature on one line."""

from courtdoc.extraction import extract

from .samples import parties_by_name as _parties


def test_report_to_the_court_names_reporter_and_reported():
    text = ("关于请求追讨装修尾款的报告\n\n某区人民法院各位领导：\n\n"
            "报告人贝建平，男，1975年3月3日生，身份证号码450103197503030512，住南宁市西乡塘区大学东路12号，系某装饰工作室经营者。"
            "现以本人名义起诉韦小敏，恳请贵院依法立案受理。\n\n一、基本情况\n"
            "被报告人韦小敏，女，1990年6月6日生，住南宁市江南区星光大道8号。\n\n二、欠款经过\n"
            "韦小敏的房子由报告人装修，尾款12000元至今未付。\n\n三、请求事项\n（一）请贵院判令韦小敏支付装修尾款12000元。\n\n"
            "报告人：贝建平\n2026年5月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    parties = {p.name: p for p in el.parties}
    assert parties["贝建平"].role == "原告" and parties["韦小敏"].role == "被告"
    assert parties["韦小敏"].address == "南宁市江南区星光大道8号"


def test_letter_typed_on_a_phone():
    # no punctuation at all: a line a thought, fields on the lines below the name without colons
    text = ("起诉书\n法官你好\n我叫欧阳琪 女 1999年3月8号生的\n身份证430104199903080027\n户口在湖南省长沙市岳麓区望月湖街道8栋\n"
            "现在在深圳打工\n我要告的人叫廖长根 男的 大概五十岁\n身份证号不知道 派出所的笔录上写他住深圳市宝安区新安街道18号\n"
            "事情是这样的\n他开车倒车把我电动车撞了\n我要求他赔我修车费900元\n谢谢法官\n欧阳琪\n2026.4.1")
    parties = _parties(text)
    assert parties["欧阳琪"].id_number == "430104199903080027"
    assert parties["欧阳琪"].address == "湖南省长沙市岳麓区望月湖街道8栋"
    assert parties["廖长根"].role == "被告"
    assert parties["廖长根"].address == "深圳市宝安区新安街道18号"


def test_clauses_between_fields_and_an_office_inside_a_seat():
    text = ("尊敬的法院：\n\n我叫贺兰英，女，1960年1月1日出生，身份证号码430104196001010024，住长沙市开福区湘江路1号。\n\n"
            "我要告三个：\n一个是住我楼上的万小丽，女，三十来岁，租房住的，身份证号我不知道，住长沙市开福区湘江路1号5楼。\n"
            "一个是宋大海，男，六十来岁，是我家隔壁的邻居，住长沙市开福区湘江路3号。\n"
            "另一个是管小区的长沙安居物业管理有限公司，办公地点在长沙市开福区湘江路1号物业服务中心。\n\n"
            "事情经过：楼上漏水把我家淹了。\n我的要求：赔我损失5000元。\n\n具状人：贺兰英\n2026年6月1日")
    parties = _parties(text)
    assert parties["万小丽"].address == "长沙市开福区湘江路1号5楼"
    assert parties["宋大海"].address == "长沙市开福区湘江路3号"
    assert "长沙安居物业管理有限公司" in parties
    assert not any(name.startswith("办公地点") for name in parties)


def test_filer_described_in_the_letter_when_the_blocks_read_only_the_signature():
    text = ("起诉状\n\n我要起诉两方：房东马国强，还有中介公司！\n\n"
            "先说我自己：邱婉清，女，1996年5月5日生，汉族，身份证330106199605050028，户籍地址浙江省杭州市西湖区文三路5号。\n\n"
            "被告一 马国强，男，住杭州市上城区解放路9号。\n被告二 杭州好住房产经纪有限公司，地址在杭州市上城区解放路11号。\n\n"
            "我的要求：\n1. 退还押金3000元。\n\n起诉人：邱婉清\n2026年9月2日")
    filer = _parties(text)["邱婉清"]
    assert filer.role == "原告"
    assert (filer.gender, filer.birth_date, filer.id_number) == ("女", "1996-05-05", "330106199605050028")


def test_organisation_sued_by_its_short_name_filer_below_the_signature():
    text = ("起诉书\n\n尊敬的法官：\n您好！我在成都启明星艺术培训有限公司（以下简称“启明星”）给孩子报了钢琴课，交了学费8800元。"
            "开课一个月老师就换了三次，我要求退费，他们不退。\n我的请求是：\n一、解除我和启明星签订的培训协议；\n"
            "二、启明星退还我学费8800元；\n三、本案诉讼费由启明星承担。\n\n"
            "启明星的地址是四川省成都市武侯区科华北路66号2楼。\n\n此致\n成都市武侯区人民法院\n\n"
            "起诉人：冉秋实\n男，1985年9月9日出生，汉族，身份证号510107198509090517，家住四川省成都市武侯区玉林北路3号\n2026年3月16日")
    parties = _parties(text)
    assert parties["成都启明星艺术培训有限公司"].role == "被告"
    assert parties["成都启明星艺术培训有限公司"].address == "四川省成都市武侯区科华北路66号2楼"
    assert parties["冉秋实"].role == "原告" and parties["冉秋实"].address == "四川省成都市武侯区玉林北路3号"
