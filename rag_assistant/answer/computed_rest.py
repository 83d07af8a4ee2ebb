"""A remainder the text gives only as its parts (查找问题312项，已整改289项; 拟发放175.1万元，已发放23.47万元):
a question about the rest (还剩几项没整改, 还有多少万没发) is answered by computing it, in the open.

The two operands must be one sentence's: a figure of the whole, then, in the very next clause, the done figure
(已整改…, 已完成整改…, 已发放…) of the same unit, smaller than the whole. The done clause's verb must be the one the
question negates (没改完 → 整改, 没发 → 发放). A sentence that states the rest itself (其余7处, 尚有…) is answered as
stated (remainder.py), never computed, and a done figure said as a part (其中…) is no operand.
The answer quotes the operands with their [n] and says the arithmetic (据此计算尚余7项（126项－119项）), which
derived.is_derived checks against the cited quote.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure, extract_figures
from ..text import sentences as split_sentences
from .difference import gap
from .remainder import asks_rest, negated_verb, rest_figure
from .window import CLAUSE_END_RE, clause_start

# The done clause: 已 (目前已, 已完成, 已累计) then the act, before the figure: 已整改, 已完成整改, 已发放奖励金额.
_DONE_RE = re.compile(r"已(?:完成|累计|经)?([\u4e00-\u9fff]{1,2})[\u4e00-\u9fff]{0,6}\s*$")
_SUBSET_RE = re.compile(r"其中|占")


def _done_verb_fits(question: str, act: str) -> bool:
    """Whether the done clause's act (已整改, 已完成整改, 已发放) is the act the question negates (没改完 → 改,
    没发下去 → 发); 完 alone names no act. True when the question negates no verb (还剩多少)."""
    verb = negated_verb(question)
    return not verb or any(ch in act for ch in verb if ch != "完")


def _done_figures(question: str, sentence: str, figures: Sequence[Figure]):
    """The done figures of ``sentence`` (已整改1087处) whose act is the one the question negates, with their index."""
    for i, done in enumerate(figures):
        before = sentence[clause_start(sentence, done.start):done.start]
        m = _DONE_RE.search(before)
        if m and not _SUBSET_RE.search(before) and _done_verb_fits(question, before[m.start():]):
            yield i, done


def _states_rest(sentence: str, figures: Sequence[Figure]) -> bool:
    return any(rest_figure(sentence[clause_start(sentence, g.start):g.start]) for g in figures)


def operands(question: str, sentence: str, previous: str = "") -> tuple[Figure, Figure, int, bool] | None:
    """The whole figure, the done figure, where the whole's clause starts, and whether the whole is the
    ``previous`` sentence's (指出问题隐患8760条。三是…目前已整改8315条), when the text gives the rest the question
    asks only as its parts; None otherwise. A whole of the previous sentence must be its last figure of that unit,
    and the done figure the first of its own sentence."""
    figures = extract_figures(sentence)
    if _states_rest(sentence, figures):
        return None  # the text states the rest itself
    for i, done in _done_figures(question, sentence, figures):
        start = clause_start(sentence, done.start)
        wholes = [g for g in figures[:i] if g.unit == done.unit and g.end <= start]
        if not wholes:
            earlier = [g for g in extract_figures(previous) if g.unit == done.unit]
            same_unit_before = [g for g in figures[:i] if g.unit == done.unit]
            if earlier and not same_unit_before and earlier[-1].value > done.value and \
                    not _states_rest(previous, earlier) and \
                    not _SUBSET_RE.search(previous[clause_start(previous, earlier[-1].start):earlier[-1].start]):
                return earlier[-1], done, clause_start(previous, earlier[-1].start), True
            continue
        if start == 0:
            continue
        whole = wholes[-1]
        whole_start = clause_start(sentence, whole.start)
        # the whole stands in the clause just before the done one
        if clause_start(sentence, start - 1) != whole_start or whole.value <= done.value:
            continue
        return whole, done, whole_start, False
    return None


def computed_rest(question: str, sentences: Sequence[tuple[int, str]], first: str = "") -> tuple[int, str, str] | None:
    """For a question about the rest (还剩/还有…没/尚未): the source (index) of the operands, the quoted words (whole clause
    to done clause) and the computed note (据此计算尚余7项（126项－119项）), from the first of ``sentences``
    ((source, sentence) pairs, each source's sentences in text order) that gives the operands, trying the sentence
    ``first`` (the found one) before the others."""
    if not asks_rest(question):
        return None
    order = sorted(range(len(sentences)), key=lambda k: sentences[k][1] != first)
    for k in order:
        source, sentence = sentences[k]
        previous = sentences[k - 1][1] if k and sentences[k - 1][0] == source else ""
        found = operands(question, sentence, previous)
        if not found:
            continue
        whole, done, start, split = found
        said = gap(whole, done)
        if not said:
            continue
        end = CLAUSE_END_RE.search(sentence, done.end)
        done_end = end.start() if end else len(sentence)
        if split:
            whole_end = CLAUSE_END_RE.search(previous, whole.end)
            # each sentence's clause with its own [n] (the marker added after the quoted words closes the second)
            quoted = (previous[start:whole_end.start() if whole_end else len(previous)].rstrip("。；") +
                      f"[{source + 1}]；" + sentence[clause_start(sentence, done.start):done_end])
        else:
            quoted = sentence[start:done_end]
        arithmetic = f"（{whole.surface.replace(' ', '')}－{done.surface.replace(' ', '')}）"
        return source, quoted.rstrip("。；"), f"简报未直接给出剩余数量，据此计算尚余{said}{arithmetic}。"
    return None


def chunk_sentences(text: str) -> list[str]:
    """The sentences of a chunk's text, in order."""
    return split_sentences(text, full_stops=True)
