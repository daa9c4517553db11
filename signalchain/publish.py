"""The one writer of the CSV files the product publishes for people (review queue, tagged files).

A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return runs as a formula when the
file is opened in Excel or LibreOffice (CSV injection). Such text cells get a leading `'`, the
OWASP rule: the spreadsheet shows the text as text, and a reader of the raw file sees one
extra character. Numbers are left alone, so a negative amount stays a number. Lines end in CRLF
(RFC 4180), which also makes the writer quote a text that holds a lone carriage return instead of
breaking the row there.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as it is safe to publish."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write `frame` as UTF-8 CSV with every text cell neutralised; the folder is created."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    safe.to_csv(path, index=False, lineterminator="\r\n")
    return path
