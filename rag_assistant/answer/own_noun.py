"""What a figure's own noun says it counts, against the asked thing: the noun right after its classifier
(六个维度, 13件共性预案) and the class of its unit (9.2 万名 counts people).

judge.py lets a figure answer when the asked noun is said anywhere in its clause (27 家企业获评 5G 工厂). These
checks say when that is not enough: the asked noun was said only as one item of a list the figure counts as
something else (专委会效用发挥、…等六个维度), another kind of the asked thing follows the figure (13件共性预案 for
个性预案, whatever later list item says 个性), or a count of people holds the asked thing only as a modifier
(企业班组安全员 9.2 万名 is no count of 企业班组), or the question's counted things did a deed whose object the
figure's words never name (多少家企业建了班前会制度 vs 动员1037家企业…开展标准化提升).
"""

from __future__ import annotations

import re

from ..nouns import names_place, head_noun, tagged
from ..units import unit_class
from .counted import counts_measure
from .domain import said
from .steps import STEPS


_LIST_SEP_RE = re.compile(r"[、]|及|以及")


# Words saying "all of them" that the tagger tags as nouns.
_ALL_WORDS = frozenset({"全部", "全都", "全体"})


def noun_after(sentence: str, end: int) -> str:
    """The noun phrase right after a figure (六个|维度, 13件|共性预案), or "": nouns only, up to a verb,
    punctuation or a link word."""
    run = []
    for word, flag, *_ in tagged(sentence[end:end + 16]):
        # 全部/全都 after a figure say its things are all acted on (危房136户全部停止经营): the tagger reads them
        # as nouns, but they quantify the figure's things and name none of their own.
        if not word.strip() or not flag.startswith(("n", "b")) or names_place(word, flag) or word in _ALL_WORDS:
            break
        run.append(word)
    return "".join(run)


_QUANTIFIED_RE = re.compile(r"[0-9０-９]|所有|全部|各|其他|其余")


def counts_listed_other(measure: str, question: str, sentence: str, start: int, end: int, window: str,
                        clause_end: int | None = None) -> bool:
    """Whether the asked noun is said before the figure but the figure counts another noun named right after
    it (部门职责清单修订、专委会效用发挥…等六个维度: 六个 counts 维度, not 专委会). The asked noun said after
    the figure (27 家企业获评 5G 工厂), or the figure's noun said in the question, still lets the figure answer;
    said after it as another item of a list (97个镇街、10个省级开发区及所有园区) it does not."""
    head = head_noun(measure) if measure else ""
    own = noun_after(sentence, end)
    if len(head) < 2 or not own or head in own or counts_measure(measure, own):
        return False
    rest = sentence[end:clause_end if clause_end is not None else len(sentence)]
    seps = list(_LIST_SEP_RE.finditer(rest[:rest.find(head)])) if head in rest else []
    item = rest[seps[-1].end():rest.find(head)] if seps else ""
    # A bare head asked (多少家企业) is what the figure counts when the list only joins its modifiers
    # (43家危化品生产、储存企业): another item of the list has a figure or quantifier of its own.
    # (a verb between them ends the phrase: 286幢建筑实行挂图作战、销号管理 lists no modifiers of 销号)
    # (the head said right after a separator is an item itself: 66个镇（街道）、开发区 counts both)
    joined = measure == head and bool(item.strip()) and not _QUANTIFIED_RE.search(rest[:rest.find(head)]) \
        and not any(flag == "v" for _, flag, *_ in tagged(rest[:rest.find(head)]))
    if seps and not joined and not any(flag.startswith("v") for _, flag, *_ in tagged(item)):
        return True  # 97个镇街、10个省级开发区及所有园区: 园区 is another item of the list, not what 97个 counts
    # (54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度: the object of the list's shared verb is no item)
    first = next((w for w, *_ in tagged(own) if w.strip()), "")
    if len(first) > 1 and first in question:
        return False  # 南京是全国多少个试点城市之一: the question names the figure's own noun
    at = window.find(sentence[start:end])
    if at < 0 or len(own) < 2:
        return False
    return head in window[:at] and head not in window[at:]


