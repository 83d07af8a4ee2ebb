"""Understand a standalone question: its kind, places, briefing scope, topic words and asked parts (→ Intent)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ..dictionary import tag
from ..index.store import bm25_tokens
from ..ingest.gazetteer import find_places
from ..nouns import noun_run
from ..text import cn_int
from ..units import MEASURE_NOUNS, UNIT_CLASSES
from ..types import Intent, Part
from . import lexicon as lx
from .case_noun import without_case_noun
from .absence import other_names
from .common_head import kind_of_place
from .annex_excluded import without_annex_aside
from .agents import asked_agent
from .domain import recut, respell, spelled_out, unguessed
from .library import Library
from .measure import CLASS_NOUNS, CLASS_WORDS, QUALIFIER_WORDS, asked_class, asked_scale, measure_of, not_class, time_only, \
    qualifiers_of, subset_class, without_occasion
from .polarity import asked_text
from .scope import Scope, asked_periods, read_scope
from .respective import CHANGE_QUALIFIERS
from .change_verb import unchanged_terms
from .place_nest import unnested
from .segments import asking_segments, conjuncts, own_subject
from .result_complement import result_after_verb
from .confirm import printed_claim, unclaimed
from .elided import elided_asks
from .carried_unit import carried_units
from .change_unit import change_class
from .change_each import split_each_change
from .sibling_noun import unborrowed
from .question_kind import read_kind
from .reason_ask import WHY_WORDS_RE
from .elliptic import side_thing_not_person, thing_not_person
from .elliptic_act import acts_apart, names_own_act
from .measure_town import with_town
from .side_topic import side_topic
from .synonyms import SYNONYMS
from .elliptic_terms import elliptic_borrowed
from .predicate import borrows_unit, own_predicate, said_only, scene_of, without_subject
from .sides import compare_sides, relative_head
from .trend_choice import asks_direction, without_direction

_UNIT_WORDS = frozenset(u for units in UNIT_CLASSES.values() for u in units)
# 四类, 两个, 三项: a numeral and its measure word count things, they name nothing to look for.
_COUNT_WORD_RE = re.compile(rf"[一二两三四五六七八九十百千几0-9]+(?:{lx.UNIT_ALT})|(?:几|多少)?[十百千]?[万亿]|几[十百千]|"
                            rf"[十百千万亿]+[多余](?:{lx.UNIT_ALT})?|[多余](?:{lx.UNIT_ALT})")  # 8万多家: 万多, 多家
# 一是, 三是: an article's enumeration marker, which the segmenter also cuts across a count word and its verb
# (五个一是啥 → 五 个 一是 啥): it names no thing, and matching it picks the point it happens to open.
_MARKER_WORD_RE = re.compile(r"[一二三四五六七八九十]{1,3}是")


def places_in(question: str, library: Library) -> tuple[str, ...]:
    """Jiangsu places the question names, as users name them; a bare county name (滨海) counts when an
    indexed article title names that county."""
    found = [p.name for p in find_places(question)]
    for form, place in sorted(library.title_places.items(), key=lambda kv: -len(kv[0])):
        if form in question and place.name not in found and not any(form in f for f in found):
            found.append(place.name)
    return tuple(dict.fromkeys(found))


# 比去年增加了多少 first: its base (去年) is no asked period and its words are the change asked (the 同比 qualifier)
_QUESTION_WORDS = (lx.PRIOR_CHANGE_RE, lx.DIVIDED_RE, lx.POINT_ORDINAL_RE, lx.HAVE_ASK_RE, lx.ASK_RE, lx.WHEN_RE, lx.WHICH_ISSUE_RE, lx.LIST_PLACES_RE, lx.LIST_ISSUES_RE, lx.LIST_ARTICLES_RE,
                   lx.CONTENTS_RE, lx.EXTREME_WORDS_RE, lx.COMPARE_WORDS_RE, lx.YESNO_WORDS_RE, lx.OPEN_WORDS_RE, lx.SCOPE_WORDS_RE,
                   lx.PERIOD_ASKED_RE, lx.FRAME_PREPOSITION_RE, lx.LINK_WORDS_RE, WHY_WORDS_RE)


def _words(text: str) -> list[str]:
    """The search tokens of ``text``, plus the dictionary words the statistical segmenter split (用大|数据
    hides 大数据)."""
    import jieba

    cut = list(jieba.cut_for_search(text, HMM=False))
    # A lone character after a word that took its partner (只发现|金): the noun they make (现金) is read too.
    stolen = [a[-1] + b for a, b in zip(cut, cut[1:]) if len(a) == 2 and len(b) == 1 and "\u4e00" <= b <= "\u9fff"
              and tag(a[-1] + b) == "n" and tag(b, "n")[0] == "n"]  # not a particle (栏目|的)
    return bm25_tokens(text) + [w.lower() for w in cut if len(w) > 1] + stolen


def content_text(text: str, places: Sequence[str] = ()) -> str:
    """``text`` without its question, scope and place words (what the evidence should say)."""
    for pattern in _QUESTION_WORDS:
        text = pattern.sub(" ", text)
    for place in sorted(places, key=len, reverse=True):
        text = re.sub(rf"{re.escape(place)}[市县区]?", " ", text)
    return _TOTAL_WORD_RE.sub(" ", text)


# 一共建了多少: a total word (the 累计 qualifier, lexicon.QUALIFIERS) said apart, so the segmenter cannot glue its 共 to
# the verb after it (一|共建|了 would ask for 共建, a word no figure of 累计建成充电端口12.6万个 says).
_TOTAL_WORD_RE = re.compile(r"一共|总共|共计")


# 人数, 次数: the count of a unit class itself (日覆盖人数 is answered by 日均覆盖250万人次), said by the figure's
# unit, never by the words around it.
# 比例, 占比: a share asked by its class noun (整改的比例达到多少) is said by a percentage (整改率97.4%) the same way.
COUNT_CLASS_NOUNS = frozenset(n for c in ("people", "times", "ratio") for n in MEASURE_NOUNS[c] if len(n) > 1 and "多少" not in n)


# Words of the asker that the text says otherwise: the spoken negation of 还有几处没整改 asks the remainder
# (remainder.py), printed 其余/尚未/未; the bare 分 of 分几个组 asks how a whole is split, printed 编成/分为/划分.
_ASKER_WORDS = frozenset({"没", "没有", "还没", "分"})


def content_terms(text: str, places: Sequence[str] = ()) -> tuple[str, ...]:
    """The words of ``text`` that evidence must contain: no scope, place, question, unit or qualifier words."""
    out: list[str] = []
    text = content_text(without_case_noun(text), places)  # 移送司法机关的案子有几起: 起 counts the cases (case_noun.py)
    for token in _words(text):
        if not token.strip() or re.fullmatch(r"\W+", token):
            continue
        token = token[:-1] if len(token) > 1 and token[-1] in "了过着" else token  # 发了 → 发
        token = lx.COMPLEMENT_RE.sub("", token) if len(token) > 2 else token  # 查出来 → 查
        if lx.COMPLEMENT_RE.fullmatch(token):
            continue  # 出来 alone says nothing
        if (token in lx.GENERIC or token in _ASKER_WORDS or token in _UNIT_WORDS or token in QUALIFIER_WORDS or token in CLASS_WORDS
                or token in COUNT_CLASS_NOUNS
                or token.isdigit()
                or result_after_verb(token, text)  # 没改完: 完 is 改's result (result_complement.py)
                or _COUNT_WORD_RE.fullmatch(token) or _MARKER_WORD_RE.fullmatch(token)
                or token in out or any(token == p or token == p + "市" for p in places)):
            continue
        out.append(token)
    # 一把手 cut 一把|把手|一把手: a spoken word the briefings say otherwise (synonyms.SYNONYMS: 第一责任人) is asked by
    # its synonyms; its fragments are no words of the question (把手 of 手把手教企业 drew an unrelated article).
    spoken = [t for t in out if t in SYNONYMS]
    out = [t for t in out if not any(t != w and t in w for w in spoken)]
    return recut(out, text.lower())  # 塔吊装 cut 塔|吊装: the domain word 塔吊, not its fragments


def _predicate(question: str, places: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The compared thing said after the sides (…，谁请的专家多 → 专家) and its words; ("", ()) when the
    comparison word ends the question (南通和宿迁…的企业哪个多)."""
    m = lx.COMPARE_RE.search(question)
    if not m or m.start() == 0 or lx.SIDES_SAID_RE.match(question, m.start()):  # A多还是B多: no noun after
        return "", ()
    noun = noun_run(lx.COMPARE_WORDS_RE.sub(" ", question[m.start():]), from_end=True)
    if len(noun) < 2 or noun in CLASS_NOUNS or lx.UNIT_COUNT_RE.fullmatch(noun):  # 哪个数多, 哪个条数多
        return "", ()
    return noun, content_terms(noun, places)


