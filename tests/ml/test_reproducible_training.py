"""Training is reproducible: the same landing files give the same training set and the same model,
whatever order the warehouse returns their rows in. The same predictions means the same signal for
every text; probabilities agree to 1e-4, not to the last bit (multithreaded linear algebra sums in
whatever order its threads finish)."""

import numpy as np
import pytest

from cli.files import read_folder
from demo import generate
from ml.artifact import data_hash
from ml.taxonomy import load_taxonomy
from ml.train import train_from_frames
from ml.training_data import WEAK, TrainingFrames, build_training_set

WEAK_CAP = 5  # small enough that the cap samples: sampling is where row order used to leak in


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    landing = tmp_path_factory.mktemp("landing")
    generate(customers=600, days=60, seed=5, out=landing)
    return TrainingFrames(labels=read_folder(landing / "labels"), calls=read_folder(landing / "calls"))


def reordered(frames: TrainingFrames) -> TrainingFrames:
    """The same rows, calls in another order (hand labels keep theirs: a later label wins)."""
    order = np.random.default_rng(1).permutation(len(frames.calls))
    return TrainingFrames(labels=frames.labels, calls=frames.calls.iloc[order].reset_index(drop=True))


def test_the_training_set_does_not_depend_on_row_order(frames):
    taxonomy = load_taxonomy()
    first = build_training_set(frames, taxonomy, WEAK_CAP)
    second = build_training_set(reordered(frames), taxonomy, WEAK_CAP)
    weak = first[first["origin"] == WEAK]["signal_id"].value_counts()
    assert (weak == WEAK_CAP).sum() >= 3
    assert data_hash(first) == data_hash(second)
    assert first.equals(second)


def test_training_twice_gives_the_same_hash_and_the_same_predictions(frames):
    taxonomy = load_taxonomy()
    one, one_meta = train_from_frames(frames, taxonomy, max_weak_per_signal=WEAK_CAP)
    two, two_meta = train_from_frames(reordered(frames), taxonomy, max_weak_per_signal=WEAK_CAP)
    assert one_meta["training_data_hash"] == two_meta["training_data_hash"]
    texts = frames.calls["notes"].dropna().head(300).tolist() + frames.labels["text"].head(300).tolist()
    np.testing.assert_array_equal(one.pipeline.predict(texts), two.pipeline.predict(texts))
    np.testing.assert_allclose(one.probabilities(texts), two.probabilities(texts), atol=1e-4)
    assert one.min_confidence == two.min_confidence and one.secondary_threshold == two.secondary_threshold
