"""Template generator for part of the extraction dev set (bench/data/extract_dev/generated.jsonl).

    python bench/_extract_gen.py [--n 48] [--seed 7]

Generated documents cover the combinations (roles, formats, agents, companies, 大写 amounts, interest
terms, missing fields); the hand-written and real documents beside them keep the bench honest about
texts this generator never produced. Labels come from the values the generator put in, not from the
extractor.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from courtdoc.legal.numerals import amount_in_words
from stdnum.cn import uscc

OUT = Path(__file__).resolve().parent / "data" / "extract_dev" / "generated.jsonl"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志伟海燕宇浩然子涵欣怡梓轩雨桐思远文博晓东立新春梅金凤德胜永福"
REGIONS = [
    ("350203", "福建省厦门市思明区", ["湖滨南路", "厦禾路", "鹭江道", "莲前西路"]),
    ("350206", "福建省厦门市湖里区", ["高崎南五路", "金山路", "枋湖北二路"]),
    ("110105", "北京市朝阳区", ["建国路", "朝阳北路", "望京街"]),
    ("310115", "上海市浦东新区", ["世纪大道", "张杨路", "浦东南路"]),
    ("440106", "广东省广州市天河区", ["天河路", "体育西路", "黄埔大道西"]),
    ("330106", "浙江省杭州市西湖区", ["文三路", "天目山路", "古墩路"]),
    ("510107", "四川省成都市武侯区", ["人民南路", "科华北路", "武侯祠大街"]),
    ("420106", "湖北省武汉市武昌区", ["中南路", "武珞路", "和平大道"]),
    ("230102", "黑龙江省哈尔滨市道里区", ["中央大街", "友谊路", "安静街"]),
    ("370202", "山东省青岛市市南区", ["香港中路", "山东路", "闽江路"]),
]
COURTS = {
    "350203": "福建省厦门市思明区人民法院", "350206": "福建省厦门市湖里区人民法院", "110105": "北京市朝阳区人民法院",
    "310115": "上海市浦东新区人民法院", "440106": "广州市天河区人民法院", "330106": "杭州市西湖区人民法院",
    "510107": "成都市武侯区人民法院", "420106": "武汉市武昌区人民法院", "230102": "哈尔滨市道里区人民法院",
    "370202": "青岛市市南区人民法院",
}
ETHNIC = ["汉族"] * 8 + ["回族", "满族", "壮族", "土家族", "蒙古族"]
OCCUPATIONS = ["农民", "无业", "个体工商户", "职员", "退休工人", "教师", "司机", "务工", "自由职业", None, None]
COMPANY_WORDS = ["鑫盛", "恒达", "宏远", "金桥", "华兴", "海峡", "东方", "远洋", "瑞丰", "嘉禾", "天成", "博雅"]
COMPANY_KINDS = ["贸易有限公司", "建筑工程有限公司", "科技有限公司", "物业管理有限公司", "商贸有限责任公司", "实业股份有限公司",
                 "餐饮管理有限公司", "装饰工程有限公司"]
TITLES = ["执行董事", "董事长", "总经理", "经理"]
FIRMS = ["福建天衡联合律师事务所", "北京市中伦律师事务所", "上海市锦天城律师事务所", "广东广信君达律师事务所",
         "浙江天册律师事务所", "四川明炬律师事务所", "湖北得伟君尚律师事务所", "山东琴岛律师事务所", "厦门市思明区法律援助中心"]
CAUSES = {
    "民间借贷纠纷": ("借款", "向原告借款{a}，约定于{d}前归还。借款到期后，被告未按约还款，经原告多次催讨仍未归还"),
    "买卖合同纠纷": ("货款", "向原告购买建材一批，货款共计{a}。原告依约交付货物后，被告拖欠货款至今未付"),
    "房屋租赁合同纠纷": ("租金", "承租原告所有的房屋，约定月租金若干，被告自{d}起拖欠租金{a}"),
    "追索劳动报酬纠纷": ("工资", "原告在被告处工作，被告拖欠原告工资{a}，经劳动仲裁后仍未支付"),
    "机动车交通事故责任纠纷": ("赔偿款", "驾驶小型轿车与原告发生交通事故，交警部门认定被告负事故全部责任，原告损失共计{a}"),
    "物业服务合同纠纷": ("物业费", "系原告服务小区的业主，自{d}起拖欠物业费{a}"),
}


def id_number(r: random.Random, region: str, birth: str, gender: str) -> str:
    seq = r.randint(10, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if gender == "男" else r.choice([0, 2, 4, 6, 8]))
    first = region + birth.replace("-", "") + f"{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first + "10X98765432"[sum(int(c) * k for c, k in zip(first, w, strict=True)) % 11]


def credit_code(r: random.Random, region: str) -> str:
    body = "9135" if region.startswith("35") else "91" + region[:2]
    body = "91" + region + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc.calc_check_digit(body)


def person(r: random.Random, role: str, masked: bool) -> tuple[str, dict]:
    code, region, roads = r.choice(REGIONS)
    name = r.choice(SURNAMES) + (r.choice(["某", "某某", "×1", "x2"]) if masked else "".join(r.sample(GIVEN, r.choice([1, 2]))))
    gender = r.choice("男女")
    birth = f"{r.randint(1950, 2002)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    y, m, d = birth.split("-")
    addr = f"{region}{r.choice(roads)}{r.randint(1, 300)}号" + (f"{r.randint(1, 30)}0{r.randint(1, 4)}室" if r.random() < 0.5 else "")
    idn = id_number(r, code, birth, gender) if r.random() < 0.7 else None
    eth = r.choice(ETHNIC)
    occ = r.choice(OCCUPATIONS)
    phone = "1" + r.choice("3589") + "".join(r.choice("0123456789") for _ in range(9)) if r.random() < 0.5 else None
    fields = [f"{gender}"]
    date_fmt = r.choice([f"{y}年{int(m)}月{int(d)}日出生", f"出生于{y}年{int(m)}月{int(d)}日", f"{y}年{int(m)}月{int(d)}日生"])
    show_birth = r.random() < 0.9
    if show_birth:
        fields.append(date_fmt)
    fields.append(eth)
    if occ:
        fields.append(occ)
    kind = r.choice(["住", "住", "住址：", "住所：", "户籍地", "户籍所在地：", "经常居住地"])
    addr_field = f"{kind}{addr}"
    id_field = f"{r.choice(['公民身份号码', '身份证号码：', '身份证号'])}{idn}" if idn else None
    if id_field and r.random() < 0.5:
        fields += [id_field, addr_field]
    else:
        fields += [addr_field] + ([id_field] if id_field else [])
    if r.random() < 0.2:
        fields.append(f"现住{r.choice(REGIONS)[1]}某小区{r.randint(1, 20)}栋")
    if phone:
        fields.append(f"{r.choice(['联系电话：', '电话', '手机号码'])}{phone}")
    sep = r.choice(["：", "：", ""])
    text = f"{role}{sep}{name}，" + "，".join(fields) + "。"
    # a clerk reads an unstated birth date off the ID number, as the form asks (see extract.py's conventions)
    label = {"role": role.split("（")[0], "name": name, "gender": gender, "birth_date": birth if show_birth or idn else None,
             "id_number": idn, "address": addr, "kind": "person"}
    return text, label, code


def company(r: random.Random, role: str) -> tuple[str, dict]:
    code, region, roads = r.choice(REGIONS)
    city = region[3:5] if region[2] == "省" else region[:2]
    name = city + r.choice(COMPANY_WORDS) + r.choice(COMPANY_KINDS)
    addr = f"{region}{r.choice(roads)}{r.randint(1, 300)}号"
    cc = credit_code(r, code)
    rep = r.choice(SURNAMES) + "".join(r.sample(GIVEN, 2))
    title = r.choice(TITLES)
    kind = r.choice(["住所地", "住所地：", "住所："])
    parts = [f"{role}{r.choice(['：', ''])}{name}", f"{kind}{addr}"]
    if r.random() < 0.8:
        parts.insert(r.choice([1, 2]), f"统一社会信用代码{r.choice(['', '：'])}{cc}")
    else:
        cc = None
    rep_line = r.choice([f"法定代表人：{rep}，{title}。", f"法定代表人{rep}，该公司{title}。", f"法定代表人：{rep}，系该公司{title}。"])
    text = "，".join(parts) + "。\n" + rep_line
    label = {"role": role.split("（")[0], "name": name, "gender": None, "birth_date": None, "id_number": None,
             "address": addr, "kind": "organization", "credit_code": cc, "legal_representative": rep}
    return text, label, code


def agent(r: random.Random) -> str:
    name = r.choice(SURNAMES) + "".join(r.sample(GIVEN, r.choice([1, 2])))
    return r.choice([
        f"委托诉讼代理人：{name}，{r.choice(FIRMS)}律师。",
        f"委托代理人{name}，{r.choice(FIRMS)}实习律师。",
        f"委托诉讼代理人：{name}，系原告之子。",
    ])


def claims_block(r: random.Random, cause: str) -> tuple[list[str], float]:
    word = CAUSES[cause][0]
    base = r.choice([8000, 23500, 50000, 100000, 126800, 300000, 1200000])
    style = r.randint(0, 4)
    if style == 0:
        first = f"判令被告支付{word}{base}元"
    elif style == 1:
        first = f"判令被告支付{word}人民币{amount_in_words(base)}（¥{base:,}元）"
    elif style == 2:
        wan = base / 10000
        first = f"判令被告向原告支付{word}{wan:g}万元"
    elif style == 3:
        first = f"请求判令被告立即给付{word}{base:,}元"
    else:
        first = f"判令被告偿还{word}{amount_in_words(base)}"
    total = float(base)
    items = [first]
    x = r.random()
    if x < 0.35:
        items[0] += f"及利息（以{base}元为基数，自2022年{r.randint(1, 12)}月1日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际清偿之日止）"
    elif x < 0.55:
        extra = r.choice([1200, 3600, 5000, 8800])
        items.append(f"判令被告支付逾期付款利息{extra}元（暂计至2023年3月31日）")
        total += extra
    elif x < 0.7:
        fee = r.choice([3000, 5000, 10000])
        items.append(f"判令被告赔偿原告律师费{fee}元")
        total += fee
    items.append(r.choice(["本案诉讼费用由被告承担", "判令被告承担本案全部诉讼费用", "本案受理费、保全费由被告负担"]))
    return items, total


def complaint(r: random.Random, i: int) -> dict:
    cause = r.choice(list(CAUSES))
    n_pl = r.choice([1, 1, 1, 2])
    n_df = r.choice([1, 1, 2])
    lines, parties = [], []
    court_code = None
    for _ in range(n_pl):
        text, lab, code = person(r, "原告", r.random() < 0.2) if r.random() < 0.8 else company(r, "原告")
        court_code = court_code or code
        lines.append(text)
        parties.append(lab)
        if r.random() < 0.4:
            lines.append(agent(r))

    for _ in range(n_df):
        text, lab, code = company(r, "被告") if r.random() < 0.5 else person(r, "被告", r.random() < 0.2)
        lines.append(text)
        parties.append(lab)
    if r.random() < 0.15:
        text, lab, _ = company(r, "第三人")
        lines.append(text)
        parties.append(lab)
    items, total = claims_block(r, cause)
    numer = r.choice(["{n}.", "{n}、", "（{n}）", "{c}、"])
    cn = "一二三四五六七八九"
    claim_text = "\n".join(numer.format(n=k + 1, c=cn[k]) + it + "；" for k, it in enumerate(items))
    date = f"{r.randint(2019, 2022)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    facts = "原告与被告系朋友关系。" + date + "，被告" + CAUSES[cause][1].format(a=f"{int(total)}元", d=date) + "。为维护原告的合法权益，特依法向贵院提起诉讼，望判如所请。"
    if r.random() < 0.5:
        facts += "\n根据《中华人民共和国民法典》的相关规定，被告应当承担相应的民事责任。"
    show_cause = r.random() < 0.5
    title = r.choice(["民事起诉状", "民 事 起 诉 状", "起诉状"])
    head = title + "\n" + (f"案由：{cause}\n" if show_cause else "")
    evid = "证据和证据来源，证人姓名和住所：\n1.借条（或合同）原件一份；\n2.转账记录一份。\n" if r.random() < 0.6 else ""
    filed = f"2023年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    text = (head + "\n".join(lines) + "\n" + r.choice(["诉讼请求：", "诉讼请求", "请求事项："]) + "\n" + claim_text + "\n"
            + r.choice(["事实和理由：", "事实与理由：", "事实及理由："]) + "\n" + facts + "\n" + evid
            + "此致\n" + COURTS[court_code] + "\n具状人：" + parties[0]["name"] + "\n" + filed + "\n")
    return {"id": f"gen-{i:03d}", "kind": "generated", "text": text,
            "labels": {"document_type": "起诉状", "parties": parties, "cause_of_action": cause, "amount_claimed": total,
                       "court": COURTS[court_code], "n_claims": len(items)}}


def appeal(r: random.Random, i: int) -> dict:
    cause = r.choice(list(CAUSES))
    parties, lines = [], []
    t1, l1, code = person(r, "上诉人（原审被告）", False)
    t2, l2, _ = company(r, "被上诉人（原审原告）") if r.random() < 0.5 else person(r, "被上诉人（原审原告）", False)
    parties += [l1, l2]
    lines += [t1, agent(r), t2]
    court = COURTS[code]
    base = r.choice([20000, 56000, 150000])
    text = ("民事上诉状\n" + "\n".join(lines) + f"\n上诉人因与被上诉人{cause}一案，不服{court}（2023）闽0203民初{r.randint(100, 9999)}号民事判决，现提起上诉。\n"
            + f"上诉请求：\n1.撤销原判，改判上诉人无需向被上诉人支付款项{base}元；\n2.本案一、二审诉讼费用由被上诉人承担。\n"
            + "事实和理由：\n一审法院认定事实不清，适用法律错误。上诉人已经履行了全部付款义务。\n此致\n某某市中级人民法院\n上诉人：" + l1["name"]
            + f"\n2023年{r.randint(1, 12)}月{r.randint(1, 28)}日\n")
    return {"id": f"gen-{i:03d}", "kind": "generated", "text": text,
            "labels": {"document_type": "上诉状", "parties": parties, "cause_of_action": cause, "amount_claimed": float(base)}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=48)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    r = random.Random(args.seed)
    docs = [appeal(r, i) if i % 8 == 7 else complaint(r, i) for i in range(args.n)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
