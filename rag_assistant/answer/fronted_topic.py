"""A topic said before a comma and asked about after it: 盐城渔船安全设备更新补贴，25年打算发多少钱 asks one figure,
the 补贴's planned 2025 amount, as 盐城渔船设备更新补贴25年准备发多少 does. segments.py counts a clause as asking
when it holds any quantity word, and a measure noun (补贴, 资金, 人数) is one, so the bare topic became a part of its
own, answered by any figure of it (2024年拟发放1260万元) while the real ask (2025年) was merely noted as missing.

Read here: a first clause with no question word (no 多少/几/百分之几, no time word) followed by a clause that has
one is not an ask; it is the subject of the next clause and is glued to it. Only a clause the question ends with a
comma is a topic: one ended by ？ asks on its own (护林员队伍多大？旅游船几艘: 多大 is a size ask). A later clause keeps its own reading
(巡查员多少人，网格员呢), as does a clause list the next clause distributes over (A，B分别多少)."""

from __future__ import annotations

import re

from . import lexicon as lx


def _asks(clause: str) -> bool:
    return bool(lx.ASK_RE.search(clause) or lx.WHEN_RE.search(clause) or "多少" in clause
                or lx.SIZE_ASK_RE.search(clause) or lx.SIZE_NOUN_ASK_RE.search(clause) or lx.DIMENSION_ASK_RE.search(clause))


def glue_fronted_topic(question: str, pieces: list[str]) -> list[str]:
    """``pieces`` of ``question`` with a first, question-less topic clause joined to the clause after it."""
    if len(pieces) < 2 or not question.startswith(pieces[0]) or not re.match(r"\s*[，,]", question[len(pieces[0]):]):
        return pieces  # not a comma-ended first clause
    if _asks(pieces[0]) or not _asks(pieces[1]) or lx.EACH_RE.search(pieces[1]) or lx.ELLIPTIC_RE.match(pieces[1].strip(" ，,")):
        return pieces
    return [pieces[0] + pieces[1], *pieces[2:]]
