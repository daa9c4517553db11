"""Files typed in one statement (stage_together.py) are split back file by file: each file's counts,
quarantined lines and stored rows are its own, as if it had been typed alone."""

from signalchain.ingest import incoming, ingest_source, reconciliation_breaks
from tests.ingest.conftest import rows, write

HEADER = "call_id,customer_id,started_at,duration_seconds\n"


def _count_statements(monkeypatch) -> list[int]:
    typed_rows, sizes = incoming.typed_rows, []

    def counted(con, source, text, *args):
        sizes.append(text.num_rows)
        return typed_rows(con, source, text, *args)

    monkeypatch.setattr(incoming, "typed_rows", counted)
    return sizes


def test_files_with_the_same_columns_are_typed_together_and_split_back(con, landing, monkeypatch):
    statements = _count_statements(monkeypatch)
    write(landing / "calls" / "a.csv", HEADER + "C1,KL1,2026-01-01 10:00,60\nC2,,2026-01-01 10:00,60\n")
    write(landing / "calls" / "b.csv", HEADER + "C3,KL3,2026-01-01 10:00,60\nC3,KL3,2026-01-01 10:00,60\n"
          "C4,KL4,morgen,60\nC5,KL5,2026-01-01 10:00,-5\n")
    write(landing / "calls" / "c.csv", HEADER + "C1,KL1,2026-01-01 10:00,60\n")
    files = ingest_source(con, landing, "calls").files
    assert statements == [7]
    assert [(f.rows_read, f.rows_loaded, f.rows_quarantined, f.rows_duplicate, f.rows_flagged) for f in files] == [
        (2, 1, 1, 0, 0), (4, 2, 1, 1, 1), (1, 0, 0, 1, 0)]
    assert rows(con, "SELECT _file_name, _line, call_id, duration_seconds FROM raw.calls ORDER BY 1, 2") == [
        ("calls/a.csv", 2, "C1", 60), ("calls/b.csv", 3, "C3", 60), ("calls/b.csv", 5, "C5", None)]
    assert rows(con, "SELECT file_name, line, reason, json_extract_string(record, '$.call_id') "
                     "FROM raw._quarantine ORDER BY 1, 2") == [
        ("calls/a.csv", 3, "empty customer_id", "C2"),
        ("calls/b.csv", 4, "bad timestamp in started_at: 'morgen'", "C4")]
    assert reconciliation_breaks(con, "calls") == []


def test_files_with_other_columns_are_typed_apart(con, landing, monkeypatch):
    statements = _count_statements(monkeypatch)
    write(landing / "calls" / "a.csv", HEADER + "C1,KL1,2026-01-01 10:00,60\n")
    write(landing / "calls" / "b.csv", "call_id,customer_id,started_at,queue\nC2,KL2,2026-01-01 10:00,Techniek\n")
    write(landing / "calls" / "c.csv", HEADER + "C3,KL3,2026-01-01 10:00,60\n")
    files = ingest_source(con, landing, "calls").files
    assert sorted(statements) == [1, 2]
    assert [(f.rows_loaded, f.rows_quarantined) for f in files] == [(1, 0), (1, 0), (1, 0)]
    assert rows(con, "SELECT call_id, duration_seconds, queue FROM raw.calls ORDER BY 1") == [
        ("C1", 60, None), ("C2", None, "Techniek"), ("C3", 60, None)]
