"""Follow-ups that ask for more of the last answer (还有呢, 别的呢, 其他的呢, 还有别的做法吗, 还有其他措施没有, 除此之外呢):
what the briefing says beyond what the last answer showed, or that it says no more.

Why: such a turn names nothing of its own, so slot carry-over turned it into the last question again and the user
got the same answer twice. The turn is read as the last question plus a count of "more" asks in a row; the answer
then reads the articles the last answer drew on and gives, per part of each article (its introduction, each
enumerated point, its closing), the next sentence the answers so far have not quoted. A second 还有呢 gives the
sentence after that, and when every sentence has been shown the answer says the briefing holds no more.

The reading of the turn is by shape: once the words that only ask for more (还有, 别的, 其他, 另外, 此外, 除此之外…)
and the generic words of the same ask (做法, 措施, 内容, 吗, 呢, 没有…) are taken away, nothing may be left; a turn
that names anything else (还有别的小作坊吗, 其他地方呢) is an ordinary follow-up.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..text import sentence_spans
from ..types import Citation, Draft, Hit, Intent
from .library import Entry, Library
from .line import clip
from .open_cite import cite_span
from .points import article_points
from .targets import target_entries, title_citation

# Words that ask for more than was said (one of them must be there).
_MORE = r"还有|还|别的|别地|其他|其它|其余|另外|此外|除此之外|除此以外|除了这些|除了这个|除了上面的?|除了以上|剩下的?|再|更多|也"
# Generic words of the same ask: the kind of content (做法, 措施…), measure words, question particles.
_SAME = (r"做法|措施|举措|办法|经验|内容|工作|方面|亮点|情况|要点|东西|信息|地方|点|条|项|个|些|的|了|吗|呢|嘛|么|吧|啊|"
         r"没有|没|有|什么|啥|哪些|能|可以|请|说说|讲讲|说|讲|介绍|补充|一下|具体|详细|再来|来")
_MORE_RE = re.compile(rf"(?:{_MORE})")
_ONLY_RE = re.compile(rf"^(?:{_MORE}|{_SAME}|[\s，,。？?！!、：:])+$")
# 其他地方呢 asks about other places, not more of the same: a list question, not this one.
_OTHER_PLACE_RE = re.compile(r"(?:别的|其他|其它|其余)(?:地方|城市|地区|市|县)")

MIN_SENTENCE_CHARS = 6  # shorter pieces (一是。) are no content of their own
ROUND_LINES = 12  # at most this many lines per "more" answer
# An article that enumerates nothing is one part: one sentence of it per round would answer 还有呢 with a single
# line (安全无小事，责任大于天) while the article goes on with measures; it gives this many of its next sentences.
UNENUMERATED_STEP = 4


def asks_more(question: str) -> bool:
    """Whether a follow-up only asks for more of what the last answer said (还有呢, 还有别的做法吗)."""
    q = question.strip()
    return bool(q and _MORE_RE.search(q) and _ONLY_RE.match(q) and not _OTHER_PLACE_RE.search(q))


# Words that ask for the same thing in detail (具体说说, 详细讲讲, 展开说说, 能具体点吗): one of them must be there.
_DETAIL = r"具体|详细|详尽|细致|仔细|展开|细说|细讲|深入"
# The rest of such a turn: asking, politeness and particles, and the generic kinds of content of the earlier ask.
_DETAIL_FILL = (r"说说|讲讲|谈谈|聊聊|说一说|讲一讲|介绍|解释|说明|说|讲|谈|一下|一点|点儿|点|些|再|给我|帮我|请|能|能不能|"
                r"可以|可不可以|麻烦|了|吗|呢|吧|啊|嘛|的|做法|措施|举措|办法|经验|内容|情况|是怎么|怎么|咋|样")
_DETAIL_RE = re.compile(rf"(?:{_DETAIL})")
_DETAIL_ONLY_RE = re.compile(rf"^(?:{_DETAIL}|{_DETAIL_FILL}|[\s，,。？?！!、：:])+$")


def asks_detail(question: str) -> bool:
    """Whether a follow-up only asks for the last question's answer in detail (具体说说, 详细讲讲, 展开说说, 能具体点吗).

    Such a turn names nothing of its own; carried as a follow-up it kept only the earlier place and year
    (2021年苏州具体说说) and lost the asked topic, so a different article answered. It is the earlier question again.
    A turn that names a part (具体说说第二点) or anything else is not this reading."""
    q = question.strip()
    return bool(q and _DETAIL_RE.search(q) and _DETAIL_ONLY_RE.match(q))


def kept_turns(history: Sequence[str], n: int) -> list[str]:
    """The last ``n`` earlier turns, reaching back past 还有呢 turns to the question they ask more of (a third
    还有呢 in a row still knows what it continues)."""
    start = max(len(history) - n, 0)
    while start > 0 and (asks_more(history[start]) or asks_detail(history[start])):
        start -= 1
    return list(history[start:])


def _quoted_spans(entry: Entry, citations: Sequence[Citation]) -> list[tuple[int, int]]:
    """The article offsets the citations of an answer quote from this article."""
    text, out = entry.article.text, []
    for c in citations:
        if c.source != entry.briefing.source or len(c.quote.strip()) < 4:
            continue
        at = text.find(c.quote.strip())
        if at >= 0:
            out.append((at, at + len(c.quote.strip())))
    return out


def _shown(span: tuple[int, int], quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether a sentence was shown: the quotes cover at least half of it."""
    a, b = span
    covered = sum(max(0, min(b, qb) - max(a, qa)) for qa, qb in quoted)
    return covered * 2 >= b - a


