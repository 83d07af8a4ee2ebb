"""Words a question says that only restate what its asked classifier counts, so they are neither the measure nor
a term evidence must say:

- a generic case noun next to an event classifier (移送司法机关的案子有几起, 立案处罚了多少起案件), or right after the
  action that makes cases when no classifier is said (立案处罚的案件哪个多): 起 already counts
  cases, and the briefings print such a count without the noun (移送司法机关 312起, 立案查处86起); the action and
  its object (移送司法机关, 立案处罚) are what evidence must say;
- 个百分点 after the question word (同比降了几个百分点): it asks the change in percent the text prints as 下降8.7%;
  the search segmenter would otherwise cut it into the terms 百分, 分点 that no sentence says.

The asked unit itself is read from the untouched question (measure.asked_class).
"""

from __future__ import annotations

import re

# 的案子有几起 / 案件一共多少起 before the ask, or 多少起案子 after it. 案件/案子 only: 案例 is a kind of write-up.
_RESTATED_RE = re.compile(r"的?(?:案子|案件)(?=\s*(?:有|一共|共|总共|大概)?\s*(?:多少|几)\s*[起宗])"
                          r"|(?<=[起宗])(?:案子|案件)"
                          # 立案处罚的案件哪个多, 查处的案子有多少: the case an action makes, with no classifier of
                          # its own (件 counts files, and stays), is what the action's count counts
                          r"|(?<=立案|处罚|查处|侦办|办结|移送)的?(?:案子|案件)(?:数量|数)?(?=\s*(?:有|一共|共|总共|大概)?"
                          r"\s*(?:多少(?![件])|几(?![件])|哪个|哪边|谁)|\s*[，,？?；;]|\s*$)"
                          r"|(?<=多少|[^哪这那]几)\s*个?\s*百分点")


def without_case_noun(text: str) -> str:
    """``text`` without words that only repeat what its classifier counts (a case noun, 个百分点)."""
    return _RESTATED_RE.sub("", text)
