"""Finding landing files, fingerprinting them and opening them (optionally gzip-compressed)."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from pathlib import Path

FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet",
           ".xlsx": "excel", ".xlsm": "excel", ".xls": "excel", ".ods": "excel"}


class FileRejected(Exception):
    """The whole file cannot be used; the message says why (the caller adds the file name)."""


def landing_files(landing_dir: Path, source: str) -> list[Path]:
    """The files of one source folder, in a stable order (name order = delivery order)."""
    folder = Path(landing_dir) / source
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def file_format(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise FileRejected(f"unsupported file type '{''.join(path.suffixes) or '(none)'}'; "
                           "expected .csv, .tsv, .txt, .jsonl, .parquet (optionally .gz), .xlsx, .xls or .ods")
    return fmt


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped when it is gzip-compressed (by magic number, not name)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise FileRejected(f"corrupt gzip data: {exc}") from exc
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Dutch Excel writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise FileRejected(f"text is neither UTF-8 nor Windows-1252: {exc}") from exc


def utf8_bytes(data: bytes) -> bytes:
    """The text of `data` as UTF-8 bytes without a byte order mark, by decode_text's rule; UTF-8
    input comes back as it is, so the readers parse it without a copy."""
    text = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(data).encode("utf-8")
    return text
