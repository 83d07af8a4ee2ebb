"""What a yes/no claim states beyond its words, checked against what a word of the supporting sentence governs.

- A plan word used as a verb (计划到今年年底，…有效运行; 预计新增) governs the clauses after it in its sentence
  until a word of completion: the asked action there is planned, not done. 计划 as a noun (年度检查计划，…;
  三年行动计划、…) plans nothing.
- A trend the claim states (一年比一年多, 是不是在下降) is checked against the trend the clause states
  (逐年下降): opposite directions answer no.
- A question whether something is done (已经修好了吧, 建成了吗) is not answered yes by a clause whose verb before
  the asked words is one of work under way (推进…修缮布展工程, 启动…建设) with no word of completion.
- A plan followed in its sentence by a clause of the same work done (拟安排…800万元，目前已下达…320万元) reports
  work begun: the done clause answers whether any of it is done.
- A negated occurrence (未发生亡人火灾事故, 未发生人员伤亡) governs its object only: when that object is another event
  or a narrower one than asked (亡人 火灾 for 出过火灾吗) and the sentence says the asked event occurred (火灾起数同比
  下降37.5%, 共发生森林火情7起), it does not answer no.
- A sentence that states no year of its own dates by its briefing: 今年/去年 and 目前/截至目前 are of the issue's
  year (a 2025 issue's 目前…2.5万家 is not of 2026).
- The verb of the question's relative clause (立案的企业超过300家) names which of the text's counts of a noun is
  asked (立案224家, not 查处企业557家); a count of some (推动34家…企业) answers no to 所有…都.
- A half (半天, 半个月) is a stated figure of its unit, so 查半天就够了吧 is checked against 不少于1天.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure, extract_figures
from . import lexicon as lx
from .possessor import possessor
from .directions import COLLOQUIAL_FALL, COLLOQUIAL_RISE, FALL, LEVEL_RISE, alternation
from .window import figure_window
from .occurrence_said import records_occurrence
from ..units import unit_class

# A plan word, and what may follow it when it is a verb: not a clause break, 的 or the end (计划，/计划的 are nouns).
_PLAN_WORD_RE = re.compile("(?:" + "|".join(lx.QUALIFIERS["拟"]) + r"|争取)(?![，,。；;、：:的”）)]|$)")
_DONE_RE = re.compile(r"已|完成|建成|实现了")
# A question about the plan itself: a plan word, the modal 要 of intent (是不是要组织…; not 重要, 主要, 需要, 要求, 要点),
# or a verb of mentioning (是不是提到…, 有没有提出…), which a stated plan answers.
_PLAN_ASKED_RE = re.compile("|".join(lx.QUALIFIERS["拟"]) + r"|目标|打算|(?<![重主需必纲只])要(?![求点素害闻员])|提到|提及|提出")
# A word of the future in a completion's own clause (将, 力争, 确保, a span to finish in: 用2至3年时间, 年内, 10月底前):
# the completion it governs is the goal of the plan, not work done (下一步，…将投资…，用2至3年时间完成…改造1200公里).
_FUTURE_RE = re.compile(r"将|(?<![重主需必纲只])要(?![求点素害闻员])|力争|确保|争取|用[^，,；;。]{0,8}时间|[年月]内|[底末]前")
_BREAK_RE = re.compile(r"[，,；;。]")


def planned(question: str, topic: Sequence[str], sentence: str, clause_at: int, clause: str) -> bool:
    """Whether the asked action in the supporting clause (at ``clause_at`` of ``sentence``) is governed by a
    plan word of that clause or of an earlier clause of the sentence, with no word of completion between:
    the text plans what the question asks as done. A question about the plan itself is not."""
    if _PLAN_ASKED_RE.search(question):
        return False
    end = clause_at + len(clause)
    at = [clause_at + clause.find(t) for t in topic if len(t) > 1 and t in clause]
    last = max(at) if at else end
    plans = [m for m in _PLAN_WORD_RE.finditer(sentence, 0, end) if m.start() < last]
    if not plans and (lead := lx.PLAN_LEAD_RE.match(sentence)) and lead.end() < last:
        plans = [lead]  # 下一步，…将纵深开展“四个回头看”: a sentence that opens with a plan plans all it says
    return bool(plans) and not _done_between(sentence, plans[-1].end(), end)


def _done_between(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence`` reports work done between a plan word (ending at ``start``) and ``end``: 已 (目前已下达), or a
    completion word (完成, 建成) in a later clause that no future word of its own clause governs. A completion in the
    plan word's own clause (拟于10月底前完成整改) or after 将/用…时间/年内 (将推动…年内全部完成) is what is planned."""
    for m in _DONE_RE.finditer(sentence, start, end):
        if m.group(0) == "已":
            return True
        breaks = [b.end() for b in _BREAK_RE.finditer(sentence, start, m.start())]
        if breaks and not _FUTURE_RE.search(sentence, breaks[-1], m.start()):
            return True
    return False


