"""Yes/no: the part of a claim the nearest record does not give. A yes/no whose evidence speaks of the claim's
subject (淮南的指引, 滨海县…注安师) but does not say the claim's thing (有没有给考注安师的人发补贴: no 补贴 there) is
answered no, naming that thing, with the record that shows what the text does say (鼓励…考取注册安全工程师…;
…优先推荐进入省、市安全生产专家库). A record that says none of the claim's things is no answer to it: then the
reply stays a partial one. A record found as an answer (its words cover the claim's) is answered no only for a
benefit it does not give: its other words may be paraphrases (烟感 ← 感烟探测器, 安责险 ← 安全生产责任保险). A
measure the question names in quotes (有没有搞“一船一码”) is one the record must say by that name."""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure
from ..nouns import tagged
from .domain import said
from .unsaid_compound import widen_to_compound


_NAME_RE = re.compile(r"“[^“”]{1,20}”|《[^《》]*》|\"[^\"]{1,20}\"")


def unsaid_names(question: str, text: str) -> list[str]:
    """The quoted names of ``question`` (“一船一码”, 《…》) that ``text`` does not say: a measure named by the asker
    that a sentence without it cannot confirm (有没有搞“一船一码” ← a sentence on 旅游船舶96艘)."""
    bare = re.sub(r"\s+", "", text)
    return [m.group(0) for m in _NAME_RE.finditer(question) if re.sub(r"\s+", "", m.group(0)[1:-1]) not in bare]


def in_name(text: str, f: Figure) -> bool:
    """Whether a figure is part of a quoted name (“四个回头看”, “1+29”, 《…》): it names, it counts nothing."""
    return any(m.start() < f.start < m.end() for m in _NAME_RE.finditer(text))


# The flags of proper names (places, persons, bodies, others): what names the claim's subject, found by the search.
_NAME_FLAGS = ("ns", "nr", "nt", "nz")


def noun_terms(text: str, terms: Sequence[str], common: bool = False) -> tuple[str, ...]:
    """The ``terms`` that are (parts of) nouns of ``text``: a proposition's things (专家, 机制), not its verb; with
    ``common``, of common nouns only (补贴, not 淮南)."""
    nouns = [w for w, f, _, _ in tagged(text) if (f.startswith("n") or f in ("vn", "l")) and
             not (common and f.startswith(_NAME_FLAGS))]
    return tuple(t for t in terms if any(t in w or (len(w) > 1 and w in t) for w in nouns))


def _says(term: str, text: str) -> bool:
    return term in text or said(term, text)


def unsaid_things(question: str, topic: Sequence[str], sentence: str, article: str) -> list[str]:
    """The things (common nouns) of the claim ``question`` that ``sentence`` does not say, when it says another of
    its nouns (the subject); of those, the ones its whole ``article`` never says when there are any. [] when the
    sentence says all of them or none. A name (淮南, 滨海) is the subject the search found, never the missing thing."""
    text, whole = re.sub(r"\s+", "", sentence), re.sub(r"\s+", "", article)
    things = [t for t in noun_terms(question, topic) if len(t) > 1]
    common = set(noun_terms(question, topic, common=True))
    if not any(_says(t, text) for t in things):
        return []  # nothing of the claim is said: no record of it, not a record of another thing
    unsaid = [t for t in things if t in common and not _says(t, text)]
    if not unsaid:
        return []
    heads = [t for t in things if _says(t, text)]  # 场所 (小场所): the head a modifier left unsaid belongs to
    return [widen_to_compound(question, t, heads, lambda c: _says(c, text))
            for t in ([t for t in unsaid if not _says(t, whole)] or unsaid)]


# A benefit given to people (补贴, 补助, 奖金, 津贴, 慰问金, 奖补), the claim's thing; any word of giving one in the quote
# (补助4000元, 奖励, 财政补贴30%, 资助) may say it, so only a quote with none of them answers no.
_BENEFIT_ASKED_RE = re.compile(r"补贴|补助|奖金|津贴|慰问金|奖补")
_BENEFIT_SAID_RE = re.compile(r"补贴|补助|奖|津贴|慰问|资助|报销|财政")


def unsaid_benefit(question: str, text: str) -> str:
    """The benefit a yes/no claims is given (有没有给考注安师的人发奖金 → 奖金) when ``text`` (the quote and its title)
    says no benefit at all (…优先推荐进入省、市安全生产专家库), else ""."""
    m = _BENEFIT_ASKED_RE.search(question)
    return m.group(0) if m and not _BENEFIT_SAID_RE.search(text) else ""
