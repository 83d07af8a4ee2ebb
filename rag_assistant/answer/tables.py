"""Table rows as evidence: a row's cells are read under the table's caption and column headers.

``项目	2025年	同比`` / ``执法检查	8.9万家次	增长6.3%``: the row names neither the year nor 同比; its header row
does, for every row below it, and the line before the header (2025年全省应急管理执法情况) is the caption.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..numbers import Figure, normalize
from ..text import cjk_pairs
from . import lexicon as lx

CELL = "\t"
# Cells of a row typed as text: apart by a tab or a run of two or more spaces (full-width or not), the same
# gap ingest/paragraphs.is_table_row keeps a row on its own line by (类别　　　　数量　　　　已建成系统).
CELL_GAP_RE = re.compile(r"\t|[ \u00a0\u3000]{2,}")
_SENTENCE_END_RE = re.compile(r"[。！？；，,;]")
# The unit a column header carries for its cells: 排查隐患（处）, 资金(万元); under a header that spans two
# columns the loader joins the spanning cell and the sub-header (电气隐患（处） over 发现 | 已整改 →
# 电气隐患（处）已整改), so the unit may be followed by the sub-header's words.
_HEADER_UNIT_RE = re.compile(r"[（(]\s*([^（）()\d]{1,3})\s*[)）]\s*([\u4e00-\u9fff]{0,6})$")


def is_row(sentence: str) -> bool:
    """Whether ``sentence`` is a table row: cells apart by tabs or wide gaps, no sentence punctuation."""
    text = sentence.strip()
    return CELL in text or (bool(CELL_GAP_RE.search(text)) and not _SENTENCE_END_RE.search(text))


def row_cells(sentence: str) -> list[tuple[int, str]]:
    """The cells of the table row ``sentence``, each with its offset in ``sentence``, the row label first."""
    offset = len(sentence) - len(sentence.lstrip())
    row, cells, at = sentence.strip(), [], 0
    for gap in CELL_GAP_RE.finditer(row):
        cells.append((offset + at, row[at:gap.start()]))
        at = gap.end()
    cells.append((offset + at, row[at:]))
    return cells


# A cell of prose in a row (the 主要做法 or 检查重点 column: 推行“一窑一码”，报警装置与监管平台联网) describes the row's
# work; it is no word of the figure cells before it: a number cell counts what its header names.
_PROSE_CELL_RE = re.compile(r"[，、；]|[\u4e00-\u9fff“”]{8,}")


def row_record_end(sentence: str, figure_end: int) -> int:
    """Where the words of a figure ending at ``figure_end`` in the table row ``sentence`` end: the row's end, or
    the start of the first prose cell after the figure's own cell (its words are not the figure's)."""
    for start, cell in row_cells(sentence):
        if start >= figure_end and _PROSE_CELL_RE.search(cell):
            return start
    return len(sentence)


def _column(sentence: str, at: int) -> int:
    """The index of the cell of ``sentence`` that holds offset ``at`` (0: the row label)."""
    return max((i for i, (start, _) in enumerate(row_cells(sentence)) if start <= at), default=0)


def table_context(sentence: str, said: Sequence[str]) -> str:
    """The caption and header row above a table row (``said``: the sentences before it, in order), or ""
    when ``sentence`` is not a row under a header."""
    if not is_row(sentence):
        return ""
    rows = 0
    for earlier in reversed(said):
        if not is_row(earlier):
            break
        rows += 1
    if rows == 0:
        return ""  # the header row itself
    header = said[len(said) - rows]
    caption = said[len(said) - rows - 1] if len(said) > rows else ""
    return f"{caption} {header}".strip()


def column_header(sentence: str, context: str, at: int) -> str:
    """The header of the column holding offset ``at`` of a table row, given the row's ``table_context``."""
    if not is_row(sentence) or not CELL_GAP_RE.search(context):
        return ""
    cells = CELL_GAP_RE.split(context.strip())
    column = _column(sentence, at)
    return cells[column] if 0 < column < len(cells) else ""


def table_words(sentence: str, context: str) -> str:
    """The caption and the whole header row of a table row (its ``table_context``), or "" outside a table: what
    the table counts is named there once for every cell (排查隐患（处） beside 已整改（处） says the row's 已整改 are 隐患)."""
    return context if is_row(sentence) and CELL_GAP_RE.search(context) else ""