# A clause that reports work done, opened by 已 or 完成 after at most a time word (目前已下达, 截至9月底已服务, 一季度已完成).
_DONE_OPEN_RE = re.compile(r"^[^，,；;。已]{0,8}?(?:已|完成)")


def done_after(topic: Sequence[str], sentence: str, clause_at: int, clause: str) -> tuple[int, str] | None:
    """The clause after the supporting clause of ``sentence`` that reports part of the same work done (拟安排…补助
    资金800万元，目前已下达首批资金320万元; 全年计划关闭…6座，目前已关闭4座), with its start: opened by 已 or 完成,
    sharing an asked word or the class of a figure with the supporting clause. None when the sentence only plans."""

    classes = {unit_class(f.unit) for f in extract_figures(clause)} - {""}
    asked = [t for t in topic if len(t) > 1 and t in clause]
    for m in re.finditer(r"[^，,；;。]+", sentence[clause_at + len(clause):]):
        text, at = m.group(0), clause_at + len(clause) + m.start()
        if not _DONE_OPEN_RE.match(text):
            continue
        if any(t in text for t in asked) or {unit_class(f.unit) for f in extract_figures(text)} & classes:
            return at, text
    return None


def qualified_figures(fitting: Sequence[Figure], question: str, sentence: str) -> list[Figure]:
    """The figures of ``sentence`` whose own words say the question's 已 or 拟 (已发放奖励超过20万元了吗: 已发放 23.47
    万元, not the 拟发放 175.1 万元 before it); [] when the question says neither or no figure does."""
    figures = extract_figures(sentence)
    asked = [w for q in lx.asked_qualifiers(question) if q in ("已", "拟") for w in lx.QUALIFIERS[q]]
    return [g for g in fitting if any(w in sentence[slice(*figure_window(sentence, g, figures))] for w in asked)]


# The action a relative clause of the question restricts the counted noun to: 立案的企业超过300家 → 立案.
_ACTED_RE = re.compile(r"([\u4e00-\u9fff]{2})的[\u4e00-\u9fff“”]{1,10}$")


def acted_figures(fitting: Sequence[Figure], question: str, at: int, sentence: str) -> list[Figure]:
    """The figures of ``fitting`` whose clause says, up to them, the action of the question's relative clause before its
    figure at ``at`` (立案的企业超过300家了吗: 立案224家, not 查处企业557家; 刑拘的嫌疑人: 刑拘2人, not 抓获嫌疑人8人);
    [] when the question has no such clause or the action does not tell the figures apart."""
    head = re.split(r"[，,；;。？?]", question[:at])[-1]
    head = re.sub(r"(?:是不是|是否|有没有|已经|已|都|就)?\s*(?:超过|超出|多于|高于|大于|不少于|不低于|至少|不止|不到|不足|"
                  r"少于|低于|小于|不超过|达到|达|到|满|有|是|共|约|近)?\s*$", "", head)
    if not (m := _ACTED_RE.search(head)) or possessor(head[:m.end(1)]):  # 苏州的危化品企业: 苏州 owns (possessor.py)
        return []
    # A figure's words here run from its clause's start, so a verb before a list (识别化工生产企业248家、医药生产企业121家)
    # says the action of every item.
    starts = [max((i + 1 for i, c in enumerate(sentence[:g.start]) if c in "，,；;。"), default=0) for g in fitting]
    held = [g for g, start in zip(fitting, starts) if m.group(1) in sentence[start:g.end]]
    return held if len(held) < len(fitting) else []


