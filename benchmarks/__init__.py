"""Performance benchmark of the RAG assistant: ``python -m benchmarks.run`` (see benchmarks/README.md)."""
