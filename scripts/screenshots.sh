#!/usr/bin/env bash
# Re-takes the README screenshots (docs/*.png) from the real browser test. Run on purpose, never by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_browser.py --screenshots docs "$@"
