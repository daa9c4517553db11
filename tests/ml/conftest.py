import pytest

from ml.taxonomy import load_taxonomy
from ml.train import train_from_frames
from ml.training_data import TrainingFrames
from tests.ml.synthetic import labelled_texts


@pytest.fixture(scope="session")
def taxonomy():
    return load_taxonomy()


@pytest.fixture(scope="session")
def trained(taxonomy):
    """(model, metadata) trained on the small synthetic set: fast, and good enough to test behaviour."""
    return train_from_frames(TrainingFrames(labels=labelled_texts(per_signal=12)), taxonomy)
