"""A sub-group the question asks that the figure's text does not give separately.

Two forms of Chinese question narrow the counted things to a sub-group in words that ``kind_unsaid`` (a modifier
right before the asked noun) does not read:

- an owner joined by 的 (危化企业的重大风险点, 农村地区的隐患): the owner's distinguishing words (危化 of 危化企业)
  are never said in the figure's article, so the figure (其中重大风险点216个 of an article about 工贸企业) counts
  another or a wider group;
- a container with 里/中/当中 and a restriction after it (超高层建筑里红色等级的有多少幢): the figure's words say the
  restriction (286幢红色等级建筑), the article breaks the container out of a whole (其中超高层建筑412幢), but the
  figure's sentence never names the container (超高层), so the figure counts the restricted things of the wider
  whole (all 高层建筑).

Two more readings of the container form: a container said as a coordination (查封的不合格灶具和调压阀中，调压阀有
多少个) whose one conjunct is the restriction, where the figure's clause counts all conjuncts together (查封不合格灶具、
调压阀2915个) and the article never gives the conjunct a figure of its own; and a restriction whose distinguishing
words the article never says at all (安全培训中特种作业人员有多少人次 of an article saying only 安全培训2.6万人次).

Either way the figure does not answer and the answer becomes partial (简报未给出…；关于…，简报提到：…).
"""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places
from ..nouns import tagged
from .domain import said

# Words that end the owner's run before its 的: numbers and measure words, pronouns, adverbs, particles,
# prepositions, conjunctions, locatives, times, punctuation, and verbs (查出的隐患 is a step, not an owner).
_STOP_FLAGS = ("m", "q", "r", "d", "u", "p", "c", "f", "t", "x", "y", "e", "w", "v", "z")
# A container, its locative, then the restricted things, up to the question word (超高层建筑里红色等级的有多少幢).
_CONTAINER_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:里面|里头|里|当中|之中|中)[，,]?"
                           r"([\u4e00-\u9fff]{2,10}?)的?(?:有|占)?(?:多少|几)")


# The words that join the conjuncts of a coordination (灶具和调压阀, 宣传手册、告知书).
_CONJUNCT_SPLIT_RE = re.compile(r"[和与及、]|以及")
# The text before a container's locative, back to the last punctuation (the container's whole noun phrase).
_PHRASE_START_RE = re.compile(r"[^，,。；;：:？?！!\s]*$")


def _content_words(phrase: str) -> list[str]:
    """The phrase's words that name a kind (two characters or more; no place, number or function word)."""
    return [w for w, flag, *_ in tagged(phrase)
            if len(w) > 1 and not flag.startswith(_STOP_FLAGS) and not find_places(w)]


def _owner(part_text: str, measure: str) -> list[str]:
    """The distinguishing words of the owner said with 的 right before the asked noun (无锡危化企业的重大风险点 →
    危化): the owner's words but its head noun (企业), which names the whole it is a kind of; a one-word owner
    (农村的电动自行车 → 农村) is itself the restriction."""
    at = part_text.find(measure) if len(measure) > 1 else -1
    if at <= 1 or part_text[at - 1] != "的":
        return []
    run: list[str] = []
    for word, flag, *_ in reversed(tagged(part_text[:at - 1])):
        if (flag.startswith(_STOP_FLAGS) and flag != "vn") or find_places(word):  # 木材加工企业: 加工 is a kind
            break
        run.insert(0, word)
    return [w for w in (run[:-1] if len(run) > 1 else run) if len(w) > 1]


def _pieces_said(word: str, text: str) -> bool:
    """Whether a word of four characters or more is said in its two-character pieces (发挥作用 in 发挥18个…委员会的
    作用: a relative clause, not a kind; 医药企业 is not, where only 企业 is said)."""
    return len(word) >= 4 and all(word[i:i + 2] in text for i in range(0, len(word) - 1, 2))


def _unsaid(words: list[str], text: str) -> bool:
    text = re.sub(r"\s+", "", text)
    return bool(words) and not any(w in text or said(w, text) or _pieces_said(w, text) for w in words)


def subgroup_unsaid(part_text: str, measure: str, noun: str, sentence: str, previous: str, window: str,
                    article: str) -> bool:
    """Whether the figure counts a wider group than the sub-group the question asks (see the module docstring)."""
    counts = bool(noun) and len(measure) > 1 and (noun.endswith(measure) or measure.endswith(noun))  # 老旧装置 215 套
    if counts and _unsaid(_owner(part_text, measure), article):
        return True
    m = _CONTAINER_RE.search(part_text)
    if not m or not (restriction := _content_words(m.group(2))):
        return False
    if not _locative_word(part_text, m.end(1)):
        return False  # 考出中级注安师: the 中 of 中级 is no locative
    if _conjunct_only(part_text[:m.end(1)], m.group(2), window, article):
        return True
    container = _content_words(m.group(1))
    extra = [w for w in restriction if w not in container and w not in m.group(1)]
    if extra and _unsaid(extra, article) and all(w in window for w in container):
        return True  # 安全培训中特种作业人员: 特种 is said nowhere in the article
    # The restriction must be what the figure's words say, and the container a part the article breaks out of a
    # whole (其中超高层建筑412幢); then the figure's sentence must name the container too. A container that is the
    # article's own subject or scope (危化品企业里…, 整治表里…, 专刊里…) is what its sentences speak of unsaid.
    flat = re.sub(r"\s+", "", article)
    unsaid = [w for w in container if w not in re.sub(r"\s+", "", previous + sentence)]
    return all(w in window for w in restriction) and any(_broken_out(w, flat) for w in unsaid)


def _broken_out(word: str, article: str) -> bool:
    """Whether the article names ``word`` as a part of a whole (其中超高层建筑412幢, 其中盛泽镇8700余家)."""
    return any(word in article[m.end():m.end() + 8] for m in re.finditer("其中", article))


def _locative_word(text: str, at: int) -> bool:
    """Whether the container's locative at ``at`` is a word of its own (超高层建筑里, 培训中), not the first
    character of another word (考出中级注安师, 其中)."""
    start = 0
    for word, *_ in tagged(text):
        if start == at:
            return word in ("里面", "里头", "里", "当中", "之中", "中")
        if start > at:
            return False
        start += len(word)
    return False


def _conjunct_only(before: str, restriction: str, window: str, article: str) -> bool:
    """Whether the restriction is one conjunct of a coordinated container (灶具和调压阀中，调压阀) whose figure's
    window names the other conjuncts too (查封不合格灶具、调压阀2915个: one count of both) and whose article never
    gives the restriction a figure of its own (调压阀1915个)."""
    phrase = _PHRASE_START_RE.search(before).group(0)
    conjuncts = [c for c in _CONJUNCT_SPLIT_RE.split(phrase) if c]
    restriction = restriction.rstrip("的")
    if len(conjuncts) < 2 or len(restriction) < 2 or not any(c.endswith(restriction) for c in conjuncts):
        return False
    others = [c[-2:] for c in conjuncts if not c.endswith(restriction)]
    flat = re.sub(r"\s+", "", window)
    if not others or restriction not in flat or not all(o in flat for o in others):
        return False
    flat_article = re.sub(r"\s+", "", article)
    for m in re.finditer(re.escape(restriction) + r".{0,3}?\d", flat_article):
        before_it = flat_article[max(0, m.start() - 8):m.start()]
        if not any(re.search(re.escape(o) + r"(?:[和与及、]|以及)$", before_it) for o in others):
            return False  # 调压阀1915个: the article gives the conjunct its own figure
    return True
