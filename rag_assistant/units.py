"""The table of unit classes: what a figure counts by its unit (count, people, times, money, ratio, date…), the
kinds of counted things, and how well a figure's unit answers the unit a question asks."""

from __future__ import annotations

import re

# What a figure counts, by its unit: a question's unit word matches every unit of its class, so
# 几处 finds 126 处 and 多少个 finds 27 家, but 多少人 never takes 4000 元. Units are numbers.py's
# canonical ones (万元 is 元 after scaling).
UNIT_CLASSES: dict[str, tuple[str, ...]] = {
    "count": tuple("个 家 项 件 条 处 起 套 份 支 篇 块 辆 台 座 所 户 间 批 类 种 轮 组 册 本 张 艘 架 只 部 "
                   "层 栋 幢 宗 例 笔 片 段 节 课 届 级 具 箱 盏 根 枚 瓶 桶 袋".split()),
    "people": ("人", "名", "位", "人次"),
    "times": ("次", "场", "场次", "家次", "批次", "户次", "架次", "车次", "艘次", "回", "趟", "遍"),  # 几回 = 几次
    "money": ("元",),
    "ratio": ("%", "‰", "百分点"),
    "date": ("年", "月", "日", "号"),
    "duration": ("天", "小时", "分钟", "秒", "周", "个月", "周年", "岁"),
    "area": ("亩", "公顷", "平方米", "平方公里"),
    "length": ("公里", "米"),
    "mass": ("吨", "千克"),
    "volume": ("立方米",),
}
_CLASS_OF = {u: c for c, units in UNIT_CLASSES.items() for u in units}
# Colloquial classifiers of one occurrence (搞了几回, 跑了几趟, 查了几遍): 次 said in another word, so a
# question's 几回 is the text's 37 次 and never another classifier of another thing.
_OCCURRENCE_WORDS = {"回": "次", "趟": "次", "遍": "次"}


def plain_classifier(unit: str) -> str:
    """The classifier ``unit`` says, in the text's word: 回/趟/遍 are 次; every other unit is itself."""
    return _OCCURRENCE_WORDS.get(unit, unit)
# Nouns that name a measure without a unit word: 奖励金额是多少 asks money, 整改率 a ratio.
MEASURE_NOUNS: dict[str, tuple[str, ...]] = {
    "money": ("金额", "资金", "奖金", "钱", "经费", "补贴", "补助", "罚款", "罚没", "投入", "投资", "费用", "奖励金",
              "产值", "营收", "营业额", "造价", "经济损失", "工资", "薪酬", "薪资", "报酬", "保费", "成本", "预算",
              "价格", "收入", "保额"),
    "ratio": ("率", "比例", "占比", "百分比", "比重"),
    "people": ("人数", "多少人"),
    "times": ("次数",),
    "area": ("面积",),
    "length": ("里程", "长度", "总长"),  # 管道总里程多少 asks 386公里, not the 11条 pipelines
}
# Measure words of the count class that name what kind of thing is counted (places, documents, units, vehicles);
# 个/项/件/条 are general classifiers and fit any kind. Two counts of two different kinds count different things.
COUNT_KINDS = {u: kind for kind, units in {"place": "处 座 所 间", "document": "份 册 本 篇 张",
                                           "unit": "家 户", "vehicle": "辆 台 艘 架", "event": "起 宗 例"}.items()
               for u in units.split()}


# Classifiers of entities (enterprises, teams, vehicles, buildings) and of matters (items, entries, documents): a
# count in one never counts the other (386 项 问题隐患 are no 家 of enterprises, 13 件 预案 no 支 of teams).
ENTITY_UNITS = frozenset("家 户 支 辆 台 艘 架 座 所 栋 幢".split())
MATTER_UNITS = frozenset("项 条 件".split())


def matters_for_entities(asked_unit: str, unit: str) -> bool:
    """Whether a figure counted in a matter classifier is offered for an entity classifier the question asks."""
    return asked_unit in ENTITY_UNITS and unit in MATTER_UNITS


def unit_words(*without_classes: str) -> list[str]:
    """The measure words a question or text may put after a number, longest first (so 人次 wins over 人); the
    shares %/‰ left out, as they follow no 多少/几, and any class named in ``without_classes`` (date: 26年 is a
    scope, not a count)."""
    return sorted({u for c, units in UNIT_CLASSES.items() if c not in without_classes for u in units
                   if u not in ("%", "‰")}, key=len, reverse=True)


