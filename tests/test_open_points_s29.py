"""Open 做法 answers over the bundled briefings: the article's own enumerated points numbered in order (the
introduction's summary clause is a lead-in, not point 一), and a one-character topic word read with its noun
(小场所 of 南通小场所治理咋做的 picks 2025年第16期's 小场所 article, not the 打非治违 one that says 隐蔽场所).

Sentences: 2025年第14期 南通 …创新建立“2+3 工作制”“网格化+专业化”等特色机制… 一是高位推动强部署; 2025年第16期 南通 一是夯实
小场所安全基础…社会面小场所 10.47 万余家; 宿迁 推动企业安全管理从“独角戏”向“大合唱”转变… 一是压实责任; 2026年第13期
南通 一是聚焦“网格化”."""

from __future__ import annotations

from rag_assistant.answer.bound_words import bound_compounds
from rag_assistant.answer.overview_lead import numbered


def test_a_single_character_word_binds_to_its_neighbour_as_the_question_writes_it():
    corpus = "全市已摸排起底社会面小场所 10.47 万余家"
    assert bound_compounds(("小", "场所", "治理"), "南通小场所治理咋做的", corpus) == ("小场所",)
    assert bound_compounds(("小", "场所"), "小场所这块南通是咋搞的", corpus) == ("小场所",)
    # twins: not side by side in the question, or a compound the briefings never say
    assert bound_compounds(("小", "场所"), "南通场所治理有啥小经验", corpus) == ()
    assert bound_compounds(("大", "场所"), "南通大场所咋管的", corpus) == ()


def test_the_overview_line_is_a_lead_in_not_point_one():
    assert numbered(["创新建立特色机制[2]", "高位推动强部署[3]", "创新机制提质效[4]"], True) == \
        ["总体：创新建立特色机制[2]", "一、高位推动强部署[3]", "二、创新机制提质效[4]"]
    assert numbered(["聚焦网格化[2]", "聚焦专业化[3]"], False) == ["一、聚焦网格化[2]", "二、聚焦专业化[3]"]


def _body(answer: str) -> str:
    return answer.split("\n[1]")[0]


def test_open_answers_on_the_bundled_briefings(assistant):
    a = _body(assistant.ask("南通小场所治理咋做的").answer)
    assert "2025年第16期" in a and "10.47" in a and "打非治违" not in a, a
    a = _body(assistant.ask("小场所这块南通是咋搞的？").answer)
    assert "10.47" in a and "打非治违" not in a, a
    # twin: the 打非治违 article asked by its own topic, its 一是 numbered 一、
    a = _body(assistant.ask("南通打非治违专项治理是怎么推进的").answer)
    assert "一、高位推动强部署" in a and "四、标本兼治固根基" in a and "五、" not in a, a
    assert "总体：创新建立“2+3 工作制”" in a, a
    a = _body(assistant.ask("宿迁咋构建隐患内部报告奖励机制的？").answer)
    assert "一、压实责任" in a and "三、数字赋能" in a and "四、" not in a, a
    # twin: an article whose introduction names no approach starts on its own 一是
    a = _body(assistant.ask("南通六化建设主要内容是啥").answer)
    assert "一、聚焦“网格化”" in a and "六、聚焦“手册化”" in a and "总体：" not in a, a
    # twin: a question on no one aspect of 南通 still reads every 南通 article
    a = _body(assistant.ask("南通做了哪些工作").answer)
    assert "打非治违" in a and "六化" in a and "小场所" in a, a
