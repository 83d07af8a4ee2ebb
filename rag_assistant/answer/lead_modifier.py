"""A noun a sentence says bare because its point's lead names it in full (一是编制责任清单，…。全市已有5870家企业完成
清单编制，覆盖率95.9%): the bare 清单 is the lead's 责任清单. A question naming the same head with another modifier
(风险清单编制了多少家, 风险清单覆盖率多少) asks another thing of the article, which this figure does not count.

Reads the question's words, the sentence up to the figure, the point's lead and the title: the asked modifier
(风险 of 风险清单) must be said in none of them, and the lead must put another modifier before the same head.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged


def _noun(word: str) -> bool:
    """Whether ``word`` is a noun or a distinguishing word (风险, 清单), no verb (完成 of 完成责任清单)."""
    return all(flag.startswith(("n", "b")) for _, flag, *_ in tagged(word))


def other_lead_modifier(question: str, terms: Sequence[str], said: str, lead: str, title: str) -> bool:
    """Whether an asked head noun said bare in ``said`` (the sentence up to the figure) is, by the point's ``lead``,
    the head of another compound than the question's (责任清单 for 风险清单)."""
    if not lead:
        return False
    for head in (t for t in terms if len(t) > 1 and t in said and t in question):
        before = question[:question.find(head)]
        modifier = next((t for t in terms if len(t) > 1 and t != head and before.endswith(t)), "")
        if not modifier or not _noun(modifier) or any(modifier in text for text in (said, lead, title)):
            continue
        # The lead's own compound of the same head: the two characters before it (编制责任清单 → 责任).
        other = re.search(r"([\u4e00-\u9fff]{2})" + re.escape(head), lead)
        if other and other.group(1) != modifier:
            return True
    return False
