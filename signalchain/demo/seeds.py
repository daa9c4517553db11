"""The organisation's configuration (dbt seeds), read at run time so the demo follows the seeds."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
GENERAL_CODES = ("DOORVERBONDEN", "OVERIG")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class Taxonomy:
    signals: tuple[str, ...]  # taxonomy signals in seed order, without `other`
    step_of: dict[str, str]  # signal -> journey step ("" for other)
    steps: tuple[str, ...]
    channel_cost: dict[str, float]
    signal_code: dict[str, str]  # signal -> its own wrap-up code (not every signal has one)
    step_code: dict[str, str]  # journey step -> its coarse wrap-up code
    touchpoints: dict[str, tuple[str, ...]]  # journey step -> survey touchpoints


def load_taxonomy(seeds_dir: Path = SEEDS_DIR) -> Taxonomy:
    signal_rows = _rows(seeds_dir / "signals.csv")
    steps = tuple(r["journey_step_id"] for r in sorted(_rows(seeds_dir / "journey_steps.csv"),
                                                       key=lambda r: int(r["step_order"])))
    signal_code, step_code = {}, {}
    for row in _rows(seeds_dir / "wrap_up_codes.csv"):
        if row["signal_id"]:
            signal_code.setdefault(row["signal_id"], row["wrap_up_code"])
        elif row["journey_step_id"]:
            step_code.setdefault(row["journey_step_id"], row["wrap_up_code"])
    touchpoints: dict[str, list[str]] = {}
    for row in _rows(seeds_dir / "survey_touchpoints.csv"):
        touchpoints.setdefault(row["journey_step_id"], []).append(row["touchpoint"])
    return Taxonomy(
        signals=tuple(r["signal_id"] for r in signal_rows if r["signal_id"] != "other"),
        step_of={r["signal_id"]: r["journey_step_id"] for r in signal_rows},
        steps=steps,
        channel_cost={r["channel"]: float(r["cost_per_contact_eur"]) for r in _rows(seeds_dir / "channels.csv")},
        signal_code=signal_code,
        step_code=step_code,
        touchpoints={step: tuple(points) for step, points in touchpoints.items()},
    )
