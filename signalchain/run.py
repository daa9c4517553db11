"""Run the jobs in process and print what they did (used by `make demo` and `signalchain run`)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import duckdb

from signalchain.report import summary_lines as metric_summary


_CONSOLE_WARNINGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def run_nightly(train: str = "auto") -> bool:
    """Run the nightly job, first the training job when `train` is "always", or "auto" and no
    model is in use yet. A failed training run is reported; the night goes on with the model in
    use (or, without one, with signals from codes and labels only)."""
    from dagster import DagsterInstance

    from ml.store import ModelDirectory
    from orchestration.definitions import defs

    instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    if train == "always" or (train == "auto" and ModelDirectory(os.environ["SIGNALCHAIN_MODELS"]).current_version() is None):
        trained = _execute(defs, "train_classifier", instance)
        print("training: " + ("candidate promoted to model in use" if trained
                              else "candidate NOT promoted; the model in use stays (see the quality gate)"))
    success = _execute(defs, "nightly", instance)
    for line in summary_lines(os.environ["SIGNALCHAIN_WAREHOUSE"]):
        print(line)
    return success


def _execute(defs, job_name: str, instance) -> bool:
    """Run a job with warnings and errors on the console; dbt's and Dagster's full output goes to a
    log file beside the warehouse (the Dagster UI shows the same per run)."""
    log_dir = Path(os.environ["SIGNALCHAIN_WAREHOUSE"]).parent / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / f"{job_name}.log"
    print(f"running {job_name} (full log: {log_file}) ...", flush=True)
    with open(log_file, "w", encoding="utf-8") as log, contextlib.redirect_stdout(log):
        result = defs.resolve_job_def(job_name).execute_in_process(
            instance=instance, raise_on_error=False, run_config=_CONSOLE_WARNINGS)
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"{job_name} job FAILED; failed steps: {', '.join(failed) or 'see the Dagster logs'}")
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
        lines += _coverage_lines(con)
        lines += ["", *metric_summary(con)]
    return lines


def _coverage_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The journey-step coverage as the mart defines it: contacts that are no customer signal
    (`other`) are outside the chain and left out of the share."""
    try:
        on_step, in_scope, without, other = con.execute("""
            SELECT contacts_on_step, contacts_in_scope, contacts_without_step, contacts_other
            FROM marts.mart_journey_step_coverage WHERE source = 'all'""").fetchall()[0]
    except (duckdb.Error, IndexError):
        return ["", "contacts on the journey: not built yet (marts.mart_journey_step_coverage missing)"]
    share = on_step / in_scope if in_scope else 0.0
    return ["", f"contacts on a journey step: {on_step:,} of {in_scope:,} ({share:.2%}); {without:,} without a step "
                f"(marts.mart_journey_step_coverage); {other:,} more are no customer signal"]
