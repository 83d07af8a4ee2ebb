"""Figures listed after 分别 stand for the figures listed before them, in order.

``共发生事故268起、死亡231人，同比分别下降12.4%和9.8%``: 12.4% is the change of the accidents and 9.8% the
change of the deaths. Read alone, each percentage has only the words of its own clause, which name neither.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from ..nouns import noun_run, tagged
from ..numbers import CALENDAR_UNITS, Figure
from ..units import unit_class
from ..types import Part
from .directions import FALL, GAIN, LEVEL_RISE, alternation
from .whole_part import whole_clause_start

RESPECTIVELY_RE = re.compile(r"分别|依次")
CLAUSE_END_RE = re.compile(r"[，；：,;:。]")
# Qualifiers that ask for a change: a count's change is printed as a count or as its percentage.
CHANGE_QUALIFIERS = frozenset({"同比"})
# Words after the last of several names before 分别 that are said of all of them (起数和死亡人数同比分别…).
_SHARED_RE = re.compile(r"(?:同比|环比|较上年|比上年|均|都)*$")


def _clause_start(sentence: str, at: int) -> int:
    return max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, at)), default=0)


def respective_window(sentence: str, figures: Sequence[Figure], figure: Figure,
                      window_of: Callable[[Figure], str]) -> str | None:
    """The words ``figure`` answers for when it is one of several figures listed after 分别: the window of
    the figure in the same place in the clause before (``window_of(figure)`` gives a figure's own
    words), then the 分别 clause's words without 分别, then the figure. None when it is not such a figure,
    or the lists do not pair up one to one."""
    start = _clause_start(sentence, figure.start)
    said = RESPECTIVELY_RE.search(sentence, start, figure.start)
    if said is None:
        return None
    end = next((m.start() for m in CLAUSE_END_RE.finditer(sentence, figure.end)), len(sentence))
    listed = [f for f in figures if said.end() <= f.start and f.end <= end]
    before = _clause_start(sentence, start - 1) if start else 0
    earlier = [f for f in figures if before <= f.start and f.end <= start]
    if not any(f.unit in CALENDAR_UNITS for f in listed):  # 2025年全省…1036起、死亡894人: the year dates the list
        earlier = [f for f in earlier if f.unit not in CALENDAR_UNITS]
    if len(listed) < 2:
        return None  # 13个镇街分别明确1名: one figure after 分别 is a rate, not a list
    head = RESPECTIVELY_RE.sub("", sentence[start:listed[0].start])
    if len(earlier) != len(listed) and (named := _named_before(sentence[start:said.start()], len(listed))):
        # 事故起数和死亡人数同比分别下降11.2%和9.8%: the 分别 clause itself names the things, in order.
        return f"{named[listed.index(figure)]}{sentence[said.end():listed[0].start]}{figure.surface}"
    if len(earlier) != len(listed):
        # 分为A、B、C三类，分别给予每家8000元、5000元、3000元: the k-th thing named pairs with the k-th figure.
        named = _named_run(sentence[before:start], len(listed))
        tail = sentence[listed[-1].end:end]  # …3000元的托管补助: the words after the list name what all are
        return f"{named[listed.index(figure)]}，{head}{figure.surface}{tail}" if named else None
    paired = earlier[listed.index(figure)]
    return f"{window_of(paired)}，{head}{figure.surface}"


def _named_before(head: str, count: int) -> list[str] | None:
    """The ``count`` things a 分别 clause names before 分别 (A和B同比 → A同比, B同比: the words after the last
    name, 同比/环比, are said of every one), or None."""
    shared = _SHARED_RE.search(head).group()
    items = [w for w in re.split(r"、|和|及|与", head[:len(head) - len(shared)]) if w.strip()]
    return [w + shared for w in items] if len(items) == count else None


def _named_run(clause: str, count: int) -> list[str] | None:
    """The ``count`` things a clause names in one run joined by 、/和 (A、B、C三类), or None."""
    for run in re.findall(r"[^，；：,;:、]+(?:、[^，；：,;:、]+)+", clause):
        items = [w for w in re.split(r"、|和|及|与", run) if w.strip()]
        if len(items) == count:
            return _shared_lead(items)
    return None


# A count of the listed kinds closing the run (A、B、C三类, 红、黄两色): no item's own word.
_KINDS_COUNT_RE = re.compile(r"[一二两三四五六七八九十\d]+[类种级档色个项]$")


def _shared_lead(items: list[str]) -> list[str]:
    """Each item of a run with the words before its first item, which are said of every item (按照企业风险等级分为
    A、B、C三类: 风险等级 and 企业 are of C as much as of A, or the first item alone keeps the clause's words)."""
    items = [*items[:-1], _KINDS_COUNT_RE.sub("", items[-1]) or items[-1]]  # C三类 → C: 三类 counts them all
    core = len(items[1]) if len(items) > 2 else len(items[-1])
    lead = items[0][:-core] if 0 < core < len(items[0]) else ""
    return [items[0], *(lead + w for w in items[1:])]


def changed_figure(sentence: str, figures: Sequence[Figure], figure: Figure) -> Figure | None:
    """The figure a percentage is the change of: its partner before 分别 (1036起、死亡894人，同比分别下降11.2%和
    8.7%: 8.7% is the change of 894人), else the nearest counted figure before it in the sentence or table row
    (执法检查	8.9万家次	增长6.3%); None when there is none."""
    start = _clause_start(sentence, figure.start)
    said = RESPECTIVELY_RE.search(sentence, start, figure.start)
    if said is not None:
        end = next((m.start() for m in CLAUSE_END_RE.finditer(sentence, figure.end)), len(sentence))
        listed = [f for f in figures if said.end() <= f.start and f.end <= end]
        before = _clause_start(sentence, start - 1) if start else 0
        earlier = [f for f in figures if before <= f.start and f.end <= start and f.unit not in CALENDAR_UNITS]
        if len(listed) > 1 and len(earlier) == len(listed):
            return earlier[listed.index(figure)]
    counted = [f for f in figures if f.end <= figure.start and f.unit not in CALENDAR_UNITS
               and unit_class(f.unit) not in ("ratio", "")]
    return counted[-1] if counted else None


def change_fit(part: Part, figure: Figure, changed: Figure | None = None) -> float:
    """1 when a percentage answers a change the part asks without a unit word (死亡人数同比降了多少), else 0;
    0.4 when the figure it is the change of (``changed``) counts another class than the part's (死了多少人，同比降了
    多少 is the change of the deaths, not of the 1036起 accidents)."""
    asks_change = any(q in CHANGE_QUALIFIERS for q in part.qualifiers)
    if not (asks_change and not part.unit and unit_class(figure.unit) == "ratio"):
        return 0.0
    if changed is not None and part.unit_class and part.unit_class != "ratio" \
            and unit_class(changed.unit) != part.unit_class:
        return 0.4
    return 1.0


_PART_OF_RE = re.compile(r"\s*其中")


def whole_of_part(sentence: str, clause_start: int) -> str:
    """The clause before a ``其中`` clause (累计辨识较大以上风险点1.42万个，其中重大风险点216个): the whole its figure is
    a part of, whose qualifier (累计, 已, 新增) the part shares; "" for a clause that is no such part."""
    if not _PART_OF_RE.match(sentence, clause_start):
        return ""
    return sentence[whole_clause_start(sentence, clause_start):clause_start]  # past a 同比… clause between


# A later member of a list of figures joined by 、 (累计检查企业12780多家次、各类场所32700多个): what joins it to the
# member before it (its noun may lead the member: 、各类场所).
_LIST_JOIN_RE = re.compile(r"\s*、[\u4e00-\u9fff]{0,10}$")


def list_lead(sentence: str, figures: Sequence[Figure], f: Figure, clause_start: int) -> str:
    """The lead of the list a figure is a later member of (累计检查企业12780多家次、各类场所32700多个 → 累计检查企业):
    the clause's words before its first member, whose qualifier (累计, 已, 新增) every member shares; "" when the
    figure opens its clause or follows no 、 of a list."""
    first = f
    for g in sorted((g for g in figures if clause_start <= g.start and g.end <= f.start), key=lambda g: -g.start):
        if not _LIST_JOIN_RE.match(sentence[g.end:first.start]):
            break
        first = g
    if first is f:
        return ""
    return sentence[clause_start:first.start]


# Words by which a question asks a change rather than a level (同比降了多少, 增幅, 下降率, 提高了几个百分点).
_CHANGE_ASK_RE = re.compile(r"同比|环比|增|降|减|涨|跌|升|提高|下滑|回落|幅|变化")
# A figure printed as a change: a change verb right before it in its clause (同比下降38.5%, 较上年增长近两成).
_CHANGE_BEFORE_RE = re.compile(rf"(?:{alternation(LEVEL_RISE, GAIN, FALL)}|增幅|降幅)了?\s*(?:近|约|超过|超|达|逾)?\s*$")


def change_for_level(part: Part, before: str) -> bool:
    """Whether a percentage printed as a change (``before``: its clause up to it, …起数同比下降38.5%) is offered for
    a rate the part asks as a level (整改率是多少, 占比多少): a change of one measure is no level of another."""
    return part.unit_class == "ratio" and not _CHANGE_ASK_RE.search(part.text) and bool(_CHANGE_BEFORE_RE.search(before))


# The rate a percentage is printed as: its name right before it (整改率94.5%, 每日动态清扫上报率100%, 整改完成率达98%).
RATE_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2,8})率\s*(?:达到|达|为|提升至|提高到|提高至|保持在|超过|超)?\s*(?:近|约|逾)?\s*$")


