"""A grade asked of a qualification or a level (二级消防工程师, 初级注安师, 三级标准化企业) that a figure's
sentence gives for another grade of the same thing only (对考取中级注安师和一级消防工程师人员一次性补助4000元):
the figure is the other grade's, and the asked grade's figure is not given.

Grades are a closed lexical class: 一级…四级, 初级/中级/高级, 特级, 甲级/乙级/丙级, before the thing they grade.
"""

from __future__ import annotations

import re

from .post_grade import fronted_grade

_GRADE = r"(?:[一二三四]|初|中|高|特|甲|乙|丙)级"
# A grade before the thing it grades (二级消防工程师): the grade and the thing's first two characters.
_GRADED_RE = re.compile(rf"({_GRADE})([\u4e00-\u9fff]{{2}})")


def other_grade(question: str, text: str) -> bool:
    """Whether ``question`` asks a grade of a thing (二级消防工程师) that ``text`` grades only otherwise (一级消防
    工程师): the thing is said with a grade in ``text``, never with the asked one."""
    for m in _GRADED_RE.finditer(question):
        grade, thing = m.groups()
        graded = {g for g in re.findall(rf"({_GRADE}){re.escape(thing)}", text)}
        if graded and grade not in graded:
            return True
    return False


# Severity grades of risks, hazards and accidents (重大风险点, 较大以上风险, 一般隐患, 重大事故隐患): another closed
# class, said before the thing it grades, with an optional 以上 (较大以上 is read as 较大) and 事故 before 隐患.
_SEVERITY_RE = re.compile(r"(特别重大|重大|较大|一般)(?:及?以上)?(?:事故(?=隐患))?([\u4e00-\u9fff]{2})")


def _severities(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _SEVERITY_RE.finditer(re.sub(r"\s+", "", text))]


def other_severity(question: str, text: str) -> bool:
    """Whether ``question`` asks a severity grade of a thing (一般风险点, 一般隐患) that ``text`` grades only
    otherwise (累计辨识较大以上风险点1.42万个，其中重大风险点216个): neither figure is the asked grade's."""
    said = _severities(text)
    for grade, thing in _severities(question):
        graded = {g for g, t in said if t == thing}
        if graded and grade not in graded:
            return True
    return False


def grade_unsaid(question: str, text: str) -> bool:
    """Whether ``question`` asks one grade of a thing (一级重大危险源) that ``text`` counts with no grade at all (涉及
    重大危险源124处): the figure counts every grade together, and the asked grade's share is not given. A grade
    word of any form close before the thing (Ⅰ级应急响应, 三级联动) leaves the figure to the other checks."""
    flat = re.sub(r"\s+", "", text)
    for m in _GRADED_RE.finditer(question):
        thing = m.group(2)
        at = [i.start() for i in re.finditer(re.escape(thing), flat)]
        if at and not any("级" in flat[max(i - 4, 0):i] for i in at):
            return True
    return False


# The things a severity grades (重大隐患, 较大风险, 重大事故, 重大危险源): the question's severity is read before one of
# them only, so that 一般 of 一般多少天 (usually) is no grade.
_GRADED_THINGS = ("隐患", "风险", "事故", "危险", "火灾", "险情")
_ASKED_SEVERITY_RE = re.compile(rf"(?:特别重大|重大|较大)(?:及?以上)?(?:事故(?=隐患))?(?:{'|'.join(_GRADED_THINGS)})")
_SAID_SEVERITY_RE = re.compile(r"特别重大|重大|较大|一般")


def severity_unsaid(question: str, text: str, *more: str) -> bool:
    """Whether ``question`` asks a severity grade of a thing (无锡巡察发现的问题中重大隐患有多少个) that ``text``
    (the figure's sentence, with its title and header) counts with no severity at all (通报行业领域突出问题 186 个):
    the figure counts things of every grade, and the asked grade's count is not given."""
    if not _ASKED_SEVERITY_RE.search(question):
        return False  # most questions: the texts are not joined
    return not _SAID_SEVERITY_RE.search(re.sub(r"\s+", "", text + "".join(more)))


def grade_unmet(question: str, text: str) -> bool:
    """Whether a sentence's figures miss the grade the question asks: another grade only, another severity only,
    or the thing with no grade at all."""
    question = fronted_grade(question)  # 危险源里一级的: 一级危险源
    return other_grade(question, text) or other_severity(question, text) or grade_unsaid(question, text)
