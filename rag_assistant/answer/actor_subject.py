"""Whether a noun fronted before a perfective verb is the actor of the verb rather than the thing the asked place
classifier counts: 兴化的船企改了多少处 asks how many 处 (of 隐患) the shipyards put right, and an enterprise is
counted in 家/户/个, never in 处/座/间. Read by ``fronted_subject.fronted_subject``: such a subject is not the
measure, so the question's verb and classifier (改…处 → 已整改（处）285) pick the figure, as 常州企业整改了多少条 does."""

from __future__ import annotations

from ..units import COUNT_KINDS

# Heads of organisation nouns (船企, 化工企业, 施工单位, 物流公司): things counted by 家/户/个, never by a place classifier.
_ORGANISATION_HEADS = ("企", "企业", "公司", "工厂", "单位", "机构", "部门")


def actor_not_counted(noun: str, asked_unit: str) -> bool:
    """Whether ``noun`` names organisations while ``asked_unit`` is a classifier of places (处, 座, 所, 间)."""
    return COUNT_KINDS.get(asked_unit) == "place" and noun.endswith(_ORGANISATION_HEADS)
