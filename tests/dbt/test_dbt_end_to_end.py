"""Demo data end to end: generate -> ingest -> dbt (staging, texts) -> classifier tags -> dbt build.

The build runs with the real coverage threshold (99% of contacts on a journey step), so it fails
when coverage drops; the PII scan looks for every customer id and every e-mail address, phone
number and IBAN in the generated input.
"""

import re
from pathlib import Path

import duckdb
import pytest

from ml.incremental import tag_new_contacts
from ml.taxonomy import load_taxonomy
from ml.train import train_from_frames
from ml.warehouse import training_frames
from demo import generate
from signalchain.ingest import ingest_all
from tests.dbt.helpers import SKIP_DBT_TESTS, build, query
from tests.dbt.test_dbt_privacy import marts_text_hits

MIN_CONFIDENCE = 0.5
# Independent of privacy/redaction.py on purpose: what a reviewer would grep for.
PII_PATTERNS = [
    r"[\w.+-]+@[\w-]+\.[\w.-]+",  # e-mail
    r"(?:\+31|0031)[\s-]?6[\s-]?\d{8}|\b06[\s-]?\d{8}\b|\b0\d{2}[\s-]?\d{7}\b",  # phone
    r"\bNL\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b",  # IBAN
]


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("dbt_demo")
    landing, warehouse = workdir / "landing", workdir / "warehouse.duckdb"
    generate(customers=400, days=60, seed=11, out=landing)
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
    build(warehouse, workdir, None, "--select", "+int_contact_texts", "+int_contact_labels", *SKIP_DBT_TESTS)
    with duckdb.connect(str(warehouse)) as con:
        model, metadata = train_from_frames(training_frames(con), load_taxonomy(), MIN_CONFIDENCE)
        tag_new_contacts(con, model, metadata["version"], MIN_CONFIDENCE)
    build(warehouse, workdir)
    return warehouse


def test_at_least_99_percent_of_contacts_on_a_journey_step(demo_warehouse):
    share, without_step = query(demo_warehouse, "SELECT share_on_step, contacts_without_step "
                                                "FROM marts.mart_journey_step_coverage WHERE source = 'all'")[0]
    assert share >= 0.99, f"{without_step} contacts without a journey step"


def test_every_contact_arrives(demo_warehouse):
    expected = query(demo_warehouse, """
        SELECT (SELECT count(DISTINCT call_id) FROM raw.calls) + (SELECT count(DISTINCT mail_id) FROM raw.mails)
             + (SELECT count(DISTINCT complaint_id) FROM raw.complaints)
             + (SELECT count(*) FROM staging.stg_raw__surveys WHERE comment IS NOT NULL)""")[0][0]
    assert query(demo_warehouse, "SELECT count(*) FROM marts.fct_contacts")[0][0] == expected > 0


def test_no_personal_data_from_the_input_in_marts(demo_warehouse):
    customer_ids = [c for (c,) in query(demo_warehouse, """
        SELECT customer_id FROM raw.customers UNION SELECT customer_id FROM raw.calls
        UNION SELECT customer_id FROM raw.mails UNION SELECT customer_id FROM raw.complaints
        UNION SELECT customer_id FROM raw.surveys""")]
    texts = [t for (t,) in query(demo_warehouse, "SELECT text FROM intermediate.int_contact_texts")]
    found = {m.strip() for pattern in PII_PATTERNS for text in texts for m in re.findall(pattern, text)}
    assert len(found) > 10, "the demo input should contain personal data to scan for"
    assert marts_text_hits(demo_warehouse, [*customer_ids, *found]) == []
