"""A figure that counts several listed kinds together (宣传手册、告知书27万份) while a question names only
some of them: the figure is their sum, not the asked kind's count; and the reverse, a figure that counts one
listed kind of a thing (工业巡查单元 268 个、行业巡查单元 136 个…) while the question asks the thing as a whole."""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places
from ..nouns import head_noun, noun_run, tagged
from ..numbers import extract_figures
from . import lexicon as lx
from .match import match
from .measure import SUM_NOUNS
from .window import CLAUSE_RE


_LIST_RE = re.compile(r"[\u4e00-\u9fff]+(?:(?:、|和|及|与)[\u4e00-\u9fff]+)+")
_JOIN_RE = re.compile(r"、|和|及|与")


def _kind_words(item: str) -> list[str]:
    return [w for w, flag, *_ in tagged(item) if len(w) > 1 and not find_places(w)]


def _said(word: str, question: str) -> bool:
    # 烟感 says 感烟; 燃气消防培训 says 消防安全 by its first two characters
    return match(word, question) > 0 or set(word) <= set(question) or word[:2] in question


# What ends the words that modify a question's counted noun: a link, a deixis, a verb's aspect, the question word.
_MODIFIER_CUT_RE = re.compile(r"的|这些|那些|这类|那类|等|有|了|(?:多少|几)[个项家类种条座名处所件]?|[，。？?、\s]")


def _examples_of_asked(question: str, measure: str, items: list[list[str]], after: str) -> bool | None:
    """For a list closed by 等 right before a figure whose noun (after it) is the asked measure: whether the
    items are examples of the asked kind, which the figure counts whole (龙虾节开幕式、万人龙虾宴等17项大型活动
    for 龙虾节有多少项大型活动: True), or an item's own words modify the measure in the question, which asks
    that item's share (中石化的管道企业 of 中石化、国家管网等8家管道企业, 电力大数据子系统: False); None when
    the figure's noun is not the asked measure."""
    if not measure and (named := noun_run(after)) and named in question:
        measure = named  # 盱眙龙虾节大型活动几项: the noun before the question word, which the text counts after 等17项
    head = head_noun(measure) if measure else ""
    if len(head) < 2 or not after.lstrip().startswith(head[:2]) and head not in after[:len(measure) + 4]:
        return None
    at = question.find(measure)
    if at < 0:
        return None
    modifier = _MODIFIER_CUT_RE.split(re.sub(r"的$", "", question[:at]))[-1]  # 六合区中石化(的)管道企业
    # an item is asked by its head word (中石化, 电力大数据); a modifier of it (龙虾节 of 龙虾节开幕式) is the scene
    said = {w for w, *_ in tagged(modifier)}
    return not any(ws and ws[-1] in said for ws in items) and not any(w in measure for ws in items for w in ws)


def joint_count(question: str, window: str, figure: str, unit: str = "", measure: str = "") -> bool:
    """Whether a figure counts several listed kinds together (宣传手册、告知书27万份; 燃气、消防安全培训覆盖
    10.5 万人次; 综合网格和专业网格) while the question names only some of them: the figure is their sum. The
    first noun of a list names it (宣传手册 for 宣传手册、告知书); a bare modifier (燃气 of 燃气、消防安全培训)
    names one kind only. A kind is told by its words that the other items lack; a one-word item before a longer last one shares that
    one's head (燃气、消防安全培训), so the last is told by its first word only. The list must be what the
    figure counts: next to it (a verb between at most), of bare nouns (not …等方面的巡察建议书)."""
    at = window.find(figure) if unit != "套" else -1  # 探测器和喷淋装置 8731 套: a set holds each kind
    if at < 0:
        return False
    window = window[:at] + " " * len(figure) + window[at + len(figure):]  # its 万余个 is no item's word
    for run in _LIST_RE.finditer(window):
        # a list closed by 等 right before the figure (…制售假证窝点、农村黑气点等71个) is still the counted list
        listed = re.sub("等$", "", run.group(0)) if run.end() <= at else run.group(0)
        listed = _after_verb(listed) if run.end() <= at else listed
        items = _JOIN_RE.split(listed)
        if len(items) < 2:
            continue
        first, last = noun_run(items[0], True), noun_run(items[-1])
        if listed != run.group(0) and not window[run.end():at].strip():
            last = items[-1]  # 等 closes a list of nouns: its last item is a noun whatever jieba tags (农村黑气点)
        if not first or not last:
            continue
        # before the figure: the last item's words after its noun (覆盖) and the gap; after it: the gap
        gap = items[-1][items[-1].find(last) + len(last):] + window[run.end():at] if run.end() <= at \
            else window[at + len(figure):run.start()] + items[0][:items[0].find(first)]
        if len(gap.strip()) > 2 or re.search("[的等]", listed):
            continue
        items = [first, *items[1:-1], last]
        words = [_kind_words(x) for x in items]
        own = [[w for w in ws if not any(w in other for j, other in enumerate(words) if j != i)]
               for i, ws in enumerate(words)]
        modifiers = len(words[0]) == 1 and len(own[-1]) > 1  # 燃气、消防安全培训: two kinds of one head
        if modifiers:
            own[-1] = own[-1][:1]
        if not all(own):
            continue
        examples = _examples_of_asked(question, measure, own, window[at + len(figure):]) \
            if listed != run.group(0) and not window[run.end():at].strip() else None
        if examples is not None:  # 等17项大型活动: examples of the asked kind, or one of them asked
            if examples:
                continue
            return True
        said = [any(_said(w, question) for w in ws) for ws in own]
        # a list of nouns is named by its first item (宣传手册 for 宣传手册、告知书); a bare modifier names one kind
        if any(said) and not (said[0] and not modifiers or all(said)):
            return True
    return False


