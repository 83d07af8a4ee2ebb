"""A question that names its whole by the text's own figure and asks a part of it (宿迁343家企业里头其中化工企业有几家,
南通排查的31933家企业中化工生产企业几家): the part is given only where the text splits that whole, i.e. in the
sentence that states the quoted figure, or one that names the whole by its own modified noun (1342家粉尘涉爆企业里
装了火花探测的: 推动420家粉尘涉爆企业安装…). A figure of a sentence that does not state it (全市54家化工企业…建立制度 for
the 343家 that 落实奖励机制) counts another group, not a part of the asked whole, so it does not answer.
"""

from __future__ import annotations

import re

from ..nouns import tagged

# A figure with its classifier, then (within a few characters of its noun) a word pointing into it: 343家企业里头其中,
# 31933家企业中, 716处重点问题里, 36975条隐患，其中, and a bare 里 after the noun (343家企业里化工企业占几家; not
# 公里, nor 里 opening a place name: 镇里, 里程, 里街).
_QUOTED_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*[家个条人名项起处件所座]"
    r"([\u4e00-\u9fff]{0,8}?)[，,\s]*(?:里头|里面|当中|之中|中间|其中|这里面|这当中|(?<![其集])中(?![心国央])|"
    r"(?<=[\u4e00-\u9fff])(?<![公万千百])里(?![程镇村街乡路]))"
)


def quoted_whole_unsaid(question: str, sentence: str, before: str | None = None, noun: str = "") -> bool:
    """Whether the question quotes a figure as a whole it asks into and the figure's sentence does not state it.
    ``noun``: the noun the figure counts, else ``before``: the words before it (its column header and its sentence
    up to it), whose last noun of the whole's head is what it counts."""
    bare = re.sub(r"\s+", "", sentence)
    for m in _QUOTED_RE.finditer(question):
        # a sentence naming the whole by its modified noun (推动420家粉尘涉爆企业安装… for 1342家粉尘涉爆企业里)
        # or leaving it unnamed (已赋码1.16万家 for 1.2万家九小场所里) still speaks of it; one that names another
        # kind of its head (突出问题 for 716处重点问题, 化工企业 for 343家企业) counts another group
        if (m.group(1) + (m.group(2) or "")) not in bare and not (len(m.group(3)) > 2 and m.group(3) in bare) \
                and _other_kind(m.group(3), bare if before is None else re.sub(r"\s+", "", before), noun):
            return True
    return False


# The words that name a kind of a head noun (化工 of 化工企业, 突出 of 突出问题), not a determiner (每家, 各类).
_KIND_FLAGS = ("n", "vn", "v", "a", "b", "nz")


def _other_kind(whole: str, before: str, noun: str = "") -> bool:
    """Whether the figure counts another kind than ``whole``: its own ``noun`` is not of the whole's head (its last
    two characters: 21个安委会成员单位 for 716处重点问题) or has another modifier; with no noun, the last head noun
    ``before`` names stands under a modifier word the whole does not say. True when the whole names no noun to
    compare, False when the counted noun is elided (目前已赋码1.16万家)."""
    head = whole[-2:]
    if len(head) < 2:
        return True
    if len(noun) > 1 and noun != head:  # a bare head (问题) is read with the modifier said before it
        return not noun.endswith(head) or noun[:-2] not in whole
    at = before.rfind(head)
    if at < 0:
        return False
    kind = before[max(at - 2, 0):at]
    words = tagged(kind) if re.fullmatch(r"[\u4e00-\u9fff]{2}", kind) else []
    # the head said bare, under a determiner (每家场所) or under the whole's own modifier is the whole
    return len(words) == 1 and words[0][1] in _KIND_FLAGS and kind not in whole