def _groups(entry: Entry) -> list[tuple[str, list[tuple[int, int]]]]:
    """The article's sentences grouped by part: introduction, each enumerated point (named by its lead), closing."""
    text = entry.article.text
    points = [p for p in article_points(entry.article) if p.marked]
    cuts = [(p.start, p.end, p.lead.rstrip("。；，：").strip()) for p in points]
    groups: list[tuple[str, list[tuple[int, int]]]] = []
    bounds = [(0, cuts[0][0] if cuts else len(text), "")] + cuts + ([(cuts[-1][1], len(text), "")] if cuts else [])
    for lo, hi, name in bounds:
        name = " ".join(name.split())
        spans = [(lo + a, lo + b) for a, b in sentence_spans(text[lo:hi])
                 if len(text[lo + a:lo + b].strip()) >= MIN_SENTENCE_CHARS
                 and not text[lo + a:lo + b].strip().endswith(("：", ":"))  # 情况如下： leads a table, says nothing
                 and not _heading(text[lo + a:lo + b], name)]
        groups.append((name, spans))
    return groups


# A point's marker (一、 / （二） / 3. / 一是) before its heading.
_MARK_RE = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]?)\s*")


def _heading(sentence: str, name: str) -> bool:
    """Whether a sentence is only the point's heading (一、市县联动推进，“全覆盖”巡深察细。): the answer names the
    point by that heading already, so it is no further content of the point."""
    bare = " ".join(_MARK_RE.sub("", sentence.strip()).rstrip("。；;，,：: ").split())
    return bool(name and bare and bare == name)


def _step(groups: Sequence[tuple[str, list[tuple[int, int]]]]) -> int:
    """How many further sentences per part a round shows: one per point, several of an article without points."""
    return UNENUMERATED_STEP if len(groups) == 1 else 1


def more_answer(draft: Draft, more: int, intent: Intent, hits: Sequence[Hit], library: Library) -> Draft:
    """``draft`` (the last question's own answer) as the answer to the ``more``-th 还有呢 in a row after it."""
    if not more or draft.refused:
        return draft  # not a "more" turn, or nothing was answered: the reason stands as it was
    if intent.kind not in ("open", "list") or not draft.citations:
        # A figure, a date, a yes/no: the last answer gave what the briefing says to that question.
        return Draft("简报中关于这个问题没有更多记载，上面的回答已是全部内容：\n" + draft.text, draft.sources,
                     draft.citations, draft.outcome)
    return more_draft(draft, more, intent, target_entries(intent, hits, library), library)


def more_draft(draft: Draft, more: int, intent: Intent, entries: Sequence[Entry], library: Library) -> Draft:
    """The answer to the ``more``-th 还有呢 in a row after ``draft`` (the last question's own answer): per part of
    each article the last answer drew on, the next sentence not shown yet; or a note that there is no more."""
    cited = [e for e in entries if any(c.source == e.briefing.source and c.title == e.title for c in draft.citations)]
    quoted = {id(e): _quoted_spans(e, draft.citations) for e in cited}
    fresh: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    groups = {id(e): _groups(e) for e in cited}
    for _ in range(max(more, 1)):  # each earlier "more" showed one further sentence per part
        fresh = {id(e): [(name, s) for name, spans in groups[id(e)]
                         for s in [s for s in spans if not _shown(s, quoted[id(e)])][:_step(groups[id(e)])]]
                 for e in cited}
        for e in cited:
            quoted[id(e)] += [span for _, span in fresh[id(e)]]
    citations: list[Citation] = []
    blocks = []
    for e in cited:
        lines = fresh.get(id(e), [])[:ROUND_LINES]
        if not lines:
            continue
        b = e.briefing
        head = len(citations) + 1
        citations.append(title_citation(head, e))
        body = []
        for name, (a, z) in lines:
            marks = "".join(f"[{n}]" for n in cite_span(e, (a, z), citations))
            body.append(f"· {name + '：' if name else ''}{clip(e.article.text[a:z].strip())}{marks}")
        blocks.append("\n".join([f"据{library.label(b.source, b.issue, b.date)}《{e.title}》[{head}]，"
                                 "在上面回答之外，还提到：", *body]))
    if blocks:
        return Draft("\n".join(blocks), draft.sources, tuple(citations))
    if not cited:
        return Draft("简报中关于这个问题没有更多记载，上面的回答已是全部内容：\n" + draft.text, draft.sources,
                     draft.citations)
    titles = "、".join(f"《{e.title}》[{n}]" for n, e in enumerate(cited, 1))
    return Draft(f"没有更多了：{titles}中与这个问题有关的内容，上面的回答已全部列出，简报中没有更多记载。",
                 draft.sources, tuple(title_citation(n, e) for n, e in enumerate(cited, 1)))
