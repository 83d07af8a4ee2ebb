"""False refusals found by auditing which refusal check stops an answerable question (round 33, helper E).

Sentences of the extra issues (eval/extra_briefings/): 2025年第24期 六合 排查整治管道隐患193处，已整改186处，其余7处
纳入挂牌督办; 2024年第15期 全省人员密集场所火灾起数同比下降8.4%; 2026年第3期 死亡894人，同比下降8.7% and the table
row 移送司法机关 312起 增长15.6% (立案处罚 1.27万起 下降4.1%); 2025年第26期 江阴 按行业编成12个服务小组, 遴选…专家118名;
2026年第7期 南京 地下管网约2.6万公里，其中运行超过20年的老旧管网约3100公里; 2026年第3期 南京 在全市43家危化品生产、
储存企业装卸环节推行“装货前五必查”, 苏州 对286幢红色等级建筑实行挂图作战、销号管理."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.remainder import rest_asked
from rag_assistant.answer.window import figures_of
from rag_assistant.answer.point_change import change_points
from rag_assistant.text import normalize_question

_LIUHE = "排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办，拟于10月底前完成整改。"


def _head(answer: str) -> str:
    return answer.split("简报提到")[0]


def test_a_place_is_never_the_counted_thing():
    assert measure_of("六合还有几处没整改") == ""
    assert measure_of("六合还有几处管道隐患没整改") == "管道隐患"  # twin: a noun said is kept


def test_the_rest_is_of_the_negated_step():
    figures = figures_of(_LIUHE)
    rest = next(f for f in figures if f.surface.startswith("7"))
    assert rest_asked("六合还有几处没整改", _LIUHE, figures, rest, 0) is True
    assert rest_asked("六合有几处隐患没排查", _LIUHE, figures, rest, 0) is False  # twin: 7处 are not un-inspected


def test_points_of_a_change_are_percent_points():
    assert change_points("火灾起数降了几个点") == "火灾起数降了几个百分点"
    assert change_points("同比升了多少个点？") == "同比升了多少个百分点？"
    for same in ("新增了几个点", "降了几个点位", "设了几个点"):  # twins: 点 of a place keeps its reading
        assert change_points(same) == same


def test_an_age_in_years_is_no_year():
    assert "超过20年" in normalize_question("南京运行超过20年的老旧管网多少公里")
    assert "2025年" in normalize_question("25年全省事故多少起")  # twin: an abbreviated year still expands
    assert "2025年底" in normalize_question("到25年底完成多少")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("六合还有几处没整改", "7处"),
                          ("还有几处管道隐患没整改，六合的", "7处"),
                          ("六合已经整改了几处", "186处"),
                          ("全省人员密集场所火灾起数降了几个点", "8.4%"),
                          ("2025年全省死亡人数同比降了几个点", "8.7%"),
                          ("移送司法机关的上升了多少", "15.6%"),
                          ("罚没款去年涨了多少", "2.5%"),
                          ("江阴分几个组", "12个"),
                          ("江阴遴选了多少名专家", "118名"),
                          ("南京运行超过20年的老旧管网多少公里", "3100公里"),
                          ("南京主城区地下管网一共多少公里", "2.6万公里"),
                          ("南京装货前五必查在多少家企业推行", "43家"),  # 43家危化品生产、储存企业: one list of kinds
                          ("25年全省立案处罚多少起，同比咋变的", "4.1%")):
        a = extra_assistant.ask(question).answer
        assert has in _head(a) and "未给出" not in _head(a), (question, a)
    for question in ("六合有几处隐患没排查",  # the rest is not-yet-rectified, not un-inspected
                     "2025年全省死亡人数同比降了多少人",  # only the percent change is printed
                     "立案处罚上升了多少",  # it fell (下降4.1%)
                     "苏州红色等级建筑已经销号多少幢"):  # 对286幢…实行挂图作战、销号管理 says no 销号 done
        a = extra_assistant.ask(question).answer
        assert "未给出" in a or "未找到" in a, (question, a)
