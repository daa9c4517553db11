"""Run the Dagster jobs in process (`signalchain run`, `signalchain train`, `make demo`).

The command line has no pipeline of its own: training and the night are the code location's
jobs, run here with their full Dagster and dbt output in a log file beside the warehouse.
"""

from __future__ import annotations

import contextlib
import os

from ml.store import ModelDirectory
from orchestration.abandoned_runs import fail_abandoned_runs, run_tags
from signalchain.settings import MODELS, WAREHOUSE

_CONSOLE_WARNINGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
NIGHTLY, TRAINING = "nightly", "train_classifier"


def _instance():
    from dagster import DagsterInstance

    return DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()


def execute(job_name: str, instance=None):
    """Run a job with warnings and errors on the console; dbt's and Dagster's full output goes to
    `<warehouse folder>/logs/<job>.log` (the Dagster UI shows the same per run). Runs an earlier,
    killed command left started are marked failed first (orchestration/abandoned_runs.py)."""
    instance = instance or _instance()
    for run_id in fail_abandoned_runs(instance):
        print(f"marked run {run_id} failed: its process died while it was running")
    from orchestration.definitions import defs

    log_dir = WAREHOUSE.path().parent / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / f"{job_name}.log"
    print(f"running {job_name} (full log: {log_file}) ...", flush=True)
    with open(log_file, "w", encoding="utf-8") as log, contextlib.redirect_stdout(log):
        result = defs.resolve_job_def(job_name).execute_in_process(
            instance=instance, raise_on_error=False, run_config=_CONSOLE_WARNINGS, tags=run_tags())
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"{job_name} job FAILED; failed steps: {', '.join(failed) or 'see the Dagster logs'}")
    return result


def train(instance=None) -> dict:
    """The training job (train -> quality gate -> promote); what it trained and whether it is in use."""
    result = execute(TRAINING, instance)
    store = ModelDirectory(MODELS.path())
    candidate = store.latest_candidate()
    gates = [e for e in result.get_asset_check_evaluations() if e.check_name == "quality_gate"]
    reasons = gates[-1].metadata.get("reasons") if gates else None
    summary = {"version": candidate, "promoted": candidate is not None and store.current_version() == candidate,
               "gate": "passed" if gates and gates[-1].passed else (reasons.value if reasons else "not evaluated")}
    if candidate:
        metadata = store.metadata(candidate)
        summary |= {"path": str(store.candidate_dir(candidate)), "macro_f1": metadata["metrics"]["macro_f1"],
                    "accuracy": metadata["metrics"]["accuracy"], "n_train": metadata["n_train"],
                    "n_test": metadata["n_test"]}
    return summary


def run_nightly(training: str = "auto"):
    """The nightly job, first the training job when `training` is "always", or "auto" and no model is
    in use yet. A failed training run is reported; the night goes on with the model in use (or,
    without one, with signals from codes and labels only). The night's result (success, run_id)."""
    instance = _instance()
    if training == "always" or (training == "auto" and ModelDirectory(MODELS.path()).current_version() is None):
        trained = train(instance)["promoted"]
        print("training: " + ("candidate promoted to model in use" if trained
                              else "candidate NOT promoted; the model in use stays (see the quality gate)"))
    return execute(NIGHTLY, instance)
