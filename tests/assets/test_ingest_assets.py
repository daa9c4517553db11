"""The ingest assets and their checks, run the way Dagster runs them."""

from dagster import AssetKey, materialize
from dagster_duckdb import DuckDBResource

from assets.ingest import raw_sources
from orchestration.resources import LandingZone
from tests.ingest.conftest import write

CALLS = AssetKey(["raw", "calls"])


def _night(tmp_path, *keys: AssetKey):
    resources = {"duckdb": DuckDBResource(database=str(tmp_path / "w.duckdb")),
                 "landing": LandingZone(path=str(tmp_path / "landing"))}
    return materialize([raw_sources], resources=resources, selection=list(keys) or None, raise_on_error=False)


def _checks(result) -> dict[tuple[str, str], bool]:
    return {(e.asset_key.path[-1], e.check_name): e.passed for e in result.get_asset_check_evaluations()}


def test_ingest_asset_reports_files_and_its_check_catches_a_lost_row(tmp_path):
    write(tmp_path / "landing" / "calls" / "a.csv",
          "call_id,customer_id,started_at\nC1,KL1,2026-01-01 10:00\nC2,,2026-01-01 10:00\n")
    write(tmp_path / "landing" / "calls" / "b.csv", "call_id,started_at\nC3,2026-01-01 10:00\n")

    result = _night(tmp_path, CALLS)
    assert result.success
    (calls,) = result.asset_materializations_for_node("raw_sources")
    metadata = {name: value.value for name, value in calls.metadata.items()}
    assert (metadata["rows_loaded"], metadata["rows_quarantined"], metadata["files_rejected"]) == (1, 1, 1)
    assert _checks(result) == {("calls", "rows_reconcile"): True, ("calls", "no_rejected_files"): False}

    with DuckDBResource(database=str(tmp_path / "w.duckdb")).get_connection() as con:
        con.execute("DELETE FROM raw.calls")
    again = _night(tmp_path, CALLS)
    assert not again.success
    assert _checks(again)[("calls", "rows_reconcile")] is False


def test_every_source_is_its_own_asset_with_its_own_checks(tmp_path):
    write(tmp_path / "landing" / "calls" / "a.csv", "call_id,customer_id,started_at\nC1,KL1,2026-01-01 10:00\n")
    write(tmp_path / "landing" / "mails" / "a.jsonl", '{"mail_id": "M1", "customer_id": "KL1", '
                                                      '"received_at": "2026-01-01 10:00", "body": "hallo"}\n')
    result = _night(tmp_path)
    assert result.success
    materialized = {m.asset_key for m in result.asset_materializations_for_node("raw_sources")}
    assert {CALLS, AssetKey(["raw", "mails"]), AssetKey(["raw", "surveys"])} <= materialized
    assert all(_checks(result)[(source, "rows_reconcile")] for source in ("calls", "mails", "surveys"))
