"""Multi-figure questions on the extra issues (round 34, helper n34).

2025年第30期: 1至11月，全省累计检查各类生产经营单位32.6万家次，发现整改隐患41.8万处. 2026年第7期: 春节假期，全省各级
安委会成员单位共派出检查组4260个，检查企业和场所3.2万家次，排查整治隐患11.6万处，其中重大事故隐患37项.
"""

from __future__ import annotations

from rag_assistant.answer.stated import subject_of_chain
from rag_assistant.answer.stock import asks_stock

_SPRING = "春节假期，全省各级安委会成员单位共派出检查组4260个，检查企业和场所3.2万家次，排查整治隐患11.6万处"


def test_a_step_verb_before_the_noun_asks_an_act_not_a_stock():
    assert asks_stock("全省检查生产经营单位多少家") is False
    assert asks_stock("检查企业多少家") is False
    assert asks_stock("句容A级景区多少家") is True  # twin: 旅游/景区 name the things, no step is said


def test_a_unit_said_once_is_the_subject_of_its_clause_chain():
    assert subject_of_chain("安委会", _SPRING, "排查整治隐患11.6万处") is True
    assert subject_of_chain("安委会", "全市排查隐患500处，其中安委会成员单位检查企业30家", "全市排查隐患500处") is False
    assert subject_of_chain("安委会", "安委会派出检查组12个。全市排查隐患500处", "全市排查隐患500处") is False


def test_answers_on_the_extra_issues(extra_assistant):
    for question, parts in (("全省检查生产经营单位多少家，查出隐患多少个？", ("32.6万家次", "41.8万处")),
                            ("全省检查生产经营单位多少家？", ("32.6万家次",)),
                            ("安委会派了多少个检查组，检查了多少家企业，还有排查隐患多少个？",
                             ("4260个", "3.2万家次", "11.6万处")),
                            ("安委会检查了多少家企业？", ("3.2万家次",))):
        a = extra_assistant.ask(question).answer
        assert all(p in a for p in parts) and "未给出" not in a, (question, a)
        assert "5270处" not in a and "2310项" not in a, (question, a)  # no part borrows another article's figure
