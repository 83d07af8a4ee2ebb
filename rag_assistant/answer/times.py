"""Times inside an article that can answer a when-question: dates, periods, recurrences and event times."""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import CALENDAR_UNITS, Figure, extract_figures
from ..nouns import tagged
from . import lexicon as lx
from .match import match

# Dates and periods inside an article: 5月29日, 6月起, 截至当前, 2022年初, 今年9月以来, 今年上半年, a clause-head 今年，, 每季度, 半年内,
# a time limit in minutes, hours, days or weeks (5分钟内推送, 2小时内到场, 3分钟到场, 半小时内, 限期3日内), how long a campaign runs
# (为期3个月, 为期八个月),
# 周二, a whole year's span (全年计划…), the time of a plan at a clause head (下一步，… / 今后，…: no date, only "next"), a
# recurrence named by its count (一季一课, 两月一主题), a time named by a calendar event (端午, 复工复产), and
# a time named by an event at the head of a clause (试点成功后，… / 每起事故发生后，… / 巡察期间，…).
# A month may be written in Chinese numerals (计划明年六月底前完成), not after a word it ends (统一, 第一, 每一).
# The festivals and holidays that name an occasion (the tagger reads 清明 as an adjective).
FESTIVAL_RE = re.compile(r"端午|春节|国庆|五一|中秋|元旦|清明|劳动节|国庆节|元宵|重阳|暑期|暑假|寒假")
TIME_RE = re.compile(
    r"(?:今年|去年)(?:以来|上半年|下半年|年底|年初|底|初)?(?=[，,])|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:今年|去年|\d{4}\s*年)\s*\d{1,2}\s*月(?:份|底|初|中旬|以来|起)?|"
    r"\d{4}\s*年(?:度|底|初|末|上半年|下半年|以来|起|前)?|(?:\d{1,2}|(?<![第统单唯同每逐周个万千百十零两一二三四五六七八九])(?:十[一二]?|[一二三四五六七八九]))\s*月(?:份|底|初|中旬|以来|起)|"
    r"每(?:个|一)?(?:天|日|周|星期|礼拜|月|季度|季|年|半年)|半年内?|半(?:个)?小时内|\d+\s*(?:分钟|小时|天|日|周|个月|年)(?:内|以内)|\d+\s*(?:分钟|小时)(?=到场|到达|赶到|抵达|到位|响应|出动|处置)|为期\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个月|个星期|天|日|周|年)|周[一二三四五六日](?:、周[一二三四五六日])*|"
    r"上半年|下半年|年底|年初|全年|(?:下一步|下步|今后)(?=[，,])|[一两二三四半]个?(?:年|季度?|月|周|天|日)一[\u4e00-\u9fff]{1,2}|"
    r"一个?(?:年|季度|月|周|星期|礼拜)(?=[\u4e00-\u9fff]{0,4}?一次)|"
    r"(?:复工复产|主汛期|汛期|汛前|节假日|(?:端午|春节|国庆|五一|中秋|元旦|清明)(?:假期|节)?|开学季?)(?:期间|前后?|后)?|"
    r"(?:^|(?<=[，；：,;]))[\u4e00-\u9fff]{2,10}?(?:后|期间|之际|前夕|以来)(?=[，,])|"
    r"截[至止](?:当前|目前|现在)")
# A time span that is a period or a recurrence, not a point in time (周二 is a point: the day asked by 周几/哪天).
PERIOD_RE = re.compile(r"^每(?:个|一)?(?:天|日|周|星期|礼拜|月|季|年|半年)|^半年|^全年|^为期|内$|以内$|个月$|\d\s*天$|\d\s*(?:分钟|小时)$|"
                       r"^一个?(?:年|季度|月|周|星期|礼拜)$|"
                       r"^[一两二三四半]个?(?:年|季度?|月|周|天|日)一")

# How long something lasted (持续了多长时间, 花了几个月) is not how often it recurs (一季一课, 每季度).
DURATION_ASK_RE = re.compile(r"持续|历时|耗时|用时|用了|花了")
# A recurrence said per thing (两月一主题, 一季一课, 每季度): the period of each one, so it says 每个 by itself.
RECURRENCE_RE = re.compile(r"^每|^[一两二三四半]个?(?:年|季度?|月|周|天|日)一")


def unsaid_per_unit(qualifiers: tuple[str, ...], surface: str) -> tuple[str, ...]:
    """The qualifiers a time leaves to its words: 每个主题多长时间 (平均) is answered by 两月一主题 itself."""
    qualifiers = tuple(q for q in qualifiers if q not in lx.PER_PERIOD)  # 每月几号: the date's own 每月 (每月15日)
    if RECURRENCE_RE.search(re.sub(r"\s+", "", surface)):
        return tuple(q for q in qualifiers if q != "平均")
    return qualifiers


