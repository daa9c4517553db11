"""The classifier's reads and writes in the DuckDB warehouse (plain SQL, no Dagster).

Tags are written in bulk through Arrow: each batch of tags is registered as a view and
replaces the batch's contacts' earlier tags in one DELETE + INSERT ... SELECT.
"""

from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import pandas as pd
import pyarrow as pa

from ml.tag_table import TAGS_TABLE
from ml.training_data import TrainingFrames
from signalchain.warehouse import table_exists

REVIEW_TABLE = "ml.review_queue"
TEXTS_TABLE = "intermediate.int_contact_texts"


def training_frames(con: duckdb.DuckDBPyConnection) -> TrainingFrames:
    """Hand labels, call notes and survey comments from staging and intermediate, where dbt keeps the
    latest version of each: labels in order of arrival so that a later label of the same text wins,
    calls with notes in id order, survey comments with their score and the hand label and wrap-up
    code of the contact they follow (ml/survey_labels.py reads them)."""
    labels = con.execute("""
        SELECT label_text AS text, signal_id FROM staging.stg_raw__labels
        ORDER BY _ingested_at, _file_name, _line""").df()
    calls = con.execute("""
        SELECT wrap_up_code, notes FROM staging.stg_raw__calls
        WHERE notes IS NOT NULL AND wrap_up_code IS NOT NULL ORDER BY call_id""").df()
    surveys = con.execute("""
        SELECT s.comment AS text, s.survey_type, s.score,
               l.signal_id AS contact_label, c.wrap_up_code AS contact_wrap_up_code
        FROM staging.stg_raw__surveys s
        LEFT JOIN intermediate.int_contact_references_resolved r ON r.reference = s.contact_id
        LEFT JOIN intermediate.int_contacts_unioned c ON c.contact_id = r.contact_id
        LEFT JOIN intermediate.int_contact_labels l ON l.contact_id = r.contact_id
        WHERE s.comment IS NOT NULL ORDER BY s.response_id""").df()
    return TrainingFrames(labels=labels, calls=calls, surveys=surveys)


def pending_texts(con: duckdb.DuckDBPyConnection, model_version: str) -> pa.Table:
    """Contacts with a text and no tag from `model_version` for exactly this text: new contacts, and
    contacts whose text changed since they were tagged (contact_id, text, text_hash, and a survey
    comment's survey_type and score)."""
    return con.sql(f"""
        SELECT t.contact_id, t.text, md5(t.text) AS text_hash, t.survey_type, t.score FROM {TEXTS_TABLE} t
        LEFT JOIN {TAGS_TABLE} g
            ON g.contact_id = t.contact_id AND g.model_version = ? AND g.text_hash = md5(t.text)
        WHERE g.contact_id IS NULL AND t.text IS NOT NULL AND trim(t.text) <> ''
        QUALIFY row_number() OVER (PARTITION BY t.contact_id ORDER BY t.text) = 1
        ORDER BY t.contact_id""", params=[model_version]).to_arrow_table()


def write_tags(con: duckdb.DuckDBPyConnection, texts: pa.Table, tags: pd.DataFrame, model_version: str) -> int:
    """Replace the tags of the contacts in `texts` (contact_id, text_hash) with `tags` (same order)."""
    batch = pa.table({
        "contact_id": texts.column("contact_id"),
        "text_hash": texts.column("text_hash"),
        "signal_id": pa.array(tags["signal_id"].astype(object), pa.string(), from_pandas=True),
        "signal_confidence": pa.array(tags["signal_confidence"], pa.float64()),
        "journey_step_id": pa.array(tags["journey_step_id"].astype(object), pa.string(), from_pandas=True),
        "journey_step_confidence": pa.array(tags["journey_step_confidence"], pa.float64(), from_pandas=True),
        "secondary_signal_id": pa.array(tags["secondary_signal_id"].astype(object), pa.string(), from_pandas=True),
    })
    con.register("new_tags", batch)
    try:
        con.execute("BEGIN")
        con.execute(f"DELETE FROM {TAGS_TABLE} WHERE contact_id IN (SELECT contact_id FROM new_tags)")
        con.execute(f"""INSERT INTO {TAGS_TABLE} BY NAME SELECT *, ? AS model_version, ? AS tagged_at
                        FROM new_tags""",
                    [model_version, datetime.now(timezone.utc)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("new_tags")
    return batch.num_rows


def least_certain(con: duckdb.DuckDBPyConnection, model_version: str, n: int) -> pd.DataFrame:
    """The `n` contacts tagged by `model_version` with the lowest signal confidence and no
    hand label yet (contact_id, text, signal_id, signal_confidence)."""
    labels = "staging.stg_raw__labels"
    labelled = f"AND t.contact_id NOT IN (SELECT contact_id FROM {labels} WHERE contact_id IS NOT NULL)" \
        if table_exists(con, labels) else ""
    return con.execute(f"""
        SELECT t.contact_id, t.text, g.signal_id, g.signal_confidence
        FROM {TAGS_TABLE} g JOIN {TEXTS_TABLE} t USING (contact_id)
        WHERE g.model_version = ? {labelled}
        ORDER BY g.signal_confidence, t.contact_id LIMIT ?""", [model_version, n]).df()


def replace_review_queue(con: duckdb.DuckDBPyConnection, queue: pd.DataFrame) -> None:
    con.execute("CREATE SCHEMA IF NOT EXISTS ml")
    con.register("queue_rows", pa.Table.from_pandas(queue, preserve_index=False))
    try:
        con.execute(f"CREATE OR REPLACE TABLE {REVIEW_TABLE} AS SELECT * FROM queue_rows")
    finally:
        con.unregister("queue_rows")
