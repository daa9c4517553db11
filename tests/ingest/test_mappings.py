"""Exports in their own column names, mapped by landing.yml and the shipped presets."""

import shutil
from pathlib import Path

import pytest

from signalchain.ingest import ingest_source, reconciliation_breaks
from signalchain.ingest.mapping.checks import MappingError
from signalchain.ingest.mapping.config import load_mappings
from tests.ingest.conftest import rows, write

EXPORTS = Path(__file__).parent / "exports"
LANDING_YML = """
folders:
  zendesk: {preset: zendesk_tickets}
  twilio: {preset: twilio_calls}
  qualtrics:
    preset: qualtrics_responses
    melt: {scores: {q_nps: NPS, q_ces: CES}}
  twitter: {preset: twitter_customer_care}
  cfpb: {preset: cfpb_complaints}
"""


@pytest.fixture
def mappings(tmp_path, landing):
    write(tmp_path / "seeds" / "landing.yml", LANDING_YML)
    for folder in ("zendesk", "twilio", "qualtrics", "twitter", "cfpb"):
        (landing / folder).mkdir()
        preset = {"zendesk": "zendesk_tickets", "twilio": "twilio_calls", "qualtrics": "qualtrics_responses",
                  "twitter": "twitter_customer_care", "cfpb": "cfpb_complaints"}[folder]
        shutil.copy(EXPORTS / f"{preset}.csv", landing / folder / f"{preset}.csv")
    return load_mappings(tmp_path / "seeds")


def _utc(con, sql: str) -> list[tuple]:
    con.execute("SET TimeZone = 'UTC'")
    return rows(con, sql)


def test_a_ticketing_export_becomes_mails(con, landing, mappings):
    report = ingest_source(con, landing, "mails", mappings)
    assert [(f.file_name, f.rows_read, f.rows_loaded) for f in report.files] == [
        ("twitter/twitter_customer_care.csv", 3, 2), ("zendesk/zendesk_tickets.csv", 4, 4)]
    assert _utc(con, "SELECT mail_id, customer_id, strftime(received_at, '%Y-%m-%d %H:%M'), channel, category "
                     "FROM raw.mails WHERE _file_name LIKE 'zendesk/%' ORDER BY 1") == [
        ("4101", "88001", "2024-03-04 08:12", "Mail", "Question"),
        ("4102", "88002", "2024-03-04 13:30", "Web Form", "Incident"),
        ("4103", "88003", "2024-03-05 19:05", "Chat", "Problem"),
        ("4104", "88004", "2024-03-06 10:00", "Mobile SDK", "Question")]


def test_social_care_keeps_only_inbound_messages_with_a_derived_customer_key(con, landing, mappings):
    report = ingest_source(con, landing, "mails", mappings).files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_filtered) == (3, 2, 1)
    assert _utc(con, "SELECT mail_id, customer_id, strftime(received_at, '%Y-%m-%d %H:%M:%S'), channel "
                     "FROM raw.mails WHERE _file_name LIKE 'twitter/%' ORDER BY 1") == [
        ("119237", "derived:115712", "2017-10-31 22:10:47", "social"),
        ("119239", "derived:115713", "2017-11-01 08:02:10", "social")]
    assert reconciliation_breaks(con, "mails") == []


def test_a_call_detail_export_keeps_inbound_calls_with_rfc_2822_times(con, landing, mappings):
    report = ingest_source(con, landing, "calls", mappings).files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_filtered) == (3, 2, 1)
    assert _utc(con, "SELECT call_id, customer_id, strftime(started_at, '%Y-%m-%d %H:%M:%S'), duration_seconds "
                     "FROM raw.calls ORDER BY 1") == [
        ("CA0001", "derived:+31612345678", "2024-03-04 08:15:02", 248),
        ("CA0003", "derived:+31698765432", "2024-03-05 17:45:30", 0)]


def test_a_wide_survey_export_is_melted_into_one_response_per_score(con, landing, mappings):
    report = ingest_source(con, landing, "surveys", mappings).files[0]
    assert (report.rows_read, report.rows_loaded, report.rows_filtered, report.rows_quarantined) == (8, 3, 5, 0)
    assert rows(con, "SELECT response_id, customer_id, survey_type, score, comment FROM raw.surveys ORDER BY 1") == [
        ("R_1abcDEF:CES", "88001", "CES", 6.0, "Snel geholpen"),
        ("R_1abcDEF:NPS", "88001", "NPS", 9.0, "Snel geholpen"),
        ("R_2ghiJKL:NPS", "88002", "NPS", 3.0, "Factuur nog steeds onduidelijk")]
    assert reconciliation_breaks(con, "surveys") == []


def test_complaints_without_a_narrative_carry_their_category_as_text(con, landing, mappings):
    ingest_source(con, landing, "complaints", mappings)
    assert _utc(con, "SELECT complaint_id, strftime(filed_at, '%Y-%m-%d'), channel, category, text "
                     "FROM raw.complaints ORDER BY 1") == [
        ("8400001", "2024-03-04", "Web",
         "Checking or savings account / Managing an account / Problem using a debit or ATM card",
         "Checking or savings account / Managing an account / Problem using a debit or ATM card"),
        ("8400002", "2024-03-05", "Phone",
         "Credit card / Problem with a purchase shown on your statement / Credit card company isn't resolving a dispute",
         "I was charged twice for the same purchase and the bank does not fix it. / Credit card / Problem with a "
         "purchase shown on your statement / Credit card company isn't resolving a dispute")]


def test_a_file_without_a_mapped_column_is_rejected_naming_the_mapping(con, landing, mappings):
    write(landing / "zendesk" / "old_export.csv", "Id,Subject,Created at\n1,x,2024-03-04 09:00\n")
    report = ingest_source(con, landing, "mails", mappings)
    rejected = [f.error for f in report.rejected]
    assert rejected == ["zendesk/old_export.csv: the mapping landing.yml: folders.zendesk names column(s) absent "
                        "from the file: description, requester id, ticket type, via; found: created at, id, subject"]


@pytest.mark.parametrize("config, message", [
    ("folders:\n  x: {preset: salesforce_cases}\n", "landing.yml: folders.x.preset: unknown preset 'salesforce_cases'"),
    ("folders:\n  x: {source: calls, columns: {caller: from}}\n",
     "landing.yml: folders.x.columns.caller: 'caller' is no column of source calls"),
    ("folders:\n  x: {source: calls, timestamps: {formats: ['%Q-%d']}}\n",
     "landing.yml: folders.x.timestamps.formats[0]: '%Q-%d' is no time format"),
    ("folders:\n  x: {source: tickets}\n", "landing.yml: folders.x.source: unknown source 'tickets'"),
    ("folders:\n  x: {source: calls, filter: []}\n", "landing.yml: folders.x: unknown key(s) filter"),
    ("folders:\n  x: {source: calls, filters: [{column: a, equals: b, in: [c]}]}\n",
     "landing.yml: folders.x.filters[0]: give exactly one of"),
])
def test_an_invalid_configuration_names_the_key(tmp_path, config, message):
    write(tmp_path / "landing.yml", config)
    with pytest.raises(MappingError, match="^" + message.replace("[", r"\[").replace("]", r"\]")
                       .replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        load_mappings(tmp_path)