# The suffix that makes an event a time (巡察期间, 试点成功后).
EVENT_SUFFIX_RE = re.compile(r"(?:前后|后|期间|之际|前夕|以来)$")


def canonical_time(surface: str) -> str:
    """One spelling of a recurrence: 每个月 is 每月, 每天 is 每日, 每星期 is 每周, 每季 is 每季度, 一个季度 (of
    一个季度查一次) is 每季度."""
    text = re.sub(r"\s+", "", surface)
    text = re.sub(r"^一个?(年|季度|月|周|星期|礼拜)(?:一次)?$", r"每\1", text)  # 一个季度（查）一次 is 每季度
    text = re.sub(r"^每[个一]", "每", text)
    text = re.sub(r"^每(?:星期|礼拜)", "每周", re.sub(r"^每天", "每日", text))
    return re.sub(r"^每季(?!度)", "每季度", text)


def time_spans(sentence: str) -> list[Figure]:
    """Every date, period or event time of ``sentence``, as figures of unit 时间."""
    return [Figure(m.group(0), 0, "时间", m.start(), m.end()) for m in TIME_RE.finditer(sentence)]


def answer_times(sentence: str, question: str) -> list[Figure]:
    """The times of ``sentence`` that could answer ``question``: a period or recurrence for 多久/多长时间, a
    point otherwise (什么时候开始, 哪天, 周几), and never a time the question itself names (进入主汛期, 每周哪天),
    which is what it asks about."""
    period = bool(lx.PERIOD_ASK_RE.search(question))
    asked = re.sub(r"\s+", "", question)
    ends = bool(END_ASK_RE.search(asked))
    grain = next((g for g, ask in GRAIN_ASKS if ask.search(asked)), None)
    starts = bool(START_ASK_RE.search(asked))
    held = not starts and bool(HELD_ASK_RE.search(asked))
    fit = [f for f in time_spans(sentence)
           if bool(PERIOD_RE.search(f.surface)) == period and _event(f.surface) not in asked
           and not (ends and START_RE.search(f.surface)) and not (held and _since(sentence, f)) and not (starts and _deadline(sentence, f))
           and not ((starts or ends) and WEEKDAY_RE.fullmatch(f.surface) and not WEEKDAY_ASK_RE.search(asked))
           and (not AS_OF_RE.match(f.surface) or AS_OF_RE.search(asked))
           and not (DURATION_ASK_RE.search(asked) and RECURRENCE_RE.search(re.sub(r"\s+", "", f.surface)))]
    if grain in DAY_GRAINS and not any(grain.search(f.surface) for f in fit):
        grain = MONTH_GRAIN  # 截至哪天: a text that says only 截至7月底 answers it by its month
    # 截至当前 is dated by the issue: it answers 截至哪天/几月 of any grain, which the date gives.
    fit = [f for f in fit if grain is None or grain.search(f.surface) or AS_OF_NOW_RE.fullmatch(f.surface)]
    # 几号 / 哪天 ask a date: a sentence that gives one (3月18日，…清明假期安全防范…会议) answers by it, not by the
    # festival or weekday it also names, which may be part of a name (清明假期安全防范工作视频会议).
    dated = [f for f in fit if DATE_DAY_RE.search(f.surface)] if grain in DAY_GRAINS else []
    fit = dated or fit
    return _of_recurring_verb(fit, sentence, asked) if period else fit


# 多长时间考一次, 多久召集一次: the verb said before 一次 is the recurring deed; its recurrence is the one whose own
# words say it (每季度组织考试), not an earlier one of the same sentence (每周组织全县应急系统人员集中学习).
ONCE_RE = re.compile(r"([\u4e00-\u9fff]{1,2})(?:一次|一回|一趟|一遍)")
_ASK_CHARS = set("多久长时间少几隔")
_CLAUSE_MARK_RE = re.compile(r"[，,；;。：:]")


