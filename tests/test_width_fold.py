"""Full-width letters and digits (Ａ级, １２３６家, ９６．８％), as Word/WPS exports and typists mix them with half-width
ones, are one text with the half-width forms: folded in every parsed document and in questions, after the printed lines
are joined (the joining measures display width), so quotes, matches and figures agree whichever width was typed."""

from __future__ import annotations

from support import EXTRA

from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.text import clean_question, fold_width


def test_letters_digits_and_a_numbers_marks_fold_punctuation_stays():
    assert fold_width("有Ａ级旅游景区２３家，整改率９６．８％") == "有A级旅游景区23家，整改率96.8%"
    kept = "（一）【工作动态】：１．加强组织领导％①㎡　"  # list marker 1．, a lone ％ and full-width marks stay
    assert fold_width(kept) == kept.replace("１", "1")
    assert clean_question("２０２５年第１４期南通排查了多少家？") == "2025年第14期南通排查了多少家？"


def _article(path, word):
    doc = load_file(path)
    return next(a for a in parse_briefing(doc.text, doc.source).articles if word in a.title)


def test_a_pdf_typed_in_full_width_digits_parses_as_before_with_its_figures_folded():
    # extra_2025_30.pdf: the 宜兴 article is typed in full-width digits; folding before the lines are joined turned its
    # first line into a title of its own (a half-width line looks short).
    article = _article(EXTRA / "extra_2025_30.pdf", "宜兴")
    assert article.title == "无锡宜兴市：陶瓷窑炉企业燃气安全专项整治"
    assert article.paragraphs[0].startswith("宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业482家")
    assert "整改率96.8%" in article.paragraphs[3]


def test_a_half_width_question_finds_a_full_width_letter_in_the_text(extra_assistant):
    # extra_2026_10.pdf prints Ａ级 in full width; staff type A级.
    a = extra_assistant.ask("句容市已完成多少家A级景区的安全复查？")
    assert "19家A级景区" in a.answer and not a.answer.startswith("简报未给出"), a.answer
