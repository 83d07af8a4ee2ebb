"""Whether a clause supports what a question asks beyond its words: the asked step of an action, the kind
of thing a counted figure counts, and the attribute or level an asked noun carries.

judge.py scores a sentence by the asked words it shares; these checks say when shared words are not enough:
the clause counts the step before the asked one (生成 243 条 for 核查属实了多少条), a thing where the question
counts occurrences (1.8 万块屏幕 for 播放了多少次). Person questions are in persons.py, a figure
summing several listed kinds in joint.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .directions import COLLOQUIAL_FALL, COLLOQUIAL_RISE, FALL, GAIN, LEVEL_RISE
from .whole_locative import whole_before_locative
from .pointed_place import opens_pointed_place, pointed_place
from .causative import leads_verbs
from ..dictionary import tag
from ..ingest.gazetteer import find_places
from ..nouns import head_noun, tagged
from ..units import MEASURE_NOUNS, unit_class
from ..types import Part
from . import lexicon as lx
from .money_stage import asks_allotment
from .match import match
from .steps import STEPS

_ASK_RE = re.compile(r"多少|几")
# Words between an asked verb and its question word that are not the verb (核查属实了多少条).
# What may follow a question word that ends its clause: a unit and particles (多少条？, 几个呢).
_ENDS_RE = re.compile(r"\s*(?:万|亿)?\s*[\u4e00-\u9fff]{0,2}?\s*(?:呢|啊|呀|了)?\s*[？?。!！]*\s*")
_HAS = frozenset("有 共有 是 一共 共 总共 累计 共计".split())
_FILLERS = frozenset("了 过 一共 共 总共 累计 共计 已经 已 都 还".split())
# Adverbials between a fronted noun and its verb (小散矿山全年计划关几座, 重大隐患今年已经整改多少项): the plan or
# done aspect (lexicon.QUALIFIERS' 已/拟/累计 words) and times (全年, 今年, tagged t) say when or whether the act is
# done, never the thing it acts on.
_ADVERBIAL_WORDS = frozenset(w for q in ("已", "拟", "累计") for w in lx.QUALIFIERS[q])
_TIME_WORD_RE = re.compile(r"(?:全|今|本|当|去|明)年|年内|年底前?|上半年|下半年|全年度")


@lru_cache(maxsize=4096)
def asked_action(text: str) -> str:
    """The verb right before the question word (南通打非治违一共培训了多少人次 → 培训): what a figure of a
    question without a counted noun counts."""
    cut = _ASK_RE.search(text)
    words = [(w, flag) for w, flag, *_ in tagged(text[:cut.start()] if cut else "") if w.strip()]
    while words and words[-1][0] in ("了", "过", "一共", "共", "总共", "累计", "共计"):
        words.pop()
    return words[-1][0] if words and words[-1][1] in ("v", "vn") and len(words[-1][0]) > 1 \
        and words[-1][0] not in LEVEL_VERBS and not glued_verb(words[-1][0]) else ""


def glued_verb(word: str) -> bool:
    """Whether the segmenter glued a noun's last character to a one-character verb (荷花节办了 → 节办, no dictionary
    word): chat says 办/搞/查 where the briefings write 举办/开展/检查, so the verb names no step the text must say.
    A word of two verbs the dictionary lacks (查改) stays a verb."""
    return len(word) == 2 and not tag(word, None) and not tag(word[0]).startswith("v")


# Verbs that say a level is reached, not a step that produced the figure (整改的比例达到多少 → 整改率97.4%).
LEVEL_VERBS = frozenset({"达到", "超过", "突破", "保持", "维持", "达成"})
CHANGE_VERBS = frozenset(LEVEL_RISE + FALL + GAIN + COLLOQUIAL_RISE + COLLOQUIAL_FALL)


def relative_action(text: str) -> str:
    """The verb of the relative clause naming the asked thing (六合整改的管道隐患有多少处 → 整改; 哪个已整改的隐患多 →
    整改): the verb right before the last 的 ahead of the question word. Like ``asked_action`` it says which step the
    figure counts (已整改186处, not the 排查整治管道隐患193处 before it); "" when no verb of two characters is there."""
    cut = _ASK_RE.search(text)
    words = [(w, flag) for w, flag, *_ in tagged(text[:cut.start()] if cut else text) if w.strip()]
    at = max((i for i, (w, _) in enumerate(words) if w == "的"), default=0)
    # …的 names the asked thing only when nothing but that noun (and 有) follows it: in 江北新区拒不整改的施工企业罚
    # 了多少钱 the thing is the object of another predicate (罚), and 整改 says which firms, not what is counted.
    # A preposition before it (对私拉乱接的纺织企业限期…) makes the thing the object of another predicate too.
    thing = all(flag.startswith("n") or w in _HAS for w, flag in words[at + 1:]) and all(f != "p" for _, f in words[:at])
    return words[at - 1][0] if at > 0 and thing and words[at - 1][1] == "v" and len(words[at - 1][0]) > 1 \
        and not glued_verb(words[at - 1][0]) else ""


@lru_cache(maxsize=4096)
def asked_steps(text: str) -> tuple[str, tuple[str, ...]]:
    """The verb the question word follows (its predicate) and the verbs of the relative clause that names
    the counted thing (生成的异常预警信息, 巡察发现的问题): 南通…生成的异常预警信息核查属实了多少条 →
    (属实, (打非, 治违, 生成)). Verbs of one character say too little to be checked ("", ())."""
    cut = _ASK_RE.search(text)
    words = [(w, flag) for w, flag, *_ in tagged(text[:cut.start()] if cut else "") if w.strip()]
    last_de = max((i for i, (w, _) in enumerate(words) if w == "的"), default=-1)
    # A clause that picks a place (推行一窑一码的那个镇排查了多少处) says no step done to the counted thing.
    place_de = max((i for i, (w, _) in enumerate(words) if w == "的"
                    and opens_pointed_place("".join(x for x, _ in words[i + 1:]))), default=-1)
    # A verbal noun (违规用大功率电器的隐患: 违规 vn) names a kind of the thing, not a step done to it.
    attributes = tuple(w for w, flag in words[place_de + 1:max(last_de, 0)] if flag == "v" and len(w) > 1)
    while words and words[-1][0] in _FILLERS:
        words.pop()
    verb = words[-1][0] if words and words[-1][1] in ("v", "vn") and len(words[-1][0]) > 1 else ""
    if verb in LEVEL_VERBS or verb in MEASURE_NOUNS["ratio"] or verb in CHANGE_VERBS:
        # 整改的比例达到多少: 达到 says the level (整改率97.4%), no later step than 整改; a ratio noun the tagger
        # reads as a verb (按期完成任务的占比多少: 占比 v) names the measure (完成率98.4%), not a step done
        # 移送司法机关的上升了多少: a verb of change says how the count moved (printed 增长15.6%), no later step
        verb = ""
    return (verb, attributes) if verb not in attributes else ("", attributes)


@lru_cache(maxsize=4096)
def patient_noun(text: str) -> str:
    """The noun a question's predicate acts on when no noun stands next to its question word: the words
    between the last 的 and the verbs before the question word (查封的不合格灶具已经销毁了多少个 → 不合格灶具,
    生成的异常预警信息核查属实了多少条 → 异常预警信息). The figure asked counts that thing; "" when there is
    no such relative clause or the words hold no noun."""
    cut = _ASK_RE.search(text)
    if not cut or not _ENDS_RE.fullmatch(text[cut.end():]) or lx.PERCENT_ASK_RE.search(text) \
            or lx.SHARE_NOUN_ASK_RE.search(text):
        # a noun after the question word (涵盖几个方面) is the counted thing, or none is; a percentage asked
        # (问题整改了百分之多少, 完成编制的企业占比多少) is a share of the things, said by a rate (整改率92.6%,
        # 覆盖率95.9%) that counts none
        return ""
    # 江都区赋码了几家: the tagger may join a place's suffix to the next word (区赋); a place is no thing counted
    before = re.sub("|".join(re.escape(p.full) for p in find_places(text[:cut.start()]) if p.full) or "(?!)", " ", text[:cut.start()])
    words = [(w, flag) for w, flag, *_ in tagged(before) if w.strip()]
    popped = []
    # An attribute word (jieba's b) right before the verb is its adverbial (临时查封, 集中整治), not the noun's.
    while words and (words[-1][0] in _FILLERS or words[-1][1] in ("v", "vn", "d", "ad")
                     or words[-1][1] == "b" and popped and popped[-1][1] in ("v", "vn")
                     or _adverbial(*words[-1]) and any(f in ("v", "vn") for _, f in popped)):
        popped.append(words.pop())
    if popped and popped[-1][1] in ("v", "vn") and words and words[-1][1] == "n" and words[-1][0] in _STEP_VERBS:
        popped.append(words.pop())  # 企业整治提升了多少家, 烘干整治排查多少处: 整治 (tagged a noun) leads the verb series (v or vn), no thing
    if words and leads_verbs(words[-1][0], popped):
        popped.append(words.pop())  # 责令停航整改了几艘: 责令 (tagged a noun) orders the act, it is no thing
    if popped and words and len(words[-1][0]) > 2 and words[-1][0].endswith(tuple(_STEP_VERBS)):
        return ""  # 执法检查处罚了几起: an activity said as one noun is when the act happened, not what it acts on
    if any(flag == "v" and later[1] == "vn" for flag, later in zip((f for _, f in reversed(popped)), popped[::-1][1:])):
        return ""  # 平台推送预警多少条: the verb's own object (预警) is the thing counted, not a noun before it
    at = max((i for i, (w, _) in enumerate(words) if w == "的"), default=-1)
    run = words[at + 1:] if at >= 0 else fronted_run(words, text[cut.end():], before)
    run = whole_before_locative(run)  # 抓获的8人里刑拘了几个: 8人 is the whole, 刑拘 the step (whole_locative.py)
    run = [(w, flag) for w, flag in run if not lx.OWN_WHOLE_RE.fullmatch(w)]  # 全市已整改多少处: 全市 is an extent, no thing
    if not any(flag.startswith("n") and not find_places(w) for w, flag in run) or pointed_place("".join(w for w, _ in run)):
        return ""  # 那个市 (pointed_place.py): the place asked about, no thing counted
    return "".join(w for w, _ in run)


def _adverbial(word: str, flag: str) -> bool:
    """Whether a word before a verb is its adverbial of aspect or time (计划, 全年), not the noun it acts on."""
    return word in _ADVERBIAL_WORDS or flag == "t" or _TIME_WORD_RE.fullmatch(word) is not None


# Heads that name who acts, not what is acted on (网格员排查了多少家, 企业自查自纠了多少项): not a fronted patient.
_AGENT_ENDS = tuple("员 人 者 组 队 班 局 委 办 部门 单位 企业 机构 政府 公司".split())


def fronted_run(words: list[tuple[str, str]], after: str, before: str) -> list[tuple[str, str]]:
    """The noun phrase fronted before the predicate of a count question (重大隐患整改了多少项 → 重大隐患): the
    thing the predicate acts on, and so the thing counted. Only for count units (项, 个, 处), only when a verb
    stood between the phrase and the question word, and not for an agent (网格员, 企业)."""
    asked = unit_class(after.strip("？?。！! 呢啊呀了"))
    if not before or not words or words[-1][1] not in _NOUN_OR_ATTRIBUTE or \
            asked not in ("count", "times") or not _verb_last(before):
        return []
    at = len(words)
    while at and words[at - 1][1] in _NOUN_OR_ATTRIBUTE and not find_places(words[at - 1][0]):
        at -= 1
    if at and words[at - 1][0] in _DEMONSTRATIVES:  # 闲置厂房、废弃院落这些地方: 地方 resumes the nouns before it
        return fronted_run(words[:at - 1], after, before)
    run = words[at:]
    head = run[-1][0] if run else ""
    # 几场/几次 count a fronted event (警示教育会开了几场), not the things an activity is about (小场所培训开了几场)
    event = asked != "times" or head.endswith(_EVENT_ENDS)
    return [] if len(head) < 2 or head.endswith(_AGENT_ENDS) or not event else run


# Demonstratives before a resumptive noun (这些地方, 那些单位): the thing is named by the nouns before them.
_DEMONSTRATIVES = frozenset("这些 那些 这类 那类 这种 那种 这几 那几".split())
# The process verbs of steps.STEPS, which the tagger may read as nouns (整治, 排查) at the head of a verb series.
_STEP_VERBS = frozenset(v for verbs in STEPS.values() for v in verbs)
_EVENT_ENDS = tuple("会 班 活动 演练 讲座 比武 竞赛 课".split())
_NOUN_OR_ATTRIBUTE = ("n", "a", "b")


def _verb_last(before: str) -> bool:
    words = [(w, flag) for w, flag, *_ in tagged(before) if w.strip()]
    while words and words[-1][0] in _FILLERS:
        words.pop()
    # 摄像头装了多少个: a one-character verb is a predicate too, but not the copulas 有/是/在/为
    return bool(words) and words[-1][1] in ("v", "vn") and (len(words[-1][0]) > 1 or words[-1][0] not in "有是在为")


_PAREN_RE = re.compile(r"（[^（）]*）|\([^()]*\)")


def _asks_count(question: str) -> bool:
    """Whether a question asks a count by a count unit (多少项, 几个): an elliptic 行业的呢 names no counted noun."""
    cut = _ASK_RE.search(question)
    after = question[cut.end():].lstrip() if cut else ""
    return any(unit_class(after[:n]) == "count" for n in (1, 2) if after[:n])


# The whole area a figure is counted over (推广到全市1.2万家小微工贸企业): a scope before the figure, no noun it counts.
_WHOLE_AREA_RE = re.compile(r"(?:全|本)[省市区县镇乡村]|全国")


def modifies_other(measure: str, window: str, figure: str, question: str = "") -> bool:
    """Whether the asked noun is only a modifier of the noun a figure counts: 重大隐患整改“五定”方案 7 份
    counts 方案, not 隐患. The asked head is read in the figure's words, and a noun of two or more
    characters that stands between it and the figure (a bracketed aside left out) is the head the
    classifier counts. A head the question uses as its predicate (企业整治了多少家) asks no thing."""
    head = head_noun(measure) if measure else ""
    end = window.find(figure)
    at = window.rfind(head, 0, end) if head and end > 0 else -1
    if at < 0:
        return False
    gap = _PAREN_RE.sub("", window[at + len(head):end])
    if re.search("[，。；;,、]", gap):
        return False
    words = [(w, flag) for w, flag, *_ in tagged(gap) if w.strip() and w not in "“”\"‘’"]
    # a clause between (a verb or 的: 隐患整改…方案, 隐患整治等方面的建议书), not one compound (公安机关, 楼道堆物),
    # after an asked head that is a noun (企业整治 asks no thing)
    linked = any(flag == "v" or w == "的" for w, flag in words[:-1]) and _asks_count(question)
    # the question says the asked head with the same words after it (粉尘涉爆的多少家 of 粉尘涉爆企业 1342 家): it asks
    # the thing those words describe, its head left out, not the head alone
    said_on = head + "".join(w for w, _ in words[:-1])
    linked = linked and not (len(said_on) > len(head) and said_on in question)
    noun_head = not tag(head).startswith(("v", "a")) and not re.search(re.escape(head) + "(?:了|过|多少|几)", question)
    return linked and noun_head and bool(words) and words[-1][1] == "n" and len(words[-1][0]) > 1 \
        and not find_places(words[-1][0]) and not _WHOLE_AREA_RE.fullmatch(words[-1][0])


def earlier_step(question: str, clause: str) -> bool:
    """Whether a figure's clause counts the step before the asked one: it says a verb of the question's
    relative clause (生成的…, 交办的…) and not the asked predicate (核查属实, 办结). The figure then counts
    the thing as first done (生成 243 条, 交办 2178 个), not the asked later step."""
    verb, attributes = asked_steps(question)
    passive = passive_verb(question)
    return bool(verb) and not match(verb, clause) and any(match(a, clause) for a in attributes) or \
        bool(passive) and not match(passive, clause)


@lru_cache(maxsize=4096)
def passive_verb(text: str) -> str:
    """The verb a counted thing undergoes after the question word (多少家企业被关停, 几人被判刑 → 关停, 判刑):
    the figure's clause must say it, whatever else the question shares with it."""
    cut = _ASK_RE.search(text)
    if not cut or "被" not in text[cut.end():]:
        return ""
    after = text[text.index("被", cut.end()) + 1:]
    words = [(w, flag) for w, flag, *_ in tagged(after) if w.strip()]
    return words[0][0] if words and words[0][1].startswith("v") and len(words[0][0]) > 1 else ""


