"""Batch tagging: each distinct text once, chunked to bound memory, spread over the cores for
large inputs.

Call notes and short survey comments repeat ("klant belt over factuur", "Prima"), so the
distinct texts are tagged and their tags copied to every text they stand for. A text may be
tagged with `other` ruled out (a dissatisfied customer's survey comment, ml/survey_context.py);
the same text with and without that context counts as two.

Feature extraction (tokenising into word and character n-grams) is pure Python and
holds the GIL, so threads do not help; large inputs are split into one contiguous
slice per worker process (joblib/loky), each slice tagged chunk by chunk. One slice
per worker means the model, whose vocabularies are large, is sent to each worker once per call.
A caller that tags in several calls (the warehouse, in write batches) passes the artifact folder
the model came from instead: each worker then loads it once and keeps it for the calls that follow
(joblib reuses its workers), rather than receiving and unpickling a copy with every call, which cost
seconds a call and left the workers' memory growing batch after batch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, delayed

from ml.clauses import add_clause_secondaries
from ml.decide import TAG_COLUMNS, decide
from ml.model import SignalModel
from ml.store import load_stored
from ml.survey_context import rule_out_other

CHUNK_SIZE = 8_000  # texts featurised at once per worker: what bounds tagging memory (README.md, "Performance")
PARALLEL_FROM = 50_000  # below this, starting worker processes costs more than it saves
IDLE_WORKER_SECONDS = 10  # joblib keeps idle workers (each holding a copy of the model) for 300 s by default


def _tag_chunk(model: SignalModel, texts: Sequence, no_other: np.ndarray, min_confidence: float) -> pd.DataFrame:
    proba = rule_out_other(model, model.probabilities(texts), no_other)
    return add_clause_secondaries(model, texts, decide(model, proba, min_confidence), min_confidence)


def _tag_serial(model: SignalModel, texts: Sequence, no_other: np.ndarray, min_confidence: float,
                chunk_size: int) -> pd.DataFrame:
    parts = [_tag_chunk(model, texts[i:i + chunk_size], no_other[i:i + chunk_size], min_confidence)
             for i in range(0, len(texts), chunk_size)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=TAG_COLUMNS)


def _tag_serial_stored(model_dir: str, texts: Sequence, no_other: np.ndarray, min_confidence: float,
                       chunk_size: int) -> pd.DataFrame:
    return _tag_serial(load_stored(model_dir)[0], texts, no_other, min_confidence, chunk_size)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _tag_distinct(model: SignalModel, texts: list[str], no_other: np.ndarray, min_confidence: float,
                  n_jobs: int | None, chunk_size: int, model_dir: Path | None) -> pd.DataFrame:
    workers = min(n_jobs or default_workers(), max(1, len(texts) // chunk_size))
    if workers <= 1 or len(texts) < PARALLEL_FROM:
        return _tag_serial(model, texts, no_other, min_confidence, chunk_size)
    bounds = np.linspace(0, len(texts), workers + 1).astype(int)
    task, source = (_tag_serial, model) if model_dir is None else (_tag_serial_stored, str(model_dir))
    parts = Parallel(n_jobs=workers, idle_worker_timeout=IDLE_WORKER_SECONDS)(
        delayed(task)(source, texts[lo:hi], no_other[lo:hi], min_confidence, chunk_size)
        for lo, hi in zip(bounds[:-1], bounds[1:]))
    return pd.concat(parts, ignore_index=True)


def tag_texts(model: SignalModel, texts: Sequence[str | None], min_confidence: float,
              n_jobs: int | None = None, chunk_size: int = CHUNK_SIZE,
              no_other: Sequence[bool] | None = None, model_dir: Path | None = None) -> pd.DataFrame:
    """Tags (signal_id, signal_confidence, journey_step_id, journey_step_confidence,
    secondary_signal_id) for `texts`, in their order; a missing text is tagged as an empty one.
    `no_other` (one flag per text) marks the texts that may not come out `other`. `model_dir`, the
    artifact folder `model` was loaded from, lets worker processes load it themselves."""
    texts = np.array([t if isinstance(t, str) else "" for t in texts], dtype=object)
    flags = np.zeros(len(texts), dtype=bool) if no_other is None else np.asarray(no_other, dtype=bool)
    if not len(texts):
        return _tag_serial(model, [], flags, min_confidence, chunk_size)
    codes, distinct = pd.MultiIndex.from_arrays([texts, flags]).factorize()
    tags = _tag_distinct(model, list(distinct.get_level_values(0)), distinct.get_level_values(1).to_numpy(dtype=bool),
                         min_confidence, n_jobs, chunk_size, model_dir)
    return tags.iloc[codes].reset_index(drop=True)
