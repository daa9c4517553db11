"""Least privilege: everything a BI user can read in the publication is scanned for personal data,
both by pattern (e-mail addresses, phone numbers, IBANs) and for the values planted in the landing
files (raw customer ids, submitters' and improvement-team members' names, the phone numbers and the note
texts the contacts held)."""

import re

import duckdb
import pytest

PATTERNS = {
    "e-mail address": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "Dutch mobile number": re.compile(r"(?<!\w)(?:\+31|0031|0)\s*\(?6\)?[\s-]*(?:\d[\s-]*){7}\d(?!\w)"),
    "IBAN": re.compile(r"\bNL\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b"),
}


@pytest.fixture(scope="module")
def readable_text(published) -> list[tuple[str, str, str]]:
    """(table, column, value) for every text cell of every table and view a BI user can open."""
    cells = []
    with duckdb.connect(str(published.publication.database), read_only=True) as con:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE data_type = 'VARCHAR' ORDER BY 1, 2").fetchall()
        for table, column in columns:
            cells += [(table, column, value) for (value,) in con.execute(
                f'SELECT DISTINCT "{column}" FROM marts."{table}" WHERE "{column}" IS NOT NULL').fetchall()]
    return cells


@pytest.fixture(scope="module")
def planted(quality_warehouse) -> dict[str, set[str]]:
    with duckdb.connect(str(quality_warehouse), read_only=True) as con:
        def values(sql):
            return {value for (value,) in con.execute(sql).fetchall() if value}

        return {
            "raw customer id": values("SELECT DISTINCT customer_id FROM raw.customers"),
            "submitter": values("SELECT DISTINCT submitter FROM raw.submissions"),
            "improvement-team member": values('SELECT DISTINCT "by" FROM raw.submission_events'),
            "call note with a phone number": {note for note in values("SELECT DISTINCT notes FROM raw.calls")
                                              if PATTERNS["Dutch mobile number"].search(note)},
        }


def test_there_is_text_to_scan(readable_text, planted):
    assert len(readable_text) > 1000
    assert all(len(values) > 10 for kind, values in planted.items() if kind != "improvement-team member")
    assert len(planted["improvement-team member"]) >= 3


def test_no_cell_matches_a_personal_data_pattern(readable_text):
    found = [(table, column, kind, value[:80]) for table, column, value in readable_text
             for kind, pattern in PATTERNS.items() if pattern.search(value)]
    assert found == []


def test_no_planted_value_reaches_bi(readable_text, planted):
    tokens = {token for _, _, value in readable_text for token in re.split(r"[\s,;:()'\"]+", value)}
    whole = {value for _, _, value in readable_text}
    assert not tokens & planted["raw customer id"]
    assert not whole & planted["submitter"]
    assert not tokens & planted["improvement-team member"]
    assert not whole & planted["call note with a phone number"]


def test_the_notes_that_held_phone_numbers_are_published_redacted(published, planted):
    with duckdb.connect(str(published.publication.database), read_only=True) as con:
        texts = [t for (t,) in con.execute("SELECT text_redacted FROM marts.fct_contacts "
                                           "WHERE source = 'call' AND text_redacted IS NOT NULL").fetchall()]
    assert len(texts) > len(planted["call note with a phone number"])
    assert not [t for t in texts if PATTERNS["Dutch mobile number"].search(t)]