def counts_a_thing(asked_class: str, unit: str, noun: str, measure: str) -> bool:
    """Whether a figure counts things where the question counts occurrences of an action: 播放了多少次
    (times, no counted noun) is not answered by 1.8 万块屏幕 (a count of screens), whatever verb the
    clause shares with the question."""
    return asked_class == "times" and not measure and unit_class(unit) == "count" and bool(noun)


# Attribute words that sort one kind of a thing from another (专职/兼职 安全员, 公办/民办 体验馆). The segmenter
# tags several as verbs (兼职, 编外), so a noun phrase read from its tags loses them.
ATTRIBUTES = frozenset("专职 兼职 全职 在编 编外 公办 民办 国有 民营 私营 外资 正式 临时 城镇 农村 城市 市级 县级 "
                       "镇级 村级 省级 国家级 男性 女性".split())


def with_attribute(part: Part) -> Part:
    """The part with the attribute word right before its counted noun kept on it (兼职安全员, not 安全员):
    a figure of another kind (企业班组安全员) then does not answer it."""
    m = part.measure
    at = part.text.find(m) if m else -1
    if at < 0:
        return part
    before = part.text[:at].removesuffix("的")
    said = next((a for a in ATTRIBUTES if before.endswith(a) and a not in m), "")
    return replace(part, measure=said + m) if said else part


