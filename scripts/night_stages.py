"""Where a night's time goes: the steps of its Dagster runs grouped into stages, from the event log.

A stage is a kind of work, whatever job runs it: ingest (the raw assets and their checks, one step),
dbt (each `dbt build`), training, tagging, the review queue, publication, report, and checks and
metrics (the other Python assets and checks). Start-up is the time from launching the command to
its first run's start.
"""

from __future__ import annotations

from dataclasses import dataclass

STAGES = ("start-up", "ingest", "dbt", "training", "tagging", "review queue", "checks and metrics",
          "publication", "report")
_BY_STEP = {"raw_sources": "ingest", "ml__signal_classifier": "training", "ml__contact_signal_tags": "tagging",
            "ml__review_queue": "review queue", "bi_publication": "publication", "nightly_report": "report"}


def stage_of(step_key: str) -> str:
    if step_key in _BY_STEP:
        return _BY_STEP[step_key]
    if step_key.startswith("signalchain_dbt_assets"):
        return "dbt"
    return "checks and metrics"


@dataclass
class StepWindow:
    step_key: str
    stage: str
    start: float
    end: float
    sql_seconds: float = 0.0  # what dbt reports its nodes took (dbt steps only)
    first_output: float | None = None  # when the step yielded its first event; a dbt step's, once dbt exited


def step_windows(instance, run_id: str) -> list[StepWindow]:
    """Each finished step of the run with its wall-clock window (epoch seconds)."""
    from dagster import DagsterEventType

    types = {DagsterEventType.STEP_START, DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE,
             DagsterEventType.ASSET_MATERIALIZATION, DagsterEventType.ASSET_CHECK_EVALUATION}
    started, sql, first, windows = {}, {}, {}, []
    for record in instance.get_records_for_run(run_id, of_type=types, limit=1_000_000).records:
        entry = record.event_log_entry
        event, key = entry.dagster_event, entry.step_key
        if event.event_type == DagsterEventType.STEP_START:
            started[key] = entry.timestamp
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            windows.append(StepWindow(key, stage_of(key), started.pop(key, entry.timestamp), entry.timestamp,
                                      sql.pop(key, 0.0), first.pop(key, None)))
        else:
            first.setdefault(key, entry.timestamp)
            data = event.event_specific_data
            metadata = data.materialization.metadata if hasattr(data, "materialization") else data.metadata
            duration = metadata.get("Execution Duration")
            if duration is not None:
                sql[key] = sql.get(key, 0.0) + float(getattr(duration, "value", duration))
    return windows


@dataclass(frozen=True)
class RunWindow:
    """A run: when it was created, when it started (Dagster first records a planned event for every
    asset and check it will run) and ended, and how many events it wrote to the event log."""

    run_id: str
    created: float
    start: float
    end: float
    events: int


def run_windows(instance, since: float) -> list[RunWindow]:
    """The runs created after `since`, oldest first."""
    runs = []
    for record in instance.get_run_records():
        created = record.create_timestamp.timestamp()
        if record.start_time and created >= since:
            events = len(instance.get_records_for_run(record.dagster_run.run_id, limit=1_000_000).records)
            runs.append(RunWindow(record.dagster_run.run_id, created, record.start_time,
                                  record.end_time or record.start_time, events))
    return sorted(runs, key=lambda run: run.start)
