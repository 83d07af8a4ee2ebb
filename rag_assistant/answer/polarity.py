"""Yes/no: what one supporting sentence says about the asked proposition, read clause by clause.

A measure the question names in quotes (有没有搞“一船一码”) must be said by the sentence or its article's title: else
the answer is no, the briefing does not mention it.

The asked proposition is the question without its question words (有没有, 是不是, 搞没搞, 吗) and without the
negation of a negated question (没请专家吗 asks whether experts were hired). The supporting clause is the
clause of the sentence that holds most of the asked words. Its verdict, in this order:

- a figure or year the question states (是不是超过1000家, 是不是有30万份, 是不是2020年建的) is checked
  against the figure of the same kind the clause (else the sentence) gives: 是 when it holds, 不是/没有
  with the text's figure when it does not. Of several, the one of the subset the question names (其中盛泽镇…), of
  the verb it says (淘汰, 整改), done not planned when it asks what is done (asked_figure.py); 3.6万余家 is more
  than 3.6万, 近9000米 less than 9000 (thresholds.said_as);
- a body the question says did the action (是省应急厅印发的吗, 是不是南京市组织的) against the body the sentence names
  as its subject (agents.py); a time is checked only when the claim states it, not the occasion framing the claim
  (25年五一汛前…会上，是不是提到…: frame.py); a figure of the frame (193处里是不是已经整改了186处) names the thing,
  the claim's 已 is said of the claim's figure;
- a trend the question claims (一年比一年多) against the clause's (逐年下降) says no when they differ;
- a clause that only plans the asked action (预计新增80人, 计划组织50余次, 力争到2023年底, 将…用2至3年时间完成), or
  follows a plan verb of an earlier clause (计划到今年年底，…有效运行), says not yet, unless the question asks about a
  plan (是不是要组织, 是不是提到; governs.py) or only who acts (是不是省防指组织的: 是, but a plan);
- a clause that negates the asked action (半年内不再…开展常规检查) says no, unless the question asks that none
  happened (是不是零事故 ← 未发生安全事故 / 实现“零事故”目标): then it says yes;
- a question whether all is done, answered by a done figure below the planned one, says no;
- a question whether all of a noun did it (所有化工企业都…), answered by a clause counting some of them with no
  word of the whole (推动34家…企业), says no with the count;
- a benefit the question says is given (有没有发奖金) that the sentence gives none of says no (unsaid_claim.py);
- otherwise the clause supports the proposition: 是 for 是不是/是否, 有 for the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..numbers import CALENDAR_UNITS, Figure, extract_figures
from ..nouns import counted_noun, noun_run
from ..units import unit_class
from . import lexicon as lx
from .library import Library
from .match import Weights, phrase_overlap, weights_of
from .agents import asked_agent, other_agent
from .unsaid_claim import in_name, noun_terms, unsaid_benefit, unsaid_names
from .frame import claim_of, frame_end
from .share_claim import share_check
from .claims import clause_before
from .respective import respective_window
from .campaign_claim import other_campaign
from .period_claim import other_period, part_of_year, span_fit
from .governs import (acted_figures, bound_before, change_said, done_after, implied_years, only_listed, other_occurrence, planned,
                      qualified_figures, subset_said, trend_check, trend_fit, under_way, without_claimed_change, with_change, with_halves)
from .thresholds import fits, holds, relation_of, said_as, scaled
from .asked_figure import asks_done, governed, named_subset, staged, unplanned
from .whole_done import WHOLE_RE, falls_short, result_fit  # noqa: F401  (WHOLE_RE: re-exported)
from .claim_date import claim_date_check
from .times import stated_time_check, stated_times
from .visit_claim import visit_for_heads, visit_note
from .window import CLAUSE_RE, figure_window
from .verb_count import verb_count_fit
from .counted_fit import count_fit
from .busier_clause import outweighed
from .result_complement import without_result
from .doubling import other_doubling
from .tables import is_row, table_context, with_header_units
from ..text import sentence_spans
from .occurrence_said import casualties_said, occurrence_fit

# A figure the question states, with the word that relates it (stripped from the asked words).
STATED_RE = re.compile(rf"(?:[超过达到满够][没不][超过达到满够]过?到?|超过|超出|多于|高于|大于|不少于|不低于|至少|不止|不到|不足|少于|低于|小于|不超过|达到|有|约|大约|大概|近|将近|"
                       rf"超|过|到|满|达)?"
                       rf"\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:多|余|来)?\s*(?:{lx.UNIT_ALT}|%|％)(?<!\d月)(?<!\d日)(?:以上|以下|以内|左右)?")
_YEAR_RE = re.compile(r"(\d{4})\s*年(?!\s*第)")
# A clause that says the asked action does not happen: 半年内不再对…开展常规检查.
NEGATION_RE = re.compile(r"不再|不得|不会|不予|无需|严禁|禁止|没有|未(?:经|曾)?")
# An adverse event the text numbers zero (实现“零事故”目标, 零伤亡, 零火灾): never the digit of 一百零五.
ZERO_EVENT_RE = re.compile(r"(?<![一二三四五六七八九十百千万])零[“”\"]?(事故|伤亡|死亡|亡人|火灾|火情|火警|险情|事件|伤害|污染|故障)")
# A question about what happened (出过…没有, 有没有发生, 搞了吗), not about what will be done (查过的单位还会再查吗).
_PAST_RE = re.compile(r"过|了|有没有|没有[？?]?$")
_WILL_RE = re.compile(r"还会|会不会|会再|还要|将会|将要")
_IS_RE = re.compile(r"是不是|是否|对不对|[对是]吧|是.{0,20}吗[？?]?$")
# A yes/no asked by 有没有 (有没有95家企业配了安全总监, 有没有超过1000个): a figure that does not hold is answered 没有,
# one the text says as asked 有 (a threshold that holds, 是).
_HAS_RE = re.compile(r"有没有|有无")


# A yes/no that asks whether the negation holds (是不是没有建立…, 是否未开展…, 是不是还没下达): the verdict read off
# the proposition without it (是 / 有 when the text says it was done) is turned (不是: it was done), and a verdict
# of no (没有, 还没有…计划) confirms the asked negation (是). Not a threshold word (是不是不到500名) nor 没收/未来.
_NEGATED_CLAIM_RE = re.compile(r"(?:是不是|是否|难道是)\s*(?:还|都|并|已经|真的)?\s*(?:没有|没|未|尚未|不再|不用|无需)(?!收|来|成年)")
_TURN_HEAD_RE = re.compile(r"^(?:是|有|不是|没有|还没有|不会)(?=[，,]|$)")


def turned_head(question: str, head: str) -> str:
    """``head`` (a verdict on the un-negated proposition) answered to a question that asks its negation."""
    if not _NEGATED_CLAIM_RE.search(question) or not (m := _TURN_HEAD_RE.match(head)):
        return head
    return ("不是" if m.group() in ("是", "有") else "是") + head[m.end():]


@dataclass(frozen=True)
class Verdict:
    """The answer's first words (是/有/不是/没有…) and the clause that decides them."""

    head: str
    clause: str


