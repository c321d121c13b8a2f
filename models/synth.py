"""Synthetic legal text with entity labels, for training the NER model and the cause classifier.

Everything here is invented: names, companies, addresses, amounts and dates are drawn at random from
small pools so that the model sees the shapes of Chinese civil and criminal documents (party blocks,
claims, facts, evidence lists, titles) with every span labelled. Labels: PER, ORG, LOC, DATE, MONEY.
Identity numbers, phones, case numbers and rates appear unlabelled (they are regex territory) so the
model learns not to tag them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from courtdoc.legal.numerals import amount_in_words

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
) + ["欧阳", "司马", "诸葛", "上官", "东方"]
GIVEN = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅兵辉鹏飞宇浩然晨欣怡子轩梓涵雨萱"
    "俊杰文博天佑思远嘉豪家乐婷雪琳晓东海燕春生德福荣发永康金水木林森宏亮振华立新国庆建军卫东小龙凤莲"
)
MASK_STYLES = ["某", "某某", "某甲", "某乙", "×1", "x1", "×2", "x2", "0", "1", "某1", "**"]

PROVINCES = {
    "福建省": {"厦门市": ["思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区"], "福州市": ["鼓楼区", "台江区", "仓山区"],
             "泉州市": ["丰泽区", "鲤城区", "晋江市"]},
    "广东省": {"广州市": ["天河区", "越秀区", "海珠区", "白云区"], "深圳市": ["南山区", "福田区", "宝安区", "龙华区"],
             "东莞市": ["虎门镇", "长安镇"]},
    "浙江省": {"杭州市": ["西湖区", "拱墅区", "余杭区"], "宁波市": ["鄞州区", "海曙区"], "台州市": ["椒江区", "天台县"]},
    "江苏省": {"南京市": ["玄武区", "秦淮区", "鼓楼区"], "苏州市": ["姑苏区", "吴中区"], "无锡市": ["梁溪区", "新吴区"]},
    "湖南省": {"长沙市": ["岳麓区", "芙蓉区", "雨花区"], "岳阳市": ["湘阴县", "岳阳楼区"]},
    "四川省": {"成都市": ["锦江区", "武侯区", "青羊区"], "凉山彝族自治州": ["西昌市"]},
    "河南省": {"郑州市": ["金水区", "二七区"], "洛阳市": ["洛龙区", "西工区"]},
    "山东省": {"济南市": ["历下区", "市中区"], "菏泽市": ["牡丹区", "曹县"], "青岛市": ["市南区", "黄岛区"]},
    "湖北省": {"武汉市": ["江汉区", "武昌区", "洪山区"], "十堰市": ["张湾区", "茅箭区"]},
    "北京市": {"": ["海淀区", "朝阳区", "东城区", "西城区"]},
    "上海市": {"": ["浦东新区", "徐汇区", "静安区"]},
    "重庆市": {"": ["沙坪坝区", "渝中区", "荣昌区"]},
}
ROAD_CHARS = list("湖滨嘉禾莲花中山人民解放建设长江黄河文化新华胜利和平幸福光明育才东风朝阳金山银湖龙泉凤凰")
ROAD_SUFFIX = ["路", "街", "大道", "巷", "南路", "北路", "中路", "西路", "东路"]
TOWN_SUFFIX = ["镇", "乡", "街道"]
BRAND = list("鑫盛华泰恒通宏达嘉诚瑞祥永兴信隆正源丰利博远天成金辉明达海峰顺安康新宇星辰中恒万家长城联创")
INDUSTRY = ["贸易", "科技", "建筑工程", "房地产开发", "物流", "餐饮管理", "商贸", "机械设备", "网络科技", "物业管理", "建材",
            "投资管理", "汽车销售", "装饰工程", "劳务派遣", "文化传媒", "食品", "电子", "服装", "医药"]
CO_SUFFIX = ["有限公司", "有限公司", "有限责任公司", "股份有限公司"]
BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "兴业银行", "厦门银行"]
INSURERS = ["中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司"]
ETHNIC = ["汉族", "汉族", "汉族", "回族", "壮族", "满族", "畲族", "土家族"]
JOBS = ["无业", "农民", "个体工商户", "职员", "退休", "教师", "司机", "务工"]
TITLES = ["执行董事", "总经理", "董事长", "经理", "法定代表人"]
CN_DIGITS = "零一二三四五六七八九"


@dataclass
class Sample:
    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, s: str, label: str | None = None) -> None:
        if label and s:
            self.spans.append((len(self.text), len(self.text) + len(s), label))
        self.text += s


class Gen:
    """Random legal fragments; every method appends to a Sample and labels what it adds."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # -- atoms --------------------------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def person(self) -> str:
        sur = self.c(SURNAMES)
        x = self.r.random()
        if x < 0.08:  # the placeholder names of templates and examples: 张三, 李四, 王五 ...
            return sur + self.c("三四五六七")
        if x < 0.35:
            return sur + self.c(MASK_STYLES)
        return sur + "".join(self.c(GIVEN) for _ in range(self.r.choice([1, 2, 2])))

    def place(self) -> tuple[str, str, str]:
        prov = self.c(list(PROVINCES))
        city = self.c(list(PROVINCES[prov]))
        return prov, city, self.c(PROVINCES[prov][city])

    def address(self) -> str:
        prov, city, dist = self.place()
        head = self.c([prov + city + dist, city + dist, prov + city + dist, dist]) or dist
        if self.r.random() < 0.6:
            tail = "".join(self.c(ROAD_CHARS) for _ in range(2)) + self.c(ROAD_SUFFIX) + f"{self.r.randint(1, 999)}号"
            if self.r.random() < 0.5:
                tail += self.c([f"{self.r.randint(1, 30)}栋", f"{self.r.randint(1, 20)}幢", ""]) + f"{self.r.randint(101, 2808)}室"
        else:
            tail = ("".join(self.c(ROAD_CHARS) for _ in range(2)) + self.c(TOWN_SUFFIX)
                    + "".join(self.c(ROAD_CHARS) for _ in range(2)) + "村" + self.c(["", f"{self.r.randint(1, 12)}组",
                                                                                  f"{self.r.randint(1, 99)}号"]))
        return head + tail

    def company(self) -> str:
        prov, city, dist = self.place()
        loc = self.c([city.rstrip("市"), city, prov.rstrip("省市"), dist.rstrip("区县市"), ""]) or city
        brand = self.c(["某某", "".join(self.c(BRAND) for _ in range(2)), "".join(self.c(BRAND) for _ in range(2))])
        x = self.r.random()
        if x < 0.12:
            return self.c(BANKS) + self.c(["股份有限公司", ""]) + city.rstrip("市") + self.c(["分行", "支行", "分行营业部"])
        if x < 0.18:
            return self.c(INSURERS) + city.rstrip("市") + self.c(["分公司", "中心支公司"])
        if self.r.random() < 0.5:
            return loc + brand + self.c(INDUSTRY) + self.c(CO_SUFFIX)
        return brand + "（" + (city.rstrip("市") or prov.rstrip("市")) + "）" + self.c(INDUSTRY) + self.c(CO_SUFFIX)

    def court(self, level: str = "basic") -> str:
        prov, city, dist = self.place()
        if level == "mid":
            return prov + (city or "第一") + "中级人民法院"
        return self.c([prov + city + dist, city + dist]) + "人民法院"

    def org(self) -> str:
        prov, city, dist = self.place()
        kind = self.r.random()
        if kind < 0.3:
            return self.court(self.c(["basic", "mid"]))
        if kind < 0.45:
            return self.c([city + dist, prov + city + dist]) + "人民检察院"
        if kind < 0.6:
            return city + self.c(["公安局", "公安局" + dist.rstrip("区县") + "分局", "民政局", "市场监督管理局"])
        if kind < 0.8:
            return prov.rstrip("省市") + "".join(self.c(BRAND) for _ in range(2)) + "律师事务所"
        if kind < 0.9:
            return city + "劳动人事争议仲裁委员会"
        return self.company()

    def date(self) -> str:
        y, m, d = self.r.randint(1950, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        x = self.r.random()
        if x < 0.6:
            return f"{y}年{m}月{d}日"
        if x < 0.7:
            return "".join("〇" if ch == "0" else CN_DIGITS[int(ch)] for ch in str(y)) + "年" + _cn_small(m) + "月" + _cn_small(d) + "日"
        if x < 0.8:
            return self.c([f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m}/{d}"])
        if x < 0.92:
            return f"{y}年{m}月"
        return f"{m}月{d}日"

    def money(self) -> str:
        v = self.r.choice([self.r.randint(1, 99) * 1000, self.r.randint(1, 500) * 100, self.r.randint(1, 2000) * 1000,
                           self.r.randint(100, 99999), self.r.randint(1, 50) * 10000])
        x = self.r.random()
        if x < 0.35:
            return f"{v}元"
        if x < 0.5:
            return f"{v:,}元"
        if x < 0.6:
            return f"{v}.{self.r.randint(0, 99):02d}元"
        if x < 0.72 and v % 1000 == 0:
            return f"{v / 10000:g}万元"
        if x < 0.88:
            return amount_in_words(v).removesuffix("元整") + self.c(["元整", "元", "元整"])
        return _cn_small(v) + "元" if v < 100 else f"{v}元"

    def idno(self) -> str:
        return f"{self.r.randint(110000, 659000)}{self.r.randint(1950, 2005)}{self.r.randint(1, 12):02d}" \
               f"{self.r.randint(1, 28):02d}{self.r.randint(0, 999):03d}{self.c('0123456789X')}"

    def phone(self) -> str:
        return f"1{self.c('35789')}{self.r.randint(100000000, 999999999)}"

    def case_no(self) -> str:
        return f"（{self.r.randint(2015, 2025)}）{self.c('闽粤浙苏湘川豫鲁鄂京沪渝')}{self.r.randint(100, 9999):04d}" \
               f"{self.c(['民初', '民终', '刑初', '执'])}{self.r.randint(1, 20000)}号"

    # -- fragments ------------------------------------------------------------------------------
    def person_block(self, s: Sample, role: str) -> None:
        name = self.person()
        s.add(role + self.c(["：", "", "："]))
        s.add(name, "PER")
        s.add("，" + self.c(["男", "女"]))
        if self.r.random() < 0.85:
            s.add("，")
            s.add(self.date() if self.r.random() < 0.8 else f"{self.r.randint(1950, 2005)}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日", "DATE")
            s.add(self.c(["出生", "生"]))
        if self.r.random() < 0.7:
            s.add("，" + self.c(ETHNIC))
        if self.r.random() < 0.3:
            s.add("，" + self.c(JOBS))
        if self.r.random() < 0.9:
            s.add("，" + self.c(["住", "住址：", "户籍地", "现住", "经常居住地", "住所地"]))
            s.add(self.address(), "LOC")
        if self.r.random() < 0.6:
            s.add("，" + self.c(["公民身份号码", "身份证号码：", "身份证号"]) + self.idno())
        if self.r.random() < 0.5:
            s.add("，" + self.c(["联系电话", "电话：", "联系方式："]) + self.phone())
        s.add("。")

    def org_block(self, s: Sample, role: str) -> None:
        s.add(role + self.c(["：", ""]))
        s.add(self.company(), "ORG")
        s.add("，" + self.c(["住所地", "住所：", "地址："]))
        s.add(self.address(), "LOC")
        if self.r.random() < 0.6:
            s.add("，统一社会信用代码" + "".join(self.c("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(18)))
        s.add("。" + self.c(["法定代表人：", "法定代表人", "负责人："]))
        s.add(self.person(), "PER")
        s.add("，" + self.c(TITLES) + "。")

    def agent_block(self, s: Sample) -> None:
        s.add(self.c(["委托诉讼代理人：", "委托代理人", "辩护人", "法定代理人："]))
        s.add(self.person(), "PER")
        if self.r.random() < 0.7:
            s.add("，")
            s.add(self.org() if self.r.random() < 0.3 else self.org_law_firm(), "ORG")
            s.add(self.c(["律师", "实习律师", "法律工作者"]))
        s.add("。")

    def org_law_firm(self) -> str:
        return self.c(list(PROVINCES)).rstrip("省市") + "".join(self.c(BRAND) for _ in range(2)) + "律师事务所" + \
            self.c(["", "", "厦门分所"])

    def party(self, s: Sample) -> None:
        role = self.c(["原告", "被告", "第三人", "上诉人（原审原告）", "被上诉人（原审被告）", "申请人", "被申请人", "被告人"])
        (self.person_block if self.r.random() < 0.55 else self.org_block)(s, role)

    def title(self, s: Sample) -> None:
        s.add(self.c(["原告", "上诉人"]))
        self._p_or_o(s)
        s.add(self.c(["与被告", "诉被告", "与被上诉人"]))
        self._p_or_o(s)
        s.add(self.c(CAUSE_WORDS) + "一案，本院于")
        s.add(self.date(), "DATE")
        s.add(self.c(["立案后，依法适用简易程序，公开开庭进行了审理。", "立案受理后，依法组成合议庭进行了审理。", "立案。"]))

    def _p_or_o(self, s: Sample) -> None:
        if self.r.random() < 0.5:
            s.add(self.person(), "PER")
        else:
            s.add(self.company(), "ORG")

    def claim(self, s: Sample) -> None:
        s.add(self.c(["1.", "一、", "1、", "（1）", "2.", "二、"]) + self.c(["判令被告", "请求判令被告", "依法判令"]))
        x = self.r.random()
        if x < 0.4:
            s.add(self.c(["偿还借款本金", "归还借款", "支付货款", "支付工程款", "支付租金", "赔偿损失"]))
            s.add(self.money(), "MONEY")
            if self.r.random() < 0.6:
                s.add("及利息（以")
                s.add(self.money(), "MONEY")
                s.add(f"为基数，按年利率{self.r.randint(3, 15)}.{self.r.randint(0, 9)}%自")
                s.add(self.date(), "DATE")
                s.add("起计算至实际清偿之日止）")
        elif x < 0.6:
            s.add(self.c(["支付违约金", "支付逾期付款损失", "赔偿医疗费、误工费等各项损失共计"]))
            s.add(self.money(), "MONEY")
        elif x < 0.75:
            s.add("与原告离婚")
        elif x < 0.85:
            s.add(self.c(["", "被告"]))
            s.add(self.person(), "PER")
            s.add("对上述债务承担连带清偿责任")
        else:
            s.add("承担本案诉讼费用")
        s.add(self.c(["；", "。", ""]))

    def fact(self, s: Sample) -> None:
        x = self.r.random()
        s.add("")
        if x < 0.25:
            s.add(self.date(), "DATE")
            s.add("，被告")
            self._p_or_o(s)
            s.add(self.c(["因资金周转需要向原告借款", "向原告借款人民币", "以经营需要为由向原告借款"]))
            m = self.money()
            s.add(m, "MONEY")
            if self.r.random() < 0.4:
                s.add("（¥")
                s.add(f"{self.r.randint(1000, 500000)}元", "MONEY")
                s.add("）")
            s.add("，约定于")
            s.add(self.date(), "DATE")
            s.add(self.c(["前归还，并出具借条一份。", "前还清，月利率1%。", "归还。"]))
        elif x < 0.4:
            s.add("原告通过")
            s.add(self.c(BANKS) + self.c(["", "股份有限公司"]) + self.c(["厦门分行", "思明支行", ""]), "ORG")
            s.add("账户向被告转账")
            s.add(self.money(), "MONEY")
            s.add("。")
        elif x < 0.55:
            s.add(self.date(), "DATE")
            s.add(self.c(["，原告与被告", "，原、被告"]))
            s.add(self.c(["签订《房屋租赁合同》", "签订《买卖合同》", "签订《建设工程施工合同》", "签订《劳动合同》"]))
            s.add("，约定" + self.c(["月租金", "货款总额", "工程价款", "月工资"]) + "为")
            s.add(self.money(), "MONEY")
            s.add("，地点位于")
            s.add(self.address(), "LOC")
            s.add("。")
        elif x < 0.7:
            s.add(self.date(), "DATE")
            s.add("，被告人")
            s.add(self.person(), "PER")
            s.add("在")
            s.add(self.address(), "LOC")
            s.add(self.c(["，趁被害人", "，与被害人", "附近，将被害人"]))
            s.add(self.person(), "PER")
            s.add(self.c(["不备，窃得现金", "发生纠纷，致其轻伤，后赔偿", "骗走人民币"]))
            s.add(self.money(), "MONEY")
            s.add(f"，后被{self.c(['民警', '公安机关'])}抓获。")
        elif x < 0.8:
            s.add(self.c(["经原告多次催讨，", "后原告多次催要，", ""]) + "被告")
            s.add(self.person(), "PER")
            s.add(self.c(["仅偿还", "于", "至今分文未还，尚欠"]))
            if self.r.random() < 0.5:
                s.add(self.date(), "DATE")
                s.add("偿还")
            s.add(self.money(), "MONEY")
            s.add("。")
        elif x < 0.9:
            s.add(self.c(["证据：", "", "1."]) + self.c(["借条一份，", "转账凭证一份，", "《租赁合同》一份，"]))
            s.add("证明被告于")
            s.add(self.date(), "DATE")
            s.add("向原告借款")
            s.add(self.money(), "MONEY")
            s.add("的事实；")
        else:
            s.add(self.c(["此致", "此致\n"]))
            s.add(self.court(), "ORG")
            s.add(self.c(["\n具状人：", "。起诉人："]))
            s.add(self.person(), "PER")
            s.add(self.c(["\n", "，"]))
            s.add(self.date(), "DATE")

    def noise(self, s: Sample) -> None:
        x = self.r.random()
        if x < 0.4:
            s.add("案号：" + self.case_no() + "。")
        elif x < 0.7:
            s.add(f"本案诉讼费用由被告负担，年利率{self.r.randint(3, 24)}%，联系电话{self.phone()}。")
        else:
            s.add(self.c(["本院认为，合法的借贷关系受法律保护。", "被告未到庭参加诉讼，亦未提交书面答辩意见。",
                          "上述事实，有原告提交的证据及当事人陈述在卷佐证。", "原告向本院提出诉讼请求："]))

    def sample(self) -> Sample:
        s = Sample()
        parts = [self.party, self.party, self.agent_block, self.title, self.claim, self.claim, self.fact, self.fact,
                 self.fact, self.noise]
        for _ in range(self.r.choice([1, 1, 2, 2, 3])):
            self.c(parts)(s)
            if len(s.text) > 110:
                break
        return s


CAUSE_WORDS = ["民间借贷纠纷", "买卖合同纠纷", "房屋租赁合同纠纷", "离婚纠纷", "机动车交通事故责任纠纷", "劳动争议",
               "金融借款合同纠纷", "建设工程施工合同纠纷", "物业服务合同纠纷", "信用卡纠纷", "合同纠纷"]


def _cn_small(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def generate(n: int, seed: int) -> list[Sample]:
    g = Gen(seed)
    return [g.sample() for _ in range(n)]
