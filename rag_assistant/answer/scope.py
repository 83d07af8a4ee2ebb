"""The briefing scope of a question: the year, issue, latest/earliest or headline it names (and the chat's
filter), resolved to the indexed briefings, with the words that name that scope in an answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..ingest.gazetteer import Place, city_of
from ..text import cn_int
from ..types import Briefing, Intent, Part
from . import lexicon as lx
from .library import Library
from .data_year import may_report
from .planned_year import asks_plan, may_plan
from .period_groups import joined_months
from .place_nest import unnested
from .day_issue import asked_day, dated_on
from .issue_now import MONTH_LISTED_RE
from .localities import localities
from .times import FESTIVAL_RE
from .place_level import without_county_names, without_place_names


@dataclass(frozen=True)
class Scope:
    """The briefings a question (and the chat's filter) allows, and how to name that scope."""

    year: int | None = None
    number: int | None = None
    latest: bool = False
    headline: str | None = None
    sources: tuple[str, ...] | None = None
    label: str = ""
    problem: str = ""
    content_year: int | None = None  # a year no briefing has: a year of the data, not of the briefing


def _describe_sources(briefings: Sequence[Briefing], sources: Sequence[str]) -> str:
    names = [b.issue or f"《{b.headline or b.source}》专刊" for b in briefings if b.source in sources]
    return "、".join(names)


def read_scope(question: str, library: Library, chat_scope: Sequence[str] | None = None) -> Scope:
    """Year, issue, latest and headline filters of a question, resolved to briefings."""
    briefings = [b for b in library.briefings if chat_scope is None or b.source in chat_scope]
    year = number = None
    problem = ""
    if m := lx.ISSUE_RE.search(question):
        number = cn_int(m.group(2))
        year = int(m.group(1)) if m.group(1) else None
        if number is None:
            problem = f"第{m.group(2)}期"
    # 2025年第14期的…和2026年第13期的…: each side has its issue; the scope holds them all.
    issues = list(dict.fromkeys((int(y) if y else None, cn_int(n)) for y, n in lx.ISSUE_RE.findall(question)))
    if len(issues) > 1 and all(n is not None for _, n in issues):
        year = number = None
    else:
        issues = []
    years = [int(y) for y in lx.YEAR_RE.findall(question)]
    content_year = None
    about_briefings = bool(re.search(r"简报|第.{1,4}期|刊|登|[几哪每各]一?期|多少期", question))
    if year is None and years:
        year = years[0]
        if not any(b.year == year for b in library.briefings) and not about_briefings:
            year, content_year = None, years[0]
        if len(set(years)) > 1:  # 2025年和2026年各是多少: each part has its year; the scope holds both
            year = None
    latest = bool(lx.LATEST_RE.search(question)) and not re.search(r"这一?期|本期", question)
    earliest = bool(lx.EARLIEST_RE.search(question)) and re.search(r"期|简报", question) is not None
    squashed = re.sub(r"\s+", "", question)
    named = [b for b in briefings if b.headline and any(len(w) >= 4 and w in squashed for w in b.headline.split())]
    if not named and lx.SPECIAL_ISSUE_RE.search(squashed) and number is None and not problem:
        named = [b for b in briefings if b.number is None and b.headline]  # 专刊/特刊: the unnumbered issue
    candidates = named or briefings
    if len(set(years)) > 1:
        candidates = [b for b in candidates if b.year in years]
    if year is not None:
        # 2025年全省死了多少人 asks the data of 2025, which the next year's issues report too (全年…, 2025年…).
        reported = [b for b in candidates if b.year == year + 1 and number is None and not about_briefings
                    and any(may_report(a, year) for a in b.articles)]
        # 26年打算安排多少 is also answered by the previous year's issue that prints its plan for the coming year.
        planned = [b for b in candidates if b.year == year - 1 and number is None and not about_briefings
                   and asks_plan(question) and any(may_plan(a, year) for a in b.articles)]
        candidates = [b for b in candidates if b.year == year] + reported + planned
    if number is not None or problem:
        candidates = [b for b in candidates if b.number == number and not problem]
    # 5月底那期, 25年6月那期: the issues dated in that month (of the year, when one is named), maybe none.
    month_issue = (lx.MONTH_ISSUE_RE.search(question) or MONTH_LISTED_RE.search(question)) \
        if number is None and not problem and not issues else None
    if month_issue:
        months = {cn_int(month_issue.group(1)), *joined_months(question, month_issue.start())}  # 2月和3月出了几期
        candidates = [b for b in candidates if b.date and int(b.date[5:7]) in months]
    if day := (asked_day(question) if number is None and not problem and not issues else None):
        candidates = dated_on(candidates, *day)  # 3月20日那期: the issue of that day, not the whole month
    if issues:
        candidates = [b for b in candidates if any(b.number == n and y in (None, b.year) for y, n in issues)]
    # 专刊里…: the unnumbered special issues, when the question names no year or issue of its own.
    special = bool(lx.SPECIAL_ISSUE_RE.search(question)) and year is None and number is None and not problem \
        and not years and not named and not issues
    if special:
        candidates = [b for b in candidates if b.number is None]
    if latest or earliest:
        dated = [b for b in candidates if b.date]
        pick = max if latest else min
        candidates = [pick(dated, key=lambda b: b.date)] if dated else []
    asked = (year is not None or number is not None or problem or latest or earliest or bool(named) or bool(month_issue) or bool(day)
             or len(set(years)) > 1 or bool(issues) or special)
    if not asked and chat_scope is None:
        return Scope(content_year=content_year)
    sources = tuple(b.source for b in candidates)
    words = ("、".join(f"{y or ''}{'年' if y else ''}第{n}期" for y, n in issues) if issues
             else "、".join(f"{y}年" for y in sorted(set(years))) if len(set(years)) > 1 and number is None
             else "".join([f"{year}年" if year else "", f"第{number}期" if number is not None else problem]))
    label = words or ("最新一期" if latest else "最早一期" if earliest else "") or (f"《{named[0].headline}》专刊" if named else "") \
        or (_describe_sources(candidates, sources) if special else "")
    if (latest or earliest) and sources:
        label = f"{'最新' if latest else '最早'}一期 {_describe_sources(candidates, sources)}"
    if (month_issue or day) and sources:
        label = _describe_sources(candidates, sources)
    if not label:  # only the chat's filter
        label = _describe_sources(library.briefings, sources)
    return Scope(year, number, latest, named[0].headline if named else None, sources, label, problem, content_year)


def asked_periods(text: str) -> tuple[str, ...]:
    """The periods inside a year that a question asks its figure for (上半年, 去年, 3月 of 今年3月份): the
    evidence must be of that period, which the article states somewhere before the figure."""
    text = lx.PRIOR_CHANGE_RE.sub(" ", text)  # 比去年多了多少: 去年 is the base of the asked change, not its period
    return tuple(dict.fromkeys(_period(m) for m in lx.PERIOD_ASKED_RE.finditer(text)))


def _period(m: re.Match[str]) -> str:
    if m.group("to"):
        return f"1至{cn_int(m.group('to'))}月"
    return f"{cn_int(m.group('month'))}月" if m.group("month") else m.group(0).removeprefix("第")


_MONTH_RANGE_RE = re.compile(r"1至\d+月")


def states_period(period: str, said: str) -> bool:
    """Whether ``said`` states an asked period: a month range in any of its spellings (1—2月, 一至二月, 1月至2月)."""
    if _MONTH_RANGE_RE.fullmatch(period):
        return period in {_period(m) for m in lx.PERIOD_ASKED_RE.finditer(said)}
    return bool(re.search(rf"(?<![0-9]){re.escape(period)}", said))


# A year named relative to the briefing's own: 去年 in a 2026 issue is 2025年.
_RELATIVE_YEARS = {word: -offset for word, offset in lx.RELATIVE_YEARS.items() if offset < 0}


_THIS_YEAR_RE = re.compile(r"今年|本年|明年")
# A whole calendar year a sentence dates its figures by (2025年全省共发生…), not a part of it (2025年1月, 2025年上半年,
# 2025年一季度) nor a span from it (2025年以来); and a span of days (1月28日至2月4日), not of whole months.
_WHOLE_YEAR_SAID_RE = re.compile(r"(?:19|20)\d{2}\s*年(?!\s*(?:[0-9一二三四五六七八九十]|第|上半|下半|前|以来|起|底|初|末))")
_DAY_SPAN_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|-|－|~|～)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")


