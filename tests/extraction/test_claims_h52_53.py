"""Amount rules found on holdout52/53, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_deposit_the_landlord_keeps_against_the_debt_is_taken_off_and_the_balance_is_asked():
    # "押金2000元我留着抵账": the deduction said after the sum; the balance after it is what the letter asks
    text = (
        "我要告租我门面的何建国！\n"
        "2022年3月他租我在城关镇人民路45号的门面开小吃店，一个月2200元，押金2000元。去年10月起他就不交房租了，"
        "一共欠了6个月，还有我替他交的物业费870元。\n"
        "他叫何建国，男，1987年11月5日生，身份证号430521198711052314，住湖南省邵阳市隆回县城关镇人民路47号。\n"
        "我要求：\n"
        "一、他把欠的6个月房租13200元和我垫的物业费870元给我，押金2000元我留着抵账，他还要给我12070元；\n"
        "二、门面还给我；\n"
        "三、打官司的钱他出。\n\n"
        "此致\n隆回县人民法院\n\n"
        "起诉人：罗桂香，女，1950年2月14日出生，汉族，身份证号430524195002143526，住湖南省邵阳市隆回县城关镇人民路45号。\n"
        "2024年5月20日\n"
    )
    assert extract(text).amount_claimed == 12070


def test_a_blunt_letter_wanting_the_one_sued_to_give_the_sum_back_asks_it():
    # no heading, no 此致: "我就要他把…块钱给我" is the claim
    text = (
        "法院：\n"
        "我叫黄永福，男，1966年3月8日生，身份证450821196603082715，家住平南县大安镇新民村12号。砌砖的。\n"
        "我告包工头莫志坚，男，四十多岁，家在平南县丹竹镇，具体地址不清楚。\n"
        "去年给他砌了两栋楼，说好的工钱一共31000，他只给了13500，还差17500，一拖再拖。\n"
        "我就要他把差我的17500块钱给我。一起干活的人都能作证。\n"
        "黄永福\n2024.6.3\n电话13977512846\n"
    )
    assert extract(text).amount_claimed == 17500


def test_a_grandparents_letter_asking_the_sum_be_paid_to_the_child_asks_it():
    # the sum asked for the child the writer speaks for: "把这…元赔给孩子"
    text = (
        "尊敬的法官：\n"
        "我叫邓秀英，是周小宇的外婆。孩子的爸妈在外地打工，孩子跟我过。\n"
        "孩子的情况：周小宇，男，2017年5月9日出生，身份证号430623201705091238，住华容县章华镇桥东社区5组。\n"
        "要告的是：华容县章华镇阳光托管中心，在章华镇华容大道12号。\n"
        "今年4月孩子在托管中心的楼梯上被挤倒，右脚踝骨折，住院8天。医疗费8120元，护理费1600元，交通费280元，"
        "一共10000元。\n"
        "我就是要求托管中心把这10000元赔给孩子。\n"
        "请法官给我们做主。\n"
        "周小宇的外婆：邓秀英\n2024年6月1日\n"
    )
    assert extract(text).amount_claimed == 10000


def test_a_complaint_written_as_questions_takes_its_claims_from_the_answer_to_what_is_asked():
    text = (
        "起诉书\n"
        "（按问题回答）\n\n"
        "问：起诉人是谁？\n"
        "答：施春梅，女，汉族，1979年7月1日出生，身份证号码350521197907012028，住福建省惠安县螺城镇建设路3号。\n\n"
        "问：你要告谁？\n"
        "答：蔡国庆，男，汉族，五十多岁，住福建省惠安县螺城镇建设路5号。\n\n"
        "问：你请求法院判什么？\n"
        "答：1.判蔡国庆赔偿我房屋修理费7300元、租房费1200元，共计8500元；\n"
        "2.诉讼费由蔡国庆承担。\n\n"
        "问：是什么事？\n"
        "答：蔡国庆家装修时砸穿了我家外墙，墙裂了，我只好租房住了两个月，修墙花了7300元。\n\n"
        "起诉人：施春梅\n2024年8月2日\n"
    )
    assert extract(text).amount_claimed == 8500


def test_a_letters_numbered_section_named_only_as_what_it_asks_holds_the_claims():
    # "三、要求。让某某…赔我…元": the section named 要求 over the claim in prose
    text = (
        "关于被邻居家鹅啄伤要求赔偿的申请\n"
        "盘锦市双台子区人民法院：\n"
        "我叫姜玉芬，女，1958年10月2日出生，身份证211102195810022648，住盘锦市双台子区红旗街道幸福里6号。"
        "现在起诉邻居付长江，男，五十岁左右，住盘锦市双台子区红旗街道幸福里8号。\n"
        "一、经过。2025年3月2日上午，付长江家散养的大鹅冲出院子，把我啄倒在路上，右腿擦伤，手腕扭伤。\n"
        "二、花销。医药费1730元，护理费900元，两项一共2630元。\n"
        "三、要求。让付长江赔我上面的2630元，诉讼费也由他出。\n"
        "找过他几次，他不认账。\n"
        "申请人：姜玉芬\n2025年3月20日\n"
    )
    assert extract(text).amount_claimed == 2630