def _after_verb(listed: str) -> str:
    """The run of a list from its last verb on, when a verb stands inside it with a noun after it: the items
    before the verb say where or by whom (在码头和船舶配备救生衣, 在…船坞、舱室作业区域安装视频监控和…报警装置),
    and only the verb's object is what the figure counts. A verb-like word of the first item (充电 of 充电桩 and
    电动车充电端口) is inside the compounds, not the clause's verb."""
    first = _JOIN_RE.split(listed)[0]
    # a verb between two nouns of one item (船舶配备救生衣), not one opening an item (制售假证窝点 modifies 窝点)
    starts = {0} | {m.end() for m in _JOIN_RE.finditer(listed)}
    words = [(w, flag, a, b) for w, flag, a, b in tagged(listed) if w.strip()]
    for i in range(len(words) - 2, 0, -1):
        w, flag, a, b = words[i]
        if flag == "v" and len(w) == 2 and a >= len(first) - len(w) and a not in starts \
                and words[i - 1][1].startswith("n") and words[i + 1][1].startswith("n") \
                and len(words[i + 1][0]) > 1 and w not in first:  # 告知|书: a verb-like word inside a compound
            return listed[b:]
    return listed


_AGENT_JOIN_RE = re.compile(r"与|和")


def joint_agent(question: str, before: str) -> bool:
    """Whether the figure's sentence gives it to two coordinated agents of one head (市委巡察组与市（县）区联动
    巡察组…走访…1600余处) while the question names one of them (its modifier and the head) and none of the
    other's own words: the figure is theirs together, not the named one's."""
    for m in _AGENT_JOIN_RE.finditer(before):
        left, right = before[:m.start()], before[m.end():m.end() + 16]
        for k in (3, 2):
            head = left[-k:]
            if len(head) < k or not re.fullmatch(r"[\u4e00-\u9fff]+", head) or head not in right:
                continue
            named = left[-(k + 2):]
            other = re.sub(r"[（）()]", "", right[:right.find(head)])
            own = [other[i:i + 2] for i in range(len(other) - 1) if other[i:i + 2] not in named]
            if named in question and own and not any(w in question for w in own):
                return True
            break
    return False


_BRACKET_NOUN_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,8})（([\u4e00-\u9fff]{1,8})）")


def bracket_joint(question: str, sentence: str, end: int) -> bool:
    """Whether the noun a figure counts carries a bracketed second kind (13 个镇街（园区）, 121个乡镇（街道）):
    the figure counts both together, so a question naming only the bracketed kind (几个园区) and not the
    noun before it is not answered by it."""
    m = _BRACKET_NOUN_RE.match(sentence[end:])
    if not m:
        return False
    outer, inner = m.groups()
    return _said(inner, question) and not any(_said(w, question) for w in _kind_words(outer) or [outer])


# The words that ask a sum (一共, 合计); 累计 asks a running total over time, which one kind may carry.
_SUM_WORDS = (*(w for w in lx.QUALIFIERS["累计"] if w != "累计"), *SUM_NOUNS)
_NOUN_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]+)\s*\d[\d.]*\s*(?:万|亿)?\s*(?:余|多)?\s*[\u4e00-\u9fff]?\s*$")


