"""A town or township name (庙头镇, 颜集镇, XX乡, XX街道) opening a noun phrase of a question.

The gazetteer knows Jiangsu's cities, counties and districts, not its towns, so in 庙头镇排查隐患多少处 the counted
noun was read as the whole run 庙头镇排查隐患: the town was no scope word, and a later part asked of the same town
(…和已整改分别多少处) borrowed nothing from the first and was answered from another article. A name of two or
three characters followed by 镇/乡/街道 and then a noun is a place that scopes the figure, as a county name does.
"""

from __future__ import annotations

import re

# The name may not itself hold a settlement word: 城镇燃气, 重点乡镇, 村镇 are nouns, not towns.
_TOWN_RE = re.compile(r"^[^\W\d城乡镇村街区县市省]{2,3}(?:镇|乡|街道)(?![镇乡村区])")


def without_town_edge(phrase: str) -> str:
    """``phrase`` without a town name opening it, when at least two characters remain; the phrase otherwise."""
    m = _TOWN_RE.match(phrase)
    return phrase[m.end():] if m and len(phrase) - m.end() >= 2 else phrase