# Rate names that say no deed of their own (覆盖率, 普及率): the share of the things the clause before counts
# that its deed reached; 占比 of 完成清单编制的企业 is said by it.
_GENERIC_RATE_NAMES = ("覆盖", "普及")


def rate_of_other(part: Part, before: str) -> bool:
    """Whether a percentage named as the rate of a step the part does not ask (整改率94.5% for 罚款的比例是多少): no
    two-character word of the rate's name (整改, 清扫, 上报) is in the part. A percentage without such a name, or a
    part that asks no share, is not judged here."""
    m = RATE_BEFORE_RE.search(before)
    if part.unit_class != "ratio" or not m:
        return False
    name = m.group(1)
    if name.endswith(_GENERIC_RATE_NAMES):
        return False  # …5870家企业完成清单编制，覆盖率95.9%: the clause before says what was covered, not the name
    return not any(name[i:i + 2] in part.text for i in range(len(name) - 1))



# A figure per member of a set (每人每年600元, 每户最高5000元, 每个工业园区配备3至5名, 人均, 户均): the classifier
# names the member; a period (每年, 每月) names no member. A question asks one the same way (每个充电桩, 平均一个,
# 一户补多少, 每名专家).
_MEMBER = "个家名位辆户所座处台套艘人只支间栋"
_FIGURE_MEMBER_RE = re.compile(rf"每\s*([{_MEMBER}])(?!月|季度|星期|小时)|([人户])均")
_ASKED_MEMBER_RE = re.compile(rf"(?:每|平均|(?<![第十百千万\d统唯逐同单])一)\s*([{_MEMBER}])(?!月|季度|星期|小时)|([人户])均")
# Classifiers that name the kind of member by themselves: people, and households or firms; 个 names any.
_MEMBER_KINDS = {"人": "people", "名": "people", "位": "people", "户": "unit", "家": "unit"}
# Characters that make a noun name a person (楼道长, 网格员, 监护人).
_PERSON_CHARS = frozenset("员人者长师")
_ASK_END_RE = re.compile(r"多少|几|每|[，,？?。]")


