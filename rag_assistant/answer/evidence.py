"""Evidence: for each part of an intent, the sentence (and figure clause) of the candidate articles that answers it.

Candidates are the articles of the retrieved chunks, plus the articles of an asked place that retrieval
missed. Sentences are read from the whole article (a chunk boundary may cut one), and each finding
cites the chunk that holds its words. How one sentence answers one part is judge.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Sequence

from .reason_ask import grounded_text
from ..numbers import Figure
from ..text import sentence_spans
from ..units import unit_class
from .table_cell import cell_clause
from .place_row import has_place_row
from .own_row import own_row_first
from .tables import table_context
from ..types import Chunk, Evidence, Finding, Hit, Intent, Part
from . import lexicon as lx
from .planned_year import of_next_year_only
from .data_year import reports_year, sentences_year
from .enumeration import point_lead
from .kinds import kinds_clause
from .other_issue import newest_first, other_issues
from .judge import Asked, Scored, Sentence, qualifier_of, score_part
from .library import Entry, Library
from .window import closed_relative, shown_clause
from .match import weights_of
from .carried import in_row, in_scene
from .one_sentence import change_with_count, one_sentence
from .subset_whole import subset_of_whole
from .same_issue import issue_mates, same_issue
from .period_articles import period_articles
from .review_articles import review_articles
from .polarity import score_claim
from .scope import part_place

MIN_SENTENCE_CHARS = 4
# A part is answered when its evidence covers this share of the asked words (decide.py reads it too).
ANSWER_COVERAGE = 0.5
# Articles read per question: those of the best chunks, then the asked places' own.
MAX_ARTICLES = 6

# ---------------------------------------------------------------- candidates

def candidate_entries(intent: Intent, hits: Sequence[Hit], library: Library) -> list[Entry]:
    """The articles to read: those of the retrieved chunks in rank order, then each asked place's own
    articles when retrieval returned none of them."""
    out: list[Entry] = []
    for hit in hits:
        entry = library.entry_of(hit.chunk)
        if entry is not None and entry not in out:
            out.append(entry)
    out = out[:MAX_ARTICLES]
    for place in dict.fromkeys([*intent.places, *(p.place for p in intent.parts if p.place)]):
        if not any(e.mentions(place) for e in out):
            out.extend(e for e in (library.about(place, intent.sources) or library.mentioning(place, intent.sources))
                       if e not in out)
        # A table with a row for the place (南京市	4.2万	5.6万	5.1万 in an issue's 附件) is the place's own record
        # as much as its titled articles: read it even when retrieval brought the place's other articles only.
        out.extend(e for e in library.in_scope(intent.sources)
                   if e not in out and has_place_row(e.article.text, place))
    out.extend(issue_mates(intent, out, library))  # 镇江和常州各罚了多少钱: 常州's article of 镇江's issue too
    out.extend(period_articles(intent, out, library))  # 1至7月事故多少起: the articles that state 1至7月 too
    # 25年立案处罚多少起: the next year's review of 2025年 too, read first when no place is asked (the province's year)
    review = review_articles(intent, out, library)
    out = [*review, *out] if review and not intent.places and not any(p.place for p in intent.parts) else [*out, *review]
    return out


def candidate_sources(intent: Intent, hits: Sequence[Hit], library: Library) -> list[Hit]:
    """The retrieved chunks, then every other chunk of the candidate articles (what findings cite)."""
    out = list(hits)
    seen = {h.chunk.id for h in hits}
    for entry in candidate_entries(intent, hits, library):
        for chunk in entry.chunks:
            if chunk.id not in seen:
                seen.add(chunk.id)
                out.append(Hit(chunk=chunk, score=0.0, rank=len(out) + 1))
    return out



def _place_ok(place: str | None, entry: Entry, sentence: str) -> bool:
    return not place or place in sentence or entry.is_about(place) or place in entry.title


def sentences_of(entries: Sequence[Entry], place: str | None, year: int | None,
                 number: int | None = None, special: bool = False) -> Iterator[Sentence]:
    """Every usable sentence: long enough, not addressed to the reader, in the asked place, year and issue
    (special: an unnumbered special issue)."""
    for rank, entry in enumerate(entries):
        # 2025年…死了多少人 is also answered by a next year's issue whose sentence states 2025年 (its annual review), and
        # 25年打算再改多少 by a previous year's issue whose sentence states 2025年 (its plan for the coming year).
        reported = year is not None and entry.briefing.year in (year + 1, year - 1) and number is None
        if (year is not None and entry.briefing.year != year and not reported) \
                or (number is not None and entry.briefing.number != number) or (special and entry.briefing.number is not None):
            continue
        text, previous = entry.article.text, ""
        # The campaign the lead paragraph names in quotes (全面开展…“百团大战”) frames the article as its title does.
        lead = entry.article.paragraphs[0] if entry.article.paragraphs else ""
        title = " ".join([f"{entry.briefing.issue or ''}{entry.title}", *lx.QUOTED_RE.findall(lead)])
        said: list[str] = []
        for a, b in sentence_spans(text):
            sentence = text[a:b].strip()
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            table = table_context(sentence, said)  # a table row is read under its caption and header row
            if year is not None and entry.briefing.year == year and of_next_year_only(sentence, year):
                continue  # 25年安排了多少 is not said by a 2025 issue's 明年将安排…: planned_year.py
            if len(sentence) >= MIN_SENTENCE_CHARS and not lx.ADDRESS_RE.search(sentence) \
                    and _place_ok(place, entry, sentence) and (not reported or f"{year}年" in re.sub(r"\s+", "", sentence + table)
                                                                or _relative_year(sentence, entry.briefing.year) == year
                                                                or reports_year(sentence, text[:a], entry.briefing.year, year)):
                yield Sentence(entry, rank, a + lead, sentence, title, table or _antecedent(sentence, said) or previous,
                               point_lead(text, a + lead))
            previous = sentence
            said.append(sentence)



# The next year said relative to the issue's own (省财政明年将安排…3.5亿元 in a 2025 issue is 2026's plan). Not 去年:
# the briefings say it to compare (较去年翻了一番，达到680万元 is this year's figure, not last year's).
_NEXT_YEAR_RE = re.compile(r"明年|来年")


def _relative_year(sentence: str, issue_year: int | None) -> int | None:
    """The year a sentence of an issue of ``issue_year`` states by 明年, or None."""
    return issue_year + 1 if issue_year is not None and _NEXT_YEAR_RE.search(sentence) else None


_ANAPHOR_RE = re.compile(r"(?:该|这一|此)(机制|制度|方案|平台|系统|模式|做法|活动|工作)")


def _antecedent(sentence: str, said: Sequence[str]) -> str:
    """The earlier sentence a 该机制 / 这一制度 of ``sentence`` refers to: the last one naming that noun."""
    m = _ANAPHOR_RE.search(sentence)
    return next((s for s in reversed(said) if m.group(1) in s and not _ANAPHOR_RE.search(s)), "") if m else ""


def _wants(intent: Intent, part: Part) -> str:
    if intent.kind == "when" or part.unit_class == "date":
        return "date"
    if intent.kind in ("figure", "compare"):
        return "figure"
    return "claim" if intent.kind == "yesno" else "statement"  # claim: polarity.score_claim


# ---------------------------------------------------------------- findings

def _chunk_for(s: Sentence, figure: Figure | None) -> Chunk | None:
    """The chunk to cite: one holding the figure and the whole sentence, else one holding the figure."""
    a = s.start + (figure.start if figure else 0)
    b = s.start + (figure.end if figure else len(s.text))
    whole = [c for c in s.entry.chunks if c.start <= s.start and s.start + len(s.text) <= c.end]
    return next(iter(whole), None) or next((c for c in s.entry.chunks if c.start <= a and b <= c.end), None) \
        or s.entry.chunk_at(a)


def find(intent: Intent, hits: Sequence[Hit], library: Library) -> Evidence:
    """The best finding for every part (two for a part whose measure the text gives with two
    qualifiers, e.g. 拟发放 and 已发放 when the question names neither), and the sentence most about
    the question's topic."""
    weights = weights_of(library)
    entries = candidate_entries(intent, hits, library)
    sources = list(hits)
    index = {h.chunk.id: i for i, h in enumerate(sources)}

    def finding(part: int, s: Sentence, scored: Scored) -> Finding | None:
        chunk = _chunk_for(s, scored.figure)
        if chunk is None:
            return None
        if chunk.id not in index:
            index[chunk.id] = len(sources)
            sources.append(Hit(chunk=chunk, score=0.0, rank=len(sources) + 1))
        decay = 1.0 - 0.02 * min(s.rank, 10)
        figure = scored.figure.surface if scored.figure else None
        # A table cell is shown named by its row and column (海虞镇，“检测企业（家）”一栏：1120), not as its whole row.
        # A statement read with the sentence before it (the problem a deed answers, for a why-question: judge.py)
        # is quoted as the two sentences.
        text = scored.clause if scored.figure is None and len(scored.clause) > len(s.text) \
            and scored.clause == grounded_text(s.previous, s.text) else s.text
        clause = cell_clause(s.text, s.previous, scored.figure) or \
            closed_relative(s.text, shown_clause(kinds_clause(text, scored.clause, figure, intent.question)))
        return Finding(part, index[chunk.id], text, clause, figure, scored.score * decay, scored.coverage,
                       scored.figure.unit if scored.figure else "")

    parts = intent.parts or (Part(text=intent.question, terms=intent.topic),)

    def ranked_for(part: Part) -> list[tuple[Sentence, Scored]]:
        place = part_place(intent, part)
        asked, wants = Asked.of(part, intent, weights), _wants(intent, part)
        named = naming(entries, _campaign_text(intent, part), library, place)
        # A yes/no proposition: the asked words an article title holds name its subject (打非治违).
        subject = tuple(t for t in asked.terms if any(t.lower() in e.title.lower() for e in named))
        score = (lambda s: score_claim(asked, s, weights, subject, intent.question)) if wants == "claim" else \
            (lambda s: score_part(asked, s, weights, wants))
        return _answering_first(sorted(((s, sc) for s in sentences_of(named, place, sentences_year(intent, part), part.number, part.special)
                                        for sc in score(s)),
                                       key=lambda pair: -pair[1].score * (1.0 - 0.02 * min(pair[0].rank, 10))))

    rankings = [ranked_for(part) for part in parts]
    if intent.kind == "compare":
        rankings = _one_issue(parts, _like_with_like(parts, rankings, ranked_for))
    elif len(parts) == 2 and not intent.places[1:]:
        rankings = _one_issue(parts, rankings)  # 今年1到2月事故起数和死亡人数…分别: two figures of one report
    else:
        rankings = same_issue(parts, rankings, ANSWER_COVERAGE)  # 镇江和常州立案处罚分别是多少起: one issue's figures
    if len(parts) > 1 and intent.kind != "compare":
        rankings = one_sentence(parts, rankings)  # 有几家A级景区、几个乡村旅游点: the sentence that lists both
        rankings = change_with_count(parts, rankings)  # …多少起，死亡人数多少，同比下降多少: the counts' own sentence
    rankings = in_scene(intent, parts, rankings, ranked_for, ANSWER_COVERAGE)  # 江北新区…，罚款多少: 江北新区's
    rankings = in_row(intent, parts, rankings, ANSWER_COVERAGE)  # 电池材料企业有几家，排查隐患多少处: 电池材料's cell
    rankings = subset_of_whole(parts, rankings, ANSWER_COVERAGE)  # 其中女的几个: a part of the first part's whole
    rankings = [own_row_first(part_place(intent, part) or (intent.places[0] if len(intent.places) == 1 else None),
                              ranked, ANSWER_COVERAGE) for part, ranked in zip(parts, rankings)]  # 南通已整改: its 附件 row
    if len(parts) > 1:  # the two sides of a comparison are two figures too
        rankings = _distinct_figures(rankings, parts)
    findings: list[Finding] = []
    for i, (part, ranked) in enumerate(zip(parts, rankings)):
        if ranked:
            other = _other_qualifier(ranked, part)
            # 常州罚了多少款: the same measure in other issues too, newest first (other_issue.py)
            firsts = [ranked[0]] if other else newest_first([ranked[0], *other_issues(ranked, part, intent, ANSWER_COVERAGE)])
            findings.extend(f for f in (*(finding(i, *p) for p in firsts), other and finding(i, *other)) if f is not None)
    if len({f.part for f in findings if f.coverage >= ANSWER_COVERAGE}) == len(parts):
        return Evidence(tuple(sources), tuple(findings))  # every part is answered: no partial answer needed
    # The sentence most about the question is of the periods its parts ask (一季度死了多少人: not a 1—11月 sentence).
    periods = tuple(dict.fromkeys(p for part in parts for p in part.periods))
    topic = Asked.of(Part(text=intent.question, terms=intent.topic, periods=periods), intent, weights)
    place = intent.places[0] if intent.places else None
    related = max(((s, sc) for s in sentences_of(entries, place, None)
                   for sc in score_part(topic, s, weights, "statement")),
                  key=lambda pair: pair[1].score, default=None)
    related_finding = finding(-1, *related) if related else None  # may add the chunk it cites to sources
    return Evidence(tuple(sources), tuple(findings), related_finding)


