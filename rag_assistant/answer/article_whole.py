"""都…完了吗 answered by a done count whose whole the article gives in another sentence.

截至3月15日，句容市已完成19家A级景区安全复查 says some were done, not that all were; the whole (有A级旅游景区23家)
is said where the article opens. For a question whether all is done (句容A级景区都复查完了吗), a done figure (已完成
/已 before it) whose sentence says no word of the whole (全部, 均, 所有) is checked against a larger figure of the same
classifier in the article counting a noun of the same head (景区): then not all is done. Without such a whole the
done count alone does not say 有/是.
"""

from __future__ import annotations

import re

import jieba

from ..nouns import noun_run
from ..numbers import extract_figures
from .whole_done import asks_whole

_DONE_BEFORE_RE = re.compile(r"已(?:经)?(?:完成|实现|开展|对)?\s*$")
_WHOLE_SAID_RE = re.compile(r"全部|全面|所有|均已|全覆盖|都已|100\s*[%％]")


def whole_short(question: str, sentence: str, article: str) -> str:
    """The verdict head (没有，尚未全部完成，简报记载的是已完成19家) when ``question`` asks whether all is done and ``sentence`` gives a done count below
    a whole the ``article`` gives of the same head noun; "" otherwise."""
    if not asks_whole(question) or _WHOLE_SAID_RE.search(sentence):
        return ""
    for d in extract_figures(sentence):
        lead = _DONE_BEFORE_RE.search(sentence[max(0, d.start - 6):d.start])
        if not d.unit or not lead:
            continue
        # the words of the counted noun phrase (A级 景区 安全 复查) the question says too: the whole counts one of them
        words = [t for t in jieba.lcut(noun_run(sentence[d.end:])) if len(t) > 1 and t in question]
        for w in extract_figures(article):
            if w.unit != d.unit or w.value <= d.value:
                continue
            before = re.split(r"[，。；、,;]", article[max(0, w.start - 12):w.start])[-1]
            after = re.split(r"[，。；、,;]", article[w.end:w.end + 12])[0]
            if any(t in before or after.lstrip().startswith(t) for t in words):
                said = (lead.group(0) + d.surface).replace(" ", "")  # the text's own words: 已完成19家
                # the whole's figure stands in another passage than the cited one: it is not restated
                return f"没有，尚未全部完成，简报记载的是{said}"
    return ""
