"""How a yes/no question relates the figure it states to the text's: 超过1000家 asks more, 不到100家 less, a
threshold verb at least (到95%了吗, 满1500家, 达到99%; 过90% more), a fall to a figure at most (降到), and a bare
figure the same one, approximately when it says so (8万多家, 约3000万元)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import Figure
from ..units import class_fit, unit_class

# 不少于 is more, though it ends with 少于. A threshold verb asks at least (到95%了吗, 满1500家, 达到99%); 过/超 more
# (过90%了吗, 超1000家没), with its aspect too (是不是超过了95%); a fall to a figure (降到, 压减到) at most.
# A verb asked as A-not-A (超没超, 过没过, 超不超过; 达没达到, 到没到, 够不够) asks the same as the verb alone.
_MORE_RE = re.compile(r"(?:超过了?|超出了?|(?<!不)多于|(?<!不)高于|大于|不少于|不低于|至少|不止|上|(?<![不没未])[过超]|"
                      r"([过超高])[没不]\1过?)\s*$")
_LESS_RE = re.compile(r"(?:(?<!到)不到|不足|(?<!不)少于|(?<!不)低于|小于|(?<!超)不超过|未超过|未达到|没到|没有到|不多于|不高于)\s*$")
_AT_LEAST_RE = re.compile(r"(?:达到|达|(?<![不没未降减压缩少低])到|满|够|([达到满够])[没不]\1到?)\s*了?\s*$")
_AT_MOST_RE = re.compile(r"(?:降|减|压|缩|少|低)(?:低|少|减)?\s*(?:到|至)\s*$")
# A bound the question states (不少于2天) against a bound the text states (不少于1天): the same requirement or not.
_BOUND_ASKED_RE = re.compile(r"(?:不少于|不低于|至少|最少|不超过|不多于|不高于|最多)\s*$")
# A figure the question says is reached, with 了 and a yes/no tag right after it (完成40公里了没有, 装了1万台了吗):
# a milestone, at least that figure, not exactly it.
_REACHED_AFTER_RE = re.compile(r"^\s*(?:多|余)?了(?:吗|没有?|没)\s*[？?]?\s*$")
_MORE_AFTER_RE = re.compile(r"^\s*(?:以上|多)")
_LESS_AFTER_RE = re.compile(r"^\s*(?:以下|以内|不到)")
# 有没有2万家 / 有3万起吗: a round figure one has asks whether the count reaches it, not whether it is exactly that
# (是不是有30万份 and 共有/还有 name the figure itself).
# So does a verb done with 了 before a round count of ten or more (排查了2万家企业吗), not a change (下降了10%, 增加了2万家).
_HAS_BEFORE_RE = re.compile(r"(?<![共总还只])有\s*$")
_DONE_BEFORE_RE = re.compile(r"[\u4e00-\u9fff](?<![增减降升涨多少长高低])了\s*$")
# A confirmation tag (交了10篇，对吧) names the figure itself as 是不是 does.
_IS_ASKED_RE = re.compile(r"是不是|是否|是.{0,12}吗|对吧|对不对|是吧")


def _has_round(question: str, before: str, f: Figure) -> bool:
    # 建了5个站吗 is the exact figure; 排查了2万家 a milestone, from a round ten up.
    done = bool(_DONE_BEFORE_RE.search(before)) and unit_class(f.unit) in ("count", "people") and f.value >= 10
    return (bool(_HAS_BEFORE_RE.search(before)) or done) and not _IS_ASKED_RE.search(question) and \
        f.value > 0 and len(f.value.normalize().as_tuple().digits) == 1


# A stated figure that is only approximate: 8万多家 is 80000 to 89999, 约3000万元 within a tenth of it.
_MORE_THAN_RE = re.compile(r"[多余来]")
_ABOUT_RE = re.compile(r"(?:约|大约|大概|近|将近)\s*$")


def relation_of(question: str, f: Figure, text_bound: bool = False) -> str:
    """How ``question`` relates its stated figure ``f`` to the text's: gt, ge, lt, le or eq. A bound the question
    states against a bound the text states (``text_bound``: 要求不少于2天 ← 不少于1天) is the same requirement only
    when equal."""
    before, after = question[:f.start], question[f.end:]
    if text_bound and _BOUND_ASKED_RE.search(before):
        return "eq"
    if _LESS_RE.search(before) or _LESS_AFTER_RE.match(after):
        return "lt"
    if _MORE_RE.search(before) or _MORE_AFTER_RE.match(after):
        return "gt"
    if _AT_MOST_RE.search(before):
        return "le"
    if _AT_LEAST_RE.search(before) or _REACHED_AFTER_RE.match(after) or _has_round(question, before, f):
        return "ge"
    return "eq"


# How the text says its own figure: more than it (3.6万余家, 400多个, 超过4600吨, 逾百家), just under it (近1.9万名,
# 将近9000米), or exactly. A threshold at the printed number (是不是超过3.6万家, 是不是不到9000米) is decided by that word.
_SAID_ABOVE_BEFORE_RE = re.compile(r"(?:超过|超出|逾|多于|高于|不少于|不低于|至少)\s*$")
_SAID_BELOW_BEFORE_RE = re.compile(r"(?:将近|接近|近|不到|不足|少于|低于)\s*$")
_SAID_ABOVE_AFTER_RE = re.compile(r"^\s*以上")


def said_as(sentence: str, given: Figure) -> tuple[str, str]:
    """How ``sentence`` says its figure ``given``: ("above" | "below" | "", the word before it to show with it)."""
    before, after = sentence[max(0, given.start - 4):given.start], sentence[given.end:given.end + 3]
    if m := _SAID_BELOW_BEFORE_RE.search(before):
        return "below", m.group(0).strip()
    if m := _SAID_ABOVE_BEFORE_RE.search(before):
        return "above", m.group(0).strip()
    if _MORE_THAN_RE.search(given.surface) or _SAID_ABOVE_AFTER_RE.match(after):
        return "above", ""
    if m := _ABOUT_RE.search(before):  # 约142万辆: shown with its 约, compared as printed
        return "", m.group(0).strip()
    return "", ""


def _step(f: Figure) -> Decimal | None:
    """The span a figure with 余/多 covers above its number (8万多: 1万, 1600余: 100); None when it has neither."""
    v = f.value
    if not _MORE_THAN_RE.search(f.surface) or v != v.to_integral_value() or v <= 0:
        return None
    digits = str(int(v))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def holds(relation: str, stated: Figure, given: Figure, question: str = "", said: str = "") -> bool:
    """Whether the text's figure ``given`` satisfies the stated figure under ``relation`` (8万多家: 80000 to 89999,
    约3000万元: within a tenth). ``said`` is how the text says its figure (said_as): 3.6万余家 is more than 3.6万 and
    less than 3.7万, 近9000米 less than 9000."""
    v = stated.value
    if said and relation != "eq":
        x = given.value
        if said == "above":  # x < actual < x + step (no upper end for 超过4600吨)
            step = _step(given)
            return v <= x if relation in ("gt", "ge") else step is not None and v >= x + step
        return v < x if relation in ("gt", "ge") else v >= x  # below: a little under x
    if relation == "gt":
        return given.value > v
    if relation == "lt":
        return given.value < v
    if relation == "ge":
        return given.value >= v
    if relation == "le":
        return given.value <= v
    if _MORE_THAN_RE.search(stated.surface) and v == v.to_integral_value() and v > 0:
        digits = str(int(v))
        step = 10 ** (len(digits) - len(digits.rstrip("0")))  # 8万多 → steps of 1万, 1600多 → of 100
        return v <= given.value < v + step
    if _ABOUT_RE.search(question[:stated.start]) or question[stated.end:].lstrip().startswith("左右"):
        return abs(given.value - v) <= v / 10
    return given.value == v


# A number with its scale (200万, 1.12亿元): written without its unit, it still states an amount.
_SCALED_RE = re.compile(r"[万亿]\s*[多余]?\s*$")  # 2亿多 (2个多亿) is scaled too


def scaled(f: Figure) -> bool:
    """Whether a figure's number ends with a scale (200万, 63.5万元 without its 元)."""
    return bool(_SCALED_RE.search(f.surface.replace(f.unit, "") if f.unit else f.surface))


def fits(stated: Figure, given: Figure) -> bool:
    """Whether the text's figure is of the stated one's kind: its unit class, or for a scaled number without its unit
    (超过200万) a scaled figure with one (63.5万元)."""
    if not stated.unit and scaled(stated):
        return bool(given.unit and scaled(given))
    return class_fit(unit_class(stated.unit), given.unit) >= 1.0