def period_said(period: str, year: int | None, said: str, dating: str | None = None) -> bool:
    """Whether an asked period (上半年, 3月) is stated in ``said``, the article up to a figure: 今年上半年 in an
    article's lead dates its figures; a cumulative 截至目前 or another half-year does not. A relative year
    (去年) may be stated as the year it stands for in a briefing of ``year`` (2025年 in a 2026 issue), read in
    ``dating`` (the words that date the figure, issue_years.dating_text) when given."""
    if states_period(period, said):
        # …部署一季度工作。1月份全省…死亡68人: a period the figure's own sentence states dates it, not one before.
        sentence = re.split(r"[。！？]", said.rstrip("。！？"))[-1]
        own = {_period(m) for m in lx.PERIOD_ASKED_RE.finditer(sentence)}
        if period in _RELATIVE_YEARS and period not in own and _THIS_YEAR_RE.search(sentence):
            return False  # 去年接待…45万人次。今年“五一”假期…8.5万人次: the figure's sentence dates it by its own year
        if period not in _RELATIVE_YEARS and period not in own and (_WHOLE_YEAR_SAID_RE.search(sentence)
                                                                     or _DAY_SPAN_RE.search(sentence)):
            return False  # 1月20日，会议召开。…2025年全省共发生…: a whole year; 春节假期（1月28日至2月4日）…: those days
        return not (own - set(_RELATIVE_YEARS)) or period in own or period in _RELATIVE_YEARS
    back = _RELATIVE_YEARS.get(period)
    return bool(back and year and re.search(rf"(?<![0-9]){year - back}年", said if dating is None else dating))


