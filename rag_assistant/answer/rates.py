"""Whether a percentage printed as a named rate (整改率达98.2%, 森林覆盖率达86.5%) is the rate a question names.

A rate's name is a head (the step or state it measures: 整改, 覆盖, 上岗) and maybe a modifier before it (森林
覆盖, 持证上岗). A question that names its rate (企业复查率到多少, 草地覆盖率到多少) is answered only by a rate whose head is
the asked head (or holds it: 整改完成率 for 整改率) and whose sentence says the asked modifier; another rate of the same
article (整改率, 森林覆盖率) is a look-alike, not the asked one.
"""

from __future__ import annotations

import re

from ..dictionary import tag
from .respective import RATE_BEFORE_RE

# The rate a question names: the characters right before 率 (not 率先, which is "first").
_ASKED_RATE_RE = re.compile(r"([\u4e00-\u9fff]{2,4})率(?!先)")
# Function characters that end the noun phrase before a rate's name (企业的整改率: the name is 整改).
_NAME_STOP_RE = re.compile(r".*[的之和与及在里中]")


def asked_rate(question: str) -> str:
    """The name of the last rate ``question`` names (企业复查率到多少 → 企业复查), or ""."""
    names = _ASKED_RATE_RE.findall(question)
    name = _NAME_STOP_RE.sub("", names[-1]) if names else ""
    return name if len(name) >= 2 else ""


def other_named_rate(question: str, clause_before: str, sentence_before: str) -> bool:
    """Whether a percentage printed as one named rate answers a question naming another: the heads differ (整改率 for
    复查率) or the sentence does not say the asked modifier (森林覆盖率 for 草地覆盖率). ``clause_before`` is the
    figure's clause up to it, ``sentence_before`` its sentence up to it."""
    name = asked_rate(question)
    m = RATE_BEFORE_RE.search(clause_before)
    if not name or not m:
        return False
    printed, head = m.group(1), name[-2:]
    if head not in printed and printed[-2:] not in name:
        return True
    modifier = name[:-2]
    return _common_noun(modifier) and modifier not in sentence_before


def _common_noun(word: str) -> bool:
    """Whether ``word`` is a dictionary common noun (草地, 企业): not the tail of a place (连云港 → 云港) or a run across
    words (问题后整改 → 题后), which name no kind of rate."""
    flag = tag(word) if len(word) == 2 else ""
    return flag.startswith("n") and flag not in ("ns", "nr", "nrt", "nt", "nz")
