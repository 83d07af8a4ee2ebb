"""A briefing saved from the department's web site as an HTML page (.html/.htm) → the plain text layout the parser reads.

Staff save an issue's page from yjt.jiangsu.gov.cn with the browser (网页，全部 / 网页，仅HTML). The file is the CMS
page as served: often GBK/GB18030 declared as ``charset=gb2312`` in a ``<meta>``, a ``<head>`` with ``<style>`` and
``<script>`` (whose strings hold Chinese and figures that are not text), a menu and a breadcrumb of links, the
page's 发布时间/来源/浏览次数 line, the body in nested ``<div class="TRS_Editor">`` with ``<p>`` paragraphs, ``<br>`` line
breaks, ``<span>``/``<strong>`` runs that split words and numbers (``<span>12</span><span>6家</span>``), entities,
images, a ``<table>`` with ``rowspan``/``colspan``, a footer, and ``display:none`` blocks a reader never sees.

lxml.html (the parser python-docx already brings) reads the page as a browser does; this module renders what a
reader sees in the layout of the .txt briefings: every block (p, div, li, h1–h6, a ``<br>``-separated line) on a
line of its own with a blank line after it, inline runs joined without spaces, a table one tab-separated line per
row (a multi-level header folded into one header row), scripts, styles, hidden elements and images dropped. A
block made only of links (a menu entry, a 网站地图 footer) is navigation and is dropped, as ``markdown.py`` does; the
site's other furniture lines (发布时间 …, 打印本页, 版权所有 …) go in ``webpage.strip_web_furniture`` like any page's.
"""

from __future__ import annotations

import re

# Elements whose content a reader never sees as text.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed",
                   "select", "option", "textarea", "button", "input", "img", "svg", "map", "nav"})
# Elements that start and end a line (a paragraph of their own).
BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                    "tr", "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "hr",
                    "form", "fieldset", "center", "address", "figure", "figcaption", "caption", "body", "td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# &nbsp; &ensp; &emsp; &thinsp; …: spacing on a web page is a plain space (the ideographic space U+3000 is kept).
