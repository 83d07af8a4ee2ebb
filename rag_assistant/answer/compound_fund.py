"""The action word inside a compound noun that names a fund (隐患报告奖励, 实验室降级奖励).

A money question may name its fund by an object noun followed by the action the money pays for, the whole compound
before the fund noun: 隐患报告 + 奖励 is a reward for reporting hidden dangers. jieba tags such an action word as a
plain noun inside the compound (报告/n, 降级/n), so the verb-tag reading of ``purpose.asked_purposes`` misses it,
and a reward for another action of the same place (启东's 对主动整改并降级的实验室给予奖励 for 南通隐患报告奖励) is
taken for the asked one. This reads the shape, not a list: a noun of two or more characters right before the money
word whose own preceding word is a common noun or verbal noun (the object of the action), the fund then being what
the question predicates of (…奖励已发放多少); a place name or a lone modifier before a fund (南通专项资金) is no such
compound, nor a payer before a money verb asked last (保费财政补贴多少).
"""

from __future__ import annotations

from ..nouns import tagged

# Tags of the object noun before the action word: common and verbal nouns, not place or person names (ns/nr/nz).
_OBJECT_TAGS = ("n", "vn")
# Tags of the word after the fund that predicates of it: an adverb (已), a verb (拟, 累计, 发放).
_PREDICATE_TAGS = ("d", "v")


def compound_action(words: list[tuple[str, str]], i: int, money_word) -> bool:
    """Whether ``words[i]`` (word, tag) is the noun-tagged action word of an object + action compound before the
    money word at ``words[i + 1]`` (报告 of 隐患报告奖励): tagged n, two or more characters, after an object noun."""
    word, flag = words[i]
    # The fund itself must be tagged a noun (奖励/vn; 保费/v of 安责险保费财政补贴多少 is not, and 安责险 names the
    # insurance paid for, no action), and one the question goes on to predicate of by an adverb, a verb or a money
    # noun (奖励已发放多少, 奖励累计发了多少, 奖励金额多少).
    return flag == "n" and len(word) > 1 and i > 0 and words[i - 1][1] in _OBJECT_TAGS and i + 2 < len(words) \
        and words[i + 1][1] in _OBJECT_TAGS \
        and (words[i + 2][1] in _PREDICATE_TAGS or money_word(words[i + 2][0]))


def compound_purposes(question: str, money_word) -> frozenset[str]:
    """The noun-tagged action words of ``question``'s compound fund names (报告 of 南通隐患报告奖励已发放多少).

    Such a word names the kind of fund, which an article names once in its paragraph and whose figure's clause then
    says only how it was paid (累计实施奖励金额约3000万元): its paragraph or title, not that clause, must say it."""

    cut = min((i for w in ("多少", "几") if (i := question.find(w)) >= 0), default=len(question))
    words = [(w, f) for w, f, *_ in tagged(question[:cut]) if w.strip() and w not in ("的", "了")]
    return frozenset(w for i, (w, _) in enumerate(words[:-1])
                     if compound_action(words, i, money_word) and money_word(words[i + 1][0]))
