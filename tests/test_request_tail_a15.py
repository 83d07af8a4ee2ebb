"""A two-question message joined the way staff type it (…几家次？还有专题培训会开了几场次，两个数都要): the link
(还有, 另外), the pointer to an event (那次) and the closing request (两个数都要, 领导要个准数) ask nothing, so the
second question is read without them and answered instead of searched for 数都 or 领导. Pure function directly;
the answers on the real index."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import contains_figure
from rag_assistant.wording import strip_frame


@pytest.mark.parametrize("question, plain", [
    ("南通打非治违立案查处了几家次？还有专题培训会开了几场次，两个数都要", "南通打非治违立案查处了几家次？专题培训会开了几场次"),
    ("宿迁拟发放奖励多少万？已发放多少万？俩数都要，领导等着", "宿迁拟发放奖励多少万？已发放多少万"),
    ("南通打非治违排查了多少家企业，领导要个准数", "南通打非治违排查了多少家企业"),
    ("南通小场所巡查员有多少名？还有安全培训那次覆盖了多少万人次", "南通小场所巡查员有多少名？安全培训覆盖了多少万人次"),
])
def test_links_and_requests_are_not_the_question(question, plain):
    assert strip_frame(question) == plain


@pytest.mark.parametrize("question", ["南通还有没有别的做法？", "这次巡察查摆出多少问题？", "两个数都要"])
def test_what_asks_stays(question):
    assert strip_frame(question) == question


_TWO = {"南通打非治违立案查处了几家次？还有专题培训会开了几场次，两个数都要": ("9家次", "9场次"),
        "南通小场所巡查员有多少名？还有安全培训那次覆盖了多少万人次，两个数都要": ("7500余名", "10.5万人次"),
        "无锡巡察抽了多少名业务骨干？还有巡察建议书形成了几份，领导要个准数": ("30名", "4份")}


def test_both_questions_of_a_joined_message_are_answered(assistant):
    for question, figures in _TWO.items():
        answer = assistant.ask(question)
        assert not answer.refused and all(contains_figure(answer.answer, f) for f in figures), (question, answer.answer)
