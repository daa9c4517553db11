"""Publish one night: build the database aside, export its tables and views to Parquet, then swap
both in with the manifest (layout.py). A night with a failed blocking check publishes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from signalchain.publication.build import Built, build_database, export_order
from signalchain.publication.catalog import PUBLISHED_SCHEMA, read_catalog
from signalchain.publication.layout import Publication
from signalchain.publication.manifest import CHECKS_TABLE, PUBLISHED_TABLE, NightFacts, manifest_of


class BlockingCheckFailed(RuntimeError):
    """The night has a failed blocking check: the last good publication stays."""


@dataclass(frozen=True)
class Published:
    built: Built
    manifest: dict
    publication: Publication


def publish_night(warehouse: Path, folder: Path, dbt_manifest: Path, night: NightFacts) -> Published:
    failures = night.blocking_failures
    if failures:
        raise BlockingCheckFailed("not published, the last good publication stays: blocking checks failed: "
                                  + ", ".join(f"{check.asset}: {check.check_name}" for check in failures))
    publication = Publication(Path(folder))
    staging = publication.staging_database()
    built = build_database(Path(warehouse), staging, read_catalog(dbt_manifest), night)
    snapshot = publication.staging_snapshot(night.run_id)
    with duckdb.connect(str(staging), read_only=True) as con:
        for name in [*built.tables, *built.views, PUBLISHED_TABLE, CHECKS_TABLE]:
            con.execute(f"COPY (SELECT * FROM {PUBLISHED_SCHEMA}.\"{name}\"{export_order(built, name)}) TO '{snapshot / name}.parquet' "
                        "(FORMAT parquet, COMPRESSION zstd)")
        data_up_to = con.execute(f"SELECT data_up_to FROM {PUBLISHED_SCHEMA}.{PUBLISHED_TABLE}").fetchone()[0]
    manifest = manifest_of(night, built.tables, built.views, None if data_up_to is None else data_up_to.isoformat())
    publication.swap_in(staging, snapshot, manifest)
    return Published(built, manifest, publication)
