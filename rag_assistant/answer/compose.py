"""Compose the extractive answer by intent kind: figure, compare, when, yes/no, fact, partial, refusal.

Every claim is a verbatim clause of a source chunk followed by its ``[n]`` (n = position in the
evidence's sources); cite.py turns the markers into citations. Open answers are in open.py, answers
from the briefings' metadata (list, metadata) in listing.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Sequence

from .article_whole import whole_short
from .reason_ask import WHY_WORDS_RE, asks_reason
from .same_measure import one_noun_counted
from ..numbers import extract_figures
from ..index.store import bm25_tokens
from ..nouns import head_noun, noun_run
from ..units import COUNT_KINDS, class_fit, same_count_kind, unit_class
from ..types import Decision, Draft, Evidence, Finding, Intent, Part
from . import lexicon as lx
from .library import Library
from .confirm import printed_head
from .computed_rest import chunk_sentences, computed_rest
from .computed_sum import asks_sum, computed_sum
from .difference import gap_note, ratio_note
from .remainder import asks_rest, rest_figure
from .window import clause_start
from .scope import part_place
from .carried import carried_town
from .extreme import compared_figures, which_noun
from .judged_worth import unjudged_worth
from .polarity import falls_short, turned_head, unsaid_names, verdict  # noqa: F401  (falls_short: re-exported)
from .persons import asks_person, person_words
from .times import absolute
from .unsaid_claim import unsaid_things
from .unmentioned import unmentioned_head
from .occurrence_said import described_only
from .governs import trend_unsaid
from .window import figure_window
from .trend_choice import direction_head
from .place_claim import place_claim_head
from .whose_figure import owner_note

_MEASURE_WORD = {"count": "数量", "people": "人数", "times": "次数", "money": "金额", "ratio": "比例", "date": "时间"}


# Words that end a question's phrase when it already names its measure.
_NAMES_MEASURE_RE = re.compile(r"(?:人数|数量|次数|年龄|金额|资金|经费|费用|工资|比例|占比|率|面积|时间|日期|规模)$")


def scope_note(intent: Intent) -> str:
    """``（检索范围：最新一期 2026年第13期）`` when the question or the chat limits the briefings searched."""
    return f"（检索范围：{intent.scope}）" if intent.scope and intent.sources is not None else ""


def source_prefix(evidence: Evidence, source: int, library: Library) -> str:
    chunk = evidence.sources[source].chunk
    return f"据{library.label(chunk.source, chunk.issue, chunk.date)}《{chunk.title}》，"


def _in_order(findings: Sequence[Finding], evidence: Evidence) -> list[str]:
    """The findings' clauses of one source in the order the text has them, without repeats."""
    text = evidence.sources[findings[0].source].chunk.text
    clauses: list[str] = []
    last: tuple[str, int, int] | None = None  # the sentence and span of the last clause
    for f in sorted(findings, key=lambda f: (text.find(f.sentence), f.sentence.find(f.clause))):
        at = f.sentence.find(f.clause)
        if last and last[0] == f.sentence and at >= 0 and last[1] <= at < last[2] < at + len(f.clause):
            # two parts' windows overlapping in one sentence (…单位报告的 / 单位报告的39777条…): one span
            clauses[-1] = f.sentence[last[1]:at + len(f.clause)]
            last = (f.sentence, last[1], at + len(f.clause))
        elif not any(f.clause in c for c in clauses):
            clauses = [c for c in clauses if c not in f.clause] + [f.clause]
            last = (f.sentence, at, at + len(f.clause)) if at >= 0 else None
    return clauses


def _grouped(findings: Sequence[Finding], evidence: Evidence, library: Library, places: Sequence[str] = ()) -> list[str]:
    """One ``据…《…》，clause，clause[n]。`` per source, in the order the parts were asked; a figure of a place
    nested in the asked one says whose it is (whose_figure.py)."""
    out = []
    for source in dict.fromkeys(f.source for f in findings):
        mine = [f for f in findings if f.source == source]
        note = owner_note(places, mine[0].sentence, mine[0].clause, evidence.sources[source].chunk.title)
        out.append(f"{source_prefix(evidence, source, library)}{'，'.join(c.rstrip('。；') for c in _in_order(mine, evidence))}[{source + 1}]{note}。")
    return out


