"""Single-figure questions of the extra issues refused although the gold sentence was retrieved (round 39, helper
c39: mechanical variants of dev items, grouped by the kind of change that broke them).

Sentences of the extra issues (eval/extra_briefings/): 2026年第7期 扬州 组织企业逐一辨识有限空间点位，设置安全警示标识
1.38万块; 2024年第15期 张家港 为每座储罐建立电子档案，录入储存介质、罐容、检测记录等信息，已建档1460座 beside
张家港市现有液体化工储罐区23个、储罐1460座."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import classifier_names_it


def test_the_general_or_no_classifier_lets_the_texts_narrow_one_name_the_thing():
    clause = "设置安全警示标识1.38万块"
    assert classifier_names_it("警示牌", "块", "块", clause, "标识")  # the same narrow classifier (before)
    assert classifier_names_it("警示牌", "个", "块", clause, "标识")  # 多少个警示牌
    assert classifier_names_it("警示牌", "", "块", clause, "标识")  # 多少警示牌


def test_a_broad_text_classifier_or_another_narrow_one_names_nothing():
    assert not classifier_names_it("警示牌", "个", "处", "设置安全警示标识1.38万处", "标识")  # 处 says no object
    assert not classifier_names_it("警示牌", "台", "块", "设置安全警示标识1.38万块", "标识")  # another narrow one
    assert not classifier_names_it("检查组", "个", "名", "派出检查人员500名", "人员")  # people, not things


@pytest.mark.parametrize("question, figure", [
    ("扬州有限空间设了多少个警示牌？", "1.38万块"),
    ("扬州有限空间设了多少警示牌？", "1.38万块"),
    ("扬州有限空间设了多少块警示牌？", "1.38万块"),
    ("张家港建档的储罐有多少座？", "1460座"),
    ("张家港给多少座储罐建立了电子档案？", "1460座"),
])
def test_the_figure_is_answered_not_refused(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.replace(" ", ""), answer.answer


def test_the_built_archive_sentence_is_the_one_cited(extra_assistant):
    answer = extra_assistant.ask("张家港建档的储罐有多少座？")
    assert "已建档1460座" in answer.answer.replace(" ", ""), answer.answer
