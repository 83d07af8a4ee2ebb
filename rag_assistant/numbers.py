"""Find figures in Chinese text and normalise them, so 31933 = 31,933 = ３１９３３ = 3.1933万."""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["CALENDAR_UNITS", "Figure", "contains_figure", "counted_figures", "extract_figures", "normalize",
           "read_digits", "read_int", "same_figure", "units_agree", "units_compatible", "vague_quantities"]


@dataclass(frozen=True)
class Figure:
    """One figure: ``surface`` is ``text[start:end]``; ``value`` is in base units (万 and 亿 applied)."""

    surface: str
    value: Decimal
    unit: str
    start: int
    end: int


# Every replacement is one character for one character, so offsets into the folded text
# are offsets into the caller's text.
_FOLD = {0xFF10 + i: str(i) for i in range(10)} | {ord("％"): "%", ord("．"): ".", 0x3000: " "}

# Frequency units (…次) count events, not things, so 人 vs 人次 or 家 vs 家次 never match.
_COUNT_UNITS = (
    "人次 家次 场次 批次 户次 架次 车次 艘次 人 名 位 家 个 条 起 套 次 场 处 份 件 支 篇 项 块 辆 台 座 "
    "所 户 间 批 类 种 轮 组 册 本 张 艘 架 只 部 层 栋 幢 级 宗 例 笔 片 段 节 课 届 "
    # classifiers of equipment and goods (灭火器1.5万具, 烟花爆竹1.36万箱, 路灯300盏): a count like 个
    "具 箱 盏 根 枚 瓶 桶 袋"
).split()
# Measures and calendar units: 个 is never a paraphrase of these, and dates live here.
_MEASURE_UNITS = (
    "元 % ‰ 成 个百分点 百分点 年度 年 个月 月 日 期 号 亩 公顷 平方公里 平方米 立方米 公里 千米 米 吨 "
    "千克 公斤 小时 分钟 天 周年 周 周岁 岁 倍 千瓦时 千瓦 度 分 秒 ℃ km kg"
).split()
# A unit character that starts a common word is not a unit there (八部门, 三位一体, 项目).
_NOT_BEFORE = {
    "位": "一体|置|于", "部": "门|署|分", "场": "所|景|地|站", "项": "目", "天": "然", "台": "风|账",
    "所": "有|在|属", "家": "庭|属|园", "名": "单|称|义|录", "支": "持|撑", "份": "额", "类": "型",
    "具": "体|有|备", "箱": "式|体|包|涵", "根": "据|本|源|治|除", "瓶": "装|颈", "桶": "装", "袋": "装",
    "km": "[A-Za-z]", "kg": "[A-Za-z]", "成": "为|立|果|效|绩|本|员|熟|功|不变|就|交|品|都|型|群|套|片|长|年",
}
# After a Chinese numeral these read as prose (十分重要, 三度空间), not as units.
_CN_EXCLUDED = {"分", "度", "‰", "km", "kg", "℃", "秒"}
_CANON = {"年度": "年", "个百分点": "百分点", "周岁": "岁", "公斤": "千克", "千米": "公里"}
_PEOPLE = {"人", "名", "位"}
_WITHIN_RE = re.compile(r"[ \t\xa0]{0,2}(?:以内|之内|内)")
_FREQUENCY = {u for u in _COUNT_UNITS if u.endswith("次")}


def _unit_pattern(units: list[str]) -> str:
    parts = sorted(units, key=len, reverse=True)
    return "|".join(re.escape(u) + (f"(?!{_NOT_BEFORE[u]})" if u in _NOT_BEFORE else "") for u in parts)


_ALL_UNITS = _COUNT_UNITS + _MEASURE_UNITS
_SP = r"[ \t\xa0]{0,2}"
_SCALES = {w: Decimal(10) ** e for w, e in (("万", 4), ("亿", 8), ("百万", 6), ("千万", 7), ("万亿", 12))}


