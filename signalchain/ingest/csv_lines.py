"""Where each CSV record starts, found in the file's bytes without a parser (numpy over the bytes).

A record ends at a newline that lies outside quotes: one with an even number of quote characters
before it. The header is the first physical line. Empty lines ("" or "\\r") are no records. These
numbers let the reader check a parser's records against the file and give each row its line.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_NEWLINE, _QUOTE, _CR = 10, 34, 13


@dataclass(frozen=True)
class Records:
    """`lines`: the first physical line of each non-empty record after the header (1-based);
    `spans`: (start, end) byte offsets of the records that run over more than one line."""

    lines: np.ndarray
    spans: list[tuple[int, int]]


def physical_lines(data: bytes) -> np.ndarray:
    """The numbers of the non-empty physical lines after the header."""
    buf = np.frombuffer(data, np.uint8)
    ends = np.append(np.flatnonzero(buf == _NEWLINE), len(buf))
    return _non_empty(buf, ends)[1:] + 1


def quoted_records(data: bytes) -> Records:
    """Records as a quote-aware parser sees them, each with the line it starts on."""
    buf = np.frombuffer(data, np.uint8)
    newlines = np.flatnonzero(buf == _NEWLINE)
    quotes = np.flatnonzero(buf == _QUOTE)
    outside = (np.searchsorted(quotes, newlines) % 2 == 0)
    outside[0:1] = True  # the header is the first physical line
    ends = np.append(newlines[outside], len(buf))
    end_index = np.append(np.flatnonzero(outside), len(newlines))  # which newline ends each record
    starts = np.concatenate(([0], ends[:-1] + 1))
    lines = np.concatenate(([0], end_index[:-1] + 1)) + 1
    keep = _non_empty_mask(buf, starts, ends)
    keep[0] = False
    multi = keep & (np.diff(np.concatenate(([-1], end_index))) > 1)
    spans = [(int(s), int(e)) for s, e in zip(starts[multi], ends[multi])]
    return Records(lines[keep], spans)


def _non_empty(buf: np.ndarray, ends: np.ndarray) -> np.ndarray:
    starts = np.concatenate(([0], ends[:-1] + 1))
    return np.flatnonzero(_non_empty_mask(buf, starts, ends))


def _non_empty_mask(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    length = ends - starts
    lone_cr = (length == 1) & (buf[np.minimum(starts, len(buf) - 1)] == _CR) if len(buf) else length < 0
    return (length > 0) & ~lone_cr
