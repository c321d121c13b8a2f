"""Writes the dev set of element files (tests/generation/cases/*.json) for the six civil case types.

    python tests/generation/make_cases.py

Each file is a CaseElements (courtdoc.case/1) plus the judge's ``confirmed`` elements (format:
generation/ELEMENTS.md). Names, numbers and places are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "cases"

COURTS = {
    "xm": ("福建省厦门市思明区人民法院", "闽0203"),
    "hz": ("浙江省杭州市西湖区人民法院", "浙0106"),
    "sz": ("广东省深圳市南山区人民法院", "粤0305"),
    "bj": ("北京市朝阳区人民法院", "京0105"),
    "nj": ("江苏省南京市鼓楼区人民法院", "苏0106"),
    "cd": ("四川省成都市武侯区人民法院", "川0107"),
}


def person(role, name, gender="男", birth="1985-03-12", address="福建省厦门市思明区莲前西路88号", agents=()):
    return {"role": role, "kind": "person", "name": name, "gender": gender, "birth_date": birth, "ethnicity": "汉族",
            "id_number": None, "credit_code": None, "address": address, "phone": None, "occupation": None,
            "legal_representative": None, "agents": list(agents)}


def org(role, name, address, rep, title="执行董事", agents=()):
    return {"role": role, "kind": "organization", "name": name, "gender": None, "birth_date": None,
            "ethnicity": None, "id_number": None, "credit_code": None, "address": address, "phone": None,
            "occupation": None, "legal_representative": {"name": rep, "title": title}, "agents": list(agents)}


def lawyer(name, firm):
    return {"name": name, "type": "委托诉讼代理人", "firm": firm, "title": "律师"}


def case(court, number, cause, parties, claims, amount, facts, filed, confirmed):
    name, code = COURTS[court]
    return {"schema": "courtdoc.case/1", "document_type": "起诉状", "court": name,
            "case_number": f"（{filed[:4]}）{code}民初{number}号", "cause_of_action": cause, "charges": [],
            "parties": parties, "claims": claims, "amount_claimed": amount, "facts_and_reasons": facts,
            "evidence": [], "filed_on": filed, "fee": None, "checks": [], "provenance": {}, "confirmed": confirmed}


def judges(procedure):
    if procedure == "ordinary":
        return {"presiding": "陈立明", "members": ["黄晓梅"], "jurors": ["郑国强"], "clerk": "林雨欣"}
    return {"judge": "陈立明", "clerk": "林雨欣"}


CASES = {
    "lending_2": case(
        "hz", 2101, "民间借贷纠纷",
        [person("原告", "周建华", address="浙江省杭州市西湖区文三路12号", agents=[lawyer("孙丽", "浙江某某律师事务所")]),
         person("被告", "吴志强", address="浙江省杭州市拱墅区湖墅南路3号"),
         person("被告", "郑海燕", gender="女", address="浙江省杭州市拱墅区湖墅南路3号")],
        ["判令被告吴志强偿还借款50000元及逾期利息", "判令被告郑海燕承担连带清偿责任"], 52000.0,
        "被告吴志强于2022年1月5日向原告借款50000元，约定2022年6月30日前归还，被告郑海燕作为保证人签字。到期后被告未还款。",
        "2023-04-10",
        {"procedure": "ordinary", "judgment_date": "2023-07-18", "absent": ["吴志强"], "judges": judges("ordinary"),
         "defence": {"郑海燕": "保证期间已过，不应承担保证责任"},
         "elements": {"principal": 50000, "loan_date": "2022-01-05", "due_date": "2022-06-30",
                      "interest_rate": None, "overdue_rate": None, "repayments": [], "guarantors": ["郑海燕"],
                      "delivery": "微信转账", "evidence_of_loan": "借条"}}),
    "lending_3": case(
        "xm", 305, "民间借贷纠纷",
        [person("原告", "林美玲", gender="女", birth="1979-11-02"), person("被告", "黄志明", birth="1990-02-20")],
        ["判令被告偿还借款本金30000元及利息"], 45000.0,
        "2019年5月1日被告向原告借款30000元，约定月利率2%，一年后归还，至今未还。", "2023-03-01",
        {"procedure": "small_claims", "judgment_date": "2023-03-28", "judges": judges("small_claims"),
         "elements": {"principal": 30000, "loan_date": "2019-05-01", "due_date": "2020-04-30",
                      "interest_rate": 24, "overdue_rate": None, "repayments": [{"date": "2021-01-01", "amount": 5000}],
                      "evidence_of_loan": "借条"}}),
    "lending_4": case(
        "sz", 1888, "民间借贷纠纷",
        [person("原告", "欧阳明", address="广东省深圳市南山区科技园北区8号"), person("被告", "陈晓东", address="广东省深圳市福田区华强北路1号")],
        ["判令被告偿还借款本金200000元及利息"], 230000.0,
        "2023年3月15日被告因资金周转向原告借款200000元，约定年利率20%，借期半年。", "2024-03-20",
        {"procedure": "summary", "judgment_date": "2024-05-06", "judges": judges("summary"),
         "defence": "借款属实，但利息过高",
         "elements": {"principal": 200000, "loan_date": "2023-03-15", "due_date": "2023-09-14",
                      "interest_rate": 20, "overdue_rate": 24,
                      "repayments": [{"date": "2023-06-15", "amount": 10000}, {"date": "2023-12-31", "amount": 30000}],
                      "evidence_of_loan": "借款合同"}}),
    "bank_loan_1": case(
        "nj", 4455, "金融借款合同纠纷",
        [org("原告", "中国某某银行股份有限公司南京鼓楼支行", "江苏省南京市鼓楼区中山路1号", "赵宏", "行长",
             agents=[lawyer("钱进", "江苏某某律师事务所")]),
         person("被告", "刘洋", address="江苏省南京市玄武区珠江路5号"),
         org("被告", "南京某某商贸有限公司", "江苏省南京市秦淮区中华路9号", "刘洋")],
        ["判令被告刘洋偿还借款本金280000元、利息、罚息及复利", "判令被告南京某某商贸有限公司承担连带清偿责任"], 300000.0,
        "2021年6月1日原告与被告刘洋签订借款合同，借款300000元，年利率5.6%，被告公司提供连带责任保证。被告自2022年10月起未按期还款。",
        "2023-05-15",
        {"procedure": "ordinary", "judgment_date": "2023-08-30", "judges": judges("ordinary"),
         "elements": {"contract_date": "2021-06-01", "loan_amount": 300000, "loan_date": "2021-06-02",
                      "due_date": "2024-06-01", "interest_rate": 5.6, "penalty_rate": 8.4, "as_of": "2023-05-10",
                      "principal_outstanding": 280000, "interest_outstanding": 6532.18, "penalty_interest": 1206.3,
                      "compound_interest": 98.45, "guarantors": ["南京某某商贸有限公司"]}}),
    "bank_loan_2": case(
        "cd", 7321, "信用卡纠纷",
        [org("原告", "某某银行股份有限公司信用卡中心", "上海市浦东新区陆家嘴环路1000号", "王卫东", "总经理"),
         person("被告", "杨帆", gender="女", address="四川省成都市武侯区武侯祠大街100号")],
        ["判令被告偿还信用卡透支本金48210.55元、利息及违约金"], 53000.0,
        "被告申领原告信用卡后透支消费，未按约还款。", "2024-01-08",
        {"procedure": "summary", "judgment_date": "2024-02-26", "absent": ["杨帆"], "judges": judges("summary"),
         "elements": {"credit_card": True, "contract_date": "2019-04-10", "as_of": "2023-12-31",
                      "principal_outstanding": 48210.55, "interest_outstanding": 3120.4, "late_fee": 964.21,
                      "interest_rate": 18.25, "penalty_rate": 18.25}}),
    "bank_loan_3": case(
        "bj", 9920, "金融借款合同纠纷",
        [org("原告", "北京某某农村商业银行股份有限公司朝阳支行", "北京市朝阳区朝阳路20号", "孙强", "行长"),
         person("被告", "马国庆", address="北京市朝阳区望京西路2号")],
        ["判令被告偿还借款本金95000元、利息、罚息", "判令被告支付律师费5000元"], 108000.0,
        "2022年2月原告向被告发放个人经营贷款100000元，被告逾期。", "2023-09-01",
        {"procedure": "summary", "judgment_date": "2023-10-20", "absent": ["马国庆"], "judges": judges("summary"),
         "elements": {"contract_date": "2022-02-10", "loan_amount": 100000, "loan_date": "2022-02-11",
                      "due_date": "2023-02-10", "interest_rate": 6.5, "penalty_rate": 9.75, "as_of": "2023-08-31",
                      "principal_outstanding": 95000, "interest_outstanding": 2100.5, "penalty_interest": 3204.6,
                      "attorney_fee": 5000}}),
    "traffic_1": case(
        "xm", 6612, "机动车交通事故责任纠纷",
        [person("原告", "林国栋", birth="1968-07-01", address="福建省厦门市湖里区江头街道吕岭路10号",
                agents=[lawyer("许文", "福建某某律师事务所")]),
         person("被告", "蔡明亮", address="福建省厦门市集美区杏林湾路2号"),
         org("被告", "中国某某财产保险股份有限公司厦门分公司", "福建省厦门市思明区鹭江道8号", "何平", "总经理"),
         org("被告", "某某财产保险股份有限公司厦门市分公司", "福建省厦门市思明区湖滨北路9号", "李华", "总经理")],
        ["判令被告赔偿原告各项损失共计260000元"], 260000.0,
        "2022年8月10日，被告蔡明亮驾驶闽D12345号小型轿车与原告驾驶的电动自行车相撞，致原告受伤。交警认定蔡明亮负主要责任。",
        "2023-02-20",
        {"procedure": "ordinary", "judgment_date": "2023-06-15", "judges": judges("ordinary"),
         "defence": {"中国某某财产保险股份有限公司厦门分公司": "同意在交强险限额内赔偿",
                     "某某财产保险股份有限公司厦门市分公司": "按责任比例在商业险限额内赔偿，鉴定费不属于保险责任"},
         "elements": {"accident_date": "2022-08-10", "accident": "蔡明亮驾驶小型轿车与林国栋驾驶的电动自行车相撞，致林国栋受伤",
                      "tortfeasor": "蔡明亮", "compulsory_insurer": "中国某某财产保险股份有限公司厦门分公司",
                      "commercial_insurer": "某某财产保险股份有限公司厦门市分公司", "commercial_limit": 1000000,
                      "liability": "主要", "liability_share": 70,
                      "medical_fee": 56321.4, "hospital_days": 21, "hospital_meal_per_day": 100,
                      "nutrition_days": 60, "nutrition_per_day": 30, "lost_work_days": 180, "lost_work_daily": 200,
                      "nursing_days": 30, "nursing_daily": 150, "transport_fee": 800,
                      "disability_income": 67197, "victim_age": 54, "disability_grade": 10,
                      "mental_damages": 5000, "property_loss": 1200}}),
    "traffic_2": case(
        "hz", 3377, "机动车交通事故责任纠纷",
        [person("原告", "沈佳", gender="女", birth="1995-05-05"), person("被告", "韩磊"),
         org("被告", "某某财产保险股份有限公司杭州中心支公司", "浙江省杭州市上城区庆春路1号", "邵军", "总经理")],
        ["判令被告赔偿医疗费、误工费、财产损失等共计20000元"], 20000.0,
        "2023年4月2日被告韩磊驾车倒车时撞伤原告，交警认定韩磊负全部责任。", "2023-07-03",
        {"procedure": "summary", "judgment_date": "2023-08-08", "judges": judges("summary"),
         "elements": {"accident_date": "2023-04-02", "tortfeasor": "韩磊",
                      "compulsory_insurer": "某某财产保险股份有限公司杭州中心支公司",
                      "liability": "全部", "liability_share": 100, "medical_fee": 12650.32, "hospital_days": 7,
                      "hospital_meal_per_day": 100, "lost_work_fee": 3000, "transport_fee": 300, "property_loss": 2600}}),
    "traffic_3": case(
        "cd", 5510, "机动车交通事故责任纠纷",
        [person("原告", "罗淑芬", gender="女", birth="1957-09-09", address="四川省成都市武侯区人民南路四段1号"),
         person("被告", "何军", address="四川省成都市成华区建设路2号"),
         org("被告", "某某保险股份有限公司成都分公司", "四川省成都市锦江区红星路3号", "周涛", "总经理"),
         org("被告", "某某人寿财产保险股份有限公司四川省分公司", "四川省成都市高新区天府大道5号", "吴斌", "总经理")],
        ["判令被告赔偿原告各项损失共计1100000元"], 1100000.0,
        "2021年11月6日被告何军驾驶重型货车与原告发生碰撞，原告受重伤，构成四级伤残。", "2022-10-10",
        {"procedure": "ordinary", "judgment_date": "2023-01-12", "judges": judges("ordinary"),
         "elements": {"accident_date": "2021-11-06", "tortfeasor": "何军",
                      "compulsory_insurer": "某某保险股份有限公司成都分公司",
                      "commercial_insurer": "某某人寿财产保险股份有限公司四川省分公司", "commercial_limit": 500000,
                      "liability": "全部", "liability_share": 100, "medical_fee": 320000.5, "hospital_days": 90,
                      "hospital_meal_per_day": 100, "nutrition_fee": 9000, "nursing_days": 200, "nursing_daily": 180,
                      "lost_work_fee": 0, "transport_fee": 2500, "disability_income": 42075, "victim_age": 64,
                      "disability_grade": 4, "mental_damages": 30000}}),
    "traffic_4": case(
        "nj", 7788, "机动车交通事故责任纠纷",
        [person("原告", "王秀兰", gender="女", birth="1955-03-03", address="江苏省南京市江宁区东山街道1号",
                agents=[lawyer("周敏", "江苏某某律师事务所")]),
         person("原告", "王建军", birth="1980-08-08", address="江苏省南京市江宁区东山街道1号"),
         person("被告", "钱小龙", address="江苏省南京市浦口区江浦街道3号"),
         org("被告", "某某财产保险股份有限公司南京分公司", "江苏省南京市建邺区江东中路9号", "陆明", "总经理")],
        ["判令被告赔偿死亡赔偿金、丧葬费、精神损害抚慰金等共计450000元"], 450000.0,
        "2023年1月15日，被告钱小龙驾驶小型客车与王某某驾驶的电动自行车相撞，王某某经抢救无效死亡。交警认定双方负同等责任。",
        "2023-06-01",
        {"procedure": "ordinary", "judgment_date": "2023-10-09", "judges": judges("ordinary"),
         "elements": {"accident_date": "2023-01-15", "deceased": "王某某", "tortfeasor": "钱小龙",
                      "compulsory_insurer": "某某财产保险股份有限公司南京分公司",
                      "commercial_insurer": "某某财产保险股份有限公司南京分公司", "commercial_limit": 1000000,
                      "liability": "同等", "liability_share": 50, "medical_fee": 20000,
                      "death_income": 49283, "victim_age": 70, "funeral_monthly_wage": 8000, "mental_damages": 50000}}),
    "divorce_1": case(
        "nj", 1201, "离婚纠纷",
        [person("原告", "王丽", gender="女", birth="1990-04-04", address="江苏省南京市鼓楼区湖南路6号"),
         person("被告", "赵刚", birth="1988-12-12", address="江苏省南京市鼓楼区湖南路6号")],
        ["判令原告与被告离婚", "婚生女赵欣由原告抚养，被告每月支付抚养费2000元", "依法分割夫妻共同财产"], None,
        "原被告于2015年登记结婚，婚后因性格不合经常争吵，自2021年起分居至今。", "2023-03-06",
        {"procedure": "summary", "judgment_date": "2023-05-10", "judges": judges("summary"),
         "elements": {"grant": True, "marriage_date": "2015-10-01", "breakdown": "双方自2021年起分居已满两年，感情确已破裂",
                      "children": [{"name": "赵欣", "birth_date": "2016-08-20", "gender": "女", "custody": "王丽",
                                    "support_payer": "赵刚", "support_monthly": 2000, "support_from": "2023-06", "pay_day": 10}],
                      "visitation": "被告赵刚每月可探望婚生女赵欣两次，原告王丽予以协助",
                      "property": [{"item": "位于南京市鼓楼区的房屋一套", "value": 2400000, "to": "王丽"},
                                   {"item": "牌号为苏A×××××的小型轿车一辆", "value": 120000, "to": "赵刚"}]}}),
    "divorce_2": case(
        "bj", 888, "离婚纠纷",
        [person("原告", "张敏", gender="女", birth="1992-01-01"), person("被告", "李强", birth="1991-06-06")],
        ["判令原告与被告离婚"], None, "婚后因家庭琐事产生矛盾。", "2023-06-01",
        {"procedure": "summary", "judgment_date": "2023-07-05", "judges": judges("summary"),
         "elements": {"grant": False, "marriage_date": "2020-05-20"}}),
    "divorce_3": case(
        "sz", 2468, "离婚纠纷",
        [person("原告", "陈志伟", birth="1982-02-02"), person("被告", "刘芳", gender="女", birth="1984-03-03")],
        ["判令原告与被告离婚", "两名子女由被告抚养，原告每月每人支付抚养费1500元"], None,
        "双方因长期两地分居感情淡漠。", "2024-02-01",
        {"procedure": "ordinary", "judgment_date": "2024-05-20", "judges": judges("ordinary"),
         "elements": {"grant": True, "marriage_date": "2010-09-09", "breakdown": "双方长期分居，互不履行夫妻义务，感情确已破裂",
                      "fee_bearer": "各半",
                      "children": [{"name": "陈子涵", "birth_date": "2012-07-07", "gender": "男", "custody": "刘芳",
                                    "support_payer": "陈志伟", "support_monthly": 1500, "support_from": "2024-06", "pay_day": 5},
                                   {"name": "陈子萱", "birth_date": "2015-12-31", "gender": "女", "custody": "刘芳",
                                    "support_payer": "陈志伟", "support_monthly": 1500, "support_from": "2024-06", "pay_day": 5}]}}),
    "labour_1": case(
        "sz", 5566, "劳动争议",
        [person("原告", "黄小兵", birth="1993-09-09", address="广东省深圳市南山区西丽街道1号"),
         org("被告", "深圳某某科技有限公司", "广东省深圳市南山区粤海街道科苑路8号", "吴海", "总经理")],
        ["判令被告支付拖欠工资16000元", "判令被告支付解除劳动合同经济补偿"], 56000.0,
        "原告于2019年7月1日入职被告处，2023年10月被告提出解除劳动合同，双方协商一致，但被告未支付工资及经济补偿。",
        "2024-01-15",
        {"procedure": "summary", "judgment_date": "2024-03-01", "judges": judges("summary"),
         "arbitration": {"commission": "深圳市南山区劳动人事争议仲裁委员会", "award_number": "深南劳人仲案〔2023〕1234号",
                         "award_date": "2023-12-20", "result": "裁决被告支付原告工资16000元，驳回其他仲裁请求"},
         "elements": {"start_date": "2019-07-01", "end_date": "2023-10-31", "termination": "employer_art36",
                      "average_wage": 8000, "local_average_wage": 12964,
                      "unpaid_wages": [{"period": "2023年9月", "amount": 8000}, {"period": "2023年10月", "amount": 8000}]}}),
    "labour_2": case(
        "bj", 6677, "劳动争议",
        [person("原告", "高明", birth="1980-10-10"),
         org("被告", "北京某某信息技术有限公司", "北京市朝阳区酒仙桥路10号", "钱伟", "董事长")],
        ["判令被告支付经济补偿600000元"], 600000.0,
        "原告自2008年3月1日起在被告处工作，2023年6月被告以客观情况发生重大变化为由解除劳动合同。", "2023-11-01",
        {"procedure": "ordinary", "judgment_date": "2024-02-02", "judges": judges("ordinary"),
         "arbitration": {"commission": "北京市朝阳区劳动人事争议仲裁委员会", "award_number": "京朝劳人仲字〔2023〕第8899号",
                         "award_date": "2023-10-15"},
         "elements": {"start_date": "2008-03-01", "end_date": "2023-06-30", "termination": "employer_art40",
                      "average_wage": 45000, "local_average_wage": 11297}}),
    "labour_3": case(
        "cd", 1357, "追索劳动报酬纠纷",
        [person("原告", "蒋红", gender="女", birth="1998-08-08"),
         org("被告", "成都某某餐饮管理有限公司", "四川省成都市青羊区宽窄巷子1号", "唐勇", "执行董事")],
        ["判令被告支付工资9300元", "判令被告支付经济补偿4650元"], 13950.0,
        "原告2022年3月入职，2023年2月主动辞职，被告拖欠最后两个月工资。", "2023-06-06",
        {"procedure": "small_claims", "judgment_date": "2023-07-01", "judges": judges("small_claims"),
         "elements": {"start_date": "2022-03-01", "end_date": "2023-02-28", "termination": "resign",
                      "average_wage": 4650,
                      "unpaid_wages": [{"period": "2023年1月", "amount": 4650}, {"period": "2023年2月", "amount": 4650}]}}),
    "labour_4": case(
        "hz", 2424, "劳动争议",
        [person("原告", "许文杰", birth="1987-12-01"),
         org("被告", "杭州某某电子商务有限公司", "浙江省杭州市西湖区文一西路100号", "丁磊", "执行董事")],
        ["判令被告支付违法解除劳动合同赔偿金70000元", "判令被告支付未签订书面劳动合同二倍工资差额58500元"], 128500.0,
        "被告无正当理由于2023年5月辞退原告。", "2023-09-09",
        {"procedure": "summary", "judgment_date": "2023-11-11", "judges": judges("summary"),
         "arbitration": {"commission": "杭州市西湖区劳动人事争议仲裁委员会", "award_number": "杭西劳人仲案〔2023〕567号"},
         "elements": {"start_date": "2020-02-17", "end_date": "2023-05-19", "termination": "unlawful_art87",
                      "average_wage": 10000, "no_contract_months": 6.5, "no_contract_wage": 9000}}),
    "sale_1": case(
        "nj", 3030, "买卖合同纠纷",
        [org("原告", "南京某某建材有限公司", "江苏省南京市江宁区秣陵街道1号", "周伟"),
         org("被告", "南京某某建筑工程有限公司", "江苏省南京市栖霞区仙林大道2号", "孙斌")],
        ["判令被告支付货款350000元及逾期付款损失"], 380000.0,
        "2022年5月原告向被告供应钢材，总价500000元，约定2022年8月31日前付清。被告支付部分后拖欠。", "2023-06-30",
        {"procedure": "ordinary", "judgment_date": "2023-09-15", "judges": judges("ordinary"),
         "elements": {"contract_date": "2022-05-10", "goods": "螺纹钢", "total_price": 500000, "delivered_on": "2022-06-01",
                      "payment_due": "2022-08-31", "payments": [{"date": "2022-07-01", "amount": 150000},
                                                               {"date": "2022-12-31", "amount": 50000}],
                      "lpr_markup": 50}}),
    "sale_2": case(
        "xm", 4141, "买卖合同纠纷",
        [org("原告", "厦门某某食品有限公司", "福建省厦门市海沧区新阳街道1号", "蔡文"),
         person("被告", "郭建国", address="福建省厦门市同安区大同街道2号")],
        ["判令被告支付货款68000元及违约金"], 75000.0,
        "被告向原告采购冻品，双方约定逾期付款按日万分之五支付违约金。", "2024-04-01",
        {"procedure": "summary", "judgment_date": "2024-05-08", "judges": judges("summary"), "absent": ["郭建国"],
         "elements": {"contract_date": "2023-06-01", "goods": "冷冻水产品", "total_price": 68000,
                      "payment_due": "2023-09-30", "penalty_daily_rate": 0.0005}}),
    "sale_3": case(
        "bj", 5050, "买卖合同纠纷",
        [person("原告", "冯雪", gender="女", birth="1986-06-06"), person("被告", "褚卫", birth="1979-07-07")],
        ["判令被告支付货款20000元及逾期付款损失"], 21000.0,
        "被告购买原告二手设备一台，价款30000元，约定2023年1月10日前付清，被告仅付10000元。", "2023-12-01",
        {"procedure": "small_claims", "judgment_date": "2023-12-28", "judges": judges("small_claims"),
         "elements": {"contract_date": "2022-12-20", "goods": "二手数控机床一台", "total_price": 30000,
                      "payment_due": "2023-01-10", "payments": [{"date": "2022-12-20", "amount": 10000}],
                      "lpr_markup": 30}}),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, data in CASES.items():
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
