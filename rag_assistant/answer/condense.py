"""Follow-ups to standalone questions by slot carry-over (place, scope, topic, measure, qualifier). The checks an
LLM's rewrite of a follow-up must pass are rewrite.py's."""

from __future__ import annotations

import re
from typing import Sequence
from dataclasses import replace

from ..text import CJK_RE, normalize_question
from ..types import Intent, Standalone
from . import lexicon as lx
from .library import Library
from .issue_now import dated_now
from .adjacent_issue import adjacent_step
from .anchored_step import anchored_gap, subject_issue
from .relative import is_predicate, relative_clause
from .town_carry import named_town
from .cumulative import cumulative_named
from .more_asked import asks_detail, asks_more, kept_turns
from .measure_switch import measure_switch
from .subject_swap import swapped_holder, swapped_kind, swapped_subject
from .predicate_followup import predicate_followup
from ..nouns import head_noun, tagged
from .understand import content_terms, places_in, understand

# Only the last few turns matter to a follow-up; reading them in a loop keeps 10,000 turns cheap.
MAX_TURNS = 4
_SCOPE_TEXT_RE = re.compile(lx.ISSUE_RE.pattern + r"|" + lx.YEAR_RE.pattern + r"|" + lx.LATEST_RE.pattern)
_QUOTED_RE = re.compile(r"“[^”]{2,20}”|《[^》]{2,30}》")
_SCOPE_PRONOUN_RE = re.compile(r"这一?期|那一?期|本期|该期|同一?期")
_NOT_NOUN_START = frozenset("家个名有了的和及与在对共是")
_TOWN_SUFFIX = frozenset("镇乡村")


def is_followup(question: str, intent: Intent) -> bool:
    """Whether a question leans on the previous turn: 那…呢, 其中…, a pronoun, too short to stand alone, or a
    short question without a subject (发现了多少条隐患？: no place, no issue, not the province)."""
    if lx.FOLLOWUP_START_RE.search(question) or lx.FOLLOWUP_END_RE.search(question) or lx.PRONOUN_RE.search(question) \
            or lx.LEAD_FOLLOWUP_RE.search(question):
        return True
    if intent.kind == "yesno" and not intent.topic and not intent.places and intent.sources is None:
        return True  # 是不是超过7000人了: a yes/no that names nothing asks about the last turn's subject
    length = len(_FILLER_RE.sub("", question))
    subjectless = length <= SUBJECTLESS_CHARS and not re.search(r"全省|省[级内]|全国|各地|哪些地方", question)
    return (length <= 8 or subjectless) and not intent.places and intent.sources is None


# What a question's length should not count: punctuation, spaces and words that only stress the asked figure
# (发现了一共多少条隐患？ is as short as 发现了多少条隐患).
_FILLER_RE = re.compile(r"[\W_]+|一共|总共|共计|到底|大概|大约")
# A question this short that names no place or issue is the next question about the same thing.
SUBJECTLESS_CHARS = 14


def _fragment(question: str) -> str:
    fragment = lx.LEAD_FOLLOWUP_RE.sub(r"\1，", question)
    fragment = lx.FOLLOWUP_START_RE.sub("", fragment)
    return lx.FOLLOWUP_END_RE.sub("", fragment).strip(" ，,？?。")


def _scope_text(text: str) -> str:
    m = _SCOPE_TEXT_RE.search(text)
    return m.group(0) if m else ""


def _replace_places(previous: str, old: Sequence[str], new: Sequence[str]) -> str:
    if old:
        return previous.replace(old[0], new[0], 1)
    return f"{''.join(new)}{previous}"


def _substitute_phrase(fragment: str, previous: str, old_places: Sequence[str]) -> str | None:
    """Swap the phrase of the previous question that ends like ``fragment`` (…企业, …巡查单元) for it; a town
    the gazetteer does not know ends like the previous one in its suffix alone (新河镇… → 那庙头镇呢)."""
    for size in range(min(len(fragment), 6), 0, -1):
        head = fragment[-size:]
        if size == 1 and (head not in _TOWN_SUFFIX or len(fragment) < 3):
            break
        pos = previous.find(head)
        if pos > 0:
            start = pos
            while (start > 0 and CJK_RE.match(previous[start - 1]) and previous[start - 1] not in _NOT_NOUN_START
                   and not any(previous[:start].endswith(p) for p in old_places)):
                start -= 1
            return previous[:start] + fragment + previous[pos + size:]
    return None


