"""What a figure counts, and whether that is the asked thing: the noun after the figure (巡查员 in 配备巡查员
6758人), the noun it shares with the figure before it (查处企业557家，立案224家), and another kind of the asked
thing (专职消防队员 for 专职安全管理人员, 工业巡查单元 for 农业巡查单元). judge.py scores with these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..dictionary import known
from ..ingest.gazetteer import find_places
from ..numbers import Figure
from ..units import matters_for_entities, unit_class
from ..nouns import after_last_verb, counted_noun, head_noun, in_order, loose_chars, noun_run, tagged
from . import lexicon as lx
from .compound_head import inner_head
from .container import names_container
from .domain import other_thing
from .glued_verb import verb_glued
from .nature_word import nature_stem
from .match import gapped_span, match, phrase_overlap, said_as, short_form_of
from .split_head import head_said_apart
from .support import unsaid_attribute


def counts_measure(measure: str, noun: str) -> bool:
    """Whether the noun a figure counts is the asked thing (巡查员 in 配备巡查员6758人): its head word, an
    abbreviation of it, or half its characters (院子 / 院落); true when nothing in particular was asked
    or the text does not say what the figure counts."""
    head = nature_stem(head_noun(measure))  # 经营性 (its head elided) is said as 用作经营的 (nature_word.py)
    if names_container(measure, noun):
        return False  # 储罐 is not counted by 液体化工储罐区23个: the noun names where the tanks are
    if not head or not noun or match(head, noun.lower()) or any(kind in noun for kind in lx.HYPERNYMS.get(head, ())) \
            or head_said_apart(head, noun) or (inner := inner_head(head)) and match(inner, noun.lower()) \
            or abbreviates(noun, measure) or short_form_of(measure, noun):  # 旧车 for 旧电动自行车, 危货车 for 危险货物运输车辆
        return True  # 配套方案 said as 配套出台区县方案; 监测点位 counted as 探测点位 (compound_head.py)
    # The last character of a head names its class (员, 业, 位): 成员 and 网格员, 企业 and 行业 share only it,
    # two kinds of one class, not one thing; 院子 and 院落 share the character that says what it is.
    shared = set(head) & loose_chars(noun) - ({head[-1]} if len(head) > 1 else set())
    return len(shared) * 2 >= len(set(head))



# Classifiers that count many kinds of thing (个, 项, 处, 家): sharing one says nothing of what is counted.
BROAD_CLASSIFIERS = frozenset("个 项 件 次 处 条 家 户 人 名 位 种 类 批 起 场 期".split())


def word_stems(phrase: str) -> list[str]:
    """The shortest dictionary words of a phrase (燃气报警器 → 燃气, 报警; 警示牌 → 警示): the words it says
    before the character or word that makes it one kind of thing."""
    return list(_stems(phrase))


@lru_cache(maxsize=1024)
def _stems(phrase: str) -> tuple[str, ...]:  # cached: asked once per scored figure of a narrow classifier
    import jieba
    words = [w for w in jieba.lcut_for_search(phrase) if len(w) > 1]
    return tuple(w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words))


def classifier_names_it(measure: str, asked_unit: str, unit: str, clause: str, noun: str = "") -> bool:
    """Whether a figure counted in the asked narrow classifier has a clause that names the asked noun by its
    other words: 多少块警示牌 by 设置安全警示标识1.38万块, 几套燃气报警器 by 安装燃气泄漏报警和自动切断装置2150套. The
    classifier fixes the kind of object (块 a board, 套 a set), the words what it is for, so the text's head
    (标识, 装置) is another name of the asked one. One shared word must stand right before the text's head
    (警示标识); 燃气 said elsewhere in the clause does not make 燃气灶 of a 燃气…报警装置."""
    if not measure or not _classifier_agrees(asked_unit, unit_base(unit)):
        return False
    stems = word_stems(measure)
    if not stems or not all(w in clause for w in stems):
        return False
    # …报警和自动切断装置2150套: the head (装置) is shared by every conjunct, so 报警 stands before it too.
    return len(stems) > 1 or (len(noun) > 1 and (f"{stems[-1]}{noun}" in clause or bool(
        re.search(rf"{re.escape(stems[-1])}(?:和|及|与|、)[\u4e00-\u9fff]{{1,6}}?{re.escape(noun)}", clause))))


def _classifier_agrees(asked: str, printed: str) -> bool:
    """Whether the question's classifier lets the text's narrow one fix the kind of object: the same narrow
    classifier (几块警示牌 / 1.38万块), or the general 个 or none at all where the text prints a narrow classifier
    of things (多少个警示牌, 多少警示牌 / 1.38万块: staff count with 个 or drop the measure word). A broad text
    classifier (家, 处, 名, 项) says no kind of object, so it never agrees with a question that does not say it."""
    if not printed or printed in BROAD_CLASSIFIERS or unit_class(printed) != "count":
        return False
    return asked == printed or asked in ("", "个")


def unit_base(unit: str) -> str:
    """台（套） → 台: a unit with its alternative in brackets counts in its first word."""
    return re.split(r"[（(]", unit, maxsplit=1)[0]


def figure_noun(sentence: str, start: int, end: int) -> tuple[str, bool]:
    """The noun a figure counts, and whether it is a verb + one-character compound right after the
    figure, which the tagger splits (400 多个充电|点配备 → 充电点)."""
    noun = counted_noun(sentence, start, end)
    if noun:
        return noun, False
    after = [w for w in tagged(sentence) if w[2] >= end and w[0].strip()][:3]
    # …not a negated verb (9家拒|不|整改的企业: 不 is an adverb, no compound's last character); the act asked of
    # such a figure is checked against its clause's act (unlisted_act.py), not by its noun
    if len(after) == 3 and after[0][1].startswith("v") and len(after[1][0]) == 1 and after[2][1].startswith("v") \
            and not after[1][1].startswith("d"):
        return after[0][0] + after[1][0], True
    return "", False


# 查处企业557家，立案224家: a short verb clause right after a figure of the same unit counts the same noun.
ELLIPTIC_GAP_RE = re.compile(r"[，、；]\s*[\u4e00-\u9fff]{1,4}")


def shared_noun(sentence: str, figures: Sequence[Figure], f: Figure) -> str:
    """The noun a figure shares with the figure before it (立案224家 counts the 企业 of 查处企业557家), or with
    the figure right after it in another unit (公布 9 批 24 个典型案例: batches of the cases), or ""."""
    after = [g for g in figures if g.start >= f.end]
    if after and after[0].unit != f.unit and "\t" not in sentence and not sentence[f.end:after[0].start].strip():
        return figure_noun(sentence, after[0].start, after[0].end)[0]
    before = [g for g in figures if g.end <= f.start]
    if not before or before[-1].unit != f.unit or not ELLIPTIC_GAP_RE.fullmatch(gap := sentence[before[-1].end:f.start].strip()):
        return ""
    # 排查问题隐患1284处，已整改1239处: the later figure shares the things (问题隐患), not the earlier figure's step.
    noun = after_last_verb(figure_noun(sentence, before[-1].start, before[-1].end)[0])
    # 消防车6辆、救护车4辆: the gap names a sibling of the same head (…车, …企业), the figure's own noun, not an elided one.
    own = gap.lstrip("，、；").strip()
    return "" if len(own) > 1 and noun and own[-1] == noun[-1] and own != noun else noun


def abbreviates(short: str, phrase: str) -> bool:
    """Whether ``short`` is a short form of ``phrase`` (旧车 of 旧电动自行车, 危化企业 of 危险化学品企业): shorter, opening
    and ending with the phrase's first and last characters, its characters in the phrase's order."""
    return 1 < len(short) < len(phrase) and short[0] == phrase[0] and short[-1] == phrase[-1] and in_order(short, phrase)


def listed_before_class(head: str, noun: str, window: str) -> bool:
    """Whether ``noun`` is the class word after 等 of a list that says the asked ``head`` (配备气体检测仪、通风设备等
    装备4800余台: 装备 sums the listed 设备, no sibling of it)."""
    at = window.find(f"等{noun}")
    return at > 0 and head in re.split(r"[，,；;。：:]", window[:at])[-1]


def names_other(measure: str, noun: str, window: str, compound: bool = False, title: str = "") -> bool:
    """Whether a figure counts another thing than the asked one: a sibling head (专职消防队员 for 专职安全
    管理人员: another word ending in the same class character), the compound right after it (400 多个充电点
    for AI 摄像头), or another kind of the same head (工业巡查单元 for 农业巡查单元, 危化品经营企业 for
    危化品生产企业: an asked modifier is missing from the figure's words while its noun has another one
    before the head)."""
    head = head_noun(measure)
    if unsaid_attribute(measure, f"{window} {title}"):
        return True  # 国家级5G工厂 is not answered by 27 家企业获评 5G 工厂, which says no level
    if not head:
        return False
    if noun and not counts_measure(measure, noun):
        other = head_noun(noun)
        if compound or (len(other) > 1 and len(head) > 1 and other[-1] == head[-1]
                        and other not in head and head not in other and not abbreviates(other, measure)
                        and not listed_before_class(head, noun, window)):
            return True  # (旧车 for 旧电动自行车 is its short form, no sibling: abbreviates below)
    # The text's phrase with the asked head: the counted noun, or the one in the clause (划分工业巡查单元).
    phrase = noun if head in noun else noun_run(window[:window.find(head) + len(head)], True) if head in window else ""
    if not phrase and (span := gapped_span(head, noun)):  # 消防安全员 holds 消防员 with a word inside: read as 消防员
        phrase = noun[:span[0]] + head
    words = [(w, flag) for w, flag, *_ in tagged(phrase)]
    at = next((i for i, (w, _) in enumerate(words) if head in w), len(words))
    # an adjective names a kind too (较大以上风险 is not the asked 重大风险)
    said = [w for w, flag in words[:at] if len(w) > 1 and flag in ("n", "vn", "nz", "b", "a")]
    if not said and head in window:  # 39777条较大以上风险: a degree (较大以上) between the figure and the head
        degree = re.search(r"\d\s*[万亿]?[余多]?\s*[\u4e00-\u9fff]([^\d，、；。]{0,6})$", window[:window.find(head)])
        said = [w for w, flag, *_ in tagged(degree.group(1)) if len(w) > 1 and flag == "a"] if degree else []
    if at < len(words) and words[at][0].endswith(head) and len(words[at][0]) > len(head):
        said.append(words[at][0][:-len(head)])  # 化工企业 is one word: 化工 is its kind
    # The asked modifiers: the words before the head (屏幕上播: nothing after 屏幕 modifies it).
    before = measure[:measure.find(head)] if head in measure else measure
    asked = [w for w, *_ in tagged(before) if len(w) > 1 and w not in head]
    # Only dictionary words name another kind: a typo of the text (公电 for 公交) does not.
    # the title is its setting; a modifier said by its domain synonym is said (劣质灶具: 查封不合格灶具)
    # the figure's own noun says its words too when it is shared with a sibling figure outside the window
    # (排查整治管道隐患193处，已整改186处: 186 counts 整治管道隐患 though its window is 已整改186处)
    missing = [w for w in asked if not said_as(w, f"{window} {noun}") and not match(w, title)
               and not verb_glued(w, phrase, window)]  # 检查人员密集场所: 检查 + 人员密集场所
    if any(other_thing(w, window) for w in [*missing, head]):
        return True  # 电动汽车 asked, 电动自行车 counted: a look-alike that is another thing (domain.DISTINCT)
    # 548家危化品企业 counts more than the asked 危化品生产企业: the text's phrase is the asked one less a word.
    narrower = len(missing) == 1 and len(asked) > 1 and phrase.endswith(measure.replace(missing[0], "", 1))
    return bool(missing) and (narrower or any(w not in measure and known(w) for w in said))


def _modified_noun(before: str, noun: str) -> str:
    """The noun ``before`` ends with and its modifiers right before it: at most two words of nouns, adjectives and
    one verb (粉尘|涉爆|企业 → 粉尘涉爆企业); an adverb, a second verb or any other word ends them (全市危化品企业|累计|
    排查|隐患 → 排查隐患: 危化品企业 is the clause's subject, not a modifier of 隐患). "" when ``before`` does not end
    with ``noun``."""
    if not before.endswith(noun):
        return ""
    words = [(w, flag) for w, flag, *_ in tagged(before[:-len(noun)]) if w.strip()]
    kept, verbs = [], 0
    for w, flag in reversed(words[-2:]):
        verbs += flag == "v"
        if not flag.startswith(("n", "a", "b", "v")) or flag.startswith("v") and flag not in ("v", "vn") or verbs > 1:
            break
        kept.insert(0, w)
    return "".join(kept) + noun


def same_noun_share(measure: frozenset[str], noun: str, after: str, before: str = "") -> float:
    """How much of the asked noun the figure's noun says, or the words after the figure in its window
    (27 家企业获评 5G 工厂; 137 家省|先进级智能工厂, where the segmenter cut the noun to 省), or its clause's words
    before it when they end with that noun: the noun with its modifiers (现有粉尘涉爆企业 1342 家, where the
    segmenter cut the noun to 企业 after the verb 涉爆)."""
    if not noun and not after.strip():
        return 0.5
    lead = _modified_noun(before.rstrip(), noun) if len(noun) > 1 else ""
    return max(phrase_overlap(measure, noun) if len(noun) > 1 else 0.0, phrase_overlap(measure, after),
               phrase_overlap(measure, lead) if lead else 0.0)


# A subset said by a relative clause and a bare figure (其中设有研发实验室的98家): it counts the noun said before.
_SUBSET_CLAUSE_RE = re.compile(r"^\s*其中[^，,。；;]{1,20}的\s*$")


def elided_antecedent(sentence: str, clause_start: int, f: Figure, noun: str) -> str:
    """The words before a figure's clause when the clause names no noun of its own (…对诊断发现的问题实行清单化
    闭环管理，…，目前已整改8315条: what was 整改 is the 问题 said before), else "": a verb and a figure count the
    thing the sentence already named. A verb read as the figure's noun (已服务1126家: 服务) names no thing."""
    if clause_start <= 0 or noun and any(flag.startswith("n") for _, flag, *_ in tagged(noun)):
        return ""
    if _SUBSET_CLAUSE_RE.match(sentence[clause_start:f.start]):
        return sentence[:clause_start]  # 其中设有研发实验室的98家: the relative clause's nouns restrict, 企业 is counted
    words = [w for w in tagged(sentence[clause_start:f.start]) if w[0].strip()]
    # 服务 (vn) is the verb here; a place (其中盛泽镇8700余家) says whose share it is, not what is counted; a word
    # of the figure's aspect (the qualifier class of lexicon.QUALIFIERS: 计划, 目前, 累计) names no thing either
    # (实施老旧燃气管网更新改造，全年计划改造126公里: 计划 is tagged a noun, the 126 are the 燃气管网 said before)
    if not words or any(flag.startswith("n") and not _place_word(w, flag) and w not in _ASPECT_WORDS
                        for w, flag, *_ in words):
        return ""
    return sentence[:clause_start]


