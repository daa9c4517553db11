"""The whole pipeline as a data engineer runs it: generated landing files, the training job, then the
nightly job twice, in process against a temporary DuckDB, with the real dbt build, while a BI tool
holds the published database; then a night whose blocking check fails."""

import json
from pathlib import Path

import duckdb
import pytest
from dagster import AssetCheckResult, AssetCheckSeverity, AssetKey, DagsterInstance, Definitions, asset_check

from assets.dbt import dbt_project
from cli.publication_summary import publication_lines
from ml.store import ModelDirectory
from orchestration.definitions import defs
from demo import generate
from signalchain.publication.layout import Publication
from tests.publication.reader import RUN_ID, HeldReader

RUN_TIMESTAMPS = {"_ingested_at", "ingested_at", "quarantined_at", "tagged_at", "_loaded_at"}


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    root = tmp_path_factory.mktemp("nightly")
    generate(customers=800, days=120, seed=5, out=root / "landing")
    env = {"SIGNALCHAIN_LANDING": root / "landing", "SIGNALCHAIN_WAREHOUSE": root / "warehouse.duckdb",
           "SIGNALCHAIN_MODELS": root / "models", "SIGNALCHAIN_PUBLISH": root / "published"}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, str(value))
        yield env


@pytest.fixture(scope="module")
def instance():
    with DagsterInstance.ephemeral() as ephemeral:
        yield ephemeral


def _execute(job_name: str, instance: DagsterInstance, definitions: Definitions = defs):
    return definitions.resolve_job_def(job_name).execute_in_process(raise_on_error=False, instance=instance)


def _run(job_name: str, instance: DagsterInstance) -> bool:
    return _execute(job_name, instance).success


@asset_check(asset=AssetKey("mart_signal_impact"), name="organisation_rule", blocking=True)
def _failing_blocking_check() -> AssetCheckResult:
    """A blocking check an organisation adds, failing tonight."""
    return AssetCheckResult(passed=False, severity=AssetCheckSeverity.ERROR)


def _snapshot(database) -> dict[str, tuple]:
    """Row count and an order-independent hash of every table, without the run's own timestamps."""
    with duckdb.connect(str(database), read_only=True) as con:
        tables = con.execute("""SELECT table_schema, table_name FROM information_schema.tables
                                WHERE table_type = 'BASE TABLE' AND table_schema IN ('raw', 'ml', 'marts')
                                ORDER BY 1, 2""").fetchall()
        snapshot = {}
        for schema, table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?",
                [schema, table]).fetchall() if c not in RUN_TIMESTAMPS]
            row = ", ".join(f'"{c}"' for c in columns)
            snapshot[f"{schema}.{table}"] = con.execute(
                f'SELECT count(*), sum(hash(({row}))) FROM "{schema}"."{table}"').fetchone()
    return snapshot


@pytest.fixture(scope="module")
def publication(environment) -> Publication:
    return Publication(environment["SIGNALCHAIN_PUBLISH"])


@pytest.fixture(scope="module")
def two_nights(environment, instance, publication):
    """The nights, and what a BI connection held across the second one answered: (run id, contacts)
    before it, the same questions after it, and a new connection's run id after it."""
    trained = _run("train_classifier", instance)
    first_ok = _run("nightly", instance)
    first = _snapshot(environment["SIGNALCHAIN_WAREHOUSE"])
    reader = HeldReader(publication.database)
    try:
        questions = (RUN_ID, "SELECT count(*) FROM marts.fct_contacts")
        before = tuple(reader.ask(q) for q in questions)
        second_ok = _run("nightly", instance)
        held = tuple(reader.ask(q) for q in questions)
    finally:
        reader.close()
    second = _snapshot(environment["SIGNALCHAIN_WAREHOUSE"])
    with duckdb.connect(str(publication.database), read_only=True) as con:
        fresh = con.execute(RUN_ID).fetchone()[0]
    return trained, first_ok, second_ok, first, second, (before, held, fresh)


def test_training_promotes_a_model_and_both_nights_succeed(two_nights, environment):
    trained, first_ok, second_ok, *_ = two_nights
    assert trained and first_ok and second_ok
    assert ModelDirectory(environment["SIGNALCHAIN_MODELS"]).current_version() is not None


def test_the_night_fills_every_stage_from_raw_to_metrics(two_nights):
    first = two_nights[3]
    for table in ("raw.calls", "raw.mails", "ml.contact_signal_tags", "marts.fct_contacts",
                  "marts.fct_survey_responses", "marts.mart_signal_impact", "marts.mart_action_effect",
                  "marts.mart_journey_digitalisation", "marts.mart_migration_monitor"):
        assert first[table][0] > 0, table


