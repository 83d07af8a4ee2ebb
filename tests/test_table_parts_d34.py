"""Two- and three-part figure questions over the tables of the extra issues (round 34, helper D).

Causes covered (probes written from the briefing text before they were run; /tmp/h-d34/probes.md):
- a place whose only record of the asked figures is a row of a table (2025年第30期's 附件 部分设区市岁末年初安全检查
  情况: 南京市	4.2万	5.6万	5.1万) is read there even when retrieval brings the place's own other articles
  (南京's 三色预警) only (evidence.candidate_entries);
- a cell under a column header naming the asked noun (检查单位（家次）) is no occurrence count offered for a stock
  question (stock_times.py);
- an elliptic bare stage with a verb of its own (已整改呢 after 检查了多少家次) borrows no times unit (elliptic_act.py);
- a town named X城镇 (邳城镇) opens the first part's measure, and a town opening the first part when its measure is
  only the noun after the verb (北沟街道检查了多少个网点) is lent to the later part (measure_town.py);
- a bare later step (已整改多少) acts on what the step right before it counts (发现电气隐患), not on the first part's
  企业 (elided.py);
- a city asked is answered by its own table row before a county's figure of the city (own_row.py).
"""

from __future__ import annotations

from rag_assistant.answer.elided import elided_asks
from rag_assistant.answer.elliptic_act import acts_apart
from rag_assistant.answer.measure_town import with_town
from rag_assistant.answer.stock_times import occurrences_for_stock


def _answer(assistant, question: str, history: tuple[str, ...] = ()) -> str:
    return assistant.ask(question, history).answer.split("\n[1]")[0]


def test_a_bare_stage_with_its_own_verb_is_another_act():
    assert acts_apart("已整改呢", "南通市检查了多少家次")
    # twins: the same verb, a place, or an act with its noun (names_own_act's) are not read here
    assert not acts_apart("已检查呢", "南通市检查了多少家次")
    assert not acts_apart("苏州呢", "南通市检查了多少家次")
    assert not acts_apart("已整改多少", "南通市检查了多少家次")  # not elliptic


def test_a_column_named_by_the_question_is_no_stock():
    assert not occurrences_for_stock("南京市检查单位多少", "", "家次", "检查单位（家次）")
    # twins: a stock question (no step verb before the noun: stock.asks_stock, round 34 n) is still judged, with or
    # without a header that names another noun phrase
    assert occurrences_for_stock("南京市单位有多少家", "", "家次", "")
    assert occurrences_for_stock("南京市单位有多少家", "", "家次", "检查单位（家次）")


def test_a_town_ending_in_cheng_opens_the_measure():
    terms = ("邳", "城镇", "排查", "隐患")
    assert set(with_town("邳城镇排查隐患", terms, "已整改多少", ())) == {"邳", "城镇"}
    assert with_town("城镇燃气排查", ("城镇", "燃气"), "已整改多少", ()) == ()  # twin: 城镇 alone is no town
    assert with_town("新沂市城镇燃气", ("新沂", "城镇", "燃气"), "已整改多少", ()) == ()
    # the first part's own text opens with the town when its measure is the noun after the verb
    assert set(with_town("网点", ("北沟", "街道", "检查", "网点"), "发现隐患多少", (), "北沟街道检查了多少个网点")) == \
        {"北沟", "街道"}


def test_a_bare_step_counts_what_the_step_before_it_found():
    pieces = [("常熟市检测企业多少家", "家", "count", ("检测", "企业"), [], [], None),
              ("发现电气隐患多少", "", "", ("发现", "电气", "隐患"), [], [], None),
              ("已整改多少", "", "", ("整改",), [], [], None)]
    assert elided_asks(pieces, "figure")[2] == ("电气隐患", "", "")
    # twin: two parts keep the first part's noun and classifier
    assert elided_asks([pieces[0], pieces[2]], "figure")[1] == ("企业", "家", "count")


def test_table_rows_answer_every_part(extra_assistant):
    for question, wants in (("南京市检查单位和已整改隐患各多少？", ("4.2万", "5.1万")),
                            ("南通市岁末年初安全检查了多少家次？已整改呢？", ("2.9万", "3.5万")),
                            ("盐城市检查单位多少，发现隐患几处，整改了多少", ("2.1万", "2.7万", "2.5万")),
                            ("邳城镇排查隐患多少处，已整改多少？", ("968", "941")),
                            ("北沟街道检查了多少个网点，发现隐患多少", ("94", "163")),
                            ("常熟市检测企业多少家，发现电气隐患多少，已整改多少", ("3215家", "8940处", "8712处"))):
        a = _answer(extra_assistant, question)
        assert all(w in a for w in wants) and "未给出" not in a, (question, a)
    a = _answer(extra_assistant, "南通市岁末年初安全检查了多少家次？已整改呢？")
    assert "次数" not in a  # the second part borrows no 家次


def test_a_missing_column_is_said_missing(extra_assistant):
    a = _answer(extra_assistant, "周铁镇排查隐患多少处？已整改多少？")  # 宜兴's table has no 已整改 column
    assert "680" in a and "未给出" in a, a


def test_a_city_is_answered_by_its_own_row_first(extra_assistant):
    # 南通市's 附件 row (已整改 3.5万) before 启东's 已整改1872处 of 南通市启东市's article
    a = _answer(extra_assistant, "南通已整改多少处")
    assert "3.5万" in a and (a.find("1872") < 0 or a.index("3.5万") < a.index("1872")), a
    a = _answer(extra_assistant, "南京呢？", ("苏州市已整改多少处？",))
    assert "5.1万" in a and (a.find("186处") < 0 or a.index("5.1万") < a.index("186处")), a
    # twin: a county asked keeps its own figure
    a = _answer(extra_assistant, "启东已整改多少处")
    assert "1872" in a, a
