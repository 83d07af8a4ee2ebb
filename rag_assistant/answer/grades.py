"""A grade asked of a qualification or a level (二级消防工程师, 初级注安师, 三级标准化企业) that a figure's
sentence gives for another grade of the same thing only (对考取中级注安师和一级消防工程师人员一次性补助4000元):
the figure is the other grade's, and the asked grade's figure is not given.

Grades are a closed lexical class: 一级…四级, 初级/中级/高级, 特级, 甲级/乙级/丙级, before the thing they grade.
"""

from __future__ import annotations

import re

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
