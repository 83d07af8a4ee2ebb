"""Raw text → paragraphs, whatever the layout: blank-line separated, one line per paragraph, or hard-wrapped.

A hard-wrapped text (a PDF's text layer, a text export of a page) is recognised by its measure: many
lines about as wide as the widest, ending inside a sentence. Its lines are rejoined by greedy line
breaking read backwards: a line ended because the next word did not fit, so a full line goes on with the
next one, unless that one is indented (a new paragraph) or a line that always stands alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .cells import rebuild_tables
from .furniture import TERMINAL
from .masthead import is_masthead_line, nospace
from .wrapped_cells import rebuild_wrapped_tables

# A column marker: 【地方动态】, or a short name between ornaments (◎ 地方动态, ◆工作部署◆, 〖工作动态〗).
_ORNAMENT = "◎◆◇■□●★☆▲△▶►◀◄〖〗〔〕"
# A Word heading numbered by a list (一、工作动态) is a column when its name is a column's: never a point's
# lead clause (一、市县联动推进，…), which goes on or names no 动态/新闻/部署 column.
_COLUMN = r"[\u4e00-\u9fff]{0,6}(?:动态|新闻|要闻|部署|简讯|经验交流)"
SECTION_RE = re.compile(rf"^(?:【\s*([^】]{{2,12}})\s*】|[{_ORNAMENT}]\s*([\u4e00-\u9fff]{{2,8}})\s*[{_ORNAMENT}]?"
                        rf"|[一二三四五六七八九十]{{1,3}}[、．.]\s*({_COLUMN}))$")
# The table of contents: 内容要目, 目录, 本期要目, 本期目录, 本期导读 (spaced or not).
TOC_RE = re.compile(r"^(?:本\s*期\s*)?(?:内\s*容\s*)?(?:要\s*目|目\s*录|导\s*读)$")
# A point's heading inside an article ((一) 摸清底数, 一、, 1., 第一，): never an article title.
ENUM_HEAD_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.]"
                          r"|第[一二三四五六七八九十]{1,3}[，、,]|[①②③④⑤⑥⑦⑧⑨⑩])")


# An annex heading alone on its line (附件, 附件1, 附件二：): the annex after the articles is a column of its own.
ANNEX = "附件"
ANNEX_RE = re.compile(r"^附件[0-9一二三四五六七八九十]{0,2}[：:]?$")
# A bullet before a title (◆ 镇江丹阳市：…): layout, not wording.
TITLE_BULLET_RE = re.compile(r"^[■□◆◇●○•▪►▶★☆]+[ \t\u3000]*")


def section_name(compact: str) -> str | None:
    """The column name of a section marker line (whitespace removed), or None when it is none."""
    if ANNEX_RE.match(compact):
        return ANNEX
    m = SECTION_RE.match(compact)
    return (m.group(1) or m.group(2) or m.group(3)) if m else None
# A table row typed as text: cells apart by a tab or a run of two or more spaces (full-width or not).
TABLE_GAP_RE = re.compile(r"\S(?:\t|[ \u00a0\u3000]{2,})\S")
# Security marks of the masthead, alone or several on one line (内部资料　注意保存).
BOILERPLATE_RE = re.compile(r"^(?:注意保存|内部资料|内部刊物|内部参阅|请勿外传|机密|秘密)+$")
DISTRIBUTION_RE = re.compile(r"^(抄送|抄报|报|送|发)\s*[：:]")
# A TOC entry's bullet and bracketed page number: ■ 无锡市推行…（2）.
# A numbered guide (本期导读 1．… 2．…) numbers its entries instead.
TOC_MARKS_RE = re.compile(r"^(?:[■□◆◇●○•▪►▶★☆·\-—]+|\d{1,2}\s*[．.、](?!\d)|[（(]\d{1,2}[)）])\s*"
                          r"|\s*[（(]\s*\d{1,3}\s*[)）]$")
# A line that is one item of a list: it opens with a bullet or ends with a page number (…… 3, （3）).
ITEM_LINE_RE = re.compile(r"^[■□◆◇●○•▪►▶★☆]|(?:[…．.·]{2,}\s*|[（(]\s*)\d{1,3}\s*[)）]?$")
MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
MAX_TITLE_CHARS = 48
# A line that ends a sentence (a closing quote alone does not: “2+3” ends many wrapped lines).
SENTENCE_END_RE = re.compile(r"[。！？；…!?;：:][”’」』）)]*$")
# Columns a full hard-wrapped line may fall short of the widest one (a wide character that did not fit).
WRAP_SLACK = 4
# Narrower than this (20 ideographs) a line is no page's measure.
MIN_MEASURE = 40
INDENT = " \t\u3000\u00a0"
PARAGRAPH_INDENT = 4
FIRST_WORD_RE = re.compile(r"[“‘（《【「『〔(]*(?:[0-9A-Za-z.%+\-]+|.)[”’）》】」』〕)，。、；：！？,.;:!?]*")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; wrapped lines inside one paragraph are joined.

    Files that separate paragraphs by single newlines (few blank lines) are read line by line, and
    hard-wrapped lines (a PDF's text layer) are rejoined into their paragraphs (see ``_unwrap``)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    # A PDF table's one-cell-per-line column, or its wrapped cells, row by row.
    text = "\n".join(rebuild_wrapped_tables(rebuild_tables(text.split("\n"))))
    blocks = re.split(r"\n[ \t\u3000]*\n", text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if (measure := _wrap_measure(lines)) is not None:
        return _unwrap(text.split("\n"), measure)
    if len(lines) >= 4 and len([b for b in blocks if b.strip()]) * 3 < len(lines):
        return [_clean_line(ln) for ln in lines]
    paragraphs = []
    for block in blocks:
        parts = [_clean_line(ln) for ln in block.split("\n")]
        parts = [ln for ln in parts if ln]
        if len(parts) > 1 and _one_item_per_line(parts):
            paragraphs.extend(parts)
        elif parts:
            paragraphs.append(_join_lines(parts))
    return paragraphs


def _one_item_per_line(lines: list[str]) -> bool:
    """Lines of one block that are separate items, not one wrapped paragraph: masthead items, a table of
    contents (section markers with the titles under them) or the rows of a table typed as text."""
    if all(is_masthead_line(ln) or BOILERPLATE_RE.match(nospace(ln)) for ln in lines):
        return True
    if all(ITEM_LINE_RE.search(ln) or DISTRIBUTION_RE.match(ln) for ln in lines):
        return True  # a bulleted or page-numbered list (■ title（2）), the 报：/送：/发： lines
    markers = sum(bool(SECTION_RE.match(nospace(ln))) for ln in lines)
    if markers >= 2 and all(SECTION_RE.match(nospace(ln)) or looks_like_title(ln) for ln in lines):
        return True
    return sum(is_table_row(ln) for ln in lines) >= 2


def is_table_row(line: str) -> bool:
    """A row of a table typed as text: cells apart by wide gaps, no sentence end."""
    return bool(TABLE_GAP_RE.search(line.strip())) and not re.search(r"[。！？；]", line)


def _join_lines(lines: list[str]) -> str:
    # Lines of one paragraph: CJK text joins without a gap, titles wrapped for layout get one space.
    if all(len(ln) <= MAX_TITLE_CHARS and not ln.endswith(tuple("。！？；")) for ln in lines) and len(lines) > 1:
        return " ".join(lines)
    return "".join(lines)


def _clean_line(line: str) -> str:
    return MD_HEADING_RE.sub("", line.strip(INDENT))


def _width(line: str) -> int:
    """Display width: an ideograph or full-width mark is two columns, ASCII one.

    Any indent counts as the paragraph indent, two ideographs: pypdf prints it as a single space."""
    text = line.strip(INDENT)
    cols = sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)
    return cols + (PARAGRAPH_INDENT if _indented(line) else 0)


def _indented(line: str) -> bool:
    return line[:1] in INDENT


def _measure(widths: list[int]) -> int:
    """The width full lines have: the most frequent width among the widest quarter of the lines."""
    wide = sorted(widths)[-max(3, len(widths) // 4):]
    return max(Counter(wide).items(), key=lambda item: (item[1], item[0]))[0]


def _stands_alone(line: str) -> bool:
    """Lines that never continue a wrapped paragraph: section markers, 内容要目, masthead and closing-block items."""
    compact = nospace(line)
    return bool(SECTION_RE.match(compact) or TOC_RE.match(compact) or DISTRIBUTION_RE.match(line)
                or is_masthead_line(line))


def _wrap_measure(lines: list[str]) -> int | None:
    """The measure of hard-wrapped text (many unfinished lines about as wide as the widest), or None."""
    if len(lines) < 4:
        return None
    widths = [_width(ln) for ln in lines]
    measure = _measure(widths)
    wider = sum(w > measure + WRAP_SLACK for w in widths)  # only lines rejoined across a page break
    # A wrapped line ends where the measure ran out, mostly inside a sentence; a paragraph ends a sentence.
    full = [ln for w, ln in zip(widths, lines) if measure - WRAP_SLACK <= w <= measure + WRAP_SLACK]
    cut = sum(not SENTENCE_END_RE.search(ln.rstrip()) for ln in full)
    wrapped = measure >= MIN_MEASURE and cut >= 3 and cut > len(full) - cut and wider <= max(2, len(widths) // 10)
    return measure if wrapped else None


def _unwrap(lines: list[str], measure: int) -> list[str]:
    """Rejoin hard-wrapped lines: a line that fills the measure continues on the next unindented line.

    A paragraph starts at an indented line, after a blank line, or after a line shorter than the measure
    (within WRAP_SLACK columns). A title that fills a whole line and wraps (centred, so indented) goes on
    with a short line without sentence marks."""
    out: list[str] = []
    prev: str | None = None  # the previous line; None after a blank one
    one_line = False  # the paragraph so far is that one line
    for line in lines:
        if not line.strip():
            prev = None
            continue
        if prev is not None and _continues_wrap(prev, line, one_line, measure):
            out[-1] += _clean_line(line)
            one_line = False
        else:
            out.append(_clean_line(line))
            one_line = True
        prev = line
    return out


def _first_word(line: str) -> str:
    """The unit a line breaker cannot split: a run of ASCII letters and digits, or one ideograph, with the
    opening marks before it and the closing marks after it (they never end or start a line)."""
    m = FIRST_WORD_RE.match(line.lstrip(INDENT))
    return m.group(0) if m else ""


def _continues_wrap(prev: str, line: str, one_line: bool, measure: int) -> bool:
    """Whether ``line`` goes on with ``prev`` (see ``_unwrap``)."""
    # Greedy line breaking: a line ended because the next word did not fit (a run of digits is one word).
    if _width(prev) + _width(_first_word(line)) < measure - WRAP_SLACK + 2 or _stands_alone(_clean_line(line)):
        return False
    if not _indented(line):
        return True
    wrapped_title = one_line and looks_like_title(_clean_line(prev)) and looks_like_title(_clean_line(line))
    return wrapped_title and _width(line) < measure - WRAP_SLACK


def is_terminated(paragraph: str) -> bool:
    """Whether a body paragraph ends like a finished sentence (a table row is complete on its line)."""
    return paragraph.endswith(tuple(TERMINAL)) or is_table_row(paragraph)


def looks_like_title(paragraph: str) -> bool:
    """Short, no sentence punctuation: the shape of a headline or article title."""
    return (
        4 <= len(paragraph) <= MAX_TITLE_CHARS
        and not re.search(r"[。！？；]", paragraph)
        and not paragraph.endswith(("，", "、", "：", ":"))
        and not is_table_row(paragraph)
    )
