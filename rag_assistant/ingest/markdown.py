"""A briefing saved from a web page as Markdown → the plain text layout the parser reads (one block per paragraph).

Staff save an issue's page from the department's web site as Markdown (or copy it into a .txt): the body is in
Markdown syntax — `#` headings and **bold** titles, links and images, HTML entities (`&nbsp;`, `&ldquo;`) and stray
`<br>` tags, `1.`/`-` lists, pipe tables — hard-wrapped at random points, with the site's navigation around it.
markdown-it-py (CommonMark, the library rich already brings) reads the syntax; this module renders its tokens
as the .txt briefings are laid out: every paragraph, heading, list item and table row on a line of its own with a
blank line after it, a paragraph's wrapped lines joined (a soft break is no break, as Markdown defines), link text
kept, images and script links dropped, a table row's cells tab-separated as a Word table row is read. A block made
only of links (a breadcrumb, a menu, a 网站地图 footer) is navigation, not text, and is dropped. The site's other
furniture (发布时间/浏览次数 line, 打印本页, 版权所有 …) is plain text and goes in ``webpage.strip_web_furniture``.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

from .html_page import WEB_SPACE, join_wrapped  # the web page's spacing and line joining

# Markdown a saved page has and a typed briefing does not: an ATX heading line, a link or image, a pipe table's
# separator row, an HTML entity or tag, **bold**.
_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),
    re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)"),
    re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M),
    re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});"),
    re.compile(r"<(?:br|p|span|div)\b[^>]*>", re.I),
    re.compile(r"\*\*[^*\n]+\*\*"),
)
_BREAK_TAG = re.compile(r"^<br\s*/?>$|^</?p\b[^>]*>$", re.I)
_SEPARATORS = re.compile(r"[\s>»›|｜/·•、]*")
# CommonMark does not close ``**`` between a Chinese full stop and a Chinese character (**摸清底数。**对…):
# the emphasis it leaves as literal asterisks is still emphasis.
_LEFT_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def looks_like_markdown(text: str, suffix: str = ".txt") -> bool:
    """Markdown to render: a .md with any Markdown/HTML syntax, a .txt with two different kinds (a saved page).
    A .md typed like a .txt briefing (no syntax, one line per paragraph) is read as the .txt it is."""
    return sum(bool(sign.search(text)) for sign in _SIGNS) >= (1 if suffix == ".md" else 2)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    md.validateLink = lambda url: True  # a javascript: link is still a link (its text is page furniture)
    return md


def _inline(children) -> tuple[list[str], bool]:
    """The lines of one inline run and whether it was only links (navigation). ``<br>`` starts a new line."""
    lines, current = [], ""
    words = False  # any text outside a link
    link_depth, script_link = 0, False
    for tok in children:
        if tok.type == "link_open":
            link_depth += 1
            script_link = (tok.attrGet("href") or "").lower().startswith("javascript:")
        elif tok.type == "link_close":
            link_depth -= 1
            script_link = False
        elif tok.type == "image":
            continue
        elif tok.type == "softbreak":
            current = current.rstrip(" ")
            current += "\x00"  # a soft break: resolved once the next word is known
        elif tok.type == "hardbreak" or (tok.type == "html_inline" and _BREAK_TAG.match(tok.content.strip())):
            lines.append(current)
            current = ""
        elif tok.type in ("text", "code_inline"):
            if script_link:
                continue
            content = WEB_SPACE.sub(" ", tok.content)
            if link_depth == 0 and not _SEPARATORS.fullmatch(content):
                words = True
            current += content
    lines.append(current)
    out = []
    for line in lines:
        parts = [p.strip(" ") for p in line.split("\x00")]
        joined = parts[0]
        for part in parts[1:]:
            joined = join_wrapped(joined, part)
        out.append(_LEFT_STRONG.sub(r"\2", joined).strip())
    return [line for line in out if line], not words


def _html_lines(block: str) -> list[str]:
    """An HTML block left in the page: a table's rows as tab-separated lines, any other tags as line breaks."""
    def clean(fragment: str) -> str:
        return WEB_SPACE.sub(" ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()

    rows = re.findall(r"<tr\b[^>]*>(.*?)</tr\s*>", block, re.S | re.I)
    if rows:
        cells = [[clean(c) for c in re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", row, re.S | re.I)] for row in rows]
        return ["\t".join(row) for row in cells if any(row)]
    return [line for line in (clean(part) for part in re.split(r"<[^>]+>|\n", block)) if line]


def markdown_to_text(text: str) -> str:
    """Render Markdown as the parser's plain text: one block per paragraph, heading, list item or table row."""
    tokens = _parser().parse(text)
    blocks: list[str] = []
    row: list[str] | None = None
    ordinals: list[int | None] = []  # the next number of each open list (None: a bullet list)
    pending_marker = ""
    for tok in tokens:
        if tok.type == "ordered_list_open":
            ordinals.append(int(tok.attrGet("start") or 1))
        elif tok.type == "bullet_list_open":
            ordinals.append(None)
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            ordinals.pop()
        elif tok.type == "list_item_open" and ordinals and ordinals[-1] is None:
            pending_marker = "• "  # the bullet a browser shows: the items are an enumeration, unnumbered
        elif tok.type == "list_item_open" and ordinals:
            pending_marker = f"{tok.info or ordinals[-1]}. "
            ordinals[-1] = int(tok.info or ordinals[-1]) + 1
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            if row and any(row):
                blocks.append("\t".join(row))
            row = None
        elif tok.type == "inline":
            lines, navigation = _inline(tok.children or [])
            if row is not None:
                row.append(" ".join(lines))
                continue
            if navigation:
                pending_marker = ""
                continue  # a breadcrumb, a menu entry, an attachment link: the site's, not the issue's
            if lines:
                lines[0] = pending_marker + lines[0]
            pending_marker = ""
            blocks.extend(lines)
        elif tok.type == "html_block":
            blocks.extend(_html_lines(tok.content))
        elif tok.type in ("code_block", "fence"):
            blocks.extend(line.strip() for line in tok.content.splitlines() if line.strip())
    return "\n\n".join(blocks) + "\n"
