"""Reading a JSON Lines file: Arrow's reader when the file is well-formed, else line by line."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.json as pajson

from signalchain.ingest.files import FileRejected
from signalchain.ingest.read_result import ReadResult, is_nested, text_column


def read_jsonl(text: str) -> ReadResult:
    return _read_fast(text) or _read_careful(text)


def _read_fast(text: str) -> ReadResult | None:
    """None sends the file to the careful reader: blank lines, nested values, or any doubt."""
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
    physical_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    names = [name.strip().lower() for name in table.column_names]
    if (table.num_rows != physical_lines or len(set(names)) != len(names)
            or any(is_nested(t) for t in table.schema.types)):
        return None
    columns = {name: text_column(column) for name, column in zip(names, table.columns)}
    lines = pa.array(range(1, table.num_rows + 1), pa.int64())
    return ReadResult(pa.table({**columns, "_line": lines}))


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
