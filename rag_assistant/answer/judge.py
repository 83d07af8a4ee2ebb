"""Judge one sentence against one asked part: which of its figures (or dates) could answer it, and how well.

A figure is judged by its words (its clause up to the neighbouring figure), its unit class, the asked thing it counts,
its qualifier (已/拟, 累计/新增, 同比) and its place; evidence.py keeps the best judged sentence per part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..ingest.gazetteer import Place, find_places
from ..numbers import CALENDAR_UNITS, Figure
from ..units import class_fit, form_fit, same_count_kind, unit_class
from ..types import Intent, Part
from . import lexicon as lx
from .library import Entry
from .domain import other_thing, variants
from .match import Weights, bigrams, match, phrase_overlap
from .given import exceeds_whole, given_in_question, with_stated_measure
from .rates import other_named_rate
from .prior_change import change_clause_start
from .respective import CHANGE_QUALIFIERS, whole_of_part, change_fit, change_for_level, changed_figure, per_unit_of_other, rate_of_other, \
    respective_window
from .tables import cell_noun, column_header, is_row, table_words, total_row_fit, with_header_units
from .window import CLAUSE_END_RE, figure_window, figures_of
from .listed_member import member_of_list, member_unsaid
from .support import asked_action, relative_action, counts_a_thing, earlier_step, modifies_other, opposite_said, \
    plan_for_done, with_attribute
from .persons import asks_person, person_answered
from .plan_year import asked_offset, relative_words, year_fit
from .split_verb import split_verb, verb_of_sibling
from .joint import bracket_joint, joint_agent, joint_count, one_listed_kind, shared_fund
from .scope import part_of_year, period_of_plan_after, period_said, province_said
from .stated import asked_units, scope_unmet, town_unsaid
from .carried import unit_scope
from .subset import restricted_elsewhere
from .classified import class_unnamed
from .grades import grade_unmet
from .quotas import quota_for_people
from .stock import stock_fit
from .whole_part import part_words_unsaid, subset_unnamed
from .remainder import rest_asked
from .container import names_container
from .unnamed_kind import kind_unsaid
from .times import START_RE, anchored_lead, answer_times, time_spans, unsaid_per_unit
from .understand import content_text
from .counted import classifier_names_it, counts_measure, each_noun, matters_counted, elided_antecedent, figure_noun, names_other, noun_classifier_fit, same_noun_share, shared_noun
from .steps import LIGHT_VERBS, action_elsewhere, inherited_start, group_size_of_per_unit, occurrences_for_things, other_step, late_step_unsaid, \
    predicate_end, without_other_titles
from .own_noun import included, counts_listed_other, negated_subset, object_unsaid, other_kind_after, people_for_thing, restriction_unsaid

# Units that count occurrences of an action: the action, not a noun, says what they count.
ACTION_UNITS = frozenset({"人次", "场次", "次", "家次", "艘次", "批次", "架次"})
DATA_YEAR_RE = re.compile(r"(?:19|20)\d{2}年")
# Units that count kinds of things (分为三类, 五种): no count of the things themselves.
KIND_UNITS = frozenset({"类", "种"})
# Characters that make a noun name a person (巡查员, 嫌疑人, 班组长); shared alone they say nothing.
AGENT_SUFFIXES = frozenset("员人者长师")
# A figure whose words do not name the asked thing answers at most this share of the question.
MEASURE_MISSING = 0.4
# The classifiers that count one person each (42名专家, 3位负责人, 21万人): one measure said in another word.
ONE_PERSON_UNITS = frozenset({"人", "名", "位"})


# 发布大风预警信息 46 期: a count of editions (not the ordinal 第8期) says how many times a thing was issued,
# so it answers 发了几回/几次 as a related class does.
EDITION_FIT = 0.6
# A count of another kind of thing than the asked measure word's (几辆 vehicles, 2347起 events): still a count, weaker.
OTHER_KIND_FIT = 0.6
# A figure of part of a year (1—11月) for a question asking the year's.
PART_OF_YEAR_FIT = 0.6


def editions(sentence: str, f: Figure) -> bool:
    return f.unit == "期" and not sentence[:f.start].rstrip().endswith("第")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a candidate article, with what is needed to judge and cite it."""

    entry: Entry
    rank: int  # the article's rank among the candidates
    start: int  # offset in the article text
    text: str
    title: str  # issue label and article title
    previous: str  # the sentence before (该机制, 其中 refer back to it)
    point: str = ""  # the lead sentence of the enumerated point it belongs to (二是深化危化行业隐患排查…)


