"""A count of units that counts their heads: 47家企业主要负责人 counts people.

A briefing counts the heads of firms or bodies by the firms (对47家企业主要负责人进行约谈, 组织182家船舶修造企业主要负责人
签订安全承诺书): the classifier is 家, a count of units, but what the figure counts is one person per unit, the noun
phrase right after it ending in a person's role. A question asking how many such people (约谈的企业负责人有多少,
约谈了几个企业负责人) is answered by that figure, which a class check of 家 against 人 would refuse.
"""

from __future__ import annotations

import re

from ..numbers import Figure

# Units counted by 家/个/所 whose heads are people, and the role that heads them, in the figure's own noun phrase.
_HEADS_AFTER_RE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}?)(?:主要负责人|负责人|法定代表人|法人代表|董事长|总经理|厂长|校长|院长)")
_UNIT_CLASSIFIERS = frozenset("家 个 所".split())


def heads_fit(part, f: Figure, sentence: str) -> float:
    """1 when people are asked (part.unit_class people, the asked noun a person's role) and ``f`` counts units
    (家/个/所) whose noun phrase right after it ends in that role; 0 otherwise."""
    if part.unit_class != "people" or f.unit not in _UNIT_CLASSIFIERS:
        return 0.0
    m = _HEADS_AFTER_RE.match(sentence, f.end)
    return 1.0 if m and m.group(0).strip()[-2:] in (part.measure or part.text) else 0.0
