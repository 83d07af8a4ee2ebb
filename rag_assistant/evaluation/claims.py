"""What an answer claims, read from its text: yes or no, "not given" (a declining answer), "X is absent"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..numbers import counted_figures
from ..text import sentences, strip_markers
from ..types import Briefing, Citation
from .score import squeeze

# ---------------------------------------------------------------- yes / no

# Clause boundaries for "the first clause" of an answer.
_CLAUSE_RE = re.compile(r"[，,。；;！!？?：:\n]")
_BRACKETED_RE = re.compile(r"《[^》]*》|（[^）]*）|\([^)]*\)")
# A clause that only says where the answer comes from (据2025年第16期简报…，) is skipped.
_PREAMBLE_RE = re.compile(r"^(?:据|根据|按照|从)")
# Words that contain a negation or affirmation character without saying yes or no: question echoes,
# place names (无锡) and common words. They are blanked before the clause is read.
_NEUTRAL_RE = re.compile(r"有没有|有无|是不是|是否|能不能|会不会|无锡|不断|不少|不仅|不但|不同|不久|无论|"
                         r"有关|有效|有力|有序|所有|非法|无人机")
_NEGATIVE_RE = re.compile(r"没有|没|未|不|无|否|非")
# 对 is "right" only on its own (对。/对的，…); inside a clause it is the preposition (对基地企业实行…).
_POSITIVE_RE = re.compile(r"有|是|已|确实|的确|曾|^对的?$")


def first_clause(answer: str) -> str:
    """The answer's first clause (markers removed), after any clause that only names the source.
    Titles and brackets are emptied first: 《徐州：内外结合…》 and （查询范围：…） hold no clause break."""
    text = _BRACKETED_RE.sub(lambda m: m.group(0)[0] + m.group(0)[-1], strip_markers(answer or ""))
    clauses = [c.strip() for c in _CLAUSE_RE.split(text)]
    clauses = [c for c in clauses if c]
    while len(clauses) > 1 and _PREAMBLE_RE.match(clauses[0]):
        clauses.pop(0)
    return clauses[0] if clauses else ""


def polarity(answer: str) -> str | None:
    """"yes", "no" or None (the answer does not lead with either) from the first clause.

    Negative when the clause holds 没有/没/未/不/无/否/非 (neutral words blanked first), else positive
    when it holds 有/是/已/确实/的确/曾 or is just 对, else undetermined."""
    clause = _NEUTRAL_RE.sub("□", first_clause(answer))
    if _NEGATIVE_RE.search(clause):
        return "no"
    if _POSITIVE_RE.search(clause):
        return "yes"
    return None


# ---------------------------------------------------------------- declining ("not given")

_NOT_GIVEN_RE = re.compile(
    r"未给出|没有给出|未提供|没有提供|未提及|没有提及|未提到|没有提到|未找到|没有找到|未查到|没有查到|未检索到|"
    r"无法回答|无法确定|无法提供|没有相关|未包含|不包含|没有(?:关于|所问|具体|明确)|"
    r"未(?:明确|具体)?(?:说明|载明|披露|记载|报道|公布|列出)|没有(?:记载|报道|公布|说明|列出|数据|数字)|"
    r"暂无|尚无|无(?:相关|此类|具体)")


def lead(answer: str) -> str:
    """The answer's first sentence, markers removed."""
    first = sentences(strip_markers(answer or ""))
    return first[0] if first else ""


def declines(answer: str) -> bool:
    """Whether the answer leads by saying the asked information is not given, without a figure in that
    lead (a partial answer: "简报未给出…；关于…，简报提到：…"). Dates and issue numbers do not count."""
    head = lead(answer)
    return bool(_NOT_GIVEN_RE.search(head)) and not counted_figures(head)


# ---------------------------------------------------------------- "X is absent" claims