def _of_recurring_verb(fit: list[Figure], sentence: str, asked: str) -> list[Figure]:
    """The times of ``fit`` whose words (from their clause's start or the time before, up to the next time) say
    the verb the question puts before 一次; all of ``fit`` when it says none, or when none or all of them say it."""
    if len(fit) < 2 or not (m := ONCE_RE.search(asked)):
        return fit
    verb = m.group(1)
    verb = verb[1:] if len(verb) == 2 and verb[0] in _ASK_CHARS else verb
    if not verb or verb[-1] in _ASK_CHARS:
        return fit
    spans = time_spans(sentence)

    def words(f: Figure) -> str:
        marks = [x.end() for x in _CLAUSE_MARK_RE.finditer(sentence, 0, f.start)]
        start = max([marks[-1] if marks else 0] + [t.end for t in spans if t.end <= f.start])
        end = min([t.start for t in spans if t.start >= f.end] + [len(sentence)])
        return sentence[start:end]

    said = [f for f in fit if verb in words(f)]
    return said if said and len(said) < len(fit) else fit


# A question that names the grain of the time it asks (哪年, 哪天, 几月) is answered only by a time of that grain:
# 哪年启动的 is not answered by 复工复产, 哪天完成的 not by 试点成功后.
GRAIN_ASKS = (
    (re.compile(r"\d{4}\s*年|今年|去年|前年"), re.compile(r"哪一?年|几几年|什么年份")),
    # 几号, 几月几日 ask a day of the month: a weekday (周三视频调度) names no date; 哪天 or 周几 may be a weekday.
    (re.compile(r"\d\s*[日号]|端午|春节|国庆|五一|中秋|元旦|清明"), re.compile(r"几号|几月几[日号]")),
    (re.compile(r"\d\s*[日号]|周[一二三四五六日]|端午|春节|国庆|五一|中秋|元旦|清明"), re.compile(r"哪一?天|星期几|周几")),
    (re.compile(r"[\d一二三四五六七八九十]\s*月|[上下]半年|年底|年初|季度"), re.compile(r"几月份?|哪个?月")),
)
# The grains of a day (几号, 哪天) and of a month: a day asked of a text that gives only the month gets the month.
DAY_GRAINS = (GRAIN_ASKS[1][0], GRAIN_ASKS[2][0])
DATE_DAY_RE = re.compile(r"\d\s*[日号]")
MONTH_GRAIN = GRAIN_ASKS[3][0]


# A question about when something ended (什么时候结束的, 哪天截止) is not answered by when it began (今年9月以来).
END_ASK_RE = re.compile(r"结束|結束|截止|截至|收官|到期|终止|完结")
START_RE = re.compile(r"(?:以来|起|开始)$")
# A question about when something began (哪年开始搞的, 啥时候启动的) is not answered by the date it is due (力争到2023年底
# 实现…全覆盖) nor by a day of a weekly schedule (周二现场督导), which begins and ends nothing; nor is one about its end.
START_ASK_RE = re.compile(r"开始|启动|起始|(?:从|自)(?:什么|啥|哪)")
# A question about when a meeting or event was held (会啥时候开的, 哪天召开, 什么时候举办的) asks the day it took place
# (8月20日，…视频会议在南京召开), not the start of a period the meeting reviewed (会议分析了主汛期以来…形势).
HELD_ASK_RE = re.compile(r"召开|举行|举办|开的|开了|开过|开会")
WEEKDAY_RE = re.compile(r"周[一二三四五六日](?:、周[一二三四五六日])*")
WEEKDAY_ASK_RE = re.compile(r"周几|星期几|礼拜几")
_DUE_RE = re.compile(r"(?:到|至|截至|截止)$")
# 截至当前 dates a running count as of the issue: it answers only a question asking as of when (截至啥时候的数).
AS_OF_RE = re.compile(r"截[至止]")
AS_OF_NOW_RE = re.compile(r"截[至止](?:当前|目前|现在)")


def _since(sentence: str, time: Figure) -> bool:
    """Whether ``time`` opens a period (7月以来, 主汛期以来, 5月起), said in its span or right after it."""
    return bool(START_RE.search(time.surface)) or bool(re.match(r"\s*(?:以来|起)", sentence[time.end:]))


def _deadline(sentence: str, time: Figure) -> bool:
    """Whether ``time`` is when something is due or counted up to (力争到2023年底, 截至7月底), not when it began."""
    return bool(_DUE_RE.search(re.sub(r"\s+", "", sentence[max(time.start - 4, 0):time.start]))) or \
        bool(AS_OF_RE.match(time.surface))


def _event(span: str) -> str:
    """What a time names: 巡察 of 巡察期间 (asked 巡察是啥时候开展的, it is the asked event, not its time)."""
    return EVENT_SUFFIX_RE.sub("", re.sub(r"\s+", "", span)) or span


RELATIVE_RE = re.compile(r"^(今年|去年)")


def absolute(span: str, year: int | None) -> str:
    """A time relative to the briefing's year with that year added: 今年上半年 → 今年上半年（即2025年上半年）."""
    m = RELATIVE_RE.match(span)
    if not m or not year:
        return span
    return f"{span}（即{year - (m.group(1) == '去年')}年{span[m.end():]}）"


