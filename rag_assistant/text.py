"""Text primitives shared by every stage: the one sentence splitter, [n] marker parser, briefing labels,
question normalisation (characters and numerals); the unit classes are units.py's."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

# ---------------------------------------------------------------- sentences

# A Chinese character (the CJK Unified Ideographs block the briefings are written in).
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")  # a run of Han characters (the one regex; answer modules import it)


def cjk_pairs(text: str) -> set[str]:
    """The pairs of adjacent Chinese characters of ``text``, never across punctuation, a digit or a gap (检测企业（家）
    → 检测, 测企, 企业, 家 alone gives none): the word-order-free overlap of two short labels."""
    return {run[i:i + 2] for run in CJK_RUN_RE.findall(text) for i in range(len(run) - 1)}
# A sentence ends at 。！？； (plus any closing quotes) or at a paragraph break.
SENTENCE_END_RE = re.compile(r"[。！？；!?]+[”」』）)]*|\n")


# A full stop only: 。！？ or a paragraph break, a ；-joined list staying one sentence (the sentences a computation
# quotes whole, computed_rest.py).
FULL_STOP_RE = re.compile(r"[。！？]+|\n")


def sentence_spans(text: str, ends: re.Pattern = SENTENCE_END_RE) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, each with the marks ``ends`` that closes it (SENTENCE_END_RE,
    or FULL_STOP_RE); together they cover it without gaps."""
    spans, start = [], 0
    for m in ends.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str, full_stops: bool = False) -> list[str]:
    """The non-empty sentences of ``text``, stripped. With ``full_stops``, a sentence ends only at 。！？ or a
    paragraph break (a ；-list is one sentence) and is given without its end marks (…已整改289项 of …已整改289项。)."""
    if not full_stops:
        return [s for s in (text[a:b].strip() for a, b in sentence_spans(text)) if s]
    bare = (FULL_STOP_RE.sub("", text[a:b]) for a, b in sentence_spans(text, FULL_STOP_RE))
    return [s for s in (b.strip() for b in bare) if s]


# ---------------------------------------------------------------- [n] citation markers

# [1] [1,2] [1、2] ［１］ 【1】. Six digits at most: int() on a pasted run of thousands of
# digits raises, and no answer has a millionth source.
MARKER_RE = re.compile(r"[\[［【][ \t]*([0-9０-９]{1,6}(?:[ \t]*[,，、][ \t]*[0-9０-９]{1,6})*)[ \t]*[\]］】]")
_FULLWIDTH = {0xFF10 + i: str(i) for i in range(10)}
_SEPARATOR_RE = re.compile(r"[ \t]*[,，、][ \t]*")


def marker_numbers(match: re.Match) -> list[int]:
    """The citation numbers of one MARKER_RE match (``【1、２】`` → [1, 2])."""
    return [int(n.translate(_FULLWIDTH)) for n in _SEPARATOR_RE.split(match.group(1).strip())]


def marker_spans(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, numbers) of every marker in ``text``, in order."""
    if not isinstance(text, str):
        return []
    return [(m.start(), m.end(), marker_numbers(m)) for m in MARKER_RE.finditer(text)]


def parse_markers(text: str) -> list[int]:
    """Citation numbers in ``[1]``, ``[2][3]``, ``[1,2]``, ``[1、2]``, ``［1］``, ``【1】`` form, first occurrence order."""
    seen: dict[int, None] = {}
    for _, _, numbers in marker_spans(text):
        seen.update((n, None) for n in numbers if n not in seen)
    return list(seen)


def replace_markers(text: str, render: Callable[[list[int]], str]) -> str:
    """``text`` with every marker replaced by ``render(numbers)``."""
    return MARKER_RE.sub(lambda m: render(marker_numbers(m)), text)


def renumber_markers(text: str, mapping: Mapping[int, int]) -> str:
    """Markers rewritten to ``[m]`` form through ``mapping``; numbers not in it are kept as they are."""
    return replace_markers(text, lambda numbers: "".join(f"[{mapping.get(n, n)}]" for n in numbers))


def strip_markers(text: str) -> str:
    """``text`` without its markers."""
    return MARKER_RE.sub("", text)


# ---------------------------------------------------------------- briefing labels and dates

def issue_label(year: int | None, number: int | None) -> str | None:
    """The label users and citations use for an issue, e.g. ``2025年第14期``."""
    if number is None:
        return None
    return f"{year}年第{number}期" if year is not None else f"第{number}期"


def cn_date(iso: str | None) -> str:
    """`2025-05-30` → `2025年5月30日`; anything that is not an ISO date reads 日期不详."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", (iso or "").strip())
    if not match:
        return "日期不详"
    y, m, d = (int(g) for g in match.groups())
    return f"{y}年{m}月{d}日"


