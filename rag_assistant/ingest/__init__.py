"""Files to Briefings to Chunks: loading, parsing and chunking of briefing files."""
