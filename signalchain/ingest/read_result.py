"""What every reader returns: the rows as text columns, the rows it could not read, and the columns
it could not turn into text."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from signalchain.ingest.files import FileRejected


@dataclass
class ReadResult:
    """`table` holds lower-cased text columns and `_line`; `bad_rows` are (line, reason, raw text);
    `unreadable_columns` maps a column the reader could not turn into text to the reason."""

    table: pa.Table
    bad_rows: list[tuple[int, str, str]] = field(default_factory=list)
    unreadable_columns: dict[str, str] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return self.table.num_rows + len(self.bad_rows)


def text_column(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column of any scalar Arrow type as text; raises for types that have no text form."""
    if pa.types.is_boolean(column.type):
        return pc.if_else(column, "true", "false")
    if pa.types.is_null(column.type):
        return pa.nulls(len(column), pa.string())
    if pa.types.is_timestamp(column.type) and column.type.tz:
        return pc.strftime(column, format="%Y-%m-%dT%H:%M:%S%z")  # Parquet: keep the instant
    if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
        return _decoded(column)
    return pc.cast(column, pa.string())


def _decoded(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Bytes as UTF-8 text, else Windows-1252 as Dutch Excel writes it (the rule for whole files)."""
    try:
        return pc.cast(column, pa.string())
    except pa.ArrowInvalid:
        values = [None if v is None else v.decode("cp1252") for v in column.to_pylist()]
        return pa.chunked_array([pa.array(values, pa.string())])


def check_unique(names: list[str]) -> None:
    """Column names match case-insensitively, so two that differ only in case are one too many."""
    seen = [n for n in names if n != "_line"]
    dupes = sorted({n for n in seen if seen.count(n) > 1})
    if dupes:
        raise FileRejected(f"duplicate column(s) (names match case-insensitively): {', '.join(dupes)}")


def is_nested(arrow_type: pa.DataType) -> bool:
    return pa.types.is_nested(arrow_type) or pa.types.is_struct(arrow_type)
