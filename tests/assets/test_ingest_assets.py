"""The ingest assets and their checks, run the way Dagster runs them."""

from dagster import build_asset_context
from dagster_duckdb import DuckDBResource

from assets.ingest import build_ingest_asset
from orchestration.resources import LandingZone
from tests.ingest.conftest import write


def _resources(tmp_path):
    return {"duckdb": DuckDBResource(database=str(tmp_path / "w.duckdb")),
            "landing": LandingZone(path=str(tmp_path / "landing"))}


def test_ingest_asset_reports_files_and_its_check_catches_a_lost_row(tmp_path):
    write(tmp_path / "landing" / "calls" / "a.csv",
          "call_id,customer_id,started_at\nC1,KL1,2026-01-01 10:00\nC2,,2026-01-01 10:00\n")
    write(tmp_path / "landing" / "calls" / "b.csv", "call_id,started_at\nC3,2026-01-01 10:00\n")
    ingest, (reconcile, no_rejected) = build_ingest_asset("calls")
    resources = _resources(tmp_path)

    result = ingest(build_asset_context(resources=resources))
    assert result.metadata["rows_loaded"] == 1
    assert result.metadata["rows_quarantined"] == 1
    assert result.metadata["files_rejected"] == 1
    assert reconcile(duckdb=resources["duckdb"]).passed
    assert not no_rejected(duckdb=resources["duckdb"]).passed

    with resources["duckdb"].get_connection() as con:
        con.execute("DELETE FROM raw.calls")
    assert not reconcile(duckdb=resources["duckdb"]).passed
