"""Claims (诉讼请求) split into items, and the amount claimed.

Rule for `amount_claimed` (documented in the report and the tests):
  the sum over claim items of the FIXED sums of money each item asks for.
  * an item's fixed sums are its amounts (digits, 万元, Chinese, 大写) except
    - amounts that only define how something is computed: a base ("以100000元为基数"),
      a periodic rate ("每月2000元", "每月10日前支付抚养费2000元", "每日…元"), amounts inside an interest formula;
    - a whole of which a part is claimed ("存款86000元中属于原告的份额43000元" counts 43000);
    - costs of the proceedings (诉讼费, 受理费, 保全费, 公告费): the court fixes those;
  * "人民币壹拾万元（¥100,000元）" counts once (and a mismatch between the two is a check);
  * an item that states a total ("共计", "合计") counts that total only, and an item that
    totals the other items ("以上合计…") replaces them instead of being added;
  * an item stating a total, a payment and the balance ("共计15600元，仅支付3000元，尚欠12600元")
    counts the balance still owed;
  * interest asked "按年利率…计算至实际清偿之日止" stays in the claim text but adds nothing;
    interest stated as a sum ("利息暂计5000元") is a fixed sum and adds.
  * a second-instance judgment whose 上诉请求 holds no fixed sum claims what the plaintiff claimed at first
    instance, as the judgment recites it ("X向一审法院起诉请求：…"; first_instance_claims, called by extract).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from courtdoc.legal import numerals

from . import _legal

# the first item of a claims list opening with 判令 ("一、判令…", "（1）请求判令…")
_FIRST_ITEM_JUDGE = r"(?:[一1１][、.．]|[（(][一1１][）)])\s*(?:请求|要求)?(?:法院|人民法院)?(?:依法)?判令"

# a lay heading line naming the things the writer asks ("老人要求的事：", "我想请法院帮我解决的事：", "要求法院办的事情如下：")
# (or a numbered section heading of its own line, no colon: "第三，我要求的事\n一、…", "三、我要求的事情\n")
_ASKED_THINGS_HEAD = (r"[ \t　]*(?:第?[一二三四五六七八九十]{1,3}[、，,.．][ \t　]*)?[^，,。；;：:\n]{0,16}?"
                      # ("我要求法院做的事：": the court asked to do them)
                      r"(?:(?:要求|请求|请|希望)(?:法院|法官|贵院|人民法院)(?:帮我|替我|给我)?(?:做|办|管)"
                      # (a heading in square brackets: "【我要法院帮我办的事】")
                      r"|要求|请求|诉求|解决|办|做主)的事(?:情|项)?(?:是|有|如下)?[】］]?(?:[:：]|[ \t　]*(?=\n))")

# a heading line naming whose requests follow, written by another for the filer ("老人的要求：", "我父亲的诉求："):
# a line of its own, its colon ending it (the other side's demands, "被告的要求：", are no heading of the claims)
_SOMEONES_ASKS_HEAD = (r"[ \t　]*(?:第?[一二三四五六七八九十]{1,3}[、.．][ \t　]*)?(?!被告|被上诉人|被申请人|对方|他们|她们)"
                       r"[\u4e00-\u9fa5·]{1,8}?的(?:要求|诉求|请求)(?:是|如下|有)?[:：][ \t　]*(?=\n)")

# a lay letter's closing ask, a sentence of its own opening with 要求 (the writer's 我 or 所以 may lead it): the one sued
# made to pay a sum in a plain word, 退/还/交/给/补/赔/付/出/承担, not only the formal 返还/支付/赔偿
# ("要求退中介费3000元。", "要求他删帖、道歉，赔我精神损失1万元。", "要求他交房租24000元，搬出去。")
_LAY_SUM = r"(?:\d[\d,，.]*\s*万?|[一二三四五六七八九十两]+[万千百][一二三四五六七八九十两万千百零]*)(?:元|块)"
_LAY_ASK = (r"(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|现在?)?[，,]?(?:我|我们|本人)?(?:现在?|就|只|还)?"
            # (or the plain 希望/要/让/叫/请 with whom it asks, "希望他还我…元", "要他退中介费…元")
            r"(?:(?:想|希望)?(?:要求|请求)|(?:(?:想|希望)(?:要|让|叫|请)?|要|让|叫|请)(?=他|她|对方|被告"
            # (or whom it sues by name, made to pay the writer: "让某某还我借款…元", "要某某赔我…")
            # (not the court asked, "我要求法院判某某赔我…", read by its own opening)
            r"|(?![我你不求])(?:(?!法院|法官|贵院|本院)[\u4e00-\u9fa5·]){2,10}?(?:还|赔|退|给|补|付)(?:给)?(?:我|我们)"
            # (the sum in the same clause: "让村长给我们调解，…" asks nothing)
            r"[^，,。；;：:\n]{0,12}?" + _LAY_SUM + "))"
            # (the court asked, "我请求法院判他还我…元", and a colon's list are read by their own openings)
            r"(?!法院|法官|贵院|人民法院|本院)(?=[^。；;：:\n]{0,30}?(?:退|还|交|给|补|赔|付|出|承担)[^。；;\n]{0,20}?" + _LAY_SUM +
            # (the sum said first, the verb after it: "请他把3000元中介费退给我")
            r"|[^。；;：:\n]{0,12}?把[^。；;\n]{0,20}?" + _LAY_SUM + r"[^。；;\n]{0,12}?(?:退|还|交|给|补|赔))")

# the same ask in the last clause of the paragraph's closing sentence, the writer asking in the first person after the
# story's clause: "他一直拖着不退，我要求退中介费3000元。"
_LAY_ASK_LAST = (r"(?<=[，,])[ \t　]*(?:所以|因此|现在?)?(?:我|我们|本人)(?:现在?|就|只)?(?:要求|请求)(?!法院|法官|贵院|人民法院|本院)"
                 r"(?=[^。；;：:\n]{0,30}?(?:退|还|交|给|补|赔|付|出|承担)[^。；;\n]{0,20}?" + _LAY_SUM +
                 # (the sum ends the sentence: a clause going on, "…，他说没钱", tells the story)
                 r"[^，,。；;\n]{0,20}?[。！!][ \t　]*\n)")

START_RE = re.compile(
    r"(?:诉讼请求|请求事项|上诉请求|再审请求|申请事项|诉请|仲裁请求)(?:如下)?(?![，,、；;])[:：]?"
    r"|(?:请求|要求|恳请|希望|请)(?:法院|贵院|人民法院|本院)?(?:依法)?(?:判令|判决|判处|确认|解除|撤销|改判)[:：]?"
    r"|(?:请求|要求|恳请|请)(?:人民法院|法院|贵院|本院)(?:依法)?[:：]"
    r"|提出(?:如下)?诉讼请求[，,]"
    r"|(?:起诉|诉至(?:法院|本院|贵院)|诉请|诉讼)[，,]?(?:并|现)?(?:请求|要求)(?![，,、；;的])[:：]?"
    r"|(?:原告|上诉人|申请人)(?:现|特)?(?:请求|要求)[:：]"
    # a 诉称 paragraph concluding with its list after a colon: "为此请求：1.判令…", "故原告诉请：1.…"
    r"|(?:^|(?<=[。；;\n]))[ \t　]*(?:故|遂|现|为此|因此|据此|综上|综上所述)[，,]?(?:原告|上诉人|申请人)?(?:特|依法)?"
    r"(?:诉请|请求|要求)(?:法院|本院|贵院|人民法院)?(?:依法)?(?:判令)?[:：]"
    r"|(?:^|(?<=[。\n]))\s*(?:现|特|我的|我方|本人的?)?(?:诉讼)?请求[:：]"
    # a bare heading line "要求：" (or "诉求：") over the list: what the filer asks, said with no subject
    # (also closing a line of prose after its full stop: "…这个状子我替他写，他签字。要求：\n一、…")
    # ("现在要求：", "特要求：": a word of time or the formal 特 before it)
    r"|(?:^|(?<=[\n。！!]))[ \t　]*(?:现在?|特)?(?:要求|诉求)[:：][ \t　]*(?=\n)"
    # a letter's numbered section named as a question of what the one sued is to pay ("四、要他赔多少", "二、让他们
    # 还什么"), a line of its own
    # (the match starts after the section's number, so that the section ends where the next one's number opens a line)
    r"|(?<=\n[一二三四五六七八九][、.．])[ \t　]*(?:要|让|叫|请|想让)[^，,。；;：:\n]{0,8}?"
    r"(?:赔|还|退|给|出|付)(?:些|点)?(?:啥|什么|哪些|多少)(?:钱)?[？?]?[ \t　]*(?=\n)"
    # a lay heading line asking what the writer wants, said as a question ("我到底要什么：", "我想要啥？"), the list below
    r"|(?:^|(?<=\n))[ \t　]*(?:第?[一二三四五六七八九十]{1,3}[、，,.．][ \t　]*)?(?:我|我们|本人)(?:到底|究竟)?(?:想要|要|想)"
    r"(?:些)?(?:什么|啥)[？?]?(?:[:：]|[ \t　]*(?=\n))"
    # a layperson's heading line "我要求：" / "我们的要求："
    # (also "我的诉求：", and after a sentence on the same line: "…。我的要求是：让某某…")
    # ("我的要求很简单：", "我的要求就两条：": what the writer says of the list before it)
    # ("我要求的是：", the heading said as what the writer asks)
    # the writer's ask said in one sentence with no colon, whom it is of and the sum: "我们的要求就是某某赔这…元"
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:我|我们|我方|本人)的(?:要求|诉求)(?:也|只)?就?是(?![:：])"
    r"(?=[^，,。；;：:\n]{0,12}?(?:赔|还|退|返还|支付|给付|给)[^。；;\n]{0,20}?(?:\d|[万千])[^。；;\n]{0,8}?(?:元|块))"
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:我|我们|我方|本人)的?(?:要求|诉求)(?:是|如下|有|也?很简单|不多|就是|的是"
    r"|就?[有这]?[一两三四五六几][条点个件项])?[:：]"
    # (after a comma too where its colon ends the line, the list below: "我听人说这叫…纠纷，我的要求是：\n一、…")
    r"|(?<=[，,])[ \t　]*(?:我|我们|我方|本人)的(?:要求|诉求|请求)(?:是|如下|有)?[:：](?=[ \t　]*\n)"
    # a lay heading with the section's own number and no colon, the list on the lines below ("三、我要求\n1.…"),
    # and "我们的请求："
    r"|(?:^|(?<=\n))[ \t　]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t　]*)?(?:我|我们|我方|本人)的?(?:要求|诉求|请求)"
    # ("五、我要求的\n1. …": the heading said as what the writer asks, 的 ending it)
    r"(?:是|如下|有)?的?(?:[:：]|[ \t　]*(?=\n))"
    # the same heading naming the court it asks, a line of its own with no colon: "我要求法院\n1 判某某还我…"
    r"|(?:^|(?<=\n))[ \t　]*(?:我|我们|本人)(?:要求|请求|恳请)(?:法院|法官|贵院|人民法院)[ \t　]*(?=\n)"
    # the court asked for help in the last clause of a sentence, its colon ending the line: "…，请法官给我做主：\n1、…"
    # ("…，只想请法官帮我讲讲理：\n一、…": what the court is asked to do said in a few words of the writer's own)
    # ("…，只好请法院给我做主：": the writer left no other way)
    r"|(?<=[，,])[ \t　]*(?:只好|只能|只得|只|就|也)?(?:想|希望)?(?:请|请求|恳请|求)(?:法院|法官|贵院|人民法院)(?:帮我|帮帮我|给我|为我|替我)?"
    r"(?:做主|作主|判决|解决|[^，,。；;：:\n]{0,6}?)[:：](?=[ \t　]*\n)"
    # the court asked to take the writer's side, then whom it sues, the list of what it asks on the lines below:
    # "只能来求法院给我做主，我要告我两个女儿：\n一、让她们…" (the first item an ask; a list of the ones sued is no claim)
    r"|(?<=[做作]主[，,])[ \t　]*[^，,。；;：:\n]{0,12}?[:：](?=[ \t　]*\n[ \t　]*(?:[一1１][、.．]|[（(][一1１][）)])[ \t　]*"
    # ("一、他们仨每人每月给我…": the ones sued made the subject of what they are to pay)
    r"(?:让|叫|要|判|请|(?:他|她)们?[^，,。；;：:\n]{0,6}?(?:给|还|赔|付|出|退)))"
    # a layperson asking the court to "判" the ones sued, the list after a colon: "我请求法院判我两个女儿：一、…"
    # (or the colon right after 判: "我想请法院判：")
    r"|(?:请求|要求|恳请|希望|请)(?:法院|法官|贵院|人民法院|本院)判(?!决书|处|刑)[^，,。；;\n]{0,12}?[:：]"
    # the writer asking in the first person at a sentence's start, the list after a colon: "所以我们请求：…"
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|我方|本人)(?:现在?|特|想)?(?:请求|要求)"
    r"(?:法院|法官|贵院|人民法院)?[:：]"
    # the writer asking for the one it speaks for (a child, an old parent), the list after a colon: "我代表女儿请求：1、…",
    # "我替父亲要求："
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|本人)(?:现在?|特)?(?:代表|替|代)"
    r"[^，,。；;：:\n]{1,8}?(?:请求|要求)(?:法院|法官|贵院|人民法院)?[:：]"
    # the writer asking the one sued to pay, the list of sums after a colon: "我们要求某某赔：医疗费…元，…一共…元"
    # ("我要求他们还：", "所以我要求被告退给我：")
    # ("我们要他赔：医疗费…元，…": the bare 要 of a writer naming whom it asks)
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|我方|本人)(?:现在?|特|想|就想)?(?:请求|要求|要)"
    r"[^，,。；;：:\n]{1,12}?(?:赔偿?|偿还|还|退还?|返还|支付|给付|补偿)(?:给?(?:我|我们))?[:：]"
    # the same ask said bluntly, a heading line of its own over the list of sums: "我要他还我：", "我要她赔：",
    # "要求某某赔：" (the subject left out, the writer asking); the colon ends the line
    # ("我要他给我：": the money given to the writer)
    r"|(?:^|(?<=\n))[ \t　]*(?:我|我们|本人)?(?:就|只)?(?:要求|要|请求)[^，,。；;：:\n]{1,8}?"
    r"(?:(?:赔偿?|偿还|还|退还?|返还|支付|给付|补偿)(?:给?(?:我|我们))?|给(?:我|我们))[:：](?=[ \t　]*\n)"
    # the writer naming whom it asks, the things to be paid after the colon on the same line: "我要求某某：退我押金…元，
    # 赔我…元"
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|现在?)?[，,]?(?:我|我们|本人)(?:就|只)?要求[\u4e00-\u9fa5·]{1,12}?[:：]"
    r"(?=[^。；;\n]{0,12}?(?:退|赔|还|给|付|支付|返还)[^。；;\n]{0,30}?\d[^。；;\n]{0,8}?(?:元|块))"
    # the writer turning to the court to ask, the list after the colon: "我向法院请求：", "我们向法院提出要求："
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|本人)(?:现在?|特)?向(?:法院|法官|贵院|人民法院)"
    r"(?:提出)?(?:请求|要求)(?:如下)?[:：]"
    # the writer's ask of the one sued, the things asked listed below: "我要他：", "我们要求他们："
    r"|(?:^|(?<=\n))[ \t　]*(?:我|我们|本人)(?:就|只)?(?:要求?|请求)(?:他|她|他们|她们|对方|被告)[:：](?=[ \t　]*\n)"
    # a heading line naming the money the one sued is to pay, its colon ending the line, the sums on the lines below:
    # "要他赔的钱：", "让他们还的钱有："
    # ("我们算了一下要他赔的钱：": the writer having reckoned them)
    r"|(?:^|(?<=\n))[ \t　]*(?:我|我们|本人)?(?:算了一下|算了算|算了|合计了一下|统计了一下)?(?:就|只)?(?:要|让|叫|要求)[^，,。；;：:\n]{1,6}?(?:赔偿?|还|退|给|出|付)"
    r"(?:给?(?:我|我们))?的(?:钱|款|款项|费用|损失)(?:有|是|如下)?[:：](?=[ \t　]*\n)"
    # "要求他们一起把我的工钱9800元给我": a sum to be given back to the filer, said as 把…给我
    # (bluntly "我就要他把欠我的…块钱给我"; or to the child the filer speaks for: "要求幼儿园把这…元赔给孩子")
    r"|(?:要求|请求|(?<=[我们就只])要)(?=[^，,。；;\n]{0,20}?把[^，,。；;\n]{0,30}?(?:\d|[万千])[^，,。；;\n]{0,6}?(?:元|块)"
    r"[^，,。；;\n]{0,8}?(?:还给|退给|赔给|给|还|退|赔)(?:我|我们|(?:我|我家)?(?:孩子|儿子|女儿|孙子|孙女|外孙女?)))"
    # a complaint written as questions and answers ("问：你要求法院判什么？\n答：1.判某某赔偿…"): the answer to the
    # question of what is asked is the claims
    r"|(?:^|(?<=\n))[ \t　]*问[:：][^\n]{0,20}?(?:要求|请求|诉求|判)[^\n]{0,12}?[？?][ \t　]*\n[ \t　]*答[:：]"
    # a numbered section of a letter named only as what it asks, its text after a full stop ("三、要求。让某某赔我…")
    # (numbered in brackets, or named as the writer's own: "（四）我的请求。判某某赔偿我…元")
    r"|(?:^|(?<=\n))[ \t　]*(?:第?[一二三四五六七八九十]{1,3}[、，,.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t　]*"
    r"(?:(?:我|我们|本人)的?)?(?:要求|请求|诉求)[。:：]"
    # a letter's heading line asking the court's help before its list: "我想请法院帮我：", "恳请法官给我做主："
    # (concluding the story: "所以我想请法院帮我：")
    # ("我想叫法院给我做主：": the court asked in the lay 叫/让)
    r"|(?:^|(?<=[。\n]))[ \t　]*(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|本人)?(?:想|希望|恳请|特)?(?:请|请求|求|要|叫|让)"
    r"(?:法院|法官|贵院|人民法院)"
    r"(?:帮我|帮帮我|给我|为我)?(?:做主|作主|判决|解决)?[:：]"
    # ("我要法院帮我：叫某某把欠我的…元给我": the same heading said with 要)
    # a 诉称 paragraph without a heading: "故原告某某要求被告…支付…" concludes the narrative with the claim
    # (a sentence that narrates a contract, "约定…支付违约金…", asks nothing and is never taken)
    r"|(?:故|遂|现|为此|因此|据此|综上)[，,]?(?:(?:原告|上诉人|申请人)(?:(?!多次|曾|屡|一再|反复|催)[^，。；\n]){0,10}?)?"
    r"(?:特|依法)?(?:诉请|请求|要求)(?:法院|本院|贵院)?(?:依法)?(?:判令)?(?=(?:被告|被上诉人|被申请人)"
    r"[^。；\n]{0,60}?(?:偿还|给付|支付|归还|返还|赔偿|承担))"
    # ("我代孙子要求某某赔医药费、疫苗费共3260元": 赔 and the things paid for, then the sum)
    r"|(?:请求|要求)(?=(?:法院)?(?:判令)?[^，,。；;\n]{0,12}?(?:立即)?(?:偿还|给付|支付|归还|返还|赔偿|退还|退回|补偿|赔[我钱]|还[我钱款清]"
    r"|赔(?=[\u4e00-\u9fa5、]{1,16}?(?:共计|合计|一共|总共|共)\s*\d)))"
    r"|" + _LAY_ASK + r"|" + _LAY_ASK_LAST +
    # a sentence's last clause asking, its colon ending the line, the list below: "所以我告他们三个，请求：\n1．…"
    r"|(?<=[，,])[ \t　]*(?:特|现|并)?(?:请求|要求|诉求)(?:如下)?[:：](?=[ \t　]*\n)"
    # a lay clause after the losses and what was paid, asking whom it sues for the balance in the bare 要: "…，扣掉已经给的
    # …元，要他们三个一起再赔我…元"
    r"|(?<=[，,])[ \t　]*(?:还|再|就)?要(?=(?:他|她|他们|她们|对方|被告)[^，,。；;\n]{0,12}?(?:赔|还|退|给|付)(?:给)?(?:我|我们)"
    r"[^。；;\n]{0,10}?\d[^。；;\n]{0,8}?(?:元|块))"
    # the same bare 要 opening a sentence of the writer's own: "我要他们三个一起给我剩下的货款…元（…元）"
    r"|(?:^|(?<=[。！!\n]))[ \t　]*(?:所以|因此|现在?)?[，,]?(?:我|我们|本人)(?:就|只)?要(?=(?:他|她|他们|她们|对方|被告)"
    r"[^，,。；;\n]{0,12}?(?:赔|还|退|给|付)(?:给)?(?:我|我们)[^。；;\n]{0,30}?(?:\d|[万千])[^。；;\n]{0,12}?(?:元|块))"
    # a sentence of its own asking the court to order the ones sued to pay, no sum in it, right after the sentence
    # that totals the losses ("…一共四万八千三百元。请法院判保险公司先赔，不够的让某某赔。": the total is asked)
    r"|(?<=元。)[ \t　]*(?:所以|因此|现在?)?[，,]?(?:请|请求|恳请|求)(?:法院|法官)判(?!决书|处|刑)"
    r"(?=[^。；;\n\d]{0,30}?(?:赔|还|退|支付|给付))(?=[^。；;\n\d]*。)"
    # a layperson asking the court or the judge to "判" someone to pay or give back a sum: "希望法官帮帮我，判这家公司把
    # 1000元退给我", "我请求法院判他们家把…一共…元还给我" (the claim starts at 判; without a sum, "请求法院判他把钱还给我"
    # is the letter's opening, its claims come under their heading)
    # ("请法官帮我做主，让厂里把欠我的…元工资给我": the help asked said whole before the ask)
    # (the court asked in the humbler 求/恳求/望 or the blunt 要: "求法官给我做主，让某某…", "要法院判某某还我…元")
    r"|(?:请求|要求|恳请|恳求|希望|请|求|望|要)(?:法院|法官|贵院|人民法院|本院)"
    # (or the help asked in words of the writer's own, a clause of its own: "恳请法官为我主持公道，判某某…")
    r"(?:(?:帮帮我|帮我|给我|为我|替我)?(?:做主|作主)?[，,]?|[^，,。；;：:\n\d]{1,10}?[，,])"
    # ("要求法院判某某给我剩下的货款…元": the sum given to the filer, said as 给我)
    # ("我想请法院让某某还我30000元，利息按银行的算。": the court asked to make the one sued pay, said with 让/叫)
    # ("请法官给我做主，要他们把房租…元还给我": the lay 要 of the one sued; "恳请法院判某某恢复地埂，赔我们损失…元":
    # the order's first clause undoing a harm, its pay in the next)
    r"(?=(?:判(?!决书|处|刑)|让|叫|要(?!求))(?:[^，,。；\n]{0,16}?[，,])?[^，。；\n]{0,20}?"
    r"(?:把|赔|还|退|返还|支付|给付|给(?:我|我们))"
    r"[^。；\n]{0,40}?(?:\d|[一二三四五六七八九十两]+[万千百])[^。；\n]{0,10}?(?:元|块))"
    # a letter asking the court's help to get a sum back: "请求法院帮我要回这35800元工钱，另外…车费…600元，也请他出"
    # (the claim starts at the verb; its sentence may add the writer's costs)
    r"|(?:请求|要求|恳请|希望|请)(?:法院|法官|贵院|人民法院)(?:帮我|替我|帮帮我|给我)(?=(?:要回|讨回|追回|拿回|要到)"
    r"[^。；\n]{0,20}?\d[^。；\n]{0,10}?(?:元|块)"
    # (the sum said first with 把, in figures or in words: "请求法院帮我把这壹万贰仟元要回来")
    r"|把[^，,。；;\n]{0,12}?(?:\d[\d,，.]*\s*万?|[一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]+[万千百仟佰]"
    r"[一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾万千百仟佰零]*)(?:元|块)[^，,。；;\n]{0,12}?(?:要回|讨回|追回|拿回|要到))"
    # a letter asking the court to take its side, then whom it wants to pay: "我就想让法院给我做主：让某某赔我…一共…元"
    r"|(?:法院|法官)(?:给我|为我|帮我|替我)?(?:做主|作主)[:：，,][ \t]*"
    r"(?=(?:让|叫|判)[^，,。；;\n]{1,12}?(?:赔|还|退|返还|支付|给付)[^。；\n]{0,40}?\d[^。；\n]{0,10}?(?:元|块))"
    # a lay heading naming the things asked of the court: "老人要求的事：", "我想请法院帮我解决的事："
    r"|(?:^|(?<=\n))" + _ASKED_THINGS_HEAD +
    r"|(?:^|(?<=\n))" + _SOMEONES_ASKS_HEAD +
    # a list whose first item opens a line with 判令 is the claims even where the heading is lost or misread
    # (OCR's "诉讼请未：")
    r"|(?:^|(?<=\n))[ \t]*(?=" + _FIRST_ITEM_JUDGE + ")"
)
# the start of a claims list whose heading may be lost (parties.parse_block ends a party block there)
CLAIMS_LIST_RE = re.compile(r"^[ \t　]*(?=" + _FIRST_ITEM_JUDGE + ")", re.M)
END_RE = re.compile(
    r"事实(?:和|与|及)理由|事实理由|(?:^|\n)\s*(?:第?[一二三四五六七八九十]{1,3}[、，,.．]\s*)?(?:事实|理由|事情经过|事情的经过|事实经过|案件经过)(?:[:：]|[ \t　]*(?=\n))|(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)"
    r"[^，。；\n]{0,15}?(?:辩称|诉称|述称)|经审理查明|本院认为|此致|"
    # a lay facts heading asked as the question why the writer sues ("为什么告他们：", "我为啥要起诉")
    r"(?:^|\n)\s*(?:第?[一二三四五六七八九十]{1,3}[、，,.．]\s*|[【［])?(?:我|我们)?为(?:什么|啥)(?:要)?(?:告|起诉)"
    r"[^，。；：:\n]{0,6}(?:[:：？?]|[ \t　]*(?=\n))|"
    r"(?:^|\n)\s*(?:证据|附[:：])|被告[^，。；\n]{0,15}?未(?:作|提出|到庭|答辩|出庭)"
    # a labour form's field on the arbitration before the suit ("劳动仲裁情况：…仲裁案字…号，原告不服"), after its claims
    r"|(?:^|\n)[ \t　]*(?:劳动(?:人事)?(?:争议)?)?仲裁(?:情况|结果|经过|裁决情况)(?:[:：]|[ \t　]*(?=\n))"
    # a 要素式 form's next section, on jurisdiction and preservation: a freeze applied for there asks no sum
    r"|(?:^|\n)[ \t　【［|│┃]*约定管辖(?:和|与|及|、)(?:诉讼|财产)?保全"
    # a 要素式 form's facts section on a line of its own ("约定和事实"), after its claims section
    r"|(?:^|\n)[ \t　【［|│┃]*(?:第?[一二三四五六七八九十]{1,3}[、.．]\s*)?(?:约定|合同约定)(?:和|与|及|、)(?:案件)?事实[ \t　】］|│┃]*(?=\n)"
)
ENUM_RE = re.compile(
    r"(?m)(?:^|(?<=[\n；;。，,：:\s]))\s*(?:"
    r"(?P<a>\d{1,2})\s*[、.．)）](?![\d.])"
    r"|[（(](?P<b>\d{1,2})[）)]"
    # ("一、二审案件受理费", "第一、二项": the numbers run on into the thing counted, no item mark)
    r"|(?P<c>[一二三四五六七八九十]{1,3})\s*[、.．](?![一二三四五六七八九十两]{1,3}(?:审|项|款|条|期|次|级))"
    r"|[（(](?P<d>[一二三四五六七八九十]{1,3})[）)]"
    r"|(?P<e>[①-⑳])"
    # a letter without punctuation numbering its lines with a bare digit and a space: "1 判某某还我…\n2 要他赔我…"
    r"|(?<![^\n])[ \t　]*(?P<g>\d{1,2})[ \t　]+(?=[\u4e00-\u9fa5])"
    r"|第(?P<f>[一二三四五六七八九十]{1,3})[，,、]?)"
)
_CN_NUM = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_COST_RE = re.compile(r"诉讼费|受理费|保全费|公告费|诉讼费用|案件受理|鉴定费由")
# a clause naming a cost of the proceedings and a sum the filer asks (the principal, the lawyer's fee): the sum is claimed
_NOT_COST_RE = re.compile(r"借款|本金|货款|工资|赔偿|租金|欠款|价款|损失|律师")
# "由原告向被告支付折价款42万元", "原告愿意补偿被告5万元": a sum the plaintiff offers or undertakes to pay is not claimed
_PLAINTIFF_PAYS_RE = re.compile(
    r"(?<!被)(?:原告|上诉人|申请人|我方?|本人)(?:(?:愿意?|同意|自愿|承诺)(?:一次性)?(?:向|给)?(?:被告|被上诉人|被申请人|对方|其)?"
    # ("由原告分别向二被告支付…各…元": each of several sued paid by the plaintiff)
    r"|(?:一次性)?(?:分别)?(?:向|给)(?:[二两三四五六七八九]名?|各)?(?:被告|被上诉人|被申请人|对方|其))(?:一次性)?"
    r"(?:支付|补偿|给付|偿付|找补)(?!的)[^，,；;。的]{0,10}$")
# "由原告补偿被告房屋折价款360000元": the plaintiff the subject of the payment, the one sued its payee named right after
# the verb (no 向/给 before it)
_PLAINTIFF_PAYS_DIRECT_RE = re.compile(r"(?<![被向给])(?:原告|上诉人|申请人)(?:一次性)?(?:支付|补偿|给付|偿付|找补)(?:给)?"
                                       r"(?:被告|被上诉人|被申请人|对方)[^，,；;。的]{0,10}$")
_RETURN_RE = re.compile(r"返还|退还|退回|赔偿|偿还|归还|返回|赔付")
# "改判上诉人无需向被上诉人支付折价款…元": the filer asks to be freed of a payment, no sum asked of the other side
_FILER_FREED_RE = re.compile(
    r"(?<!被)(?:原告|上诉人|申请人|我方?|本人)(?:无需|无须|不需要?|不必|不用|不再|免于|不应|不予)(?:再)?(?:一次性)?"
    r"(?:向|给)?(?:被告|被上诉人|被申请人|对方|其)?(?:支付|补偿|给付|偿付|偿还|返还|退还|赔偿|归还|赔付)[^，,；;。]{0,20}$")
# "原告同意退还被告转让款3万元": what the plaintiff agrees to give back (the price of a contract it asks set aside,
# 民法典 157) is offered, not claimed
_PLAINTIFF_RETURNS_RE = re.compile(
    r"(?<!被)(?:原告|上诉人|申请人|我方?|本人|我们)(?:愿意?|同意|自愿|承诺|可以)(?:一次性)?(?:向|给)?(?:被告|被上诉人|被申请人|对方|其|他|她)?"
    r"(?:退还|返还|归还|退回|退给|还给)(?:给)?(?:被告|被上诉人|被申请人|对方|其|他|她)?[^，,；;。的]{0,10}$")
# a bracket still open that starts with the form's example ("（例如：", "（如：…）")
_EXAMPLE_OPEN_RE = re.compile(r"[（(]\s*(?:(?:例如|比如|譬如|示例|举例)\s*[:：]?|如\s*[:：])[^）)]*$")
# (said plainly: "医疗费一万八千元给我出了，一人六千元")
_SHARE_BEFORE_RE = re.compile(r"(?:每人|每个人|每位|各自|人均|(?<![第唯])一个?人)[^，,；;。\d]{0,6}$")
# (a day's rate said as "一天": "说好一天200元", "我男人一天220元，算180天，39600元")
_PERIODIC_BEFORE_RE = re.compile(r"(?:每[月日天年周]|按月|按日)[^，,；;。]{0,8}$|(?<![第前后头最这那])一(?:天|日)\s*(?:人民币)?\s*$")
# "共16天，按每天100元算1600元": the rate per period, then the sum reckoned from it: that sum is fixed, no rate
# ("按每亩每年50元支付违约金6600元": the rate, then the named sum it reckons paid as one sum)
_RECKONED_FROM_RATE_RE = re.compile(r"(?:每[月日天年周]|按月|按日)[^，,；;。]{0,6}?\d+(?:\.\d+)?\s*(?:元|块)\s*"
                                    r"(?:(?:算|计|计算|合计|共计|总计|共|一共|即)(?:下来|出来|得)?\s*(?:是|为)?"
                                    # ("按每月800元算共9600元": reckoned, then the total said)
                                    r"(?:(?<=算)(?:共|一共|共计|总共|合计)\s*(?:是|为)?)?"
                                    r"|(?:的标准)?(?:支付|给付|赔偿|计付)(?:违约金|赔偿金|滞纳金|补偿金|占用费)(?:共计|合计)?"
                                    r"(?:人民币)?)\s*$")
# "自2024年2月起每月10日前支付抚养费2000元", "每月支付原告甲、乙抚养费各1000元": a payment per period, however its due
# day or payees are written, is no fixed sum; a total or a computed sum after the period word is ("每月2000元，共计…")
_PERIOD_WORD_RE = re.compile(r"每(?:个)?[月日天年周季]|按[月年季](?!利率|息|利)|逐月")
_PERIOD_GAP_BREAK_RE = re.compile(r"共计|合计|总计|累计|暂计|共|计算|标准|[元％%‰]")
_STATED_RE = re.compile(r"(?:暂计|暂算|计至|截至|截止|合计|共计|总计)[^，,；;（）()]{0,20}?(?:为|是|共)?\s*(?:人民币)?\s*$")
_PERIODIC_AFTER_RE = re.compile(r"^\s*(?:/|每|一)(?:月|日|天|年|周)")
# a price per unit ("2.3元/㎡/月", "每节280元", "每吨50元"): it reckons a sum, it is none itself
_UNIT_PRICE_AFTER_RE = re.compile(r"\s*/\s*(?:㎡|平方米|平米|m2|m²|亩|吨|件|台|次|节|课时|小时|人|斤|公斤|千克|套|张|辆|个)")
# (said in lay words with 一 for 每, what a unit is charged: "一度电收我1块5", "一吨水要6块")
_UNIT_PRICE_BEFORE_RE = re.compile(r"(?:每(?:节|次|课时|件|斤|公斤|千克|吨|亩|平方米|平米|㎡|小时|台|套|张|辆|度|方)(?:课)?"
                                   r"|(?<![第前后头最这那\d一二三四五六七八九十])一(?:度|吨|方|斤|公斤|千克|平米|平方米|亩|小时)"
                                   r"(?:电|水|气|燃气|天然气)?(?:收|要|卖|算)?(?:我|我们)?)"
                                   r"\s*(?:的?(?:价格|单价|费用|收费))?\s*(?:为|是)?\s*(?:人民币)?\s*$")
_BASE_AFTER_RE = re.compile(r"^\s*(?:为基数|作为基数|为本金|为计算基数|的基数|为计息基数|为标准|为计算标准|计算利息|[，,]?按"
                            r"|的(?:利息|逾期利息|违约金|罚息)"
                            r"|的\s*(?:每[日月年]|[日月年])?\s*(?:万分之|千分之|百分之|\d+(?:\.\d+)?\s*[%％‰]))")
# "返还三金，如果还不了就按21000元折价给我": the value the writer names for things it cannot get back is a sum asked
# (as "不能返还的折价赔偿23600元"), no base
_FALLBACK_VALUE_AFTER_RE = re.compile(r"\s*(?:元)?\s*(?:的(?:价格|价值)?)?\s*折价(?:赔偿|返还|退还|给|赔|补偿|款)")
_BASE_BEFORE_RE = re.compile(r"(?:以|基数|本金基数|按|以本金|以借款本金|以欠款|以未付款)\s*$")
# "赔偿泡坏的衣柜一个，按一千五百元算": the value the writer puts on a thing, the clause ending with 算, is a sum asked,
# no base
_VALUED_AT_RE = re.compile(r"(?<!每)按\s*$")
_VALUED_AT_AFTER_RE = re.compile(r"\s*(?:元|块)?\s*(?:来)?(?:算|计算|计|折算)(?=[，,；;。！!\n]|$)")
_ONLY_BEFORE_RE = re.compile(r"(?:也?就是|只要求?|只请求|仅要求|仅请求|只主张|仅主张)[^，,；;。\d]{0,10}$")
# "退我苗钱6800元，再按三倍赔我20400元，两项27200元": the count of the items before a sum totals them
# ("小计19749.89元": a subtotal of the sums listed above it in the item; "两项加一起7500元": added up)
_TOTAL_RE = re.compile(r"(?:共计|合计|总计|小计|总额|累计|总共|共|加起来|加在一起|(?:加|合|算)(?:到)?一起|合起来|(?:加|合|算)(?:到|在)?一块儿?|本息(?:暂计|暂算|计)?"
                       # ("…交通费480元，以上暂计67510元": the items above summed for now, a total, not one more sum)
                       r"|(?:以上|上述|前述|前列|各项)[^，,；;。\d]{0,6}?(?:暂计|暂算|暂定|暂合计)"
                       r"|(?<![第每])(?:[两二三四五六七八九]|\d)\s*项(?:共计|合计|总计|一共|总共|共|加起来)?)"
                       # ("一共退9280元", "总共赔8000元": the total said with the verb of the ask)
                       r"(?:(?<=一共|总共|共计|合计|总计)应?(?:退还?|赔偿?|返还|支付|偿还|还|要|给|付))?"
                       # (a claims table's total row: "│合计│41097.50元", the sum in the cell after the word)
                       r"\s*(?:为|是|有)?\s*[:：│|]?\s*(?:人民币)?\s*$")
_THIS_SUM_BEFORE_RE = re.compile(r"(?:这|此|该|那)(?:笔|些)?(?:钱)?\s*(?:人民币)?\s*$")
# "利息18000元，按银行同期贷款利率支付…": a sum named as what it is, then how the rest is computed
_NAMED_SUM_BEFORE_RE = re.compile(r"(?:利息|违约金|罚息|滞纳金|本金|借款|欠款|货款)\s*(?:人民币)?\s*$")
# "港币50万元折合人民币456,000元": the converted sum replaces the foreign one
_CONVERTED_RE = re.compile(r"^\s*[（(，,]?\s*(?:折合|折算|约合|合计为|相当于|(?:后|现|庭审中)?(?:变更|调整|减少|增加|减至|增至)为?)"
                           r"\s*(?:人民币)?\s*$")
# "返还定金5万元，并双倍返还定金，即支付10万元": the deposit doubled (民法典 587) restated as one sum, which replaces it
_DOUBLED_RE = re.compile(r"^\s*(?:元)?[，,]\s*(?:并)?(?:按)?(?:双倍|加倍|两倍|二倍)[^，,。；;\d]{0,8}[，,]?\s*(?:即|共计|合计)\s*"
                         r"(?:支付|返还|给付|退还|为)?\s*(?:人民币)?\s*$")
# "（15000元自2014年3月17日起、…）": an amount that opens an interest period inside the interest terms
_EXPLAIN_OPEN_RE = re.compile(r"[（(](?:已|扣除|其中|包括|含|即|系)[^）)]*$")
_PERIOD_AFTER_RE = re.compile(r"^\s*(?:自|从)\s*\d{4}\s*年")
# Things asked back in kind, a money value only in case they cannot be returned ("返还金手镯（购买价8000元），不能返还的
# 折价赔偿"): the bracketed price describes the things; the claim is for them, no fixed sum (the fallback's value is
# fixed by the court when return fails)
_PRICE_OPEN_RE = re.compile(r"[（(][^）)]{0,6}(?:购买价|购价|购入价|价值|价格|原价|市价|购置价)[^）)]{0,4}$")
_IN_KIND_RE = re.compile(r"(?:不能|无法|不能够)(?:返还|归还|退还|交还)[^。；;\n]{0,6}?折价|或者?折价|折价(?:赔偿|款)?")
# a claims table with a total row ("│合计 │68,422.40 │" under a "金额（元）" head): the total is the sum asked
_TABLE_TOTAL_RE = re.compile(r"[│|]\s*(?:合计|总计|共计)(?:金额)?\s*[│|]\s*(\d[\d,，]*(?:\.\d+)?)\s*[│|]")
_TABLE_YUAN_HEAD_RE = re.compile(r"[（(]元[）)]|单位[:：]\s*元")
_PAIR_GAP_RE = re.compile(r"^\s*(?:[（(]|即|大写|小写|[:：]|¥|￥)*\s*(?:人民币|大写|小写|¥|￥)?\s*[:：]?\s*$")
_NAMED_PAIR_GAP_RE = re.compile(r"^\s*(?:块钱|块|元)?[\u4e00-\u9fa5]{1,6}[（(]\s*(?:人民币|[¥￥])?\s*$")
# "壹拾万元（¥100,000元）": the second writing closes the parenthesis ("利息94.8万元（790万元×6％×2年）" is a formula)
_PAIR_CLOSE_RE = re.compile(r"\s*(?:元)?\s*整?\s*[）)]")
# ("…一共30318元（他给的2000元从里面扣，还差28318元）": what is still short, said 还差)
_OWED_BEFORE_RE = re.compile(r"(?:尚欠|仍欠|还欠|下欠|尚余|尚有|剩余|余欠|未付|尚未支付|未支付|还差|尚差|仍差)(?:款|款项|劳务费|工程款|货款|租金|借款)?\s*(?:人民币)?\s*$")
_ALREADY_PAID_BEFORE_RE = re.compile(r"已(?:还|付|归还|偿还|支付|清偿)(?:款|本金|利息|借款)?\s*(?:人民币)?\s*$")
# "退还剩余会员卡费：已支付年卡费用8400元，已使用3个月，…请求退还6300元": the clause opening the item's text with
# what was paid already tells how the sum asked after it is reckoned
_PAID_OPENS_RE = re.compile(r"(?:^|[:：])\s*(?:原告|我|我们|本人)?已(?:经)?(?:支付|付|交|缴纳|缴|交纳)[^，,；;。\d退返]{0,10}?\s*(?:人民币)?\s*$")
# "是否已垫付：被告某某已垫付医疗费10000元": what the one sued has advanced already is paid, not asked (what the
# plaintiff advanced, "原告已垫付的医疗费", is asked back; "扣除被告已垫付的…" is a deduction reckoned, read elsewhere)
_SUED_ADVANCED_RE = re.compile(r"被告(?:(?!原告|我)[^，,；;。\d]){0,12}?已(?:经)?(?:先行)?(?:垫付|垫支|垫资|赔付)[^，,；;。\d]{0,8}?\s*(?:人民币)?\s*$")
_ALREADY_PAID_AFTER_RE = re.compile(r"\s*(?:作为|系|为)?已(?:还|付|归还|偿还|支付|清偿)")
# an amount (or a list of them, "10万元、12万元…分别") followed by the date interest runs from
_RUNNING_BASE_AFTER_RE = re.compile(r"(?:\s*[、和及]\s*(?:人民币)?\s*[\d.,，]+\s*万?元)*\s*(?:的)?(?:借款|本金|欠款|货款|款项)?\s*(?:分别)?\s*"
                                    r"(?:自|从)\s*\d{4}\s*年")
# "其中借款本金1991000元": a part of a sum already claimed
# ("其中透支本金4万元、利息3000元、违约金500元": every sum of the 、-joined breakdown is a part, not only the first)
_PART_BEFORE_RE = re.compile(r"其中(?:[^，,；;。（）()]{0,10}?\d[\d.,]*\s*万?元\s*[、和及])*[^，,；;。（）()]{0,10}$")
# ("租金共计17500元，支付违约金3500元": a clause of its own opening with the verb, another sum named)
# the parts after 其中 listed in clauses of their own, up to the sum read ("其中工钱8500元，看病1500元")
_PARTS_LISTED_RE = re.compile(r"其中(?:[^，,；;。（）()\d]{0,10}?\d[\d.,]*\s*万?元\s*[、和及，,])+[^，,；;。（）()\d]{0,10}$")
_AFTER_TOTAL_RE = re.compile(r"\s*(?:元)?[，,；;]\s*(?:(?:并|另|另行|同时|以及|还应)[^，,；;。（）()]{0,20}?)?(?:支付|给付|赔偿|偿还)"
                             r"[^，,；;。（）()\d]{0,12}$")
# a clause of its own that asks a payment ("，赔偿冯某上述损失…", "；并向乙支付…")
_OWN_PAY_CLAUSE_RE = re.compile(r"[，,；;]\s*(?:并|再|另|另行|同时|以及)?(?:向[^，,；;。\d]{1,12}?)?(?:赔偿|支付|给付|偿还|返还)")
# "返还夫妻共同存款86000元中属于原告的份额43000元", "…的一半即2万元": the whole, then the part of it claimed
_SHARE_OF_WHOLE_RE = re.compile(r"^\s*(?:的)?中[^，,；;。\d]{0,20}?(?:份额|一半|半数|部分|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|\d+\s*[%％]"
                                # ("存款3.2万元中原告应得的一半，即1.6万元": the part named, then its sum after a comma)
                                r"|[一二三四五六七八九十]成)[^，,；;。\d]{0,6}(?:[，,]\s*(?:即|计|为|合|也就是|就是)\s*(?:人民币)?\s*)?$"
                                # "存款192000元由上诉人继承96000元": a sum of the estate, then the share of it the filer
                                # is to inherit
                                r"|^\s*(?:元)?\s*由(?:原告|上诉人|申请人|我|我们|本人)[^，,；;。\d]{0,6}?(?:继承|分得|取得)"
                                r"(?:其中(?:的)?)?\s*(?:人民币)?\s*$"
                                # "共同存款9万元，由被告支付一半即4.5万元": the part named after a comma, then the sum
                                r"|^\s*[，,][^，,；;。\d]{0,16}?(?:一半|半数|分之[一二三四五六七八九十\d]+|\d+\s*[%％]|[一二三四五六七八九十]成)"
                                r"[，,]?\s*(?:即|计|为|合)\s*(?:人民币)?\s*$"
                                # "转走的9万元分我一半4.5万元": the part to be given the filer, said right after the whole
                                # ("卖粮的钱四万块全在他手上，要求分给俺一半，两万块": or after a clause on where it is)
                                r"|^\s*(?:元)?(?:[^，,；;。\d]{0,10}?[，,])?\s*(?:要求|请求)?(?:分|分给|给|还|还给|退|退给|返还)"
                                r"(?:我|俺|我们|原告|申请人|上诉人)\s*"
                                r"(?:一半|半数|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|\d+\s*[%％]|[一二三四五六七八九]成)"
                                r"\s*[，,]?\s*(?:即|计|为|合|也就是|就是|是)?\s*(?:人民币)?\s*$"
                                # "理财产品430000元的一半，即215000元": the part named right after the whole, then its sum
                                r"|^\s*(?:元)?\s*的\s*(?:一半|半数|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|\d+\s*[%％])"
                                r"\s*[，,]?\s*(?:即|计|为|合|也就是|就是)\s*(?:人民币)?\s*$"
                                # "共同存款18万元，由被告向原告返还其中的9万元": the whole, then the part of it to be
                                # paid back or over, said as 其中的
                                # ("存款16万元转至其母亲账户，请求判令被告返还原告其中的一半即8万元": what was done with
                                # the whole told before the comma, the share named before its sum)
                                r"|^\s*(?:元)?[^，,；;。\d]{0,12}?[，,][^，,；;。\d]{0,16}?(?:返还|退还|支付|给付|偿还|归还|补偿|赔偿|分给|分得)"
                                r"(?:给?(?:原告|我|我们))?其中(?:的)?\s*(?:(?:一半|半数|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+"
                                r"|\d+\s*[%％]|[一二三四五六七八九十]成)[，,]?\s*(?:即|计|为|合|也就是|就是))?\s*(?:人民币)?\s*$")
# "医药费4300元，两个儿子一人一半，某某应当给2150元": a sum told whole, split between several, then the one sued's
# share: the share is what is claimed ("二被告平摊，各支付9000元": each one's share of the ones sued, the whole is)
# ("住院钱4320元他该摊一半，给2160元": the one sued's half told without naming the others, the share is claimed)
# (a charge named by how it is shared, "公共能耗分摊费312元" after "物业服务费4255.2元", is a sum of its own: no split)
_SPLIT_GAP_RE = re.compile(r"^[^；;。]{0,30}?(?:一人一半|各(?:出|承担|负担|付|掏|给)?一半|(?:摊|承担|负担|出|掏)一半|(?:平摊|均摊|分摊|平分|平均(?:分担|承担|负担|分摊))(?![费款金])"
                           r"|各半|按[^；;。]{0,8}比例)(?P<rest>[^；;。]{0,24})$")
_EACH_RE = re.compile(r"各|每人|每位|每个人|分别|人均")
# "以上共计69160元，按百分之七十由被告承担48412元", "共计50万元，按被告应承担的70%责任比例计算为35万元": the losses told
# whole, then the share of them the one sued answers for by its degree of fault; the share is what is claimed
# ("…合计…元，请求被告按70%的责任比例赔偿原告…元": the share asked of the one sued, the ask said before 按)
_FAULT_SHARE_GAP_RE = re.compile(r"^\s*(?:元)?\s*[，,]?\s*(?:再|并|由被告|(?:请求|要求)[^，,；;。\d按]{0,12}?)?按(?:照)?[^，,；;。\d]{0,12}?"
                                 r"(?:百分之[一二三四五六七八九十零〇\d.]+|\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九]成)"
                                 r"[^，,；;。\d]{0,12}?(?:承担|负担|计算|计|赔偿|支付|赔付)[^，,；;。\d]{0,4}?(?:为|即)?\s*(?:人民币)?\s*$"
                                 # ("以上合计1109432.3元的70%即776602.61元": the share of the whole, told right after it)
                                 r"|^\s*(?:元)?\s*的\s*(?:百分之[一二三四五六七八九十零〇\d.]+|\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九]成)"
                                 r"\s*[，,]?\s*(?:即|为|计|是)\s*(?:人民币)?\s*$")
# "在1000万元限额内承担连带责任", "就所得价款中的300万元优先受偿": a limit or a priority, no sum to pay
# a ceiling on a payment: the one appealing an award asks it lowered to at most a sum ("不超过…元", "调减至…元以下")
_CAP_BEFORE_RE = re.compile(r"(?:不超过|不高于|不超出)\s*(?:人民币)?\s*$")
_LOWER_TO_BEFORE_RE = re.compile(r"(?:调减|减少|降低|下调|减|降)(?:至|到|为)\s*(?:人民币)?\s*$")
_BELOW_AFTER_RE = re.compile(r"\s*(?:元)?\s*(?:以下|以内)")
_LIMIT_AFTER_RE = re.compile(r"\s*(?:的)?(?:限额|范围|额度|最高额)(?:内|以内)")
# "计算至1300万元本金偿清之日止": the sum named again as the end of a period
_REFERENCE_AFTER_RE = re.compile(r"\s*(?:的)?(?:本金|借款|欠款|款项)?\s*(?:全部)?(?:偿清|还清|付清|清偿完毕|清偿)")
# "判公司把欠我们的工钱共63160元付清": the sum made the object of the payment with 把/将 is what is asked, not a
# reference the interest runs until ("…计算至借款100000元全部还清之日止")
_OBJECT_PAID_RE = re.compile(r"[把将](?![^，,；;。]*(?:至|到|直到|直至))[^，,；;。]{0,30}$")
_PRIORITY_RE = re.compile(r"优先(?:受偿|偿还|清偿|支付)")
# "对借款本金150000元承担连带保证责任，向原告支付150000元": the sum a guarantor or co-debtor answers for,
# then the same sum asked as the payment it means: one sum, counted once
_ANSWER_FOR_AFTER_RE = re.compile(r"\s*(?:的)?(?:款项|债务)?(?:向原告)?(?:承担|负)(?:连带|共同|补充)?(?:清偿|偿还|还款|保证|赔偿|担保)?(?:保证)?责任")
# "被告二对第3项中的2万元承担连带责任": a sum claimed in an earlier item, now owed jointly by another defendant
_EARLIER_SUM_RE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}项|上述|前述|以上|前款)[^，,；;。]{0,12}$")
_JOINT_RE = re.compile(r"连带|共同")
# "改判…在已判决的438,000元之外再支付工程款…元": on appeal, the sum the judgment appealed already awards is not in
# dispute; only the further sum asked is claimed
# "…各项损失62768元（一审判决仅按30%的比例判赔23538元）": a bracket telling what the judgment appealed decided
# explains the sum asked; the sum it names is no claim
_AWARDED_OPEN_RE = re.compile(r"[（(]\s*(?:一审|原审|原判)[^）)]*?(?:判|认定|支持|确定)[^）)]*$")
_AWARDED_BEFORE_RE = re.compile(r"(?:已|一审|原审|原判)[^，,；;。\d]{0,4}?(?:判决|判令|判处|判|支持|认定)[^，,；;。\d]{0,6}$"
                                # ("在原判决已支付的86000元基础上再支付…": what the judgment appealed orders paid)
                                r"|(?:一审|原审|原判)(?:决|判决|法院)?已?(?:判决|判令|判)?(?:支付|给付|赔偿|返还|支持|确定)的?\s*(?:人民币)?\s*$")
_BEYOND_AFTER_RE = re.compile(r"\s*(?:之外|以外|外|的基础上|基础上)")
# "判令被告向两原告各支付房屋折价款21万元": the same sum to each of several named by their number; what is claimed is
# that sum times their number (a 共计 stated after it is that product)
_EACH_PAYEE_RE = re.compile(r"向(?P<n>[两二三四五六七八九]|\d)(?:名|位|个)?(?:原告|上诉人|申请人)各(?:自)?"
                            r"(?:支付|给付|赔偿|返还|补偿|偿还|退还)[^，,；;。\d]{0,30}$")
# "存款…元，二原告各分得30500元": the share each of several plaintiffs, named by their number, is to get of an estate or
# of common property; what is claimed is that share times their number
# "判令二被告支付三原告返程路费每人600元": the payees named by their number, then the sum each is to get
_EACH_PAID_RE = re.compile(r"(?:支付|给付|赔偿|返还|补偿|偿还|退还)(?P<n>[两二三四五六七八九]|\d)(?:名|位|个)?(?:原告|上诉人|申请人)"
                           r"[^，,；;。\d]{0,20}?(?:每人|每位|每名|各)\s*(?:人民币)?\s*$")
_EACH_GETS_RE = re.compile(r"(?<![向给被])(?P<n>[两二三四五六七八九]|\d)(?:名|位|个)?(?:原告|上诉人|申请人)各(?:自)?"
                           r"(?:分得|继承|取得|应得|分)[^，,；;。\d]{0,12}$")
_COUNT = {"两": 2, **{c: i + 2 for i, c in enumerate("二三四五六七八九")}}
# "支付原告一、原告二二倍工资差额各3600元": the payees named one by one, then the same sum to each
_EACH_LISTED_RE = re.compile(r"(?P<list>(?:原告|上诉人|申请人)[一二三四五六七八九\d甲乙丙丁](?:\s*[、和及与]\s*(?:原告|上诉人|申请人)?"
                             r"[一二三四五六七八九\d甲乙丙丁])+)[^，,；;。\d]{0,30}?各(?:自)?\s*(?:为)?\s*(?:人民币)?\s*$")
# "被告甲、乙各支付原告赡养费2400元（共计4800元）": a sum each of several pays, its total in the brackets after it;
# the total is what is asked of them together
_EACH_PAYS_BEFORE_RE = re.compile(r"各(?:自)?(?:向[^，,；;。\d]{0,12}?)?(?:支付|给付|赔偿|返还|补偿|偿还|退还|承担|负担)"
                                  r"[^，,；;。元]{0,40}?$")
_EACH_TOTAL_OPEN_RE = re.compile(r"\s*(?:元)?\s*[（(]\s*(?:共计|合计|总计|共)\s*(?:为)?\s*(?:人民币)?\s*$")
# an explanation in brackets right after a sum: "11.5万元（本金101万元，…合计34.34万元…）", "182000元［1300000元×2％×7个月］"
_PAIR_BRACKET_RE = re.compile(r"\s*[元整]*\s*[（(]\s*(?:人民币|[¥￥])?\s*\d[\d,，.]*\s*万?元?\s*整?\s*[）)]")
_OPEN_BRACKET = "（([［【"
_CLOSE_BRACKET = "）)]］】"
_INTEREST_WORD_RE = re.compile(r"利息|利率|违约金|罚息|逾期付款损失|资金占用")
_INTEREST_OPEN_RE = re.compile(r"[（(][^）)]*(?:以|按|自|从|利率|计算)[^）)]*$")


def _enum_value(m: re.Match) -> tuple[str, int]:
    for key in "abcdefg":
        v = m.group(key)
        if v is None:
            continue
        if key in "abg":
            return key, int(v)
        if key == "e":
            return key, ord(v) - ord("①") + 1
        n = _CN_NUM.get(v) if len(v) == 1 else (10 + _CN_NUM.get(v[-1], 0) if v.startswith("十") else None)
        return key, n or 0
    return "", 0


def split_items(text: str) -> list[tuple[int, int]]:
    """Item spans of an enumerated list (1. 2. / 一、二、 / （1）（2） / ①②), following the first style
    seen and consecutive numbers only, so '7.5万元' or a nested '（1）' never splits an item."""
    cands = list(ENUM_RE.finditer(text))
    style, expect, marks = None, 1, []
    for m in cands:
        key, n = _enum_value(m)
        if style is None:
            if n != 1:
                continue
            style = key
        if key == style and n == expect:
            marks.append(m)
            expect += 1
    if not marks:
        return []
    spans = []
    for i, m in enumerate(marks):
        s = m.end()
        e = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        spans.append((s, e))
    return spans


@dataclass
class ClaimsResult:
    claims: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    amount: float | None = None
    amount_spans: list[tuple[int, int]] = field(default_factory=list)
    checks: list[tuple[str, str, str]] = field(default_factory=list)  # field, level, message
    region: tuple[int, int] | None = None


# a demand the narrative tells of ("原告多次要求被告支付货款，被告拒不支付") is history, not what the court is asked
_HISTORY_BEFORE_RE = re.compile(r"(?:多次|屡次|曾经?|一再|反复|多番|再三|经|催促|催讨|当时|之前|此前|先后)[^，。；\n]{0,6}$")
_HISTORY_AFTER_RE = re.compile(r"[^。；\n]{0,40}?(?:未果|无果|被拒|遭拒|拒绝|拒不|置之不理|不予理睬|推脱|推诿|均未|未予|没有结果)")
# "逾期未付，原告有权要求一次性支付全部剩余价款": a right the contract (or the law) gives, told in the narrative, asks
# the court nothing
_RIGHT_BEFORE_RE = re.compile(r"有权$")
_COURT_ASKED_RE = re.compile(r"法院|本院|贵院|判令|判决|诉讼|事项|上诉|再审|申请|仲裁|诉请|[:：]")


def _is_history(norm: str, m: re.Match) -> bool:
    text = m.group(0)
    if _COURT_ASKED_RE.search(text) or not re.search(r"要求|请求", text) or re.match(r"(?:故|现|为此|因此|据此|综上)", text):
        return False  # a heading, the court asked, or the narrative's conclusion ("故原告要求…"): a claim
    before = norm[max(0, m.start() - 10):m.start()]
    return bool(_HISTORY_BEFORE_RE.search(before) or _RIGHT_BEFORE_RE.search(before)
                or _HISTORY_AFTER_RE.match(norm, m.end()))


def _start(norm: str, start: int, end: int) -> re.Match | None:
    for m in START_RE.finditer(norm, start, end):
        if not _is_history(norm, m):
            return m
    return None


# (a row opens a line, or follows the bar that closed the row before where the lines were joined: "…||诉讼请求2|…")
_TABLE_ROW_RE = re.compile(r"(?m)(?:^[ \t]*|(?<=[|│]))[|│][ \t]*(?P<label>[^|│\n]*?)[ \t]*[|│]")
_CLAIM_ROW_LABEL_RE = re.compile(r"(?:诉讼)?请求|诉请|请求事项|[-—:：\s]*$|[\d一二三四五六七八九十]{1,2}[.．、]?$")


# a section number opening the claims heading's line: "二、诉讼请求", "2. 诉讼请求" (up to 九: its successor is one glyph)
_SECTION_NUM_RE = re.compile(r"[ \t　]*(?:(?P<cn>[一二三四五六七八九])|(?P<n>\d{1,2}))[ \t　]*[、.．][ \t　]*")
_CN_DIGITS = " 一二三四五六七八九十"


# a sentence that opens the list of the sums asked on the lines below, its colon ending its line ("原告损失如下：",
# "各项费用明细："; an 答辩状's "答辩意见如下：" opens no such list)
_SUBLIST_INTRO_RE = re.compile(r"[ \t　]*[^。；;:：\n]{0,16}?(?:损失|费用|款项|金额|数额|明细|清单)[^。；;:：\n]{0,6}?[:：][ \t　]*\n")


# a sentence ending with the list's total, the next one deducting what was paid and asking the balance
_TOTAL_DOT_RE = re.compile(r"(?:合计|共计|总计|一共|总共)[^，,；;。\d]{0,6}?\d[\d,，]*(?:\.\d+)?\s*万?元$")
_NET_NEXT_RE = re.compile(r"[ \t　]*(?:扣除|扣掉|扣减|减去|减掉|除去|刨去|抵扣)[^。；;\n]{0,30}?\d[^。；;\n]{0,30}?"
                          r"(?:请求|要求|还要?|还应|尚需|仍需|实际)[^。；;\n]{0,20}?\d")


# the line after a list of sums (no item numbers) that totals them, deducts what was paid and asks the balance
_LIST_NET_RE = re.compile(r"[ \t　]*\n[ \t　]*(?:以上|上述|上面|这些)[^。；;\n\d]{0,6}?(?:合计|共计|总计|一共|总共)[^。；;\n]{0,20}?\d"
                          r"[^。；;\n]{0,12}?[，,][ \t　]*(?:扣除|扣掉|扣减|减去|减掉|除去|刨去|抵扣)[^。；;\n]{0,30}?\d"
                          r"[^。；;\n]{0,30}?[，,][^。；;\n]{0,12}?(?:请求|要求|还要?|再)"
                          # (the ask naming who pays first and who the rest, the balance's total last: "请求判令保险公司在
                          # …限额内赔偿，不足部分由某某赔偿，共计…元")
                          r"(?:[^。；;\n]{0,12}?|[^。；;\n]{0,80}?(?:共计|合计|总计|一共|共)\s*(?:人民币)?)\d")


def _item_goes_on(seg: str, at: int) -> bool:
    """Whether the sentence after a full stop at `at` goes on the line of a numbered item whose next item opens the
    next line: the item's own account of the sum, not the story after the claims."""
    nl = seg.find("\n", at)
    if nl < 0 or not seg[at:nl].strip() or seg[at:nl].lstrip()[:1] in _OPEN_BRACKET:
        return False  # (a remark in brackets after the item, "（原告共给付…，余…元）", says how its sum was reckoned)
    ls = seg.rfind("\n", 0, at) + 1
    mark = ENUM_RE.match(seg, ls)
    nxt = ENUM_RE.match(seg, nl + 1)
    if not mark or not nxt:
        return False
    kind, n = _enum_value(mark)
    # (only an item that names its sum in a few words, "工钱9200元。", goes on to tell it; a longer first sentence
    # is an argument, and an 答辩状's items answer, they ask nothing)
    named = seg[mark.end():at]
    return (_enum_value(nxt) == (kind, n + 1) and "答辩" not in named
            and bool(re.fullmatch(r"[^，,；;。]{0,20}?(?:\d[\d.,]*\s*万?|[一二三四五六七八九十两百千万]+)(?:元|块)[ \t　]*。", named)))


