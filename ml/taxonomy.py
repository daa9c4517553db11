"""The organisation's signal taxonomy and wrap-up codes, read from the dbt seeds.

The seeds are configuration: an organisation replaces them without touching code, so
the classifier learns its classes from them and stores the signal -> journey step map
inside the model artifact.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

DBT_PROJECT_DIR = Path(__file__).resolve().parents[1] / "dbt_project"
SEEDS_VARIABLE = "SIGNALCHAIN_SEEDS"  # the seed folder, relative to dbt_project/ (as dbt reads it)
OTHER = "other"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Taxonomy:
    signal_steps: dict[str, str | None]  # signal_id -> journey_step_id (None for `other`)
    code_signals: dict[str, str]  # wrap_up_code -> signal_id, only codes that map to exactly one signal

    @property
    def signals(self) -> list[str]:
        return list(self.signal_steps)


def _blank_to_none(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def seeds_dir() -> Path:
    """The organisation's seed folder: the same one dbt builds from."""
    return DBT_PROJECT_DIR / os.environ.get(SEEDS_VARIABLE, "seeds")


def load_taxonomy(seeds: Path | None = None) -> Taxonomy:
    seeds_dir_ = seeds or seeds_dir()
    signals = pd.read_csv(seeds_dir_ / "signals.csv", dtype=str, keep_default_na=False)
    codes = pd.read_csv(seeds_dir_ / "wrap_up_codes.csv", dtype=str, keep_default_na=False)
    signal_steps = {row.signal_id: _blank_to_none(row.journey_step_id) for row in signals.itertuples()}
    code_signals = {row.wrap_up_code.strip().upper(): row.signal_id for row in codes.itertuples()
                    if _blank_to_none(row.signal_id) and row.signal_id in signal_steps}
    return Taxonomy(signal_steps=signal_steps, code_signals=code_signals)
