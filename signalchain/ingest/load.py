"""Loading landing files into `raw`: once per file, nothing lost, nothing doubled.

Per file: rows read = rows loaded + rows quarantined + exact duplicates skipped + rows a
mapping's filter left out (landing.yml).
A file whose bytes were ingested before is skipped (content-hash registry). A row
whose typed values equal the latest stored version of its key is an exact duplicate;
a row with the same key and other values is stored as a new version, which staging
takes as the current one. Each file loads in one transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa

from signalchain.ingest.contracts import DERIVED_KEYS, SOURCES, Source
from signalchain.ingest.files import FileRejected, content_hash, landing_files
from signalchain.ingest.incoming import STAGED, check_columns, stage, unstage
from signalchain.ingest.mapping.config import FolderMapping, load_mappings
from signalchain.ingest.plausibility import Bounds
from signalchain.ingest.parsing import MACROS, key_expression, row_hash_expression, typed_select
from signalchain.ingest.readers import ReadResult, read_file
from signalchain.ingest.report import FileReport, SourceReport
from signalchain.settings import seeds_dir
from signalchain.warehouse import run, scalar
from signalchain.ingest.tables import QUARANTINE, REGISTRY, ensure_raw_schema


def ingest_all(con: duckdb.DuckDBPyConnection, landing_dir: Path,
               mappings: dict[str, FolderMapping] | None = None) -> dict[str, SourceReport]:
    mappings = load_mappings(seeds_dir()) if mappings is None else mappings
    return {name: ingest_source(con, landing_dir, name, mappings) for name in SOURCES}


def ingest_source(con: duckdb.DuckDBPyConnection, landing_dir: Path, source_name: str,
                  mappings: dict[str, FolderMapping] | None = None) -> SourceReport:
    """Every folder feeding the source: its own (in contract format unless mapped) and the mapped ones.
    `mappings` defaults to the organisation's landing.yml beside the seeds."""
    source = SOURCES[source_name]
    mappings = load_mappings(seeds_dir()) if mappings is None else mappings
    ensure_raw_schema(con)
    run(con, MACROS)
    now = dt.datetime.now(dt.timezone.utc)
    report = SourceReport(source_name)
    folders = [source_name] if source_name not in mappings else []
    folders += sorted(name for name, mapping in mappings.items() if mapping.source == source_name)
    for folder in folders:
        for path in landing_files(landing_dir, folder):
            report.files.append(_ingest_file(con, source, Path(landing_dir), path, now, mappings.get(folder)))
    return report


def _ingest_file(con, source: Source, landing_dir: Path, path: Path, now: dt.datetime,
                 mapping: FolderMapping | None) -> FileReport:
    name = path.relative_to(landing_dir).as_posix()
    digest = content_hash(path)
    registered = run(con, f"SELECT status FROM {REGISTRY} WHERE source = ? AND file_name = ? AND content_hash = ? "
                     "AND status IN ('loaded', 'skipped')", [source.name, name, digest])
    if registered:
        return FileReport(source.name, name, digest, "skipped", error="already ingested")
    same_bytes = run(con, f"SELECT file_name FROM {REGISTRY} WHERE source = ? AND content_hash = ? "
                     "AND status = 'loaded' ORDER BY file_name LIMIT 1", [source.name, digest])
    if same_bytes:
        report = FileReport(source.name, name, digest, "skipped", error=f"same bytes as {same_bytes[0][0]}")
        _register(con, report, path, now)
        return report
    try:
        result = read_file(path, sheet=mapping.sheet if mapping else None)
        ignored = check_columns(source, result, mapping)
    except FileRejected as exc:
        report = FileReport(source.name, name, digest, "rejected", error=f"{name}: {exc}")
        _register(con, report, path, now)
        return report
    report = FileReport(source.name, name, digest, "loaded", ignored_columns=ignored)
    con.begin()
    try:
        _load_rows(con, source, result, mapping, report, now)
        _register(con, report, path, now)
        con.commit()
    except Exception as exc:  # noqa: BLE001 - one file's failure is recorded, the others go on
        con.rollback()
        report = FileReport(source.name, name, digest, "rejected",
                            error=f"{name}: loading failed: {type(exc).__name__}: {exc}")
        _register(con, report, path, now)
    finally:
        unstage(con)
        run(con, "DROP TABLE IF EXISTS incoming_typed")
    return report


