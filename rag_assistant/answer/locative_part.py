"""A question that names a whole and then, after a locative, the part it asks (抓获嫌疑人中刑拘了几个, 排查的企业中
化工生产企业识别出多少家, 抓获的8名嫌疑人中有几个被刑拘): the part's own words (刑拘; 化工, 生产) come after the
locative, the whole's (抓获, 嫌疑人; 排查, 企业) before it, so the words before the locative restrict the whole, not
the asked part, and a whole of other things (13个镇街) bounds no count of the part.
Locatives that take a part (里, 中, 当中, 里面, 之中) are a closed class; 其中 as the opening of a later part is
read by subset_whole.py, and 中 inside a word (中小, 集中, 其中, 高中, 中心) is no locative.
"""

from __future__ import annotations

import re
from ..nouns import counted_noun, head_noun, noun_run
from ..numbers import Figure
from . import lexicon as lx

# WHOLE + locative + PART; the whole holds at least two characters and no clause break.
_SPLIT_RE = re.compile(r"(?:^|(?<=[，,；;：:]))(?P<whole>[^，,。；;：:？?]{2,}?)"
                       r"(?:里面|里头|当中|之中|中间|(?<=[\u4e00-\u9fff\d])里(?![程面头镇村街乡路])|"
                       r"(?<![其集高初空途期涂心])中(?![心国央介型层小大等级华共外午]))"
                       r"(?P<part>[^，,。；;？?]+)[？?。！!\s]*$")


def part_after_locative(question: str) -> str:
    """The words after the locative when the question names a whole and then its asked part (排查的企业中化工生产
    企业识别出多少家 → 化工生产企业识别出多少家: 排查的 restricts the whole, not the asked 企业); else the question."""
    m = _SPLIT_RE.search(question)
    return m.group("part") if m and lx.ASK_RE.search(m.group("part")) else question


_LOCATIVE_AFTER_RE = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:里面|里头|当中|之中|中间|里|中)")


def whole_of_other_things(question: str, whole: Figure) -> bool:
    """Whether a figure the question states as a whole (13个镇街里, 548家危化品企业里) holds things of another kind
    than the asked noun after the locative (工业巡查单元一共多少个): the asked things are not part of its count, so
    a larger figure of them (268个) does not exceed it. 生产企业 of 548家危化品企业 shares its head: same kind."""
    m = _LOCATIVE_AFTER_RE.match(question[whole.end:])
    if not m:
        return False
    rest = question[whole.end + m.end():]
    ask = lx.ASK_RE.search(rest)
    if not ask:
        return False
    asked = noun_run(rest[:ask.start()]) or noun_run(rest[ask.end():])  # the noun right after the locative
    held = counted_noun(question, whole.start, whole.end)
    if not asked or not held:
        return False
    return head_noun(asked) not in held and head_noun(held) not in asked
