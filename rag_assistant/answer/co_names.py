"""Two nouns of one class an article writes as one coordinate compound name one thing in that article.

江阴's article says 指出问题隐患8760条, then 对诊断发现的问题实行清单化闭环管理，…目前已整改8315条: the 8315 count
the 问题隐患 by the first of the two nouns alone. A question that names the thing by the other noun (隐患 — said
in its own words or carried from an earlier part of the message: 江阴指出隐患多少条，整改多少条) asks what that
figure counts. Only the nouns of DEFECT_NOUNS, and only in an article that joins them (问题隐患, 隐患问题), are
read as one; elsewhere 问题 and 隐患 stay two things (通报突出问题186个 counts no 隐患).
"""

from __future__ import annotations

from ..nouns import head_noun

# The class of nouns the briefings use for a defect an inspection finds, which they join as one compound
# (问题隐患, 隐患问题) and then resume by either alone.
DEFECT_NOUNS = ("隐患", "问题")


def co_named(measure: str, words: str, article: str) -> bool:
    """Whether ``words`` (a figure's noun or the words its clause resumes) name the asked thing by the other noun
    of a compound of DEFECT_NOUNS the article writes (asked 隐患, words 问题, article 问题隐患)."""
    head = head_noun(measure) if measure else ""
    if head not in DEFECT_NOUNS or head in words:
        return False
    return any(other in words and (head + other in article or other + head in article)
               for other in DEFECT_NOUNS if other != head)