def _swap_qualifier(previous: str, prev: Intent, cur: Intent, fragment: str) -> str | None:
    """已经发放了多少 after 拟发放的…金额是多少: the measure stays, its qualifier changes."""
    new = [q for q in (cur.parts[0].qualifiers if cur.parts else ()) if q in lx.OPPOSITE]
    if not new or not set(cur.topic) <= set(prev.topic) | set(prev.context):
        return None
    for q in new:
        for word in lx.QUALIFIERS[lx.OPPOSITE[q]]:
            if word in previous:
                said = next((w for w in lx.QUALIFIERS[q] if w in fragment), "")
                if said:  # 已 read from a verb (关了几座, 完成了多少) has no word of its own to put in
                    return previous.replace(word, said, 1)
    return None


def carry(previous: str, prev: Intent, question: str, cur: Intent) -> Standalone:
    """The follow-up ``question`` as a standalone question, filling its empty slots from the previous turn."""
    question = named_town(question, previous)  # 那个镇… after 宜兴丁蜀镇…: that town, not 宜兴镇
    fragment = _fragment(question)
    old_scope, new_scope = _scope_text(previous), _scope_text(fragment)
    context = tuple(dict.fromkeys((*prev.topic, *prev.context)))
    if not fragment or (prev.kind == "figure" and lx.FIGURE_SOURCE_RE.search(question)):
        # 这个数是哪一期的: the last turn again, whose answer gives the figure with its issue and article
        return Standalone(previous, prev.context, ("place", "scope", "topic", "measure"))
    if cur.places and not content_terms(fragment, cur.places) and not lx.ASK_RE.search(fragment):  # 那盐城呢
        return Standalone(_replace_places(previous, prev.places, cur.places), prev.context, ("scope", "topic", "measure"))
    if cur.places and _same_count(prev, cur, previous, fragment):  # 那靖江划了多少个: 那靖江呢, asked in full
        return Standalone(_replace_places(previous, prev.places, cur.places), prev.context, ("scope", "topic", "measure"))
    bare_scope = fragment.strip().removesuffix("的")  # 前一期的呢: the issue itself
    if new_scope and (bare_scope == new_scope or _SCOPE_POINTED_RE.fullmatch(fragment.strip())):  # 第16期呢, 26年那期呢
        text = previous.replace(old_scope, new_scope, 1) if old_scope else f"{new_scope}{previous}"
        return Standalone(text, prev.context, ("place", "topic", "measure"))
    # 这一期里…: the issue the last turn named; not a 那期 a new year points at (26年那期小场所培训…: that year's)
    if old_scope and _SCOPE_PRONOUN_RE.search(question) and not (new_scope and _SCOPE_POINTED_RE.search(question)):
        text = _SCOPE_PRONOUN_RE.sub(old_scope, question, count=1)
        return Standalone(text if cur.places else _with_places(text, prev.places), context, ("scope",))
    if cur.kind == "yesno" and not cur.topic and not cur.places:  # 是不是超过7000人了 after …配了多少巡查员
        subject = lx.ASK_RE.sub("", previous).rstrip(" ，,？?。")
        return Standalone(f"{subject}，{fragment}？", prev.context, ("place", "scope", "topic", "measure"))
    relative = relative_clause(question, prev, previous, "" if cur.places else "".join(prev.places))
    if relative:  # 那通报给安委会成员单位的呢: the same counted thing, done another way
        return Standalone(f"{'' if new_scope else old_scope}{relative}", prev.context, ("place", "scope", "measure"))
    swapped = _swap_qualifier(previous, prev, cur, fragment)
    if swapped:
        return Standalone(swapped, prev.context, ("place", "scope", "topic", "measure"))
    if switched := measure_switch(previous, prev, fragment, cur):  # 金额呢 after …立案查处多少起: that deed's money
        return Standalone(switched, prev.context, ("place", "scope", "topic"))
    asks = cur.kind not in ("fact",) or lx.QUANTITY_RE.search(fragment)
    if not asks:  # 那危化品经营企业呢 / 那靖江的工业单元呢: a new subject (and place) for the same measure
        bare = re.sub(r"^的", "", "".join(fragment.split(cur.places[0], 1)) if cur.places else fragment)
        substituted = _substitute_phrase(bare, previous, prev.places) if bare else None
        if not substituted and bare and prev.kind == "figure" and len(prev.parts) == 1:  # 那危化企业呢: another doer
            substituted = swapped_subject(previous, prev.parts[0].measure, bare, prev.places, prev.parts[0].unit_class) \
                or swapped_holder(previous, prev.parts[0].measure, bare, prev.places) \
                or swapped_kind(previous, prev.parts[0].measure, bare)  # 工业的呢 after 靖江住宅巡查单元几个
        if substituted:  # the verb of the last question is carried, not said of the new subject ("predicate")
            text = _replace_places(substituted, prev.places, cur.places) if cur.places else substituted
            return Standalone(text, prev.context, ("scope", "measure", "predicate") if cur.places
                              else ("place", "scope", "measure", "predicate"))
    # A new question about the same subject (其中…, 他们采取了哪些措施): the subject goes in front of it.
    body = lx.PRONOUN_RE.sub("", fragment)
    prefix = "" if new_scope or cur.sources is not None else old_scope
    places = "" if cur.places else "".join(p for p in prev.places if p not in body)
    places += "" if cur.places else _unplaced_subject(previous, body)
    quoted = "".join(q for q in _QUOTED_RE.findall(previous) if q not in body and not (places and places in q))
    # 无锡立案几人？刑拘呢？: a bare noun after a figure question asks the same question word (not its unit,
    # which may not fit the new noun: 巡查员多少人？镇街呢？).
    ask = "多少" if not asks and prev.kind == "figure" else ""
    if not asks and prev.kind == "open":  # 其中宣传方面呢 after …采取了哪些措施: that aspect of the same practice
        ask = OPEN_ASKS.get(prev.asks, OPEN_ASKS[""])
    if ask and cur.places and not _has_verb(body):  # 那镇江危化领域呢 after 常州工贸执法罚了多少钱: same predicate
        ask = _predicate(previous) or ask
    # a question word put in for a bare noun (专家呢 → 南通专家多少) is carried ("ask"): it asks the noun's figure,
    # not how many of them there are (聘请省级专家175人次 answers it)
    return Standalone(f"{prefix}{places}{quoted}{body}{ask}？", context,
                      tuple(s for s, v in (("scope", prefix), ("place", places), ("topic", quoted or context),
                                           ("ask", ask and not asks and prev.kind == "figure")) if v))


