"""A total the text gives only as its parts (划分工业巡查单元268个、行业巡查单元136个…; 班组安全员9.2万名、
小场所消防安全员14.3万名): a question asking the sum (一共/加起来/合计/总共) of items it names (A和B加起来) or of
a counted set (四类巡查单元一共多少个) is answered by adding the parts, in the open.

The parts must be one sentence's figures of one unit, each named in its own clause: every named item matches
exactly one figure, or a set of N kinds matches exactly N figures whose clauses name the set's noun, or a done
figure and, in the very next clause, a further one of the same act (已发放奖励资金86万元，拟于年底前再发放54万元;
已完成改造2860公里，拟…再改造1200公里) when the question asks the whole of that act (一共要发多少). A sentence
that states a whole of that unit besides the parts (现有非煤矿山58座，其中露天矿山49座…) is answered as stated, so
no sum is computed from it. The answer quotes the parts with their [n] and says the arithmetic
(据此计算共2131个（268个＋136个＋785个＋942个）), which derived.is_derived checks against the cited quote.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Sequence

from ..numbers import Figure, extract_figures, read_int
from .window import clause_start

_SUM_RE = re.compile(r"一共|加起来|加在一起|合计|总共|共计|总计|总数")
_JOIN_RE = re.compile(r"和|与|及|跟|以及|加上|、")
_SET_RE = re.compile(r"([一二三四五六七八九十两\d]+)\s*(?:类|种|个|项|支|大类)([\u4e00-\u9fff]{2,8}?)(?=一共|加起来|加在一起|合计|总共|共计|总计|总数)")
_ASK_RE = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,2}[？?]?\s*$")
_LABEL_CUT_RE = re.compile(r"[、，,；;：:]")
_SCALES = (("亿", Decimal(100_000_000)), ("万", Decimal(10_000)))
_APPROX_RE = re.compile(r"余|多|近|约|超过|左右")


def asks_sum(question: str) -> bool:
    """Whether the question asks a total (一共/加起来/合计…多少)."""
    return bool(_SUM_RE.search(question)) and "多少" in question or bool(_SUM_RE.search(question) and "几" in question)


def _label(sentence: str, f: Figure) -> str:
    """The words naming figure ``f``: from its clause or list item start to the figure."""
    start = max(clause_start(sentence, f.start),
                max((m.end() for m in _LABEL_CUT_RE.finditer(sentence, 0, f.start)), default=0))
    return sentence[start:f.start]


def named_items(question: str, places: Sequence[str] = ()) -> list[str]:
    """The items a question adds (班组安全员和小场所消防安全员加起来: both), without places; [] when it names
    fewer than two."""
    m = _SUM_RE.search(question)
    if not m:
        return []
    head = question[:m.start()]
    for place in sorted(places, key=len, reverse=True):
        head = head.replace(place, "")
    head = re.sub(r"^(?:全市|全省|全区|全县|今年|去年)", "", head.strip("，, "))
    items = [i.strip() for i in _JOIN_RE.split(head) if i.strip()]
    return items if len(items) >= 2 else []


def _fits(item: str, figures: Sequence[Figure], sentence: str) -> list[Figure]:
    """The figures whose labels name the item (红色, 黄色实验室): those holding it whole, else those holding its
    last four characters (企业班组安全员 for 班组安全员)."""
    labels = [(f, _label(sentence, f).replace(" ", "")) for f in figures]
    whole = [f for f, label in labels if item in label]
    return whole or [f for f, label in labels if len(item) >= 4 and item[-4:] in label]


def _total(parts: Sequence[Figure]) -> str:
    value = sum((f.value for f in parts), Decimal(0))
    scale, factor = next(((w, x) for w, x in _SCALES if all(w in f.surface for f in parts)), ("", Decimal(1)))
    text = format((value / factor).normalize(), "f")
    approx = "约" if any(_APPROX_RE.search(f.surface) for f in parts) else ""
    return f"{approx}{text}{scale}{parts[0].unit}"


# A done clause (已发放…, 已完成…) and a further clause of the same act (拟…再发放, 还将再改造): the act is the two
# characters after 再.
_DONE_WORD_RE = re.compile(r"已")
_MORE_RE = re.compile(r"再([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,6}\s*$")


def done_and_more(question: str, sentence: str, figures: Sequence[Figure]) -> list[Figure]:
    """A done figure and the further figure of the same act in the very next clause (已发放86万元，拟再发放54万元),
    when the question names that act (一共要发多少) or the thing the done clause counts (奖励一共多少); [] otherwise."""
    for a, b in zip(figures, figures[1:]):
        a_start, b_start = clause_start(sentence, a.start), clause_start(sentence, b.start)
        if a_start == b_start or clause_start(sentence, b_start - 1) != a_start or a.unit != b.unit:
            continue
        more = _MORE_RE.search(sentence[b_start:b.start])
        if not more or not _DONE_WORD_RE.search(sentence[a_start:a.start]):
            continue
        act, done = more.group(1), sentence[a_start:a.start]
        if act not in done:
            continue
        # the question names the act (一共要发多少) or the thing the done clause counts (奖励一共多少)
        thing = done[done.index(act) + len(act):].strip()
        if any(ch in question for ch in act) or any(thing[i:i + 2] in question for i in range(len(thing) - 1)):
            return [a, b]
    return []


_BREAKDOWN_RE = re.compile(r"其中|包括|分别|分为|含")
_TOTAL_WORD_RE = re.compile(r"共|合计|总|累计")


def _whole_of(sentence: str, g: Figure, parts: Sequence[Figure]) -> bool:
    """Whether figure ``g`` states the whole the parts break down: before them, with 其中/包括/分别 between, or
    after them said as a total (合计…)."""
    first, last = min(f.start for f in parts), max(f.end for f in parts)
    if g.end <= first:
        return bool(_BREAKDOWN_RE.search(sentence[g.end:first]))
    return g.start >= last and bool(_TOTAL_WORD_RE.search(_label(sentence, g)))


def sum_parts(question: str, sentence: str, places: Sequence[str] = ()) -> list[Figure]:
    """The figures of ``sentence`` the question adds, in text order; [] when they are not all found in it, are
    not of one unit, or the sentence states a whole of that unit besides them."""
    if not asks_sum(question):
        return []
    figures = [f for f in extract_figures(sentence) if f.unit]
    items = named_items(question, places)
    parts: list[Figure] = []
    if items:
        for item in items:
            fits = _fits(item, figures, sentence)
            if len(fits) != 1 or fits[0] in parts:
                return []
            parts.append(fits[0])
    elif m := _SET_RE.search(question):
        n, noun = read_int(m.group(1)), m.group(2)
        parts = [f for f in figures if noun in _label(sentence, f).replace(" ", "")]
        if not n or len(parts) != n:
            return []
    else:
        parts = done_and_more(question, sentence, figures)
    if len(parts) < 2 or len({f.unit for f in parts}) != 1:
        return []
    if any(_whole_of(sentence, f, parts) for f in figures if f.unit == parts[0].unit and f not in parts):
        return []  # a whole (现有非煤矿山58座，其中…) stands beside the parts
    return sorted(parts, key=lambda f: f.start)


def computed_sum(question: str, sentences: Sequence[tuple[int, str]], places: Sequence[str] = (),
                 first: str = "") -> tuple[int, str, str, tuple[Figure, ...]] | None:
    """For a question asking a total of parts: the source, the quoted words (first to last part), the computed note
    (据此计算共2131个（268个＋136个＋…）) and the parts, from the first of ``sentences`` ((source, sentence) pairs)
    that gives them, trying ``first`` (the found sentence) before the others."""
    for k in sorted(range(len(sentences)), key=lambda k: sentences[k][1] != first):
        source, sentence = sentences[k]
        parts = sum_parts(question, sentence, places)
        if not parts:
            continue
        start = clause_start(sentence, parts[0].start)
        quoted = sentence[start:parts[-1].end]
        arithmetic = "＋".join(f.surface.replace(" ", "") for f in parts)
        return source, quoted, f"简报未直接给出合计数，据此计算共{_total(parts)}（{arithmetic}）。", tuple(parts)
    return None