def _member_noun(after: str, asked: bool) -> str:
    """The words naming the member right after its classifier: in a question up to what it asks (充电桩花), in a
    text its first two characters; "" when none follows (每户最高, 每家每年)."""
    after = after.lstrip(" “”\"")
    if not re.match(r"[\u4e00-\u9fff]{2}", after) or re.match(r"每|最|多少|几|的|都|平均|大概|至少", after):
        return ""
    return after[:m.start() if (m := _ASK_END_RE.search(after)) else len(after)] if asked else after[:2]


@lru_cache(maxsize=512)
def _verb_led(words: str) -> bool:
    """Whether the words after 每个 are a verb alone (每个补多少钱): no member is named there (充电桩花 names one,
    though the segmenter tags its 充电 a verb)."""
    tagged_words = tagged(words)
    return bool(tagged_words) and all(flag.startswith("v") and flag != "vn" for _, flag, *_ in tagged_words)


@lru_cache(maxsize=512)
def _earlier_member(earlier: str) -> str:
    """The thing an earlier part of the question counted (清江浦选了多少楼道长 → 楼道长): the member an elided 每个 is of."""
    earlier = re.sub(r"[？?，,。；;\s]+$", "", earlier)
    if m := _COUNTED_AFTER_ASK_RE.search(earlier):  # 装了多少个充电桩: the words after the question word (the segmenter splits 充电|桩)
        return m.group(1)
    return noun_run(earlier, from_end=True)


