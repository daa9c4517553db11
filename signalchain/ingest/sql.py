"""Running a statement to completion (DuckDB 2 keeps a result open until it is fetched)."""

from __future__ import annotations

import duckdb


def run(con: duckdb.DuckDBPyConnection, sql: str, params=None) -> list[tuple]:
    return con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params=None):
    rows = run(con, sql, params)
    return rows[0][0] if rows else None
