"""An issue's annex (附件) is no article of the issue: a count of its articles leaves it out and names it apart.

Ingest keeps an annex after the articles (附件 alone on its line, then a titled table) as a piece of its own
under the column 附件, so the figures in its table can be found and cited. The issue's table of contents lists
only the articles and the text refers to the annex (检查情况见附件), so 这期有几篇文章 counts the articles
and names the annex in a sentence of its own (the count's listing ends before it), rather than counting the annex as one more article.
"""

from __future__ import annotations

import re

_ANNEX_RE = re.compile(r"^附件[0-9一二三四五六七八九十]{0,2}$")


def is_annex(section: str | None) -> bool:
    """Whether an article stands in an annex column (附件, 附件1, 附件二)."""
    return bool(section) and bool(_ANNEX_RE.match(section.strip().rstrip("：:")))


def counted_refs(refs: list[str], sections: list[str | None]) -> tuple[str, str]:
    """(the articles' count with their references, the annexes' references) for one issue's listing."""
    articles = [r for r, s in zip(refs, sections) if not is_annex(s)]
    annexes = [r for r, s in zip(refs, sections) if is_annex(s)]
    if not annexes or not articles:
        return f"{len(refs)}篇：{'；'.join(refs)}", ""
    return f"{len(articles)}篇：{'；'.join(articles)}", f"。另附附件{'、'.join(annexes)}"
