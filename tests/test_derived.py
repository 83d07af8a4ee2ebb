"""A gap or a count the answer derives in the open is checked by the verifier, not taken as unsupported."""

from __future__ import annotations

from rag_assistant.types import Citation
from rag_assistant.verify import verify_answer

QUOTE = Citation(n=1, source="002.txt", issue=None, date=None, title="苏州", quote="建成116家公办体验馆、105家企业体验馆",
                 context="")


def test_a_gap_with_its_arithmetic_over_cited_figures_is_supported():
    answer = "公办：建成116家公办体验馆[1]。企业：105家企业体验馆[1]。公办体验馆比企业体验馆多11家（116家－105家）。"
    assert verify_answer(answer, [QUOTE]).unsupported_numbers == ()


def test_a_wrong_gap_or_one_over_uncited_figures_is_not():
    assert verify_answer("建成116家公办体验馆[1]。多12家（116家－105家）。", [QUOTE]).unsupported_numbers == ("12家",)
    assert "16家" in verify_answer("建成116家公办体验馆[1]。多16家（116家－100家）。", [QUOTE]).unsupported_numbers


def test_a_count_of_the_listed_issues_is_supported_only_when_it_matches_the_list():
    cites = [Citation(n=i, source=f"{i}.txt", issue=f"2025年第{i}期", date=None, title="t", quote=f"2025年第{i}期",
                      context="") for i in (1, 2)]
    assert verify_answer("共2期：2025年第1期[1]；2025年第2期[2]。", cites).unsupported_numbers == ()
    assert verify_answer("共3期：2025年第1期[1]；2025年第2期[2]。", cites).unsupported_numbers == ("3期",)
