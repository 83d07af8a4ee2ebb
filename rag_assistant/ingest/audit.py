"""Corpus-level checks on parsed briefings: duplicate issues and parses that look wrong.

Run over the whole corpus (a duplicate needs the other file), at index time and by ``rag-assistant sources``.
Each finding becomes a warning on the briefing it concerns, with a fixed prefix so a later run can replace
the findings of an earlier one:
- ``重复：`` two or more files carry the same issue label; all are kept and each names the others.
- ``可疑：`` a title that is only digits or punctuation, an article without a title or body, a date outside
  2018 … next year, an issue year that is not its date's year, or an issue number out of order with the
  dates of the same year's other issues.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Iterable, Sequence

from ..types import Briefing

DUPLICATE = "重复："
SUSPICIOUS = "可疑："
PREFIXES = (DUPLICATE, SUSPICIOUS)
FIRST_YEAR = 2018
NO_TITLE = "（无标题）"
_ONLY_MARKS_RE = re.compile(r"[\d\W_]+")


def _issue_key(b: Briefing) -> tuple | None:
    if b.number is None and b.edition is None:
        return None
    return (b.year, b.edition, b.number)


def _label(b: Briefing) -> str:
    return b.label if b.label != b.source else "（无期号）"


def duplicate_findings(briefings: Sequence[Briefing]) -> dict[str, list[str]]:
    """source → a warning naming the other files that carry the same issue label."""
    groups: dict[tuple, list[Briefing]] = {}
    for b in briefings:
        if (key := _issue_key(b)) is not None:
            groups.setdefault(key, []).append(b)
    found: dict[str, list[str]] = {}
    for group in groups.values():
        for b in group if len(group) > 1 else ():
            others = "、".join(o.source for o in group if o is not b)
            found.setdefault(b.source, []).append(
                f"{DUPLICATE}与 {others} 期号相同（{_label(b)}），两份都已收录；引用时会注明来自哪个文件，请核对后删除多余的一份")
    return found


def _article_findings(b: Briefing) -> Iterable[str]:
    for a in b.articles:
        if a.title == NO_TITLE:
            yield f"{SUSPICIOUS}第 {a.position + 1} 篇文章没有识别到标题"
        elif _ONLY_MARKS_RE.fullmatch(re.sub(r"\s+", "", a.title)):
            yield f"{SUSPICIOUS}标题只有数字或标点：「{a.title}」（可能是页码或页眉）"
        if not a.text.strip():
            yield f"{SUSPICIOUS}文章「{a.title}」没有正文"


def _date_findings(b: Briefing, this_year: int) -> Iterable[str]:
    if not b.date:
        return
    year = int(b.date[:4])
    if not FIRST_YEAR <= year <= this_year + 1:
        yield f"{SUSPICIOUS}日期 {b.date} 不在 {FIRST_YEAR} 年至 {this_year + 1} 年之间"
    if b.year is not None and b.year != year:
        yield f"{SUSPICIOUS}期号的年份（{b.year}年）与日期 {b.date} 不一致"


def _clashes(b: Briefing, group: Sequence[Briefing]) -> list[Briefing]:
    """Issues of the same year whose number order and date order disagree with ``b``'s."""
    return [o for o in group if o.number != b.number and o.date != b.date
            and (o.number < b.number) != (o.date < b.date)]


def sequence_findings(briefings: Sequence[Briefing]) -> dict[str, list[str]]:
    """source → a warning for the issues whose number is out of order with their year's dates.

    The issue that disagrees with the most others is taken out first, until the rest are in order, so one
    misnumbered issue is flagged, not every issue it disagrees with (two that disagree are both flagged)."""
    by_year: dict[int, list[Briefing]] = {}
    for b in briefings:
        if b.year is not None and b.number is not None and b.edition is None and b.date:
            by_year.setdefault(b.year, []).append(b)
    found: dict[str, list[str]] = {}
    for group in by_year.values():
        rest = list(group)
        while worst := max((len(_clashes(b, rest)) for b in rest), default=0):
            out = [b for b in rest if len(_clashes(b, rest)) == worst]
            for b in out:
                others = "、".join(f"{_label(o)}（{o.date}）" for o in sorted(_clashes(b, rest), key=lambda o: o.number))
                found.setdefault(b.source, []).append(
                    f"{SUSPICIOUS}期号与同年其他期的日期顺序不符：{_label(b)}（{b.date}），对照 {others}")
            rest = [b for b in rest if b not in out]
    return found


def audit(briefings: Sequence[Briefing], today: date | None = None) -> list[Briefing]:
    """The briefings with this corpus's findings in their warnings (earlier findings replaced)."""
    this_year = (today or date.today()).year
    duplicates, sequence = duplicate_findings(briefings), sequence_findings(briefings)
    out = []
    for b in briefings:
        kept = [w for w in b.warnings if not w.startswith(PREFIXES)]
        found = [*duplicates.get(b.source, []), *_article_findings(b), *_date_findings(b, this_year),
                 *sequence.get(b.source, [])]
        out.append(replace(b, warnings=tuple(kept + found)))
    return out


def findings(b: Briefing) -> list[str]:
    """The corpus-level findings among a briefing's warnings."""
    return [w for w in b.warnings if w.startswith(PREFIXES)]
