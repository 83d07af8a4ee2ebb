"""Markdown and JSON reports of an EvalResult: dev and test side by side, the gap, baselines, failures."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..settings import PROJECT_ROOT
from .baseline import BASELINE_KINDS
from .result import EvalResult, summarise
from .score import percentile

DEFAULT_REPORT_DIR = PROJECT_ROOT / "eval" / "reports"
# (metric, label) rows of the summary table.
SUMMARY_ROWS = (
    ("n", "items"), ("accuracy", "accuracy"), ("figure_accuracy", "figure"), ("citation_accuracy", "citation"),
    ("term_accuracy", "terms"), ("refusal_accuracy", "refusal"), ("false_refusal_rate", "false refusals"),
    ("false_reasons", "false-reason answers (count)"), ("point_recall", "open: key-point recall"),
    ("points_cited", "open: found points cited"), ("point_pass", "open: items passing"),
    ("yesno_accuracy", "yes/no"), ("followup_accuracy", "follow-up"), ("faithfulness", "faithfulness"),
    ("hit_at_1", "hit@1"), ("hit_at_5", "hit@5"), ("mrr", "MRR@10"),
    ("latency_p50_ms", "ask p50 ms"), ("latency_p95_ms", "ask p95 ms"),
)
# The metric that says most about each kind, for the per-kind table.
KIND_MEASURE = {
    "figure": "figure_accuracy", "multi_figure": "figure_accuracy", "metadata": "term_accuracy",
    "unanswerable": "refusal_accuracy", "followup": "followup_accuracy", "disambiguation": "figure_accuracy",
    "open": "point_recall", "compare": "figure_accuracy", "list": "term_accuracy", "when": "term_accuracy",
    "yesno": "yesno_accuracy",
}
_WIDE_COLUMNS = (
    ("n", "n"), ("accuracy", "acc"), ("figure_accuracy", "figure"), ("citation_accuracy", "citation"),
    ("term_accuracy", "terms"), ("refusal_accuracy", "refusal"), ("false_refusal_rate", "false-ref"),
    ("false_reasons", "false-reason"), ("point_recall", "recall"), ("points_cited", "cited"),
    ("yesno_accuracy", "yes/no"), ("faithfulness", "faithful"), ("hit_at_5", "hit@5"), ("mrr", "MRR@10"),
)
_WS_RE = re.compile(r"\s+")


def fmt(value: Any, ms: bool = False) -> str:
    """A metric for a table cell: – when unmeasured, integers as-is, ms without decimals, else 3 decimals."""
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f"{value:.0f}" if ms else f"{value:.3f}"


def _gap(dev: Any, test: Any) -> str:
    if not isinstance(dev, (int, float)) or not isinstance(test, (int, float)):
        return "–"
    return f"{dev - test:+d}" if isinstance(dev, int) and isinstance(test, int) else f"{dev - test:+.3f}"


def _get(metrics: Mapping[str, Any], corpus: str, split: str, name: str, kind: str | None = None) -> Any:
    block = metrics.get(corpus, {}).get(split)
    if block is None:
        return None
    source = block["overall"] if kind is None else block["by_kind"].get(kind, {})
    return source.get(name)


def summary_table(result: EvalResult) -> str:
    """Rows: metrics; columns: dev and test of each corpus group, then dev − test over everything."""
    groups = [g for g in ("main", "extra", "all") if g in result.metrics]
    head = "| metric | " + " | ".join(f"{g} dev | {g} test" for g in groups) + " | gap (all, dev − test) |"
    rows = [head, "|---|" + "---:|" * (2 * len(groups) + 1)]
    for name, label in SUMMARY_ROWS:
        ms = name.startswith("latency")
        cells = [fmt(_get(result.metrics, g, s, name), ms) for g in groups for s in ("dev", "test")]
        gap = _gap(_get(result.metrics, "all", "dev", name), _get(result.metrics, "all", "test", name))
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {'–' if name == 'n' or ms else gap} |")
    return "\n".join(rows)


def kind_table(result: EvalResult, corpus: str = "all") -> str:
    """Per kind: items, accuracy and the kind's own measure on dev and test, with the gap; false refusals."""
    rows = ["| kind | n dev | n test | acc dev | acc test | gap | measure | dev | test | gap | false-ref dev | false-ref test |",
            "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"]
    kinds = [k for k in KIND_MEASURE if _get(result.metrics, corpus, "all", "n", k)]
    for kind in kinds:
        m = result.metrics

        def v(name: str, split: str) -> Any:
            return _get(m, corpus, split, name, kind)

        measure = KIND_MEASURE[kind]
        rows.append(
            f"| {kind} | {fmt(v('n', 'dev'))} | {fmt(v('n', 'test'))} | {fmt(v('accuracy', 'dev'))} | "
            f"{fmt(v('accuracy', 'test'))} | {_gap(v('accuracy', 'dev'), v('accuracy', 'test'))} | {measure} | "
            f"{fmt(v(measure, 'dev'))} | {fmt(v(measure, 'test'))} | {_gap(v(measure, 'dev'), v(measure, 'test'))} | "
            f"{fmt(v('false_refusal_rate', 'dev'))} | {fmt(v('false_refusal_rate', 'test'))} |")
    return "\n".join(rows)


