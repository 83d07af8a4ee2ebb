"""A demonstrative before a place noun points at the place a question asks about, it names no counted thing.

…检查重点是地铁在建工地的那个市检查了多少家次: the relative clause picks a city (那个市, 哪个县, 这个区, 那个镇), and the
figure counts what its verb acts on (家次 of 检查), not a thing called 市. support.patient_noun reads the words after
the last 的 as the patient; a run that is such a demonstrative place is none.
"""

from __future__ import annotations

import re

# demonstratives (那/这/哪, with 个/座 or bare) before an administrative or place noun (the class: 市 县 区 镇 乡
# 街道 村 城市 地方 园区)
_POINTED_PLACE_RE = re.compile(r"^(?:那|这|哪)(?:个|座|一个)?(?:市|县|区|镇|乡|街道|村|城市|地方|园区|县区|地区)$")


def pointed_place(run: str) -> bool:
    """Whether ``run`` (a noun run read as a patient) is a demonstrative place (那个市), not a counted thing."""
    return bool(_POINTED_PLACE_RE.match(run))
