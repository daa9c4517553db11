"""A source's files taken a window at a time: read ahead (read_ahead.py), then typed together
(stage_together.py), then loaded one by one (load.py). A window holds about `WINDOW_ROWS` rows, which
bounds the memory held; small windows let the next files be read while the current ones load."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from signalchain.ingest.contracts import Source
from signalchain.ingest.incoming import Staged, stage
from signalchain.ingest.parsing import MACROS
from signalchain.ingest.plausibility import Bounds
from signalchain.ingest.read_ahead import Landed
from signalchain.ingest.read_result import ReadResult
from signalchain.ingest.stage_together import stage_together
from signalchain.warehouse import run

WINDOW_ROWS = 100_000


@dataclass(frozen=True)
class Prepared:
    """A file read and its columns checked, then its rows staged and typed (or the error typing raised)."""

    result: ReadResult
    ignored: list[str]
    staged: Staged | None = None
    error: Exception | None = None


@contextmanager
def typing_connection(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection with the parsing macros: typing reads no warehouse table, so it runs beside the
    transaction that loads."""
    cursor = con.cursor()
    try:
        run(cursor, MACROS)
        yield cursor
    finally:
        cursor.close()


def windows(landed_files: Iterable[Landed[Prepared]]) -> Iterator[list[Landed[Prepared]]]:
    """Consecutive files of about `WINDOW_ROWS` rows together."""
    window, rows = [], 0
    for landed in landed_files:
        window.append(landed)
        rows += landed.prepared().result.rows_read if landed.readable else 0
        if rows >= WINDOW_ROWS:
            yield window
            window, rows = [], 0
    if window:
        yield window


def typed(con: duckdb.DuckDBPyConnection, source: Source, window: list[Landed[Prepared]], bounds: Bounds,
          failed: dict[Path, str]) -> list[Landed[Prepared]]:
    """The window's files, those that will load with their rows staged and typed."""
    to_type = [i for i, landed in enumerate(window) if landed.readable and landed.path not in failed]
    read = [window[i].prepared() for i in to_type]
    staged = stage_together(con, source, [(r.result, window[i].mapping) for r, i in zip(read, to_type)],
                            bounds, stage)
    done = list(window)
    for i, r, s in zip(to_type, read, staged):
        error = s if isinstance(s, Exception) else None
        done[i] = window[i].with_prepared(Prepared(r.result, r.ignored, None if error else s, error))
    return done