def _compared_relative(question: str) -> str:
    """The compared thing said after the sides as a relative clause (…哪个已整改的隐患多 → 已整改的隐患; 谁请的专家多 →
    请的专家): every side asks for it, with its verb and qualifier, as a figure question would (如皋已整改的隐患);
    "" when no such clause follows the sides."""
    m = lx.COMPARE_RE.search(question)
    if not m or m.start() == 0 or lx.SIDES_SAID_RE.match(question, m.start()):
        return ""
    phrase = lx.COMPARE_WORDS_RE.sub(" ", question[m.start():]).strip(" ，,？?")
    return phrase if re.fullmatch(r"[^\s，,]+的[^\s，,的]{2,}", phrase) else ""


def read_parts(question: str, kind: str, places: Sequence[str]) -> tuple[Part, ...]:
    """What the question asks for: one Part per figure, per conjunct of 各/分别, per side of a comparison,
    or per year of 2025年和2026年各是多少; a side naming only a place or a year shares the question's words."""
    if kind in ("list", "metadata", "open"):
        return ()
    if kind == "compare":
        # 立案处罚的案件哪个多: the case noun restates what each side's count counts (case_noun.py), no side's noun
        question = without_case_noun(question)
        relative = _compared_relative(question)
        texts = [f"{side}{relative}" for side in compare_sides(question)]
    else:
        relative = ""
        segments = asking_segments(question)
        texts = [c for segment in segments or [question] for c in conjuncts(segment)]
    # 1至2月比差多少: the comparison's own words (比, 差) are no word of the compared thing a bare side is asked for
    topic = content_terms(_COMPARISON_WORDING_RE.sub(" ", question) if kind == "compare" else question, places)
    said, said_terms = _predicate(question, places) if kind == "compare" else ("", ())
    topic = said_terms or topic  # 连云港石化基地和镇江，谁请的专家多: a bare place side is asked for 专家
    q_unit, q_class = asked_class(re.sub(r"哪一?[年期]", " ", question) if kind == "compare" else question)  # 哪年多
    pieces = []
    texts = split_each_change([lx.COUNT_OF_RE.sub("", t) for t in texts], question) if kind != "compare" else [lx.COUNT_OF_RE.sub("", t) for t in texts]
    said_units = [any(asked_class(t)) for t in texts]
    unit_words = [bool(asked_class(t)[0]) for t in texts]
    for i, text in enumerate(texts):
        unit, cls = asked_class(text)
        # 全省防汛物资储备价值多少？省级占多少: 其中省级储备8200万元, or a share; not the question's %
        subset = bool(pieces) and kind != "compare" and subset_class(text, cls, pieces[-1][2]) != cls
        if subset:
            unit, cls = "", subset_class(text, cls, pieces[-1][2])
        if kind == "compare" and q_unit and not unit and not any(unit_words):
            unit, cls = "", ""  # 负责人的法定职责，哪个条数多: the unit the question states, not a class its nouns suggest
        # the relative clause every side shares tells no side from another: its words are the question's topic
        own = content_terms(text.removesuffix(relative) if relative else text, places)
        own = () if kind == "compare" and time_only(text) else own  # …和春节假期比, 今年以来至4月27日和…: a side naming only its time
        issue = lx.ISSUE_RE.search(text)
        years = [int(y) for y in lx.YEAR_RE.findall(text)] or ([int(issue.group(1))] if issue and issue.group(1) else [])
        # 多少个镇街…？在编人员配了多少？: a part whose words name its own class does not borrow another's unit;
        # nor does a change (死亡多少人，同比降了多少), printed as a count or as a percentage.
        change = any(q in CHANGE_QUALIFIERS for q in qualifiers_of(text))
        if change and pieces and not measure_of(text):
            own = tuple(dict.fromkeys((*pieces[-1][3], *own)))  # 同比降了多少 is the change of the part before
        # 核增了多少编制，一年办几次培训班: 次 is the second part's unit, not the first's (a change keeps the class of
        # the part before it; a first part has none: 事故起数和死亡人数同比分别降了多少 asks no 人 of the 起数)
        b_unit, b_class = (change_class(text, pieces, q_unit, q_class) if change and pieces else (q_unit, q_class)) \
            if not subset and (change and pieces or borrows_unit(kind, text, said_units[:i] + said_units[i + 1:], unit_words[:i] + unit_words[i + 1:])) \
            else ("", "")
        if b_class == "people" and (thing_not_person(text) or kind == "compare" and own and side_thing_not_person(text)) or names_own_act(text):
            b_unit, b_class = "", ""  # 巡查员多少人，巡查单元呢 / 罚没款多少，移送司法机关呢 (elliptic.py, elliptic_act.py)
        if b_class == "times" and pieces and acts_apart(text, pieces[0][0]):
            b_unit, b_class = "", ""  # 检查了多少家次？已整改呢: 家次 counts the 检查 (elliptic_act.py)
        pieces.append((text, unit if unit or cls or change else b_unit, cls or b_class, own, [p for p in places if p in text], years,
                       cn_int(issue.group(2)) if issue else None))
    lead_periods, borrowed, scene = (), [()] * len(pieces), ()
    # 罚款一共多少钱，扬州三位一体执法查了多少家单位: a first part naming no place is elliptic; the part that names the
    # place sets the scene (三位一体执法) the others ask in, as a first part would.
    li = next((i for i, p in enumerate(pieces) if p[4] and p[0].lstrip(" ，,").startswith(p[4][0])), 0) \
        if kind != "compare" and pieces and not pieces[0][4] and len(pieces[0][3]) <= 1 else 0  # 全省…，其中南通…: 南通 opens
    # no main clause; 推进会上说重大事故隐患有几项？江阴…: a first part of its own words (推进会) is no ellipsis
    if kind != "compare" and len(unnested(places)) <= 1:  # 春节假期全省派了多少个检查组，查了多少家次企业: the second
        lead = tuple(t for t in pieces[li][3] if t not in measure_of(pieces[li][0])) if pieces else ()  # asks in 春节假期 too
        lead_periods = asked_periods(pieces[li][0]) if pieces else ()  # 一季度死了多少人？同比降了多少？: of 一季度 too
        scene = scene_of(pieces[li][0], lead) if pieces else ()
        # …，全县共排查多少: a part naming its own whole borrows none of the first part's unit (颜集镇) when it says a word
        borrowed = [() if i == li or p[4] or p[5] or own_subject(pieces[li][0], p[0]) or (p[3] and lx.OWN_WHOLE_RE.search(p[0]))
                    else _unreplaced(without_subject(pieces[li][0], scene, p[0]) if own_predicate(p[0], p[3]) else lead, p[0])
                    for i, p in enumerate(pieces)]  # terms, not focus
        borrowed = [unborrowed(pieces[li][0], p[0], b) if i != li else b for i, (p, b) in enumerate(zip(pieces, borrowed))]
        borrowed = [elliptic_borrowed(pieces[li][0], pieces[li][3], p[0], p[3], b) if i != li and not p[4] and not p[5] else b
                    for i, (p, b) in enumerate(zip(pieces, borrowed))]  # 新安街道已整改多少处，北沟街道呢 (elliptic_terms.py)
        borrowed = [with_town(measure_of(pieces[li][0]), pieces[li][3], p[0], b, pieces[li][0]) if i != li and not p[4] and not p[5] else b
                    for i, (p, b) in enumerate(zip(pieces, borrowed))]  # 北沟街道排查隐患多少处，已整改多少 (measure_town.py)
    # A side that names only a place or a year (南通和无锡…, 2025年和2026年…) is told apart by that alone.
    thin = len(pieces) > 1 and any(not piece[3] for piece in pieces)
    # Words every part asks in (own or borrowed: the scene 扬州三位一体) tell no part from another.
    shared = set.intersection(*(set(p[3]) | (set(more) & set(scene)) for p, more in zip(pieces, borrowed))) if len(pieces) > 1 else set()
    distinct_places = len(unnested(p for piece in pieces for p in piece[4])) > 1  # 泰州…泰兴市: one place
    # The thing compared: the side's own noun (南通的巡查员和宿迁的网格员), or, when a side names only a place or
    # a year, the noun of the wordiest side without its scope words (…的企业，2025年和2026年 → 企业).
    shared_text = lx.SCOPE_WORDS_RE.sub("", max(pieces, key=lambda p: len(p[3]))[0]).strip(" ，,") if thin else ""
    # …and a side that names only a place is asked in the wordiest side's year and issue too (常州和镇江24年立案处罚:
    # 常州's 2024 figure, not a 2025 issue's).
    wordiest = max(pieces, key=lambda p: len(p[3])) if thin else None
    # …and, in a comparison, counted in its unit (1月份事故起数和1至2月比: 1至2月's 起, not its 死亡83人).
    if kind == "compare" and wordiest and wordiest[1]:
        pieces = [(t, wordiest[1], wordiest[2], o, ps, ys, n) if not o and not u and not c else (t, u, c, o, ps, ys, n)
                  for t, u, c, o, ps, ys, n in pieces]
    pieces = [(t, u, c, o, ps, ys or (list(wordiest[5]) if wordiest and not o and not ys else []),
               n if n is not None or o or not wordiest else wordiest[6]) for t, u, c, o, ps, ys, n in pieces]
    elided = elided_asks(pieces, kind)
    elided = carried_units(pieces, elided) if kind != "compare" else elided  # …多少公里，已完成多少
    parts = [Part(text=text.strip(" ，,"), terms=unchanged_terms(dict.fromkeys((*(own or said_only(text, kind) or side_topic(text, topic, ps if kind != "compare" else ())), *more)), qualifiers_of(text)),
                  unit=unit or elided[i][1], unit_class=cls or elided[i][2],
                  measure=measure_of(text) or elided[i][0] or ("" if kind != "compare" else said or relative_head(text) or not_class(noun_run(lx.UNIT_COUNT_TAIL_RE.sub("", _without_periods(shared_text or text)), True))),
                  # the sides of a comparison differ by place or year; their own words describe the sentence
                  focus=() if thin or len(pieces) == 1 or kind == "compare" else tuple(t for t in own if t not in shared),
                  qualifiers=qualifiers_of(text), periods=asked_periods(text) or (() if ps or ys else lead_periods), scale=asked_scale(text), place=ps[0] if distinct_places and ps else None,
                  year=ys[0] if len(pieces) > 1 and ys else None, number=n if len(pieces) > 1 else None,
                  special=len(pieces) > 1 and bool(lx.SPECIAL_ISSUE_RE.search(text)))
             for i, ((text, unit, cls, own, ps, ys, n), more) in enumerate(zip(pieces, borrowed))]
    years = sorted({int(y) for y in lx.YEAR_RE.findall(question)}, reverse=True)
    if len(parts) == 1 and kind == "compare" and len(places) >= 2:
        parts = [replace(parts[0], place=p) for p in places]
    elif len(parts) == 1 and len(years) > 1:
        parts = [replace(parts[0], year=y) for y in years]
    return tuple(parts)