def test_running_the_night_twice_gives_identical_tables(two_nights):
    first, second = two_nights[3], two_nights[4]
    assert first.keys() == second.keys()
    assert {t: v for t, v in second.items() if first[t] != v} == {}


def test_review_queue_is_published_for_labelling(two_nights, environment):
    assert (environment["SIGNALCHAIN_PUBLISH"] / "review_queue.csv").stat().st_size > 0


def test_every_dbt_table_shows_its_row_count_and_columns_in_the_ui(two_nights, instance, environment):
    """What an analyst sees on an asset's page: dagster/row_count (tables, not views) and dagster/column_schema."""
    for name in ("fct_contacts", "mart_signal_impact", "dim_signals"):
        metadata = instance.get_latest_materialization_event(AssetKey(name)).asset_materialization.metadata
        with duckdb.connect(str(environment["SIGNALCHAIN_WAREHOUSE"]), read_only=True) as con:
            rows = con.execute(f"SELECT count(*) FROM marts.{name}").fetchone()[0]
        assert metadata["dagster/row_count"].value == rows
        columns = {column.name for column in metadata["dagster/column_schema"].schema.columns}
        assert "signal_id" in columns or "contact_id" in columns


def test_a_bi_connection_held_through_the_night_keeps_its_snapshot(two_nights, publication):
    _, _, second_ok, _, _, (before, held, fresh) = two_nights
    assert second_ok and held == before
    assert fresh != before[0] and fresh == publication.manifest()["run_id"]


def test_the_report_is_written_beside_the_publication(two_nights, publication):
    report = publication.folder / "report.html"
    assert report.stat().st_size > 1_000_000  # plotly inlined
    assert publication.manifest()["run_id"] in publication_lines(publication.folder,
                                                                 publication.manifest()["run_id"])[0]


def test_a_night_with_a_failed_blocking_check_keeps_the_last_publication(two_nights, instance, publication):
    files = [publication.database, publication.manifest_file, publication.folder / "report.html"]
    before = {path: path.read_bytes() for path in files}
    parquet = publication.parquet.resolve()
    night = _execute("nightly", instance, Definitions.merge(defs, Definitions(asset_checks=[_failing_blocking_check])))
    assert not night.success
    assert {path: path.read_bytes() for path in files} == before and publication.parquet.resolve() == parquet
    lines = publication_lines(publication.folder, night.run_id)
    last_good = json.loads(before[publication.manifest_file])["run_id"]
    assert lines[0].startswith("publication for BI NOT refreshed") and last_good in lines[0]


def _target_folders(run_id: str) -> list[str]:
    target = Path(dbt_project.project_dir) / dbt_project.target_path
    return [folder.name for folder in target.glob(f"signalchain_dbt_assets*-{run_id[:7]}-*")]


def test_successful_nights_leave_no_dbt_target_folders_behind(two_nights, instance):
    runs = [run for run in instance.get_runs() if run.is_success]
    assert len(runs) >= 3
    assert [name for run in runs for name in _target_folders(run.run_id)] == []
    assert (Path(dbt_project.manifest_path)).exists()


def test_a_backfill_of_one_month_passes_its_window_to_dbt(two_nights, instance, environment):
    """What an engineer launches from the Launchpad after fixing a seed: one dbt build with the window
    as dbt vars, then the metrics and the publication downstream; no ingest, no tagging."""
    window = {"backfill_start": "2024-03-01", "backfill_end": "2024-04-01"}
    result = defs.resolve_job_def("backfill").execute_in_process(
        instance=instance, raise_on_error=False,
        run_config={"ops": {"signalchain_dbt_assets": {"config": window}}})
    assert result.success
    commands = [record.event_log_entry.user_message for record in instance.get_records_for_run(result.run_id).records
                if "Running dbt command" in record.event_log_entry.user_message]
    assert len(commands) == 1 and f"--vars {json.dumps(window)}" in commands[0]
    built = {event.asset_key for event in result.get_asset_materialization_events()}
    assert AssetKey("fct_contacts") in built and AssetKey("bi_publication") in built
    assert not {AssetKey(["raw", "calls"]), AssetKey(["ml", "contact_signal_tags"])} & built
    metadata = instance.get_latest_materialization_event(AssetKey("fct_contacts")).asset_materialization.metadata
    assert metadata["dagster/row_count"].value > 0
    assert _target_folders(result.run_id) == []
