"""Yes/no and compare readings of round 34 (helper C), on the real extra issues (eval/extra_briefings/).

2026年第7期 扬州 (有限空间作业是工贸行业事故多发环节 in the editor's note; 全年未发生有限空间作业事故 in the article);
2025年第26期 泰州 船舶修造 table (靖江市	71	986	941, 泰兴市	48	612	590 under 排查隐患（处）	已整改（处）; the
article's prose says 船企); 2026年第7期 1月份全省共发生生产安全事故79起 and 2026年第10期 1至2月…96起."""

from __future__ import annotations

from rag_assistant.answer.occurrence_said import occurrence_fit, occurred_event
from rag_assistant.answer.understand import read_parts


def _head(answer: str) -> str:
    return answer.split("。")[0]


def test_occurrence_question_reads_its_event():
    assert occurred_event("扬州有限空间作业出过事故吗") == "事故"
    assert occurred_event("有没有发生火灾") == "火灾"
    assert occurred_event("扬州有没有推行四步工作法") == ""  # twin: no occurrence asked


def test_a_described_event_is_no_record_of_one():
    q = "扬州有限空间作业出过事故吗"
    assert occurrence_fit(q, "编者按：有限空间作业是工贸行业事故多发环节。") < 1.0
    assert occurrence_fit(q, "推行有限空间作业“四步工作法”，全年未发生有限空间作业事故。") == 1.0
    assert occurrence_fit(q, "全省共发生生产安全事故37起、死亡29人。") == 1.0
    assert occurrence_fit("扬州有没有推行四步工作法", "有限空间作业是工贸行业事故多发环节。") == 1.0


def test_thin_compare_side_is_counted_in_the_other_sides_unit():
    parts = read_parts("1月份全省事故起数和1至2月比哪个多？", "compare", ())
    assert [p.unit for p in parts] == ["起", "起"]


def test_occurrence_yesno_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("扬州有限空间作业出过事故吗？").answer
    assert _head(a) == "没有" and "未发生有限空间作业事故" in a
    a = extra_assistant.ask("扬州有限空间作业今年出过事故吗？").answer
    assert not a.startswith("有") and "未发生有限空间作业事故" in a


def test_another_event_negated_is_not_the_asked_one(extra_assistant):
    a = extra_assistant.ask("扬州有限空间有没有发生火灾？").answer
    assert not a.startswith("没有") and not a.startswith("有") and "未提及" in _head(a) and "火灾" in _head(a)
    # twin: the negated event is the asked one
    a = extra_assistant.ask("1至2月森林火情有没有人员伤亡？").answer
    assert _head(a) == "没有" and "未发生人员伤亡" in a


def test_a_table_row_answers_whether_all_is_done(extra_assistant):
    for question, row in (("泰州靖江市船企隐患都整改完了吗？", "986"), ("泰兴市船企隐患整改完没有？", "612"),
                          ("靖江市船舶修造企业隐患都整改完了吗？", "986")):
        ans = extra_assistant.ask(question)
        assert not ans.refused, question
        assert ans.answer.startswith("没有") and row in ans.answer, question


def test_compare_side_of_a_period_takes_its_count(extra_assistant):
    a = extra_assistant.ask("1月份全省事故起数和1至2月比哪个多？").answer
    assert "死亡83人" not in a.split("1至2月")[-1][:80]  # not the deaths for a count of accidents


def test_a_yesno_asked_first_is_the_scene_of_the_figure_after_it():
    from rag_assistant.answer.segments import asking_segments
    assert asking_segments("泰州船企有没有安装视频监控？装了多少台？") == ["泰州船企有没有安装视频监控，装了多少台"]
    assert asking_segments("扬州救援队伍建了几支？有没有搞演练？") == ["扬州救援队伍建了几支"]  # twin: yes/no after


def test_yesno_then_figure_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("泰州船企有没有安装视频监控？装了多少台？").answer
    assert _head(a) == "有" and "1960台" in a
    a = extra_assistant.ask("南通有没有召开警示教育会？多少人参加？")
    assert not a.refused and a.answer.startswith("有") and "2.8 万人" in a.answer
