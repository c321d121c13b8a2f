"""Layout rules on synthetic line boxes: reading order, paragraphs, headers/footers/page numbers."""

from __future__ import annotations

from courtdoc.ocr.layout import arrange, clean_line_text, is_page_number

from courtdoc.contracts import Line

W, H = 1654, 2339


def L(text, x0, y0, x1, y1):
    return Line(text=text, box=(x0, y0, x1, y1))


def test_cjk_spacing():
    assert clean_line_text("本 院 认 为 ， 原告") == "本院认为，原告"
    assert clean_line_text("Contract  No. 2023 A") == "Contract No. 2023 A"
    assert clean_line_text("依据 《民法典》 第 667 条") == "依据《民法典》第667条"


def test_page_numbers():
    for s in ("- 3 -", "第3页", "第 3 页 共 12 页", "3/12", "12", "Page 2 of 9"):
        assert is_page_number(s), s
    for s in ("第三条", "2023年5月1日", "借款100000元"):
        assert not is_page_number(s), s


def test_paragraphs_header_footer_and_order():
    lines = [
        L("- 2 -", 780, 2250, 880, 2280),
        L("厦门市思明区人民法院", 600, 90, 1050, 125),
        L("当事人对自己提出的诉讼请求所依据的事实应当提供证据加以证明，但", 200, 300, 1450, 340),
        L("法律另有规定的除外。", 200, 360, 600, 400),
        L("在作出判决前，当事人未能提供证据或者证据不足以证明其事实主张", 260, 420, 1450, 460),
        L("的，由负有举证证明责任的当事人承担不利的后果。", 200, 480, 1100, 520),
        L("Contract", 200, 540, 1450, 580),
        L("law applies", 200, 600, 700, 640),
        L("本页共一页", 200, 2200, 500, 2230),
    ]
    ordered, text = arrange(lines, W, H)
    roles = {ln.text: ln.role for ln in ordered}
    assert roles["- 2 -"] == "page_number"
    assert roles["厦门市思明区人民法院"] == "header"
    assert roles["本页共一页"] == "footer"
    assert text.split("\n") == [
        "当事人对自己提出的诉讼请求所依据的事实应当提供证据加以证明，但法律另有规定的除外。",
        "在作出判决前，当事人未能提供证据或者证据不足以证明其事实主张的，由负有举证证明责任的当事人承担不利的后果。",
        "Contract law applies",
    ]
    assert ordered[0].role == "header" and ordered[-1].role in ("footer", "page_number")


def test_two_columns_read_left_then_right():
    lines = [L("双栏标题横跨两栏居中排列", 500, 200, 1150, 240)]
    left = [f"左栏第{i}行文字内容较长" for i in range(5)]
    right = [f"右栏第{i}行文字内容较长" for i in range(5)]
    for i in range(5):
        y = 300 + i * 60
        lines.append(L(right[i], 880, y, 1450, y + 40))
        lines.append(L(left[i], 200, y, 770, y + 40))
    ordered, text = arrange(lines, W, H)
    assert [ln.text for ln in ordered] == ["双栏标题横跨两栏居中排列", *left, *right]


def test_fragments_of_one_row_are_merged():
    lines = [L("原告：", 200, 300, 300, 340), L("张三", 310, 302, 380, 338), L("性别：男", 900, 301, 1050, 339)]
    ordered, text = arrange(lines, W, H)
    assert [ln.text for ln in ordered] == ["原告：张三 性别：男"]


def _two_columns(left_last_x1=770, right_first_x0=880):
    """Left column: a paragraph's first rows; right column: its continuation, then a new indented one."""
    left = ["原告张某诉称，被告于二〇二", "三年五月向其借款十万元，约", "定一年后归还本金及利息，到", "期后经多次催要，被告仍以各"]
    right = ["种理由拒不还款，故诉至法院", "请求判令被告归还借款。", "被告李某辩称，借款已部分归", "还，请求驳回原告诉讼请求。"]
    lines = []
    for i, t in enumerate(left):
        lines.append(L(t, 200, 300 + i * 60, left_last_x1 if i == len(left) - 1 else 770, 340 + i * 60))
    for i, t in enumerate(right):
        x0 = right_first_x0 if i == 0 else (960 if i == 2 else 880)  # row 2 is indented: a new paragraph
        x1 = 1100 if i in (1, 3) else 1450
        lines.append(L(t, x0, 300 + i * 60, x1, 340 + i * 60))
    return lines, left, right


def test_paragraph_continues_across_column_break():
    lines, left, right = _two_columns()
    _, text = arrange(lines, W, H)
    assert text.split("\n") == ["".join(left + right[:2]), "".join(right[2:])]


def test_column_break_after_a_paragraph_end_stays_a_break():
    lines, left, right = _two_columns(left_last_x1=500)  # left column's last row is short: paragraph ended
    _, text = arrange(lines, W, H)
    assert text.split("\n") == ["".join(left), "".join(right[:2]), "".join(right[2:])]
    lines, left, right = _two_columns(right_first_x0=960)  # right column starts indented: a new paragraph
    _, text = arrange(lines, W, H)
    assert text.split("\n") == ["".join(left), "".join(right[:2]), "".join(right[2:])]
