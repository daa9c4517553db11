"""The classifier's output table `ml.contact_signal_tags`, as the dbt project defines it (no Dagster).

Its one definition is the dbt source `ml.contact_signal_tags` in
`dbt_project/models/ml/_ml__sources.yml`: schema, table name and columns with their `data_type`,
in order. dbt's on-run-start hook (macros/create_tag_table_if_absent.sql) creates the table from
that entry; this module reads the same file for the Python side.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import yaml

from signalchain.settings import DBT_PROJECT_DIR

SOURCES_YML: Path = DBT_PROJECT_DIR / "models" / "ml" / "_ml__sources.yml"
_SOURCE, _TABLE = "ml", "contact_signal_tags"


def _read_definition() -> tuple[str, list[tuple[str, str]]]:
    """(schema.table, [(column, data_type), ...]) from the dbt source entry."""
    sources = yaml.safe_load(SOURCES_YML.read_text(encoding="utf-8"))["sources"]
    source = next(s for s in sources if s["name"] == _SOURCE)
    table = next(t for t in source["tables"] if t["name"] == _TABLE)
    missing = [c["name"] for c in table["columns"] if not c.get("data_type")]
    if missing:
        raise ValueError(f"{SOURCES_YML}: columns without data_type: {missing}")
    name = f"{source.get('schema', _SOURCE)}.{table.get('identifier', _TABLE)}"
    return name, [(c["name"], c["data_type"]) for c in table["columns"]]


TAGS_TABLE, _COLUMNS = _read_definition()
TAG_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _COLUMNS)
TAGS_DDL = f"CREATE TABLE IF NOT EXISTS {TAGS_TABLE} ({', '.join(f'{n} {t.upper()}' for n, t in _COLUMNS)})"


def ensure_tags_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create the schema and the empty tag table when they are absent, and add any column that a
    table from an older release lacks (its rows get NULL there)."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {TAGS_TABLE.split('.')[0]}")
    con.execute(TAGS_DDL)
    for name, data_type in _COLUMNS:
        con.execute(f"ALTER TABLE {TAGS_TABLE} ADD COLUMN IF NOT EXISTS {name} {data_type.upper()}")
