"""An answer as claims (clauses with their own [n] markers), and whether a figure of a claim says what
the quote clause holding the same value says: its unit, the subject and measure words next to it, and
whether it is a change (新增/同比) or a plan (拟) rather than a total or a fact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..nouns import counted_noun, head_noun
from ..numbers import CALENDAR_UNITS, Figure, extract_figures, units_agree, vague_quantities
from ..text import CJK_RE, marker_spans, sentence_spans
from .directions import FALL, GAIN, LEVEL_RISE, alternation
from .respective import respective_window

# Marker text is blanked with a character no figure pattern accepts, so 2.8万[1]人 cannot fuse into
# one figure across the marker and offsets stay those of the answer.
BLANK = "\x00"
# Clauses end at these; a list item (、) ends a figure's own words but not the clause's change words.
_CLAUSE_END = "，,；;。！？!?\n：:"
_ITEM_END = _CLAUSE_END + "、（）()"
# A change is a different quantity from a total: 增配16名 is not 共有16名, 同比下降15% is not 15%.
# Words that count new things govern a figure anywhere before it in its clause (新增物联感知设备 2030 套);
# verbs of magnitude only right before it (提升15%, not 整治提升“危污乱散低”企业5140余家).
_NEAR = r"(?:了|约|近|超|达|逾|\s)*$"
_CHANGES = {
    "increase": re.compile(r"(?<!创)新增|增配|(?<!创)新建|新招|新配|新设|净增|"
                           rf"(?:{alternation(LEVEL_RISE, GAIN)}|扩大|多出|增幅){_NEAR}"),
    "decrease": re.compile(rf"(?:{alternation(FALL)}|降幅|减幅|缩减){_NEAR}"),
    "yoy": re.compile(r"同比|环比|比上年|较上年|比去年|较去年|较同期"),
}
# Plans and facts contradict each other only when both are said: 已 is often added to a plain fact.
_PLANNED = re.compile(r"拟|计划|预计|力争|目标")
_DONE = re.compile(r"已经|已|完成了|实现了")
# Bare figures listed before a figure (12.4%和 | 3、5、): the words before the list govern them all.
_LISTED = re.compile(r"(?:\d[\d.．]*\s*(?:[%％‰]|个百分点)?\s*[和、及与]\s*)+$")  # full-width as a PDF prints it


@dataclass(frozen=True)
class ClaimSpan:
    """One clause of an answer with the citation numbers that cover it."""

    text: str
    start: int
    end: int
    markers: tuple[int, ...]


def blank_markers(text: str) -> str:
    """``text`` with every [n] marker replaced by BLANK characters (offsets kept)."""
    chars = list(text)
    for start, end, _ in marker_spans(text):
        chars[start:end] = BLANK * (end - start)
    return "".join(chars)


def _thousands(text: str, i: int) -> bool:
    """Whether the comma at ``i`` separates thousands (31,933), not clauses."""
    return text[i] in ",，" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]``; a marker right after a clause end still belongs to it."""
    out, at = [], start
    for i in range(start, end):
        if text[i] in _CLAUSE_END and not _thousands(text, i):
            j = i + 1
            while j < end and text[j] == BLANK:
                j += 1
            out.append((at, j))
            at = j
    if at < end:
        out.append((at, end))
    return [(a, b) for a, b in out if text[a:b].strip(BLANK + " \t" + _CLAUSE_END)]


