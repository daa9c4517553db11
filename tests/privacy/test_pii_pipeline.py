"""The PII corpus through the real pipeline: landing files -> ingest -> dbt -> marts, and the
published review queue.

Every corpus text becomes a contact (mail body, call note, complaint, survey comment, in turn), of
the customer the example names or of a bystander; the customers file holds every id the corpus
plants. No planted value may appear in any text column of any marts table, nor in review_queue.csv.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from ml.model import SignalModel
from ml.review import review_queue
from privacy.customer_ids import customer_id_pattern_in
from signalchain.ingest import ingest_all
from signalchain.publish import write_csv
from tests.dbt.helpers import SKIP_DBT_TESTS, build, query
from tests.privacy.corpus import corpus, leaked

BYSTANDER = "KL9000001"
SOURCES = ("mails", "calls", "complaints", "surveys")
EXAMPLES = [*corpus()["positives"], *corpus()["negatives"]]
PLANTED = sorted({value for e in corpus()["positives"] for value in e["planted"]})


def _contacts(source: str) -> list[tuple[int, dict]]:
    return [(n, e) for n, e in enumerate(EXAMPLES) if SOURCES[n % len(SOURCES)] == source]


def _row(source: str, n: int, example: dict) -> dict:
    customer, at = example.get("customer", BYSTANDER), f"2026-10-{1 + n % 28:02d}T{8 + n % 10:02d}:15:00"
    if source == "mails":
        return {"mail_id": f"M{n}", "customer_id": customer, "received_at": at, "body": example["text"],
                "subject": "vraag", "channel": "email"}
    if source == "calls":
        return {"call_id": f"C{n}", "customer_id": customer, "started_at": at, "duration_seconds": 300,
                "queue": "algemeen", "notes": example["text"]}
    if source == "complaints":
        return {"complaint_id": f"K{n}", "customer_id": customer, "filed_at": at, "text": example["text"],
                "channel": "webform"}
    return {"response_id": f"R{n}", "customer_id": customer, "responded_at": at, "survey_type": "NPS",
            "score": 6, "comment": example["text"]}


def write_landing(landing: Path) -> None:
    customers = sorted({*corpus()["customer_ids"], BYSTANDER})
    frames = {"customers": pd.DataFrame({"customer_id": customers, "segment": "consumer",
                                         "product": "internet", "customer_since": "2020-01-01"})}
    frames |= {source: pd.DataFrame([_row(source, n, e) for n, e in _contacts(source)]) for source in SOURCES}
    for source, frame in frames.items():
        (landing / source).mkdir(parents=True)
        frame.to_csv(landing / source / f"{source}.csv", index=False)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("pii_pipeline")
    landing, warehouse = workdir / "landing", workdir / "warehouse.duckdb"
    write_landing(landing)
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
    build(warehouse, workdir, None, *SKIP_DBT_TESTS)
    return warehouse


def marts_text_values(warehouse: Path) -> dict[tuple[str, str], list[str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = 'marts' AND data_type = 'VARCHAR'").fetchall()
        return {(t, c): [v for (v,) in con.execute(f'SELECT DISTINCT "{c}" FROM marts."{t}" '
                                                    f'WHERE "{c}" IS NOT NULL').fetchall()]
                for t, c in columns}


def test_every_corpus_text_arrives_as_a_contact(warehouse):
    assert query(warehouse, "SELECT count(*) FROM marts.fct_contacts")[0][0] == len(EXAMPLES)


def test_no_planted_value_in_any_text_column_of_marts(warehouse):
    values = marts_text_values(warehouse)
    assert ("fct_contacts", "text_redacted") in values
    hits = {(table, column, planted) for (table, column), texts in values.items() for text in texts
            for planted in PLANTED if leaked(planted, text)}
    assert hits == set()


def test_the_look_alikes_stay_readable_in_marts(warehouse):
    texts = "\n".join(t for (t,) in query(warehouse, "SELECT text_redacted FROM marts.fct_contacts"))
    assert [e["kept"] for e in corpus()["negatives"] if e["kept"] not in texts] == []


def _tiny_model() -> SignalModel:
    pipeline = make_pipeline(TfidfVectorizer(), LogisticRegression())
    pipeline.fit(["factuur te hoog", "internet valt weg", "rekening klopt niet", "geen bereik"],
                 ["billing", "outage", "billing", "outage"])
    return SignalModel(pipeline=pipeline, signal_steps={"billing": None, "outage": None})


def test_no_planted_value_in_the_published_review_queue(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        uncertain = con.execute("SELECT contact_id, text, NULL AS signal_id, 0.1 AS signal_confidence "
                                "FROM intermediate.int_contact_texts ORDER BY contact_id").df()
        pattern = customer_id_pattern_in(con)
    queue = review_queue(_tiny_model(), uncertain, "test-model", pattern)
    published = write_csv(queue, tmp_path / "review_queue.csv").read_text(encoding="utf-8")
    assert len(queue) == len(EXAMPLES) and re.search(r"\[KLANTNUMMER\]", published)
    assert [planted for planted in PLANTED if leaked(planted, published)] == []