def label_words(sentence: str, context: str) -> str:
    """The caption and the head of the row-label column above a table row (``重点园区整治进展情况如下： 园区``), or ""
    outside a table: they name what every row is, so a modifier of the asked thing said there (园区隐患 asked of
    the row 新河镇木业园 under 园区) is said of each cell of the row. The other column headers are left out: each
    names its own cells only."""
    if not is_row(sentence) or not CELL_GAP_RE.search(context):
        return ""
    return CELL_GAP_RE.split(context.strip())[0]


def header_unit(header: str) -> str:
    """The unit in a column header's closing parenthesis (``仓储点（家）`` → 家), or ""."""
    m = _HEADER_UNIT_RE.search(header.strip())
    return m.group(1) if m and (not m.group(2) or normalize(f"1{m.group(1)}")) else ""


def with_header_units(sentence: str, context: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures of a table row, a bare cell (1630) taking the unit of its column header (排查隐患（处）), so
    it answers 多少处 as 1630处 written in a sentence would; figures outside a table row are unchanged."""
    if not is_row(sentence) or not CELL_GAP_RE.search(context):
        return tuple(figures)
    out = []
    for f in figures:
        unit = "" if f.unit else header_unit(column_header(sentence, context, f.start))
        parsed = normalize(f.surface + unit) if unit else None
        out.append(replace(f, value=parsed[0], unit=parsed[1]) if parsed else f)
    return tuple(out)


# A cell whose column is not the asked one, when the row has one that is: its header counts in another unit than
# the asked one (零售网点（个） for 整改了多少处 beside 已整改（处）), or its header shares fewer of the question's words
# than a sibling's does (仓储点（家） for 隐患已经整改了多少个 beside 已整改（处）; …（处）已整改 for 发现电气隐患多少处).
OTHER_COLUMN_FIT = 0.7
def column_fit(sentence: str, context: str, start: int, asked_unit: str, asked: str) -> float:
    """OTHER_COLUMN_FIT for the cell at offset ``start`` of a table row when another column of its row is the
    asked one by its header's unit or words (see above); 1.0 otherwise (outside tables, a header naming only a
    period or a change: 执法检查	8.9万家次 under 2025年 | 同比, whose cells are told apart by their own words)."""
    if not is_row(sentence) or not CELL_GAP_RE.search(context):
        return 1.0
    asked_unit = asked_unit if asked_unit and asked_unit in asked else ""  # a unit carried from an earlier ask picks none
    headers = CELL_GAP_RE.split(context.strip())[1:]  # the first heads the row labels (its cell holds the caption too)
    column = _column(sentence, start)
    if not 0 < column <= len(headers):
        return 1.0
    # the columns in the asked unit, when there are some, are the candidates; the asked words pick among them
    candidates = [i for i, h in enumerate(headers) if asked_unit and header_unit(h) == asked_unit] or \
        [i for i, h in enumerate(headers) if not asked_unit or header_unit(h) in (asked_unit, "")] or \
        list(range(len(headers)))
    if column - 1 not in candidates and header_unit(headers[column - 1]):
        return OTHER_COLUMN_FIT
    # a cell's own words name what it counts as its header does (边坡在线监测45座 under 已建成系统)
    cells = [c for _, c in row_cells(sentence)]
    shared = {i: len(cjk_pairs(cell_noun(headers[i]) + (cells[i + 1] if i + 1 < len(cells) else "")) & cjk_pairs(asked))
              for i in candidates}
    return OTHER_COLUMN_FIT if shared.get(column - 1, 0) < max(shared.values()) else 1.0


# The row of a table that sums the others (合计 182 2415 2318).
TOTAL_LABEL_RE = re.compile(r"^(?:合计|总计|共计|全市合计|全省合计|全市|全省)$")
ADMIN_SUFFIX_RE = re.compile(r"(?:市|区|县|" + "|".join(lx.TOWN_SUFFIXES) + ")$")
# A row of a table that has a total row, when the question names neither that row nor any other: a part of the
# whole, which the total row answers (一共发现多少处？已整改多少处？ asks 合计, not 靖江市).
PART_ROW_FIT = 0.8


# A caption that says its table lists only some of the places (部分镇（街道）电气体检情况如下, 重点镇（街道）…进展):
# the table's 合计 row sums those places, not the whole the article reports in prose (共检测企业3215家).
_SUBSET_CAPTION_RE = re.compile(r"(部分|重点|主要|典型|抽查|抽样)")


_NUMERAL_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
# A count of things before a kind word (三个镇, 3个街道, 两个县): the question names a set by its size.
_COUNTED_KIND_RE = re.compile(r"(\d{1,2}|[一二两三四五六七八九十])\s*个?\s*([\u4e00-\u9fff]{1,2})")


def counts_member_rows(question: str, sentence: str, rows: Sequence[str]) -> bool:
    """Whether the question names the member rows of the table holding ``sentence`` by their number and kind
    (常熟三个镇一共发现多少: a table of 海虞镇, 古里镇, 支塘镇 and 合计 under the header 镇（街道）): the asked whole is
    then the table's own, its total row, even when its caption calls the rows 部分镇."""
    at = next((i for i, r in enumerate(rows) if r.strip() == sentence.strip()), None)
    if at is None:
        return False
    start, end = at, at
    while start > 0 and CELL in rows[start - 1]:
        start -= 1
    while end + 1 < len(rows) and CELL in rows[end + 1]:
        end += 1
    block = [r.split(CELL)[0].strip() for r in rows[start:end + 1]]
    members = [label for label in block[1:] if label and not TOTAL_LABEL_RE.match(label)]
    kinds = [k for k in re.split(r"[（）()、/\s]+", block[0]) if k] if block else []
    for m in _COUNTED_KIND_RE.finditer(question):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMERAL_VALUES[m.group(1)]
        if n == len(members) and any(m.group(2).startswith(k) or k.endswith(m.group(2)) for k in kinds):
            return True
    return False