def opposite_said(qualifiers: tuple[str, ...] | list[str], window: str, governing: str) -> bool:
    """Whether a figure's words carry the opposite of an asked qualifier (已 asked, 拟发放 said; 一共 asked,
    新增 or 每人 said). A word earlier in the figure's clause governs every figure listed after it (全年计划组织…50 余次、
    人员 3000 余人次: both are planned) unless the figure's own words carry the asked qualifier."""
    for q in qualifiers:
        other = lx.OPPOSITE.get(q)
        if not other or other in qualifiers:
            continue
        if any(w in window for w in lx.QUALIFIERS[other]) or \
                (not any(w in window for w in lx.CARRIED_BY[q]) and any(w in governing for w in lx.QUALIFIERS[other])):
            return True
    # 一共/总共 asks a total: an amount given to each member (每人每年600元的补贴, 每家每年8000元) is no total.
    return "累计" in qualifiers and "平均" not in qualifiers and not any(w in window for w in lx.QUALIFIERS["累计"]) \
        and any(w in window for w in lx.QUALIFIERS["平均"])



# A perfective verb before the question word (投了多少钱, 接待了多少游客, 一共发了多少奖金): the question asks what was done.
_DONE_ASK_RE = re.compile(r"[\u4e00-\u9fff]了[^，,。？?]{0,8}?(?:多少|几)")
# A question about a plan says so (计划投入多少, 打算再发多少, 将建多少).
_PLAN_ASK_RE = re.compile("|".join(lx.QUALIFIERS["拟"]) + r"|打算|目标|将")
# A plan word used as a verb (拟投入, 预计接待, 拟于年底前再发放): not 计划 as a noun before a figure (应急计划12个).
_PLAN_VERB_RE = re.compile("(?:" + "|".join(lx.QUALIFIERS["拟"]) + r")(?=[\u4e00-\u9fff])")


