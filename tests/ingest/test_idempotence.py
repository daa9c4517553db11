"""Re-running and re-delivering: no duplicates, the latest version of a row wins."""

from signalchain.ingest import ingest_all, ingest_source
from tests.ingest.conftest import rows, write

HEADER = "complaint_id,customer_id,filed_at,text,status\n"


def _table_snapshot(con):
    return {
        "complaints": rows(con, "SELECT * EXCLUDE (_ingested_at) FROM raw.complaints ORDER BY ALL"),
        "quarantine": rows(con, "SELECT * EXCLUDE (quarantined_at) FROM raw._quarantine ORDER BY ALL"),
        "registry": rows(con, "SELECT * EXCLUDE (ingested_at) FROM raw._ingested_files ORDER BY ALL"),
    }


def test_same_file_twice_under_another_name_loads_nothing_new(con, landing):
    body = HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n"
    write(landing / "complaints" / "jan.csv", body)
    write(landing / "complaints" / "jan (1).csv", body)
    report = ingest_source(con, landing, "complaints")
    assert [f.status for f in report.files] == ["loaded", "skipped"]
    assert rows(con, "SELECT count(*) FROM raw.complaints") == [(1,)]


def test_running_twice_gives_identical_tables(con, landing):
    write(landing / "complaints" / "a.csv", HEADER + "K1,KL1,2026-01-01,x,open\nK2,,2026-01-01,y,open\n")
    ingest_all(con, landing)
    first = _table_snapshot(con)
    report = ingest_all(con, landing)
    assert report["complaints"].files[0].status == "skipped"
    assert _table_snapshot(con) == first


def test_redelivered_rows_are_duplicates_and_changed_rows_replace(con, landing):
    write(landing / "complaints" / "2026-01.csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n"
          "K2,KL2,2026-01-02,Te lang gewacht,open\n")
    ingest_source(con, landing, "complaints")
    write(landing / "complaints" / "2026-01-redelivered.csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n"
          "K2,KL2,2026-01-02,Te lang gewacht,closed\nK2,KL2,2026-01-02,Te lang gewacht,closed\n")
    report = ingest_source(con, landing, "complaints").loaded[0]
    assert (report.rows_read, report.rows_loaded, report.rows_duplicate) == (3, 1, 2)
    latest = rows(con, """SELECT complaint_id, status FROM raw.complaints
        QUALIFY row_number() OVER (PARTITION BY complaint_id ORDER BY _ingested_at DESC, _file_name DESC,
                                   _line DESC) = 1 ORDER BY 1""")
    assert latest == [("K1", "open"), ("K2", "closed")]


def test_a_relabelled_text_replaces_its_earlier_label(con, landing):
    write(landing / "labels" / "a.csv", "text,signal_id\nMijn factuur klopt niet,invoice_unclear\nSim kwijt,other\n")
    ingest_source(con, landing, "labels")
    write(landing / "labels" / "b.csv", "text,signal_id\n  mijn factuur klopt niet ,unexpected_charges\nSim kwijt,other\n")
    report = ingest_source(con, landing, "labels").loaded[0]
    assert (report.rows_loaded, report.rows_duplicate) == (1, 1)
    latest = rows(con, """SELECT signal_id FROM raw.labels QUALIFY row_number() OVER (
        PARTITION BY label_key ORDER BY _ingested_at DESC, _file_name DESC, _line DESC) = 1 ORDER BY 1""")
    assert latest == [("other",), ("unexpected_charges",)]


def test_a_row_equal_to_an_older_version_but_not_the_latest_is_stored_again(con, landing):
    """d.csv's second row equals the latest version (c.csv) and is a duplicate; so the latest version
    after d.csv is its first row, and e.csv's row, equal to c.csv's, is a new version."""
    write(landing / "complaints" / "a.csv", HEADER + "K1,KL1,2026-01-01,x,open\nK2,KL2,2026-01-01,y,open\n")
    write(landing / "complaints" / "b.csv", HEADER + "K1,KL1,2026-01-01,x,closed\nK2,KL2,2026-01-01,y,open\n")
    write(landing / "complaints" / "c.csv", HEADER + "K1,KL1,2026-01-01,x,open\n")
    files = ingest_source(con, landing, "complaints").files
    assert [(f.rows_loaded, f.rows_duplicate) for f in files] == [(2, 0), (1, 1), (1, 0)]
    write(landing / "complaints" / "d.csv", HEADER + "K1,KL1,2026-01-01,x,closed\nK1,KL1,2026-01-01,x,open\n")
    write(landing / "complaints" / "e.csv", HEADER + "K3,KL3,2026-01-01,z,open\nK1,KL1,2026-01-01,x,open\n")
    later = ingest_source(con, landing, "complaints").loaded
    assert [(f.rows_loaded, f.rows_duplicate) for f in later] == [(1, 1), (2, 0)]
    assert rows(con, "SELECT _file_name, status FROM raw.complaints WHERE complaint_id = 'K1' ORDER BY 1") == [
        ("complaints/a.csv", "open"), ("complaints/b.csv", "closed"), ("complaints/c.csv", "open"),
        ("complaints/d.csv", "closed"), ("complaints/e.csv", "open")]
