"""Kind-of-place nouns the segmenter takes for names (养老院, 幼儿园) name a topic, not a body.

The segmenter tags some unlisted three-character nouns as a person's name, so a question that opens with one
(养老院消防有啥做法) was read as asking about a named body and refused when no briefing prints the word
(an absence of 养老院 claimed), although the briefings treat 养老机构 and 敬老院 at length. A word that ends in the
character heading a kind of institution or site (院 园 所 站 馆 校 厂 场 店 库) and whose modifier the briefings
say (养老 of 养老机构) is read as that kind of place: a topic word like any other. One whose modifier no briefing
says (幼儿园) is still a thing the briefings never name, and is refused as before.
"""

from __future__ import annotations

# Head characters of institution and site nouns (医院, 幼儿园, 派出所, 加油站, 体育馆, 学校, 工厂, 市场, 商店, 仓库).
_SITE_HEADS = frozenset("院园所站馆校厂场店库")


def kind_of_place(word: str, corpus: str) -> bool:
    """Whether ``word`` names a kind of place whose modifier ``corpus`` (every briefing's text) says."""
    return len(word) >= 3 and word[-1] in _SITE_HEADS and word[:-1] in corpus