def asked_text(question: str) -> str:
    """The question without the figures and recurrences it states: 是不是超过7000人了 asks about 7000人, 是不是
    每周组织考试 about 每周; it does not name them. A month or day (1至7月) is the period asked in, kept."""
    return stated_times(STATED_RE.sub(" ", question), " ")


def claim_coverage(terms: Sequence[str], question: str, subject: Sequence[str], text: str,
                   weights: Weights) -> float:
    """How much of what a yes/no ``question`` says of its subject ``text`` holds. The subject may be an
    article's (南通 打非治违 in a title): the other words (请 专家) must be the sentence's own. A verb alone
    may be said otherwise (建立 / 落实), so a proposition whose things a title holds scores 1 here and is
    told apart by its words in order (隐患报告奖励机制)."""
    rest = [t for t in terms if t not in subject]
    return weights.coverage(rest, text) if rest and set(rest) & _nouns(question, tuple(terms)) else 1.0


def score_claim(asked, s, weights: Weights, subject: Sequence[str], question: str = "") -> list:
    """How well sentence ``s`` (a judge.Sentence) supports the proposition ``asked`` (a judge.Asked): what it
    says of its subject first, then the question's words in order, then all its words with the title's."""
    from .judge import Scored, periods_said  # judge imports (through understand) this module: read late to avoid a cycle

    terms = without_result(asked.part.text, asked.terms)  # 整改完了吗: 整改, not any 完成 (result_complement.py)
    terms = without_claimed_change(question or asked.part.text, terms)  # 上升了吗 ← 同比下降12.4% (governs.py)
    # a table row is a record of its article's subject: the article's words for it (船企) name the row's too, as for
    # a figure (judge.score_part); what the row claims (隐患 整改) is still its own and its header's
    # (a body row: one after another row; the header row names columns and records nothing)
    scene = f" {s.entry.article.text}" if is_row(s.text) and is_row(s.previous) else ""
    said = f"{s.text} {casualties_said(question, s.text)}"  # 有没有人员伤亡 ← 死亡29人 (occurrence_said.py)
    coverage = weights.coverage(terms, f"{said} {s.title} {s.previous}{scene}")
    context = weights.coverage(asked.context, f"{s.text} {s.title} {s.previous}") if asked.context else 1.0
    claim = claim_coverage(terms, asked.part.text, (*subject, *_scene_subject(terms, s, scene)),
                           f"{said} {s.previous}", weights)
    score = (0.5 * claim + 0.3 * phrase_overlap(asked.pairs, said) + 0.2 * coverage) * (0.85 + 0.15 * context)
    if unsaid_names(question, f"{s.text} {s.title} {s.previous}"):
        score *= 0.7  # 有没有搞“一船一码”: a sentence that does not name the asked measure cannot say
    stated = _stated(question)
    if stated and not any(fits(f, g) for f in stated for g in extract_figures(s.text)):
        score *= 0.7  # 是不是超过2万家: a sentence without a count of that kind cannot say
    elif stated:  # 排查了2万家企业吗: 排查企业31933家 before 查改隐患36975条 or a rule's 不少于5家单位 (counted_fit.py)
        score *= count_fit(question, stated, s.text, extract_figures(s.text),
                           lambda f, g: _same_noun(question, f, s.text, g))
        score *= verb_count_fit(question, stated, s.text, extract_figures(s.text))  # 检测企业3215家 (verb_count.py)
    if stated and _done_or_planned(question) and not qualified_figures(extract_figures(s.text), question, s.text):
        score *= 0.95  # 已经服务满1500家了吗: 已服务1126家 says it, 示范企业30家 does not
    score *= result_fit(question, s.text)  # 都整改完了吗: 整改率达96.4%, not the sentence launching the work
    score *= occurrence_fit(question, s.text)  # 出过事故吗: 全年未发生…事故, not 事故多发环节 (occurrence_said.py)
    score *= part_of_year(question, s.text)  # 2025年…有没有较大事故: not 春节假期…未发生较大以上事故 (period_claim.py)
    # 春节假期…有没有人员伤亡: the 春节假期 record (死亡29人), not 今年1至2月…未发生人员伤亡 (period_claim.py)
    score *= span_fit(question, s.entry.article.text, s.start + len(s.text), s.title)
    score *= trend_fit(question, s.text)  # 火灾是不是增加了: 火灾起数同比下降31.4%, not 火灾风险突出 (governs.py)
    if asked.part.periods and not periods_said(asked.part.periods, s) and not _time_claimed(question, asked.part.periods):
        score *= 0.7  # 1至7月死亡人数超过400人了吗: a sentence of no 1至7月 (全年, 1至2月) cannot say
    return [Scored(score, coverage, s.text, None)]


