"""Run the nightly job in process and print what it did (used by `make demo`)."""

from __future__ import annotations

import os

import duckdb


def run_nightly() -> bool:
    from dagster import DagsterInstance

    from orchestration.definitions import defs

    instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    result = defs.resolve_job_def("nightly").execute_in_process(instance=instance, raise_on_error=False)
    failed = [e.step_key for e in result.all_events if e.is_step_failure]
    for line in summary_lines(os.environ["SIGNALCHAIN_WAREHOUSE"]):
        print(line)
    if not result.success:
        print(f"nightly job FAILED; failed steps: {', '.join(failed) or 'see the Dagster logs'}")
    return result.success


def summary_lines(database: str) -> list[str]:
    with duckdb.connect(database, read_only=True) as con:
        lines = ["", f"warehouse: {database}", "ingested files and rows per source:"]
        lines += [f"  {source:<12} files {files:>3} (rejected {rejected})  rows {loaded:>9,}  "
                  f"quarantined {quarantined:>6,}  duplicates {dupes:>6,}"
                  for source, files, rejected, loaded, quarantined, dupes in con.execute("""
                    SELECT source, count(*), count(*) FILTER (status = 'rejected'), coalesce(sum(rows_loaded), 0),
                           coalesce(sum(rows_quarantined), 0), coalesce(sum(rows_duplicate), 0)
                    FROM raw._ingested_files GROUP BY source ORDER BY source""").fetchall()]
        lines += _metrics_lines(con)
    return lines


def _metrics_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    try:
        from signalchain.report import summary_lines as metric_summary
    except ImportError:
        return []
    return ["", *metric_summary(con)]
