"""The on-disk index: embedding models and the store (FAISS, BM25, chunks, manifest)."""