def _unreplaced(lead: Sequence[str], text: str) -> tuple[str, ...]:
    """The first part's words a later part borrows, less the name it says another of: 新河镇已整改多少处？庙头镇排查了
    多少处 — 庙头镇 takes the place of 新河镇 (same last character, the kind of name), and of its piece 新河."""
    gone = [u for u in lead if len(u) >= 3 and u not in text
            and any(m.group(0) != u for m in re.finditer(rf"[\u4e00-\u9fff]{{2}}{re.escape(u[-1])}", text))]
    return tuple(t for t in lead if not any(t in g for g in gone))


def _one_side_scoped(parts: Sequence[Part]) -> bool:
    """Whether an issue or year is named by some sides of a comparison and not by the others, or each side
    names its own issue or year (25年14期的…和26年13期的…, 26年的…跟25年14期的…): then no one issue scopes the
    whole question."""
    scoped = [bool(lx.ISSUE_RE.search(p.text) or lx.YEAR_RE.search(p.text)) for p in parts]
    apart = all(p.number is not None or p.year is not None for p in parts) and len({(p.year, p.number) for p in parts}) > 1
    return len(parts) > 1 and (apart or any(scoped) and not all(scoped)) and all(content_terms(p.text) for p in parts)


def _later_part_scoped(parts: Sequence[Part]) -> bool:
    """Whether a year or issue is named only by later asks of a several-part question, not by its first: a scope is
    said for what follows it, never for an ask before it."""
    scoped = [bool(lx.ISSUE_RE.search(p.text) or lx.YEAR_RE.search(p.text)) for p in parts]
    return len(parts) > 1 and not scoped[0] and any(scoped[1:])


