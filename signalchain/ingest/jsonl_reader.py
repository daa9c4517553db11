"""Reading a JSON Lines file: Arrow's reader when the file is well-formed, else line by line."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.json as pajson

from signalchain.ingest.files import FileRejected
from signalchain.ingest.read_result import ReadResult, is_nested, numbered, text_column


def read_jsonl(data: bytes) -> ReadResult:
    """`data` is UTF-8 without a byte order mark (files.utf8_bytes)."""
    return _read_fast(data) or _read_careful(data.decode("utf-8"))


def _read_fast(data: bytes) -> ReadResult | None:
    """None sends the file to the careful reader: blank lines, nested values, or any doubt."""
    if b"\n\n" in data or data.startswith(b"\n") or b"\r" in data:
        return None
    try:
        times = _time_columns(data)
        table = pajson.read_json(io.BytesIO(data), parse_options=_keep_text(times))
        late_times = _time_columns_of(table.schema)
        if late_times:  # Arrow would shift offset timestamps to naive UTC: keep their text instead
            table = pajson.read_json(io.BytesIO(data), parse_options=_keep_text(times + late_times))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    physical_lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    names = [name.strip().lower() for name in table.column_names]
    if (table.num_rows != physical_lines or len(set(names)) != len(names)
            or any(is_nested(t) for t in table.schema.types)):
        return None
    columns = {name: text_column(column) for name, column in zip(names, table.columns)}
    return ReadResult(pa.table({**columns, "_line": numbered(table.num_rows)}))


def _time_columns(data: bytes) -> list[str]:
    """The fields Arrow infers as times in the file's first lines, so that one read keeps their text."""
    head = data[:data.rfind(b"\n", 0, 1 << 16) + 1] or data
    try:
        return _time_columns_of(pajson.read_json(io.BytesIO(head)).schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return []


def _time_columns_of(schema: pa.Schema) -> list[str]:
    return [f.name for f in schema if pa.types.is_timestamp(f.type) or pa.types.is_date(f.type)]


def _keep_text(names: list[str]) -> pajson.ParseOptions:
    return pajson.ParseOptions(explicit_schema=pa.schema([(name, pa.string()) for name in names]))


def _read_careful(text: str) -> ReadResult:
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
