"""Yes/no: the months a cumulative figure covers (今年1至8月，累计巡护里程4.6万公里; 截至8月底，已完成…) against the
months the claim states (今年1至6月累计巡护里程有没有4.6万公里). A month span is written as a range (1至8月, 1-8月,
1到8月) or as an end (截至8月底, 截止6月末); a claim whose span is not the sentence's is not what the text says, however
its figure and words match. times.py reads single dates and recurrences, not these spans."""

from __future__ import annotations

import re
from functools import lru_cache

_RANGE_RE = re.compile(r"(\d{1,2})\s*(?:至|到|-|－|—|～|~)\s*(\d{1,2})\s*月(?:份)?")
_END_RE = re.compile(r"截[至止]\s*(?:今年|去年|\d{4}\s*年)?\s*(\d{1,2})\s*月(?:底|末)")


def _spans(text: str) -> list[tuple[str, str]]:
    """The month spans of ``text``: (the span as a key, its surface)."""
    spans = [(f"{int(m.group(1))}-{int(m.group(2))}", m.group(0)) for m in _RANGE_RE.finditer(text)]
    return spans + [(f"-{int(m.group(1))}", m.group(0)) for m in _END_RE.finditer(text)]


def other_period(claim: str, sentence: str) -> str:
    """The sentence's month span (1至8月) when the claim states a span of the same form the sentence does not say;
    "" when either states none or the sentence says the claim's."""
    asked, said = _spans(claim), _spans(sentence)
    if not asked or not said:
        return ""
    keys = {k for k, _ in said}
    for key, _ in asked:
        if key not in keys:
            same_form = [s for k, s in said if k.startswith("-") == key.startswith("-")]
            if same_form:
                return re.sub(r"\s+", "", same_form[0])
    return ""


# A span shorter than a year that frames a claim: a holiday (春节假期, “五一”期间), a quarter (一季度), one month (1月份),
# a season so far (入春以来). A cumulative span (1至11月) is the year to date, not one of these.
_SHORT_SPAN_RE = re.compile(r"(?:春节|元旦|清明|五一|端午|中秋|国庆)[”\"]?\s*(?:假期|期间|长假|节日?期间)|[一二三四1-4]\s*季度|"
                            r"(?<![至到\-－—～~\d])\d{1,2}\s*月份|入(?:春|夏|秋|冬|汛)以来")
# A claim about a whole year: 2025年, 去年, 全年. Not 今年: a briefing's 今年 is the year so far, which its 今年一季度
# sentence answers (常熟纺织企业今年出过火灾吗 ← 今年一季度，…火灾起数同比下降42.5%).
_YEAR_ASKED_RE = re.compile(r"\d{4}\s*年(?!\s*第)|去年|全年")


def part_of_year(question: str, sentence: str) -> float:
    """How well ``sentence`` can answer a yes/no about a whole year (2025年全省有没有发生较大事故): one framed by a
    shorter span the question does not name (春节假期…未发生较大以上事故) speaks of that span only, so it weighs 0.9
    beside one of the year (较大事故起数同比下降近两成); 1.0 when the question names no year or names a short span."""
    if not _YEAR_ASKED_RE.search(question) or _SHORT_SPAN_RE.search(question):
        return 1.0
    return 0.9 if _SHORT_SPAN_RE.search(sentence) else 1.0


# The span a question names, in a key its sentences share: the holiday (春节假期 ~ 春节期间), the quarter (一季度 ~ 1季度),
# the month (1月份 ~ 1月).
_QUARTERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


@lru_cache(maxsize=256)
def _asked_spans(question: str) -> tuple[re.Pattern, ...]:
    """Patterns for the short spans ``question`` names (春节假期, 一季度, 1月份), each matching any wording of it."""
    spans = []
    for m in _SHORT_SPAN_RE.finditer(question):
        text = re.sub(r"\s+", "", m.group(0))
        if holiday := re.match(r"春节|元旦|清明|五一|端午|中秋|国庆", text):
            spans.append(re.compile(holiday.group(0)))
        elif q := re.match(r"([一二三四1-4])季度", text):
            digit = _QUARTERS.get(q.group(1), q.group(1))
            spans.append(re.compile(f"(?:{digit}|{'一二三四'[int(digit) - 1]})\\s*季度"))
        elif mo := re.match(r"(\d{1,2})月份", text):
            spans.append(re.compile(f"(?<![\\d至到\\-－—～~]){mo.group(1)}\\s*月(?!\\s*\\d+\\s*日)"))
    return tuple(spans)


def span_fit(question: str, article: str, end: int, title: str) -> float:
    """How well a sentence, read with its ``article`` up to its ``end`` and its ``title``, can answer a yes/no about
    a short span the question names (春节假期全省有没有人员伤亡): one whose article names no such span before it (今年1至2月，
    …未发生人员伤亡) speaks of another period, so it weighs 0.85 beside one that does (春节假期…死亡29人); 1.0 when the
    question names no short span."""
    spans = _asked_spans(question)
    if not spans:
        return 1.0
    said = f"{article[:end]} {title}"
    return 1.0 if all(p.search(said) for p in spans) else 0.85
