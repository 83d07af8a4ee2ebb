"""A question that names its whole by the text's own figure and asks a part of it (宿迁343家企业里头其中化工企业有几家,
南通排查的31933家企业中化工生产企业几家): the part is given only where the text splits that whole, i.e. in the
sentence that states the quoted figure. A figure of a sentence that does not state it (全市54家化工企业…建立制度 for
the 343家 that 落实奖励机制) counts another group, not a part of the asked whole, so it does not answer.
"""

from __future__ import annotations

import re

# A figure with its classifier, then (within a few characters of its noun) a word pointing into it: 343家企业里头其中,
# 31933家企业中, 36975条隐患，其中, and a bare 里 after the noun (343家企业里化工企业占几家; not 公里, 镇里 names).
_QUOTED_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*[家个条人名项起处件所座]"
    r"[\u4e00-\u9fff]{0,8}?[，,\s]*(?:里头|里面|当中|之中|中间|其中|这里面|这当中|(?<![其集])中(?![心国央])|"
    r"(?<=[\u4e00-\u9fff])里(?![程镇村街乡路]))"
)


def quoted_whole_unsaid(question: str, sentence: str) -> bool:
    """Whether the question quotes a figure as a whole it asks into and the figure's sentence does not state it."""
    bare = re.sub(r"\s+", "", sentence)
    for m in _QUOTED_RE.finditer(question):
        if (m.group(1) + (m.group(2) or "")) not in bare:
            return True
    return False
