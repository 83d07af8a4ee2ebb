"""Whether a yes/no question asking that all is done (都关完了吗, 全部整改了吗) is answered by a sentence saying only part
is: a done figure below the whole it is part of, the rest still to come, or a table row's done cell below its count."""

from __future__ import annotations

import re

from ..numbers import extract_figures
from ..units import unit_class
from .tables import is_row

# A yes/no question asking whether all of something is done: 都关完了吗, 是不是都已经发下去了, 全部整改了吗.
WHOLE_RE = re.compile(r"都|全部|全都|完了|齐了")


def falls_short(question: str, sentence: str) -> bool:
    """Whether ``question`` asks whether all is done and ``sentence`` gives a done (已) figure below a whole
    of the same class before it — planned (计划关闭6座，目前已关闭4座), allotted (安排资金1650万元，已兑现1280万元)
    or found (查找问题312项，已整改289项) — or says the rest is still to come (其余拟于…兑现); or, a table row, gives a
    later cell of its unit below the row's count (露天矿山　49座　边坡在线监测45座 under 已建成系统)."""
    from .judge import qualifier_of

    if not WHOLE_RE.search(question):
        return False
    figures = extract_figures(sentence)
    done = [f for f in figures if qualifier_of(re.split(r"[，；。,;]", sentence[:f.start])[-1]) == "已"]
    if done and REST_RE.search(sentence, done[0].end):
        return True
    if is_row(sentence) and any(w.start < d.start and w.value > d.value and w.unit == d.unit
                                for w in figures for d in figures):
        return True  # 露天矿山　49座　边坡在线监测45座: a later cell of the row's unit below its count is the part done
    return any(w.start < d.start and w.value > d.value and unit_class(w.unit) == unit_class(d.unit)
               for d in done for w in figures if w not in done)


# The part not yet done, said after a done figure: 其余拟于…兑现, 剩余…, 尚未…, 仍有…待….
REST_RE = re.compile(r"其余|剩余|尚未|尚有|仍有|还有.{0,8}(?:未|待)")
