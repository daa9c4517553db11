"""Re-running and re-delivering: no duplicates, the latest version of a row wins."""

import duckdb

from signalchain.ingest import ingest_all, ingest_source
from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.parsing import row_hash_expression
from tests.ingest.conftest import rows, warehouse_state, write

HEADER = "complaint_id,customer_id,filed_at,text,status\n"


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
    first = warehouse_state(con, ["complaints"])
    report = ingest_all(con, landing)
    assert report["complaints"].files[0].status == "skipped"
    assert warehouse_state(con, ["complaints"]) == first


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


def test_a_redelivery_to_a_machine_in_another_time_zone_is_all_duplicates(tmp_path, landing):
    """The row hash reads a timestamp in UTC: a cast would write it in the session's time zone, which is
    the machine's, and every re-delivered row would be stored again after a move to another zone."""
    warehouse = str(tmp_path / "warehouse.duckdb")
    calls = ("call_id,customer_id,started_at,duration_seconds,notes\n"
             "C1,KL1,2026-01-05 09:30,60,Factuur\nC2,KL2,2026-07-01T10:00:00.250+02:00,90,Verhuizing\n")
    write(landing / "calls" / "a.csv", calls)
    with duckdb.connect(warehouse) as con:
        con.execute("SET GLOBAL TimeZone = 'UTC'")
        ingest_source(con, landing, "calls")
    write(landing / "calls" / "a_redelivered.csv", calls.replace("\n", "\r\n"))
    with duckdb.connect(warehouse) as con:
        con.execute("SET GLOBAL TimeZone = 'Europe/Amsterdam'")
        report = ingest_source(con, landing, "calls").loaded[0]
        assert (report.rows_read, report.rows_loaded, report.rows_duplicate) == (2, 0, 2)
        assert rows(con, "SELECT count(*) FROM raw.calls") == [(2,)]


def test_the_row_hash_of_a_timestamp_is_the_one_a_utc_machine_stored():
    """Warehouses loaded on a UTC machine keep their row hashes."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    expression = row_hash_expression(SOURCES["calls"])
    values = ("SELECT 'C1' AS call_id, 'KL1' AS customer_id, TIMESTAMPTZ '2026-07-01 08:00:00.25+00' AS started_at, "
              "60::BIGINT AS duration_seconds, NULL AS queue, NULL AS wrap_up_code, 'x' AS notes")
    plain = "md5(concat_ws(chr(31), " + ", ".join(
        f"coalesce(CAST({c.name} AS VARCHAR), chr(0))" for c in SOURCES["calls"].columns) + "))"
    stored = rows(con, f"SELECT {plain} FROM ({values})")
    con.execute("SET TimeZone = 'Europe/Amsterdam'")
    assert rows(con, f"SELECT {expression} FROM ({values})") == stored
