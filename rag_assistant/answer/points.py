"""An article's own key points: its top-level enumeration (一是…, （一）…, 首先…), else its key sentences."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..numbers import counted_figures
from ..text import sentence_spans
from ..types import Article


@dataclass(frozen=True)
class Point:
    """One point of an article; ``text == article.text[start:end]`` and ``lead``/``figure`` are substrings of it."""

    lead: str
    text: str
    start: int
    end: int
    marker: str
    figure: str | None
    name: str | None = None  # the clause that names the point's own mechanism (创新开展…“两月一主题”类比排查工作)


@dataclass(frozen=True)
class _Marker:
    start: int  # where the point begins (at the marker)
    body: int  # where the lead begins (after the marker and its separator)
    label: str
    value: int | None  # ordinal; None for 最后 and unmarked lead phrases


_CN = "一二三四五六七八九十"
_NUM = rf"[{_CN}]{{1,3}}"
# Block markers start a paragraph or follow a sentence end or a colon; 一是 and 首先 also follow a
# comma, where they open the items of a list written inside one sentence.
_BLOCK = r"(?:^|(?<=[。！？；：:]))[ \t\u3000]*"
_WIDE = r"(?:^|(?<=[。！？；：:，,、]))[ \t\u3000]*"
_FAMILIES = {
    "shi": re.compile(rf"{_WIDE}(?P<m>(?P<n>{_NUM})是)", re.M),
    "paren_cn": re.compile(rf"{_BLOCK}(?P<m>[（(](?P<n>{_NUM})[）)])", re.M),
    "dun_cn": re.compile(rf"^[ \t\u3000]*(?P<m>(?P<n>{_NUM})[、．])", re.M),
    "paren_num": re.compile(rf"{_BLOCK}(?P<m>[（(](?P<d>[0-9]{{1,2}})[）)])", re.M),
    "num": re.compile(rf"{_BLOCK}(?P<m>(?P<d>[0-9]{{1,2}})[.．、])(?![0-9])", re.M),
    "circled": re.compile(r"(?P<m>(?P<c>[\u2460-\u2473]))"),
    "order": re.compile(rf"{_WIDE}(?P<m>(?P<o>首先|其次|再次|最后))(?=[，,：:])", re.M),
    "ordinal": re.compile(rf"{_BLOCK}(?P<m>第(?P<n>{_NUM}))(?=[，,、：:是])", re.M),
}
_ORDER = {"首先": 1, "其次": 2, "再次": 3, "最后": None}
_SEPARATOR = re.compile(r"[\s，,、：:.．是]*")
_STOP = re.compile(r"[。！？；!?;\n]")
_CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
_QUOTES = re.compile(r"[“”‘’「」『』《》\"\s]")
# A lead phrase is short: a bold heading, not a sentence with its own subject and detail.
LEAD_PHRASE_CHARS = 16
LEAD_CHARS = 40
KEY_SENTENCE_LEAD_CHARS = 60
INLINE_ITEM_CHARS = 30  # items shorter than this inside one sentence are a list of words, not measures
_ACTION = re.compile("建立|建成|推行|推进|推动|开展|出台|制定|印发|实施|组织|组建|打造|创新|完善|健全|设立|部署|"
                     "启动|落实|强化|加强|整治|排查|查处|培训|配备|投入|成立|发放|举办|召开|提升|夯实|压实|深化|优化|构建|"
                     "规范|严格|激发|聚焦|筑牢")
# A measure's lead is a verb phrase (often a one-character verb: 强整治, 建队伍, 谋保障) or a quoted label.
_MEASURE = re.compile(rf"{_ACTION.pattern}|宣传|建设|保障|激励|^[强广建严抓促夯筑压谋重优提]")
# Framing clauses open a sentence but say why, when or who said, not what was done: a purpose or basis
# (为…, 针对…, 在…基础上), a short time or connective (今年以来, 截至目前, 2022年初, 同时), a report (会议指出).
_PURPOSE = re.compile(r"^(?:为|按照|根据|依据|随着|针对)|^在.{1,24}(?:上|中|下|时|后|方面)$")
_TIME = re.compile(r"^(?:近年来|今年以来|目前|当前|同时|此外|与此同时|下一步|截至|[0-9０-９]{1,4}\s*[年月日])")
_REPORTED = re.compile(r"(?:指出|强调|要求|表示|提出)$")
# Statistics are written in Arabic digits (GB/T 15835); 三级联动, 四个回头看 are names, not key figures.
_DIGIT = re.compile("[0-9０-９]")
_CUMULATIVE = re.compile("累计|合计|总计|共")


def _ordinal(m: re.Match) -> int | None:
    """The number a marker match stands for (十二 → 12, ③ → 3, 其次 → 2); None for 最后 and odd numerals."""
    g = m.groupdict()
    if g.get("d"):
        return int(g["d"])
    if g.get("c"):
        return ord(g["c"]) - 0x245F
    if g.get("o"):
        return _ORDER[g["o"]]
    tens, ten, ones = g["n"].rpartition("十")
    if len(tens) > 1 or len(ones) > 1 or (not ten and not ones):
        return None
    return (_CN.index(tens) + 1 if tens else int(bool(ten))) * 10 + (_CN.index(ones) + 1 if ones else 0)


def _explicit_markers(text: str, family: str) -> list[_Marker]:
    markers = []
    for m in _FAMILIES[family].finditer(text):
        value = _ordinal(m)
        if value is None and m.group("m") != "最后":
            continue
        body = _SEPARATOR.match(text, m.end("m")).end()
        if body < len(text) and not _STOP.match(text, body):
            markers.append(_Marker(m.start("m"), body, m.group("m"), value))
    return markers


def _chains(markers: list[_Marker], follows) -> list[list[_Marker]]:
    """Markers grouped into maximal chains in which each one ``follows(previous, marker)``."""
    chains: list[list[_Marker]] = []
    for marker in markers:
        if chains and follows(chains[-1][-1], marker):
            chains[-1].append(marker)
        else:
            chains.append([marker])
    return chains


def _next(previous: _Marker, marker: _Marker) -> bool:
    # Only 最后 has no number: it closes the 首先/其次 list it follows.
    return previous.value is not None and marker.value in (previous.value + 1, None)


def _inline(text: str, markers: list[_Marker]) -> set[int]:
    """Starts of markers in lists of short items inside one sentence (each such list is one point's detail)."""
    chains = _chains(markers, lambda a, b: _next(a, b) and not re.search(r"[。！？!?\n]", text[a.start:b.start]))
    return {m.start for chain in chains if len(chain) >= 2
            and (chain[-1].start - chain[0].start) / (len(chain) - 1) <= INLINE_ITEM_CHARS for m in chain}


def _top_run(text: str) -> list[_Marker]:
    """The article's top-level enumeration: its earliest run of two or more items, else its lead phrases."""
    runs, clause_lists = [], []
    for family in _FAMILIES:
        markers = _explicit_markers(text, family)
        inline = _inline(text, markers)  # set aside first, so an inline list cannot break the enclosing run
        runs += [run for run in _chains([m for m in markers if m.start not in inline], _next)
                 if len(run) >= 2 and run[0].value is not None]
        clause_lists += _clause_lists(text, [m for m in markers if m.start in inline])
    if runs:
        return min(runs, key=lambda run: (run[0].start, -len(run)))
    # No enumeration of its own paragraphs or sentences: the article's lead phrases, else a list of clauses
    # inside one sentence (会议要求：一是…；二是…；): with nothing above it, that list is what the article says.
    leads = _lead_phrases(text)
    if leads or not clause_lists:
        return leads
    return min(clause_lists, key=lambda run: (run[0].start, -len(run)))


def _clause_lists(text: str, markers: list[_Marker]) -> list[list[_Marker]]:
    """Chains of inline markers whose items are clauses apart by semicolons (not a list of words)."""
    chains = _chains(markers, lambda a, b: _next(a, b) and re.search(r"[；;]\s*$", text[a.start:b.start]) is not None)
    return [chain for chain in chains if len(chain) >= 2 and chain[0].value is not None]


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """(a, b) narrowed to exclude surrounding whitespace."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_lead_phrase(sentence: str, allow_pair: bool) -> bool:
    """A short phrase with no statistic that names a measure (强化组织领导, 强整治, 预警预测“智能化”)."""
    core = _QUOTES.sub("", sentence.rstrip("。；;"))
    if not core or _statistics(core) or re.search(r"[？?：:！!]", core):
        return False
    if not (_MEASURE.search(core) or "“" in sentence):  # a slogan (使命在心，重任在肩) names no measure
        return False
    halves = re.split("[，,]", core)
    if len(halves) == 1:
        return len(core) <= LEAD_PHRASE_CHARS
    return allow_pair and len(halves) == 2 and all(2 <= len(h) <= 12 for h in halves)


def _paragraph_leads(text: str, p_start: int, p_end: int, heading_ok: bool) -> list[tuple[int, bool]]:
    """(offset, opens the paragraph) of each lead phrase in one paragraph."""
    spans = [_strip_span(text, p_start + a, p_start + b) for a, b in sentence_spans(text[p_start:p_end])]
    spans = [(a, b) for a, b in spans if a < b]
    if len(spans) == 1 and heading_ok and not _STOP.search(text, *spans[0]):
        return [(spans[0][0], True)] if _is_lead_phrase(text[slice(*spans[0])], allow_pair=True) else []
    leads = []
    for i, (a, b) in enumerate(spans[:-1]):
        sentence, detail = text[a:b], text[slice(*spans[i + 1])]
        after_sentence = i == 0 or text[spans[i - 1][1] - 1] in "。！？!?"
        if (after_sentence and sentence[-1] in "。；;" and len(detail) > len(sentence)
                and _is_lead_phrase(sentence, allow_pair=i == 0)):
            leads.append((a, i == 0))
    return leads


def _lead_phrases(text: str) -> list[_Marker]:
    """Unmarked bold-style leads: a short phrase opening a paragraph (or a sentence) followed by its detail."""
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+", text)]
    found = []
    for i, (a, b) in enumerate(paragraphs):
        # A short unterminated line is a heading when a longer paragraph follows (the first is the title).
        heading_ok = 0 < i < len(paragraphs) - 1 and paragraphs[i + 1][1] - paragraphs[i + 1][0] > b - a
        found += _paragraph_leads(text, a, b, heading_ok)
    # Two short sentences inside running text can be chance; a paragraph opening is a deliberate layout.
    mid = sum(not opens for _, opens in found)
    if len(found) < 2 or (mid and len(found) < 3):
        return []
    return [_Marker(a, a, "", None) for a, _ in found]


def _point_ends(text: str, run: list[_Marker]) -> list[int]:
    """Each point runs to the next one; the last to the end of its paragraph, or on past a heading line."""
    last = run[-1]
    line_end = text.find("\n", last.body)
    line_end = len(text) if line_end < 0 else line_end
    heading = _STOP.search(text, last.body, line_end) is None
    ends = [nxt.start for nxt in run[1:]] + [len(text) if heading else line_end]
    return [_strip_span(text, m.start, e)[1] for m, e in zip(run, ends)]


def _is_framing(clause: str) -> bool:
    return bool((_PURPOSE.match(clause) and not _statistics(clause)) or (_TIME.match(clause) and len(clause) <= 10)
                or _REPORTED.search(clause))


def _lead_span(text: str, start: int, end: int, key_sentence: bool = False) -> tuple[int, int]:
    """The lead: a point's short first sentence (高位推动强部署，构建三级联动体系) or else its first clause
    (two when the first is short); a key sentence's whole statement when short, past its framing clauses."""
    stop = _STOP.search(text, start, end)
    clauses = [m.span() for m in _CLAUSE.finditer(text, start, stop.start() if stop else end) if m.group().strip()]
    while len(clauses) > 1 and _is_framing(text[slice(*clauses[0])].strip()):
        clauses = clauses[1:]
    if not clauses:
        return start, start
    a, b = clauses[0][0], clauses[-1][1]
    limit, most = (KEY_SENTENCE_LEAD_CHARS, len(clauses)) if key_sentence else (LEAD_CHARS, 2)
    if b - a > limit or len(clauses) > most:
        b = clauses[0][1]
        if b - a < 6 and len(clauses) > 1 and clauses[1][1] - a <= limit:
            b = clauses[1][1]
    return _strip_span(text, a, b)


def _statistics(text: str) -> list:
    """The counted figures of ``text`` written in digits and with a unit: the ones a reader calls statistics."""
    return [f for f in counted_figures(text) if f.unit and _DIGIT.search(f.surface)]


def _figure_clause(text: str) -> str | None:
    """The clause holding the point's most informative figure: a cumulative total first, then the largest."""
    clauses = list(_CLAUSE.finditer(text))
    best, best_score = None, None
    for f in _statistics(text):
        clause = next((c for c in clauses if c.start() <= f.start < c.end()), None)
        if clause is None:
            continue
        magnitude = 3.0 if f.unit == "%" else math.log10(float(f.value) + 1)
        score = (bool(_CUMULATIVE.search(clause.group())), magnitude)
        if best_score is None or score > best_score:
            best, best_score = clause.group().strip(), score
    return best


# A named mechanism: a short quoted label a verb of doing introduces in its clause (推行“网格化+专业化”模式).
_NAMED, NAME_CLAUSE_CHARS = re.compile(r"“([^“”]{2,14})”"), 40


def name_clause(chunk: str, lead: str, last: bool = False, known: str = "") -> str | None:
    """The first (or ``last``) clause after the lead introducing a quoted name the lead and ``known`` lack."""
    after = chunk.find(lead) + len(lead) if lead in chunk else 0
    found = [c.group().strip() for c in _CLAUSE.finditer(chunk, after) if (m := _NAMED.search(c.group()))
             and m.group(1) not in lead + known and _ACTION.search(c.group(), 0, m.start())
             and len(c.group().strip()) <= NAME_CLAUSE_CHARS]
    return (found[-1] if last else found[0]) if found else None


def _point(text: str, start: int, end: int, body: int, marker: str, key_sentence: bool = False) -> Point | None:
    a, b = _lead_span(text, body, end, key_sentence)
    if a >= b:
        return None
    chunk = text[start:end]
    name = name_clause(chunk, text[a:b]) if marker else None
    return Point(text[a:b], chunk, start, end, marker, _figure_clause(chunk), name)


def _key_sentences(text: str, max_points: int) -> list[Point]:
    """Without an enumeration: the lead sentence and the sentences with figures or actions, in document order."""
    spans = [s for s in (_strip_span(text, a, b) for a, b in sentence_spans(text)) if s[0] < s[1]]
    # Fragments and questions are not statements of what was done, unless they are all there is.
    spans = [(a, b) for a, b in spans if b - a >= 8 and text[b - 1] not in "？?"] or spans
    if len(spans) > 1 and not _STOP.search(text, *spans[0]):
        spans = spans[1:]  # a title line opens the text; it is not a sentence of the body
    if not spans:
        return []
    figures = [f.start for f in _statistics(text)]
    # A statistic counts most; a sentence that names a mechanism (创新“…”管理) or acts, next.
    score = {(a, b): 2 * any(a <= f < b for f in figures) + bool(_ACTION.search(text, a, b))
             + (name_clause(text[a:b], "") is not None) for a, b in spans}
    first_paragraph = [s for s in spans if "\n" not in text[spans[0][0]:s[0]]]
    # The lead says what was done (an action), not the setting (苏州全市有80902家生产企业…): setting
    # sentences of the first paragraph before it are context, not points.
    lead = next((s for s in first_paragraph if _ACTION.search(text, *s)), None) or \
        next((s for s in first_paragraph if score[s]), spans[0])
    rest = sorted((s for s in spans if s > lead and score[s]), key=lambda s: -score[s])
    chosen = sorted([lead] + rest[:max_points - 1])
    points = (_point(text, a, b, a, "", key_sentence=True) for a, b in chosen)
    return [p for p in points if p is not None]


def article_points(article: Article, max_points: int = 8) -> tuple[Point, ...]:
    """The article's own points, in document order, at most ``max_points``."""
    text = article.text
    if max_points <= 0 or not text.strip():
        return ()
    run = _top_run(text)
    if not run:
        return tuple(_key_sentences(text, max_points))
    points = (_point(text, m.start, end, m.body, m.label) for m, end in zip(run, _point_ends(text, run)))
    return tuple(p for p in points if p is not None)[:max_points]