def asked_phrase(part: Part, intent: Intent) -> str:
    """The asked measure in the question's own words (常州目前建成基层综合应急救援队伍的数量; a person question:
    新亚科技负责隐患举报箱的人的姓名, not 的人数)."""
    if asks_person(part.text):
        return re.sub(r"[？?。，,]", "", person_words(part.text)) + "的姓名"
    bare = re.sub(r"一共|总共|共计", "", part.text)  # 一共有多少个: no stray 一 left by the 共有 of HAVE_ASK_RE
    text = re.sub(r"[？?。，,]", "", lx.ASK_RE.sub("", lx.WHEN_RE.sub("", lx.HAVE_ASK_RE.sub("", bare))))
    text = re.sub(r"(?:是|有|了|吗|呢|的|一共|共|总共|大约|大概|钱|份)+$", "", text).strip()
    if town := carried_town(intent.question, part.text, intent.places):
        text = town + text  # 丁蜀镇排查隐患多少处，已整改多少处: 丁蜀镇's, as the part was judged
    elif (place := part_place(intent, part)) and place not in text:
        text = place + text  # the place the part was searched in, not every place of the question
    if _NAMES_MEASURE_RE.search(text):
        return text  # 平均年龄, 参观人数, 整改率: the question's own words name the measure
    if asks_reason(part.text):  # 简报未给出靖江先在乡镇搞试点的原因, not …的数字
        return f"{WHY_WORDS_RE.sub('', text)}的原因"
    word = _MEASURE_WORD.get(part.unit_class, "数字")
    return f"{text}的{word}" if text else f"所问的{word}"


def missing_note(intent: Intent, missing: Sequence[int]) -> str:
    parts = [intent.parts[i] for i in missing if i < len(intent.parts)]
    return "简报未给出" + "、".join(asked_phrase(p, intent) for p in parts) + "。" if parts else ""


