"""Where the product's predict time goes: each step of the pipeline and of tagging, timed on its own."""

from __future__ import annotations

import time

from ml.clauses import add_clause_secondaries
from ml.decide import decide
from ml.model import SignalModel


def _timed(step):
    started = time.perf_counter()
    out = step()
    return out, time.perf_counter() - started


def predict_time_lines(model: SignalModel, texts: list[str]) -> list[str]:
    """One line per step with its seconds, texts/s and share, for one process on `texts`."""
    min_confidence = model.min_confidence_in_force()
    features = model.pipeline.named_steps["features"]
    blocks = dict(features.transformer_list)
    ngrams = blocks["ngrams"]
    timings = {}
    normalised, timings["normalise"] = _timed(lambda: ngrams.named_steps["normalise"].transform(texts))
    for name, block in ngrams.named_steps["blocks"].transformer_list:
        _, timings[f"n-grams: {name}"] = _timed(lambda block=block: block.transform(normalised))
    if "embeddings" in blocks:
        _, timings["embeddings"] = _timed(lambda: blocks["embeddings"].transform(texts))
    matrix, whole = _timed(lambda: features.transform(texts))
    timings["joining the blocks"] = max(whole - sum(timings.values()), 0.0)
    proba, timings["classifier"] = _timed(lambda: model.pipeline.named_steps["classifier"].predict_proba(matrix))
    tags, timings["decide"] = _timed(lambda: decide(model, proba, min_confidence))
    _, timings["clause secondaries"] = _timed(lambda: add_clause_secondaries(model, texts, tags, min_confidence))
    total = sum(timings.values())
    lines = [f"{name:<22} {seconds:6.2f} s {len(texts) / seconds:>10,.0f} texts/s {seconds / total:6.1%}"
             for name, seconds in timings.items() if seconds > 0]
    return lines + [f"{'all':<22} {total:6.2f} s {len(texts) / total:>10,.0f} texts/s"]
