"""A signal-keyed phrase bank flattened into one array, so picks for many contacts are one numpy step."""

from __future__ import annotations

import numpy as np


class Bank:
    def __init__(self, by_signal: dict[str, list[str]], signals: tuple[str, ...]):
        missing = [s for s in signals if not by_signal.get(s)]
        if missing:
            raise ValueError(f"phrase bank has no phrases for: {', '.join(missing)}")
        phrases = [p for s in signals for p in by_signal[s]]
        self.phrases = np.array(phrases, dtype=object)
        self.size = np.array([len(by_signal[s]) for s in signals])
        self.offset = np.concatenate([[0], np.cumsum(self.size)[:-1]])

    def pick(self, signal: np.ndarray, rng: np.random.Generator) -> list[str]:
        signal = np.asarray(signal, dtype=np.int64)
        index = self.offset[signal] + (rng.random(len(signal)) * self.size[signal]).astype(np.int64)
        return self.phrases[index].tolist()
