"""A question split into the pieces that each ask one figure: at ？/；, at a comma before another quantity, at
各/分别 conjuncts, and the sides of a comparison."""

from __future__ import annotations

import re

from ..nouns import noun_run
from . import lexicon as lx
from .conjoined import split_conjoined
from .fronted_topic import glue_fronted_topic
from .link_split import linked_start


def segments(question: str) -> list[str]:
    """The question split into one piece per asked figure: at ？/；, at a comma or 、 that starts another
    quantity, and between two quantity words of one clause (对多少家单位报告的多少条风险)."""
    pieces = [p for p in re.split(r"[？?；;。]", question) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        clauses = re.split(r"[，,、]", piece)
        if len(clauses) > 1 and lx.ELLIPTIC_RE.match(clauses[-1].strip()) and lx.QUANTITY_RE.search(piece[:-len(clauses[-1])]):
            # 高层建筑有多少幢，超高层呢: two figures; the head is split as any piece is (排查了多少家企业，化工生产
            # 企业识别了几家，医药的呢: three figures, not the 化工 ask merged into the first and answered by its total)
            out.extend((*segments(piece[:-len(clauses[-1]) - 1]), clauses[-1]))
            continue
        if len(clauses) > 1 and lx.ELLIPTIC_RE.match(clauses[0].strip()) and not lx.QUANTITY_RE.search(clauses[0]) \
                and lx.QUANTITY_RE.search(piece[len(clauses[0]) + 1:]):
            # 其中重大事故隐患呢，南通…累计多少条: an elided X呢 said before the full ask asks the same of X, as after it
            out.extend((*segments(piece[len(clauses[0]) + 1:]), clauses[0]))
            continue
        # 整治了多少家企业，腾出来多大空间 / 腾退空间有多大 / 海岸线多长: a size or dimension asked before or after its
        # noun is a quantity clause beside another one
        if len(clauses) > 1 and sum(bool(lx.QUANTITY_RE.search(c) or lx.SIZE_NOUN_ASK_RE.search(c) or lx.SIZE_ASK_RE.search(c)
                                         or lx.DIMENSION_ASK_RE.search(c))
                                    for c in clauses) == len(clauses) and any(lx.QUANTITY_RE.search(c) for c in clauses):
            out.extend(part for clause in clauses for part in _ask_parts(clause))  # 事故多少起死了几个人，火情几起
            continue
        out.extend(_ask_parts(piece))
    return out or [question]


def _ask_parts(piece: str) -> list[str]:
    """``piece`` split into one part per question word. 平台上，多少家单位报了多少条风险: a clause without a quantity
    word is context of the first part."""
    asks = list(lx.ASK_RE.finditer(piece))
    if len(asks) < 2:
        return [piece]
    ends = [0, *(m.end() for m in asks)]  # where the words before each question word start
    nexts = [m.start() for m in asks[2:]] + [len(piece)]  # …and where those after the later one end
    bounds = [0, *(_clause_start(piece, a.end(), b.start(), piece[ends[i]:a.start()], piece[b.end():nexts[i]])
                   for i, (a, b) in enumerate(zip(asks, asks[1:]))), len(piece)]
    return [piece[a:b] for a, b in zip(bounds, bounds[1:]) if piece[a:b].strip(" ，,")]


# What may follow a question word that ends its part: a particle, or one character of a counted noun (几个人).
_CLAUSE_END_RE = re.compile(r"^\s*[\u4e00-\u9fff]?\s*(?:呢|吗|啊|呀|了)?\s*$")


def _clause_start(piece: str, after: int, ask: int, before: str = "", behind: str | None = None) -> int:
    """Where the part of a later question word starts: after the last comma between the previous question word and
    it (…整治了多少项，整改率多少: 整改率 is the second part's noun, not the first's); else, in one unpunctuated
    clause, right after the previous question word when that one follows its own noun (``before``) and the later one
    has no noun after it (``behind``): 码头多少个储罐多少座, 事故多少起死了几个人 (chat often drops the comma; the
    words between are the later part's); else at the word itself (对多少家单位报告的多少条风险: one clause, two
    asks, each noun after its question word)."""
    comma = max(piece.rfind("，", after, ask), piece.rfind(",", after, ask))
    if comma >= 0:
        return comma + 1
    linked = linked_start(piece, after, ask)  # …多少处以及罚款多少: the later part starts at its link word
    if linked is not None:
        return linked
    between = piece[after:ask].strip()
    if behind is not None and between and _names_thing(_ASK_LEAD_RE.sub("", before)) \
            and (_CLAUSE_END_RE.match(behind) or not _names_thing(behind)) \
            and not _JOINED_RE.search(between) and not (_BARE_ASK_RE.search(piece[:after]) and noun_run(between)):
        return after
    return ask


# Words joined to the next question word's (覆盖多少企业和多少人次): the words between are the earlier part's noun.
_JOINED_RE = re.compile(r"(?:和|与|及|以及|跟|、)$")
# A bare 多少 with no classifier counts the noun right after it (多少企业): a noun there is the earlier part's.
_BARE_ASK_RE = re.compile(r"多少$")


def _names_thing(text: str) -> bool:
    """Whether ``text`` names a thing (a noun, not a place or a person): 老旧装置排查 does, 检查了 and 对 do not."""
    import jieba.posseg

    return bool(noun_run(text, True)) or any(w.flag.startswith("n") and w.flag not in ("ns", "nr", "nt", "nz")
                                             and len(w.word) > 1 for w in jieba.posseg.cut(text))


# The question word's own lead-in (有多少, 是几): not part of the noun before it.
_ASK_LEAD_RE = re.compile(r"(?:[总一]?共有|有|是|为|达|占|共)\s*$")


def asking_segments(question: str) -> list[str]:
    """The segments that ask something: those with a quantity or time word, and an elliptic ``X呢`` after one
    (安全口袋书印了多少本？应知应会手册呢？ asks the same for 应知应会手册)."""
    out: list[str] = []
    pieces = glue_fronted_topic(question, segments(question))  # 盐城渔船…补贴，25年打算发多少钱: one ask
    figures = any(lx.QUANTITY_RE.search(s) for s in pieces)
    scene = ""
    for s in pieces:
        if lx.QUANTITY_RE.search(s) or lx.WHEN_RE.search(s) or (out and lx.ELLIPTIC_RE.match(s.strip(" ，,"))) \
                or (figures and (lx.SIZE_ASK_RE.search(s) or lx.SIZE_NOUN_ASK_RE.search(s) or lx.DIMENSION_ASK_RE.search(s))):  # 护林员队伍多大？旅游船几艘
            out.append(f"{scene}，{s}" if scene and not out else s)
        elif not out and lx.YESNO_RE.search(s.strip()):
            # 有没有安装视频监控？装了多少台: the yes/no asked first is the scene of the figure asked after it
            scene = s.strip(" ，,")
    return out


def conjuncts(segment: str) -> list[str]:
    """``X和Y各多少`` → [X, Y]: the run of words joined by 和/及/与/、 next to 各/分别; [segment] otherwise."""
    each = lx.EACH_RE.search(segment)
    if not each:
        return _paired(segment)
    before, after = segment[:each.start()], segment[each.end():]
    for at, run in enumerate((re.split(r"[，,（）()“”《》？?]", before)[-1], re.split(r"[，,（）()“”《》？?]", after)[0])):
        words = [w for piece in run.split("、") for w in split_conjoined(piece) if w.strip()]  # not 惠及, 参与
        if len(words) > 1:
            # X和Y分别降了多少: the predicate after 分别 is said of every conjunct (each is 降了多少, with its change)
            tail = re.split(r"[，,（）()“”《》]", after)[0] if at == 0 else ""
            return [w + tail for w in shared_after_places(words)]
    return [segment]


# Place words that close a row or place name (颜集镇, 泰兴市, 海陵区, 支塘街道).
_PLACE_END_RE = re.compile(r"(?:街道|镇|乡|市|区|县|村)$")


def shared_after_places(words: list[str]) -> list[str]:
    """苏州和南通岁末年初各检查了多少家次 → 苏州岁末年初, 南通岁末年初; 颜集镇和庙头镇排查隐患分别… → 颜集镇排查隐患,
    庙头镇排查隐患: when every conjunct before the last is a bare place (a Jiangsu place of the gazetteer, or a name
    ending in the same place word as the others) and the last is such a place followed by more words, those words
    (a period, a scene, the thing each place's figure counts) are said of every place, not of the last one alone;
    other conjuncts are returned unchanged."""
    from ..ingest.gazetteer import is_jiangsu

    *heads, last = words
    if not heads:
        return words
    end = _PLACE_END_RE.search(heads[0].strip())
    same_end = end is not None and all(h.strip().endswith(end.group()) for h in heads)
    if not same_end and not all(is_jiangsu(h.strip()) for h in heads):
        return words
    at = next((n for n in range(len(last), 1, -1) if is_jiangsu(last[:n])), 0)
    if not at and same_end and (found := last.find(end.group(), 1)) > 0:
        at = found + len(end.group())
    rest = last[at:].strip()
    if not at or len(rest) < 2 or is_jiangsu(rest) or _PLACE_END_RE.search(rest):
        return words
    return [w.strip() + last[at:] for w in heads] + [last]


# The conjunctions _paired and _paired_count split two nouns at (as words: conjoined.py).
_NOUN_JOINERS = frozenset({"和", "与", "及"})

# A sum is asked, not each of the things joined (一共多少家).
_TOTAL_RE = re.compile(r"一共|总共|共计|合计|总计|加起来|总数|共有|累计")


def _paired(segment: str) -> list[str]:
    """``多少家公办体验馆和企业体验馆`` / ``化工生产企业和医药生产企业多少家`` → two parts: exactly two nouns
    joined by 和/与/及 right next to the only question word ask one figure each (when the text gives one
    figure for both, both parts take it). So do exactly two nouns joined by 、 right after a bare 多少 (配了多少救生衣、
    救生圈, 有多少养老机构、床位: each counted in its own unit). One classifier over the list (多少个不合格灶具、调压阀,
    the text's joint count), a longer list (企业、建筑工地和水利工程), 、 before the question word (苏州、无锡有多少)
    or a sum (一共) stays one."""
    asks = list(lx.ASK_RE.finditer(segment))
    if _TOTAL_RE.search(segment):
        return [segment]
    if not asks:
        return _paired_count(segment)
    if len(asks) != 1:
        return [segment]
    ask = asks[0]
    after = re.split(r"[，,（）()“”《》？?的了]", segment[ask.end():])[0]
    listed = [w for w in after.split("、") if w.strip()]
    if ask.group().strip() == "多少" and len(listed) == 2 and not re.search(r"和|与|及", after) \
            and all(len(w.strip()) >= 2 for w in listed):
        return listed
    if "、" in segment:
        return [segment]
    for run in (after, re.split(r"[，,（）()“”《》？?了]", segment[:ask.start()])[-1]):
        words = [w for w in split_conjoined(run, _NOUN_JOINERS) if w.strip()]  # 惠及的渔船 is one noun phrase
        if len(words) == 2 and all(len(w.strip()) >= 3 for w in words):  # 重点企业和场所: 重点 is shared
            return words
    return [segment]



# A count asked by a noun instead of a question word (生产企业和危化品企业数量, 专委会和镇街的个数).
_COUNT_NOUN_RE = re.compile(r"的?(?:数量|个数)$")


def _paired_count(segment: str) -> list[str]:
    """``A和B数量`` → [A数量, B数量]: two nouns joined by 和/与/及 right before a final 数量 (no question word) ask one
    count each, as ``A和B各多少`` does; the same length rule as before a question word (重点企业和场所 stays one)."""
    tail = _COUNT_NOUN_RE.search(segment.strip(" ，,？?"))
    if not tail:
        return _own_count_nouns(segment)
    run = re.split(r"[，,（）()“”《》？?了、]", segment.strip(" ，,？?")[:tail.start()])[-1]
    words = [w for w in split_conjoined(run, _NOUN_JOINERS) if w.strip()]  # 惠及的渔船 is one noun phrase
    if len(words) == 2 and all(len(w.strip()) >= 3 for w in words):
        lead = segment[:segment.index(run)] if run else ""
        return [lead + words[0] + "数量", words[1] + "数量"]
    return [segment]


# A count noun closing each of two joined nouns (事故起数和受伤人数, 检查家数和整改户数): each names its own count.
_OWN_COUNT_RE = re.compile(r"(?:起|人|家|户|次|个)数$")


def _own_count_nouns(segment: str) -> list[str]:
    """``A起数和B人数`` → [A起数, B人数]: two nouns joined by 和/与/及, each closed by its own count noun (no question
    word), ask one count each, in its own unit; [segment] otherwise."""
    run = re.split(r"[，,（）()“”《》？?了、]", segment.strip(" ，,？?"))[-1]
    words = [w for w in split_conjoined(run, _NOUN_JOINERS) if w.strip()]
    if len(words) == 2 and all(_OWN_COUNT_RE.search(w.strip()) and len(w.strip()) >= 3 for w in words):
        return [segment[:segment.index(run)] + words[0], words[1]]
    return [segment]


def own_subject(lead: str, piece: str) -> bool:
    """Whether a later part opens with a subject of its own beside the first part's (新河镇已整改多少处？庙头镇排查了
    多少处？): a parallel question about another row or entity, which borrows none of the first part's words. A part
    with no subject (…，查了多少家次企业), a subset (其中…) or an elliptic ``X呢`` still asks within the first."""
    if lx.ELLIPTIC_RE.match(piece.strip(" ，,")) or piece.lstrip(" ，,").startswith("其中"):
        return False
    if lx.MEETING_RE.search(piece) and not lx.MEETING_RE.search(lead):
        return True  # …服务多少家？危化品集中治理推进会上说重大隐患几项: the meeting is the later part's own source
    mine, first = noun_run(piece.strip(" ，,")), noun_run(lead.strip(" ，,"))
    return bool(mine and first and mine != first)
