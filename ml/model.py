"""The trained signal model: the fitted pipeline plus what it needs to read its output."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.pipeline import Pipeline

DEFAULT_SECONDARY_THRESHOLD = 0.25


@dataclass
class SignalModel:
    """`signal_steps` maps every class the pipeline knows to its journey step (None for
    `other`), so a model keeps reading its own output even after the taxonomy seeds change.
    `secondary_threshold` is tuned at training time (ml/secondary.py)."""

    pipeline: Pipeline
    signal_steps: dict[str, str | None]
    secondary_threshold: float = DEFAULT_SECONDARY_THRESHOLD

    @property
    def classes(self) -> np.ndarray:
        return self.pipeline.classes_

    def probabilities(self, texts: Sequence[str | None]) -> np.ndarray:
        """Calibrated class probabilities, one row per text, columns in `classes` order."""
        return self.pipeline.predict_proba(list(texts))

    def step_matrix(self) -> tuple[list[str], np.ndarray]:
        """(steps, M) with M[class, step] = 1 when the class lies on the step, so that
        probabilities @ M sums the probability of every step."""
        steps = sorted({s for s in self.signal_steps.values() if s})
        matrix = np.zeros((len(self.classes), len(steps)))
        for i, signal in enumerate(self.classes):
            step = self.signal_steps.get(signal)
            if step:
                matrix[i, steps.index(step)] = 1.0
        return steps, matrix
