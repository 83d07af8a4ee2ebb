"""How many there are (常州有多少家粉尘涉爆企业) is a stock, said by 现有/共有/拥有 (全市现有粉尘涉爆企业 1342
家); a figure of the same things that did something (推动 420 家粉尘涉爆企业安装火花探测…) counts only those
that did it. When a sentence states the stock, its figure ranks before the acting subset's.

A stock question asks 有多少/有几 and ends with the counted noun phrase (or with the question word itself:
粉尘涉爆企业有多少家): no action of the things follows, and neither a step of a process (整改) nor a relative
clause (淘汰的有几艘) names them. A stock clause has one of the existence verbs of ``_STOCK_RE`` (a closed class)
before the figure.
"""

from __future__ import annotations

import re

from ..nouns import tagged
from .match import match
from .steps import LIGHT_VERBS, steps_said
from .support import asked_action
from .unlisted_act import unlisted_act
from .window import last_clause
from .verbal_compound import ends_in_act

_STOCK_ASK_RE = re.compile(r"有(?:多少|几)")
_BARE_ASK_RE = re.compile(r"多少|几")
# A relative clause right before 有 (淘汰的有几艘): the things are named by what was done to them.
_RELATIVE_RE = re.compile(r"的[各共总一]*有(?:多少|几)")
# 涉及承租企业1.16万家: the things a campaign reaches by scope, not by an act done to them
_STOCK_RE = re.compile(r"现有|共有|拥有|辖有|境内有|[市区县镇]有|涉及")
# A clause that opens with a bare 有 after its subject's clause (句容市地处宁镇山脉，有Ａ级旅游景区23家) says the stock
# too; 有效/有序/有关… are adverbs or adjectives, not the verb.
_OPENING_HAVE_RE = re.compile(r"^\s*有(?![效序关力所的利助望着些点时])")
# An adverb of the total right before the question word (仓储点一共多少家, 总共几个): it asks the whole there is.
_TOTAL_ADVERB_RE = re.compile(r"(?:一共|总共|共计|总计|合计|总数|共)$")
# The stock figure's rank before an acting subset's (a ranking only: both still answer).
STOCK_PREFERENCE = 1.3


def asks_stock(question: str) -> bool:
    """Whether ``question`` asks how many things there are: 有多少/有几, then only the counted noun phrase."""
    m = _STOCK_ASK_RE.search(question)
    if not m and (bare := _BARE_ASK_RE.search(question)):  # 句容A级景区多少家: a noun and no verb asks how many there are
        tags = [(w, flag) for w, flag, *_ in tagged(_TOTAL_ADVERB_RE.sub("", question[:bare.start()])) if w.strip()]
        words = [flag for _, flag in tags]
        # a verbal noun may modify a noun (旅游景区) but right before the question word it is the act (检查多少家),
        # also inside one word the tagger calls a noun (执法检查多少: verbal_compound.py)
        # A step verb the tagger reads as a verbal noun opens the phrase as its act (检查企业多少家, 全省检查生产经营单位
        # 多少家: 检查 vn): the question asks what was done to the things (3.2万家次), not how many there are.
        # 粉尘涉爆的多少家 (the head left out after 的, as a sibling part names it): the phrase before 的 is the noun's
        elided = len(tags) > 2 and tags[-1][0] == "的" and tags[-2][1] == "v" and tags[-3][1].startswith("n")
        if elided:
            tags, words = tags[:-1], words[:-1]
        # the verb before an elided head describes the things (粉尘涉爆的); any other verb is an act asked, one right
        # before the last noun too (荷花节接待游客多少人)
        modifier = len(tags) - 1 if elided else -1
        verbs = [i for i, (_, flag) in enumerate(tags) if flag.startswith("v") and flag != "vn" and i != modifier]
        tail = [flag for _, flag, *_ in tagged(question[bare.start():])]
        # a one-character noun the tagger splits off as a measure word (仓储|点) ends a compound of the word before it
        noun_end = bool(words) and (words[-1].startswith("n") or modifier == len(tags) - 1 or (
            words[-1] in ("m", "q") and len(tags[-1][0]) == 1 and len(words) > 1 and words[-2][0] in "nj" and words[-2] != "vn"))
        return noun_end and words[-1] != "vn" and \
            not ends_in_act(tags[-1][0]) and not verbs and not any(f.startswith("v") and f != "vn" for f in tail) and \
            not steps_said(question[:bare.start()])
    if not m or steps_said(question) or _RELATIVE_RE.search(question):
        return False  # 停航整改和淘汰的各有几艘: things named by what was done to them
    words = [(w, flag) for w, flag, *_ in tagged(re.sub(r"[？?。！!啊呢呀吧]+$", "", question[m.end():])) if w.strip()]
    words = words[1:] if words and words[0][1] in ("q", "m") else words  # the classifier (家, 座)
    if not words or not words[-1][1].startswith("n"):
        return not words
    # a verb may only modify the last noun (粉尘涉爆企业, 危化品经营企业); one before other words is the things'
    # action, and so is a long tail (企业落实隐患报告奖励机制: 落实 is tagged as an adjective)
    return len(words) <= 4 and not any(flag.startswith("v") for _, flag in words[:-2])


def list_lead(before: str) -> str:
    """The clause a 、-list opens with, when the figure's clause is a later item of it (现有电商仓储物流园区46个、
    仓储点1380余家: 现有 says the stock of both items); "" when the clause follows no 、."""
    if not before.rstrip().endswith("、"):
        return ""
    return last_clause(before)


def stock_fit(question: str, clause_before: str, before: str = "") -> float:
    """``STOCK_PREFERENCE`` for a figure whose clause before it (or the 、-list it continues, ``before`` being the
    sentence up to the clause) says the stock, asked by a stock question; else 1."""
    lead = list_lead(before)
    said = _STOCK_RE.search(clause_before) or _OPENING_HAVE_RE.match(clause_before) or (lead and _STOCK_RE.search(lead))
    return STOCK_PREFERENCE if said and asks_stock(question) else 1.0


def stock_for_action(question: str, clause: str, lead: str) -> bool:
    """Whether a stock figure (江都区共有…“九小场所”超过1.2万家, 淮安市现有城镇燃气经营企业43家) is offered for a
    question asking what an action did to the things (九小场所巡查了多少家, 燃气经营企业整改了几家): the stock says
    how many there are, not how many the asked action reached. The asked verb said in the clause (全市现有登记渔船
    …艘 for 登记了多少艘) or a light or stock verb asked (开展, 有) keeps it."""
    verb, stock = asked_action(question) or unlisted_act(question), _STOCK_RE.search(lead)  # 赋码多少台: unlisted_act.py
    # The verb said in another form with one of its characters (进驻 asked, 现有入驻企业68家 said) asks the stock.
    return bool(verb) and bool(stock) and verb not in LIGHT_VERBS and not _STOCK_RE.search(verb) \
        and "有" not in verb and not match(verb, clause) and not any(c in lead[stock.end():] for c in verb)