# a form's line of tick boxes only ("否☐", "是□ 否☑")
_TICK_LINE_RE = re.compile(r"[ \t　]*(?:[是否有无]?[ \t　]*[☐□☑■√✓][ \t　]*[是否有无]?[ \t　]*){1,3}")


def _form_item_goes_on(seg: str, at: int) -> bool:
    """Whether the full stop at `at` ends the text of a 要素式 form's numbered item whose next item opens a line after
    the item's lines of tick boxes ("1.是否主张工资支付\n是☑ 明细：…请求判令被告支付。\n否☐\n2.…")."""
    nl = seg.find("\n", at)
    if nl < 0 or seg[at:nl].strip():
        return False
    pos, ticks = nl + 1, 0
    while True:
        end = seg.find("\n", pos)
        end = len(seg) if end < 0 else end
        if not _TICK_LINE_RE.fullmatch(seg, pos, end):
            break
        pos, ticks = end + 1, ticks + 1
    nxt = ENUM_RE.match(seg, pos) if ticks and pos < len(seg) else None
    if not nxt:
        return False
    ls = seg.rfind("\n", 0, at)
    for _ in range(3):  # the item's own mark, on its line or a line or two above
        ls = seg.rfind("\n", 0, ls) if ls > 0 else -1
        mark = ENUM_RE.match(seg, ls + 1)
        if mark:
            kind, n = _enum_value(mark)
            return _enum_value(nxt) == (kind, n + 1)
        if ls < 0:
            break
    return False


