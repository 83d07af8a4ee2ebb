"""Whether a figure's own clause says the asked measure beyond its noun: the step of a process it counts
(排查 → 整改 → 督办 → 销号, 立案 → 结案, 处罚 → 收缴), whether it is a per-unit figure (13个镇街分别明确1名),
and which words of its clause name the counted thing rather than a document's title (《隐患排查清单》).

judge.py asks these for every figure; a figure that fails one does not answer the part (a partial answer or a
refusal follows), whatever words it shares with the question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nouns import head_noun
from ..units import general_visits, unit_class, visits_of
from ..types import Part
from .domain import said
from .search_find import found_by_search
from .window import CLAUSE_END_RE, clause_before, clause_start, last_clause
from .whole_part import PART_RE as _PART_RE, whole_clause_start

# The steps of the processes the briefings count, each with the verbs that say it. A verb may say two steps
# (查改 is 查 and 改). A figure answers a question whose predicate says a step only when its clause says that
# step too, or says no step at all (全市配备巡查员6758人: the clause has no process verb to contradict).
# The single characters staff say a step with (改 of 整改, 关 of 关闭, 拆 of 拆除, 停 of 停产, 封 of 查封, 罚 of 罚款);
# with a result complement or 了 they ask what is done (done_step.py). STEPS lists the forms that say a step by
# themselves (改完, 关掉); a core alone is too short to say one (改革, 关注, 停车).
COLLOQUIAL_CORES = "改关拆停封罚"
STEPS: dict[str, tuple[str, ...]] = {
    "find": ("排查", "摸排", "查摆", "发现", "查出", "筛查", "检查", "起底", "摸底", "查找", "自查", "查改", "走访",
             "收集", "征集"),  # 收集隐患: reports gathered are things found, not yet removed
    # 改完/改好/改掉/改了: the colloquial fix with its completion (改完了多少, 改了多少处), which the briefings write 已整改
    "fix": ("整改", "整治", "消除", "治理", "处置", "立改", "查改", "改正", "改完", "改好", "改掉", "改了"),
    "close": ("销号", "办结", "结案", "验收", "清零"),
    "case": ("立案", "查处"),
    "punish": ("罚", "查处"),  # 处罚, 罚款, 一案双罚, 罚了多少钱; 查处 is 查 and 处 (处理, 处罚)
    "collect": ("收缴", "缴纳", "缴款"),
    "supervise": ("督办", "挂牌"),
    # 关了/关掉: the colloquial 关闭 (小散矿山关了几座), which the briefings write 已关闭; 查封: sealing a site off
    "shut": ("关停", "取缔", "关闭", "停产", "停业", "吊销", "关了", "关掉", "查封"),
    "summon": ("约谈", "问责"),
    # What police and courts do to persons (抓获嫌疑人8人、刑拘2人, 判刑, 逮捕): each its own step, none of them
    # 立案 (a case filed against 2 people is no detention) nor a meeting's 2.8万人.
    "catch": ("抓获", "抓捕", "抓了"),  # 抓了几个人: the colloquial 抓 with its aspect (抓实, 抓好 are no arrest)
    "detain": ("拘留", "刑拘", "羁押"),
    "arrest": ("逮捕", "批捕"),
    "sentence": ("判刑", "判处", "宣判", "获刑", "判了"),
    "hand": ("通报", "交办", "移交", "抄送"),
    "verify": ("复核", "核查", "核实", "复查"),
    "train": ("培训", "宣讲", "轮训"),
    "reward": ("奖励", "奖金", "发放", "兑现"),
    # Money paid out (花了多少钱, 投了多少, 投入资金, 完成投资, 发放奖励资金): a fine taken in (罚款) is not it.
    "spend": ("投入", "投资", "投了", "花了", "花费", "花钱", "支出", "出资", "拨付", "发放"),
}
_TITLE_RE = re.compile(r"《[^《》]*》")
# A step verb before one of these heads names a thing, not the action done (对716处重点问题整改情况实地复核:
# the clause's action is 复核; 交办立行立改事项: 交办).
_NOMINAL_HEADS = "情况|工作|方案|机制|清单|标准|责任|要求|措施|体系|平台|系统|能力|事项|线索|制度|效果|进度|率"
_VERB_AS_NOUN_RE = re.compile("(?:{})(?:{})".format("|".join(v for vs in STEPS.values() for v in vs), _NOMINAL_HEADS))
_ASK_RE = re.compile(r"多少|几")
# A verb-object verb split by its question word (立了多少件案, 销了几个号, 结了几起案).
_SPLIT_VERB_RE = re.compile(r"([立结销])[了过]?((?:多少|几)[\u4e00-\u9fff]{0,2}?)([案号])")


# A review reports what it found as the problems it pointed out (诊断…，指出问题隐患8760条; 检查指出隐患): 指出 with
# the found things right after it says the find step (发现/查出). 指出 alone is a speaker's verb (会议指出，…).
POINTED_OUT_RE = re.compile(r"指出[^，。；：]{0,4}?(?:问题|隐患)")


# The verbs of the search itself, one act however it is said (排查, 检查, 摸排 search; 查出, 发现 report what the search
# found): a question's 查出 is a clause's 发现, a question's 排查 a clause's 检查. 查处 (查 and 处) reports the
# violations a search found when its object is a problem or a violation (查处…违法行为64起 for 发现了多少起违法行为).
# The search (排查) and what it found (发现) stay two forms: 检查企业3920家次，发现隐患2415处 counts 检查 in its own clause.
SEARCH_VERBS = ("排查", "摸排", "检查", "筛查", "查找", "起底", "摸底", "自查")
FOUND_VERBS = ("查出", "发现", "查摆")
_PROBLEM_OBJECT_RE = re.compile(r"查处[^，。；]{0,16}?(?:隐患|问题|违法|违规|违章)")


def search_form_said(verb: str, clause: str) -> bool:
    """Whether ``clause`` says the asked search ``verb`` in another form of the search (排查 as 检查) or the asked
    find in another form of the find (查出 as 发现, or 查处 of problems or violations): the same act, so a figure there
    is the asked act's. A search is no find (检查了多少 is not 发现隐患2415处)."""
    bare = _VERB_AS_NOUN_RE.sub("", _TITLE_RE.sub("", clause))
    if verb in SEARCH_VERBS:
        return any(v in bare for v in SEARCH_VERBS)
    return verb in FOUND_VERBS and (any(v in bare for v in FOUND_VERBS) or _PROBLEM_OBJECT_RE.search(bare) is not None)


