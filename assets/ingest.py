"""One ingest asset per landing source, each with its reconciliation checks beside it.

The sources are one multi-asset, so that they load at the same time (signalchain/ingest/parallel.py)
in one step; each is still its own asset with its own checks, materialised alone when selected alone.
A source whose load fails leaves the others loading and reported; the step then fails, naming it.
"""

from pathlib import Path

from dagster import (
    AssetCheckKey,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    Failure,
    MaterializeResult,
    MetadataValue,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.resources import LandingZone
from signalchain.ingest import ingest_sources, reconciliation_breaks
from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.report import SourceReport
from signalchain.warehouse import scalar

GROUP = "raw"
RECONCILE, NO_REJECTED = "rows_reconcile", "no_rejected_files"


def _key(source_name: str) -> AssetKey:
    return AssetKey([GROUP, source_name])


def _spec(source_name: str) -> AssetSpec:
    return AssetSpec(_key(source_name), group_name=GROUP, kinds={"duckdb"}, skippable=True,
                     description=f"Landing folder `{source_name}/` loaded into `raw.{source_name}`: typed, "
                                 "unparseable rows quarantined with a reason, each file ingested once.")


def _check_specs(source_name: str) -> list[AssetCheckSpec]:
    return [
        AssetCheckSpec(RECONCILE, asset=_key(source_name), blocking=True,
                       description="Per file: rows read = loaded + quarantined + exact duplicates, and the table "
                                   "and quarantine really hold the rows the file registry counts."),
        AssetCheckSpec(NO_REJECTED, asset=_key(source_name), blocking=True,
                       description="Warns while a file in the landing folder is rejected as a whole."),
    ]


def _file_table(report: SourceReport) -> str:
    lines = ["| file | status | read | loaded | quarantined | duplicates | note |", "|---|---|---|---|---|---|---|"]
    for f in report.files:
        note = f.error or (f"ignored columns: {', '.join(f.ignored_columns)}" if f.ignored_columns else "")
        lines.append(f"| {f.file_name} | {f.status} | {f.rows_read} | {f.rows_loaded} | {f.rows_quarantined} "
                     f"| {f.rows_duplicate} | {note.replace('|', '/')} |")
    return "\n".join(lines)


def _materialization(context: AssetExecutionContext, con, report: SourceReport) -> MaterializeResult:
    for rejected in report.rejected:
        context.log.error(f"rejected file {rejected.error}")
    if report.loaded:
        context.log.info(f"{report.source}: {report.as_metadata()}")
    return MaterializeResult(asset_key=_key(report.source), metadata={
        **report.as_metadata(),
        "table_rows": scalar(con, f"SELECT count(*) FROM raw.{report.source}"),
        "rejected_files": MetadataValue.json([f.error for f in report.rejected]),
        "files": MetadataValue.md(_file_table(report)),
    })


def _reconcile(con, source_name: str) -> AssetCheckResult:
    breaks = reconciliation_breaks(con, source_name)
    return AssetCheckResult(asset_key=_key(source_name), check_name=RECONCILE, passed=not breaks,
                            severity=AssetCheckSeverity.ERROR,
                            metadata={"files_not_reconciled": MetadataValue.json(breaks)})


def _no_rejected(con, source_name: str) -> AssetCheckResult:
    rejected = con.execute("SELECT error FROM raw._ingested_files WHERE source = ? AND status = 'rejected'",
                           [source_name]).fetchall()
    return AssetCheckResult(asset_key=_key(source_name), check_name=NO_REJECTED, passed=not rejected,
                            severity=AssetCheckSeverity.WARN,
                            metadata={"rejected": MetadataValue.json([error for (error,) in rejected])})


_CHECKS = {RECONCILE: _reconcile, NO_REJECTED: _no_rejected}


@multi_asset(name="raw_sources", specs=[_spec(name) for name in SOURCES], can_subset=True,
             check_specs=[spec for name in SOURCES for spec in _check_specs(name)],
             description="The selected landing sources, loaded at the same time, each in its own transaction.")
def raw_sources(context: AssetExecutionContext, duckdb: DuckDBResource, landing: LandingZone):
    names = [name for name in SOURCES if _key(name) in context.selected_asset_keys]
    failed = {}
    with duckdb.get_connection() as con:
        for name, outcome in ingest_sources(con, Path(landing.path), names):
            if isinstance(outcome, Exception):
                context.log.error(f"{name}: loading failed: {type(outcome).__name__}: {outcome}")
                failed[name] = f"{type(outcome).__name__}: {outcome}"
                continue
            yield _materialization(context, con, outcome)
            for check_name, check in _CHECKS.items():
                if AssetCheckKey(_key(name), check_name) in context.selected_asset_check_keys:
                    yield check(con, name)
    if failed:
        raise Failure(description=f"{len(failed)} source(s) failed to load; the others loaded: "
                                  f"{', '.join(sorted(failed))}", metadata={"failed": MetadataValue.json(failed)})


ingest_assets = [raw_sources]

# The file registry and the quarantine are written by every ingest asset, not by one: declared as
# specs downstream of them all, so the dbt models reading them show their lineage.
ingest_log_specs = [
    AssetSpec(AssetKey([GROUP, table]), group_name=GROUP, kinds={"duckdb"}, description=description,
              deps=[_key(name) for name in SOURCES])
    for table, description in [
        ("_ingested_files", "`raw._ingested_files`: one record per landing file, written by every ingest asset."),
        ("_quarantine", "`raw._quarantine`: the rows no ingest asset could load, with file, line and reason."),
    ]
]
