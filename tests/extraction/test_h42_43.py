"""Claims and amounts of lay complaints and formal lists, on snippets written for these rules (holdout42/43 misses)."""
from courtdoc.extraction import extract


def test_heading_naming_the_things_asked_heads_the_claims():
    # "…要求的事：" with its items "一是…二是…": the sum the writer settles on is claimed, the monthly keep is not a sum
    text = """起诉书
丹寨县人民法院：
　　起诉人：龙阿妹，女，苗族，1946年8月2日出生，住贵州省丹寨县排调镇羊排村四组7号。
　　被起诉人：龙金华，男，苗族，1972年3月11日出生，住贵州省丹寨县排调镇羊排村四组9号。
　　阿妹老人要求的事：
　　一是龙金华从2025年1月起每个月给老人600元生活费；
　　二是老人去年看病自己出了4800元，要龙金华出一半，就是2400元；
　　三是打官司的钱由龙金华出。
　　事情是这样的：老人的丈夫过世多年，儿子龙金华在外做生意，多年不管老人。
　　　　　　　　　　　　　　　　起诉人：龙阿妹
　　　　　　　　　　　　　　　　2025年2月8日
"""
    el = extract(text)
    assert el.amount_claimed == 2400.0
    assert len(el.claims) == 3


def test_heading_asking_the_court_to_settle_things():
    text = """起诉书

起诉人：
　　郝静，女，1990年5月3日出生，住江西省南昌市东湖区叠山路18号。

被起诉人：
　　南昌星辰舞蹈培训有限公司，地址：江西省南昌市东湖区八一大道66号三楼。

我想请法院帮我解决的事：
　　1、退还孩子没上的30节舞蹈课的学费5400元（每节180元）；
　　2、本案的费用由他们出。

事情的经过：
　　2024年3月我给孩子报了舞蹈班，交了48节课的钱，上了18节机构就关门了。

此致
南昌市东湖区人民法院
　　　　　　　　　　　　起诉人：郝静
　　　　　　　　　　　　2024年11月2日
"""
    el = extract(text)
    assert el.amount_claimed == 5400.0


def test_net_of_an_advance_with_factors_of_a_product_in_brackets():
    # the list's total, less what one defendant advanced, the rest asked; "（20天×100元）" only reckons a sum listed
    text = """民事起诉状
原告：梁志伟，男，1980年4月2日出生，住广东省肇庆市端州区星湖大道5号。
被告：欧阳成，男，1975年6月9日出生，住广东省肇庆市鼎湖区桂城街道坑口路12号。
诉讼请求：
一、判令被告赔偿原告各项损失：医疗费21000元，住院伙食补助费2000元（20天×100元），护理费3000元（20天×150元），误工费9000元，以上合计35000元，扣除被告已经垫付的8000元，被告还应赔偿27000元；
二、本案诉讼费由被告负担。
事实和理由：
原告受雇于被告在工地干活，从脚手架上摔下受伤。
此致
肇庆市端州区人民法院
"""
    el = extract(text)
    assert el.amount_claimed == 27000.0


def test_letter_signed_with_the_writers_block_last():
    # the letter says what it asks before the writer's own block at its end
    text = """尊敬的荔波县人民法院：
　　我女儿和吴家的儿子吴成定了亲，我家给了彩礼50000元。后来吴成不愿结婚，只退了5000元。
　　所以我请求法院判吴德明、吴成两个人退还彩礼50000元，扣掉已经退的5000元，还要退45000元，打官司的钱由他们出。
　　他们两个的情况：吴德明，男，五十岁左右，住荔波县朝阳镇八烂村；吴成，男，是他儿子。
　　写信的人：蒙桂花，女，水族，1972年10月5日生，身份证号522722197210050021，住贵州省荔波县玉屏街道水浦村二组。
　　　　　　　　　　　　　　　　　　　　　　　2025年4月1日
"""
    el = extract(text)
    assert el.amount_claimed == 45000.0


def test_story_line_on_what_was_agreed_is_no_claims_heading():
    # the story's "说好的事情是：" names no thing asked of the court: the claims list stays the claims
    text = """起诉状
原告：韩立，男，1985年1月1日出生，住河北省保定市竞秀区朝阳大街1号。
被告：韩松，男，1987年2月2日出生，住河北省保定市竞秀区朝阳大街3号。
诉讼请求：
一、判令被告返还借款20000元；
二、本案诉讼费由被告负担。
事实和理由：
被告向原告借款20000元，约定2024年底归还。被告家里人都知道这件事，我们当时说好的事情是：年底一次还清。
此致
保定市竞秀区人民法院
"""
    el = extract(text)
    assert el.amount_claimed == 20000.0
