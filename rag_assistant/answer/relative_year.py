"""A figure stated for another year than the one a question names relative to the issue (省财政明年森林防灭火专项
资金多少 is not answered by 省财政今年安排森林防灭火专项资金4800万元; 明年还打算改造多少公里 not by a 2025
issue's 全年计划改造126公里). A briefing speaks from its issue's year, so the question's 今年/明年 and the
sentence's 今年/明年/全年/calendar year are both read against the issue (plan_year.py). judge.py only weighs such
a figure down (plan_year.year_fit); when it is the one left, it still does not say the asked year, so the counting
checks refuse it. A sentence that states no year is of the issue's own and is left to year_fit.

sentence_contradicts_year is the judge-level reading of the same idea, for 今年 against 去年 in either direction
(a figure its own words date otherwise is not counted): 高邮今年发布停航指令多少次 is
not answered by 去年累计发布停航指令63次, nor 去年接待了多少游客 by 今年“五一”假期…预计接待游客8.5万人次. Only the text
of the figure's sentence up to the figure is read, so a later clause of another year does not count; 去年 that is the
base of a comparison (较去年, 去年同期) or the start of a span reaching this year (去年以来) dates nothing.
"""

from __future__ import annotations

import re

from .plan_year import asked_offset, stated_offset


def other_relative_year(question: str, part_text: str, before: str, issue_year: int | None) -> bool:
    """Whether a figure whose sentence reads ``before`` up to its end states a year other than the one the part
    (or else the question) asks by a relative word (今年 → the issue's year, 明年 → the next)."""
    asked = asked_offset(part_text)
    if asked is None:
        asked = asked_offset(question)
    if asked is None:
        return False
    stated = stated_offset(before, issue_year)
    return stated is not None and stated != asked


# 今年 / 本年 and 去年 / 上年 said as the time of the data, not compared with (较去年, 去年同期, 与去年相比) nor spanning
# into the present (去年以来).
_THIS_RE = re.compile(r"今年|本年度?")
_LAST_RE = re.compile(r"(?<![较比同与和])(?:去年|上一?年度?)(?!同期|相比|同比|水平|底数|以来)")


def sentence_contradicts_year(question: str, said: str) -> bool:
    """Whether the question asks 今年 and ``said`` (the sentence up to the figure) dates the figure by 去年 alone,
    or the other way round."""
    said = re.sub(r"\s+", "", said)
    asks_this, asks_last = bool(_THIS_RE.search(question)), bool(_LAST_RE.search(question))
    if asks_this == asks_last:
        return False  # no relative year asked, or both (今年和去年分别多少)
    if asks_this:
        return bool(_LAST_RE.search(said)) and not _THIS_RE.search(said)
    return bool(_THIS_RE.search(said)) and not _LAST_RE.search(said)
