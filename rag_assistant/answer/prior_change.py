"""A change against the period before asked in the words of a comparison (比去年多了多少, 跟上年比增加了多少,
较去年同期降了几成, 比去年少了几个百分点). The briefings print such a change with its own words (同比增长17.4%,
比上年增加600万元, 较上年下降…), so the question asks that change (the 同比 qualifier) and is no comparison of two
figures: the side 去年 is no place or issue whose own figure the briefings would give."""

from __future__ import annotations

import re

from ..units import unit_alternation
from .directions import FALL, GAIN, LEVEL_RISE, alternation

# The period before, named relative to the asked one (not an explicit year: 2025年比2024年多了多少 compares two
# figures the briefings may give apart).
PRIOR_PERIOD = r"(?:去年|上年|上一年|前一年|头年)(?:同期)?"
# A change verb or a comparative said after the period (多了, 增加了, 涨了, 降了, 少了, 高了).
_CHANGE_WORD = r"(?:多|少|高|低|增加|减少|增长|增多|下降|上升|降低|提高|提升|回落|涨|降|跌|减|增)"
# 比去年多了多少, 较去年同期增长了几成, 跟去年比少了多少, 和上年相比降了多少个百分点.
PRIOR_CHANGE_RE = re.compile(rf"(?:比|较|跟|和|与|同)\s*{PRIOR_PERIOD}\s*(?:相比|比|比较)?\s*[，,]?\s*(?:又|还|再)?\s*"
                             rf"{_CHANGE_WORD}了?\s*(?:多少|几)")
# The words by which a briefing prints a figure as a change against the period before (比上年增加600万元).
PRIOR_CARRIERS = ("比上年", "较上年", "比去年", "较去年", "上年同期", "去年同期", "比上一年", "较上一年")


# A change asked by a verb of rise or fall alone, with a question word and no unit after it (过火面积降了多少, 游客涨了
# 几成, 事故减少了多少): the briefings print it as a change (同比下降41.6%), never as the level (26.4公顷). Not 增加 /
# 提高 / 提升, whose 多少 may ask the amount added (增加了多少个监测点 is a count of new ones).
BARE_CHANGE_RE = re.compile(rf"(?:下降|降低|减少|增长|上升|回落|下滑|涨|跌|降)了?\s*(?:(?:多少|几)个?百分点|多少|几成|百分之几)"
                            rf"(?!\s*(?:{unit_alternation()}))")


def asks_prior_change(question: str) -> bool:
    """Whether the question asks a change against the period before in the words of a comparison."""
    return PRIOR_CHANGE_RE.search(question) is not None


def asks_change(question: str) -> bool:
    """Whether the question asks a change: against the period before, or by a bare verb of rise or fall."""
    return asks_prior_change(question) or BARE_CHANGE_RE.search(question) is not None


# A clause that only prints a change (，同比下降18.3%; ，比上年增加600万元; ，同比分别下降…): its subject and predicate
# are the clause before, whose figure it is the change of (全年查处…违法行为2347起，同比下降18.3%).
_CHANGE_CLAUSE_RE = re.compile(r"\s*(?:同比|环比|比上年|较上年|比去年|较去年|比上一年|较上一年|与上年相比|与去年相比|较上年同期|比去年同期)"
                               rf"(?:同期)?\s*(?:分别|均)?\s*(?:{alternation(LEVEL_RISE, GAIN, FALL)})")


def change_clause_start(sentence: str, clause_start: int, clause_ends) -> int:
    """Where the words a change figure answers for begin: the clause before when its own clause only prints the change
    (so the asked predicate, 查处, said there is the change's too), else ``clause_start``."""
    if clause_start == 0 or not _CHANGE_CLAUSE_RE.match(sentence, clause_start):
        return clause_start
    return max((m.end() for m in clause_ends.finditer(sentence, 0, clause_start - 1)), default=0)