def steps_said(text: str) -> frozenset[str]:
    """The process steps ``text`` says by one of their verbs (a document title, 《隐患排查清单》, says none)."""
    bare = _VERB_AS_NOUN_RE.sub("", _TITLE_RE.sub("", text))
    said = frozenset(step for step, verbs in STEPS.items() if any(v in bare for v in verbs))
    return said | {"find"} if POINTED_OUT_RE.search(bare) else said


@lru_cache(maxsize=4096)
def asked_steps_of(question: str) -> frozenset[str]:
    """The steps the predicate of a count question says: the words of the clause holding its question word,
    after the relative clause that names the counted thing (查摆出来的84个问题，现在整改了多少个 → fix; the
    查摆 of the relative clause is how the thing was first found, not the asked step)."""
    m = _ASK_RE.search(question)
    if not m:  # a side of a comparison (赣榆已整改的隐患): the relative clause before its 的 says the asked step
        de = question.rfind("的")
        return steps_said(question[:de]) if de > 0 else frozenset()
    start = clause_start(question, m.start())
    clause = _SPLIT_VERB_RE.sub(r"\1\3\2", question[start:])  # 立了多少件案 says 立案
    at = _ASK_RE.search(clause).start()
    clause = clause[clause.rfind("的", 0, at) + 1:]
    # The verb nearest the question word is the predicate (联动检查立案了多少件: 立案; 执法检查罚了多少钱: 罚);
    # an earlier one names the campaign (执法检查, 隐患排查). A verb after the question word is said too (被整改).
    bare = _VERB_AS_NOUN_RE.sub("", _TITLE_RE.sub("", clause))
    at = _ASK_RE.search(bare).start() if _ASK_RE.search(bare) else len(bare)
    ends = [(bare.rfind(v, 0, at) + len(v), v) for vs in STEPS.values() for v in vs if bare.rfind(v, 0, at) >= 0]
    last = max(ends)[0] if ends else -1
    nearest = frozenset(step for step, vs in STEPS.items() for v in vs  # a verb not said (rfind -1) is not nearest
                        if (i := bare.rfind(v, 0, at)) >= 0 and i + len(v) == last)
    return nearest | steps_said(bare[at:])


