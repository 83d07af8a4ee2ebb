"""The verifier's adversarial suite: wrong but plausible answers (and correct controls) built from the real
bundled briefings, played by a fake OpenAI-compatible server (stdlib http.server, streaming or not) through
the real ``openai`` backend. Used by tests/test_adversarial.py and benchmarks/adversarial.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from llm_servers import LocalServer, _Handler, chunk_event
from rag_assistant.answer.claims import _CHANGES, own_words
from rag_assistant.numbers import CALENDAR_UNITS, Figure, contains_figure, extract_figures
from rag_assistant.text import sentences
from rag_assistant.units import unit_class
from rag_assistant.types import Briefing

# What each kind of wrong answer does (the rows of the issue's table), and the controls.
KINDS = {
    "other_subject": "同一句中属于另一对象的数字（排查企业 248 家）",
    "wrong_unit": "数字对、单位或量级错（1万余个网格 → 1万余名）",
    "wrong_source": "真实数字引用了不含它的资料",
    "change_total": "变化量与总量、拟与已颠倒（增配16名 → 共有16名）",
    "other_issue": "另一期简报的真实数字（问 2026 年，答 2025 年的数字）",
    "vague": "编造的约数或比例（上百家、两成）配上正确的 [n]",
    "marker_variant": "标记变体（【n】、［n］、标记在前、两个数字标记互换）指向错误资料",
}
CONTROL = "control"
PER_KIND = 20
UNRESOLVED = "（无法按脚本作答）"
REPLACED_NOTICE = "大模型回答中有"


@dataclass(frozen=True)
class Case:
    """One scripted answer: ``template`` holds {cite:S} (the source that says figure S) and {other:S} (one
    that does not) placeholders the server resolves against the numbered sources it is sent."""

    kind: str
    question: str
    template: str

    @property
    def wrong(self) -> bool:
        return self.kind != CONTROL


@dataclass(frozen=True)
class Fact:
    """One counted figure of a briefing sentence, with the words that say what it counts."""

    issue: str | None
    title: str
    sentence: str
    figure: Figure
    words: str  # own words before the figure (排查企业 in 全市累计排查企业 31933 家)
    left: str  # its clause up to the figure

    @property
    def surface(self) -> str:
        return self.figure.surface.strip()

    def question(self, scoped: bool = False) -> str:
        ask = "比例是多少" if self.figure.unit == "%" else f"多少{self.figure.unit or '个'}"
        scope = f"{self.issue}简报中，" if scoped and self.issue else ""
        return f"{scope}{self.title}：{self.words}{ask}？"


def facts_of(briefings: Sequence[Briefing]) -> list[Fact]:
    """Every counted figure of the briefings whose own words name what it counts (three or more characters)."""
    out = []
    for b in briefings:
        for article in b.articles:
            for sentence in sentences(article.text):
                found = extract_figures(sentence)
                for f in found:
                    if f.unit in CALENDAR_UNITS or not f.unit:
                        continue
                    words = own_words(sentence, f, found).split(" ")[0].strip()
                    words = re.sub(r"^(?:其中|并|共|全市|同时|此外)", "", words).strip()
                    if len(re.findall(r"[\u4e00-\u9fff]", words)) < 3 or "“" in words[-2:]:
                        continue
                    start = max((i + 1 for i in range(f.start) if sentence[i] in "，；：。"), default=0)
                    out.append(Fact(b.issue, article.title, sentence, f, words, sentence[start:f.start]))
    return out


# ---------------------------------------------------------------- the wrong answers, kind by kind

def _number_part(fact: Fact) -> tuple[str, str]:
    """(number, unit as written): 175.1 万 + 元, 31933 + 家."""
    surface = fact.surface
    for unit in sorted({fact.figure.unit, "万元", "亿元", "个百分点"}, key=len, reverse=True):
        if unit and surface.endswith(unit):
            number = surface[: -len(unit)].rstrip()
            return (number[:-1], "万" + unit) if unit == "元" and number.endswith("万") else (number, unit)
    return surface, ""


_UNIT_SWAP = {"家": "名", "个": "名", "名": "家", "人": "家", "条": "人", "处": "人", "件": "人", "项": "人",
              "套": "人", "次": "人", "所": "人", "支": "人", "座": "人", "万元": "元", "元": "万元", "%": "个"}


def other_subject(facts: Sequence[Fact]) -> Iterator[Case]:
    for a in facts:
        for b in facts:
            # a.words must not also be b's own words (生产经营单位报告的 21021 家 is true of 21021 as well)
            if b.sentence == a.sentence and b.figure.value != a.figure.value and b.words not in a.words \
                    and a.words not in own_words(b.sentence, b.figure, extract_figures(b.sentence)) \
                    and unit_class(a.figure.unit) == unit_class(b.figure.unit):
                yield Case("other_subject", a.question(), f"{a.words}{b.surface}[{{cite:{a.surface}}}]。")
                break


def wrong_unit(facts: Sequence[Fact]) -> Iterator[Case]:
    for a in facts:
        number, unit = _number_part(a)
        if unit in _UNIT_SWAP:
            yield Case("wrong_unit", a.question(), f"{a.words}{number}{_UNIT_SWAP[unit]}[{{cite:{a.surface}}}]。")


def wrong_source(facts: Sequence[Fact]) -> Iterator[Case]:
    for a in facts:
        yield Case("wrong_source", a.question(), f"{a.words}{a.surface}[{{other:{a.surface}}}]。")


def change_total(facts: Sequence[Fact]) -> Iterator[Case]:
    swaps = [(_CHANGES["increase"], "共有"), (_CHANGES["decrease"], "共"), (re.compile("拟"), "已"),
             (re.compile("已(?!有)"), "拟"), (re.compile("累计|共计"), "新增")]
    for a in facts:
        for pattern, replacement in swaps:
            if pattern.search(a.left):
                said = pattern.sub(replacement, a.left, count=1)
                yield Case("change_total", a.question(), f"{said}{a.surface}[{{cite:{a.surface}}}]。")
                break


def other_issue(facts: Sequence[Fact]) -> Iterator[Case]:
    for a in facts:
        if not a.issue:
            continue
        same_issue = " ".join(f.sentence for f in facts if f.issue == a.issue)
        for b in facts:
            place = a.title[:2]
            if b.issue != a.issue and unit_class(b.figure.unit) == unit_class(a.figure.unit) and \
                    place in b.title + b.sentence and not contains_figure(same_issue, b.surface):
                yield Case("other_issue", a.question(scoped=True), f"据{a.issue}简报，{a.words}{b.surface}[1]。")
                break


def vague(facts: Sequence[Fact]) -> Iterator[Case]:
    words = ["上百", "数千", "近万", "十几", "两成", "翻一番", "过半", "三四十"]
    for i, a in enumerate(facts):
        _, unit = _number_part(a)
        phrase = words[i % len(words)]
        said = phrase if phrase in ("两成", "翻一番", "过半") else phrase + (unit if unit != "%" else "个")
        yield Case("vague", a.question(), f"{a.words}{said}[{{cite:{a.surface}}}]。")


def marker_variant(facts: Sequence[Fact]) -> Iterator[Case]:
    for i, a in enumerate(facts):
        other = f"{{other:{a.surface}}}"
        mate = next((b for b in facts if b.sentence == a.sentence and b.figure.value != a.figure.value), None)
        forms = [f"{a.words}{a.surface}【{other}】。", f"【{other}】{a.words}{a.surface}。",
                 f"{a.words}{a.surface}［{other}］。", f"{a.words}{a.surface}。[{other}]"]
        if mate:  # two figures of one source, the first given another source's marker
            forms.append(f"{a.words}{a.surface}【{other}】，{mate.words}{mate.surface}【{{cite:{a.surface}}}】。")
        yield Case("marker_variant", a.question(), forms[i % len(forms)])


def controls(facts: Sequence[Fact]) -> Iterator[Case]:
    """Correct answers in the forms models write them: restated issue, 【n】, marker first or after the
    full stop, 名 for 人, full-width digits, the verbatim clause, a place and 共 added."""
    for i, a in enumerate(facts):
        cite = f"{{cite:{a.surface}}}"
        number, unit = _number_part(a)
        people = {"人": "名", "名": "人"}.get(unit)
        full = a.surface.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
        forms = [f"据{a.issue or '简报专刊'}简报，{a.words}{a.surface}[{cite}]。", f"{a.words}{a.surface}【{cite}】。",
                 f"[{cite}]{a.words}{a.surface}。", f"{a.words}{a.surface}。[{cite}]",
                 f"{a.words}{number}{people}[{cite}]。" if people else f"{a.left}{a.surface}[{cite}]。",
                 f"{a.words}{full}[{cite}]。", f"{a.left}{a.surface}[{cite}]。",
                 f"{a.title[:2]}{a.words}共{a.surface}[{cite}]。", f"{a.title[:2]}{a.left}{a.surface}【{cite}】。"]
        yield Case(CONTROL, a.question(), forms[i % len(forms)])


GENERATORS = {"other_subject": other_subject, "wrong_unit": wrong_unit, "wrong_source": wrong_source,
              "change_total": change_total, "other_issue": other_issue, "vague": vague,
              "marker_variant": marker_variant}


def _spread(cases: Iterator[Case], limit: int) -> list[Case]:
    """Up to ``limit`` cases with distinct questions, taken evenly across the candidates."""
    unique = list({c.question: c for c in cases}.values())
    step = max(len(unique) / limit, 1.0) if unique else 1.0
    return [unique[int(i * step)] for i in range(min(limit, len(unique)))]


def build_cases(briefings: Sequence[Briefing], per_kind: int = PER_KIND, controls_n: int = 100) -> list[Case]:
    """Every wrong kind (``per_kind`` each, fewer only when the corpus has fewer) plus correct controls."""
    facts = facts_of(briefings)
    cases = [c for kind, make in GENERATORS.items() for c in _spread(make(facts), per_kind)]
    return cases + _spread(controls(facts), controls_n)


# ---------------------------------------------------------------- the fake server

_SOURCE_RE = re.compile(r"^\[(\d+)\] [^\n]*\n", re.MULTILINE)


def numbered_sources(prompt: str) -> dict[int, str]:
    """The numbered source texts of an answer prompt (the sources block ends at the question)."""
    head = prompt.split("\n\n问题：")[0]
    starts = list(_SOURCE_RE.finditer(head))
    return {int(m.group(1)): head[m.end(): starts[i + 1].start() if i + 1 < len(starts) else len(head)].strip()
            for i, m in enumerate(starts)}


def resolve(template: str, sources: dict[int, str]) -> str | None:
    """The template with {cite:S}/{other:S} replaced by source numbers, or None when the prompt has none."""
    def number(match: re.Match) -> str:
        want, surface = match.group(1), match.group(2)
        hits = [n for n, text in sorted(sources.items()) if contains_figure(text, surface) == (want == "cite")]
        if not hits:
            raise LookupError(surface)
        return str(hits[0])

    try:
        return re.sub(r"\{(cite|other):([^}]+)\}", number, template)
    except LookupError:
        return None


class AdversaryChat(_Handler):
    """Answers with options["case"].template resolved against the sources it was sent; streams when asked."""

    def respond(self, request):
        messages = (request["json"] or {}).get("messages") or [{}]
        text = resolve(self.server.options["case"].template, numbered_sources(messages[-1].get("content", "")))
        self.server.options["resolved"] = text is not None
        text = text if text is not None else UNRESOLVED
        if not (request["json"] or {}).get("stream"):
            body = {"id": "chatcmpl-adv", "object": "chat.completion", "created": 0, "model": "adversary",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop"}]}
            return self._send(200, json.dumps(body, ensure_ascii=False).encode())
        self._start_stream()
        for i in range(0, len(text), 5):
            self._event(chunk_event(text[i:i + 5]))
        self._event(chunk_event(None, "stop"))
        self._event("[DONE]")


# ---------------------------------------------------------------- running the suite

@dataclass(frozen=True)
class Outcome:
    case: Case
    reached: bool  # the model was asked and could play the case
    caught: bool  # flagged (a claim unsupported or a bad marker) or replaced by the extractive answer
    answer: str
    reason: str


def run_case(assistant, server: LocalServer, case: Case) -> Outcome:
    """Ask the case's question through the real openai backend against the adversary."""
    server.options.update(case=case, resolved=False)
    before = len(server.requests)
    answer = assistant.ask(case.question, backend="openai", openai_base_url=server.base_url,
                           openai_model="adversary", llm_timeout_s=20.0, llm_max_retries=0)
    reached = len(server.requests) > before and server.options["resolved"]
    # replaced because the verifier found the answer unsupported (a failing server is not a catch)
    replaced = answer.backend == "extractive" and (answer.notice or "").startswith(REPLACED_NOTICE)
    flagged = any(c.status == "unsupported" for c in answer.claims) or bool(answer.invalid_markers)
    reason = answer.notice or next((c.reason for c in answer.claims if c.status == "unsupported"), "")
    return Outcome(case, reached, replaced or flagged, answer.answer, reason)


def summary(outcomes: Sequence[Outcome]) -> dict[str, dict[str, int]]:
    """Per kind: cases reached and caught (for controls, caught = false alarms)."""
    table: dict[str, dict[str, int]] = {}
    for o in outcomes:
        row = table.setdefault(o.case.kind, {"cases": 0, "reached": 0, "caught": 0})
        row["cases"] += 1
        row["reached"] += o.reached
        row["caught"] += o.reached and o.caught
    return table


def markdown(table: dict[str, dict[str, int]]) -> str:
    """The per-kind table as Markdown."""
    lines = ["| wrong answer kind | flagged or replaced |", "|---|---|"]
    for kind, label in KINDS.items():
        row = table.get(kind, {"reached": 0, "caught": 0})
        share = f" ({row['caught'] / row['reached']:.0%})" if row["reached"] else ""
        lines.append(f"| {label} | {row['caught']}/{row['reached']}{share} |")
    row = table.get(CONTROL, {"reached": 0, "caught": 0})
    lines.append(f"| correct controls: false alarms | {row['caught']}/{row['reached']} |")
    return "\n".join(lines)