_COLUMN_HEAD_CELL_RE = re.compile(r"[ \t　]*(?:具体)?(?:请求)?(?:内容|事项|说明|明细)[ \t　]*")


_AMENDED_RE = re.compile(r"[ \t　]*(?:(?:诉讼中|审理中|审理过程中|诉讼过程中|庭审中|本案审理中|审理期间)[，,]?)?"
                         r"[^。；;，,\n]{0,24}?变更(?:其|了)?(?:全部|部分)?(?:诉讼请求|诉请)(?:为[:：]?|[:：])")


_CLAIMS_SUBITEM_RE = re.compile(r"\n[ \t　]*\d{1,2}[、.．][ \t　]*(?:具体)?(?:诉讼请求|请求事项)[:：]?[ \t　]*\n")


def find_region(norm: str, start: int, end: int) -> tuple[int, int] | None:
    m = _start(norm, start, end)
    if not m:
        return None
    rs = m.end()
    e = END_RE.search(norm, rs, end)
    re_ = e.start() if e else end
    # the next section's own number before its heading ("三、事实与理由") is no part of the claims
    num = re.compile(r"[ \t　]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][ \t　]*").fullmatch(
        norm, norm.rfind("\n", rs, re_) + 1, re_) if e and "\n" in norm[rs:re_] else None
    if num:
        re_ = num.start()
    # a form's section holding both the facts and the claims ("诉讼请求和依据\n1.劳动合同履行情况…\n6.诉讼请求\n（1）…"):
    # the item titled as the claims, a line of its own, holds them; the items before it tell the facts
    sub = _CLAIMS_SUBITEM_RE.search(norm, rs, re_)
    if sub and sub.start() > rs:
        rs = sub.end() - 1
    # a claims heading numbered as a section of its own ("二、诉讼请求", its items "1. 2.") ends where the next section's
    # number opens a line ("三、借款、还款明细" over a table of the loans): that section tells the facts, it asks nothing
    sec = _SECTION_NUM_RE.fullmatch(norm, norm.rfind("\n", 0, m.start()) + 1, m.start())
    if sec:
        mark = ENUM_RE.search(norm, rs, re_)
        if not (mark and _enum_value(mark)[0] == ("c" if sec.group("cn") else "a")):
            nxt = (_CN_DIGITS[_CN_NUM[sec.group("cn")] + 1] if sec.group("cn") else str(int(sec.group("n")) + 1))
            cut = re.compile(r"\n[ \t　]*" + nxt + r"[、.．]").search(norm, rs, re_)
            if cut:
                re_ = cut.start()
    # "…请依法判决。请求：1、…": a closing formula that asks nothing; the claims follow it in the same section
    if norm[rs:re_].lstrip(" \n")[:1] in ("。", ""):
        later = _start(norm, rs, re_)
        if later:
            rs = later.end()
    # a 要素式 table's claims are its rows labelled as claims ("| 诉讼请求2 | …|"): the first row labelled
    # otherwise ("| 合同签订 | …|", "| 履行情况 | …|") is the facts
    # (only where the claims row holds the claim itself: under a heading row, "|诉讼请求和依据||", the rows that
    # follow are the claim's parts, "|医疗费|…元|")
    ls = norm.rfind("\n", 0, rs) + 1
    rows = list(_TABLE_ROW_RE.finditer(norm, rs, re_)) if re.search(r"[|│]", norm[ls:rs]) else []
    first_cells = re.split(r"[|│]", norm[rs:rows[0].start() if rows else re_])
    # (a head row naming its columns, "| 诉讼请求 | 内容 |": each row below is a claim, named in its first cell,
    # "| 1.解除婚姻关系 | …|", down to the table's end)
    if rows and all(_COLUMN_HEAD_CELL_RE.fullmatch(c) for c in first_cells[1:] if c.strip()):
        tail = re.search(r"\n(?![ \t]*[|│])", norm[rows[0].start():re_])
        re_ = rows[0].start() + tail.start() if tail else re_
    elif rows and any(c.strip() for c in first_cells[1:]):
        for row in rows:
            if not _CLAIM_ROW_LABEL_RE.match(row.group("label")):
                re_ = row.start()
                break
    # a heading on a line of its own ("三、我的请求\n") over prose, no list: where its first sentence tells what
    # happened and asks nothing ("某某只送来5000元，就再不管了。"), the claims are in the sentence that asks
    # ("我请求法院判她赔偿…共计…元")
    seg = norm[rs:re_]
    stop = seg.find("。")
    if (re.match(r"[ \t　]*\n", norm[m.end():m.end() + 4]) and stop >= 0 and not split_items(seg)
            and not _start(norm, rs, rs + stop + 1)):
        later = _start(norm, rs + stop + 1, re_)
        if later:
            rs = later.end()
    # inline claims end at the first full stop not followed by the next item
    seg = norm[rs:re_]
    for dot in re.finditer(r"。", seg):
        tail = seg[dot.end():dot.end() + 6]
        intro = _SUBLIST_INTRO_RE.match(seg, dot.end())
        if intro and ENUM_RE.match(seg, intro.end()):
            continue  # "…赔偿原告各项损失。原告损失如下：\n1.医疗费…元": the item's breakdown follows, listed
        if _TOTAL_DOT_RE.search(seg, 0, dot.start()) and _NET_NEXT_RE.match(seg, dot.end()):
            continue  # "…合计172,533.30元。扣除已垫付的20,000元，请求赔偿152,533.30元。": the balance asked follows
        if _LIST_NET_RE.match(seg, dot.end()):
            continue  # "…误工费…39600元。\n以上合计…元，扣掉已经给的5000元，请求判他再赔…元。": the list's total, less
            # what was paid, and the balance asked
        if _MORE_ASKED_RE.match(seg, dot.end()):
            continue  # "…还我两万元。还要他赔我误工费两千元。": the next sentence asks one more sum of the same one sued
        if _form_item_goes_on(seg, dot.end()):
            continue  # "是☑ 明细：…请求判令被告支付。\n否☐\n2.…": the form's tick boxes, then its next item
        if _item_goes_on(seg, dot.end()):
            continue  # "（1）工钱9200元。2023年4月…一共46天…\n（2）…": the item's own story, the next item below
        if not ENUM_RE.match(tail) and tail.strip():
            # keep going only when the next sentence is an item of the list
            re_ = rs + dot.end()
            break
    # "…2.本案诉讼费由被告负担。诉讼中，原告变更诉讼请求为：1.…": the claims restated as amended, a list of their
    # own, replace those first made (an amendment of one point, "变更诉讼请求为：就…的利息…", adds to them)
    amend = _AMENDED_RE.match(norm, re_, end)
    if amend and ENUM_RE.match(norm, amend.end()):
        later = find_region(norm, amend.start(), end)
        if later is not None and later[0] <= amend.end() + 1:
            return later
    return rs, re_