# A part of a year a text dates its figures by: 1—11月, 1至9月, 前三季度, 一季度, 上半年.
_PART_OF_YEAR_RE = re.compile(r"(?<![0-9])(?:1|一)\s*[—\-－–~～至到]\s*(?:1[01]|[2-9]|十一?|[二三四五六七八九])\s*月|"
                              r"前[一二三]季度|第?[一二三四1-4]季度|上半年|下半年")


def part_of_year(question: str, periods: Sequence[str], paragraph: str) -> bool:
    """Whether a question asking a year's figure (2025年全省死了多少人, no period in it) meets a figure its
    paragraph dates by a part of the year (今年1—11月，…死亡人数同比下降9.8%): that is another period's figure.
    A holiday named (26年春节查出多少隐患) is the asked period: it asks no whole year's figure."""
    return not periods and bool(lx.YEAR_RE.search(question)) and bool(_PART_OF_YEAR_RE.search(paragraph)) \
        and not FESTIVAL_RE.search(question)


# A figure dated from the start of its issue's year (今年以来, 截至9月底): counted up to the issue's date.
_YEAR_TO_DATE_RE = re.compile(r"今年以来|年初以来|截至\s*(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)\s*月")


def year_to_date(question: str, periods: Sequence[str], paragraph: str, year: int | None, date: str | None) -> bool:
    """Whether a question asking a year's figure (2025年全省完成重大事故隐患整改多少项, no period in it) meets a figure
    an issue of that year, dated before December, counts from the year's start (今年以来…已完成整改119项 of 10月17日):
    a part of the year, as 1—11月 is (``part_of_year``); the whole year's (全年完成…4270项) comes first."""
    asked = lx.YEAR_RE.search(question)
    month = re.match(r"\d{4}-(\d{1,2})", date or "")
    return not periods and bool(asked) and year is not None and int(asked.group(1)) == year and bool(month) \
        and int(month.group(1)) < 12 and bool(_YEAR_TO_DATE_RE.search(paragraph)) and not FESTIVAL_RE.search(question)


