"""A later part that asks a subset of the earlier part's whole (其中…几个) is read from that whole's sentence.

无锡巡察抓了几个嫌疑人，其中女的几个 / 南通小场所隐患整改了多少条，其中重大隐患几条: the second part opens with
其中 (里面, 当中): it asks a part of the figure the first part is answered by. Such a part is given only where the
text splits that whole: in the whole's own sentence or the sentence right after it, and only by a sentence that
says the part's own asked words (女, 重大). A figure of another sentence (其中重大事故隐患115条 of 查改隐患36975条,
another whole) or a figure of the whole's sentence that names none of the asked words (刑拘2人 for 女的几个) is a
neighbour, not the asked subset: the part is left unanswered, so the answer says the briefings do not give it.
A table row of the whole's own article whose label says the part's words splits that whole too (新沂零售网点一共多少个，
其中新安街道多少个: the 各镇（街道） table below the 683 个 sentence, its 新安街道 row), and so does the row of that
article whose label is the whole's own noun when it says the part's words (徐州尾矿库多少座，其中建了在线监测系统的几座:
the 尾矿库 row's 在线监测系统12座 splits the 另有尾矿库12座 of the text; 露天矿山's 边坡在线监测45座 is another whole's).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..types import Part
from .tables import is_row, row_cells

# A part that opens by pointing into the earlier part's whole
_SUBSET_LEAD_RE = re.compile(r"^[，,、\s]*(?:那)?(?:其中|这其中|这里面|里面|里头|当中|这当中|这些里面?)")
ANSWERED = 0.5


def _said(words: Sequence[str], text: str) -> bool:
    return not words or any(w and w in text for w in words)


def _labelled_row(words: Sequence[str], text: str) -> bool:
    """Whether ``text`` is a table row whose label cell says one of the part's own ``words``."""
    return bool(words) and is_row(text) and any(w and w in row_cells(text)[0][1] for w in words)


def _whole_row(measure: str, words: Sequence[str], text: str) -> bool:
    """Whether ``text`` is a table row labelled by the whole's noun ``measure`` that says one of the part's ``words``."""
    return bool(measure) and is_row(text) and measure in row_cells(text)[0][1] and _said(words, text)


def subset_of_whole(parts: Sequence[Part], rankings: list, answered: float = ANSWERED) -> list:
    """The rankings with a 其中 part's candidates kept to its whole's sentence (or the next one) that say its words."""
    out = list(rankings)
    for i in range(1, len(parts)):
        if not _SUBSET_LEAD_RE.match(parts[i].text) or not out[i - 1]:
            continue
        whole, scored = out[i - 1][0]
        if scored.coverage < answered:
            continue  # the whole itself is not given: the part is judged on its own
        own = [w for w in parts[i].focus if w not in parts[i - 1].terms]
        out[i] = [(s, sc) for s, sc in out[i]
                  if s.entry is whole.entry and ((s.start == whole.start or s.previous.strip() == whole.text.strip())
                                                 and _said(own, s.text) or _labelled_row(own, s.text)
                                                 or _whole_row(parts[i - 1].measure, own, s.text))]
    return out
