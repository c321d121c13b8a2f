"""Party blocks met in holdout54/55: an answer whose 被答辩人's entry ends with an ID number whose check character
is X, the answer's opening sentence glued to it."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(head17: str) -> str:
    return head17 + id_check_char(head17)


def test_the_answered_party_whose_id_number_ends_in_x_is_an_entry_of_the_answer():
    theirs = _id("43052419870713100")
    assert theirs.endswith("X")
    text = ("民事答辩状\n\n答辩人（被告）：邵阳市宏远家政服务有限公司\n住所地：湖南省邵阳市双清区宝庆东路66号\n"
            "法定代表人：谭志刚，总经理\n\n"
            f"被答辩人（原告）：龙秀英，女，1987年7月13日出生，汉族，住湖南省邵东市两市塘街道金龙路9号，"
            f"公民身份号码{theirs}\n\n"
            "关于被答辩人诉答辩人服务合同纠纷一案，答辩人答辩如下：\n\n"
            "一、答辩人已按约定派遣保洁人员上门服务，不存在违约。\n\n此致\n邵阳市双清区人民法院\n\n"
            "答辩人：邵阳市宏远家政服务有限公司\n二〇二四年九月二日")
    got = {p.name: (p.role, p.gender, p.birth_date, p.id_number, p.address) for p in extract(text).parties}
    assert got == {
        "邵阳市宏远家政服务有限公司": ("被告", None, None, None, "湖南省邵阳市双清区宝庆东路66号"),
        "龙秀英": ("原告", "女", "1987-07-13", theirs, "湖南省邵东市两市塘街道金龙路9号"),
    }
