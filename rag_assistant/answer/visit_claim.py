"""A yes/no claim that counts heads (培训覆盖10.5万人吗, 检查了1027家吗) answered by a figure of visits to them
(10.5万人次, 1027家次): the two are of one class for a "how many" question (units.visits_of), but a claim of
10.5万人 is not what 10.5万人次 says (one person trained twice is two 人次). polarity.verdict asks this after the
stated figure holds, and answers 不是 with the text's figure and what it counts; a claim worded in visits (人次)
stays 是."""

from __future__ import annotations

from ..numbers import Figure, extract_figures
from ..units import visits_of


def visit_for_heads(question: str, given: Figure) -> bool:
    """Whether the question states the text's figure ``given`` (a visit count such as 人次, 家次) in the unit of
    heads it is a visit count of (人, 家, 户), with the same value."""
    if not given.unit.endswith("次"):
        return False
    return any(f.unit and f.unit != given.unit and visits_of(f.unit, given.unit) and f.value == given.value
               for f in extract_figures(question))


def visit_note(given: Figure) -> str:
    """The words telling the reader what the text's figure counts: （按人次计，不是人数）."""
    base = given.unit.removesuffix("次")
    return f"（按{given.unit}计，不是{base}数）"
