"""Faults real exports have: quoting errors, nested and binary Parquet, empty and re-sent files."""

import pyarrow as pa
import pyarrow.parquet as pq

from signalchain.ingest import ingest_source, reconciliation_breaks
from signalchain.ingest.tables import ensure_raw_schema
from tests.ingest.conftest import rows, write

HEADER = "call_id,customer_id,started_at,duration_seconds,notes\n"


def _row(n: int, notes: str = "ok") -> str:
    return f"C{n},KL{n},2026-01-01 10:00,60,{notes}\n"


def test_an_unbalanced_quote_quarantines_the_lines_it_swallows_and_loses_none(con, landing):
    write(landing / "calls" / "a.csv", HEADER + _row(1, '"broken note') + _row(2) + _row(3, '"quoted"')
          + _row(4) + _row(5))
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined) == (5, 2, 3)
    assert rows(con, "SELECT call_id, _line FROM raw.calls ORDER BY 1") == [("C4", 5), ("C5", 6)]
    quarantined = rows(con, "SELECT line, reason, record FROM raw._quarantine ORDER BY line")
    assert [line for line, _, _ in quarantined] == [2, 3, 4]
    assert all("unbalanced quote: the quoted field opened on line 2" in reason for _, reason, _ in quarantined)
    assert quarantined[1][2] == _row(2).strip()
    assert reconciliation_breaks(con, "calls") == []
    con.execute("DELETE FROM raw._quarantine WHERE line = 3")
    assert [b["rows_in_quarantine"] for b in reconciliation_breaks(con, "calls")] == [2]


def test_a_multi_line_note_is_one_row_and_the_rows_after_it_keep_their_line(con, landing):
    write(landing / "calls" / "a.csv", HEADER + _row(1, '"eerste regel\ntweede regel"') + "\n" + _row(2)
          + _row(3, "too,many"))
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined) == (3, 2, 1)
    assert rows(con, "SELECT call_id, _line, notes FROM raw.calls ORDER BY 1") == [
        ("C1", 2, "eerste regel\ntweede regel"), ("C2", 5, "ok")]
    assert rows(con, "SELECT line, reason FROM raw._quarantine") == [(6, "expected 5 fields, found 6")]


def _parquet(path, **columns) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    base = {"call_id": ["C1", "C2"], "customer_id": ["KL1", "KL2"], "started_at": ["2026-01-01 10:00"] * 2}
    pq.write_table(pa.table({**base, **columns}), path)


def test_a_nested_or_undecodable_contract_column_rejects_only_its_file(con, landing):
    _parquet(landing / "calls" / "a_nested.parquet", notes=pa.array([["a", "b"], ["c"]], pa.list_(pa.string())))
    _parquet(landing / "calls" / "b_bytes.parquet", notes=pa.array([b"\x81\x8d", b"ok"], pa.binary()))
    write(landing / "calls" / "c_good.csv", HEADER + _row(3))
    report = ingest_source(con, landing, "calls")
    assert [f.status for f in report.files] == ["rejected", "rejected", "loaded"]
    assert "a_nested.parquet: column notes: nested values (list<element: string>) have no text form" \
        in report.files[0].error
    assert "b_bytes.parquet: column notes: values of type binary cannot be read as text" in report.files[1].error
    assert rows(con, "SELECT call_id FROM raw.calls") == [("C3",)]


def test_nested_columns_outside_the_contract_are_ignored_and_bytes_are_decoded(con, landing):
    _parquet(landing / "calls" / "a.parquet", tags=pa.array([["x"], []], pa.list_(pa.string())),
             notes=pa.array(["caf\xe9".encode("cp1252"), "ok".encode()], pa.binary()))
    report = ingest_source(con, landing, "calls").files[0]
    assert report.status == "loaded"
    assert report.ignored_columns == ["tags (nested values (list<element: string>) have no text form)"]
    assert rows(con, "SELECT notes FROM raw.calls ORDER BY call_id") == [("café",), ("ok",)]


def test_a_crashing_reader_rejects_its_file_with_the_reason(con, landing, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("segment 3 is corrupt")

    monkeypatch.setattr(pq, "read_table", crash)
    _parquet(landing / "calls" / "a.parquet", notes=["x", "y"])
    write(landing / "calls" / "b.csv", HEADER + _row(3))
    report = ingest_source(con, landing, "calls")
    assert [f.status for f in report.files] == ["rejected", "loaded"]
    assert "calls/a.parquet: the parquet reader failed: RuntimeError: segment 3 is corrupt" in report.files[0].error


def test_every_file_has_exactly_one_registry_record_also_empty_and_resent_ones(con, landing):
    write(landing / "calls" / "a_empty.csv", "")
    write(landing / "calls" / "b_empty.csv", "")
    write(landing / "calls" / "c_header_only.csv", HEADER)
    write(landing / "calls" / "d.csv", HEADER + _row(1))
    write(landing / "calls" / "e_resent_copy_of_d.csv", HEADER + _row(1))
    for _ in range(2):
        ingest_source(con, landing, "calls")
    assert rows(con, "SELECT file_name, status, rows_read, error FROM raw._ingested_files ORDER BY 1") == [
        ("calls/a_empty.csv", "rejected", 0, "calls/a_empty.csv: empty file (no header)"),
        ("calls/b_empty.csv", "rejected", 0, "calls/b_empty.csv: empty file (no header)"),
        ("calls/c_header_only.csv", "loaded", 0, None),
        ("calls/d.csv", "loaded", 1, None),
        ("calls/e_resent_copy_of_d.csv", "skipped", 0, "same bytes as calls/d.csv"),
    ]
    assert rows(con, "SELECT count(*) FROM raw.calls") == [(1,)]


def test_a_registry_keyed_by_content_alone_is_rebuilt_with_the_file_in_its_key(con):
    con.execute("CREATE SCHEMA raw")
    con.execute("""CREATE TABLE raw._ingested_files (content_hash VARCHAR, source VARCHAR, file_name VARCHAR,
        size_bytes BIGINT, status VARCHAR, error VARCHAR, ignored_columns VARCHAR, rows_read BIGINT,
        rows_loaded BIGINT, rows_quarantined BIGINT, rows_duplicate BIGINT, ingested_at TIMESTAMPTZ,
        PRIMARY KEY (source, content_hash))""")
    con.execute("INSERT INTO raw._ingested_files VALUES ('h', 'calls', 'calls/a.csv', 10, 'loaded', NULL, NULL, "
                "1, 1, 0, 0, now())")
    ensure_raw_schema(con)
    ensure_raw_schema(con)
    assert rows(con, "SELECT file_name, rows_flagged FROM raw._ingested_files") == [("calls/a.csv", None)]
    key = rows(con, "SELECT constraint_column_names FROM duckdb_constraints() "
                    "WHERE table_name = '_ingested_files' AND constraint_type = 'PRIMARY KEY'")
    assert key == [(["source", "file_name", "content_hash"],)]
