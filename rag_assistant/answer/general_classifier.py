"""The general classifier 个 said with a figure the text prints with a specific measure word.

Staff often count with 个 where the briefing writes the specific measure word (抓获的8个嫌疑人 for 抓获嫌疑人 8 人,
5个案件 for 案件 5 起). A figure the question states as a whole of its part (…8个嫌疑人里刑拘了几个) is then the
text's own figure, not an unstated one; only counts of things or people agree this way, never 人次 or other classes.
"""

from __future__ import annotations

from ..units import unit_class


def same_count_unit(asked: str, printed: str) -> bool:
    """Whether a unit the question writes agrees with the unit the text prints for the same value."""
    if asked == printed or not asked:  # a bare number in the question (1650万) takes the text's unit
        return True
    if "个" not in (asked, printed) or not printed:
        return False
    other = printed if asked == "个" else asked
    # 个 stands for a specific classifier of things or persons (人, 名, 家, 起, 件); a count of occurrences
    # (人次, 次) or a measure (公里, 万元) is another class of quantity
    return unit_class(other) in ("count", "people") and "次" not in other
