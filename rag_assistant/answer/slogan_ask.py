"""A counted slogan asked for what it holds (三个一律指的什么, “四个聚焦”是指啥, 淮安燃气整治四个聚焦).

Articles name their practice by a count and a word (“四个一”, 三个严管, “四个聚焦”) and then set out
that many points under （一）…, 1. …, 一是… or run-in heads. A question that names such a slogan and asks
what it means (指的什么, 是指啥, 具体指哪些) or names it bare with no question word at all asks for the
points themselves, as 做法 does; it does not ask how many there are (the count is already in the question).
"""

from __future__ import annotations

import re

_COUNT = r"[一二两三四五六七八九十]"
# The slogan: a count, 个 or not, and a short name, quoted or bare (“四个一”, 三个一律, 四个聚焦).
_SLOGAN = rf"[“\"']?{_COUNT}(?:个|张|大|项)[\u4e00-\u9fff]{{1,4}}[”\"']?"
# …or quoted with its measure word left out (“四网”指什么, “四网”联动指啥); unquoted, 一季度是什么情况 would pass for one.
_TIGHT = rf"(?:{_SLOGAN}|[“\"']{_COUNT}[\u4e00-\u9fff]{{1,4}}[”\"'][\u4e00-\u9fff]{{0,2}})"
# …asked by what it refers to: 指的什么 / 是指啥 / 指的是哪些 / 具体指什么 (是 optional, as people type it).
_MEANS_RE = re.compile(_TIGHT + r"(?:具体|主要|都|分别)?(?:是指|指的是|指的|指|是)(?:些)?(?:什么|啥|哪些|哪几\w)")
# …or unquoted with its measure word left out (四并重是指啥, 三载体指的哪些, 两手抓是什么意思): only a reference ask
# (指…, 什么意思) reads it, never a bare 是什么 (一季度是什么情况), and never a period's count (一季度, 三年).
_BARE_COUNT = rf"(?<![第\d]){_COUNT}(?![季年月期日天次号个张大项])[\u4e00-\u9fff]{{1,3}}"
_BARE_MEANS_RE = re.compile(_BARE_COUNT + r"(?:具体|主要|都|分别)?(?:(?:是指|指的是|指的|指)(?:些)?(?:什么|啥|哪些|哪几\w)"
                            r"|是?(?:什么|啥)意思)")
# …or named bare at the end of a question that has no question word anywhere (淮安燃气整治四个聚焦), unlike
# 无锡推行三张清单了吗, a yes/no question.
_BARE_RE = re.compile(r"(?<![有是共了])" + _SLOGAN + r"(?:呢|吧)?[？?]?$")  # not 全省有四个市, a claim
_ANY_ASK_RE = re.compile(r"多少|几|吗|么|啥|哪|谁|何|怎|咋|是否|有没有|是不是|多[大高长久远]")


def asks_slogan(question: str) -> bool:
    """Whether ``question`` asks what a counted slogan holds (its points), not a figure."""
    if _MEANS_RE.search(question) or _BARE_MEANS_RE.search(question):
        return True
    # The whole question is searched: the slogan's own name may swallow a yes/no tail (三张清单了吗 asks 有没有).
    return bool(_BARE_RE.search(question)) and not _ANY_ASK_RE.search(question)
