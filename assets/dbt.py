"""The dbt project as Dagster assets: seeds, staging, intermediate and marts, with dbt tests as checks.

One DbtProject, prepared once at import. Asset groups follow the dbt folders; dbt sources map
to the Python assets that write them (`raw/<source>` from ingest, `ml/contact_signal_tags`
from tagging), so the graph reads landing -> raw -> staging -> int_contact_texts -> tagging ->
signal assignment -> marts.
"""


import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetKey
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"
_GENERATED = {"target", "logs", "dbt_packages"}


def _dbt_executable() -> str:
    """The dbt installed next to this Python (also when its venv is not activated), else dbt on PATH.

    That folder also goes on PATH, because dagster-dbt's project preparer runs plain `dbt`.
    """
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "dbt").exists():
        return shutil.which("dbt") or "dbt"
    if str(bin_dir) not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])
    return str(bin_dir / "dbt")


DBT_EXECUTABLE = _dbt_executable()


def _manifest_is_stale(project: DbtProject) -> bool:
    """True when manifest.json is missing or older than any source file of the dbt project."""
    if not project.manifest_path.exists():
        return True
    built = project.manifest_path.stat().st_mtime
    return any(
        path.stat().st_mtime > built
        for path in project.project_dir.rglob("*")
        if path.is_file() and not _GENERATED & set(path.relative_to(project.project_dir).parts)
    )


def _prepared(project: DbtProject) -> DbtProject:
    if _manifest_is_stale(project):
        project.preparer.prepare(project)
    else:
        project.prepare_if_dev()
    return project


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
    """`dbt build` of the selected models, seeds and tests, streaming results as they finish."""
    yield from dbt.cli(["build"], context=context).stream()


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


dbt_assets_defs = [signalchain_dbt_assets]
