"""Cause rules added after the holdout20-22 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

import pytest

from .samples import cause_of as _cause

_P = ("原告：{a}，男，1975年3月2日出生，汉族，住{pa}。\n"
      "被告：{b}，女，1978年6月9日出生，汉族，住{pb}。\n")


def _complaint(claims: str, facts: str, a="梁振东", b="陶美玲", pa="安徽省六安市金安区皖西大道12号",
               pb="安徽省六安市裕安区解放路8号", title="民事起诉状") -> str:
    return (f"{title}\n" + _P.format(a=a, b=b, pa=pa, pb=pb) + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n六安市金安区人民法院\n具状人：" + a + "\n2024年5月6日")


# --- a house in a village sold between villagers (农村房屋买卖合同纠纷), not a developer's flat

@pytest.mark.parametrize("facts", [
    "2015年，被告将其在本村的三间瓦房连同院子以九万元卖给原告，双方签订了买房协议，原告付清了房款。",
    "原告于2012年买下被告在郑庄村宅基地上的两层楼房，约定价款12万元，现被告以原告非本村村民为由反悔。",
    "原告不是该村集体经济组织成员，向被告购买其祖宅一处，被告现称合同无效。",
])
def test_village_house_sold_between_villagers(facts):
    text = _complaint("1.判令被告继续履行合同，协助原告办理房屋过户手续；\n2.判令被告腾交房屋；\n3.诉讼费由被告负担。", facts)
    assert _cause(text) == "农村房屋买卖合同纠纷"


def test_late_delivered_flat_stays_a_presale():
    text = _complaint("1.判令被告支付逾期交房违约金36000元；\n2.诉讼费由被告负担。",
                      "原告于2021年购买被告开发的期房一套，合同约定2022年12月31日前交房，被告至今未交付。")
    assert _cause(text) == "商品房预售合同纠纷"


# --- a loan appeal whose guarantor appeals beside the borrower is the loan's case

def test_borrower_and_guarantor_appealing_is_a_loan_case():
    text = ("民事上诉状\n"
            "上诉人一（原审被告）：鲍立新，男，1980年4月3日出生，汉族，住辽宁省大连市中山区人民路66号。\n"
            "上诉人二（原审被告）：鲍春生，男，1955年8月1日出生，汉族，住辽宁省大连市西岗区黄河路210号。\n"
            "被上诉人（原审原告）：大连瑞丰贸易有限公司，住所地辽宁省大连市沙河口区西安路99号。\n"
            "上诉请求：\n1.撤销原判，改判以上诉人一实际到手的28万元为本金计算利息；\n"
            "2.改判上诉人二不承担保证责任；\n3.诉讼费由被上诉人负担。\n"
            "上诉理由：\n上诉人一向被上诉人借款30万元，被上诉人当日扣下2万元手续费。上诉人二在借条担保人处签名，"
            "保证期间早已届满。\n此致\n大连市中级人民法院\n上诉人：鲍立新　鲍春生\n2024年7月1日")
    assert _cause(text) == "民间借贷纠纷"


def test_guarantor_alone_sued_stays_a_guaranty():
    text = _complaint("1.判令被告对案外人韩某所欠原告借款本金5万元及利息承担连带保证责任；\n2.诉讼费由被告负担。",
                      "韩某向原告借款5万元，被告在借条上作为保证人签名，韩某下落不明。")
    assert _cause(text) == "保证合同纠纷"


# --- a passenger suing the carrier on the contract of carriage, not on the accident

_CARRIER = ("民事起诉状\n原告：葛玉珍，女，1969年2月14日出生，汉族，住甘肃省兰州市城关区庆阳路55号。\n"
            "被告：{c}，住所地甘肃省兰州市七里河区西津西路18号。\n诉讼请求：\n"
            "1.判令被告赔偿原告医疗费18000元、护理费3000元、误工费5000元；\n2.诉讼费由被告负担。\n事实与理由：\n{f}\n"
            "此致\n兰州市七里河区人民法院\n具状人：葛玉珍\n2024年4月2日")


@pytest.mark.parametrize("company,facts,cause", [
    ("甘肃陇原长途客运有限公司", "原告买了被告兰州至临夏的班车车票，车行途中司机急刹车，原告摔倒致腕骨骨折。"
     "原告与被告之间形成旅客运输合同关系，被告未将原告安全送达目的地，应承担违约责任。", "公路旅客运输合同纠纷"),
    ("兰州城市公交集团有限公司", "原告乘坐被告的12路公交车，车门突然关闭将原告夹伤。被告作为承运人，"
     "应当保证乘客的人身安全，原告依客运合同要求赔偿。", "城市公交运输合同纠纷"),
])
def test_passenger_suing_carrier_on_the_contract(company, facts, cause):
    assert _cause(_CARRIER.format(c=company, f=facts)) == cause


def test_passenger_suing_driver_and_insurer_stays_a_road_accident():
    text = _complaint("1.判令二被告赔偿原告医疗费12000元、误工费4000元；\n2.诉讼费由被告负担。",
                      "原告乘坐出租车途中，被告驾驶的小型轿车闯红灯与出租车相撞，原告受伤。交警认定被告负事故全部责任。"
                      "被告车辆在某保险公司投保交强险。")
    assert _cause(text) == "机动车交通事故责任纠纷"


# --- a form headed by a family (劳动争议, 继承) names the template; the claims name the dispute

_FORM = ("{title}（要素式）\n【原告】\n姓名：邵宏伟\n性别：男\n出生日期：1991年7月7日\n"
         "住所：江苏省常州市天宁区延陵中路21号\n【被告】\n名称：常州振华机电有限公司\n"
         "住所地：江苏省常州市武进区湖塘镇长虹路5号\n【诉讼请求】\n{claims}\n【事实与理由】\n{facts}\n"
         "具状人：邵宏伟\n日期：2024年8月1日")


def test_labour_form_asking_only_wages_is_a_wage_claim():
    text = _FORM.format(title="劳动争议纠纷起诉状", claims="请求项目：拖欠工资\n金额：16500元\n请求项目：周末加班费\n金额：2300元",
                        facts="入职时间：2021年3月1日\n劳动合同签订情况：已签订\n欠薪情况：2024年3月至5月工资未发")
    assert _cause(text) == "追索劳动报酬纠纷"


def test_labour_form_asking_wages_and_severance_stays_the_family():
    text = _FORM.format(title="劳动争议纠纷起诉状", claims="请求项目：拖欠工资\n金额：16500元\n"
                        "请求项目：解除劳动合同经济补偿金\n金额：20000元",
                        facts="入职时间：2021年3月1日\n离职情况：原告以被告欠薪为由解除劳动合同")
    assert _cause(text) == "劳动争议"


def test_labour_case_statement_keeps_the_registered_family():
    text = ("民事上诉状\n上诉人（原审原告）：邵宏伟，男，1991年7月7日出生，汉族，住江苏省常州市天宁区延陵中路21号。\n"
            "被上诉人（原审被告）：常州振华机电有限公司，住所地江苏省常州市武进区湖塘镇长虹路5号。\n"
            "上诉人因与被上诉人劳动争议一案，不服常州市武进区人民法院民事判决，现提起上诉。\n"
            "上诉请求：\n1.改判被上诉人支付经济补偿金20000元；\n2.诉讼费由被上诉人负担。\n上诉理由：\n一审认定错误。\n"
            "此致\n江苏省常州市中级人民法院\n上诉人：邵宏伟\n2024年8月1日")
    assert _cause(text) == "劳动争议"


def test_succession_form_with_no_will_is_intestate_succession():
    text = ("继承纠纷起诉状\n一、原告信息\n原告：钱玉兰，女，1958年1月3日出生，汉族，住浙江省绍兴市越城区解放北路3号。\n"
            "二、被告信息\n被告：钱国栋，男，1962年5月5日出生，汉族，住浙江省绍兴市柯桥区笛扬路9号。\n"
            "三、诉讼请求\n1.依法分割父亲钱德明遗留的存款及柯桥区笛扬路9号房屋，原、被告各继承二分之一；\n2.诉讼费由被告负担。\n"
            "四、事实与理由\n钱德明于2023年5月去世，母亲早于其去世。钱德明生前没有立遗嘱，也没有签订遗赠扶养协议，"
            "被告占有全部遗产拒绝分割。\n具状人：钱玉兰\n2024年2月2日")
    assert _cause(text) == "法定继承纠纷"


def test_agreement_said_not_to_exist_is_no_cue_for_it():
    # "亦无遗赠扶养协议" (the agreement denied) does not make a succession a 遗赠扶养协议 case; a will relied on does
    text = _complaint("1.依法按照父亲的公证遗嘱继承其名下房屋；\n2.诉讼费由被告负担。",
                      "父亲于2022年去世，生前立下公证遗嘱将房屋留给原告，并无遗赠扶养协议。被告拒绝配合过户。")
    assert _cause(text) == "遗嘱继承纠纷"


def test_children_living_with_a_parent_is_no_cohabitation():
    # 共同居住 (a son living with his father) is no 同居 (an unmarried couple)
    text = _complaint("1.依法继承母亲遗留的房屋一套，原、被告各占一半；\n2.诉讼费由被告负担。",
                      "母亲于2023年去世，生前未立遗嘱。被告一直与母亲共同居住在该房屋内，母亲去世后拒绝分割遗产。")
    assert _cause(text) == "法定继承纠纷"


# --- a neighbour's building that takes the light (相邻采光、日照纠纷), told in lay words too

@pytest.mark.parametrize("facts", [
    "原、被告系前后院邻居。被告去年在院内新盖三层楼房，距原告房屋不到三米，原告家整个冬天都晒不到太阳。",
    "被告在隔壁加盖的两层楼挡住了原告家的阳光，大白天屋里都要开灯，老人常年生病。",
    "被告与原告房屋相邻，被告违章加建的建筑严重影响原告房屋的采光和日照。",
])
def test_neighbours_building_taking_the_light(facts):
    text = _complaint("1.判令被告拆除加盖的楼层；\n2.判令被告赔偿原告损失10000元；\n3.诉讼费由被告负担。", facts)
    assert _cause(text) == "相邻采光、日照纠纷"


def test_flat_darker_than_promised_is_no_neighbour_case():
    text = ("民事起诉状\n原告：梁振东，男，1975年3月2日出生，汉族，住安徽省六安市金安区皖西大道12号。\n"
            "被告：六安锦绣置业有限公司，住所地安徽省六安市裕安区解放路8号。\n诉讼请求：\n"
            "1.判令被告赔偿原告房屋差价损失50000元；\n2.诉讼费由被告负担。\n事实与理由：\n"
            "原告购买被告开发的商品房一套，被告宣传楼盘南北通透、采光充足，交付后发现客厅终日无日照。\n"
            "此致\n六安市裕安区人民法院\n具状人：梁振东\n2024年5月6日")
    assert _cause(text) != "相邻采光、日照纠纷"


# --- a tree or its limb falling on a person or a thing (林木折断、倾倒、果实坠落损害责任纠纷)

@pytest.mark.parametrize("facts", [
    "小区内一棵老槐树的枯枝在大风中断落，砸中原告停放在楼下的轿车，被告作为物业负责绿化养护。",
    "被告门前的杨树被台风刮断，倒在原告的面包车上，车顶严重变形。",
    "原告路过被告果园时，园内的核桃树树杈突然折断，砸伤原告头部。",
])
def test_tree_limb_falling_and_striking(facts):
    text = _complaint("1.判令被告赔偿原告车辆维修费6200元、维修期间租车费900元；\n2.诉讼费由被告负担。", facts)
    assert _cause(text) == "林木折断、倾倒、果实坠落损害责任纠纷"


def test_car_hire_owed_stays_a_lease():
    text = _complaint("1.判令被告支付租车费4500元；\n2.诉讼费由被告负担。",
                      "被告于2024年1月向原告租车一辆，约定每日租金150元，被告用车30天后拒付租金。")
    assert _cause(text) == "车辆租赁合同纠纷"


# --- a job applicant refused for who they are (平等就业权纠纷), not a labour contract

_APPLICANT = ("民事起诉状\n原告：聂婉清，女，1996年10月8日出生，汉族，住四川省成都市武侯区玉林北路7号。\n"
              "被告：成都蓝桥网络科技有限公司，住所地四川省成都市高新区天府大道中段500号。\n诉讼请求：\n"
              "1.判令被告向原告书面赔礼道歉；\n2.判令被告赔偿原告精神损害抚慰金20000元及误工损失6000元；\n3.诉讼费由被告负担。\n"
              "事实与理由：\n{f}\n此致\n成都高新技术产业开发区人民法院\n具状人：聂婉清\n2024年3月8日")


@pytest.mark.parametrize("facts", [
    "原告应聘被告的行政专员岗位并通过面试，被告通知原告下周一入职。入职体检查出原告是乙肝病毒携带者后，"
    "被告人事称公司规定携带者不予录用。",
    "原告面试通过后，被告得知原告已怀孕三个月，随即取消了对原告的录用通知。",
    "被告在招聘时明确表示该岗位不招女的，原告各项条件均符合要求，仍被拒绝录用，被告的做法构成就业歧视。",
])
def test_applicant_refused_for_who_they_are(facts):
    assert _cause(_APPLICANT.format(f=facts)) == "平等就业权纠纷"


def test_employee_dismissed_stays_a_labour_case():
    text = _complaint("1.判令被告支付违法解除劳动合同赔偿金30000元；\n2.诉讼费由被告负担。",
                      "原告于2021年入职被告公司，双方签订劳动合同，2024年2月被告无故将原告辞退。")
    assert _cause(text) == "劳动合同纠纷"


# --- a worker bound not to join a competitor after leaving (竞业限制纠纷), however the agreement is called

_EMPLOYER = ("民事起诉状\n原告：杭州云帆智能装备有限公司，住所地浙江省杭州市滨江区江南大道88号。\n"
             "被告：蒋立峰，男，1988年12月1日出生，汉族，住浙江省杭州市西湖区文三路40号。\n诉讼请求：\n{c}\n"
             "事实与理由：\n{f}\n此致\n杭州市滨江区人民法院\n具状人：杭州云帆智能装备有限公司\n2024年6月3日")


@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告支付违约金100000元；\n2.诉讼费由被告负担。",
     "被告任原告研发主管，双方签有竞业协议，约定其离职后一年内不得到与原告有竞争关系的企业任职。被告离职后即跳槽到原告的竞争对手。"),
    ("1.判令被告返还离职补偿18000元并支付违约金50000元；\n2.诉讼费由被告负担。",
     "劳动合同约定被告离职后两年内不得自营或者为同行业企业工作，原告按月支付补偿。被告离职三个月后即入职同业竞争公司。"),
])
def test_worker_joining_a_competitor(claims, facts):
    assert _cause(_EMPLOYER.format(c=claims, f=facts)) == "竞业限制纠纷"


def test_employee_leaking_trade_secrets_stays_a_secret_case():
    text = _EMPLOYER.format(c="1.判令被告停止侵害原告商业秘密；\n2.判令被告赔偿原告损失200000元；\n3.诉讼费由被告负担。",
                            f="被告离职后跳槽到原告的竞争对手，将原告的客户名单和报价体系等商业秘密披露给新单位使用。")
    assert _cause(text) in ("侵害商业秘密纠纷", "侵害经营秘密纠纷")


# --- a shareholder asking to see the company's papers (股东知情权纠纷)

_SHAREHOLDER = ("民事起诉状\n原告：严志强，男，1979年9月9日出生，汉族，住福建省福州市鼓楼区五四路100号。\n"
                "被告：福州海润食品有限公司，住所地福建省福州市仓山区金山大道18号。\n诉讼请求：\n{c}\n事实与理由：\n"
                "原告持有被告20%股权，被告多年未召开股东会，原告书面要求查看公司账目遭拒。\n此致\n福州市仓山区人民法院\n"
                "具状人：严志强\n2024年4月1日")


@pytest.mark.parametrize("claims", [
    "1.判令被告将2020年以来的财务会计报告和会计账簿提供给原告查阅、复制；\n2.诉讼费由被告负担。",
    "1.判令被告提供公司章程、股东会会议记录供原告复制，提供会计凭证供原告查阅；\n2.诉讼费由被告负担。",
])
def test_shareholder_asking_to_see_the_books(claims):
    assert _cause(_SHAREHOLDER.format(c=claims)) == "股东知情权纠纷"


# --- a partner leaving a partnership firm (退伙纠纷); leaving an unregistered partnership stays 合伙合同纠纷

_FIRM = ("民事起诉状\n原告：何振邦，男，1970年1月20日出生，汉族，住湖南省株洲市芦淞区建设中路6号。\n"
         "被告：{d}，住所地湖南省株洲市天元区黄河北路15号。\n诉讼请求：\n{c}\n事实与理由：\n{f}\n"
         "此致\n株洲市天元区人民法院\n具状人：何振邦\n2024年7月2日")


@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告退还原告在合伙企业中的财产份额120000元；\n2.诉讼费由被告负担。",
     "原告系被告的普通合伙人，出资占25%。2023年底原告书面通知其他合伙人退出合伙，被告至今未予结算。"),
    ("1.确认原告已于2024年1月1日退伙；\n2.判令被告支付退伙结算款80000元；\n3.诉讼费由被告负担。",
     "原告与另两名合伙人设立被告企业，因经营理念不合，原告提出不再担任合伙人，其他合伙人均同意。"),
])
def test_partner_leaving_a_partnership_firm(claims, facts):
    text = _FIRM.format(d="株洲恒昌建材合伙企业（普通合伙）", c=claims, f=facts)
    assert _cause(text) == "退伙纠纷"


def test_leaving_an_unregistered_partnership_stays_a_partnership_contract():
    text = _complaint("1.判令被告退还原告合伙出资50000元；\n2.诉讼费由被告负担。",
                      "原、被告口头约定合伙经营一家烧烤店，各出资5万元，未办理任何登记。原告因病提出退出合伙，被告拒不结算。")
    assert _cause(text) == "合伙合同纠纷"


def test_capital_asked_back_from_a_firm_with_no_partner_leaving_stays_a_partnership_contract():
    text = _FIRM.format(d="株洲恒昌建材合伙企业（普通合伙）", c="1.判令被告返还原告合伙出资款60000元并分配利润；\n2.诉讼费由被告负担。",
                        f="原告与执行事务合伙人签订合伙协议，后者擅自将门店转让他人，既不清算也不分配利润。")
    assert _cause(text) == "合伙合同纠纷"


# --- software made to order (计算机软件开发合同纠纷), the contract named by what it builds

_DEVELOPER = ("民事起诉状\n原告：武汉星辰数码科技有限公司，住所地湖北省武汉市东湖新技术开发区光谷大道77号。\n"
              "被告：武汉鲜丰果业有限公司，住所地湖北省武汉市江汉区新华路218号。\n诉讼请求：\n"
              "1.判令被告支付尾款85000元；\n2.诉讼费由被告负担。\n事实与理由：\n{f}\n此致\n武汉市江汉区人民法院\n"
              "具状人：武汉星辰数码科技有限公司\n2024年2月20日")


@pytest.mark.parametrize("facts", [
    "双方签订《鲜丰到家APP开发合同》，约定原告为被告开发安卓及苹果版手机应用，总价25万元。原告交付后被告验收合格，尾款未付。",
    "原告按约为被告定制开发了门店收银及会员管理平台，完成程序编写并于去年10月上线，被告至今拖欠尾款。",
])
def test_software_made_to_order(facts):
    assert _cause(_DEVELOPER.format(f=facts)) == "计算机软件开发合同纠纷"


def test_software_copied_stays_a_copyright_case():
    text = _DEVELOPER.format(f="原告享有“鲜丰收银系统V2.0”计算机软件著作权，被告未经许可复制安装该软件在其门店使用。")
    assert _cause(text) == "侵害计算机软件著作权纠纷"


# --- a patent infringed (专利法 11): the kind of patent named is the cause, not the shop the goods were sold in

_PATENTEE = ("民事起诉状\n原告：佛山美居家具有限公司，住所地广东省佛山市顺德区乐从镇家具大道9号。\n"
             "被告：东莞雅致家居有限公司，住所地广东省东莞市厚街镇康乐南路22号。\n诉讼请求：\n"
             "1.判令被告立即停止制造、许诺销售、销售侵权产品；\n2.判令被告赔偿原告经济损失100000元；\n3.诉讼费由被告负担。\n"
             "事实与理由：\n{f}\n此致\n广州知识产权法院\n具状人：佛山美居家具有限公司\n2024年1月15日")


@pytest.mark.parametrize("facts,cause", [
    ("原告就其设计的“云朵”沙发获得外观设计专利授权。被告在拼多多网店销售与之几乎相同的沙发，月销量数百件。", "侵害外观设计专利权纠纷"),
    ("原告享有一种折叠椅连接件的实用新型专利权，被告制造并在网店销售的折叠椅落入该专利权的保护范围。", "侵害实用新型专利权纠纷"),
])
def test_patent_infringed_by_goods_sold_online(facts, cause):
    assert _cause(_PATENTEE.format(f=facts)) == cause


def test_design_bought_online_and_broken_stays_an_online_sale():
    text = _complaint("1.判令被告退还货款3200元；\n2.诉讼费由被告负担。",
                      "原告在被告的淘宝网店购买一套沙发，商品页面宣称外观设计独特，收货后发现质量低劣，被告拒绝退货。")
    assert _cause(text) == "信息网络买卖合同纠纷"


# --- a work put online without licence (侵害作品信息网络传播权纠纷)

_AUTHOR = ("民事起诉状\n原告：欧阳晴，女，1990年5月5日出生，汉族，住云南省昆明市五华区青年路3号。\n"
           "被告：昆明七彩文化传媒有限公司，住所地云南省昆明市盘龙区北京路612号。\n诉讼请求：\n{c}\n事实与理由：\n{f}\n"
           "此致\n昆明市盘龙区人民法院\n具状人：欧阳晴\n2024年3月3日")


@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告删除其网站上的原告文章；\n2.判令被告赔偿原告经济损失5000元；\n3.诉讼费由被告负担。",
     "原告系散文《苍山雪》的作者。被告未经许可将该作品全文转载到其运营的网站，供网民随时免费阅读。"),
    ("1.判令被告赔偿原告经济损失6000元；\n2.诉讼费由被告负担。",
     "原告拍摄的滇池日落照片是原告的摄影作品，被告在其抖音账号发布的广告视频中使用了该作品，未署名也未付酬。"),
])
def test_work_put_online_without_licence(claims, facts):
    assert _cause(_AUTHOR.format(c=claims, f=facts)) == "侵害作品信息网络传播权纠纷"


def test_persons_photo_posted_by_a_shop_stays_a_likeness_case():
    text = _AUTHOR.format(c="1.判令被告停止使用原告肖像并赔礼道歉；\n2.判令被告赔偿原告损失8000元；\n3.诉讼费由被告负担。",
                          f="被告未经原告同意，在其公众号的推广文章中使用原告的照片作为模特宣传。")
    assert _cause(text) == "肖像权纠纷"


# --- a grandchild inheriting in place of a parent who died first (代位继承纠纷)

@pytest.mark.parametrize("facts", [
    "被继承人吴老汉于2023年去世，未立遗嘱。原告的父亲吴国华是其长子，已于2020年先于吴老汉病故。被告称孙子孙女没有份，拒绝分割。",
    "原告的母亲早在2016年即先于外祖母去世，原告有权继承母亲应得的份额。",
])
def test_grandchild_in_place_of_a_parent_who_died_first(facts):
    text = _complaint("1.依法分割被继承人遗留的房屋，由原告继承三分之一份额；\n2.诉讼费由被告负担。", facts)
    assert _cause(text) == "代位继承纠纷"


def test_child_inheriting_from_a_parent_whose_spouse_died_first_is_intestate_succession():
    text = _complaint("1.依法分割父亲遗留的房屋，原、被告各继承二分之一；\n2.诉讼费由被告负担。",
                      "原告的母亲于2015年先于父亲去世，父亲于2023年去世，生前未立遗嘱，遗有房屋一套，被告拒绝分割。")
    assert _cause(text) == "法定继承纠纷"


# --- a gift bound to a duty in return (附义务赠与合同纠纷), undone when the duty is not done

@pytest.mark.parametrize("facts", [
    "原告与被告签订赠与协议，将自有住房赠与被告，被告须每月支付原告生活费1000元并负责原告看病就医。过户后被告分文未付。",
    "原告把门面房赠与侄子即被告，条件是被告为原告养老送终。被告取得房产后对原告不闻不问。",
    "双方约定原告将轿车赠与被告，但要求被告偿还该车剩余的贷款，被告至今未还一期。",
])
def test_gift_bound_to_a_duty_undone(facts):
    text = _complaint("1.撤销原告对被告的赠与；\n2.判令被告返还赠与的财产；\n3.诉讼费由被告负担。", facts)
    assert _cause(text) == "附义务赠与合同纠纷"


def test_gift_revoked_for_the_donees_wrong_stays_a_gift():
    text = _complaint("1.撤销原告对被告的赠与；\n2.判令被告返还赠与的房屋；\n3.诉讼费由被告负担。",
                      "原告2020年将房屋赠与儿子即被告并办理过户。2023年被告酒后将原告打伤，严重侵害原告的合法权益。")
    assert _cause(text) == "赠与合同纠纷"


# --- a helper hurt while helping for nothing (义务帮工人受害责任纠纷), told in lay words

@pytest.mark.parametrize("facts", [
    "被告家秋收时叫原告去帮忙掰玉米，讲好不要工钱。原告在被告家房顶晾晒玉米时从房顶摔下，造成腿部骨折。",
    "原告好心帮被告搬家，没收一分钱，搬运衣柜时被告一方松手，柜子砸伤原告右脚。",
])
def test_helper_hurt_while_helping_for_nothing(facts):
    text = _complaint("1.判令被告赔偿原告医疗费15000元、误工费6000元、护理费2000元；\n2.诉讼费由被告负担。", facts)
    assert _cause(text) == "义务帮工人受害责任纠纷"


def test_worker_paid_by_the_day_stays_hired_labour():
    text = _complaint("1.判令被告赔偿原告医疗费15000元、误工费6000元；\n2.诉讼费由被告负担。",
                      "被告雇请原告为其翻修房屋，约定每天工钱200元。原告在房顶干活时从梯子上摔下受伤。")
    assert _cause(text) == "提供劳务者受害责任纠纷"


# --- a villager's house built for pay (农村建房施工合同纠纷), the builder asking for the rest

@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告支付剩余建房款45000元；\n2.诉讼费由被告负担。", "原告为被告修建住房，房屋已于去年完工并入住。"),
    ("1.判令被告支付欠款60000元及利息；\n2.诉讼费由被告负担。",
     "2022年被告请原告在其宅基地上盖一栋两层楼房，包工包料，总价26万元。房屋建成后被告只付了20万元。"),
    ("1.判令被告支付盖房工钱18000元；\n2.诉讼费由被告负担。", "原告带领三名工人为被告翻盖老宅，双方口头约定包工不包料。"),
])
def test_villagers_house_built_for_pay(claims, facts):
    assert _cause(_complaint(claims, facts)) == "农村建房施工合同纠纷"


def test_company_building_project_stays_construction():
    text = ("民事起诉状\n原告：六安宏达建筑工程有限公司，住所地安徽省六安市金安区皖西大道12号。\n"
            "被告：六安锦绣置业有限公司，住所地安徽省六安市裕安区解放路8号。\n诉讼请求：\n"
            "1.判令被告支付工程款3200000元；\n2.诉讼费由被告负担。\n事实与理由：\n"
            "原告承建被告开发的锦绣花园3号楼，工程已竣工验收，被告拖欠工程款。\n此致\n六安市裕安区人民法院\n"
            "具状人：六安宏达建筑工程有限公司\n2024年5月6日")
    assert _cause(text) == "建设工程施工合同纠纷"


# --- stepping in for another with no duty to (无因管理纠纷), told in lay words

@pytest.mark.parametrize("claims,facts", [
    ("1.判令被告偿还原告为其喂养三只羊花去的饲料费和药费2600元；\n2.诉讼费由被告负担。",
     "去年冬天被告家的三只羊走失跑到原告家羊圈，原告一直饲养到今年三月被告找来。"),
    ("1.判令被告支付原告垫付的抢修费用3800元；\n2.诉讼费由被告负担。",
     "被告长期在外地，其房屋水管爆裂漏水，没有人叫原告管，原告为避免损失扩大自行找人抢修并垫付费用。"),
])
def test_stepping_in_for_another_with_no_duty(claims, facts):
    assert _cause(_complaint(claims, facts)) == "无因管理纠纷"


def test_keeping_for_a_fee_stays_a_deposit():
    text = _complaint("1.判令被告支付保管费5000元；\n2.诉讼费由被告负担。",
                      "被告将两台挖掘机交给原告保管，约定每月保管费1000元，被告五个月未付保管费。")
    assert _cause(text) == "保管合同纠纷"


# --- co-owners of a thing already theirs, one asking it divided or bought out (共有物分割纠纷)

@pytest.mark.parametrize("claims,facts", [
    ("1.判令涉案房屋归被告所有，被告向原告支付折价款260000元；\n2.诉讼费由被告负担。",
     "原、被告系兄弟，2015年共同出资购买涉案房屋，不动产登记为按份共有，各占50%。现原告需用钱，被告拒绝协商。"),
    ("1.依法分割原、被告共有的货车一辆；\n2.诉讼费由被告负担。",
     "原、被告合买货车一辆跑运输，行驶证登记在被告名下，双方约定各占一半。现双方不再合作，被告独自使用该车。"),
    ("1.判令拍卖原、被告共有的商铺，所得价款由原、被告各分一半；\n2.诉讼费由被告负担。",
     "原告与被告系朋友，二人共同共有商铺一间，被告长期出租却不分租金。"),
])
def test_co_owners_dividing_their_thing(claims, facts):
    assert _cause(_complaint(claims, facts)) == "共有物分割纠纷"


def test_estate_still_to_be_shared_stays_succession():
    text = _complaint("1.依法继承父亲遗留的房屋，由原、被告各继承二分之一；\n2.诉讼费由被告负担。",
                      "父亲去世后未留遗嘱，遗有房屋一套，原、被告各占一半的份额，被告独占不分。")
    assert _cause(text) == "法定继承纠纷"


def test_former_spouses_dividing_their_house_stay_after_divorce():
    text = _complaint("1.判令共有房屋归被告所有，被告支付原告折价款200000元；\n2.诉讼费由被告负担。",
                      "原、被告于2020年协议离婚，离婚时未分割婚后购买的房屋，该房屋登记为原、被告共同共有。")
    assert _cause(text) == "离婚后财产纠纷"


# --- a thing lost and kept by the finder (遗失物返还纠纷)

@pytest.mark.parametrize("facts", [
    "原告乘坐出租车时把装有笔记本电脑的背包遗忘在后座，监控显示下一位乘客即被告将背包带走，经多次联系拒不归还。",
    "原告在公园长椅上落下一只金手镯，被告捡走后称谁捡到就是谁的。",
    "原告的手机掉在超市收银台，被告拾得后占为己有，派出所调解无果。",
])
def test_thing_lost_and_kept_by_the_finder(facts):
    text = _complaint("1.判令被告返还原告的物品；\n2.诉讼费由被告负担。", facts)
    assert _cause(text) == "遗失物返还纠纷"


def test_money_transferred_by_mistake_stays_unjust_enrichment():
    text = _complaint("1.判令被告返还原告误转的款项8000元；\n2.诉讼费由被告负担。",
                      "原告通过手机银行向朋友转账时输错账号，误将8000元转入被告账户，被告拒不返还。")
    assert _cause(text) == "不当得利纠纷"


def test_taxi_is_no_car_hire():
    # 出租车 holds 租车 and 出租: a taxi passenger suing the taxi company on the carriage is neither lease
    text = _CARRIER.format(c="兰州飞天出租汽车有限公司", f="原告乘坐被告的出租车回家，司机急刹车致原告撞伤。原告与被告之间形成客运合同关系，"
                           "被告未将原告安全送达目的地。")
    assert _cause(text) == "出租汽车运输合同纠纷"


# --- the rarer causes told once more in a layperson's words (each a different telling from the tests above)

@pytest.mark.parametrize("cause,claims,facts", [
    ("相邻采光、日照纠纷", "1.判令被告拆除违建的第三层；\n2.诉讼费由被告负担。",
     "被告是原告的邻居，今年把平房加盖成三层小楼，原告家院子从此一年四季不见阳光，冬天屋里又冷又潮。"),
    ("相邻采光、日照纠纷", "1.判令被告赔偿原告损失5000元；\n2.诉讼费由被告负担。",
     "原、被告房屋南北相邻，被告新建房屋高出原告房屋一层多，遮挡原告房屋光照。"),
    ("林木折断、倾倒、果实坠落损害责任纠纷", "1.判令被告赔偿原告医疗费8000元；\n2.诉讼费由被告负担。",
     "原告在被告村委会门前经过时，路边一棵枯死的老柳树突然倒下，砸在原告身上。"),
    ("林木折断、倾倒、果实坠落损害责任纠纷", "1.判令被告赔偿原告医疗费3000元；\n2.诉讼费由被告负担。",
     "原告在被告院墙外走路，被告院内椰子树上的椰子掉下来砸中原告头部。"),
    ("平等就业权纠纷", "1.判令被告赔偿原告精神损害抚慰金10000元；\n2.诉讼费由被告负担。",
     "原告投递简历后被告回复称只招本地户籍人员，外地户籍一律不予录用。"),
    ("竞业限制纠纷", "1.判令被告支付原告竞业补偿金24000元；\n2.诉讼费由被告负担。",
     "原告离职时，被告要求原告两年内不得到同行业公司任职，但被告一直未按约定支付补偿。"),
    ("代位继承纠纷", "1.判令原告继承爷爷遗留房屋的三分之一；\n2.诉讼费由被告负担。",
     "原告的爸爸是爷爷的二儿子，2019年因车祸去世，爷爷2023年去世。两位被告是原告的叔叔和姑姑，说原告是孙子不能分。"),
    ("股东知情权纠纷", "1.判令被告允许原告查账；\n2.诉讼费由被告负担。",
     "原告是被告公司的小股东，占股10%，多次要求看公司的账本，被告都不给看。"),
    ("退伙纠纷", "1.判令被告退还原告的合伙份额80000元；\n2.诉讼费由被告负担。",
     "原告是被告有限合伙企业的有限合伙人，2023年原告书面提出退伙，其他合伙人同意。"),
    ("附义务赠与合同纠纷", "1.判令被告返还原告赠与的40万元；\n2.诉讼费由被告负担。",
     "原告给儿子即被告40万元买房，说好被告要接原告一起住、给原告养老，被告买房后不让原告进门。"),
    ("无因管理纠纷", "1.判令被告偿还原告垫付的医药费12000元；\n2.诉讼费由被告负担。",
     "原告在路边发现被告的父亲晕倒，送医院抢救并垫付医药费，事先没有任何人委托原告。"),
    ("遗失物返还纠纷", "1.判令被告归还原告的钱包及现金3000元；\n2.诉讼费由被告负担。",
     "原告的钱包丢在了小区门口，被告捡了以后不还，说谁捡的就是谁的。"),
    ("侵害作品信息网络传播权纠纷", "1.判令被告删除侵权视频；\n2.判令被告赔偿原告损失10000元；\n3.诉讼费由被告负担。",
     "原告创作的原创歌曲被被告未经授权放到其网站上供人在线收听和下载。"),
    ("侵害外观设计专利权纠纷", "1.判令被告停止销售侵权产品；\n2.判令被告赔偿20000元；\n3.诉讼费由被告负担。",
     "原告对一款保温杯享有外观设计专利，被告在实体店销售与之相同的保温杯。"),
    ("计算机软件开发合同纠纷", "1.判令被告退还开发费50000元；\n2.诉讼费由被告负担。",
     "原告委托被告开发一套进销存软件，被告交付的软件无法使用，至今未修复。"),
    ("义务帮工人受害责任纠纷", "1.判令被告赔偿医疗费20000元；\n2.诉讼费由被告负担。",
     "被告家盖房，原告作为亲戚去帮忙，没有工钱，原告在搬砖时被掉落的木板砸伤。"),
    ("农村房屋买卖合同纠纷", "1.判令被告协助原告办理房屋过户；\n2.诉讼费由被告负担。",
     "原告2010年花5万元买了被告在老家村里的两间平房，一直住到现在。"),
    ("公路旅客运输合同纠纷", "1.判令被告赔偿行李损失6000元；\n2.诉讼费由被告负担。",
     "原告乘坐被告的长途大巴，托运的行李箱在车上丢失。原告与被告形成旅客运输合同关系。"),
])
def test_rarer_causes_told_in_lay_words(cause, claims, facts):
    assert _cause(_complaint(claims, facts)) == cause


def test_a_defendant_saying_he_has_no_money_is_no_unpaid_help():
    text = _complaint("1.判令被告赔偿原告医疗费20000元、误工费5000元；\n2.诉讼费由被告负担。",
                      "被告酒后持啤酒瓶将原告砸伤，原告住院治疗二十天。被告称没有钱赔偿。")
    assert _cause(text) != "义务帮工人受害责任纠纷"


@pytest.mark.parametrize("cause,claims,facts", [
    ("相邻采光、日照纠纷", "1.判令被告降低其新建房屋的高度；\n2.诉讼费由被告负担。",
     "被告家新房紧挨着原告家南墙，盖得比原告家高出五米，原告家屋里一整天都是黑的。原、被告是同组村民。"),
    ("平等就业权纠纷", "1.判令被告赔礼道歉并赔偿损失；\n2.诉讼费由被告负担。",
     "原告去被告餐厅应聘服务员，店长看到原告是残疾人，说残疾人干不了，就不要了。"),
    ("代位继承纠纷", "1.判令原告代其已故父亲继承外公名下的存款；\n2.诉讼费由被告负担。",
     "原告的父亲早于外公去世，外公去世后其存款被舅舅即被告全部取走。"),
    ("无因管理纠纷", "1.判令被告支付原告代垫的丧葬费8000元；\n2.诉讼费由被告负担。",
     "被告的哥哥在原告所在村病故，被告远在外地联系不上，原告出于好心为其料理了后事，并垫付丧葬费8000元。"),
    ("遗失物返还纠纷", "1.判令被告返还原告丢失的小狗；\n2.诉讼费由被告负担。",
     "原告饲养的泰迪犬走丢，后在被告家中发现，被告称是其在路边捡回来的，拒不归还。"),
    ("计算机软件开发合同纠纷", "1.判令被告支付开发款30000元；\n2.诉讼费由被告负担。",
     "被告委托原告为其餐厅做一个点餐小程序，原告做好交付后，被告用了三个月一直不给钱。"),
    ("共有物分割纠纷", "1.判令分割原、被告共有的门面房，原告分得其中一间；\n2.诉讼费由被告负担。",
     "原、被告系叔侄，二人于2012年共同出资建造门面房两间，房产证上写着原、被告共有。"),
    ("林木折断、倾倒、果实坠落损害责任纠纷", "1.判令被告赔偿原告车辆损失12000元；\n2.诉讼费由被告负担。",
     "暴雨当晚，被告管理的路边一棵梧桐树连根倒下，压在原告停放的汽车上。"),
    ("侵害作品信息网络传播权纠纷", "1.判令被告停止在其小程序中提供原告小说的阅读；\n2.赔偿损失30000元；\n3.诉讼费由被告负担。",
     "原告是小说《远山》的著作权人，被告运营的阅读小程序未经许可提供该小说全文在线阅读。"),
    ("公路旅客运输合同纠纷", "1.判令被告赔偿医疗费5000元；\n2.诉讼费由被告负担。",
     "原告购买了被告的客运班车车票，车辆急转弯时原告从座位上摔下受伤，被告作为承运人应当赔偿。"),
    # neighbours that keep their cause
    ("离婚纠纷", "1.判令原、被告离婚；\n2.诉讼费由被告负担。",
     "原、被告婚后感情不和，被告长期不回家，家里照不到太阳的北屋一直是原告一人住。"),
    ("房屋租赁合同纠纷", "1.判令被告支付房租12000元；\n2.诉讼费由被告负担。", "被告租住原告在本村的房屋，约定年租金12000元，被告至今未付。"),
    ("民间借贷纠纷", "1.判令被告偿还借款20000元；\n2.诉讼费由被告负担。", "被告向原告借钱，说好一个月还，原告好心借给被告2万元，被告至今未还。"),
    ("机动车交通事故责任纠纷", "1.判令被告赔偿医疗费8000元；\n2.诉讼费由被告负担。",
     "被告驾驶的轿车与原告乘坐的公交车相撞，交警认定被告负全责，原告受伤。"),
    ("饲养动物损害责任纠纷", "1.判令被告赔偿原告医疗费、狂犬疫苗费共计3000元；\n2.诉讼费由被告负担。",
     "被告饲养的泰迪犬未拴绳，在小区内将原告咬伤。"),
])
def test_more_tellings_and_their_neighbours(cause, claims, facts):
    assert _cause(_complaint(claims, facts)) == cause


def test_selling_software_for_an_employer_is_no_software_contract():
    text = _complaint("1.判令被告支付拖欠的工资15000元；\n2.诉讼费由被告负担。",
                      "原告于2023年入职被告处做软件销售工作，月工资5000元，被告拖欠三个月工资。")
    assert _cause(text) == "追索劳动报酬纠纷"
