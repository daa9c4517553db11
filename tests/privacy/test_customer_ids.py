"""The customer-id pattern inferred from the ids' shapes, and the cue rule."""

import re
import uuid

import duckdb
import pytest

from privacy.customer_ids import customer_id_pattern_in, infer_customer_id_pattern, mask_customer_ids


@pytest.mark.parametrize("ids, found, left", [
    (["KL3555590", "KL0000001"], ["KL1234567", "kl7654321", "nrKL1234567"], ["KL12345678", "AB1234567"]),
    (["C-000123", "C-999999"], ["C-000001", "c-123456"], ["C000123", "C-1234567", "X-000123"]),
    (["AB123456", "XY123456", "QQ123456", "ZZ123456"], ["MN654321"], ["M654321", "MNO654321", "A1B2C3D4"]),
    (["KL3555590", "C-000123"], ["KL1234567", "C-000001"], ["KL-000001"]),
])
def test_the_pattern_matches_ids_of_the_same_shape_only(ids, found, left):
    pattern = re.compile(infer_customer_id_pattern(ids))
    assert [i for i in found if not pattern.search(i)] == []
    assert [i for i in left if pattern.search(i)] == []


@pytest.mark.parametrize("ids", [
    ["100234567", "100234568"],  # digits only: the pattern would take order numbers
    ["KL1", "KL22", "A1"],  # too short to tell from ordinary text
    [str(uuid.uuid5(uuid.NAMESPACE_DNS, str(i))) for i in range(200)],  # a shape per id: no pattern
    [], [None, " "],
])
def test_no_pattern_when_no_shape_is_distinctive(ids):
    assert infer_customer_id_pattern(ids) is None


def test_a_shape_that_is_mostly_distinctive_keeps_only_its_distinctive_lengths():
    pattern = infer_customer_id_pattern(["KL1", "KL22", "KL333", "KL4444", "KL55555"])
    assert re.fullmatch(pattern, "KL999") and not re.fullmatch(pattern, "KL99")


def test_folding_digits_first_gives_the_same_pattern():
    ids = ["KL3555590", "C-000123", "KL1234"]
    assert infer_customer_id_pattern([re.sub("[1-9]", "0", i) for i in ids]) == infer_customer_id_pattern(ids)


def test_masking_by_pattern_and_by_cue():
    pattern = infer_customer_id_pattern(["KL3555590"])
    text = "KL1234567 en kl7654321; klantnummer: 100234567, customer number 884421-B, order 123456789"
    assert mask_customer_ids(text, pattern) == ("[KLANTNUMMER] en [KLANTNUMMER]; klantnummer: [KLANTNUMMER], "
                                                "customer number [KLANTNUMMER], order 123456789")
    assert mask_customer_ids("klantnummer is onbekend", None) == "klantnummer is onbekend"


def test_the_warehouse_pattern_comes_from_staging_customers():
    with duckdb.connect() as con:
        con.execute("CREATE SCHEMA staging")
        con.execute("CREATE TABLE staging.stg_raw__customers AS "
                    "SELECT * FROM (VALUES ('KL3555590'), ('KL0000001'), ('100234567')) v(customer_id)")
        assert customer_id_pattern_in(con) == infer_customer_id_pattern(["KL3555590"])