def source_label(issue: str | None, date: str | None) -> str:
    """How an answer names a briefing: ``2025年第14期简报（2025年5月30日）``, or ``简报专刊`` when unnumbered."""
    label = f"{issue}简报" if issue else "简报专刊"
    return f"{label}（{cn_date(date)}）" if date else label


# ---------------------------------------------------------------- glyph variants

# PDFs exported from Word/WPS often carry a ToUnicode map that names a common ideograph by a radical or a
# compatibility code point of the same glyph (工 → ⼯ U+2F2F, 日 → ⽇, 长 → ⻓): the page reads right, the extracted
# text does not match anything typed. NFKC folds the Kangxi radicals and compatibility ideographs; the CJK
# radicals supplement has no decomposition, so its radicals that are also whole simplified characters are listed.
# Only these blocks are folded: NFKC on the whole text would also turn the full-width （）：％ and ①, ㎡ the parser
# and the figures rely on into other characters.
_SUPPLEMENT_RADICALS = dict(zip("⺟⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
                                "母西见角贝车长门青页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟"))
_GLYPH_FOLD = str.maketrans({**{cp: unicodedata.normalize("NFKC", chr(cp))
                                 for cp in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00))
                                 if unicodedata.normalize("NFKC", chr(cp)) not in ("", chr(cp))},
                             **{ord(k): v for k, v in _SUPPLEMENT_RADICALS.items()}})


# Text copied from a phone or a WeChat post carries characters a reader never sees: zero-width spaces and joiners
# inside words (六合区\u200b境内 matches no 六合区境内), and typographic spaces (thin, hair, narrow no-break, en/em
# spaces) where a plain space or none was meant, a thin space as the thousands separator of a figure (2\u2009860公里).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u180e"), None)
_GROUPING_SPACE_RE = re.compile(r"(?<=\d)[\u2009\u200a\u202f](?=\d{3}(?!\d))")
_TYPO_SPACE_RE = re.compile(r"[\u2000-\u200a\u202f\u205f]")


def fold_glyphs(text: str) -> str:
    """Radical and compatibility forms of ideographs as the unified ideographs a reader sees (⽣产⼯作 → 生产工作);
    zero-width characters dropped, a thin space grouping a figure's digits dropped (2 860 → 2860), other
    typographic spaces as a plain space."""
    text = text.translate(_GLYPH_FOLD).translate(_INVISIBLE)
    return _TYPO_SPACE_RE.sub(" ", _GROUPING_SPACE_RE.sub("", text))


# Full-width Latin letters and digits (２０２６年, Ａ级, １２３６家), as Word/WPS and typists mix them with the half-width
# forms: folded to ASCII in documents and questions alike, so 12.7％ and 12.7%, Ａ级 and A级 are one text to every
# match, figure and citation. A full-width point or percent sign goes with the digits it belongs to (９６．８％ →
# 96.8%); full-width punctuation the parser reads (（）【】：，１．as a list marker) stays.
_WIDTH_FOLD = str.maketrans({cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                             for cp in range(r[0], r[1] + 1)})
_WIDTH_MARKS_RE = re.compile(r"(?<=[0-9])．(?=[0-9])|(?<=[0-9])％")