# Done asked (已经…了, 完成, 建好, 修好, 办完) and work under way said (推进, 正在, 加快, 启动, 着手).
_DONE_ASKED_RE = re.compile(r"已经|完成|建成|建好|修好|办完|搞完|做完|弄好|好了|完了")
_ONGOING_RE = re.compile(r"推进|正在|加快|加紧|启动|着手")


def under_way(question: str, topic: Sequence[str], clause: str) -> str:
    """The verb of work under way (推进) governing the asked words of ``clause`` when the question asks whether
    the work is done and the clause says no completion; "" otherwise."""
    if not _DONE_ASKED_RE.search(question) or _DONE_RE.search(clause):
        return ""
    at = [clause.find(t) for t in topic if len(t) > 1 and t in clause]
    m = _ONGOING_RE.search(clause)
    return m.group(0) if m and at and m.start() < max(at) else ""


# A trend stated as the claim: 一年比一年多, 越来越少, 逐年增加, 是不是在下降.
_UP = alternation(LEVEL_RISE, COLLOQUIAL_RISE)  # not 提高/提升 (提高安全意识 is no trend of a figure)
_DOWN = alternation(FALL, COLLOQUIAL_FALL)
_ASKED_UP_RE = re.compile(rf"(?:一年比一年|越来越|逐年|比[^，。？?]{{0,8}}?)(?:多|高|大)|{_UP}")
_ASKED_DOWN_RE = re.compile(rf"(?:一年比一年|越来越|逐年|比[^，。？?]{{0,8}}?)(?:少|低|小)|{_DOWN}")
# The trend a text states, with its adverb (逐年下降, 持续大幅压降).
_SAID_UP_RE = re.compile(rf"(?:逐年|持续|大幅|明显|稳步)*(?:{_UP})")
_SAID_DOWN_RE = re.compile(rf"(?:逐年|持续|大幅|明显|稳步)*(?:{_DOWN})")


def trend_fit(question: str, sentence: str) -> float:
    """How well ``sentence`` can answer the trend a yes/no question claims (是不是增加了, 减少了吗, 比上年多了): a
    sentence stating no trend at all (火灾风险突出, 鼓励举报违法行为) cannot say whether it went up or down, so it
    weighs 0.7 beside one that states a rise or a fall (火灾起数同比下降31.4%); 1.0 when the question claims none."""
    return 0.7 if trend_unsaid(question, sentence) else 1.0


# The change a yes/no claims as its predicate, at the question's end (是不是增加了, 减少了吗, 比上年多了没有); not a
# comparison with another place (是不是比南通多) nor an action (有没有增加执法人员).
_CLAIMED_CHANGE_RE = re.compile(rf"(?:(?:{_UP})|(?:{_DOWN})|比(?:上年|去年|前年|同期|上月|往年|以前|过去)[^，。？?]{{0,4}}?"
                                rf"(?:多|少|高|低))了?(?:吗|没有?|呢)?[？?]?\s*$")


def trend_unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` claims one change of a figure (上升 or 下降, not both) as its predicate and ``sentence``
    states no rise or fall at all: then it neither confirms nor denies the claim."""
    m = _CLAIMED_CHANGE_RE.search(question)
    if not m:
        return False
    up, down = bool(_ASKED_UP_RE.search(m.group(0))), bool(_ASKED_DOWN_RE.search(m.group(0)))
    return up != down and not (_SAID_UP_RE.search(sentence) or _SAID_DOWN_RE.search(sentence))


def without_claimed_change(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` without the change word a yes/no claims as its predicate (上升 of 事故起数是不是上升了): the claim is
    tested against the text's change whichever way it goes (同比下降12.4% says 不是), so its word is not one the
    sentence must hold (trend_fit weighs a sentence stating no change)."""
    m = _CLAIMED_CHANGE_RE.search(question)
    if not m:
        return tuple(terms)
    kept = tuple(t for t in terms if not (t in m.group(0) and (_ASKED_UP_RE.fullmatch(t) or _ASKED_DOWN_RE.fullmatch(t))))
    return kept or tuple(terms)


# A change clause that follows a figure's clause speaks of that figure (违法行为2347起，同比下降18.3%).
_CHANGE_HEAD_RE = re.compile(r"[，,]\s*(?:同比|环比|较上年|较去年|比上年|比去年|较同期|比同期)[^，。；,;]*")


def with_change(sentence: str, at: int, clause: str) -> str:
    """``clause`` (starting at ``at`` of ``sentence``) with the change clauses right after it (，同比下降18.3%),
    which state the trend of the clause's figure."""
    end, out = at + len(clause), clause
    while m := _CHANGE_HEAD_RE.match(sentence, end):
        out, end = out + m.group(0), m.end()
    return out


