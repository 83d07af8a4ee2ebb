"""Word text boxes (floating shapes): the paragraphs and tables they hold, each box once, beside their anchor.

A text box is not a body paragraph. Its content (``w:txbxContent``) sits inside a run of the paragraph it is
anchored to, so reading paragraph text loses it: a 红头 template's masthead (title, issue line, office and date),
an 编者按 or a "数说" figure sidebar vanish. Word 2010+ also writes every box twice: as a DrawingML shape in
``mc:Choice`` and as a VML copy in ``mc:Fallback`` for old readers, so reading every ``w:txbxContent`` of a file
doubles each box. ``box_blocks`` gives the content of the boxes anchored in one paragraph, skipping fallback
copies and the boxes nested inside another box (those are the inner box's own anchors, read in turn).
"""

from __future__ import annotations

from docx.table import Table
from docx.text.paragraph import Paragraph

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_BOX = _W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def box_blocks(paragraph: Paragraph) -> list[Paragraph | Table]:
    """Paragraphs and tables of the text boxes anchored in ``paragraph``, in document order, each box once."""
    anchor = paragraph._p
    blocks: list[Paragraph | Table] = []
    for content in anchor.iter(_TEXT_BOX):
        if _within(content, anchor, (_FALLBACK, _TEXT_BOX)):
            continue
        for child in content.iterchildren(_W + "p", _W + "tbl"):
            blocks.append(Paragraph(child, paragraph) if child.tag == _W + "p" else Table(child, paragraph))
    return blocks


def _within(element, anchor, tags: tuple[str, ...]) -> bool:
    """Whether an ancestor of ``element`` below ``anchor`` has one of ``tags``."""
    parent = element.getparent()
    while parent is not None and parent is not anchor:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False
