"""Near-miss figure questions (round 19b): a measure, a member, a year or an average the article does not give,
asked next to one it does, gets the partial answer (简报未给出…；关于…，简报提到：…) and not the neighbouring figure;
its twin about the figure that is given keeps that figure. Sentences of the synthetic extra issues: 2025年第9期
一季度全省共发生生产安全事故268起、死亡231人 and 淮安 全年计划改造126公里，一季度已完成41.5公里; 2024年第8期 盐城
查处违规出海、超员载客等违法行为 64 起 and 2024 年拟发放补贴资金 1260 万元，目前已发放 845 万元."""

from __future__ import annotations

import pytest

from rag_assistant.answer.lexicon import asked_qualifiers, casualty_unsaid
from rag_assistant.answer.listed_member import member_of_list, member_unsaid


def test_the_casualty_kind_asked_must_be_said():
    assert casualty_unsaid("一季度全省事故受伤多少人", "一季度全省共发生生产安全事故268起、死亡231人")
    assert not casualty_unsaid("一季度全省事故死了多少人", "一季度全省共发生生产安全事故268起、死亡231人")
    assert not casualty_unsaid("事故伤亡多少人", "死亡231人")  # 伤亡 asks both kinds: the deaths are one
    assert casualty_unsaid("死了几个人", "参与人员1.1万人次")


def test_one_member_of_a_deng_list_is_not_the_lists_figure():
    clause = "查处违规出海、超员载客等违法行为 "
    assert member_of_list("盐城查处超员载客的违法行为有多少起", clause)
    assert not member_of_list("盐城查处违规出海、超员载客等违法行为多少起", clause)
    assert not member_of_list("盐城查处违规出海和超员载客的违法行为多少起", clause)  # every item named
    assert not member_of_list("盐城查处了多少起违法行为", clause)
    # 这类 / 这些 / 一共 ask the whole kind or the sum of the named members: the list's figure answers
    assert not member_of_list("南通派无人机查了多少处闲置厂房这类隐蔽场所", "运用无人机巡航排查闲置厂房、废弃院落等隐蔽场所 ")
    assert not member_of_list("无锡从市安委办、应急局这些部门抽了多少业务骨干", "协调市安委办、市消防救援支队、市应急局等职能部门，抽调 ")


def test_a_member_of_an_article_list_must_be_said_by_the_figures_sentence():
    article = "江都区共有小商店、小餐饮、小旅馆等“九小场所”超过1.2万家。今年以来共发现并整改隐患8930处。"
    assert member_unsaid("江都区小餐饮发现了多少处隐患", article, "今年以来共发现并整改隐患8930处")
    assert not member_unsaid("江都区九小场所发现了多少处隐患", article, "今年以来共发现并整改隐患8930处")
    # a member the title names is the article's topic (消防 of …消防隐患集中整治)
    assert not member_unsaid("沭阳电商仓储消防整治已整改多少处隐患", "组织应急、消防、商务、邮政等部门", "已整改隐患4980处",
                             "宿迁市沭阳县：电商仓储物流园区消防隐患集中整治")


def test_a_verb_of_completion_asks_what_is_done():
    assert "已" in asked_qualifiers("淮安一季度完成老旧燃气管网改造多少公里")
    assert "已" not in asked_qualifiers("淮安计划完成改造多少公里")  # a plan asked stays a plan
    assert "已" not in asked_qualifiers("淮安老旧燃气管网改造多少公里")


NEAR_MISSES = [  # (question, the neighbouring figure that must not be the answer)
    ("2025年一季度全省生产安全事故受伤多少人？", "死亡231人[1]。"),
    ("盐城查处超员载客的违法行为有多少起？", "等违法行为 64 起[1]。"),
    ("江都区小餐饮发现了多少处隐患", "8930处[1]。"),
    ("盐城每艘渔船平均拿到多少补贴", "已发放 845 万元[1]。"),
    ("盐城2023年发放渔船安全设备更新补贴多少钱？", "已发放 845 万元[1]。"),
    ("南通打非治违专项治理罚款多少钱？", "9 家次[1]。"),
    ("2025年二季度全省发生多少起生产安全事故", "268起[1]。"),
]
TWINS = [
    ("2025年一季度全省生产安全事故死了多少人？", "231"),
    ("盐城查处违规出海、超员载客等违法行为多少起？", "64"),
    ("江都区九小场所今年发现并整改多少处隐患", "8930"),
    ("盐城渔船设备更新补贴惠及多少艘渔船", "1176"),
    ("盐城2024年渔船设备更新补贴已经发了多少", "845"),
    ("南通打非治违立案查处违法违规多少家次？", "9"),
    ("2025年一季度全省发生了多少起生产安全事故", "268"),
]


@pytest.mark.parametrize("question,neighbour", NEAR_MISSES)
def test_a_near_miss_gets_the_partial_answer(extra_assistant, question, neighbour):
    a = extra_assistant.ask(question)
    assert a.answer.startswith(("简报未给出", "简报中未找到", "（检索范围")) and "未" in a.answer[:40], a.answer
    # the neighbouring figure may be quoted after 简报提到, never given as the answer
    assert not a.answer.split("简报提到")[0].rstrip("；，").endswith(neighbour), a.answer


@pytest.mark.parametrize("question,figure", TWINS)
def test_the_twin_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert figure in a.answer.replace(" ", "") and "未给出" not in a.answer, a.answer


def test_the_done_part_of_a_plan_sentence_is_not_answered_by_the_plan(extra_assistant):
    a = extra_assistant.ask("淮安一季度完成老旧燃气管网改造多少公里")
    assert "41.5" in a.answer and not a.answer.endswith("全年计划改造126公里[1]。"), a.answer
