"""The answer stage: condense, understand, retrieve, evidence, compose, cite (one step per module)."""
