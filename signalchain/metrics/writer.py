"""Write a DataFrame to DuckDB in one statement, with a fixed column set and types."""

from __future__ import annotations

import duckdb
import pandas as pd


def replace_table(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, table: str,
                  columns: list[tuple[str, str, str]]) -> int:
    """CREATE OR REPLACE `table` from `frame`, casting each column to its declared type.

    The frame is registered as a view and copied with INSERT ... SELECT semantics (no row-by-row
    inserts); a column missing from the frame becomes a typed NULL, so the table shape is stable.
    """
    schema = table.split(".")[0] if "." in table else None
    if schema:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    view = "_replace_table_frame"
    present = set(frame.columns)
    select = ", ".join(
        f"CAST({_quote(name) if name in present else 'NULL'} AS {sql_type}) AS {_quote(name)}"
        for name, sql_type, _ in columns
    )
    con.register(view, frame)
    try:
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT {select} FROM {view}")
    finally:
        con.unregister(view)
    return len(frame)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
