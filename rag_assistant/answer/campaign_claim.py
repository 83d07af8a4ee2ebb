"""Yes/no: a campaign the claim names unquoted (苏州在打非治违专项整治里组织了…吗) that is not the one the sentence
names in quotes (在“小化工”专项整治中，…组织11.3万余人次…). Staff type a campaign's name without its quotes; the
matcher then reads the claim's other words (组织, 进村入企, 11.3万) as said and confirms it. A campaign is a name
before a campaign word (专项整治, 专项治理, 专项行动, 攻坚行动: the class of campaign nouns below); the claim names
another one when the sentence's quoted name is absent from the question and the question's words right before its
campaign word are absent from the sentence."""

from __future__ import annotations

import re

# Campaign nouns: the words that close a campaign's name (“小化工”专项整治, “打非治违”专项治理行动).
_CAMPAIGN = r"(?:专项(?:整治|治理|行动|检查|执法|排查)|攻坚行动|百日行动|集中整治)"
_QUOTED_RE = re.compile(rf"[“\"]([^“”\"]{{1,12}})[”\"]\s*{_CAMPAIGN}")
_ASKED_RE = re.compile(rf"([\u4e00-\u9fff“”\"]{{2,8}}?)\s*{_CAMPAIGN}")


def other_campaign(question: str, sentence: str) -> str:
    """The sentence's quoted campaign (“小化工”专项整治) when the question names another before its campaign word;
    "" when either names none or the question's name is the sentence's."""
    said = _QUOTED_RE.search(sentence)
    asked = _ASKED_RE.search(question)
    if not said or not asked:
        return ""
    name = said.group(1)
    if name in question:
        return ""
    tail = re.sub(r"[“”\"]", "", asked.group(1))[-2:]  # the last two characters of the claimed name
    if len(tail) < 2 or tail in re.sub(r"\s+", "", sentence):
        return ""
    return said.group(0).replace(" ", "")
