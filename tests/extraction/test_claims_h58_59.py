"""Amount rules found on holdout58/59, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_blunt_heading_line_wanting_the_one_sued_to_pay_opens_the_list_of_sums():
    # "我要他赔：" alone on its line, no 此致: the sums listed under it are the claim, their stated total once
    text = (
        "我要告隔壁开饭馆的！\n\n"
        "我叫汪秀梅，女，1983年4月9日出生，身份证号341102198304092427，住安徽省滁州市琅琊区清流路88号3栋602。\n\n"
        "被告叫丁家宝，男的，五十岁左右，住滁州市南谯区乌衣镇红星村17号。\n\n"
        "他饭馆的油烟管子从我家窗户底下过，去年冬天着了火，把我家空调外机和窗帘都烧了，他说不关他的事。\n\n"
        "我要他赔：\n"
        "空调一台4200元；\n"
        "窗帘和窗框修理1650元；\n"
        "一共5850元。打官司的钱也要他出。\n\n"
        "汪秀梅\n2024年3月2日\n"
    )
    assert extract(text).amount_claimed == 5850


def test_a_heading_asking_the_one_sued_by_name_without_a_subject_after_a_party_block():
    # "要求某某赔：" on its own line after the labelled parties: the party block must not swallow the claims
    text = (
        "起诉状\n\n"
        "原告：石光辉，男，汉族，1985年10月3日出生，身份证362201198510031236，住江西省宜春市袁州区秀江东路12号。\n"
        "被告：邱国庆，男，汉族，1976年6月21日出生，身份证362202197606211917，住江西省宜春市袁州区湛郎村3组。"
        "邱国庆是装修队的老板。\n\n"
        "我去年跟着邱国庆给人家装吊顶，一天260块。今年3月在梯子上摔下来，右脚跟骨折了。\n\n"
        "要求邱国庆赔：\n"
        "医疗费 23410元\n"
        "误工费 15600元\n"
        "护理费 4800元\n"
        "总共43810元。\n\n"
        "此致\n宜春市袁州区人民法院\n\n"
        "原告：石光辉\n2024年7月15日\n"
    )
    assert extract(text).amount_claimed == 43810
