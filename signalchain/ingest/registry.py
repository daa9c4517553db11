"""The file registry of one source while it loads: read once, answered in memory, written once.

Which files were ingested before (by name and content hash) decides, per file, whether it is
skipped; the records of the files the load decided on go into `raw._ingested_files` together,
inside the source's transaction. A record keeps what the file system said of its file when it was
hashed (`file_stat`, file_stat.py), so that an unchanged file need not be read again.
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
                     ("ingested_at", pa.timestamp("us", tz="UTC")), ("file_stat", pa.string())])
_DONE = ("loaded", "skipped")


class SourceRegistry:
    def __init__(self, con: duckdb.DuckDBPyConnection, source: str):
        self.source = source
        self._done: set[tuple[str, str]] = set()
        self._loaded: dict[str, str] = {}
        self._by_stat: dict[tuple[str, str], str] = {}
        self._records: list[dict] = []
        self._stats: list[dict] = []
        for name, digest, status, stat in run(con, f"SELECT file_name, content_hash, status, file_stat "
                                                   f"FROM {REGISTRY} WHERE source = ?", [source]):
            self._note(name, digest, status, stat)

    def _note(self, name: str, digest: str, status: str, stat: str | None) -> None:
        if status in _DONE:
            self._done.add((name, digest))
            if stat is not None:
                self._by_stat[(name, stat)] = digest
        if status == "loaded":
            self._loaded[digest] = min(name, self._loaded.get(digest, name))

    def recorded(self, name: str, stat: str | None) -> str | None:
        """The content hash of the file ingested under this name when the file system said `stat`."""
        return None if stat is None else self._by_stat.get((name, stat))

    def ingested(self, name: str, digest: str) -> bool:
        """These bytes under this name were loaded (or skipped as a copy) before."""
        return (name, digest) in self._done

    def loaded_as(self, digest: str) -> str | None:
        """The first name under which a file with these bytes was loaded."""
        return self._loaded.get(digest)

    def seen(self, name: str, digest: str, stat: str | None) -> None:
        """A file ingested before, hashed again: its record gains `stat`, so the next load need not."""
        if stat is not None and (name, stat) not in self._by_stat:
            self._by_stat[(name, stat)] = digest
            self._stats.append({"file_name": name, "content_hash": digest, "file_stat": stat})

    def add(self, report: FileReport, path: Path, now: dt.datetime, stat: str | None) -> None:
        self._note(report.file_name, report.content_hash, report.status, stat)
        self._records.append({
            "content_hash": report.content_hash, "source": report.source, "file_name": report.file_name,
            "size_bytes": path.stat().st_size, "status": report.status, "error": report.error,
            "ignored_columns": ", ".join(report.ignored_columns) or None, "rows_read": report.rows_read,
            "rows_loaded": report.rows_loaded, "rows_quarantined": report.rows_quarantined,
            "rows_duplicate": report.rows_duplicate, "rows_flagged": report.rows_flagged,
            "rows_filtered": report.rows_filtered, "ingested_at": now, "file_stat": stat})

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        if self._stats:
            con.register("registry_stats", pa.Table.from_pylist(self._stats))
            run(con, f"UPDATE {REGISTRY} r SET file_stat = s.file_stat FROM registry_stats s WHERE r.source = ? "
                     "AND r.file_name = s.file_name AND r.content_hash = s.content_hash", [self.source])
            con.unregister("registry_stats")
        if self._records:
            con.register("registry_records", pa.Table.from_pylist(self._records, schema=_SCHEMA))
            names = ", ".join(_SCHEMA.names)
            run(con, f"INSERT OR REPLACE INTO {REGISTRY} ({names}) SELECT {names} FROM registry_records")
            con.unregister("registry_records")
