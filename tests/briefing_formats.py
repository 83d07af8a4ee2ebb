"""Write a laid-out briefing as a file: .txt (UTF-8, GB18030), .docx (python-docx), text-layer .pdf (reportlab).

The PDF is laid out by reportlab itself (its own line and page breaks) in STSong-Light, reportlab's built-in
CJK font, with a page number on every page and the running header from the second page on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from briefing_render import Variant, logical_blocks, physical_lines, render_text, running_header
from briefing_specs import Spec

FORMATS = ("utf8.txt", "gb18030.txt", "docx", "pdf")
PDF_FONT = "STSong-Light"  # reportlab's built-in CJK CID font: no font file needed


@dataclass(frozen=True)
class Rendered:
    path: Path
    titles: tuple[str, ...]  # what the parser must call the articles
    furniture: tuple[str, ...]  # strings the rendering added that must not reach a chunk


def write_docx(spec: Spec, v: Variant, path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One Word paragraph per printed paragraph; furniture left in the body as a flattened export leaves it."""
    import docx
    from docx.enum.text import WD_BREAK

    paras, titles, furniture = physical_lines(spec, v)
    document = docx.Document()
    for lines in paras:
        if v.wrap:  # a hard-wrapped paragraph keeps its line breaks inside one Word paragraph
            run = document.add_paragraph().add_run()
            for k, line in enumerate(x for x in lines if x != "\f"):
                if k:
                    run.add_break()
                run.add_text(line)
            continue
        for line in lines:
            if line == "\f":
                document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return titles, furniture


def _pdf_styles(size: int) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    base = dict(fontName=PDF_FONT, fontSize=size, leading=size * 1.6, wordWrap="CJK", spaceAfter=size * 0.5)
    return {
        "para": ParagraphStyle("para", firstLineIndent=2 * size, **base),
        "title": ParagraphStyle("title", alignment=1, **base),
        "centre": ParagraphStyle("centre", alignment=1, **base),
        "toctitle": ParagraphStyle("toctitle", **base),
        "left": ParagraphStyle("left", **base),
    }


_PDF_STYLE = {"para": "para", "title": "title", "headline": "title", "mast": "centre", "tochead": "centre",
              "toctitle": "toctitle", "section": "left", "dist": "left"}


def _pdf_build(spec: Spec, v: Variant, path: Path, total: int) -> int:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    blocks, _ = logical_blocks(spec, v)
    styles = _pdf_styles(v.pdf_font)
    story = [Paragraph(escape(text).replace("  ", "&nbsp;&nbsp;"), styles[_PDF_STYLE[kind]]) for kind, text in blocks]
    # A4's width (titles fit on one line: wrapped titles are not in the fuzzer, see README), a short page.
    width, height = 595, 480

    def decorate(canvas, doc) -> None:
        canvas.setFont(PDF_FONT, 9)
        if v.header and doc.page > 1:
            canvas.drawCentredString(width / 2, height - 30, running_header(spec))
        canvas.drawCentredString(width / 2, 22, v.footer.format(n=doc.page, m=total))

    doc = SimpleDocTemplate(str(path), pagesize=(width, height), leftMargin=60, rightMargin=60, topMargin=50,
                            bottomMargin=45, invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return doc.page


def write_pdf(spec: Spec, v: Variant, path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A text-layer PDF laid out by reportlab, with a page number on every page and the running header."""
    _, titles = logical_blocks(spec, v)
    pages = _pdf_build(spec, v, path, total=0)
    if "{m}" in v.footer:
        _pdf_build(spec, v, path, total=pages)
    furniture = {v.footer.format(n=n, m=pages) for n in range(1, pages + 1)}
    if v.header and pages > 1:
        furniture.add(running_header(spec))
    return titles, tuple(sorted(furniture))


def render(spec: Spec, v: Variant, fmt: str, directory: Path) -> Rendered:
    """Write ``spec`` in layout ``v`` as format ``fmt`` into ``directory``."""
    path = Path(directory) / f"{spec.name}.{v.name}.{fmt}"
    if fmt.endswith(".txt"):
        text, titles, furniture = render_text(spec, v)
        path.write_bytes(text.encode("gb18030" if fmt.startswith("gb18030") else "utf-8"))
    elif fmt == "docx":
        titles, furniture = write_docx(spec, v, path)
    else:
        titles, furniture = write_pdf(spec, v, path)
    if spec.meta:
        path.with_name(path.name + ".meta.toml").write_text(
            "".join(f"{k} = {json.dumps(val, ensure_ascii=False)}\n" for k, val in spec.meta.items()), encoding="utf-8")
    return Rendered(path, titles, furniture)
