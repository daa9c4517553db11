"""Bad input: rejected files name the problem, bad rows are quarantined, nothing is lost."""

from signalchain.ingest import ingest_source, reconciliation_breaks
from tests.ingest.conftest import rows, write

CALLS_HEADER = "call_id;customer_id;started_at;duration_seconds;wrap_up_code;notes\n"


def test_missing_required_column_rejects_the_file_and_the_others_go_on(con, landing):
    write(landing / "calls" / "a_broken.csv", "call_id;started_at\nC1;2026-01-01 10:00\n")
    write(landing / "calls" / "b_good.csv", CALLS_HEADER + "C2;KL2;2026-01-01 10:00;60;;ok\n")
    report = ingest_source(con, landing, "calls")
    assert [f.status for f in report.files] == ["rejected", "loaded"]
    assert "calls/a_broken.csv" in report.rejected[0].error
    assert "missing required column(s): customer_id" in report.rejected[0].error
    assert rows(con, "SELECT call_id FROM raw.calls") == [("C2",)]
    assert rows(con, "SELECT status FROM raw._ingested_files ORDER BY file_name") == [("rejected",), ("loaded",)]


def test_empty_and_unreadable_files_are_rejected(con, landing):
    write(landing / "calls" / "empty.csv", "")
    write(landing / "calls" / "report.pdf", "%PDF-1.4")
    write(landing / "calls" / "truncated.xlsx", "PK\x03\x04")
    (landing / "calls" / "broken.csv.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    report = ingest_source(con, landing, "calls")
    errors = sorted(f.error for f in report.rejected)
    assert len(errors) == 4
    assert "calls/broken.csv.gz: corrupt gzip data" in errors[0]
    assert "calls/empty.csv: empty file" in errors[1]
    assert "calls/report.pdf: unsupported file type" in errors[2]
    assert "calls/truncated.xlsx: not readable as a workbook" in errors[3]


def test_unparseable_rows_go_to_quarantine_with_line_and_reason(con, landing):
    write(landing / "calls" / "a.csv", CALLS_HEADER
          + "C1;KL1;31-02-2026 10:00;60;;bad date\n"
          + ";KL2;2026-01-01 10:00;60;;empty id\n"
          + "C3;KL3;2026-01-01 10:00;sixty;;bad integer\n"
          + "C4;KL4;2026-01-01 10:00;60;;good\n"
          + "C5;KL5;too;many;fields;here;x\n")
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_quarantined, report.rows_duplicate) == (5, 1, 4, 0)
    assert rows(con, "SELECT line, reason FROM raw._quarantine ORDER BY line") == [
        (2, "bad timestamp in started_at: '31-02-2026 10:00'"),
        (3, "empty call_id"),
        (4, "bad integer in duration_seconds: 'sixty'"),
        (6, "expected 6 fields, found 7"),
    ]
    assert rows(con, "SELECT DISTINCT file_name FROM raw._quarantine") == [("calls/a.csv",)]


def test_score_out_of_range_per_survey_type(con, landing):
    write(landing / "surveys" / "s.csv", "response_id,customer_id,responded_at,survey_type,score\n"
          "R1,KL1,2026-01-01,NPS,0\nR2,KL1,2026-01-01,NPS,11\nR3,KL1,2026-01-01,CES,8\n"
          "R4,KL1,2026-01-01,CSAT,\"7,5\"\nR5,KL1,2026-01-01,CSAT,0\nR6,KL1,2026-01-01,NPX,5\n")
    ingest_source(con, landing, "surveys")
    assert rows(con, "SELECT response_id, score FROM raw.surveys ORDER BY 1") == [("R1", 0.0), ("R4", 7.5)]
    assert rows(con, "SELECT reason FROM raw._quarantine ORDER BY line") == [
        ("score 11 out of range 0-10 for NPS",), ("score 8 out of range 1-7 for CES",),
        ("score 0 out of range 1-10 for CSAT",), ("bad survey_type in survey_type: 'NPX'",)]


def test_formula_and_sql_in_text_are_stored_verbatim(con, landing):
    nasty = '=HYPERLINK("http://evil.example","klik"); DROP TABLE raw.calls; --'
    write(landing / "calls" / "a.csv", CALLS_HEADER + f'C1;KL1;2026-01-01 10:00;60;;"{nasty.replace(chr(34), 2 * chr(34))}"\n')
    ingest_source(con, landing, "calls")
    assert rows(con, "SELECT notes FROM raw.calls") == [(nasty,)]


def test_reconciliation_fails_when_a_loaded_row_goes_missing(con, landing):
    write(landing / "calls" / "a.csv", CALLS_HEADER + "C1;KL1;2026-01-01 10:00;60;;a\nC2;KL2;2026-01-01 11:00;60;;b\n")
    ingest_source(con, landing, "calls")
    assert reconciliation_breaks(con, "calls") == []
    con.execute("DELETE FROM raw.calls WHERE call_id = 'C2'")
    breaks = reconciliation_breaks(con, "calls")
    assert [(b["file_name"], b["rows_loaded"], b["rows_in_table"]) for b in breaks] == [("calls/a.csv", 2, 1)]


def test_labels_and_actions_naming_an_unknown_signal_are_quarantined_and_the_rest_loads(con, landing):
    write(landing / "labels" / "l.csv", "text;signal_id\nfactuur klopt niet; invoice_unclear \n"
                                        "iets anders;not_a_signal\n")
    write(landing / "actions" / "a.csv", "action_id;signal_id;title;go_live_date\n"
                                         "A1;invoice_unclear;Nieuwe factuur;01-03-2026\n"
                                         "A2;mystery_signal;Onbekend;01-03-2026\n")
    labels = ingest_source(con, landing, "labels").files[0]
    actions = ingest_source(con, landing, "actions").files[0]
    assert (labels.rows_read, labels.rows_loaded, labels.rows_quarantined) == (2, 1, 1)
    assert (actions.rows_read, actions.rows_loaded, actions.rows_quarantined) == (2, 1, 1)
    assert rows(con, "SELECT signal_id FROM raw.labels") == [("invoice_unclear",)]
    assert rows(con, "SELECT action_id FROM raw.actions") == [("A1",)]
    reasons = rows(con, "SELECT source, file_name, line, reason FROM raw._quarantine ORDER BY source")
    assert reasons == [
        ("actions", "actions/a.csv", 3, "unknown signal_id 'mystery_signal' (not in the taxonomy, seeds/signals.csv)"),
        ("labels", "labels/l.csv", 3, "unknown signal_id 'not_a_signal' (not in the taxonomy, seeds/signals.csv)")]
    assert reconciliation_breaks(con, "labels") == [] and reconciliation_breaks(con, "actions") == []


def test_a_dutch_decimal_comma_is_read_in_an_integer_column(con, landing):
    write(landing / "calls" / "excel.csv", CALLS_HEADER + "C1;KL1;2026-01-01 10:00;61,5;;x\nC2;KL2;2026-01-01 10:00;30;;y\n")
    report = ingest_source(con, landing, "calls").files[0]
    assert (report.rows_loaded, report.rows_quarantined) == (2, 0)
    assert rows(con, "SELECT call_id, duration_seconds FROM raw.calls ORDER BY 1") == [("C1", 62), ("C2", 30)]
