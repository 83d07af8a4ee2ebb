"""Chinese noun phrases from jieba's part-of-speech tags: the noun a question counts (多少家化工企业), the noun
a figure in a sentence counts (21 个安委会成员单位), and a phrase's head word."""

from __future__ import annotations

import re
from functools import lru_cache

from .dictionary import known
from .place_word import split_place_word
from .zone_word import is_zone_word

# Part-of-speech flags (jieba's ICTCLAS set) of words that can be part of a noun phrase.
_NOUNISH = ("n", "vn", "an", "zg", "l", "i", "j", "z", "eng", "g", "nz", "ns", "nt", "nr")
# Words between a noun and its question word that belong to neither: 队伍有多少, 单位共有.
def names_place(word: str, flag: str) -> bool:
    """A person's name, or a word that names a Jiangsu place (南通, tagged nz); jieba also tags common
    nouns as places (镇街 is ns), and those stay nouns."""
    from .ingest.gazetteer import find_places

    return flag == "nr" or (flag in ("ns", "nz") and bool(find_places(word)))


_ASPECT = frozenset("了 过 着".split())
# Verb-object words of going to the place of work (上门查, 入户走访, 下乡宣讲): they say how the next verb is done and
# end a noun phrase, though jieba's dictionary tags some of them as nouns or places (上门 ns, 入户 n).
_GOING_TO = frozenset("上门 入户 到户 下乡 进村 进企 进场 到场 驻点 蹲点".split())
# A verb with its directional complement (摸出来, 摸上来, 查下去): jieba tags some of them as idioms (l), which read
# as nouns; the complement says a verb ended the noun phrase before it (小场所底数摸出来一共多少家).
_DIRECTIONAL_RE = re.compile(r"^[\u4e00-\u9fff]{1,2}[出上下起进回过][来去]$")
# Phase verbs that take an act as their object (完成责任清单编制, 开展隐患排查): one between nouns opens the predicate of
# the noun before it, never a compound's inner word as 充电 of 电动车充电端口 is.
_PHASE_VERBS = frozenset("完成 开展 进行 实施 实现".split())
_LINKS = frozenset("有 是 共有 共 一共 总共 大约 约 了 的 都 还 又 呢 现在 目前 当前 如今".split())
# Documents the tagger reads as verbs (提案 v): in the briefings they are counted things (35 件建议提案), never an act.
_DOCUMENT_NOUNS = frozenset("提案 议案".split())


def _retagged(word: str, flag: str) -> str:
    """jieba's flag of ``word``, with the documents it tags as verbs read as the nouns they are."""
    return "n" if word in _DOCUMENT_NOUNS else flag


# Words opening the predicate after the counted noun, though jieba tags them nouns: a joint action with another
# party (会同政协委员办理, 协同部门处置) and the on-site manner of an act (实地查看, 实地核查): 多少件建议提案会同办理
# and 几件提案实地查看 count 建议提案 and 提案.
_JOINT_ACTION = frozenset("会同 协同 实地".split())


# Negations opening a verb word (没装, 未建, 不符): such a word says what the things did not do.
_NEGATIONS = frozenset("没未不")


