"""Quarantined rows reach BI as counts per reason kind, never with the export's values."""

import duckdb
import pytest

from signalchain.ingest import ingest_all
from tests.dbt.helpers import SKIP_DBT_TESTS, build, query

CALLS = """call_id,customer_id,started_at,duration_seconds,notes
C1,K1,2024-03-04 09:00,60,Factuur klopt niet
C2,K2,2024-03-04 10:00,abc,Bel mij terug op 0612345678
C3,K3,2024-03-04 11:00,x1y,Nog een slechte duur
C4,K4,niet-een-datum,30,Geen datum
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    work = tmp_path_factory.mktemp("quarantine")
    (work / "landing" / "calls").mkdir(parents=True)
    (work / "landing" / "calls" / "calls.csv").write_text(CALLS, encoding="utf-8")
    path = work / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        ingest_all(con, work / "landing")
    build(path, work, None, *SKIP_DBT_TESTS, "--vars", "{journey_step_coverage_floor: 0}")
    return path


def test_rows_are_counted_per_reason_kind(warehouse):
    reasons = query(warehouse, "SELECT source, reason, rows_quarantined, files FROM marts.mart_quarantine_reasons "
                               "ORDER BY reason")
    assert reasons == [("calls", "bad integer in duration_seconds: '…'", 2, 1),
                       ("calls", "bad timestamp in started_at: '…'", 1, 1)]


def test_no_value_of_the_export_is_in_the_reasons(warehouse):
    published = " ".join(reason for (reason,) in query(warehouse, "SELECT reason FROM marts.mart_quarantine_reasons"))
    assert "abc" not in published and "x1y" not in published and "niet-een-datum" not in published