# ---------------------------------------------------------------- scoring

def _qualifier_fit(qualifiers: Sequence[str], window: str, governing: str = "") -> float:
    fit = 1.0
    for q in qualifiers:
        if any(w in window for w in lx.CARRIED_BY[q]):
            fit *= 1.5
        elif (q in lx.REQUIRED_QUALIFIERS and not any(w in governing for w in lx.CARRIED_BY[q])) or \
                (q in lx.OPPOSITE and any(w in window for w in lx.QUALIFIERS[lx.OPPOSITE[q]])):  # governing: 计划…、人员 3000 余人次
            fit *= 0.3
    return fit


def qualifier_of(window: str) -> str:
    """The qualifier a figure's words carry (已, 拟, 累计, 新增, 同比), or ""."""
    return next((q for q, words in lx.QUALIFIERS.items() if any(w in window for w in words)), "")


def _proximity(terms: Sequence[str], text: str, at: int, verb: str = "") -> float:
    """1 when an asked word touches the figure, falling with the distance in characters; the asked predicate
    ``verb`` counts even as one character (赋了多少台: 共赋码1978台), which a one-character term elsewhere does not."""
    lowered = text.lower()
    distances = [abs(i + len(t) - at) if i < at else i - at for w in (*terms, verb) if len(w) > 1 or w and w == verb
                 for t in (w, *variants(w))
                 for i in [m.start() for m in re.finditer(re.escape(t), lowered)]]  # 上报 near 报告的…
    return 1.0 / (1.0 + min(distances) / 8.0) if distances else 0.0


# A time of the calendar (a date, weekday, month, season or year), not an event named as a time (复工复产, 春节假期).
CALENDAR_TIME_RE = re.compile(r"\d|周[一二三四五六日]|[今去前明]年|[上下]半年|月|季度|年底|年初")


def governed(sentence: str, f, clause_start: int) -> tuple[int, int]:
    """The words a time governs: its clause and the later clauses (今年，…启动编撰了…), not the clauses before it;
    up to the next calendar time of the sentence, which governs what follows it (周二现场督导、周三视频调度); an event
    named as a time (2月19日，…召开…复工复产…视频会议) is what the date governs, not a time of its own."""
    spans = time_spans(sentence)
    earlier = any(clause_start <= t.start < f.start for t in spans)
    later = [t.start for t in spans if t.start >= f.end and CALENDAR_TIME_RE.search(t.surface)]
    return (f.start if earlier else clause_start), (min(later) if later else len(sentence))


def _event_said(measure: str, terms: Sequence[str], governed_text: str) -> bool:
    """A time is of the asked event when the words naming it are said where the time governs, not as one word: a
    date counts nothing, so 复工复产视频会议几号开的 is answered by 2月19日，…召开…复工复产安全生产工作视频会议."""
    own = [t for t in terms if t in measure]
    return bool(own) and all(match(t, governed_text.lower()) for t in own)


def _clause_end(sentence: str, at: int) -> int:
    return m.start() if (m := CLAUSE_END_RE.search(sentence, at)) else len(sentence)


def _paragraph_to(s: Sentence) -> str:
    """The paragraph of ``s`` up to its end: where a period dating its figures is said."""
    return s.entry.article.text[:s.start + len(s.text)].rsplit("\n", 1)[-1]


def periods_said(periods: Sequence[str], s: Sentence) -> bool:
    """Whether the article states every asked period before the end of ``s`` (see ``scope.period_said``)."""
    said = re.sub(r"\s+", "", s.entry.article.text[:s.start + len(s.text)])
    return all(period_said(p, s.entry.briefing.year, said) for p in periods)


@dataclass(frozen=True)
class Scored:
    """One way a sentence answers a part (before it is tied to the chunk it cites)."""

    score: float
    coverage: float
    clause: str
    figure: Figure | None


@dataclass(frozen=True)
class Asked:
    """What a part asks, in the corpus's words: read once per question, used for every sentence."""

    part: Part
    terms: tuple[str, ...]
    focus: tuple[str, ...]
    context: tuple[str, ...]
    pairs: frozenset[str]
    measure: frozenset[str]  # the character pairs of the asked noun phrase (化工企业)
    question: str = ""  # the whole question: the kinds a figure may sum are named anywhere in it
    places: tuple[Place, ...] = ()  # the places the question names (苏州全市: of the whole prefecture)

    @classmethod
    def of(cls, part: Part, intent: Intent, weights: Weights) -> Asked:
        return cls(part := with_attribute(with_stated_measure(part)), weights.vocabulary(part.terms or intent.topic), weights.vocabulary(part.focus),
                   intent.context, bigrams(content_text(part.text, intent.places)), bigrams(part.measure), intent.question,
                   find_places(intent.question))


