"""Round 37, helper h37: one sentence splitter, one clause helper, one short-form reader (no answer changes).

``text.sentences(full_stops=True)`` is the splitter computed_rest.py reads (。！？ or a line break, a ；-list kept
whole, end marks dropped); ``window.clause_before`` / ``window.last_clause`` are the clause readings steps.py and
stock.py shared as copies; ``domain.long_gapped`` is the short form read across a longer word (船企 in 船舶修造企业)
that match.short_form_of and domain.spelled_out both use. noun_run and measure_of are cached pure readings."""

from __future__ import annotations

import re

from rag_assistant.answer.computed_rest import chunk_sentences
from rag_assistant.answer.domain import long_gapped, spelled_out
from rag_assistant.answer.match import short_form_of
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.steps import inherited_start, umbrella_action
from rag_assistant.answer.stock import list_lead
from rag_assistant.answer.window import clause_before, clause_start, last_clause
from rag_assistant.text import sentences


def test_full_stop_sentences_keep_a_semicolon_list_whole_and_drop_end_marks():
    text = "查找问题312项，已整改289项；其余23项正在整改。拟发放175.1万元！！\n已发放23.47万元”"
    assert sentences(text, full_stops=True) == ["查找问题312项，已整改289项；其余23项正在整改", "拟发放175.1万元",
                                                "已发放23.47万元”"]
    # the default splitter still ends a sentence at ； and keeps its marks
    assert sentences(text)[:2] == ["查找问题312项，已整改289项；", "其余23项正在整改。"]
    assert chunk_sentences(text) == sentences(text, full_stops=True)
    # the regex computed_rest.py used to carry: the same pieces on every kind of edge
    for t in ("a。\nb", "！！x？", "", "\n\n", "  a  。 b ；c！", "问题。”下一句"):
        assert chunk_sentences(t) == [s.strip() for s in re.findall(r"[^。！？\n]+", t) if s.strip()]


def test_one_clause_helper():
    s = "查改隐患36975条，同比增长17.4%，其中重大事故隐患115条"
    other = s.index("其中")
    assert clause_start(s, s.index("115")) == other
    assert s[clause_before(s, other):other] == "同比增长17.4%，"
    assert clause_before(s, 0) == 0
    assert last_clause("全市共检查，开展电动自行车专项抽检") == "开展电动自行车专项抽检"
    assert last_clause("现有电商仓储物流园区46个、") == "现有电商仓储物流园区46个、"
    assert last_clause("一是。二是：推进") == "推进"
    # 其中 inherits the clause before the change clause's
    assert inherited_start("查出问题隐患2310项，其中重大事故隐患9项", len("查出问题隐患2310项，")) == 0


def test_umbrella_action_and_list_lead_read_the_last_clause():
    assert umbrella_action("抽检", "全市开展电动自行车及电池产品质量专项抽检，", "检查销售门店1136家")
    assert not umbrella_action("抽检", "全市开展专项抽检，", "查处违法行为427起")  # another head
    assert not umbrella_action("整合", "整合部门58个信息系统，", "拓展智慧监管场景12个")  # a figure of its own
    assert list_lead("全市，现有电商仓储物流园区46个、") == "现有电商仓储物流园区46个、"
    assert list_lead("现有电商仓储物流园区46个，") == ""


def test_one_short_form_reader():
    assert long_gapped("船企").search("全市船舶修造企业") is not None
    assert short_form_of("危货车", "查处危险货物运输车辆违法行为")
    assert long_gapped("发现") is None and not short_form_of("发现", "发个现金")  # a known word is never read apart
    assert long_gapped("危货车1") is None and long_gapped("危险货物") is None
    corpus = "检查危险货物运输车辆120辆。危险货物运输车辆违法行为。"
    assert spelled_out("危货车查了多少辆", corpus).startswith("危险货物运输车")
    assert spelled_out("货车查了多少辆", corpus) == "货车查了多少辆"


def test_cached_readings_give_the_same_noun_twice():
    first = measure_of("南通检查了多少家化工企业")
    assert first == measure_of("南通检查了多少家化工企业") and "化工企业" in first


def test_answers_unchanged_on_the_bundled_briefings(assistant):
    assert "31933" in assistant.ask("南通检查了多少家企业？").answer
    assert "36975" in assistant.ask("查改隐患多少条").answer
    follow = assistant.ask("其中重大事故隐患多少条", history=["查改隐患多少条"]).answer
    assert "115" in follow and "36975" not in follow
