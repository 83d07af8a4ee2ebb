"""The kind of answer a question wants (figure, open, compare, list, metadata, when, yes/no, fact) and what it
asks within that kind, read from its question words (lexicon.py) before its parts are read."""

from __future__ import annotations

import re
from typing import Sequence

from .found import asks_found
from ..text import cn_int
from . import lexicon as lx
from .confirm import unclaimed
from .ordinal import POSITION_ASK_RE, SAME_ISSUE_RE, article_ordinal
from .scope import Scope
from .slogan_ask import asks_slogan


# A manner or practice ask (怎么做的, 如何保障, 咋弄, 有啥措施); not 怎么样 / 情况如何, which ask a state.
_MANNER_RE = re.compile(r"怎么(?!样)|咋(?!样)|如何(?![？?。]?$)|做法|措施|举措|办法|经验")
# The words that make 排第几 ask an article's place in its issue, not a rank (全省排第几).
_ARTICLE_WORD_RE = re.compile(r"篇|[那这]条|文章|新闻|报道")


def read_kind(question: str, topic: Sequence[str], places: Sequence[str], scope: Scope) -> tuple[str, str]:
    """(kind, asks): what form of answer the question wants, from its question words."""
    scoped = scope.sources is not None
    if lx.ISSUER_RE.search(question) and not places and (scoped or "简报" in question):
        return "metadata", "office"
    if lx.WHICH_ISSUE_RE.search(question):
        return "metadata", "issue"
    if lx.TITLE_ASK_RE.search(question) and (places or topic):
        return "metadata", "issue"  # 靖江那篇标题叫啥: the article named, by its title and issue
    if lx.LIST_PLACES_RE.search(question):
        return "list", "places"
    if (m := lx.PLACE_COUNT_RE.search(question)) and not places and (m.group(1) != "有" or scoped or "简报" in question):
        return "list", "places"
    if lx.PERIODICAL_COUNT_RE.search(question) and "简报" not in question:
        return "figure", ""
    if lx.LIST_ISSUES_RE.search(question) and not lx.QUANTITY_RE.search(lx.LIST_ISSUES_RE.sub(" ", question)):
        return "list", "issues"
    # 比去年多了多少 asks the change the text prints (同比增长…, 比上年增加…), not a comparison with a 去年 side
    if lx.COMPARE_RE.search(question) and not lx.asks_prior_change(question) and (len(places) >= 2 or lx.CONJUNCTION_RE.search(question) or lx.SIDES_SAID_RE.search(question)):
        return "compare", ""
    if (m := lx.EXTREME_RE.search(question)) and len(places) < 2:
        return "compare", "most" if (m.group(1) or m.group(2)) in "多大高" else "least"
    if (m := lx.POINT_ORDINAL_RE.search(question)) and not lx.QUANTITY_RE.search(question):
        return "open", f"point{cn_int(m.group(1)) if m.group(1) else -1}"  # point-1: the last one
    if (lx.LATEST_RE.search(question) or lx.EARLIEST_RE.search(question)) and not places and unclaimed(question) != question:
        return "metadata", "latest"  # 最早那期是不是21年的: the masthead checked, not a search of 2021
    if scoped and not places and (bare := unclaimed(question)) != question and not any(t in bare for t in topic):
        return "metadata", "date"  # 21年那期简报是5月份出的吗: the named issue's masthead checked against the claim
    if lx.STRONG_YESNO_RE.search(question):
        return "yesno", ""
    if lx.CONFIRM_TAG_RE.search(question) and not lx.WH_RE.search(question) and not lx.REQUEST_RE.search(question):
        return "yesno", ""
    practice = bool(lx.PRACTICE_RE.search(question))  # 讲了些啥做法 asks for the points, not the titles
    if article_ordinal(question) is not None and scoped and not places and not practice and not lx.QUANTITY_RE.search(question) or \
            (SAME_ISSUE_RE.search(question) and places or POSITION_ASK_RE.search(question) and _ARTICLE_WORD_RE.search(question)) \
            and not lx.QUANTITY_RE.search(question):
        return "list", "articles"  # 第13期头一篇讲的啥, 滨海县那篇跟哪些地方登在同一期, …那条排第几: an issue's articles
    if lx.LIST_ARTICLES_RE.search(question) or (lx.CONTENTS_RE.search(question) and not places and not topic
                                                 and not practice):
        return "list", "articles"
    if lx.ISSUE_DATE_RE.search(question) and scoped and not places and len(topic) <= 1:
        return "metadata", "date"
    if lx.ISSUE_DATE_RE.search(question) and re.search(r"简报|[那这该哪]一?[期篇]|文章", question) and (places or topic):
        return "metadata", "issue"  # 登…的那期简报是哪天出的: the issue that carried it, with its date
    if (lx.LATEST_RE.search(question) or lx.EARLIEST_RE.search(question)) and not topic and not places and not practice:
        return "metadata", "latest"
    if lx.WHEN_RE.search(question):
        return "when", ""
    if (m := lx.PARTS_COUNT_RE.search(question)) and (practice or lx.DIVIDED_RE.search(question)) and not places[1:] and \
            not lx.QUANTITY_RE.search(question[:m.start()] + "，" + question[m.end():]):  # no other count asked
        return "open", "parts"  # the parts themselves, led by the sentence that counts them (四阶段工作路径)
    if lx.ITEMS_ASK_RE.search(question) and not lx.QUANTITY_RE.search(lx.ITEMS_ASK_RE.sub(" ", question)):
        # 要抓的几项重点工作是啥: the items the article lists, not how many there are; a part the question
        # names (这几年有啥成效) is still that part
        return "open", _asked_part(question) or ""
    if asks_slogan(question):
        return "open", ""  # 三个一律指的什么, 淮安燃气整治四个聚焦: the slogan's points
    if lx.QUANTITY_RE.search(question) and (re.search(r"多少|几", question) or
                                            not re.search(rf"吗[？?]?$|{lx.YESNO_TAG}", question)) and \
            not (_MANNER_RE.search(question) and not re.search(r"多少|几", question)):  # 兑现了没有
        # 在经费保障上怎么做的: a measure noun (经费, 资金) in a question that asks the manner and counts nothing
        # names the part of the practice asked, not a figure
        return "figure", ""
    if lx.YESNO_RE.search(question):
        return "yesno", ""
    if lx.NOTE_ASK_RE.search(question):
        return "open", "note"  # 编者按说了啥 / 编者按讲的什么: the editor's note of the issue
    if lx.OPENING_ASK_RE.search(question) and (lx.OPEN_RE.search(question) or lx.CONTENTS_RE.search(question)):
        return "open", "opening"  # 专刊开篇讲了些啥: the opening statements
    if asks_found(question):
        return "open", "found"  # 巡察发现了哪些问题: the findings reported, not the sentence handing them on
    if lx.OPEN_RE.search(question) or lx.CONTENTS_RE.search(question) or re.search(lx.PROBLEM_ASK, question):
        return "open", _asked_part(question) or ("which" if re.search(lx.WHICH_ONES, question) else "")
    return "fact", ""


def _asked_part(question: str) -> str | None:
    """The part of an article an open question asks for, or None for its measures."""
    if lx.EFFECT_RE.search(question):
        return "effect"  # 取得了啥成效: the results part, not the measures
    if re.search(lx.PROBLEM_ASK, question):
        return "problem"  # 存在啥问题 / 有哪些不足: the problems the article states, if any
    if re.search(lx.NEXT_ASK, question):
        return "next"  # 下一步有啥打算: the plans the article states
    if re.search(lx.HARD_ASK, question):
        return "hard"  # 难在哪: what the place faced, where the article does not say 难点 itself
    return None
