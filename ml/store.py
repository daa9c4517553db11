"""The model store: candidates, and a pointer to the model in use.

    <root>/candidates/<version>/model.joblib, metadata.json
    <root>/latest_candidate.json   {"version": ...}   the newest trained candidate
    <root>/current.json            {"version": ..., "promoted_at": ...}   the model in use

Training only ever adds a candidate; only `promote` changes the model in use, and the
pipeline calls it only after the quality gate passed. Pointer files are replaced
atomically, so a reader never sees half a pointer.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from ml.artifact import load_artifact, read_metadata, save_artifact
from ml.model import SignalModel

CURRENT = "current.json"
LATEST_CANDIDATE = "latest_candidate.json"
KEEP_CANDIDATES = 10


class ModelDirectory:
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def candidate_dir(self, version: str) -> Path:
        return self.root / "candidates" / version

    def _write_pointer(self, name: str, content: dict) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".{name}.tmp"
        tmp.write_text(json.dumps(content, indent=2))
        os.replace(tmp, self.root / name)

    def _read_pointer(self, name: str) -> str | None:
        path = self.root / name
        return json.loads(path.read_text())["version"] if path.exists() else None

    def add_candidate(self, model: SignalModel, metadata: dict) -> Path:
        directory = save_artifact(model, metadata, self.candidate_dir(metadata["version"]))
        self._write_pointer(LATEST_CANDIDATE, {"version": metadata["version"]})
        self._prune()
        return directory

    def latest_candidate(self) -> str | None:
        return self._read_pointer(LATEST_CANDIDATE)

    def current_version(self) -> str | None:
        return self._read_pointer(CURRENT)

    def metadata(self, version: str) -> dict:
        return read_metadata(self.candidate_dir(version))

    def current_metadata(self) -> dict | None:
        version = self.current_version()
        return self.metadata(version) if version else None

    def load(self, version: str) -> tuple[SignalModel, dict]:
        return load_stored(self.candidate_dir(version))

    def load_current(self) -> tuple[SignalModel, dict] | None:
        version = self.current_version()
        return self.load(version) if version else None

    def promote(self, version: str) -> None:
        """Make `version` the model in use. The caller has checked the quality gate."""
        if not (self.candidate_dir(version) / "metadata.json").exists():
            raise FileNotFoundError(f"no candidate {version} in {self.root}")
        self._write_pointer(CURRENT, {"version": version,
                                      "promoted_at": datetime.now(timezone.utc).isoformat()})

    def _prune(self) -> None:
        """Keep the newest candidates and the model in use; older candidates are deleted."""
        keep = {self.current_version(), self.latest_candidate()}
        versions = sorted(p.name for p in (self.root / "candidates").iterdir() if p.is_dir())
        for old in versions[:-KEEP_CANDIDATES]:
            if old not in keep:
                shutil.rmtree(self.root / "candidates" / old, ignore_errors=True)


def load_stored(directory: Path | str) -> tuple[SignalModel, dict]:
    """(model, metadata) of an artifact directory, loaded once per process while it is unchanged."""
    directory = Path(directory).resolve()
    written = (directory / "metadata.json").stat().st_mtime_ns if directory.exists() else None
    return _load_artifact_once(str(directory), written)


@lru_cache(maxsize=1)
def _load_artifact_once(directory: str, written: int | None) -> tuple[SignalModel, dict]:
    """A stored artifact does not change (a new model is a new version folder; `written` guards against a
    folder written again), so the night's assets that use the model in use (tagging, the review queue,
    route B) share one load of it, which takes seconds."""
    return load_artifact(Path(directory))
