"""Round 33 (helper a): open questions (做法/成效/经验) in shapes that were read wrongly.

- a title quoted in the question (凝聚奋进力量那篇) names the article, not the point whose body says one of its
  words (title_quote.py); asking that word on its own still names the part;
- an items ask whose count is a time span (这几年有啥成效) still asks the results;
- a topic compound the segmenter also cuts in pieces (锂电池) is weighed by its pieces across places
  (covered_compound.py);
- a kind-of-place noun taken for a name (养老院) is a topic when the briefings say its modifier, and is refused
  when they never do (幼儿园) (common_head.py);
- across places, a word of another answered article's title is the topic, not a part (co_titles.py).
"""

from __future__ import annotations

from rag_assistant.answer.co_titles import co_titles  # noqa: F401  (imported: the module exists)
from rag_assistant.answer.common_head import kind_of_place
from rag_assistant.answer.covered_compound import without_covered_compounds
from rag_assistant.answer.title_quote import title_quoted


def test_title_quote_reading():
    title = "连云港：凝聚奋进力量 夯实安全根基"
    asked = ("凝聚", "奋进", "力量")
    assert title_quoted("力量", "连云港凝聚奋进力量那篇主要做了哪些工作", title, asked)
    assert not title_quoted("力量", "连云港安全力量配备咋搞的", title, ("安全", "力量", "配备"))
    # said again on its own after quoting the title: a part of it
    assert not title_quoted("网格化", "苏州大数据+网格化+铁脚板里网格化那块咋弄的", "苏州市：“大数据+网格化+铁脚板”助力安全发展",
                            ("大数据", "网格化", "铁脚板"))


def test_covered_compound_and_kind_of_place():
    assert without_covered_compounds(("锂电", "电池", "锂电池", "消防")) == ("锂电", "电池", "消防")
    assert without_covered_compounds(("有限空间", "作业")) == ("有限空间", "作业")
    assert kind_of_place("养老院", "为21家养老机构加装自动喷水灭火系统")
    assert not kind_of_place("幼儿园", "为21家养老机构加装自动喷水灭火系统")
    assert not kind_of_place("盛虹集团", "盛虹")


def _lines(answer: str) -> str:
    return answer.split("\n[1]")[0]


def test_open_answers_on_the_bundled_briefings(assistant):
    a = _lines(assistant.ask("连云港凝聚奋进力量那篇主要做了哪些工作").answer)
    for point in ("强整治", "广宣传", "夯实基础", "建队伍"):
        assert point in a, a
    a = _lines(assistant.ask("连云港在基层安全力量配备上咋搞的").answer)  # twin: the part is still narrowed to
    assert "安监+公安+N" in a and "广宣传" not in a, a
    a = _lines(assistant.ask("常州这几年有啥成效").answer)
    assert "主要成效" in a and "5140余家" in a and "840余名" in a, a
    a = _lines(assistant.ask("常州在构建大安全格局上咋做的").answer)  # twin: the measures, not the results
    assert "主要成效" not in a, a


def test_open_answers_on_the_extra_issues(extra_assistant):
    a = _lines(extra_assistant.ask("哪些地方在锂电池消防方面有做法").answer)
    for point in ("一张风险图", "一支专职队", "一套监测网", "一次全员训", "一份责任险"):
        assert point in a, a
    a = _lines(extra_assistant.ask("养老院消防有啥做法").answer)
    assert "未找到" not in a and "设施改造到位" in a and "应急演练到位" in a, a
    a = extra_assistant.ask("幼儿园消防有啥做法").answer  # twin: no briefing treats 幼儿园
    assert "未找到" in a and "幼儿园" in a, a
    a = _lines(extra_assistant.ask("大型活动安全保障有啥经验").answer)
    for point in ("风险评估在前", "应急演练在前", "方案不审批的一律不举办", "隐患不整改的一律不开放", "力量不到位的一律不启动"):
        assert point in a, a
    a = _lines(extra_assistant.ask("各地在大型活动力量部署上咋搞的").answer)  # twin: a part asked across places
    assert "力量部署在前" in a and "风险评估在前" not in a and "方案不审批" not in a, a
