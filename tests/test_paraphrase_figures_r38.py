"""Paraphrases of dev figure items on the bundled briefings (round 38, helper r38).

``无锡巡察报给市委的专题报告有几篇``: a linking 有/一共 between a document the text counts in 篇 and its 几篇 still asks the
figure (向市委提交专题报告5篇), not how many articles an issue carried (lexicon.LIST_ARTICLES_RE).
``无锡专项巡察巡了几个县市区``: 县市区 / 县市 are the briefings' 市（县）区 / 市县 in another order (无锡市委对7个市（县）区
…开展安全生产专项巡察), so the count is found instead of refused (synonyms.SYNONYMS)."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx


def test_a_linked_document_count_is_no_article_list():
    for q in ("无锡巡察报给市委的专题报告有几篇", "经验材料一共多少篇", "专题报告是几篇？", "专题报告几篇"):
        assert not lx.LIST_ARTICLES_RE.search(q), q
    for q in ("第13期有几篇？", "这期一共多少篇", "南通有几篇文章"):
        assert lx.LIST_ARTICLES_RE.search(q), q


def test_answers_on_the_bundled_issues(assistant):
    for question, has in (
            ("无锡巡察报给市委的专题报告有几篇", "5篇"),
            ("无锡专项巡察巡了几个县市区", "7个"),
            ("无锡专项巡察涉及几个县市", "7个"),
            ("无锡专项巡察巡了几个市县区", "7个"),
            ("苏州危化企业有几家", "548家")):
        answer = assistant.ask(question)
        assert not answer.refused, question
        assert has in answer.answer.replace(" ", ""), (question, answer.answer)
        assert "刊登了" not in answer.answer, (question, answer.answer)
