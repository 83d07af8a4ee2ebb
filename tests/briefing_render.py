"""Render a structured briefing in the layouts real exports produce, as .txt (UTF-8, GB18030), .docx and .pdf.

A ``Spec`` is what a briefing says (masthead, sections, titles, paragraphs); a variant is how one export lays
it out (page numbers and their style, running headers, page breaks inside words, masthead spelling, newlines,
TOC present, absent or disagreeing). The layout fuzzer renders specs, parses them back through the real loader
and parser, and compares structure.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from rag_assistant.ingest.gazetteer import DATA_FILE, find_places
from rag_assistant.types import Briefing

FORMATS = ("utf8.txt", "gb18030.txt", "docx", "pdf")
PDF_FONT = "STSong-Light"  # reportlab's built-in CJK CID font: no font file needed
CN_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class ArticleSpec:
    title: str
    section: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    """What a briefing says, independent of layout."""

    name: str
    publication: str
    year: int | None
    number: int | None
    date: str | None
    office: str | None
    headline: str | None
    articles: tuple[ArticleSpec, ...]
    meta: dict | None = None  # a sidecar the real file has (the feature issue without number or date)

    @property
    def issue(self) -> str | None:
        return f"{self.year}年第{self.number}期" if self.number is not None else None


@dataclass(frozen=True)
class Rendered:
    path: Path
    titles: tuple[str, ...]  # what the parser must call the articles
    furniture: tuple[str, ...]  # strings the rendering added that must not reach a chunk


def spec_from_briefing(b: Briefing, meta: dict | None = None) -> Spec:
    """The structure of a parsed briefing."""
    arts = tuple(ArticleSpec(a.title, a.section, a.paragraphs) for a in b.articles)
    return Spec(b.source, b.publication or "江苏应急管理简报", b.year, b.number, b.date, b.office, b.headline, arts, meta)


# ---------------------------------------------------------------- generated briefings

_TOPICS = ("安全生产专项整治", "危险化学品风险防控", "城镇燃气安全排查", "防汛防台准备", "基层监管队伍建设",
           "企业主体责任落实", "消防安全隐患整治", "道路运输安全管理", "森林防灭火工作", "工贸行业安全检查")
_ACTIONS = ("扎实推进", "全面加强", "持续深化", "创新开展", "多措并举推进", "聚焦重点抓好")
_SECTIONS = ("地方动态", "工作动态", "重要新闻", "地方工作")


def _places() -> dict[str, list[str]]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    counties: dict[str, list[str]] = {c["name"]: [] for c in data["cities"]}
    for c in data["counties"]:
        if "bare_needs_city" not in c:
            counties[c["city"]].append(c["full"])
    return counties


def _paragraph(rng: random.Random, n: int, city: str, county: str) -> str:
    # Every sentence carries a random figure: the parser indexes a sentence repeated in one briefing only once.
    ordinal = "一二三四五六"[n]
    return rng.choice((
        f"{ordinal}是{rng.choice(_ACTIONS)}{rng.choice(_TOPICS)}，出动检查人员 {rng.randint(10, 9000)} 人次。"
        f"全市累计排查企业 {rng.randint(100, 40000)} 家，整改隐患 {rng.randint(10, 9000)} 处，立案查处 {rng.randint(1, 300)} 起。",
        f"{ordinal}是强化{rng.choice(_TOPICS)}，组织培训{rng.randint(2, 400)}场次，覆盖{rng.randint(100, 90000)}人次，"
        f"{county}率先建立“{rng.randint(2, 9)}+{rng.randint(2, 9)}”工作机制，{rng.randint(2, 60)}个镇街实现全覆盖。",
        f"{city}市坚持问题导向，推动{rng.choice(_TOPICS)}取得阶段性成效，投入资金 {rng.randint(1, 900)}.{rng.randint(1, 9)} 亿元，"
        f"新增物联感知设备 {rng.randint(100, 5000)} 套，覆盖 {rng.randint(3, 99)}% 的重点企业。",
    ))


def generated_spec(seed: int) -> Spec:
    """A briefing with random cities and counties from the gazetteer, random figures and 2–5 articles."""
    rng = random.Random(seed)
    places = _places()
    year = rng.randint(2019, 2026)
    articles = []
    count = rng.randint(2, 5)
    first, second = rng.sample(_SECTIONS, 2)
    split = rng.randint(1, count)
    for k in range(count):
        city = rng.choice(list(places))
        county = rng.choice(places[city])
        lead = rng.choice((f"{city}市：", f"{city}{county}：", city))
        title = f"{lead}{rng.choice(_ACTIONS)}{rng.choice(_TOPICS)}"
        paras = tuple(_paragraph(rng, n, city, county) for n in range(rng.randint(2, 5)))
        articles.append(ArticleSpec(title, first if k < split else second, paras))
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Spec(f"gen{seed:03d}", "江苏应急管理简报", year, rng.randint(1, 30), date,
                rng.choice(("江苏省应急管理厅办公室", "江苏省应急管理厅")), None, tuple(articles))


# ---------------------------------------------------------------- variants


@dataclass(frozen=True)
class Variant:
    """One export's layout choices."""

    name: str
    newline: str = "\n\n"  # between paragraphs
    crlf: bool = False
    masthead: str = "standard"  # standard | compact | cn_total | one_line
    toc: str = "present"  # present | absent | disagree | place | paged (leader dots and a page number)
    page_chars: int = 0  # body characters per page; 0 = no page furniture
    footer: str = "— {n} —"  # page number style; {n} this page, {m} pages
    inline: bool = False  # furniture glued into the cut sentence, no line breaks
    header: bool = False  # running header at the top of every page after the first
    form_feed: bool = False
    indent: str = ""  # printed before each body paragraph
    wrap: int = 0  # hard-wrap width in columns (a text export of a PDF)
    pdf_font: int = 11


