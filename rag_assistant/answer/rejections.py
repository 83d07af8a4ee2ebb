"""Whether a figure counts the asked thing: the words that name it, then the checks that refuse it.

``judge.score_part`` builds one ``FigureView`` per figure of a sentence; ``counts_asked`` says whether the figure
counts what the part asks. ``refused_by`` runs the rejection checks in a fixed order and names the first that
refuses the figure (for debugging; the product only asks whether one did). Every check is pure: it reads the view
and the texts and changes nothing, so stopping at the first refusal decides the same as running them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from .share_ask import share_subject_said
from ..numbers import Figure
from ..units import GENERAL_CLASSIFIERS, plain_classifier, unit_class
from . import lexicon as lx
from .domain import other_thing
from .match import match
from .bare_pointer import ambiguous_town_pointer
from .given import exceeds_whole
from .rates import other_named_rate
from .scope import period_of_plan_after
from .respective import whole_of_part, change_for_level, per_unit_of_other, rate_of_other
from .tables import is_row, label_words, table_words
from .listed_member import member_of_list, member_unsaid
from .quoted_whole import quoted_whole_unsaid
from .support import asked_action, relative_action, counts_a_thing, earlier_step, modifies_other
from .split_verb import verb_of_sibling
from .act_verb import other_act
from .joint import bracket_joint, joint_agent, joint_count, one_listed_kind, shared_fund, titled_kind, joint_purpose_fund
from .stated import asked_units, scope_unmet, town_unsaid
from .carried import unit_scope
from .subset import restricted_elsewhere
from .subgroup import subgroup_unsaid
from .listed_kind import listed_kind_unsaid
from .rate_owner import owner_unsaid
from .classified import class_unnamed
from .grades import grade_unmet, severity_unsaid
from .series_member import series_unmet
from .ordinal_member import ordinal_unmet
from .quotas import quota_for_people
from .whole_part import part_words_unsaid, subset_unnamed
from .part_restricted import restriction_unasked
from .change_part import change_of_whole
from .participants import participants_unsaid
from .remainder import rest_asked
from .container import names_container
from .co_names import co_named
from .rate_only import act_only_as_rate
from .unnamed_kind import kind_unsaid
from .unnamed_thing import unnamed_thing
from .next_owner import words_end
from .resumed import resumed_action
from .paragraph_antecedent import antecedent_in_paragraph
from .point_kind import rival_kind_in_lead
from .count_kind import counted_in_other_kind, other_count_kind
from .verb_elsewhere import verb_elsewhere
from .purpose import purpose_unsaid
from .threshold import threshold_unsaid
from .other_year import other_year_figure
from .relative_year import other_relative_year
from .stock import stock_for_action
from .stock_times import occurrences_for_stock
from .word_said import counts_modifier, joined_terms, modifier_elsewhere, other_kind_said
from .counted import classifier_names_it, counts_measure, matters_counted, elided_antecedent, names_other
from .steps import LIGHT_VERBS, steps_said, action_elsewhere, general_visits, inherited_start, group_size_of_per_unit, occurrences_for_things, other_step, \
    late_step_unsaid, predicate_end, search_form_said, without_other_titles
from .own_noun import included, counts_listed_other, negated_subset, object_unsaid, other_kind_after, people_for_thing, \
    restriction_unsaid
from .resumed_compound import resumed_compound  # 燃气管道 resumed as 管道

if TYPE_CHECKING:
    from .judge import Asked, Sentence

# Units that count occurrences of an action: the action, not a noun, says what they count.
ACTION_UNITS = frozenset({"人次", "场次", "次", "家次", "艘次", "批次", "架次"})
# The classifiers that count one person each (42名专家, 3位负责人, 21万人): one measure said in another word.
ONE_PERSON_UNITS = frozenset({"人", "名", "位"})


def paragraph_to(s: Sentence) -> str:
    """The paragraph of ``s`` up to its end: where a period dating its figures is said."""
    return s.entry.article.text[:s.start + len(s.text)].rsplit("\n", 1)[-1]


def paragraph_before(s: Sentence) -> str:
    """The paragraph of ``s`` before it: where an elided noun of its figures may be said."""
    return s.entry.article.text[:s.start].rsplit("\n", 1)[-1]


@dataclass(frozen=True)
class FigureView:
    """One figure of a sentence, as a part asks it: everything the counting checks read, computed once."""

    asked: Asked
    sentence: Sentence
    wants: str  # "figure" or "date"
    figure: Figure
    figures: Sequence[Figure]  # all the sentence's figures (or times)
    clause_start: int  # where the figure's clause starts (for a change asked, the clause of the changed figure)
    end: int  # where the figure's clause ends
    words_from: int  # the figure's words are sentence.text[words_from:words_to]: its window, or what a time governs
    words_to: int
    window: str  # the figure's words (or the respective words paired with it)
    header: str  # the column header of a table cell, or ""
    noun: str  # the noun the figure counts
    compound: bool  # whether that noun ends a compound (figure_noun)
    each: str  # the noun said with 每 before the figure (为每座储罐建立…), or ""
    data_years: Sequence[str]  # the years of the asked data (2024年)
    years_said: str  # the previous sentence and this one, without white space
    of_period: bool  # whether the sentence's article and place state the asked periods and province

    @property
    def part(self):
        return self.asked.part

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def clause(self) -> str:
        """The figure's clause."""
        return self.text[self.clause_start:self.end]

    @property
    def lead(self) -> str:
        """The figure's clause up to the figure."""
        return self.text[self.clause_start:self.figure.start]


