"""Yes/no: who did it. A question naming the body that did the asked action (指引是省应急厅印发的吗, 机制是省应急厅制定
的吗) is checked against the body the sentence names as the subject of that action (淮南市应急局…编制印发了《…指引》):
another body answers no, with the text's. A short name matches its full form when its characters are said in order
(省应急厅 ← 江苏省应急管理厅, 南通市局 ← 南通市局), so an abbreviation is the same body."""

from __future__ import annotations

import re

from ..nouns import in_order

# The heads of a body's name: an office (厅, 局, 委), a command (省防指 = 省防汛防旱指挥部, 指挥部, 中心), or a place whose
# government acts (南京市将投资…, 是不是南京市组织的).
_BODY = r"(?:厅|局|办|委|政府|委员会|部门|指挥部|防指|中心|省|市|县|区)"
_VERBS = r"印发|出台|制定|编制|发布|召开|举办|组织|牵头"
# 是省应急厅印发的吗 / 是南通市局牵头制定的吗 / 是不是省防指组织的: the body asked, before the action and 的.
_ASKED_RE = re.compile(rf"是(?:不是|否)?(?P<body>[\u4e00-\u9fff]{{1,12}}?{_BODY})(?:牵头|联合|单独)?(?P<verb>{_VERBS})"
                       rf"[\u4e00-\u9fff]{{0,4}}的(?:[吗嘛]|[？?]?$)")
# A clause opening with a body or bodies (淮南市应急局系统梳理…, 南通市委市政府印发…): the subject of what follows.
# Greedy, so the longest body name is read (市安委办, not 市安委; 南通市委市政府).
_SUBJECT_RE = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,6}}{_BODY})+")


def other_agent(question: str, sentence: str) -> str:
    """The body the sentence says did the asked action when it is not the body the question asks, else ""."""
    if not (m := _ASKED_RE.search(question)):
        return ""
    verb = m.group("verb")
    if (at := sentence.find(verb)) < 0:
        return ""
    subjects = [s.group(0) for c in re.split(r"[，,；;。]", sentence[:at]) if (s := _SUBJECT_RE.match(c.strip()))]
    if not subjects or any(in_order(m.group("body"), s) for s in subjects):
        return ""
    return subjects[-1]


def asked_agent(question: str) -> str:
    """The body a yes/no question claims did the action (是不是南京市组织的 → 南京市), else "": a place named there is
    the claim checked against the text, not a filter of the articles searched."""
    m = _ASKED_RE.search(question)
    return m.group("body") if m else ""
