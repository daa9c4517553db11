"""The reconciliation rule: for every loaded file, read = loaded + quarantined + duplicates + filtered,
and the warehouse really holds the rows the registry says were loaded and quarantined."""

from __future__ import annotations

import duckdb

from signalchain.ingest.contracts import SOURCES
from signalchain.warehouse import run
from signalchain.ingest.tables import QUARANTINE, REGISTRY, ensure_raw_schema


def reconciliation_breaks(con: duckdb.DuckDBPyConnection, source_name: str) -> list[dict]:
    """The loaded files of a source whose counts do not add up; empty when all is well."""
    ensure_raw_schema(con)
    table = SOURCES[source_name].table
    rows = run(con, f"""
        WITH stored AS (SELECT _file_hash, count(*) AS n FROM {table} GROUP BY 1),
             held AS (SELECT _file_hash, count(*) AS n FROM {QUARANTINE} WHERE source = $source GROUP BY 1)
        SELECT f.file_name, f.rows_read, f.rows_loaded, f.rows_quarantined, f.rows_duplicate,
               coalesce(s.n, 0) AS rows_in_table, coalesce(h.n, 0) AS rows_in_quarantine
        FROM {REGISTRY} f
        LEFT JOIN stored s ON s._file_hash = f.content_hash
        LEFT JOIN held h ON h._file_hash = f.content_hash
        WHERE f.source = $source AND f.status = 'loaded'
          AND (f.rows_read <> f.rows_loaded + f.rows_quarantined + f.rows_duplicate + coalesce(f.rows_filtered, 0)
               OR coalesce(s.n, 0) <> f.rows_loaded OR coalesce(h.n, 0) <> f.rows_quarantined)
        ORDER BY f.file_name
    """, {"source": source_name})
    names = ["file_name", "rows_read", "rows_loaded", "rows_quarantined", "rows_duplicate",
             "rows_in_table", "rows_in_quarantine"]
    return [dict(zip(names, row)) for row in rows]
