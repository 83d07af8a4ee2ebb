"""What the enterprises themselves did (企业自己有啥做法): the sentences whose subject is a named enterprise.

An article on a campaign among enterprises tells what the government side did (全市54家化工企业全面建立…, 对照省级
标准…) and then, as examples, what single named enterprises did on their own (新亚科技设立专项举报箱…, 联盛科技创新
开展…). A question that asks what the enterprises did themselves asks for those examples, wherever they stand in
the points; the part scoring read 企业 (said by every point) and 自己 (said by none) and answered the whole article.

A named enterprise is a name ending in an enterprise word (科技, 公司, 集团, 股份, …) that opens the sentence and
holds no administrative unit (宿迁市…, 全市…): a place or the government as subject is not an enterprise.
"""

from __future__ import annotations

import re

from ..text import sentence_spans
from .line import Line, clip

# The question asks what the enterprises did themselves (企业自己, 企业自身, 企业本身).
_OWN_RE = re.compile(r"企业(?:自己|自身|本身|自个儿?)")
# A sentence opened by an enterprise's name: two to eight characters of name, then the enterprise word.
_FIRM_RE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,8}?(?:科技|公司|集团|股份|药业|实业|精工|石化|电力|化学))"
                      r"(?=[\u4e00-\u9fff])")
# An administrative unit or a whole-area word in the name: the subject is a place or its government.
_UNIT_RE = re.compile(r"[省市县区镇街乡村全各]|园区|部门")


def firm_lines(text: str, question: str) -> list[Line]:
    """The sentences of ``text`` whose subject is a named enterprise, when ``question`` asks what the
    enterprises did themselves; [] otherwise or when the article names no enterprise."""
    if not _OWN_RE.search(question):
        return []
    out = []
    for a, b in sentence_spans(text):
        m = _FIRM_RE.match(text, a, b)
        if m and not _UNIT_RE.search(m.group("name")):
            out.append(Line(clip(text[a:b].strip()), ((a, b),)))
    return out