def step_words(text: str, clause_start: int, said_to: int, header: str) -> str:
    """The words that say which step (发现, 整改, 督办) a figure is of.

    A table row's cell takes its step from its column header alone (电气隐患（处）发现 / …已整改): the row's other
    words are the other columns'. Elsewhere it is the clause from where its predicate is inherited up to where that
    predicate ends (``said_to``), then the column header, if any.
    """
    if header and is_row(text):
        return header
    return text[inherited_start(text, clause_start):said_to] + header


def _event_said(measure: str, terms: Sequence[str], governed_text: str) -> bool:
    """A time is of the asked event when the words naming it are said where the time governs, not as one word: a
    date counts nothing, so 复工复产视频会议几号开的 is answered by 2月19日，…召开…复工复产安全生产工作视频会议."""
    own = [t for t in terms if t in measure]
    return bool(own) and all(match(t, governed_text.lower()) for t in own)


def names_asked(v: FigureView) -> bool:
    """Whether the asked thing is the noun the figure counts or is said in its clause (27 家企业获评 5G 工厂).
    Money counts no noun: what it is spent on may follow in the next clause (投资5.8亿元，用…改造管网)."""
    part, s, f, noun = v.part, v.sentence, v.figure, v.noun
    said, at = (s.text, f.start) if part.unit_class == "money" == unit_class(f.unit) else \
        (s.text[v.words_from:words_end(s.text, max(v.words_to, v.end), f, v.figures, noun)], f.start - v.words_from)
    return (bool(noun) and counts_measure(part.measure, noun)) or counts_measure(
        part.measure, without_other_titles(said, at) + v.header + table_words(s.text, s.previous)) \
        or bool(told := elided_antecedent(s.text, v.clause_start, f, noun)) and counts_measure(part.measure, told) \
        or bool(told) and antecedent_in_paragraph(part.measure, paragraph_before(s), f) \
        or co_named(part.measure, f"{noun} {told}", s.entry.article.text) \
        or resumed_compound(part.measure, noun, s.entry.article.text[:s.start + f.start]) \
        or classifier_names_it(part.measure, part.unit, f.unit, s.text[v.clause_start:f.end], noun) \
        or bool(v.each) and counts_measure(part.measure, v.each) \
        or resumed_action(part.measure, noun, s.text[:v.clause_start]) \
        or share_subject_said(v.asked.question, part.measure, s.text[:f.start]) \
        or (v.wants == "date" and _event_said(part.measure, v.asked.terms, s.text[v.words_from:v.words_to]))
    # 已整改8315条: the 问题 said before; 几块警示牌: 警示标识1.38万块


def counts_asked(v: FigureView) -> bool:
    """Whether the figure counts the asked thing: its words name it and no check refuses it."""
    return bool(names_asked(v)) and refused_by(v) is None


