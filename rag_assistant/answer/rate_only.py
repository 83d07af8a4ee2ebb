"""A count asked under an act the figure's sentence never says, where the sentence before states that act only as a
rate (盐城渔船参保了多少艘: 全市渔船渔业互助保险参保率达 96.3%。…惠及渔船 1176 艘): the act's count is not given,
only another measure of it, and the next sentence's count of the same noun (惠及渔船, a subsidy's) is of another
act. The sentence before lends its words to a figure's coverage (judge.score_part), which let the rate's verb place
the neighbour's count. Read only for a count question's own act (unlisted_act.py: a verb the step table lacks).
"""

from __future__ import annotations

import re

from .unlisted_act import unlisted_act

# The act named as a rate or share: 参保率, 覆盖率, 安装比例.
_RATE_AFTER = r"\s*(?:率|比例|比率|占比)"


def act_only_as_rate(question: str, sentence: str, previous: str) -> bool:
    """Whether the question's act is said not in ``sentence`` but, in ``previous``, only as a rate (参保率达96.3%)."""
    act = unlisted_act(question)
    if not act or act in sentence or act not in previous:
        return False
    return all(re.match(_RATE_AFTER, previous[m.end():]) for m in re.finditer(re.escape(act), previous))
