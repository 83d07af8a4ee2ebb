"""The thing a change ask is about, apart from the direction the asker guesses (火灾起数同比涨了多少).

A change asked with 同比 names the thing that changed (火灾起数, 燃气事故, 管网险情) and a direction verb (涨, 增长,
降了). The direction is the asker's guess: the briefing prints the change of the thing with its true verb (火灾起数
同比下降8.4%), so the answer is that figure, said with its own direction. Read as a term, the direction verb
outweighed the thing's nouns and picked the change of another thing of the same paragraph that went the guessed
way (督促整改火灾隐患10.3万处，同比增长12.6%). So the direction is read as the change itself (同比, which a printed
change of either way carries by its figure), the thing's words rank the figures, and the direction only breaks a
tie between two changes of one thing (a small factor in ``thing_fit``).

A count named as a noun (起数, 家数, 户数: lexicon.UNIT_COUNT_RE) is a generic word for a plain count ask, but in a
change ask it names what changed: 火灾起数 is a count in 起, so a change whose clause says 起数 or whose changed figure
counts 起 (共发生生产安全事故96起…同比下降12.7%) is of it, and one whose changed figure counts another unit (督促整改火灾
隐患10.3万处，同比增长12.6%) is of another thing (``OTHER_COUNT_FIT``).

The other way round: a change printed of a count noun (火灾起数同比下降8.4%) is of that count, so a question that says
the count's stem with another noun (火灾隐患同比涨了多少: 火灾 + 隐患, not 火灾 + 起数) and whose compound the change's
sentence never says asks another thing of the same stem (``OTHER_COUNT_FIT``). A stem followed by a change or
event word (火灾同比, 火灾事故, 火灾发生) still asks the count.
"""

from __future__ import annotations

import re
from typing import Sequence

from .directions import FALL, LEVEL_RISE, SHORT_FALL, SHORT_RISE, alternation
from .lexicon import UNIT_COUNT_RE
from ..numbers import Figure
from .respective import CHANGE_QUALIFIERS, changed_figure

# The direction words as the question may say them (written or spoken); 涨/升 and 跌/降 only of the one-character
# forms: 多/少/高/低 are said of much else.
_RISE_RE = re.compile(f"{alternation(LEVEL_RISE)}|[{SHORT_RISE[0]}{SHORT_RISE[1]}增]")
_FALL_RE = re.compile(f"{alternation(FALL)}|[{SHORT_FALL[0]}{SHORT_FALL[1]}减]")
_DIRECTION_WORDS = frozenset((*LEVEL_RISE, *FALL, SHORT_RISE[0], SHORT_RISE[1], SHORT_FALL[0], SHORT_FALL[1], "增", "减"))
# The written verb just before a printed change (同比下降8.4%, 同比分别下降15.9%和, 增长 17.4%, 下降近两成).
_PRINTED_RE = re.compile(f"({alternation(LEVEL_RISE, FALL)})[^，,；;。\\d]{{0,3}}$")
# A change of the thing printed the other way than asked ranks below one printed the asked way, not below the
# thing's words.
OTHER_WAY_FIT = 0.85
# A change of a count in another unit than the asked count noun's (10.3万处 for 火灾起数).
OTHER_COUNT_FIT = 0.6
# The printed count noun's stem (火灾 of 火灾起数) in the change's own clause.
_COUNT_STEM_RE = re.compile(rf"([\u4e00-\u9fff]{{2}}){UNIT_COUNT_RE.pattern}[^，,；;。]*$")
# Words after the stem that still ask its count: a change, an event, an amount, a verb of the ask.
_STILL_COUNT_RE = re.compile(r"同比|环比|事故|发生|数量|总数|次数|案件|[涨升降跌增减上下多少几了的是有共起数和与及、，？?]")


def _asks_change(qualifiers: Sequence[str]) -> bool:
    return any(q in CHANGE_QUALIFIERS for q in qualifiers)


def thing_terms(terms: Sequence[str], text: str, qualifiers: Sequence[str]) -> tuple[str, ...]:
    """``terms`` of a change ask with its direction verb said as the change itself (同比), which every printed
    change of either way carries next to its figure (…，同比增长12.6%; 火灾起数同比下降8.4%); unchanged else."""
    if not _asks_change(qualifiers) or not any(t in _DIRECTION_WORDS for t in terms):
        return tuple(terms)
    return tuple(dict.fromkeys("同比" if t in _DIRECTION_WORDS else t for t in terms))


def _direction(text: str) -> str:
    rise, fall = _RISE_RE.search(text), _FALL_RE.search(text)
    return "" if bool(rise) == bool(fall) else ("rise" if rise else "fall")


def thing_fit(part_text: str, qualifiers: Sequence[str], sentence: str, figures: Sequence[Figure],
              figure: Figure) -> float:
    """How well a printed change (``figure`` of ``sentence``) is of the thing a change ask names: ``OTHER_COUNT_FIT``
    when the ask names a count noun (火灾起数) and the change is of a figure counted in another unit, times
    ``OTHER_WAY_FIT`` when its printed verb goes the other way than asked; 1 when no change is asked."""
    if not _asks_change(qualifiers):
        return 1.0
    fit = 1.0
    before = sentence[:figure.start]
    if (m := UNIT_COUNT_RE.search(part_text)) is not None and m.group(0) not in before[-24:]:
        changed = changed_figure(sentence, figures, figure)
        if changed is not None and changed.unit and changed.unit != m.group(1):
            fit *= OTHER_COUNT_FIT
    if other_noun_of_stem(part_text, sentence, before):
        fit *= OTHER_COUNT_FIT  # 火灾隐患同比涨了多少 is not 火灾起数同比下降8.4%
    if (printed := _PRINTED_RE.search(before)) is not None:
        asked, said = _direction(part_text), _direction(printed.group(1))
        fit *= OTHER_WAY_FIT if asked and said and asked != said else 1.0
    return fit


def other_noun_of_stem(part_text: str, sentence: str, before: str) -> bool:
    """Whether the change printed after ``before`` is of a count noun (火灾起数) whose stem the question says with
    another noun (火灾隐患) that ``sentence`` never says: the question asks another thing of that stem."""
    m = _COUNT_STEM_RE.search(before)
    if m is None or m.group(2) + "数" in part_text:  # 火灾起数同比涨了多少 asks the count itself
        return False
    stem = m.group(1)
    for at in (i for i in range(len(part_text)) if part_text.startswith(stem, i)):
        tail = part_text[at + len(stem):at + len(stem) + 2]
        if len(tail) == 2 and all("\u4e00" <= c <= "\u9fff" for c in tail) and not _STILL_COUNT_RE.match(tail) \
                and stem + tail not in sentence:
            return True
    return False
