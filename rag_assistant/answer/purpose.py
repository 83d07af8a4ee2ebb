"""Whether a sum of money is spent on what a question says it was spent on.

A money question often names the purpose of the money by an activity word before its spend verb or money noun
(体检式评估花了多少钱, 消防宣传花了多少钱, 安全培训经费多少). An article that gives one sum for another purpose
(企业累计投入改造资金2.36亿元, 投入改造资金2.35亿元) does not answer it: the money is of the asked place and topic,
but not for the asked activity. A fund that names its own use in the figure's clause (改造资金) must be of an asked
purpose word; otherwise the figure's paragraph up to it (its sentence may say 该机制 for what the paragraph named)
or its article's title, which frames every sentence, must say one (a domain form of it is found by ``match``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nouns import tagged
from ..units import MEASURE_NOUNS
from .compound_fund import compound_action, compound_purposes
from .match import match
from .measure import QUALIFIER_WORDS
from .money_stage import ALLOT_VERBS, PAYOUT_VERBS
from .steps import STEPS

# Verbs of paying, allotting or counting money (花了, 投入, 安排, 下达, 兑现): they say the money moved, not what for.
_MONEY_VERBS = frozenset(STEPS["spend"]) | frozenset(STEPS["reward"]) | frozenset(ALLOT_VERBS + PAYOUT_VERBS) \
    | frozenset(
    "花 花费 投 发 给 拿 拨 筹集 争取 落实 用于 使用 统筹 累计 共计 合计 达到 完成 "
    "总共 一共 计划 预计 拟 已经".split()) | {  # colloquial forms of putting money up (拿出多少钱, 掏了多少, 下拨)
    "拿出", "掏", "掏出", "出钱", "下拨", "拨出"}
_MONEY_NOUNS = frozenset(MEASURE_NOUNS["money"]) | {"奖补", "补", "奖", "款", "资金"}
_ASK_WORDS = ("多少", "几")
# Money taken in (罚款, 罚没款, 处罚金额) is no sum spent on anything.
_FINE_RE = re.compile(r"罚")


def _money_noun(word: str) -> bool:
    return word in _MONEY_NOUNS or any(n in word for n in _MONEY_NOUNS if len(n) > 1)


def _money_word(word: str) -> bool:
    return word in _MONEY_VERBS or _money_noun(word)


@lru_cache(maxsize=4096)
def asked_purposes(question: str) -> tuple[str, ...]:
    """The activity words a money question says the money was for: a verb or verbal noun of two or more
    characters right before its spend verb or money noun (宣传 of 消防宣传花了多少钱, 培训 of 安全培训经费多少),
    not a plan or other qualifier word (打算发多少) nor one of a relative clause on the payee (对考下…的人补多少)."""
    cut = min((i for w in _ASK_WORDS if (i := question.find(w)) >= 0), default=len(question))
    if _FINE_RE.search(question):
        return ()
    words = [(w, f) for w, f, *_ in tagged(question[:cut]) if w.strip() and w not in ("的", "了")]
    out = []
    for i, ((word, flag), (after, _)) in enumerate(zip(words, words[1:])):
        if (flag in ("v", "vn") or compound_action(words, i, _money_word)) and len(word) > 1 and not _money_word(word) \
                and word not in QUALIFIER_WORDS and _money_word(after):  # 报告/n of 隐患报告奖励: compound_fund.py
            out.append(word)
    if cut < len(question) and words and _money_word(question[cut:].lstrip("多少几个万亿元")[:2]):
        word, flag = words[-1]  # 安全培训多少钱 / 宣传花了多少钱: the money word after the question word
        if flag in ("v", "vn") and len(word) > 1 and not _money_word(word) and word not in QUALIFIER_WORDS:
            out.append(word)
    return tuple(dict.fromkeys(out))


_FUND_NOUNS = ("资金", "经费", "补助", "补贴", "奖励", "投资")


def own_purpose(clause: str) -> str:
    """The use a money figure's clause names on its fund (企业累计投入改造资金2.36亿元 → 改造, 智慧工地建设补助资金
    800万元 → 建设): the activity word right before its fund noun, or ""."""
    words = [(w, f) for w, f, *_ in tagged(clause) if w.strip()]
    for i, (word, _) in enumerate(words):
        if i and word.startswith(_FUND_NOUNS):
            j = i - 1
            while j >= 0 and _money_noun(words[j][0]):
                j -= 1  # 建设补助资金: 补助 is money too, the use is before it
            if j >= 0 and words[j][1] in ("v", "vn") and len(words[j][0]) > 1 and words[j][0] not in _MONEY_VERBS:
                return words[j][0]
    return ""


def purpose_unsaid(unit_class: str, question: str, context: str, title: str, clause: str) -> bool:
    """Whether a money figure is for another use than the question names: its clause names its fund's use and the
    question's purpose words are not in that clause (体检式评估花了多少钱 vs 企业累计投入改造资金2.36亿元), or no
    purpose word is in ``context`` (the figure's paragraph up to it) or its article's title (消防宣传花了多少钱 vs
    投入资金…)."""
    if "money" not in unit_class.split("|"):
        return False
    purposes = asked_purposes(question)
    if not purposes:
        return False
    if own_purpose(clause) and not set(purposes) <= compound_purposes(question, _money_word):  # compound_fund.py
        return not any(match(p, clause) for p in purposes)
    # Otherwise refused only when no purpose word is said: a question may name its purpose in more words.
    return not any(match(p, context) or match(p, title) for p in purposes)
