"""Whether a yes/no question asking that all is done (都关完了吗, 全部整改了吗) is answered by a sentence saying only part
is: a done figure below the whole it is part of, the rest still to come, a table row's done cell below its count, or
a rate of the asked deed below 100% (整改率89.2% for 都改完了没: the whole is said in another sentence).

Finishing said by its result verb (整改完成了吗, 做完了没, 改完没) asks about all of it as 都…了吗 does."""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places
from ..numbers import extract_figures
from ..units import unit_class
from .tables import is_row
from .done_share import share_short

# A yes/no question asking whether all of something is done: 都关完了吗, 是不是都已经发下去了, 全部整改了吗.
WHOLE_RE = re.compile(r"都|全部|全都|完了|齐了")
# Finishing asked by a result complement (完成了吗, 完毕, 改完没, 做完了): all of the work is asked about.
_FINISHED_RE = re.compile(r"完成了?[吗没么]|完毕|[改做办干弄搞修]完")
# A rate named by a deed (整改率, 赋码率, 完成率, 处置率) and its percentage: the share of the things it was done to.
_DEED_RATE_RE = re.compile(r"([\u4e00-\u9fff]{2})率\s*(?:达到|达|为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]"
                           r"|(完成)[^，。；,;]{0,10}的\s*(\d+(?:\.\d+)?)\s*[%％]")  # 完成年度计划的75.1%


def asks_whole(question: str) -> bool:
    """Whether a question asks whether all is done (都…了吗, 完成了吗), read without its place names: the 都 of 江都
    (江都九小场所已经赋码满1万家了吗) is no 都."""
    for place in find_places(question):
        for form in sorted({place.full, place.name, *place.aliases}, key=len, reverse=True):
            question = question.replace(form, " ")
    return bool(WHOLE_RE.search(question) or _FINISHED_RE.search(question))


def falls_short(question: str, sentence: str) -> bool:
    """Whether ``question`` asks whether all is done and ``sentence`` gives a done (已) figure below a whole
    of the same class before it — planned (计划关闭6座，目前已关闭4座), allotted (安排资金1650万元，已兑现1280万元)
    or found (查找问题312项，已整改289项) — or says the rest is still to come (其余拟于…兑现); or, a table row, gives a
    later cell of its unit below the row's count (露天矿山　49座　边坡在线监测45座 under 已建成系统)."""
    from .judge import qualifier_of

    if not asks_whole(question):
        return False
    if rate_short(question, sentence) or share_short(question, sentence):
        return True  # 整改率89.2%, 已整改百分之九十以上: the share done is below the whole (done_share.py)
    figures = extract_figures(sentence)
    done = [f for f in figures if qualifier_of(re.split(r"[，；。,;]", sentence[:f.start])[-1]) == "已"]
    if done and REST_RE.search(sentence, done[0].end):
        return True
    if is_row(sentence) and any(w.start < d.start and w.value > d.value and w.unit == d.unit
                                for w in figures for d in figures):
        return True  # 露天矿山　49座　边坡在线监测45座: a later cell of the row's unit below its count is the part done
    return any(w.start < d.start and w.value > d.value and unit_class(w.unit) == unit_class(d.unit)
               for d in done for w in figures if w not in done)


# The part not yet done, said after a done figure: 其余拟于…兑现, 剩余…, 尚未…, 仍有…待….
REST_RE = re.compile(r"其余|剩余|尚未|尚有|仍有|还有.{0,8}(?:未|待)")


def rate_short(question: str, sentence: str) -> bool:
    """Whether ``sentence`` gives a rate of the asked deed below 100% (整改率96.4% for 都整改完了吗; 赋码率96.7% for
    都赋码了吗; 完成年度计划的75.1% for 计划完成了没): the deed is the rate's two characters before 率, asked when the
    question says one of them (改 of 整改 in 改完了没, 完成 of 完成率) — another rate of the sentence (持证上岗率,
    合格率) says nothing of the asked deed."""
    for m in _DEED_RATE_RE.finditer(sentence):
        deed, share = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if float(share) < 100 and any(c in question for c in deed):
            return True
    return False


# Finishing asked in so many words (整改完了吗, 完成了没, 都到位了吗, 配齐了吗): the answer is a result, not a start.
_FINISH_ASKED_RE = re.compile(r"完|到位|齐")
# What a result sentence says: a share done, all of it, or its closing (销号, 到位, 完成).
_RESULT_RE = re.compile(r"已|率\s*(?:达到|达|为)?\s*\d|全部|均已|100\s*[%％]|完成|到位|销号|清零")
# A sentence that states no result ranks this much below one that does, for a question asking whether all is finished.
UNFINISHED_SAY = 0.8


def result_fit(question: str, sentence: str) -> float:
    """``UNFINISHED_SAY`` for a sentence that states no result (吴江区自今年3月起开展…专项整治: only the launch of the
    work) when ``question`` asks whether the work is finished (都整改完了吗); 1 otherwise — the sentence with its
    result (截至8月底，隐患整改率达96.4%) is what says whether it is."""
    if not _FINISH_ASKED_RE.search(question) or _RESULT_RE.search(sentence) or is_row(sentence):
        return 1.0  # a table row's cells are results under their header (棋盘镇	58	97	97 under 已整改（处）)
    return UNFINISHED_SAY
