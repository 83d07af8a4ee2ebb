"""How an asked thing is matched to a figure's own words when the text names it otherwise (round 13, batch g19):
a narrow classifier shared with the figure plus the asked noun's own words (多少块警示牌 / 安全警示标识1.38万块)."""

from __future__ import annotations

from support import raw_briefing as raw, squash

from rag_assistant.answer.counted import classifier_names_it, word_stems


def test_word_stems_are_the_shortest_words_of_a_noun():
    assert word_stems("警示牌") == ["警示"]
    assert word_stems("燃气报警器") == ["燃气", "报警"]


def test_a_shared_narrow_classifier_and_the_asked_words_name_the_thing():
    assert classifier_names_it("警示牌", "块", "块", "设置安全警示标识1.38万块", "标识")
    assert classifier_names_it("燃气报警器", "套", "套", "安装燃气泄漏报警和自动切断装置2150套", "装置")
    assert classifier_names_it("北斗定位器", "台", "台", "配备北斗定位终端2100余台", "终端")
    # a broad classifier (个) says nothing of the kind; another classifier is another kind of object
    assert not classifier_names_it("警示牌", "个", "个", "设置安全警示标识1.38万个", "标识")
    assert not classifier_names_it("警示牌", "块", "台", "设置安全警示标识1.38万台", "标识")
    # one shared word must stand right before the text's head: 燃气 of 燃气泄漏报警…装置 is no 燃气灶
    assert not classifier_names_it("燃气灶", "套", "套", "安装燃气泄漏报警和自动切断装置2150套", "装置")
    assert not classifier_names_it("电子屏", "块", "块", "设置安全警示标识1.38万块", "标识")


def test_a_sign_asked_by_another_name_in_its_classifier(extra_assistant):
    a = extra_assistant.ask("扬州有限空间设了多少块警示牌？")
    assert not a.refused and "1.38万块" in squash(a.answer), a.answer
    b = extra_assistant.ask("盐城风电运维船装了多少台北斗定位器？")
    assert not b.refused and "2100余台" in squash(b.answer), b.answer
    c = extra_assistant.ask("宜兴装了多少套燃气灶？")
    assert c.refused, c.answer


def test_a_device_asked_by_its_function_in_the_bundled_briefings(assistant):
    assert "联感知设备2030套" in raw("003_07edcc791e64548a.txt")
    a = assistant.ask("南通新增了多少套物联感知器？")
    assert not a.refused and "2030套" in squash(a.answer), a.answer
