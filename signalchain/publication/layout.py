"""The files of the publication in the publish folder, and how a new one replaces the last.

    signalchain.duckdb      the database BI tools open (read-only): schema `marts` only
    parquet -> snapshots/<run id>/   one Parquet file per table and view, for tools without DuckDB
    manifest.json           which night it is: run id, built at, data up to, checks, tables

A new publication is written beside the current one and then moved in with `os.replace` (the
database and the manifest) and a symlink swap (the Parquet folder); each is one atomic rename. A
reader that holds the previous database keeps its open file, and so its consistent snapshot, while
a new connection opens the new file; the writer never waits for a reader's lock. The previous
Parquet snapshot stays until the next publication, for readers that are still scanning it. When
the night fails before it publishes, none of these files is touched.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

DATABASE = "signalchain.duckdb"
PARQUET = "parquet"
SNAPSHOTS = "snapshots"
MANIFEST = "manifest.json"
KEEP_SNAPSHOTS = 2  # the current one and the one a slow reader may still be scanning


@dataclass(frozen=True)
class Publication:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    @property
    def parquet(self) -> Path:
        return self.folder / PARQUET

    @property
    def manifest_file(self) -> Path:
        return self.folder / MANIFEST

    def staging_database(self) -> Path:
        """Where the next database is built; an unfinished one from a killed run is thrown away."""
        self.folder.mkdir(parents=True, exist_ok=True)
        staging = self.folder / f".{DATABASE}.building"
        for leftover in (staging, staging.with_name(staging.name + ".wal")):
            leftover.unlink(missing_ok=True)
        return staging

    def staging_snapshot(self, run_id: str) -> Path:
        snapshot = self.folder / SNAPSHOTS / run_id
        shutil.rmtree(snapshot, ignore_errors=True)
        snapshot.mkdir(parents=True)
        return snapshot

    def manifest(self) -> dict | None:
        """The manifest of the current publication, or None before the first."""
        if not self.manifest_file.exists():
            return None
        return json.loads(self.manifest_file.read_text(encoding="utf-8"))

    def swap_in(self, database: Path, snapshot: Path, manifest: dict) -> None:
        """Make the staged database, snapshot and manifest the current publication."""
        os.replace(database, self.database)
        link = self.folder / f".{PARQUET}.link"
        link.unlink(missing_ok=True)
        link.symlink_to(Path(SNAPSHOTS) / snapshot.name, target_is_directory=True)
        if self.parquet.exists() and not self.parquet.is_symlink():
            shutil.rmtree(self.parquet)
        os.replace(link, self.parquet)
        partial = self.folder / f".{MANIFEST}.partial"
        partial.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(partial, self.manifest_file)
        self._prune(keep=snapshot.name)

    def _prune(self, keep: str) -> None:
        snapshots = sorted((path for path in (self.folder / SNAPSHOTS).iterdir() if path.is_dir()),
                           key=lambda path: path.stat().st_mtime, reverse=True)
        for old in [path for path in snapshots if path.name != keep][KEEP_SNAPSHOTS - 1:]:
            shutil.rmtree(old, ignore_errors=True)