# A question that asks a whole year's figure in words (今年全年完成了多少公里, 全年同比下降多少).
_WHOLE_YEAR_ASK_RE = re.compile(r"全年|整年|全年度")


def part_of_asked_year(question: str, before: str, clause: str) -> bool:
    """Whether a question that says 全年 meets a figure dated by a part of the year: its paragraph up to it states
    one (今年一季度，常熟市…同比下降42.5%; 前三季度共开展执法检查3920家次) and its own clause does not say 全年
    (全年计划改造126公里，一季度已完成41.5公里: 126 is the year's, 41.5 the quarter's)."""
    return bool(_WHOLE_YEAR_ASK_RE.search(question)) and not _WHOLE_YEAR_ASK_RE.search(clause) \
        and bool(_PART_OF_YEAR_RE.search(before))


def whole_year_for_part(question: str, clause: str) -> bool:
    """The mirror of ``part_of_asked_year``: whether a question asking a part of a year (一季度拟改造多少公里,
    上半年) meets a figure its own clause dates by the whole year (全年计划改造126公里): the year's figure, which
    says nothing of the part's."""
    return bool(_PART_OF_YEAR_RE.search(question)) and not _WHOLE_YEAR_ASK_RE.search(question) \
        and bool(_WHOLE_YEAR_ASK_RE.search(clause))


def period_of_plan_after(periods: Sequence[str], sentence: str, figure_end: int) -> bool:
    """Whether every asked period (一季度) the figure's sentence states comes after the figure, in a clause of a
    plan (已兑现1280万元，其余拟于2026年一季度前兑现): the period dates what is still to be done, not the done
    figure before it, which does not answer 26年一季度兑现了多少."""
    if not periods:
        return False
    found = False
    for m in lx.PERIOD_ASKED_RE.finditer(sentence):
        if _period(m) not in periods:
            continue
        if m.start() < figure_end:
            return False
        start = max((c.end() for c in _CLAUSE_SEP_RE.finditer(sentence, 0, m.start())), default=0)
        if not any(w in sentence[start:m.start()] for w in lx.QUALIFIERS["拟"]):
            return False
        found = True
    return found


_CLAUSE_SEP_RE = re.compile(r"[，,；;。：:]")


# The administrative level a question asks about (全省有多少家, 省级每月抽取多少家, 镇级方案几个) and the words
# that say a figure is of that level: a figure of another level (市、县两级每月抽取) does not answer it.
_LEVEL_ASK = {
    "省": re.compile(r"全省|江苏省?(?:全省|一共|总共|共有|有多少|有几)|我省|省级|省里"),
    "市": re.compile(r"市级|市里"),
    # 县级市 names a kind of city (靖江市, 宜兴市), no ask of the county level a text would say by 县
    "县": re.compile(r"县级(?!市)|县里"),
    "镇": re.compile(r"(?:乡镇|镇街|镇)级|镇里"),
    "村": re.compile(r"村级|村里"),
}
_LEVEL_SAID = {
    "省": re.compile(r"全省|我省|江苏省|省级|省(?:委|政府|安委|级)"),
    "市": re.compile(r"市"),
    "县": re.compile(r"县"),
    "镇": re.compile(lx.TOWN_SUFFIX),
    "村": re.compile(r"村"),
}


def province_part(text: str, places: Sequence[str]) -> bool:
    """Whether a part asks the province's own figure and names none of the places the question (or an earlier turn)
    names: 一季度全省事故多少起？淮安燃气管网改完多少公里 asks the first of the province, not of 淮安; 那全省呢 after a
    淮安 question too."""
    return bool(_LEVEL_ASK["省"].search(text)) and not any(place in text for place in places)


