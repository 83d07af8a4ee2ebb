"""A yes/no about a briefing's own record (最新一期简报是25年出的吗, 最新一期是第13期吗, 21年那期是5月份出的吗, 靖江那篇
是不是登在25年16期上): the year, issue number, month or day said after the last 是 is the claim checked against the
masthead, not a filter of the issues searched."""

from __future__ import annotations

import re

from ..types import Briefing
from . import lexicon as lx

_CLAIM_RE = re.compile(r"是(?:不是)?(?!.*是)(?P<claim>[^，,]*)$")
# A claim said with the printing verb and no 是 (那篇登在25年16期上吗, 刊在第14期了吗, 发在2021年那期上的吧): the
# place it was printed, from the verb on, is the claim as after 是不是.
_PRINTED_AT_RE = re.compile(r"(?P<claim>(?:登|刊|发|印)(?:在|于|到)[^，,是]*)$")
# 第16期 or 25年16期 (the number right after the year, with no 第)
_NUMBER_RE = re.compile(r"(?:第|(?<=年))\s*(\d{1,3})\s*期")
_DAY_RE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_MONTH_RE = re.compile(r"(\d{1,2})\s*月(?!\s*\d)")  # 是5月份出的吗: a month without its day
# A month or day claims the masthead's date only when the claim says the issue came out then (是5月份出的吗,
# 是不是6月27日印发的) or says nothing but the date (是5月20号吗); a date with an event of the text (是不是说7月起进入
# 主汛期, 是不是6月开始排查) is a claim about what the text says, checked against its sentence (polarity.py).
_ISSUED_RE = re.compile(r"出|发|印|登|刊")
_DATE_ONLY_RE = re.compile(r"^[\s\d月日号份的吗呢？?。]*$")


def _claim(question: str) -> re.Match | None:
    if not lx.YESNO_WORDS_RE.search(question):
        return None
    m = _CLAIM_RE.search(question) or _PRINTED_AT_RE.search(question)
    claim = m.group("claim") if m else ""
    dated = (_DAY_RE.search(claim) or _MONTH_RE.search(claim)) and \
        (_ISSUED_RE.search(claim) or _DATE_ONLY_RE.match(claim))
    return m if lx.YEAR_RE.search(claim) or _NUMBER_RE.search(claim) or dated else None


def unclaimed(question: str) -> str:
    """The question without its claimed year or issue (最新一期简报是2025年出的吗 → 最新一期简报), or itself."""
    m = _claim(question)
    return question[:m.start()] if m else question


def verdict(question: str, b: Briefing) -> str:
    """是。 or 不是。 for the claimed year or issue number of briefing ``b``; "" when the question claims none."""
    m = _claim(question)
    if not m:
        return ""
    claim = m.group("claim")
    year, number, day = lx.YEAR_RE.search(claim), _NUMBER_RE.search(claim), _DAY_RE.search(claim)
    month = _MONTH_RE.search(claim)
    label = re.sub(r"\s+", "", b.issue or "")
    right = (not year or (b.date or "").startswith(year.group(1)) or label.startswith(f"{year.group(1)}年")) and \
        (not number or f"第{number.group(1)}期" in label) and \
        (not day or (b.date or "").endswith(f"-{int(day.group(1)):02d}-{int(day.group(2)):02d}")) and \
        (not month or (b.date or "")[4:8] == f"-{int(month.group(1)):02d}-")
    return "是。" if right else "不是。"


# The claim is about where an article was printed (那篇是不是登在25年16期上, 是不是14期的文章), not about its content;
# 期 only as an issue (16期, 第几期, 那期), never a word ending in 期 (主汛期, 假期, 时期).
_PRINTED_RE = re.compile(r"登|刊|(?:\d|第|那|这|哪|一|本|上|下)\s*期")


def printed_claim(question: str) -> bool:
    """Whether a yes/no claims the year or issue that printed what it asks about (…那篇是不是登在25年16期上)."""
    m = _claim(question)
    return bool(m and _PRINTED_RE.search(m.group("claim")))


def printed_head(question: str, b: Briefing) -> str:
    """``不是，登在2026年第13期`` (or ``是，…``) for the issue that printed the found article; "" for no such claim."""
    if not printed_claim(question):
        return ""
    said = verdict(question, b).rstrip("。")
    label = re.sub(r"\s+", "", b.issue or "") or "专刊"
    return f"{said}，登在{label}"
