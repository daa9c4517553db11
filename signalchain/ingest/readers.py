"""Reading one landing file into an Arrow table of text columns.

Every reader returns the same shape: lower-cased column names, every value a string
(or null), and `_line`, the line number a person finds the row at (CSV: header is
line 1; JSON Lines: the physical line; Parquet: the row number). Rows that cannot be
read at all come back separately as (line, reason, raw text) so they can be quarantined.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq

from signalchain.ingest.files import FileRejected, decode_text, file_format, read_bytes

DELIMITERS = (",", ";", "\t")


@dataclass
class ReadResult:
    table: pa.Table
    bad_rows: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return self.table.num_rows + len(self.bad_rows)


def read_file(path: Path) -> ReadResult:
    fmt = file_format(path)
    if fmt == "parquet":
        result = _read_parquet(path)
    else:
        text = decode_text(read_bytes(path))
        if not text.strip():
            raise FileRejected("empty file (no header)")
        result = _read_csv(text) if fmt == "csv" else _read_jsonl_fast(text) or _read_jsonl(text)
    _check_columns(result.table.column_names)
    return result


def _check_columns(names: list[str]) -> None:
    seen = [n for n in names if n != "_line"]
    dupes = sorted({n for n in seen if seen.count(n) > 1})
    if dupes:
        raise FileRejected(f"duplicate column(s) (names match case-insensitively): {', '.join(dupes)}")


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(text: str) -> ReadResult:
    header_line = text.split("\n", 1)[0].rstrip("\r")
    delimiter = _sniff_delimiter(header_line)
    names = [n.strip().lower() for n in next(csv.reader([header_line], delimiter=delimiter))]
    if not any(names):
        raise FileRejected("no column names in the first line")
    bad: list[tuple[int, str, str]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        line = row.number if row.number is not None else -1
        bad.append((line, f"expected {row.expected_columns} fields, found {row.actual_columns}", row.text))
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=False),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pa.ArrowInvalid as exc:
        raise FileRejected(f"not readable as CSV: {exc}") from exc
    lines = _good_lines(table.num_rows, [b[0] for b in bad], first_line=2)
    return ReadResult(table.append_column("_line", pa.array(lines, pa.int64())), bad)


def _good_lines(n_good: int, bad_lines: list[int], first_line: int) -> list[int] | range:
    """Line numbers of the rows the reader kept, given the lines it skipped."""
    if not bad_lines:
        return range(first_line, first_line + n_good)
    skipped = set(bad_lines)
    lines, line = [], first_line
    while len(lines) < n_good:
        if line not in skipped:
            lines.append(line)
        line += 1
    return lines


def _read_jsonl_fast(text: str) -> ReadResult | None:
    """Arrow's JSON reader for well-formed files; None sends the file to the careful reader."""
    if "\n\n" in text or text.startswith("\n") or "\r" in text:
        return None
    data = text.encode("utf-8")
    try:
        table = pajson.read_json(io.BytesIO(data))
        inferred_times = [f.name for f in table.schema if pa.types.is_timestamp(f.type) or pa.types.is_date(f.type)]
        if inferred_times:  # Arrow would shift offset timestamps to naive UTC: keep their text instead
            keep_text = pa.schema([(name, pa.string()) for name in inferred_times])
            table = pajson.read_json(io.BytesIO(data), parse_options=pajson.ParseOptions(explicit_schema=keep_text))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    names = [name.strip().lower() for name in table.column_names]
    if len(set(names)) != len(names) or any(_nested(t) for t in table.schema.types):
        return None
    columns = {name: _text_column(column) for name, column in zip(names, table.columns)}
    lines = pa.array(range(1, table.num_rows + 1), pa.int64())
    return ReadResult(pa.table({**columns, "_line": lines}))


def _nested(arrow_type: pa.DataType) -> bool:
    return pa.types.is_nested(arrow_type) or pa.types.is_struct(arrow_type)


def _text_column(column: pa.ChunkedArray) -> pa.ChunkedArray:
    if pa.types.is_boolean(column.type):
        return pc.if_else(column, "true", "false")
    if pa.types.is_null(column.type):
        return pa.nulls(len(column), pa.string())
    if pa.types.is_timestamp(column.type) and column.type.tz:
        return pc.strftime(column, format="%Y-%m-%dT%H:%M:%S%z")  # Parquet: keep the instant
    return pc.cast(column, pa.string())


def _read_jsonl(text: str) -> ReadResult:
    columns: dict[str, list] = {}
    lines: list[int] = []
    bad: list[tuple[int, str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            bad.append((number, f"invalid JSON: {exc.msg}", raw))
            continue
        if not isinstance(record, dict):
            bad.append((number, "a JSON line must be an object", raw))
            continue
        record = {str(key).strip().lower(): value for key, value in record.items()}
        row = len(lines)
        for key, value in record.items():
            if key not in columns:
                columns[key] = [None] * row
            columns[key].append(_as_text(value))
        lines.append(number)
        for values in columns.values():
            if len(values) < len(lines):
                values.append(None)
    if not columns and not bad:
        raise FileRejected("no JSON records")
    table = pa.table({name: pa.array(values, pa.string()) for name, values in columns.items()})
    return ReadResult(table.append_column("_line", pa.array(lines, pa.int64())), bad)


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_parquet(path: Path) -> ReadResult:
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise FileRejected(f"not readable as Parquet: {exc}") from exc
    columns = {}
    for name, column in zip(table.column_names, table.columns):
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        columns[name.strip().lower()] = _text_column(column)
    lines = pa.array(range(1, table.num_rows + 1), pa.int64())
    return ReadResult(pa.table({**columns, "_line": lines}), [])
