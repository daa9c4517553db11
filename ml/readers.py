"""A small reader for landing files: CSV (`,` `;` or tab; UTF-8 with or without BOM, or
cp1252), JSON Lines and Parquet, each optionally gzip-compressed. Column names are
lower-cased. Used by `train_from_landing`; the warehouse path reads `raw.*` instead.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pandas as pd


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _read_csv(text: str) -> pd.DataFrame:
    sample = text[:64_000]
    try:
        delimiter = csv.Sniffer().sniff(sample.splitlines()[0] if sample else ",", delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    return pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, na_values=[""])


def read_file(path: Path, lower_columns: bool = True) -> pd.DataFrame:
    """One landing file as a DataFrame of strings (Parquet keeps its types)."""
    raw = path.read_bytes()
    name = path.name.lower()
    if name.endswith(".gz"):
        raw, name = gzip.decompress(raw), name[:-3]
    if name.endswith(".parquet"):
        frame = pd.read_parquet(io.BytesIO(raw))
    elif name.endswith((".jsonl", ".json", ".ndjson")):
        frame = pd.read_json(io.StringIO(_decode(raw)), lines=True, dtype=False)
    else:
        frame = _read_csv(_decode(raw))
    return frame.rename(columns=lambda c: str(c).strip().lower()) if lower_columns else frame


def read_folder(folder: Path) -> pd.DataFrame:
    """All files of one landing folder concatenated, in file-name order (later files win
    where callers keep the last row)."""
    files = sorted(p for p in folder.glob("*") if p.is_file() and not p.name.startswith("."))
    frames = [read_file(p) for p in files]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
