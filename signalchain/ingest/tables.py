"""DDL for the `raw` schema: one table per source, the file registry and the quarantine."""

from __future__ import annotations

import duckdb

from signalchain.warehouse import run

from signalchain.ingest.contracts import DERIVED_KEYS, LINEAGE_COLUMNS, RAW_SCHEMA, SOURCES, Source

REGISTRY = f"{RAW_SCHEMA}._ingested_files"
QUARANTINE = f"{RAW_SCHEMA}._quarantine"

_REGISTRY_DDL = f"""
CREATE TABLE IF NOT EXISTS {REGISTRY} (
    content_hash VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    size_bytes BIGINT,
    status VARCHAR NOT NULL,          -- loaded | rejected
    error VARCHAR,
    ignored_columns VARCHAR,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_quarantined BIGINT,
    rows_duplicate BIGINT,
    ingested_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, content_hash)
)"""

_QUARANTINE_DDL = f"""
CREATE TABLE IF NOT EXISTS {QUARANTINE} (
    source VARCHAR NOT NULL,
    _file_hash VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    line BIGINT,
    reason VARCHAR NOT NULL,
    record VARCHAR,
    quarantined_at TIMESTAMPTZ NOT NULL
)"""


def source_table_ddl(source: Source) -> str:
    columns = [f'"{c.name}" {c.sql_type}' for c in source.columns]
    if source.name in DERIVED_KEYS:
        columns.append(f'"{source.key}" VARCHAR')
    columns += [f"{name} {sql_type}" for name, sql_type in LINEAGE_COLUMNS.items()]
    return f"CREATE TABLE IF NOT EXISTS {source.table} ({', '.join(columns)})"


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    run(con, f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    run(con, _REGISTRY_DDL)
    run(con, _QUARANTINE_DDL)
    for source in SOURCES.values():
        run(con, source_table_ddl(source))
