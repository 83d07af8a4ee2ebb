"""When-answers read the date a sentence gives (round 13, lead): a festival inside an event's name is no answer to
几号, and an event named as a time (复工复产) stays inside what the leading date governs."""

from rag_assistant.answer.judge import governed
from rag_assistant.answer.rejections import _event_said
from rag_assistant.answer.times import answer_times

MEETING = "3月18日，全省春季森林防灭火暨清明假期安全防范工作视频会议在南京召开。"
RESUMPTION = "2月19日，省应急管理厅召开全省节后复工复产安全生产工作视频会议，通报春节假期全省安全生产情况。"


def test_a_day_is_answered_by_the_date_not_the_festival_in_a_name():
    assert [f.surface for f in answer_times(MEETING, "国庆假期安全防范视频会是几号开的？")] == ["3月18日"]
    assert [f.surface for f in answer_times(MEETING, "森林防灭火视频会议哪天开的")] == ["3月18日"]


def test_a_festival_still_answers_when_the_sentence_gives_no_date():
    assert [f.surface for f in answer_times("部署清明假期前后重点工作。", "重点工作是哪天部署的？")] == ["清明假期前后"]


def test_a_leading_date_governs_the_event_named_as_a_time():
    date = answer_times(RESUMPTION, "节后复工复产视频会议几号开的")[0]
    start, end = governed(RESUMPTION, date, 0)
    assert "视频会议" in RESUMPTION[start:end]
    # a weekday or a date still ends what the time before it governs (周二现场督导、周三视频调度)
    first = answer_times("周二现场督导、周三视频调度。", "现场督导是星期几？")[0]
    assert "视频调度" not in "周二现场督导、周三视频调度。"[slice(*governed("周二现场督导、周三视频调度。", first, 0))]


def test_a_date_is_of_the_event_whose_words_it_governs():
    assert _event_said("复产视频会议", ("节后", "复产", "视频", "会议", "视频会议"), RESUMPTION)
    assert not _event_said("复产视频会议", ("复产", "视频", "会议"), "2月19日，省应急管理厅召开复工复产调度会。")
