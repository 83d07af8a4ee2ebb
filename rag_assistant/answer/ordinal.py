"""An article's place in its issue: the n-th article (第13期头一篇讲的啥, 最新一期第二篇是哪儿的, 最后一篇), named
first before the issue's articles in printed order, the place of a named article (扬州那篇排第几篇), and the articles
printed beside one (滨海县那篇跟哪些地方登在同一期)."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import cn_int
from .library import Entry

SAME_ISSUE_RE = re.compile(r"同一期|同期|同一期里|一起登|一块儿?登|一并登")
POSITION_ASK_RE = re.compile(r"(?:排|是|在|算)?第几篇|排(?:在)?第几")
# 头条 is the first article of an issue as newspapers say it (最新一期头条讲的哪个市).
ARTICLE_ORDINAL_RE = re.compile(r"第\s*([0-9一二两三四五六七八九十]{1,3})\s*篇|(头一?篇|首篇|第一篇|头条)|(最后一?|末)篇")


def article_ordinal(question: str) -> int | None:
    """1, 2, … for 第N篇 / 头一篇 / 首篇 / 头条, -1 for 最后一篇 / 末篇, None when no article is asked by its place."""
    m = ARTICLE_ORDINAL_RE.search(question)
    if not m:
        return None
    return cn_int(m.group(1)) if m.group(1) else 1 if m.group(2) else -1


def ordinal_note(question: str, entries: Sequence[Entry]) -> str:
    """``第1篇是《…》[1]。`` for the asked article of the (first) issue listed; entries are cited 1, 2, … in order."""
    n = article_ordinal(question)
    if n is None or not entries:
        return ""
    issue = [i for i, e in enumerate(entries) if e.briefing is entries[0].briefing]
    if not (1 <= n <= len(issue) or n == -1):
        return f"该期只有{len(issue)}篇。"
    i = issue[n - 1] if n > 0 else issue[-1]
    said = f"第{'一二三四五六七八九十'[n - 1]}篇" if 0 < n <= 10 else "最后一篇"  # in words: no figure to verify
    return f"{said}是《{entries[i].title}》[{i + 1}]。"


def issue_mates(entries: Sequence[Entry], every: Sequence[Entry]) -> list[Entry]:
    """All articles (of ``every``, in order) printed in the issues that carry ``entries``."""
    issues = {e.briefing.source for e in entries}
    return [e for e in every if e.briefing.source in issues]


def position_note(entries: Sequence[Entry], every: Sequence[Entry]) -> str:
    """``《…》是该期第二篇[n]。`` for the first of ``entries`` (an article named by its place), counted among
    its issue's articles in printed order as ``issue_mates`` lists them (cited 1, 2, … in that order)."""
    if not entries:
        return ""
    mates = issue_mates(entries[:1], every)
    i = next(i for i, e in enumerate(mates) if e is entries[0])
    said = f"第{'一二三四五六七八九十'[i]}篇" if i < 10 else f"第{i + 1}篇"  # in words: no figure to verify
    return f"《{entries[0].title}》是该期{said}[{i + 1}]。"