# How a follow-up that names only an aspect (其中宣传方面呢, 那它在激励方面呢) asks, by what the open turn before it
# asked: its results, its plans or its difficulties for those, what was done otherwise.
OPEN_ASKS = {"effect": "取得了哪些成效", "next": "下一步有什么打算", "hard": "有哪些难点", "problem": "存在哪些问题",
             "found": "发现了哪些问题", "": "有哪些做法"}


def _same_count(prev: Intent, cur: Intent, previous: str, fragment: str) -> bool:
    """Whether a figure follow-up about another place counts what the last turn counted without naming it:
    no counted noun, a unit of the same class (or none), and only words of the last question (划 of 划分)."""
    if cur.kind != "figure" or prev.kind != "figure" or not prev.parts or len(cur.parts) != 1 or cur.parts[0].measure:
        return False
    was, now = prev.parts[0], cur.parts[0]
    if not was.measure or (now.unit_class and now.unit_class != was.unit_class):
        return False
    terms = content_terms(fragment, cur.places)
    return bool(terms) and all(t in previous for t in terms)


# The subject a question without a place names instead: the whole province (全省/全市) or the period asked for
# (一季度, 上半年, 1至2月). 一季度全省发生多少起事故？死了多少人？: the follow-up asks about the same subject.
_WHOLE_RE = re.compile(r"全省|全市")


def _unplaced_subject(previous: str, body: str) -> str:
    """The province and period words of the previous question that the follow-up ``body`` does not say itself."""
    words = []
    period = lx.PERIOD_ASKED_RE.search(previous)
    if period and not lx.PERIOD_ASKED_RE.search(body):
        words.append(period.group(0))
    whole = _WHOLE_RE.search(previous)
    if whole and not _WHOLE_RE.search(body):
        words.append(whole.group(0))
    return "".join(words)


def _has_verb(text: str) -> bool:
    return any(flag == "v" for _, flag, *_ in tagged(text))


def _predicate(question: str) -> str:
    """The verb and question word of a figure question (常州工贸执法一共罚了多少钱 → 罚了多少钱), or ""."""
    m = lx.ASK_RE.search(question)
    if not m:
        return ""
    words = [w for w in tagged(question[:m.start()]) if w[0].strip()]
    while words and words[-1][0] in _PREDICATE_FILLERS:
        words.pop()
    tail = question[m.start():].rstrip(" ？?。")
    return question[words[-1][2]:m.start()].replace("一共", "") + tail if words and words[-1][1] == "v" else ""


_PREDICATE_FILLERS = frozenset("了 过 一共 共 总共 累计 共计 已经 已 都 还".split())


def _with_places(text: str, places: Sequence[str]) -> str:
    return f"{''.join(places)}{text}" if places and not any(p in text for p in places) else text


