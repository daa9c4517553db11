"""The file registry of one source while it loads: read once, answered in memory, written once.

Which files were ingested before (by name and content hash) decides, per file, whether it is
skipped; the records of the files the load decided on go into `raw._ingested_files` together,
inside the source's transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa

from signalchain.ingest.report import FileReport
from signalchain.ingest.tables import REGISTRY
from signalchain.warehouse import run

_SCHEMA = pa.schema([("content_hash", pa.string()), ("source", pa.string()), ("file_name", pa.string()),
                     ("size_bytes", pa.int64()), ("status", pa.string()), ("error", pa.string()),
                     ("ignored_columns", pa.string()), ("rows_read", pa.int64()), ("rows_loaded", pa.int64()),
                     ("rows_quarantined", pa.int64()), ("rows_duplicate", pa.int64()),
                     ("rows_flagged", pa.int64()), ("rows_filtered", pa.int64()),
                     ("ingested_at", pa.timestamp("us", tz="UTC"))])


class SourceRegistry:
    def __init__(self, con: duckdb.DuckDBPyConnection, source: str):
        self.source = source
        self._done: set[tuple[str, str]] = set()
        self._loaded: dict[str, str] = {}
        self._records: list[dict] = []
        for name, digest, status in run(con, f"SELECT file_name, content_hash, status FROM {REGISTRY} "
                                             "WHERE source = ?", [source]):
            self._note(name, digest, status)

    def _note(self, name: str, digest: str, status: str) -> None:
        if status in ("loaded", "skipped"):
            self._done.add((name, digest))
        if status == "loaded":
            self._loaded[digest] = min(name, self._loaded.get(digest, name))

    def ingested(self, name: str, digest: str) -> bool:
        """These bytes under this name were loaded (or skipped as a copy) before."""
        return (name, digest) in self._done

    def loaded_as(self, digest: str) -> str | None:
        """The first name under which a file with these bytes was loaded."""
        return self._loaded.get(digest)

    def add(self, report: FileReport, path: Path, now: dt.datetime) -> None:
        self._note(report.file_name, report.content_hash, report.status)
        self._records.append({
            "content_hash": report.content_hash, "source": report.source, "file_name": report.file_name,
            "size_bytes": path.stat().st_size, "status": report.status, "error": report.error,
            "ignored_columns": ", ".join(report.ignored_columns) or None, "rows_read": report.rows_read,
            "rows_loaded": report.rows_loaded, "rows_quarantined": report.rows_quarantined,
            "rows_duplicate": report.rows_duplicate, "rows_flagged": report.rows_flagged,
            "rows_filtered": report.rows_filtered, "ingested_at": now})

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        if not self._records:
            return
        con.register("registry_records", pa.Table.from_pylist(self._records, schema=_SCHEMA))
        names = ", ".join(_SCHEMA.names)
        run(con, f"INSERT OR REPLACE INTO {REGISTRY} ({names}) SELECT {names} FROM registry_records")
        con.unregister("registry_records")
