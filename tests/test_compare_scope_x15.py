"""Comparisons and two-part questions once a second issue reports on the same place: the synthetic 2025年第26期
(eval/extra_briefings/extra_2025_26.docx) has a 常州 article with 执法检查3920家次 / 立案处罚286起 / 罚款金额1135万元,
beside the 2024年第8期 常州 and 镇江 articles (检查企业 2876 家次, 罚款 436.5 万元; 镇江 438 家次, 213.8 万元)."""

from __future__ import annotations

from rag_assistant.answer.understand import read_parts


def test_a_side_that_names_only_a_place_takes_the_other_sides_year():
    # 常州和镇江2024年…: the year is said once for both sides, not for 镇江 alone.
    parts = read_parts("常州和镇江2024年罚款哪个多？", "compare", ("常州", "镇江"))
    assert [(p.place, p.year) for p in parts] == [("常州", 2024), ("镇江", 2024)]
    parts = read_parts("2025年和2026年全省死亡人数哪个多？", "compare", ())
    assert sorted(p.year for p in parts) == [2025, 2026]  # sides that are years keep their own


def test_a_part_naming_its_own_town_does_not_borrow_the_first_parts_town():
    parts = read_parts("新河镇仓储点有多少家？颜集镇已整改多少处？", "figure", ())
    assert "新河镇" not in parts[1].terms and "新河" not in parts[1].terms, parts[1].terms


def test_compare_sides_come_from_one_year_when_the_text_allows(extra_assistant):
    a = extra_assistant.ask("常州和镇江24年罚款哪个多？")
    assert "436.5" in a.answer and "213.8" in a.answer and "1135" not in a.answer, a.answer
    # No year asked: 常州's figure of the issue that also has 镇江's, not the 2025 issue's 3920家次.
    a = extra_assistant.ask("常州工贸执法和镇江危化品执法，谁检查的家次多？")
    assert "2876" in a.answer and "438" in a.answer and "3920" not in a.answer, a.answer
    a = extra_assistant.ask("新河镇仓储点有多少家？颜集镇已整改多少处？")
    assert "420" in a.answer and "1090" in a.answer and "未给出" not in a.answer, a.answer


def test_a_follow_up_naming_another_town_keeps_the_measure(extra_assistant):
    # 新河镇 and 庙头镇 are towns the gazetteer does not know: 那庙头镇呢 was read as 庙头镇多少？, which lost
    # 仓储点 and 家; the town takes the place of the previous one, as a known place does.
    a = extra_assistant.ask("那庙头镇呢？", ["新河镇仓储点有多少家？"])
    assert a.standalone_question == "庙头镇仓储点有多少家？" and "185" in a.answer, (a.standalone_question, a.answer)
