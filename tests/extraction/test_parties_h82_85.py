"""Party rules from the holdout78-85 dev misses, each checked on a snippet of its own."""
from courtdoc.extraction import extract


def _complaint(parties: str, title: str = "民事起诉状") -> str:
    return (f"{title}\n{parties}"
            "诉讼请求：\n1、判令被告支付欠款6300元；\n2、诉讼费由被告承担。\n"
            "事实与理由：被告欠款至今未还，多次催要无果。\n此致\n某某区人民法院\n2025年5月6日\n")


def test_applicant_headings_of_a_complaint_are_its_plaintiff_and_defendant():
    text = _complaint("申请人：邝秀珍，女，1962年4月3日生，汉族，住广东省佛山市禅城区汾江中路12号。\n"
                      "被申请人：佛山市悦动体育发展有限公司，地址佛山市禅城区季华五路30号。\n",
                      title="起 诉 书")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"邝秀珍": "原告", "佛山市悦动体育发展有限公司": "被告"}


def test_an_application_keeps_its_applicant():
    text = ("申请书\n"
            "申请人：邝秀珍，女，1962年4月3日生，汉族，住广东省佛山市禅城区汾江中路12号。\n"
            "被申请人：邝志明，男，1958年7月1日生，汉族，住广东省佛山市南海区桂城街道南桂东路5号。\n"
            "请求事项：宣告被申请人邝志明为限制民事行为能力人。\n"
            "事实与理由：被申请人患精神疾病多年，不能完全辨认自己的行为。\n此致\n佛山市南海区人民法院\n2025年5月6日\n")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"邝秀珍": "申请人", "邝志明": "被申请人"}


def test_a_credit_code_run_into_the_seat_label_keeps_the_seat():
    # (a scan's line break lost between the code and "住　所：")
    text = _complaint("原　告：绍兴市越城区恒达纺织有限公司\n"
                      "统一社会信用代码：91330602MA2BC4XT7Q\n"
                      "住　所：浙江省绍兴市越城区灵芝街道解放北路300号\n"
                      "法定代表人：沈立群，该公司经理\n\n"
                      "被　告：嘉兴市南湖区锦程服饰有限公司\n"
                      "统一社会信用代码：91330402MA29LQ8E3N\n"
                      "住　所：浙江省嘉兴市南湖区东栅街道广益路1088号\n"
                      "法定代表人：姚振宇，该公司董事长\n\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes == {"绍兴市越城区恒达纺织有限公司": "浙江省绍兴市越城区灵芝街道解放北路300号",
                     "嘉兴市南湖区锦程服饰有限公司": "浙江省嘉兴市南湖区东栅街道广益路1088号"}


def test_a_scans_gap_inside_an_id_number_after_its_label():
    text = _complaint("原告：袁梓涵，女，1992年3月15日出生，汉族，住广东省深圳市福田区莲花路19号，"
                      "身份证号 44030619920315062 1。\n"
                      "被告：程立波，男，1988年9月21日出生，汉族，住江西省南昌市东湖区八一大道266号，"
                      "身份证号 360102198809211539。\n")
    ids = {p.name: p.id_number for p in extract(text).parties}
    assert ids == {"袁梓涵": "440306199203150621", "程立波": "360102198809211539"}


def test_an_address_written_from_its_town_takes_the_county_another_party_names():
    text = ("我叫卓玛，女，1970年2月3日生，家住青海省海南藏族自治州共和县倒淌河镇元者村一社，身份证号632521197002030028。"
            "我要告同村的李成龙，男，1968年5月6日生，住倒淌河镇元者村三社。\n"
            "他家的牛跑进我家草场吃了青稞，我请求法院判他赔我损失3200元。\n"
            "此致\n共和县人民法院\n起诉人：卓玛\n2025年6月1日\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes["李成龙"] == "青海省海南藏族自治州共和县倒淌河镇元者村三社"
    assert homes["卓玛"] == "青海省海南藏族自治州共和县倒淌河镇元者村一社"


def test_a_village_address_takes_the_prefix_before_that_village():
    text = _complaint("原告：杜长贵，男，1950年11月2日出生，汉族，住陕西省宝鸡市陈仓区虢镇街道北坡村五组8号。\n"
                      "被告：杜小强，男，1976年4月9日出生，汉族，住北坡村五组8号。\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes["杜小强"] == "陕西省宝鸡市陈仓区虢镇街道北坡村五组8号"


def test_a_short_address_in_another_place_stays_as_written():
    text = _complaint("原告：杜长贵，男，1950年11月2日出生，汉族，住陕西省宝鸡市陈仓区虢镇街道北坡村五组8号。\n"
                      "被告：杜小强，男，1976年4月9日出生，汉族，住杨家沟村二组3号。\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes["杜小强"] == "杨家沟村二组3号"


def test_a_town_address_stays_as_written_where_the_fuller_one_starts_at_its_county():
    text = _complaint("原告：韩春生，男，1966年8月1日出生，汉族，住沭阳县胡集镇韩庄村2组11号。\n"
                      "被告：沭阳县胡集镇红星农机维修部，住所地胡集镇人民路21号。\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes["沭阳县胡集镇红星农机维修部"] == "胡集镇人民路21号"
