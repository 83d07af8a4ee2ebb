"""Where a run of question words is split into the nouns joined by a conjunction: only at a conjunction the
tokenizer reads as a word by itself.

The conjunction characters 和/与/及/跟 also end or open ordinary words (惠及, 涉及, 波及, 危及, 普及; 参与, 给与; 总和,
缓和; 跟进): 盐城补贴惠及的渔船有几艘 asks one count of 渔船, and split at the 及 of 惠及 it lost its classifier and
was answered with the subsidy's 万元. 化工企业和危化品企业 and 重点企业及场所 still split at their own 和/及.
"""

from __future__ import annotations

from ..nouns import tagged

# The conjunctions that join two nouns of a question (以及 is one word; 、 is punctuation and always joins).
CONJUNCTION_WORDS = frozenset({"和", "与", "及", "以及", "跟"})


def split_conjoined(run: str, words: frozenset[str] = CONJUNCTION_WORDS) -> list[str]:
    """``run`` split at each of ``words`` the tokenizer reads as a word by itself (and at 、 when asked), the
    pieces kept as they are (empty ones too, as ``re.split`` does)."""
    out, start = [], 0
    for word, flag, at, end in tagged(run):
        if word in words:
            out.append(run[start:at])
            start = end
        elif flag in _NAME_FLAGS and word[-1] in words and word[-1] in _plain_words(run, at, end):
            # 露天矿山和地下矿山: the tagger glues 和 to 山 as a name (山和); the plain cut reads it alone
            out.append(run[start:end - 1])
            start = end
        elif flag in _NAME_FLAGS and (inner := _inner_conjunction(run, word, at, end, words)) is not None:
            # 古里镇和支塘镇: the tagger reads 镇和支塘镇 as one name; the plain cut reads 和 alone inside it
            out.append(run[start:inner])
            start = inner + 1
    out.append(run[start:])
    return out


# The tagger's proper-name flags: a conjunction glued into one is a misread name, not a word like 惠及 or 参与.
_NAME_FLAGS = frozenset({"ns", "nr", "nrt", "nz"})


def _inner_conjunction(run: str, word: str, at: int, end: int, words: frozenset[str]) -> int | None:
    """Where in ``run`` a one-character conjunction inside the name ``word`` (not at its ends) stands as a word by
    itself in the plain cut, or None."""
    import jieba

    pos = 0
    for w in jieba.cut(run):
        if at < pos < end - 1 and w in words and len(w) == 1:
            return pos
        pos += len(w)
    return None


def _plain_words(run: str, at: int, end: int) -> frozenset[str]:
    """The words the plain segmenter reads by themselves inside ``run[at:end]``."""
    import jieba

    out, pos = set(), 0
    for w in jieba.cut(run):
        if at <= pos and pos + len(w) <= end:
            out.add(w)
        pos += len(w)
    return frozenset(out)
