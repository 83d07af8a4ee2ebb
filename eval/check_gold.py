#!/usr/bin/env python3
"""Self-check of the gold files eval/questions.jsonl and eval/questions_extra.jsonl (stdlib only, plus pypdf
for the one PDF issue).

Checks every item against the raw briefing text and the format in eval/README.md, prints the
counts per kind and per dev/test split, and exits 1 naming every bad item (0 when all pass).

    python3 eval/check_gold.py            # check both files
    python3 eval/check_gold.py -q         # only problems and the totals
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zipfile
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
MAIN_FILE = EVAL / "questions.jsonl"
EXTRA_FILE = EVAL / "questions_extra.jsonl"
BUNDLED_DIR = ROOT / "index" / "briefings"
EXTRA_DIR = EVAL / "extra_briefings"

# Issue label of every corpus file (read off each file's masthead; 002 is the undated special feature).
ISSUES = {
    "000_c4edaeb9e379b5d7.txt": "2025年第14期",
    "001_9ab1dbcf5bb79156.txt": "2025年第16期",
    "002_ca7909b6935f5c44.txt": None,
    "003_07edcc791e64548a.txt": "2026年第13期",
    "004_91fdd76356558e47.txt": "2021年第10期",
    "extra_2024_08.txt": "2024年第8期",
    "extra_2024_21.txt": "2024年第21期",
    "extra_2025_09.txt": "2025年第9期",
    "extra_2026_03.txt": "2026年第3期",
    "extra_2026_07.docx": "2026年第7期",
    "extra_2025_20.pdf": "2025年第20期",
    "extra_2025_26.docx": "2025年第26期",
    "extra_2025_30.pdf": "2025年第30期",
    "extra_2025_33.docx": "2025年第33期",
    "extra_2025_04.md": "2025年第4期",
    "extra_2026_10.pdf": "2026年第10期",
    "extra_2024_15.docx": "2024年第15期",
    "extra_2024_27.doc": "2024年第27期",
    "extra_2025_24.txt": "2025年第24期",
    "extra_2025_12.html": "2025年第12期",
}
EXTRA_SOURCES = {"extra_2024_08.txt", "extra_2024_21.txt", "extra_2025_09.txt", "extra_2026_03.txt",
                 "extra_2026_07.docx", "extra_2025_20.pdf", "extra_2025_26.docx",
                 "extra_2025_30.pdf", "extra_2025_33.docx", "extra_2025_04.md", "extra_2026_10.pdf",
                 "extra_2024_15.docx", "extra_2024_27.doc",
                 "extra_2025_24.txt", "extra_2025_12.html"}

OLD_KINDS = ("figure", "multi_figure", "metadata", "unanswerable", "followup", "disambiguation")
NEW_KINDS = ("open", "compare", "list", "when", "yesno")
KINDS = OLD_KINDS + NEW_KINDS

# The first 125 lines of questions.jsonl (q001-q125) must stay byte-identical: sha256 of those lines
# (each with its trailing newline) as of a6bf551 (94e0008 plus the two tuning fixes to q001 and q112), plus
# q079 accepting 淮安 beside 淮南 once the parser titled that article 淮安 (issue 12).
ORIGINAL_COUNT = 125
ORIGINAL_SHA256 = "81e3cc03dc82e91920110a076b5658ea470b7087a8a3a0099ef55476f2d1e148"

FIELDS = ("id", "kind", "question", "history", "expected_figures", "expected_terms", "expected_source",
          "expected_issue", "should_refuse", "evidence", "notes")
OPTIONAL = ("expected_points", "expected_sources", "expected_issues", "expected_answer", "paraphrase_of",
            "merges", "corpus")

_WS = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _WS.sub("", text)


def split_of(item_id: str) -> str:
    """The fixed dev/test split (documented in eval/README.md); never stored per item."""
    return "test" if int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) % 2 else "dev"


def raw_text(name: str) -> str | None:
    """The file exactly as stored (no newline translation: CRLF and form feeds are kept)."""
    for d in (BUNDLED_DIR, EXTRA_DIR):
        p = d / name
        if p.is_file():
            if p.suffix == ".pdf":
                return pdf_text(p)
            if p.suffix == ".doc":  # a binary Word 97-2003 file: its committed text rendering (DOC_RENDERINGS)
                return (DOC_RENDERINGS / f"{name}.txt").read_text(encoding="utf-8")
            if p.suffix in (".html", ".htm"):
                return html_text(p)
            return docx_text(p) if p.suffix == ".docx" else p.read_bytes().decode("utf-8")
    return None


# A legacy .doc is read by catdoc (a Debian tool, not stdlib): its text as the app reads it is committed beside the
# generator as eval/<name>.txt, and tests/test_doc_d20.py checks that rendering against the app's reader.
DOC_RENDERINGS = Path(__file__).resolve().parent


def pdf_text(path: Path) -> str:
    """A PDF's text layer page by page (form feed between pages), as the loader extracts it. The one check that
    needs a third-party package (pypdf, a dependency of the product); without it the PDF cannot be checked."""
    from pypdf import PdfReader

    text = "\f".join((page.extract_text() or "").strip("\n") for page in PdfReader(str(path)).pages)
    return fold_ideographs(text)


def fold_ideographs(text: str) -> str:
    """Kangxi radicals (U+2F00-U+2FD5) and CJK compatibility ideographs (U+F900-U+FAFF) as the unified ideographs
    a reader sees: a PDF exported from Word/WPS may map 工/生/日 to ⼯/⽣/⽇ in its ToUnicode CMap (extra_2026_10.pdf
    does), while gold is written as the page reads. Only those two blocks are folded (NFKC of each character), so
    full-width digits and punctuation stay as extracted."""
    return "".join(unicodedata.normalize("NFKC", c) if 0x2F00 <= ord(c) <= 0x2FD5 or 0xF900 <= ord(c) <= 0xFAFF
                   else c for c in text)


_HTML_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "title",
                "section", "article", "blockquote", "hr", "dd", "dt"}
_HTML_SKIP = {"script", "style", "noscript", "template", "head"}
_HTML_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}


def html_text(path: Path) -> str:
    """A saved web page's visible text with html.parser (stdlib): decoded by its meta charset (gb2312/gbk read as
    gb18030, their superset), entities resolved, script/style/head and display:none elements dropped, block tags
    (p, div, br, li, tr, h1-h6 ...) as line breaks, inline tags (span, strong, a) joined without spaces, table
    cells of a row joined by a tab. Gold is checked against this text, as a reader of the page sees it."""
    from html.parser import HTMLParser

    data = path.read_bytes()
    found = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096])
    charset = found.group(1).decode("ascii").lower() if found else "utf-8"
    if charset in ("gb2312", "gbk", "gb18030", "x-gbk"):
        charset = "gb18030"

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.stack: list[bool] = []  # per open element: whether it hides its content

        def hidden(self) -> bool:
            return any(self.stack)

        def handle_starttag(self, tag, attrs):
            style = (dict(attrs).get("style") or "").replace(" ", "").lower()
            if tag in _HTML_BLOCKS:
                self.out.append("\n")
            if tag in ("td", "th"):
                self.out.append("\t")
            if tag not in _HTML_VOID:
                self.stack.append(tag in _HTML_SKIP or "display:none" in style)

        def handle_endtag(self, tag):
            if tag not in _HTML_VOID and self.stack:
                self.stack.pop()
            if tag in _HTML_BLOCKS:
                self.out.append("\n")

        def handle_data(self, text):
            if not self.hidden():
                self.out.append(re.sub(r"[ \t\r\n]+", " ", text))

    reader = Reader()
    reader.feed(data.decode(charset))
    reader.close()
    lines = (line.strip(" \t").replace("\t ", "\t") for line in "".join(reader.out).split("\n"))
    return "\n".join(line for line in lines if line)


def docx_text(path: Path) -> str:
    """A Word file's body text, one line per paragraph (table cells included), then its footnotes' paragraphs,
    with the standard library only. Deleted text (w:delText) and field instructions (w:instrText) are not w:t."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
        if "word/footnotes.xml" in archive.namelist():
            xml += archive.read("word/footnotes.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs)


def load(path: Path, problems: list[str]) -> list[dict]:
    items = []
    if not path.is_file():
        problems.append(f"{path.name}: missing")
        return items
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}:{n}: not JSON ({exc})")
            continue
        if not isinstance(d, dict):
            problems.append(f"{path.name}:{n}: not an object")
            continue
        d["_file"] = path.name
        items.append(d)
    return items


