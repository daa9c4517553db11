"""The whole pipeline as a data engineer runs it: generated landing files, the training job, then the
nightly job twice, in process against a temporary DuckDB, with the real dbt build."""

import duckdb
import pytest
from dagster import AssetKey, DagsterInstance

from ml.store import ModelDirectory
from orchestration.definitions import defs
from demo import generate

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


def _run(job_name: str, instance: DagsterInstance) -> bool:
    return defs.resolve_job_def(job_name).execute_in_process(raise_on_error=False, instance=instance).success


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
def two_nights(environment, instance):
    trained = _run("train_classifier", instance)
    first_ok = _run("nightly", instance)
    first = _snapshot(environment["SIGNALCHAIN_WAREHOUSE"])
    second_ok = _run("nightly", instance)
    second = _snapshot(environment["SIGNALCHAIN_WAREHOUSE"])
    return trained, first_ok, second_ok, first, second


def test_training_promotes_a_model_and_both_nights_succeed(two_nights, environment):
    trained, first_ok, second_ok, _, _ = two_nights
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
