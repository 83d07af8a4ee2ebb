"""A sentence-transformers model under onnxruntime: an int8 export made once, offline, then run with the
``tokenizers`` package, mean pooling and L2 normalisation — no torch at query time.

sentence-transformers' own ``backend="onnx"`` needs optimum-onnx, which pins transformers < 4.58 and would
downgrade the installed transformers 5; the export below uses only torch (already installed) and
onnxruntime's quantiser, and the runtime needs neither torch nor transformers.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

log = logging.getLogger(__name__)

# Bump when the export or quantisation changes, so an older cached file is never reused.
RECIPE = "minilm-int8-dynamic-v1"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class OnnxExportError(RuntimeError):
    """The model cannot be exported or run under onnxruntime; the message says what to do."""


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def check_mean_pooling(location: Path) -> int:
    """The model's max sequence length, after checking it is a mean-pooled, normalised model we can mirror."""
    modules = _read_json(location / "modules.json")
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules] if isinstance(modules, list) else []
    pool_dir = next((m.get("path", "") for m in modules if m.get("type", "").endswith("Pooling")), "1_Pooling") \
        if isinstance(modules, list) else "1_Pooling"
    pooling = _read_json(location / pool_dir / "config.json")
    if kinds[:3] != ["Transformer", "Pooling", "Normalize"] or not pooling.get("pooling_mode_mean_tokens"):
        raise OnnxExportError(f"{location} is not a mean-pooled, normalised sentence-transformers model; "
                              "set embedding_runtime = \"torch\" for it")
    return int(_read_json(location / "sentence_bert_config.json").get("max_seq_length", 256))


def cached_model_path(location: Path, cache_dir: Path) -> Path:
    """Where the int8 export of the model at ``location`` lives: keyed by recipe and weights (size, mtime)."""
    weights = sorted(p for p in location.iterdir() if p.suffix in (".safetensors", ".bin"))
    stamp = "|".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in weights)
    digest = hashlib.sha256(f"{RECIPE}|{location.resolve()}|{stamp}".encode()).hexdigest()[:16]
    return cache_dir / "onnx" / f"{location.name}-{RECIPE}-{digest}.onnx"


def export_int8(location: Path, out: Path) -> Path:
    """Export the transformer to ONNX and quantise it to int8, unless a finished file is already there.

    Weight MatMuls are quantised per channel; the feed-forward output projections (whose GELU inputs have
    outliers) and the activation×activation attention products stay float: on the briefing chunks this keeps
    cosine ≥ 0.99 to the torch vectors where quantising everything gave 0.77."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with (out.parent / ".export.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two processes starting at once export once
        if out.is_file():
            return out
        tag = uuid.uuid4().hex[:8]
        raw, pre, part = (out.with_name(f".{out.stem}.{tag}.{kind}.onnx") for kind in ("raw", "pre", "part"))
        try:
            _export_float(location, raw)
            _quantise(raw, pre, part)
            os.replace(part, out)
        finally:
            for tmp in (raw, pre, part):
                tmp.unlink(missing_ok=True)
    log.info("exported %s to %s", location, out)
    return out


def _export_float(location: Path, path: Path) -> None:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(location)).eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    ids = torch.ones(2, 16, dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    # The TorchScript exporter: the dynamo one needs onnxscript and gains nothing for a plain BERT.
    torch.onnx.export(LastHidden(model), (ids, ids, torch.zeros_like(ids)), str(path), input_names=list(_INPUTS),
                      output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17, dynamo=False)


def _quantise(raw: Path, pre: Path, part: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    quant_pre_process(str(raw), str(pre), skip_symbolic_shape=True)
    matmuls = [n.name for n in onnx.load(str(pre)).graph.node if n.op_type == "MatMul"]
    keep_float = [n for n in matmuls if n.endswith(("/self/MatMul", "/self/MatMul_1"))
                  or ("/output/dense/" in n and "/attention/" not in n)]
    quantize_dynamic(str(pre), str(part), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"], nodes_to_exclude=keep_float)


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean of the token vectors under the attention mask, L2-normalised (sentence-transformers' MiniLM head)."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return np.ascontiguousarray(pooled / norms, dtype=np.float32)


@dataclass
class OnnxEmbedder:
    """An exported model in an onnxruntime session with its fast tokenizer."""

    name: str
    session: object
    tokenizer: object
    dim: int
    inputs: tuple[str, ...]

    @classmethod
    def load(cls, name: str, location: Path, cache_dir: Path, threads: int = 1,
             model_file: Path | None = None) -> OnnxEmbedder:
        """Load (exporting first when no cached export exists) the model at ``location``."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        max_len = check_mean_pooling(location)
        path = model_file or export_int8(location, cached_model_path(location, cache_dir))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(threads, 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(location / "tokenizer.json"))
        tokenizer.enable_truncation(max_len)
        tokenizer.no_padding()  # the file pads to a fixed 128; one text per run needs none
        dim = int(session.get_outputs()[0].shape[-1])
        return cls(name=name, session=session, tokenizer=tokenizer, dim=dim,
                   inputs=tuple(i.name for i in session.get_inputs()))

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        # One text per run: dynamic quantisation scales activations per tensor, so in a batch a text's
        # vector would depend on its neighbours and their padding (a re-embedded file would not reproduce
        # its vectors). Unpadded single runs measured as fast as batches of 64 here.
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            encoded = self.tokenizer.encode(text)
            ids = np.asarray([encoded.ids], dtype=np.int64)
            mask = np.asarray([encoded.attention_mask], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            out[i] = mean_pool(hidden, mask)[0]
        return out
