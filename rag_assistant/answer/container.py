"""A noun that holds the asked noun and one more character naming where or in what group those things are
(储罐区 of 储罐, 仓储物流园区 of 仓储, 风电场 of 风电) names another thing: a count of tank farms is no count of tanks.
counted.counts_measure lets a figure's noun answer when it holds the asked head; this says when that holding is
only the container's.

The other way round holds too: a figure whose noun is the contents (储罐1460座) is no count of the asked container
(储罐区有几个): the asked head is the figure's noun plus a container suffix.

The container characters are a closed lexical class (an area, park, site, station, depot, cluster or belt); a head
that itself ends with one (工业园 → 工业园区, 加油站) is one thing with or without the suffix.
"""

from __future__ import annotations

from ..nouns import head_noun

# The closed class of one-character suffixes that make a noun name a container of things: 区 area, 园 park,
# 场 site/field, 站 station, 库 depot, 群 cluster, 带 belt.
CONTAINER_SUFFIXES = frozenset("区园场站库群带")


def only_in_container(head: str, noun: str) -> bool:
    """Whether every mention of ``head`` in ``noun`` is followed by a container suffix (液体化工储罐区 for 储罐),
    so ``noun`` names where the asked things are, not the things; false when ``head`` ends with such a suffix."""
    if len(head) < 2 or head[-1] in CONTAINER_SUFFIXES or head not in noun:
        return False
    at, ends = noun.find(head), []
    while at >= 0:
        ends.append(at + len(head))
        at = noun.find(head, at + 1)
    return all(end < len(noun) and noun[end] in CONTAINER_SUFFIXES for end in ends)


def names_contents(head: str, noun: str) -> bool:
    """Whether a figure's noun is the bare contents of the asked container (储罐 for 储罐区, 危废 for 危废库): the
    asked head is a two-character-or-longer stem plus a container suffix, the noun ends with that stem and never
    says the container. A stem that itself ends with a suffix (工业园 of 工业园区) is one thing either way, and a
    noun that adds its own class character (加油点 for 加油站) is left to the other readings."""
    if len(head) < 3 or head[-1] not in CONTAINER_SUFFIXES or head[-2] in CONTAINER_SUFFIXES:
        return False
    stem = head[:-1]
    return noun.endswith(stem) and head not in noun


def names_container(measure: str, noun: str) -> bool:
    """Whether a figure's own noun names a container of the asked things (液体化工储罐区23个 for 储罐有多少个;
    电商仓储物流园区46个 for 仓储点有多少个, whose class character 点 it lacks), which the asked noun phrase does
    not itself name (储罐区有几个 asks the container)."""
    head = head_noun(measure) if measure else ""
    if names_contents(head, noun):
        return True  # 储罐区有几个 is not answered by 储罐1460座: the tanks, not the tank farms
    if len(head) < 2 or len(noun) < 2 or head[-1] in CONTAINER_SUFFIXES:
        return False
    # 电商仓储物流园区 for 仓储点: a container noun that shares the asked words but not the head's class character
    # (a longer compound: 加油站 for 加油点, 景区 for 景点 are one thing named two ways, not its container)
    other = noun[-1] in CONTAINER_SUFFIXES and head[-1] not in noun and len(noun) >= len(head) + 2
    return (other or only_in_container(head, noun)) and not only_in_container(head, measure)
