"""Reading one landing file into an Arrow table of text columns.

Every reader returns the same shape (`ReadResult`): lower-cased column names, every value a
string (or null), and `_line`, the line number a person finds the row at (CSV: header is line 1;
JSON Lines: the physical line; Parquet: the row number). Rows that cannot be read come back
separately as (line, reason, raw text) so they can be quarantined. Whatever goes wrong inside a
reader rejects that one file with the reason; it never stops the other files or the night.
"""

from __future__ import annotations

from pathlib import Path

from signalchain.ingest.csv_reader import read_csv
from signalchain.ingest.excel_reader import read_excel
from signalchain.ingest.files import FileRejected, file_format, read_bytes, utf8_bytes
from signalchain.ingest.jsonl_reader import read_jsonl
from signalchain.ingest.parquet_reader import read_parquet
from signalchain.ingest.read_result import ReadResult, check_unique


def read_file(path: Path, sheet: str | None = None) -> ReadResult:
    """The file's rows as text; `sheet` names the sheet of a workbook (default: the first)."""
    fmt = file_format(path)
    try:
        result = _read(path, fmt, sheet)
    except FileRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader's crash on one file is that file's problem
        raise FileRejected(f"the {fmt} reader failed: {type(exc).__name__}: {exc}") from exc
    check_unique(result.table.column_names)
    return result


def _read(path: Path, fmt: str, sheet: str | None) -> ReadResult:
    if fmt == "parquet":
        return read_parquet(path)
    if fmt == "excel":
        return read_excel(path, sheet)
    data = utf8_bytes(read_bytes(path))
    if not data.strip():
        raise FileRejected("empty file (no header)")
    return read_csv(data) if fmt == "csv" else read_jsonl(data)
