"""A model artifact: `model.joblib` (the fitted SignalModel) beside `metadata.json`.

The metadata is readable without unpickling anything: version, training data hash,
label counts, metrics and the library versions it was built with. Loading refuses a
model pickled under another scikit-learn major.minor, because estimators pickled by
one scikit-learn release are not guaranteed to work, or to predict the same, under
another; the error says to retrain.
"""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

import joblib
import numpy as np
import pandas as pd

from ml.model import SignalModel

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"


class IncompatibleModelError(RuntimeError):
    """The artifact was built with a scikit-learn this environment cannot safely load."""


def library_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "scikit-learn": version("scikit-learn"),
            "numpy": np.__version__, "pandas": pd.__version__, "tokenizers": version("tokenizers")}


def data_hash(training: pd.DataFrame) -> str:
    """sha256 over the sorted (text, signal_id) pairs: same data, same hash, whatever the row order."""
    digest = hashlib.sha256()
    for text, signal in sorted(zip(training["text"].astype(str), training["signal_id"].astype(str))):
        digest.update(f"{signal}\t{text}\n".encode())
    return digest.hexdigest()


def new_version(training_hash: str, now: datetime | None = None) -> str:
    """Sortable and unique per data: UTC timestamp plus the start of the training data hash."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{training_hash[:8]}"


def _major_minor(release: str) -> tuple[str, ...]:
    return tuple(release.split(".")[:2])


def save_artifact(model: SignalModel, metadata: dict, directory: Path) -> Path:
    """Write the model and its metadata (with library versions added) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, directory / MODEL_FILE, compress=3)
    full = {**metadata, "libraries": library_versions()}
    (directory / METADATA_FILE).write_text(json.dumps(full, indent=2, ensure_ascii=False))
    return directory


def model_directory(path: Path) -> Path:
    """The artifact directory for a path that names the directory or its model file."""
    return path.parent if path.is_file() or path.suffix == ".joblib" else path


def read_metadata(path: Path) -> dict:
    metadata_path = model_directory(Path(path)) / METADATA_FILE
    if not metadata_path.exists():
        raise FileNotFoundError(f"no model metadata at {metadata_path}")
    return json.loads(metadata_path.read_text())


def check_compatible(metadata: dict, path: Path) -> None:
    built_with = metadata.get("libraries", {}).get("scikit-learn", "unknown")
    installed = version("scikit-learn")
    if _major_minor(built_with) != _major_minor(installed):
        raise IncompatibleModelError(
            f"model at {path} was built with scikit-learn {built_with}, this environment has "
            f"{installed}; models only load under the same major.minor release. "
            "Retrain it (`signalchain train` or the ml/signal_classifier asset).")


def load_artifact(path: Path) -> tuple[SignalModel, dict]:
    """(model, metadata) from an artifact directory or its model file."""
    directory = model_directory(Path(path))
    metadata = read_metadata(directory)
    check_compatible(metadata, directory)
    return joblib.load(directory / MODEL_FILE), metadata
