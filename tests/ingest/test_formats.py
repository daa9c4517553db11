"""Every accepted landing format loads to the same typed rows."""

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq

from signalchain.ingest import ingest_source
from tests.ingest.conftest import rows, write

HEADER = ["mail_id", "customer_id", "received_at", "body", "subject"]
RECORD = ["M1", "KL1", "21-11-2026 14:03", "Factuur € 12,50 klopt niet, groet José", "Factuur"]


def _csv(delimiter: str) -> str:
    quoted = [f'"{value}"' for value in RECORD]
    return "\r\n".join([delimiter.join(HEADER), delimiter.join(quoted)]) + "\r\n"


def _loaded_mail(con):
    return rows(con, "SELECT mail_id, customer_id, strftime(received_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M'), "
                     "body, subject, channel FROM raw.mails")


EXPECTED = [("M1", "KL1", "2026-11-21 13:03", RECORD[3], "Factuur", "email")]


def test_cp1252_semicolon_csv_as_dutch_excel_writes_it(con, landing):
    write(landing / "mails" / "export.csv", _csv(";"), encoding="cp1252")
    ingest_source(con, landing, "mails")
    assert _loaded_mail(con) == EXPECTED


def test_utf8_csv_with_bom(con, landing):
    write(landing / "mails" / "export.csv", "\ufeff" + _csv(","))
    report = ingest_source(con, landing, "mails")
    assert report.files[0].ignored_columns == []
    assert _loaded_mail(con) == EXPECTED


def test_tab_separated(con, landing):
    write(landing / "mails" / "export.tsv", _csv("\t"))
    ingest_source(con, landing, "mails")
    assert _loaded_mail(con) == EXPECTED


def test_gzip_compressed_csv(con, landing):
    (landing / "mails").mkdir()
    (landing / "mails" / "export.csv.gz").write_bytes(gzip.compress(_csv(";").encode("utf-8")))
    ingest_source(con, landing, "mails")
    assert _loaded_mail(con) == EXPECTED


def test_json_lines_with_iso_offset_and_case_insensitive_keys(con, landing):
    record = dict(zip([h.upper() for h in HEADER], RECORD))
    record["RECEIVED_AT"] = "2026-11-21T14:03:00+01:00"
    write(landing / "mails" / "export.jsonl", json.dumps(record) + "\n")
    ingest_source(con, landing, "mails")
    assert _loaded_mail(con) == EXPECTED


def test_parquet_with_native_types(con, landing):
    (landing / "surveys").mkdir()
    table = pa.table({"response_id": ["R1"], "customer_id": ["KL1"], "responded_at": ["2026-07-01 10:00"],
                      "survey_type": ["nps"], "score": pa.array([9], pa.int64())})
    pq.write_table(table, landing / "surveys" / "part.parquet")
    ingest_source(con, landing, "surveys")
    assert rows(con, "SELECT response_id, survey_type, score, "
                     "strftime(responded_at AT TIME ZONE 'Europe/Amsterdam', '%H:%M') FROM raw.surveys") == [
        ("R1", "NPS", 9.0, "10:00")]


def test_unknown_extra_column_is_ignored_and_reported(con, landing):
    write(landing / "mails" / "export.csv", "Mail_ID,customer_id,received_at,body,Sentiment\nM1,KL1,2026-01-02,hoi,neg\n")
    report = ingest_source(con, landing, "mails")
    assert report.files[0].status == "loaded"
    assert report.files[0].ignored_columns == ["sentiment"]
    assert rows(con, "SELECT count(*) FROM raw.mails") == [(1,)]


def test_parquet_zoned_timestamps_keep_their_instant(con, landing):
    import datetime as dt

    (landing / "calls").mkdir()
    started = dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc)
    table = pa.table({"call_id": ["C1"], "customer_id": ["KL1"],
                      "started_at": pa.array([started], pa.timestamp("us", tz="Europe/Amsterdam"))})
    pq.write_table(table, landing / "calls" / "part.parquet")
    ingest_source(con, landing, "calls")
    assert rows(con, "SELECT strftime(started_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') FROM raw.calls") == [
        ("2026-07-01 08:00",)]


def test_parquet_times_in_a_zone_known_by_its_offset_alone_keep_their_instant(con, landing):
    import datetime as dt

    (landing / "calls").mkdir()
    started = dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc)
    table = pa.table({"call_id": ["C1", "C2"], "customer_id": ["KL1", ""],
                      "started_at": pa.array([started, started], pa.timestamp("ms", tz="+02:00"))})
    pq.write_table(table, landing / "calls" / "part.parquet")
    report = ingest_source(con, landing, "calls")
    assert (report.files[0].status, report.files[0].rows_loaded) == ("loaded", 1)
    assert rows(con, "SELECT strftime(started_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') FROM raw.calls") == [
        ("2026-07-01 08:00",)]
    assert rows(con, "SELECT record->>'started_at' FROM raw._quarantine") == [("2026-07-01 08:00:00+00",)]


def test_a_date_without_a_time_is_local_midnight_not_an_offset(con, landing):
    write(landing / "surveys" / "s.csv", "response_id,customer_id,responded_at,survey_type,score\n"
                                         "R1,KL1,2024-03-04,NPS,9\n")
    ingest_source(con, landing, "surveys")
    con.execute("SET TimeZone = 'UTC'")
    assert rows(con, "SELECT strftime(responded_at, '%Y-%m-%d %H:%M') FROM raw.surveys") == [("2024-03-03 23:00",)]
