"""Typing several files of a source in one statement.

The typed SELECT (parsing.py) costs tens of milliseconds to plan and start whatever the number of
rows, as much as typing a file of ten thousand rows. So consecutive files in contract format with the
same columns are stacked and typed together, then split again: each file's `_row` numbers are
offset by its place in the stack (`_row` only has to be unique within a file), which says, after
typing, which typed row belongs to which file. If the stacked statement fails, each file is typed
on its own, so that the error is that file's alone.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import numpy as np
import pyarrow as pa

from signalchain.ingest.contracts import Source
from signalchain.ingest import incoming
from signalchain.ingest.incoming import STAGED, Staged
from signalchain.ingest.mapping.config import FolderMapping
from signalchain.ingest.plausibility import Bounds
from signalchain.ingest.read_result import ReadResult, numbered

Stage = Callable[[duckdb.DuckDBPyConnection, Source, ReadResult, FolderMapping | None, Bounds], Staged]


def stage_together(con: duckdb.DuckDBPyConnection, source: Source, files: list[tuple[ReadResult, FolderMapping | None]],
                   bounds: Bounds, stage: Stage) -> list[Staged | Exception]:
    """Each file staged and typed (or the error its typing raised), in order: files that can share a
    statement share one, the others go through `stage`."""
    out: list[Staged | Exception | None] = [None] * len(files)
    groups: dict[tuple, list[int]] = {}
    for i, (result, mapping) in enumerate(files):
        if mapping is None:
            groups.setdefault(tuple(result.table.schema), []).append(i)
    for indices in groups.values():
        if len(indices) > 1:
            try:
                for i, staged in zip(indices, _stacked(con, source, [files[i][0] for i in indices], bounds)):
                    out[i] = staged
            except Exception:  # noqa: BLE001 - typed again one by one below, each error on its own file
                pass
    for i, (result, mapping) in enumerate(files):
        if out[i] is None:
            try:
                out[i] = stage(con, source, result, mapping, bounds)
            except Exception as exc:  # noqa: BLE001 - a failure to type the rows is a failure to load them
                out[i] = exc
    return out


def _stacked(con: duckdb.DuckDBPyConnection, source: Source, results: list[ReadResult], bounds: Bounds) -> list[Staged]:
    starts = np.arange(len(results), dtype=np.int64) << 32
    texts = [r.table.append_column("_row", numbered(r.table.num_rows, first=int(start)))
             for r, start in zip(results, starts)]
    present = set(results[0].table.column_names) - {"_line"}
    typed = _in_row_order(incoming.typed_rows(con, source, pa.concat_tables(texts), present, bounds, STAGED))
    bounds_at = np.searchsorted(typed.column("_row").to_numpy(), np.append(starts, np.iinfo(np.int64).max))
    return [Staged(text, typed.slice(lo, hi - lo), 0)
            for text, lo, hi in zip(texts, bounds_at[:-1], bounds_at[1:])]


def _in_row_order(typed: pa.Table) -> pa.Table:
    """The typed rows ordered by `_row`. DuckDB keeps the input's order through a plain SELECT (its
    `preserve_insertion_order`), so they usually are already, and sorting a million rows of text
    for nothing costs half a second: checked first, sorted only when needed."""
    rows = typed.column("_row").to_numpy()
    return typed if bool(np.all(rows[1:] > rows[:-1])) else typed.sort_by("_row")
