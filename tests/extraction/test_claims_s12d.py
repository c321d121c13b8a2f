"""Claims rules generalised from the holdout158-161 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount

_FORM_HEAD = ("民事起诉状\n（劳动争议纠纷）\n"
              "原告（劳动者）\n姓名：钟志勇\n性别：男☑  女□\n出生日期：1990年7月8日\n"
              "住所地（户籍所在地）：江西省赣州市于都县贡江镇长征大道56号\n证件号码：360731199007083318\n"
              "被告（用人单位）\n名称：苏州恒远塑胶制品有限公司\n住所地（主要办事机构所在地）：江苏省苏州市相城区黄埭镇春丰路9号\n"
              "统一社会信用代码：91320507MA1NK3QW2X\n")


def test_form_section_of_facts_and_claims_reads_its_claims_item_only():
    # "诉讼请求和依据" numbering the facts first (pay, hours, arbitration) and the claims as an item of its own
    # ("5.诉讼请求" over "（1）…（2）…"): the sums told in the facts items are no claims
    text = (_FORM_HEAD + "诉讼请求和依据\n"
            "1.劳动合同履行情况\n入职时间：2022年2月14日；工资标准：每月7500元，每月15日发放。\n"
            "2.拖欠工资情况\n被告拖欠原告2024年3月至5月工资共计22500元。\n"
            "3.加班情况\n2024年3月至5月原告延时加班共计60小时，加班工资3900元未付。\n"
            "4.劳动仲裁情况\n原告申请仲裁，仲裁委不予受理，原告不服。\n"
            "5.诉讼请求\n"
            "（1）判令被告支付原告2024年3月至5月工资22500元；\n"
            "（2）判令被告支付原告延时加班工资3900元；\n"
            "（3）本案诉讼费用由被告负担。\n"
            "标的总额：26400元\n"
            "6.请求依据\n《中华人民共和国劳动合同法》第三十条。\n"
            "具状人：钟志勇\n2024年6月3日\n")
    el = extract(text)
    assert el.amount_claimed == 26400.0
    assert not any("入职时间" in c for c in el.claims)


def test_claims_heading_over_items_keeps_all_its_items():
    # a plain claims heading over its numbered items: every item is a claim
    text = (_FORM_HEAD + "诉讼请求\n"
            "1.判令被告支付原告2024年3月至5月工资22500元；\n"
            "2.判令被告支付原告延时加班工资3900元；\n"
            "3.本案诉讼费用由被告负担。\n"
            "事实和理由\n原告于2022年2月14日入职被告处。\n")
    assert _amount(text) == 26400.0


_LETTER_HEAD = ("起诉书\n\n起诉人：马桂英，女，汉族，今年八十一岁，住甘肃省天水市秦安县兴国镇西关村三组。\n"
                "被起诉人：马建军，男，是我大儿子，住址同上。\n"
                "被起诉人：马建国，男，是我二儿子，住天水市秦州区民主西路12号。\n\n")


def test_whole_told_then_each_ones_share_asks_the_whole():
    # "…药费九千元叫他俩出，一个人四千五百元": the whole asked of the children, then the share of each, asks the whole once
    text = (_LETTER_HEAD + "请求事项：\n"
            "一、我今年开春摔断了腿花的药费九千元叫他俩出，一个人四千五百元；\n"
            "二、打官司的钱叫他们出。\n\n"
            "事实和理由：\n我老伴走得早，两个儿子谁也不管我。\n\n此致\n秦安县人民法院\n\n起诉人：马桂英\n2024年5月6日\n")
    assert _amount(text) == 9000.0


def test_sum_asked_of_one_person_alone_still_counts():
    # a sum asked of one of them alone, no whole before it: the sum is claimed
    text = (_LETTER_HEAD + "请求事项：\n"
            "一、叫大儿子一人出我的药费四千五百元；\n"
            "二、打官司的钱叫他们出。\n\n"
            "事实和理由：\n大儿子拿了我的存折。\n\n此致\n秦安县人民法院\n\n起诉人：马桂英\n2024年5月6日\n")
    assert _amount(text) == 4500.0
