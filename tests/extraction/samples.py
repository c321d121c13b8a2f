"""Small documents shared by the extraction tests (hand-written, not from the bench dev set)."""

# A valid resident ID (GB 11643 check digit) of a man born 1980-01-01 in 厦门市思明区 (350203).
VALID_ID = "350203198001010013"

COMPLAINT = f"""民事起诉状
原告：张明，男，1980年1月1日出生，汉族，农民，住福建省厦门市思明区湖滨南路100号，公民身份号码{VALID_ID}，联系电话13900000000。
原告：李娟，女，1985年3月5日出生，回族，住福建省厦门市湖里区金山路8号。
委托诉讼代理人：王平，福建天衡联合律师事务所律师。
被告：厦门海峡贸易有限公司，住所地福建省厦门市湖里区高崎南五路88号，统一社会信用代码91350200MA2XK0Q21H。
法定代表人：赵强，执行董事。
被告：陈小红，女，1990年5月6日出生，汉族，住福建省漳州市芗城区胜利西路3号。
诉讼请求：
1.判令被告厦门海峡贸易有限公司偿还借款本金人民币壹拾万元整（¥100,000元）及利息（以100000元为基数，按年利率6%计算，自2022年1月1日起至实际清偿之日止）；
2.判令被告支付违约金5000元；
3.判令被告陈小红承担连带清偿责任；
4.本案诉讼费用由被告承担。
事实和理由：
2021年1月1日，被告厦门海峡贸易有限公司因经营需要向原告借款10万元，约定2021年12月31日前归还，被告陈小红提供连带责任保证。到期后被告未还款，原告多次催讨未果。
证据和证据来源，证人姓名和住所：
1.借条一份；
2.银行转账凭证一份。
此致
福建省厦门市思明区人民法院
具状人：张明 李娟
2023年5月1日
"""

CRIMINAL = """浙江省杭州市西湖区人民法院
刑事判决书
（2022）浙0106刑初888号
公诉机关浙江省杭州市西湖区人民检察院。
被告人孙某，男，1992年3月3日出生，汉族，高中文化，无业，户籍地浙江省杭州市西湖区文三路20号。因涉嫌盗窃罪于2022年5月10日被刑事拘留。现羁押于杭州市西湖区看守所。
辩护人周律，浙江天册律师事务所律师。
被告人钱某某，女，1995年8月8日出生，汉族，初中文化，务工，住浙江省杭州市拱墅区。
杭州市西湖区人民检察院以杭西检刑诉〔2022〕100号起诉书指控被告人孙某犯盗窃罪、被告人钱某某犯掩饰、隐瞒犯罪所得罪，于2022年8月1日向本院提起公诉。
经审理查明，2022年4月，被告人孙某窃取他人电动车三辆，交由钱某某出售。
本院认为，被告人孙某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。
"""

APPEAL = """民事上诉状
上诉人（原审被告）：郑远，男，1978年1月1日出生，汉族，住湖北省武汉市武昌区中南路7号。
委托诉讼代理人：冯敏，湖北得伟君尚律师事务所实习律师。
被上诉人（原审原告）：武汉华兴商贸有限公司，住所地湖北省武汉市江汉区解放大道688号。
负责人：谢华，经理。
上诉人因与被上诉人买卖合同纠纷一案，不服武汉市武昌区人民法院（2023）鄂0106民初321号民事判决，现提起上诉。
上诉请求：
1、撤销原判第一项，改判上诉人不承担支付货款42000元的责任；
2、一、二审诉讼费用由被上诉人负担。
上诉理由：一审判决认定事实错误。
此致
湖北省武汉市中级人民法院
上诉人：郑远
2023年9月9日
"""

NEWS = "今天下午，市图书馆举办了一场关于城市历史的讲座。主讲人介绍了老城区的变迁，听众们积极提问。\n活动结束后，不少市民表示希望多举办此类公益活动。"


def parties_by_name(text: str) -> dict:
    """The parties extract reads from a text, by name."""
    from courtdoc.extraction import extract

    return {p.name: p for p in extract(text).parties}


def roles_and_homes(text: str) -> dict[str, tuple]:
    """Each party extract reads from a text, by name: its role and address."""
    return {name: (p.role, p.address) for name, p in parties_by_name(text).items()}


def cause_of(text: str) -> str | None:
    """The cause of action extract reads from a text."""
    from courtdoc.extraction import extract

    return extract(text).cause_of_action


def amount_of(text: str) -> float | None:
    """The amount claimed extract reads from a text."""
    from courtdoc.extraction import extract

    return extract(text).amount_claimed


def valid_id(head17: str) -> str:
    """A resident ID number made valid: the first 17 digits given, the GB 11643 check character added."""
    from courtdoc.legal.validators import id_check_char

    return head17 + id_check_char(head17)


def party_fields(text: str) -> dict[str, tuple]:
    """Each party extract reads from a text, by name: role, gender, birth date, ID number and address."""
    return {name: (p.role, p.gender, p.birth_date, p.id_number, p.address) for name, p in parties_by_name(text).items()}