# A time the yes/no claims (是不是在6月启动的, 是否于3月召开): the asked proposition, not the period framing it.
_CLAIMED_TIME_RE = r"(?:是不是|是否|是)\s*(?:在|于|从)?\s*{}"


def _time_claimed(question: str, periods: Sequence[str]) -> bool:
    """Whether ``question`` claims one of its ``periods`` as the time of its action (是不是在6月启动的): then a
    sentence of another time (5月29日，…启动) answers it no, and is not lowered for lacking the asked time."""
    return any(re.search(_CLAIMED_TIME_RE.format(re.escape(p)), question) for p in periods)


def _scene_subject(terms: Sequence[str], s, scene: str) -> list[str]:
    """The asked words a table row ``s`` leaves to its article (船企 of 靖江市船企隐患…, said in the article's prose):
    the row's subject, not its claim; none when the row or its header says them, or ``s`` is no row."""
    return [t for t in terms if scene and t in scene and t not in f"{s.text} {s.previous} {s.title}"][:1] \
        if scene else []


@lru_cache(maxsize=256)
def _stated(question: str) -> tuple[Figure, ...]:
    """The counted figures a question states (read once per question, not once per sentence)."""
    return tuple(f for f in extract_figures(question) if f.unit not in CALENDAR_UNITS)