def plan_for_done(question: str, window: str, sentence: str = "") -> bool:
    """Whether a figure the text plans (东台市拟投入资金1500万元, 预计接待游客8.5万人次) meets a question asking what was
    done by a perfective verb (投了多少钱, 接待了多少游客) and no plan word: the plan is not the fact asked. A figure
    whose own words say it is done (已发放86万元) is not judged here, nor a plan the sentence pairs with its done
    figure (拟发放奖励金额175.1万元，已发放奖励金额23.47万元): the answer gives both, each with its word."""
    plan = _PLAN_VERB_RE.search(window)
    if not plan or not _DONE_ASK_RE.search(question) or _PLAN_ASK_RE.search(question) \
            or any(w in window for w in lx.QUALIFIERS["已"]) or asks_allotment(question):  # 安排了多少: money_stage.py
        return False
    verb = window[plan.end():plan.end() + 2]
    return not any(f"{w}{verb}" in sentence for w in ("已", "已经"))


def unsaid_attribute(measure: str, words: str) -> bool:
    """Whether the asked noun carries an attribute word (国家级, 专职: see ``with_attribute``) that the figure's
    words do not say: a figure of the bare noun may count every kind of it."""
    said = next((a for a in ATTRIBUTES if measure.startswith(a)), "")
    return bool(said) and said not in words
