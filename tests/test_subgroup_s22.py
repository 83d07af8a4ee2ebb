"""Near misses by sub-group: a question that narrows the counted things to a sub-group the briefing does not give
separately gets a partial answer (简报未给出…；关于…，简报提到：…), never the wider group's figure as the answer;
its twin, asking the group the briefing does give, keeps its figure. Two forms (answer/subgroup.py): an owner joined
by 的 whose distinguishing words the article never says (危化企业的重大风险点 of an article about 工贸企业), and a
container with 里 whose restriction the figure says but whose sentence never names the container (超高层建筑里红色
等级的 of a sentence of all 高层建筑). Real sentences: 2026年第3期 无锡、苏州, 2024年第21期 宿迁、连云港,
2024年第8期 镇江."""

from __future__ import annotations

import pytest

from rag_assistant.answer.subgroup import subgroup_unsaid


def _partial(a) -> bool:
    return a.answer.startswith("简报未给出")


@pytest.mark.parametrize("question, figure", [
    ("无锡危化企业的重大风险点有多少个？", "216个"),
    ("苏州超高层建筑里红色等级的有多少幢？", "286幢"),
    ("宿迁农村的电动自行车有多少辆？", "142万辆"),
    ("连云港港口的重大危险源有多少处？", "124处"),
    ("镇江医药企业的老旧装置排查了多少套？", "215 套"),
])
def test_a_subgroup_not_given_is_a_partial_answer(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert _partial(a), a.answer
    assert a.citations, a.answer  # the partial answer still cites what the briefing says about the place


@pytest.mark.parametrize("question, figure", [
    ("无锡工贸企业辨识重大风险点多少个？", "216个"),
    ("苏州高层建筑里红色等级的有多少幢？", "286幢"),
    ("宿迁的电动自行车有多少辆？", "142万辆"),
    ("连云港石化基地的重大危险源有多少处？", "124处"),
    ("镇江化工园区的老旧装置排查了多少套？", "215 套"),
    ("徐州露天矿山里有边坡在线监测的有多少座？", "45座"),
    ("苏州高层建筑里超高层的有多少幢？", "412幢"),
])
def test_the_twin_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and figure in a.answer, a.answer


def test_the_rule_reads_the_owner_and_the_container():
    article = "累计辨识较大以上风险点1.42万个，其中重大风险点216个。工贸企业"
    assert subgroup_unsaid("无锡危化企业的重大风险点有多少个", "重大风险点", "重大风险点", article, "", "", article)
    assert not subgroup_unsaid("无锡工贸企业的重大风险点有多少个", "重大风险点", "重大风险点", article, "", "", article)
    # a relative clause before 的 said in pieces is no kind (发挥18个安全生产专业委员会的作用)
    said = "切实发挥18个安全生产专业委员会的作用"
    assert not subgroup_unsaid("常州发挥作用的安全生产专业委员会有几个", "安全生产专业委员会", "安全生产专业委员会",
                               said, "", said, said)
    sentence = "按照风险高低将高层建筑划分为红、橙、黄、蓝四个等级，对286幢红色等级建筑实行挂图作战"
    article = "苏州市现有高层建筑1.86万幢，其中超高层建筑412幢。" + sentence
    window = "对286幢红色等级建筑"
    assert subgroup_unsaid("苏州超高层建筑里红色等级的有多少幢", "", "", sentence, "", window, article)
    assert not subgroup_unsaid("苏州高层建筑里红色等级的有多少幢", "", "", sentence, "", window, article)
    # a container that is the article's subject, not a part it breaks out with 其中, is not judged
    assert not subgroup_unsaid("苏州超高层建筑里红色等级的有多少幢", "", "", sentence, "", window, sentence)