VARIANTS = (
    Variant("plain"),
    Variant("single_newline_dash_footer", newline="\n", page_chars=330),
    Variant("crlf_hyphen_footer", crlf=True, page_chars=420, footer="- {n} -"),
    Variant("dash_footer_running_header", page_chars=330, header=True, pdf_font=11),
    Variant("form_feed_hyphen_header", page_chars=380, footer="- {n} -", form_feed=True, header=True, pdf_font=10),
    Variant("dot_inline", page_chars=300, footer="·{n}·", inline=True),
    Variant("page_of_total_header", page_chars=350, footer="第 {n} 页 共 {m} 页", header=True),
    Variant("bare_number_form_feed", page_chars=310, footer="{n}", form_feed=True, pdf_font=11),
    Variant("inline_footer_and_header", page_chars=330, inline=True, header=True),
    Variant("cn_date_total_toc_disagrees", masthead="cn_total", toc="disagree", page_chars=380, footer="第 {n} 页"),
    Variant("one_line_masthead", masthead="one_line", page_chars=380, footer="－{n}－", pdf_font=11),
    Variant("no_toc_compact", masthead="compact", toc="absent", page_chars=330, footer="{n}/{m}"),
    Variant("body_title_place_outside_jiangsu", toc="place", page_chars=420, header=True),
    Variant("hard_wrapped_indented", newline="\n", wrap=76, indent="\u3000\u3000", page_chars=330, header=True),
    Variant("full_width_indent", masthead="compact", indent="\u3000\u3000", page_chars=400, footer="·{n}·"),
    Variant("toc_with_page_numbers_crlf", toc="paged", crlf=True, page_chars=350, footer="— {n} —", header=True),
)


def _cn_number(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])


def _cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + f"年{_cn_number(m)}月{_cn_number(d)}日"


def _spaced_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y} 年 {m} 月 {d} 日"


def running_header(spec: Spec) -> str:
    """The line printed at the top of every page after the first."""
    return f"{spec.publication}（{spec.issue}）" if spec.issue else spec.publication