def other_kind_after(measure: str, sentence: str, end: int) -> bool:
    """Whether the noun right after a figure is another kind of the asked thing: it ends with the asked head
    and carries a modifier of its own that the question does not say, and the asked modifier is not in it
    (13件共性预案 for 个性预案, whatever a later item of the list says)."""
    head = head_noun(measure) if measure else ""
    own = noun_after(sentence, end)
    if len(head) < 2 or not own.endswith(head) or own == head:
        return False
    modifier = own[:-len(head)]
    asked = measure[:measure.find(head)] if head in measure else ""
    words = [w for w, flag, *_ in tagged(modifier) if len(w) > 1]
    return bool(asked) and asked not in own and bool(words) and all(w not in measure for w in words)


def people_for_thing(asked_class: str, asked_unit: str, unit: str, measure: str, noun: str) -> bool:
    """Whether a count of people answers a count of things only through a modifier: 几个 asks a count, and
    a figure in 名/人 whose noun does not end with the asked head (企业班组安全员 9.2 万名 for 多少个企业班组 or
    多少个社会面小场所) counts the persons, not the thing. 几个编制 is still answered by 18 名编制 (the noun is
    the head), and a figure whose noun was not read is left to the other checks."""
    if asked_class != "count" or unit_class(unit) != "people" or not noun or not measure:
        return False
    if any(measure in verbs for verbs in STEPS.values()):  # 抓了几个嫌疑人，刑拘几个: the asked "thing" is a step verb
        return False  # (the class of steps.STEPS), whose persons 刑拘 2 人 counts; no noun is there to be a modifier of
    head = head_noun(measure)
    return len(head) > 1 and not noun.endswith(head)


_ASK_RE = re.compile(r"多少|几")
# A negated relative clause before the question word names the complement of what the text counts (没整改的,
# 未立案的, 没发现问题的); 有没有 asks yes or no.
_NEGATED_RE = re.compile(r"(?:没有|没|未|尚未|还没|还未|不)[\u4e00-\u9fff]{1,8}?的")
_NEGATION_RE = re.compile(r"[未没不尚无非]")


def negated_subset(question: str, window: str, before: str = "") -> bool:
    """Whether the question asks the things a step was not done to (企业没整改的有多少条, 557家里没立案的有几家)
    and the figure's words carry no negation (发现各类问题3814条, 先后查处企业557家): the figure counts those
    the step was done to, or the whole; the complement would need a subtraction the text does not state.
    When the sentence itself names the negated set before the figure (对9家拒不整改的企业依法立案处罚，罚款金额合计
    126.5万元), the figure is said of that set: the question asks no complement."""
    cut = _ASK_RE.search(question)
    asked = question[:cut.start()] if cut else question
    negated = _NEGATED_RE.search(asked.replace("有没有", ""))
    if not negated or _NEGATION_RE.search(window):
        return False
    return negated.group(0)[:-1] not in re.sub(r"\s+", "", before)


# What a question restricts its counted things to after its question word (有多少个在小区, 有几个是民办的), or the
# state it asks them to have reached (问题中有多少个已整改完成, 隐患里有多少项已经整改到位): a figure whose words do
# not say that state counts all of them (查摆出的问题84个), not the ones that reached it.
_RESTRICTION_RE = re.compile(r"(?:多少|几)[个家处所名条项件座起]?(?:是|在|属于|位于|来自|已经|已)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:了)?"
                             r"(?:呢|啊|呀)?[？?。]*$")


def restriction_unsaid(question: str, window: str) -> bool:
    """Whether the question restricts the counted things after its question word (充电点里有多少个在小区, 体验馆有几个
    是民办的) and the figure's words do not say that restriction: the figure counts all of them."""
    m = _RESTRICTION_RE.search(question)
    if not m:
        return False
    words = [w for w, *_ in tagged(m.group(1)) if len(w) > 1] or [m.group(1)]
    return not all(w in window for w in words)