def score_part(asked: Asked, s: Sentence, weights: Weights, wants: str) -> list[Scored]:
    """Each way sentence ``s`` could answer a part; ``wants`` is "figure", "date" or "statement"."""
    part, terms = asked.part, asked.terms
    # The point's lead sets the sentence's scene as the title does (二是深化危化行业…: 累计…培训 23.7 万人次); a table
    # row is a record of its article's subject: the article's words for it (船企) name the row's too.
    # The column an article stands in (附件, 地方动态) is its scene too; a time said as 6月以来 / 5月起 says when it began.
    began = " 开始" if wants == "date" and any(START_RE.search(t.surface) for t in time_spans(s.text)) else ""
    lead = wants == "date" and anchored_lead(part.text, s.start, s.entry.article.text)  # 那84个问题是啥时候的事
    began += f" {relative}" if (relative := relative_words(s.text, s.entry.briefing.year)) else ""  # 2025年 of a 2024 issue: 明年
    coverage = weights.coverage(terms, f"{s.text}{began} {s.title} {s.entry.article.section or ''} {s.point} "
                                       f"{s.previous} {s.entry.article.text if is_row(s.text) or lead else ''}")
    context = weights.coverage(asked.context, f"{s.text} {s.title} {s.previous}") if asked.context else 1.0
    phrase = phrase_overlap(asked.pairs, s.text)
    # The sentence's own words count more than its title's, which every sentence of the article shares.
    own = weights.coverage(terms, f"{s.text}{began} {s.previous}", settled=s.title.lower())
    base = (0.4 * own + 0.3 * phrase + 0.3 * coverage) * (0.85 + 0.15 * context)
    if wants == "statement":  # 局长是谁 is not answered by a sentence that names no one, 一季度… by one of no 一季度
        unnamed = asks_person(part.text) and not person_answered(part.text, s.text)
        undated = MEASURE_MISSING if not periods_said(part.periods, s) else 1.0
        # 平均每座罐容多大 is not answered by 储罐412座, 年吞吐量约3100万吨: a per-unit value must be said per unit
        unaveraged = "平均" in part.qualifiers and not any(w in s.text for w in lx.CARRIED_BY["平均"])
        missing = MEASURE_MISSING if unnamed or unaveraged else 1.0
        return [Scored(base * undated, coverage * undated * missing, s.text, None)]
    if wants == "date":
        figures = answer_times(s.text, part.text)
    else:
        figures = [f for f in with_header_units(s.text, s.previous, figures_of(s.text))
                   if f.unit not in CALENDAR_UNITS or part.unit_class == "date" or (part.unit and f.unit == part.unit)
                   or (part.unit_class == "times" and editions(s.text, f))]
    # A year no briefing has is the year of the asked data (understand puts it in the focus).
    data_years = [t for t in part.focus if DATA_YEAR_RE.fullmatch(t)]
    years_said = re.sub(r"\s+", "", f"{s.previous}{s.text}")
    of_period = wants != "figure" or periods_said(part.periods, s) and province_said(part.text, f"{s.text}{s.title}")
    of_part = wants == "figure" and part_of_year(asked.question, part.periods, _paragraph_to(s))
    out = []
    for f in figures:
        fit = (1.0 if wants == "date" or (part.unit and f.unit == part.unit) else class_fit(part.unit_class, f.unit, part.unit)) \
            or change_fit(part, f, changed_figure(s.text, figures, f)) or noun_classifier_fit(part, f, s.text) \
            or (EDITION_FIT if editions(s.text, f) else 0.0)
        if fit <= 0 or given_in_question(part.text, s.text, f, part.measure) or \
                (f.unit in KIND_UNITS and part.unit and part.unit not in KIND_UNITS):
            continue  # 分为A、B、C三类 counts kinds, never the 家 of C类企业有多少家
        fit *= form_fit(part.unit, part.scale, f.unit, f.value)  # 多少条: 条 before 家; 发了多少万: 万元 before 家
        if part.unit and not same_count_kind(part.unit, f.unit):
            fit *= OTHER_KIND_FIT  # 运输车多少辆: 5230辆 vehicles before 违法行为2347起 events
        if of_part:
            fit *= PART_OF_YEAR_FIT  # 2025年死了多少人: a 1—11月 figure only when no whole-year one is said
        fit *= total_row_fit(s.text, asked.question, s.entry.article.paragraphs)  # no row asked: the 合计 row
        # 明年还打算改造多少公里: 2025年拟再改造…2800公里 of a 2024 issue, not the 全年计划改造126公里 of a 2025 one
        fit *= year_fit(part.text if asked_offset(part.text) is not None else asked.question, s.text[:f.end],
                        s.entry.briefing.year)
        clause_start = max((m.end() for m in CLAUSE_END_RE.finditer(s.text, 0, f.start)), default=0)
        if any(q in CHANGE_QUALIFIERS for q in part.qualifiers):  # …违法行为2347起，同比下降18.3%: 查处 is said of both
            clause_start = change_clause_start(s.text, clause_start, CLAUSE_END_RE)
        a, b = figure_window(s.text, f, figures) if wants == "figure" else governed(s.text, f, clause_start)
        # 死亡231人，同比分别下降12.4%和9.8%: 9.8% speaks of the deaths, in words ending with the figure
        paired = respective_window(s.text, figures, f, lambda g: s.text[slice(*figure_window(s.text, g, figures))]) \
            if wants == "figure" else None
        window = paired or s.text[a:b]
        # A list (54 家化工企业、374 家危化品经营企业全面建立…) shares its clause's predicate (clause_start above).
        local = 0.7 * weights.coverage(terms, window + (header := column_header(s.text, s.previous, f.start))) + \
            0.3 * weights.coverage(terms, s.text[clause_start:_clause_end(s.text, f.end)])
        focus = weights.coverage(asked.focus, window + header) if asked.focus else 1.0
        # Asked words in the figure's own clause place it; words of a neighbouring clause only half.
        end = _clause_end(s.text, f.end)
        verb = split_verb(part.text)
        near = _proximity(asked.focus or terms, paired, len(paired) - len(f.surface), verb) if paired else \
            _proximity(asked.focus or terms, s.text[clause_start:end], f.start - clause_start, verb) or \
            0.5 * _proximity(asked.focus or terms, s.text, f.start, verb)
        noun, compound = figure_noun(s.text, f.start, f.end) if wants == "figure" else ("", False)
        noun = shared_noun(s.text, figures, f) or noun
        if cell := cell_noun(header):  # a table cell counts what its column header names (排查隐患（处）), not its row label
            noun = cell
        # The asked thing is the noun the figure counts or is said in its clause (27 家企业获评 5G 工厂); it ranks the figures.
        # Money counts no noun: what it is spent on may follow in the next clause (投资5.8亿元，用…改造管网).
        each = each_noun(s.text, f.start, f.unit, noun)  # 为每座储罐建立电子档案，…已建档1460座 counts 储罐
        said, at = (s.text, f.start) if part.unit_class == "money" == unit_class(f.unit) else (s.text[a:max(b, end)], f.start - a)
        counted = (bool(noun) and counts_measure(part.measure, noun)) or counts_measure(
            part.measure, without_other_titles(said, at) + header + table_words(s.text, s.previous)) \
            or bool(told := elided_antecedent(s.text, clause_start, f, noun)) and counts_measure(part.measure, told) \
            or classifier_names_it(part.measure, part.unit, f.unit, s.text[clause_start:f.end], noun) \
            or bool(each) and counts_measure(part.measure, each) \
            or (wants == "date" and _event_said(part.measure, terms, s.text[a:b]))  # 已整改8315条: the 问题 said before; 几块警示牌: 警示标识1.38万块
        if any(y not in years_said for y in data_years) or not of_period or \
                (wants == "figure" and period_of_plan_after(part.periods, s.text, f.end)):
            counted = False  # 南通2024年排查了多少家: a figure of a sentence that does not say 2024年
        if any(t in s.text and t not in s.text[clause_start:end] for t in part.terms
               if lx.TOWN_RE.fullmatch(t) and not included(part.text, t)) or \
                town_unsaid(unit_scope(asked.question, part.text, s.entry.article.text, asked_units,
                                       [n for p in asked.places for n in (p.name, p.full)]), s.entry.article.text,
                            s.title, s.text, s.previous + s.point, s.text[clause_start:end]):
            counted = False  # 盛泽镇有几家 is not answered by 全区…1.26万家 of a sentence whose 其中盛泽镇8700余家 says it
        if part.unit_class == "people" == unit_class(f.unit) and lx.casualty_unsaid(part.text, s.text[clause_start:end] + header):
            counted = False  # 死了几个人 is not answered by 参与人员1.1万人次, 受伤多少人 not by 死亡231人: the kind must be said
        if wants == "figure" and (member_of_list(part.text, s.text[clause_start:f.start])
                                  or member_unsaid(part.text, s.entry.article.text, s.text + header, s.title)):
            counted = False  # 超员载客的违法行为 is not answered by 违规出海、超员载客等违法行为 64 起: one of the listed kinds
        if scope_unmet(asked.question, part.text, part.terms, asked.places, s.entry.places, s.entry.briefing, s.title,
                       _paragraph_to(s)[:f.start - len(s.text)], s.text, f, s.text[clause_start:end], window, wants):
            counted = False  # 全年 / 全市 / 连…算上 / an event's year and occasion the sentence does not state
        if (f.unit in ACTION_UNITS or part.unit in ACTION_UNITS) and not part.measure and asked_action(part.text) \
                and asked_action(part.text) not in LIGHT_VERBS and not match(asked_action(part.text), s.text[clause_start:end] + header):
            counted = False  # 培训了多少人次 is not answered by 聘请省级专家 175 人次开展深度检查
        bound = lx.BOUND_BEFORE_RE.search(s.text[max(clause_start, f.start - 6):f.start]) and not lx.BOUND_ASKED_RE.search(part.text)
        if bound or earlier_step(part.text, s.text[clause_start:end]) or counts_a_thing(part.unit_class, f.unit, noun, part.measure) \
                or exceeds_whole(part.text, f, part.unit) or matters_counted(part.measure, part.unit, f.unit, noun):
            counted = False  # a norm (每月不少于5家), an earlier step, things for times, more than the whole
        said_to = predicate_end(s.text, clause_start, end, f.start)  # 4.3万处隐患建立清单，实行销号管理: 销号 is said of them
        # A table cell's step is said by its column header (电气隐患（处）发现 / …已整改), not by its row.
        step_words = header if header and is_row(s.text) else s.text[inherited_start(s.text, clause_start):said_to] + header
        # 还有几处没整改: the remainder (其余7处纳入挂牌督办) answers whatever its verb; the sentence's others do not.
        rest = rest_asked(part.text, s.text, figures, f, clause_start) if wants == "figure" else None
        if rest is False:
            counted = False
        if rest is None and other_step(part.text, step_words) or occurrences_for_things(part.unit, f.unit, part.measure) or \
                change_for_level(part, s.text[clause_start:f.start]) or rate_of_other(part, s.text[clause_start:f.start]) or \
                other_named_rate(part.text, s.text[clause_start:f.start], s.text[:f.start]) or \
                per_unit_of_other(part.text, s.text[clause_start:f.start]) or \
                group_size_of_per_unit(part, asked.question, s.text[clause_start:f.start], noun) or \
                (wants == "figure" and action_elsewhere(asked_action(part.text) or relative_action(part.text), s.text, clause_start, said_to)) \
                or (wants == "figure" and verb_of_sibling(part.text, s.text, figures, f)):
            counted = False  # 查改隐患 for 督办了多少条, 通报 for 整改; 13个镇街分别明确1名 is no group's size
        if (wants == "figure" and rest is None and late_step_unsaid(part.text, s.text, clause_start, said_to)) or \
                counts_listed_other(part.measure, part.text, s.text, f.start, f.end, window, end) or other_kind_after(part.measure, s.text, f.end) \
                or people_for_thing(part.unit_class, part.unit, f.unit, part.measure, noun) or negated_subset(part.text, window, s.text[:f.start]) \
                or restriction_unsaid(part.text, window) or (wants == "figure" and restricted_elsewhere(part.text, part.measure,
                    window + s.text[clause_start:end] + whole_of_part(s.text, clause_start), s.text, f, figures)) \
                or object_unsaid(part.text, part.measure, s.text[:f.start] if each else s.text[clause_start:] + window, s.text) \
                or (wants == "figure" and (class_unnamed(part.text, s.entry.article.text, window + header, s.text[clause_start:f.start])
                                           or kind_unsaid(part.text, part.measure, noun, s.title + s.entry.article.text))):
            counted = False  # 排查企业 for 关停了多少家, 六个维度 for 几个专委会, 共性预案 for 个性预案, 班组安全员 for 班组;
            # C类企业 not by 1870家小微企业 of a text that classes them A、B、C三类, 剧毒品运输车辆 not by 危险货物运输车辆
        # The question's own words too (a look-alike the corpus never says, 电动汽车, is not among the weighted
        # terms), read in the whole sentence: 22处电动自行车充电示范点，在400多个充电点… speaks of e-bikes throughout.
        if wants == "figure" and part_words_unsaid([t for t in part.terms if not included(part.text, t)], s.text, f, figures, end) \
                or wants == "figure" and subset_unnamed(part.text, part.terms, part.measure, s.text, f, figures, end, s.entry.article.text):
            counted = False  # 省级储备多少钱 is not 储备…3.6亿元 of a sentence whose 其中省级储备8200万元 says it (包括盛泽镇在内 asks the whole)
        if any(other_thing(t, s.text[clause_start:end]) for t in terms) or any(other_thing(t, s.text) for t in part.terms) \
                or grade_unmet(part.text, s.text) or quota_for_people(part.text, noun):  # 二级 not by 一级消防工程师; 招了多少人 not by 18名编制
            counted = False  # 较大以上隐患 is not answered by 39777条较大以上风险: a look-alike that is another thing
        if names_other(part.measure, noun, window, compound, s.title) or modifies_other(part.measure, window, f.surface, part.text) or \
                names_container(part.measure, noun) or \
                (wants == "figure" and (joint_count(asked.question, window, f.surface, f.unit, part.measure)
                                        or joint_agent(asked.question, s.text[max(clause_start - 40, 0):f.start])
                                        or bracket_joint(asked.question, s.text, f.end)
                                        or one_listed_kind(part.measure, asked.question, s.text, f.start)
                                        or shared_fund(part.terms, asked.question, s.text, f.end, f.unit))):
            counted = False  # 400 多个充电点 does not count AI 摄像头, 工业巡查单元 not 农业巡查单元; not a sum of kinds
        if len(noun) > 1 and part.measure and "个" not in (part.unit, f.unit) and part.unit and f.unit != part.unit \
                and (f"几{part.unit}" in part.text or f"多少{part.unit}" in part.text) and not counts_measure(part.measure, noun) \
                and not {part.unit, f.unit} <= ONE_PERSON_UNITS:  # 专家团队有多少人: 由42名专家组成的诊断团队
            counted = False  # 多少条风险 is not 21021家生产经营单位: its own noun in another classifier
        same_noun = same_noun_share(asked.measure, noun, s.text[f.end:b]) if asked.measure else 1.0
        # 全年计划组织…50 余次、人员 3000 余人次: a word before the figure in its clause governs it; 下一步，… plans all.
        plan = "计划" if lx.PLAN_LEAD_RE.match(s.text) else ""
        governing = s.text[clause_start:b] + plan + header
        qualifiers = unsaid_per_unit(part.qualifiers, f.surface) if wants == "date" else part.qualifiers
        if any(q in lx.REQUIRED_QUALIFIERS and not any(w in window or w in governing for w in lx.CARRIED_BY[q])
               for q in qualifiers):
            counted = False  # 同比下降多少, 每辆补多少, 拟建多少: a total, a level or a fact is not the asked change, rate or plan
        if opposite_said(part.qualifiers, window + plan, governing) or plan_for_done(part.text, window, s.text):  # plan: opens with a plan
            counted = False  # 一共多少人 is not answered by 新增和调整80人, 已发 not by 拟发放, 实际 not by 计划…、人员 3000 余人次
        whole = whole_of_part(s.text, clause_start)  # 累计辨识…1.42万个，其中重大风险点216个: 216 is cumulative too
        score = (0.5 * base + 0.3 * local + 0.2 * focus) * fit * _qualifier_fit(qualifiers, whole + window, governing)
        score *= (0.75 + 0.25 * near) * (0.6 + 0.4 * focus) * (1.0 if counted else 0.5) * (0.7 + 0.3 * same_noun)
        score *= stock_fit(asked.question, s.text[clause_start:f.start]) if wants == "figure" else 1.0  # 现有…1342家
        clause = window.strip("，、；：,;: 。！？") if wants == "figure" else s.text
        out.append(Scored(score, coverage if counted else coverage * MEASURE_MISSING, clause, f))
    return out
