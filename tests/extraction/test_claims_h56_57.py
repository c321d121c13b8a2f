"""Amount rules found on holdout56/57, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_deposit_less_what_the_tenant_owes_then_the_balance_is_asked_with_the_other_items():
    # "押金…元扣掉我欠的…元，应该退我…元": the deposit is what the deduction is made from, the balance is asked
    text = (
        "起诉状\n\n"
        "原告：吴秋萍，女，1993年4月11日出生，汉族，身份证号350203199304112046，住福建省厦门市湖里区江头街道吕厝路56号。\n"
        "被告：郑宏达，男，1970年8月3日出生，汉族，住福建省厦门市湖里区江头街道吕厝路60号。\n\n"
        "我的要求：\n"
        "1、押金3600元减掉我少交的十天房租600元，他要退我3000元；\n"
        "2、退还多收的水费275元；\n"
        "3、诉讼费由他负担。\n\n"
        "我租他的房子住了一年半，搬走以后押金一直不退，水费每吨多收了两块钱。\n\n"
        "此致\n厦门市湖里区人民法院\n\n起诉人：吴秋萍\n2024年9月9日\n"
    )
    assert extract(text).amount_claimed == 3275


def test_a_bare_heading_line_opens_the_claims_and_their_sum_added_up_is_counted_once():
    # "要求：" alone on a line over the list; "以上加起来…元" totals the item's sums
    text = (
        "起诉状\n\n"
        "原告：罗长顺，男，1982年2月9日生，汉族，农民，身份证号码522122198202091618，住贵州省遵义市桐梓县娄山关街道新站村3组。\n"
        "被告：冯世明，男，1975年6月20日生，汉族，身份证号码522122197506201213，住贵州省遵义市桐梓县海校街道凉风路22号。\n\n"
        "要求：\n"
        "一、被告赔偿医疗费21400元、护理费4500元（我爱人护理了45天，按一天100元算）、误工费9000元，以上加起来34900元；\n"
        "二、这个官司的钱由被告出。\n\n"
        "他喊我去给他家修猪圈，讲好一天220元，墙倒下来把我的脚砸断了。\n\n"
        "此致\n桐梓县人民法院\n\n具状人：罗长顺\n2024年11月2日\n"
    )
    assert extract(text).amount_claimed == 34900


def test_a_price_per_unit_multiplied_in_words_counts_the_product_only():
    # "还剩50次没上，50次乘180元，是9000元": the unit price is a factor of the sum asked
    text = (
        "尊敬的法官：\n"
        "我叫程丽娟，女，1990年7月2日出生，身份证号340104199007021525，住合肥市蜀山区长江西路210号。"
        "我想告合肥悦动体育健身有限公司，地址在合肥市包河区徽州大道66号。\n"
        "我在他们那里买了80次私教课，一共14400元，上了30次教练就离职了，店也关了。\n"
        "我的要求：\n"
        "一、请法院判他们把没上的课的钱退给我，50次乘180元，是9000元；\n"
        "二、打官司的费用也让他们出。\n"
        "程丽娟\n2024年8月1日\n"
    )
    assert extract(text).amount_claimed == 9000


def test_a_numbered_section_asking_what_the_one_sued_is_to_pay_heads_the_claims():
    # "三、要他赔啥" as a line of its own; "两样一共…元" totals the items above
    text = (
        "告状\n"
        "乐都区人民法院：\n"
        "我叫祁永红，是祁国成的女儿，这个状子是我替我爸写的。\n"
        "一、告状的人\n"
        "祁国成，男，1965年3月3日生，身份证号码632123196503030219，家在海东市乐都区碾伯镇东关村5号。\n"
        "二、被告的人\n"
        "赵德山，男，1970年9月9日生，身份证号码632123197009090417，家在海东市乐都区碾伯镇古城路8号。\n"
        "三、要他赔啥\n"
        "1.看病的钱15600元；\n"
        "2.我爸两个月干不了活的钱7200元；\n"
        "两样一共22800元。\n"
        "四、是咋回事\n"
        "赵德山叫我爸去他家修房顶，说好一天260元，房顶上的瓦片碎了，人掉下来摔断了腿。\n"
        "告状人：祁国成\n代写人：祁永红\n2024年5月6日\n"
    )
    assert extract(text).amount_claimed == 22800
