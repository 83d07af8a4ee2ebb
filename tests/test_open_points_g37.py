"""Open questions on the bundled five (round 37, helper g37): which points come back.

- A counted slogan typed without its measure word or quotes (扬州…四并重是指啥, 三载体指的是啥) asks for the
  slogan's points, as 四个聚焦是指啥 does; it was read as a fact and answered with one sentence
  (slogan_ask._BARE_MEANS_RE). 一季度指的是啥 is no slogan.
- A run-in point split over two paragraphs by a page break (常州's 在狠抓“小切口”发力上下更大功夫 … ⏎ 盯紧危化领域
  突出问题，以“盛瑞工作法”…33类课题…班组长840余名) keeps its acting and counting sentences; the closing
  初心不改… stays out (enumeration._runs_on).
- A measure noun in a manner question (滨海县在经费保障上怎么做的) names the part of the practice, not a figure
  (question_kind._MANNER_RE).
- A word the question frames as its aspect (在专家方面) narrows the answer to the sentences that say it, however
  many title words the question repeats (framed_aspect.framed_terms).
"""

from __future__ import annotations

from rag_assistant.answer.enumeration import point_ends, top_run
from rag_assistant.answer.framed_aspect import framed_terms
from rag_assistant.answer.slogan_ask import asks_slogan


def test_an_unquoted_slogan_without_measure_word_asks_its_points():
    assert asks_slogan("扬州三位一体执法检查的四并重是指啥？")
    assert asks_slogan("扬州的三载体指的是啥")
    assert asks_slogan("扬州两手抓是什么意思")
    assert not asks_slogan("一季度是什么情况")
    assert not asks_slogan("一季度指的是啥")
    assert not asks_slogan("第三点是指什么")


def test_a_page_broken_last_point_runs_on_to_its_closing_sentence():
    text = ("近年来，常州狠抓落实。在构建“大安全”格局上下更大功夫。部署启动“1+29”体系建设。"
            "在狠抓“小切口”发力上下更大功夫。盯牢城镇燃气安全隐患，在全国首创气瓶“一充一险”模式。\n"
            "盯紧危化领域突出问题，定期围绕33类课题开展讨论培训。截至目前，共组织培训班组长840余名。"
            "初心不改，使命不忘，征程不息。")
    run = top_run(text)
    assert len(run) >= 2
    end = point_ends(text, run)[-1]
    assert "840余名" in text[:end]
    assert "初心不改" not in text[:end]


def test_a_closing_paragraph_is_no_part_of_the_last_point():
    text = "为加强监管，某市做了三件事。\n一是建立机制，推行网格化监管。\n二是强化执法，查处企业12家。\n下一步，该市将继续深化治理。"
    run = top_run(text)
    assert len(run) == 2
    assert "下一步" not in text[:point_ends(text, run)[-1]]


def test_framed_terms():
    assert framed_terms("扬州三位一体执法检查在专家方面怎么做的", ["三位一体", "执法检查", "专家"]) == ["专家"]
    assert framed_terms("滨海县在经费保障上怎么做的", ["经费", "保障", "滨海"]) == ["经费", "保障"]
    assert framed_terms("南通六化建设有哪些措施", ["六化", "建设"]) == []


def test_open_answers_on_the_bundled_five(assistant):
    for question, has, wrong in (
            # the four 坚持…并重 heads of point 三, not one sentence of it
            ("扬州三位一体执法检查的四并重是指啥？", ("严格执法与指导服务并重", "全面执法与重点执法并重",
                                                 "常规执法与“三位一体”并重", "牵头主导与主动配合并重"), ("947家",)),
            # the 小切口 part: both its sentences before the page break and after it
            ("常州在小切口发力上怎么做的？", ("一充一险", "盛瑞工作法", "840余名"), ("初心不改", "5140")),
            # a measure noun in a manner question: the practice, not a refusal for want of a sum
            ("滨海县在经费保障上怎么做的", ("经费财政保障制度",), ("未给出",)),
            # the framed aspect: the sentences about experts, not the three point leads
            ("扬州三位一体执法检查在专家方面怎么做的", ("发挥专家作用", "专家与企业负责人充分交流"), ("282.87万元",))):
        answer = assistant.ask(question)
        a = answer.answer
        assert not answer.refused, (question, a)
        for h in has:
            assert h in a, (question, h, a)
        for w in wrong:
            assert w not in a, (question, w, a)


def test_an_inline_enumeration_ends_its_last_point_with_its_paragraph():
    text = ("会议要求，一是严格落实复工复产安全条件确认；二是组织开展“开工第一课”活动；三是加强动火作业管理。\n"
            "会议还对全国两会期间安全防范工作作了部署。")
    run = top_run(text)
    assert len(run) == 3
    assert "两会" not in text[:point_ends(text, run)[-1]]
