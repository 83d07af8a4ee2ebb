"""A year asked relative to the issue (今年 / 去年) that the figure's own words contradict: 高邮今年发布停航指令多少次 is
not answered by 去年累计发布停航指令63次, nor 去年接待了多少游客 by 今年“五一”假期…预计接待游客8.5万人次. Only the text
of the figure's sentence up to the figure is read, so a later clause of another year does not count; 去年 that is the
base of a comparison (较去年, 去年同期) or the start of a span reaching this year (去年以来) dates nothing."""

from __future__ import annotations

import re

# 今年 / 本年 and 去年 / 上年 said as the time of the data, not compared with (较去年, 去年同期, 与去年相比) nor spanning
# into the present (去年以来).
_THIS_RE = re.compile(r"今年|本年度?")
_LAST_RE = re.compile(r"(?<![较比同与和])(?:去年|上一?年度?)(?!同期|相比|同比|水平|底数|以来)")


def other_relative_year(question: str, said: str) -> bool:
    """Whether the question asks 今年 and ``said`` (the sentence up to the figure) dates the figure by 去年 alone,
    or the other way round."""
    said = re.sub(r"\s+", "", said)
    asks_this, asks_last = bool(_THIS_RE.search(question)), bool(_LAST_RE.search(question))
    if asks_this == asks_last:
        return False  # no relative year asked, or both (今年和去年分别多少)
    if asks_this:
        return bool(_LAST_RE.search(said)) and not _THIS_RE.search(said)
    return bool(_THIS_RE.search(said)) and not _LAST_RE.search(said)