def set_total_elsewhere(sentence: str, question: str, rows: Sequence[str]) -> float:
    """PART_ROW_FIT for a figure outside the article's tables when the question names the member rows of one of
    them by number and kind (三个镇一共): the asked whole is that table's total row (counts_member_rows), and a prose
    figure (全市…发现电气隐患8940处) is a wider whole; 1.0 otherwise."""
    if CELL in sentence or not _COUNTED_KIND_RE.search(question):
        return 1.0
    totals = [r for r in rows if CELL in r and TOTAL_LABEL_RE.match(r.split(CELL)[0].strip())]
    return PART_ROW_FIT if any(counts_member_rows(question, r, rows) for r in totals) else 1.0


def caption(sentence: str, rows: Sequence[str]) -> str:
    """The lines above the table that holds the row ``sentence``: its title and the sentence that introduces it
    (the two paragraphs before its first row, header row excluded); "" when the row is not found."""
    at = next((i for i, r in enumerate(rows) if r.strip() == sentence.strip()), None)
    if at is None:
        return ""
    while at > 0 and CELL in rows[at - 1]:
        at -= 1
    return "".join(rows[max(0, at - 2):at])


def total_row_fit(sentence: str, question: str, rows: Sequence[str]) -> float:
    """PART_ROW_FIT for a table row that is not the total row of its table when the question names no row
    label at all; 1.0 otherwise (outside tables, in tables without a total row, or when a row is asked).
    The total row of a table captioned as a subset (部分镇) is a part too, unless the question names that subset."""
    if CELL not in sentence:
        return 1.0
    labels = [r.split(CELL)[0].strip() for r in rows if CELL in r]
    if TOTAL_LABEL_RE.match(sentence.split(CELL)[0].strip()):
        subset = _SUBSET_CAPTION_RE.search(caption(sentence, rows))
        return PART_ROW_FIT if subset and subset.group(1) not in question and \
            not counts_member_rows(question, sentence, rows) else 1.0
    if not any(TOTAL_LABEL_RE.match(label) for label in labels):
        return 1.0
    named = any(label in question or len(bare := ADMIN_SUFFIX_RE.sub("", label)) >= 2 and bare in question
                for label in labels[1:])  # labels[0] heads the label column (地区)
    return 1.0 if named else PART_ROW_FIT


def cell_noun(header: str) -> str:
    """What a column's cells count: its header without the unit in parentheses (``排查隐患（处）`` → 排查隐患); "" for
    no header or a header that is only a period or a change (2025年, 同比)."""
    noun = _HEADER_UNIT_RE.sub(r"\2", header.strip()).strip()  # 电气隐患（处）已整改 → 电气隐患已整改
    return "" if not noun or re.fullmatch(r"(?:(?:19|20)\d{2}年?|同比|环比|增减|增长|变化)", noun) else noun
