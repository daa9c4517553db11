"""The redaction UDFs of the dbt plugin: the same results as the library, batch by batch."""

import duckdb
import pytest

from privacy.customer_ids import infer_customer_id_pattern
from privacy.dbt_plugin import Plugin
from privacy.redaction import redact_pii

TEXTS = ["Mijn klantnummer is KL3555590", "buurman KL1234567 ook", None, "bel 06-12345678", "niets"]


@pytest.fixture
def con():
    con = duckdb.connect()
    Plugin("signalchain", {}).configure_connection(con)
    con.execute("CREATE TABLE customers AS SELECT * FROM (VALUES ('KL3555590'), ('KL0000001')) v(customer_id)")
    yield con
    con.close()


def test_the_pattern_udf_matches_the_library(con):
    (pattern,) = con.execute("SELECT customer_id_pattern(list(customer_id)) FROM customers").fetchone()
    assert pattern == infer_customer_id_pattern(["KL3555590", "KL0000001"])
    assert con.execute("SELECT customer_id_pattern(NULL::VARCHAR[])").fetchone() == (None,)


def test_redact_with_ids_masks_every_customer_id_and_keeps_nulls(con):
    rows = con.execute("""
        SELECT redact_pii_with_ids(t, (SELECT customer_id_pattern(list(customer_id)) FROM customers))
        FROM unnest(?::VARCHAR[]) WITH ORDINALITY u(t, i) ORDER BY i""", [TEXTS]).fetchall()
    pattern = infer_customer_id_pattern(["KL3555590"])
    assert [r for (r,) in rows] == [redact_pii(t, pattern) for t in TEXTS]
    assert rows[1] == ("buurman [KLANTNUMMER] ook",)


def test_redact_with_ids_over_many_batches_and_a_null_pattern(con):
    n = con.execute("""
        SELECT count(*) FILTER (WHERE redact_pii_with_ids('id KL' || (1000000 + i)::VARCHAR,
                                                          '(?i)KL\\d{7}') = 'id [KLANTNUMMER]'),
               count(*) FILTER (WHERE redact_pii_with_ids('id KL1000000', NULL) = 'id KL1000000')
        FROM range(5000) t(i)""").fetchone()
    assert n == (5000, 5000)
