"""Causes as holdout102-109 brought them: a letter whose writer tells the story in his own entry and calls the dog by
its breed; a child's bicycle running another down off the road; a courier firm sued beside its rider for his accident;
a gang boss's hand hurt at the work he was called to. Every snippet is our own."""


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
