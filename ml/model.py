"""The trained signal model: the fitted pipeline plus what it needs to read its output."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from signalchain.settings import MIN_CONFIDENCE

if TYPE_CHECKING:  # scikit-learn is imported by whoever loads or fits a model, not by every importer
    from sklearn.pipeline import Pipeline

DEFAULT_SECONDARY_THRESHOLD = 0.25
DEFAULT_MIN_CONFIDENCE = 0.5  # a model trained on too small a hold-out, or before thresholds were chosen


@dataclass
class SignalModel:
    """`signal_steps` maps every class the pipeline knows to its journey step (None for
    `other`, and for every class of a taxonomy without steps), so a model keeps reading its
    own output even after the taxonomy seeds change. `min_confidence` (ml/threshold.py) and
    `secondary_threshold` (ml/secondary.py) are chosen on the hold-out at training time; the
    defaults are what an artifact pickled before a field existed reads."""

    pipeline: Pipeline
    signal_steps: dict[str, str | None]
    secondary_threshold: float = DEFAULT_SECONDARY_THRESHOLD
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @property
    def classes(self) -> np.ndarray:
        return self.pipeline.classes_

    def probabilities(self, texts: Sequence[str | None]) -> np.ndarray:
        """Calibrated class probabilities, one row per text, columns in `classes` order."""
        return self.pipeline.predict_proba(list(texts))

    def min_confidence_in_force(self, override: float | None = None) -> float:
        """The abstention threshold to tag with: `override` (e.g. a launchpad value) when given,
        else the operator's `settings.MIN_CONFIDENCE` when set, else the model's own."""
        if override is None:
            override = MIN_CONFIDENCE.optional_number()
        return self.min_confidence if override is None else float(override)

    def step_matrix(self) -> tuple[list[str], np.ndarray]:
        """(steps, M) with M[class, step] = 1 when the class lies on the step, so that
        probabilities @ M sums the probability of every step. M has no columns when no class
        has a step."""
        steps = sorted({s for s in self.signal_steps.values() if s})
        matrix = np.zeros((len(self.classes), len(steps)))
        for i, signal in enumerate(self.classes):
            step = self.signal_steps.get(signal)
            if step:
                matrix[i, steps.index(step)] = 1.0
        return steps, matrix
