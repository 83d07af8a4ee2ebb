"""A change asked of every part before it at once (事故多少起、死亡多少人，同比分别降了多少): one change per earlier
part. Read as one part, the change took the words of the last part only and was answered with the first percentage
of the sentence (同比分别下降15.9%和12.1%: 15.9% is the accidents', not the deaths'), the other change unsaid.

Each earlier part's words before its question word (事故, 死亡) name the figure whose change is asked; the change is
asked once for each, right after it, with 分别/各 dropped (事故多少起，事故同比降了多少，死亡多少人，死亡同比降了多少). Read by understand.py on the question's
pieces before their units are read.
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon as lx

# A change said of several figures at once, with no noun of its own before it.
# A bare change with neither (事故多少起、死了多少人，同比降了多少) is asked of them all as well: it names none of them.
_EACH_CHANGE_RE = re.compile(r"^\s*(?:同比|环比|比上年|较上年|比去年|较去年)\s*(?:分别|各)?")


# A bare change (no 分别/各) is said of the asks of its own sentence only: 六合整改了几处？生命线推进会说监测点位接了
# 多少个，同比涨多少 asks the change of the 监测点位 alone, not of the 六合 ask a 。/？ closed before it.
_SENTENCE_END_RE = re.compile(r"[？?；;。]")


def _sentences(question: str, texts: Sequence[str]) -> list[int]:
    """The sentence (count of ？/；/。 before it) each text starts in; 0 for all when a text is not found in order."""
    out, at = [], 0
    for text in texts:
        found = question.find(text.strip(" ，,"), at) if question else -1
        if found < 0:
            return [0] * len(texts)
        out.append(len(_SENTENCE_END_RE.findall(question[:found])))
        at = found
    return out


def split_each_change(texts: Sequence[str], question: str = "") -> list[str]:
    """``texts`` with a bare 同比分别… part after two or more asking parts replaced by one change per earlier part."""
    out: list[str] = []
    sentence = _sentences(question, texts)
    for i, text in enumerate(texts):
        heads = [lx.ASK_RE.split(t)[0].strip(" ，,、") for t in texts[:i]]
        # a bare change is asked of the parts of its own sentence (from ``first`` on); 分别/各 of every part before it
        first = 0 if re.search(r"分别|各", text) else next(j for j in range(i + 1) if sentence[j] == sentence[i])
        if i - first >= 2 and _EACH_CHANGE_RE.match(text) and all(heads[first:]) \
                and all(lx.ASK_RE.search(t) for t in texts[first:i]) and len(out) == i:
            once = re.sub(r"分别|各", "", text, count=1).strip(" ，,")
            # each change right after its own part: it is read as the change of the part before it (change_unit.py)
            out = [*out[:first], *(x for t, head in zip(out[first:], heads[first:]) for x in (t, f"{head}{once}"))]
        else:
            out.append(text)
    return out
