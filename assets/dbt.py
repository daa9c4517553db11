"""The dbt project as Dagster assets, with dbt tests as asset checks.

One DbtProject, prepared once at import. Asset groups are the dbt folders below `models/`
(seeds are `seeds`); dbt sources map to the Python assets that write them (`raw/<source>` from
ingest, `ml/contact_signal_tags` from tagging), so the groups read in the order data flows:
raw -> staging -> intermediate -> ml -> placement -> marts -> metrics (docs/ARCHITECTURE.md).
"""


import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetKey
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from signalchain.settings import DBT_PROJECT_DIR, apply_defaults, dbt_executable

_GENERATED = {"target", "logs", "dbt_packages"}


def _source_files(project_dir: Path) -> Iterator[Path]:
    """Every file of the dbt project but what dbt generates (target/ alone can hold thousands)."""
    for folder, subfolders, files in os.walk(project_dir):
        subfolders[:] = [name for name in subfolders if name not in _GENERATED]
        yield from (Path(folder) / name for name in files)


def _manifest_is_stale(project: DbtProject) -> bool:
    """True when manifest.json is missing or older than any source file of the dbt project."""
    if not project.manifest_path.exists():
        return True
    built = project.manifest_path.stat().st_mtime
    return any(path.stat().st_mtime > built for path in _source_files(Path(project.project_dir)))


def _prepared(project: DbtProject) -> DbtProject:
    if _manifest_is_stale(project):
        project.preparer.prepare(project)
    else:
        project.prepare_if_dev()
    return project


apply_defaults()  # dbt parses the project here, at import, in a child process that reads the settings
DBT_EXECUTABLE = dbt_executable()  # before preparing: it also puts dbt's folder on PATH for the preparer
dbt_project = _prepared(DbtProject(project_dir=DBT_PROJECT_DIR))


class SignalchainDbtTranslator(DagsterDbtTranslator):
    """Model keys are their names; sources are keyed [source, table]; groups are dbt folders."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return AssetKey([dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        folders = dbt_resource_props["fqn"][1:-1]  # fqn = [project, folder, ..., name]
        return folders[0] if folders else None


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=SignalchainDbtTranslator())
def signalchain_dbt_assets(context: AssetExecutionContext, dbt: DbtCliResource) -> Iterator:
    """`dbt build` of the selected models, seeds and tests, with each table's row count and every
    model's column schema (and column lineage) as metadata for the Dagster UI. On DuckDB dagster-dbt
    fetches them once dbt has exited and released the file, so the results arrive together at the end."""
    try:
        yield from dbt.cli(["build"], context=context).stream().fetch_row_counts().fetch_column_metadata()
    finally:
        _release_warehouse()


def _release_warehouse() -> None:
    """Close the warehouse connection that dbt-duckdb's adapter keeps in this process once dagster-dbt
    has fetched the metadata through it; left open, a later read-only connection in the same process
    (the night's summary, the publication) fails with "different configuration"."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with DuckDBConnectionManager._LOCK:
        if DuckDBConnectionManager._ENV is not None:
            DuckDBConnectionManager._ENV.close()
    DuckDBConnectionManager.close_all_connections()


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


dbt_assets_defs = [signalchain_dbt_assets]