def wide_table(block: Mapping[str, Any]) -> str:
    """Every main metric per kind for one corpus group and split (the old single-split table)."""
    rows = ["| kind | " + " | ".join(label for _, label in _WIDE_COLUMNS) + " |", "|---|" + "---:|" * len(_WIDE_COLUMNS)]
    for name, m in list(block["by_kind"].items()) + [("**overall**", block["overall"])]:
        rows.append(f"| {name} | " + " | ".join(fmt(m.get(key)) for key, _ in _WIDE_COLUMNS) + " |")
    return "\n".join(rows)


def _retrieval_row(label: str, mode: str, metrics: Mapping[str, Any]) -> str:
    cells = []
    for split in ("dev", "test"):
        s = metrics.get("all", {}).get(split, {}).get("retrieval", {}).get(mode)
        cells += [fmt(s["n"]), fmt(s["hit_at_1"]), fmt(s["hit_at_5"]), fmt(s["mrr"])] if s else ["–"] * 4
    return f"| {label} | {mode} | " + " | ".join(cells) + " |"


def retrieval_table(result: EvalResult) -> str:
    """hit@1/hit@5/MRR@10 on dev and test: ours (BM25, dense, hybrid) and each baseline's retrievers."""
    rows = ["| pipeline | retriever | n dev | hit@1 dev | hit@5 dev | MRR dev | n test | hit@1 test | hit@5 test | MRR test |",
            "|---|---|" + "---:|" * 8]
    rows += [_retrieval_row("ours", mode, result.metrics) for mode in ("bm25", "dense", "hybrid")]
    for name, data in result.baselines.items():
        rows += [_retrieval_row(f"LangChain {name} ({data['config']})", mode, data["retrieval"])
                 for mode in ("bm25", "dense", "ensemble")]
    return "\n".join(rows)


def baseline_answer_table(result: EvalResult) -> str:
    """Retrieve-and-quote answers of the baselines next to ours, on the kinds a baseline can answer."""
    scored = [r for r in result.records if r.kind in BASELINE_KINDS]
    columns = (("accuracy", "acc"), ("figure_accuracy", "figure"), ("term_accuracy", "terms"),
               ("citation_accuracy", "citation"), ("point_recall", "recall"), ("points_cited", "cited"))
    rows = ["| pipeline | n dev | n test | answer chars (median) | " +
            " | ".join(f"{label} dev | {label} test" for _, label in columns) + " |",
            "|---|---:|---:|---:|" + "---:|" * (2 * len(columns))]
    pipelines = [("ours", summarise(scored), scored)] + [
        (f"LangChain {n}", d["metrics"], [r for r in d["records"] if r.kind in BASELINE_KINDS])
        for n, d in result.baselines.items()]
    for label, metrics, records in pipelines:
        def v(name: str, split: str) -> Any:
            return _get(metrics, "all", split, name)

        chars = percentile([len(r.answer) for r in records], 50)
        cells = [fmt(v("n", "dev")), fmt(v("n", "test")), fmt(chars, ms=True)]
        cells += [fmt(v(k, s)) for k, _ in columns for s in ("dev", "test")]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _cell(text: str, limit: int = 160) -> str:
    text = _WS_RE.sub(" ", text or "").replace("|", "\\|")
    return text if len(text) <= limit else text[:limit] + "…"


