"""Landing-format files as DataFrames, for `signalchain tag` and the benchmark scripts.

The formats are the ingest's (signalchain/ingest/readers.py: CSV with `,` `;` or tab in UTF-8 or
cp1252, JSON Lines, Parquet, optionally gzip), read by the same code, so a file the pipeline accepts
is a file the command line accepts. Column names are lower-cased, values are text, empty fields
missing. A file or row that cannot be read stops the command with its file, line and reason: a
tagged output file must match its input row for row.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from signalchain.ingest.files import FileRejected, landing_files
from signalchain.ingest.readers import read_file as read_landing_file


def read_file(path: Path) -> pd.DataFrame:
    try:
        result = read_landing_file(Path(path))
    except FileRejected as exc:
        raise ValueError(f"{path}: {exc}") from exc
    if result.bad_rows:
        line, reason, _ = result.bad_rows[0]
        raise ValueError(f"{path}, line {line}: {reason} ({len(result.bad_rows)} unreadable rows in all)")
    frame = result.table.drop_columns(["_line"]).to_pandas()
    return frame.where(frame != "", None)  # an empty field is a missing value, as in the warehouse


def read_folder(folder: Path) -> pd.DataFrame:
    """All files of one landing folder concatenated, in file-name order (later files win
    where callers keep the last row)."""
    frames = [read_file(p) for p in landing_files(Path(folder).parent, Path(folder).name)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
