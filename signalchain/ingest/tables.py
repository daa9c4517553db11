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
    status VARCHAR NOT NULL,          -- loaded | skipped (same bytes as a loaded file) | rejected
    error VARCHAR,
    ignored_columns VARCHAR,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_quarantined BIGINT,
    rows_duplicate BIGINT,
    ingested_at TIMESTAMPTZ NOT NULL,
    rows_flagged BIGINT,
    rows_filtered BIGINT,
    file_stat VARCHAR,                -- size:mtime_ns:ctime_ns:inode when hashed (file_stat.py)
    PRIMARY KEY (source, file_name, content_hash)
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
    _key_registry_by_file(con)
    run(con, _QUARANTINE_DDL)
    for source in SOURCES.values():
        run(con, source_table_ddl(source))
    wanted = {REGISTRY: {"rows_flagged": "BIGINT", "rows_filtered": "BIGINT", "file_stat": "VARCHAR"}}
    for source in SOURCES.values():
        wanted[source.table] = {**{c.name: c.sql_type for c in source.columns}, **LINEAGE_COLUMNS}
    _add_missing_columns(con, wanted)


def _add_missing_columns(con: duckdb.DuckDBPyConnection, wanted: dict[str, dict[str, str]]) -> None:
    """Tables from an older version gain the columns added since (new ones are created complete)."""
    present = {(f"{schema}.{table}", column) for schema, table, column in run(
        con, "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = ?",
        [RAW_SCHEMA])}
    for table, columns in wanted.items():
        for column, sql_type in columns.items():
            if (table, column) not in present:
                run(con, f'ALTER TABLE {table} ADD COLUMN "{column}" {sql_type}')


def _key_registry_by_file(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses from before every file had its own record keyed the registry by content alone,
    so two empty files shared one record. Rebuild such a registry with the file in its key."""
    key = run(con, "SELECT constraint_column_names FROM duckdb_constraints() WHERE schema_name = ? "
              "AND table_name = ? AND constraint_type = 'PRIMARY KEY'", [RAW_SCHEMA, REGISTRY.split(".")[1]])
    if not key or "file_name" in key[0][0]:
        return
    run(con, f"ALTER TABLE {REGISTRY} RENAME TO _ingested_files_keyed_by_content")
    run(con, _REGISTRY_DDL)
    run(con, f"INSERT INTO {REGISTRY} BY NAME SELECT * FROM {RAW_SCHEMA}._ingested_files_keyed_by_content")
    run(con, f"DROP TABLE {RAW_SCHEMA}._ingested_files_keyed_by_content")
