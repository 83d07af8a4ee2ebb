"""A verb + object word the tagger reads as a noun, said as the predicate before a body classifier: 九小场所赋码多少家,
企业建档多少家, 起重机械赋码多少台. The classifiers that count bodies, premises or machines (家, 户, 台, 辆, 艘, 座)
never count the object of such an act (码, 档, 案, 证), so a two-character word whose first character is a verb
and second a noun, after a noun and right before the question word, is what was done to the noun before it: the
counted thing is that noun (九小场所, as the text's 已赋码1.16万家 says) and the act is the word (赋码), as with
赋码了多少家, where 了 marks it a verb."""

from __future__ import annotations

from ..nouns import tagged

BODY_UNITS = frozenset("家户台辆艘座")
_NAME_FLAGS = frozenset({"ns", "nr", "nt", "nrt", "nrfg"})


def _verb_object(word: str) -> bool:
    if len(word) != 2:
        return False
    first, second = tagged(word[0]), tagged(word[1])
    return len(first) == 1 and len(second) == 1 and first[0][1] == "v" and second[0][1] == "n"


def verb_object_tail(before: str, unit: str) -> str:
    """The verb + object word ending ``before`` (the text before the question word) when ``unit`` counts bodies
    and a noun precedes the word, else ""."""
    if unit not in BODY_UNITS:
        return ""
    words = [(w, f) for w, f, *_ in tagged(before) if w.strip()]
    # a place before the word (江北新区赋码多少台) is the scope, no noun the act is done to: the count stays the act's
    if len(words) < 2 or not words[-1][1].startswith("n") or not words[-2][1].startswith("n") or \
            words[-2][1] in _NAME_FLAGS:
        return ""
    return words[-1][0] if _verb_object(words[-1][0]) else ""
