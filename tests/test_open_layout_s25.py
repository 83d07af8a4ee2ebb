"""Open questions (做法/经验/主要做了哪些) on an article whose section heads are run into the text: the bundled
002_*.txt 苏州 special feature prints its heads as "four-character phrase, aim." sentences (全屏传播，形成守护安全
向心力。创新制度，健全安全教育培训机制。建设载体，助力推进全民安全教育。) mid-paragraph, their own lines lost to
page breaks. The answer must name those heads, while the article stays unenumerated (its lead is what the bureau
did) and other articles keep their points; a figure question on the same article keeps its figure. A year
named relative to now (对明年提了啥要求) scopes an open question in time and names no part of the article."""

from __future__ import annotations

from rag_assistant.answer.pair_heads import pair_heads
from rag_assistant.answer.points import article_points

from tests.test_points import bundled

HEADS = ("全屏传播", "创新制度", "建设载体")


def test_run_in_pair_heads_are_found_only_as_a_parallel_set():
    text = ("苏州围绕提升全民安全意识开展活动。全屏传播，形成守护安全向心力。滚动开展新安法宣传普及，累计组织宣讲1142场。"
            "创新制度，健全安全教育培训机制。全市企业班组安全教育培训现场推进会举行。"
            "建设载体，助力推进全民安全教育。苏州高质量建成市考试中心和示范基地。")
    assert [text[a:a + 4] for a in pair_heads(text)] == list(HEADS)
    # two heads may be chance; a two-by-four slogan (使命在心，重任在肩) is no head
    assert pair_heads(text.split("建设载体")[0]) == []
    assert pair_heads("开展排查工作。使命在心，重任在肩。再接再厉当好人民群众的守夜人。安全无小事，责任大于天。") == []


def test_the_suzhou_feature_keeps_its_lead_and_gains_its_heads():
    a = bundled("002_ca7909b6935f5c44.txt", "苏州")
    points = article_points(a)
    assert points[0].text.startswith("苏州应急管理局围绕提升全民安全意识")
    assert not any(p.marked for p in points)  # still no enumeration: key sentences in document order
    assert [p.start for p in points] == sorted(p.start for p in points)
    leads = "".join(p.lead for p in points)
    assert all(h in leads for h in HEADS), leads


def test_open_answers_on_the_extra_corpus(extra_assistant):
    for question, has in (("苏州提升全民安全意识那篇主要做了哪些", HEADS),
                          ("苏州全民安全意识有啥经验", HEADS),
                          ("苏州新安法宣讲搞了多少场", ("1142",)),
                          ("苏州挂牌了几家基层安全学校", ("98",)),
                          ("沛县巡查码咋搞的", ("巡查码", "扫码巡查")),
                          ("东海县水晶小作坊咋整治的", ("整改清单", "禁止清单")),
                          ("南通推进四化主要做了哪些", ("联动监管",)),
                          # 明年 scopes the question in time (the 2025 issue says 2026年要…): no one-sentence part
                          ("25年治本攻坚年度推进会对明年提了啥要求", ("动态清零", "严格安全生产执法")),
                          ("治本攻坚专项资金明年安排多少", ("3.5亿元",)),
                          ("沛县明年对巡查码有啥打算", ("三层以上自建房",))):
        a = extra_assistant.ask(question).answer
        body = a.split("\n[1]")[0]
        assert all(h in body for h in has), (question, a)
