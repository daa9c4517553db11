"""The command line on landing-style files: `signalchain train` (the Dagster training job) and `tag`."""

import gzip

import pandas as pd
import pytest

from cli.files import read_file
from cli.jobs import train
from cli.tag import tag_file
from ml.store import ModelDirectory
from ml.text import dedup_key
from tests.ml.synthetic import labelled_texts


def test_reader_handles_delimiters_encodings_jsonl_parquet_and_gzip(tmp_path):
    (tmp_path / "a.csv").write_bytes("Text;Signal_ID\ncafé factuur;invoice_unclear\n".encode("cp1252"))
    (tmp_path / "b.csv").write_bytes("\ufefftext\tsignal_id\nx\ty\n".encode("utf-8"))
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"text": "j", "signal_id": "s"}\n'))
    pd.DataFrame({"TEXT": ["p"], "signal_id": ["s"]}).to_parquet(tmp_path / "d.parquet")
    assert read_file(tmp_path / "a.csv").to_dict("records") == [{"text": "café factuur", "signal_id": "invoice_unclear"}]
    assert list(read_file(tmp_path / "b.csv").columns) == ["text", "signal_id"]
    assert read_file(tmp_path / "c.jsonl.gz")["text"].tolist() == ["j"]
    assert read_file(tmp_path / "d.parquet")["text"].tolist() == ["p"]


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    landing = tmp_path_factory.mktemp("landing")
    (landing / "labels").mkdir()
    (landing / "calls").mkdir()
    labelled_texts(per_signal=10).to_csv(landing / "labels" / "labels.csv", sep=";", index=False)
    pd.DataFrame({"call_id": ["C1"], "customer_id": ["K1"], "started_at": ["2026-03-02 10:00"],
                  "wrap_up_code": ["NW-TRAAG"], "notes": ["internet traag"]}).to_csv(
        landing / "calls" / "calls.csv", index=False)
    models = tmp_path_factory.mktemp("models")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {"SIGNALCHAIN_LANDING": landing, "SIGNALCHAIN_MODELS": models,
                            "SIGNALCHAIN_WAREHOUSE": models.parent / "train.duckdb",
                            "SIGNALCHAIN_PUBLISH": models.parent / "published"}.items():
            patch.setenv(name, str(value))
        summary = train()
    assert summary["promoted"] and summary["macro_f1"] > 0.9
    return models


def test_train_from_landing_stores_and_promotes_a_passing_model(models_dir):
    store = ModelDirectory(models_dir)
    assert store.current_version() == store.latest_candidate()
    distinct_labels = labelled_texts(per_signal=10)["text"].map(dedup_key).nunique()
    origins = store.current_metadata()["origin_counts"]
    assert {k: origins[k] for k in ("label", "wrap_up_code")} == {"label": distinct_labels, "wrap_up_code": 1}
    assert set(origins) == {"label", "wrap_up_code", "no_signal_corpus"} and 0 < origins["no_signal_corpus"] <= 11


def test_tag_file_adds_the_tag_columns(models_dir, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": [1, 2], "bericht": ["mijn internet is heel traag", "ik wil opzeggen"]}).to_csv(source, index=False)
    assert tag_file(source, tmp_path / "out.csv", text_column="bericht", model_path=models_dir) == 2
    out = pd.read_csv(tmp_path / "out.csv")
    assert list(out.columns) == ["id", "bericht", "signal_id", "signal_confidence", "journey_step_id"]
    assert out.loc[0, "signal_id"] == "slow_internet" and out.loc[0, "journey_step_id"] == "use"


def test_tag_file_names_a_missing_text_column(models_dir, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["x"]}).to_csv(source, index=False)
    with pytest.raises(ValueError, match="no column 'text'.*body"):
        tag_file(source, tmp_path / "out.csv", model_path=models_dir)
