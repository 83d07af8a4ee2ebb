"""A process step asked in the colloquial perfective (改完了多少, 改好了几处, 关了几座, 关掉了多少家): the staff's
verb with a result complement (完, 好, 掉) or the aspect particle 了 says the step was done, which the briefings
write with 已 (已整改186处, 目前已关闭4座) after the figure of the whole (排查整治管道隐患193处) or of the plan
(全年计划关闭小散矿山6座). Such a question asks what is done (the 已 qualifier), as 完成了多少 does; a figure of the
plan or of the things first found is not it.

Only the step verbs of steps.STEPS count (a class: the process verbs and their colloquial forms), so 花了多少钱 or
来了多少人 ask nothing of this kind; a plan word in the question (计划, 打算) asks the plan instead."""

from __future__ import annotations

import re
from functools import lru_cache

# Result complements that say the action reached its end (改完, 改好, 关掉, 拆掉, 清完).
_RESULT = "完好掉"
_PLAN_WORDS = re.compile(r"计划|打算|预计|拟|准备|目标|将要")


@lru_cache(maxsize=1)
def _done_ask_re() -> re.Pattern:
    from .steps import STEPS  # steps → window → lexicon: imported late to keep lexicon free of that cycle

    # The single-character cores of the step verbs said colloquially (改 of 整改, 关 of 关闭, 罚 of 罚款), and
    # the whole verbs (整改了, 销号了, 关停了); spending is money paid, no step done on the counted things.
    verbs = sorted({v for step, vs in STEPS.items() if step != "spend" for v in vs} | set("改关拆停封罚"),
                   key=len, reverse=True)
    verb = "|".join(map(re.escape, verbs))
    said = "|".join(re.escape(v) for v in verbs if v.endswith("了"))  # 关了, 抓了: the aspect is in the verb
    return re.compile(rf"(?:(?:{verb})(?:[{_RESULT}]了?|了)|{said})[^，,。？?]{{0,8}}?(?:多少|几)")


def asks_done_step(question: str) -> bool:
    """Whether ``question`` asks a step in the colloquial perfective (改完了多少, 关了几座) and names no plan."""
    return _done_ask_re().search(question) is not None and not _PLAN_WORDS.search(question)
