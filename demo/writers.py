"""Writing landing files in the formats real exports come in. Byte-deterministic for the same input."""

from __future__ import annotations

import gzip
from json.encoder import encode_basestring
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def excel_csv(frame: pd.DataFrame, path: Path) -> None:
    """`;`-separated Windows-1252 with CRLF line ends, as Dutch Excel saves 'CSV (puntkomma)'."""
    text = frame.to_csv(sep=";", index=False, lineterminator="\r\n")
    path.write_bytes(text.encode("cp1252"))


def bom_csv(frame: pd.DataFrame, path: Path) -> None:
    """Comma-separated UTF-8 with a byte-order mark."""
    path.write_bytes(b"\xef\xbb\xbf" + frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def plain_csv(frame: pd.DataFrame, path: Path) -> None:
    path.write_bytes(frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def json_lines(frame: pd.DataFrame, path: Path, compress: bool = False) -> None:
    """One JSON object per line; missing values are left out of the object, as many exporters do."""
    encoded = {c: [None if v is None or v != v else f'"{c}": {encode_basestring(str(v))}' for v in frame[c].tolist()]
               for c in frame.columns}
    lines = ["{" + ", ".join(v for v in row if v is not None) + "}" for row in zip(*encoded.values())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)


def parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def _chars(times: pd.Series) -> np.ndarray:
    """Local wall-clock times as an (n, 19) array of characters 'yyyy-mm-ddThh:mm:ss'."""
    local = times.dt.tz_localize(None).to_numpy().astype("datetime64[s]")
    return np.datetime_as_string(local, unit="s").astype("U19").view("U1").reshape(-1, 19)


def _join(columns: list) -> np.ndarray:
    """Glue character columns (arrays of shape (n,) or constants) into one string per row."""
    n = len(next(c for c in columns if not isinstance(c, str)))
    parts = [np.full(n, c, dtype="U1") if isinstance(c, str) else c for c in columns]
    chars = np.ascontiguousarray(np.stack(parts, axis=1))
    return chars.view(f"U{chars.shape[1]}").ravel().astype(object)


def dutch_minutes(times: pd.Series) -> np.ndarray:
    """dd-mm-yyyy hh:mm in local time, as Dutch Excel shows a timestamp."""
    c = _chars(times)
    return _join([c[:, 8], c[:, 9], "-", c[:, 5], c[:, 6], "-", *c[:, 0:4].T, " ", *c[:, 11:16].T])


def local_iso(times: pd.Series, separator: str = "T") -> np.ndarray:
    """yyyy-mm-ddThh:mm:ss in local time, without an offset."""
    c = _chars(times)
    return _join([*c[:, 0:10].T, separator, *c[:, 11:19].T])


def iso_with_offset(times: pd.Series) -> np.ndarray:
    """2026-03-05T09:12:33+01:00 from tz-aware times."""
    local = times.dt.tz_localize(None).to_numpy().astype("datetime64[s]")
    utc = times.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[s]")
    hours = ((local - utc).astype(np.int64) // 3600).astype(np.int64)
    offset = np.array([f"{h:+03d}:00" for h in range(-12, 15)], dtype=object)[hours + 12]
    return local_iso(times) + offset


def month_groups(times: pd.Series) -> dict[str, np.ndarray]:
    """Row positions per calendar month (local time), keyed 'yyyy-mm', in month order."""
    months = times.dt.tz_localize(None).to_numpy().astype("datetime64[M]")
    keys, inverse = np.unique(months, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.cumsum(np.bincount(inverse, minlength=len(keys)))[:-1]
    return {str(k): rows for k, rows in zip(np.datetime_as_string(keys, unit="M"), np.split(order, bounds))}