def one_listed_kind(measure: str, question: str, sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is one item of a list that counts several kinds of the asked thing, each
    named before its figure (划分工业巡查单元 268 个、行业巡查单元 136 个、…住宅巡查单元 942 个), while the question
    asks their sum (一共, 合计) without naming any kind (靖江一共划了多少个巡查单元) or naming another kind beside
    the figure's own (化工和医药生产企业一共多少家): the figure is one kind's count, and the sum is not stated. Asked without a sum word (靖江划了多少个巡查单元), the kinds together answer it."""
    head = head_noun(measure) if measure and any(w in question for w in _SUM_WORDS) else ""
    clause = next((m for m in CLAUSE_RE.finditer(sentence) if m.start() <= start < m.end()), None)
    if len(head) < 2 or clause is None:
        return False
    nouns, own = [], -1
    at = clause.start()
    for item in clause.group(0).split("、"):
        m = _NOUN_BEFORE_RE.search(item)
        if not m:
            return False  # not a list of figures, each after its noun
        if at <= start < at + len(item):
            own = len(nouns)
        nouns.append(noun_run(m.group(1), True))
        at += len(item) + 1
    suffix = _common_suffix(nouns)
    if len(nouns) < 2 or own < 0 or not suffix.endswith(head):
        return False
    kinds = [n[:len(n) - len(suffix)] for n in nouns]
    said = [any(_said(w, question) for w in _kind_words(k) or [k]) for k in kinds]
    # the sum of no kind, or of kinds beside the figure's own (化工和医药生产企业一共多少家 for 248 家化工…)
    return all(kinds) and (not any(said) or any(s for j, s in enumerate(said) if j != own))


def _common_suffix(words: list[str]) -> str:
    n = 0
    while all(len(w) > n for w in words) and len({w[len(w) - n - 1] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n:] if n else ""


# A fund followed by what it paid for: 区财政安排专项资金860万元，为…增设充电桩6200个，更换…消防器材3.4万具，….
_USES_RE = re.compile(r"\s*[，,]\s*(?:为|用于)")
_FUND_ASK_RE = re.compile(r"资金|经费|专项|财政|预算|拨款")


def shared_fund(terms, question: str, sentence: str, end: int, unit: str) -> bool:
    """Whether the money figure ending at ``end`` is one fund spent on several listed uses, each with its own count
    (…860万元，为老旧小区增设充电桩6200个，更换消防器材3.4万具，…补贴), while the question asks what one of those uses
    cost (建充电桩花了多少钱, 楼道长补贴一共多少钱) and not the fund itself (专项资金多少): the text gives no cost per use."""
    rest = re.split(r"[。；;]", sentence[end:], maxsplit=1)[0]
    if unit != "元" or not _USES_RE.match(rest) or _FUND_ASK_RE.search(question):
        return False
    uses = [u for u in re.split(r"[，,、]", rest) if extract_figures(u)]
    return len(uses) >= 2 and any(len(t) > 1 and t in u for t in terms for u in uses)


def titled_kind(measure: str, title: str, window: str) -> bool:
    """Whether the article's title names the asked kind as its subject (陶瓷窑炉企业 of 宜兴市：陶瓷窑炉企业燃气安全
    专项整治 for 陶瓷企业), and the figure's list opens with that kind (陶瓷、紫砂生产企业1236家): the article treats the
    listed kinds as the one trade it is about, so the figure counts the asked kind whole, not a sum of kinds that
    the question names only some of (``joint_count``)."""
    head = head_noun(measure) if measure else ""
    modifier = measure[:len(measure) - len(head)] if head and measure.endswith(head) else ""
    if len(modifier) < 2 or len(head) < 2:
        return False
    at = title.find(modifier)
    return at >= 0 and head in title[at + len(modifier):] and re.search(re.escape(modifier) + "[、和与及]", window) is not None


# A fund named for two purposes joined before its head, right before the figure (防汛救灾和安全生产专项资金1.5亿元).
_JOINT_FUND_RE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:和|及|与|、)([\u4e00-\u9fff]{2,4}?)"
                            r"((?:专项)?(?:资金|经费|补助资金|奖补资金))\s*$")


def joint_purpose_fund(question: str, before: str) -> bool:
    """Whether the money figure's fund is named for two purposes (省级下拨防汛救灾和安全生产专项资金1.5亿元) while
    the question names one of them and not the other (省级安全生产专项资金多少): the figure is the fund of both, not
    the asked purpose's own (which another sentence may state: 省级安排安全生产专项资金18.6亿元)."""
    m = _JOINT_FUND_RE.search(before)
    return bool(m) and (m.group(1) in question) != (m.group(2) in question)
