"""Whether a figure's clause says another act than the asked one, by a verb the step table (steps.STEPS) does not
list: 江都九小场所排查了多少家 is not answered by 目前已赋码1.16万家 (赋码), 大丰养老机构整改了几家 not by 为21家
养老机构加装自动喷水灭火系统 (加装), 泰州建筑施工整改了几个项目 not by 1346个在建项目全部签订安全生产责任书.

``steps.other_step`` refuses a figure whose clause says another *listed* step; a clause that says no listed step
passes it, as a clause with no process verb has nothing to contradict (全市配备巡查员6758人). This module reads the
clause's own verbs: when it names actions of its own (not light verbs such as 开展, not completions such as 完成,
not words of the question's own noun phrase) and none shares a character with the question's predicate step verb
(检查 and 督查, 培训 and 参训, 改了 and 改造 share one: a recognised form of the same act), the figure counts what
another act did, and the asked act's figure is not given (a partial answer follows).

A step verb that the clause says only negated (对拒不整改的27家企业依法停气停产) is not the figure's act: the
figure counts those who did not do it, so the clause is read without it.
"""

from __future__ import annotations

import re

from ..nouns import tagged
from .split_verb import COMPLETION_VERBS
from .steps import LIGHT_VERBS, STEPS, asked_steps_of, steps_said
from .unlisted_act import unlisted_act

# A step verb said as not done: 拒不整改, 未整改, 没有排查, 不予处罚.
_NEGATED_RE = re.compile("(?:拒不|拒绝|未|没有|没|不予|不)(?:{})".format(
    "|".join(sorted({v for vs in STEPS.values() for v in vs}, key=len, reverse=True))))
_ASK_RE = re.compile(r"多少|几")
# Verbs that say a thing exists, is held or is part of a whole, not an act done to it (现有, 拥有, 涉及, 覆盖),
# and verbs that mark a time (截至9月底), no act either.
_STATE_VERBS = frozenset("现有 拥有 共有 涉及 覆盖 包括 包含 属于 位于 分布 存在 形成 成为 作为 占 有 是 截至 截止".split())
# Verbs by which a budget pays money out (县财政安排补助资金320万元, 下拨专项资金, 列支, 下达首批资金): forms of the
# asked spending (花了多少钱, 投了多少) though they share no character with its verb.
_FUNDING_VERBS = frozenset("补助 资助 奖补 下拨 拨付 拨款 下达 列支 筹集 筹措 安排 兑现 发放 支付".split())
# Verbs by which a screening reports what it found as identified (排查企业31933家，精准识别化工生产企业248家,
# 辨识较大以上风险点): forms of the asked find step (查出了多少家, 发现多少个) though they share no character with it.
_IDENTIFY_VERBS = frozenset("识别 辨识 甄别 认定 查明 研判".split())
# Acts of one kind said by verbs that share no character: helping enterprises is serving them (江阴帮扶了几家企业:
# 截至9月底已服务1126家, an article on 精准帮扶中小企业).
_KINDRED_ACTS = (frozenset("帮扶 服务 帮助 扶持".split()),)


def _asked_verbs(question: str) -> list[str]:
    """The step verbs that are the question's predicate: the last verb before its question word is (or is part of)
    one (排查了多少家 → 排查, 改了多少套 → 改了). Another verb there is the predicate and the step verb before it
    names the campaign (专项治理建立了多少个群组, 整治进村入企多少人次, 整治组织了多少人次); a question with no
    question word (a side of a comparison) is left to steps.other_step."""
    cut = _ASK_RE.search(question)
    if not cut:
        return []
    verbs = [w for w, flag, *_ in tagged(question[:cut.start()]) if flag in ("v", "vn")]
    if not verbs:
        return []
    pred = verbs[-1]
    return [v for step in asked_steps_of(question) for v in STEPS[step] if v in question and (pred in v or v in pred)]


def _own_actions(clause: str) -> list[str]:
    """The clause's verbs that name an action of their own: a verb of two characters (加装, 签订), or one character
    glued to a one-character object the segmenter cut from it (赋|码)."""
    words = [(w, flag) for w, flag, *_ in tagged(clause) if w.strip()]
    out = []
    for i, (w, flag) in enumerate(words):
        # a verbal noun is the predicate when an adverb opens it or the figure follows it (已投保412家)
        predicate = flag == "vn" and len(w) > 1 and (i and words[i - 1][1] == "d" or
                                                     i + 1 < len(words) and words[i + 1][1] == "m")
        if (flag != "v" and not predicate) or w in LIGHT_VERBS or w in COMPLETION_VERBS or w in _STATE_VERBS:
            continue
        if len(w) > 1 or (i + 1 < len(words) and len(words[i + 1][0]) == 1 and words[i + 1][1] == "n"):
            out.append(w)
    return out


def other_act(question: str, clause: str, sentence: str = "") -> bool:
    """Whether the figure's clause (its predicate words, as steps.step_words reads them) says another act than the
    question's predicate step: by a listed step once its negated step verbs are set aside, or, saying no listed
    step, by verbs of its own none of which shares a character with the question's step verb."""
    asked = asked_steps_of(question)
    # a verb the step table lists not (清退, 赋码: unlisted_act.py), read outside table rows, whose column header
    # alone says the cell's step; a verb of existence (涉及多少家) asks no act
    verbs = _asked_verbs(question) or ([v] if not asked and "\t" not in sentence and
                                       (v := unlisted_act(question)) and v not in _STATE_VERBS else [])
    if not verbs:
        return False
    bare = _NEGATED_RE.sub("，", clause)
    said = steps_said(bare)
    if said:
        # a negated step verb hid another listed step from steps.other_step (拒不整改…停气停产)
        return bare != clause and not (asked & said)
    if said != steps_said(clause):
        return True  # the clause's only asked step verb is negated: it counts those who did not do it
    # The clause's own acts, less verbs inside the words the question itself says (自动切断装置改了多少套: 切断
    # names the device); the figure is of another act when none of them is a form of the asked one.
    if any(v in bare for v in verbs):
        return False  # the asked verb said (加速整合…58个信息系统): the clause's other verbs only qualify it
    chars = set("".join(verbs))
    acts = [w for w in _own_actions(bare) if w not in question]
    if "spend" in asked and any(w in _FUNDING_VERBS for w in acts):
        return False  # 县里花了多少钱: 县财政安排补助资金320万元 pays it out
    if "find" in asked and any(w in _IDENTIFY_VERBS for w in acts):
        return False  # 南通查出多少家化工生产企业: 精准识别化工生产企业248家 reports them found
    if any(set(verbs) & kin and any(w in kin for w in acts) for kin in _KINDRED_ACTS):
        return False  # 江阴帮扶了几家企业: 已服务1126家
    return bool(acts) and not any(set(w) & chars for w in acts)
