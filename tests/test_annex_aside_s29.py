"""Round 29 (helper g): a count of an issue's articles that sets the annex aside (除了附件/不算附件/刨去附件) asks the
plain count. Answers on the real extra index (eval/extra_briefings): 2025年第30期 holds four articles and an annex."""

from __future__ import annotations

from rag_assistant.answer.annex_excluded import without_annex_aside


def test_setting_the_annex_aside_reads_the_plain_count():
    assert without_annex_aside("第30期除了附件有几篇") == "第30期有几篇"
    assert without_annex_aside("第30期不算附件的话一共几篇文章") == "第30期一共几篇文章"
    assert without_annex_aside("第30期附件讲了啥") == "第30期附件讲了啥"  # twin: the annex asked for


def test_article_count_without_the_annex(extra_assistant):
    for question in ("第30期除了附件有几篇", "2025年第30期刨去附件登了几篇", "第30期不算附件的话一共几篇文章"):
        a = extra_assistant.ask(question).answer
        assert "刊登了4篇" in a, (question, a)
    a = extra_assistant.ask("第30期一共几篇文章").answer  # twin: the same count, the annex named apart
    assert "刊登了4篇" in a and "另附附件" in a, a
