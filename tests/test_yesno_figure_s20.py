"""Yes/no questions whose figure the text says in a later clause than the first, or says as more or less than its
printed number (round 20, rag_assistant/answer/asked_figure.py, thresholds.said_as, whole_done.py). On the real
briefings, bundled and extra: the verdict comes first, then the text's own figure with its [n].

- a plan and its progress (计划改造126公里，一季度已完成41.5公里): a question asking what is done is checked against
  the done figure, one asking the plan against the plan's;
- a subset after 其中 (纺织企业1.26万家，其中盛泽镇8700余家; 43家企业…，其中11家改用…冷媒) is the figure of the subset
  the question names;
- the verb the question says of its figure (淘汰, 整改) picks the clause saying it (排查215套，淘汰38套);
- 3.6万余家 is more than 3.6万, 近9000米 less than 9000, 超过4600吨 more than 4600;
- a table row whose done cell is below its count (露天矿山 49座 边坡在线监测45座) is not all done.
"""

from __future__ import annotations

import re

import pytest
from support import squash


def _verdict(answer: str) -> str:
    text = re.sub(r"^（[^）]*）", "", answer)
    return "no" if re.match(r"不|没|还没", text) else "yes" if re.match(r"[是有]", text) else "other"


# (question, verdict, the text's figure the answer must quote)
CASES = [
    # a plan asked as done, and its twins asking the plan or the done part
    ("淮安老旧燃气管网126公里改造完成了吗", "no", "41.5公里"),
    ("淮安燃气管网一季度改造超过40公里了吗", "yes", "41.5公里"),
    ("徐州小散矿山关闭超过5座了吗", "no", "4座"),
    ("徐州计划关闭小散矿山超过5座了吗", "yes", "6座"),
    ("泰州智慧工地补助资金是不是800万元", "yes", ""),
    ("盐城渔船安全设备更新补贴1260万元都发完了吗", "no", "845万元"),
    # a subset after 其中, and the whole
    ("盛泽镇纺织企业有没有超过9000家", "no", "8700余家"),
    ("吴江区纺织企业有没有超过1.2万家", "yes", "1.26万家"),
    ("无锡重大风险点超过200个了吗", "yes", "216个"),
    # the verb said of the figure
    ("镇江老旧装置淘汰超过50套了吗", "no", "38套"),
    ("镇江老旧装置排查超过200套了吗", "yes", "215套"),
    ("六合区管道隐患整改超过190处了吗", "no", "186处"),
    ("六合区排查整治管道隐患超过190处了吗", "yes", "193处"),
    ("镇江化工园区评估查找的问题整改了超过300项吗", "no", "289项"),
    ("镇江化工园区评估查找问题超过300项了吗", "yes", "312项"),
    # a figure said as more or less than its number
    ("常州有限空间作业企业是不是超过3.6万家", "yes", "3.6万余家"),
    ("常州有限空间作业企业是不是超过4万家", "no", "3.6万余家"),
    ("淮安更换的不合格连接软管是不是不到9000米", "yes", "近9000米"),
    ("淮安更换的不合格连接软管超过9000米了吗", "no", "近9000米"),
    ("今年入春以来全省清理林下可燃物超过4600吨了吗", "yes", "超过4600吨"),
    ("苏州高层建筑灭火疏散演练是不是超过5200场次", "yes", "5200余场次"),
    ("苏州微型消防站队员是不是超过1万名", "no", "9400余名"),
    ("无锡专项巡察走访的重点企业和场所是不是不到1600处", "no", "1600余处"),
    ("宿迁电动自行车是不是不到150万辆", "yes", "约142万辆"),
    # fresh probes over other issues (2024年第15期, 2025年第12/26/30期, 2026年第7期)
    ("宜兴使用燃气窑炉的企业超过500家了吗", "no", "482家"),
    ("全省防汛物资省级储备超过1亿元了吗", "no", "8200万元"),
    ("南京推送的预警信息里红色预警超过100条了吗", "no", "86条"),
    ("南京推送的预警信息超过1万条了吗", "yes", "1.27万条"),
    ("改用二氧化碳等安全冷媒的企业超过20家了吗", "no", "11家"),  # 其中11家改用…: the subset named after its figure
    ("如皋实施氨制冷系统改造的企业超过40家了吗", "yes", "43家"),
    ("兴化粮食烘干隐患整改超过2500处了吗", "no", "2480处"),
    ("常熟纺织服装加工企业是不是超过4860家", "yes", "4860余家"),
    # a table row: the done cell below the count, and one equal to it
    ("徐州露天矿山边坡在线监测都建成了吗", "no", ""),
    ("徐州尾矿库在线监测系统全部建成了吗", "yes", ""),
]


def _check(assistant, question: str, verdict: str, figure: str) -> None:
    """The verdict first, the text's own figure in the answer's first sentence, and the answer cited."""
    a = assistant.ask(question)
    assert not a.refused and a.citations, a.answer
    assert _verdict(a.answer) == verdict, a.answer
    assert figure in squash(a.answer).split("。")[0], a.answer
    assert "[1]" in a.answer


@pytest.mark.parametrize("question,verdict,figure", CASES)
def test_the_yes_no_verdict_and_its_figure(extra_assistant, question, verdict, figure):
    _check(extra_assistant, question, verdict, figure)


# Bundled briefings (2025年第14期 南通; 2026年第13期 泰州靖江): the same reading over the five.
BUNDLED = [
    ("南通打非治违立案查处违法违规超过10家次了吗", "no", "9家次"),
    ("南通打非治违识别出的化工生产企业有没有超过300家", "no", "248家"),
    ("南通打非治违识别的医药生产企业超过200家了吗", "no", "121家"),
    ("靖江住宅巡查单元超过900个了吗", "yes", "942个"),
    ("靖江小场所巡查单元是不是超过800个", "no", "785个"),
]


@pytest.mark.parametrize("question,verdict,figure", BUNDLED)
def test_the_bundled_briefings(assistant, question, verdict, figure):
    _check(assistant, question, verdict, figure)
