"""The stock LangChain retrieval pipeline a user would assemble from the tutorials: the eval's baselines.

    TextLoader (raw .txt files)
      → RecursiveCharacterTextSplitter (default separators "\\n\\n", "\\n", " ", "")
      → benchmarks/langchain_stock.py's ``build_stock``: the FAISS vectorstore over HuggingFaceEmbeddings
        with the SAME model as ours (all-MiniLM-L6-v2, library defaults: no normalisation, L2)
        + BM25Retriever, tokenised two ways:
            whitespace — the library default (``str.split()``: on Chinese text nearly every query is one
                         "word" and nearly every score is 0);
            jieba      — the same jieba tokens our BM25 uses, the configuration a user would need for
                         Chinese and the fair one to compare against
      → EnsembleRetriever, equal weights (0.5 / 0.5), reciprocal-rank fusion with c = 60.

Two chunk sizes (``VARIANTS``): the tutorial default (1000 / 200 characters) and one sized like our
chunks (our 256-token chunks average ~171 characters with a 32-token ≈ 20-character overlap, so
180 / 30). Every (size, tokeniser) pair is one pipeline (``PIPELINES``). Nothing here is tuned.

Used by ``rag_assistant.evaluation.baseline``; also runnable alone:
``python eval/baseline.py "南通累计排查企业多少家"``.
"""

from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ sits beside eval/ and is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks.langchain_stock import StockPipeline, build_stock, hf_embeddings  # noqa: E402

# Variant name → RecursiveCharacterTextSplitter arguments (characters).
VARIANTS: dict[str, dict[str, int]] = {
    "tutorial": {"chunk_size": 1000, "chunk_overlap": 200},
    "sized": {"chunk_size": 180, "chunk_overlap": 30},
}
TOKENIZERS = ("whitespace", "jieba")
PIPELINES: dict[str, tuple[str, str]] = {f"{v}-{t}": (v, t) for v in VARIANTS for t in TOKENIZERS}
K = 10  # documents each retriever returns (the eval scores hit@1, hit@5 and MRR@10)


class CachedEncoder:
    """A SentenceTransformer that remembers the vector of every text it encoded: each pipeline embeds a
    question twice (FAISS alone and inside the ensemble), four pipelines embed the same questions, and
    the extra corpus repeats the bundled corpus's chunks."""

    def __init__(self, model):
        self.model = model
        self._cache: dict[tuple, object] = {}

    def encode(self, sentences, **kwargs):
        """``SentenceTransformer.encode`` for the texts not seen before with these options."""
        import numpy as np

        options = tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k != "show_progress_bar"))
        missing = list(dict.fromkeys(s for s in sentences if (s, options) not in self._cache))
        if missing:
            for text, vector in zip(missing, self.model.encode(missing, **kwargs)):
                self._cache[(text, options)] = vector
        return np.asarray([self._cache[(s, options)] for s in sentences])


_ENCODERS: dict[int | None, CachedEncoder] = {}


def cached_encoder(model=None) -> CachedEncoder:
    """One CachedEncoder per model for the whole process (None: the packaged MiniLM, loaded once)."""
    key = None if model is None else id(model)
    if key not in _ENCODERS:
        _ENCODERS[key] = CachedEncoder(hf_embeddings().client if model is None else model)
    return _ENCODERS[key]


@dataclass
class BaselinePipeline:
    """One stock pipeline over one split of the corpus; ``sources[i]`` is the file of chunk ``i``."""

    name: str
    config: str
    sources: list[str]
    stock: StockPipeline

    def retrieve(self, question: str) -> dict[str, list[tuple[str, str]]]:
        """(page content, source file) best first, from BM25 alone, FAISS alone and the ensemble."""
        dense = self.stock.faiss_store.similarity_search(question, k=K)
        found = {"bm25": self.stock.bm25.invoke(question)[:K], "dense": dense,
                 "ensemble": self.stock.retriever.invoke(question)[:K]}
        return {mode: [(d.page_content, self.sources[d.metadata["i"]]) for d in docs] for mode, docs in found.items()}


def split_corpus(corpus_dir: str | Path, chunk_size: int, chunk_overlap: int) -> list:
    """Every .txt briefing read as-is (no parsing, no metadata) and split the tutorial way."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # langchain-community deprecation notices
        from langchain_community.document_loaders import TextLoader
        from langchain_text_splitters import RecursiveCharacterTextSplitter

    docs = []
    for path in sorted(Path(corpus_dir).glob("*.txt")):
        docs.extend(TextLoader(str(path), encoding="utf-8").load())
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    return splitter.split_documents(docs)


def build(corpus_dir: str | Path, names: list[str] | None = None, model=None) -> list[BaselinePipeline]:
    """The named pipelines (default: all) over the raw briefings; one embedding pass per chunk size.

    ``model``: an already loaded SentenceTransformer to share (ours), else the packaged MiniLM is loaded."""
    import numpy as np

    names = names or list(PIPELINES)
    unknown = [n for n in names if n not in PIPELINES]
    if unknown:
        raise ValueError(f"unknown baseline {unknown[0]!r}; valid baselines: {', '.join(PIPELINES)}")
    embeddings = hf_embeddings(cached_encoder(model), normalize=False)
    pipelines = []
    for variant, sizes in VARIANTS.items():
        wanted = [n for n in names if PIPELINES[n][0] == variant]
        if not wanted:
            continue
        chunks = split_corpus(corpus_dir, **sizes)
        texts = [c.page_content for c in chunks]
        sources = [Path(c.metadata["source"]).name for c in chunks]
        vectors = np.asarray(embeddings.embed_documents(texts), dtype=np.float32)
        for name in wanted:
            stock = build_stock(texts, vectors, PIPELINES[name][1], embeddings=embeddings, candidates=K,
                                weights=(0.5, 0.5), c=60)
            config = f"chunk_size={sizes['chunk_size']}, overlap={sizes['chunk_overlap']}, {len(texts)} chunks, " \
                     f"BM25 {PIPELINES[name][1]}"
            pipelines.append(BaselinePipeline(name, config, sources, stock))
    return pipelines


if __name__ == "__main__":  # pragma: no cover - manual use
    for pipeline in build(ROOT / "index" / "briefings", ["sized-whitespace", "sized-jieba"]):
        for mode, found in pipeline.retrieve(" ".join(sys.argv[1:]) or "南通累计排查企业多少家").items():
            print(f"== {pipeline.name} {mode}")
            for rank, (text, source) in enumerate(found[:5], 1):
                print(f"{rank}. {source} {text[:80]!r}")
