"""Named random streams: each part of the generator draws from its own stream.

A stream depends only on the seed and its name, so changing how much one part draws does not
shift the numbers every other part sees (and the output stays byte-identical per seed).
"""

from __future__ import annotations

import zlib

import numpy as np


def stream(seed: int, name: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])