def masthead_lines(spec: Spec, style: str) -> list[str]:
    """The masthead as printed in one of four styles."""
    if spec.number is None:
        return []
    y, n, date = spec.year, spec.number, spec.date
    office = [spec.office] if spec.office else []
    if style == "compact":
        return ["注意保存", spec.publication, f"{y}年第{n}期", *office, date and _spaced_date(date).replace(" ", "")]
    if style == "cn_total":
        return [spec.publication, f"{y} 年第 {n} 期（总第{300 + n}期）", *office, date and _cn_date(date)]
    if style == "one_line":
        return ["注意保存", f"{spec.publication}（{y}年第{n}期）", "        ".join([*office, _spaced_date(date)])]
    return ["注意保存", spec.publication, f"{y} 年第 {n} 期", *office, date and _spaced_date(date)]


def _toc_wording(title: str) -> str:
    """The same title as a TOC typed by another hand: one character more, same spacing."""
    cut = len(title) * 2 // 3
    return title[:cut] + "的" + title[cut:]


@lru_cache(maxsize=1)
def _elsewhere() -> tuple[str, ...]:
    names = json.loads(DATA_FILE.read_text(encoding="utf-8"))["elsewhere"]
    return tuple(sorted(n for n in names if not n.endswith(("市", "省", "区", "州")) or len(n) == 2))


def _lookalike(name: str) -> str | None:
    """A city outside Jiangsu spelled like ``name`` (淮安 → 淮北): the slip a TOC/body conflict shows."""
    same = [n for n in _elsewhere() if len(n) == len(name) and n != name]
    for keep in (lambda n: n[0] == name[0], lambda n: n[-1] == name[-1]):
        if found := [n for n in same if keep(n)]:
            return found[0]
    return None


def _swap_place(title: str) -> str | None:
    """The title with its first Jiangsu place printed as a lookalike city outside Jiangsu; None without one."""
    places = find_places(title)
    if not places:
        return None
    spelled = next(f for f in (places[0].full, places[0].name) if f in title)
    stem = spelled[:-1] if spelled.endswith("市") else spelled
    other = _lookalike(stem)
    return title.replace(stem, other, 1) if other else None


def logical_blocks(spec: Spec, v: Variant) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """(kind, text) blocks in reading order, and the titles the parser must report."""
    blocks = [("mast", line) for line in masthead_lines(spec, v.masthead) if line]
    sections = [a.section for a in spec.articles]
    titles = [a.title for a in spec.articles]
    printed = list(titles)
    if v.toc == "place":
        printed = [_swap_place(t) or t for t in titles]
    has_toc = v.toc != "absent" and all(sections)
    if has_toc:
        blocks.append(("tochead", "内 容 要 目"))
        last = None
        for a in spec.articles:
            if a.section != last:
                blocks.append(("section", f"【{a.section}】"))
                last = a.section
            entry = _toc_wording(a.title) if v.toc == "disagree" else a.title
            blocks.append(("toctitle", f"{entry} {'…' * 8} {len(blocks) // 4 + 1}" if v.toc == "paged" else entry))
    last = None
    for k, a in enumerate(spec.articles):
        if a.section and a.section != last:
            blocks.append(("section", f"【{a.section}】"))
            last = a.section
        if k == 0 and spec.headline:  # a feature issue: cover title, then its headline, then the body
            blocks += [("title", printed[0]), ("headline", spec.headline)]
        else:
            blocks.append(("title", printed[k]))
        blocks += [("para", p) for p in a.paragraphs]
    blocks += [("dist", "报：省委书记、省长，省安委会副主任。"), ("dist", "送：省安委会主要成员单位，各设区市委、市政府。")]
    if spec.office:
        blocks.append(("dist", spec.office))
    if spec.date:
        y, m, d = (int(x) for x in spec.date.split("-"))
        blocks.append(("dist", f"{y}年{m}月{d}日印发"))
    expected = tuple(titles if has_toc or v.toc != "place" else printed)
    return blocks, expected


# ---------------------------------------------------------------- physical layout


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _cut_point(text: str, line: int, at: int) -> int | None:
    """A cut inside ``text`` at a multiple of the line width from ``at`` on, between two ideographs."""
    for pos in range(max(line, at - at % line), len(text) - 1, line):
        for shift in range(line):  # the next spot inside a word
            q = pos + shift
            if q < len(text) - 1 and _is_cjk(text[q - 1]) and _is_cjk(text[q]):
                return q
    return None


