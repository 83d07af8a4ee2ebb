"""Multi-figure questions whose second part fronts its counted noun before an adverb and verb (区县配套方案又出了
几个), asks a noun ending in 行为 (制止违规行为几起), or names a compound the text says apart (配套…方案: 配套出台
区县方案 10 个). Each probe has a twin whose right answer differs (another level, another kind of conduct).

Sentences: 2025年第14期 南通 建立"1+10"推进机制，制定市级实施方案 1 个，配套出台区县方案 10 个 … 同步建立专项
联络群组 22 个; 2025年第24期 (extra) 六合 今年1至8月，累计巡护里程4.6万公里，发现并制止第三方施工占压、违规开挖等
行为57起."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.split_head import head_said_apart


def test_a_noun_fronted_before_an_adverb_and_verb_is_the_measure():
    assert measure_of("区县配套方案又出了几个") == "区县配套方案"
    assert measure_of("区县配套方案出了几个") == "区县配套方案"  # twin: no adverb, same reading
    assert measure_of("盱眙餐饮户责令停业整改了几家") == ""  # a verb chain keeps the old reading


def test_the_wei_of_xingwei_is_no_copula():
    assert measure_of("制止违规行为几起") == "违规行为"
    assert measure_of("死亡人数为多少") == ""  # twin: a copula 为 still is one


def test_a_compound_head_said_apart():
    assert head_said_apart("配套方案", "配套出台区县方案 10 个")
    assert not head_said_apart("配套方案", "配套，方案")  # another clause
    assert not head_said_apart("方案", "配套出台区县方案")  # no compound


def test_answers_on_the_bundled_issues(assistant):
    a = assistant.ask("5月底那期南通打非治违，建了几个专项联络群？区县配套方案又出了几个？").answer
    assert "22 个" in a and "10 个" in a and "2025年第14期" in a and "[1]" in a, a
    a = assistant.ask("南通配套出台了几个区县方案、建了几个专项联络群").answer
    assert "10 个" in a and "22 个" in a, a
    a = assistant.ask("南通市级实施方案几个，省级方案几个？").answer  # twin: one part is not given
    assert "1 个" in a and "未给出" in a and "10 个" not in a, a


def test_answers_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("1至8月累计巡护里程多少公里，制止违规行为几起").answer
    assert "4.6万公里" in a and "57起" in a and "未给出" not in a, a
    a = extra_assistant.ask("1至8月累计巡护里程多少公里，查处违法行为几起").answer  # twin: another kind of conduct
    assert "4.6万公里" in a and "未给出" in a, a
