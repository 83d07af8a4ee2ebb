"""Yes/no: the months a cumulative figure covers (今年1至8月，累计巡护里程4.6万公里; 截至8月底，已完成…) against the
months the claim states (今年1至6月累计巡护里程有没有4.6万公里). A month span is written as a range (1至8月, 1-8月,
1到8月) or as an end (截至8月底, 截止6月末); a claim whose span is not the sentence's is not what the text says, however
its figure and words match. times.py reads single dates and recurrences, not these spans."""

from __future__ import annotations

import re

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
