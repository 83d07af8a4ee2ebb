"""The eval result: metrics per corpus, split and kind, flat metric names, and thresholds checked against them."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from .items import EVAL_DIR, KINDS
from .record import ItemRecord, aggregate
from .score import retrieval_summary

DEFAULT_THRESHOLDS = EVAL_DIR / "thresholds.toml"
GROUPS = ("all", "main", "extra")  # corpus groups: both corpora together, then each
SPLIT_GROUPS = ("all", "dev", "test")


def _block(records: Sequence[ItemRecord], mode: str) -> dict[str, Any]:
    in_retrieval = [r for r in records if r.in_retrieval]
    modes = sorted({m for r in in_retrieval for m in r.ranks})
    return {
        "overall": aggregate(records, mode),
        "by_kind": {k: aggregate([r for r in records if r.kind == k], mode) for k in KINDS
                    if any(r.kind == k for r in records)},
        "retrieval": {m: retrieval_summary([r.ranks.get(m) for r in in_retrieval]) for m in modes},
    }


def summarise(records: Sequence[ItemRecord], mode: str = "hybrid") -> dict[str, dict[str, Any]]:
    """{corpus group: {split: {"overall", "by_kind", "retrieval"}}} for the groups that have items.
    ``mode``: the retrieval mode whose ranks give the overall hit@k (ours: hybrid; a baseline: ensemble)."""
    out: dict[str, dict[str, Any]] = {}
    for corpus in GROUPS:
        chosen = [r for r in records if corpus == "all" or r.corpus == corpus]
        if not chosen or (corpus != "all" and len(chosen) == len(records)):
            continue  # a corpus group identical to "all" adds nothing
        out[corpus] = {split: _block(part, mode) for split in SPLIT_GROUPS
                       if (part := [r for r in chosen if split == "all" or r.split == split])}
    return out


def _flatten(block: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    flat = {f"{prefix}{k}": v for k, v in block["overall"].items()}
    for mode, summary in block["retrieval"].items():
        flat.update({f"{prefix}{mode}_{k}": v for k, v in summary.items()})
    for kind, metrics in block["by_kind"].items():
        flat.update({f"{prefix}kind_{kind}_{k}": v for k, v in metrics.items()})
    return flat


def _gaps(dev: Mapping[str, Any], test: Mapping[str, Any]) -> dict[str, float]:
    """|dev − test| for every metric measured on both splits."""
    return {name: abs(dev[name] - test[name]) for name in dev
            if isinstance(dev[name], (int, float)) and isinstance(test.get(name), (int, float))}


@dataclass
class EvalResult:
    """Per-item records, their metrics (``summarise``), and the baselines' records and metrics."""

    created: str
    backend: str
    settings: dict[str, Any]
    records: list[ItemRecord]
    metrics: dict[str, dict[str, Any]]
    # name → config, records, metrics (answers, on the kinds a baseline can answer), retrieval (every item with evidence)
    baselines: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # wall seconds per stage (main_answers, extra_index, …)
    threshold_failures: list[str] = field(default_factory=list)

    def block(self, corpus: str = "all", split: str = "all") -> dict[str, Any] | None:
        """Metrics of one corpus group and split, or None when it has no items."""
        return self.metrics.get(corpus, {}).get(split)

    def flat_metrics(self) -> dict[str, float | int | None]:
        """Every scalar metric by one dotted name: ``<split>.[<corpus>.]<metric>``, where the split is dev,
        test or all, the corpus main or extra (absent: both together), and the metric an overall one
        (``figure_accuracy``), a retrieval one (``hybrid_hit_at_5``), a per-kind one
        (``kind_open_point_recall``) or a baseline's (``baseline_sized-jieba_ensemble_hit_at_5``);
        ``gap.[<corpus>.]<metric>`` is |dev − test|."""
        flat: dict[str, Any] = {}
        for corpus, splits in self.metrics.items():
            where = "" if corpus == "all" else f"{corpus}."
            per_split = {}
            for split, block in splits.items():
                names = _flatten(block, "")
                for name, data in self.baselines.items():
                    answers = data["metrics"].get(corpus, {}).get(split)
                    retrieval = data["retrieval"].get(corpus, {}).get(split)
                    if answers:
                        names.update({f"baseline_{name}_{k}": v for k, v in answers["overall"].items()})
                    if retrieval:
                        names.update({f"baseline_{name}_{mode}_{k}": v for mode, summary in retrieval["retrieval"].items()
                                      for k, v in summary.items()})
                per_split[split] = names
                flat.update({f"{split}.{where}{k}": v for k, v in names.items()})
            if "dev" in per_split and "test" in per_split:
                flat.update({f"gap.{where}{k}": v for k, v in _gaps(per_split["dev"], per_split["test"]).items()})
        return flat

    def to_dict(self, items: bool = True) -> dict:
        """JSON form: settings, metrics, baselines (per item only ranks and checks), and every item."""
        baselines = {
            name: {"config": data["config"], "metrics": data["metrics"], "retrieval": data["retrieval"],
                   **({"items": [{"id": r.id, "ranks": r.ranks, "correct": r.correct, "figure_ok": r.figure_ok,
                                  "term_ok": r.term_ok, "citation_ok": r.citation_ok, "point_recall": r.point_recall}
                                 for r in data["records"]]} if items else {})}
            for name, data in self.baselines.items()
        }
        out = {"created": self.created, "backend": self.backend, "settings": self.settings,
               "seconds": round(self.seconds, 1), "timings": self.timings, "metrics": self.metrics, "baselines": baselines,
               "threshold_failures": self.threshold_failures}
        if items:
            out["items"] = [r.to_dict() for r in self.records]
        return out


def _flatten_toml(table: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in table.items():
        if isinstance(value, Mapping):
            out.update(_flatten_toml(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def load_thresholds(path: str | Path = DEFAULT_THRESHOLDS) -> dict[str, float]:
    """``<name>_min`` / ``<name>_max`` entries of a TOML file; tables give the dotted prefix ([test] → test.)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return _flatten_toml(tomllib.loads(Path(path).read_text(encoding="utf-8")))


def check_thresholds(result: EvalResult, thresholds: Mapping[str, float]) -> list[str]:
    """One message per violated threshold, in the order given. Keys are ``<metric>_min`` or ``<metric>_max``,
    where the metric is a name of ``EvalResult.flat_metrics()``; an unknown or unmeasured metric is a failure too.
    Limits on a split that was not run at all (``--split dev`` skips ``test.*`` and ``gap.*``) are not checked."""
    flat = result.flat_metrics()
    ran = {name.split(".", 1)[0] for name in flat}
    failures = []
    for key, limit in thresholds.items():
        if key.split(".", 1)[0] in ("dev", "test", "gap") and key.split(".", 1)[0] not in ran:
            continue
        name, _, bound = key.rpartition("_")
        if bound not in ("min", "max") or not name:
            failures.append(f"{key}: threshold names must end in _min or _max")
            continue
        value = flat.get(name)
        if name not in flat:
            failures.append(f"{key}: unknown metric {name!r}")
        elif value is None:
            failures.append(f"{key}: {name} was not measured (no items apply)")
        elif bound == "min" and value < limit:
            failures.append(f"{name} = {value:.3f} is below the minimum {limit:.3f}")
        elif bound == "max" and value > limit:
            failures.append(f"{name} = {value:.3f} is above the maximum {limit:.3f}")
    return failures