@lru_cache(maxsize=256)
def _done_or_planned(question: str) -> bool:
    """Whether a question asks what is done (已经) or planned (拟): a figure's own words must say which."""
    return bool({"已", "拟"} & set(lx.asked_qualifiers(question)))


@lru_cache(maxsize=256)
def _nouns(question: str, terms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(noun_terms(question, terms))


def _clauses(sentence: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in CLAUSE_RE.finditer(sentence)]


def support(topic: Sequence[str], sentence: str, library: Library) -> tuple[int, str]:
    """The clause of ``sentence`` (with its start) holding the largest share of the asked words."""
    weights = weights_of(library)
    clauses = _clauses(sentence) or [(0, sentence)]
    return max(clauses, key=lambda c: weights.coverage(topic, c[1]))


_SEPARATOR_RE = re.compile(r"[、，,；;。]")
# The relation word of a threshold (有没有超过300个) sits between the fronted noun and its figure too.
_FRONT_ASK_RE = re.compile(r"(?:是不是|是否|有没有|有无)?\s*(?:就|已经|已|都)?\s*(?:有|是|达到?|共|一共|总共)?\s*"
                           r"(?:超过|超出|多于|高于|不少于|不低于|不止|不到|不足|少于|低于|不超过)?\s*$")


_ASK_TAIL_RE = re.compile(r"(?:了|过)?(?:吗|嘛|么|没有?|呢|吧)$")


def _same_noun(question: str, f: Figure, sentence: str, figures: Sequence[Figure]) -> list[Figure]:
    """The sentence's figures that count what the stated figure counts (核增80个编制 → 核增18名编制)."""
    # 化工企业是不是有54家建立了…: the thing counted is fronted before the yes/no words, not the verb after.
    fronted = noun_run(_FRONT_ASK_RE.sub("", question[:f.start]), from_end=True)
    # 核增了80个编制吗: the yes/no tag after the noun (吗, 了没有, 没) is no part of it
    noun = counted_noun(question, f.start, f.end) or fronted or \
        _ASK_TAIL_RE.sub("", re.match(r"[\u4e00-\u9fff]{0,4}", question[f.end:]).group(0))
    if len(noun) < 2:  # 超过7000人了: 了 names nothing
        return []
    # 54 家化工企业、374 家…: the noun after a figure is the one it counts; one before only when none is after. A noun
    # after a list mark (785 个、住宅巡查单元 942 个) opens the next item: it counts the figure after it, not this one;
    # one before a list mark (137 家…智能工厂，27 家企业) closes the item before, not this figure's.
    return [g for g in figures if noun in _SEPARATOR_RE.split(sentence[g.end:g.end + len(noun) + 2])[0]] or \
        [g for g in figures if noun in _SEPARATOR_RE.split(sentence[max(g.start - len(noun) - 2, 0):g.start])[-1]]


def _nearest(fitting: list[Figure], sentence: str, topic: Sequence[str], library: Library) -> list[Figure]:
    """``fitting`` ordered by how many asked words the figure's own words hold (住宅巡查单元 942 个, not 13 个镇街)."""
    weights = weights_of(library)
    figures = extract_figures(sentence)

    def words(g: Figure) -> str:
        return sentence[slice(*figure_window(sentence, g, figures))]
    # 死亡人数下降了8.7%吗 ← 1036起、死亡894人，同比分别下降11.2%和8.7%: a figure after 分别 has its partner's words
    return sorted(fitting, key=lambda g: -weights.coverage(topic, respective_window(sentence, figures, g, words)
                                                             or words(g)))


def _other_measure(stated: Figure, given: Figure) -> bool:
    """Whether one figure is money or a ratio and the other another class: never the same quantity."""
    a, b = unit_class(stated.unit), unit_class(given.unit)
    return bool(a and b and a != b and {a, b} & {"money", "ratio"})


def row_context(sentence: str, article: str) -> str:
    """The caption and header row above ``sentence`` when it is a table row of ``article``, else ""."""
    if not article or not is_row(sentence):
        return ""
    said: list[str] = []
    for a, b in sentence_spans(article):
        text = article[a:b].strip()
        if text == sentence:
            return table_context(sentence, said)
        said.append(text)
    return ""


def stated_figure_check(question: str, sentence: str, clause_at: int, clause: str, topic: Sequence[str] = (),
                        library: Library | None = None, context: str = "") -> tuple[bool, Figure, str] | None:
    """Whether the figures the question states hold for the text: (True/False, the text's figure, the asked
    relation gt/lt/eq), or None
    when the question states none or the text gives none of the same kind. The text's figure is the one
    counting the same noun, else the one of the same unit class in the supporting clause, else in the sentence."""
    # A bare number of the question (the 2 and 3 of 2+3工作制) names a thing, unquoted as typed: it states no count.
    # A scaled number without its unit (罚款超过200万了没) states a figure in the unit of the text's scaled figures.
    # A figure the text says only inside a name (“苏州应急8分钟”) names that thing in the question too, typed unquoted.
    named = {(g.value, g.unit) for g in extract_figures(sentence) if in_name(sentence, g)}
    stated = [f for f in extract_figures(question) if f.unit not in CALENDAR_UNITS and (f.unit or scaled(f))
              and not in_name(question, f) and (f.value, f.unit) not in named]
    # 周铁镇	96	680 under 燃气窑炉企业（家）| 排查隐患（处）: a bare cell counts in its column header's unit (96家)
    given = [g for g in with_header_units(sentence, context, extract_figures(sentence))
             if g.unit not in CALENDAR_UNITS and not in_name(sentence, g)]
    verdict = None
    framed = frame_end(question)
    occasion = len(question) - len(claim_of(question))
    for f in sorted(stated, key=lambda f: f.end > framed):  # the frame's figures first: the claim's speak last
        frame = f.end <= framed
        fitting = [g for g in given if g.unit == f.unit or fits(f, g)]
        # 无锡三张清单，…覆盖率达到95%没有: a figure of a clause before the claim's names the thing (三张 of “三张清单”);
        # it is checked only against a figure of its own unit, never read as another count (5870家).
        if f.end <= occasion:
            fitting = [g for g in fitting if g.unit == f.unit]
        # 检测满3000家: 检测企业3215家 counts what is asked in its unit, 已整改8712处 or 已完成整改119项 does not,
        # whatever its 已 says; another unit of the class only when the sentence has none in the asked one.
        fitting = [g for g in fitting if g.unit == f.unit] or fitting
        # 193处里是不是已经整改了186处: the claim's 已 is the 186's; the frame's 193 names the whole, done or not.
        # 计划关闭6座，已经关了5座了没有: each stated figure's own clause says its stage (plan or done) first
        own = [] if frame else (staged(fitting, question, f.start, sentence)
                                or qualified_figures(fitting, question, sentence))
        fitting = own or (fitting if frame else unplanned(fitting, question, sentence))  # 计划改造126公里 is not done
        in_clause = [g for g in fitting if clause_at <= g.start < clause_at + len(clause)]
        same = [g for g in _same_noun(question, f, sentence, given) if not _other_measure(f, g)  # not 出资3650万元 for 2150套
                and (not own or g in own)]
        # 立案的企业: the asked action tells the text's figures apart before the noun they share (查处企业557家，立案224家);
        # a subset the question names (盛泽镇 ← 其中盛泽镇8700余家) or the verb it says of its figure (老旧装置淘汰超过50套,
        # 查找的问题整改了超过300项: 整改, not the relative clause's 查找) first (asked_figure.py)
        told = [] if frame else named_subset(fitting, question, sentence) or governed(fitting, question, f.start, sentence)
        if acted := told or acted_figures(fitting, question, f.start, sentence):
            same, in_clause = [g for g in same if g in acted] or acted, [g for g in in_clause if g in acted]
        pick = same or in_clause or fitting
        # 剩下的7处是不是…: a frame's figure names the thing; one the text says (其余7处) is the one it names.
        pick = [g for g in fitting if g.value == f.value and g.unit == f.unit] or pick if frame else pick
        if not pick:
            continue
        pick = _nearest(pick, sentence, topic, library) if library is not None and len(pick) > 1 else pick
        relation = relation_of(question, f, bool(bound_before(sentence, pick[0].start)))
        ok = holds(relation, f, pick[0], question, said_as(sentence, pick[0])[0])
        if verdict is None or not ok or (verdict[0] and not frame):
            verdict = (ok, pick[0], relation)
    return verdict


def unsaid_year(question: str, sentence: str, scope_year: int | None, briefing_year: int | None,
                article: str) -> str:
    """The year the question states (2023年六合区有没有开展三联三巡) when the supporting ``sentence`` names no year of
    its own and its dated ``article`` (2025年第24期) never names that year, in figures or as 今年/去年: the sentence
    speaks of its briefing's time, so the briefing does not record the asked year. "" otherwise, and for the year
    the question's briefing scope already reads (24年… answered from 2024's issues)."""
    asked = sorted({int(y) for y in _YEAR_RE.findall(question)} - {scope_year})
    if not asked or not article or not briefing_year or _YEAR_RE.search(sentence) or implied_years(sentence, briefing_year):
        return ""
    named = {int(y) for y in _YEAR_RE.findall(article)} | {briefing_year, *implied_years(article, briefing_year)}
    return "" if named & set(asked) else f"{asked[0]}年"


def stated_year_check(question: str, sentence: str, scope_year: int | None,
                      briefing_year: int | None = None) -> tuple[bool, str] | None:
    """Whether a year the question states (是不是2020年建的) is the sentence's year: (holds, the text's year),
    or None when the question states no year other than its briefing scope or the sentence names none."""
    asked = {int(y) for y in _YEAR_RE.findall(question)} - {scope_year}
    said = [int(y) for y in _YEAR_RE.findall(sentence)] or implied_years(sentence, briefing_year)
    if not asked or not said:
        return None
    hits = [y for y in said if y in asked]
    return (bool(hits), f"{hits[0] if hits else said[0]}年")


def negates(topic: Sequence[str], sentence: str, library: Library, question: str = "") -> bool:
    """Whether the clause of ``sentence`` holding the question's rarest words puts a negation before the
    last of them or before the question's last word, the asked action (还要再搞常规检查吗 ← 半年内不再对…单位
    开展常规检查; 出过生产安全事故没有 ← 海上风电运维未发生生产安全事故: the rare words name the subject). A negated
    occurrence of another or a narrower event, the asked one said elsewhere (出过火灾吗 ← 火灾起数同比下降37.5%，未发生
    亡人火灾事故), is not one (governs.other_occurrence)."""
    if any(m.group(1) in "".join(topic) for m in ZERO_EVENT_RE.finditer(sentence)):
        return True  # 出过安全事故吗 ← 实现“零事故”目标
    weights = weights_of(library)
    words = sorted((t for t in topic if len(t) > 1 and t in sentence), key=lambda t: -weights.of(t))[:3]
    words += [t for t in topic[-1:] if len(t) > 1 and t in sentence]
    for clause in re.split(r"[，；。,;]", sentence):
        at = [clause.find(t) for t in words if t in clause]
        if at and (m := NEGATION_RE.search(clause)) and m.start() < max(at) and not outweighed(topic, clause, sentence) and \
                not (question and other_occurrence(question, topic, clause, sentence)):
            return True
    return False


def verdict(question: str, topic: Sequence[str], sentence: str, library: Library,
            scope_year: int | None = None, briefing_year: int | None = None, title: str = "", article: str = "") -> Verdict:
    """What ``sentence`` (of an article titled ``title``, whose text is ``article``) says about the proposition
    ``question`` asks (see the module docstring)."""
    at, clause = support(topic, sentence, library)
    if unsaid := unsaid_names(question, f"{sentence} {title}"):
        return Verdict(f"没有，简报未提到{unsaid[0]}", clause)
    if campaign := other_campaign(question, sentence):  # 打非治违专项整治里…吗 ← 在“小化工”专项整治中 (campaign_claim.py)
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报记载的是在{campaign}中", clause)
    yes = "是" if _IS_RE.search(question) else "有"
    if (share := share_check(question, sentence)) is not None:  # 完成一半了吗 ← 计划126公里，已完成41.5公里
        no = "不是" if re.search(r"是不是|是否", question) else "没有"
        return Verdict(f"{'是' if share[0] else no}，简报记载的是{share[1]}", clause)
    figure = stated_figure_check(with_halves(question), sentence, at, clause, topic, library, row_context(sentence, article))
    if figure is not None:
        ok, given, relation = figure
        at, clause = next(((a, c) for a, c in _clauses(sentence) if a <= given.start < a + len(c)), (at, clause))
        # 不少于1天; 近1.9万名, 超过4600吨: the text's own word for its figure is part of what it says
        said = (bound_before(sentence, given.start) or said_as(sentence, given)[1]) + given.surface.replace(' ', '')
        if unit_class(given.unit) == "ratio":  # 下降了11.2%吗 ← 同比分别下降11.2%和8.7%: say 8.7% as the change it is
            said = change_said(clause_before(sentence, given)) + said
        has = bool(_HAS_RE.search(question)) and not _IS_RE.search(question)
        if not ok:
            if falls_short(question, sentence):  # 1260万元都发完了吗 ← 拟发放1260万元，已发放845万元
                return Verdict(f"没有，尚未全部完成，简报记载的是{said}", clause)
            done = asks_done(question) and not _IS_RE.search(question)  # 改造完成了吗: 没有; 是不是已经改造完了: 不是
            # 超过1000家了吗 / 有没有超过: 没有; 是不是超过400公里 / 是否达到: 不是 (the question's own word for no)
            word = "不是" if _IS_RE.search(question) else "没有" if relation in ("gt", "ge") or has or done else "不是"
            return Verdict(f"{word}，简报记载的是{said}", clause)
        if visit_for_heads(question, given):  # 覆盖10.5万人吗 ← 10.5万人次: visits, not heads (visit_claim.py)
            return Verdict(f"{'没有' if has else '不是'}，简报记载的是{said}{visit_note(given)}", clause)
        # 有没有95家…: 有; a threshold (有没有上万名, 有没有超过1000个) holds: 是 (test_yesno_threshold_s17)
        yes = f"{'有' if has and relation == 'eq' else '是'}，简报记载的是{said}"
    if fan := other_doubling(question, sentence):  # 是不是翻了两番 ← 较去年翻了一番 (doubling.py)
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报记载的是{fan}", clause)
    trend = trend_check(question, with_change(sentence, at, clause))
    if trend is not None and not trend[0]:
        return Verdict(f"不是，简报记载的是{trend[1]}", clause)
    when = claim_date_check(claim_of(question), clause, sentence) or \
        stated_time_check(claim_of(question), clause)  # 五一…会上，是不是提到…: 五一 dates the meeting
    if when is not None and not when[0]:
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报记载的是{when[1]}", clause)  # 开了吗: 没有
    if period := other_period(claim_of(question), sentence):  # 1至6月…有没有4.6万公里 ← 1至8月，累计…4.6万公里
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报记载的是{period}", clause)
    year = stated_year_check(question, sentence, scope_year, briefing_year)
    if year is not None and not year[0]:
        return Verdict(f"不是，简报记载的是{year[1]}", clause)
    if unsaid := unsaid_year(question, sentence, scope_year, briefing_year, article):  # 2023年… ← a 2025 issue
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报未记载{unsaid}的情况，记载的是{briefing_year}年", clause)
    if agent := other_agent(question, sentence):  # 是省应急厅印发的吗 ← 淮南市应急局…编制印发
        return Verdict(f"不是，简报记载的是{agent}", clause)
    if planned(question, topic, sentence, at, clause):
        if (done := done_after(topic, sentence, at, clause)) is None:
            if asked_agent(question):  # 是不是省防指组织的 ← 省防指拟于5月中旬组织: the body claimed is the text's
                return Verdict("是，但简报记载的是计划", clause)
            return Verdict("还没有，简报记载的是计划", clause)
        at, clause = done  # 拟发放…，已发放…: part of the planned work is done
    if ongoing := under_way(question, topic, clause):
        return Verdict(f"还没有，简报记载的是仍在{ongoing}", clause)
    if ZERO_EVENT_RE.search(question) and \
            any(other_occurrence(question, topic, c, sentence) for _, c in _clauses(sentence)):
        return Verdict("不是", clause)  # 是不是零火灾 ← 火灾起数同比下降三成，未发生亡人火灾事故
    if negates(topic, sentence, library, question):
        if ZERO_EVENT_RE.search(question):  # 是不是零事故 ← 实现“零事故”目标 / 未发生安全事故: the asked none holds
            return Verdict(yes, clause)
        if _WILL_RE.search(question):
            return Verdict("不会", clause)
        return Verdict("没有" if _PAST_RE.search(question) or not _IS_RE.search(question) else "不是", clause)
    if falls_short(question, sentence):
        return Verdict("没有，尚未全部完成", clause)
    if some := subset_said(question, clause):  # 所有企业都…了吗 ← 推动34家…企业: some, not all
        return Verdict(f"{'不是' if _IS_RE.search(question) else '没有'}，简报记载的是{some}", clause)
    if listed := only_listed(question, topic, sentence):  # 只给现金吗: the text lists it beside others
        return Verdict(f"不只，简报记载的是{listed}", clause)
    if yes in ("是", "有") and (benefit := unsaid_benefit(question, f"{sentence} {title}")):
        return Verdict(f"{'不是' if yes == '是' else '没有'}，简报未提到{benefit}", clause)  # 发奖金 ← 推荐进入专家库
    return Verdict(yes, clause)