@lru_cache(maxsize=16384)
def noun_run(text: str, from_end: bool = False) -> str:
    """The noun phrase at the start of ``text`` (or at its end with ``from_end``): 员工因报告… → 员工,
    登记渔船 → 渔船 (a verb before it is skipped), …建成基层综合应急救援队伍 → 基层综合应急救援队伍.
    Words are read with jieba's part-of-speech tags; place names (盐城有多少) are no noun phrase here,
    nor is an action ending the phrase (培训多少人次)."""
    import jieba.posseg

    words = _suffixed([part for w in jieba.posseg.cut(text.strip(" ，,。？?；;：:")) if w.word.strip()
                       for part in split_place_word(w.word, _retagged(w.word, w.flag))])  # 苏州企业 → 苏州 | 企业
    if from_end:
        words.reverse()
    while words and words[0][0] in _LINKS:
        words.pop(0)
    # A nominal verb (vn) before a noun is the compound's modifier, not a predicate: 生产企业, 运输企业, 经营单位.
    if not from_end and len(words) > 1 and words[0][1] == "v" and words[1][1].startswith(_NOUNISH):
        # 登记渔船 → 渔船, but 执法车 stays whole: a one-character noun after the verb is that compound's head.
        words[:2] = [(words[0][0] + words[1][0], "n")] if len(words[1][0]) == 1 else words[1:2]
    if from_end and words and words[0][1] in ("vn", "v"):
        return ""
    run = []
    for i, (word, flag) in enumerate(words):
        # A two-character verb between nouns is part of the compound (电动车充电端口: 充电 is tagged v).
        inner = (flag == "v" and len(word) == 2 and run and i + 1 < len(words) and word not in _PHASE_VERBS
                 and words[i + 1][1] == "n" and not from_end  # 参加培训 (vn) is a predicate
                 and word[0] not in _NEGATIONS)  # 餐饮户没装报警器: a negated verb is a predicate, never inside a compound
        # An attribute word (jieba's b: 省级, 专职, 重大) belongs to the noun it stands before: 省级专家.
        # So does a two-character adjective (重大风险点, 重点企业).
        attributed = bool(run) if from_end else i + 1 < len(words) and words[i + 1][1].startswith(_NOUNISH)
        # A one-character adjective opening the phrase is its attribute too (多少家小场所 → 小场所).
        inner = inner or (flag in ("b", "a") and (flag == "b" or len(word) == 2 or (i == 0 and not from_end))
                          and attributed)
        # A word an aspect particle follows is a verb whatever its tag (单位报了: 报 is tagged n).
        verb = (not from_end and i + 1 < len(words) and words[i + 1][0] in _ASPECT) or word in _GOING_TO \
            or bool(_DIRECTIONAL_RE.match(word))
        # jieba tags some common words as a person's name (智慧 of 智慧监管场景): one opening a run of nouns is
        # no name but the run's first modifier.
        named = names_place(word, flag) and not (flag == "nr" and not run and not from_end and i + 1 < len(words)
                                                  and words[i + 1][1] in ("n", "vn"))
        if verb or (run and not from_end and word in _JOINT_ACTION) or \
                (not inner and (not flag.startswith(_NOUNISH) or word in _LINKS or named)):
            break
        run.append(word)
    if from_end:
        run.reverse()
    return "".join(run)


# Characters jieba tags as numerals or classifiers although they are no number (点 of 风险点, 个, 位).
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿几多余半")


# Bound morphemes naming the agent of a verb (jieba tags them zg or n): 保护|员 is the noun 保护员, who does the 保护.
_AGENT_MORPHEMES = frozenset("员者师")
# The bound morpheme naming who heads a unit (楼道长, 网格长, 河长), which jieba splits off a noun as the adjective
# 长 (long): after a noun it makes a person noun, counted in 名/人 as 员 nouns are.
_HEAD_MORPHEMES = frozenset("长")


def _suffixed(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A one-character classifier-tagged word right after a noun is that noun's suffix (风险|点 → 风险点,
    监测|点 → 监测点): the compound counts 点, it is not 点 of a number."""
    out: list[tuple[str, str]] = []
    for word, flag in words:
        if (out and len(word) == 1 and flag in ("m", "q") and word not in _NUMERAL_CHARS
                and out[-1][1].startswith(_NOUNISH) and not out[-1][0][-1:] in _NUMERAL_CHARS):
            out[-1] = (out[-1][0] + word, out[-1][1])
        elif (len(out) > 1 and len(word) == 1 and flag in ("m", "q") and word not in _NUMERAL_CHARS
              and out[-1][1] == "v" and len(out[-1][0]) == 2 and out[-2][1].startswith(_NOUNISH)):
            out[-1] = (out[-1][0] + word, "n")  # 电动自行车|充电|桩: a verb and a classifier-tagged head, 充电桩
        elif out and word in _AGENT_MORPHEMES and len(out[-1][0]) > 1 and out[-1][1] in ("v", "vn"):
            out[-1] = (out[-1][0] + word, "n")  # 管道|保护|员, 林区|巡护|员: a bound agent morpheme makes the verb a noun
        elif out and word in _HEAD_MORPHEMES and flag == "a" and len(out[-1][0]) > 1 and out[-1][1] in ("n", "nz"):
            out[-1] = (out[-1][0] + word, "n")  # 楼道|长, 网格|长: the one in charge of the unit, a person noun
        elif out and flag == "eng" and out[-1][0].isascii() and out[-1][0].isdigit():
            out[-1] = (out[-1][0] + word, "eng")  # 5|G工厂: a code of digits and letters is one modifier, 5G工厂
        else:
            out.append((word, flag))
    return out


@lru_cache(maxsize=65536)
def tagged(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(word, part-of-speech flag, start, end) of ``text``, cached: the corpus's sentences recur."""
    import jieba.posseg

    from .ingest.gazetteer import is_jiangsu

    out, at = [], 0
    for w in jieba.posseg.cut(text):
        # A place name the tagger reads as a verb (兴化, 相城, 维扬) is a place: 兴化的烘干机 has no relative clause
        flag = "ns" if w.flag.startswith("v") and is_jiangsu(w.word) else _retagged(w.word, w.flag)
        for word, flag in split_place_word(w.word, flag):  # 苏州企业 → 苏州 | 企业
            out.append((word, flag, at, at + len(word)))
            at += len(word)
    return tuple(out)


