"""Cause rules added after the holdout44-45 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_electricity_a_landlord_overcharges_his_tenant_is_the_lease():
    claims = "返还租房押金2000元；返还多收的电费268元"
    facts = ("去年三月我在城南租下房东的一间单间，押一付一，每月租金900元。房东每个月按一块五一度收电费，比电表上"
             "的价钱高出一倍多，退房时又扣着押金不给。")
    assert _cue(claims, facts, ("祁晓梅", "柴振东")) == "房屋租赁合同纠纷"
    # (a household's bill owed to the power company stays the supply contract)
    assert _cue("支付拖欠的电费3120元", "原告国网某县供电公司向被告住宅供电，被告自2022年起未缴电费。",
                ("国网某县供电公司", "甘德胜")) == "供用电合同纠纷"


def test_a_leak_from_the_flat_above_after_others_renovation_is_damage_to_property():
    claims = "赔偿我家厨房吊顶和橱柜的维修费用9600元；赔偿泡坏的冰箱损失2100元"
    facts = ("今年三月楼上住户请的装修队重做卫生间，把地面防水层凿坏了，之后我家厨房顶棚一直往下滴水，吊顶发霉塌了一块，"
             "冰箱也进水坏了。")
    assert _cue(claims, facts, ("邵桂芝", "龚立伟", "某某装饰工程有限公司")) == "财产损害赔偿纠纷"
    # (the filer's own fitting-out done badly is the decorating contract with the firm she hired)
    own = ("原告与被告签订家庭装修合同，约定被告为原告新房装修，装修款86000元。完工后卫生间防水层未做闭水试验，"
           "楼下邻居家天花板渗水。")
    assert _cue("返还装修款12000元；赔偿损失5000元", own, ("邵桂芝", "某某装饰工程有限公司")) == "装饰装修合同纠纷"


def test_a_stated_construction_contract_for_a_building_put_up_is_the_building_contract():
    text = ("上诉人褚永刚因与被上诉人甘肃恒远建筑安装有限公司建设工程合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "褚永刚上诉请求：改判被上诉人支付工程款734000元。事实和理由：褚永刚借用被上诉人资质，实际施工了"
            "某住宅小区3号楼的主体结构工程，该工程已竣工验收。")
    assert _stated(text) == "建设工程施工合同纠纷"
    # (a design contract is no building put up: the stated family stays)
    design = ("原告某设计院与被告某置业公司建设工程合同纠纷一案，本院受理后依法审理。\n原告诉称：双方签订建设工程设计合同，"
              "原告为被告某住宅小区提供施工图设计，被告尚欠设计费42万元。")
    assert _stated(design) == "建设工程合同纠纷"