# The subject is greedy, so 没有关于南通的巡查员的记载 claims 南通的巡查员 (not 南通) is absent.
_SUBJECT = r"(?P<x>[^，。；！？,;!?\s：:（）()《》]{2,24})"
_NO = r"(?:没有|无(?!锡)|未找到|没有找到|未发现|未见|不包含|未收录|未涉及|未提及|未提到)"  # 无锡 is a city, not 无
_RECORD = r"的(?:相关)?(?:记载|内容|报道|信息|资料|文章|数据|数字|情况|做法|经验|介绍|说明|统计)"
_ABSENCE_RES = (
    # 没有关于X的记载 / 未找到关于X的内容 / 不包含关于X的信息
    re.compile(_NO + r"(?:任何)?关于" + _SUBJECT + _RECORD),
    # 未涉及X的内容 / 没有报道过X的情况
    re.compile(r"(?:没有|未)(?:报道|提及|提到|涉及|记载|介绍|收录|刊登)(?:过)?" + _SUBJECT + _RECORD),
    # 简报中没有X的报道 / 资料中无X的记载
    re.compile(r"(?:简报|资料|索引|文件)(?:中|里)?" + _NO + _SUBJECT + _RECORD),
    # 没有与「X」相关的文章 / 未找到与X有关的内容
    re.compile(_NO + r"(?:任何)?与" + _SUBJECT + r"(?:相关|有关)的"),
)
# 索引中没有X的简报 / 没有X简报: a claim that no briefing of that year or issue exists.
_NO_BRIEFING_RE = re.compile(_NO + _SUBJECT + r"的?(?:简报|期刊)(?![的之中里])")
_NAME_SPLIT_RE = re.compile(r"[、和及与或/]")
# Subjects that point back at the question rather than naming a place or topic.
_GENERIC_RE = re.compile(r"^(?:这|此|该|所|上述|相关|具体|本|其|您|你)")
# A year, an issue number, or both: 2024年, 第21期, 2025年第15期.
_ISSUE_RE = re.compile(r"(?:(\d{4})年)?第(\d+)期|(\d{4})年")


@dataclass(frozen=True)
class CorpusFacts:
    """What the corpus holds, for judging absence claims: its text, its article titles, its issue labels."""

    text: str  # whitespace removed: TOC lines, headlines, article titles and bodies
    labels: tuple[str, ...]  # issue labels such as 2025年第14期
    titles: str = ""  # whitespace removed: TOC lines and article titles (what the articles are about)
    by_label: tuple[tuple[str, str], ...] = ()  # (issue label, or a special issue's year, its text, whitespace removed)
    special: str = ""  # the unnumbered special issues' text (专刊), whitespace removed


def corpus_facts(briefings: Iterable[Briefing]) -> CorpusFacts:
    """The text (TOC, headline, titles, bodies), titles and issue labels of some parsed briefings."""
    parts, titles, labels, by_label, special = [], [], [], [], []
    for b in briefings:
        titles += [*b.toc, *(a.title for a in b.articles)]
        parts += [*b.toc, b.headline or ""]
        parts += [f"{a.title}\n{a.text}" for a in b.articles]
        own = [*b.toc, b.headline or "", *(f"{a.title}\n{a.text}" for a in b.articles)]
        if b.issue:
            labels.append(b.issue)
            by_label.append((b.issue, squeeze("\n".join(own))))
        else:  # a special issue: no label, but its year (if known) scopes a claim about that year
            special.append(squeeze("\n".join(own)))
            if b.year:
                by_label.append((f"{b.year}年", special[-1]))
    return CorpusFacts(text=squeeze("\n".join(parts)), labels=tuple(labels), titles=squeeze("\n".join(titles)),
                       by_label=tuple(by_label), special="".join(special))


def _names(subject: str) -> list[str]:
    subject = subject.removeprefix("关于")
    names = [n for n in _NAME_SPLIT_RE.split(subject) if len(n) >= 2 and not _GENERIC_RE.match(n)]
    return names


def _present(name: str, haystack: str) -> bool:
    variants = {name, name[:-1] if name[-1] in "市县区" and len(name) > 2 else name}
    return any(squeeze(v) in haystack for v in variants)


