"""Whether a noun fronted before a perfective verb is the actor of the verb rather than the thing the asked place
classifier counts: 兴化的船企改了多少处 asks how many 处 (of 隐患) the shipyards put right, and an enterprise is
counted in 家/户/个, never in 处/座/间. Read by ``fronted_subject.fronted_subject``: such a subject is not the
measure, so the question's verb and classifier (改…处 → 已整改（处）285) pick the figure, as 常州企业整改了多少条 does.
A room or building (实验室, 车间, 厂房, 仓库) is counted in 间/个/座, never in 处: 启东实验室整改了多少处 asks the 处 of
隐患 put right in the laboratories (已整改1872处), not the laboratories."""

from __future__ import annotations

from ..units import COUNT_KINDS, MATTER_UNITS

# Heads of organisation nouns (船企, 化工企业, 施工单位, 物流公司): things counted by 家/户/个, never by a place classifier.
_ORGANISATION_HEADS = ("企", "企业", "公司", "工厂", "单位", "机构", "部门")
# Heads of rooms and buildings (实验室, 配电室, 车间, 厂房, 仓库): counted by 间/个/座/栋, never by 处.
_ROOM_HEADS = ("室", "车间", "厂房", "仓库", "库房")
# Heads of sites (地下矿山, 危货码头, 化工园区, 人员密集场所, 储罐): counted by 座/个/处, never by a matter classifier.
_SITE_HEADS = ("矿山", "码头", "园区", "场所", "储罐", "罐区")


def actor_not_counted(noun: str, asked_unit: str) -> bool:
    """Whether ``noun`` names organisations while ``asked_unit`` is a classifier of places (处, 座, 所, 间), or rooms
    and buildings while it is 处, or organisations, rooms or sites while it is a matter classifier (项, 条, 件):
    徐州地下矿山整改了多少项 asks the 项 of 隐患 the mines put right (已整改251项), not the mines."""
    return COUNT_KINDS.get(asked_unit) == "place" and noun.endswith(_ORGANISATION_HEADS) or \
        asked_unit == "处" and noun.endswith(_ROOM_HEADS) or \
        asked_unit in MATTER_UNITS and noun.endswith(_ORGANISATION_HEADS + _ROOM_HEADS + _SITE_HEADS)
