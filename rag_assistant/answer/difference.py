"""The gap between the two sides of a comparison, when the question asks it (A比B多几家, 差了多少, 相差), and their
ratio (A是B的几倍).

The gap is computed only from two figures of one unit (家 and 家, 元 and 元); a figure the text gives with
余/多/近/约 makes the gap approximate, and the gap is said in 万/亿 when both figures are.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import Figure

_APPROX_RE = re.compile(r"余|多|近|约|超过|左右")
_SCALES = (("亿", Decimal(100_000_000)), ("万", Decimal(10_000)))


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def gap(more: Figure, less: Figure) -> str:
    """``11家``, ``151.63万元``, ``约742名``: more − less in the figures' own unit and scale; "" when the two
    units differ (人 vs 人次, 家 vs 亩), which no subtraction can bridge."""
    if more.unit != less.unit or not more.unit:
        return ""
    value = more.value - less.value
    scale, factor = next(((w, f) for w, f in _SCALES if w in more.surface and w in less.surface), ("", Decimal(1)))
    approx = "约" if any(_APPROX_RE.search(f.surface) for f in (more, less)) else ""
    return f"{approx}{_plain(value / factor)}{scale}{more.unit}"


_FEWER_RE = re.compile(r"比[^，,。？?]{1,24}?(?<!多)(?:少|低)")  # not the 少 of 多少


def gap_note(more_side: str, less_side: str, more: Figure, less: Figure, question: str = "") -> str:
    """``苏州公办体验馆比企业体验馆多11家（116家－105家）。``, or ``A比B少…`` when the question asks it so;
    "" when no gap can be computed."""
    said = gap(more, less)
    if not said:
        return ""
    sum_ = f"（{more.surface.replace(' ', '')}－{less.surface.replace(' ', '')}）。"
    return f"{less_side}比{more_side}少{said}{sum_}" if _FEWER_RE.search(question) else f"{more_side}比{less_side}多{said}{sum_}"


def ratio_note(first_side: str, second_side: str, first: Figure, second: Figure) -> str:
    """``抓获嫌疑人是刑拘的4倍（8人÷2人）。`` (to one decimal, 约 when rounded); "" when the units differ or the
    second figure is zero, which no division can bridge."""
    if first.unit != second.unit or not first.unit or not second.value:
        return ""
    value = first.value / second.value
    said = _plain(value) if value == value.to_integral_value() else f"约{_plain(round(value, 1))}"
    return f"{first_side}是{second_side}的{said}倍（{first.surface.replace(' ', '')}÷{second.surface.replace(' ', '')}）。"
