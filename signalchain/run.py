"""Run the jobs in process and print what they did (used by `make demo` and `signalchain run`)."""

from __future__ import annotations

import os

import duckdb

from signalchain.report import summary_lines as metric_summary


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
    result = defs.resolve_job_def(job_name).execute_in_process(instance=instance, raise_on_error=False)
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
    try:
        total, on_step = con.execute(
            "SELECT count(*), count(journey_step_id) FROM marts.fct_contacts").fetchone()
    except duckdb.Error:
        return ["contacts on the journey: not built yet (marts.fct_contacts missing)"]
    share = on_step / total if total else 0.0
    return ["", f"contacts on a journey step: {on_step:,} of {total:,} ({share:.2%}); "
                f"{total - on_step:,} without a step"]