def refused_by(v: FigureView) -> str | None:
    """The first check that refuses the figure as a count of the asked thing, or None. The order is the order the
    checks were written in; as all are pure it decides nothing but which name is returned."""
    asked, part, s, f = v.asked, v.part, v.sentence, v.figure
    text, clause_start, end, header, window, noun, wants = v.text, v.clause_start, v.end, v.header, v.window, v.noun, v.wants
    clause, lead = v.clause, v.lead
    if any(y not in v.years_said for y in v.data_years) or not v.of_period or \
            (wants == "figure" and period_of_plan_after(part.periods, text, f.end)) or \
            (wants == "figure" and other_year_figure(part.text, paragraph_before(s), text[:f.end])) or \
            (wants == "figure" and other_relative_year(asked.question, part.text, text[:f.end], s.entry.briefing.year)):
        return "period"  # 南通2024年排查了多少家: a figure of a sentence that does not say 2024年
    if any(t in text and t not in clause for t in part.terms
           if lx.TOWN_RE.fullmatch(t) and not included(part.text, t)) or \
            town_unsaid(unit_scope(asked.question, part.text, s.entry.article.text, asked_units,
                                   [n for p in asked.places for n in (p.name, p.full)]), s.entry.article.text,
                        s.title, text, s.previous + s.point, clause) or ambiguous_town_pointer(part.text, s.entry.article.text):
        return "town"  # 盛泽镇有几家 is not answered by 全区…1.26万家 of a sentence whose 其中盛泽镇8700余家 says it
    if part.unit_class == "people" == unit_class(f.unit) and lx.casualty_unsaid(part.text, clause + header):
        return "casualty"  # 死了几个人 is not answered by 参与人员1.1万人次, 受伤多少人 not by 死亡231人: the kind must be said
    if wants == "figure" and participants_unsaid(part.text, part.terms, f.unit, clause + header):
        return "participants"  # 演练参加人数 is not answered by 组建…救援人员320名: people of another measure
    if wants == "figure" and purpose_unsaid(part.unit_class, part.text, paragraph_to(s), s.title, clause):
        return "purpose"  # 体检式评估花了多少钱 is not answered by 投入改造资金2.36亿元: money for another use
    if wants == "figure" and (member_of_list(part.text, lead)
                              or member_unsaid(part.text, s.entry.article.text, text + header, s.title)):
        return "listed_member"  # 超员载客的违法行为 is not answered by 违规出海、超员载客等违法行为 64 起: one of the listed kinds
    if wants == "figure" and quoted_whole_unsaid(part.text, text, header + text[:f.start], noun):
        return "quoted_whole"  # 343家企业里其中化工企业几家 is not answered by a sentence that does not state 343家
    if scope_unmet(asked.question, part.text, part.terms, asked.places, s.entry.places, s.entry.briefing, s.title,
                   paragraph_to(s)[:f.start - len(text)], text, f, clause, window, wants):
        return "scope"  # 全年 / 全市 / 连…算上 / an event's year and occasion the sentence does not state
    if wants == "figure" and "ask" not in asked.carried and \
            (stock_for_action(part.text, clause, lead) or occurrences_for_stock(part.text, part.unit, f.unit, header)):
        return "stock_for_action"  # 九小场所巡查了多少家 is not answered by 共有…“九小场所”超过1.2万家
    if (f.unit in ACTION_UNITS or part.unit in ACTION_UNITS) and not part.measure and asked_action(part.text) \
            and asked_action(part.text) not in LIGHT_VERBS and not match(asked_action(part.text), clause + header) \
            and not search_form_said(asked_action(part.text), clause + header):  # 排查了多少人次: 开展深度检查
        return "action"  # 培训了多少人次 is not answered by 聘请省级专家 175 人次开展深度检查
    bound = lx.BOUND_BEFORE_RE.search(text[max(clause_start, f.start - 6):f.start]) and not lx.BOUND_ASKED_RE.search(part.text)
    if bound or earlier_step(part.text, clause) or counts_a_thing(part.unit_class, f.unit, noun, part.measure) \
            or exceeds_whole(part.text, f, part.unit, s.entry.article.text) or matters_counted(part.measure, part.unit, f.unit, noun):
        return "bound_or_earlier"  # a norm (每月不少于5家), an earlier step, things for times, more than the whole
    said_to = predicate_end(text, clause_start, end, f.start)  # 4.3万处隐患建立清单，实行销号管理: 销号 is said of them
    # 还有几处没整改: the remainder (其余7处纳入挂牌督办) answers whatever its verb; the sentence's others do not.
    rest = rest_asked(part.text, text, v.figures, f, clause_start) if wants == "figure" else None
    if rest is False:
        return "not_rest"
    if rest is None and other_step(part.text, step_words(text, clause_start, said_to, header)) or \
            occurrences_for_things(part.unit, f.unit, part.measure) or \
            change_for_level(part, lead) or rate_of_other(part, lead) or other_named_rate(part.text, lead, text[:f.start]) or \
            owner_unsaid(part.text, text[:f.start], s.title) or \
            per_unit_of_other(part.text, lead, asked.question) or group_size_of_per_unit(part, asked.question, lead, noun) or \
            (wants == "figure" and "predicate" not in asked.carried  # a carried verb need not be the new subject's
             and action_elsewhere(asked_action(part.text) or relative_action(part.text), text, clause_start, said_to)) \
            or (wants == "figure" and verb_of_sibling(part.text, text, v.figures, f)) \
            or (wants == "figure" and act_only_as_rate(part.text, text, s.previous)) \
            or (wants == "figure" and rest is None and other_act(part.text, step_words(text, clause_start, said_to, header), text)
                and not ("predicate" in asked.carried and not steps_said(step_words(text, clause_start, said_to, header)))):
        return "other_step"  # 查改隐患 for 督办了多少条, 通报 for 整改; 13个镇街分别明确1名 is no group's size
    if (wants == "figure" and rest is None and late_step_unsaid(part.text, text, clause_start, said_to)) or \
            counts_listed_other(part.measure, part.text, text, f.start, f.end, window, end) or other_kind_after(part.measure, text, f.end) \
            or people_for_thing(part.unit_class, part.unit, f.unit, part.measure, noun) or negated_subset(part.text, window, text[:f.start]) \
            or restriction_unsaid(part.text, window) or (wants == "figure" and restricted_elsewhere(part.text, part.measure,
                window + clause + whole_of_part(text, clause_start), text, f, v.figures)) \
            or object_unsaid(part.text, part.measure, text[:f.start] if v.each else text[clause_start:] + window, text) \
            or (wants == "figure" and threshold_unsaid(part.text, text)) \
            or (wants == "figure" and (class_unnamed(part.text, s.entry.article.text, window + header, lead)
                                       or kind_unsaid(part.text, part.measure, noun, s.title + s.entry.article.text))):
        return "other_object"  # 排查企业 for 关停了多少家, 六个维度 for 几个专委会, 共性预案 for 个性预案, 班组安全员 for 班组;
        # C类企业 not by 1870家小微企业 of a text that classes them A、B、C三类, 剧毒品运输车辆 not by 危险货物运输车辆
    # The question's own words too (a look-alike the corpus never says, 电动汽车, is not among the weighted
    # terms), read in the whole sentence: 22处电动自行车充电示范点，在400多个充电点… speaks of e-bikes throughout.
    if wants == "figure" and (part_words_unsaid(own := [t for t in part.terms if not included(part.text, t)], text, f, v.figures, end)
                              or change_of_whole(part.qualifiers, own, text, f, v.figures, end)):  # 重大事故隐患同比增长多少
        return "part_words"  # 省级储备多少钱 is not 储备…3.6亿元 of a sentence whose 其中省级储备8200万元 says it (包括盛泽镇在内 asks the whole)
    if wants == "figure" and (subset_unnamed(part.text, part.terms, part.measure, text, f, v.figures, end, s.entry.article.text, s.title + s.point)
                              or restriction_unasked(part.text, text, f, v.figures, asked.question)):  # 其中使用燃气窑炉的企业 for 陶瓷企业
        return "subset_unnamed"  # a kind the sentence never says, of an article that splits its whole with 其中
    if wants == "figure" and subgroup_unsaid(part.text, part.measure, noun, text, s.previous, window, s.title + s.entry.article.text):
        return "subgroup"  # 危化企业的重大风险点 in an article of 工贸企业, 超高层建筑里红色等级的 of a sentence of all 高层建筑
    if wants == "figure" and listed_kind_unsaid(part.text, part.measure, text, text[:f.start], s.entry.article.text, s.title):
        return "listed_kind"  # 化工企业消除了多少条隐患 is not 343 家企业…消除事故隐患 1620 条 of an article listing 54 家化工企业、374 家…
    if any(other_thing(t, clause) for t in asked.terms) or any(other_thing(t, text) for t in part.terms) \
            or grade_unmet(part.text, text) or (wants == "figure" and severity_unsaid(part.text, text, header, s.title, s.point)) \
            or series_unmet(part.text, text, clause) or ordinal_unmet(part.text, text) \
            or quota_for_people(part.text, noun) \
            or (wants == "figure" and any(other_kind_said(m, text, s.title + s.entry.article.text)
                                        for m in ([part.measure] if part.measure else joined_terms(part.text, part.terms)))):
        # 二级 not by 一级消防工程师; 招了多少人 not by 18名编制; 供热管网 not by 燃气管网 (word_said.other_kind_said)
        return "look_alike"  # 较大以上隐患 is not answered by 39777条较大以上风险: a look-alike that is another thing
    # a table row's caption and label-column head (园区) are its setting as the title is (tables.label_words)
    setting = s.title + s.point + whole_of_part(text, clause_start) + label_words(text, s.previous)
    if names_other(part.measure, noun, window, v.compound, setting) or modifies_other(part.measure, window, f.surface, part.text) or \
            names_container(part.measure, noun) or modifier_elsewhere(part.measure, text, s.title, f.unit) or \
            (wants == "figure" and (joint_count(asked.question, window, f.surface, f.unit, part.measure)
                                    and not titled_kind(part.measure, s.title, window)
                                    or joint_agent(asked.question, text[max(clause_start - 40, 0):f.start])
                                    or bracket_joint(asked.question, text, f.end)
                                    or one_listed_kind(part.measure, asked.question, text, f.start)
                                    or shared_fund(part.terms, asked.question, text, f.end, f.unit)
                                    or (f.unit == "元" and joint_purpose_fund(asked.question, text[clause_start:f.start]))
                                    or counts_modifier(part.measure, noun, text, f.start))):
        return "names_other"  # 400 多个充电点 does not count AI 摄像头, 工业巡查单元 not 农业巡查单元; not a sum of kinds
        # (the point's lead sets the scene as the title does: 一是夯实小场所安全基础… names the 小场所 of 整改隐患41024条)
    if other_count_kind(part.unit, f.unit) or counted_in_other_kind(part.measure, part.unit, noun, text, v.figures, f):
        return "other_kind"  # 赋码了多少家 is not 共赋码1978台: machines, whatever the verb (count_kind.py)
    if wants == "figure" and verb_elsewhere(part.text, part.measure, part.unit, s.previous + text,
                                               s.entry.article.text):
        return "verb_elsewhere"  # 赋码了多少家 is not 对9家…企业依法立案处罚 of an article whose 赋码 counts others
    if len(noun) > 1 and part.measure and "个" not in (part.unit, f.unit) and part.unit \
            and f.unit != plain_classifier(part.unit) \
            and (f"几{part.unit}" in part.text or f"多少{part.unit}" in part.text) and not counts_measure(part.measure, noun) \
            and not {part.unit, f.unit} <= ONE_PERSON_UNITS \
            and f.unit.removesuffix("次") != part.unit \
            and not general_visits(part.unit, f.unit) \
            and not (part.unit in GENERAL_CLASSIFIERS and part.measure[-1] in noun):
        # 专家团队有多少人: 由42名专家组成的诊断团队; 家次 is 家 per visit. 条 is any thing's classifier: 查了多少条
        # 渔船 is 检查 1890 艘次 (units.general_visits), 淘汰了几条老旧船 is 淘汰老旧船舶7艘 (the asked head 船 is its noun's);
        # 搞了几回: 37 次 is the same classifier said in the text's word (units.plain_classifier)
        return "other_classifier"  # 多少条风险 is not 21021家生产经营单位: its own noun in another classifier
    if rival_kind_in_lead(part.text, text, s.point, s.entry.article.text):
        return "point_kind"  # 风险清单覆盖率 is not 覆盖率95.9% of a point led by 一是编制责任清单
    if unnamed_thing(v):
        return "unnamed_thing"  # 四个综合治理行业 for 应急救援队伍…多少支, 各类生产经营单位 for 危化品生产经营企业
    return None
