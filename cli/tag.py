"""`signalchain tag`: add the model's signal, confidence and journey step to a file of texts."""

from __future__ import annotations

from pathlib import Path

from cli.files import read_file
from ml.artifact import load_artifact
from ml.model import SignalModel
from ml.predict import tag_texts
from ml.store import ModelDirectory
from signalchain.publish import write_csv
from signalchain.settings import MODELS


def load_model(model_path: Path) -> SignalModel:
    """A model file or artifact directory, or a model store directory meaning its model in use."""
    if model_path.is_dir() and (model_path / "candidates").exists():
        loaded = ModelDirectory(model_path).load_current()
        if loaded is None:
            raise FileNotFoundError(f"model store {model_path} has no model in use yet; run `signalchain train`")
        return loaded[0]
    return load_artifact(model_path)[0]


def tag_file(in_path: Path, out_path: Path, text_column: str = "text", model_path: Path | None = None) -> int:
    """Read a CSV (or any landing format), add signal_id, signal_confidence, journey_step_id and
    write a CSV; returns the row count. The text column is matched case-insensitively."""
    model = load_model(Path(model_path or MODELS.path()))
    frame = read_file(Path(in_path))
    matches = [c for c in frame.columns if str(c).strip().lower() == text_column.strip().lower()]
    if not matches:
        raise ValueError(f"{in_path} has no column {text_column!r} (columns: {', '.join(map(str, frame.columns))}); "
                         "name the text column with --text-column")
    tags = tag_texts(model, frame[matches[0]].tolist(), model.min_confidence_in_force())
    out = frame.assign(signal_id=tags["signal_id"].to_numpy(),
                       signal_confidence=tags["signal_confidence"].round(4).to_numpy(),
                       journey_step_id=tags["journey_step_id"].to_numpy())
    write_csv(out, out_path)
    return len(out)
