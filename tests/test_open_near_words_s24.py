"""Open questions naming their aspect in a near word of the article's (round 24).

A people-class word of the question (发动群众, 老百姓) names the same group as the article's 全民/公众, and the verbs
of engaging them (发动, 参与) say that they were engaged, not how: the article selection reads the people word as
the aspect, so 苏州：多措并举提升全民安全意识 (special issue) is answered, not only the 2026年第3期 high-rise article
that says 参与群众68万人次 in passing.
Twins: the asked part of an article that says the question's word itself keeps its answer."""

from __future__ import annotations

from rag_assistant.answer.near_words import people_aspect, said_near


def _body(answer: str) -> str:
    return answer.split("\n[1]")[0].replace(" ", "")


def test_near_words_and_engaging_verbs():
    assert said_near("群众", "提升全民安全意识") == 0.7
    assert said_near("群众", "参与群众68万人次") == 1.0
    assert said_near("群众", "社会面小场所") == 0.0  # 社会 alone is no class word
    assert said_near("培训", "安全教育") == 0.0  # no class: verbatim only
    assert people_aspect(("发动", "群众", "发动群众", "参与", "安全")) == ("群众", "安全")
    assert people_aspect(("发动", "企业", "参与")) == ("发动", "企业", "参与")  # no people word: as before


def test_the_public_said_as_quanmin(extra_assistant):
    for q in ("苏州在发动群众参与安全上怎么做的", "苏州在发动老百姓参与安全上是咋做的", "苏州在提升全民安全意识上是怎么做的"):
        a = _body(extra_assistant.ask(q).answer)
        assert "围绕提升全民安全意识" in a and "1142" in a and "98家" in a, (q, a)


def test_twins_keep_their_parts(extra_assistant):
    a = _body(extra_assistant.ask("苏州高层建筑消防治理里居民自救这块有啥招").answer)
    assert "5200" in a and "1.53万" in a and "2.35亿" not in a, a
    a = _body(extra_assistant.ask("南通怎么调动社会公众参与隐患报告的").answer)
    assert "2.5万家" in a and "全民安全氛围" in a, a
    a = _body(extra_assistant.ask("宿迁隐患内部报告奖励机制里是怎么让员工都参与进来的").answer)
    assert "54家" in a and "374家" in a, a
    a = _body(extra_assistant.ask("盐城滨海县监管队伍的学习教育是咋搞的").answer)
    assert "50余次" in a and "3000余人次" in a, a
    a = _body(extra_assistant.ask("泰州建筑施工在工人安全教育上怎么做的").answer)
    assert "3.2万人次" in a and "296台" not in a, a


def test_open_shapes_of_other_kinds(extra_assistant):
    a = _body(extra_assistant.ask("吴江纺织企业电气火灾整治取得了啥成效").answer)  # 成效, not 做法
    assert "38.5%" in a and "96.4%" in a, a
    a = _body(extra_assistant.ask("淮安金湖荷花节安保下一步有啥打算").answer)  # county by its city, plans
    assert "安全管理规范" in a, a
    a = _body(extra_assistant.ask("26年1月那期里南京危化品运输是怎么管的").answer)  # issue by month
    assert all(w in a for w in ("源头管控", "路面管控", "智能监控", "应急处置")), a
    a = _body(extra_assistant.ask("六合和吴江分别是怎么做的").answer)  # two places
    assert all(w in a for w in ("联防共建", "联巡共查", "联处共治", "全面排查建档", "智慧监管赋能")), a
    a = _body(extra_assistant.ask("泰州建筑施工四个到位有什么经验可以借鉴").answer)
    assert all(w in a for w in ("责任落实到位", "隐患排查到位", "技术保障到位", "教育培训到位")), a
