"""A question that asks what is done (the 已 qualifier), in either of the two ways staff say it:

- a verb of completion with the question word (完成改造多少公里, 多少项完成了整改, 建成了几个);
- a process step in the colloquial perfective (改完了多少, 改好了几处, 关了几座, 关掉了多少家): the verb with a
  result complement (完, 好, 掉) or the aspect particle 了 says the step was done, which the briefings write with 已
  (已整改186处, 目前已关闭4座) after the figure of the whole (排查整治管道隐患193处) or of the plan
  (全年计划关闭小散矿山6座).

Either way a figure of the plan or of the things first found is not the answer. Only the step verbs of
steps.STEPS and their colloquial cores (steps.COLLOQUIAL_CORES) count, so 花了多少钱 or 来了多少人 ask nothing of
this kind; a plan word in the question (计划, 打算) asks the plan instead."""

from __future__ import annotations

import re
from functools import lru_cache

from .paid_out import asks_paid_out

# Result complements that say the action reached its end (改完, 改好, 关掉, 拆掉, 清完).
_RESULT = "完好掉"
_PLAN_WORDS = re.compile(r"计划|打算|预计|拟|准备|目标|将要")
# A verb of completion asked with the question word. Only in the question: a text's 完成 may be planned
# (计划完成…), so it carries nothing there.
_DONE_VERB_ASK_RE = re.compile(r"(?:完成|建成|办结)了?[^，,。？?]{0,10}?(?:多少|几)|(?:多少|几)[^，,。？?]{0,8}?(?:完成|建成|办结)")


@lru_cache(maxsize=1)
def _done_ask_re() -> re.Pattern:
    # steps → window → lexicon: imported late to keep lexicon free of that cycle
    from .steps import COLLOQUIAL_CORES, STEPS

    # The whole verbs (整改了, 销号了, 关停了) and their colloquial cores (改, 关, 罚); spending is money paid, no
    # step done on the counted things.
    verbs = sorted({v for step, vs in STEPS.items() if step != "spend" for v in vs} | set(COLLOQUIAL_CORES),
                   key=len, reverse=True)
    verb = "|".join(map(re.escape, verbs))
    said = "|".join(re.escape(v) for v in verbs if v.endswith("了"))  # 关了, 抓了: the aspect is in the verb
    return re.compile(rf"(?:(?:{verb})(?:[{_RESULT}]了?|了)|{said})[^，,。？?]{{0,8}}?(?:多少|几)")


def asks_done_step(question: str) -> bool:
    """Whether ``question`` asks a step in the colloquial perfective (改完了多少, 关了几座) and names no plan."""
    return _done_ask_re().search(question) is not None and not _PLAN_WORDS.search(question)


def asks_done(question: str) -> bool:
    """Whether ``question`` asks what is done (the 已 qualifier): a verb of completion with the question word
    (一季度完成改造多少公里 asks 已完成41.5公里, not 计划改造126公里), or a colloquial done step (改完了多少)."""
    return _DONE_VERB_ASK_RE.search(question) is not None or asks_done_step(question) \
        or asks_paid_out(question)  # 累计兑现多少 / 一共发了多少 asks the paid sum, not the planned: paid_out.py
