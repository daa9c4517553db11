"""The tagging assets, run the way Dagster runs them, against a temporary warehouse."""

import shutil

import duckdb
import pandas as pd
import pytest
from dagster import AssetKey, Failure, build_asset_context, materialize
from dagster_duckdb import DuckDBResource

from assets.tagging import (
    contact_signal_tags,
    model_in_use,
    quality_gate_check,
    review_queue,
    signal_classifier,
)
from ml.store import ModelDirectory
from orchestration.resources import ModelStore, PublishDir
from signalchain.ingest.tables import ensure_raw_schema
from tests.dbt.helpers import run_dbt
from tests.ml.synthetic import labelled_texts

CONTACTS = pd.DataFrame({
    "contact_id": ["CALL-1", "MAIL-1", "MAIL-2", "CMP-1", "RSP-1", "MAIL-3"],
    "source": ["call", "mail", "mail", "complaint", "survey", "mail"],
    "text": ["al twee keer afgeschreven deze maand", "mijn internet is heel traag",
             "Ik wil mijn abonnement opzeggen", "geen reactie op mijn klacht", "prima", None],
    "survey_type": [None, None, None, None, "NPS", None],
    "score": [None, None, None, None, 9, None],
})


def _insert_raw(con, table: str, frame: pd.DataFrame) -> None:
    lineage = frame.assign(_file_hash="h", _file_name="test.csv", _line=range(1, len(frame) + 1),
                           _row_hash="r", _ingested_at=pd.Timestamp("2026-01-01", tz="UTC"))
    con.register("incoming", lineage)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
    con.unregister("incoming")


