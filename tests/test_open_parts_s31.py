"""Round 31 (helper b): open questions answered by the asked part of an article.

- a part noun asked in a near word of the part head (安全力量配备 asked, 建队伍 written) names that part too;
- what the enterprises did themselves (企业自己) is said by the sentences whose subject is a named enterprise;
- a bare issue number opening the question (14期南通那篇) scopes it like 第14期.
Each probe has a twin whose right answer differs.
"""

from __future__ import annotations

from rag_assistant.answer.firm_deeds import firm_lines
from rag_assistant.text import normalize_numerals


def test_bare_issue_number_opening_a_question():
    assert normalize_numerals("14期南通那篇主要讲了啥") == "第14期南通那篇主要讲了啥"
    assert normalize_numerals("13期南通那篇主要讲了啥") == "第13期南通那篇主要讲了啥"
    # phases and training classes are no issue
    assert normalize_numerals("3期培训班办了几次") == "3期培训班办了几次"
    assert normalize_numerals("2期工程咋样") == "2期工程咋样"


def test_firm_sentences_only_when_the_enterprises_themselves_are_asked():
    text = "宿迁市聚焦化工领域。全市54家化工企业全面建立制度。新亚科技设立专项举报箱，明确责任部门。"
    lines = firm_lines(text, "宿迁那篇里企业自己有啥典型做法？")
    assert lines and all(ln.text.startswith("新亚科技") for ln in lines), lines
    assert firm_lines(text, "宿迁那篇里企业有啥做法") == []


def test_part_named_by_a_near_word(assistant):
    a = assistant.ask("连云港在基层安全力量配备上咋搞的？").answer
    assert "安全协管员" in a and "专兼职安全监管干部" in a, a
    twin = assistant.ask("连云港宣传这块咋弄的").answer  # another part: 广宣传 only
    assert "27万份" in twin and "专兼职安全监管干部" not in twin, twin


def test_enterprises_own_deeds(assistant):
    a = assistant.ask("宿迁那篇里企业自己有啥典型做法？").answer
    assert "专项举报箱" in a and "678" in a, a
    twin = assistant.ask("宿迁数字赋能咋搞的").answer  # point 三 only
    assert "34 家" in twin and "专项举报箱" not in twin, twin


def test_bare_issue_scopes_the_article(assistant):
    a = assistant.ask("14期南通那篇主要讲了啥").answer
    assert "2025年第14期" in a and "打非治违" in a and "六化" not in a, a
    twin = assistant.ask("13期南通那篇主要讲了啥").answer
    assert "2026年第13期" in twin and "六化" in twin and "打非治违" not in twin, twin


def test_other_open_shapes_keep_their_parts(assistant):
    a = assistant.ask("靖江专班怎么推进巡查单元划分的").answer  # manner of X: X's part
    assert "专班统筹推进" in a and "精准落地攻坚" not in a, a
    a = assistant.ask("靖江巡查单元划分有哪些做法").answer  # the whole article
    assert "专班统筹推进" in a and "试点赋能推广" in a and "精准落地攻坚" in a, a
    a = assistant.ask("2025年第10期扬州执法检查做法").answer
    assert "未找到" in a, a