def is_forms(value) -> bool:
    """A list of non-empty lists of non-empty strings (expected_figures / _terms / _points)."""
    return isinstance(value, list) and all(
        isinstance(forms, list) and forms and all(isinstance(f, str) and f.strip() for f in forms)
        for forms in value)


def check_item(it: dict, by_id: dict[str, dict], problems: list[str]) -> None:
    iid = it.get("id", "?")

    def bad(msg: str) -> None:
        problems.append(f"{iid} ({it['_file']}): {msg}")

    for f in FIELDS:
        if f not in it:
            bad(f"missing field {f}")
    unknown = set(it) - set(FIELDS) - set(OPTIONAL) - {"_file"}
    if unknown:
        bad(f"unknown fields {sorted(unknown)}")
    kind = it.get("kind")
    if kind not in KINDS:
        bad(f"invalid kind {kind!r}")
        return
    if not isinstance(it.get("question"), str) or not it["question"].strip():
        bad("empty question")
    for f in ("expected_figures", "expected_terms"):
        if not is_forms(it.get(f)):
            bad(f"{f} is not a list of non-empty lists of strings")
            return

    # corpus: extra items live in questions_extra.jsonl, ids x###; main items q###
    extra = it["_file"] == EXTRA_FILE.name
    if extra:
        if it.get("corpus") != "extra":
            bad('extra-corpus item without "corpus": "extra"')
        if not re.fullmatch(r"x\d{3,4}", iid):
            bad("extra-corpus ids are x001, x002, ...")
    else:
        if "corpus" in it:
            bad("corpus field only belongs in questions_extra.jsonl")
        if not re.fullmatch(r"q\d{3,4}", iid):
            bad("ids are q001, q002, ...")

    # history on follow-ups, and on yes/no or when questions asked after an earlier turn
    hist = it.get("history")
    if not isinstance(hist, list) or not all(isinstance(h, str) and h.strip() for h in hist):
        bad("history is not a list of strings")
    elif kind == "followup" and not hist:
        bad("followup items have a non-empty history")
    elif hist and kind not in ("followup", "yesno", "when", "open"):
        bad("only followup, yesno, when and open items have a history")

    # refusal
    refuse = it.get("should_refuse")
    if not isinstance(refuse, bool):
        bad("should_refuse is not a bool")
    if (kind == "unanswerable") != (refuse is True):
        bad("should_refuse must be true exactly for unanswerable items")

    # sources and issues
    source = it.get("expected_source")
    sources = it.get("expected_sources")
    issues = it.get("expected_issues")
    if sources is not None:
        if not (isinstance(sources, list) and len(sources) >= 2 and all(isinstance(s, str) for s in sources)):
            bad("expected_sources must be a list of at least two file names")
            sources = []
        if source is not None or it.get("expected_issue") is not None:
            bad("items with expected_sources keep expected_source and expected_issue null")
        if not isinstance(issues, list) or len(issues) != len(sources):
            bad("expected_issues must be a list parallel to expected_sources")
        else:
            for s, lab in zip(sources, issues):
                if s in ISSUES and ISSUES[s] != lab:
                    bad(f"expected_issues entry {lab!r} does not match {s} ({ISSUES[s]!r})")
    elif issues is not None:
        bad("expected_issues without expected_sources")
    all_sources = ([source] if source else []) + list(sources or [])
    texts = {}
    for s in all_sources:
        if s not in ISSUES:
            bad(f"unknown source file {s!r}")
            continue
        if (s in EXTRA_SOURCES) and not extra:
            bad(f"main-corpus item cites extra file {s}")
        t = raw_text(s)
        if t is None:
            bad(f"source file {s} not found")
            continue
        texts[s] = t
    if source is not None and source in ISSUES and it.get("expected_issue") != ISSUES[source]:
        bad(f"expected_issue {it.get('expected_issue')!r} does not match {source} ({ISSUES[source]!r})")
    if source is None and sources is None and it.get("expected_issue") is not None:
        bad("expected_issue without a source")
    joined = {s: squeeze(t) for s, t in texts.items()}

    if kind == "unanswerable":
        if source is not None or sources is not None or it.get("evidence") is not None:
            bad("unanswerable items have null source, issue and evidence")
        if it["expected_figures"] or it.get("expected_points"):
            bad("unanswerable items expect no figures or points")
    elif kind == "yesno" and it.get("expected_answer") == "no":
        pass  # a "no" answer may have no source
    elif not all_sources:
        bad("answerable item without expected_source / expected_sources")

    # evidence: verbatim in the raw file, 8-40 characters, one line
    ev = it.get("evidence")
    if ev is not None:
        if not isinstance(ev, str):
            bad("evidence is not a string")
        else:
            if not 8 <= len(ev) <= 40:
                bad(f"evidence length {len(ev)} not in 8..40")
            if "\n" in ev or "\r" in ev or "\f" in ev:
                bad("evidence contains a line break")
            if texts and not any(ev in t for t in texts.values()):
                bad(f"evidence not a verbatim substring of {'/'.join(texts)}: {ev!r}")

    # figures: first form present in a source once whitespace is removed
    for forms in it["expected_figures"]:
        if joined and not any(squeeze(forms[0]) in j for j in joined.values()):
            bad(f"figure {forms[0]!r} not in {'/'.join(joined)}")

    # terms of when / list items: first form present in a source, or a known issue label
    if kind in ("when", "list") and joined:
        labels = {squeeze(v) for v in ISSUES.values() if v}
        for forms in it["expected_terms"]:
            f0 = squeeze(forms[0])
            if f0 not in labels and not any(f0 in j for j in joined.values()):
                bad(f"term {forms[0]!r} neither in {'/'.join(joined)} nor an issue label")

    # points of open items: every alternative present in a source (whitespace-insensitive)
    points = it.get("expected_points")
    if kind == "open":
        if not is_forms(points) or len(points) < 2:
            bad("open items need expected_points: at least two points, each a list of phrases")
            points = []
        if not it.get("evidence") and sources is None:
            bad("single-source open items carry evidence")
    elif points is not None:
        bad("expected_points only on open items")
        points = []
    for forms in points or []:
        for f in forms:
            if not 3 <= len(squeeze(f)) <= 30:
                bad(f"point phrase {f!r} has an odd length")
            if joined and not any(squeeze(f) in j for j in joined.values()):
                bad(f"point phrase {f!r} not in {'/'.join(joined)}")
    if kind == "open" and sources and points:
        # unscoped questions: every article must be represented by at least one point
        for s, j in joined.items():
            if not any(any(squeeze(f) in j for f in forms) for forms in points):
                bad(f"no point drawn from {s}")

    # yes/no
    ans = it.get("expected_answer")
    if kind == "yesno":
        if ans not in ("yes", "no"):
            bad('yesno items need expected_answer "yes" or "no"')
        if ans == "yes" and not (it["expected_figures"] or it["expected_terms"]):
            bad("a yes answer should name the figure or the point that shows it")
        if ans == "no" and not it["expected_terms"]:
            bad("a no answer should carry expected_terms such as [['没有','未']]")
    elif ans is not None:
        bad("expected_answer only on yesno items")

    if kind in ("figure", "multi_figure", "disambiguation", "followup") and not it["expected_figures"]:
        bad(f"{kind} item without expected_figures")
    if kind == "multi_figure" and len(it["expected_figures"]) < 2:
        bad("multi_figure item with fewer than two figures")

    # paraphrases: the original exists (and is not itself a paraphrase) and the gold is identical
    orig_id = it.get("paraphrase_of")
    merges = it.get("merges")
    if merges is not None and orig_id is None:
        bad("merges without paraphrase_of")
    if orig_id is not None:
        orig = by_id.get(orig_id)
        if orig is None or orig["_file"] != MAIN_FILE.name:
            bad(f"paraphrase_of {orig_id!r} is not an item of questions.jsonl")
            return
        if orig.get("paraphrase_of"):
            bad(f"paraphrase_of {orig_id} points to another paraphrase")
        want_figs = list(orig["expected_figures"])
        want_kind = orig["kind"]
        if merges is not None:
            other = by_id.get(merges)
            if other is None:
                bad(f"merges {merges!r} is not an item")
                return
            if (other.get("expected_source"), other.get("expected_issue")) != (orig.get("expected_source"),
                                                                               orig.get("expected_issue")):
                bad("merged items must come from the same source")
            want_figs += list(other["expected_figures"])
            want_kind = "multi_figure"
        if kind != want_kind:
            bad(f"kind {kind} differs from {orig_id} ({want_kind})")
        if it["expected_figures"] != want_figs:
            bad(f"expected_figures differ from {orig_id}{' + ' + merges if merges else ''}")
        for f in ("expected_terms", "expected_source", "expected_issue", "should_refuse", "evidence"):
            if it.get(f) != orig.get(f):
                bad(f"{f} differs from {orig_id}")
        if it["question"].strip() == orig["question"].strip():
            bad(f"question is identical to {orig_id}")


