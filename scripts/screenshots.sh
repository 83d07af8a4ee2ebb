#!/usr/bin/env bash
# Re-takes the README screenshots from the real browser test: docs/screenshot.png (desktop),
# docs/screenshot-phone.png (390×844) and docs/screenshot-dark.png (dark theme). Run on purpose, never by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/python -m pytest -q -p no:cacheprovider tests/browser --screenshots docs \
  -k "(real_browser and desktop-light) or (sources_open and phone-light) or (themes and desktop-dark)" "$@"
