"""A kind the question asks that the article counts beside another kind, of a figure said of the bare whole.

宿迁化工企业消除了多少条隐患: the article lists its enterprises by kind (全市 54 家化工企业、374 家危化品经营企业),
then says 全市已有 343 家企业落实…，共消除事故隐患 1620 条 of the bare 企业, never naming 化工. The figure counts
what all the kinds did, not what the asked kind did, and the text does not break it down: the answer is partial.
The same figure still answers the bare question (宿迁消除了多少条隐患), and a sentence that names the asked kind
(54 家化工企业…建立事故隐患报告制度) still answers it.
"""

from __future__ import annotations

import re

from ..text import CJK_RUN_RE

# A clause: the text between two marks that end one (a list's 、 stays inside).
_CLAUSE_RE = re.compile(r"[^，,；;。：:]+")
_DIGIT_RE = re.compile(r"\d")
# The heads a kind names its whole by (化工企业 → 企业); a head of two characters at least.
_MIN_HEAD, _MIN_KIND = 2, 2
_MAX_RUN = 10  # the longest kind-and-head run read
# A figure of its own before the asked one (343 家企业): its digits, then the places a bare head it counts may start
# after an optional 万/亿, 余/多 and one classifier (家, 个), spaces allowed between them.
_FIGURE_RUN_RE = re.compile(r"\d[\d.]*\s*")


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _head_starts(said: str) -> set[int]:
    """Where a head counted by a figure in ``said`` may start: the positions the pattern
    ``\\d[\\d.]*\\s*[万亿]?[余多]?\\s*[CJK]?\\s*`` can end at (343 家企业 → the 企 of 企业; 1.2万名 → 名's next).
    Computed once per text: a regular expression per candidate head compiled thousands of patterns a question."""
    starts: set[int] = set()
    for m in _FIGURE_RUN_RE.finditer(said):
        ends = {m.end()}
        ends |= {e + 1 for e in ends if e < len(said) and said[e] in "万亿"}
        ends |= {e + 1 for e in ends if e < len(said) and said[e] in "余多"}
        ends = {_skip_spaces(said, e) for e in ends}
        ends |= {_skip_spaces(said, e + 1) for e in ends if e < len(said) and CJK_RUN_RE.match(said[e])}
        starts |= ends
    return starts


def _listed_beside_other(term: str, head: str, article: str) -> bool:
    """Whether the article counts ``term`` in a list beside another kind of the same head, each with a figure
    (54 家化工企业、374 家危化品经营企业; 化工生产企业 248 家、医药生产企业 121 家)."""
    flat = re.sub(r"\s+", "", article)
    for m in _CLAUSE_RE.finditer(flat):
        items = m.group(0).split("、")
        own = [i for i in items if term in i and _DIGIT_RE.search(i)]
        others = [i for i in items if term not in i and head in i and _DIGIT_RE.search(i)]
        if own and others:
            return True
    return False


def _asked_kinds(part_text: str, said: str):
    """Each run of the part's words that names a kind and a head the words before the figure count bare: (化工企业,
    化工, 企业) of 宿迁化工企业消除了多少条隐患 when they say 343 家企业. A head said without a count of its own
    (推动企业自查自纠…386 项, 责令停业整改仓储点86家) is left to the other readings."""
    starts = _head_starts(said)
    if not starts:
        return
    for run in CJK_RUN_RE.findall(part_text):
        for i in range(len(run)):
            for j in range(i + _MIN_KIND + _MIN_HEAD, min(len(run), i + _MAX_RUN) + 1):
                term = run[i:j]
                for cut in range(_MIN_KIND, len(term) - _MIN_HEAD + 1):
                    if any(said.startswith(term[cut:], at) for at in starts):
                        yield term, term[:cut], term[cut:]


def listed_kind_unsaid(part_text: str, measure: str, sentence: str, before: str, article: str, title: str = "") -> bool:
    """Whether the part asks a kind (化工企业) that the figure's sentence never names, while the words before the
    figure say its whole bare (343 家企业) and the article counts the asked kind beside another (see the docstring)."""
    flat = re.sub(r"\s+", "", sentence)
    said = re.sub(r"\s+", "", before)
    for term, kind, head in _asked_kinds(part_text, said):
        if term == measure or kind in flat or term in flat or term in title:  # the article's own subject (兴化 粮食烘干企业)
            continue
        if _listed_beside_other(term, head, article):
            return True
    return False
