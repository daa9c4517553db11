"""The quality gate a candidate must pass before it becomes the model in use."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GateResult:
    passed: bool
    candidate_macro_f1: float
    current_macro_f1: float | None
    reasons: list[str] = field(default_factory=list)


def quality_gate(candidate: dict, current: dict | None, macro_f1_floor: float,
                 max_macro_f1_drop: float) -> GateResult:
    """Pass when the candidate's hold-out macro-F1 reaches the floor and is at most
    `max_macro_f1_drop` below the model in use (as recorded in its metadata).
    `candidate` and `current` are artifact metadata; `current` is None before the first model.
    The thresholds' defaults are settings (settings.MACRO_F1_FLOOR, settings.MAX_MACRO_F1_DROP)."""
    score = candidate["metrics"]["macro_f1"]
    current_score = current["metrics"]["macro_f1"] if current else None
    reasons = []
    if score < macro_f1_floor:
        reasons.append(f"macro-F1 {score:.4f} is below the floor {macro_f1_floor:.4f}")
    if current_score is not None and score < current_score - max_macro_f1_drop:
        reasons.append(f"macro-F1 {score:.4f} is more than {max_macro_f1_drop:.4f} below "
                       f"the model in use ({current['version']}: {current_score:.4f})")
    return GateResult(not reasons, score, current_score, reasons)