# Adverbs and aspect words between a counted noun and its predicate (有多少家企业都建了…, …已经落实了…).
_PREDICATE_FILLERS = frozenset("都 已 已经 还 也 均 全部 了 过 着 有".split())
_END_RE = re.compile(r"[的呢吗啊呀？?。！!\s]+")


def _abbreviated(verb: str, objects: list[str], clause: str, sentence: str) -> bool:
    """Whether the clause says the deed by the verb-object compound of the verb's and the object's first
    characters (建了电子档案 as 已建档1460座, 建立了档案 as 逐一建档): the object's head is the last noun, and its
    other words (电子) must be said in the sentence, which then names the same object in full."""
    head = objects[-1]
    return verb[0] + head[0] in clause and all(w in sentence for w in objects[:-1])


def object_unsaid(question: str, measure: str, clause: str, sentence: str = "") -> bool:
    """Whether the question ends by saying what its counted things did (多少家企业建了班前会制度: a verb and its
    object nouns) and the figure's words from its clause on name none of that object (动员1037家企业…开展标准化
    提升): the figure counts the things for another deed, so it does not answer."""
    cut = _ASK_RE.search(question)
    at = question.find(measure, cut.end()) if cut and measure else -1
    if at < 0:
        return False
    words = [(w, flag) for w, flag, *_ in tagged(question[at + len(measure):]) if w.strip()]
    while words and words[0][0] in _PREDICATE_FILLERS:
        words.pop(0)
    if not words or not words[0][1].startswith("v"):
        return False
    rest = [(w, flag) for w, flag in words[1:] if w not in _PREDICATE_FILLERS and not _END_RE.fullmatch(w)]
    if not rest or any(flag.startswith("v") and len(w) > 1 for w, flag in rest):
        return False  # 围绕多少件建议提案去实地查看: a noun before another verb is its manner, not the deed's object
    objects = [w for w, flag in rest if flag.startswith("n") and len(w) > 1]  # 安全交底会: 会 is read as a verb
    return bool(objects) and not any(w in clause or said(w, clause) for w in objects) and \
        not _abbreviated(words[0][0], objects, clause, sentence or clause)


# A question that counts its things together with a subset it names (连已停产的算上, 包括盛泽镇在内, 含老旧管网在内).
_INCLUSION_RE = re.compile(r"(?:连同|连|包括|包含|含|算上)([\u4e00-\u9fff]{1,10}?)的?(?:也|都)?"
                           r"(?:一起算|一并算|算上|算进去|算在内|在内)")


def included(question: str, word: str) -> bool:
    """Whether ``word`` names the subset a question counts its whole with (包括盛泽镇在内): not what it asks alone."""
    m = _INCLUSION_RE.search(question)
    return bool(m) and word in m.group(1)


def inclusion_unmet(question: str, sentence: str, window: str) -> bool:
    """Whether a figure fails a question that counts a whole together with a subset (如皋涉氨制冷企业连已停产的算上
    一共多少家): the sentence never says that subset (126家涉氨制冷企业 may or may not include the stopped ones), or
    the figure's own words are the subset's (全区…1.26万家，其中盛泽镇8700余家: 8700 is 盛泽镇's, not the whole)."""
    m = _INCLUSION_RE.search(question)
    if not m:
        return False
    words = _subset_words(m.group(1))
    text = re.sub(r"\s+", "", sentence)
    if not all(w in text for w in words):
        return True
    rest = question[:m.start()] + question[m.end():]
    own = [w for w in words if w not in rest]  # 老旧 of 老旧管网: what tells the subset from the whole asked
    return bool(own) and all(w in re.sub(r"\s+", "", window) for w in own)


_ASPECT = frozenset("已 已经 也 都 还".split())


def _subset_words(phrase: str) -> list[str]:
    """The words naming a subset (已停产 → 停产; 老旧管网 → 老旧, 管网), single characters joined (老 旧 → 老旧)."""
    words: list[str] = []
    single = ""
    for w in [w for w, *_ in tagged(phrase) if w not in _ASPECT]:
        if len(w) == 1:
            single += w
            continue
        words += [single] if len(single) > 1 else []
        single = ""
        words.append(w)
    words += [single] if len(single) > 1 else []
    return words or [phrase]