def _issue_exists(subject: str, labels: Sequence[str]) -> bool:
    match = _ISSUE_RE.search(subject)
    if not match:
        return False
    year = match.group(1) or match.group(3)
    number = match.group(2)
    return any((year is None or label.startswith(f"{year}年")) and (number is None or label.endswith(f"第{int(number)}期"))
               for label in labels)


def _absence_claims(answer: str) -> list[tuple[str, str]]:
    """(subject, the answer sentence holding the claim) of every absence claim, first occurrence each."""
    text = strip_markers(answer or "")
    found: dict[str, str] = {}
    for sentence in sentences(text) or [text]:
        for pattern in (*_ABSENCE_RES, _NO_BRIEFING_RE):
            for match in pattern.finditer(sentence):
                subject = match.group("x").removeprefix("关于").removesuffix("的").strip("「」“”\"'《》")
                found.setdefault(subject, sentence)
    return list(found.items())


def absence_subjects(answer: str) -> list[str]:
    """What the answer says the briefings do not hold: X of 没有关于X的记载, 未涉及X的内容, 没有X的简报."""
    return [subject for subject, _ in _absence_claims(answer)]


def _scoped_text(sentence: str, subject: str, facts: CorpusFacts) -> str | None:
    """The text of the indexed issues a claim is limited to: one issue (2024年第21期没有关于南通的报道),
    every issue of one year (2026年的简报中没有关于无锡的报道) or the special issues (专刊中…), else None."""
    for match in _ISSUE_RE.finditer(squeeze(sentence.replace(subject, ""))):
        year, number = match.group(1) or match.group(3), match.group(2)
        if number is None and year is None:
            continue
        texts = [text for label, text in facts.by_label
                 if (number is None or label.endswith(f"第{int(number)}期")) and (year is None or label.startswith(f"{year}年"))]
        if texts:
            return "".join(texts)
    if facts.special and re.search(r"专刊|特刊|增刊", sentence.replace(subject, "")):
        return facts.special  # 《…》专刊中没有关于宿迁的报道: judged on the special issues alone
    return None


def _place_with_article(name: str, titles: str) -> bool:
    """Whether ``name`` mentions a Jiangsu place that an article title (or TOC line) names."""
    from ..ingest.gazetteer import find_places

    return any(squeeze(form) in titles for p in find_places(name) for form in (p.name, p.full, *p.aliases))


def false_absence_claims(answer: str, facts: CorpusFacts, citations: Sequence[Citation] = (),
                         answerable: bool = False) -> list[str]:
    """The absence claims of an answer that the corpus contradicts.

    A year or issue (2024年, 2025年第15期) is contradicted when the corpus has a briefing with that
    label; any other subject is split into names (南通和无锡 → 南通, 无锡) and a name is contradicted
    when it occurs, whitespace ignored and with or without a trailing 市/县/区, in the title or quote of
    a citation of the answer or anywhere in the corpus text (TOC lines, titles, bodies); a claim whose
    sentence limits it to one indexed issue or year (2024年第21期没有关于南通的报道, 2026年的简报中…) is judged on
    those issues alone. For an
    ``answerable`` item a name that only mentions a place (镇江燃气整治) is contradicted too when an
    article title or TOC line names that place: the corpus has an article about it."""
    cited = squeeze("".join(f"{c.title}{c.quote}" for c in citations))
    false: dict[str, None] = {}
    for subject, sentence in _absence_claims(answer):
        if _ISSUE_RE.search(subject):
            if _issue_exists(subject, facts.labels):
                false.setdefault(subject, None)
            continue
        scoped = _scoped_text(sentence, subject, facts)
        for name in _names(subject):
            if scoped is not None:  # the claim is about one issue: only that issue can contradict it
                contradicted = _present(name, scoped)
            else:
                contradicted = (_present(name, cited) or _present(name, facts.text) or answerable
                                and _place_with_article(name, facts.titles + squeeze("".join(c.title for c in citations))))
            if contradicted:
                false.setdefault(name, None)
    return list(false)
