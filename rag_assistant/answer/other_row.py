"""A table row does not answer a part that names another row of its table and not this one.

徐州's table lists 露天矿山 49座 边坡在线监测45座 and 地下矿山 9座 人员定位系统9座. 露天矿山人员定位系统几座 names
the row 露天矿山, whose cell says 边坡在线监测 only; the 地下矿山 row's 人员定位系统9座 matched the asked words and
was given as the answer, though it is another row's figure. A row label (the first cell of a numbered row) the
part says, when it is not this row's own label, tells the part asks that other row: the cells of this row are not
its figure, whatever words they share with it. Read by judge.py beside cell_focus.py.

Reads: the figure's row, the article's paragraphs (its other table rows) and the part's own text.
"""

from __future__ import annotations

import re
from typing import Sequence

from .tables import CELL_GAP_RE, is_row

_BRACKETS_RE = re.compile(r"[（）()]")


def _label(row: str) -> str:
    return CELL_GAP_RE.split(row.strip(), maxsplit=1)[0].strip()


def _said(label: str, text: str) -> bool:
    """Whether ``text`` says the row label (其他镇（街道） said as 其他镇街道 too)."""
    return len(label) >= 2 and (label in text or _BRACKETS_RE.sub("", label) in text)


def other_row_named(sentence: str, paragraphs: Sequence[str], part_text: str) -> bool:
    """True when ``sentence`` is a numbered table row and ``part_text`` names the label of another numbered row of
    the article's tables but not this row's label."""
    if not is_row(sentence) or not re.search(r"[0-9]", sentence):
        return False
    own = _label(sentence)
    if _said(own, part_text):
        return False
    others = {_label(p) for p in paragraphs if is_row(p) and re.search(r"[0-9]", p)} - {own}
    # a label inside this row's own (镇 in 其他镇) or holding it is no other row
    return any(_said(o, part_text) and o not in own and own not in o for o in others)