# 线上预警那块，督促企业整改的比例是多少; 泰州粮食烘干那篇，…大户有几个: a phrase that points at an article or a part of one
# (那篇/那块/那部分, before a comma or 里/中) says where to look in the staff's own words (the text says 网上巡查, 粮食烘干企业
# 安全整治); its words need not be in the figure's sentence, so they are context, not the asked part's terms.
# The phrase starts after an issue label, never inside it (25年第14期南通那篇: 南通, not 期南通).
_LOCATOR_RE = re.compile(r"(?<![0-9０-９一二三四五六七八九十])(?!期)([\u4e00-\u9fff]{2,16}?)(?:那篇|那块|那一块|那部分|那一部分|那段|那一段)(?:文章|报道)?(?:[，,、]|里面?|中)")


# 治本攻坚年度推进会通报的，…整治了多少项; …推进会说1-11月…: a lead clause naming who reported (a verb of reporting,
# then a comma or the asked period's digits) says where the figures were printed, as a locator does; its verb
# (通报) is not the asked action, and its words are in the article's title, not the figure's sentence.
_SOURCE_RE = re.compile(r"^([\u4e00-\u9fff]{2,16}?)(?:通报|披露|公布|介绍|提到|讲|说)(?:了|过)?的?(?:[，,]\s*|(?=[0-9０-９]))")


