"""The organisation's seed folder, the root the dbt seeds load from.

dbt loads the seed CSVs as they are and tests them once loaded. Reading them first names the file
when one is missing or unreadable, before any table is touched, and records each file's fingerprint,
so an analyst sees in the UI which configuration a night ran with.

It also decides how many `dbt build`s a night takes. Dagster runs a dbt multi-asset in one step per
distance from the job's Python roots; the raw tables are such roots, and with the seeds a root of
their own, seeds and staging were two steps, two dbt starts. Behind this asset the seeds are as far
from the roots as the staging of the raw tables, and one `dbt build` loads both (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import csv
import hashlib

from dagster import AssetKey, Failure, MaterializeResult, MetadataValue, asset

from signalchain.seeds import CLEANING, read_seed
from signalchain.settings import seeds_dir

SEED_FOLDER = AssetKey(["seeds", "folder"])


@asset(key=SEED_FOLDER, group_name="seeds", kinds={"csv"},
       description="The organisation's seed folder (the seeds setting): every seed file read as its staging "
                   "model cleans it, with its rows and fingerprint. The dbt seeds load from it.")
def seed_folder() -> MaterializeResult:
    folder = seeds_dir()
    rows, fingerprints = {}, {}
    for name in CLEANING:
        path = folder / f"{name}.csv"
        try:
            rows[name] = len(read_seed(name, folder))
            fingerprints[name] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        except (OSError, ValueError, csv.Error) as exc:
            raise Failure(f"seed file {path}: {type(exc).__name__}: {exc}") from exc
    return MaterializeResult(metadata={"folder": MetadataValue.path(str(folder)), "rows": MetadataValue.json(rows),
                                       "fingerprints": MetadataValue.json(fingerprints)})


seed_assets = [seed_folder]
