"""Incremental tagging in the warehouse: only contacts without a tag from the model in use, survey
comments in the context of their score (ml/survey_context.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa

from ml.model import SignalModel
from ml.predict import tag_texts
from ml.survey_context import complaints
from ml.tag_table import TAGS_TABLE, ensure_tags_table
from ml.warehouse import pending_texts, write_tags
from signalchain.warehouse import scalar

WRITE_BATCH = 250_000  # rows per transaction: bounds memory, and a crash keeps finished batches


def tag_new_contacts(con: duckdb.DuckDBPyConnection, model: SignalModel, model_version: str,
                     min_confidence: float, batch_size: int = WRITE_BATCH) -> dict:
    """Tag every contact text without a tag from `model_version`; returns counts for metadata."""
    ensure_tags_table(con)
    return tag_pending(con, pending_texts(con, model_version), model, model_version, min_confidence, batch_size)


def release_freed_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Let DuckDB's allocator hand the memory its queries freed back to the operating system in
    background threads. Without them it keeps it: after the query for the pending texts of a million
    contacts the process held ~400 MB more than it used, all through tagging, beside the worker
    processes that each hold a copy of the model. A setting of the allocator, so of the whole process."""
    con.execute("SET GLOBAL allocator_background_threads = true")


def tag_pending(con: duckdb.DuckDBPyConnection, pending: pa.Table, model: SignalModel, model_version: str,
                min_confidence: float, batch_size: int = WRITE_BATCH, model_dir: Path | None = None) -> dict:
    """Tag the `pending` texts (ml.warehouse.pending_texts): a caller that finds none need not load a model.
    `model_dir`, the artifact folder of `model`, lets the worker processes keep one copy of the model
    over all the batches (ml/predict.py)."""
    release_freed_memory(con)
    signals: Counter = Counter()
    for start in range(0, pending.num_rows, batch_size):
        batch = pending.slice(start, batch_size)
        texts = batch.column("text").to_pylist()
        no_other = complaints(batch.column("survey_type").to_pylist(), batch.column("score").to_pylist())
        tags = tag_texts(model, texts, min_confidence, no_other=no_other, model_dir=model_dir)
        write_tags(con, batch, tags, model_version)
        signals.update(tags["signal_id"])
    total = scalar(con, f"SELECT count(*) FROM {TAGS_TABLE}")
    return {"tagged_now": pending.num_rows, "table_rows": int(total),
            "unknown_now": int(signals.get("unknown", 0)), "signals_now": dict(signals.most_common())}
