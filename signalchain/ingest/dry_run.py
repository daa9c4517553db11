"""A dry run of the ingest: what each landing file would do, without touching the warehouse.

The real ingest runs against an in-memory DuckDB, so what the dry run says is what the night will
do: the format detected, the mapping applied, rows that would load, be quarantined (with the top
reasons), be exact duplicates or be left out by a filter, values no seed maps, and a sample of the
mapped rows. A file the warehouse has already ingested is marked so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.files import FileRejected, file_format
from signalchain.ingest.parallel import ingest_all
from signalchain.ingest.mapping.config import FolderMapping
from signalchain.ingest.report import FileReport
from signalchain.ingest.unmapped import unmapped_values
from signalchain.warehouse import run

SAMPLE_ROWS = 3
TOP_REASONS = 5


@dataclass
class FileCheck:
    report: FileReport
    file_format: str
    mapping: str
    already_ingested: bool = False
    top_reasons: list[tuple[str, int]] = field(default_factory=list)
    unmapped: list[tuple[str, str, int]] = field(default_factory=list)  # (column, value, rows)
    sample: list[dict] = field(default_factory=list)


def dry_run(landing: Path, mappings: dict[str, FolderMapping], warehouse: Path | None = None) -> list[FileCheck]:
    con = duckdb.connect()
    reports = ingest_all(con, landing, mappings)
    ingested = _already_ingested(warehouse)
    checks = []
    for source, report in reports.items():
        for file in report.files:
            folder = file.file_name.split("/", 1)[0]
            check = FileCheck(file, _format(landing / file.file_name),
                              mappings[folder].where if folder in mappings else "contract format",
                              already_ingested=(source, file.file_name, file.content_hash) in ingested)
            if file.status == "loaded":
                _describe(con, source, check)
            checks.append(check)
    return checks


def _format(path: Path) -> str:
    try:
        return file_format(path)
    except FileRejected:
        return "unsupported"


def _already_ingested(warehouse: Path | None) -> set[tuple[str, str, str]]:
    if warehouse is None or not Path(warehouse).exists():
        return set()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        if not run(con, "SELECT 1 FROM duckdb_tables() WHERE schema_name = 'raw' AND table_name = '_ingested_files'"):
            return set()
        return set(run(con, "SELECT source, file_name, content_hash FROM raw._ingested_files "
                            "WHERE status IN ('loaded', 'skipped')"))


def _describe(con: duckdb.DuckDBPyConnection, source: str, check: FileCheck) -> None:
    digest = check.report.content_hash
    check.top_reasons = [(reason, n) for reason, n in run(con, f"""
        SELECT reason, count(*) FROM raw._quarantine WHERE source = ? AND _file_hash = ?
        GROUP BY reason ORDER BY count(*) DESC, reason LIMIT {TOP_REASONS}""", [source, digest])]
    table = SOURCES[source].table
    cursor = con.execute(f"SELECT * EXCLUDE (_file_hash, _row_hash, _ingested_at) FROM {table} "
                         f"WHERE _file_hash = ? ORDER BY _line LIMIT {SAMPLE_ROWS}", [digest])
    names = [d[0] for d in cursor.description]
    check.sample = [dict(zip(names, row)) for row in cursor.fetchall()]
    check.unmapped = unmapped_values(con, source, digest)
