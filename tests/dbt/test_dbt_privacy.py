"""No raw customer id or personal data from the input reaches schema marts; the UDFs themselves."""

import duckdb
import pytest

from privacy.pseudonymise import pseudonym_key, pseudonymise
from privacy.dbt_plugin import Plugin
from tests.dbt import cases
from tests.dbt.helpers import query


def marts_text_hits(warehouse, needles: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, needle) for every needle found in any text column of any marts table."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = 'marts' AND data_type = 'VARCHAR'").fetchall()
        assert columns, "no text columns in marts"
        con.execute("CREATE TEMP TABLE needles AS SELECT DISTINCT lower(unnest(?::VARCHAR[])) AS needle", [needles])
        hits = []
        for table, column in columns:
            found = con.execute(f'SELECT DISTINCT needle FROM (SELECT DISTINCT lower("{column}") AS value '
                                f'FROM marts."{table}" WHERE "{column}" IS NOT NULL), needles '
                                "WHERE contains(value, needle)").fetchall()
            hits += [(table, column, needle) for (needle,) in found]
    return hits


def test_no_customer_id_or_personal_data_in_marts(two_nights):
    assert marts_text_hits(two_nights.second, [*cases.CUSTOMER_IDS, *cases.PII]) == []
    assert marts_text_hits(two_nights.second, ["[TELEFOON]"]), "the scan itself finds what is there"


def test_texts_are_redacted_not_dropped(two_nights):
    texts = dict(query(two_nights.second, "SELECT contact_id, text_redacted FROM marts.fct_contacts"))
    assert texts["call:CALL-R1"] == "Klant belde vanaf [TELEFOON]"
    assert texts["complaint:CMP-P9"].startswith("Mijn naam is [NAAM].")
    assert texts["call:CALL-R4"] == "klantnummer [KLANTNUMMER] gecheckt"


@pytest.fixture
def udf_connection():
    con = duckdb.connect()
    Plugin("signalchain", {}).configure_connection(con)
    yield con
    con.close()


def test_udfs_match_the_ml_library_and_keep_nulls(udf_connection):
    key, _ = pseudonym_key()
    rows = udf_connection.execute(
        "SELECT pseudonymise(id), redact_pii(t) FROM (VALUES ('KL-1', 'mail me: a@b.nl'), (NULL, NULL)) v(id, t)"
    ).fetchall()
    assert rows == [(pseudonymise("KL-1", key), "mail me: [EMAIL]"), (None, None)]


def test_udfs_are_vectorised_over_batches(udf_connection):
    n = udf_connection.execute("SELECT count(DISTINCT pseudonymise('KL-' || i::VARCHAR)) FROM range(5000) t(i)")
    assert n.fetchone()[0] == 5000
