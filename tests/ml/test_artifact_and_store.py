import json

import pytest
import sklearn

from ml.artifact import IncompatibleModelError, load_artifact
from ml.store import ModelDirectory


def test_artifact_round_trip_carries_metrics_and_library_versions(trained, tmp_path):
    model, metadata = trained
    store = ModelDirectory(tmp_path)
    path = store.add_candidate(model, metadata)
    loaded, saved = load_artifact(path / "model.joblib")
    assert saved["libraries"]["scikit-learn"] == sklearn.__version__
    assert {"python", "numpy"} <= set(saved["libraries"])
    assert saved["metrics"]["macro_f1"] == metadata["metrics"]["macro_f1"]
    assert {"per_signal", "most_confused", "accuracy"} <= set(saved["metrics"])
    by_origin = saved["metrics"]["by_origin"]
    assert set(by_origin) <= set(saved["origin_counts"]) and "label" in by_origin
    assert sum(scores["n_test"] for scores in by_origin.values()) == saved["n_test"]
    assert len(saved["training_data_hash"]) == 64 and saved["label_counts"]["other"] > 0
    assert list(loaded.pipeline.predict(["twee keer afgeschreven"])) == ["double_debit"]


def test_a_model_from_another_scikit_learn_release_is_refused(trained, tmp_path):
    path = ModelDirectory(tmp_path).add_candidate(*trained)
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["libraries"]["scikit-learn"] = "1.2.2"
    (path / "metadata.json").write_text(json.dumps(metadata))
    with pytest.raises(IncompatibleModelError, match=r"scikit-learn 1\.2\.2.*Retrain"):
        load_artifact(path)


def test_a_candidate_is_not_in_use_until_promoted(trained, tmp_path):
    model, metadata = trained
    store = ModelDirectory(tmp_path)
    store.add_candidate(model, metadata)
    assert store.latest_candidate() == metadata["version"]
    assert store.current_version() is None and store.load_current() is None
    store.promote(metadata["version"])
    assert store.current_version() == metadata["version"]
    assert store.load_current()[1]["version"] == metadata["version"]
    with pytest.raises(FileNotFoundError):
        store.promote("no-such-version")
