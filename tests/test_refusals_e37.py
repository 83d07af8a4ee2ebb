"""Questions the five bundled briefings cannot answer, and their answerable twins (round 37, helper e37).

- 南通's 2025年第16期 article says 同步扎实开展“三个一”系统治理（组织一次行业事故警示剖析会…）: the 三个 of a quoted
  numbered slogan names it and counts nothing, so 南通小场所发生了多少起事故 is not answered by it (window.figures_of).
- 宿迁's article says 拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元 of the whole city: 奖励金额最高的企业是哪家
  names the ranked noun (企业) before 是哪家, and the city's two amounts rank no enterprises (extreme.which_noun).
- 宿迁 lists 全市 54 家化工企业、374 家危化品经营企业, then 343 家企业…共消除事故隐患 1620 条 of the bare 企业: the
  1620 is not what the 化工企业 alone removed (listed_kind.py). The bare twins are still answered.
"""

from __future__ import annotations

from rag_assistant.answer.extreme import which_noun
from rag_assistant.answer.listed_kind import listed_kind_unsaid
from rag_assistant.answer.window import figures_of

_SUQIAN = ("全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度，并与安全生产绩效考核深度绑定。"
           "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条。")
_SENTENCE = "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条。"


def test_a_numbered_slogan_in_quotes_counts_nothing():
    assert figures_of("同步扎实开展“三个一”系统治理（组织一次行业事故警示剖析会）") == ()
    assert figures_of("常州市金坛区：锂电新能源企业消防安全“五个一”") == ()
    assert [f.surface for f in figures_of("建立“三个关键”防控机制")] == ["三个"]  # twin: 关键 is the counted thing
    assert [f.surface for f in figures_of("落实“三个一律”要求，关停3家")] == ["3家"]


def test_the_ranked_noun_named_before_which():
    assert which_noun("宿迁奖励金额最高的企业是哪家？") == "企业"
    assert which_noun("排查隐患最多的县区是哪个？") == "县区"
    assert which_noun("靖江哪类巡查单元最多") == "巡查单元"  # twin: the noun after the which-word


def test_a_listed_kind_is_not_answered_by_its_bare_whole():
    before = _SENTENCE[:_SENTENCE.find("1620")]
    assert listed_kind_unsaid("宿迁化工企业消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN)
    assert listed_kind_unsaid("宿迁危化品经营企业消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN)
    assert not listed_kind_unsaid("宿迁消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN)  # twins
    assert not listed_kind_unsaid("宿迁企业消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN)
    assert not listed_kind_unsaid("宿迁建材企业消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN)  # listed nowhere
    # a head said without a count of its own before the figure (推动企业自查自纠…) is left to the other readings
    said = "推动企业自查自纠问题隐患 386 项"
    assert not listed_kind_unsaid("宿迁化工企业自查自纠了多少项", "", said, said[:said.find("386")], _SUQIAN)
    # the article's own subject, named in its title, is what its bare words speak of
    assert not listed_kind_unsaid("宿迁化工企业消除了多少条隐患", "隐患", _SENTENCE, before, _SUQIAN, "宿迁化工企业隐患整治")


def test_a_slogan_count_does_not_answer_a_count_of_accidents(assistant):
    a = assistant.ask("南通小场所发生了多少起事故？")
    assert a.answer.startswith("简报未给出"), a.answer
    assert "三个一" not in a.answer.split("；")[0]
    twin = assistant.ask("南通小场所整改了多少条问题隐患？")
    assert "41024" in twin.answer and not twin.answer.startswith("简报未给出")


def test_a_city_amount_ranks_no_enterprises(assistant):
    a = assistant.ask("宿迁奖励金额最高的企业是哪家？")
    assert a.answer.startswith("简报未给出"), a.answer
    assert "，最多。" not in a.answer
    twin = assistant.ask("靖江哪类巡查单元最多？")
    assert twin.answer.startswith("住宅巡查单元 942 个，最多"), twin.answer


def test_a_kind_listed_beside_another_is_not_answered_by_the_whole(assistant):
    for question in ("宿迁化工企业消除了多少条隐患？", "宿迁危化品经营企业发了多少奖励？"):
        a = assistant.ask(question)
        assert a.answer.startswith("简报未给出"), (question, a.answer)
    for question, figure in (("宿迁消除了多少条隐患？", "1620"), ("宿迁有多少家化工企业？", "54"),
                             ("宿迁化工企业有几家建立了事故隐患报告制度？", "54"),
                             ("南通推动企业自查自纠问题隐患多少项？", "386"), ("南通识别出多少家化工生产企业？", "248"),
                             ("宿迁有几家危化品经营企业建立了隐患报告制度？", "374")):
        a = assistant.ask(question)
        assert figure in a.answer and not a.answer.startswith("简报未给出"), (question, a.answer)


def test_head_starts_read_as_the_counted_figure_pattern_on_the_real_briefings():
    """The positions a bare head may start after a figure (listed_kind._head_starts, computed once per text) are the
    ones the pattern ``\\d[\\d.]*\\s*[万亿]?[余多]?\\s*[CJK]?\\s*<head>`` finds, for every two-character run of each
    sentence with a figure in the bundled briefings (the pattern compiled per head cost 20 s per 200 questions)."""
    import re
    from pathlib import Path

    from rag_assistant.answer.listed_kind import _head_starts

    pattern = r"\d[\d.]*\s*[万亿]?[余多]?\s*[\u4e00-\u9fff]?\s*{}"
    root = Path(__file__).resolve().parents[1] / "index" / "briefings"
    sentences = [s for f in sorted(root.glob("*.txt")) for s in re.split(r"[。\n]", f.read_text(encoding="utf-8"))
                 if re.search(r"\d", s)]
    sentences += ["343 家企业", "1.2万 名人员", "3 万余 家 企业", "12 34家", "7  个 项目"]
    checked = 0
    for sentence in sentences:
        starts = _head_starts(sentence)
        for head in {sentence[i:i + 2] for i in range(len(sentence) - 1)} | {"企业", "人员", "项目"}:
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", head):
                continue
            expected = bool(re.search(pattern.format(re.escape(head)), sentence))
            assert any(sentence.startswith(head, at) for at in starts) == expected, (sentence, head)
            checked += 1
    assert checked > 1000
    assert _head_starts("343 家企业") and "343 家企业".startswith("企业", max(_head_starts("343 家企业")))
