"""Open answers (做法, 经验, 咋做的) about a county named by its prefecture, a prefecture whose county's article
says the prefecture's name once, an article without an enumeration whose figures are Chinese numerals, and
an asked aspect said in several points.

Articles of the extra issues (eval/extra_briefings/): 2026年第7期 南通市海门区 托管服务; 2025年第26期 江阴市
“百名专家进千企” (今年3月起，无锡江阴市组织开展…。一是组建专家库…); 2025年第30期 徐州沛县 “巡查码” (二十一万余户,
九万余次, 一百三十六户; 下一步，沛县将…); the special feature's 徐州：内外结合压实企业主体责任 (下一步，徐州市…将纵深开展
“四个回头看”); 2026年第3期 苏州 高层建筑 (（一）…疏散通道…; （三）…一是开展疏散演练).
"""

from __future__ import annotations

from rag_assistant.answer.targets import qualified_places


def test_a_prefecture_before_its_county_only_locates_it():
    assert qualified_places(("南通", "海门"), "南通海门有啥做法") == ("海门",)
    assert qualified_places(("泰州", "靖江"), "泰州靖江市怎么划分巡查单元的") == ("靖江",)
    assert qualified_places(("南通", "海门"), "南通和海门分别有啥做法") == ("南通", "海门")  # both asked
    assert qualified_places(("南通", "无锡"), "南通无锡有啥做法") == ("南通", "无锡")  # two prefectures


def _before_refs(answer: str) -> str:
    return answer.split("\n[1]")[0]


def test_open_answers_on_the_extra_issues(extra_assistant):
    a = _before_refs(extra_assistant.ask("南通海门有啥做法").answer)
    assert "托管" in a and "六化" not in a and "打非治违" not in a, a
    a = _before_refs(extra_assistant.ask("南通和海门分别有啥做法").answer)
    assert "托管" in a and "六化" in a, a  # twin: a conjunction asks both
    a = _before_refs(extra_assistant.ask("无锡有啥做法").answer)
    assert "专家库" in a and "8760" in a, a  # 江阴's article read in full, not its 无锡江阴市 sentence
    a = _before_refs(extra_assistant.ask("海安在人才培养上有啥做法").answer)
    assert "4000元" in a, a  # twin: a county inside its city's article is still that article's part
    a = _before_refs(extra_assistant.ask("沛县巡查码咋做的").answer)
    assert "逐户张贴" in a and "九万余次" in a and "一百三十六户" in a, a
    a = _before_refs(extra_assistant.ask("徐州下一步有啥打算").answer)
    assert "下一步" in a, a  # twin: a plan asked is still answered
    a = _before_refs(extra_assistant.ask("苏州高层建筑消防在疏散演练方面怎么做的").answer)
    assert a.index("5200余场次") < a.index("疏散通道") if "疏散通道" in a else "5200余场次" in a, a


def test_a_plan_is_no_deed_of_an_unenumerated_article(assistant):
    a = _before_refs(assistant.ask("徐州怎么压实企业主体责任的").answer)
    assert "一案双罚" in a and "四个回头看" not in a, a
