"""Typing errors as people make them: swapped or dropped letters, doubled letters, no capital."""

from __future__ import annotations

import numpy as np


def _one(text: str, kind: int, x: float) -> str:
    if len(text) < 4:
        return text
    p = 1 + int(x * (len(text) - 3))
    if not text[p].isalpha():
        return text
    if kind == 0:
        return text[:p] + text[p + 1] + text[p] + text[p + 2:]
    if kind == 1:
        return text[:p] + text[p + 1:]
    if kind == 2:
        return text[:p] + text[p] + text[p:]
    return text[:1].lower() + text[1:]


def add_typos(texts: list[str], rate: float, rng: np.random.Generator) -> list[str]:
    """Give a share `rate` of the texts one to three typos (in place; returns the list)."""
    chosen = np.flatnonzero(rng.random(len(texts)) < rate)
    kinds = rng.integers(0, 4, (len(chosen), 3)).tolist()
    spots = rng.random((len(chosen), 3)).tolist()
    count = rng.integers(1, 4, len(chosen)).tolist()
    for i, ks, xs, k in zip(chosen.tolist(), kinds, spots, count):
        text = texts[i]
        for kind, x in zip(ks[:k], xs[:k]):
            text = _one(text, kind, x)
        texts[i] = text
    return texts
