"""The organisation's configuration (dbt seeds), read at run time so the demo follows the seeds.

Read through the product's one seeds reader (`signalchain.seeds`), so the demo sees the seed
folder and the cleaned values that dbt sees, the seeds setting included.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signalchain.seeds import read_seed


@dataclass(frozen=True)
class Taxonomy:
    signals: tuple[str, ...]  # taxonomy signals in seed order, without `other`
    step_of: dict[str, str]  # signal -> journey step ("" for other)
    steps: tuple[str, ...]
    channel_cost: dict[str, float]
    signal_code: dict[str, str]  # signal -> its own wrap-up code (not every signal has one)
    step_code: dict[str, str]  # journey step -> its coarse wrap-up code
    touchpoints: dict[str, tuple[str, ...]]  # journey step -> survey touchpoints


def load_taxonomy(seeds_dir: Path | None = None) -> Taxonomy:
    """The taxonomy in `seeds_dir`, by default the seed folder dbt builds from."""
    signal_rows = read_seed("signals", seeds_dir)
    steps = tuple(r["journey_step_id"] for r in sorted(read_seed("journey_steps", seeds_dir),
                                                       key=lambda r: r["step_order"]))
    signal_code, step_code = {}, {}
    for row in read_seed("wrap_up_codes", seeds_dir):
        if row["signal_id"]:
            signal_code.setdefault(row["signal_id"], row["wrap_up_code"])
        elif row["journey_step_id"]:
            step_code.setdefault(row["journey_step_id"], row["wrap_up_code"])
    touchpoints: dict[str, list[str]] = {}
    for row in read_seed("survey_touchpoints", seeds_dir):
        touchpoints.setdefault(row["journey_step_id"] or "", []).append(row["touchpoint"])
    return Taxonomy(
        signals=tuple(r["signal_id"] for r in signal_rows if r["signal_id"] != "other"),
        step_of={r["signal_id"]: r["journey_step_id"] or "" for r in signal_rows},
        steps=steps,
        channel_cost={r["channel"]: r["cost_per_contact_eur"] for r in read_seed("channels", seeds_dir)},
        signal_code=signal_code,
        step_code=step_code,
        touchpoints={step: tuple(points) for step, points in touchpoints.items()},
    )