WEB_SPACE = re.compile(r"[\xa0\u2000-\u200a\u202f\u205f]")
_CJK_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_SEPARATORS = re.compile(r"[\s>»›|｜/·•、\-]*")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Labels a page declares for what is GB18030 or its subsets (a browser reads all of them as GB18030).
_GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58",
              "cp936", "ms936", "windows-936"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` near its top (GBK family → gb18030), or None."""
    found = _CHARSET.search(data[:8192])
    if not found:
        return None
    label = found.group(1).decode("ascii").lower()
    return "gb18030" if label in _GB_LABELS else label


def decode_page(data: bytes, detect) -> tuple[str, str, tuple[str, ...]]:
    """A page's markup decoded as (text, encoding, warnings). Bytes that are valid UTF-8 are UTF-8 whatever the
    ``<meta>`` says (a browser that re-encodes a saved page may keep the old declaration, and GBK Chinese is never
    valid UTF-8); otherwise the declared charset, unless a BOM says otherwise; a missing, unknown or wrong
    declaration falls back to ``detect()``, the loader's text detection."""
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    charset = declared_charset(data)
    if charset and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(charset), charset, ()
        except (LookupError, UnicodeDecodeError):
            pass
    return detect()


def _hidden(el) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")) or el.get("role") == "navigation")


def join_wrapped(left: str, right: str) -> str:
    """Two pieces of one line across a source line break (an HTML source line, a Markdown soft break): Chinese joins
    without a space, Latin words keep one. The HTML and Markdown readers both join so."""
    if not left or not right:
        return left + right
    if _CJK_EDGE.match(left[-1]) or _CJK_EDGE.match(right[0]):
        return left + right
    return left + " " + right


def _clean(raw: str) -> str:
    """A line's text with HTML whitespace collapsed as a browser does; a source line break between Chinese is none."""
    raw = re.sub(r"[ \t\r\f]*\n[ \t\r\n\f]*", "\x00", WEB_SPACE.sub(" ", raw))
    raw = re.sub(r"[ \t\r\f]+", " ", raw)
    parts = [part.strip(" ") for part in raw.split("\x00")]
    text = parts[0]
    for part in parts[1:]:
        text = join_wrapped(text, part)
    return text.strip(" ")


class _Lines:
    """The page's lines as they are built: the current line's pieces and whether any is outside a link."""

    def __init__(self):
        self.lines: list[str] = []
        self.pieces: list[str] = []
        self.words = False

    def add(self, text: str, in_link: bool) -> None:
        if text:
            self.pieces.append(text)
            if not in_link and not _SEPARATORS.fullmatch(text):
                self.words = True

    def end(self) -> None:
        text = _clean("".join(self.pieces))
        if text and self.words:  # a line made only of links is navigation
            self.lines.append(text)
        self.pieces, self.words = [], False


def _walk(el, out: _Lines, in_link: bool) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        tag = tag.lower()
        if tag and tag not in _SKIP and not _hidden(child):
            if tag == "br":
                out.end()
            elif tag == "table" and not is_layout_table(child):
                out.end()
                out.lines.extend(table_lines(child))
            elif tag in BLOCKS:
                out.end()
                out.add(list_marker(child) if tag == "li" else "", False)
                out.add(child.text or "", in_link)
                _walk(child, out, in_link)
                out.end()
            else:
                link = in_link or tag == "a"
                out.add(child.text or "", link)
                _walk(child, out, link)
        out.add(child.tail or "", in_link)  # the tail follows the element, even a skipped one


_BLOCK_PATH = "|".join(f".//{tag}" for tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br"))
# A data cell holds a label or a figure, at most a short phrase; a cell with this much text holds prose.
MAX_DATA_CELL_CHARS = 120


def is_layout_table(table) -> bool:
    """A table used to lay out the page (an older CMS puts the whole article in a cell), not a table of data: a cell
    holds a nested table, several paragraphs or lines, or a paragraph's worth of text. Its cells are read as blocks."""
    for cell in table.iter("td", "th"):
        if cell.find(".//table") is not None:
            return True
        if len(cell.xpath(_BLOCK_PATH)) >= 3 or len("".join(cell.itertext()).strip()) > MAX_DATA_CELL_CHARS:
            return True
    return False


def list_marker(li) -> str:
    """The marker a browser draws before a list item: its number in an ``<ol>`` (``start``/``value`` kept), a
    bullet in a ``<ul>``. It is not in the markup, but the items are an enumeration (1. 2. 3.), as in markdown.py."""
    parent = li.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return "• " if parent is not None and parent.tag == "ul" else ""
    number = _span(parent.get("start")) if parent.get("start") else 1
    for item in parent.iterchildren("li"):
        if item.get("value"):
            number = _span(item.get("value"))
        if item is li:
            return f"{number}. "
        number += 1
    return ""


def _cell_text(cell) -> str:
    out = _Lines()
    out.add(cell.text or "", False)
    _walk(cell, out, False)
    out.end()
    return " ".join(out.lines)


def table_lines(table) -> list[str]:
    """One tab-separated line per row. ``rowspan``/``colspan`` cells are laid on a grid; header rows (only ``<th>``
    cells, or spanned at the top) are folded into one header line, a column's labels joined (电气隐患（处） over 发现 →
    电气隐患（处）发现), so every column of every data row has one header cell; data cells are written once."""
    rows = [tr for tr in table.iter("tr") if not _hidden(tr) and _owner(tr) is table]
    grid: dict[tuple[int, int], tuple[str, bool, bool]] = {}  # (row, col) → (text, is_th, is the cell's origin)
    width = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th") or _hidden(cell):
                continue
            while (r, c) in grid:
                c += 1
            span_r, span_c = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            text, is_th = _cell_text(cell), cell.tag.lower() == "th"
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = (text, is_th, dr == 0 and dc == 0)
            c += span_c
            width = max(width, c)
    header = 0
    while header < len(rows) and all(grid.get((header, c), ("", True, True))[1] for c in range(width)):
        header += 1
    lines = []
    if header:
        labels = []
        for c in range(width):
            parts: list[str] = []
            for r in range(header):
                text = grid.get((r, c), ("", True, True))[0]
                if text and text not in parts:
                    parts.append(text)
            labels.append("".join(parts))
        lines.append("\t".join(labels))
    for r in range(header, len(rows)):
        cells = [grid[(r, c)][0] if (r, c) in grid and grid[(r, c)][2] else "" for c in range(width)]
        if any(cells):
            lines.append("\t".join(cells).rstrip("\t"))
    return lines


def _owner(tr):
    """The table a row belongs to (not an outer table holding a nested one)."""
    el = tr.getparent()
    while el is not None and (not isinstance(el.tag, str) or el.tag.lower() != "table"):
        el = el.getparent()
    return el


def _span(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), 100)
    except ValueError:
        return 1


def html_to_text(markup: str) -> str:
    """Render a decoded HTML page as the parser's plain text: one block per line, a blank line between blocks."""
    import lxml.html

    markup = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", markup)  # lxml refuses a str with an XML declaration
    if not markup.strip():
        return ""
    root = lxml.html.document_fromstring(markup)
    body = root.find("body")
    out = _Lines()
    _walk(body if body is not None else root, out, False)
    out.end()
    return "\n\n".join(out.lines) + "\n"