# 网格化那块，苏州是怎么做的: of the locators, those that point at a part of an article (not 那篇, the whole article).
_PART_LOCATOR_RE = re.compile(_LOCATOR_RE.pattern.replace("那篇|", "", 1))


def _part_pointed(text: str) -> str:
    """The words of the locator phrases of ``text`` that point at a part of an article (网格化那块，… → 网格化)."""
    return " ".join(m.group(1) for m in _PART_LOCATOR_RE.finditer(text))


def _located(text: str) -> tuple[str, str]:
    """``text`` without its locator and source phrases, and the phrases' words ("" when it points at nothing)."""
    said = [m.group(1) for m in _LOCATOR_RE.finditer(text)]
    text = _LOCATOR_RE.sub("，", text).strip("，, ") if said else text
    source = _SOURCE_RE.match(text)
    # 典型案例是不是公布了10批以上: a lead holding yes/no words is the claim asked, its verb the asked action
    if source and not lx.STRONG_YESNO_RE.search(source.group(1)):
        said.append(source.group(1))
        text = text[source.end():]
    return (text, " ".join(said)) if said else (text, "")


def without_headline(question: str, headline: str) -> str:
    """``question`` without the words that named the special issue its scope reads (the title 应急先锋行 建功新时代
    said as 先锋行特刊): the pieces of two or more characters of a title word, longest first, are scope, not topic."""
    for word in headline.split():
        pieces = {word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)}
        for piece in sorted(pieces, key=len, reverse=True):
            if len(piece) >= 3 or piece == word:
                question = question.replace(piece, " ")
    return question


