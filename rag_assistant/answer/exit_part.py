"""A count of things that left a set (去年已清退服务机构2家, 淘汰燃气窑炉40台, 关停取缔…“厂中厂”63家, 注销许可证
8张) counts those removed, closed or retired, not how many of the things there are or were taken in.

海门区托管服务机构几家 was answered 2家 (清退服务机构2家): its noun stands right before the figure, while the
organisations the district took in (遴选12家第三方服务机构) are named after theirs, so the removed part outranked
the set. A clause whose words before the figure say an exit verb (a closed class: ``EXIT_VERBS``) that the
question does not say ranks below (``EXIT_FIT``); a question saying the verb (清退了几家, 关停厂中厂多少家, 淘汰的
有几艘) or a one-character form of it with an aspect particle (退了几家, 关了多少家) asks that figure. Only a ranking:
with no other figure of the thing, the exit figure still answers.
"""

from __future__ import annotations

import re

# Verbs that take things out of a set: removal from a roster, closure, retirement, revocation.
EXIT_VERBS = ("清退", "淘汰", "关停", "关闭", "取缔", "注销", "吊销", "撤销", "退出", "报废", "拆除", "停产", "停业", "停用")
EXIT_FIT = 0.7
_ASPECT = "了掉过的"


def _asked(question: str, verb: str) -> bool:
    """Whether ``question`` says ``verb`` or a one-character form of it before an aspect particle (退了, 关掉)."""
    return verb in question or any(re.search(f"{re.escape(c)}[{_ASPECT}]", question) for c in verb)


def exit_fit(question: str, clause_before: str) -> float:
    """``EXIT_FIT`` when the words of the figure's clause before it (``clause_before``) say an exit verb the
    question does not; 1 otherwise."""
    said = [v for v in EXIT_VERBS if v in clause_before]
    return EXIT_FIT if said and not any(_asked(question, v) for v in said) else 1.0
