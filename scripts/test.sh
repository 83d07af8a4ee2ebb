#!/usr/bin/env bash
# Runs the eval (fails below eval/thresholds.toml) and then the test suite, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/rag-assistant eval --report eval/reports
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
