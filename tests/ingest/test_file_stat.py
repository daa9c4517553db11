"""A night reads only the landing files that changed: an unchanged file is known by what the file
system says of it, a changed one is read again, whatever it kept the same."""

import os

import pytest

from signalchain.ingest import file_stat, ingest_all, ingest_source
from signalchain.ingest import read_ahead as read_ahead_module
from tests.ingest.conftest import rows, write

HEADER = "complaint_id,customer_id,filed_at,text,status\n"


@pytest.fixture
def hashed(monkeypatch):
    """The files whose bytes the ingest reads to hash them."""
    paths = []

    def counting(path):
        paths.append(path.name)
        return original(path)

    original = read_ahead_module.content_hash
    monkeypatch.setattr(read_ahead_module, "content_hash", counting)
    return paths


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled as soon as they are written (tests do not wait for the clock)."""
    monkeypatch.setattr(file_stat, "SETTLE_SECONDS", 0.0)


def _registry(con):
    return rows(con, "SELECT * EXCLUDE (ingested_at, file_stat) FROM raw._ingested_files ORDER BY ALL")


def test_a_second_night_on_an_unchanged_landing_reads_no_file(con, landing, hashed, settled):
    write(landing / "complaints" / "a.csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    write(landing / "complaints" / "a (1).csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    write(landing / "calls" / "c.csv", "call_id,customer_id,started_at\nC1,KL1,2026-01-01 10:00\n")
    ingest_all(con, landing)
    registry, hashed_first = _registry(con), sorted(hashed)
    hashed.clear()
    reports = ingest_all(con, landing)
    assert hashed_first == ["a (1).csv", "a.csv", "c.csv"]
    assert hashed == []
    assert [f.status for r in reports.values() for f in r.files] == ["skipped"] * 3
    assert _registry(con) == registry


def test_a_file_rewritten_with_its_size_and_modification_time_kept_is_read_again(con, landing, hashed, settled):
    path = landing / "complaints" / "a.csv"
    write(path, HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    ingest_source(con, landing, "complaints")
    before = path.stat()
    write(path, HEADER + "K1,KL1,2026-01-01,Geen reactie,done\n")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    hashed.clear()
    report = ingest_source(con, landing, "complaints")
    assert hashed == ["a.csv"]
    assert (report.files[0].status, report.files[0].rows_loaded) == ("loaded", 1)
    assert rows(con, "SELECT status FROM raw.complaints ORDER BY _ingested_at") == [("open",), ("done",)]


def test_a_file_replaced_by_another_with_the_same_size_and_modification_time_is_read_again(con, landing, hashed, settled):
    path = landing / "complaints" / "a.csv"
    write(path, HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    ingest_source(con, landing, "complaints")
    before = path.stat()
    write(landing / "a.tmp", HEADER + "K1,KL1,2026-01-01,Geen reactie,done\n")
    os.utime(landing / "a.tmp", ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(landing / "a.tmp", path)
    hashed.clear()
    report = ingest_source(con, landing, "complaints")
    assert hashed == ["a.csv"]
    assert report.files[0].rows_loaded == 1


def test_a_file_that_has_not_settled_is_read_every_time_and_known_by_its_bytes(con, landing, hashed):
    write(landing / "complaints" / "a.csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    ingest_source(con, landing, "complaints")
    report = ingest_source(con, landing, "complaints")
    assert hashed == ["a.csv", "a.csv"]
    assert report.files[0].status == "skipped"
    assert rows(con, "SELECT file_stat FROM raw._ingested_files") == [(None,)]


def test_a_warehouse_from_before_file_stats_reads_each_file_once_more_then_no_more(con, landing, hashed, settled):
    write(landing / "complaints" / "a.csv", HEADER + "K1,KL1,2026-01-01,Geen reactie,open\n")
    ingest_source(con, landing, "complaints")
    con.execute("ALTER TABLE raw._ingested_files DROP COLUMN file_stat")
    hashed.clear()
    ingest_source(con, landing, "complaints")
    assert hashed == ["a.csv"]
    hashed.clear()
    report = ingest_source(con, landing, "complaints")
    assert hashed == []
    assert report.files[0].status == "skipped"
    assert rows(con, "SELECT count(file_stat) FROM raw._ingested_files") == [(1,)]