def anchored_lead(question: str, start: int, article: str) -> bool:
    """Whether a when-question names a figure of the article (无锡巡察查出那84个问题是啥时候的事) and the sentence at
    ``start`` is the article's lead: the lead's time (今年上半年，无锡市委…开展专项巡察) is then the period of the
    whole article's work, the asked figure's sentence stating none of its own."""
    if start != 0:
        return False
    body = re.sub(r"\s+", "", article)
    return any(f.surface.replace(" ", "") in body for f in extract_figures(question) if f.unit and f.unit not in CALENDAR_UNITS)


def stated_times(question: str, repl: str | None = None):
    """The recurrences and periods a question states (每周, 每季度, 上半年; years are checked apart), or the
    question with them replaced by ``repl``."""
    spans = [f for f in time_spans(question) if not re.fullmatch(r"\d{4}年", re.sub(r"\s+", "", f.surface))]
    if repl is None:
        return spans
    for f in reversed(spans):
        question = question[:f.start] + repl + question[f.end:]
    return question


def stated_time_check(question: str, clause: str) -> tuple[bool, str] | None:
    """Whether the recurrence or period a question states (是不是每月研究一次) is the supporting clause's own
    (每季度专题研究): (holds, the clause's time), or None when either states none."""
    asked = {canonical_time(f.surface) for f in stated_times(question)}  # 每个月 asks 每月
    said = [re.sub(r"\s+", "", f.surface) for f in time_spans(clause)]
    if not asked or not said:
        return None
    canon = {canonical_time(t) for t in said}
    # A dated time the claim states (7月起) must be the clause's own: a shared undated one (主汛期) does not confirm it.
    dated = [t for t in said if re.search(r"\d", t)]
    if dated and any(re.search(r"\d", a) and a not in canon for a in asked):
        return False, dated[0]
    return (bool(asked & canon), said[0])


_MONTH_RE = re.compile(r"(\d{1,2})\s*月")
_YEAR_SAID_RE = re.compile(r"((?:19|20)\d{2})\s*年")


def event_year(surface: str, said_before: str, issued: str | None, year: int | None) -> int | None:
    """The year of a dated event an article reports (3月18日，全省…视频会议召开): the year its time or sentence states,
    else the briefing's own year, or the year before when the month is later than the issue's (12月28日 in a January
    issue); None when neither the text nor the briefing gives a year (a special issue)."""
    if m := _YEAR_SAID_RE.search(surface) or _YEAR_SAID_RE.search(said_before):
        return int(m.group(1))
    if not year:
        return None
    month = _MONTH_RE.search(surface)
    issued_month = int(issued[5:7]) if issued and len(issued) >= 7 and issued[5:7].isdigit() else None
    if month and issued_month and int(month.group(1)) > issued_month:
        return year - 1
    return year


def festival_unmet(question: str, sentence: str, said: str) -> bool:
    """Whether a question asks a figure of a holiday (清明假期接待了多少游客, 国庆假期发生了多少起事故) that the
    figure's sentence does not give: the sentence names another holiday (今年春节假期，…112.6万人次), or it names
    none and neither does the article before it (2025年全省共发生生产安全事故1036起 is the year's)."""
    asked = set(FESTIVAL_RE.findall(question))
    if not asked:
        return False
    own = set(FESTIVAL_RE.findall(sentence))
    return not (asked & own) if own else not any(f in said for f in asked)


def other_event(question: str, terms: Sequence[str], said_text: str) -> bool:
    """Whether a when-question names another event of the same kind than the one a sentence dates: a time word of
    the question (a festival or season: 国庆, 冬季) right before another asked word (国庆假期, 冬季森林防灭火) that the
    sentence does not say while it says that next word (清明假期, 春季森林防灭火): the occasion that tells the events
    apart differs. Other unsaid words (开始完善, 这轮巡察) are the asker's wording, not the event's name."""
    text = re.sub(r"\s+", "", said_text.lower())
    asked = re.sub(r"\s+", "", question.lower())
    times = {w for w, flag, *_ in tagged(asked) if flag == "t" or FESTIVAL_RE.fullmatch(w)}  # 清明 is tagged a
    for t in terms:
        at = asked.find(t)
        if at < 0 or len(t) < 2 or t not in times or match(t, text):
            continue
        after = [u for u in terms if u != t and asked.startswith(u, at + len(t))]
        if any(match(u, text) == 1.0 for u in after):
            return True
    return False