def understand(question: str, library: Library, chat_scope: Sequence[str] | None = None,
               context: Sequence[str] = (), carried: Sequence[str] = ()) -> Intent:
    """The Intent of a standalone, normalised question (the same question is read once per library)."""
    return _understand(question, library, None if chat_scope is None else tuple(chat_scope), tuple(context),
                       tuple(carried))


@lru_cache(maxsize=512)
def _claimed_year(question: str) -> bool:
    """Whether a yes/no states its year in the asked claim (after 是不是/有没有), not about the briefings (那期, 登)."""
    ask = lx.YESNO_WORDS_RE.search(question)
    year = lx.YEAR_RE.search(question)
    return bool(ask and year and year.start() > ask.start() and not re.search(r"简报|期|刊|登", question))


def _understand(question: str, library: Library, chat_scope: tuple[str, ...] | None, context: tuple[str, ...],
                carried: tuple[str, ...]) -> Intent:
    question = respell(question, library.corpus)  # 塔吊 → 塔式起重机 where the texts say only that
    question = spelled_out(question, library.corpus)  # 危货车 → 危险货物运输车: the briefings' longer word
    question = library.unmisprinted(question)  # 那淮南呢 → 那淮安呢: the name the 淮安 article's text misprints
    places = places_in(question, library)
    scope = read_scope(question, library, chat_scope)
    unscoped = question
    unscoped = without_headline(unscoped, scope.headline or "")
    part_pointed = _part_pointed(unscoped)
    unscoped, pointed = _located(unscoped)
    topic = content_terms(unscoped, places)
    context = (*context, *(t for t in content_terms(pointed, places) if t not in context)) if pointed else context
    kind, asks = read_kind(question, topic, places, scope)
    if kind == "open" and not topic and part_pointed:
        # 关于网格化那块，苏州是怎么做的: the rest names nothing, so the part the locator points at is what is asked
        # (as 苏州网格化那块是怎么做的 reads it), not context beside a whole article's answer
        topic = content_terms(part_pointed, places)
    if kind == "list" and asks == "articles":  # 除了附件有几篇: the annex is left out of the count anyway
        topic = content_terms(unscoped := without_annex_aside(unscoped), places)
    if kind == "yesno" and (asked := asked_text(unscoped)) != unscoped:  # 是不是超过7000人: checked, not looked for
        topic = content_terms(unscoped := asked, places)
    if kind == "metadata" and asks in ("latest", "date") and (bare := unclaimed(question)) != question:
        scope = read_scope(bare, library, chat_scope)  # 最新一期是25年出的吗: the latest of all, checked against 2025
        topic = content_terms(bare, places)  # …3月26日出的吗: the claim's words (日出) are no topic
    if kind == "yesno" and chat_scope is None and scope.number is None and _claimed_year(question):
        scope = Scope()  # 是不是22年的计划: the year is the claim the text is checked against, not a filter
    if kind == "yesno" and chat_scope is None and printed_claim(question):
        scope = read_scope(unclaimed(question), library)  # 那篇是不是登在25年16期上: the claim, not a filter
    topic = content_terms(unscoped := without_direction(unscoped), places) if asks_direction(unscoped) else topic
    parts = read_parts(unscoped, kind, places)
    if chat_scope is None and (_one_side_scoped(parts) if kind == "compare" else _later_part_scoped(parts)):
        # 打非治违那次…的人数，和25年第16期…的人次: the issue belongs to one side, not to the question; …整治了多少项，26年
        # 省里专项资金安排多少: the year a later ask names is that ask's (Part.year), not the earlier ask's.
        scope = Scope(content_year=scope.content_year)
    if scope.content_year is not None:  # 徐州市2022年…: the data year must be in the evidence
        parts = tuple(replace(p, focus=(*p.focus, f"{scope.content_year}年")) for p in parts)
    claimed = asked_agent(question) if kind == "yesno" else ""  # 是不是南京市组织的: the claim, not a filter
    # 的人发补贴 → 人发: a word the segmenter guessed that no briefing says is no word the evidence must say
    topic = unguessed(topic, content_text(unscoped, places), library.corpus)
    parts = tuple(replace(p, terms=unguessed(p.terms, content_text(p.text, places), library.corpus)) for p in parts)
    names = tuple(n for n in other_names(question, places) if not kind_of_place(n, library.corpus))  # 养老院: a topic
    return Intent(
        kind=kind, question=question, places=tuple(p for p in places if p not in claimed), names=names, year=scope.year, number=scope.number, latest=scope.latest,
        headline=scope.headline, sources=scope.sources, scope=scope.label, scope_problem=scope.problem,
        topic=topic, context=tuple(t for t in context if t not in topic), parts=parts, asks=asks,
        carried=tuple(carried),
    )


# The wording that makes a question a comparison without naming what is compared: the 比 closing a side (A和B比) and
# the asked difference (差多少, 相差几).
_COMPARISON_WORDING_RE = re.compile(r"(?:相比|比较|比)(?=\s*(?:差|相差|哪|谁|[，,？?]|$))|差(?:了|距)?(?:多少|几)|相差|差值|差额")


def _without_periods(text: str) -> str:
    """``text`` without the periods it asks in (1月份全省事故起数 → 全省事故起数): a side's period dates its figure, it
    is no part of the counted noun (月份全省事故 would be sought in neither side's sentence); nor is a holiday
    opening it (春节假期事故起数: 春节假期（…），全省共发生生产安全事故37起)."""
    text = lx.PERIOD_ASKED_RE.sub(" ", text)
    return without_occasion(text) or text
