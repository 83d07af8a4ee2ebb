"""A counted thing the question restricts by a modifier before its noun (设有研发实验室的生物医药企业, 露天的非煤矿山,
用作经营的农村自建房): when one sentence gives the whole and, in another figure's words, the restricted subset
(现有生物医药企业152家，其中设有研发实验室的98家), the figure whose words do not say the restriction counts the whole.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import names_place, tagged
from ..numbers import Figure
from .locative_part import part_after_locative
from .window import figure_window

# The modifier runs from the last punctuation before the asked noun to the 的 that closes it, with at most a few
# characters (the rest of the noun phrase, 涉氨制冷) between that 的 and the asked noun.
_MODIFIER_RE = re.compile(r"([^，,。？?！!、；;\s]{1,12}?)的[\u4e00-\u9fff]{0,8}$")
# Words that point or refer rather than restrict (那个, 这些), numbers and places say no kind of thing.
_NOT_RESTRICTING = ("r", "m", "q", "uj", "x", "p", "c", "d")


def restriction_words(part_text: str, measure: str) -> tuple[str, ...]:
    """The content words of the modifier before the asked noun (用作经营的农村自建房 → 用作, 经营), or ()."""
    part_text = part_after_locative(part_text)  # 排查的企业中化工企业: 排查的 restricts the whole (locative_part.py)
    at = part_text.find(measure) if measure else -1
    if at < 0 or not (m := _MODIFIER_RE.search(part_text[:at])):
        return ()
    return tuple(w for w, flag, *_ in tagged(m.group(1))
                 if len(w) > 1 and not flag.startswith(_NOT_RESTRICTING) and not names_place(w, flag))


def restricted_elsewhere(part_text: str, measure: str, own: str, sentence: str, f: Figure,
                         figures: Sequence[Figure]) -> bool:
    """Whether the figure's words (its clause, and the whole a 其中 clause is part of: 累计辨识…1.42万个，其中重大风险点
    216个) lack the question's restriction while another figure of the sentence, in the same unit, is said with all
    of it (其中用作经营的自建房四千三百余户 beside 共有农村自建房二十一万余户): the figure counts the whole. A figure in
    another unit counts another thing (摸排小场所10.47万余家 beside 整改问题隐患41024条 for 小场所的问题隐患)."""
    words = restriction_words(part_text, measure)
    if not words or all(w in own for w in words):
        return False
    return any(all(w in sentence[slice(*figure_window(sentence, g, figures))] for w in words)
               for g in figures if g is not f and g.unit == f.unit)