def _meeting_sentence(question: str, start: int, end: int) -> bool:
    """Whether the sentence (up to ？/；/。) holding question[start:end] names a meeting and no earlier sentence does:
    a later sentence about a meeting asks that meeting's figures (…？生命线推进会说监测点位接了多少个，同比涨多少), not the
    place an earlier sentence asked about."""
    opened = max(question.rfind(c, 0, start) for c in "？?；;。") + 1
    return opened > 0 and bool(lx.MEETING_RE.search(question[opened:end])) and not lx.MEETING_RE.search(question[:opened])


def part_place(intent: Intent, part: Part) -> str | None:
    """The place a part of a question is searched in: its own (…护林员队伍多大？高邮湖旅游船几艘: the ask read is 高邮's,
    not the question's first place 东台); none when it asks the province and names no place; else the first place
    said before the part ends (南通X多少？Y多少？) or carried from an earlier turn, never one only a later part names
    (安全生产月启动仪式多少人参加？靖江划了多少个巡查单元: the first ask is not 靖江's)."""
    named = [p for p in intent.places if p in part.text]
    if own := _narrowest([part.place, *named] if part.place and part.place not in named else named, part.text,
                         intent.names):
        return own
    if province_part(part.text, intent.places):
        return None
    end = intent.question.find(part.text)
    if end > 0 and _meeting_sentence(intent.question, end, end + len(part.text)):
        return None  # 江阴专家服务多少家？危化品集中治理推进会上说重大隐患几项: the meeting's figure, not 江阴's
    said = [p for p in intent.places if (at := intent.question.find(p)) < 0 or end < 0 or at < end + len(part.text)]
    inner = unnested(said)  # 泰州船舶整治泰兴市…和已整改: the county, not the city that only says where it is
    return next((p for p in said if p in inner), None)


def _narrowest(places: Sequence[str], text: str, names: Sequence[str]) -> str | None:
    """The most local of the places a part names: a town or zone it names by its own name (沭阳贤官镇 → 贤官镇), else a county
    or district over its own city (淮安清江浦区 → 清江浦: 淮安's figure is not 清江浦's), else the first place."""

    if town := next((t for t in localities(text) if t in names), None):
        return town
    cities = {city_of(p) for p in places} - {None}
    local = [p for p in places if not (p in cities and any(city_of(q) == p and q != p for q in places))]
    return next(iter(local), None)


def province_said(question: str, said: str) -> bool:
    """Whether a figure may answer the question's extent: a question about one administrative level
    (全省有多少家危化品企业, 省级每月抽取多少家) is not answered by a figure whose sentence and article title
    (``said``) do not state that level (苏州…548家危化品企业; 市、县两级每月抽取不少于5家单位)."""
    question, said = without_place_names(question), without_county_names(said)  # 东台市 is no 市 level: place_level.py
    return all(_LEVEL_SAID[level].search(said) for level, asked in _LEVEL_ASK.items() if asked.search(question))


# A whole city asked (苏州全市…) and the words that say a figure is of a district or county's whole (全区, 全县).
_WHOLE_CITY_ASK_RE = re.compile(r"全市")
_LOWER_WHOLE_RE = re.compile(r"全(?:区|县|" + "|".join(lx.TOWN_SUFFIXES) + ")")


def sub_city_figure(question: str, asked: Sequence[Place], titled: Sequence[Place], clause: str) -> bool:
    """Whether a question about a whole prefecture (苏州全市纺织企业火灾起数) meets a figure of one of its
    districts or counties: an article titled by one (苏州市吴江区…, 宿迁市沭阳县…) the question does not name, or
    a clause that says a lower level's whole (全区工贸企业火灾起数) and not 全市."""
    if not _WHOLE_CITY_ASK_RE.search(question):
        return False
    cities = {p.city for p in asked if p.level == "city"}
    named = {p.full for p in asked}
    if not cities or any(p.level != "city" for p in asked):
        return False  # 如皋全市: the county-level city is itself asked
    below = any(p.level != "city" and p.city in cities and p.full not in named for p in titled)
    return below or bool(_LOWER_WHOLE_RE.search(clause) and not _WHOLE_CITY_ASK_RE.search(clause))