def main(argv: list[str]) -> int:
    quiet = "-q" in argv
    problems: list[str] = []
    main_items = load(MAIN_FILE, problems)
    extra_items = load(EXTRA_FILE, problems)

    lines = MAIN_FILE.read_text(encoding="utf-8").splitlines(keepends=True)[:ORIGINAL_COUNT]
    digest = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    if digest != ORIGINAL_SHA256:
        problems.append(f"questions.jsonl: the original items q001-q{ORIGINAL_COUNT:03d} changed (sha256 {digest})")
    if [d.get("id") for d in main_items[:ORIGINAL_COUNT]] != [f"q{i:03d}" for i in range(1, ORIGINAL_COUNT + 1)]:
        problems.append("questions.jsonl: the first 125 lines are not q001..q125 in order")

    by_id: dict[str, dict] = {}
    for it in main_items + extra_items:
        iid = it.get("id")
        if not isinstance(iid, str):
            problems.append(f"{it['_file']}: item without a string id")
            continue
        if iid in by_id:
            problems.append(f"{iid}: duplicate id")
        by_id[iid] = it
    for it in main_items + extra_items:
        if isinstance(it.get("id"), str):
            check_item(it, by_id, problems)

    for name, items in (("questions.jsonl", main_items), ("questions_extra.jsonl", extra_items)):
        kinds = Counter(i.get("kind") for i in items)
        print(f"\n{name}: {len(items)} items")
        print(f"  {'kind':<15}{'all':>5}{'dev':>5}{'test':>5}")
        for kind in KINDS:
            if not kinds.get(kind):
                continue
            of_kind = [i for i in items if i.get("kind") == kind]
            dev = sum(split_of(i["id"]) == "dev" for i in of_kind)
            print(f"  {kind:<15}{len(of_kind):>5}{dev:>5}{len(of_kind) - dev:>5}")
        dev = sum(split_of(i["id"]) == "dev" for i in items)
        print(f"  {'total':<15}{len(items):>5}{dev:>5}{len(items) - dev:>5}")
        if not quiet:
            para = sum(1 for i in items if i.get("paraphrase_of"))
            new = len(items) - ORIGINAL_COUNT if name == "questions.jsonl" else len(items)
            print(f"  paraphrases: {para}; items added by this version: {new}")
        missing = [str(k) for k in kinds if kinds[k] and not all(
            any(split_of(i["id"]) == half for i in items if i.get("kind") == k) for half in ("dev", "test"))]
        if missing:
            print(f"  note: kinds present in only one split: {', '.join(missing)}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
