"""Praise and neutral remarks are no problem: a model trained the way the product trains (a small demo
landing zone -> ingest -> dbt -> `training_frames` -> `train_from_frames`) tags none of the hand-written
comments in data/praise_neutral.csv with a problem signal; `other` and `unknown` are the only answers.

The comments were written apart from the built-in no-signal corpus (ml/data/no_signal.csv), in Dutch
and English, with typos; no line is shared with it, so the test measures what the model generalises.
"""

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from demo import generate
from ml.no_signal import no_signal_corpus
from ml.predict import tag_texts
from ml.taxonomy import OTHER, UNKNOWN, load_taxonomy
from ml.text import dedup_key
from ml.train import train_from_frames
from ml.warehouse import training_frames
from signalchain.ingest import ingest_all
from tests.dbt.helpers import SKIP_DBT_TESTS, build

PRAISE_NEUTRAL = Path(__file__).parent / "data" / "praise_neutral.csv"


def praise_neutral() -> pd.DataFrame:
    return pd.read_csv(PRAISE_NEUTRAL, dtype="string", keep_default_na=False)


@pytest.fixture(scope="module")
def product_model(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("praise_demo")
    landing, warehouse = workdir / "landing", workdir / "warehouse.duckdb"
    generate(customers=1500, days=120, seed=7, out=landing)
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
    build(warehouse, workdir, None, "--select", "+int_contact_labels", "stg_raw__surveys", *SKIP_DBT_TESTS)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        frames = training_frames(con)
    assert len(frames.surveys) > 100, "the demo's survey comments should reach the training"
    model, _ = train_from_frames(frames, load_taxonomy())
    return model


def test_the_set_is_bilingual_and_shares_no_line_with_the_corpus():
    data = praise_neutral()
    assert len(data) >= 60 and (data["language"] == "en").sum() >= 15 and (data["language"] == "nl").sum() >= 40
    assert not data["text"].map(dedup_key).duplicated().any()
    assert not set(data["text"].map(dedup_key)) & set(no_signal_corpus()["text"].map(dedup_key))


def test_no_praise_or_neutral_comment_is_tagged_with_a_problem(product_model):
    data = praise_neutral()
    tags = tag_texts(product_model, data["text"].tolist(), product_model.min_confidence_in_force())
    problems = data.assign(signal_id=tags["signal_id"], confidence=tags["signal_confidence"].round(2))
    problems = problems[~problems["signal_id"].isin([OTHER, UNKNOWN])]
    assert problems.empty, f"tagged as a problem:\n{problems.to_string()}"
