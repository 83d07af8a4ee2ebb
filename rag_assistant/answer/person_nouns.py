"""The words that end a noun naming persons, one table for every step that asks whether a thing counted is people.

A measure headed by such a noun is asked in 人 without a unit word (网格员多少, 嫌疑人几个), and an elliptic ask
(X呢) that names one borrows the question's people unit (安全员呢), while one naming a thing does not (巡查单元呢).
"""

from __future__ import annotations

# Endings of a noun naming a person (巡查员, 嫌疑人, 作业者, 班组长, 注安师, 渔民) and whole person nouns whose last
# character alone names no person (专家, 干部, 骨干, 职工, 群众).
PERSON_ENDS = ("人", "员", "者", "长", "师", "民", "专家", "干部", "骨干", "职工", "群众", "学员", "队员")
# Endings of a group of persons or of a broader person word, read where the head of a short phrase is judged
# (elliptic asks): 工 (员工, 农民工), 家 (专家, 企业家), 代表, 民警, 游客, 学生, 力量, 队伍.
GROUP_ENDS = ("工", "家", "代表", "民警", "游客", "学生", "力量", "队伍")
# The endings read inside a question's running text, followed by what may come after a counted noun: not 长, which
# ends verbs there too (增长多少).
IN_TEXT_ENDS = tuple(end for end in PERSON_ENDS if end != "长")


def alternation(ends: tuple[str, ...]) -> str:
    """A regex alternation of ``ends``, longer words first."""
    return "|".join(sorted(ends, key=len, reverse=True))