def fold_width(text: str) -> str:
    """Full-width letters and digits as ASCII, with the point and percent sign of a number (９６．８％ → 96.8%)."""
    return _WIDTH_MARKS_RE.sub(lambda m: "." if m.group() == "．" else "%", text.translate(_WIDTH_FOLD))


# ---------------------------------------------------------------- questions

# ANSI escape sequences whole (a bare ESC removal leaves "[31m" in the question), C0 controls, DEL,
# and lone UTF-16 surrogates, which JSON can carry ("\ud800") but no tokenizer accepts.
CONTROL_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_question(text: str) -> str:
    """Strip control characters and surrounding space; NFC and radical forms folded (a question pasted from a
    PDF's text layer) and full-width letters and digits folded, so look-alike forms compare equal."""
    return fold_width(fold_glyphs(unicodedata.normalize("NFC", CONTROL_RE.sub("", text or "")))).strip()


# ---------------------------------------------------------------- numerals and question normalisation

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS)


def cn_int(text: str) -> int | None:
    """An integer below 10,000 written in Arabic or Chinese numerals (十三 → 13, 二〇二六 → 2026,
    一百零五 → 105); None for anything malformed (十十十, 三四十) or ambiguous (一百五)."""
    s = (text or "").strip().translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if not s or not set(s) <= set(CN_NUMERAL_CHARS):
        return None
    if not set(s) & set(_CN_UNITS):  # digit by digit: 二〇二六, 五
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total, digit, last, zero = 0, None, 10_000, False
    for i, c in enumerate(s):
        if c in _CN_UNITS:
            unit = _CN_UNITS[c]
            if unit >= last or (digit is None and i > 0) or zero:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last = None, unit
        elif _CN_DIGITS[c] == 0:
            if digit is not None or zero or i == 0:
                return None
            zero = True
        else:
            if digit is not None:
                return None
            digit = _CN_DIGITS[c]
    if digit is not None:
        if last > 10 and not zero:
            return None  # 一百五 is spoken shorthand for 150; guessing would invent a number
        total += digit
    return total


_CN_YEAR_RE = re.compile(r"([〇零一二三四五六七八九]{4})(\s*年)")
_CN_ISSUE_RE = re.compile(rf"第(\s*)([{CN_NUMERAL_CHARS}]+)(\s*期)")
# 第二十五届, 第十二批, 第十一轮: an ordinal of a series in a numeral of two or more places, which the briefings print in
# digits (第25届中国·金湖荷花节) and the segmenter cuts into pieces (第二|二十|十五) that no digit sentence has; a
# one-place ordinal (第三批, 第二轮) is left as written, the form the briefings use for it. ordinal_member.py reads
# both forms of an ordinal as one number, so a 第二十四届 of a text still meets the question's 第24届.
_CN_ORDINAL_RE = re.compile(rf"第(\s*)([{CN_NUMERAL_CHARS}]*十[{CN_NUMERAL_CHARS}]*)(\s*(?:届|批次?|轮))")
# 25年 / 24年度 → 2025年: staff abbreviate years; 15年以上, 近5年, 第2年 are durations or ordinals, and so is an
# age said after a verb of lasting or a bound (运行超过20年的老旧管网, 服役超20年, 使用不到10年).
_SHORT_YEAR_RE = re.compile(r"(?<![0-9第近前后每多约满超逾足])(?<!超过)(?<!不到)(?<!运行)(?<!使用)(?<!服役)([0-9]{2})(?=\s*年(?!以上|以下|以内|以来|内|间|多|左右|前|后|来|半))")


