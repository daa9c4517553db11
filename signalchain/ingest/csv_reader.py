"""Reading a CSV file so that every physical record is accounted for.

A quoting error does not make a CSV parser fail: one unbalanced quote makes it read the lines
that follow as part of one field, until the next quote, and those rows vanish without a trace.
So the rows read are counted apart from the parser that loads them (csv_lines.py, over the
bytes). The fast path (Arrow) is taken only when its records match the file's non-empty lines one
to one, or match the file's quote-aware records one to one and every record that runs over more
than one line reads as exactly one well-quoted record on its own. Otherwise a second, strict pass
with Python's csv module reads record by record, knowing which physical lines each record spans. A quote that opens a field and never closes properly (the next quote in the file is
followed by more text, or the file ends) is a quoting error: each line the field ran over is
quarantined with the reason. A legitimate multi-line note stays one row.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from signalchain.ingest.csv_lines import physical_lines, quoted_records
from signalchain.ingest.files import FileRejected
from signalchain.ingest.read_result import ReadResult

DELIMITERS = (",", ";", "\t")


def read_csv(data: bytes) -> ReadResult:
    """`data` is UTF-8 without a byte order mark (files.utf8_bytes)."""
    end = data.find(b"\n")
    header = (data if end < 0 else data[:end]).decode("utf-8").rstrip("\r")
    delimiter = _sniff_delimiter(header)
    names = [n.strip().lower() for n in next(csv.reader([header], delimiter=delimiter))]
    if not any(names):
        raise FileRejected("no column names in the first line")
    table = _read_fast(data, names, delimiter)
    if table is not None:
        lines = physical_lines(data)
        if table.num_rows != len(lines):
            lines = _quoted_lines(data, names, delimiter, table.num_rows)
        if lines is not None:
            return ReadResult(table.append_column("_line", pa.array(lines, pa.int64())))
    return _read_strict(data.decode("utf-8"), names, delimiter)


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_fast(data: bytes, names: list[str], delimiter: str) -> pa.Table | None:
    """Arrow's reader, or None when it found a record it could not split into the columns."""
    invalid: list[object] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pa.ArrowInvalid:
        return None
    return None if invalid else table


def _quoted_lines(data: bytes, names: list[str], delimiter: str, rows: int) -> np.ndarray | None:
    """The start lines of the quote-aware records, when they are Arrow's `rows` records and each
    record over several lines is one well-quoted record (a broken quote is not)."""
    records = quoted_records(data)
    if len(records.lines) != rows:
        return None
    for start, end in records.spans:
        text = data[start:end].decode("utf-8")
        try:
            parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        except csv.Error:
            return None
        if len(parsed) != 1 or len(parsed[0]) != len(names):
            return None
    return records.lines
def _read_strict(text: str, names: list[str], delimiter: str) -> ReadResult:
    physical = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    next(reader)
    good: list[list[str]] = []
    good_lines: list[int] = []
    bad: list[tuple[int, str, str]] = []
    last = reader.line_num
    while True:
        first = last + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            last = reader.line_num
            bad.extend(_quoting_error(physical, first, last, str(exc)))
            continue
        last = reader.line_num
        if not fields:
            continue
        if len(fields) != len(names):
            record = "\n".join(line.rstrip("\r") for line in physical[first - 1:last])
            bad.append((first, f"expected {len(names)} fields, found {len(fields)}", record))
        else:
            good.append(fields)
            good_lines.append(first)
    columns = [pa.array([row[i] for row in good], pa.string()) for i in range(len(names))]
    table = pa.Table.from_arrays([*columns, pa.array(good_lines, pa.int64())], names=[*names, "_line"])
    return ReadResult(table, bad)


def _quoting_error(physical: list[str], first: int, last: int, error: str) -> list[tuple[int, str, str]]:
    """Every non-empty line a broken quoted field ran over, each with the same reason."""
    span = f"lines {first}-{last}" if last > first else f"line {first}"
    reason = f"unbalanced quote: the quoted field opened on line {first} does not close properly ({error}); " \
             f"{span} quarantined"
    lines = [(first + i, line.rstrip("\r")) for i, line in enumerate(physical[first - 1:last])]
    return [(number, reason, line) for number, line in lines if line]
