"""The years a question and an issue speak of, read once for the year checks (other_year.py, later_year.py,
scope.period_said through judge.periods_said).

- ``ASKED_YEAR_RE``: a calendar year a question asks (2026年全省发生了多少起事故), not an issue's number (2026年第7期)
  nor the start of a span into the present (2025年以来, 2025年起), which ask no data year.
- ``issue_year``: the year an issue speaks from: its printed year, else the year of its date.
- ``dating_text``: the part of an article up to a figure whose years date that figure. A briefing dates its figures
  in the article's lead paragraph (今年夏粮收购前，兴化市…开展…整治) or in the figure's own paragraph; a paragraph in
  between dates its own figures (注：数据来源：兴化市农业农村局2023年统计，其中…94家), so only a year that opens it (a
  heading such as 2025年全省应急管理执法情况, or 2025年以来，…) frames what follows. 兴化去年培训了多少人次 is then not
  answered by the 1.2万人次 of a 2024 issue whose lead says 今年 and whose note names 2023年.
"""

from __future__ import annotations

import re

ASKED_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*(?:第|以来|起|来|至今))")

# How many characters open a paragraph: a year there frames the paragraphs after it.
_OPENING = 8


def issue_year(briefing) -> int | None:
    """The year of an issue: its printed year, else the year of its date."""
    if briefing.year:
        return briefing.year
    m = re.match(r"(\d{4})", briefing.date or "")
    return int(m.group(1)) if m else None


def dating_text(text: str) -> str:
    """The words of ``text`` (an article up to a figure's sentence end) that date the figure: the lead paragraph,
    the openings of the paragraphs between, and the figure's own paragraph."""
    paragraphs = text.split("\n")
    if len(paragraphs) <= 2:
        return text
    return "\n".join([paragraphs[0], *(p[:_OPENING] for p in paragraphs[1:-1]), paragraphs[-1]])
