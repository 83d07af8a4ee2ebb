"""Lay a structured briefing out as real exports do, one layout variant at a time.

A variant is one export's choices: page numbers and their style, running headers, page breaks inside
words, masthead spelling, newlines, TOC present, absent, disagreeing or paged, hard wrapping.
``logical_blocks`` says what is printed, ``physical_lines`` where pages and lines break.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from briefing_specs import Spec
from rag_assistant.ingest.gazetteer import DATA_FILE, find_places

CN_DIGITS = "〇一二三四五六七八九"


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
