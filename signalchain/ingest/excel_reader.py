"""Reading an Excel workbook (.xlsx, .xls, .xlsm, .ods) with python-calamine: the first sheet, or the
sheet the folder's mapping names.

Values become text as the other readers give them: dates as Excel stores them become ISO dates and
times (naive, so Europe/Amsterdam unless the mapping says otherwise), whole numbers lose Excel's
`.0`, booleans are true/false. The header is the sheet's first row; `_line` is the row number
Excel shows. Empty rows are skipped like blank CSV lines; a row with values beyond the header's
columns is quarantined with the reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
from python_calamine import CalamineWorkbook

from signalchain.ingest.files import FileRejected
from signalchain.ingest.read_result import ReadResult


def read_excel(path: Path, sheet: str | None = None) -> ReadResult:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types per format
        raise FileRejected(f"not readable as a workbook: {exc}") from exc
    if sheet is not None and sheet not in workbook.sheet_names:
        raise FileRejected(f"no sheet named '{sheet}'; sheets: {', '.join(workbook.sheet_names)}")
    if not workbook.sheet_names:
        raise FileRejected("the workbook has no sheets")
    worksheet = workbook.get_sheet_by_name(sheet or workbook.sheet_names[0])
    rows = worksheet.to_python(skip_empty_area=False)
    if not rows or not any(_text(v) for v in rows[0]):
        raise FileRejected("empty sheet (no header)")
    names = [(_text(v) or "").strip().lower() for v in rows[0]]
    width = max(i for i, n in enumerate(names) if n) + 1
    names = names[:width]
    good, lines, bad = [], [], []
    for number, row in enumerate(rows[1:], start=2):
        values = [_text(v) for v in row]
        if not any(values):
            continue
        if any(values[width:]):
            filled = width + max(i for i, v in enumerate(values[width:]) if v) + 1
            bad.append((number, f"expected {width} fields, found {filled}", "\t".join(v or "" for v in values)))
            continue
        good.append(values[:width] + [""] * (width - len(values)))
        lines.append(number)
    columns = [pa.array([row[i] for row in good], pa.string()) for i in range(width)]
    table = pa.Table.from_arrays([*columns, pa.array(lines, pa.int64())], names=[*names, "_line"])
    return ReadResult(table, bad)


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(int(value.total_seconds()))
    return str(value)