def _sentences(blanked: str) -> list[tuple[int, int]]:
    """Sentence spans, a run of markers after a sentence end (A。[1]) kept with that sentence."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(blanked):
        if out and not blanked[s:e].strip(BLANK + " \t。！？；!?;"):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def split_claims(answer: str) -> list[ClaimSpan]:
    """The clauses of an answer, each with the markers in it; a clause without one takes the nearest
    marked clause after it in its sentence (A，B，C[1]。), else before it ([1]A，B。), else a marker
    that opens the next sentence (A。[1])."""
    answer = answer if isinstance(answer, str) else ""
    blanked = blank_markers(answer)
    spans = marker_spans(answer)
    sentences: list[list[tuple[int, int, tuple[int, ...]]]] = []
    for s, e in _sentences(blanked):
        clauses = []
        for a, b in _clauses(blanked, s, e):
            numbers = tuple(dict.fromkeys(n for ms, me, ns in spans if a <= ms < b for n in ns))
            clauses.append((a, b, numbers))
        if clauses:
            sentences.append(clauses)
    claims = []
    for k, clauses in enumerate(sentences):
        for i, (a, b, numbers) in enumerate(clauses):
            if not numbers:
                after = [c[2] for c in clauses[i + 1:] if c[2]]
                before = [c[2] for c in clauses[:i] if c[2]]
                following = sentences[k + 1][0] if k + 1 < len(sentences) else None
                opens = following is not None and blanked[following[0]:following[1]].lstrip(" \t").startswith(BLANK)
                numbers = after[0] if after else before[-1] if before else following[2] if opens else ()
            text = answer[a:b].strip()
            if CJK_RE.search(text) or extract_figures(blanked[a:b]):
                claims.append(ClaimSpan(text, a, b, numbers))
    return claims


# Names, not claims: a title in 《》 (“五个一”机制…, 《2024年工作要点》) and the answer's own scope note.
# So are short quoted names (“五个一”, “2+3 工作制”), a count of the answer's own figures (两个数字) and an
# ordinal (第二篇, 第三点: which one, not how many).
# The clause that says what the briefings do not give restates the question in its own words (简报未给出南通打非治违
# 排查的3万多家企业里危化品经营企业的数量): up to its first stop, it claims nothing about the text.
_NAMES_RE = re.compile(r"《[^《》]*》|（检索范围：[^（）]*）|“[^“”]{1,15}”|[两二三四五六七八九]个数字|"
                       r"第[一二三四五六七八九十0-9]{1,3}(?=篇|点)|简报未(?:给出|提到)[^，,；;。\[]*")


def blank_names(text: str) -> str:
    """``text`` with its names blanked (same length): the figures inside them state nothing."""
    return _NAMES_RE.sub(lambda m: BLANK * len(m.group()), text)


def claim_figures(answer: str, claim: ClaimSpan) -> list[Figure]:
    """Exact and vague figures of one claim, offsets into the answer, in order (none inside names)."""
    blanked = blank_names(blank_markers(answer))[claim.start:claim.end]
    found = extract_figures(blanked) + vague_quantities(blanked)
    return sorted((Figure(answer[claim.start + f.start:claim.start + f.end], f.value, f.unit,
                          claim.start + f.start, claim.start + f.end) for f in found), key=lambda f: f.start)


def _bounds(text: str, figure: Figure, figures: Sequence[Figure], ends: str) -> tuple[int, int]:
    """The span of words that belong to ``figure``: back to the previous figure or stop character,
    forward to the next one."""
    left = max([g.end for g in figures if g.end <= figure.start] + [0])
    right = min([g.start for g in figures if g.start >= figure.end] + [len(text)])
    for i in range(figure.start - 1, left - 1, -1):
        if text[i] in ends:
            left = i + 1
            break
    for i in range(figure.end, right):
        if text[i] in ends:
            right = i
            break
    return left, right


def own_words(text: str, figure: Figure, figures: Sequence[Figure]) -> str:
    """The words next to a figure that say what it counts (排查企业 in 累计排查企业 31933 家); for a figure
    listed after 分别, those of the figure it stands for (死亡231人，同比分别下降12.4%和9.8%: 9.8% is the deaths')."""
    def words(g: Figure) -> str:
        left, right = _bounds(text, g, figures, _ITEM_END)
        return text[left:g.start] + " " + text[g.end:right]
    return respective_window(text, figures, figure, words) or words(figure)


def clause_before(text: str, figure: Figure) -> str:
    """The clause up to the figure: where the 新增/同比/拟 that govern it are written (without the figures
    listed before it: 同比分别下降12.4%和9.8% governs 9.8% as it does 12.4%)."""
    left = max((i + 1 for i in range(figure.start) if text[i] in _CLAUSE_END and not _thousands(text, i)), default=0)
    return _LISTED.sub("", text[left:figure.start].replace(BLANK, ""))


def _pairs(words: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fffA-Za-z]+", " ", words)
    return {chars[i:i + 2] for i in range(len(chars) - 1) if " " not in chars[i:i + 2]}


def _changes(left: str) -> set[str]:
    """The kinds of change the words before a figure (in its clause) state."""
    return {kind for kind, pattern in _CHANGES.items() if pattern.search(left)}


def disagreement(claim_text: str, claim_fig: Figure, claim_figs: Sequence[Figure],
                 quote: str, quote_fig: Figure, quote_figs: Sequence[Figure]) -> str | None:
    """Why the quote's figure of equal value does not support the claim's figure, or None when it does.
    Figures' offsets index into their own texts (the claim's clause, the quote)."""
    mine = own_words(claim_text, claim_fig, claim_figs)
    theirs = own_words(quote, quote_fig, quote_figs)
    if claim_fig.unit != "约":
        same_noun = _same_noun(claim_text, claim_fig, quote, quote_fig)
        if not units_agree(claim_fig.unit, quote_fig.unit, same_noun):
            return f"单位不符：原文是“{quote_fig.surface.strip()}”"
    if claim_fig.unit in CALENDAR_UNITS:
        return None
    words, own = _pairs(mine), _pairs(theirs)
    # another subject of the same sentence (a figure in another sentence has its own context)
    start, end = next((s, e) for s, e in sentence_spans(quote) if s <= quote_fig.start < e)
    for other in quote_figs:
        if other.value == quote_fig.value or other.unit in CALENDAR_UNITS or not start <= other.start < end:
            continue
        theirs_other = _pairs(own_words(quote, other, quote_figs))
        # words of the claim that the quote puts next to another figure and not next to this one
        elsewhere, here = len(words & theirs_other - own), len(words & own - theirs_other)
        if elsewhere > here:
            return f"对象不符：原文中与此处说法对应的是“{other.surface.strip()}”，{quote_fig.surface.strip()}说的是另一项"
    said, written = clause_before(claim_text, claim_fig), clause_before(quote, quote_fig)
    ours, quoted = _changes(said), _changes(written)
    if quoted - ours and not ({"increase", "decrease"} & ours and quoted - ours == {"yoy"}):
        return "口径不符：原文是变化量（新增/增减/同比），回答写成了总量"
    if ours - quoted:
        return "口径不符：回答说是变化量（新增/增减/同比），原文不是"
    c_plan, c_done, q_plan, q_done = (bool(p.search(w)) for w in (said, written) for p in (_PLANNED, _DONE))
    if (c_plan and not c_done and q_done and not q_plan) or (c_done and not c_plan and q_plan and not q_done):
        return "口径不符：原文是计划（拟）与已完成之分，回答说反了"
    return None


def _same_noun(claim_text: str, claim_fig: Figure, quote: str, quote_fig: Figure) -> bool:
    """Whether the claim's figure and the quote's count the same noun (head words compared)."""
    a = counted_noun(claim_text.replace(BLANK, " "), claim_fig.start, claim_fig.end)
    b = counted_noun(quote, quote_fig.start, quote_fig.end)
    return bool(a and b) and head_noun(a) == head_noun(b)
