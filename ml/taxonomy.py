"""The signal taxonomy as the classifier needs it, from the organisation's seeds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signalchain.seeds import read_seed

OTHER = "other"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Taxonomy:
    signal_steps: dict[str, str | None]  # signal_id -> journey_step_id (None for `other`)
    code_signals: dict[str, str]  # wrap_up_code -> signal_id, only codes that map to exactly one signal

    @property
    def signals(self) -> list[str]:
        return list(self.signal_steps)


def load_taxonomy(seeds: Path | None = None) -> Taxonomy:
    """From `signals` and `wrap_up_codes` in the seed folder dbt builds from (or `seeds`)."""
    signal_steps = {row["signal_id"]: row["journey_step_id"] for row in read_seed("signals", seeds)}
    code_signals = {row["wrap_up_code"]: row["signal_id"] for row in read_seed("wrap_up_codes", seeds)
                    if row["signal_id"] in signal_steps}
    return Taxonomy(signal_steps=signal_steps, code_signals=code_signals)