def other_step(question: str, clause: str) -> bool:
    """Whether a figure's clause counts another step of the asked process: the question's predicate says a
    step (督办, 整改, 培训) and the clause says another step and none of the asked ones (推动企业查改隐患
    36975 条 for 挂牌督办了多少条; 通报…突出问题 186 个 for 整改了多少个; 聘请省级专家 175 人次开展深度检查
    for 培训了多少人)."""
    asked = asked_steps_of(question)
    said = steps_said(clause)
    if "find" in asked and _PROBLEM_OBJECT_RE.search(clause):  # 查处…违法行为64起 for 发现了多少起违法行为
        said = said | {"find"}
    if "spend" in asked and "reward" in said:  # 花了多少钱 by 累计实施奖励金额约3000万元: a reward is money paid out
        said = said | {"spend"}
    # 实验室检查花了多少钱: money paid out as 奖励 was not spent on the 检查; a clause saying only the spending
    # (共同出资3650万元) names no other step the money went to, so 燃气整治出资多少 keeps it.
    if "spend" in asked and (said - {"spend"}) and (on := spent_on(question)) and not (on & said):
        return True
    return bool(asked) and bool(said) and not (asked & said)


_SPEND_RE = re.compile("(?:一共|总共|总计|累计|共)?(?:{})".format("|".join(STEPS["spend"])))


def spent_on(question: str) -> frozenset[str]:
    """The step a spending question pays for, said by the verb right before its spend verb (检查花了多少钱 →
    find, 奖励花了多少 → reward); empty when the money's object is a thing (改造, 智慧监测) or nothing."""
    m = _ASK_RE.search(question)
    spend = [s for s in _SPEND_RE.finditer(question, 0, m.start() if m else len(question))]
    if not spend:
        return frozenset()
    before = question[:spend[-1].start()]
    return frozenset(step for step, vs in STEPS.items() if step != "spend" and any(before.endswith(v) for v in vs))


# A figure given per member of a counted set: 13个镇街（园区）分别明确1名…, 每个镇街配备2名, 13个镇街各明确1名.
_PER_UNIT_RE = re.compile(
    r"(?:\d+\s*[个家名处所座户]\s*[\u4e00-\u9fff]{1,10}(?:（[^（）]*）)?\s*(?:分别|各自|各(?![类种地级项]))"
    r"|每(?:个|家|名|位|辆|户|所|座|处|台|套|艘|人))[^，；。]{0,12}$")


def per_unit(before: str) -> bool:
    """Whether the words before a figure in its clause make it a figure per member of a set (13个镇街分别明确
    1名分管负责人): it is each member's, not the size of a group, and answers only a per-unit question."""
    return _PER_UNIT_RE.search(before) is not None


def asks_per_unit(question: str, qualifiers) -> bool:
    """Whether a question asks a per-unit figure (每个镇街几名, 平均, 各配了几名)."""
    return "平均" in qualifiers or bool(re.search(r"每|各(?![类种地级项])|分别|人均|户均", question))


