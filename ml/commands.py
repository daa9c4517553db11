"""What the command line does: tag a CSV file, train a model from the landing zone."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ml.artifact import load_artifact
from ml.gate import DEFAULT_MACRO_F1_FLOOR, DEFAULT_MAX_MACRO_F1_DROP, quality_gate
from ml.model import SignalModel
from ml.predict import tag_texts
from ml.readers import read_file, read_folder
from ml.store import ModelDirectory
from ml.taxonomy import load_taxonomy
from ml.train import train_from_frames

MIN_CONFIDENCE_VARIABLE = "SIGNALCHAIN_MIN_CONFIDENCE"


def min_confidence() -> float:
    return float(os.environ.get(MIN_CONFIDENCE_VARIABLE, "0.5"))


def load_model(model_path: Path) -> SignalModel:
    """A model file or artifact directory, or a model store directory meaning its model in use."""
    store = ModelDirectory(model_path)
    if model_path.is_dir() and (model_path / "candidates").exists():
        loaded = store.load_current()
        if loaded is None:
            raise FileNotFoundError(f"model store {model_path} has no model in use yet; run `signalchain train`")
        return loaded[0]
    return load_artifact(model_path)[0]


def tag_file(in_path: Path, out_path: Path, text_column: str = "text", model_path: Path | None = None) -> int:
    """Read a CSV (or any landing format), add signal_id, signal_confidence, journey_step_id and
    write a CSV; returns the row count. The text column is matched case-insensitively."""
    model = load_model(Path(model_path or os.environ.get("SIGNALCHAIN_MODELS", "data/models")))
    frame = read_file(Path(in_path))
    matches = [c for c in frame.columns if str(c).strip().lower() == text_column.strip().lower()]
    if not matches:
        raise ValueError(f"{in_path} has no column {text_column!r} (columns: {', '.join(map(str, frame.columns))}); "
                       "name the text column with --text-column")
    tags = tag_texts(model, frame[matches[0]].tolist(), min_confidence())
    out = frame.assign(signal_id=tags["signal_id"].to_numpy(),
                       signal_confidence=tags["signal_confidence"].round(4).to_numpy(),
                       journey_step_id=tags["journey_step_id"].to_numpy())
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(out_path, index=False)
    return len(out)


def train_from_landing(landing: Path, models_dir: Path) -> dict:
    """Train a candidate from landing/labels and landing/calls and store it; it becomes the
    model in use only when it passes the same quality gate as in the pipeline."""
    labels = read_folder(landing / "labels")
    calls = read_folder(landing / "calls")
    if labels.empty:
        labels = pd.DataFrame(columns=["text", "signal_id"])
    model, metadata = train_from_frames(labels, calls, load_taxonomy(), min_confidence())
    store = ModelDirectory(models_dir)
    path = store.add_candidate(model, metadata)
    gate = quality_gate(metadata, store.current_metadata(), DEFAULT_MACRO_F1_FLOOR, DEFAULT_MAX_MACRO_F1_DROP)
    if gate.passed:
        store.promote(metadata["version"])
    return {"version": metadata["version"], "path": str(path), "promoted": gate.passed,
            "gate": "passed" if gate.passed else "; ".join(gate.reasons),
            "macro_f1": metadata["metrics"]["macro_f1"], "accuracy": metadata["metrics"]["accuracy"],
            "n_train": metadata["n_train"], "n_test": metadata["n_test"]}
