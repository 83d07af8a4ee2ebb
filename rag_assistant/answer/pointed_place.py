"""A demonstrative before a place noun points at the place a question asks about, it names no counted thing.

…检查重点是地铁在建工地的那个市检查了多少家次: the relative clause picks a city (那个市, 哪个县, 这个区, 那个镇), and the
figure counts what its verb acts on (家次 of 检查), not a thing called 市. support.patient_noun reads the words after
the last 的 as the patient; a run that is such a demonstrative place is none.
"""

from __future__ import annotations

import re

# demonstratives (那/这/哪, with 个/座 or bare) before an administrative or place noun (the class: 市 县 区 镇 乡
# 街道 村 城市 地方 园区)
_POINTED = r"(?:那|这|哪)(?:个|座|一个)?(?:县区|县|区|镇|乡|街道|村|城市|市|地方|园区|地区)"
_POINTED_PLACE_RE = re.compile(rf"^{_POINTED}$")
_OPENS_POINTED_RE = re.compile(rf"^\s*{_POINTED}")


def pointed_place(run: str) -> bool:
    """Whether ``run`` (a noun run read as a patient) is a demonstrative place (那个市), not a counted thing."""
    return bool(_POINTED_PLACE_RE.match(run))


def opens_pointed_place(text: str) -> bool:
    """Whether ``text`` (the words after a relative clause's 的) opens with a demonstrative place: the clause
    then picks the place (推行一窑一码的那个镇), it says nothing done to the counted thing."""
    return bool(_OPENS_POINTED_RE.match(text))
