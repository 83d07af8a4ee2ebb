"""The counted noun a later part of a two-ask message leaves unsaid: 查出多少个问题，整改完了多少个 counts 问题
twice, the second classifier's noun elided because the step (整改) acts on what the first part counts. Read by
understand.py when it builds the parts; a part with a word of its own (危化的呢) names another thing."""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import after_last_verb, tagged
from . import lexicon as lx
from .measure import measure_of
from .steps import steps_said


# Steps that act on the very things a part before counts (发现 → 整改 → 销号 → 复核, 排查 → 关停): a later ask
# saying only such a step and no classifier of its own counts those things. Money, fines and persons (投入了多少,
# 罚了多少, 抓了多少) are measures of their own, never the things counted before.
_SAME_THINGS_STEPS = frozenset({"find", "fix", "close", "supervise", "hand", "verify", "shut"})

# Adverbs of sum that jieba tags as another class (一共 j, 总共 b, 总计 n): like 共 and 已经 (d) they say how much of
# a step was done, never a thing of their own (整改了多少项问题，一共查出多少). Time adverbs (现在, 目前) stay words of
# their own: 排查出多少处隐患？现在整改了多少 is often answered by a share (已整改百分之九十以上), not the first's 处.
_STEP_ADVERBS = frozenset({"一共", "总共", "总计", "共计", "合计"})


def elided_asks(pieces: Sequence[tuple], kind: str) -> list[tuple[str, str, str]]:
    """The counted noun, classifier and class a later part leaves unsaid, ("", "", "") for every other part (a
    comparison's sides name their own things). 查出多少个问题，整改完了多少个 counts 问题 twice (the second
    classifier's noun is elided) when the later part asks in the same classifier and names no place or year of its
    own; 上报了多少处隐患？处置了多少？ elides the classifier too: the later step acts on the 处 of 隐患 counted before."""
    first = after_last_verb(measure_of(pieces[0][0])) if pieces and kind != "compare" else ""
    out = []
    for i, (text, unit, cls, _, ps, ys, _) in enumerate(pieces):
        # 检测企业多少家，发现电气隐患多少，已整改多少: the step acts on the 电气隐患 found right before it, not on the
        # first part's 企业; a part before it that counts a noun in no classifier lends the noun alone.
        before = after_last_verb(measure_of(pieces[i - 1][0])) if i > 1 and kind != "compare" else ""
        if before and not ps and not ys and not unit and not cls and not pieces[i - 1][1] and _only_a_step(text) \
                and steps_said(pieces[i - 1][0]) and steps_said(text) <= _SAME_THINGS_STEPS:
            out.append((before, "", ""))
            continue
        inherits = bool(i and first and not ps and not ys and pieces[0][1] and pieces[0][2] == "count" and _only_a_step(text))
        if i and first and not ps and not ys and cls == "count" and unit and unit == pieces[0][1] and headless_relative(text):
            out.append((first, "", ""))  # 尾矿库有几座，装在线监测的几座: the ones of 尾矿库 that did it
        elif inherits and unit == pieces[0][1] and cls == "count":
            out.append((first, "", ""))
        elif inherits and not unit and not cls and steps_said(text) <= _SAME_THINGS_STEPS:
            out.append((first, pieces[0][1], "count"))
        else:
            out.append(("", "", ""))
    return out


# A clause ending in 的 right before the question word and its classifier, nothing after them but a particle:
# 装在线监测的几座, 其中建了在线监测系统的有几座 — the clause picks out some of the things counted before.
_HEADLESS_RE = re.compile(r"的\s*(?:有|是)?\s*(?:多少|几)\s*[\u4e00-\u9fff]{1,2}\s*[呢啊吧]?\s*[？?]?\s*$")


def headless_relative(text: str) -> bool:
    """Whether a part is a headless relative clause asked in a classifier (装在线监测的几座, 其中建了在线监测系统的
    几座): its thing is elided, the clause (a verb with its object) restricts the things a part before counts in
    the same classifier. A noun after the classifier (几座水库) or no verb in the clause (大型的几座 names a kind,
    read elsewhere) is no such clause."""
    piece = text.strip(" ，,")
    m = _HEADLESS_RE.search(piece)
    if m is None:
        return False
    clause = piece[:m.start()].removeprefix("其中").strip()
    words = tagged(clause)
    return bool(words) and words[0][1] in ("v", "vn", "p") and any(f.startswith("n") or f == "vn" for _, f, *_ in words[1:])


def _only_a_step(text: str) -> bool:
    """Whether a part says nothing but a step of a process and its question word (整改完了多少个, 改了几处): the
    step acts on what the part before counts. A word of its own (危化的呢, 生成异常预警几条) names another thing."""
    words = [(w, f) for w, f, *_ in tagged(lx.ASK_RE.split(text)[0]) if w.strip() and f not in ("ul", "uz", "d", "c", "p") and w not in _STEP_ADVERBS]
    # a noun after the question word is the part's own thing (关了多少小作坊 after 淘汰了多少台导热油炉: no 台)
    ask = lx.ASK_RE.search(text)
    named = ask is not None and any(f.startswith("n") and not lx.ASK_RE.fullmatch(w)
                                    for w, f, *_ in tagged(text[ask.end():].strip(" ，,？?")))
    return bool(words) and not named and bool(steps_said(text)) and all(f in ("v", "vn") or w in ("完", "好", "掉") for w, f in words)
