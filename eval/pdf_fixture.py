"""What the PDF fixtures of the extra corpus share (eval/make_extra_2025_20.py, eval/make_extra_2025_30.py,
eval/make_extra_2026_10.py): reportlab
in its built-in CJK font STSong-Light (no font file needed), the paragraph styles of a briefing, and an A4 document
with a running header from page 2 and a page footer, built byte-for-byte reproducibly (``invariant=1``)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

FONT = "STSong-Light"


def briefing_styles(centred_titles: bool) -> dict:
    """Masthead, issue line, office line, TOC, section, title, editor's note, body, caption, table cell, closing."""
    from reportlab.lib.styles import ParagraphStyle

    base = dict(fontName=FONT, fontSize=12, leading=20, wordWrap="CJK")
    return {
        "mast": ParagraphStyle("mast", fontName=FONT, fontSize=30, leading=40, alignment=1, spaceAfter=6),
        "issue": ParagraphStyle("issue", alignment=1, spaceAfter=4, **base),
        "office": ParagraphStyle("office", **base),
        "tochead": ParagraphStyle("tochead", fontName=FONT, fontSize=14, leading=24, alignment=1, spaceBefore=8),
        "toc": ParagraphStyle("toc", **base),
        "sec": ParagraphStyle("sec", spaceBefore=8, **base),
        "title": ParagraphStyle("title", fontName=FONT, fontSize=15, leading=24, alignment=1 if centred_titles else 0,
                                spaceBefore=6, spaceAfter=6, wordWrap="CJK"),
        "editor": ParagraphStyle("editor", firstLineIndent=24, spaceAfter=6, **base),
        "p": ParagraphStyle("p", firstLineIndent=24, spaceAfter=4, **base),
        "caption": ParagraphStyle("caption", alignment=1, **base),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=14, wordWrap="CJK"),
        "close": ParagraphStyle("close", **base),
    }


def toc_story(toc, styles) -> list:
    """The contents: one line per (title, page) with · leaders (a column heading has no page), then a gap."""
    from reportlab.platypus import Paragraph, Spacer

    lines = [Paragraph(t if page is None else f"{t}{'·' * max(4, 44 - 2 * len(t))}{page}", styles["toc"]) for t, page in toc]
    return [*lines, Spacer(1, 10)]


def ruled_table(rows) -> list:
    """A ruled 4-column table of ``rows`` (header first), centred, then a gap."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    table = Table([list(row) for row in rows], colWidths=[90, 100, 110, 100])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 11), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return [table, Spacer(1, 8)]


def closing_story(closing, styles) -> list:
    """The rule over the 报/送 block and its lines."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph

    rule = HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=12, spaceAfter=4)
    return [rule, *(Paragraph(line, styles["close"]) for line in closing)]


def write_pdf(out: Path, make_story: Callable[[], list], header: str, footer: str, title: str, font=None) -> Path:
    """Lay out ``make_story()`` on A4 with ``header`` from page 2 and ``footer`` (with ``{page}``) on every page;
    ``font``, when given, is registered as ``FONT`` instead of the plain built-in CID font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate

    pdfmetrics.registerFont(font if font is not None else UnicodeCIDFont(FONT))
    width, height = A4

    def decorate(canvas, doc) -> None:
        canvas.setFont(FONT, 9)
        if doc.page > 1:
            canvas.drawCentredString(width / 2, height - 40, header)
        canvas.drawCentredString(width / 2, 30, footer.format(page=doc.page))

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=62, bottomMargin=56,
                            invariant=1, title=title, author="江苏省应急管理厅办公室")
    doc.build(make_story(), onFirstPage=decorate, onLaterPages=decorate)
    return out
