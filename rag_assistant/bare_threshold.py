"""A yes/no threshold typed without its unit (死亡人数超400了没, 执法检查的家次过没过500, 隐患条数到没到5000): the
measure the question names before it (人数, 家次, 条数) gives the number its unit, so it is checked like 超过400人
against the text's figure. Without a unit the number stated no count at all, and the yes/no was answered from the
topic alone (有) whatever the figure."""

from __future__ import annotations

import re

from .units import unit_alternation

_UNITS = unit_alternation("date", "money")
# The measure named before the threshold: 人数 → 人, 起数 → 起, a unit word itself (家次, 人次, 场次), a rate → %.
_MEASURE_RE = re.compile(rf"(?:({_UNITS})数|(家次|人次|场次|户次|架次|车次|批次)|(?<=[\u4e00-\u9fff])(率))")
# A relation word, then a bare number (no unit, no scale), then the end of the ask (了没, 了吗, 没, 吗, ？).
_BARE_RE = re.compile(r"(超过|超出|多于|高于|不到|不足|少于|低于|达到|[超过到满达够][没不][超过到满达够]过?到?|[超过到满达够]|有没有|是不是)"
                      r"\s*([0-9]+(?:\.[0-9]+)?[万亿]?)(?![0-9.%万亿千百])(?=\s*(?:了|没|吗|么|嘛|呢|吧|[？?]|$))")
_YESNO_RE = re.compile(r"吗|吧|没有?|是不是|是否|有没有|[没不][超过到满达够]")


def bare_threshold(text: str) -> str:
    """``text`` with the unit of its named measure after a bare threshold number (家次过没过500 → …500家次)."""
    if not _YESNO_RE.search(text):
        return text
    m = _BARE_RE.search(text)
    if not m:
        return text
    measures = list(_MEASURE_RE.finditer(text, 0, m.start()))
    if not measures:
        return text
    unit = measures[-1].group(1) or measures[-1].group(2) or "%"  # 整改率超没超95 → 95%
    return f"{text[:m.end()]}{unit}{text[m.end():]}"
