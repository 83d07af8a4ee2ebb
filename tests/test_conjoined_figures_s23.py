"""Single-figure questions over sentences of three or more figures, where the wrong figure was picked or the
right one refused (round 23):

- a conjunction character inside a word (惠及, 涉及, 参与) is no conjunction: 盐城补贴惠及的渔船有几艘 asks one count
  (惠及渔船 1176 艘), not 盐城补贴惠 and 的渔船 (answered with the 1260万元 subsidy and the 2968艘 of all boats);
- the compound 处罚 asked bare counts cases (立案处罚多少 → 立案处罚 52 起), the colloquial 罚 money (罚了多少);
- a 其中 part shares the words of its whole's clause (全市危化品企业累计排查隐患 5821 条…其中重大事故隐患 9 条 answers
  镇江危化品重大事故隐患几条), and a word the article's title says is its setting, not a kind split off by 其中
  (无锡工贸企业较大以上风险点 is the 1.42万个, not the 其中重大风险点216个).

Sentences of the extra issues (eval/extra_briefings/): 2024年第8期 盐城 / 镇江 / 常州, 2024年第21期 连云港 / 宿迁,
2025年第9期 淮安 / 徐州, 2026年第3期 无锡 / 南京 / 苏州."""

from __future__ import annotations

import pytest

from rag_assistant.answer.conjoined import split_conjoined
from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.segments import conjuncts


def test_a_conjunction_inside_a_word_does_not_split():
    assert split_conjoined("盐城补贴惠及的渔船有") == ["盐城补贴惠及的渔船有"]
    assert split_conjoined("演练参与救援人员") == ["演练参与救援人员"]
    assert split_conjoined("化工企业和危化品企业") == ["化工企业", "危化品企业"]
    assert split_conjoined("重点企业及场所") == ["重点企业", "场所"]
    assert conjuncts("盐城补贴惠及的渔船有几艘") == ["盐城补贴惠及的渔船有几艘"]
    assert len(conjuncts("常州粉尘涉爆企业和有限空间作业企业各多少家")) == 2


def test_a_bare_compound_of_fine_counts_cases():
    assert asked_class("镇江危化品执法检查立案处罚多少")[1] != "money"
    assert asked_class("常州工贸百日攻坚立案处罚了多少")[1] != "money"
    assert asked_class("处罚了多少万")[1] == "money"  # a money scale said: the fine
    assert asked_class("罚了多少")[1] == "money"  # the colloquial 罚: money
    assert asked_class("罚款多少")[1] == "money"
    assert asked_class("处罚款多少")[1] == "money"  # 处 + 罚款


def _lead(answer: str) -> str:
    return answer.split("简报提到")[0]


@pytest.mark.parametrize("question, has, lacks", [
    ("盐城补贴惠及的渔船有几艘", "1176", "1260"),
    ("盐城补贴惠及的渔船有几条", "1176", "2968"),
    ("盐城渔船安全设备补贴已发放多少", "845", "1176"),  # twin: the money of the same sentence
    ("连云港石化基地涉及重大危险源多少处", "124", "68"),
    ("镇江危化品执法检查立案处罚多少", "52", "未给出"),
    ("常州工贸百日攻坚立案处罚了多少", "158", "未给出"),
    ("常州工贸百日攻坚罚了多少", "436.5", "未给出"),  # twin: the fine
    ("淮安燃气执法检查罚款多少", "152.6", "未给出"),  # twin
    ("24年一季度镇江危化品重大事故隐患几条", "9 条", "未给出"),
    ("镇江危化品企业一季度排查隐患多少条", "5821", "未给出"),  # twin: the whole
    ("无锡工贸企业较大以上风险点多少个", "1.42万", "216"),
    ("无锡重大风险点多少个", "216", "未给出"),  # twin: the part
    ("徐州非煤露天矿山多少座", "49", "未给出"),
    ("大丰区养老机构有几家", "47", "未给出"),
])
def test_answers_on_the_extra_issues(extra_assistant, question, has, lacks):
    a = extra_assistant.ask(question).answer
    assert has in a and lacks not in _lead(a), (question, a)


def test_a_kind_no_text_says_stays_refused(extra_assistant):
    # 民办 is said nowhere: the 其中 split (农村敬老院19家) does not give it, nor does the whole 47家
    a = extra_assistant.ask("大丰区民办养老机构有几家").answer
    assert "47家" not in _lead(a), a
