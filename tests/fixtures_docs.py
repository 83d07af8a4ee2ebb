"""Write real fixture documents (GBK text, .docx, text-layer and scanned .pdf, broken files) into a directory.

Every writer takes the target directory and a file name and returns the written path, so
loader, indexing and upload tests can build a corpus from the same helpers.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

# Real paragraphs from index/briefings/000_c4edaeb9e379b5d7.txt and 003_07edcc791e64548a.txt:
# curly quotes, 、，（）, an em dash, ASCII digits — the mix a real briefing has.
SAMPLE_PARAGRAPHS = (
    "2025 年全省“安全生产月”活动启动",
    "5月29日，我省在组织收听收看全国“安全生产月”活动启动仪式后，启动并部署全省“安全生产月”活动。"
    "省政府领导胡彬郴同志出席并讲话。",
    "南通市深入贯彻省安委办关于开展化工、医药企业“打非治违”专项治理行动要求，"
    "立足“早部署、强统筹、创机制、严排查”，创新建立“2+3 工作制”“网格化+专业化”等特色机制，"
    "推动专项治理取得阶段性成效。截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、"
    "医药生产企业 121 家，立案查处违法违规行 9 家次。",
    "二是聚焦“专业化”，在“内”与“外”上强支撑。推动10个县级部门安全监管机构由“挂”转“设”，增配人员16名。"
    "依托行业商会协会组建安全生产协作组1021个，构建“政府引导—协会搭台—企业联动”的格局。",
)

# reportlab's built-in Adobe CJK font: no font file needed, and pypdf maps its
# UniGB-UCS2-H encoding back to Unicode, so the text layer round-trips.
PDF_CJK_FONT = "STSong-Light"


def write_text(
    directory: Path, name: str, text: str, encoding: str = "utf-8", *, bom: bool = False, newline: str = "\n"
) -> Path:
    """Write ``text`` in ``encoding`` (optionally with a UTF-8 BOM and CRLF/CR newlines)."""
    path = Path(directory) / name
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = codecs.BOM_UTF8 + data
    path.write_bytes(data)
    return path


def write_gbk_txt(directory: Path, name: str, text: str, encoding: str = "gbk", newline: str = "\n") -> Path:
    """Write ``text`` as GBK (or ``encoding="gb18030"``), as Windows Chinese editors save it."""
    return write_text(directory, name, text, encoding, newline=newline)


def write_docx(directory: Path, name: str, paragraphs: Sequence[str | Sequence[Sequence[str]]]) -> Path:
    """Write a .docx; each item is a paragraph string, or a table given as rows of cell strings."""
    import docx

    document = docx.Document()
    for block in paragraphs:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        rows = [list(row) for row in block]
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, cell_text in enumerate(row):
                table.cell(r, c).text = cell_text
    path = Path(directory) / name
    document.save(str(path))
    return path


def write_pdf(
    directory: Path, name: str, paragraphs: Sequence[str], *, paragraphs_per_page: int | None = None
) -> Path:
    """Write a text-layer PDF in STSong-Light; ``paragraphs_per_page`` forces page breaks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_CJK_FONT))
    # wordWrap="CJK" lets lines break between ideographs (there are no spaces to break at).
    style = ParagraphStyle("cjk", fontName=PDF_CJK_FONT, fontSize=12, leading=18, wordWrap="CJK", spaceAfter=12)
    story = []
    for i, text in enumerate(paragraphs):
        if paragraphs_per_page and i and i % paragraphs_per_page == 0:
            story.append(PageBreak())
        story.append(Paragraph(escape(text), style))
    path = Path(directory) / name
    # invariant=1 keeps the bytes identical across runs, so content hashes are stable.
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def write_scanned_pdf(directory: Path, name: str, pages: int = 1) -> Path:
    """Write a PDF like a scan: only drawings on each page, no text layer at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = Path(directory) / name
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        c.setFillGray(0.9)
        c.rect(40, 40, 515, 760, fill=1, stroke=1)
        c.setFillGray(0.2)
        for y in range(700, 100, -24):  # dark bars where the scanned lines of text would be
            c.rect(70, y, 455, 10, fill=1, stroke=0)
        c.circle(480, 760, 20, fill=0, stroke=1)  # the red seal, as an outline
        c.showPage()
    c.save()
    return path


def write_encrypted_pdf(directory: Path, name: str, paragraphs: Sequence[str], user_password: str = "secret") -> Path:
    """Write a text-layer PDF encrypted with ``user_password`` ("" = owner password only)."""
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_CJK_FONT))
    path = Path(directory) / name
    # RC4-128: pypdf decrypts it without the optional cryptography package.
    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-pw", strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc, invariant=1)
    c.setFont(PDF_CJK_FONT, 12)
    y = 800
    for text in paragraphs:
        c.drawString(40, y, text)
        y -= 24
    c.showPage()
    c.save()
    return path


def write_binary_as_txt(directory: Path, name: str = "image.txt") -> Path:
    """Write PNG-like binary bytes (with NULs) under a text name."""
    path = Path(directory) / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def write_control_chars_as_txt(directory: Path, name: str = "controls.txt") -> Path:
    """Write binary-looking bytes with no NUL: mostly control characters, valid UTF-8."""
    path = Path(directory) / name
    path.write_bytes(bytes(range(1, 32)) * 20 + "文字".encode())
    return path


def write_junk_docx(directory: Path, name: str = "broken.docx") -> Path:
    """Write a zip that is not a Word package, renamed .docx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("junk.txt", "这不是 Word 文档")
        zf.writestr("data.bin", bytes(range(256)))
    path = Path(directory) / name
    path.write_bytes(buffer.getvalue())
    return path


def write_empty(directory: Path, name: str = "empty.txt", content: bytes = b"") -> Path:
    """Write an empty file (or ``content``, e.g. only whitespace)."""
    path = Path(directory) / name
    path.write_bytes(content)
    return path


def write_pdf_bomb(directory: Path, name: str, pages: int = 40, stream_bytes: int = 70_000_000,
                   unit: bytes = b" ") -> Path:
    """Write a decompression-bomb PDF: ``pages`` pages whose content streams each inflate to ``stream_bytes``
    (the defaults are the issue's 2.8 MB file of 40 × 70 MB streams). One compressed payload serves every page."""
    import zlib

    payload = zlib.compress(unit * (stream_bytes // len(unit)), 9)
    font = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    kids = []
    for i in range(pages):
        page, content = 3 + 2 * i, 4 + 2 * i
        kids.append(b"%d 0 R" % page)
        objects[page] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s /Contents %d 0 R >>" % (font, content)
        objects[content] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(payload), payload)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (n, objects[n])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = Path(directory) / name
    path.write_bytes(bytes(out))
    return path


def write_docx_bomb(directory: Path, name: str, padding_bytes: int = 300_000_000) -> Path:
    """Write a real .docx whose document.xml is padded with ``padding_bytes`` of whitespace (a zip bomb:
    a few hundred KB on disk)."""
    source = write_docx(directory, f".{name}.src", [SAMPLE_PARAGRAPHS[1]])
    path = Path(directory) / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with dst.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(head + b"<w:body>")
                block = b" " * (1 << 20)
                for _ in range(padding_bytes >> 20):
                    member.write(block)
                member.write(tail)
    source.unlink()
    return path