_COUNTED_AFTER_ASK_RE = re.compile(r"(?:多少|几)[个家名位辆户所座处台套艘只支间栋条项]?([\u4e00-\u9fff]{2,6})$")


def per_unit_of_other(question: str, before: str, whole: str = "") -> bool:
    """Whether a per-member figure is of another member than the question asks per (每人每年600元的补贴 for 平均一个
    充电桩花多少钱; 每户最高5000元 for 每人最高给多少; 每个工业园区配备3至5名 for 每台设备配备多少名). The member the
    question names in the figure's clause (“楼道长”给予每人 for 每个楼道长) is the figure's; else two classifiers of
    people or of households and firms tell it by kind; the same classifier is the same member unless both name
    other nouns; 个 against 人 names a person only with a person's noun (每个楼道长), against 家/户 none (每个专家).
    A question that asks per no member, or a figure of none, is not judged here."""
    said = list(_FIGURE_MEMBER_RE.finditer(before))
    asked = _ASKED_MEMBER_RE.search(question)
    if not said or not asked:
        return False
    fig, ask = said[-1], asked
    fig_cls, ask_cls = fig.group(1) or fig.group(2), ask.group(1) or ask.group(2)
    fig_noun = _member_noun(before[fig.end():], False) if fig.group(1) else ""
    ask_noun = _member_noun(question[ask.end():], True) if ask.group(1) else ""
    if ask_noun and ask.group(1) == "个" and _verb_led(ask_noun):
        # 选了多少楼道长？每个补多少钱: 每个 before a verb elides its member, the thing the question counted before
        at = whole.find(question) if whole and question else -1
        ask_noun = _earlier_member(whole[:at]) if at > 0 else ""
        if not ask_noun:
            return False  # the member is named nowhere: not judged here
    if fig_cls == ask_cls:
        return bool(fig_noun and ask_noun) and fig_noun not in question and ask_noun[:2] not in before
    if ask_noun and ask_noun[:2] in before:
        return False
    kinds = _MEMBER_KINDS.get(fig_cls), _MEMBER_KINDS.get(ask_cls)
    if all(kinds):
        return kinds[0] != kinds[1]
    if "个" not in (fig_cls, ask_cls):
        return True  # 每户 for 一台设备, 每人 for 每辆
    # 一个人 / 每个人: the bare character after 个 names the member when no longer noun does
    kind, noun = (kinds[1], fig_noun or before[fig.end():fig.end() + 1]) if fig_cls == "个" else \
        (kinds[0], ask_noun or question[ask.end():ask.end() + 1])
    person = any(c in _PERSON_CHARS for c in noun[:4])
    if kind == "people":
        return not person  # 每人 for 每个充电桩
    if kind == "unit":
        return person  # 每家 for 每个专家
    return bool(fig_noun) and fig_noun not in question  # 每个工业园区 for 每台设备
