"""Whether an asked modifier of the counted noun is said in the figure's sentence as a modifier of that noun, not
only as a piece of another phrase: 昆山有多少家生产企业 asks 生产企业, and 推动承租企业投保安全生产责任保险5260家 says
生产 only inside 安全生产 (of the insurance, after the noun), so it names no 生产企业 and its 5260 counts the
承租企业. Substring tests found the modifier in the sentence and let the figure answer. The modifier must stand
before the asked head in the sentence or the title (生产企业, 生产经营企业, 危化品生产、经营企业), or be said so by a synonym
(危化品 / 危险化学品)."""

from __future__ import annotations

import re
from typing import Sequence

from ..dictionary import tag
from ..nouns import head_noun, in_order, tagged
from .fronted_subject import THING_UNITS
from .synonyms import SYNONYMS


def _forms(term: str) -> list[str]:
    return [term, *SYNONYMS.get(term, ())]


def _said_in_full(term: str, text: str) -> bool:
    """Whether ``text`` says ``term`` as a longer written form of it (危化品 as 危险化学品, 船企 as 船舶修造企业): the
    gapped and short-form readings of match.match."""
    from .match import match  # match imports this module's neighbours; read lazily
    return match(term, text) > 0


def modifies_head(modifier: str, head: str, text: str) -> bool:
    """Whether ``modifier`` (or a synonym) is said before an occurrence of ``head`` in ``text`` (a modifier comes
    first; one said only after the head's last mention belongs to another phrase)."""
    return head in text and any(f in text[:text.rfind(head)] for f in _forms(modifier))


# Locative words after a noun (基地内, 园区外, 罐区里) place something in it; the tagger may tag them nouns, but the
# noun before one modifies nothing: 实现基地内3分钟到场 names the 基地 of the asked 基地消防车装备 as a place.
_LOCATIVES = frozenset("内 外 中 里 上 下 旁 边 周边 内外 周围 之内 之外 以内 范围".split())


def _of_other_noun(form: str, head: str, sentence: str) -> bool:
    """Whether every mention of ``form`` in ``sentence`` is a piece of another word or stands right before a noun
    other than ``head`` (生产 of 安全生产责任保险): it modifies that noun. A mention followed by 的 or a verb
    (生产经营单位报告的39777条) says what the head's things do, a paraphrase of the asked kind; one followed by a
    locative (基地内) names a place, no noun it modifies."""
    words = tagged(sentence)
    found = False
    for at in (i for i in range(len(sentence)) if sentence.startswith(form, i)):
        found = True
        end = at + len(form)
        inside = any(w[2] < at < w[3] or w[2] < end < w[3] for w in words)
        nxt = next((w for w in words if w[2] == end), None)
        if not inside and not (nxt and nxt[1].startswith("n") and head not in nxt[0] and nxt[0] not in _LOCATIVES):
            return False
    return found


def modifier_elsewhere(measure: str, sentence: str, title: str = "", unit: str = "") -> bool:
    """Whether a modifier of two characters or more before the asked head (生产 of 生产企业) is said in ``sentence``
    only as a modifier of another noun, never before the head (安全生产责任保险 after 承租企业), while the head is
    said: the sentence names no such kind of the head, so its figure (in a classifier of things) counts another."""
    head = head_noun(measure) if measure else ""
    if unit not in THING_UNITS or len(head) < 2 or not measure.endswith(head) or head not in sentence:
        return False  # a rate or a sum has no kind of thing; its words may stand in an earlier clause
    modifiers = [w for w, *_ in tagged(measure[:-len(head)]) if len(w) > 1]
    return any(any(_of_other_noun(f, head, sentence) for f in _forms(w)) and not modifies_head(w, head, sentence)
               and not modifies_head(w, head, title) for w in modifiers)


def other_kind_said(measure: str, sentence: str, article: str) -> str:
    """The other kind of the asked head ``sentence`` says in place of the asked one, when the asked modifier right
    before the head (供热 of 供热管网) is said nowhere in the article (nor a synonym) and every mention of the head in
    the sentence has another noun right before it (燃气管网): 淮安供热管网改了多少公里 is not answered by 老旧燃气管网…
    已完成41.5公里, a figure of another kind of network. "" otherwise (the modifier said, or the head said bare)."""
    head = head_noun(measure) if measure else ""
    if len(head) < 2 or not measure.endswith(head) or head not in sentence:
        return ""
    words = [(w, f) for w, f, *_ in tagged(measure[:-len(head)])]
    if not words or len(words[-1][0]) < 2 or words[-1][1] not in ("n", "vn", "nz"):
        return ""  # a place (ns), a time or an adjective before the head names no kind of it
    modifier = words[-1][0]
    if any(f in article for f in _forms(modifier)) or _said_in_full(modifier, article):
        return ""  # 危化品自动化改造: the article says 危险化学品, the short form's full name
    others = []
    for at in (i for i in range(len(sentence)) if sentence.startswith(head, i)):
        before = sentence[max(at - 2, 0):at]
        run = re.search(r"[\u4e00-\u9fff]{0,6}$", sentence[:at]).group(0)
        if len(before) < 2 or before in measure or not tag(before).startswith("n") or in_order(modifier, run):
            # 危货运输车 of 危险货物运输车辆: the asked modifier is a short form of the words before the head
            return ""  # a bare head, or one after a word of the question, may be the asked kind
        others.append(before)
    return others[0] if others else ""


def joined_terms(text: str, terms: Sequence[str]) -> list[str]:
    """Pairs of the question's terms said joined in its text (供热|管网 of 淮安供热管网改了多少公里): the compounds a
    part names when no measure was read (a verb stands between the noun and the question word)."""
    return [a + b for a in terms for b in terms if a != b and a + b in text]


def counts_modifier(measure: str, noun: str, sentence: str, figure_start: int) -> bool:
    """Whether the figure counts the thing named by the asked modifier, not the asked head, while the sentence counts
    the head with a figure of its own: 江阴码头储罐多少个 asks 储罐 (of the 码头), and 危险货物港口作业码头26个、储罐412座
    counts the 码头 in 26个 and the 储罐 in 412座. A sentence that counts no head (95家企业配备专职安全总监) keeps the
    modifier's figure as the only reading."""
    head = head_noun(measure) if measure else ""
    if len(head) < 2 or not measure.endswith(head) or not noun or head in noun:
        return False
    words = [w for w, *_ in tagged(measure[:-len(head)])]
    if not words or len(words[-1]) < 2 or not noun.endswith(words[-1]):
        return False
    number = r"\d+(?:\.\d+)?\s*[万亿]?\s*[余多]?"
    return any(m.start() != figure_start for m in re.finditer(rf"(?<={head}){number}|{number}(?=[^\d，,。；;、]{{0,2}}{head})",
                                                                sentence))
