"""A share asked by 占: 盐城海上风电占全省的多少 asks what part of the whole (全省) its subject (海上风电) is, a
ratio the text gives after that subject (盐城市海上风电装机容量约1180万千瓦，占全省的六成以上). The asked noun is then
whose share the figure is, not a thing the figure counts: it is named when the sentence says it before the
figure (rejections.names_asked reads this). A noun said only after the figure (…，现有…运维企业43家) is not the
share's subject, so 运维企业占全省的多少 stays unanswered.
"""

from __future__ import annotations

import re

from .match import match

# 占 + the whole (全省, 全市的, 总数的) + a question word with no count classifier after it (多少, 几成, 百分之几).
_SHARE_ASK_RE = re.compile(r"占[^，,。？?！!多几]{0,10}?的?\s*(?:多少|几成|百分之几|几)(?![家个人处项台套件起名座户艘辆次])")
# The figure's own words say it is a share: 占 before it in its clause (占全省的六成以上, 占比).
_SHARE_SAID_RE = re.compile(r"占[^，。；;]{0,10}$")


def share_subject_said(question: str, measure: str, before: str) -> bool:
    """Whether a 占 share question's noun (``measure``) is the subject of a share the text states: the words
    ``before`` the figure in its sentence say 占 in the figure's clause and the noun before that."""
    if not measure or _SHARE_ASK_RE.search(question) is None:
        return False
    m = _SHARE_SAID_RE.search(before)
    return m is not None and bool(match(measure, before[:m.start()].lower()))
