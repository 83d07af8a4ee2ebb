"""Round 11 second wave (helper pd18): open, yes/no, when and follow-up questions in other wordings than the
gold set's — a yes/no tag after a money noun (兑现了没有), a saying verb cut from its complement (写|到), a
follow-up that repeats the verb without the noun (那靖江划了多少个), a per-unit period (每个主题多长时间), a
light verb before the asked count (夜查开展了多少次), a topic frame (在…方面), a count word typed without its
quotes (第三个一), a topic joined by 、 (船舶、渔船), a frequency asked by its noun (频率是多少), a day asked of
a text that gives only the month (截至哪天 / 截至7月底) and one act said by two verbs (报送 / 提交)."""

from __future__ import annotations

from support import raw_briefing, squash


def test_the_texts_say_what_the_answers_quote():
    issue16 = squash(raw_briefing("001_9ab1dbcf5bb79156.txt"))
    assert "两月一主题" in issue16
    issue14 = squash(raw_briefing("000_c4edaeb9e379b5d7.txt"))
    assert "组织夜查、“四不两直”检查28次" in issue14 and "花名册" in issue14


def test_a_yes_no_tag_after_a_money_noun_asks_yes_or_no(extra_assistant):
    # …资金全部兑现了没有 was read as a figure question (资金 is money) and refused
    a = extra_assistant.ask("无锡的安全生产奖补资金全部兑现了没有？")
    assert a.to_dict()["understood"]["kind"] == "yesno", a.answer
    assert "1280" in squash(a.answer), a.answer


def test_a_saying_verb_with_its_complement_is_no_topic(extra_assistant):
    # 写到 was cut 写|到 and 到 became the topic: the issue was searched for 到 and the answer was a refusal
    a = extra_assistant.ask("24年第8期有没有写到连云港？")
    assert a.to_dict()["understood"]["topic"] == [], a.answer
    assert a.answer.startswith("没有"), a.answer


def test_a_follow_up_repeating_the_verb_counts_the_same_thing(assistant):
    # 那靖江划了多少个 names the verb (划 of 划分) and the unit but not 巡查单元: it is 那靖江呢
    a = assistant.ask("那靖江划了多少个？", history=["南通26年划分了多少个巡查单元？"])
    assert "巡查单元" in a.standalone_question, a.standalone_question
    assert "268" in a.answer and "942" in a.answer, a.answer


def test_a_period_per_thing_is_answered_by_its_recurrence(assistant):
    # 每个主题多长时间 asks per unit (平均); 两月一主题 says the period of each theme by itself
    a = assistant.ask("南通危化企业类比排查每个主题多长时间？")
    assert not a.refused and a.answer.startswith("两月一主题"), a.answer


def test_a_light_verb_before_the_count_asks_nothing_of_its_own(assistant):
    # 开展 names no action: 聘请…开展深度检查 in the next clause does not take 28 次 from 夜查
    a = assistant.ask("南通夜查开展了多少次？")
    assert "28 次" in a.answer and "未给出" not in a.answer, a.answer


def test_a_topic_frame_is_read_without_its_preposition(assistant):
    # 在建强基层队伍方面 was cut 在建|强: the narrow point (建强基层队伍) was lost and the overview given
    a = assistant.ask("淮安在建强基层队伍方面采取了哪些办法？")
    assert "在建" not in a.to_dict()["understood"]["topic"], a.answer
    assert "花名册" in a.answer and "结合基层减负" not in a.answer, a.answer


def test_a_count_word_typed_without_quotes_names_a_point(extra_assistant):
    a = extra_assistant.ask("连云港石化基地第三个一是啥内容？")
    assert a.to_dict()["understood"]["asks"] == "point3", a.answer


def test_a_topic_joined_by_an_enumeration_comma_is_either_conjunct(extra_assistant):
    # 船舶、渔船 is 船舶和渔船: an article on either is on the topic (the 船企 article was left out)
    a = extra_assistant.ask("各地在船舶、渔船安全上有什么值得借鉴的做法？")
    assert "压实企业主体责任" in a.answer and "一张网" in a.answer, a.answer


def test_a_frequency_asked_by_its_noun_is_a_when_question(assistant):
    # 频率是多少 was a figure question of the ratio class (率): 一季一课 is how often
    a = assistant.ask("苏州企业第一责任人给员工上安全课的频率是多少？")
    assert a.to_dict()["understood"]["kind"] == "when", a.answer
    assert a.answer.startswith("一季一课"), a.answer


def test_a_day_asked_of_a_month_only_text_is_answered_by_the_month(extra_assistant):
    # 截至哪天 asks a day; the text says only 截至7月底: the month answers, no false refusal
    a = extra_assistant.ask("沭阳仓储点整改4980处是截至哪天的？")
    assert not a.refused and a.answer.startswith("7月底"), a.answer


def test_handing_a_report_up_is_one_act_in_either_word(assistant):
    # 报送 is what the text calls 提交 (向市委提交专题报告5篇): the yes/no found 21个 in another clause
    a = assistant.ask("无锡巡察给市委报送了5篇专题报告吗？")
    assert a.answer.startswith("是"), a.answer