# 不是南通，是南京 / 哦不对，是第16期 / 换成2026年的呢 / 改成第14期: a correction or a change of scope is 那Y呢.
_CORRECTION_RE = re.compile(r"^(?:[哦噢啊呃嗯]\s*[，,]?\s*)?(?:不对|不是[^，,。？?]{1,12}|说错了|搞错了|弄错了|错了|更正一下)"
                            r"\s*[，,]\s*(?:而|应该|我问的)?是(?P<new>[^，,。？?]+)(?P<rest>[，,].*)?$")
_CHANGE_RE = re.compile(r"^(?:那么?)?(?:换成|换到|改成|改为|换为)(?P<new>[^，,。？?]+?)(?P<of>的)?(?:呢)?(?P<rest>[，,].*)?[？?]?$")
# 去年同期呢 after 26年1至2月…: the same period of that year, i.e. the previous turn's period words with the year
# changed, which is what 去年呢 asks (同期 is not a period of its own).
_SAME_PERIOD_RE = re.compile(rf"({lx.RELATIVE_YEAR_RE.pattern})的?同期")
# 2025年是多少 / 第16期有多少 (after the relative year is read): a turn that names only a year or an issue and asks
# bare is that scope's 那Y呢.
_BARE_SCOPE_RE = re.compile(r"^(?:那么?)?(?P<new>(?:\d{4}\s*年\s*(?:的)?\s*)?第\s*[0-9〇零一二两三四五六七八九十百千]+\s*期|"
                            r"\d{4}\s*年度?)的?(?:情况|数据|数字)?(?:是|有|为)?(?:多少|几|啥|什么)?[？?。]?$")


# 那夜查有多少 / 那镇江危化领域有多少 / 靖江的工业单元的情况呢: a thing (no 了, no counted unit after 多少) asked
# bare after a figure question is that question's 那Y呢 (the same measure of another thing), not a count of Y.
_BARE_NOUN_ASK_RE = re.compile(r"^(?:那么?)?(?!其中|他们|它们|他|它|这|那|一共|总共|累计|共|总|还|都|到底|具体|大概|大约)(?P<new>[^，,。？?\s]{1,12}?)"
                               r"(?:(?:的情况|的数据|的数字)(?:呢|怎么样|如何)|(?:一共|总共)?(?:有|是)多少)[？?。]?$")
# 这是截至什么时候的数 / 这个数是哪一期简报上的: a turn that asks only about the last turn's figure (its date or its
# issue) leaves the conversation's subject as it was, so a 那靖江呢 after it carries the figure question before it.
_FIGURE_POINTER_RE = re.compile(r"^(?:那么?)?这(?:个|些)?(?:数字?|数据)?(?:是|说的是)?(?:截至|截止到?)?"
                                r"(?:什么时候|啥时候|何时|哪天|哪一天|哪一?年|几号|哪一?期)[^，,。？?]{0,8}[？?。]?$")


def _normalized(turn: str, prev: Intent) -> str:
    """A follow-up turn in the form ``carry`` reads: a correction or change of scope as 那Y呢, and a year relative
    to the previous turn's (去年呢 after a 2026 question) as that year."""
    m = _CORRECTION_RE.match(turn) or _CHANGE_RE.match(turn)
    if m:
        rest = (m.group("rest") or "").strip("，, ")
        of = "的" if m.groupdict().get("of") and is_predicate(m.group("new")) else ""  # 换成通报给…的呢: a clause
        turn = f"那{m.group('new').strip()}{of}呢" + (f"，{rest}" if rest.strip("？?。") else "？")
    if prev.year and len(turn) <= SUBJECTLESS_CHARS:
        turn = _SAME_PERIOD_RE.sub(r"\1", turn, count=1)
        turn = lx.RELATIVE_YEAR_RE.sub(lambda y: f"{prev.year + lx.RELATIVE_YEARS[y.group(0)]}年", turn, count=1)
    bare = _BARE_SCOPE_RE.match(turn)
    if bare:
        turn = f"那{bare.group('new')}呢？"
    elif (noun := _BARE_NOUN_ASK_RE.match(turn)) and "了" not in noun.group("new"):
        turn = f"那{noun.group('new')}呢？"  # 那夜查有多少 / 镇江危化领域的情况呢: 那Y呢, the last turn's measure
    return turn


