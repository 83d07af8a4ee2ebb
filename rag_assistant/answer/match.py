"""Matching question words against text: IDF weights, abbreviations (奖金 in 奖励金额), character pairs."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from ..units import MEASURE_NOUNS
from .domain import long_gapped, said, said_in, unsaid_pieces
from .synonyms import SYNONYMS
from .library import Library
from .nature_word import nature_stem
from .steps import POINTED_OUT_RE


@dataclass(frozen=True)
class Weights:
    """IDF weights of the corpus; a term unseen in the corpus gets the largest weight."""

    df: Mapping[str, int]
    n_docs: int
    corpus: str = ""  # every chunk's text (Library.corpus): a form the briefings say, however segmented

    def of(self, term: str) -> float:
        f = self.df.get(term, 0)
        weight = math.log(1.0 + (self.n_docs - f + 0.5) / (f + 0.5))
        if len(term) == 1:
            return 0.3 * weight  # one character matches almost anywhere
        return weight if f else 0.5 * weight  # a word the corpus never has is often a mis-segmented one

    def vocabulary(self, terms: Sequence[str]) -> tuple[str, ...]:
        """``terms`` in the corpus's words: a question word the corpus never has (查出来) is replaced by
        the corpus words inside it (查出), or by its domain synonyms the corpus has (兑现 → 发放), so
        colloquial phrasing is not read as a new topic."""
        out: list[str] = []
        pieces = unsaid_pieces(terms, self.corpus)  # 安全生产委员会办公室 is 安委办 here: not 安全, 委员会…
        for t in (t for t in terms if t not in pieces):
            # 一把手 → 第一责任人: a synonym the corpus says as a run of its tokens (第一|责任人) counts as said
            if not self.df.get(t, 0) and (same := [s for s in SYNONYMS.get(t, ())
                                                   if self.df.get(s, 0) or s in self.corpus]):
                out.extend(same)  # 奖励怎么兑现: the briefings say 发放
                continue
            if (bare := glued_function(t)) and not self.df.get(t, 0) and not said_in(t, self.corpus):
                out.append(bare)  # 村里 → 村, 整改率到 → 率: the localizer or level verb is no word of the text
                continue
            if self.df.get(t, 0) or len(t) < 3 or said_in(t, self.corpus):  # 塔吊: 塔式起重机
                out.append(t)
                continue
            inner = [t[i:i + 2] for i in range(len(t) - 1) if self.df.get(t[i:i + 2], 0)]
            out.extend(inner or [t])
        return tuple(dict.fromkeys(out))

    def coverage(self, terms: Sequence[str], text: str, settled: str = "") -> float:
        """IDF-weighted share of ``terms`` that occur in ``text`` (1.0 when there are none); a word whose
        characters occur in order with a character or two between them (奖金 in 奖励金额, 危化品 in
        危险化学品) counts for less than the word itself. Words ``settled`` already holds (an article
        title, which every sentence of the article shares) weigh half."""
        weight = {t: self.of(t) * (0.5 if settled and t in settled else 1.0) for t in terms}
        total = sum(weight.values())
        if total <= 0:
            return 1.0
        lowered = text.lower()
        found = {t: match(t, lowered) or resultative(t, lowered) for t in weight}
        # The segmenter gives a word and its parts (刑事拘留, 刑事, 拘留): parts of a matched word count
        # as matched, so a short form of the whole word (刑拘) is not outweighed by its missing parts.
        for t in [t for t, score in found.items() if not score]:
            found[t] = max((score for u, score in found.items() if score and len(u) > len(t) and t in u), default=0.0)
            if not found[t] and (stem := nature_stem(t)) != t:  # 经营性 said as 用作经营的 (nature_word.py)
                found[t] = match(stem, lowered)
            if not found[t]:
                found[t] = other_inspection(t, lowered)  # 检查了多少家企业 said as 排查企业 31933 家
            if not found[t] and found.get(t[:-1]):
                found[t] = generic_head(t, lowered)  # 警示牌 said as 警示标识, 报警器 as 报警…装置
            if not found[t]:
                found[t] = money_paid(t, lowered)  # 县里花了多少钱 said as 县财政安排补助资金320万元
            if not found[t] and (bare := glued_function(t)) and t.endswith("里"):
                found[t] = 0.7 * match(bare, lowered)  # 县里 (the county) said as 县财政, a word the corpus has elsewhere
        return sum(w * found[t] for t, w in weight.items()) / total


# The generic heads the briefings give a device or a sign (安装燃气泄漏报警和自动切断装置, 设置安全警示标识), and the
# heads of a device or sign staff name it by (报警器, 警示牌, 检测仪, 显示屏). A station or a site (消防站, 场所) is no
# device: 消防设施 is not said of it.
GENERIC_HEADS = ("装置", "设备", "终端", "标识", "标志", "标牌")
DEVICE_HEADS = frozenset("器仪机表灯牌屏")


def generic_head(term: str, text: str) -> float:
    """0.5 when ``term`` is a word and a device or sign head (报警器: 报警 + 器; the segmenter gives both, the
    word matched) and ``text`` says the word under a generic head (报警…装置, 警示标识), else 0. Half credit
    only: whether the figure counts the thing is read by the rejection checks."""
    if len(term) < 3 or term[-1] not in DEVICE_HEADS or not all("\u4e00" <= c <= "\u9fff" for c in term):
        return 0.0
    stem = re.escape(term[:-1])
    return 0.5 if re.search(rf"{stem}[\u4e00-\u9fff、]{{0,8}}?(?:{'|'.join(GENERIC_HEADS)})", text) else 0.0


# The verbs of an inspection: staff say any of them for the one the text writes (南通检查了多少家企业 for
# 全市累计排查企业 31933 家; 督查了几家 for 检查企业). Another inspection verb counts as a gapped match (0.7), so
# a sentence with the asked verb itself still ranks first. Only verbs of looking over things: 发现/查处/整改
# are other steps (steps.py), and nouns built on these verbs are read by their own words.
INSPECTION_VERBS = frozenset({"检查", "排查", "督查", "巡查", "核查", "抽查", "筛查", "摸排", "检测"})


def other_inspection(term: str, text: str) -> float:
    """0.7 when ``term`` is an inspection verb and ``text`` says another one, else 0."""
    if term not in INSPECTION_VERBS:
        return 0.0
    return 0.7 if any(v in text for v in INSPECTION_VERBS if v != term) else 0.0


# Staff ask money paid out with a verb of spending (花了多少钱, 花费, 花钱; read as 投入/投资 by synonyms.SYNONYMS);
# the briefings also name the money itself a budget paid out (出资, 安排专项经费, 补助资金). Another such word counts
# as a gapped match (0.7), as another inspection verb does, so a sentence with the asked verb still ranks first.
SPENDING_VERBS = frozenset({"花", "花了", "花费", "花钱", "花销", "投入", "投资"})
MONEY_PAID_WORDS = ("投入", "投资", "出资", "资金", "经费", "拨款", "奖励金额", "补贴金额", "补助金额")


def money_paid(term: str, text: str) -> float:
    """0.7 when ``term`` is a verb of spending and ``text`` names money paid out, else 0."""
    if term not in SPENDING_VERBS:
        return 0.0
    return 0.7 if any(w in text for w in MONEY_PAID_WORDS) else 0.0


# Function characters the segmenter glues to the word before them: a localizer (村里, 企业里, 厂里: in the village)
# and the verb of a level reached (整改率到多少 cut 整改|率到). The text says the word without them (进村入企,
# 整改率达98.2%), so a question word the corpus never has is read as the word it ends.
# 到 only after a measure noun's last character (率到, 比例到): after a verb it is the verb's result (查到).
_MEASURE_ENDS = frozenset(n[-1] for ns in MEASURE_NOUNS.values() for n in ns if "多少" not in n)


def glued_function(term: str) -> str:
    """``term`` without a trailing glued function character (村里 → 村, 率到 → 率), or "" when it has none."""
    if len(term) < 2 or not "\u4e00" <= term[-2] <= "\u9fff":
        return ""
    return term[:-1] if term[-1] == "里" or (term[-1] == "到" and term[-2] in _MEASURE_ENDS) else ""


# What a search found (查出, 查到, 找到, 摸出): the briefings write the search itself with what it found
# (排查隐患 5270 处, 检查发现, 查找问题), so the colloquial result reads as the search verb ending in its action.
# Only search actions: 达到/支出/收到 are words of their own, not a search and its result.
SEARCH_ACTIONS = frozenset("查找搜摸")
RESULT_COMPLEMENTS = frozenset("出到")
# The written word for a search's result (发现隐患, 检查发现): 查出 / 查到 / 找到 say exactly it, the search verb
# alone (排查) only the search.
FOUND = "发现"
# A search's result said as the problems a review pointed out (指出问题隐患8760条): steps.POINTED_OUT_RE.


def resultative(term: str, text: str) -> float:
    """0.5 when ``term`` is a search with its result (查出) and ``text`` says the search (排查隐患), 1.0 when it
    says the result (发现, 指出问题); ``term`` 发现 itself is matched by a result said as 指出问题 (1.0)."""
    if term == FOUND:  # 诊断发现问题隐患多少条 for 诊断…指出问题隐患8760条
        return 1.0 if POINTED_OUT_RE.search(text) else 0.0
    if len(term) != 2 or term[0] not in SEARCH_ACTIONS or term[1] not in RESULT_COMPLEMENTS:
        return 0.0
    if FOUND in text or POINTED_OUT_RE.search(text):  # 发现并整改隐患3.8万余处: the text says the result itself
        return 1.0
    return 0.5 if re.search(rf"[\u4e00-\u9fff]{term[0]}", text) else 0.0


def said_as(term: str, text: str) -> float:
    """``match`` of ``term``, or of a domain synonym of it (劣质 said as 不合格: synonyms.SYNONYMS)."""
    return max([match(term, text), *(match(s, text) for s in SYNONYMS.get(term, ()))])


def weights_of(library: Library) -> Weights:
    return Weights(library.store.df, max(library.store.size, 1), library.corpus)


@lru_cache(maxsize=4096)
def _gapped(term: str) -> re.Pattern | None:
    if len(term) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in term):
        return None
    return re.compile(".{0,2}".join(map(re.escape, term)))


def gapped_span(term: str, text: str) -> tuple[int, int] | None:
    """Where ``term`` occurs in ``text`` with small gaps only (消防员 in 消防安全员), else None."""
    pattern = _gapped(term)
    m = pattern.search(text) if pattern is not None and term not in text else None
    return m.span() if m else None


def abbreviation(term: str) -> str | None:
    """The usual short form of a four-character word, the first character of each half (刑事拘留 → 刑拘)."""
    return term[0] + term[2] if len(term) == 4 and all("\u4e00" <= c <= "\u9fff" for c in term) else None


def match(term: str, text: str) -> float:
    """1 when ``term`` occurs in ``text``, 0.7 when it occurs with small gaps (奖金 in 奖励金额) or the text
    has its short form (刑拘 for 刑事拘留), else 0; a domain word said in another of its forms (塔吊 for
    塔式起重机, domain.FORMS) matches as the word itself."""
    if term in text or said(term, text):
        return 1.0
    pattern = _gapped(term)
    if pattern is not None and pattern.search(text):
        return 0.7
    short = abbreviation(term)
    return 0.7 if (short and short in text) or short_form_of(term, text) else 0.0


def short_form_of(term: str, text: str) -> bool:
    """Whether ``term`` is a short form of two or three characters the dictionary does not know or tags as one
    (船企, 危企: j) whose characters stand in order in a longer word of ``text`` (船舶修造企业): the text's full name
    for it. A known word (发现, 人数) is never read apart; ``match`` tries ``_gapped``'s small gaps first."""
    pattern = long_gapped(term)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """The character pairs of ``text`` (Chinese phrase overlap: 隐患报告奖励机制 shares 奖励, 励机, 机制…)."""
    t = re.sub(r"[\W_]+", "", text.lower())
    return frozenset(t[i:i + 2] for i in range(len(t) - 1))


def phrase_overlap(asked: frozenset[str], text: str) -> float:
    """The share of the asked character pairs that ``text`` has."""
    return len(asked & bigrams(text)) / len(asked) if asked else 0.0
