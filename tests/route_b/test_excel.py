"""A team's Excel sheet of submissions and status changes goes through ingest, dbt staging and the lifecycle,
and the route-B assets run on it without a model in use and without route A's metric marts."""

import datetime as dt

import duckdb
import openpyxl

from signalchain.ingest import ingest_source
from signalchain.route_b import tables
from tests.dbt.helpers import run_dbt
from tests.route_b.conftest import materialize_route_b

STAGING = ["stg_raw__submissions", "stg_raw__submission_events", "stg_raw__actions", "path:models/route_b"]


def _workbook(path, rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def test_submissions_and_events_in_excel_reach_the_lifecycle(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "w.duckdb"
    _workbook(landing / "submissions" / "signalen team KS.xlsx", [
        ["submission_id", "submitted_at", "submitter", "submitter_team", "text", "customer_example"],
        ["S-1", dt.datetime(2026, 3, 2, 9, 30), "j.devries", "Klantenservice", "Klanten snappen de factuur niet",
         "CALL-7"],
        ["S-2", dt.datetime(2026, 3, 3, 11, 0), "a.bakker", "Klachtenteam", "De printer is stuk", None],
    ])
    _workbook(landing / "submission_events" / "status.xlsx", [
        ["submission_id", "at", "status", "by", "note", "priority", "signal_id"],
        ["S-1", dt.datetime(2026, 3, 5, 10, 0), "prioritised", "anouk", None, "high", None],
        ["S-1", dt.datetime(2026, 3, 4, 10, 0), "accepted", "anouk", None, None, "invoice_unclear"],
        ["S-2", dt.datetime(2026, 3, 4, 12, 0), "accepted", "anouk", None, None, None],
        ["S-2", dt.datetime(2026, 3, 4, 11, 0), "rejected", "anouk", "Geen klantsignaal.", None, None],
        ["S-2", dt.datetime(2026, 3, 6, 11, 0), "accepted", "anouk", None, None, "stapler_quality"],
    ])
    with duckdb.connect(str(warehouse)) as con:
        assert ingest_source(con, landing, "submissions").files[0].rows_loaded == 2
        events = ingest_source(con, landing, "submission_events").files[0]
        assert (events.rows_loaded, events.rows_quarantined) == (4, 1)  # a signal not in the taxonomy
    run = run_dbt(["run", "--select", *STAGING], warehouse, tmp_path)
    assert run.returncode == 0, run.output[-3000:]
    with duckdb.connect(str(warehouse)) as con:
        history, quarantined = tables.build_lifecycle(con, "test-key")
        assert con.execute("SELECT customer_example FROM staging.stg_raw__submissions WHERE submission_id = 'S-1'"
                           ).fetchall() == [("CALL-7",)]
    assert history[history["submission_id"] == "S-1"]["status"].tolist() == ["submitted", "accepted", "prioritised"]
    assert history[history["submission_id"] == "S-2"]["status"].tolist() == ["submitted", "rejected"]
    assert quarantined[["submission_id", "reason"]].values.tolist() == [
        ["S-2", "transition rejected -> accepted is not allowed"]]

    assert materialize_route_b(warehouse, tmp_path / "models", tmp_path / "published").success
    with duckdb.connect(str(warehouse), read_only=True) as con:
        marts = con.execute("SELECT submission_id, status, signal_source, quality_verdict, contacts_now "
                            "FROM marts.mart_submissions ORDER BY 1").fetchall()
    assert marts == [("S-1", "prioritised", "person", "ok", None), ("S-2", "rejected", "none", "unclear", None)]
    drafts = (tmp_path / "published" / "restricted" / "feedback_drafts.csv").read_text(encoding="utf-8")
    assert "Geen klantsignaal." in drafts and "Beste a.bakker" in drafts
