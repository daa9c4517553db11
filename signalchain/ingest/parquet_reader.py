"""Reading a Parquet file column by column: a column with no text form (nested values, bytes that
are no text) is set aside with the reason instead of failing the file or the night."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from signalchain.ingest.files import FileRejected
from signalchain.ingest.read_result import ReadResult, check_unique, is_nested, numbered, text_column


def read_parquet(path: Path) -> ReadResult:
    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise FileRejected(f"not readable as Parquet: {exc}") from exc
    names = [name.strip().lower() for name in table.column_names]
    check_unique(names)
    columns, unreadable = {}, {}
    for name, column in zip(names, table.columns):
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if is_nested(column.type):
            unreadable[name] = f"nested values ({column.type}) have no text form"
            continue
        try:
            columns[name] = text_column(column)
        except (pa.ArrowException, UnicodeDecodeError) as exc:
            unreadable[name] = f"values of type {column.type} cannot be read as text ({type(exc).__name__})"
    return ReadResult(pa.table({**columns, "_line": numbered(table.num_rows)}), unreadable_columns=unreadable)
