"""Judge one sentence against one asked part: which of its figures (or dates) could answer it, and how well.

A figure is judged by its words (its clause up to the neighbouring figure), its unit class, the asked thing it counts,
its qualifier (已/拟, 累计/新增, 同比) and its place; evidence.py keeps the best judged sentence per part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .unit_heads import heads_fit  # 47家企业主要负责人 counts people
from .change_end import change_end_fit
from ..ingest.gazetteer import Place, find_places
from ..numbers import CALENDAR_UNITS, Figure
from ..units import class_fit, form_fit, same_count_kind
from ..types import Intent, Part
from . import lexicon as lx
from .library import Entry
from .domain import variants
from .match import Weights, bigrams, phrase_overlap
from .given import given_in_question, with_stated_measure
from .prior_change import change_clause_start
from .respective import CHANGE_QUALIFIERS, whole_of_part, change_fit, changed_figure, list_lead, respective_window
from .unnamed_row import unnamed_row_fit
from .elliptic_terms import column_words
from .other_row import other_row_named
from .tables import cell_noun, column_fit, column_header, is_row, set_total_elsewhere, total_row_fit, with_header_units
from .window import CLAUSE_END_RE, figure_window, figures_of
from .window import clause_start as start_of_clause  # the name clause_start is the local offset below
from .money_stage import paid_for_allotment
from .stage_ask import allotted_for_paid
from .cell_focus import cell_lacks_focus
from .event_kind import other_event, said_up_to
from .support import opposite_said, plan_for_done, with_attribute
from .persons import asks_person, person_answered
from .reason_ask import asks_reason, grounded_text, reason_grounds, reason_said
from .plan_year import asked_offset, relative_words, year_fit
from .split_said import split_forms
from .split_verb import split_verb
from .scope import part_of_year, period_said, province_said, year_to_date
from .stock import stock_fit
from .exit_part import exit_fit
from .times import START_RE, anchored_lead, answer_times, time_spans, unsaid_per_unit
from .understand import content_text
from .counted import each_noun, figure_noun, noun_classifier_fit, same_noun_share, shared_noun
from .rejections import FigureView, counts_asked, paragraph_to
from .issue_years import dating_text
from .remainder import stated_rest
from .relative_year import sentence_contradicts_year
from .paragraph_noun import paragraph_noun
from .change_thing import thing_fit, thing_terms
from .failing_part import failing_part
from .negated_kind import other_side

DATA_YEAR_RE = re.compile(r"(?:19|20)\d{2}年")
# Units that count kinds of things (分为三类, 五种): no count of the things themselves.
KIND_UNITS = frozenset({"类", "种"})
# Characters that make a noun name a person (巡查员, 嫌疑人, 班组长); shared alone they say nothing.
AGENT_SUFFIXES = frozenset("员人者长师")
# A figure whose words do not name the asked thing answers at most this share of the question.
MEASURE_MISSING = 0.4


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


def _clause_end(sentence: str, at: int) -> int:
    return m.start() if (m := CLAUSE_END_RE.search(sentence, at)) else len(sentence)


def periods_said(periods: Sequence[str], s: Sentence) -> bool:
    """Whether the article states every asked period before the end of ``s`` (see ``scope.period_said``)."""
    said = re.sub(r"\s+", "", s.entry.article.text[:s.start + len(s.text)])
    dating = re.sub(r"\s+", "", dating_text(s.entry.article.text[:s.start + len(s.text)]))  # issue_years.py
    return all(period_said(p, s.entry.briefing.year, said, dating) for p in periods)


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
    # slots of the question taken from earlier turns (Intent.carried): a "predicate" carried (那医药企业呢 after
    # 南通排查了多少家企业) was not said of this subject; an "ask" carried (专家呢 → 南通专家多少) asks no stock
    carried: tuple[str, ...] = ()

    @classmethod
    def of(cls, part: Part, intent: Intent, weights: Weights) -> Asked:
        return cls(part := with_attribute(with_stated_measure(part)), weights.vocabulary(thing_terms(part.terms or intent.topic, part.text, part.qualifiers)),  # 火灾起数同比涨了多少: change_thing.py
                    weights.vocabulary(part.focus),
                   intent.context, bigrams(content_text(part.text, intent.places)), bigrams(part.measure), intent.question,
                   find_places(intent.question), intent.carried)


def score_part(asked: Asked, s: Sentence, weights: Weights, wants: str) -> list[Scored]:
    """Each way sentence ``s`` could answer a part; ``wants`` is "figure", "date" or "statement"."""
    part, terms = asked.part, asked.terms
    # The point's lead sets the sentence's scene as the title does (二是深化危化行业…: 累计…培训 23.7 万人次); a table
    # row is a record of its article's subject: the article's words for it (船企) name the row's too.
    # The column an article stands in (附件, 地方动态) is its scene too; a time said as 6月以来 / 5月起 says when it began.
    began = " 开始" if wants == "date" and any(START_RE.search(t.surface) for t in time_spans(s.text)) else ""
    lead = wants == "date" and anchored_lead(part.text, s.start, s.entry.article.text)  # 那84个问题是啥时候的事
    began += f" {relative}" if (relative := relative_words(s.text, s.entry.briefing.year)) else ""  # 2025年 of a 2024 issue: 明年
    covered = f"{s.text}{began} {s.title} {s.entry.article.section or ''} {s.point} " \
              f"{s.previous} {s.entry.article.text if is_row(s.text) or lead else ''}"
    coverage = weights.coverage(terms, covered)
    context = weights.coverage(asked.context, f"{s.text} {s.title} {s.previous}") if asked.context else 1.0
    phrase = phrase_overlap(asked.pairs, s.text)
    # The sentence's own words count more than its title's, which every sentence of the article shares.
    own = weights.coverage(terms, f"{s.text}{began} {s.previous}", settled=s.title.lower())
    base = (0.4 * own + 0.3 * phrase + 0.3 * coverage) * (0.85 + 0.15 * context)
    if wants == "statement":  # 局长是谁 is not answered by a sentence that names no one, 一季度… by one of no 一季度
        # A deed whose sentence before states the problem it answers (海门区现有小微工贸企业4100余家，普遍存在…等问题。
        # 2025年起，海门区…推行…托管服务): the two sentences together answer why, the reason first.
        grounded = asks_reason(part.text) and not reason_said(s.text) and reason_grounds(s.previous, s.text)
        unnamed = asks_person(part.text) and not person_answered(part.text, s.text) or \
            asks_reason(part.text) and not reason_said(s.text) and not grounded  # 为啥选这些主题: a deed is no reason
        undated = MEASURE_MISSING if not periods_said(part.periods, s) else 1.0
        # 平均每座罐容多大 is not answered by 储罐412座, 年吞吐量约3100万吨: a per-unit value must be said per unit
        unaveraged = "平均" in part.qualifiers and not any(w in s.text for w in lx.CARRIED_BY["平均"])
        missing = MEASURE_MISSING if unnamed or unaveraged else 1.0
        return [Scored(base * undated, coverage * undated * missing, grounded_text(s.previous, s.text) if grounded else s.text, None)]
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
    of_part = wants == "figure" and (part_of_year(asked.question, part.periods, paragraph_to(s)) or
                                     year_to_date(asked.question, part.periods, paragraph_to(s), s.entry.briefing.year,
                                                  s.entry.briefing.date))
    out = []
    for f in figures:
        fit = (1.0 if wants == "date" or (part.unit and f.unit == part.unit) else class_fit(part.unit_class, f.unit, part.unit)) \
            or change_fit(part, f, changed_figure(s.text, figures, f)) or noun_classifier_fit(part, f, s.text) \
            or heads_fit(part, f, s.text) \
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
        fit *= unnamed_row_fit(s.text, asked.question, s.entry.article.paragraphs)  # no row asked: the prose whole
        fit *= set_total_elsewhere(s.text, asked.question, s.entry.article.paragraphs)  # 三个镇一共: the table's 合计 row
        # 明年还打算改造多少公里: 2025年拟再改造…2800公里 of a 2024 issue, not the 全年计划改造126公里 of a 2025 one
        fit *= year_fit(part.text if asked_offset(part.text) is not None else asked.question, s.text[:f.end],
                        s.entry.briefing.year)
        clause_start = start_of_clause(s.text, f.start)
        if any(q in CHANGE_QUALIFIERS for q in part.qualifiers):  # …违法行为2347起，同比下降18.3%: 查处 is said of both
            clause_start = change_clause_start(s.text, clause_start, CLAUSE_END_RE)
        a, b = figure_window(s.text, f, figures) if wants == "figure" else governed(s.text, f, clause_start)
        # 死亡231人，同比分别下降12.4%和9.8%: 9.8% speaks of the deaths, in words ending with the figure
        paired = respective_window(s.text, figures, f, lambda g: s.text[slice(*figure_window(s.text, g, figures))]) \
            if wants == "figure" else None
        window = paired or s.text[a:b]
        # 已完成整改2185项 after 查出问题隐患2310项: the paragraph's noun is the figure's own (paragraph_noun.py)
        elided = paragraph_noun(part.measure, s, f, clause_start, "") if wants == "figure" else ""
        # A list (54 家化工企业、374 家危化品经营企业全面建立…) shares its clause's predicate (clause_start above).
        local = 0.7 * weights.coverage(terms, window + elided + (header := column_header(s.text, s.previous, f.start))) + \
            0.3 * weights.coverage(terms, s.text[clause_start:_clause_end(s.text, f.end)])
        rest = wants == "figure" and stated_rest(part.text, s.text, figures, f)
        if rest:  # 其余7处: the whole's words are its own
            local = max(local, coverage)
        focus = weights.coverage(asked.focus, window + header) if asked.focus else 1.0
        if rest:  # …，还有几处没整改: the elided part's focus (整改) is said of the whole too, not in 其余7处纳入挂牌督办
            focus = max(focus, weights.coverage(asked.focus, s.text))
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
        # The asked thing is the noun the figure counts or is said in its clause; it ranks the figures (rejections.py).
        view = FigureView(asked=asked, sentence=s, wants=wants, figure=f, figures=figures, clause_start=clause_start, end=end,
                          words_from=a, words_to=b, window=window, header=header, noun=noun, compound=compound,
                          each=each_noun(s.text, f.start, f.unit, noun),  # 为每座储罐建立电子档案，…已建档1460座 counts 储罐
                          data_years=data_years, years_said=years_said, of_period=of_period)
        counted = counts_asked(view)
        # 为每座储罐建立电子档案，…已建档1460座: the figure counts the 储罐 said after 每座, not its verb-object 建档
        same_noun = same_noun_share(asked.measure, view.each or noun or elided, s.text[f.end:b], s.text[clause_start:f.start]) \
            if asked.measure else 1.0
        # 全年计划组织…50 余次、人员 3000 余人次: a word before the figure in its clause governs it; 下一步，… plans all.
        plan = "计划" if lx.PLAN_LEAD_RE.match(s.text) else ""
        governing = s.text[clause_start:b] + plan + header
        qualifiers = unsaid_per_unit(part.qualifiers, f.surface) if wants == "date" else part.qualifiers
        if any(q in lx.REQUIRED_QUALIFIERS and not any(w in window or w in governing for w in lx.CARRIED_BY[q])
               for q in qualifiers):
            counted = False  # 同比下降多少, 每辆补多少, 拟建多少: a total, a level or a fact is not the asked change, rate or plan
        if opposite_said(part.qualifiers, window + plan, governing) or plan_for_done(part.text, window, s.text):  # plan: opens with a plan
            counted = False  # 一共多少人 is not answered by 新增和调整80人, 已发 not by 拟发放, 实际 not by 计划…、人员 3000 余人次
        counted = counted and not paid_for_allotment(part.text, window)  # 安排了多少 is not 已下达320万元: money_stage.py
        counted = counted and not (wants == "figure" and sentence_contradicts_year(part.text, s.text[:f.end]))  # relative_year.py
        counted = counted and not allotted_for_paid(part.text, window)  # 下达了多少 is not 安排680万元: stage_ask.py
        counted = counted and not cell_lacks_focus(s.text, s.previous, asked.focus, part.qualifiers)  # 已整改 named by no column: cell_focus.py
        counted = counted and not other_row_named(s.text, s.entry.article.paragraphs, part.text)  # 露天矿山… not by the 地下矿山 row: other_row.py
        counted = counted and not (wants == "figure" and other_event(said_up_to(asked.question, part.text), s.entry.article.text, s.start + f.start, terms))  # 森林火情死了几个人: event_kind.py
        counted = counted and not (wants == "figure" and other_side(asked.question, window + header))  # 非经营性 ← 用作经营的: negated_kind.py
        whole = whole_of_part(s.text, clause_start)  # 累计辨识…1.42万个，其中重大风险点216个: 216 is cumulative too
        if wants == "figure":  # 累计检查企业12780多家次、各类场所32700多个: 32700 is cumulative too
            whole += list_lead(s.text, figures, f, clause_start)
        score = (0.5 * base + 0.3 * local + 0.2 * focus) * fit * _qualifier_fit(qualifiers, whole + window, governing)
        score *= (0.75 + 0.25 * near) * (0.6 + 0.4 * focus) * (1.0 if counted else 0.5) * (0.7 + 0.3 * same_noun)
        # 现有…1342家; one part of two (…多少家，粉尘涉爆的多少家) asks a stock or not by its own words
        own = part.text.strip(" ，,？?")
        stock_ask = own if own and own != asked.question.strip(" ，,？?") and own in asked.question else asked.question
        score *= stock_fit(stock_ask, s.text[clause_start:f.start], s.text[:clause_start]) if wants == "figure" else 1.0
        score *= exit_fit(asked.question, s.text[clause_start:f.start]) if wants == "figure" else 1.0  # 清退…2家: exit_part.py
        score *= column_fit(s.text, s.previous, f.start, part.unit, column_words(part.text, part.terms))  # 整改了多少处: the 已整改（处） column
        score *= thing_fit(part.text, part.qualifiers, s.text, figures, f)  # 同比涨了多少 ← 同比下降8.4%: change_thing.py
        score *= failing_part(asked.question, s.text, f, figures, clause_start) if wants == "figure" else 1.0  # 不符合要求的运维船舶9艘: failing_part.py
        score *= change_end_fit(part.text, s.text, f, figures)  # 缩短到几天: 三天 of 由七天缩短到三天 (change_end.py)
        clause = window.strip("，、；：,;: 。！？") if wants == "figure" else s.text
        # 抽查 said as 抽取…执法检查 in the figure's own clause (split_said.py)
        split = split_forms(asked.question, terms, covered, s.text[clause_start:end]) if counted else ""
        cover = weights.coverage(terms, f"{covered} {split}") if split else coverage
        out.append(Scored(score, cover if counted else coverage * MEASURE_MISSING, clause, f))
    return out
