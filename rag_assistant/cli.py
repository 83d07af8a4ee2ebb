"""Command line: index, sources, search, ask, eval — one command per library function."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .settings import Settings, SettingsError, load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="江苏应急管理简报问答助手 (operators' CLI)")
_state: dict[str, Settings] = {}


@app.callback()
def main(config: Optional[Path] = typer.Option(None, "--config", help="settings TOML (default: rag.toml, RAG_* env)")) -> None:
    """Load settings once at the edge."""
    try:
        _state["settings"] = load_settings(config)
    except SettingsError as exc:
        _fail(str(exc))


def _settings() -> Settings:
    return _state["settings"]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"错误: {message}", err=True)
    raise typer.Exit(code)


def _print_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def index(rebuild: bool = typer.Option(False, "--rebuild", help="ignore the existing index and start over")) -> None:
    """Index the corpus folder (only changed files are re-processed)."""
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    from .index.store import IndexError_
    from .index.build import build_index

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="chunk" if stage == "embed" else "file",
                                     file=sys.stderr, leave=False)
        bar.n = done
        bar.refresh()

    # build_index logs what it repaired or ignored (tampered records, bad sidecar fields): one line each,
    # written between the progress bars, and the failure message only once the bars are gone.
    package_log = logging.getLogger("rag_assistant")
    warnings = logging.StreamHandler(sys.stderr)
    warnings.setFormatter(logging.Formatter("警告: %(message)s"))
    package_log.addHandler(warnings)
    failure = None
    try:
        with logging_redirect_tqdm(loggers=[package_log]):
            report = build_index(_settings(), rebuild=rebuild, progress=progress)
    except IndexError_ as exc:
        failure = str(exc)
    finally:
        for bar in bars.values():
            bar.close()
    if failure is not None:
        _fail(failure)
    for err in report.errors:
        typer.echo(f"跳过: {err}", err=True)
    typer.echo(
        f"indexed {len(report.indexed)} file(s), reused {len(report.reused)}, removed {len(report.removed)}; "
        f"{report.chunks} chunks ({report.embedded} embedded) in {report.seconds:.1f}s -> {report.path}"
    )


def _open_store():
    from .index.store import IndexError_, open_store

    try:
        return open_store(_settings())
    except IndexError_ as exc:
        _fail(str(exc))


@app.command()
def sources(as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """List the indexed briefings: issue, date, office, articles, chunks, warnings; flag duplicates and odd parses."""
    from .ingest.audit import audit, findings

    store = _open_store()
    counts: dict[str, int] = {}
    for c in store.chunks:
        counts[c.source] = counts.get(c.source, 0) + 1
    briefings = audit(store.briefings)  # also flags a store built before these checks existed
    rows = [
        {"source": b.source, "issue": b.issue, "label": b.label, "edition": b.edition, "date": b.date,
         "office": b.office, "articles": [a.title for a in b.articles], "chunks": counts.get(b.source, 0),
         "warnings": list(b.warnings), "flags": findings(b)}
        for b in briefings
    ]
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['source']}  {r['label'] if r['label'] != r['source'] else '（无期号）'}  "
                   f"{r['date'] or '（无日期）'}  {len(r['articles'])} 篇 / {r['chunks']} 块")
        for t in r["articles"]:
            typer.echo(f"    · {t}")
        for w in r["warnings"]:
            typer.echo(f"    ! {w}")
    for err in store.errors:
        typer.echo(f"未能索引: {err}")
    flagged = sum(1 for r in rows if r["flags"])
    typer.echo(f"共 {len(rows)} 份简报；{flagged} 份有需要核对的标记（重复 / 可疑）")


@app.command()
def search(
    query: str = typer.Argument(..., help="question or keywords"),
    k: int = typer.Option(5, "--k", min=1, help="number of chunks"),
    as_json: bool = typer.Option(False, "--json", help="print JSON"),
    bm25_only: bool = typer.Option(False, "--bm25", help="BM25 alone: no embedding model is loaded"),
) -> None:
    """Hybrid search: ranked chunks with BM25, dense and fused scores and ranks."""
    from .assistant import load_retriever
    from .index.store import IndexError_

    try:
        retriever = load_retriever(_settings(), dense=not bm25_only)
    except IndexError_ as exc:
        _fail(str(exc))
        return
    hits = retriever.search(retriever.understand(query), k=k)
    rows = [
        {"rank": h.rank, "fused": round(h.score, 6), "bm25": h.bm25_score, "bm25_rank": h.bm25_rank,
         "dense": h.dense_score, "dense_rank": h.dense_rank, "chunk_id": h.chunk.id, "source": h.chunk.source,
         "issue": h.chunk.issue, "title": h.chunk.title, "text": h.chunk.text}
        for h in hits
    ]
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        bm = f"{r['bm25']:.3f}#{r['bm25_rank']}" if r["bm25"] is not None else "-"
        de = f"{r['dense']:.3f}#{r['dense_rank']}" if r["dense"] is not None else "-"
        typer.echo(f"{r['rank']}. fused={r['fused']:.4f} bm25={bm} dense={de}  {r['issue'] or r['source']} 《{r['title']}》")
        typer.echo(f"   {r['text'][:120]}…")


@app.command()
def ask(
    question: str = typer.Argument(..., help="问题"),
    history: Optional[List[str]] = typer.Option(None, "--history", help="an earlier question (repeat, oldest first)"),
    backend: Optional[str] = typer.Option(None, "--backend", help="extractive | openai | llamacpp"),
    as_json: bool = typer.Option(False, "--json", help="print answer.to_dict() as JSON"),
) -> None:
    """Answer a question with verified citations."""
    from .backends import NAMES as BACKENDS
    from .assistant import load_assistant
    from .index.store import IndexError_
    from .verify import highlight_unsupported

    if backend and backend not in BACKENDS:
        _fail(f"unknown backend {backend!r}; valid backends: {', '.join(sorted(BACKENDS))}")
    try:
        assistant = load_assistant(_settings())
    except IndexError_ as exc:
        _fail(str(exc))
        return
    answer = assistant.ask(question, history=history or [], backend=backend)
    if as_json:
        _print_json(answer.to_dict())
        return
    if answer.standalone_question != answer.question:
        typer.echo(f"（理解为：{answer.standalone_question}）")
    if answer.notice:
        typer.echo(answer.notice)
    typer.echo(highlight_unsupported(answer.answer, answer.unsupported_numbers, "{}[未核实]"))
    if answer.refused and answer.citations:
        typer.echo("最接近的资料：")
    for c in answer.citations:
        typer.echo(f"[{c.n}] {c.issue or '（无期号）'} {c.date or ''} 《{c.title}》 {c.source}\n    “{c.quote}”")
    if answer.unsupported_numbers:
        typer.echo(f"⚠ 以下数字未能在所引用的原文中找到：{'、'.join(answer.unsupported_numbers)}")
    for claim in answer.claims:
        if claim.status == "unsupported":
            typer.echo(f"⚠ 未核实的说法：{claim.text}\n    原因：{claim.reason}")
    if answer.invalid_markers:
        typer.echo(f"⚠ 无效的引用编号：{'、'.join(f'[{n}]' for n in answer.invalid_markers)}")



@app.command("eval")
def eval_command(
    backend: Optional[str] = typer.Option(None, "--backend", help="extractive | openai | llamacpp (default: settings)"),
    questions: Optional[List[Path]] = typer.Option(
        None, "--questions", help="gold items, JSONL (repeat; default: eval/questions.jsonl and eval/questions_extra.jsonl)"),
    split: str = typer.Option("all", "--split", help="dev | test | all: which half of the gold set to run"),
    report: Optional[Path] = typer.Option(None, "--report", help="directory for report.json/report.md (default: eval/reports)"),
    thresholds: Optional[Path] = typer.Option(None, "--thresholds", help="metric limits, TOML (default: eval/thresholds.toml)"),
    as_json: bool = typer.Option(False, "--json", help="print the metrics as JSON instead of tables"),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="also score the stock LangChain pipelines"),
) -> None:
    """Run the gold sets: dev/test tables, JSON + Markdown report; exit 1 when a metric misses its threshold."""
    from .backends import NAMES as BACKENDS
    from .assistant import load_assistant
    from .evaluation import (DEFAULT_REPORT_DIR, DEFAULT_THRESHOLDS, check_thresholds, load_all, load_thresholds,
                             run_eval, summary_table, write_report)
    from .index.store import IndexError_

    if backend and backend not in BACKENDS:
        _fail(f"unknown backend {backend!r}; valid backends: {', '.join(sorted(BACKENDS))}")
    try:
        items = load_all(list(questions) if questions else None, split)
        limits = load_thresholds(thresholds or DEFAULT_THRESHOLDS)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        _fail(str(exc))
        return
    try:
        assistant = load_assistant(_settings())
    except IndexError_ as exc:
        _fail(str(exc))
        return

    def progress(done: int, total: int) -> None:
        if not as_json and (done % 50 == 0 or done == total):
            typer.echo(f"  {done}/{total} questions", err=True)

    try:
        result = run_eval(assistant, items, backend=backend, baseline=baseline, progress=progress)
    except ImportError as exc:
        _fail(f"the LangChain baseline needs the 'baseline' extra ({exc}); or run with --no-baseline")
        return
    result.threshold_failures = check_thresholds(result, limits)
    json_path, md_path = write_report(result, report or DEFAULT_REPORT_DIR)
    if as_json:
        _print_json({**result.to_dict(items=False), "report": {"json": str(json_path), "markdown": str(md_path)}})
    else:
        typer.echo(summary_table(result))
        failed = sum(1 for r in result.records if not r.correct)
        typer.echo(f"\n{len(items)} questions ({split}), {failed} failed, {result.seconds:.1f}s; report: {md_path}")
    if result.threshold_failures:
        for failure in result.threshold_failures:
            typer.echo(f"低于阈值: {failure}", err=True)
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