def condense(question: str, history: Sequence[str], library: Library,
             chat_scope: Sequence[str] | None = None) -> Standalone:
    """The standalone form of the last question of a conversation (history: earlier questions, oldest first)."""
    turns = [*kept_turns(list(history), MAX_TURNS - 1), question] if MAX_TURNS > 1 else [question]
    turns = [cumulative_named(library.unmisprinted(t), library) for t in turns]  # 总第123期: its masthead's issue
    stepped = [anchored_gap(t, library) for t in turns]  # 2025年第4期的上一期: the held issue before that one
    turns, gap = [t for t, _ in stepped], stepped[-1][1]
    text = turns[0]
    intent = understand(text, library, chat_scope)
    result, earlier, anchor = Standalone(text), [], None
    for k, turn in enumerate(turns[1:], 1):
        subject = subject_issue(intent, library)
        if subject.sources is None and anchor is not None and intent.places and intent.places == anchor.places:
            # 整改了多少 after 江阴专家诊断…: both of 江阴's articles say 整改, but the chat is still on the one the
            # earlier turn was pinned to, so 上一期呢 steps back from that issue
            subject = replace(intent, sources=anchor.sources)
        anchor = subject if subject.sources is not None else anchor
        turn, step_gap = adjacent_step(turn, subject, library)
        gap = step_gap if k == len(turns) - 1 and step_gap else gap  # only the question asked now says so
        turn = _normalized(turn, intent)
        if k < len(turns) - 1 and intent.kind == "figure" and _FIGURE_POINTER_RE.match(turn):
            continue  # 这是截至什么时候的数, asked between: the next turn follows the figure question before it
        if asks_detail(turn):  # 具体说说 / 详细讲讲: the same question again, not a fragment carried onto its place
            continue
        if asks_more(turn):  # 还有呢 / 还有别的做法吗: the same question, asking past what its answer showed
            result = replace(result, more=result.more + 1)
            continue
        cur = understand(turn, library, chat_scope)
        base = _measure_turn(turn, text, earlier)
        if base is not None:  # 那靖江的工业单元呢 two turns after …划了多少个巡查单元: that turn's measure
            text, intent = base
        earlier.append((text, intent))
        followup = is_followup(turn, cur)
        # 还剩几项 / 那一共呢 after …查出多少问题: the counted thing of the earlier question goes in front
        said = predicate_followup(_fragment(turn), [t for t, _ in earlier], intent.places) \
            if followup and not cur.places and intent.kind == "figure" else ""
        if said:
            result = Standalone(said, tuple(dict.fromkeys((*intent.topic, *intent.context))), ("place", "topic"))
        else:
            result = _unscoped(carry(text, intent, turn, cur), intent, cur, library) if followup else Standalone(turn)
        text = result.text
        intent = understand(text, library, chat_scope, result.context)
    return replace(result, text=dated_now(result.text, library), gap=gap)  # 去年年底那期: dated from the newest issue


# A new issue or year and the 那期 that points at it (26年那期呢 after …16期…): that year's issue, not the last
# turn's, which the bare 那期 names.
_SCOPE_POINTED_RE = re.compile(rf"(?:{lx.ISSUE_RE.pattern}|{lx.YEAR_RE.pattern})\s*[那这]一?期\s*的?")
# The issue or year a question names, with the 那期/这一期 or 的 that points at it (26年那期 → 2026年那期).
_SCOPE_WORDS_RE = re.compile(rf"(?:{lx.ISSUE_RE.pattern}|{lx.YEAR_RE.pattern})\s*(?:[那这]一?期|的)?")


def _unscoped(result: Standalone, prev: Intent, cur: Intent, library: Library) -> Standalone:
    """A place switch (那常州呢 after 南通26年那期…) whose new place no article of the carried issue or year names
    but another briefing does: the scope located the old place's figure, so the new place is asked everywhere."""
    if "scope" not in result.carried or not cur.places or cur.sources is not None or prev.sources is None:
        return result
    place = cur.places[0]
    if library.mentioning(place, prev.sources) or not library.mentioning(place):
        return result
    return Standalone(_SCOPE_WORDS_RE.sub("", normalize_question(result.text)), result.context,
                      tuple(s for s in result.carried if s != "scope"))


def _measure_turn(turn: str, previous: str, earlier: Sequence[tuple[str, Intent]]) -> tuple[str, Intent] | None:
    """The earlier turn whose counted thing a bare follow-up names by its head (那靖江的工业单元呢 → 巡查单元), when
    the last turn does not name it; None otherwise."""
    fragment = _fragment(turn)
    head = head_noun(fragment) if fragment and not lx.ASK_RE.search(fragment) else ""
    if len(head) < 2 or head in previous:
        return None
    return next(((t, i) for t, i in reversed(earlier) if head in t), None)
