"""A figure the question itself states is what it asks about, not the answer (78项重点任务已经完成了多少项)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..nouns import counted_noun
from ..numbers import Figure, extract_figures
from ..types import Part
from .respective import CLAUSE_END_RE
from .support import patient_noun
from .case_count import thing_for_cases
from .actor_subject import actor_not_counted
from ..units import unit_class
from .general_classifier import same_count_unit
from .locative_part import whole_of_other_things

# 103个镇街全部明确…: the stated whole is the answer when the text says all of it did the asked thing.
WHOLE_RE = re.compile(r"全部|均|全都|都已|悉数|全面完成|100%")


@lru_cache(maxsize=1024)
def _stated(question: str) -> frozenset[tuple[str, str]]:
    return frozenset((str(f.value), f.unit) for f in extract_figures(question))


def given_in_question(question: str, sentence: str, figure: Figure, measure: str = "") -> bool:
    """Whether ``figure`` is a figure ``question`` states (same value and unit) and the text does not say
    that all of it is what was asked — nor can it be when the question counts another thing (66个镇街…划分了
    多少个网格: a count of 网格 is not the 66 镇街, whatever the text says of all of them)."""
    if not any(v == str(figure.value) and same_count_unit(u, figure.unit) for v, u in _stated(question)):
        return False  # 8个嫌疑人 states the text's 抓获嫌疑人 8 人
    stated = [counted_noun(question, f.start, f.end) for f in extract_figures(question)
              if f.value == figure.value and same_count_unit(f.unit, figure.unit)]
    if measure and stated and not any(n and (measure in n or n in measure) for n in stated):
        return True
    end = next((m.start() for m in CLAUSE_END_RE.finditer(sentence, figure.end)), len(sentence))
    return not WHOLE_RE.search(sentence[figure.end:end])


def with_stated_measure(part: Part) -> Part:
    """The part with, when it names no counted thing, the thing its own figure of the asked unit counts
    (78项重点任务已经完成了多少项 asks about 重点任务), or the thing its predicate acts on (生成的异常预警信息
    核查属实了多少条 asks about 异常预警信息), or, asked with a bare 多少, the whole it states (124处重大危险源整改了
    多少 asks about 重大危险源): a figure of another thing does not answer it."""
    if part.measure:
        return part
    if not part.unit:  # 124处重大危险源整改了多少: a bare 多少 after a stated whole asks about the whole's thing
        # …of the asked class only: 三张清单奖补资金安排了多少 asks money, not a share of the 三张 清单
        wholes = [w for w in _wholes(part.text) if _part_asked_of(part.text, w)
                  and part.unit_class in ("", unit_class(w.unit))]
        noun = counted_noun(part.text, wholes[0].start, wholes[0].end) if len(wholes) == 1 else ""
        return replace(part, measure=noun) if noun else part
    stated = [f for f in extract_figures(part.text) if f.unit == part.unit]
    noun = counted_noun(part.text, stated[0].start, stated[0].end) if len(stated) == 1 else patient_noun(part.text)
    noun = "" if not stated and thing_for_cases(part.unit, noun) else noun  # 燃气整治查处了多少起 counts cases
    noun = "" if not stated and actor_not_counted(noun, part.unit) else noun  # 实验室整改了多少处 counts 隐患 (actor_subject.py)
    return replace(part, measure=noun) if noun else part


# 548家危化品企业里, 1037家单位当中: a stated figure the question then takes a part of.
_WHOLE_OF_RE = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:里面?|当中|之中|中间|中)(?!心|国|央|介|型|层|小|大|等)")


# 年底前再改造的1200公里燃气管网完成了多少, 78项重点任务完成了几项: the clause asks how much of its own stated
# figure was done, with no other thing counted after 多少 (a bare 多少, or 多少 and the stated figure's unit).
_PART_ASKED_RE = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:多少|几)(?P<unit>[\u4e00-\u9fff]{0,2}?)(?:[？?。！!]|$)")
# 比1200公里多了多少, 每100公里…多少: a figure compared with or a per-unit base is no whole of the answer.
_WHEN_UNITS = frozenset({"年", "月", "日", "号", "期", "季度", "届", "次会议"})
_NOT_WHOLE_BEFORE_RE = re.compile(r"(?:比|较|每|超过|不到|低于|高于)[^，,；;。]{0,6}$")


def _part_asked_of(question: str, f: Figure) -> bool:
    if unit_class(f.unit) == "date" or f.unit in _WHEN_UNITS:
        return False  # 26年南通…配了多少, 第16期宿迁已经发了多少: a year or an issue is when, not a whole
    m = _PART_ASKED_RE.match(question[f.end:])
    return bool(m) and m.group("unit") in ("", f.unit) and not _NOT_WHOLE_BEFORE_RE.search(question[:f.start])


@lru_cache(maxsize=1024)
def _wholes(question: str) -> tuple[Figure, ...]:
    return tuple(f for f in extract_figures(question)
                 if f.unit not in _KINDS and (_WHOLE_OF_RE.match(question[f.end:]) or _part_asked_of(question, f)))


_KINDS = frozenset({"类", "种", "方面", "批", "个方面", "大类"})  # 四类巡查单元里哪类最多: kinds, not a whole


def exceeds_whole(question: str, figure: Figure, asked_unit: str = "", article: str = "") -> bool:
    """Whether ``figure`` is too large to be the asked part of a whole the question states (苏州548家危化品企业
    里生产企业有多少家 is not answered by 80902家生产企业): a part is smaller than its whole. Only a whole of
    the same unit: 12个重点行业领域中 counts fields, and the 2.5万家 units inside them are no part of that count.
    703件里有多少件 is not answered by 4088条 either (the asked unit is the whole's).
    The whole itself may be the answer (103个镇街中…全部明确: given_in_question decides)."""
    return any(w.unit in (figure.unit, asked_unit) and unit_class(w.unit) == unit_class(figure.unit)
               and figure.value > w.value and not whole_of_other_things(question, w)  # 13个镇街里…巡查单元
               for w in _wholes(question)) or whole_unstated(question, article)


@lru_cache(maxsize=256)
def _article_figures(article: str) -> frozenset[tuple[str, str]]:
    return frozenset((str(f.value), f.unit) for f in extract_figures(article))


def whole_unstated(question: str, article: str) -> bool:
    """Whether the question asks how much of a figure it states was done (年底前再改造的1200公里燃气管网完成了
    多少) and ``article`` never states that figure: the question means the text's own 1200公里, so another
    article's done figure (淮安…一季度已完成41.5公里) is of another whole."""
    stated = _article_figures(article)  # 1650万 may leave out the text's unit (1650万元)
    return bool(article) and any(not any(v == str(w.value) and same_count_unit(w.unit, u) for v, u in stated)
                                 for w in _wholes(question) if _part_asked_of(question, w))