_ASPECT_WORDS = frozenset(w for words in lx.QUALIFIERS.values() for w in words)
_PLACE_END_RE = re.compile(r"(?:" + "|".join(lx.TOWN_SUFFIXES) + r"|县|区|市|村|园区)$")


def _place_word(word: str, flag: str) -> bool:
    return flag == "ns" or bool(_PLACE_END_RE.search(word)) and len(word) > 2 or bool(find_places(word))


def noun_classifier_fit(part, f: Figure, sentence: str) -> float:
    """1 when a count is asked of a noun (几个部门) and a bare figure is followed by that noun itself, the noun
    standing as its classifier (由工信、公安等 8 部门组成): the figure counts it; 0 otherwise."""
    head = head_noun(part.measure) or part.measure
    return 1.0 if (not f.unit and part.unit_class == "count" and len(head) > 1
                   and sentence[f.end:].lstrip().startswith(head)) else 0.0


def matters_counted(measure: str, asked_unit: str, unit: str, noun: str) -> bool:
    """Whether a figure in a matter classifier (项, 条, 件) answers an entity classifier (几家, 几支) for another
    thing: 推动企业自查自纠问题隐患 386 项 counts 隐患, not 危化品经营企业; 13件共性预案 counts plans, not teams. Only
    a noun whose head is the asked one's (救援装备1.2万件 for 几台装备) counts it in the other classifier."""
    if not matters_for_entities(asked_unit, unit):
        return False
    head = head_noun(noun) or noun
    return not (measure and head and counts_measure(measure, head))


