"""The quick paths of the load keep its guarantees: a file whose loading fails inside the source's
transaction leaves nothing behind while the others load; quoted multi-line values are read by the
fast reader with their lines, a broken quote beside them still goes to quarantine; JSON fields
that only look like times further down a file keep their text."""

import json

import pytest

from signalchain.ingest import csv_reader, incoming, ingest_source, load, reconciliation_breaks
from tests.ingest.conftest import rows, write

HEADER = "call_id,customer_id,started_at,duration_seconds,notes\n"


def _row(n: int, notes: str = "ok", started: str = "2026-01-01 10:00") -> str:
    return f"C{n},KL{n},{started},60,{notes}\n"


@pytest.mark.parametrize("step", ["typing", "inserting"])
def test_a_file_that_fails_to_load_leaves_nothing_and_the_others_load(con, landing, monkeypatch, step):
    write(landing / "calls" / "a.csv", HEADER + _row(1))
    write(landing / "calls" / "b.csv", HEADER + _row(2) + _row(3, started="gisteren"))
    write(landing / "calls" / "c.csv", HEADER + _row(4))
    if step == "typing":  # the three files are typed in one statement first, then one by one
        typed_rows = incoming.typed_rows

        def failing_typing(typing_con, source, text, *args):
            if "C2" in text.column("call_id").to_pylist():
                raise RuntimeError("disk hiccup")
            return typed_rows(typing_con, source, text, *args)

        monkeypatch.setattr(incoming, "typed_rows", failing_typing)
    else:
        insert = load._insert_new_versions

        def failing_insert(con, source, report, now):
            if report.file_name == "calls/b.csv":
                raise RuntimeError("disk hiccup")
            return insert(con, source, report, now)

        monkeypatch.setattr(load, "_insert_new_versions", failing_insert)
    report = ingest_source(con, landing, "calls")
    assert [(f.file_name, f.status) for f in report.files] == [
        ("calls/a.csv", "loaded"), ("calls/b.csv", "rejected"), ("calls/c.csv", "loaded")]
    assert report.files[1].error == "calls/b.csv: loading failed: RuntimeError: disk hiccup"
    assert rows(con, "SELECT call_id FROM raw.calls ORDER BY 1") == [("C1",), ("C4",)]
    assert rows(con, "SELECT count(*) FROM raw._quarantine") == [(0,)]
    assert rows(con, "SELECT file_name, status FROM raw._ingested_files ORDER BY 1") == [
        ("calls/a.csv", "loaded"), ("calls/b.csv", "rejected"), ("calls/c.csv", "loaded")]
    assert reconciliation_breaks(con, "calls") == []


def test_quoted_multi_line_notes_take_the_fast_reader_with_their_lines(con, landing, monkeypatch):
    def no_strict_pass(*args):
        raise AssertionError("the strict reader was used")

    monkeypatch.setattr(csv_reader, "_read_strict", no_strict_pass)
    write(landing / "calls" / "a.csv", HEADER + _row(1, '"eerste\nen ""tweede"" regel"') + "\n" + _row(2)
          + _row(3, '"a\r\nb\r\nc"') + _row(4))
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.status, report.rows_read, report.rows_loaded) == ("loaded", 4, 4)
    assert rows(con, "SELECT call_id, _line, notes FROM raw.calls ORDER BY 1") == [
        ("C1", 2, 'eerste\nen "tweede" regel'), ("C2", 5, "ok"), ("C3", 6, "a\r\nb\r\nc"), ("C4", 9, "ok")]


def test_a_broken_quote_beside_a_multi_line_note_is_still_quarantined(con, landing):
    write(landing / "calls" / "a.csv", HEADER + _row(1, '"eerste\ntweede"') + _row(2) + _row(3, '"broken note')
          + _row(4) + _row(5, '"quoted"') + _row(6))
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined) == (6, 3, 3)
    assert rows(con, "SELECT call_id, _line FROM raw.calls ORDER BY 1") == [("C1", 2), ("C2", 4), ("C6", 8)]
    quarantined = rows(con, "SELECT line, reason FROM raw._quarantine ORDER BY line")
    assert [line for line, _ in quarantined] == [5, 6, 7]
    assert all("unbalanced quote: the quoted field opened on line 5" in reason for _, reason in quarantined)
    assert reconciliation_breaks(con, "calls") == []


def test_json_fields_that_look_like_times_only_further_down_keep_their_instant(con, landing):
    def complaint(n: int, closed: str | None) -> str:
        return json.dumps({"complaint_id": f"K{n}", "customer_id": f"KL{n}", "filed_at": "2026-01-05 09:00",
                           "text": "x" * 200, "closed_at": closed})

    lines = [complaint(n, None) for n in range(600)] + [complaint(600, "2026-01-05T10:00:00+02:00")]
    write(landing / "complaints" / "a.jsonl", "\n".join(lines) + "\n")
    report = ingest_source(con, landing, "complaints").files[0]
    assert (report.status, report.rows_loaded) == ("loaded", 601)
    assert rows(con, "SELECT strftime(closed_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') FROM raw.complaints "
                     "WHERE complaint_id = 'K600'") == [("2026-01-05 08:00",)]
