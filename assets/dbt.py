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

import duckdb
from dagster import AssetDep, AssetExecutionContext, AssetKey, AssetSpec, EnvVar
from dagster_dbt import DagsterDbtTranslator, DbtProject, dbt_assets

from assets.dbt_invocation import (NIGHT_BUILD_ARGS, DbtWindow, NightDbtCli, clean_target, keep_partial_parse,
                                   with_table_metadata)
from assets.seeds import SEED_FOLDER
from signalchain.dbt_child import wrapper_executable
from signalchain.settings import DBT_PROJECT_DIR, WAREHOUSE, apply_defaults, dbt_executable

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
dbt_executable()  # before preparing: it puts dbt's folder on PATH for the preparer, which runs plain `dbt`
dbt_project = _prepared(DbtProject(project_dir=DBT_PROJECT_DIR))


class SignalchainDbtTranslator(DagsterDbtTranslator):
    """Model keys are their names; sources are keyed [source, table]; groups are dbt folders; seeds
    depend on the seed folder they load (assets/seeds.py)."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if unique_id.startswith("seed."):
            return spec.replace_attributes(deps=[*spec.deps, AssetDep(SEED_FOLDER)])
        return spec

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
def signalchain_dbt_assets(context: AssetExecutionContext, dbt: NightDbtCli, config: DbtWindow) -> Iterator:
    """`dbt build` of the selected models, seeds and tests (with a backfill window when the run config
    gives one), each built table's row count and every built model's column schema as metadata for
    the Dagster UI (assets/dbt_invocation.py). DuckDB lets no other process read while dbt writes,
    so the events arrive together once dbt has exited; a failed dbt still reports what it built."""
    invocation = dbt.cli(["build", *NIGHT_BUILD_ARGS, *config.dbt_vars()], context=context, raise_on_error=False)
    try:
        events = list(invocation.stream())
    except BaseException:
        invocation.process.kill()  # a step that fails while reading dbt's output leaves no dbt writing on
        raise
    with duckdb.connect(dbt.warehouse) as con:
        events = with_table_metadata(events, invocation.manifest, con)
    yield from events
    succeeded = invocation.is_successful()
    if succeeded:
        keep_partial_parse(invocation.target_path, Path(dbt_project.project_dir) / dbt_project.target_path)
    clean_target(invocation.target_path, succeeded)
    if not succeeded:
        raise invocation.get_error()


def dbt_resource() -> NightDbtCli:
    """dbt through `signalchain-dbt`, so that dbt stops when the run's process dies (signalchain/dbt_child.py)."""
    return NightDbtCli(project_dir=dbt_project, dbt_executable=wrapper_executable(),
                       warehouse=EnvVar(WAREHOUSE.variable))


dbt_assets_defs = [signalchain_dbt_assets]