def _answering_first(ranked: list[tuple[Sentence, Scored]]) -> list[tuple[Sentence, Scored]]:
    """``ranked`` with its best answering figure first when every better-scored one fails to answer and is of
    another article: a figure of another article that does not count the asked thing (苏州 高层建筑 排查发现隐患
    3.47万处 for 附件里苏州发现隐患多少处) says nothing of whether this article gives it, and a table row, whose
    words are in its header and caption (苏州市 5.8万 7.3万), scores below prose. A better-scored failing figure
    of the same article is a near miss (374 家危化品经营企业 for 危化品生产企业): it still comes first."""
    at = next((i for i, (_, sc) in enumerate(ranked) if sc.coverage >= ANSWER_COVERAGE), None)
    if not at or any(s.entry is ranked[at][0].entry for s, _ in ranked[:at]):
        return ranked
    return [ranked[at], *ranked[:at], *ranked[at + 1:]]


def naming(entries: Sequence[Entry], text: str, library: Library, place: str | None = None) -> Sequence[Entry]:
    """The articles of the campaign a question names: a quoted name of an article title (“打非治违”, “六化”)
    in the question keeps the candidates whose title names it, when any does (南通打非治违培训了多少人次 is
    not answered from another 南通 article that mentions 打非治违 among its themes). With an asked place, only
    a title of that place counts: 沭阳“三张清单”排查出多少隐患 is about 沭阳's article, whose text says 三张清单,
    not about 无锡's, whose title does."""
    names = {n for e in library.entries for n in lx.QUOTED_RE.findall(e.title) if len(n) > 1 and n in text}
    keep = [e for e in entries if all(n in e.title for n in names) and (not place or e.is_about(place))]
    return keep if names and keep else entries


