"""Follow-ups over several turns (round 34, helper f): 还有呢 after an open answer, 上一期 steps that land on a held
issue that is not the very previous one, 上一期呢 after a figure of a place written about in two issues, and a
place the article's text misprints (淮南 for 淮安).

Briefing text read: 2025年第16期 无锡 专项巡察 (四 points, each opening with its heading sentence 一、市县联动推进，
“全覆盖”巡深察细。); 2025年第14期 淮安 article (contents line 淮安市…, text 淮南市应急局…提出10条具体工作措施);
the bundled archive holds 2021年第10期 before 2025年第14期 (no 第13期) and 2025年第16期 after it (no 第15期); extra
江阴 in 2025年第4期 (新增…可燃气体探测点位1560个) and 2025年第26期 (百名专家进千企, 整改8315条), 2024年第27期 and
2025年第24期 held before those, no 2025年第3期 or 第25期."""

from __future__ import annotations

from rag_assistant.answer.adjacent_issue import gap_note
from rag_assistant.types import Briefing


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("·")]


def test_more_after_an_open_answer_gives_content_not_headings(assistant):
    first = "无锡专项巡察取得了啥成效"
    more = assistant.ask("还有呢", history=[first])
    lines = _lines(more.answer)
    assert len(lines) >= 4 and not more.refused
    # each point's line is a sentence of its own after the heading, never the heading again
    named = [line[2:].partition("：") for line in lines if "：" in line]
    assert len(named) == 4
    for name, _, said in named:
        assert said and name not in said, name
    assert "1600余处" in more.answer or "30 名业务骨干" in more.answer
    again = assistant.ask("还有呢", history=[first, "还有呢"])
    assert again.answer != more.answer and "716处" in again.answer


def test_a_step_to_a_held_issue_past_a_gap_says_so(assistant):
    back = assistant.ask("2025年第14期的上一期是哪期")
    assert "2021年第10期" in back.answer and "没有2025年第13期" in back.answer
    assert not back.unsupported_numbers  # which issues are held is no quoted figure
    on = assistant.ask("下一期呢", history=["2025年第14期讲了啥"])
    assert "2025年第16期" in on.answer and "没有2025年第15期" in on.answer
    # twin: a step to the very next issue has nothing to say about a gap
    assert gap_note(_b(2025, 16), _b(2025, 15)) == ""
    # twin: after a year's last held issue, whether a next number exists is not known
    assert gap_note(_b(2024, 27), _b(2025, 4)) == ""
    assert "2024年第27期" in gap_note(_b(2025, 4), _b(2024, 27)) and "2025年第3期" in gap_note(_b(2025, 4), _b(2024, 27))


def _b(year: int, number: int) -> Briefing:
    return Briefing(source=f"{year}_{number}.txt", publication=None, year=year, number=number, date=f"{year}-01-01",
                    office=None, headline=None, articles=())


def test_previous_issue_after_a_place_figure_steps_from_that_articles_issue(extra_assistant):
    back = extra_assistant.ask("上一期呢", history=["江阴新增监测点位多少个"])
    assert "2024年第27期" in back.standalone_question and "2026年第13期" not in back.answer
    assert "没有2025年第3期" in back.answer
    # three turns: the middle turn (整改) fits both 江阴 articles; the chat is still on 百名专家进千企
    last = extra_assistant.ask("上一期呢", history=["江阴专家诊断指出隐患多少条", "整改了多少"])
    assert "2025年第24期" in last.standalone_question and "没有2025年第25期" in last.answer


def test_a_misprinted_place_is_the_article_that_prints_it(assistant):
    alone = assistant.ask("淮南出台的工作指引提了几条措施")
    assert not alone.refused and "10条" in alone.answer
    switch = assistant.ask("那淮南呢", history=["淮安出台的工作指引提了几条措施"])
    assert "10条" in switch.answer
    deeds = assistant.ask("他们主要采取了哪些措施", history=["淮南的指引提出了几条措施"])
    assert "淮安" in deeds.standalone_question and "镇街" in deeds.answer
    # twin: a name outside Jiangsu that no article misprints is left as asked
    library = assistant._state.library
    assert library.unmisprinted("那合肥呢") == "那合肥呢" and library.unmisprinted("那淮南呢") == "那淮安呢"
    assert library.misprints == {"淮南市": "淮安", "淮南": "淮安"}
