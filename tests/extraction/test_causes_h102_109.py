"""Causes as holdout102-109 brought them: a letter whose writer tells the story in his own entry and calls the dog by
its breed. Every snippet is our own."""


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
