"""Word's automatic list numbering, rendered as the text Word shows: ``一、`` ``（一）`` ``1.`` ``①``.

A Word paragraph in a numbered list (its own ``w:numPr`` or its style's) does not hold its number: Word draws
it from numbering.xml (the level's ``numFmt`` and ``lvlText`` such as ``（%1）``) and a running counter. Read
as bare paragraph text, ``（一）一企一码`` loses ``（一）`` and a column heading ``一、工作动态`` its ``一、``, so
the points of an article and its columns vanish. ``Numbering.label`` gives each paragraph the label Word
prints (what a copy out of Word pastes), counting per list instance (``w:num``) and restarting deeper levels
when a shallower one advances. Bullets give no label: their glyph is no text.
"""

from __future__ import annotations

from docx.oxml.ns import qn

_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if not rest else ("零" + chinese_count(rest) if rest < 10 else
                                ("一" if rest < 20 else "") + chinese_count(rest))
    return _CN_DIGITS[hundreds] + "百" + tail


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter in a numFmt; unknown formats print as decimal."""
    if fmt.startswith(("chineseCounting", "ideographDigital", "japaneseCounting", "taiwaneseCounting")):
        return chinese_count(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 1 <= n <= len(_HEAVENLY):
        return _HEAVENLY[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _num_pr(element) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph's or style's ``w:pPr/w:numPr``, or None."""
    ppr = element.find(qn("w:pPr")) if element is not None else None
    numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if numpr is None or _val(numpr, "w:numId") is None:
        return None
    return _val(numpr, "w:numId"), int(_val(numpr, "w:ilvl") or 0)


class Numbering:
    """The list definitions of one document and the running counters of its lists."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self._style_num: dict[str, tuple[str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering.xml: nothing is numbered
        abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
        for num in numbering.findall(qn("w:num")):
            definition = abstract.get(_val(num, "w:abstractNumId"))
            if definition is None:
                continue
            levels = {int(lvl.get(qn("w:ilvl"))): (_val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "",
                                                   int(_val(lvl, "w:start") or 1))
                      for lvl in definition.findall(qn("w:lvl"))}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl, start = int(override.get(qn("w:ilvl"))), _val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = (*levels[ilvl][:2], int(start))
            self._levels[num.get(qn("w:numId"))] = levels
        self._read_styles(document)

    def _read_styles(self, document) -> None:
        """numPr a paragraph inherits from its style (List Number), following basedOn."""
        styles = {s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}
        for style_id in styles:
            seen, current = set(), styles.get(style_id)
            while current is not None and current.get(qn("w:styleId")) not in seen:
                seen.add(current.get(qn("w:styleId")))
                if (found := _num_pr(current)) is not None:
                    self._style_num[style_id] = found
                    break
                current = styles.get(_val(current, "w:basedOn"))

    def label(self, paragraph) -> str:
        """The number Word prints before ``paragraph`` (advancing its list's counter), or ''."""
        found = _num_pr(paragraph._p)
        if found is None:
            ppr = paragraph._p.find(qn("w:pPr"))
            found = self._style_num.get(_val(ppr, "w:pStyle") if ppr is not None else None)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or levels[ilvl][0] in ("bullet", "none"):
            return ""  # numId 0 switches numbering off; a bullet's glyph is no text
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a shallower level advanced: the deeper ones start again
        text = levels[ilvl][1]
        for k in range(ilvl, -1, -1):
            fmt, _, start = levels.get(k, ("decimal", "", 1))
            text = text.replace(f"%{k + 1}", format_number(counters.get(k, start), fmt))
        return text
