"""The lead of an enumerated point frames its sentences (二是深化危化行业隐患排查… → 累计…培训 23.7 万人次), and a
comparison's "same thing" test: two counts of one article's work are comparable, while two articles' counts
are only when the figures' nouns or the words both sides ask agree (a side's own word found in its own figure
says nothing about the other side). On the real briefings and index."""

from __future__ import annotations

from support import raw_briefing as raw, squash

from rag_assistant.answer.enumeration import point_lead

ISSUE_14 = "000_c4edaeb9e379b5d7.txt"
ISSUE_16 = "001_9ab1dbcf5bb79156.txt"


def test_point_lead_is_the_lead_sentence_of_the_point_holding_an_offset():
    text = "南通市坚持方针。\n一是夯实小场所安全基础，提升末端治理能力。培训覆盖 10.5 万人次。\n" \
           "二是深化危化行业隐患排查，推动闭环精准治理。截至目前，累计开展安全培训 23.7 万人次。"
    assert point_lead(text, text.index("23.7")) == "二是深化危化行业隐患排查，推动闭环精准治理。"
    assert point_lead(text, text.index("10.5")).startswith("一是夯实小场所")
    assert point_lead(text, text.index("坚持")) == ""


def test_a_figure_whose_point_lead_names_the_asked_sector(assistant):
    # 危化 is said only by the point's lead; the sentence with 培训 and 人次 is two sentences later
    assert "二是深化危化行业隐患排查" in raw(ISSUE_16) and "累计开展警示教育和安全培训23.7万人次" in raw(ISSUE_16)
    a = assistant.ask("南通危化企业那块培训了多少人次？")
    assert "23.7万人次" in squash(a.answer) and "10.5万人次" not in squash(a.answer), a.answer
    b = assistant.ask("南通16期小场所培训和危化培训，哪个人次多？")
    assert "23.7万人次" in squash(b.answer) and "10.5万人次" in squash(b.answer), b.answer
    assert "危化培训多于" in b.answer, b.answer


def test_two_counts_of_one_article_are_compared(assistant):
    assert "开展跨部门联合检查37次" in raw(ISSUE_14) and "“四不两直”检查28次" in raw(ISSUE_14)
    a = assistant.ask("打非治违里南通跨部门联合检查比夜查多了几次？")
    assert "多9次" in squash(a.answer) and "不能直接比较" not in a.answer, a.answer


def test_two_articles_activities_in_one_unit_are_not_compared(assistant):
    # 进村入企 (苏州, 2021) and 聘请省级专家…开展深度检查 (南通, 2025): each side's own words, nothing shared
    a = assistant.ask("苏州21年进村入企的人次和南通打非治违请专家的人次哪个多？")
    said = squash(a.answer)
    assert "11.3万余人次" in said and "175人次" in said, a.answer
    assert "不能直接比较" in a.answer and "多于" not in a.answer, a.answer


def test_a_second_part_with_its_own_subject_borrows_no_words_of_the_first():
    from rag_assistant.answer.segments import own_subject

    assert own_subject("新河镇已整改多少处", "庙头镇排查了多少处")
    assert not own_subject("春节假期全省派了多少个检查组", "查了多少家次企业")  # no subject: asks within the first
    assert not own_subject("宿迁化工企业有多少家", "危化品经营企业呢")  # elliptic: the same figure of another kind
    assert not own_subject("南通危化企业查改隐患一共多少条", "其中重大的有几条")


def test_two_rows_of_a_table_asked_in_one_message(extra_assistant):
    # 2025年第20期 (a .pdf) tabulates 仓储点（家）, 排查隐患（处）, 已整改（处） per town
    a = extra_assistant.ask("新河镇排查了多少处？庙头镇已经整改了多少处？")
    said = squash(a.answer)
    assert "1630" in said and "702" in said and "未给出" not in a.answer, a.answer


def test_two_table_cells_compare_in_their_column_headers_unit(extra_assistant):
    # bare cells (420, 185) take 家 from 仓储点（家）, so the gap is computed; the cell asked is the column the
    # question's words name (排查隐患（处）: 1630 and 760, not the row's 已整改 1580)
    a = extra_assistant.ask("庙头镇的仓储点比新河镇少几家？")
    assert "少235家" in squash(a.answer), a.answer
    b = extra_assistant.ask("新河镇排查的隐患比庙头镇多多少处？")
    assert "多870处" in squash(b.answer) and "（1630处－760处）" in squash(b.answer), b.answer


def test_duoshao_is_not_a_fewer_question_and_a_side_is_named_by_its_words(assistant):
    a = assistant.ask("南通26年的智能工厂比5G工厂多多少家？")
    said = squash(a.answer)
    assert "智能工厂比5G工厂多110家" in said, a.answer  # not 5G工厂比2026年少110家