def _labels(seed: int = 0, shuffled: bool = False) -> pd.DataFrame:
    labels = labelled_texts(per_signal=10, seed=seed)
    if shuffled:
        labels["signal_id"] = labels["signal_id"].sample(frac=1.0, random_state=1).to_numpy()
    return labels.assign(label_key=[f"k{i}" for i in range(len(labels))])


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A warehouse with raw labels and calls, the real dbt views training reads over them, and contact texts."""
    workdir = tmp_path_factory.mktemp("tagging_template")
    warehouse = workdir / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ensure_raw_schema(con)
        _insert_raw(con, "raw.labels", _labels())
        _insert_raw(con, "raw.calls", pd.DataFrame({
            "call_id": ["C1", "C2", "C3"], "customer_id": ["K1", "K2", "K3"],
            "started_at": pd.Timestamp("2026-01-01", tz="UTC"),
            "wrap_up_code": ["FACT-DUBBEL", "NW-TRAAG", "FACTUUR"],
            "notes": ["klant twee keer afgeschreven", "internet traag bij klant", "vraag factuur"]}))
        con.execute("CREATE SCHEMA intermediate")
        con.execute("CREATE TABLE intermediate.int_contact_texts AS SELECT * FROM CONTACTS")
    run = run_dbt(["build", "--select", "+int_contact_labels", "stg_raw__surveys", "stg_raw__customers",
                   "--exclude-resource-type", "test"], warehouse, workdir)
    assert run.returncode == 0, run.output[-3000:]
    return warehouse


@pytest.fixture
def resources(template, tmp_path):
    shutil.copy(template, tmp_path / "w.duckdb")
    return {"duckdb": DuckDBResource(database=str(tmp_path / "w.duckdb")),
            "models": ModelStore(path=str(tmp_path / "models"), review_queue_size=3, macro_f1_floor=0.6),
            "publish": PublishDir(path=str(tmp_path / "published"))}


def _run(asset_fn, resources):
    with build_asset_context(resources=resources) as context:
        return asset_fn(context)


def _meta(result, key):
    value = result.metadata[key]
    return getattr(value, "value", value)


def _tags(resources) -> pd.DataFrame:
    with resources["duckdb"].get_connection() as con:
        return con.execute("SELECT * FROM ml.contact_signal_tags ORDER BY contact_id").df()


def test_without_a_model_the_tag_table_is_created_empty(resources):
    result = _run(contact_signal_tags, resources)
    assert _meta(result, "model_version") == "none"
    assert _tags(resources).empty


def test_train_gate_promote_tag_incrementally_and_queue_for_review(resources, tmp_path):
    trained = _run(signal_classifier, resources)
    assert _meta(trained, "macro_f1") >= 0.9
    assert "label" in _meta(trained, "macro_f1_by_origin")
    assert _meta(trained, "macro_f1_hand_labels") == _meta(trained, "macro_f1_by_origin")["label"]["macro_f1"]
    assert {r.data["signal_id"] for r in _meta(trained, "per_signal").records} >= {"double_debit", "other"}
    assert quality_gate_check(models=resources["models"]).passed
    _run(model_in_use, resources)
    version = ModelDirectory(resources["models"].path).current_version()
    assert version == _meta(trained, "version")

    first = _run(contact_signal_tags, resources)
    tags = _tags(resources)
    assert _meta(first, "tagged_now") == 5  # MAIL-3 has no text
    assert list(tags.columns) == ["contact_id", "signal_id", "signal_confidence", "journey_step_id",
                                  "journey_step_confidence", "secondary_signal_id", "model_version", "tagged_at",
                                  "text_hash"]
    by_id = tags.set_index("contact_id")
    assert by_id.loc["CALL-1", "signal_id"] == "double_debit"
    assert by_id.loc["CALL-1", "journey_step_id"] == "bill"
    assert by_id.loc["MAIL-2", "signal_id"] == "cancellation_request"
    assert set(tags["model_version"]) == {version}

    second = _run(contact_signal_tags, resources)
    assert _meta(second, "tagged_now") == 0
    assert len(_tags(resources)) == 5

    queue = _run(review_queue, resources)
    csv = pd.read_csv(tmp_path / "published" / "review_queue.csv")
    assert _meta(queue, "rows") == len(csv) == 3
    assert csv["signal_confidence"].is_monotonic_increasing


def test_a_contact_whose_text_changed_is_tagged_again_the_next_night(resources):
    _run(signal_classifier, resources)
    _run(model_in_use, resources)
    _run(contact_signal_tags, resources)
    with resources["duckdb"].get_connection() as con:
        con.execute("UPDATE intermediate.int_contact_texts SET text = 'Ik wil mijn abonnement opzeggen' "
                    "WHERE contact_id = 'MAIL-1'")
    again = _run(contact_signal_tags, resources)
    tags = _tags(resources).set_index("contact_id")
    assert _meta(again, "tagged_now") == 1 and len(tags) == 5
    assert tags.loc["MAIL-1", "signal_id"] == "cancellation_request"


def test_the_gate_blocks_a_worse_candidate_and_the_model_in_use_stays(resources, tmp_path):
    _run(signal_classifier, resources)
    _run(model_in_use, resources)
    store = ModelDirectory(resources["models"].path)
    good = store.current_version()

    with resources["duckdb"].get_connection() as con:
        con.execute("DELETE FROM raw.labels")
        _insert_raw(con, "raw.labels", _labels(shuffled=True))
    restaged = run_dbt(["build", "--select", "stg_raw__labels", "--full-refresh", "--exclude-resource-type", "test"],
                       tmp_path / "w.duckdb", tmp_path)  # staging is incremental: labels taken out of raw need a refresh
    assert restaged.returncode == 0, restaged.output[-3000:]
    _run(signal_classifier, resources)
    assert store.latest_candidate() != good
    check = quality_gate_check(models=resources["models"])
    assert not check.passed
    with pytest.raises(Failure):
        _run(model_in_use, resources)
    assert store.current_version() == good


def test_in_a_run_the_blocking_check_stops_promotion(resources):
    resources["models"] = ModelStore(path=resources["models"].path, macro_f1_floor=1.01)
    result = materialize([signal_classifier, quality_gate_check, model_in_use], resources=resources,
                         raise_on_error=False)
    materialized = {event.asset_key for event in result.get_asset_materialization_events()}
    assert AssetKey(["ml", "signal_classifier"]) in materialized
    assert AssetKey(["ml", "model_in_use"]) not in materialized
    assert ModelDirectory(resources["models"].path).current_version() is None