def trend_check(question: str, clause: str) -> tuple[bool, str] | None:
    """Whether the trend a question claims (up or down) is the clause's: (holds, the clause's trend words), or
    None when either states no trend or the question claims both."""
    up, down = bool(_ASKED_UP_RE.search(question)), bool(_ASKED_DOWN_RE.search(question))
    if up == down:
        return None
    said_up, said_down = _SAID_UP_RE.search(clause), _SAID_DOWN_RE.search(clause)
    said = said_up or said_down
    if not said or (said_up and said_down):
        return None
    return (bool(said_up) == up, said.group(0))


# 半天, 半个月, 半小时: a stated half of a unit a figure can be counted in (半年 is a calendar span, not a figure).
_HALF_RE = re.compile(r"半(?=个?(?:天|小时|月)(?!份|底|初))")


def with_halves(question: str) -> str:
    """``question`` with each stated half written as a figure (查半天 → 查0.5天) for the stated-figure check."""
    text = _HALF_RE.sub("0.5", question)
    return re.sub(r"0\.5(?=月)", "0.5个", text)


def bound_before(sentence: str, start: int) -> str:
    """The bound word right before a figure of ``sentence`` (不少于 of 不少于1天), or ""."""
    m = lx.BOUND_BEFORE_RE.search(sentence[max(0, start - 6):start])
    return m.group(0).strip() if m else ""


_RELATIVE_SAID_RE = re.compile(r"(今年|去年|前年)")
_NOW_SAID_RE = re.compile(r"目前|截至当前|当前|现已|至今")


def implied_years(sentence: str, briefing_year: int | None) -> list[int]:
    """The years a sentence with no year of its own speaks of, from its dated briefing's year: 今年 → that year,
    去年 → the one before, 目前/截至当前 → that year; [] when it says none of these or the year is unknown."""
    if not briefing_year or re.search(r"\d{4}\s*年(?!\s*第)", sentence):
        return []
    back = {"今年": 0, "去年": 1, "前年": 2}
    said = [briefing_year - back[m.group(1)] for m in _RELATIVE_SAID_RE.finditer(sentence)]
    return said or ([briefing_year] if _NOW_SAID_RE.search(sentence) else [])


# A claim that only one thing is so (只给现金吗, 联合检查组只有公安吗, 仅…): not 只要 (a condition) nor 不只; and a
# claim that all of them are one thing (骨干都是应急局的, 全是公安的), which says the same: no other is among them.
_ONLY_RE = re.compile(r"(?<!不)(?:只|仅)(?!要|能|需)|(?<!不)(?:全|都|全都)是")
_CLAUSE_RE = re.compile(r"[^，,；;。！？]+")


def only_listed(question: str, topic: Sequence[str], sentence: str) -> str:
    """The clause of ``sentence`` that lists the asked thing beside others (现金、绩效加分等奖励; 工信、公安、市场监管等)
    when the question claims it is the only one (只给现金吗); "" otherwise."""
    m = _ONLY_RE.search(question)
    if not m:
        return ""
    asked = [t for t in topic if len(t) > 1 and question.find(t) > m.start()]
    for clause in _CLAUSE_RE.findall(sentence):
        items = clause.split("、")
        if len(items) > 1 and any(t in clause for t in asked):
            return clause.strip()
    return ""


