"""The rows of one file, staged for the typed SELECT: as read, or through the folder's mapping.

A file in contract format is registered as it is. A file in a mapped folder (landing.yml) is
first turned into the contract's text columns by its mapping; rows its filters leave out are
counted, not typed. Either way the staged rows have `_line` (where a person finds the row) and
`_row` (unique, also when a wide survey row became several responses). Then they are typed
(parsing.py).

The staged rows and their typed form are Arrow tables, not temporary tables: the source loads in
one transaction, which would keep every dropped temporary table of its files until the commit; and
they can be made on another connection than the one that loads them (read_ahead.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from signalchain.ingest.contracts import Source
from signalchain.ingest.files import FileRejected
from signalchain.ingest.mapping.config import FolderMapping
from signalchain.ingest.mapping.expressions import mapped_select
from signalchain.ingest.parsing import key_expression, row_hash_expression, typed_select
from signalchain.ingest.plausibility import Bounds
from signalchain.ingest.read_result import ReadResult, numbered

STAGED = "incoming_text"
TYPED = "incoming_typed"
_EXPORT = "incoming_export"


@dataclass(frozen=True)
class Staged:
    """A file's rows as text (`text`, with `_row`) and typed (`typed`, with `_reason`, `_warnings`, the
    business key `_key` and `_row_hash`); `filtered` of the text rows a mapping's filter left out."""

    text: pa.Table
    typed: pa.Table
    filtered: int

    @property
    def rejected(self) -> int:
        """Typed rows with a reason to be quarantined."""
        return self.typed.num_rows - self.typed.column("_reason").null_count

def check_columns(source: Source, result: ReadResult, mapping: FolderMapping | None) -> list[str]:
    """The file's columns against the contract and the mapping: rejects the file, or returns what
    is ignored and why."""
    present = set(result.table.column_names) - {"_line"}
    contract = {c.name for c in source.columns}
    mapped = set(mapping.columns) if mapping else set()
    if mapping and mapping.melt:
        mapped |= {"score", "survey_type"}
    absent = sorted(mapping.export_columns() - present) if mapping else []
    if absent:
        raise FileRejected(f"the mapping {mapping.where} names column(s) absent from the file: "
                           f"{', '.join(absent)}; found: {', '.join(sorted(present)) or '(none)'}")
    missing = [c for c in source.required if c not in present | mapped and c not in result.unreadable_columns]
    if missing:
        raise FileRejected(f"missing required column(s): {', '.join(missing)}; found: "
                           f"{', '.join(sorted(present)) or '(none)'}")
    used = mapping.export_columns() if mapping else set()
    unusable = {c: why for c, why in result.unreadable_columns.items() if c in contract | used}
    if unusable:
        raise FileRejected("; ".join(f"column {c}: {why}" for c, why in sorted(unusable.items())))
    ignored = sorted(present - contract - used)
    return ignored + [f"{c} ({why})" for c, why in sorted(result.unreadable_columns.items())]


def stage(con: duckdb.DuckDBPyConnection, source: Source, result: ReadResult, mapping: FolderMapping | None,
          bounds: Bounds) -> Staged:
    """Stage the rows and type them on `con`: any connection with parsing.MACROS, as this reads no
    table of the warehouse."""
    table = result.table
    if mapping is None:
        text = table.append_column("_row", numbered(table.num_rows, first=0))
        present, relation, filtered = set(table.column_names) - {"_line"}, STAGED, 0
    else:
        con.register(_EXPORT, table)
        exported = set(table.column_names) - {"_line"}
        text = con.sql(mapped_select(mapping, exported, _EXPORT)).to_arrow_table()
        con.unregister(_EXPORT)
        filtered = text.num_rows - text.column("_excluded").null_count
        present = exported | set(mapping.columns) | ({"score", "survey_type"} if mapping.melt else set())
        relation = f"(SELECT * FROM {STAGED} WHERE _excluded IS NULL)"
    return Staged(text, typed_rows(con, source, text, present, bounds, relation), filtered)


def typed_rows(con: duckdb.DuckDBPyConnection, source: Source, text: pa.Table, present: set[str], bounds: Bounds,
               relation: str) -> pa.Table:
    """The typed rows of `text`, registered as `incoming_text` for `relation` to read."""
    con.register(STAGED, text)
    try:
        return con.sql(f"SELECT *, {key_expression(source)} AS _key, {row_hash_expression(source)} AS _row_hash "
                       f"FROM ({typed_select(source, present, bounds, relation)})").to_arrow_table()
    finally:
        con.unregister(STAGED)


def register(con: duckdb.DuckDBPyConnection, staged: Staged) -> None:
    """Make the staged rows `incoming_text` and `incoming_typed` on the loading connection."""
    con.register(STAGED, staged.text)
    con.register(TYPED, staged.typed)


def unstage(con: duckdb.DuckDBPyConnection) -> None:
    con.unregister(STAGED)
    con.unregister(TYPED)
