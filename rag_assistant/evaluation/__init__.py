"""The eval: gold items (items), pure scoring (score, points, claims, record), the runner (run, corpus,
baseline), results and thresholds (result) and reports (report). Definitions are in eval/README.md."""

from .items import DEFAULT_QUESTIONS, EXTRA_QUESTIONS, KINDS, EvalItem, load_all, load_items, split_of
from .report import DEFAULT_REPORT_DIR, markdown_report, summary_table, write_report
from .result import DEFAULT_THRESHOLDS, EvalResult, check_thresholds, load_thresholds
from .run import run_eval

__all__ = ["DEFAULT_QUESTIONS", "DEFAULT_REPORT_DIR", "DEFAULT_THRESHOLDS", "EXTRA_QUESTIONS", "KINDS", "EvalItem",
           "EvalResult", "check_thresholds", "load_all", "load_items", "load_thresholds", "markdown_report",
           "run_eval", "split_of", "summary_table", "write_report"]
