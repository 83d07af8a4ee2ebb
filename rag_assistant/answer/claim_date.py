"""A yes/no that states the day of an event (视频会是9月10日开的吗) checked against the day its sentence gives.

The polarity check reads the clause that supports the claim (…召开全省国庆假期安全防范工作视频会议), but a briefing
dates an event once, at the head of its sentence (9月11日，省安委办召开…), so that clause holds no day and the asked
day went unchecked: 是 for a day the text never says. When the claim states a month-day date and the supporting
clause states none, the sentence's own dates decide. A claimed bare month (是不是在6月启动的) holds when the
sentence's day falls in it (5月29日 says no).
"""

from __future__ import annotations

import re

from .times import canonical_time, stated_times, time_spans

# A month-day date (9月11日, 9 月 11 日): the day an event happened, not a year or a period.
_DAY_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _days(spans) -> list[str]:
    return [re.sub(r"\s+", "", s.surface) for s in spans if _DAY_RE.search(s.surface)]


def claim_date_check(claim: str, clause: str, sentence: str) -> tuple[bool, str] | None:
    """(holds, the sentence's date) when ``claim`` states a month-day date, the supporting ``clause`` states none
    and its ``sentence`` does; None otherwise (the clause's own time check applies)."""
    asked = {canonical_time(d) for d in _days(stated_times(claim))}
    said = _days(time_spans(sentence))
    if not said or _days(time_spans(clause)):
        return None
    if not asked:  # 是不是在6月启动的 ← 5月29日，…启动: a claimed month holds when the sentence's day is in it
        months = _claimed_months(claim)
        return (bool(months & {_month_of(d) for d in said}), said[0]) if months else None
    return bool(asked & {canonical_time(d) for d in said}), said[0]


# A bare month the claim states as its time (是不是在6月启动的, 是否于6月份召开): not a day, a period (1至2月) or a start (6月起).
_CLAIMED_MONTH_RE = re.compile(r"(?:是不是|是否|在|于)\s*(?<![\d至到-])(\d{1,2})\s*月(?:份)?(?![\d\s]*[日号]|[至到初中底末起以前后])")


def _claimed_months(claim: str) -> set[int]:
    return {int(m.group(1)) for m in _CLAIMED_MONTH_RE.finditer(claim)}


def _month_of(day: str) -> int:
    return int(re.match(r"(\d{1,2})月", day).group(1))
