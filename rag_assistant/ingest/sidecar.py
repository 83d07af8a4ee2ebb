"""Sidecar metadata (``NAME.meta.toml`` beside a briefing): read, validate and normalise each field."""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

from ..numbers import normalize
from .load import SIDECAR_SUFFIX, is_inside

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TEXT_FIELDS = ("publication", "office", "headline")
FIELDS = ("publication", "year", "number", "date", "office", "headline")
MAX_TEXT_CHARS = 200
# Briefings are dated documents of this century and the last; anything else is a typo.
YEARS = range(1949, 2101)
_NUMERIC_DATE_RE = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_CHINESE_DATE_RE = re.compile(r"(.+?)\s*年\s*(.+?)\s*月\s*(.+?)\s*[日号]")


class SidecarError(ValueError):
    """A sidecar with at least one field that cannot be used; the message lists every problem."""


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """Where a briefing's sidecar may live: beside it with the suffix replaced, or appended."""
    return path.with_suffix(SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)


def check_sidecar(path: Path) -> tuple[dict, list[str]]:
    """The usable fields of ``path``'s sidecar, and one Chinese message per field (or file) that was ignored."""
    candidate = next((p for p in sidecar_paths(path) if p.is_file()), None)
    if candidate is None:
        return {}, []
    name = candidate.name
    if not is_inside(candidate, path.parent):
        return {}, [f"元数据文件 {name} 是指向目录之外的符号链接，已忽略"]
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return {}, [f"元数据文件 {name} 不是 UTF-8 编码，已忽略"]
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"元数据文件 {name} 格式错误（{exc}），已忽略"]
    except OSError as exc:
        return {}, [f"元数据文件 {name} 无法读取（{exc.strerror or type(exc).__name__}），已忽略"]
    meta: dict = {}
    problems: list[str] = []
    for key, value in data.items():
        if key not in FIELDS:
            problems.append(f"元数据文件 {name} 中的未知字段 {key} 已忽略（可用字段：{'、'.join(FIELDS)}）")
            continue
        clean = _VALIDATORS[key](value)
        if clean is None:
            problems.append(f"元数据文件 {name} 中 {key} = {_shown(value)} {_EXPECTED[key]}，该字段已忽略")
        else:
            meta[key] = clean
    return meta, problems


def read_sidecar(path: Path) -> dict:
    """Validated metadata from ``path``'s sidecar, or {}; raises SidecarError if any field is unusable."""
    meta, problems = check_sidecar(path)
    if problems:
        raise SidecarError("；".join(problems))
    return meta


def iso_date(value: object) -> str | None:
    """A calendar date as ``YYYY-MM-DD`` from a TOML date, ``2026-03-26``, ``2026/3/26``, ``2026年3月26日``
    or ``二〇二六年三月二十六日``; None for anything that is not a real date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat() if value.year in YEARS else None
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    if m := _NUMERIC_DATE_RE.fullmatch(text):
        parts = [int(g) for g in m.groups()]
    elif m := _CHINESE_DATE_RE.fullmatch(text):
        parts = [_calendar_int(g, unit) for g, unit in zip(m.groups(), "年月日")]
        if None in parts:
            return None
    else:
        return None
    try:
        day = dt.date(*parts)
    except ValueError:  # 2月30日, 13月
        return None
    return day.isoformat() if day.year in YEARS else None


def _year(value: object) -> int | None:
    number = value if _is_int(value) else _calendar_int(str(value).strip().removesuffix("年"), "年")
    return number if number in YEARS else None


def _number(value: object) -> int | None:
    if _is_int(value):
        number = value
    else:
        text = str(value).strip().removeprefix("第").removesuffix("期").strip()
        number = _calendar_int(text, "期", prefix="第")
    return number if number is not None and number >= 1 else None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text if 0 < len(text) <= MAX_TEXT_CHARS else None


def _calendar_int(text: str, unit: str, prefix: str = "") -> int | None:
    """A whole number written in digits or Chinese numerals (十三, 二〇二六), read by numbers.normalize."""
    parsed = normalize(f"{prefix}{text}{unit}") if text else None
    if parsed is None or parsed[1] != unit or parsed[0] != parsed[0].to_integral_value():
        return None
    return int(parsed[0])


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"\"{value}\""
    return text if len(text) <= 40 else text[:37] + "…"


_VALIDATORS = {"year": _year, "number": _number, "date": iso_date, **{k: _text for k in TEXT_FIELDS}}
_EXPECTED = {
    "year": "不是有效的年份（应为 1949–2100 的整数，如 2026）",
    "number": "不是有效的期号（应为正整数，如 13 或 十三）",
    "date": "不是有效的日期（应为 2026-03-26 或 2026年3月26日）",
    **{k: f"应为非空文字（不超过 {MAX_TEXT_CHARS} 字）" for k in TEXT_FIELDS},
}