def _tail(units: list[str], prefix: str, scale: bool) -> str:
    """Qualifier, scale word and unit after the digits, each optionally after a space (2.8 万余人)."""
    scale_part = rf"(?:{_SP}(?P<scale>万亿|千万|百万|亿|万))?" if scale else ""
    return (
        rf"(?:{_SP}[余多])?{scale_part}"
        rf"(?:{_SP}[余多])?(?:{_SP}(?P<{prefix}unit>{_unit_pattern(units)}))?"
    )


_ISO_DATE = r"(?<![0-9.])(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<mo>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9.])"
_ARABIC = (
    r"(?<![0-9A-Za-z])(?<![0-9]\.)"
    r"(?P<int>[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])|[0-9]+)(?P<frac>\.[0-9]+)?"
) + _tail(_ALL_UNITS, "", scale=True)
_CN_DIGIT = "〇零一二两三四五六七八九"
_CN_PCT = rf"百分之(?P<pct>[{_CN_DIGIT}十百千]+(?:点[{_CN_DIGIT}]+)?)"
# Bare 百/千/万 never start a figure: 百姓, 千家万户, 万家灯火, 百日攻坚 are words, not counts;
# 几十/数百/上万 are vague, so a numeral preceded by them is skipped.
_CN = (
    rf"(?<![几数上成{_CN_DIGIT}十百千万亿])(?P<cn>[一二两三四五六七八九十][{_CN_DIGIT}十百千万亿]*"
    rf"(?:点[{_CN_DIGIT}]+[万亿]*)?)"
) + _tail([u for u in _ALL_UNITS if u not in _CN_EXCLUDED], "cn_", scale=False)
_FIGURE_RE = re.compile("|".join(f"(?:{p})" for p in (_ISO_DATE, _CN_PCT, _ARABIC, _CN)))
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
# A year typed digit by digit may write its zero as a circle (二○二五) or a full-width O (二Ｏ二五).
_DIGIT_RUN = _DIGITS | {"○": 0, "Ｏ": 0}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8}
_CTX = decimal.Context(prec=64, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def _tidy(value: Decimal) -> Decimal:
    # 2.8 × 10⁴ computes as 28000.0; callers print values, so drop exponent noise.
    integral = value.to_integral_value()
    return integral if integral == value else value.normalize()


def read_int(text: str) -> int | None:
    """A whole number written in Chinese numerals, Arabic digits or both: 一百二十 → 120, 两千〇五 → 2005, 十二 → 12,
    第 12 → (the caller strips 第) 12, ３万 → 30000, 3万5千 → 35000. 两 is 2, 〇 and 零 are 0. None when it is no
    single value: a range (三四十, "thirty or forty"), spoken shorthand (一万二 for 12000: guessing would invent
    precision), a run of Chinese digits (二〇二五, a year read digit by digit by the caller), or any other character.
    The one numeral reader of the package: ordinals (第三批), counts of kinds (四类) and mastheads (第十八期) use it."""
    if not text:
        return None
    if text.isdecimal():
        return int(text)
    # A run of Arabic digits stands where one Chinese digit would (3万5千 reads as 三万五千).
    tokens = [int(t) if t.isdecimal() else t for t in re.findall(r"\d+|.", text)]
    if any(isinstance(t, str) and t not in _DIGITS and t not in _SMALL and t not in _BIG for t in tokens):
        return None
    if all(isinstance(t, int) or t in _DIGITS for t in tokens):
        return _DIGITS[text] if len(text) == 1 else None
    total = section = number = 0
    previous_digit = False
    for t in tokens:
        digit = t if isinstance(t, int) else _DIGITS.get(t)
        if digit is not None:
            if previous_digit and digit and number:
                return None  # 三四十 is "thirty or forty", not a value
            number, previous_digit = digit, digit != 0
            continue
        previous_digit = False
        if t in _SMALL:
            section += (number or 1) * _SMALL[t]
        elif t == "万":
            total += (section + number) * _BIG[t]
            section = 0
        else:
            total = (total + section + number) * _BIG[t]
            section = 0
        number = 0
    if number and len(tokens) > 1 and isinstance(tokens[-2], str) and tokens[-2] in "百千万亿":
        return None  # 一万二 is spoken shorthand for 12000; guessing would invent precision
    return total + section + number


def read_digits(text: str) -> int | None:
    """A number written digit by digit, as a year is (二〇二五 → 2025, 二○二四 → 2024, 2025 → 2025); None when a
    character is no digit. The masthead's dates and figures before 年 read years so."""
    if text.isdecimal():
        return int(text)
    if not text or any(c not in _DIGIT_RUN for c in text):
        return None
    return int("".join(str(_DIGIT_RUN[c]) for c in text))


def _cn_value(s: str, unit: str) -> Decimal | None:
    """Value of a Chinese numeral, with 点 decimals and trailing 万/亿; 二〇二五 is read digit by digit before 年."""
    head, dot, rest = s.partition("点")
    fraction = rest.rstrip("万亿")
    scales = rest[len(fraction):] if dot else ""
    if len(head) > 1 and all(c in _DIGITS for c in head) and not dot:
        return Decimal(read_digits(head)) if unit == "年" else None
    whole = read_int(head)
    if whole is None:
        return None
    value = Decimal(f"{whole}.{''.join(str(_DIGITS[c]) for c in fraction)}") if dot else Decimal(whole)
    for c in scales:
        value *= _SCALES[c]
    return value


def _figures_from(match: re.Match[str], text: str) -> list[Figure]:
    g = match.groupdict()
    if g["y"] is not None:
        return [
            Figure(text[match.start(k):match.end(k)], Decimal(int(g[k])), unit, match.start(k), match.end(k))
            for k, unit in (("y", "年"), ("mo", "月"), ("d", "日"))
        ]
    start, end = match.span()
    if g["pct"] is not None:
        value, unit = _cn_value(g["pct"], ""), "%"
    else:
        unit = g["unit"] or g["cn_unit"] or ""
        if g["int"] is not None:
            if not unit and text[end:end + 1].isascii() and text[end:end + 1].isalpha():
                return []  # 5G, 3D, 12V: part of a name, not a count
            value = Decimal(re.sub("[,，]", "", g["int"]) + (g["frac"] or ""))
            if g["scale"]:
                value *= _SCALES[g["scale"]]
        else:
            if g["cn"] == "一" or not (unit or g["cn"][-1] in "万亿"):
                return []  # 一个/一次 are articles far more often than counts; no unit, no figure
            value = _cn_value(g["cn"], unit)
    if value is None:
        return []
    if unit == "成":  # 两成 is a share in tenths: 20%, the same figure as 20%
        value, unit = value * 10, "%"
    if unit == "日" and _WITHIN_RE.match(text, end):  # 限期3日内 is a time limit of 3 days, not the 3rd of a month
        unit = "天"
    return [Figure(text[start:end], _tidy(value), _CANON.get(unit, unit), start, end)]


def extract_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` in order of appearance; never raises."""
    if not isinstance(text, str):
        return []
    folded = text.translate(_FOLD)
    figures: list[Figure] = []
    with decimal.localcontext(_CTX):
        for match in _FIGURE_RE.finditer(folded):
            try:
                figures.extend(_figures_from(match, text))
            except (ArithmeticError, ValueError, KeyError):
                continue  # absurd inputs (10**5000 digits) are not figures anyone cites
    return figures


# What may sit next to a lone figure without making it "not a figure": 约3000万元, 第14期.
_PREFIXES = set("第约近超逾共计达")


def normalize(surface: str) -> tuple[Decimal, str] | None:
    """Value and unit of one figure written alone (``2.8 万人`` → (28000, "人")); None otherwise."""
    if not isinstance(surface, str):
        return None
    text = surface.strip()
    figures = extract_figures(text)
    if len(figures) != 1:
        return None
    figure = figures[0]
    if text[figure.end:].strip() or not set(text[:figure.start].strip()) <= _PREFIXES:
        return None
    return figure.value, figure.unit


def units_compatible(a: str, b: str) -> bool:
    """Whether two units can describe the same figure: equal, one missing, people (人/名/位), or 个 for a thing count."""
    if not a or not b or a == b:
        return True
    if a in _PEOPLE and b in _PEOPLE:
        return True
    # 个 is the generic classifier a paraphrase substitutes (4 个主题 / 4 项主题), but not for
    # money, dates, measures or frequencies, where the unit itself carries the meaning.
    other = b if a == "个" else a if b == "个" else None
    return other is not None and other in _COUNT_UNITS and other not in _FREQUENCY


def same_figure(a: Figure, b: Figure) -> bool:
    """Equal value and compatible unit; a rounded 3.19万 (31900) is not 31933."""
    return a.value == b.value and units_compatible(a.unit, b.unit)


def contains_figure(text: str, surface: str) -> bool:
    """Whether the figure written as ``surface`` occurs in ``text`` in any form; a non-figure is looked up verbatim."""
    if not isinstance(text, str) or not isinstance(surface, str):
        return False
    normalised = normalize(surface)
    if normalised is None:
        return bool(surface.strip()) and surface.strip() in text
    target = Figure(surface, normalised[0], normalised[1], 0, len(surface))
    return any(same_figure(target, figure) for figure in extract_figures(text))


# Units of dates and issue numbers (2025年, 5月, 30日, 第14期): labels, not counted quantities.
CALENDAR_UNITS = frozenset({"年", "月", "日", "期"})


def counted_figures(text: str) -> list[Figure]:
    """The figures of ``text`` that count something: all but dates and issue numbers."""
    return [f for f in extract_figures(text) if f.unit not in CALENDAR_UNITS]


# ---------------------------------------------------------------- strict agreement and vague quantities

def units_agree(claim: str, quote: str, same_noun: bool) -> bool:
    """Whether a claim's unit states what the quote's unit states: equal, people (人/名/位), or the
    generic 个 for a thing count only when both count the same noun (1万余个网格 is not 1万余名网格员).
    A claim without a unit agrees with a plain count; a measure (元, %, 吨) must be said."""
    if claim == quote or (claim in _PEOPLE and quote in _PEOPLE):
        return True
    if not claim:
        return quote in _COUNT_UNITS and quote not in _FREQUENCY
    if "个" in (claim, quote):
        other = quote if claim == "个" else claim
        # 个 may stand for 家/项/处 of the same noun, but never turns things into people (12个场景 ≠ 12名)
        return same_noun and other in _COUNT_UNITS and other not in _FREQUENCY and other not in _PEOPLE
    return False


_VAGUE_DIGITS = f"{_CN_DIGIT}十百千万亿"
# Quantities with no exact value: 上百家, 数千名, 几十个, 近万人, 十几家, 三四十家, 一万二, 两成, 翻一番, 过半.
# They are claims all the same; only a quote saying the same words supports them.
_VAGUE_RE = re.compile(
    rf"(?:[上数几近逾][十百千万亿]+|[{_CN_DIGIT}十]+几[十百千万]?|[{_CN_DIGIT}十]*[{_CN_DIGIT}]{{2}}[十百千万]"
    rf"|[一二两三四五六七八九]万[一二两三四五六七八九](?![十百千])|[一二两三四五六七八九]成(?!为|立|果|效|绩|本|员|熟|功|不变)"
    rf"|翻了?[一两二三]?番|过半|半数|近半|大半)"
    rf"(?:[余多])?(?:{_unit_pattern([u for u in _ALL_UNITS if u not in _CN_EXCLUDED])})?"
)


def vague_quantities(text: str) -> list[Figure]:
    """Vague and ratio quantities and shorthand numerals, which ``extract_figures`` gives no value;
    each Figure's value is 0 and its unit "约": compare them by their words, not by value."""
    if not isinstance(text, str):
        return []
    exact = [(f.start, f.end) for f in extract_figures(text)]
    out = []
    for m in _VAGUE_RE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in exact):
            out.append(Figure(m.group(), Decimal(0), "约", m.start(), m.end()))
    return out
