"""Tagging over worker processes gives the serial tags, whether the workers receive the model or load
it from its artifact folder themselves (ml/predict.py)."""

import pandas as pd

import ml.predict
from ml.artifact import save_artifact
from ml.predict import tag_texts
from tests.ml.synthetic import labelled_texts


def test_workers_that_load_the_artifact_tag_as_the_serial_path(trained, tmp_path, monkeypatch):
    model, metadata = trained
    save_artifact(model, metadata, tmp_path / "model")
    texts = [f"{text} (ref {i})" for i, text in enumerate(labelled_texts(per_signal=4)["text"])]
    serial = tag_texts(model, texts, 0.2, n_jobs=1)
    monkeypatch.setattr(ml.predict, "PARALLEL_FROM", 0)
    chunk = len(texts) // 4
    for _ in range(2):  # the second call finds the workers holding the model already
        stored = tag_texts(model, texts, 0.2, n_jobs=2, chunk_size=chunk, model_dir=tmp_path / "model")
        pd.testing.assert_frame_equal(stored, serial)
    sent = tag_texts(model, texts, 0.2, n_jobs=2, chunk_size=chunk)
    pd.testing.assert_frame_equal(sent, serial)
