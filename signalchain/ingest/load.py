"""Loading landing files into `raw`: once per file, nothing lost, nothing doubled.

Per file: rows read = rows loaded + rows quarantined + exact duplicates skipped + rows a
mapping's filter left out (landing.yml).
A file whose bytes were ingested before is skipped (content-hash registry). A row
whose typed values equal the latest stored version of its key is an exact duplicate;
a row with the same key and other values is stored as a new version, which staging
takes as the current one.

A source loads in one transaction, as a commit per file made the warehouse write every file's rows
apart. A file whose loading fails is still only that file's problem: the transaction is rolled
back and the source loaded again with that file recorded as rejected, so the other files go in and
the failed one leaves nothing behind. Files are read in background threads (read_ahead.py) and
typed a window of files at a time, in one statement where they can share it (windows.py).
"""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

import duckdb
import pyarrow as pa

from signalchain.ingest.contracts import DERIVED_KEYS, SOURCES, Source
from signalchain.ingest.files import FileRejected, landing_files
from signalchain.ingest.incoming import STAGED, TYPED, Staged, check_columns, register, unstage
from signalchain.ingest.mapping.config import FolderMapping, load_mappings
from signalchain.ingest.plausibility import Bounds
from signalchain.ingest.read_ahead import Landed, read_ahead
from signalchain.ingest.readers import ReadResult, read_file
from signalchain.ingest.registry import SourceRegistry
from signalchain.ingest.report import FileReport, SourceReport
from signalchain.settings import seeds_dir
from signalchain.warehouse import run
from signalchain.ingest.tables import QUARANTINE, ensure_raw_schema
from signalchain.ingest.windows import Prepared, typed, typing_connection, windows


def ingest_source(con: duckdb.DuckDBPyConnection, landing_dir: Path, source_name: str,
                  mappings: dict[str, FolderMapping] | None = None) -> SourceReport:
    """Every folder feeding the source: its own (in contract format unless mapped) and the mapped ones.
    `mappings` defaults to the organisation's landing.yml beside the seeds."""
    source = SOURCES[source_name]
    mappings = load_mappings(seeds_dir()) if mappings is None else mappings
    ensure_raw_schema(con)
    now = dt.datetime.now(dt.timezone.utc)
    landing_dir = Path(landing_dir)
    files = [(path, mappings.get(folder)) for folder in source_folders(source_name, mappings)
             for path in landing_files(landing_dir, folder)]
    failed: dict[Path, str] = {}
    while True:
        con.begin()
        try:
            reports = _load_files(con, source, landing_dir, files, now, failed)
        except _LoadFailed as exc:
            con.rollback()
            unstage(con)
            failed[exc.path] = exc.error
            continue
        con.commit()
        return SourceReport(source_name, reports)


def source_folders(source_name: str, mappings: dict[str, FolderMapping]) -> list[str]:
    """The landing folders feeding a source: its own, unless a mapping takes it over, and the mapped ones."""
    folders = [source_name] if source_name not in mappings else []
    return folders + sorted(name for name, mapping in mappings.items() if mapping.source == source_name)


def _load_files(con, source: Source, landing_dir: Path, files: list[tuple[Path, FolderMapping | None]],
                now: dt.datetime, failed: dict[Path, str]) -> list[FileReport]:
    """One attempt at the source's files, inside its transaction; raises _LoadFailed for a file that
    failed to load and is not yet in `failed`. Files are read ahead in background threads and typed a
window at a time on a connection of their own (windows.py)."""
    registry = SourceRegistry(con, source.name)
    bounds = Bounds.as_of(now)

    def recorded(path: Path, stat: str | None) -> str | None:
        return registry.recorded(path.relative_to(landing_dir).as_posix(), stat)

    def known(path: Path, digest: str) -> bool:
        return registry.ingested(path.relative_to(landing_dir).as_posix(), digest)

    def read(path: Path, mapping: FolderMapping | None) -> Prepared:
        result = read_file(path, sheet=mapping.sheet if mapping else None)
        return Prepared(result, check_columns(source, result, mapping))

    reports = []
    with typing_connection(con) as typing, closing(read_ahead(files, recorded, known, read)) as landed_files:
        for window in windows(landed_files):
            reports += [_ingest_file(con, source, registry, landing_dir, landed, now, failed.get(landed.path))
                        for landed in typed(typing, source, window, bounds, failed)]
    registry.write(con)
    return reports


class _LoadFailed(Exception):
    """A file's rows could not be loaded; the source's transaction must be rolled back."""

    def __init__(self, path: Path, error: str):
        super().__init__(error)
        self.path, self.error = path, error