# 为每座储罐建立电子档案 / 为每家场所生成安全二维码: the thing a later total in the same classifier counts.
_EACH_RE = re.compile(r"(?:为|对|给)每\s*([个座家名处台所艘辆户])")


def each_noun(sentence: str, start: int, unit: str, noun: str) -> str:
    """The noun a figure with no noun of its own (or only the object of a verb after 已) counts when its sentence first says what is done to each of those
    things in the figure's classifier: 为每座储罐建立电子档案，…，已建档1460座 counts 储罐; 为每家场所生成安全二维码，
    …已赋码1.16万家 counts 场所. Only before the figure, and only in the same classifier (每家机构… 94场次 is not)."""
    # 已建档1460座 / 已赋码1.16万家: a verb-object word after 已 is the predicate, not a noun the figure counts
    done = re.search(r"已经?([\u4e00-\u9fff]{1,3})\s*$", sentence[:start])
    if noun and not (done and noun in done.group(1)):
        return ""
    each = [m for m in _EACH_RE.finditer(sentence, 0, start) if m.group(1) == unit_base(unit)]
    if not each:
        return ""
    after = [w for w in tagged(sentence) if w[2] >= each[-1].end() and w[0].strip()]
    return after[0][0] if after and after[0][1].startswith("n") else ""  # 储罐|建立: the noun right after 每座