# a lay letter's ask going on in the next sentence on the same line, one more sum of the one sued:
# "还要他赔我误工费两千元。", "另外，他还要赔我车费500元。"
_MORE_ASKED_RE = re.compile(r"[ \t　]*(?:还要|另外[，,]?|同时[，,]?|并且|再)(?:他|她|他们|她们|对方|被告)?(?:还|也|再)?(?:要|得)?"
                            r"(?:求|让|叫)?(?:他|她|他们|她们|对方|被告)?(?:赔偿?|还|付|支付|退|给|出)(?:给)?(?:我|我们)?"
                            r"[^，,。；;：:\n\d]{0,12}?" + _LAY_SUM + r"[^。；;\n]{0,10}?[。！!]")


# a line a party block may have taken although it is prose: no "原告：" style label opens it
_LABELLED_LINE_RE = re.compile(r"^[ \t　]*[\u4e00-\u9fa5（）()]{1,12}[:：]")
# a claims heading on a line of its own or after a sentence of the story ("…拿我的钱。我请求法院：")
_CLAIMS_HEAD_LINE_RE = re.compile(r"(?m)(?:^|(?<=[。！!]))[ \t　]*(?:(?:现|特|我的|我方|本人的?)?(?:诉讼请求|请求事项|请求)"
                                  # ("我要求的：", the heading said as what the writer asks, 的 ending it)
                                  r"|(?:我|我们|我方|本人)的?(?:要求|请求)(?:是|如下|有|也?很简单|不多|就是|的是?"
                                  r"|就?[有这]?[一两三四五六几][条点个件项])?"
                                  # a letter's own heading line: "所以我们请求：", "我想请法院判："
                                  r"|(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|我方|本人)(?:现在?|特|想|就想)?"
                                  # ("我求法院：", "我向法院请求：")
                                  r"(?:请求|要求|恳请|希望|请|求|向(?:法院|法官|贵院|人民法院)(?:提出)?(?:请求|要求))"
                                  r"(?:法院|法官|贵院|人民法院)?(?:判(?!决书|处|刑)[^，,。；;\n]{0,12}?)?"
                                  # the court asked without a subject, a line of its own: "请法院判他：", "请求法院："
                                  # (or after a word of time: "现在请求法院判某某赔我们：")
                                  r"|(?:现在?|所以|因此|为此)?[，,]?(?:请求|恳请|请)(?:法院|法官|贵院|人民法院)(?:依法)?"
                                  r"(?:判(?!决书|处|刑)[^，,。；;\n]{0,12}?)?"
                                  # the writer asking the one sued to pay, the sums after the colon, where the block
                                  # ran over the story: "我们要求某某赔偿：医药费…元，…一共是…元"
                                  r"|(?:所以|因此|为此|故|现在?)?[，,]?(?:我|我们|我方|本人)(?:现在?|特|想|就想)?(?:请求|要求|要)"
                                  r"[^，,。；;：:\n]{1,12}?(?:赔偿?|偿还|还|退还?|返还|支付|给付|补偿)(?:给?(?:我|我们))?"
                                  # said bluntly, a line of its own: "我要她赔：", "要求某某赔："
                                  r"|(?:我|我们|本人)?(?:就|只)?(?:要求|要|请求)[^，,。；;：:\n]{1,8}?"
                                  r"(?:(?:赔偿?|偿还|还|退还?|返还|支付|给付|补偿)(?:给?(?:我|我们))?|给(?:我|我们))"
                                  r"(?=[:：][ \t　]*\n)"
                                  # the money the one sued is to pay, as the writer reckoned it: "我们算了一下要他赔的钱："
                                  r"|(?:我|我们|本人)?(?:算了一下|算了算|算了|合计了一下|统计了一下)?(?:就|只)?(?:要|让|叫|要求)"
                                  r"[^，,。；;：:\n]{1,6}?(?:赔偿?|还|退|给|出|付)(?:给?(?:我|我们))?的(?:钱|款|款项|费用|损失)"
                                  r"(?:有|是|如下)?(?=[:：][ \t　]*\n)"
                                  # a question of what the writer wants: "我到底要什么："
                                  r"|(?:我|我们|本人)(?:到底|究竟)?(?:想要|要|想)(?:些)?(?:什么|啥)[？?]?"
                                  # the filer named by its role asking the court to order, the list below:
                                  # "起诉人恳请贵院依法判令：", "原告特请求法院判令："
                                  r"|(?:原告|起诉人|具状人|申请人|上诉人)(?:现|特)?(?:恳请|请求|要求)(?:法院|法官|贵院|人民法院|本院)"
                                  r"(?:依法)?(?:判令|判决)?)[:：]"
                                  r"|^" + _ASKED_THINGS_HEAD + r"|^" + _SOMEONES_ASKS_HEAD
                                  # the court asked to take the writer's side in a sentence's last clause, its colon
                                  # ending the line, the list below: "我要告我的两个儿子，请法官给我做主：\n一、…"
                                  + r"|(?<=[，,])[ \t　]*(?:只好|只能|只得|只|就|也)?(?:想|希望)?(?:请|请求|恳请|求)"
                                  r"(?:法院|法官|贵院|人民法院)(?:帮我|帮帮我|给我|为我|替我)?(?:做主|作主)[:：](?=[ \t　]*\n)")


