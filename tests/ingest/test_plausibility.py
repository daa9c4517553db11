"""Values that parse but cannot be true: quarantined, or nulled and flagged (signalchain/ingest/plausibility.py)."""

import datetime as dt

from signalchain.ingest import ingest_source, reconciliation_breaks
from tests.ingest.conftest import rows, write

CALLS = "call_id;customer_id;started_at;duration_seconds\n"


def _future(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).strftime("%d-%m-%Y")


def test_contacts_dated_in_the_future_or_before_the_floor_are_quarantined(con, landing):
    write(landing / "calls" / "a.csv", CALLS + f"C1;KL1;{_future(180)} 10:00;60\nC2;KL2;01-01-1999 10:00;60\n"
          f"C3;KL3;{_future(0)} 08:00;60\nC4;KL4;15-03-2026 10:00;60\n")
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_loaded, report.rows_quarantined) == (2, 2)
    reasons = [r for (r,) in rows(con, "SELECT reason FROM raw._quarantine ORDER BY line")]
    assert reasons[0].startswith("started_at ") and reasons[0].endswith(
        "lies in the future (more than 1 day(s) after ingest)")
    assert reasons[1] == "started_at 1999-01-01 10:00 lies before the floor date 2000-01-01"


def test_the_future_margin_and_floor_are_settings(con, landing, monkeypatch):
    monkeypatch.setenv("SIGNALCHAIN_FUTURE_MARGIN_DAYS", "400")
    monkeypatch.setenv("SIGNALCHAIN_DATE_FLOOR", "1990-01-01")
    write(landing / "calls" / "a.csv", CALLS + f"C1;KL1;{_future(180)} 10:00;60\nC2;KL2;01-01-1999 10:00;60\n")
    assert ingest_source(con, landing, "calls").files[0].rows_loaded == 2


def test_a_negative_duration_is_nulled_and_flagged_and_the_contact_kept(con, landing):
    write(landing / "calls" / "a.csv", CALLS + "C1;KL1;01-03-2026 10:00;-30\nC2;KL2;01-03-2026 10:00;30\n")
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_loaded, report.rows_quarantined, report.rows_flagged) == (2, 0, 1)
    assert rows(con, "SELECT call_id, duration_seconds, _warnings FROM raw.calls ORDER BY 1") == [
        ("C1", None, "duration_seconds -30 below 0: nulled"), ("C2", 30, None)]
    assert rows(con, "SELECT rows_flagged FROM raw._ingested_files") == [(1,)]
    assert reconciliation_breaks(con, "calls") == []


def test_a_fraction_on_a_whole_point_scale_is_quarantined_but_a_report_grade_may_be_7_5(con, landing):
    write(landing / "surveys" / "s.csv", "response_id;customer_id;responded_at;survey_type;score\n"
          "R1;KL1;01-03-2026;NPS;7,5\nR2;KL1;01-03-2026;CES;3.5\nR3;KL1;01-03-2026;CSAT;7,5\n"
          "R4;KL1;01-03-2026;NPS;9\n")
    ingest_source(con, landing, "surveys")
    assert rows(con, "SELECT response_id, score FROM raw.surveys ORDER BY 1") == [("R3", 7.5), ("R4", 9.0)]
    assert rows(con, "SELECT reason FROM raw._quarantine ORDER BY line") == [
        ("score 7,5 is not a whole point on the NPS scale",), ("score 3.5 is not a whole point on the CES scale",)]


def test_numbers_with_thousands_separators_and_a_euro_sign_are_read(con, landing):
    write(landing / "actions" / "a.csv", "action_id;signal_id;title;go_live_date;cost_eur\n"
          "A1;invoice_unclear;x;01-03-2026;1.234,50\nA2;invoice_unclear;x;01-03-2026;\"1,234.50\"\n"
          "A3;invoice_unclear;x;01-03-2026;€ 1.250.000\nA4;invoice_unclear;x;01-03-2026;12,5\n"
          "A5;invoice_unclear;x;01-03-2026;-5\n")
    ingest_source(con, landing, "actions")
    assert rows(con, "SELECT action_id, cost_eur, _warnings FROM raw.actions ORDER BY 1") == [
        ("A1", 1234.5, None), ("A2", 1234.5, None), ("A3", 1250000.0, None), ("A4", 12.5, None),
        ("A5", None, "cost_eur -5 below 0: nulled")]