def unit_alternation(*without_classes: str) -> str:
    """``unit_words`` as a regex alternation."""
    return "|".join(map(re.escape, unit_words(*without_classes)))


def same_count_kind(unit_a: str, unit_b: str) -> bool:
    """Whether two count units can count one kind of thing: 126 处 places and 369 份 records cannot."""
    kinds = {COUNT_KINDS.get(unit_a), COUNT_KINDS.get(unit_b)}
    return None in kinds or len(kinds) == 1


# Counted classes that describe the same things in other words (37 次 checks vs 37 家次): a weaker match.
RELATED_CLASSES = frozenset({frozenset({"count", "times"})})


def unit_class(unit: str) -> str:
    """The class of a unit (``处`` → count, ``名`` → people, ``元`` → money), or "" when unknown."""
    unit = {"万元": "元", "亿元": "元", "公斤": "千克", "千米": "公里", "个百分点": "百分点", "年度": "年",
            "周岁": "岁"}.get(unit, unit)
    return _CLASS_OF.get(unit, "")


def visits_of(asked_unit: str, unit: str) -> bool:
    """Whether ``unit`` counts visits to what ``asked_unit`` counts: 家次 for 多少家, and for 多少户 (one kind: units)."""
    base = unit.removesuffix("次")
    return bool(asked_unit) and base not in (unit, "") and COUNT_KINDS.get(base, base) == COUNT_KINDS.get(asked_unit, asked_unit)


# General classifiers a reader puts on any countable thing (几条渔船, 几个企业), whatever the briefing's own word.
GENERAL_CLASSIFIERS = frozenset("条 个 件".split())
_ENTITY_BASES = frozenset("家 户 辆 台 艘 架 座 所".split())


def general_visits(asked_unit: str, unit: str) -> bool:
    """Whether a figure counts visits to entities (检查 1890 艘次, 2876 家次) that a question counts in a general
    classifier (查了多少条渔船, 查了几个企业): the visits answer it as 家次 answers 多少家. What is counted must
    still be the asked noun (rejections.names_asked): 多少条隐患 is never 检查企业 2876 家次."""
    return asked_unit in GENERAL_CLASSIFIERS and unit.endswith("次") and unit.removesuffix("次") in _ENTITY_BASES


SCALE_VALUE = {"万": 10_000, "亿": 100_000_000}


def form_fit(asked_unit: str, asked_scale: str, unit: str, value) -> float:
    """How well a figure of the asked class has the asked form: 0.85 when a unit word was asked and the figure
    has another of its class (多少条 prefers 条 to 家); half when a scale was asked (多少万) and the figure is
    smaller (发了多少万 prefers 23.47 万元 to 343 家 of the same sentence); 1 otherwise."""
    fit = 0.85 if asked_unit and unit != asked_unit and not (asked_unit == "名" and unit == "人") else 1.0
    return fit * (0.5 if asked_scale and value < SCALE_VALUE[asked_scale] else 1.0)


def class_fit(asked: str, unit: str, asked_unit: str = "") -> float:
    """How well a figure's unit answers a question asking for class ``asked``: 1 same class, 0.6 a
    related class, 0 otherwise; any counted figure fits a question that names no class. 个 is the general
    classifier: 几个编制 is answered by 18 名编制 (0.6), a count of people the question did not word as such."""
    found = unit_class(unit)
    if asked_unit == "个" and asked == "count" and found == "people":
        return 0.6
    if visits_of(asked_unit, unit) or visits_of(unit, asked_unit) or general_visits(asked_unit, unit):
        return 1.0  # 多少家 or 多少户 and 9 家次 count the same things, as 多少人 and 175 人次 do
    if not asked:
        return 1.0 if found not in ("date", "") or unit == "" else 0.5
    if "|" in asked:  # either of two classes (money|ratio: a subsidy is an amount or a share of the cost)
        return 1.0 if found in asked.split("|") else 0.0
    if found == asked:
        return 1.0
    return 0.6 if frozenset({asked, found}) in RELATED_CLASSES else 0.0
