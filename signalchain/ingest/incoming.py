"""The rows of one file, staged for the typed SELECT: as read, or through the folder's mapping.

A file in contract format is registered as it is. A file in a mapped folder (landing.yml) is
first turned into the contract's text columns by its mapping; rows its filters leave out are
counted, not typed. Either way the staged relation has `_line` (where a person finds the row) and
`_row` (unique, also when a wide survey row became several responses).
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from signalchain.ingest.contracts import Source
from signalchain.ingest.files import FileRejected
from signalchain.ingest.mapping.config import FolderMapping
from signalchain.ingest.mapping.expressions import mapped_select
from signalchain.ingest.read_result import ReadResult
from signalchain.warehouse import run, scalar

STAGED = "incoming_text"
_EXPORT = "incoming_export"


def check_columns(source: Source, result: ReadResult, mapping: FolderMapping | None) -> list[str]:
    """The file's columns against the contract and the mapping: rejects the file, or returns what
    is ignored and why."""
    present = set(result.table.column_names) - {"_line"}
    contract = {c.name for c in source.columns}
    mapped = set(mapping.columns) if mapping else set()
    if mapping and mapping.melt:
        mapped |= {"score", "survey_type"}
    absent = sorted(mapping.export_columns() - present) if mapping else []
    if absent:
        raise FileRejected(f"the mapping {mapping.where} names column(s) absent from the file: "
                           f"{', '.join(absent)}; found: {', '.join(sorted(present)) or '(none)'}")
    missing = [c for c in source.required if c not in present | mapped and c not in result.unreadable_columns]
    if missing:
        raise FileRejected(f"missing required column(s): {', '.join(missing)}; found: "
                           f"{', '.join(sorted(present)) or '(none)'}")
    used = mapping.export_columns() if mapping else set()
    unusable = {c: why for c, why in result.unreadable_columns.items() if c in contract | used}
    if unusable:
        raise FileRejected("; ".join(f"column {c}: {why}" for c, why in sorted(unusable.items())))
    ignored = sorted(present - contract - used)
    return ignored + [f"{c} ({why})" for c, why in sorted(result.unreadable_columns.items())]


def stage(con: duckdb.DuckDBPyConnection, result: ReadResult, mapping: FolderMapping | None) -> tuple[str, set, int]:
    """Stage the rows; returns the relation to type, the contract columns it has, and rows filtered out."""
    table = result.table
    if mapping is None:
        con.register(STAGED, table.append_column("_row", pa.array(range(table.num_rows), pa.int64())))
        return STAGED, set(table.column_names) - {"_line"}, 0
    con.register(_EXPORT, table)
    present = set(table.column_names) - {"_line"}
    run(con, f"CREATE OR REPLACE TEMP TABLE {STAGED} AS {mapped_select(mapping, present, _EXPORT)}")
    con.unregister(_EXPORT)
    filtered = scalar(con, f"SELECT count(*) FROM {STAGED} WHERE _excluded IS NOT NULL")
    columns = {c for c in present} | set(mapping.columns) | ({"score", "survey_type"} if mapping.melt else set())
    return f"(SELECT * FROM {STAGED} WHERE _excluded IS NULL)", columns, filtered


def unstage(con: duckdb.DuckDBPyConnection) -> None:
    con.unregister(STAGED)
    run(con, f"DROP TABLE IF EXISTS {STAGED}")
