"""Two-part figure questions over the extra issues: what a later part borrows from the first (round 33, helper D).

Causes covered (probes written from the briefing text before they were run; /tmp/h-d33/probes.md):
- an elliptic X呢 naming an act of its own (移送司法机关呢, 立案处罚呢, 疏散演练呢) is a measure of its own: it borrows
  neither the first part's unit or class (家, 罚没款 → money) nor its counted words (elliptic_act.py);
- a town opening the first part's measure (北沟街道排查隐患多少处) is borrowed by a later part naming none of its own
  (，已整改多少), so the bare part stays in the street's row (measure_town.py);
- a part naming only a place of its own (吴江全区呢) takes the question's topic without the other part's town
  (盛泽镇), which refused the district's figure (side_topic.py);
- a bare act compound the tagger reads as one noun (执法检查多少) asks how much was done, not a stock, so its 家次
  cell is not refused for the 同比 cell (verbal_compound.py).
Issues: 2026年第3期 全省执法情况表, 2024年第27期 新沂 table, 2025年第24期 吴江, 2024年第8期 盐城, 2025年第20期 清江浦.
"""

from __future__ import annotations

import pytest

from rag_assistant.answer.elliptic_act import names_own_act
from rag_assistant.answer.measure_town import with_town
from rag_assistant.answer.side_topic import side_topic
from rag_assistant.answer.verbal_compound import ends_in_act


def _answer(assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n[1]")[0]


def test_an_elliptic_act_is_told_from_a_place_or_stage():
    assert names_own_act("移送司法机关呢") and names_own_act("立案处罚呢") and names_own_act("救助遇险渔民呢")
    assert names_own_act("疏散演练呢") and names_own_act("淘汰导热油炉呢")
    # twins: a place, a row label, a bare stage or a kind borrow the first part's measure
    for text in ("北沟街道呢", "吴江全区呢", "仓储物流呢", "已整改呢", "黄色的呢", "那庙头镇呢"):
        assert not names_own_act(text), text


def test_the_town_of_the_first_measure_is_borrowed():
    assert set(with_town("北沟街道排查隐患", ("北沟", "街道", "排查", "隐患"), "已整改多少", ())) == {"北沟", "街道"}
    # twins: a later part naming its own town or the whole borrows no town
    assert with_town("北沟街道排查隐患", ("北沟", "街道", "排查", "隐患"), "新安街道已整改多少", ()) == ()
    assert with_town("北沟街道排查隐患", ("北沟", "街道", "排查", "隐患"), "全市共排查多少", ()) == ()
    assert with_town("电气隐患", ("电气", "隐患"), "已整改多少", ()) == ()


def test_a_place_side_drops_the_other_town():
    assert side_topic("吴江全区呢", ("盛泽镇", "纺织", "企业"), ("吴江",)) == ("纺织", "企业")
    assert side_topic("吴江全区呢", ("盛泽镇", "纺织", "企业"), ()) == ("盛泽镇", "纺织", "企业")


def test_an_act_compound_is_no_thing():
    assert ends_in_act("执法检查")
    assert not ends_in_act("报警装置") and not ends_in_act("旅游景区") and not ends_in_act("检查")


@pytest.mark.parametrize("question, given, not_given", [
    ("2025年罚没款多少，移送司法机关呢", ["4.86亿元", "312起"], ["未给出"]),
    ("2025年罚没款多少，立案处罚呢", ["4.86亿元", "1.27万起"], ["未给出", "63.5"]),
    ("2025年全省执法检查和立案处罚各多少", ["8.9万家次", "1.27万起"], ["6.3%"]),
    ("2025年全省执法检查多少", ["8.9万家次"], ["6.3%"]),
    ("2025年执法检查同比增长多少", ["6.3%"], ["8.9万"]),  # twin: the change asked is the 同比 cell
    ("北沟街道排查隐患多少处，已整改多少", ["163", "160"], ["1872", "211"]),
    ("棋盘镇排查隐患多少？已整改呢", ["97"], ["652", "211"]),
    ("北沟街道排查隐患多少处，新安街道已整改多少", ["163", "211"], ["160"]),  # twin: its own street
    ("盛泽镇纺织企业有几家？吴江全区呢", ["8700", "1.26万"], ["未给出"]),
    ("吴江全区纺织企业多少家？盛泽镇呢", ["1.26万", "8700"], ["未给出"]),
    ("盐城渔船补贴惠及渔船几艘？救助遇险渔民呢", ["1176", "127"], []),
    ("清江浦区专项资金多少？楼道长补贴呢", ["860万元", "600元"], []),
    # the first part's unit (家) is not the act's own (导热油炉 in 台, 演练 in 场次)
    ("邳州关停取缔小作坊多少家，淘汰导热油炉呢", ["156家", "286台"], ["未给出"]),
    ("大丰培训护理员多少人次？疏散演练呢", ["94场次"], []),
    ("大丰检查养老机构多少家？已整改呢", ["47家", "312处"], []),  # twin: a bare stage borrows the thing
])
def test_two_part_answers(extra_assistant, question, given, not_given):
    answer = _answer(extra_assistant, question)
    for figure in given:
        assert figure in answer.replace(" ", ""), (figure, answer)
    for figure in not_given:
        assert figure not in answer, (figure, answer)


def test_a_part_the_article_does_not_say_is_still_missing(extra_assistant):
    # 常州's article says 立案处罚 158 起, no 查处违法行为 (that is 盐城's): the act part is said missing
    answer = _answer(extra_assistant, "常州罚款多少？查处违法行为呢")
    assert "436.5" in answer and "未给出" in answer and "64" not in answer, answer