def compose_figure(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    best = decision.findings[0]  # 是下降还是上升: the text's direction first (trend_choice.py)
    head = direction_head(intent.question, best.sentence, best.clause, best.figure)
    return (f"{head}。" if head else "") + "".join(_grouped(decision.findings, evidence, library, intent.places)) + missing_note(intent, decision.missing)


def compose_when(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """The date or period first, then the sentence that says it."""
    best = decision.findings[0]
    entry = library.entry_of(evidence.sources[best.source].chunk)
    # 今年 is the year of a dated briefing (whose label the answer shows; a special feature's year is not shown)
    head = absolute(best.figure or "", entry.briefing.year if entry and entry.briefing.date else None)
    return f"{head}。{source_prefix(evidence, best.source, library)}{best.sentence.rstrip('。')}[{best.source + 1}]。"


def compose_yesno(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """The verdict of the supporting sentence first (是/有, 不是 with the text's figure or year, 还没有 for a
    plan, 不会 for a negated action), then the sentence (polarity.py)."""
    best = decision.findings[0]
    entry = library.entry_of(evidence.sources[best.source].chunk)  # a dated briefing dates 今年/目前
    head = (entry and printed_head(intent.question, entry.briefing)) or \
        verdict(intent.question, intent.topic, best.sentence, library, intent.year,
                entry.briefing.year if entry and entry.briefing.date else None, entry.title if entry else "",
                entry.article.text if entry else "").head
    head = (place_claim_head(intent.question, intent.places, entry) if head[:1] in "是有" else "") or head
    if head in ("是", "有") and entry:  # 都复查完了吗 ← 已完成19家…, the whole 23家 said elsewhere (article_whole.py)
        head = whole_short(intent.question, best.sentence, entry.article.text) or head
    # 发生过爆炸事故吗 ← 重大事故隐患…: 简报未提及爆炸事故; a bare 没有 read off a negated other event (有没有发生火灾 ←
    # 未发生有限空间作业事故) says nothing of the asked one either (unmentioned.py)
    if head in ("是", "有", "没有") and entry:
        head = unmentioned_head(intent, best.sentence, entry, library) or head
    if head == "有" and (event := described_only(intent.question, best.sentence)):
        head = f"简报未提及{''.join(intent.places[:1])}发生{event}"  # 出过事故吗 ← 火灾事故等应急演练 (occurrence_said.py)
    if head in ("是", "有") and trend_unsaid(intent.question, best.sentence):  # 违法行为是不是减少了 ← 鼓励举报…违法行为
        head = f"简报未提及{''.join(intent.places[:1])}相关数字的增减"  # a sentence of no rise or fall cannot say (governs.py)
    head = turned_head(intent.question, head)  # 是不是没有建立…机制 ← 已有343家企业落实: 不是 (polarity.py)
    return f"{head}。{source_prefix(evidence, best.source, library)}{best.sentence.rstrip('。；')}[{best.source + 1}]。"


def compose_fact(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    best = decision.findings[0]
    head = direction_head(intent.question, best.sentence, best.clause, best.figure)
    return (f"{head}。" if head else "") + "".join(_grouped(decision.findings, evidence, library))


def _counted_noun(finding: Finding) -> str:
    """The noun a figure counts: the noun phrase after it (27个重点部门), else the one before it
    (整改各类问题隐患53190多个)."""
    at = finding.clause.find(finding.figure or "")
    return (noun_run(finding.clause[at + len(finding.figure or ""):])
            or noun_run(finding.clause[:max(at, 0)], from_end=True))


def _named_kinds(pa: Part, pb: Part, a: Finding, b: Finding) -> bool:
    """Whether the question itself names two kinds of one thing (智能工厂和5G工厂) and each figure's words
    say its kind: then the comparison is what was asked, not a mismatch."""
    heads = {head_noun(pa.measure), head_noun(pb.measure)}
    return (pa.measure != pb.measure and len(heads) == 1 and "" not in heads
            and all(head in f.clause for head in heads for f in (a, b)))


def _kind_named(unit_a: str, unit_b: str) -> bool:
    """Whether two count units differ and one of them names what kind of thing it counts (家, 处, 份, 辆, 起)."""
    return unit_class(unit_a) == unit_class(unit_b) == "count" and bool(COUNT_KINDS.get(unit_a) or COUNT_KINDS.get(unit_b))


def _own_kinds(pa: Part, pb: Part, a: Finding, b: Finding, evidence: Evidence) -> bool:
    """Whether the two sides name counted things whose head nouns differ (基层网格员 vs 巡查员), each
    found in its own figure's words and not in the other's, in two articles: two roles or objects of two
    pieces of work, not one measure. Two counts of one article's work (立行立改事项 vs 突出问题 of one
    巡察) are the comparison the asker chose."""
    ha, hb = head_noun(pa.measure), head_noun(pb.measure)
    articles = {evidence.sources[f.source].chunk.article_id for f in (a, b)}
    related = any({ha, hb} <= {k, *kinds} for k, kinds in lx.HYPERNYMS.items())  # 单位 covers 企业
    return (bool(ha and hb) and ha != hb and not related and len(articles) > 1 and ha in a.clause and hb in b.clause
            and ha not in b.clause and hb not in a.clause)


def _measured(finding: Finding) -> list:
    """The finding's figure with its unit: a bare table cell (1630) is read in its column header's unit (1630处),
    so two cells compare and subtract as the same figures written in a sentence would."""
    figures = extract_figures(finding.figure or "")
    if figures and not figures[0].unit and finding.unit:
        return extract_figures(f"{finding.figure}{finding.unit}") or figures
    return figures


def _side(part: Part, parts: Sequence[Part] = ()) -> str:
    """How the answer names one side: its place, its year (when the sides differ by year: 南通26年的智能工厂 beside
    5G工厂 is named by its words, not 2026年), or (a side with its own issue) its words."""
    by_year = part.year and part.number is None and all(p.year and p.year != part.year for p in parts if p is not part)
    return part.place or (f"{part.year}年" if by_year else _period_side(part, parts) or part.text)


def _period_side(part: Part, parts: Sequence[Part]) -> str:
    """A side named by its period when the sides differ by period (1月份 vs 1至2月), else ""."""
    others = [p for p in parts if p is not part]
    return "、".join(part.periods) if part.periods and others and all(
        p.periods and p.periods != part.periods for p in others) else ""


def _period_note(pa: Part, pb: Part) -> str:
    """Why two figures of two periods (1月 vs 1至2月) are not one measure's two values: the longer one may hold the
    shorter one."""
    if not (pa.periods and pb.periods and pa.periods != pb.periods):
        return ""
    return f"（注意：两者统计时段不同，分别为{'、'.join(pa.periods)}和{'、'.join(pb.periods)}）"


def comparison(intent: Intent, a: Finding, b: Finding, evidence: Evidence) -> str:
    """Which side is larger, or why the two figures do not measure the same thing."""
    pa, pb = intent.parts[a.part], intent.parts[b.part]
    sides = (pa, pb)
    fa, fb = _measured(a), _measured(b)
    if not fa or not fb:
        return ""
    nouns = [set(bm25_tokens(_counted_noun(f))) for f in (a, b)]
    # The words both sides ask (哪个地方发的奖励金额多: 奖励 金额), not each side's own (进村入企 vs 培训): a side's
    # own word found in its own figure says nothing about the other side's figure.
    shared = set(pa.terms) & set(pb.terms)
    # Two counts of one article's work in one unit are the comparison the asker chose (联合检查 37 次 vs 夜查 28 次);
    # in two units they count two things unless their nouns say otherwise (21021家单位 vs 39777条风险).
    one_article = len({evidence.sources[f.source].chunk.article_id for f in (a, b)}) == 1 and fa[0].unit == fb[0].unit
    # A figure that counts an action (组织…培训 287 场次) names no noun; the action both sides ask (培训), said in
    # each figure's own clause, is then the one measure.
    acted = not (nouns[0] or nouns[1]) and any(all(t in f.clause for f in (a, b)) for t in shared if len(t) > 1)
    same_thing = ((bool(nouns[0] & nouns[1]) or bool((nouns[0] | nouns[1]) & shared) or _named_kinds(pa, pb, a, b)
                   or one_article or acted) and not _own_kinds(pa, pb, a, b, evidence))
    kinds_fit = same_count_kind(fa[0].unit, fb[0].unit)  # 处 places vs 份 records: two kinds of thing
    # …and two count units of which one names a kind (21021家 units vs 39777条 risks) count two things
    kinds_fit = kinds_fit and (fa[0].unit == fb[0].unit or not _kind_named(fa[0].unit, fb[0].unit)) \
        or one_noun_counted(pa.measure, pb.measure, _counted_noun(a), _counted_noun(b))  # 2185项 / 4980处 隐患 (same_measure.py)
    if class_fit(unit_class(fa[0].unit), fb[0].unit) <= 0.6 or not same_thing or not kinds_fit:
        return (f"两者统计的对象不同（{_counted_noun(a) or a.figure}／{_counted_noun(b) or b.figure}），"
                "口径不一，不能直接比较。")
    years = {evidence.sources[f.source].chunk.issue[:4] for f in (a, b) if evidence.sources[f.source].chunk.issue}
    if len(years) > 1 and not (pa.year or pb.year):
        return f"两个数字分别出自{'年、'.join(sorted(years))}年的简报，统计时间不同，不宜直接比较。"
    if fa[0].value == fb[0].value:
        return f"{_side(pa, sides)}与{_side(pb, sides)}相同。"
    if lx.RATIO_RE.search(intent.question) and (note := ratio_note(_side(pa, sides), _side(pb, sides), fa[0], fb[0])):
        return note
    (more, mf), (less, lf) = sorted(((pa, fa[0]), (pb, fb[0])), key=lambda side: side[1].value, reverse=True)
    if lx.DIFFERENCE_RE.search(intent.question) and (note := gap_note(_side(more, sides), _side(less, sides), mf, lf, intent.question)):
        return note
    return f"{_side(more, sides)}多于{_side(less, sides)}{_period_note(pa, pb)}。"


def compose_compare(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """Both figures, each cited, then the comparison (or why there is none)."""
    by_part = {f.part: f for f in decision.findings}
    text = "".join(f"{_side(intent.parts[i], intent.parts)}：{source_prefix(evidence, f.source, library)}{f.clause}[{f.source + 1}]。"
                   for i, f in sorted(by_part.items()))
    text += missing_note(intent, decision.missing)
    if len(by_part) >= 2:
        a, b = (by_part[i] for i in sorted(by_part)[:2])
        text += comparison(intent, a, b, evidence)
    elif decision.missing:
        text += "无法比较。"
    return text


def compose_extreme(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """哪类最多: the largest (or smallest) of the compared figures, then the sentence that lists them."""
    best = decision.findings[0]
    figures = compared_figures(intent, best)
    pick = (max if intent.asks == "most" else min)(figures, key=lambda f: f.value)
    a, b = figure_window(best.sentence, pick, figures)
    word = "最多" if intent.asks == "most" else "最少"
    return (f"{best.sentence[a:b].strip('，、；：,;: ')}，{word}。{source_prefix(evidence, best.source, library)}"
            f"{best.sentence.rstrip('。；')}[{best.source + 1}]。")


def compose_unranked(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """A superlative the briefings do not rank: say so, then the most related sentence."""
    best = decision.findings[0]
    noun = which_noun(intent.question)
    word = "最多" if intent.asks == "most" else "最少"
    about = "、".join(intent.places) or "这一问题"
    return (f"简报未给出按{noun or '类别'}分列的数字，无法判断哪{'个' + noun if noun else '一类'}{word}；关于{about}，"
            f"简报提到：{source_prefix(evidence, best.source, library)}{best.sentence.rstrip('。；')}[{best.source + 1}]。")


def compose_partial(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """简报未给出…；关于…，简报提到：… with the most related sentence cited. A yes/no naming in quotes a measure that
    sentence does not say (有没有搞“一院一码”) is answered no: 没有，简报未提到“一院一码”；关于…"""
    best = decision.findings[0]
    parts = intent.parts or (Part(text=intent.question, terms=intent.topic),)
    asked = "、".join(asked_phrase(p, intent) for p in parts)
    about = "、".join(intent.places) or "这一问题"
    entry = library.entry_of(evidence.sources[best.source].chunk)
    unsaid = unsaid_names(intent.question, f"{best.sentence} {entry.title if entry else ''}")
    lead = f"没有，简报未提到{unsaid[0]}" if intent.kind == "yesno" and unsaid else f"简报未给出{asked}"
    if intent.kind == "yesno" and not unsaid and entry and \
            (things := unsaid_things(intent.question, intent.topic, best.sentence, entry.article.text)):
        lead = f"没有，相关记载未提到{'、'.join(things)}"  # 有没有给考注安师的人发补贴 ← 鼓励…考取注册安全工程师
    return (f"{lead}；关于{about}，简报提到：{source_prefix(evidence, best.source, library)}"
            f"{best.sentence.rstrip('。；')}[{best.source + 1}]。")


def compose_unjudged(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """值不值得推广 of an article that judges nothing: the judgement is not given, then the found sentence; "" when
    the question asks no worth or the article states one (judged_worth.py)."""
    best = decision.findings[0]
    entry = library.entry_of(evidence.sources[best.source].chunk)
    act = unjudged_worth(intent.question, f"{entry.title} {entry.article.text}") if entry else ""
    if not act:
        return ""
    about = "、".join(intent.places)
    practice = f"{about}的这一做法" if about else "这一做法"
    said = f"关于{about}，简报提到：" if about else "简报提到："
    return (f"简报未给出对{practice}是否值得{act}的评价；{said}{source_prefix(evidence, best.source, library)}"
            f"{best.sentence.rstrip('。；')}[{best.source + 1}]。")


COMPOSERS = {"figure": compose_figure, "when": compose_when, "yesno": compose_yesno, "compare": compose_compare,
             "fact": compose_fact}


_AMOUNT_RE = re.compile(r"多少|几")


def _asks_amount(intent: Intent, decision: Decision) -> bool:
    """Whether a computed figure can answer: one part asking an amount (多少/几) of a figure question, with
    something found; 剩下那2座啥时候关 asks a date, which no arithmetic answers."""
    return intent.kind == "figure" and len(intent.parts) <= 1 and bool(decision.findings) and \
        decision.outcome in ("answer", "partial") and bool(_AMOUNT_RE.search(intent.question))


def _article_sentences(best: Finding, evidence: Evidence) -> list[tuple[int, str]]:
    """The found chunk's sentences in text order, then those of the other found chunks of the same article, each
    with its source."""
    article = evidence.sources[best.source].chunk
    order = [best.source] + [i for i, h in enumerate(evidence.sources) if i != best.source and
                             h.chunk.source == article.source and h.chunk.title == article.title]
    return [(i, s) for i in order for s in chunk_sentences(evidence.sources[i].chunk.text)]


def compose_computed_sum(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """一共/加起来 over parts the text gives without their total (工业巡查单元268个、行业巡查单元136个…): the parts
    quoted and cited, then their sum in the open (computed_sum.py); "" when the question asks no sum, or an answer
    found a figure that is none of the parts (a stated total: 现有非煤矿山58座)."""
    if not _asks_amount(intent, decision) or not asks_sum(intent.question):
        return ""
    best = decision.findings[0]
    found = computed_sum(intent.question, _article_sentences(best, evidence), intent.places, best.sentence.strip())
    if not found:
        return ""
    source, quoted, note, parts = found
    if decision.outcome == "answer" and not any(
            f.figure and any(_squeeze(f.figure) == _squeeze(p.surface) for p in parts) for f in decision.findings):
        return ""
    return f"{source_prefix(evidence, source, library)}{quoted}[{source + 1}]。{note}"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def compose_computed_rest(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """还剩几项没整改 where the text gives the rest only as its parts (查找问题312项，已整改289项): the operands
    quoted and cited, then the rest computed in the open (computed_rest.py); "" when the question asks no rest, asks
    more than one part, or the found sentence states the rest itself."""
    if not _asks_amount(intent, decision):
        return ""
    best = decision.findings[0]
    if decision.outcome == "answer" and (not best.figure or any(
            rest_figure(best.sentence[clause_start(best.sentence, f.start):f.start])
            for f in extract_figures(best.sentence))):
        return ""
    found = computed_rest(intent.question, _article_sentences(best, evidence), best.sentence.strip())
    if not found:
        return ""
    source, quoted, note = found
    return f"{source_prefix(evidence, source, library)}{quoted}[{source + 1}]。{note}"


def compose_parts_rest(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> str:
    """A figure question of two or more parts, one of which asks the rest (问题整改了几项，还剩几项; 发现多少处，还有几处没改):
    the other parts answered as found, then the rest computed from its operands in the open (computed_rest.py);
    "" when no part or several ask a rest, nothing else was found, or the found sentence states the rest itself
    (其余7处)."""
    if intent.kind != "figure" or len(intent.parts) < 2 or decision.outcome != "answer" or not decision.findings:
        return ""
    rest = [i for i, p in enumerate(intent.parts) if asks_rest(p.text) and _AMOUNT_RE.search(p.text)]
    if len(rest) != 1:
        return ""
    own = [f for f in decision.findings if f.part == rest[0]]
    others = [f for f in decision.findings if f.part != rest[0]]
    if not others or any(rest_figure(f.sentence[clause_start(f.sentence, g.start):g.start])
                         for f in decision.findings for g in extract_figures(f.sentence)):
        return ""
    best = own[0] if own else others[0]
    found = computed_rest(intent.parts[rest[0]].text, _article_sentences(best, evidence), best.sentence.strip())
    if not found:
        return ""
    source, quoted, note = found
    operands = f"{source_prefix(evidence, source, library)}{quoted}[{source + 1}]。"
    shown = [f for f in others if not (f.source == source and _squeeze(f.clause.rstrip("。；")) in _squeeze(quoted))]
    if not shown:  # the other parts' figures are among the quoted operands (查找问题312项，已整改289项)
        return operands + note + missing_note(intent, [i for i in decision.missing if i != rest[0]])
    answered = replace(decision, findings=tuple(shown), missing=tuple(i for i in decision.missing if i != rest[0]))
    return compose_figure(intent, answered, evidence, library) + operands + note


def compose(intent: Intent, decision: Decision, evidence: Evidence, library: Library) -> Draft:
    """The extractive answer for an answer or partial decision of a sentence-based kind."""
    if text := compose_computed_rest(intent, decision, evidence, library) or \
            compose_computed_sum(intent, decision, evidence, library) or \
            compose_parts_rest(intent, decision, evidence, library):
        return Draft(scope_note(intent) + text, evidence.sources)
    if decision.outcome == "partial":
        text = compose_partial(intent, decision, evidence, library)
        return Draft(scope_note(intent) + text, evidence.sources,
                     outcome="answer" if intent.kind == "yesno" and text.startswith("没有") else "partial")
    if intent.asks in ("most", "least") and not compared_figures(intent, decision.findings[0]):
        return Draft(scope_note(intent) + compose_unranked(intent, decision, evidence, library), evidence.sources,
                     outcome="partial")
    if intent.kind == "yesno" and (text := compose_unjudged(intent, decision, evidence, library)):
        return Draft(scope_note(intent) + text, evidence.sources, outcome="partial")
    composer = compose_extreme if intent.asks in ("most", "least") else COMPOSERS.get(intent.kind, compose_fact)
    text = composer(intent, decision, evidence, library)
    return Draft(scope_note(intent) + text, evidence.sources)


def pieces(text: str) -> Iterator[str]:
    """An extractive answer in clause-sized pieces, so it streams like a model's."""
    yield from re.findall(r"[^，。\n]+[，。\n]?", text)
