"""Yes/no questions that state a threshold: a round one said without digits (有没有上万名, 有没有过万家, 上百处) is
checked like 超过1万名; 不止N asks more than N; a bare number of a typed name (2+3工作制, unquoted in the question)
states no count. Pure functions, then the answers on the real index (probes written from the texts, none of them
an eval item)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.polarity import stated_figure_check
from rag_assistant.numbers import contains_figure
from rag_assistant.text import normalize_question


def test_a_round_threshold_in_a_yes_no_question_is_a_stated_figure():
    assert normalize_question("南通基层网格员有没有上万名？") == "南通基层网格员有没有超过1万名？"
    assert normalize_question("隐蔽场所是不是过百处了？") == "隐蔽场所是不是超过100处了？"
    # not in a question that asks the figure: there 上千家 describes, it states nothing to check
    assert normalize_question("上千家企业参加的培训有多少场？") == "上千家企业参加的培训有多少场？"


def test_a_bare_number_of_a_typed_name_states_no_count():
    sentence = "由工信、公安、市场监管等 8 部门组成联合检查组，建立“周二现场督导、周三视频调度”的“2+3 工作制”"
    assert stated_figure_check("南通的2+3工作制有周二现场督导吗？", sentence, 0, sentence) is None
    assert stated_figure_check("是不是有8个部门组成联合检查组？", sentence, 0, sentence) is not None


@pytest.mark.parametrize("question, head, figure", [
    ("南通基层网格员有没有上万名？", "是", "1.2万名"),
    ("南通打非治违排查的企业有没有过万家？", "是", "31933家"),
    ("淮南的工作指引提了不止5条措施吧？", "是", "10条"),
    ("淮南的工作指引提了不止20条措施吧？", "没有", "10条"),
])
def test_threshold_yes_no_answers(assistant, question, head, figure):
    a = assistant.ask(question)
    assert a.answer.startswith(head) and contains_figure(a.answer, figure), a.answer