def _campaign_text(intent: Intent, part: Part) -> str:
    """The words that name a side's campaign: its own, or, for a comparison side with no place, year or
    issue of its own, the whole question's (南通打非治违请省级专家的人次和专题培训会的场次: both sides
    are of the 打非治违 article)."""
    own_scope = part.place or part.year is not None or part.number is not None or part.special
    return intent.question if intent.kind == "compare" and not own_scope else part.text


def _like_with_like(parts: Sequence[Part], rankings: list, ranked_for) -> list:
    """The sides of a comparison that name no unit are measured in the unit class of the side found
    most surely (南通 2.5 万家单位 vs 宿迁: a count of units, not the 万元 of the same article)."""
    firsts = [(r[0][1], i) for i, r in enumerate(rankings) if r and r[0][1].figure is not None]
    if len(firsts) < 2:
        return rankings
    anchor = max(firsts, key=lambda x: x[0].score)[0].figure
    cls = unit_class(anchor.unit)
    out = list(rankings)
    for i, part in enumerate(parts):
        found = rankings[i][0][1].figure if rankings[i] else None
        # …and, within the class, prefer the anchor's own unit (3.42万家 vs 2.5万家, not 386项)
        if not part.unit_class and cls and found is not None and found.unit != anchor.unit:
            again = ranked_for(replace(part, unit_class=cls, unit=anchor.unit))
            # …unless no figure of that class answers the side's words (南通立案查处 9 家次 beside 无锡立案 2 人:
            # two measures, which the comparison then says, not a missing side)
            out[i] = again if again and again[0][1].coverage >= ANSWER_COVERAGE else rankings[i]
    return out