def _load_rows(con, source: Source, result: ReadResult, mapping: FolderMapping | None, report: FileReport,
               now: dt.datetime) -> None:
    relation, present, report.rows_filtered = stage(con, result, mapping)
    typed = typed_select(source, present, Bounds.as_of(now), relation)
    run(con, f"CREATE OR REPLACE TEMP TABLE incoming_typed AS {typed}")
    _quarantine(con, source, result, report, now)
    report.rows_loaded = _insert_new_versions(con, source, report, now)
    good = scalar(con, "SELECT count(*) FROM incoming_typed WHERE _reason IS NULL")
    report.rows_read = result.rows_read + (scalar(con, f"SELECT count(*) FROM {STAGED}") - result.table.num_rows)
    report.rows_duplicate = good - report.rows_loaded
    report.rows_flagged = scalar(con, f"SELECT count(*) FROM {source.table} WHERE _file_hash = ? "
                                 "AND _warnings IS NOT NULL", [report.content_hash])


def _quarantine(con, source: Source, result: ReadResult, report: FileReport, now: dt.datetime) -> None:
    params = [source.name, report.content_hash, report.file_name, now]
    run(con, f"""INSERT INTO {QUARANTINE}
        SELECT ?, ?, ?, t._line, t._reason,
               json_merge_patch(to_json(i), '{{"_row": null, "_excluded": null}}')::VARCHAR, ?
        FROM incoming_typed t JOIN {STAGED} i USING (_row) WHERE t._reason IS NOT NULL""", params)
    if result.bad_rows:
        unreadable = pa.table({"line": [b[0] for b in result.bad_rows], "reason": [b[1] for b in result.bad_rows],
                               "record": [b[2] for b in result.bad_rows]})
        con.register("unreadable_rows", unreadable)
        run(con, f"INSERT INTO {QUARANTINE} SELECT ?, ?, ?, line, reason, record, ? FROM unreadable_rows", params)
        con.unregister("unreadable_rows")
    report.rows_quarantined = scalar(con, f"SELECT count(*) FROM {QUARANTINE} WHERE source = ? AND _file_hash = ?",
                                     [source.name, report.content_hash])


def _insert_new_versions(con, source: Source, report: FileReport, now: dt.datetime) -> int:
    """Insert rows that differ from the latest stored version of their key; return how many."""
    key = key_expression(source)
    stored_key = f'"{source.key}"'
    columns = ", ".join(f'"{c.name}"' for c in source.columns)
    derived = f", f._key AS {stored_key}" if source.name in DERIVED_KEYS else ""
    inserted = scalar(con, f"""
        INSERT INTO {source.table} BY NAME
        WITH good AS (
            SELECT *, {key} AS _key, {row_hash_expression(source)} AS _row_hash
            FROM incoming_typed WHERE _reason IS NULL
        ), last_in_file AS (
            SELECT * FROM good QUALIFY row_number() OVER (PARTITION BY _row_hash ORDER BY _line DESC) = 1
        ), current AS (
            SELECT {stored_key} AS _key, _row_hash FROM {source.table}
            WHERE {stored_key} IN (SELECT _key FROM good)
            QUALIFY row_number() OVER (PARTITION BY {stored_key}
                                       ORDER BY _ingested_at DESC, _file_name DESC, _line DESC) = 1
        )
        SELECT {columns}{derived}, ? AS _file_hash, ? AS _file_name, f._line, f._row_hash,
               ?::TIMESTAMPTZ AS _ingested_at, f._warnings
        FROM last_in_file f
        LEFT JOIN current c ON c._key = f._key AND c._row_hash = f._row_hash
        WHERE c._key IS NULL
    """, [report.content_hash, report.file_name, now])
    return inserted or 0


def _register(con, report: FileReport, path: Path, now: dt.datetime) -> None:
    record = {"content_hash": report.content_hash, "source": report.source, "file_name": report.file_name,
              "size_bytes": path.stat().st_size, "status": report.status, "error": report.error,
              "ignored_columns": ", ".join(report.ignored_columns) or None, "rows_read": report.rows_read,
              "rows_loaded": report.rows_loaded, "rows_quarantined": report.rows_quarantined,
              "rows_duplicate": report.rows_duplicate, "rows_flagged": report.rows_flagged,
              "rows_filtered": report.rows_filtered, "ingested_at": now}
    names = ", ".join(record)
    run(con, f"INSERT OR REPLACE INTO {REGISTRY} ({names}) VALUES ({', '.join('?' * len(record))})",
        list(record.values()))
