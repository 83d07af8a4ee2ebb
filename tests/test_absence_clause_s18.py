"""The clause that says what the briefings do not give restates the question's words, whose numbers (3万多家,
两月一主题) are not claims to verify: no [未核实] mark on the user's own words. A figure after that clause's stop
is a claim again. Real sentence: 2025年第16期 南通 (推动企业查改隐患 36975 条)."""

from __future__ import annotations

from rag_assistant.types import Citation
from rag_assistant.verify import verify_answer


def test_the_partial_answer_marks_no_number_of_the_question(assistant):
    a = assistant.ask("南通打非治违排查的3万多家企业里，危化品经营企业有几家？")
    assert a.answer.startswith("简报未给出") and "3万多家" in a.answer, a.answer
    assert not a.unsupported_numbers, a.unsupported_numbers


def test_the_absence_clause_restates_the_question():
    cite = Citation(n=1, source="001_9ab1dbcf5bb79156.txt", issue="2025年第16期", date="2025-06-27", title="南通",
                    quote="推动企业查改隐患 36975 条")
    answer = "简报未给出南通打非治违排查的3万多家企业里危化品经营企业的数量；关于南通，简报提到：推动企业查改隐患 36975 条[1]。"
    assert verify_answer(answer, [cite]).unsupported_numbers == ()
    # a figure after the clause's stop is a claim again, and must be in a quote
    smuggled = "简报未给出2024年的数据，2025年为500家；关于南通，简报提到：推动企业查改隐患 36975 条[1]。"
    assert "500家" in verify_answer(smuggled, [cite]).unsupported_numbers
