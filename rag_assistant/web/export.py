"""A conversation exported with its citations: Markdown, and Word (.docx) that staff paste into reports."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ..text import cn_date
from ..types import Answer, Citation
from .render import issue_text


def _source_line(c: Citation) -> str:
    return f"[{c.n}] {issue_text(c.issue)}（{cn_date(c.date)}）《{c.title}》：“{c.quote.strip()}”（文件：{c.source}）"


def _answered(turns: Sequence[dict]) -> list[tuple[int, dict, Answer | None]]:
    return [(k + 1, t, t.get("answer")) for k, t in enumerate(turns)]


def _no_answer(t: dict) -> list[str]:
    """What stands for a missing answer: the text streamed before 停止生成, or the error."""
    if isinstance(t.get("stopped"), str):
        return [x for x in (t["stopped"].strip(), "（已停止生成）") if x]
    return ["（回答时出错，没有结果）"]


def conversation_markdown(turns: Sequence[dict], title: str = "简报问答记录") -> str:
    """The conversation as Markdown: each question, its answer with [n] markers, then its sources."""
    lines = [f"# {title}", "", f"导出时间：{datetime.now():%Y年%m月%d日 %H:%M}", ""]
    for k, t, answer in _answered(turns):
        lines += [f"## 第 {k} 问：{t['question']}", ""]
        if answer is None:
            lines += [x for line in _no_answer(t) for x in (line, "")]
            continue
        if t.get("scope"):
            lines += [f"> 仅检索了：{t['scope']}", ""]
        lines += [answer.answer.strip(), ""]
        if answer.citations:
            lines += ["来源：", ""] + [f"- {_source_line(c)}" for c in answer.citations] + [""]
    return "\n".join(lines)


def conversation_docx(turns: Sequence[dict], path: Path, title: str = "简报问答记录") -> Path:
    """The conversation as a Word document with the same content as the Markdown export."""
    from docx import Document

    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph(f"导出时间：{datetime.now():%Y年%m月%d日 %H:%M}")
    for k, t, answer in _answered(turns):
        doc.add_heading(f"第 {k} 问：{t['question']}", level=2)
        if answer is None:
            for line in _no_answer(t):
                doc.add_paragraph(line)
            continue
        if t.get("scope"):
            doc.add_paragraph(f"仅检索了：{t['scope']}")
        doc.add_paragraph(answer.answer.strip())
        if answer.citations:
            doc.add_paragraph("来源：")
            for c in answer.citations:
                doc.add_paragraph(_source_line(c), style="List Bullet")
    doc.save(str(path))
    return path


def export_file(turns: Sequence[dict], kind: str) -> Path | None:
    """The conversation written to a fresh temp file (``kind`` "md" or "docx"); None when it is empty."""
    if not turns:
        return None
    folder = Path(tempfile.mkdtemp(prefix="rag-export-"))
    name = f"简报问答_{datetime.now():%Y%m%d_%H%M}"
    if kind == "docx":
        return conversation_docx(turns, folder / f"{name}.docx")
    path = folder / f"{name}.md"
    path.write_text(conversation_markdown(turns), encoding="utf-8")
    return path
