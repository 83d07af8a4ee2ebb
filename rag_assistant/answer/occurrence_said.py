"""Yes/no on whether an event occurred (出过事故吗, 有没有发生火灾): a sentence that records an occurrence of the event
says it; one that only names the event as a description answers nothing.

``有限空间作业是工贸行业事故多发环节`` (an editor's note) holds every word of 扬州有限空间作业出过事故吗, as does
``全年未发生有限空间作业事故``; only the second says whether an accident occurred. A sentence records an occurrence
when a clause naming the event also has an occurrence verb (发生, 出现, 造成, negated or not), a count of events (37起)
or its change (火灾起数同比下降42.5%: fires did occur), or a zero (零事故, 零伤亡). The factor lowers a sentence whose clauses naming the event record none, so the record is
preferred. When the best sentence still records none, ``described_only`` names the event so the answer says
the briefing does not mention its occurrence instead of a bare 有.
"""

from __future__ import annotations

import re

# The event an occurrence question asks about: an occurrence verb, then (within a few characters) an event noun.
# A bare 出 is the occurrence verb only with its aspect (出过, 出了) or right before the event (出事故): 出台/出动/出具
# 事故隐患…办法 asks about a measure taken, not an occurrence.
_ASKED_RE = re.compile(r"(?:(?:发生|出现)(?:过|了)?|出(?:过|了))[\u4e00-\u9fff]{0,8}?(事故|火灾|火情|火警|险情|伤亡|死亡|爆炸|泄漏|事件)"
                       r"|出(事故|火灾|火情|险情|伤亡|人命)")
_RECORDED_RE = re.compile(r"发生|出现|造成|\d\s*起|起数|零[“”\"]?[\u4e00-\u9fff]|亡人|死亡\s*\d")
_CLAUSE_RE = re.compile(r"[^，。；,;：:]+")


def occurred_event(question: str) -> str:
    """The event noun an occurrence yes/no asks about (出过事故吗 → 事故), else ""."""
    m = _ASKED_RE.search(question)
    return (m.group(1) or m.group(2)) if m else ""


def occurrence_fit(question: str, sentence: str) -> float:
    """1.0 unless ``question`` asks whether an event occurred and ``sentence`` names that event only in clauses
    recording no occurrence of it (事故多发环节): then 0.85."""
    event = occurred_event(question)
    if not event:
        return 1.0
    clauses = [c for c in _CLAUSE_RE.findall(sentence) if event in c]
    if not clauses or any(_RECORDED_RE.search(c) for c in clauses):
        return 1.0
    return 0.85


def records_occurrence(question: str, text: str) -> bool:
    """Whether ``text`` (what a sentence says besides a negated occurrence) records events of the kind an occurrence
    question asks about: it names the asked event noun (共发生生产安全事故37起) or records an occurrence in its own words
    (火灾起数同比下降37.5%, 死亡29人). A change of another measure of the subject (起重机械隐患数量同比下降35.2%)
    records none. True when the question asks no occurrence."""
    event = occurred_event(question)
    return not event or event in text or bool(_RECORDED_RE.search(text))


def described_only(question: str, sentence: str) -> str:
    """The event an occurrence yes/no asks about when ``sentence`` names it only in clauses recording no occurrence
    of it (泰州船企出过事故吗 ← 开展…火灾事故等应急演练138场, 事故多发环节), else "": a bare 有 read off such a
    sentence would be false, the briefing does not say whether the event occurred."""
    return occurred_event(question) if occurrence_fit(question, sentence) < 1.0 else ""


# A count of casualties said in the text's own words: 死亡29人, 受伤3人, 遇难2人, 死亡、失踪5人.
_CASUALTY_COUNT_RE = re.compile(r"(?:死亡|受伤|遇难|重伤|轻伤|亡)\s*[、和及]?\s*(?:失踪)?\s*\d+(?:\.\d+)?\s*人")


def casualties_said(question: str, text: str) -> str:
    """The question's word for casualties (人员伤亡) when it asks about them (有没有人员伤亡, 出过伤亡吗) and ``text``
    counts deaths or injuries without that word (共发生生产安全事故37起、死亡29人): a count of the dead says that
    casualties occurred, so the sentence covers the asked word. "" otherwise."""
    if "伤亡" not in question or "伤亡" in text or not _CASUALTY_COUNT_RE.search(text):
        return ""
    return "人员伤亡"