def without_other_titles(text: str, at: int) -> str:
    """``text`` without the document titles that do not name what the figure at ``at`` counts: a title right
    before the figure is the counted document (《职工安全应知应会手册》20 万册); any other only names a document,
    and its words (形成《隐患排查清单》…“三个清单”) are no counted thing."""
    out, last = [], 0
    for m in _TITLE_RE.finditer(text):
        if m.end() <= at and re.fullmatch(r"[\s“”\"‘’]*", text[m.end():at]):
            continue
        out.append(text[last:m.start()])
        last = m.end()
    return "".join(out) + text[last:]


# Classifiers that count things and never occurrences (多少家小场所, 几处, 多少条): a figure in 场次 or 次
# counts sessions or times of an action (组织社会面小场所培训 287 场次), not the asked things.
THING_UNITS = frozenset("家 处 条 套 份 件 支 座 所 台 块 户 辆 艘 本 册".split())


# Heads of nouns that name an event or an activity: 几个 of them may be counted in 场次 or 次.
_EVENT_HEADS = tuple("会 班 活动 演练 讲座 比武 竞赛 课 培训 检查 宣讲 巡查 督查 执法 行动 批次 场次".split())


def occurrences_for_things(asked_unit: str, unit: str, measure: str = "") -> bool:
    """Whether a figure counts occurrences where the question counts things (多少家 and 287 场次; 多少个社会面
    小场所 and 组织社会面小场所培训 287 场次: 个 counts the named thing unless it is an event); 9 家次 still
    answers 多少家 (the visits of the asked things, units.class_fit)."""
    thing = asked_unit in THING_UNITS or (asked_unit == "个" and len(measure) > 1 and not measure.endswith(_EVENT_HEADS))
    return thing and unit_class(unit) == "times" and not visits_of(asked_unit, unit) \
        and not general_visits(asked_unit, unit)


def group_size_of_per_unit(part: Part, question: str, before: str, noun: str) -> bool:
    """Whether a per-unit figure (13个镇街分别明确1名分管负责人) is read as the size of a group the question
    asks about (靖江工作专班有几个人): the question asks a count or a number of people, asks it per unit
    nowhere (每, 各, 分别, 平均), and does not name the thing the figure counts (分管负责人). A per-unit
    amount of money (每家每年8000元) is what a question about that payment asks, with or without 每."""
    if part.unit_class not in ("people", "count") or not per_unit(before) or asks_per_unit(question or part.text, part.qualifiers):
        return False
    head = head_noun(noun) if noun else ""
    return not (head and head in (question or part.text))



# A clause that opens with one of these takes its predicate from the clause before (查改隐患 36975 条，其中重大
# 事故隐患 115 条: the 115 were 查改 too).
_INHERITS_RE = re.compile(r"\s*(?:其中|含|包括|包含)")


def inherited_start(sentence: str, clause_start: int) -> int:
    """Where the predicate of a figure's clause is said: the clause before, when the clause opens with 其中 (查出问题
    隐患2310项，其中重大事故隐患9项: the 9 were 查出 too), else the clause itself."""
    if _INHERITS_RE.match(sentence[clause_start:]):  # skipping a change clause between (…5821条，同比增长17.4%，其中…)
        return whole_clause_start(sentence, clause_start) if _PART_RE.match(sentence, clause_start) else \
            clause_before(sentence, clause_start)
    return clause_start


# A completion verb with no object of its own right before a figure (已完成41.5公里, 完成了300家): the clause
# elides its action, which is the action said earlier in the sentence (计划改造126公里，一季度已完成41.5公里).
_BARE_COMPLETION_RE = re.compile(r"完成[了共约近超逾]*\s*\d")


# A clause of a reaching verb and the figure alone (达到680万元, 共计…): it has no action of its own; its figure is the
# amount of what the clause before did.
_BARE_AMOUNT_RE = re.compile(r"\s*(?:已|共|累计|总计|合计|共计)?(?:达到|达|为|计)[了约近超逾]*\s*\d")


