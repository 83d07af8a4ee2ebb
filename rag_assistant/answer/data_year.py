"""The year a next year's issue reports its data of, when its sentence does not print that year: an annual review
(会议总结2025年…。全年完成重大事故隐患整改4270项), an article dated by 2025年以来 whose later sentence says 全年
(全年累计审批作业2.7万余次), or 去年 said as the data's own time (去年接待水上游客约45万人次 in a 2025 issue is 2024's;
去年全年，江北新区…). A question naming 2024年 or 2025年 asks those figures too, though the issue is of the next year.
去年 that is the base of a comparison (较去年翻了一番, 比去年, 去年同期) dates nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..types import Article, Intent, Part
from . import lexicon as lx

# 去年 (上年, 上一年) as the time of the data: not after a comparing word (较/比/同/与/和) and not before one (去年同期,
# 去年相比, 去年水平).
_LAST_YEAR_RE = re.compile(r"(?<![较比同与和])(?:去年|上一?年)(?!同期|相比|同比|水平|底数)")
# The years a text states, in order: a calendar year (2025年, 2025年以来), 去年 as a time, or the issue's own year.
_STATED_RE = re.compile(r"((?:19|20)\d{2})\s*年|(" + _LAST_YEAR_RE.pattern + r")|(今年|本年)")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def says_last_year(text: str) -> bool:
    """Whether ``text`` dates something by 去年 (not as the base of a comparison)."""
    return bool(_LAST_YEAR_RE.search(_squash(text)))


@lru_cache(maxsize=4096)
def may_report(article: Article, year: int) -> bool:
    """Whether an article of the issue after ``year`` may report data of ``year``: it prints that year or dates
    something by 去年. Read once per article (scope asks it of every next-year article per year-scoped question)."""
    text = _squash(article.text)
    return f"{year}年" in text or bool(_LAST_YEAR_RE.search(text))


def _last_stated(text: str, issue_year: int) -> int | None:
    found = list(_STATED_RE.finditer(_squash(text)))
    if not found:
        return None
    m = found[-1]
    return int(m.group(1)) if m.group(1) else issue_year - 1 if m.group(2) else issue_year


def sentences_year(intent: Intent, part: Part) -> int | None:
    """The year a part's sentences must be of: its own, else the question's (2025年1月份死了多少人: a 2026 issue in
    scope reports 2025 only where it says so, not by its own 1月份)."""
    return part.year if part.year is not None or part.number is not None else intent.year


def reports_year(sentence: str, before: str, issue_year: int | None, year: int | None) -> bool:
    """Whether a sentence of an issue of ``issue_year`` (the year after ``year``) reports data of ``year`` without
    printing it: it says 去年 as its time, or it states no year (全年…, 区财政每年安排…) and the last year its article
    states before it is ``year`` (2025年以来, 会议总结2025年…). A sentence under no stated year (会议通报，1月份…) is
    of the issue's own year."""
    if issue_year is None or year is None or issue_year != year + 1 or lx.PLAN_LEAD_RE.search(sentence):
        return False  # 下一步，南京市将投资… of the next year's issue looks ahead; it reports no past year
    own = _last_stated(sentence, issue_year)
    return own == year if own is not None else _last_stated(before, issue_year) == year


# A whole year asked in words (全年, 整年, 全年度) and a figure said cumulatively up to the issue's own day (今年以来,
# 截至目前, 截至9月底): in an issue printed before December that is a part of the year, not the whole.
_WHOLE_YEAR_ASK_RE = re.compile(r"全年|整年")
_TO_DATE_RE = re.compile(r"今年以来|年初以来|截[至止]")


def to_date_for_whole_year(question: str, said: str, clause: str, date: str | None) -> bool:
    """Whether a question asking a whole year (2025年全年完成重大事故隐患整改多少项) meets a figure its paragraph
    counts up to an issue day before December (今年以来，…已完成整改119项 in an October issue), whose own clause
    does not say 全年 (活动计划全年服务企业1500家 is the year's)."""
    return bool(_WHOLE_YEAR_ASK_RE.search(question)) and not _WHOLE_YEAR_ASK_RE.search(clause) \
        and bool(date) and int(date[5:7]) < 12 and bool(_TO_DATE_RE.search(_squash(said)))
