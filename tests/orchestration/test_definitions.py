"""The code location loads, and its job, schedule and graph are what `dagster dev` shows."""

from dagster import AssetKey

from orchestration.definitions import defs
from signalchain.ingest.contracts import SOURCES


def _graph():
    return defs.resolve_asset_graph()


def test_definitions_load_with_an_ingest_asset_per_source():
    keys = {spec.key for spec in defs.resolve_all_asset_specs()}
    assert {AssetKey(["raw", name]) for name in SOURCES} <= keys


def test_nightly_job_runs_in_process_at_two_in_amsterdam():
    job = defs.resolve_job_def("nightly")
    assert job.executor_def.name == "in_process"
    schedule = defs.resolve_schedule_def("nightly_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "Europe/Amsterdam")


def test_every_ingest_asset_has_a_blocking_reconciliation_check():
    checks = {key for key in _graph().asset_check_keys if key.name == "rows_reconcile"}
    assert {c.asset_key for c in checks} == {AssetKey(["raw", name]) for name in SOURCES}