def _one_issue(parts: Sequence[Part], rankings: list) -> list:
    """Two sides of a comparison that name no year or issue are read in one issue when the text allows: a side
    whose best figure is printed in another issue than the other side's takes the best one of that issue when
    it scores at least half as much (常州 检查 2876 家次 beside 镇江's 438 家次 of the same 2024 issue, not
    the 3920 家次 of a 2025 issue): figures of one time compare; figures of two times are said not to."""
    if len(parts) != 2 or not all(rankings) or any(p.year is not None or p.number is not None for p in parts):
        return rankings
    source = [r[0][0].entry.briefing.source for r in rankings]
    if source[0] == source[1]:
        return rankings
    best = None  # (share of its own best score, side, position in its ranking)
    for i in (0, 1):
        top = rankings[i][0][1].score
        if rankings[1 - i][0][1].coverage < ANSWER_COVERAGE:
            continue  # 事故起数和受伤人数: a side the text does not answer (受伤) sets no issue for the other
        k = next((k for k, (s, sc) in enumerate(rankings[i]) if s.entry.briefing.source == source[1 - i]
                  and sc.figure is not None), None)
        if k is not None and top > 0 and rankings[i][k][1].score >= 0.5 * top:
            share = rankings[i][k][1].score / top
            best = max(best or (share, i, k), (share, i, k))
    if best is None:
        return rankings
    _, i, k = best
    out = list(rankings)
    out[i] = [rankings[i][k], *rankings[i][:k], *rankings[i][k + 1:]]
    return out


