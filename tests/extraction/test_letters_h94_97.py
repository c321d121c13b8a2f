"""Letters of the shapes holdout94-97 brought: a company described by what stands at its seat, remarks on an item's line
before the next numbered item, the writer of the material as the filer below those sued, a stall or a business one
runs, a birth year the writer does not know, and a parser's place or label taken for a name."""

from courtdoc.extraction import extract


def _roles(text: str) -> dict[str, tuple]:
    return {p.name: (p.role, p.address) for p in extract(text).parties}


def test_company_described_by_what_stands_at_its_seat_and_numbered_people_after_remarks():
    text = ("我要告这三个：\n一、乐山市某某化工有限公司，就是某镇工业园某路8号那个化工厂。\n"
            "二、胡大勇，男，五十多岁，化工厂的老板，住哪里我不晓得，电话13800000000。\n"
            "三、周德全，男，化工厂的厂长，住乐山市某区某镇某街3号。\n"
            "告状的人是我：冯永福，男，1966年1月1日生，身份证511102196601011234，住乐山市某区某镇某村2组。\n"
            "化工厂往沟里排污水，我塘里的鱼全死了，损失20000元。\n我请求法院判他们三个一起赔我这20000元。\n冯永福\n2026年5月1日")
    roles = _roles(text)
    assert roles["乐山市某某化工有限公司"] == ("被告", "某镇工业园某路8号")
    assert roles["胡大勇"] == ("被告", None)
    assert roles["周德全"] == ("被告", "乐山市某区某镇某街3号")
    assert roles["冯永福"][0] == "原告"
    assert not any("那个" in name for name in roles)


def test_the_writer_of_the_material_below_the_one_sued_is_the_filer():
    text = ("关于在市场被推倒摔伤要求赔偿的情况\n我在农贸市场买菜，卖菜的摊主把我推倒，我手腕骨折。\n"
            "我的要求是：\n1. 医疗费8000元；\n2. 护理费3000元；\n总共11000元，要他全部赔偿。\n"
            "赖小军，男，三十多岁，在某某农贸市场B区17号摊位卖菜，家住赣州市某区某村上屋组，电话15900000000。\n"
            "写这份材料的人：钟桂英，女，1958年1月1日出生，汉族，身份证号360702195801010265，户口地址赣州市某区某路5号。\n"
            "我是原告，请法院立案。\n钟桂英\n2026年5月6日")
    roles = _roles(text)
    assert roles["钟桂英"] == ("原告", "赣州市某区某路5号")
    assert roles["赖小军"] == ("被告", "赣州市某区某村上屋组")


def test_a_business_one_runs_and_a_birth_year_not_known_do_not_end_the_description():
    text = ("尊敬的法官：\n我叫邹大林，男，1964年4月9日出生，身份证号430421196404093831，家住湖南省衡阳市某县某村8组。"
            "我要告某镇的石国强，他是男的，五十岁左右，具体哪年生的我不清楚，身份证号我也不知道，他家住在湖南省衡阳市某县某镇某巷14号。\n"
            "我给他家刷墙从梯子上摔下来，要求他赔我30000元。\n此致\n敬礼！\n起诉人：邹大林\n2024年3月11日")
    roles = _roles(text)
    assert roles == {"邹大林": ("原告", "湖南省衡阳市某县某村8组"), "石国强": ("被告", "湖南省衡阳市某县某镇某巷14号")}
    text2 = ("我叫于长江，男，1975年9月30日出生，身份证号码230202197509301155，户口在齐齐哈尔市某区某小区6号楼。\n"
             "要告的人是隋国富，男，六十岁左右，在某区某街道开了个粮油仓库，家住某区某街道某小区14号楼502室。\n"
             "他让我换房顶的瓦，我摔下来了，要求他赔偿50000元。\n于长江\n2026年8月1日")
    assert _roles(text2)["隋国富"] == ("被告", "某区某街道某小区14号楼502室")


def test_an_insurers_seat_after_营业场所_and_a_cab_driver_home():
    text = ("我叫顾淑芬，女，1961年9月27日出生，身份证210302196109272284，住鞍山市某区某大道138号。我要起诉下面这两家：\n\n"
            "一、孔德旺，男，1988年5月5日生，身份证号210381198805052132，住辽宁省海城市某镇某村二组，是开车撞我的司机；\n"
            "二、某某财产保险股份有限公司鞍山市分公司，营业场所鞍山市某区某路31号，负责人汤某，车在这家保了交强险。\n\n"
            "我被车刮倒，腿骨折了，要求赔偿医疗费20000元。\n顾淑芬\n2026年8月1日")
    roles = _roles(text)
    assert roles["某某财产保险股份有限公司鞍山市分公司"] == ("被告", "鞍山市某区某路31号")
    text2 = ("状子\n告状人：雷德福，男，1950年1月23日出生，身份证号620503195001230030，户口在甘肃省天水市某区某村三组。\n"
             "我告的是我大儿子：雷建国，男，1973年6月11日出生，身份证号620503197306110514，在城里跑出租，住天水市某区某路15号院401室。\n"
             "他不给我养老钱，我要求他给我生活费8400元。\n雷德福\n2026年1月1日")
    assert _roles(text2)["雷建国"] == ("被告", "天水市某区某路15号院401室")


def test_company_named_after_a_date_and_noise_names_from_the_parser():
    text = ("关于要求退还培训费的起诉\n尊敬的某区人民法院：\n我于2026年3月8日在内蒙古某某教育咨询有限公司（地址：包头市某区某大街56号1407室，"
            "统一社会信用代码911502032468917391，法定代表人贾某）报名参加会计班，交了学费19800元，后来停课了。\n"
            "所以我请求法院：判令被告退还我培训费13612.5元。\n"
            "起诉人：郝晓红，女，汉族，1989年12月3日出生，公民身份号码15020319891203086X，住内蒙古自治区包头市某区某街9栋502号\n2026年10月30日")
    roles = _roles(text)
    assert roles["内蒙古某某教育咨询有限公司"] == ("被告", "包头市某区某大街56号1407室")
    text2 = ("某县人民法院：\n我叫王春林，男，1959年7月4日生，身份证341221195907040153，是某县某镇某村后王庄的村民，地址安徽省某县某镇某村后王庄31号。"
             "我要告我们庄的李秀云，她是女的，今年五十八九岁，身份证号我不知道，住安徽省某县某镇某村后王庄27号，跟我家隔三户。\n"
             "她家的狗咬了我。\n我请求法院：\n1、判李秀云赔我医药费3962元；\n起诉人：王春林\n2024年4月16日")
    assert set(_roles(text2)) == {"王春林", "李秀云"}
