"""The body a 家 count asks, when a predicate follows it: 多少家生产经营单位报告风险 counts 生产经营单位, which
报告风险 (reported risks) says what they did. 家 and 户 count bodies (企业, 单位, 机构, 场所 …), never risks,
mechanisms or hazards; so in the noun run after the question word, a body noun followed by words whose head is
no body is the counted thing, and the words after it are its predicate, which the tagger read on as nouns
(报告 is tagged n) or as a compound's inner verb (单位上报风险). A run that ends in a body (危化品经营企业) or holds
none (九小场所 aside: 小场所 ends in 场所) is left whole."""

from __future__ import annotations

from functools import lru_cache

from ..nouns import tagged
from . import lexicon as lx

_BODY_CLASSIFIERS = frozenset("家户")
_BODY_HEADS = tuple(sorted(set(lx.HYPERNYMS["单位"]) | {"企业", "单位", "主体", "商户", "门店"}, key=len, reverse=True))


def _is_body(word: str) -> bool:
    return word.endswith(_BODY_HEADS)


@lru_cache(maxsize=4096)
def body_subject(phrase: str, unit: str) -> str:
    """``phrase`` cut after its last body noun when ``unit`` counts bodies and the phrase's last word is no body;
    else ``phrase`` unchanged."""
    if unit not in _BODY_CLASSIFIERS or not phrase:
        return phrase
    words = [(w, end) for w, _, _, end in tagged(phrase) if w.strip()]
    if len(words) < 2 or _is_body(words[-1][0]):
        return phrase
    for word, end in reversed(words[:-1]):
        if _is_body(word):
            return phrase[:end]
    return phrase