def _distinct_figures(rankings: list, parts: Sequence[Part] = ()) -> list:
    """Two parts of one message ask two figures: a part whose best figure another part holds takes its best other
    figure when that one scores at least half as much. The part whose asked unit the figure is in chooses first
    (多少家单位报了…风险？一共报了多少条？: 39777条 is the 条 part's, 21021家 the other's); with no unit word asked,
    the part that loses most by yielding (风险上报单位和较大以上风险数量: the 风险 part's other figures score far
    lower, the 单位 part's close second is 21021家); else the part surer of it."""
    def key(pair):
        s, scored = pair
        return (s.entry.article.id, s.start, scored.figure.start) if scored.figure else None

    def claim(i: int) -> tuple[bool, bool, float]:
        ranked, part = out[i], parts[i] if i < len(parts) else None
        figure, top = ranked[0][1].figure, ranked[0][1].score
        in_unit = bool(part and figure and part.unit and figure.unit.endswith(part.unit))
        # 改造多少公里，明年拟改造多少: the part naming the qualifier its figure carries (拟) chooses first
        asked_q = getattr(part, "qualifiers", ())
        own_stage = bool(asked_q and qualifier_of(ranked[0][1].clause) in asked_q)
        if not parts or any(p.unit for p in parts):
            return not own_stage, not in_unit, -top
        alt = next((sc.score for s, sc in ranked[1:] if key((s, sc)) != key(ranked[0])), 0.0)
        return not own_stage, True, alt - top  # the regret: what it loses by giving up its best figure

    out, taken = list(rankings), set()
    for i in sorted(range(len(out)), key=lambda i: claim(i) if out[i] else (True, True, 0.0)):
        ranked = out[i]
        if not ranked:
            continue
        free = next((k for k, pair in enumerate(ranked) if key(pair) not in taken), None)
        if free and ranked[free][1].score >= 0.5 * ranked[0][1].score:
            out[i] = [ranked[free], *ranked[:free], *ranked[free + 1:]]
        taken.add(key(out[i][0]))
    return out


def _other_qualifier(ranked: Sequence[tuple[Sentence, Scored]], part: Part) -> tuple[Sentence, Scored] | None:
    """The same measure with the other qualifier, when the question names neither (拟发放 / 已发放)."""
    best_s, best = ranked[0]
    if part.qualifiers or best.figure is None:
        return None
    mine = qualifier_of(best.clause)
    if mine not in lx.OPPOSITE:
        return None
    for s, other in ranked[1:]:
        if (s.text == best_s.text and other.figure and other.score >= 0.7 * best.score
                and qualifier_of(other.clause) == lx.OPPOSITE[mine]):
            return s, other
    return None
