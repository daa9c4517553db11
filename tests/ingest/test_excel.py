"""Excel workbooks as business users deliver them: typed cells, several sheets, stray cells."""

import datetime as dt

import openpyxl

from signalchain.ingest import ingest_source, reconciliation_breaks
from signalchain.ingest.mapping.config import load_mappings
from tests.ingest.conftest import rows, write


def _workbook(path, sheets: dict[str, list[list]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, sheet_rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in sheet_rows:
            sheet.append(row)
    workbook.save(path)


def test_the_first_sheet_loads_with_excel_dates_and_numbers(con, landing):
    _workbook(landing / "calls" / "export.xlsx", {"Gesprekken": [
        ["Call_ID", "Customer_ID", "Started_At", "Duration_Seconds", "Notes"],
        ["C1", "KL1", dt.datetime(2026, 3, 2, 9, 30), 61.5, "factuur"],
        [],
        [1002, "KL2", dt.datetime(2026, 3, 2, 10, 0), 30, None],
        ["C3", "KL3", dt.datetime(2026, 3, 2, 11, 0), 30, "ok", "stray cell"],
    ], "Toelichting": [["dit blad wordt niet gelezen"]]})
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined) == (3, 2, 1)
    con.execute("SET TimeZone = 'Europe/Amsterdam'")
    assert rows(con, "SELECT call_id, strftime(started_at, '%Y-%m-%d %H:%M'), duration_seconds, notes, _line "
                     "FROM raw.calls ORDER BY 1") == [
        ("1002", "2026-03-02 10:00", 30, None, 4), ("C1", "2026-03-02 09:30", 62, "factuur", 2)]
    assert rows(con, "SELECT line, reason FROM raw._quarantine") == [(5, "expected 5 fields, found 6")]
    assert reconciliation_breaks(con, "calls") == []


def test_a_mapping_names_the_sheet(con, landing, tmp_path):
    write(tmp_path / "seeds" / "landing.yml", "folders:\n  signalen:\n    source: submissions\n"
          "    sheet: Signalen\n    columns: {submission_id: nr, submitted_at: datum, submitter: door, text: signaal}\n")
    _workbook(landing / "signalen" / "signalen.xlsx", {"Uitleg": [["lees mij"]], "Signalen": [
        ["Nr", "Datum", "Door", "Signaal"], [1, dt.date(2026, 3, 2), "team noord", "Klanten snappen de factuur niet"]]})
    report = ingest_source(con, landing, "submissions", load_mappings(tmp_path / "seeds")).files[0]
    assert (report.status, report.rows_loaded) == ("loaded", 1)
    assert rows(con, "SELECT submission_id, submitter, text FROM raw.submissions") == [
        ("1", "team noord", "Klanten snappen de factuur niet")]


def test_a_missing_sheet_rejects_the_file(con, landing, tmp_path):
    write(tmp_path / "seeds" / "landing.yml", "folders:\n  signalen: {source: submissions, sheet: Signalen}\n")
    _workbook(landing / "signalen" / "s.xlsx", {"Blad1": [["a"], ["b"]]})
    report = ingest_source(con, landing, "submissions", load_mappings(tmp_path / "seeds")).files[0]
    assert report.error == "signalen/s.xlsx: no sheet named 'Signalen'; sheets: Blad1"
