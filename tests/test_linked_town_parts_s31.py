"""Two figures asked in one question on the extra issues (eval/extra_briefings/), round 31.

A link word inside one unpunctuated clause (常熟已整改多少处以及罚款多少) starts the later asked part (link_split.py):
2025年第12期 常熟 已整改8712处 … 罚款共计63.5万元. (A town name opening the counted noun, 庙头镇排查隐患,
was read as a scope by h-c31's town_edge.py; it was left out at integration because it broke the row scope of
test_row_scope_s20: 棋盘镇零售网点排查隐患 then counted the 零售网点 column.)"""

from __future__ import annotations

from rag_assistant.answer.link_split import linked_start
from rag_assistant.answer.segments import asking_segments


def test_a_link_word_starts_the_later_part():
    q = "常熟已整改多少处以及罚款多少"
    assert asking_segments(q) == ["常熟已整改多少处", "以及罚款多少"]
    assert linked_start("覆盖多少企业和多少人次", 4, 9) is None  # twin: 和 joins two counted nouns
    assert len(asking_segments("镇江约谈多少名负责人另外罚款多少")) == 2


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("常熟已整改多少处以及罚款多少", ("8712处", "63.5万元"), "未给出"),
                                 ("镇江约谈多少名负责人另外罚款多少", ("11", "213.8"), "未给出"),
                                 ("沭阳排查隐患多少处，整改了多少处，整改率呢", ("5270处", "4980处", "94.5%"), "未给出"),
                                 ("赣榆完成整改多少项，技改资金多少", ("2185项", "1.36亿元"), "未给出"),
                                 ("防汛物资储备价值多少，其中省级多少", ("3.6亿元", "8200万元"), "未给出")):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and lacks not in a, (question, a)
    # twins: a part the text does not state is said missing, the other one still answered
    a = extra_assistant.ask("沭阳排查隐患多少处，罚款多少钱？").answer
    assert "5270处" in a and "未给出" in a, a
    a = extra_assistant.ask("1至6月全省事故多少起、死了几个人？").answer
    assert "未给出" in a.split("简报提到")[0] and "412" not in a.split("简报提到")[0], a