def action_elsewhere(verb: str, sentence: str, clause_start: int, clause_end: int) -> bool:
    """Whether the asked action (the question's verb, 腾退, 整合) is said in the figure's sentence, but by
    another clause than the figure's: the sentence tells what that action acted on, and the figure counts
    something else done (整治提升…企业5140余家，整治提升腾退空间5770余亩 for 腾退了多少家企业; 整合…58个信息
    系统，拓展智慧监管场景12个 for 整合了多少个场景). A clause opening with 其中 shares the clause before."""
    if not verb or verb in LIGHT_VERBS:  # 夜查开展了多少次: 开展 names no action, the noun does
        return False
    clause_start = inherited_start(sentence, clause_start)
    clause = sentence[clause_start:clause_end]
    if found_by_search(verb, sentence, clause_start, STEPS["find"]):  # 逐一上门排查，发现…隐患2.18万处: search_find.py
        return False
    if _BARE_COMPLETION_RE.search(clause):  # 全年计划改造126公里，一季度已完成41.5公里: 完成 says the 改造 done
        return False
    if umbrella_action(verb, sentence[:clause_start], clause):  # 开展…专项抽检，检查销售门店1136家
        return False
    if contracted_said(verb, clause):  # 查改隐患 36975 条 for 整改了多少: 查改 is 排查 and 整改 in one word
        return False
    if _BARE_AMOUNT_RE.match(clause) and verb in sentence[clause_before(sentence, clause_start):clause_start]:
        return False  # 兑现…举报奖励资金较去年翻了一番，达到680万元: the amount of the 兑现 said the clause before
    if fund_named_by_use(verb, sentence[:clause_start], clause):
        return False  # 拟安排智慧工地建设补助资金800万元，目前已下达首批资金320万元: 补助 names the fund, no other act
    # The whole a selection is made from (从服务企业中评选…示范企业30家) is said of the things selected from, not of
    # the figure: the figure counts what its own verb (评选) did, so an action said only there is said elsewhere.
    sources = "|".join(m.group(1) for m in _SELECTION_SOURCE_RE.finditer(clause))
    clause = _SELECTION_SOURCE_RE.sub("从中", clause)
    if search_form_said(verb, clause):  # 查出 for 发现隐患2.47万处 (排查出租厂房 says no 查出): the search said here
        return False
    # …said in the figure's clause in another of its forms (上报 as 报告的39777条), it is the figure's action
    return verb not in clause and not said(verb, clause) and \
        verb in sentence[:clause_start] + "|" + sources + "|" + sentence[clause_end:]


_FUND_NOUNS = ("资金", "经费")


def fund_named_by_use(verb: str, before: str, clause: str) -> bool:
    """Whether the asked "verb" is the use a fund is named by (补助资金, 奖励资金) in a clause before the figure's,
    and the figure's clause counts that fund again by its bare noun (下达首批资金320万元): the word then modifies
    the fund, it is no act done to something else. Only fund nouns: 整改隐患… 督办隐患12处 is two acts on one noun."""
    at = before.rfind(verb)
    if at < 0:
        return False
    fund = before[at + len(verb):at + len(verb) + 2]
    return fund in _FUND_NOUNS and fund in clause


def umbrella_action(verb: str, before: str, clause: str) -> bool:
    """Whether the asked action is said by the clause just before the figure's, a clause with no figure of its own
    that the figure's clause carries out in a verb of the same head (开展电动自行车及电池产品质量专项抽检，检查销售门店
    1136家 for 抽检了多少家门店: 检查 is the 抽检 done). A clause counting something of its own (整合…58个信息系统)
    is another step, and so is a figure's verb of another head (开展专项抽检，查处违法行为427起 for 抽检了多少起)."""
    last = last_clause(before.rstrip("，,；; "))
    return len(verb) > 1 and verb in last and not re.search(r"\d", last) and verb[-1] in clause