# a letter's closing lines: 此致 / 敬礼 / the court addressed / the signature / the date
# (and the writer's telephone told under the signature: "电话：139…（我儿子的）。")
_CLOSING_LINE_RE = re.compile(r"此致|敬礼[!！。]?|[\u4e00-\u9fa5]{2,30}法院|(?:起诉人|具状人|原告|申请人|代书人|写状人)[:：].{0,20}"
                              # (its last digits masked: "1395516xxxx", "136****4478")
                              r"|(?:联系)?(?:电话|手机)(?:号码?)?[:：]\s*\d[\d\s\-*xX＊]{6,15}(?:[（(][^）)\n]{0,12}[）)])?[。.]?"
                              r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日")


def _prose_before(norm: str, start: int) -> int:
    """Where the prose lines right before `start` begin (a layperson's complaint with no claims heading: the party
    block may run on over the narrative that states the claims, "所以请求法院判令被告退还学费…元"); `start` if none.
    A letter's closing right before `start` is passed over (the block may run on to the end of the letter)."""
    at = start
    while at > 0:  # the closing lines, last first
        ls = norm.rfind("\n", 0, at - 1) + 1
        line = norm[ls:at].strip()
        if line and not _CLOSING_LINE_RE.fullmatch(line):
            break
        at = ls
    start = at
    while at > 0:
        ls = norm.rfind("\n", 0, at - 1) + 1
        line = norm[ls:at].strip()
        if not line:
            at = ls
            continue
        if _LABELLED_LINE_RE.match(line) or len(line) < 30 or "。" not in line:
            break
        at = ls
    return at


# "原告诉称，…利息3230元，共计人民币45230元。…原告请求法院支持原告的诉讼请求": a 诉称 that asks for its claims
# by reference; what it claims is the total it states
_SUPPORT_RE = re.compile(r"(?:请求|要求|恳请)(?:法院|本院|贵院)?(?:依法)?支持(?:原告|其|我方?)?的?(?:全部)?诉讼请求")
_SAID_RE = re.compile(r"(?:原告|上诉人|申请人)[^，。；\n]{0,15}?(?:诉称|述称)")
_SAID_TOTAL_RE = re.compile(r"(?:共计|合计|总计)\s*(?:为|是)?\s*(?:人民币)?\s*$")


def _supported_total(norm: str, start: int, end: int, res: ClaimsResult) -> ClaimsResult:
    m = _SUPPORT_RE.search(norm, start, end)
    said = list(_SAID_RE.finditer(norm, max(start, m.start() - 600), m.start()))[-1:] if m else []
    said = said[0] if said else None
    if not m or said is None or "\n" in norm[said.end():m.start()]:
        return res
    totals = [(a, b, v) for a, b, v in numerals.find_amounts(norm[said.end():m.start()])
              if _SAID_TOTAL_RE.search(norm[said.end():said.end() + a])]
    if not totals:
        return res
    a, b, v = totals[-1]
    res.region = m.span()
    res.claims.append(m.group(0))
    res.spans.append(m.span())
    res.amount, res.amount_spans = round(v, 2), [(said.end() + a, said.end() + b)]
    return res


def extract_claims(norm: str, start: int, end: int, part_start: int | None = None) -> ClaimsResult:
    """The claims of the body `start:end` (`part_start`: where the document begins, its party block before `start`)."""
    res = ClaimsResult()
    lo = max(0, start - 800) if part_start is None else max(part_start, start - 800)
    # a claims heading line the party block ran over ("我要求：\n一、…"), with the body starting at 事实和理由:
    # the claims are under it, not in a demand the narrative repeats ("依法要求解除收养关系…")
    heads = list(_CLAIMS_HEAD_LINE_RE.finditer(norm, lo, start))
    region = find_region(norm, heads[-1].start(), end) if heads else None
    if region is not None and region[0] < start:
        return _from_region(norm, start, end, region, res)
    region = find_region(norm, start, end)
    if region is not None and not split_items(norm[region[0]:region[1]]) and not _find_amounts(norm[region[0]:region[1]]):
        # a letter's opening says what it wants in a word ("我要告某某，要求他们退还彩礼。"): where a claims heading
        # with its numbered list follows, the list is the claims
        for h in _CLAIMS_HEAD_LINE_RE.finditer(norm, region[1], end):
            later = find_region(norm, h.start(), end)
            if later is not None and split_items(norm[later[0]:later[1]]):
                region = later
                break
    if region is None:
        prose = _prose_before(norm, start)
        region = find_region(norm, prose, end) if prose < start else None
    if region is None and part_start is not None and _only_closing(norm, start, end):
        # a letter signed at its end, the writer's own block last ("写信的人：…"): the body after the block is only the
        # closing, and the letter states what it asks before the block
        region = find_region(norm, part_start, start)
    if region is None and part_start is not None:
        # a letter that opens with its demand, a paragraph of its own before the greeting and the writer's own lines
        # ("我要求房东把押金…退给我，…一共…块。\n\n法院的同志你们好：…"): that paragraph is the claims
        first = re.match(r"[ \t　\n]*[^\n]*?[。！!][ \t　]*\n[ \t　]*\n", norm[part_start:start])
        if first:
            region = find_region(norm, part_start, part_start + first.end())
    if region is None:
        return _supported_total(norm, start, end, res)
    return _from_region(norm, start, end, region, res)


# a lay letter's bare signature under its text ("石大林") and its date given to the month only ("2024年3月")
# (signed, "石大林（签字）", or with a word of respect, "石大林 敬上", or named as the writer, "写信人 石大林"; the date
# in figures, "2024.3.5", or on the signature's line; the writer's thanks, "谢谢法官！")
_LETTER_DATE = (r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日|份)?"
                r"|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?)")
