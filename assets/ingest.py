"""One ingest asset per landing source, each with its reconciliation check beside it."""

from pathlib import Path

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    MetadataValue,
    asset,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from orchestration.resources import LandingZone
from signalchain.ingest import ingest_source, reconciliation_breaks
from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.report import SourceReport
from signalchain.warehouse import scalar

GROUP = "raw"


def _file_table(report: SourceReport) -> str:
    lines = ["| file | status | read | loaded | quarantined | duplicates | note |", "|---|---|---|---|---|---|---|"]
    for f in report.files:
        note = f.error or (f"ignored columns: {', '.join(f.ignored_columns)}" if f.ignored_columns else "")
        lines.append(f"| {f.file_name} | {f.status} | {f.rows_read} | {f.rows_loaded} | {f.rows_quarantined} "
                     f"| {f.rows_duplicate} | {note.replace('|', '/')} |")
    return "\n".join(lines)


def build_ingest_asset(source_name: str):
    key = AssetKey([GROUP, source_name])

    @asset(key=key, group_name=GROUP, kinds={"duckdb"},
           description=f"Landing folder `{source_name}/` loaded into `raw.{source_name}`: typed, "
                       "unparseable rows quarantined with a reason, each file ingested once.")
    def _ingest(context: AssetExecutionContext, duckdb: DuckDBResource, landing: LandingZone) -> MaterializeResult:
        with duckdb.get_connection() as con:
            report = ingest_source(con, Path(landing.path), source_name)
            total_rows = scalar(con, f"SELECT count(*) FROM raw.{source_name}")
        for rejected in report.rejected:
            context.log.error(f"rejected file {rejected.error}")
        if report.loaded:
            context.log.info(f"{source_name}: {report.as_metadata()}")
        return MaterializeResult(metadata={
            **report.as_metadata(),
            "table_rows": total_rows,
            "rejected_files": MetadataValue.json([f.error for f in report.rejected]),
            "files": MetadataValue.md(_file_table(report)),
        })

    @asset_check(asset=key, name="rows_reconcile", blocking=True,
                 description="Per file: rows read = loaded + quarantined + exact duplicates, and the table "
                             "and quarantine really hold the rows the file registry counts.")
    def _reconcile(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as con:
            breaks = reconciliation_breaks(con, source_name)
        return AssetCheckResult(passed=not breaks, severity=AssetCheckSeverity.ERROR,
                                metadata={"files_not_reconciled": MetadataValue.json(breaks)})

    @asset_check(asset=key, name="no_rejected_files", blocking=True,
                 description="Warns while a file in the landing folder is rejected as a whole.")
    def _no_rejected(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as con:
            rejected = con.execute("SELECT file_name, error FROM raw._ingested_files "
                                   "WHERE source = ? AND status = 'rejected'", [source_name]).fetchall()
        return AssetCheckResult(passed=not rejected, severity=AssetCheckSeverity.WARN,
                                metadata={"rejected": MetadataValue.json([e for _, e in rejected])})

    return _ingest, [_reconcile, _no_rejected]


_built = [build_ingest_asset(name) for name in SOURCES]
ingest_assets = [asset_def for asset_def, _ in _built]
ingest_checks = [check for _, checks in _built for check in checks]

# The file registry and the quarantine are written by every ingest asset, not by one: declared as
# specs downstream of them all, so the dbt models reading them show their lineage.
ingest_log_specs = [
    AssetSpec(AssetKey([GROUP, table]), group_name=GROUP, kinds={"duckdb"}, description=description,
              deps=[asset_def.key for asset_def in ingest_assets])
    for table, description in [
        ("_ingested_files", "`raw._ingested_files`: one record per landing file, written by every ingest asset."),
        ("_quarantine", "`raw._quarantine`: the rows no ingest asset could load, with file, line and reason."),
    ]
]