def failure_rows(records: Sequence) -> list[str]:
    """One Markdown row per failed item: where it is, what was asked, expected, answered, and why."""
    rows = ["| id | split | corpus | kind | question | expected | got | diagnosis |", "|---|---|---|---|---|---|---|---|"]
    for r in records:
        question = r.question if not r.history else f"{' → '.join(r.history)} → {r.question}"
        if r.standalone and r.standalone != r.question:
            question += f"（理解为：{r.standalone}）"
        got = ("[拒答] " if r.refused else "") + r.answer
        if r.citations:
            got += " ｜ cites " + "; ".join(f"{c['issue'] or '专刊'}《{c['title']}》" for c in r.citations[:3])
        rows.append(f"| {r.id} | {r.split} | {r.corpus} | {r.kind} | {_cell(question, 200)} | {_cell(r.expected, 120)} | "
                    f"{_cell(got, 260)} | {_cell(r.diagnosis, 120)} |")
    return rows


def markdown_report(result: EvalResult) -> str:
    """The whole report as Markdown."""
    count = {k: sum(1 for r in result.records if getattr(r, attr) == k)
             for attr, keys in (("corpus", ("main", "extra")), ("split", ("dev", "test"))) for k in keys}
    lines = [
        "# Eval report", "",
        f"- created: {result.created}; backend: {result.backend}; items: {len(result.records)} "
        f"(main {count['main']}, extra {count['extra']}; dev {count['dev']}, test {count['test']}); "
        f"run time: {result.seconds:.1f} s" + (f" ({', '.join(f'{k} {v:.1f} s' for k, v in result.timings.items() if k != 'total')})"
                                             if result.timings else ""),
        "- settings: " + ", ".join(f"{k}={v}" for k, v in result.settings.items()),
        "- split: fixed by sha256 of the id (eval/README.md); tune on dev, CI gates on test. Gap = dev − test.", "",
        "## Summary: dev and test", "", summary_table(result), "",
    ]
    for corpus in result.metrics:
        lines += [f"## Per kind ({'both corpora' if corpus == 'all' else corpus})", "", kind_table(result, corpus), ""]
    test = result.block("all", "test")
    if test:
        lines += ["## Test split, every metric per kind (both corpora)", "", wide_table(test), ""]
    lines += ["## Retrieval (gold chunk = a chunk holding the item's evidence; metadata and unanswerable items excluded)",
              "", retrieval_table(result), ""]
    if result.baselines:
        lines += [f"## Baselines: retrieve-and-quote answers ({', '.join(BASELINE_KINDS)} items only)", "",
                  "A stock pipeline has no answer step: its answer is its top 3 ensemble chunks, each cited. "
                  "Our answers are scored on the same items.", "", baseline_answer_table(result), ""]
    if result.threshold_failures:
        lines += ["## Threshold failures", ""] + [f"- {f}" for f in result.threshold_failures] + [""]
    failures = [r for r in result.records if not r.correct]
    lines += [f"## Failures ({len(failures)})", ""] + (failure_rows(failures) if failures else [])
    unfaithful = [r for r in result.records if r.unsupported]
    if unfaithful:
        lines += ["", "## Answers with figures no cited quote supports", ""]
        lines += [f"- {r.id}: {'、'.join(r.unsupported)}" for r in unfaithful]
    return "\n".join(lines) + "\n"


def write_report(result: EvalResult, directory: str | Path = DEFAULT_REPORT_DIR) -> tuple[Path, Path]:
    """Write report.json (every item) and report.md (tables and failures) under ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "report.json", directory / "report.md"
    json_path.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    md_path.write_text(markdown_report(result), encoding="utf-8")
    return json_path, md_path