# The tables OpenCC's t2s conversion reads (opencc_purepy's UnionKey.T2S/T2S_PUNCT), as shipped in its dicts/.
T2S_TABLES = {"ts_phrases": "TSPhrases.txt", "ts_characters": "TSCharacters.txt", "ts_punctuations": "TSPunctuations.txt"}


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC t2s with only its own tables loaded: the packaged provider parses every table of every conversion
    (+27 MB resident in a serving process, measured) where t2s reads three small ones."""
    import opencc_purepy
    from opencc_purepy import OpenCC
    from opencc_purepy.dictionary_lib import DictionaryMaxlength

    tables = DictionaryMaxlength()
    folder = Path(opencc_purepy.__file__).parent / "dicts"
    for slot, name in T2S_TABLES.items():
        setattr(tables, slot, DictionaryMaxlength.load_dictionary_maxlength((folder / name).read_text(encoding="utf-8")))
    # The packaged TSPhrases.txt maps 结束 (already simplified) to 結束: a phrase of simplified characters only
    # whose "simplified" form has a traditional one is an error of the table, dropped (1 entry in 1.5.x).
    chars, phrases = tables.ts_characters[0], tables.ts_phrases[0]
    for phrase in [k for k, v in phrases.items() if all(chars.get(c, c) == c for c in k) and any(chars.get(c, c) != c for c in v)]:
        del phrases[phrase]
    return OpenCC("t2s", dictionary=tables)


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (累計排查企業 → 累计排查企业); simplified text is unchanged."""
    return _t2s().convert(text) if text else text


def normalize_numerals(text: str) -> str:
    """Issue numbers, years and ordinals of two places in Arabic digits: 二〇二六年第十三期 → 2026年第13期,
    25年 → 2025年, 第二十五届 → 第25届.
    A malformed numeral (第十十十期) is left as written, so it is never read as another issue."""
    text = text.translate(_FULLWIDTH)
    text = _CN_YEAR_RE.sub(lambda m: f"{cn_int(m.group(1))}{m.group(2)}", text)

    def issue(m: re.Match) -> str:
        n = cn_int(m.group(2))
        return m.group(0) if n is None else f"第{m.group(1)}{n}{m.group(3)}"

    text = _CN_ISSUE_RE.sub(issue, text)
    text = _CN_ORDINAL_RE.sub(issue, text)
    text = _SHORT_YEAR_RE.sub(lambda m: f"20{m.group(1)}", text)
    return _BARE_ISSUE_RE.sub(lambda m: f"第{m.group(1) or m.group(2) or m.group(3)}期", text)


# 2025年16期 / 16期简报 → 第16期: an issue number typed without 第 (after a year, or before a word that ends the
# scope); 分3期, 二期工程 and a figure's 期 (第 already there) are left alone.
_BARE_ISSUE_RE = re.compile(r"(?<=年)([0-9]{1,3})\s*期|"
                            r"(?<![0-9第分共每近前后\s])([0-9]{1,3})\s*期(?=简报|里|中|的|是|有|上|呢|那|[，,？?]|$)|"
                            # 南通16期安全巡查员: after a name and before the asked words (not 办了3期培训班, 发了2期);
                            # 30期讲的啥, 14期南通那篇: at the start of the question, before the place or words it scopes
                            r"(?:(?<=[\u4e00-\u9fff])|^)(?<![第分共每近前后了过办发开举编印出连续])([0-9]{1,3})\s*期(?=[\u4e00-\u9fff])(?!培训|班|工程|项目)")

def normalize_question(text: str) -> str:
    """A cleaned question in the form the briefings are written in: simplified characters, Arabic numerals,
    no typed spaces, request frame or final particle (wording.py)."""
    from .wording import (drop_guess, plain_ask, short_forms, spoken_money, squash_spaces, strip_frame, vague_change,
                          vague_threshold)
    from .bare_threshold import bare_threshold
    from .answer.point_change import change_points

    return bare_threshold(vague_threshold(vague_change(change_points(drop_guess(plain_ask(strip_frame(short_forms(spoken_money(normalize_numerals(
        to_simplified(squash_spaces(clean_question(text)))))))))))))