# A negated occurrence (未发生, 没有出现, 无…造成) and the bound words that only widen its object (重大及以上).
_OCCURRENCE_NEG_RE = re.compile(r"(?:未|没有|没|无)(?:发生|出现|造成)")
_WIDENING_RE = re.compile(r"及以上|以上|及以下")
_OCCURRENCE_VERBS = ("发生", "出现", "造成")


def other_occurrence(question: str, topic: Sequence[str], clause: str, sentence: str) -> bool:
    """Whether the negated occurrence of ``clause`` (未发生亡人火灾事故) leaves the asked event said elsewhere in
    ``sentence``: its object holds none of the asked words (未发生人员伤亡 for 森林火情) or puts before them a word the
    question does not say (亡人 of 火灾, 较大以上 of 生产安全事故), while the rest of the sentence names the asked
    event (火灾起数同比下降37.5%, 共发生生产安全事故37起) and records an occurrence of it (起重机械隐患数量下降 records
    none): so events of the asked kind did occur."""
    m = _OCCURRENCE_NEG_RE.search(clause)
    if not m:
        return False
    words = [t for t in topic if len(t) > 1 and t not in _OCCURRENCE_VERBS]
    rest = sentence.replace(clause, " ")
    # the rest must record events of the asked kind, not only name the subject: 起重机械隐患数量同比下降35.2% records
    # no accident, so 未发生建筑起重机械生产安全事故 still answers 没有 (occurrence_said.records_occurrence)
    if not records_occurrence(question, rest):
        return False
    said_elsewhere = [t for t in words if t in rest and t not in clause[:m.start()]]
    if not said_elsewhere:
        return False
    obj = clause[m.end():]
    asked = [t for t in words if t in obj]
    if not asked:
        return True  # 未发生人员伤亡: another event than the asked one
    modifier = _WIDENING_RE.sub("", obj[:min(obj.find(t) for t in asked)]).strip()
    return bool(modifier) and modifier not in question


# A universal the question asks over a noun (所有化工企业都…, 全部生产经营单位…): the noun's head is its last two characters.
_ALL_ASKED_RE = re.compile(r"(?:所有|全部|每一?[个家所座])的?([\u4e00-\u9fff]{2,12}?)(?:都|全都|均|是不是|是否|有没有)")
_ALL_SAID_RE = re.compile(r"全部|全面|所有|全覆盖|均|都|全体")
_WHOLE_BEFORE_RE = re.compile(r"(?:全省|全市|全县|全区|全)\s*(?:共|共有)?\s*$")  # 全市54家化工企业: all of them


def subset_said(question: str, clause: str) -> str:
    """The count the clause gives of the noun the question asks all of, when the clause says no whole (所有化工企业都把
    奖励机制接进…了吗 ← 推动34家“一重点一重大”企业将奖励机制…融合: 34家, some of them); "" otherwise (54家化工企业…全面
    建立, 103个镇街全部明确, 全市66个镇 say the whole; 全市12个领域已有2.5万家单位 does not)."""
    if not (m := _ALL_ASKED_RE.search(question)) or _ALL_SAID_RE.search(clause):
        return ""
    head = m.group(1)[-2:]
    for f in extract_figures(clause):
        if head in clause[f.end:f.end + 14] and not re.search(r"[，、；]", clause[f.end:clause.find(head, f.end)]):
            return "" if _WHOLE_BEFORE_RE.search(clause[:f.start]) else f.surface.replace(" ", "")
    return ""


_SAID_CHANGE_RE = re.compile(r"((?:同比|环比|较上年|比上年)?)(?:分别|均)?((?:下降|增长|上升|减少|增加|提高|降低)了?)\s*$")


def change_said(clause_before: str) -> str:
    """The change words a percentage's own clause says right before it (同比分别下降11.2%和8.7% → 同比下降 for
    8.7%), so a reply quoting the figure says it as a change, as the text does; "" when there are none."""
    m = _SAID_CHANGE_RE.search(clause_before)
    return m.group(1) + m.group(2) if m else ""