_SIGNATURE_LINE_RE = re.compile(r"(?:(?:写信人|起诉人|具状人|告状人|反映人)[ \t　:：]*)?"
                                r"(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,8})[ \t　]*"
                                r"(?:[（(](?:签字|签名|手印|按手印|捺印)[）)]|敬上|谨上|叩上|上)?(?:[ \t　]+" + _LETTER_DATE + ")?"
                                r"|" + _LETTER_DATE + r"|(?:谢谢|感谢)(?:法官|法院|您|你们)?(?:了)?[！!。]*")


def _only_closing(norm: str, start: int, end: int) -> bool:
    """Whether `start:end` holds nothing but a letter's closing lines (此致, the court, the signature, the date)."""
    lines = [ln.strip() for ln in norm[start:end].split("\n")]
    return all(not ln or _CLOSING_LINE_RE.fullmatch(ln) or _SIGNATURE_LINE_RE.fullmatch(ln) for ln in lines)


def _from_region(norm: str, start: int, end: int, region: tuple[int, int], res: ClaimsResult) -> ClaimsResult:
    _read_region(norm, region, res)
    if not res.claims:
        # a region that holds no claim ("原告请求" closing a narrative): a claim made by reference may follow
        other = _supported_total(norm, start, end, ClaimsResult())
        return other if other.claims else res
    _amounts(norm, res)
    if res.amount is None and (len(res.claims) == 1 or any(_REFERS_BACK_RE.search(c) for c in res.claims)):
        _total_before(norm, region, res)
    return res


# "…花去医疗费…元，…一共22730元。我要求三方共同赔偿。": a claim with no sum of its own, right after the sentence that
# totals the losses, asks that total
# (the total in Chinese numerals too: "一共四万八千三百元")
# (or the sum still owed the writer, what it is for between: "他一共欠我工钱八千五百元。我请求法院判他还我工钱。")
_TOTAL_BEFORE_RE = re.compile(r"(?:一共|共计|合计|总计|总共|(?:还|仍|尚)?欠(?:我|我们)的?)[^，,。；;\d一二三四五六七八九十两零〇]{0,4}?"
                              r"\s*(?:是|为)?\s*(?:人民币)?\s*"
                              r"(\d[\d,，]*(?:\.\d+)?\s*万?元|[一二三四五六七八九十两零〇百千万]+元)[。！!，,]"
                              r"[ \t　]*(?:我|我们|本人)?(?:要求|请求)?[^。；;\n\d]{0,8}?$")
_PAY_CLAIM_RE = re.compile(r"赔|支付|偿还|返还|退还|还(?:我|给我|钱)")


# "我的损失：…\n一共10186.50元。\n要求：某某赔我上面的钱": a claim pointing back at the money listed above asks the
# total that closes the list, on the line right before the claims
_REFERS_BACK_RE = re.compile(r"(?:赔|付|还|给|退|出)[^。；;\n\d]{0,4}?(?:上面|上述|以上|前面|上边)(?:这些|那些|所列|列的|说的|的)*"
                             r"(?:钱|损失|费用|款项|各项)")
_TOTAL_LINE_RE = re.compile(r"[ \t　]*(?:一共|共计|合计|总计|总共)\s*(?:是|为)?\s*(?:人民币)?\s*(\d[\d,，]*(?:\.\d+)?\s*万?元)"
                            r"[。！!]?[ \t　]*\n[ \t　]*[^\n\d]{0,8}?$")


def _total_before(norm: str, region: tuple[int, int], res: ClaimsResult) -> None:
    ls = norm.rfind("\n", 0, region[0]) + 1
    m = _TOTAL_BEFORE_RE.search(norm, ls, region[0])
    if not m and any(_REFERS_BACK_RE.search(c) for c in res.claims) and ls:
        m = _TOTAL_LINE_RE.match(norm, norm.rfind("\n", 0, ls - 1) + 1, region[0])
    elif len(res.claims) != 1:
        return
    if not m or _find_amounts(norm[region[0]:region[1]]) or not (
            _PAY_CLAIM_RE.search(res.claims[0]) or any(_REFERS_BACK_RE.search(c) for c in res.claims)):
        return
    v = numerals.parse_amount(m.group(1).replace("，", ","))
    if v:
        res.amount, res.amount_spans = v, [m.span(1)]


def _read_region(norm: str, region: tuple[int, int], res: ClaimsResult) -> None:
    """The claim items of `region` into `res` (claims and their spans)."""
    res.region = region
    rs, re_ = region
    text = norm[rs:re_]
    spans = split_items(text)
    if not spans:
        spans = []
        pos = 0
        for m in re.finditer(r"[；;]|$", text):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
    for s, e in spans:
        item = text[s:e]
        lead = len(item) - len(item.lstrip(" \n：:，,"))
        body = item.strip(" \n：:，,").rstrip("；;。，,、 \n")
        if len(body) < 2:
            continue
        res.claims.append(body.replace("\n", ""))
        res.spans.append((rs + s + lead, rs + s + lead + len(body)))


# a second-instance judgment recites what was claimed at first instance ("X向一审法院起诉请求：…", "原审原告一审诉请…",
# an appeal's own "被上诉人在一审中的诉讼请求为：…")
# (or an appeal's "一审中被上诉人请求判令上诉人赔偿…共计…元", "被上诉人在一审中起诉请求判令…": the party's request
# told as made at first instance)
_FIRST_INSTANCE_RE = re.compile(r"向(?:一审|原审)(?:人民)?法院(?:提出|提起)?(?:起诉|诉讼)|"
                                # ("原审原告起诉请求判令上诉人偿还借款10万元": an appeal reciting what was sued for)
                                r"(?:原审原告|一审原告)[^，,。；;\n]{0,8}?起诉(?=请求|要求)|(?:一审|原审)(?:中|时)?(?:[，,][^，,。；;\n]{0,12}?)?的?(?:诉讼请求|诉请)"
                                # ("一审中，被上诉人以受让…债权为由，请求判令…": the ground it sued on told first)
                                r"|(?:一审|原审)(?:中|时|期间)[，,]?(?:被上诉人|上诉人|原告|被告)?(?:以[^。；;\n]{1,40}?为由[，,]?)?"
                                r"(?:起诉|诉讼)?(?=请求|要求|诉请)"
                                # ("被上诉人在一审中诉称，…请求判令上诉人赔偿…合计…元": what it said it asked)
                                r"|(?:一审|原审)(?:中|时|期间)?(?:起诉)?(?:诉称|称)(?=[，,：:])")
# "…共计46215元，一审法院认定上诉人承担70%责任，判令赔偿31800元": what the first-instance court decided, told after the
# claims it recites, is no part of them
_FIRST_DECISION_RE = re.compile(r"[，,；;](?=(?:一审|原审)(?:人民)?(?:法院|判决|认定|判令|判决书))")


def first_instance_claims(norm: str, start: int, end: int) -> ClaimsResult | None:
    """The claims made at first instance as a second-instance judgment recites them, with their amount; None if the
    text recites none. The amount in dispute of an appeal that only asks to reverse ("撤销一审判决，改判驳回…")
    is what the plaintiff claimed at first instance."""
    m = _FIRST_INSTANCE_RE.search(norm, start, end)
    region = find_region(norm, m.start(), end) if m else None
    if region is None:
        return None
    decided = _FIRST_DECISION_RE.search(norm, region[0], region[1])
    if decided:
        region = (region[0], decided.start())
    res = ClaimsResult()
    _read_region(norm, region, res)
    if not res.claims:
        return None
    _amounts(norm, res)
    return res


_DIVIDE_RE = re.compile(r"分割|归原告所有|归被告所有|依法处理")
# "存款及利息共计412600元由原告与被告均等继承，被告向两原告支付其应继承的份额共计275066元": the estate inherited by
# several together (the one sued among them) is divided, no sum paid; the share to be paid after it is the claim
_SHARED_ESTATE_AFTER_RE = re.compile(r"\s*(?:元)?\s*由[^，,；;。\d]{0,14}?(?:与|和|、|及|双方|各方|共同)[^，,；;。\d]{0,8}?"
                                     r"(?:继承|分割|分配|均分|平分|分得)[^，,；;。\d]{0,4}(?=[，,；;。]|$)")
# "撤销原告对被告的30万元赠与", "解除双方金额为50万元的合同": the sum names the act set aside, not a payment
# "夫妻共同存款8万元现由被告持有，由被告给付原告4万元": common property told as held by one side, the share to be paid
# after it in the same sentence is the claim, not the whole
_HELD_COMMON_AFTER_RE = re.compile(r"\s*(?:元)?\s*(?:现|目前|现在|一直)?(?:由|在)[^，,；;。\d]{0,10}?(?:持有|保管|掌管|控制|占有|名下)")
# "双方婚后共有存款8万元，存于被告名下…账户，请求依法分割，由被告支付原告存款分割款4万元": the common money told
# whole, its division asked and a smaller sum paid later in the same sentence; that sum is the share claimed
_COMMON_MONEY_RE = re.compile(r"(?:共同|共有)[^，,；;。\d]{0,6}?(?:存款|现金|存单|住房公积金|理财|账户余额)[^，,；;。\d]{0,4}$")
# ("被告名下…账户内存款约9.2万元，…请求依法分割，由被告支付原告4.6万元": the money told by where it is held, its
# division asked after it in the same sentence)
_HELD_MONEY_RE = re.compile(r"(?:名下|账户|户头)[^，,；;。元]{0,16}?(?:存款|现金|存单|理财|余额)(?:余额)?\s*(?:约|共|共计|合计|为|有)?"
                            r"\s*(?:人民币)?\s*$")
_SHARE_ASKED_RE = re.compile(r"分割|一半|均分|平分|份额")
_SET_ASIDE_RE = re.compile(r"撤销|解除")
# "判令被告向原告支付夫妻共同存款分割款5.5万元": a sum to be paid, even when it comes from a division
# (补偿 a verb: the noun "补偿款" names the money, "分割…征收补偿款24.96万元" divides it, pays nothing)
_PAY_RE = re.compile(r"支付|给付|偿还|返还|补偿(?![款金费])")
# "被告名下账户内存款的一半即41500元归原告所有": money itself (a deposit, cash) assigned to the plaintiff in the
# division is a sum the plaintiff gets, as a sum paid is; a house or a car assigned is no sum
_MONEY_KIND_RE = re.compile(r"存款|现金|存单|住房公积金|理财|账户余额")
_TO_PLAINTIFF_AFTER_RE = re.compile(r"\s*(?:元)?\s*归(?:原告|我|申请人|上诉人)(?:一方)?所有")


def _clause_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(c, at) for c in "，,；;。") if i >= 0]
    return min(ends) if ends else len(text)


def _explains(text: str, prev_end: int, at: int) -> bool:
    """Whether `at` lies inside brackets that open right after the sum ending at `prev_end`."""
    gap = text[prev_end:at]
    # (after a sum written twice, "壹拾万元（100,000元）（原借款…）", the next brackets explain the sum too)
    pair = _PAIR_BRACKET_RE.match(gap)
    if pair:
        gap = gap[pair.end():]
    open_at = next((i for i, ch in enumerate(gap) if ch in _OPEN_BRACKET), -1)
    if open_at < 0 or gap[:open_at].strip(" 元整"):
        return False
    # (a sum written twice, "壹拾万元（¥100,000元）", is taken as a pair before this is asked)
    return not any(ch in _CLOSE_BRACKET for ch in gap[open_at + 1:])


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(c, at) for c in "；;。") if i >= 0]
    return min(ends) if ends else len(text)


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "，,；;。") + 1


_FW_POINT_RE = re.compile(r"(?<=\d)．(?=\d)")


def _find_amounts(text: str) -> list[tuple[int, int, float]]:
    """Amounts with offsets into `text`, read with the spaces OCR leaves around digits removed."""
    # a full-width decimal point the normaliser leaves after thousands groups ("1,356,800．50元"): one for one
    text = _FW_POINT_RE.sub(".", text)
    if " " not in text:
        return _not_together(text, numerals.find_amounts(text))
    keep = [i for i, ch in enumerate(text) if ch != " "]
    compact = "".join(text[i] for i in keep)
    keep.append(len(text))
    found = numerals.find_amounts(compact)
    return _not_together(text, [(keep[a], keep[b - 1] + 1, v) for a, b, v in found])


# "也要一块承担", "一块儿赔": 一块 before a verb is "together", no sum of one yuan
_TOGETHER_RE = re.compile(r"一块儿?$")
_TOGETHER_AFTER_RE = re.compile(r"儿?(?:承担|负担|负责|赔|出|给|还|付|交|掏|来|去)")
# "加一块3312.4元", "合一块是…": 一块 after a verb of adding up is "added together", the sum follows it
_SUMMED_BEFORE_RE = re.compile(r"(?:加|合|算|放|搁)(?:到|在)?$")


# "三角镇", "八角村": a numeral with 角 that names a place is no sum of dimes
_PLACE_JIAO_RE = re.compile(r"[一二三四五六七八九两]角$")
_PLACE_AFTER_RE = re.compile(r"[镇村乡街路湾坪塘岭山洲湖巷楼区县屯寨庄]")


# "股份3万股", "3万亩": a count in 万 of a thing other than money (no 元 written) is no sum
_COUNT_UNIT_AFTER_RE = re.compile(r"[股份亩吨斤件台辆头只株棵箱袋套张本]|平方|公里|公斤")


