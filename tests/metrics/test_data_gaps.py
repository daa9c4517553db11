"""A night with a source missing builds every mart it can, flags the gap and says so.

The real ingest, dbt build and metric assets on demo landings with whole sources taken out:
quality thresholds and data gaps warn, only lost data or a broken contract would block.
"""

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from cli.summary import night_summary
from signalchain.ingest import ingest_all
from signalchain.settings import DBT_PROJECT_DIR
from tests.dbt.helpers import run_dbt
from tests.metrics.conftest import materialize_metrics, tag_with_truth

MARTS = ["mart_source_coverage", "mart_signal_impact", "mart_signal_impact_trailing_year", "mart_journey_digitalisation",
         "mart_migration_monitor", "mart_action_effect", "fct_contacts", "fct_survey_responses"]
GAP_CHECK = "every_source_has_data"
EXPORTS = Path(__file__).parents[1] / "ingest" / "exports"


@pytest.fixture(scope="module")
def demo_landing(tmp_path_factory):
    from demo import generate

    landing = tmp_path_factory.mktemp("full_landing")
    generate(customers=400, days=120, seed=5, out=landing)
    return landing


def _night_without(landing, folders: tuple[str, ...], work):
    """Ingest a copy of `landing` without `folders`, dbt build everything, run the metric assets."""
    shutil.copytree(landing, work / "landing", ignore=shutil.ignore_patterns(*folders))
    warehouse = work / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, work / "landing")
        tag_with_truth(con, work / "landing")
    build = run_dbt(["build"], warehouse, work)
    assert build.returncode == 0 and not build.failed(), build.output[-3000:]
    assert materialize_metrics(warehouse).success
    return warehouse, build


@pytest.fixture(scope="module", params=[("surveys",), ("complaints", "customers")], ids=["no_surveys",
                                                                                       "no_complaints_no_customers"])
def gap_night(request, demo_landing, tmp_path_factory):
    warehouse, build = _night_without(demo_landing, request.param, tmp_path_factory.mktemp("gap"))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        coverage = {source: has_data for source, has_data in
                    con.execute("SELECT source, has_data FROM marts.mart_source_coverage").fetchall()}
        rows = {table: con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0] for table in MARTS}
    return request.param, warehouse, build, coverage, rows


def test_every_mart_is_built_and_only_the_missing_sources_are_flagged(gap_night):
    missing, _, _, coverage, rows = gap_night
    source = {"surveys": "survey", "complaints": "complaint", "customers": "customer"}
    assert {name for name, has_data in coverage.items() if not has_data} == {source[folder] for folder in missing}
    assert rows["mart_signal_impact"] > 0 and rows["mart_journey_digitalisation"] > 0 and rows["mart_action_effect"] > 0


def test_the_gap_warns_and_blocks_nothing(gap_night):
    build = gap_night[2]
    gap_checks = {status for node, status in build.results.items() if GAP_CHECK in node}
    assert gap_checks == {"warn"}
    assert not build.failed()


def test_the_numbers_that_need_the_missing_source_are_null(gap_night):
    missing, warehouse, _, _, rows = gap_night
    with duckdb.connect(str(warehouse), read_only=True) as con:
        if "surveys" in missing:
            assert con.execute("SELECT count(satisfaction_penalty) FROM marts.mart_signal_impact").fetchone() == (0,)
            assert con.execute("SELECT bool_and(has_no_survey_data) FROM marts.mart_journey_digitalisation"
                               ).fetchone() == (True,)
            assert rows["mart_migration_monitor"] > 0
        if "customers" in missing:
            assert rows["mart_migration_monitor"] == 0
            assert con.execute("SELECT count(contacts_per_1000_before) FROM marts.mart_action_effect").fetchone() == (0,)


def test_the_summary_names_each_missing_source(gap_night):
    missing, warehouse, *_ = gap_night
    lines = night_summary(str(warehouse))
    gaps = [line for line in lines if line.startswith("data gap: ")]
    assert len(gaps) == len(missing)
    if "surveys" in missing:
        assert "data gap: no survey data this night, so no satisfaction: CSAT, NPS and CES are null and signal " \
               "priority falls back to volume (marts.mart_source_coverage)" in gaps
        assert any("CSAT n/a (no survey data)" in line for line in lines)
    if "complaints" in missing:
        assert any(line.startswith("data gap: no complaint data this night") for line in gaps)


def test_a_full_night_reports_no_gaps(tmp_path):
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.mart_source_coverage AS SELECT 'call' AS source, true AS has_data, "
                    "'' AS when_missing")
        con.execute("CREATE SCHEMA raw")
        con.execute("CREATE TABLE raw._ingested_files (source VARCHAR, status VARCHAR, rows_loaded BIGINT, "
                    "rows_quarantined BIGINT, rows_duplicate BIGINT)")
    assert "data gaps: none, every source has data (marts.mart_source_coverage)" in \
        night_summary(str(tmp_path / "warehouse.duckdb"))


def test_a_night_without_any_contact_still_builds(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, tmp_path / "empty_landing")
    build = run_dbt(["build"], warehouse, tmp_path)
    assert build.returncode == 0 and not build.failed(), build.output[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FILTER (has_data) FROM marts.mart_source_coverage").fetchone() == (0,)


def test_a_night_fed_only_with_a_ticketing_export_builds_its_marts(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(DBT_PROJECT_DIR / "seeds", seeds)
    (seeds / "landing.yml").write_text("folders:\n  zendesk: {preset: zendesk_tickets}\n")
    (tmp_path / "landing" / "zendesk").mkdir(parents=True)
    shutil.copy(EXPORTS / "zendesk_tickets.csv", tmp_path / "landing" / "zendesk")
    env = {"SIGNALCHAIN_SEEDS": os.path.relpath(seeds, DBT_PROJECT_DIR)}
    monkeypatch.setenv("SIGNALCHAIN_SEEDS", env["SIGNALCHAIN_SEEDS"])
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, tmp_path / "landing")
    build = run_dbt(["build"], warehouse, tmp_path, env)
    assert build.returncode == 0 and not build.failed(), build.output[-3000:]
    assert materialize_metrics(warehouse).success
    with duckdb.connect(str(warehouse), read_only=True) as con:
        coverage = dict(con.execute("SELECT source, has_data FROM marts.mart_source_coverage").fetchall())
        built = {table: con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0] for table in MARTS}
    assert {source for source, has_data in coverage.items() if has_data} == {"mail"}
    assert built["fct_contacts"] == 4 and built["fct_survey_responses"] == 0
    assert any(line.startswith("data gap: no call data this night") for line in night_summary(str(warehouse)))
