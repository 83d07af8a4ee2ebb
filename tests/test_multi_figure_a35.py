"""Multi-figure questions on the extra issues (round 35, helper a35).

几期 after a verb (发布大风预警几期) counts editions (平台发布大风预警信息 46 期, 2024年第8期 盐城): it was read as no
quantity word at all (几期 was kept for 第几期), so 盐城发布大风预警几期，提醒回港多少艘次 was one part and the answer said
the briefings do not give it. 第几期/是几期/几期简报 still ask or scan issues (lexicon.COUNT_ISSUES_ASK).

A 其中 part asking a town of the first part's whole (新沂零售网点一共多少个，其中新安街道多少个) is given by the row of that
town in the whole's own article's table (2024年第27期 新沂: 零售经营网点683个; 新安街道 126 218 211), not only by the whole's
sentence or the one after it (subset_whole.py)."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.segments import asking_segments


def _flat(text: str) -> str:
    return text.replace(" ", "")


def test_ji_qi_after_a_verb_is_a_quantity_word():
    assert asking_segments("盐城发布大风预警几期，提醒回港多少艘次？") == ["盐城发布大风预警几期", "提醒回港多少艘次"]
    assert asking_segments("盐城提醒渔船回港多少艘次，发了几期预警？") == ["盐城提醒渔船回港多少艘次", "发了几期预警"]
    # twins: an issue asked or scanned is no count of editions
    for question in ("盐城渔船那篇是第几期", "镇江那篇是几期", "几期简报提到镇江？", "有几期提到镇江", "哪几期讲了盐城"):
        assert not lx.QUANTITY_RE.search(question), question


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (
            ("盐城发布大风预警几期，提醒回港多少艘次？", ("46期", "1.3万艘次")),
            ("盐城提醒渔船回港多少艘次，发了几期预警？", ("46期", "1.3万艘次")),
            ("新沂零售网点一共多少个，其中新安街道多少个？", ("683个", "126")),
            ("新沂零售网点一共多少个，其中棋盘镇有几个？", ("683个", "58")),
            ("邳州板材企业多少家，其中官湖镇板材产业园几家？", ("3260余家", "1120"))):
        a = _flat(extra_assistant.ask(question).answer)
        assert all(h in a for h in has) and "未给出" not in a, (question, a)


def test_a_subset_part_takes_no_other_row(extra_assistant):
    a = _flat(extra_assistant.ask("新沂零售网点一共多少个，其中新安街道多少个？").answer)
    assert "94" not in a and "405" not in a and "58" not in a, a  # 北沟街道, 其他镇（街道）, 棋盘镇 rows
