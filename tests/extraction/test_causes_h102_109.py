"""Causes as holdout102-109 brought them: a letter whose writer tells the story in his own entry and calls the dog by
its breed; a child's bicycle running another down off the road; a courier firm sued beside its rider for his accident;
a gang boss's hand hurt at the work he was called to; the level-4 child told by its marks: goods on a logistics firm's
waybill that arrived (carriage by road), stock soaked in a flood (the property-loss policy), one party's material worked
by the other (processing), a described plot's right confirmed, a camera lens trained on the neighbour's door (privacy);
a household's old house divided among its members; an answer naming the case by the support money asked; a tenant's
own words for the lease. Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_letter_telling_the_story_in_the_writers_own_entry_and_the_dog_by_its_breed_is_the_animal_case():
    text = ("某市南山区人民法院：\n"
            "我叫贺春兰，女，1962年3月11日出生，身份证号110101196203110027，住某市南山区桃源路8号院4号楼2单元301。"
            "上个月12号傍晚我在小区健身器材旁边锻炼，一只没牵绳的泰迪冲过来咬了我左腿，缝了三针，打了五针疫苗。\n"
            "我告这两家：\n"
            "一是养狗的庞立伟，男，1990年5月2日出生，身份证号110101199005020015，住某市南山区桃源路8号院6号楼101；\n"
            "二是某市悦居物业服务有限公司，住所地某市南山区桃源路8号院物业办公室，法定代表人柯明。\n"
            "我的要求是他们一起赔我：医疗费3120元，误工费2000元，共计5120元。\n"
            "贺春兰\n2025年5月6日")
    assert _cause(text) == "饲养动物损害责任纠纷"


def test_a_childs_bicycle_knocking_down_another_child_in_a_courtyard_square_is_a_bodily_injury():
    text = ("民事起诉状\n原告：骆一鸣，男，2014年6月1日出生，汉族，住某市西城区花溪苑4幢302室。\n"
            "法定代理人：骆建华（系原告之父），住址同上。\n"
            "被告：岑子轩，男，2012年2月3日出生，汉族，住某市西城区花溪苑9幢101室。\n"
            "法定代理人：岑立明（系被告之父），住址同上。\n"
            "诉讼请求：\n1．判令被告赔偿原告医疗费6200元、护理费1500元、交通费200元，共计7900元；\n"
            "2．本案诉讼费由被告负担。\n事实与理由：\n2024年8月3日傍晚，原告在花溪苑小区内篮球场旁的空地上玩耍，被告骑自行车从坡上冲下来，"
            "将原告撞倒，致原告右臂骨折。被告系限制民事行为能力人，其赔偿责任应由其监护人承担。\n"
            "此致\n某市西城区人民法院\n具状人：骆一鸣\n2024年10月9日")
    assert _cause(text) == "生命权、身体权、健康权纠纷"


def test_a_man_a_gang_boss_called_to_his_site_and_hurt_there_is_the_hurt_workers_case():
    text = ("尊敬的法院：\n"
            "原告：甘德福，男，1975年8月8日生，身份证号510722197508080071，住某县青山镇柏树村二组。\n"
            "被告：包志成，男，1980年3月3日生，身份证号510722198003030054，住某市东城区建设路12号。他是包工头，叫我去帮他给人家贴外墙砖。\n"
            "2025年3月20日在东城区一户人家的自建房上，架子没有绑牢，我从二楼摔下来，右脚跟骨折，住院21天。包志成垫了三千块就不管了。\n"
            "我要他赔：医疗费28000元，误工费9000元，护理费4200元，共计41200元。\n"
            "此致\n某市东城区人民法院\n甘德福\n2025年6月1日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_a_courier_firm_sued_beside_its_rider_for_running_the_writer_down_is_the_accident_not_the_courier_contract():
    text = ("某市湖滨区人民法院：\n"
            "我叫祁文海，男，1961年4月2日生，身份证号330102196104020031，住某市湖滨区柳浪街17号。我要告两个：\n"
            "一是骑自行车撞我的温宇航，男，2000年1月9日生，身份证号330102200001090017，住某市湖滨区南星路3号；\n"
            "二是某市捷达快递服务有限公司，地址某市湖滨区东站路80号，法定代表人伍建。\n"
            "2025年2月8日上午，我走斑马线过马路，温宇航骑自行车送快递闯红灯把我撞倒，左腿骨折。交警认定他负全部责任。"
            "他说他是给捷达公司送件的，公司说不关他们的事。\n"
            "我的要求是他们一起赔我：医药费12300元，误工费5000元，护理费2400元，共计19700元。\n"
            "某市湖滨区人民法院\n2025年5月6日")
    assert _cause(text) == "非机动车交通事故责任纠纷"


def test_an_answer_of_a_logistics_firm_whose_lorry_carried_the_goods_on_a_waybill_is_carriage_of_goods_by_road():
    text = ("答辩状\n答辩人（被告）：某市通远物流有限公司，住所地某市物流港C区6号。\n法定代表人：言国栋，经理。\n"
            "被答辩人（原告）：巫少华，男，1979年4月4日生，住某县城南镇河西街8号。\n"
            "就被答辩人诉答辩人货物运输赔偿一案，答辩意见如下：\n"
            "一、被答辩人托运的两车西瓜，托运单载明“鲜活货物，途中自然损耗不赔”，被答辩人已签字。\n"
            "二、车辆按约定时间抵达省城果品批发市场，收货人签收时未提出异议。\n"
            "综上，请求驳回被答辩人的诉讼请求。\n此致\n某县人民法院\n答辩人：某市通远物流有限公司\n2024年9月1日")
    assert _cause(text) == "公路货物运输合同纠纷"


def test_a_property_policy_claim_for_stock_soaked_by_a_flood_is_the_property_loss_policy():
    text = ("某市某区人民法院\n民事判决书\n（2024）某0101民初100号\n"
            "原告：某市顺丰纸业有限公司，住所地某市某区工业路3号。\n法定代表人：尤立新，执行董事。\n"
            "被告：某财产保险股份有限公司某市分公司，营业场所某市某区中山路8号。\n负责人：戚成，总经理。\n"
            "原告某市顺丰纸业有限公司与被告某财产保险股份有限公司某市分公司财产保险合同纠纷一案，本院立案后依法审理。\n"
            "原告向本院提出诉讼请求：1.判令被告赔付保险金210000元；2.诉讼费由被告承担。事实和理由：原告就其仓库内的纸品存货向被告投保"
            "财产基本险。2024年6月连降暴雨，仓库内堆放的成品纸受水浸报废，损失210000元，被告拒赔。\n"
            "被告辩称：原告未及时转移存货，损失扩大部分不应赔偿。\n")
    assert _cause(text) == "财产损失保险合同纠纷"


def test_a_stated_work_contract_where_one_party_supplied_the_material_and_the_other_worked_it_is_processing():
    text = ("某市某区人民法院\n民事判决书\n（2024）某0102民初200号\n"
            "原告：某市巧手服饰加工厂，住所地某市某区纺织路6号。\n经营者：郑美兰。\n"
            "被告：某市潮衣贸易有限公司，住所地某市某区商贸城2号。\n法定代表人：汤浩。\n"
            "原告与被告承揽合同纠纷一案，本院立案后依法审理。\n"
            "原告向本院提出诉讼请求：1.判令被告支付加工费86000元；2.诉讼费由被告负担。事实和理由：双方签订《服装委托加工合同》，"
            "约定由潮衣公司提供面料、辅料，巧手加工厂按其样衣缝制连衣裙，按件计价。原告已交付连衣裙4300件，被告尚欠加工费86000元。\n")
    assert _cause(text) == "加工合同纠纷"


def test_a_stated_land_contract_right_case_asking_the_right_to_a_described_plot_confirmed_is_the_confirmation():
    text = ("民事起诉状\n案由：土地承包经营权纠纷\n"
            "原告：邬长林，男，1968年2月2日生，汉族，农民，住某县石门乡上坪村三组。\n"
            "被告：邬长河，男，1965年5月5日生，汉族，农民，住某县石门乡上坪村三组。\n"
            "诉讼请求：\n一、确认位于上坪村三组“坡背”的旱地2.1亩（四至：东至山脚，南至邬长河地，西至水沟，北至机耕路）的土地承包经营权归原告所有；\n"
            "二、本案诉讼费由被告负担。\n"
            "事实和理由：该地块在二轮延包时登记在原告户下，2012年原告外出时交给被告代种，现被告拒不归还并称该地归其所有。\n"
            "此致\n某县人民法院\n具状人：邬长林\n2025年3月3日")
    assert _cause(text) == "土地承包经营权确认纠纷"


def test_a_stated_privacy_and_information_case_over_a_camera_lens_trained_on_the_neighbours_door_is_privacy():
    text = ("某市某区人民法院\n民事判决书\n（2025）某0103民初300号\n"
            "原告：简秀云，女，1960年1月1日出生，汉族，住某市某区锦绣花园2栋1单元501室。\n"
            "被告：蒲建军，男，1975年7月7日出生，汉族，住某市某区锦绣花园2栋1单元502室。\n"
            "原告简秀云与被告蒲建军隐私权、个人信息保护纠纷一案，本院立案后依法审理。\n"
            "简秀云向本院提出诉讼请求：1.判令被告拆除其安装在门口的监控；2.判令被告赔偿精神损害抚慰金3000元。事实和理由：原、被告系对门邻居。"
            "2024年5月被告在其门口安装监控，镜头正对原告入户门，原告一开门屋内情形即被拍下。\n"
            "蒲建军辩称，监控系为防盗安装。\n")
    assert _cause(text) == "隐私权纠纷"


def test_a_family_households_old_house_compensation_divided_among_its_members_is_the_household_partition():
    text = ("民事起诉状\n原告：屈志明，男，1980年1月1日出生，汉族，住某市北区河口村南街8号。\n"
            "被告一：屈志强，男，1977年2月2日出生，汉族，住某市北区河口村新区3幢201室。\n"
            "被告二：屈德旺，男，1950年3月3日出生，汉族，住址同上。\n"
            "诉讼请求：\n1.依法分割原、被告共有的河口村老屋被征收所得补偿款，判令被告一支付原告应得份额260000元；\n"
            "2.本案诉讼费用由二被告承担。\n"
            "事实与理由：\n原告与被告一系兄弟，被告二系二人之父。2001年全家共同出资建了河口村老屋两层。2024年老屋被征收，"
            "被告一作为户主领取了全部补偿款780000元，拒不分给原告。原告认为，老屋系家庭成员共同建造，补偿款应由家庭成员共同分享。\n"
            "此致\n某市北区人民法院\n具状人：屈志明\n2025年1月2日")
    assert _cause(text) == "分家析产纠纷"


def test_an_answer_to_a_claim_for_more_child_support_is_the_child_support_case():
    text = ("答辩状\n答辩人：阎立波，男，1986年5月5日生，汉族，住某县东关镇北街9号。\n"
            "被答辩人：阎可欣，女，2015年3月8日生，住某县西关镇前街村。\n法定代理人：柴玉梅，系被答辩人之母，住址同上。\n"
            "答辩人就被答辩人要求增加抚养费一案，答辩如下：\n"
            "2019年离婚时约定孩子随母亲生活，我每月给600元，从来没有少过。现在对方要我每月给1500元，还要我出英语培训班的学费。"
            "我在外面打零工，收入不稳定，最多能加到每月800元。\n"
            "此致\n某县人民法院\n答辩人：阎立波\n2025年4月2日")
    assert _cause(text) == "抚养费纠纷"


def test_a_tenants_letter_asking_the_deposit_back_from_the_landlord_is_the_house_lease():
    text = ("起诉书（押金的事）\n"
            "起诉人：米晓红，女，1997年9月9日出生，身份证号411402199709090023，现租住某市南区康乐村三巷5号301房。\n"
            "被起诉人：荣天福，男，1965年6月6日出生，身份证号441900196506060037，住某市南区康乐村三巷5号一楼。\n"
            "我到底要什么：\n1、退我押金3000块；\n2、退我多收的水费600元。\n"
            "为什么告他：\n我从2023年5月租他的房子，每月1500元，今年4月到期搬走，房子打扫干净钥匙也交了，他说墙脏了押金一分不退，还把我微信拉黑了。\n"
            "此致\n某市南区人民法院\n米晓红\n2025年5月20日")
    assert _cause(text) == "房屋租赁合同纠纷"
