"""Small helpers for statements on the DuckDB warehouse, shared by ingest, ml and the assets.

Each runs its statement to completion: DuckDB 2 keeps a result open until it is fetched.
"""

from __future__ import annotations

import duckdb


def run(con: duckdb.DuckDBPyConnection, sql: str, params=None) -> list[tuple]:
    return con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params=None):
    rows = run(con, sql, params)
    return rows[0][0] if rows else None


def table_exists(con: duckdb.DuckDBPyConnection, qualified: str) -> bool:
    """Whether `schema.name` exists as a table or view."""
    schema, name = qualified.split(".")
    return scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                  [schema, name]) > 0