def _ingest_file(con, source: Source, registry: SourceRegistry, landing_dir: Path, landed: Landed,
                 now: dt.datetime, failure: str | None) -> FileReport:
    """Load one file inside the source's transaction; `failure` is the error of an earlier attempt."""
    path, digest = landed.path, landed.digest
    name = path.relative_to(landing_dir).as_posix()
    if registry.ingested(name, digest):
        registry.seen(name, digest, landed.stat)
        return FileReport(source.name, name, digest, "skipped", error="already ingested")
    same_bytes = registry.loaded_as(digest)
    if same_bytes:
        report = FileReport(source.name, name, digest, "skipped", error=f"same bytes as {same_bytes}")
        registry.add(report, path, now, landed.stat)
        return report
    if failure is not None:
        report = FileReport(source.name, name, digest, "rejected", error=failure)
        registry.add(report, path, now, landed.stat)
        return report
    try:
        prepared = landed.prepared()
    except FileRejected as exc:
        report = FileReport(source.name, name, digest, "rejected", error=f"{name}: {exc}")
        registry.add(report, path, now, landed.stat)
        return report
    report = FileReport(source.name, name, digest, "loaded", ignored_columns=prepared.ignored)
    try:
        if prepared.error is not None:
            raise prepared.error
        _load_rows(con, source, prepared.result, prepared.staged, report, now)
    except Exception as exc:  # noqa: BLE001 - one file's failure is recorded, the others go on
        raise _LoadFailed(path, f"{name}: loading failed: {type(exc).__name__}: {exc}") from exc
    unstage(con)
    registry.add(report, path, now, landed.stat)
    return report


def _load_rows(con, source: Source, result: ReadResult, staged: Staged, report: FileReport,
               now: dt.datetime) -> None:
    register(con, staged)
    report.rows_filtered = staged.filtered
    report.rows_quarantined = _quarantine(con, source, result, report, now, staged.rejected)
    report.rows_loaded, report.rows_flagged = _insert_new_versions(con, source, report, now)
    report.rows_read = result.rows_read + (staged.text.num_rows - result.table.num_rows)
    report.rows_duplicate = staged.typed.num_rows - staged.rejected - report.rows_loaded


def _quarantine(con, source: Source, result: ReadResult, report: FileReport, now: dt.datetime,
                rejected: int) -> int:
    """Quarantine the `rejected` rows typing gave a reason and the rows the reader could not read;
    return how many."""
    params = [source.name, report.content_hash, report.file_name, now]
    if rejected:
        run(con, f"""INSERT INTO {QUARANTINE}
        SELECT ?, ?, ?, t._line, t._reason,
               json_merge_patch(to_json(i), '{{"_row": null, "_excluded": null}}')::VARCHAR, ?
        FROM {TYPED} t JOIN {STAGED} i USING (_row) WHERE t._reason IS NOT NULL""", params)
    if result.bad_rows:
        unreadable = pa.table({"line": [b[0] for b in result.bad_rows], "reason": [b[1] for b in result.bad_rows],
                               "record": [b[2] for b in result.bad_rows]})
        con.register("unreadable_rows", unreadable)
        run(con, f"INSERT INTO {QUARANTINE} SELECT ?, ?, ?, line, reason, record, ? FROM unreadable_rows", params)
        con.unregister("unreadable_rows")
    return rejected + len(result.bad_rows)


def _insert_new_versions(con, source: Source, report: FileReport, now: dt.datetime) -> tuple[int, int]:
    """Insert rows that differ from the latest stored version of their key; return how many, and how
    many of those carry a warning. Of identical rows in the file the last one counts.

    Only a key stored before with the very row hash of an incoming row can make that row a duplicate,
    so the latest version is looked up for those keys alone: the pairs (key, row hash) are matched in
    one hash join over the stored rows, and the keys of a file of new contacts match none."""
    stored_key = f'"{source.key}"'
    columns = ", ".join(f'"{c.name}"' for c in source.columns)
    derived = f", f._key AS {stored_key}" if source.name in DERIVED_KEYS else ""
    flagged = con.execute(f"""
        INSERT INTO {source.table} BY NAME
        WITH fresh AS (
            SELECT * FROM {TYPED} WHERE _reason IS NULL
              AND _row IN (SELECT arg_max(_row, _line) FROM {TYPED} WHERE _reason IS NULL GROUP BY _row_hash)
        ), seen AS (
            SELECT DISTINCT s.{stored_key} AS _key FROM {source.table} s
            SEMI JOIN fresh f ON s.{stored_key} = f._key AND s._row_hash = f._row_hash
        ), current AS (
            SELECT {stored_key} AS _key, _row_hash FROM {source.table}
            WHERE {stored_key} IN (SELECT _key FROM seen)
            QUALIFY row_number() OVER (PARTITION BY {stored_key}
                                       ORDER BY _ingested_at DESC, _file_name DESC, _line DESC) = 1
        )
        SELECT {columns}{derived}, ? AS _file_hash, ? AS _file_name, f._line, f._row_hash,
               ?::TIMESTAMPTZ AS _ingested_at, f._warnings
        FROM fresh f
        WHERE NOT EXISTS (SELECT 1 FROM current c WHERE c._key = f._key AND c._row_hash = f._row_hash)
        RETURNING _warnings IS NOT NULL AS flagged
    """, [report.content_hash, report.file_name, now]).fetchnumpy()["flagged"]
    return len(flagged), int(flagged.sum())
