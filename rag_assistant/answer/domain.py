"""Domain words said in several ways, and question words found however the segmenter cut them.

``FORMS`` groups the forms that mean the same thing in work-safety briefings (an abbreviation and its full form,
an old and a new name of one body, a colloquial and an official word). A question word of a group matches a text
that says another form of it (``variants``), and the retrieval query carries the other forms (``expansion``).
A pair goes in only when the two are the same thing here, never when they are merely related: 危险废物 is not
危化品, 消防救援人员 are not 消防安全员, 隐患 is not 风险, 电动汽车 are not 电动自行车, 吹哨 alone (基层吹哨、部门报到:
the grassroots calling in the departments) is not 举报.

``recut`` re-reads the question's words against the domain words: jieba cuts 用大数据 as 用大|数据 and 塔吊装 as
塔|吊装, so the question's fragments across a domain form give way to the form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..dictionary import tag
from ..text import CJK_RE
from ..ingest.gazetteer import find_places
from ..index.store import bm25_tokens
from .synonyms import SYNONYMS

FORMS: tuple[tuple[str, ...], ...] = (
    ("危险化学品", "危化品"),  # 危化品 is the standard short form
    ("塔式起重机", "塔吊"),  # 塔吊 is the site word for a tower crane
    ("安全生产委员会办公室", "安委会办公室", "安委办"),  # the office of the work-safety committee
    ("安全生产委员会", "安委会"),  # the committee itself (its office is the group above)
    ("应急管理局", "应急局"),  # 市应急局 = 市应急管理局
    ("消防救援支队", "消防支队"),  # the fire brigade, renamed 消防救援支队 in 2018
    ("消防救援大队", "消防大队"),
    ("电动自行车", "电动车", "电瓶车"),  # the everyday words for an e-bike (not 电动汽车)
    ("安全监管", "安监"),  # 安监 is the short form of 安全监管 (安监机构, 安监站)
    ("双重预防", "双预防"),  # 双重预防机制
    ("注册安全工程师", "注安师"),
    ("生产安全事故", "安全生产事故"),
    ("举报", "吹哨人"),  # a 吹哨人 is one who reports a hazard or violation (内部举报 = 吹哨人 reporting)
    ("上报", "报告"),  # 风险上报平台 / 报告的…风险: reporting to the authority, the same act
    ("提交", "报送", "呈报"),  # 向市委提交专题报告 / 报送: handing a document up, the same act
    ("人员", "人手"),
    # Statistical and hazard-grading short forms (abbreviations of a graded class, the same class in full):
    # Filing a case for an offence, said with either verb of the law-enforcement pair (立案查处86起 / 立案处罚52起 /
    # 查处…违法行为64起): a count in 起 of the one is the count of the other.
    ("立案查处", "立案处罚", "查处"),
    ("安全生产管理人员", "安全管理人员", "安全员"),  # 专职安全员 is the site word for a full-time safety manager
    ("感烟火灾探测报警器", "感烟探测器", "烟感报警器", "烟感"),  # the smoke alarm in its standard name and site word
    ("规模以上", "规上"),  # 规上企业 = 规模以上企业, the statistics' size class
    ("重大事故隐患", "重大隐患"),  # the graded hazard class; 重大隐患 is its everyday short form  # 人手 is the everyday word for the staff a body has (增配人员16名 = 16 more hands)
    # Things left in a stairwell or passage that block escape: fire-safety notices say 堆物 (楼道堆物) or 杂物 (楼道杂物,
    # 清理杂物) of the same objects, and staff say either.
    ("堆物", "杂物", "堆放物"),
    # A shipyard: the briefings write the trade in full (船舶修造企业); 船厂 is the everyday word for one.
    ("船舶修造企业", "船厂"),
    # Fire and security equipment in its standard name and its site word: a sprinkler system is 喷淋, a video
    # monitoring camera a 摄像头 (安装高清视频监控…探头146个 answers 装了多少个摄像头).
    ("自动喷水灭火系统", "喷淋系统", "喷淋"),
    ("视频监控", "摄像头", "监控摄像头"),
    # Compounds the segmenter cuts differently in question and text (用大|数据, 第三|三方|第三方).
    ("大数据",),
    ("第三方",),
)

# Look-alikes that are other things here: a question about the one is not answered by a figure of the other
# (22处电动自行车充电示范点 counts no 电动汽车 charging point; 548家危化品企业 no 危险废物 firm).
_DISTINCT: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("电动汽车", "新能源汽车"), ("电动自行车", "电动车", "电瓶车")),
    (("危险废物", "危废"), ("危化品", "危险化学品")),
    (("消防救援人员", "消防员", "消防指战员"), ("消防安全员",)),
    (("隐患",), ("风险",)),  # a hazard found is not a risk assessed (39777条较大以上风险 are no 隐患)
)
DISTINCT: dict[str, tuple[str, ...]] = {w: other for one, two in _DISTINCT for side, other in ((one, two), (two, one))
                                        for w in side}

# Pieces the search-mode segmenter cuts out of a word that mean something else than any part of it: 第三方 (a
# third party) is neither 第三 (the third) nor 三方 (three parties), so they are not the question's words. (数据 of
# 大数据 or 委员会 of 安委会 are parts of the meaning, and stay.)
MISREAD: dict[str, tuple[str, ...]] = {"第三方": ("第三", "三方")}

_GROUP: dict[str, tuple[str, ...]] = {form: group for group in FORMS for form in group}
# Longest first, so 安委会办公室 is read before 安委会 and 电动自行车 before 电动车.
_ALL = sorted(_GROUP, key=len, reverse=True)
_FORM_RE = re.compile("|".join(map(re.escape, _ALL)))


def variants(term: str) -> tuple[str, ...]:
    """The other forms of ``term`` in this domain (危化品 → 危险化学品), empty when it has none."""
    return tuple(f for f in _GROUP.get(term, ()) if f != term)


def forms_in(text: str) -> list[tuple[str, int, int]]:
    """The domain forms ``text`` says, longest first at each place, as (form, start, end)."""
    return [(m.group(0), m.start(), m.end()) for m in _FORM_RE.finditer(text)]


def expansion(text: str, corpus: str) -> list[str]:
    """For the retrieval query: the search words of the forms the ``corpus`` (every chunk's text) says of the
    domain words ``text`` says in a form it never does (塔吊 → 塔式起重机). A form the corpus says too carries one
    search word of each other form (the longest: 危化品 → 化学品), since an issue may write only the other form
    (全省累计排查危险化学品企业6320家) and the segmenter shares no word between the two; one word, so a briefing
    saying the asked form is not outranked by one saying the other form in several words."""
    out: list[str] = []
    for form, _, _ in forms_in(text):
        said = form in corpus
        for v in variants(form):
            if v not in corpus:
                continue
            words = bm25_tokens(v)
            out.extend(words if not said else [max(words, key=len)] if words else [])
    return out


def _spans(token: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(token)) for m in re.finditer(re.escape(token), text)] if token else []


def _straddles(span: tuple[int, int], whole: tuple[int, int]) -> bool:
    """Whether ``span`` overlaps ``whole`` without lying inside it (用大 against 大数据 in 用大数据)."""
    a, b = span
    c, d = whole
    return a < d and c < b and not (c <= a and b <= d)


def recut(terms: Sequence[str], text: str) -> tuple[str, ...]:
    """``terms`` read with the text's cuts: a domain form said in ``text`` joins the terms, and a term that
    only straddles one (塔吊装 → 吊装, 用大数据 → 用大) goes. (Neither jieba's dictionary nor the corpus's own
    cuts hold 大数据, so only ``FORMS`` can say where such a word begins.)"""
    wholes = [(f, (a, b)) for f, a, b in forms_in(text)]
    if not wholes:
        return tuple(terms)
    wholes_said = {f for f, _ in wholes}
    out: list[str] = []
    for t in terms:
        spans = _spans(t, text)
        if spans and t not in wholes_said and all(any(_straddles(s, w) or _inside(s, w) and t in MISREAD.get(f, ())
                                                      for f, w in wholes) for s in spans):
            continue  # a fragment of a cut across the word (用大 of 用大数据), or a misread piece (三方 of 第三方)
        out.append(t)
    for form, _ in wholes:
        out.append(form)
    return tuple(dict.fromkeys(out))


def _inside(s: tuple[int, int], whole: tuple[int, int]) -> bool:
    return whole[0] <= s[0] and s[1] <= whole[1]


def said(term: str, text: str) -> bool:
    """Whether ``text`` says ``term`` in another of its forms."""
    return any(v in text for v in variants(term))


def said_in(term: str, corpus: str) -> bool:
    """Whether ``term`` is a domain word the ``corpus`` says in one of its forms (大数据, 塔吊 → 塔式起重机)."""
    return term in _GROUP and any(f in corpus for f in _GROUP[term])


def unsaid_pieces(terms: Sequence[str], corpus: str) -> set[str]:
    """The pieces (安全, 委员会, 办公室) of the domain words in ``terms`` that the ``corpus`` never says in that form
    but says in another (安全生产委员会办公室 → 安委办): the question's cut of a word the text does not use."""
    wholes = [t for t in terms if t in _GROUP and t not in corpus and said_in(t, corpus)]
    return {t for t in terms if any(t != w and t in w for w in wholes)}


def respell(question: str, corpus: str) -> str:
    """``question`` with each domain word the ``corpus`` never says written in a form it does say (塔吊 →
    塔式起重机 where the texts say only 塔式起重机), so every later step reads the text's own word: its terms,
    the counted noun, the search."""
    def said_form(m: re.Match) -> str:
        form = m.group(0)
        if form in corpus:
            return form
        return next((v for v in variants(form) if v in corpus), form)

    return _FORM_RE.sub(said_form, question)


def other_thing(asked: str, text: str) -> str:
    """The look-alike of ``asked`` that ``text`` says instead of it (电动汽车 → 电动自行车), else ""."""
    if asked in text or said(asked, text):
        return ""
    return next((o for o in DISTINCT.get(asked, ()) if o in text), "")


# A single-character word that glues onto its neighbour in the segmenter's guesses: a verb (发, 有, 考), a preposition
# (对, 给) or a particle; a noun character (人) may be the guess's other half.
_GLUE_FLAGS = ("v", "p", "u", "d", "c")


def unguessed(terms: Sequence[str], text: str, corpus: str) -> tuple[str, ...]:
    """``terms`` without the statistical segmenter's guesses: two characters its dictionary cut of ``text`` (the
    question's content words) leaves as single words, joined into one it lacks (的人|发补贴 → 人发, 有|发补贴 → 有发,
    对|考 → 对考), one of them a verb, preposition or particle, and that no briefing says: no evidence can say such a
    word, and a reply must not call it missing. A word the synonym table spells the briefings' way (改完 → 整改) is
    a word of the question, not a guess."""
    import jieba

    cut = list(jieba.cut(text, HMM=False))
    words, singles = {w for w in jieba.cut_for_search(text, HMM=False) if len(w) > 1}, {w for w in cut if len(w) == 1}

    def guess(t: str) -> bool:
        return len(t) == 2 and t not in words and t not in _GROUP and t not in SYNONYMS and t not in corpus and \
            all(c in singles for c in t) and any(tag(c).startswith(_GLUE_FLAGS) for c in t)
    return tuple(t for t in terms if not guess(t))


@lru_cache(maxsize=4096)
def long_gapped(term: str) -> re.Pattern | None:
    """The one reading of a short form across a longer word: a term of two or three Chinese characters the
    dictionary does not know or tags as an abbreviation (j), its characters in order with up to 4 characters
    between two of them (船企 in 船舶修造企业, 危货车 in 危险货物运输车辆); None for any other term."""
    if len(term) not in (2, 3) or not all(CJK_RE.fullmatch(c) for c in term) \
            or tag(term, "x") not in ("x", "j"):
        return None
    return re.compile(f"{CJK_RE.pattern}{{0,4}}".join(map(re.escape, term)))


# A run of three characters of the question: a short form when the corpus never says it (危货车).
_ASK_CHARS_RE = re.compile(r"多少|几|哪|啥|吗|呢|了")
# The pieces a short form of a thing is cut into: common nouns, abbreviations, characters the dictionary lacks
# (never a place, a person, a verb or a function word).
_SHORT_FLAGS = frozenset({"n", "nz", "j", "x", "ng"})


def spelled_out(question: str, corpus: str) -> str:
    """``question`` with each three-character short form of nouns that no briefing says and the dictionary lacks
    (危货车: 危|货车) written as the longer word the ``corpus`` says with its characters in order, the first and
    the last included (危险货物运输车, of 危险货物运输车辆): staff shorten a long name their own way, and the
    briefings write it out. The shortest such word is taken, the commonest of equals; a run the corpus says, or one no word spells out,
    is left as it is."""
    from collections import Counter

    from ..nouns import tagged

    words = [(w, flag) for w, flag, *_ in tagged(question)]
    out, at = question, 0
    for i in range(len(words)):
        if i and words[i - 1][1] in _SHORT_FLAGS:
            continue  # inside a longer noun run (船|企|隐患: 企隐患 is no thing)
        run, flags = "", []
        for w, flag in words[i:]:
            run, flags = run + w, flags + [flag]
            if len(run) >= 3:
                break
        after = words[i + len(flags)][1] if i + len(flags) < len(words) else ""
        if after in _SHORT_FLAGS:
            continue  # the run goes on (…隐患): the short form is not the whole name
        if len(run) != 3 or len(flags) < 2 or _ASK_CHARS_RE.search(run) or run in corpus \
                or not flags[-1].startswith("n") or any(f not in _SHORT_FLAGS for f in flags) or find_places(run) \
                or (pattern := long_gapped(run)) is None:  # none of 3 Chinese characters the dictionary lacks
            continue
        pieces = [w for w, _ in words[i:i + len(flags)] if len(w) > 1]
        # a short form takes its characters from the full name's words: a word of the run said whole in the longer
        # word (整治 of 整治排查出租厂) was not shortened, and the run is no short form of it (货车 of 危险货物运输车 is)
        found = Counter(w for w in pattern.findall(corpus)
                        if not any(p in w for p in pieces))
        if found:  # the fewest characters added (老管网 → 老旧管网, not 老旧燃气管网), then the commonest
            out = out.replace(run, min(found, key=lambda w: (len(w), -found[w])), 1)
    return out