def last_noun(text: str) -> str:
    """The last common noun of the first clause of ``text`` (化工企业的班组长，… → 班组长), or ""."""
    clause = re.split(r"[，,？?。；;]", text, maxsplit=1)[0]
    return next((w for w, f, _, _ in reversed(tagged(clause)) if f.startswith("n") and f not in ("ns", "nr")), "")


def counted_noun(sentence: str, start: int, end: int) -> str:
    """The noun a figure at ``sentence[start:end]`` counts: the noun phrase right after it (21 个安委会成员
    单位通报…), else the one right before it (…突出问题 186 个)."""
    words = _suffixed_spans(tagged(sentence))
    after = [w for w in words if w[2] >= end and w[0].strip()]
    run = []
    for i, (word, flag, _, _) in enumerate(after):
        # 10.47万家小场所, 124处重大危险源: an adjective opening the phrase is its attribute; 286幢红色等级建筑: a
        # distinguishing word (jieba's b) inside it too, when a noun follows
        nounish_next = i + 1 < len(after) and after[i + 1][1].startswith(_NOUNISH)
        opening = nounish_next and (i == 0 and flag == "a" and len(word) <= 2 or run and flag == "b")
        if not opening and (not flag.startswith(_NOUNISH) or word in _LINKS or names_place(word, flag)):
            break
        run.append(word)
    if run:
        return "".join(run)
    before = [w for w in words if w[3] <= start and w[0].strip()]
    while before and not run and before[-1][0] in _APPROXIMATE:
        before.pop()  # 老旧管网约3100公里: an approximation between the noun and its figure
    for word, flag, _, _ in reversed(before):
        attribute = run and (flag == "b" or (flag == "a" and len(word) == 2))  # 重大|风险点 186 个
        if not attribute and (not flag.startswith(_NOUNISH) or word in _LINKS or names_place(word, flag)):
            break
        run.insert(0, word)
    return "".join(run)


_APPROXIMATE = frozenset("约 近 逾 超过 达 共 共计 合计 总计".split())


def _suffixed_spans(words) -> list[tuple[str, str, int, int]]:
    """``_suffixed`` on (word, flag, start, end) spans."""
    out: list[tuple[str, str, int, int]] = []
    for word, flag, a, b in words:
        merged = _suffixed([(out[-1][0], out[-1][1]), (word, flag)]) if out else []
        if len(merged) == 1:
            out[-1] = (merged[0][0], merged[0][1], out[-1][2], b)
        else:
            out.append((word, flag, a, b))
    return out


@lru_cache(maxsize=4096)
def head_noun(phrase: str) -> str:
    """The last word of a noun phrase, with a one-character suffix kept on its stem (巡查员, not 员)."""
    import jieba

    words = [w for w in jieba.lcut(phrase) if w.strip()]
    if not words:
        return ""
    if len(words) > 1 and len(words[-1]) == 2 and not known(words[-1]) and known(words[-2]) \
            and len(words[-2]) > 1 and not is_zone_word(words[-2]):
        words.pop()  # 屏幕上播: the segmenter's guess 上播 (no dictionary word) is not the head, 屏幕 is
    if len(words[-1]) == 1 and len(words) > 1:
        return words[-2] + words[-1]
    return words[-1]


@lru_cache(maxsize=8192)
def in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` stands in ``full`` in the same order (旧车 in 旧电动自行车, 市安委 in
    市安全生产委员会): how a short form or a body's short name is read against the full one."""
    at = 0
    for c in short:
        at = full.find(c, at) + 1
        if not at:
            return False
    return True


def loose_chars(noun: str) -> frozenset[str]:
    """The characters of ``noun`` a variant of the asked word may share: those of its head word (院落), of
    words the dictionary lacks (感烟, for 烟感) and of single characters; not those of another dictionary word
    (隐蔽 in 隐蔽场所 says nothing of 隐患)."""
    import jieba

    head = head_noun(noun)
    return frozenset(c for w in jieba.lcut(noun) if len(w) == 1 or w in head or not known(w) for c in w)


def after_last_verb(phrase: str) -> str:
    """The things a noun phrase names, less the step and scene before its last verb (六合区排查管道隐患 → 管道隐患,
    排查问题隐患 → 问题隐患): a later step (已整改1239处, 整改了多少) acts on those things, and its words never repeat
    the earlier step. A phrase with no verb, or nothing nominal after it, is returned whole."""
    words = tagged(phrase)
    last = max((i for i, (_, f, *_) in enumerate(words) if f in ("v", "vn")), default=-1)
    rest = "".join(w for w, *_ in words[last + 1:])
    return rest if last >= 0 and rest and head_noun(rest) else phrase