def _not_together(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    kept = [(a, b, v) for a, b, v in found
            if not (not re.search(r"[元块圆¥￥]", text[a:b]) and not re.search(r"(?:人民币|[¥￥])\s*$", text[max(0, a - 4):a])
                    and _COUNT_UNIT_AFTER_RE.match(text, b))
            and not (_TOGETHER_RE.match(text[a:b])
                    and (_TOGETHER_AFTER_RE.match(text, b) or _SUMMED_BEFORE_RE.search(text[max(0, a - 3):a])))
            and not (_PLACE_JIAO_RE.match(text[a:b]) and _PLACE_AFTER_RE.match(text, b))]
    return kept


def _yuan(x: float) -> str:
    """A sum as a clerk reads it: 170804.8 -> '170804.8', 170805.0 -> '170805' (no exponent, no rounding to 6 digits)."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


# "每月支付两名子女抚养费共计3000元": the total of several persons' sums for each period, still paid per period
_PERSONS_TOTAL_RE = re.compile(r"(?:[两二三四五六七八九]|\d)\s*(?:名|个|位)?(?:子女|孩子|小孩|儿女|老人)"
                               r"[^，,；;。\d元]{0,10}?(?:共计|合计|总计|一共|共)\s*(?:为|是)?\s*(?:人民币)?\s*$")


# "每月支付抚养费由800元增加至1800元": the sum a periodic payment is raised (or lowered) to is still paid per period
_CHANGED_TO_RE = re.compile(r"由\s*(?:人民币)?\s*\d[\d,，]*(?:\.\d+)?\s*元\s*(?:增加|提高|上调|调整|下调|减少|降低|变更)(?:至|到|为)"
                            r"\s*(?:人民币)?\s*$")


def _periodic(clause: str) -> bool:
    """Whether the amount ending `clause` (its text from the clause start) is paid per period."""
    changed = _CHANGED_TO_RE.search(clause)
    if changed:
        clause = clause[:changed.start()]
    words = list(_PERIOD_WORD_RE.finditer(clause))
    if not words:
        return False
    gap = _PERIOD_GAP_BREAK_RE.search(clause, words[-1].end())
    return not gap or bool(_PERSONS_TOTAL_RE.search(clause, words[-1].end()))


_TIMES_AFTER_RE = re.compile(r"\s*[×xX*＊]")
_TIMES_BEFORE_RE = re.compile(r"[×xX*＊]\s*$")
# "剩下60次课，60次乘150元，是9000元": a price per unit multiplied in words, the product told after it; the product is asked
_TIMES_WORD_BEFORE_RE = re.compile(r"(?:乘以?|[×xX*＊])\s*(?:人民币)?\s*$")
_PRODUCT_AFTER_RE = re.compile(r"\s*(?:元|块)?\s*[，,]?\s*(?:[=＝]|等于|就是|是|得|共计?|一共|合计)\s*(?:人民币)?\s*\d")
# "以上一共是20万元，扣除某某已经给的1万元，还要赔19万元": the list's total, what was paid already, and the balance
# the writer asks for; the balance is the claim of the whole list
# (a form's own total line, "合计：…元，扣除…已垫付的…元，请求赔偿…元", is one too)
# (the total line may open its own line under the last item: "…10,004.2元\n合计：…")
_NET_TOTAL_RE = re.compile(r"(?:(?:以上|上述|前述|前面|这些|各项)[^，,；;。\d]{0,6}?|^\s*|[，,；;\n]\s*)(?:一共|共计|合计|总计|总共|共)(?:是|为)?"
                           r"\s*[:：]?\s*(?:人民币)?\s*$")
_NET_LESS_RE = re.compile(r"(?:扣除|扣掉|扣减|减去|减掉|减除|抵扣|除去|去掉|刨去)[^，,；;。]{0,24}$")
# ("押金2000元我留下抵房租，还应退我…元": the deduction said after the sum, what the writer keeps to set against the debt)
_NET_LESS_AFTER_RE = re.compile(r"[^，,；;。\d]{0,8}?(?:扣下|扣除|扣掉|扣了|留下抵|抵账|抵扣|抵作|冲抵|抵销|抵消)")
# (the ask may name whom it is asked of and the total: "请求判令二被告赔偿原告各项损失共计36800.40元")
# ("…扣除被告方已垫付的3000元，被告尚应赔偿…元": what is still to be paid, said 尚应)
_NET_REST_RE = re.compile(r"(?:还要?|尚需|还需|还应|尚应|实际|剩余|下欠|余下|尚欠|仍需|仍应|实欠|请求|要求|主张)[^，,；;。\d]{0,10}$"
                          r"|(?:请求|要求)[^，,；;。\d]{0,16}?(?:共计|合计|总计|一共|共)\s*(?:人民币)?\s*$"
                          # (a long ask naming the insurer and the policy limits within which it pays: "请求判令被告
                          # …保险公司在交强险及商业三者险责任限额内赔偿原告…元")
                          r"|(?:请求|要求)[^，,；;。\d]{0,80}?(?:赔偿|赔付|支付|给付|偿还)(?:原告|申请人|我方?)?\s*(?:人民币)?\s*$"
                          # (or names who pays the rest: "…已垫付的20,000元，不足部分由被告一、被告二连带赔偿…元")
                          r"|(?:不足|剩余|其余|余下)部分[^；;。\d]{0,24}?(?:赔偿|赔付|支付|给付|偿还)"
                          r"(?:[，,]\s*(?:共计|合计|总计|一共|共))?\s*(?:人民币)?\s*$")


def _factor(item: str, a: int, b: int) -> bool:
    """Whether the sum at `a:b` is a factor of a product ("（26天×100元）"), the product itself stated beside it."""
    return bool(_TIMES_BEFORE_RE.search(item[max(0, a - 4):a]) or _TIMES_AFTER_RE.match(item, b))


def _net_balance(item: str, before: float) -> tuple[int, int, float] | None:
    """The balance of a list's net statement in `item` (total, less what was paid, the rest asked), when the total
    is the sum of the list's sums before it (`before`)."""
    found = _find_amounts(item)
    for i in range(len(found) - 2):
        (ta, tb, tv), (da, db, dv), (na, nb, nv) = found[i:i + 3]
        if (_NET_TOTAL_RE.search(item[max(0, ta - 20):ta]) and _NET_LESS_RE.search(item[tb:da])
                and _NET_REST_RE.search(item[db:na]) and abs(tv - dv - nv) < 0.5
                and abs(before + sum(v for a, b, v in found[:i] if not _factor(item, a, b)
                                    # (a day's rate reckons the sum after it: "一天220元，算180天，39600元")
                                    and not _PERIODIC_BEFORE_RE.search(item[max(0, a - 12):a])
                                    # (or the rate said before its unit: "300元一天算120天是36,000元")
                                    and not _PERIODIC_AFTER_RE.match(item[b:b + 8])) - tv) < 0.5):
            return na, nb, nv
    # the balance said first, its reckoning in the brackets after it: "标的总额：28,000元（以上各项合计31,000元，扣除
    # 被告已垫付的3,000元）"; the balance is the claim of the whole list when the bracket's total is the list's sum
    for i in range(len(found) - 2):
        (na, nb, nv), (ta, tb, tv), (da, db, dv) = found[i:i + 3]
        if (re.match(r"\s*[（(][^（()）\d]{0,8}$", item[nb:ta]) and _NET_TOTAL_RE.search(item[max(0, ta - 20):ta])
                and _NET_LESS_RE.search(item[tb:da]) and abs(tv - dv - nv) < 0.5 and abs(before - tv) < 0.5
                and not found[:i]):
            return na, nb, nv
    return None


_AMOUNT_HEAD_CELL_RE = re.compile(r"金额|数额|标的|[（(]元[）)]")
# a column of what is still owed ("| 应得 | 已付 | 下欠 |"): the sum asked, where the other columns reckon it
_OWED_HEAD_CELL_RE = re.compile(r"^\s*(?:下欠|尚欠|仍欠|结欠|余欠|拖欠|欠付|未付|欠款|欠薪|欠发|应付未付|尚未支付|未支付)")
_OWED_HEAD_ROW_RE = re.compile(r"[|│]\s*(?:下欠|尚欠|仍欠|结欠|余欠|拖欠|欠付|未付|欠款|欠薪|欠发|应付未付|尚未支付|未支付)"
                               r"[^|│\n]{0,10}[|│]")
_NUMBER_CELL_RE = re.compile(r"\s*(?:人民币)?\s*(\d[\d,，]*(?:\.\d+)?)\s*元?\s*")
# (a total row may say what it leaves out: "合计（不含第3、4项）")
_TOTAL_CELL_RE = re.compile(r"\s*(?:合计|小计|总计|共计)(?:金额)?\s*(?:[（(][^）)]{0,20}[）)])?\s*")


def _table_heads(texts: list[str]) -> list[int]:
    """The head cells naming a claims table's amount column (the column of what is still owed first)."""
    return ([k for k, t in enumerate(texts) if _OWED_HEAD_CELL_RE.search(t)]
            or [k for k, t in enumerate(texts) if _AMOUNT_HEAD_CELL_RE.search(t)])


def _table_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a pipe-table row as spans into `line` (rows the clean-up glued into one line, "…|为准||5|…", keep
    their cells in a row; the caller splits them)."""
    bars = [i for i, ch in enumerate(line) if ch in "|│"]
    return [(bars[i] + 1, bars[i + 1]) for i in range(len(bars) - 1)]


def _table_amounts(item: str) -> list[tuple[int, int, float]]:
    """The sums of a claims table's amount column ("| 序号 | 请求事项 | 金额（元）|"): each row's sum, a total row
    ("小计", "合计") replacing the rows above it that it totals; costs of the proceedings and rows whose amount is no
    number ("以实际计算为准", "—") add nothing."""
    col = ncols = None
    out: list[tuple[int, int, float]] = []
    since = 0  # where the rows a total may cover begin in `out`
    for lm in re.finditer(r"[^\n]+", item):
        line, off = lm.group(), lm.start()
        cells = _table_cells(line)
        if not cells:
            continue
        texts = [line[a:b] for a, b in cells]
        if col is None:
            # a head row the clean-up glued to the rule row below it ("| 姓名 | 尚欠 ||---|---|") ends at the glue
            glue = next((k for k in range(1, len(texts) - 1)
                         if not texts[k].strip() and re.fullmatch(r"\s*:?-{2,}:?\s*", texts[k + 1])), None)
            if glue is not None:
                cells, texts = cells[:glue], texts[:glue]
            # (or glued to the first data rows with no rule row between: "| 姓名 | 欠付（元）|| 某某 | 3600 ||…": the
            # head ends at the first empty cell that a whole row of cells follows, and the rows are read on)
            rest: list[tuple[int, int]] = []
            if glue is None:
                glue = next((k for k in range(1, len(texts)) if not texts[k].strip() and len(texts) - k - 1 >= k
                             and _table_heads(texts[:k])), None)
                if glue is not None:
                    cells, texts, rest = cells[:glue], texts[:glue], cells[glue + 1:]
            heads = _table_heads(texts)
            if heads:
                col, ncols = heads[-1], len(cells)
            if not rest or col is None:
                continue
            cells, texts = rest, [line[a:b] for a, b in rest]
        rows = []
        while len(cells) > ncols and not texts[ncols].strip():
            rows.append(cells[:ncols])
            cells, texts = cells[ncols + 1:], texts[ncols + 1:]
        rows.append(cells)
        for row in rows:
            if len(row) != ncols:
                continue
            a, b = row[col]
            m = _NUMBER_CELL_RE.fullmatch(line, a, b)
            label = "".join(line[x:y] for x, y in row[:col])
            if not m or _COST_RE.search(label):
                continue
            v = numerals.parse_amount(m.group(1).replace("，", ",") + "元")
            if v is None:
                continue
            if any(_TOTAL_CELL_RE.fullmatch(line, x, y) for x, y in row[:col]):
                out[since:] = []  # the total stands for the rows it totals
                since = len(out) + 1
            out.append((off + m.start(1), off + m.end(1), v))
    return out


def _item_table(norm: str, s: int, e: int) -> list[tuple[int, int, float]]:
    """`_table_amounts` of the item `s:e`, offsets into the item. A claims table whose heading cell opens the claims
    ("| 序号 | 诉讼请求 | 金额（元） |") leaves the item starting inside the head row: the row is read whole, so
    the amount column is counted among all the row's cells."""
    ls = norm.rfind("\n", 0, s) + 1
    if not re.search(r"[|│]", norm[ls:s]):
        ls = s
    return [(a - (s - ls), b - (s - ls), v) for a, b, v in _table_amounts(norm[ls:e])]


# a 要素式 form's line under an item's sum that breaks it down ("明细：…", "计算方式：…"): its sums are the parts
_BREAKDOWN_LINE_RE = re.compile(r"[ \t　]*(?:明细|计算方式|计算方法|计算过程|计算明细)[:：]")


# "维持一审判决第一项（被上诉人支付拖欠工资14200元）": an appeal's item asking to keep what the judgment appealed
# awards; the sum is not in dispute on appeal
_KEEP_JUDGMENT_RE = re.compile(r"[\s，,]*(?:请求|依法|请求依法)?维持(?:一审|原审|原)(?:判决|裁定|判)")


def _amounts(norm: str, res: ClaimsResult) -> None:
    per_item: list[tuple[float, list[tuple[int, int]], bool]] = []
    freed: list[tuple[int, int, float]] = []  # sums the filer asks to be freed of paying
    for k, (s, e) in enumerate(res.spans):
        item = norm[s:e]
        if _KEEP_JUDGMENT_RE.match(item):
            continue
        net = _net_balance(item, sum(x[0] for x in per_item))
        if net:
            per_item[:] = [(net[2], [(s + net[0], s + net[1])], False)]
            continue
        # (a form's sample line in brackets, "（例如：截至…尚欠本金10000元）", shows how to fill it in: it asks nothing)
        found = [x for x in _find_amounts(item) if not _EXAMPLE_OPEN_RE.search(item, 0, x[0])]
        # a table of sums: its head says the amounts are in yuan, or names a column of what is still owed
        table = bool(_TABLE_YUAN_HEAD_RE.search(item) or _OWED_HEAD_ROW_RE.search(item))
        if (found and table and _item_table(norm, s, e)
                and all(re.search(r"[|│]", item[item.rfind("\n", 0, a) + 1:item.find("\n", a) % (len(item) + 1)])
                        for a, _, _ in found)):
            # sums in a claims table's other columns ("118.6㎡×1.20元/㎡/月×36个月" under 计算方式; a day's wage,
            # the pay earned and paid beside the 下欠 column) reckon a row's sum: the amount column gives the sums
            found = []
        kept: list[tuple[int, int, float]] = []
        total = None
        for a, b, v in found:
            before, after = item[max(0, a - 12):a], item[b:b + 8]
            clause = item[_clause_start(item, a):a]
            each = _EACH_PAYEE_RE.search(clause) or _EACH_GETS_RE.search(clause) or _EACH_PAID_RE.search(clause)
            if each:
                n = each.group("n")
                v = v * (int(n) if n.isdigit() else _COUNT[n])
            listed = _EACH_LISTED_RE.search(clause) if not each else None
            if listed:
                v = v * (len(re.findall(r"[、和及与]", listed.group("list"))) + 1)
            # ("律师费30000元、保全费5000元": the cost named after another sum of its clause is read on its own)
            # (on the sum's own line: a form's row "诉讼费：被告承担" above its total names no cost of the total)
            own = item[max([_clause_start(item, a), item.rfind("\n", 0, a) + 1] + [fb for _, fb, _ in found if fb <= a]):a]
            if any(_COST_RE.search(t) and not _NOT_COST_RE.search(t) for t in (clause, own)):
                continue  # the court fixes the costs of the proceedings
            clause_all = item[_clause_start(item, a):_clause_end(item, b)]
            ls = item.rfind("\n", 0, a) + 1
            if kept and kept[-1][1] <= ls and _BREAKDOWN_LINE_RE.match(item, ls):
                continue  # "医疗费 23456.80元\n明细：住院…21836.80元，门诊…1620元": the line under the sum tells its parts
            if ((_TIMES_AFTER_RE.match(item, b) or _TIMES_BEFORE_RE.search(item[max(0, a - 4):a]))
                    and re.search(r"[=＝]", item[b:_clause_end(item, b)])):
                continue  # "300元×180天＝54000元": a factor of the sum reckoned, the product is what is asked
            if _TIMES_WORD_BEFORE_RE.search(item[max(0, a - 6):a]) and _PRODUCT_AFTER_RE.match(item, b):
                continue  # "60次乘150元，是9000元": the unit price is a factor, the product told after it is asked
            if _SHARED_ESTATE_AFTER_RE.match(item, b) and any(fa >= _clause_end(item, b) for fa, _, _ in found):
                continue  # the estate shared by several heirs, the share paid asked after it
            if (_HELD_COMMON_AFTER_RE.match(item, b) and "共同" in clause
                    and any(b < fa < _sentence_end(item, b) and _PAY_RE.search(item, b, fa) for fa, _, _ in found)):
                continue  # the common money held by one side, the share paid asked after it
            if ((_COMMON_MONEY_RE.search(item, _clause_start(item, a), a) or _HELD_MONEY_RE.search(item, _clause_start(item, a), a))
                    and any(b < fa < _sentence_end(item, b) and fv < v and _PAY_RE.search(item, b, fa)
                            and _SHARE_ASKED_RE.search(item, b, fb) for fa, fb, fv in found)):
                continue  # the common money told whole, the share of it paid asked after it
            if (_DIVIDE_RE.search(clause_all) and not _PAY_RE.search(clause_all)
                    and not (_MONEY_KIND_RE.search(clause) and _TO_PLAINTIFF_AFTER_RE.match(item, b))):
                continue  # property to be divided is not a sum to be paid
            if (_SET_ASIDE_RE.search(re.split(r"[\n|]", clause)[-1]) and not _PAY_RE.search(clause_all)
                    and any(fa >= b and _PAY_RE.search(item, b, fa) for fa, _, _ in found)):
                continue  # "撤销…的30万元赠与，判令…返还300000元": the act set aside, then the sum paid back
            if _AWARDED_OPEN_RE.search(item[:a]):
                continue
            prev = next((x for x in reversed(found) if x[1] <= a), None)
            if prev and v < prev[2] and _FAULT_SHARE_GAP_RE.match(item[prev[1]:a]):
                # the share replaces the whole and the sums of its sentence that the whole is made of
                ss = max(item.rfind(c, 0, prev[0]) for c in "；;。\n") + 1
                kept, total = [x for x in kept if x[0] < ss], None
                kept.append((a, b, v))
                continue
            if kept and kept[-1][1] <= a and (_CONVERTED_RE.match(item[kept[-1][1]:a])
                                              or _SHARE_OF_WHOLE_RE.match(item[kept[-1][1]:a])
                                              or _DOUBLED_RE.match(item[kept[-1][1]:a])):
                # ("共计…12600元的一半，即6300元": the sum that stands for a total takes the total's place)
                if total == kept[-1]:
                    total = (a, b, v)
                kept[-1] = (a, b, v)
                continue
            if (kept and _explains(item, kept[-1][1], a) and _OWED_BEFORE_RE.search(item[max(0, a - 8):a])
                    and any(kept[-1][1] <= pa < a and abs(kept[-1][2] - pv - v) < 0.5 for pa, _, pv in found)):
                # "…一共30318元（他给的2000元从里面扣，还差28318元）": the sum less what was paid, told in the brackets
                # after it, is the balance still short; the balance is what is asked in its place (checked before the
                # interest terms, whose brackets also open with 从/自)
                if total == kept[-1]:
                    total = (a, b, v)
                kept[-1] = (a, b, v)
                continue
            split = _SPLIT_GAP_RE.match(item[kept[-1][1]:a]) if kept and kept[-1][1] <= a and v < kept[-1][2] else None
            if split:
                # the whole split between several, then the share of the one sued (is claimed) or each one's share
                # of the ones sued (the whole is claimed from them)
                if not _EACH_RE.search(split.group("rest")):
                    kept[-1] = (a, b, v)
                continue
            if _PERIOD_AFTER_RE.match(item[b:b + 12]) and re.search(r"[（(][^）)]*$", item[:a]):
                continue
            if _PRICE_OPEN_RE.search(item[:a]) and _IN_KIND_RE.search(clause_all + item[b:_sentence_end(item, b)]):
                continue  # "返还金项链（购买价23000元），不能返还的折价赔偿": things asked back, their price no sum claimed
            if _EXPLAIN_OPEN_RE.search(item[:a]) and not _STATED_RE.search(item[max(0, a - 30):a]):
                continue  # "（已扣除被告已还款2万元）", "（其中本金6万元…）": explains the sum, claims nothing more
            if (kept and kept[-1][1] <= a and _PAIR_GAP_RE.match(item[kept[-1][1]:a])
                    and (not re.search(r"[（(]", item[kept[-1][1]:a]) or _PAIR_CLOSE_RE.match(item, b))):
                # "壹拾万元（¥100,000元）": one sum written twice
                if abs(kept[-1][2] - v) > 0.005:
                    res.checks.append((f"claims[{k}]", "warning",
                                       f"诉讼请求第{k + 1}项大写金额与小写金额不一致（{kept[-1][2]:g}元 / {v:g}元）"))
                continue
            if (kept and kept[-1][1] <= a and abs(kept[-1][2] - v) < 0.005 and _PAIR_CLOSE_RE.match(item, b)
                    and _NAMED_PAIR_GAP_RE.match(item[kept[-1][1]:a])):
                continue  # "六千块钱医药费（6000元）": the same sum written again in figures after what it is for
            if (((_PLAINTIFF_PAYS_RE.search(clause) or _PLAINTIFF_PAYS_DIRECT_RE.search(clause)) and not _RETURN_RE.search(clause))
                    or _PLAINTIFF_RETURNS_RE.search(clause)):
                continue  # what the plaintiff pays or gives back to the defendant is offered, not claimed
            if _FILER_FREED_RE.search(clause):
                freed.append((s + a, s + b, v))
                continue
            if kept and _SHARE_BEFORE_RE.search(before) and not each:
                continue  # "医疗费18,000元，每人9,000元": the total split between the defendants
            if _UNIT_PRICE_AFTER_RE.match(item, b) or _UNIT_PRICE_BEFORE_RE.search(before):
                continue  # a price per unit reckons the sum asked
            if ((_PERIODIC_BEFORE_RE.search(before) and not _RECKONED_FROM_RATE_RE.search(item[max(0, a - 20):a]))
                    or _PERIODIC_AFTER_RE.match(after) or _periodic(clause)):
                continue
            if (_BASE_BEFORE_RE.search(before) and not _FALLBACK_VALUE_AFTER_RE.match(item, b)
                    and not (_VALUED_AT_RE.search(before) and _VALUED_AT_AFTER_RE.match(item, b))) or (_BASE_AFTER_RE.match(after) and not (
                    re.match(r"\s*[，,]按", after) and _NAMED_SUM_BEFORE_RE.search(before))):
                continue
            if (_INTEREST_OPEN_RE.search(item[:a]) and re.search(r"利|息", item[:a])
                    and not _STATED_RE.search(item[max(0, a - 30):a])):
                continue
            if kept and _explains(item, kept[-1][1], a):
                ka, kb, kv = kept[-1]
                raw = next((x[2] for x in found if x[:2] == (ka, kb)), kv)
                ratio = v / raw if raw else 0
                if (v > kv and _EACH_TOTAL_OPEN_RE.match(item[kb:a])
                        and _EACH_PAYS_BEFORE_RE.search(item, _clause_start(item, ka), ka)
                        and abs(ratio - round(ratio)) < 0.001 and 2 <= round(ratio) <= 9):
                    # the total of a sum each of several pays, stated in the brackets after it, takes its place
                    if total == kept[-1]:
                        total = (a, b, v)
                    kept[-1] = (a, b, v)
                continue  # inside brackets that open right after the sum before: they explain it
            if _CAP_BEFORE_RE.search(before) or (_LOWER_TO_BEFORE_RE.search(before) and _BELOW_AFTER_RE.match(item, b)):
                continue  # "改判…支付工程款不超过…元", "将违约金调减至…元以下": a ceiling the payer accepts, no sum claimed
            if (_LIMIT_AFTER_RE.match(item, b) or (_REFERENCE_AFTER_RE.match(item, b) and not _OBJECT_PAID_RE.search(clause))
                    or _PRIORITY_RE.search(clause_all)):
                continue
            if kept and _PART_BEFORE_RE.search(clause):
                continue
            parts = _PARTS_LISTED_RE.search(item, max(item.rfind(c, 0, a) for c in "；;。\n") + 1, a)
            if parts and kept and kept[-1][1] <= parts.start():
                continue  # "给我一万元，其中工钱8500元，看病1500元": the parts of the sum before, listed clause by clause
            if any(abs(v - kv) < 0.005 for _, _, kv in kept) and _THIS_SUM_BEFORE_RE.search(before):
                continue  # "修补花了1500元，要他赔这1500元": the sum told before, pointed back to, is asked once
            if any(abs(v - kv) < 0.005 and _ANSWER_FOR_AFTER_RE.match(item, kb) for _, kb, kv in kept):
                continue  # the sum answered for, asked again as the payment: counted once
            if per_item and _EARLIER_SUM_RE.search(clause) and _JOINT_RE.search(item, b, _sentence_end(item, b)):
                continue  # a part of a sum already claimed, made a joint debt: no extra sum
            if _AWARDED_BEFORE_RE.search(before) and _BEYOND_AFTER_RE.match(item, b):
                continue  # a sum the judgment appealed already awards, the appeal asking for more beyond it
            if (_ALREADY_PAID_BEFORE_RE.search(clause) or _ALREADY_PAID_AFTER_RE.match(item, b) or (_SUED_ADVANCED_RE.search(clause) and not _NET_LESS_RE.search(clause))
                    or (_PAID_OPENS_RE.search(clause) and any(fa >= b for fa, _, _ in found))):
                continue  # "扣除已还款2万元", "16500元作为已还利息": paid already, not asked for
            if not kept and _NET_LESS_RE.search(clause) and any(fa >= b for fa, _, _ in found):
                continue  # "赔偿各项损失，扣除他已经给的3000元，还应赔偿41600元": the sum deducted, the balance after it asked
            if ((kept or per_item) and _RUNNING_BASE_AFTER_RE.match(item, b)
                    and _INTEREST_WORD_RE.search(item, b, _sentence_end(item, b))):
                continue  # "借款2万元，并支付2万元自2017年1月9日起…计算的利息": the base of interest still running
            if kept and _ONLY_BEFORE_RE.search(item[max(0, a - 16):a]) and not re.search(r"[；;。]", item[kept[-1][1]:a]):
                # "…当初出的钱都是13.6万，…我只要他给我6.8万元", "存款30000元分我一半，就是15000元": the sum
                # the writer settles on is the claim, the sums before it in the item tell how it was reckoned
                kept, total = [], None
            if _TOTAL_RE.search(before):
                total = (a, b, v)
            kept.append((a, b, v))
        # "押金5100元加多收的房租1700元，扣掉我欠的电费346元，要退我6454元": sums less what the writer owes or was
        # paid, then the balance; the balance is what the item asks (the sums before it tell how it was reckoned)
        if len(kept) >= 3:
            *parts, last = kept
            # ("押金3000元扣掉欠的水电费420元，应退我2580元": the sum before 扣掉 is what the deduction is made from
            # when the deducted sum follows it in the same clause; "押金2000元我留下抵房租" is the sum deducted)
            less = [x for x in parts if _NET_LESS_RE.search(item[_clause_start(item, x[0]):x[0]])
                    or (_NET_LESS_AFTER_RE.match(item, x[1])
                        and not any(x[1] <= y[0] < _clause_end(item, x[1]) for y in kept))]
            plus = [x for x in parts if x not in less]
            if (less and plus and max(x[0] for x in plus) < min(x[0] for x in less)
                    and abs(sum(x[2] for x in plus) - sum(x[2] for x in less) - last[2]) < 0.5):
                kept, total = [last], None
        # "赔偿张某…损失共计186,524.32元，赔偿冯某上述损失共计58,210元": totals each asked in a payment clause of its
        # own (another payee, another kind of sum) add up; each covers the sums before it back to the total before
        totals = [x for x in kept if _TOTAL_RE.search(item[max(0, x[0] - 12):x[0]])]
        if len(totals) >= 2 and all(_OWN_PAY_CLAUSE_RE.search(item, totals[j][1], totals[j + 1][0])
                                    for j in range(len(totals) - 1)):
            last = totals[-1]
            kept = totals + [x for x in kept if x[0] >= last[1] and _AFTER_TOTAL_RE.match(item[last[1]:x[0]])]
            total = None
        # a total sums the item's other sums, so it is never smaller than one of them; a smaller "合计"
        # totals a part (the interest inside the interest terms) and adds to the principal
        own = sum(v for a, b, v in kept if (a, b, v) != total)
        if total is not None:
            # "共计15,600元，被告仅支付3,000元，尚欠12,600元": the balance still owed is what the item asks
            owed = [x for x in kept if _OWED_BEFORE_RE.search(item[max(0, x[0] - 8):x[0]])
                    and any(abs(total[2] - p[2] - x[2]) < 0.5 for p in found if p not in (x, total))]
            if owed and owed[-1] != total:
                kept, total = [owed[-1]], None
        if total is not None and all(v <= total[2] + 0.5 for _, _, v in kept):
            others = [x for x in kept if x != total]
            if len(others) >= 2 and 0.005 < abs(own - total[2]) < 1:
                # items and their stated total that differ only by a rounding of the total to the yuan
                # ("…42316.8元、…，合计170805元"): the claim is the items' sum; the clerk sees both figures
                res.checks.append((f"claims[{k}]", "warning",
                                   f"诉讼请求第{k + 1}项各项金额之和为{_yuan(own)}元，所写合计为{_yuan(total[2])}元，"
                                   f"按各项之和计算，请核实"))
                kept = others
            else:
                # "承包费共计4.8万元，并按合同约定支付违约金4800元": a sum asked in a clause after the total is no
                # part of it
                later = [x for x in kept if x[0] >= total[1] and _AFTER_TOTAL_RE.match(item[total[1]:x[0]])]
                kept = [total] + later
        table_total = _TABLE_TOTAL_RE.search(item) if not found and _TABLE_YUAN_HEAD_RE.search(item) else None
        if table_total:
            v = numerals.parse_amount(table_total.group(1).replace("，", ",") + "元")
            if v is not None:
                kept.append((table_total.start(1), table_total.end(1), v))
        elif not found and table:
            kept.extend(_item_table(norm, s, e))
        # (an item with digits but no word of money, "宅基地（约46平方米…）", holds no sum to read)
        if not kept and not found and re.search(r"[元萬万块圆¥￥]", item):
            # amounts the numeral rules cannot read ("人民币五万余元", OCR noise): the NER model's MONEY spans
            for span in _legal.ner_spans(item):
                if span.label == "MONEY":
                    v = numerals.parse_amount(span.text)
                    if v is not None and not _COST_RE.search(item[_clause_start(item, span.start):span.start]):
                        kept.append((span.start, span.end, v))
        if not kept:
            if re.search(r"\d\s*元|[元萬万]", item) and re.search(r"支付|偿还|返还|给付|赔偿|归还", item) and not found:
                res.checks.append((f"claims[{k}]", "warning", f"诉讼请求第{k + 1}项的金额无法识别"))
            continue
        is_total = bool(re.search(r"以上(?:共计|合计|总计)|上述(?:款项)?(?:共计|合计)|(?:共计|合计|总计)|标的(?:总额|总金额|额)", item)
                        # an item of its own that opens with the total said in plain words ("一共5700元"): it adds
                        # up the items listed before it (replaced only where their sum equals it)
                        or re.match(r"[\s，,]*(?:以上|上面|这些)?(?:一共|总共|加起来|合起来|加在一起)", item))
        per_item.append((sum(v for _, _, v in kept), [(s + a, s + b) for a, b, _ in kept], is_total))
        # "…；2.支付利息609530元，以上合计2743530元": the total also covers the items before this one
        if total is not None and kept == [total] and own and len(per_item) > 1:
            before_sum = sum(x[0] for x in per_item[:-1])
            if abs(before_sum + own - total[2]) < 0.5:
                per_item[:] = [(total[2], [sp for x in per_item for sp in x[1]], False)]
            elif (_LIST_TOTAL_LINE_RE.match(item, item.rfind("\n", 0, total[0]) + 1, total[0])
                  and all(x[0] <= total[2] for x in per_item[:-1])):
                # a line of its own under the list, "以上合计：…元", totals every item above it as the writer reckons
                # the claim, even where the writer's sum is off; the clerk is told the two figures
                res.checks.append((f"claims[{k}]", "warning",
                                   f"诉讼请求各项金额之和为{_yuan(before_sum + own)}元，所写合计为{_yuan(total[2])}元，"
                                   f"按所写合计计算，请核实"))
                per_item[:] = [(total[2], [(s + total[0], s + total[1])], False)]
    if not per_item and freed:
        # an appeal that only contests a payment ordered ("改判上诉人无需支付违约金…元") disputes that sum; where the
        # filer also asks a sum of the other side, that sum is the claim and the payment contested adds nothing
        per_item.append((sum(v for _, _, v in freed), [(a, b) for a, b, _ in freed], False))
    if not per_item:
        return
    # "…承担连带清偿责任，清偿总额以5125000元及逾期违约金为限": the same debt asked of several (the debtor of the
    # receivable and the seller who assigned it), capped at the total they answer for together; the cap is the claim
    for s, e in res.spans:
        cap = _CAP_RE.search(norm, s, e)
        found = _find_amounts(cap.group("sum")) if cap else []
        if found and found[0][2] < sum(x[0] for x in per_item) - 0.5:
            res.amount, res.amount_spans = round(found[0][2], 2), [(cap.start("sum"), cap.end("sum"))]
            return
    # an item that totals the others replaces them
    for i, (v, spans, is_total) in enumerate(per_item):
        others = sum(x[0] for j, x in enumerate(per_item) if j != i)
        if is_total and len(per_item) > 1 and abs(v - others) < 0.5:
            res.amount, res.amount_spans = round(v, 2), spans
            return
    res.amount = round(sum(x[0] for x in per_item), 2)
    res.amount_spans = [sp for x in per_item for sp in x[1]]


# a line that opens with the total of the list above it ("以上合计：", "上述各项共计")
_LIST_TOTAL_LINE_RE = re.compile(r"[ \t　]*(?:以上|上述|上列)(?:各项|费用|损失|款项)?(?:合计|共计|总计)")
_CAP_RE = re.compile(r"(?:清偿|偿还|支付|给付|赔偿|付款|还款)总额以\s*(?P<sum>(?:人民币)?\s*\d[\d,，]*(?:\.\d+)?\s*万?元)"
                     r"(?:及[^，,；;。]{0,20}?)?为限")
_DECLARED_RE = re.compile(r"(?:诉讼标的(?:额|金额)?|标的额|标的金额|争议金额)\s*(?:为|是|共计|合计)?\s*[:：]?\s*")


def declared_total(norm: str, start: int, end: int) -> float | None:
    """The amount in dispute as the document itself states it ("诉讼标的额：…元"), if it does."""
    m = _DECLARED_RE.search(norm, start, end)
    if not m:
        return None
    found = _find_amounts(norm[m.end():m.end() + 40])
    return found[0][2] if found and found[0][0] <= 3 else None