def _line_end(text: str, v: Variant, at: int) -> int | None:
    """The first end of a wrapped line at or after ``at``: where a page of a hard-wrapped export ends."""
    end = 0
    for line in _wrap(v.indent + text, v.wrap, "")[:-1]:
        end += len(line)
        if end - len(v.indent) >= at:
            return end - len(v.indent)
    return None


def _columns(text: str) -> int:
    return sum(2 if ord(ch) > 0x2000 else 1 for ch in text)


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """Hard-wrap by display columns, as a text export of a page does."""
    lines, line, used = [], indent, 2 * len(indent)
    for ch in text:
        w = 2 if ord(ch) > 0x2000 else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        if ch == " " and not line:
            continue  # a space where a line breaks is not printed
        line += ch
        used += w
    return lines + [line]


def _lay_out(kind: str, text: str, wrap: int) -> list[str]:
    """One block's lines: as is, or (a text export of a PDF) wrapped, headings centred, TOC entries indented."""
    if not wrap:
        return [text]
    if kind == "para":
        return _wrap(text, wrap, "")
    if kind in ("title", "headline", "mast", "tochead"):  # centred: a line that wrapped is full, the rest centred
        # Space above and below a heading: a text export (pdftotext -layout) prints it as a blank line.
        return ["", *(" " * ((wrap - _columns(ln)) // 2) + ln for ln in _wrap(text, wrap, "")), ""]
    if kind == "toctitle":
        return ["    " + ln for ln in _wrap(text, wrap - 8, "")]
    return [text]


def physical_lines(spec: Spec, v: Variant) -> tuple[list[list[str]], tuple[str, ...], tuple[str, ...]]:
    """Paragraphs as lists of lines (page furniture inserted), expected titles, the furniture strings used."""
    blocks, titles = logical_blocks(spec, v)
    paras: list[list[str]] = []
    pages = [[]]  # body text per page, to count pages before numbering them
    cuts: list[tuple[int, int]] = []  # (paragraph index, offset) where a page ends
    budget = v.page_chars
    for i, (kind, text) in enumerate(blocks):
        if v.page_chars and kind == "para":
            start = 0
            while budget < len(text) - start:
                cut = (_line_end(text, v, start + max(budget, 1)) if v.wrap
                       else _cut_point(text, 38, start + max(budget, 1)))
                if cut is None:
                    break
                cuts.append((i, cut))
                start, budget = cut, v.page_chars
            budget -= len(text) - start
    total = len(cuts) + 1
    furniture: set[str] = set()

    def page_break(n: int) -> list[str]:
        footer = v.footer.format(n=n, m=total)
        furniture.add(footer)
        head = [running_header(spec)] if v.header else []
        furniture.update(head)
        return [footer, *(["\f"] if v.form_feed else []), *head]

    page = 1
    for i, (kind, text) in enumerate(blocks):
        offsets = [c for j, c in cuts if j == i]
        pieces, prev = [], 0
        for c in offsets:
            pieces.append(text[prev:c])
            prev = c
        pieces.append(text[prev:])
        indent = v.indent if kind == "para" else ""
        lines: list[str] = []
        for k, piece in enumerate(pieces):
            if k:
                page += 1
                brk = page_break(page - 1)
                if v.inline:
                    lines[-1] += "".join(x for x in brk if x != "\f") + piece
                    continue
                lines += brk
            lines += _lay_out(kind, (indent if k == 0 else "") + piece, v.wrap)
        paras.append(lines)
    if v.page_chars:  # the last page's footer
        paras.append([v.footer.format(n=page, m=total)])
        furniture.add(v.footer.format(n=page, m=total))
    return paras, titles, tuple(sorted(furniture))


def render_text(spec: Spec, v: Variant) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The briefing as one text file's content."""
    paras, titles, furniture = physical_lines(spec, v)
    text = v.newline.join("\n".join(lines) for lines in paras) + "\n"
    text = text.replace("\n\f\n", "\f")
    return (text.replace("\n", "\r\n") if v.crlf else text), titles, furniture


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
