"""The text a reader sees in a Word file: tracked changes shown as final, content controls, footnotes.

python-docx's ``Paragraph.text`` reads only the runs that are direct children of a paragraph (and of a hyperlink),
and ``Document.iter_inner_content`` only the paragraphs and tables that are direct children of the body. A draft
that reaches staff with 修订 (track changes) still on and never accepted, or made from a form template, holds text
elsewhere:
- an inserted run sits in ``w:ins`` and a moved paragraph's new copy in ``w:moveTo``: both ARE the text, and were
  lost; a deleted run (``w:del``, its text in ``w:delText``) and a moved paragraph's old copy (``w:moveFrom``)
  are NOT the text (Word shows them struck through, or not at all once final);
- a content control (``w:sdt``) wraps runs inside a paragraph (a date picker) or whole paragraphs and tables at
  body level or in a cell (a masthead block, an article's points): its ``w:sdtContent`` is the text; so is the
  content of ``w:smartTag``, ``w:customXml``, ``w:fldSimple``, ``w:dir`` and ``w:bdo`` wrappers;
- a complex field (``w:fldChar`` … ``w:instrText`` … separate … result … end): the instruction is not text, its
  last result is (python-docx never reads ``w:instrText``, and neither does this);
- a footnote (脚注) is printed at the foot of the page, and its reference mark is a run with no text. It is read,
  as a note (``注：…``) after the paragraph that refers to it: a data-source note is something staff read and ask
  about; a comment (批注, comments.xml) is the editors' conversation, not the briefing's text, and is never read.
A paragraph whose whole content and mark were deleted (or moved away) is gone, numbering label and all.
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.table import Table
from docx.text.paragraph import Paragraph

from .docx_boxes import box_blocks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Wrappers of runs inside a paragraph whose content is the current text.
_INLINE_WRAPPERS = {_W + t for t in ("ins", "moveTo", "hyperlink", "sdt", "sdtContent", "smartTag", "customXml",
                                     "fldSimple", "dir", "bdo")}
# Wrappers of paragraphs and tables (at body level or in a cell) whose content is the current text.
_BLOCK_WRAPPERS = {_W + t for t in ("sdt", "sdtContent", "customXml")}
# The children of a run that python-docx turns into text (Run.text): the same, so plain files read as before.
_RUN_TEXT = {_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab")}
_GONE_MARK = (_W + "del", _W + "moveFrom")
NOTE_PREFIX = "注："


def paragraph_text(p) -> str:
    """The text of one ``w:p`` as Word shows it with every tracked change accepted."""
    return "".join(_inline_text(child) for child in p.iterchildren())


def _inline_text(element) -> str:
    if element.tag == _W + "r":
        return "".join(str(c) for c in element.iterchildren() if c.tag in _RUN_TEXT)
    if element.tag in _INLINE_WRAPPERS:
        return "".join(_inline_text(child) for child in element.iterchildren())
    return ""  # w:del, w:moveFrom, w:pPr, w:sdtPr, bookmarks, comment ranges, math …


def is_gone(paragraph: Paragraph) -> bool:
    """A paragraph whose mark was deleted or moved away and that keeps no text: Word shows nothing of it."""
    rpr = paragraph._p.find(f"{_W}pPr/{_W}rPr")
    return rpr is not None and any(rpr.find(tag) is not None for tag in _GONE_MARK) and not text_of(paragraph)


def text_of(paragraph: Paragraph) -> str:
    return paragraph_text(paragraph._p)


def blocks(container, parent) -> list[Paragraph | Table]:
    """The paragraphs and tables of a body or cell element in document order, content controls opened."""
    found: list[Paragraph | Table] = []
    for child in container.iterchildren():
        if child.tag == _W + "p":
            found.append(Paragraph(child, parent))
        elif child.tag == _W + "tbl":
            found.append(Table(child, parent))
        elif child.tag in _BLOCK_WRAPPERS:
            found.extend(blocks(child, parent))
    return found


def cell_text(cell) -> str:
    """A table cell's paragraphs (content controls opened), one line each, as python-docx's ``_Cell.text``."""
    return "\n".join(text_of(b) for b in blocks(cell._tc, cell) if isinstance(b, Paragraph))


def table_rows(table) -> list[str]:
    """One tab-separated line per non-empty row, each merged cell once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell_text(cell).split("\n")).strip())
        if any(cells):
            rows.append("\t".join(cells))  # tab-separated, as Word copies a table row
    return rows


class Footnotes:
    """The footnotes of a document by id (separators left out), and the notes a paragraph refers to."""

    def __init__(self, document):
        self._text: dict[str, str] = {}
        for rel in document.part.rels.values():
            if rel.reltype != RT.FOOTNOTES or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root.iterchildren(_W + "footnote"):
                if note.get(_W + "type") in (None, "normal"):
                    text = "".join(paragraph_text(p) for p in note.iter(_W + "p")).strip()
                    if text:
                        self._text[note.get(_W + "id")] = text

    def notes_of(self, paragraph: Paragraph) -> list[str]:
        """``注：…`` for each footnote the paragraph's current text refers to, in order."""
        if not self._text:
            return []
        ids = [ref.get(_W + "id") for ref in _current_refs(paragraph._p)]
        return [NOTE_PREFIX + self._text[i] for i in ids if i in self._text]


def _current_refs(element):
    for child in element.iterchildren():
        if child.tag == _W + "r":
            yield from child.iterchildren(_W + "footnoteReference")
        elif child.tag in _INLINE_WRAPPERS:
            yield from _current_refs(child)


def block_texts(block, numbering, notes: Footnotes) -> list[str]:
    """The lines of one body paragraph or table, as Word shows them with tracked changes accepted (docx_text);
    its footnotes follow it as notes, then a text box's own paragraphs. ``numbering``: a docx_numbering.Numbering."""
    if isinstance(block, Table):
        return table_rows(block)
    if is_gone(block):
        return []
    text = text_of(block)
    texts = [label + text] if (label := numbering.label(block)) + text.strip() else []
    texts.extend(notes.notes_of(block))
    for inner in box_blocks(block):
        texts.extend(block_texts(inner, numbering, notes))
    return texts
