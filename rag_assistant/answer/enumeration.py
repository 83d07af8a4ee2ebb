"""Where an article enumerates its points: explicit markers (一是…, （一）…, 1., ①, 首先…) in their
earliest top-level run, else unmarked lead phrases (a short bold-style phrase opening a paragraph)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import counted_figures
from ..text import sentence_spans
from .clause_items import clause_apart


@dataclass(frozen=True)
class Marker:
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
    # A bulleted list (• a web page's or typed list item opening its line): an enumeration without numbers.
    "bullet": re.compile(r"^[ \t\u3000]*(?P<m>[•●])", re.M),
}
_ORDER = {"首先": 1, "其次": 2, "再次": 3, "最后": None}
_SEPARATOR = re.compile(r"[\s，,、：:.．是]*")
STOP = re.compile(r"[。！？；!?;\n]")
_QUOTES = re.compile(r"[“”‘’「」『』《》\"\s]")
# A lead phrase is short: a bold heading, not a sentence with its own subject and detail.
LEAD_PHRASE_CHARS = 16
INLINE_ITEM_CHARS = 30  # items shorter than this inside one sentence are a list of words, not measures
ACTION = re.compile("建立|建成|推行|推进|推动|开展|出台|制定|印发|实施|组织|组建|打造|创新|完善|健全|设立|部署|"
                    "启动|落实|强化|加强|整治|排查|查处|培训|配备|投入|成立|发放|举办|召开|提升|夯实|压实|深化|优化|构建|"
                    "规范|严格|激发|聚焦|筑牢")
# A measure's lead is a verb phrase (often a one-character verb: 强整治, 建队伍, 谋保障) or a quoted label.
_MEASURE = re.compile(rf"{ACTION.pattern}|宣传|建设|保障|激励|^[强广建严抓促夯筑压谋重优提]")
# Statistics are written in Arabic digits (GB/T 15835); 三级联动, 四个回头看 are names, not key figures.
_DIGIT = re.compile("[0-9０-９]")


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


def _bullet_ordinal(text: str, m: re.Match, before: list[Marker]) -> int:
    """A bullet's place in its list: one more than a bullet on the line just before, else the first."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    previous = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    last = before[-1] if before else None
    return last.value + 1 if last and last.value and previous <= last.start < line_start else 1


def _explicit_markers(text: str, family: str) -> list[Marker]:
    markers = []
    for m in _FAMILIES[family].finditer(text):
        value = _bullet_ordinal(text, m, markers) if family == "bullet" else _ordinal(m)
        if value is None and m.group("m") != "最后":
            continue
        body = _SEPARATOR.match(text, m.end("m")).end()
        if body < len(text) and not STOP.match(text, body):
            markers.append(Marker(m.start("m"), body, m.group("m"), value))
    return markers


def _chains(markers: list[Marker], follows) -> list[list[Marker]]:
    """Markers grouped into maximal chains in which each one ``follows(previous, marker)``."""
    chains: list[list[Marker]] = []
    for marker in markers:
        if chains and follows(chains[-1][-1], marker):
            chains[-1].append(marker)
        else:
            chains.append([marker])
    return chains


def _next(previous: Marker, marker: Marker) -> bool:
    # Only 最后 has no number: it closes the 首先/其次 list it follows.
    return previous.value is not None and marker.value in (previous.value + 1, None)


def _inline(text: str, markers: list[Marker]) -> set[int]:
    """Starts of markers in lists of short items inside one sentence (each such list is one point's detail)."""
    chains = _chains(markers, lambda a, b: _next(a, b) and not re.search(r"[。！？!?\n]", text[a.start:b.start]))
    return {m.start for chain in chains if len(chain) >= 2
            and (chain[-1].start - chain[0].start) / (len(chain) - 1) <= INLINE_ITEM_CHARS for m in chain}


def top_run(text: str) -> list[Marker]:
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


