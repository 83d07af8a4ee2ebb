"""A bare noun whose kind is named by its enumerated point's lead: 一是编制责任清单，明确“谁来管”。…全市已有5870家企业
完成清单编制，覆盖率95.9% — the bare 清单 of the sentence is the 责任清单 of the lead, so 风险清单覆盖率多少 is not
answered by it.

The check reads the article for sibling kinds of one head noun listed together (“责任清单、风险清单、任务清单”): only a
kind so listed is a rival. The question names one of them (X+head); the figure's sentence and its point's lead do not
name it but name another (Y+head). A lead word that is no listed sibling (提升队伍吸引力, 重点企业)
refuses nothing."""

from __future__ import annotations

import re

# A listing of kinds: two or more items joined by 、 (optionally inside quotes), each ending in the same head.
_ITEM = r"[\u4e00-\u9fff]{2,8}"
_LIST_RE = re.compile(rf"{_ITEM}(?:、{_ITEM})+")


def _sibling_kinds(article: str) -> list[set[str]]:
    """Groups of kinds of one head noun that the article lists together (责任清单、风险清单、任务清单)."""
    groups = []
    for m in _LIST_RE.finditer(article):
        items = m.group().split("、")
        for n in (2, 3, 4):  # the shared head: the items' common last n characters
            head = items[0][-n:]
            if all(len(i) > n and i.endswith(head) for i in items):
                groups.append({_tail(i, head) for i in items})
                break
    return groups


def _tail(item: str, head: str) -> str:
    """The kind as the shortest modifier plus head (推行“责任清单 → 责任清单): two modifier characters."""
    return item[-(len(head) + 2):]


def rival_kind_in_lead(question: str, sentence: str, lead: str, article: str) -> bool:
    """Whether the figure's sentence speaks of a kind of the asked noun that its point's lead names as another listed
    sibling of the asked kind (风险清单 asked, 一是编制责任清单… leads the sentence's bare 清单)."""
    for kinds in _sibling_kinds(article):
        asked = [k for k in kinds if k in question]
        if len(asked) != 1 or asked[0] in lead + sentence:
            continue
        if any(k in lead + sentence for k in kinds if k != asked[0]):
            return True
    return False