def contracted_said(verb: str, clause: str) -> bool:
    """Whether ``clause`` says the asked ``verb`` contracted into a verb of two steps (查改 is 查 and 改): a verb
    STEPS lists under two steps, one of them the asked verb's, that ends as the asked verb ends (改 of 整改). Only
    its last verb is what its figure is the count of: 推动企业查改隐患 36975 条 are hazards fixed, no count of what
    排查 searched (排查了多少企业), and 查处 ends in nothing of 立案."""
    steps = {step for step, verbs in STEPS.items() if verb in verbs}
    return any(v != verb and v.endswith(verb[-1]) and v in clause and sum(v in vs for vs in STEPS.values()) > 1
               for step in steps for v in STEPS[step])


# 从…中 before a verb: the whole a subset is selected from (从服务企业中评选, 从高校、科研院所中遴选).
_SELECTION_SOURCE_RE = re.compile(r"从([^，,。；;从]{1,16}?)中(?=[\u4e00-\u9fff])")


# Verbs that say an action happened, not which one (组织…人次进村入企, 出动, 开展…检查): the words around them
# name the action, so a figure's clause need not repeat them.
LIGHT_VERBS = frozenset("开展 组织 出动 进行 实施 派出 投入 动员 发动 安排 参与 参加".split())


# Steps that act on some of the things an earlier step found (closing, sanctioning, prosecuting): a figure
# answers such a step only when its clause says it; a clause with no step verb counts what was found or kept.
LATE_STEPS = frozenset({"shut", "summon", "case", "punish", "collect", "close", "supervise",
                        "catch", "detain", "arrest", "sentence"})


def late_step_unsaid(question: str, sentence: str, clause_start: int, clause_end: int) -> bool:
    """Whether the question's predicate says a late step of a process (关停, 取缔, 约谈, 立案, 督办, 结案) and the
    figure's clause says none of the asked steps, whatever else it says (精准识别化工生产企业 248 家 and 排查企业
    31933 家 for 关停取缔了多少家). A clause opening with 其中 shares the clause before (立案…，其中…N起)."""
    asked = asked_steps_of(question) & LATE_STEPS
    if not asked:
        return False
    clause_start = inherited_start(sentence, clause_start)
    return not asked & steps_said(sentence[clause_start:clause_end])


# A clause that goes on acting on all of the figure's things: 其中重大事故隐患 9 条，已全部挂牌督办.
_ALL_OF_THEM_RE = re.compile(r"\s*(?:已?全部|均已?|都已?|全都|悉数)")
# A figure's things fronted by 对 (对排查发现的4.3万处隐患建立清单，实行销号管理): the object of every verb
# of the clauses that follow it, up to the next figure.
_FRONTED_RE = re.compile(r"对[^，；：,;:]*$")


def predicate_end(sentence: str, clause_start: int, clause_end: int, figure_start: int) -> int:
    """Where the predicate of a figure's things ends: its clause's end, or the end of the later clauses that
    say no figure of their own and go on acting on those things: a clause opening with 已全部 / 均 (…隐患 835
    处，已全部整改到位), or any clause after one whose figure is fronted by 对 (对…17项大型活动逐项制定安全工作
    方案，组织公安、消防、住建等部门联合审核). A step said there is the figure's step; a clause with a figure
    counts its own things (…开展“一矿一策”会诊，查出问题隐患274项)."""
    fronted = bool(_FRONTED_RE.search(sentence[clause_start:figure_start]))
    end = clause_end
    while end < len(sentence) and CLAUSE_END_RE.match(sentence, end):
        m = CLAUSE_END_RE.search(sentence, end + 1)
        nxt = m.start() if m else len(sentence)
        clause = sentence[end + 1:nxt]
        if re.search(r"\d|[一二两三四五六七八九十百千万]+\s*[个家处条项座名起件]", clause) or \
                not (fronted or _ALL_OF_THEM_RE.match(clause)):
            break
        end = nxt
    return end
