"""Which of a place's articles an open question about one aspect keeps (南通在发动群众报告隐患上怎么做的).

targets.target_entries keeps every article of the asked place that scores near the best one. Two properties of
the question are lost in that score:

- a coined name the question repeats from a title (连云港“五个一”机制, 泰州“四个到位”): the segmenter reads 五个 as
  a count, so only 机制 is left and an article that merely says 机制 scores close. The quoted name is a topic word.
- an aspect is a phrase (报告隐患, 群众报告): the article about it says two or more of its words in one sentence (四是
  激发隐患报告内生动力) or in its title, while an article that says each word in passing, one per sentence
  (保护群众生命 here, 风险报告系统 there), does not treat it, however much its words add up to; an article
  saying only the domain's common words (隐患, 排查) apart is still kept.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..text import sentence_spans
from .library import Entry
from .match import Weights, match

# A word nearly every article says (安全) is no word of an aspect.
_ASPECT_IDF = 0.5
# A word fewer than about one article in seven says (群众, 报告; not 隐患 0.9, 排查 1.4, 治理 1.6).
_DISTINCTIVE_IDF = 2.0
_QUOTED_RE = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]")


def named_coinages(pool: Sequence[Entry], question: str) -> tuple[str, ...]:
    """The quoted names of the pool's titles (五个一, 四个到位) that the question says, with or without quotes."""
    bare = re.sub(r"[“”\"「」‘’'\s]", "", question)
    names = {m.group(1) for e in pool for m in _QUOTED_RE.finditer(e.title)}
    return tuple(sorted(n for n in names if n in bare))


def words_together(entry: Entry, terms: Sequence[str], weights: Weights) -> int:
    """The most of the question's informative words one sentence of the article says with its title; a word
    inside another said word (群众 of 发动群众) is not counted again."""
    words = [t for t in dict.fromkeys(terms) if len(t) > 1 and weights.of(t) >= _ASPECT_IDF]
    text = entry.article.text
    titled = [t for t in words if match(t, entry.title.lower())]  # the title frames every sentence (隐患整治)
    best = 0
    for x in (entry.title, *(text[a:b] for a, b in sentence_spans(text))):
        said = [t for t in words if t in titled or match(t, x.lower())]
        best = max(best, sum(not any(t != u and t in u for u in said) for t in said))
    return best


def treats_aspect(entry: Entry, best: Entry, terms: Sequence[str], weights: Weights) -> bool:
    """Whether ``entry`` is about the asked aspect as well as ``best`` (the place's best article) is: when the
    best says two or more of the asked words together, an article saying at most one in any sentence is not."""
    if entry is best or words_together(best, terms, weights) < 2 or words_together(entry, terms, weights) >= 2:
        return True
    # A domain word most articles say (隐患, 排查) relates an article to the aspect wherever it stands; only a
    # distinctive word said in passing (群众 of 保护群众生命) is a coincidence of wording.
    text = (entry.title + entry.article.text).lower()
    return not any(weights.of(t) >= _DISTINCTIVE_IDF and match(t, text) for t in terms if len(t) > 1)