def _clause_lists(text: str, markers: list[Marker]) -> list[list[Marker]]:
    """Chains of inline markers whose items are clauses (apart by semicolons, or 是-marked ones by commas)."""
    chains = _chains(markers, lambda a, b: _next(a, b) and clause_apart(text, a.start, a.body, b.start, a.label, b.label))
    return [chain for chain in chains if len(chain) >= 2 and chain[0].value is not None]


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """(a, b) narrowed to exclude surrounding whitespace."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_lead_phrase(sentence: str, allow_pair: bool) -> bool:
    """A short phrase with no statistic that names a measure (强化组织领导, 强整治, 预警预测“智能化”)."""
    core = _QUOTES.sub("", sentence.rstrip("。；;"))
    if not core or statistics(core) or re.search(r"[？?：:！!]", core):
        return False
    if not (_MEASURE.search(core) or "“" in sentence):  # a slogan (使命在心，重任在肩) names no measure
        return False
    halves = re.split("[，,]", core)
    if len(halves) == 1:
        return len(core) <= LEAD_PHRASE_CHARS
    return allow_pair and len(halves) == 2 and all(2 <= len(h) <= 12 for h in halves)


def _paragraph_leads(text: str, p_start: int, p_end: int, heading_ok: bool) -> list[tuple[int, bool]]:
    """(offset, opens the paragraph) of each lead phrase in one paragraph."""
    spans = [strip_span(text, p_start + a, p_start + b) for a, b in sentence_spans(text[p_start:p_end])]
    spans = [(a, b) for a, b in spans if a < b]
    if len(spans) == 1 and heading_ok and not STOP.search(text, *spans[0]):
        return [(spans[0][0], True)] if _is_lead_phrase(text[slice(*spans[0])], allow_pair=True) else []
    leads = []
    for i, (a, b) in enumerate(spans[:-1]):
        sentence, detail = text[a:b], text[slice(*spans[i + 1])]
        after_sentence = i == 0 or text[spans[i - 1][1] - 1] in "。！？!?"
        if (after_sentence and sentence[-1] in "。；;" and len(detail) > len(sentence)
                and _is_lead_phrase(sentence, allow_pair=i == 0)):
            leads.append((a, i == 0))
    return leads


def _lead_phrases(text: str) -> list[Marker]:
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
    return [Marker(a, a, "", None) for a, _ in found]


def point_ends(text: str, run: list[Marker]) -> list[int]:
    """Each point runs to the next one; the last to the end of its paragraph, or on past a heading line."""
    last = run[-1]
    line_end = text.find("\n", last.body)
    line_end = len(text) if line_end < 0 else line_end
    heading = STOP.search(text, last.body, line_end) is None
    ends = [nxt.start for nxt in run[1:]] + [len(text) if heading else _runs_on(text, line_end) if not last.label else line_end]
    return [strip_span(text, m.start, e)[1] for m, e in zip(run, ends)]


# A sentence that closes or sums up the article rather than going on with the last point: a plan (下一步…将),
# a summary (通过…, 总之), or one that neither acts nor counts (初心不改，使命不忘，征程不息).
_CLOSING_RE = re.compile(r"^\s*(?:下一步|今后|未来|总之|综上|总的来看|通过|[^，。；：]{0,12}?(?:今年|明年|年内|年底前|下半年|近期)将)")


def _runs_on(text: str, end: int) -> int:
    """The last point's end carried past its paragraph over the sentences after it that go on doing or counting.

    A page break of a printed issue splits a run-in point over two paragraphs (常州's 在狠抓“小切口”发力上下更大功夫。
    …“一充一险”模式… ⏎ 盯紧危化领域突出问题，以“盛瑞工作法”…开展讨论培训。截至目前，共组织培训…840余名…): the
    sentences of the next paragraph that act or count are still that point's, up to the first closing one; a
    next paragraph that opens on a heading line or a closing sentence leaves the point where its paragraph ends.
    Only run-in heads (lead phrases, no marker) are read so: a paragraph enumerating 一是…二是…三是… inline ends its
    last point with itself (会议要求，…三是加强动火… ⏎ 会议还对全国两会期间安全防范工作作了部署 is the article's own).
    """
    if end >= len(text) or text[end] != "\n":
        return end
    line_end = text.find("\n", end + 1 + len(text[end + 1:]) - len(text[end + 1:].lstrip()))
    first_line = text[end:len(text) if line_end < 0 else line_end]
    if STOP.search(first_line.strip()) is None:  # a heading line: a new part, not the point going on
        return end
    out = end
    for a, b in sentence_spans(text[end:]):
        sentence = text[end + a:end + b].strip()
        if not sentence:
            continue
        if _CLOSING_RE.match(sentence) or not (ACTION.search(sentence) or statistics(sentence)):
            break
        out = end + b
    return out


def statistics(text: str) -> list:
    """The counted figures of ``text`` written in digits and with a unit: the ones a reader calls statistics."""
    return [f for f in counted_figures(text) if f.unit and _DIGIT.search(f.surface)]


@lru_cache(maxsize=256)
def _point_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lead sentence) of each point of the article's top-level enumeration."""
    run = top_run(text)
    if len(run) < 2:
        return ()
    out = []
    for m, end in zip(run, point_ends(text, run)):
        stop = STOP.search(text, m.body, end)
        out.append((m.start, end, text[m.start:stop.end() if stop else end].strip()))
    return tuple(out)


def point_lead(text: str, offset: int) -> str:
    """The lead sentence of the enumerated point holding ``offset`` (二是深化危化行业隐患排查，…。): it frames
    every sentence of its point as the title frames the article; "" outside any point."""
    return next((lead for a, b, lead in _point_spans(text) if a <= offset < b), "")
