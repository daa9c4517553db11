"""What one `dbt build` costs beyond its SQL, kept small: the dbt CLI resource, its arguments, the
metadata analysts see on each dbt asset, and the invocation's target folder.

Through plain dagster-dbt each invocation also paid for `dbt --version` (once per run), a dbt
adapter set up inside the run's process, and, after dbt exited, a row count query per table plus
sqlglot column lineage per model through that adapter (lineage failed on many models, a traceback
each). Here the adapter is not set up, and the row counts and column schemas of the relations this
invocation built come from two queries on one DuckDB connection. Partial parsing needs nothing of
ours: dagster-dbt copies the project's target/partial_parse.msgpack into each invocation's folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from dagster import AssetMaterialization, Config, MetadataValue, Output, TableColumn, TableSchema
from dagster_dbt import DbtCliResource
from packaging.version import Version
from pydantic import model_validator

KEEP_FAILED_DAYS = 7
# dbt's unit tests check SQL logic on fixed fixtures, not the night's data: they run in CI (`make test`
# builds with plain `dbt build`), and dbt advises against running them in production.
NIGHT_BUILD_ARGS = ("--exclude-resource-type", "unit_test")
_INVOCATION_FOLDER = re.compile(r".+-[0-9a-f]{7}-[0-9a-f]{7}")  # <op name>-<run id>-<invocation id>


class NightDbtCli(DbtCliResource):
    """dagster-dbt's CLI resource without the two things this project does not use.

    `_cli_version`: dagster-dbt runs `dbt --version` (a full dbt start, ~3 s) once per run to tell
    dbt Core from Fusion; the dbt Core installed beside this Python is what `signalchain-dbt` runs.
    `_initialize_dbt_core_adapter`: the in-process adapter (~3 s for the first invocation of a run)
    only serves dagster-dbt's `fetch_row_counts` and `fetch_column_metadata`, which
    `with_table_metadata` replaces. Both are private to the pinned dagster-dbt (<0.30).
    """

    warehouse: str  # the DuckDB file dbt builds (the profile reads the same setting), for the metadata

    @cached_property
    def _cli_version(self) -> Version:
        return Version(installed_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


class DbtWindow(Config):
    """A backfill window for dbt: ISO dates, end exclusive. Left empty, the night is the usual
    incremental one; set, the incremental models rebuild the rows dated inside it (dbt vars
    `backfill_start` and `backfill_end`, macro `backfill_window` in dbt_project/macros/)."""

    backfill_start: str | None = None
    backfill_end: str | None = None

    @model_validator(mode="after")
    def _both_or_neither(self) -> DbtWindow:
        if (self.backfill_start is None) != (self.backfill_end is None):
            raise ValueError("give both backfill_start and backfill_end, or neither")
        if self.backfill_start is not None and date.fromisoformat(self.backfill_start) >= date.fromisoformat(
                self.backfill_end):
            raise ValueError("backfill_start must come before backfill_end (the end is exclusive)")
        return self

    def dbt_vars(self) -> list[str]:
        if self.backfill_start is None:
            return []
        return ["--vars", json.dumps({"backfill_start": self.backfill_start, "backfill_end": self.backfill_end})]


def _relation(node: Mapping[str, Any]) -> tuple[str, str]:
    return node["schema"], node["alias"]


def _quoted(schema: str, name: str) -> str:
    return '"{}"."{}"'.format(schema.replace('"', '""'), name.replace('"', '""'))


def _node_of(event, manifest: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if not isinstance(event, (Output, AssetMaterialization)) or "unique_id" not in event.metadata:
        return None
    return manifest["nodes"].get(event.metadata["unique_id"].value)


def with_table_metadata(events: Sequence, manifest: Mapping[str, Any], con) -> list:
    """The events, each built relation's one with `dagster/row_count` (tables and seeds, not views,
    whose count would run their query) and `dagster/column_schema` (the columns as built, with
    their dbt docs). Two queries on `con`, for the relations of these events only."""
    nodes = [node for node in (_node_of(event, manifest) for event in events) if node is not None]
    if not nodes:
        return list(events)
    columns = _columns(con, {_relation(node) for node in nodes})
    tables = sorted({_relation(node) for node in nodes if node["config"].get("materialized") != "view"})
    counts = _row_counts(con, tables)
    enriched = []
    for event in events:
        node = _node_of(event, manifest)
        if node is None or _relation(node) not in columns:
            enriched.append(event)
            continue
        docs = {name.lower(): column.get("description") or None for name, column in node.get("columns", {}).items()}
        schema = TableSchema(columns=[TableColumn(name=name, type=data_type, description=docs.get(name.lower()))
                                      for name, data_type in columns[_relation(node)]])
        extra = {"dagster/column_schema": MetadataValue.table_schema(schema)}
        if _relation(node) in counts:
            extra["dagster/row_count"] = MetadataValue.int(counts[_relation(node)])
        enriched.append(event.with_metadata({**event.metadata, **extra}))
    return enriched


def _columns(con, relations: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    relations = sorted(relations)
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    rows = con.execute(f"""
        SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
        WHERE table_catalog = current_database()
          AND (table_schema, table_name) IN ({", ".join("(?, ?)" for _ in relations)})
        ORDER BY table_schema, table_name, ordinal_position""", [part for pair in relations for part in pair]).fetchall()
    for schema, table, column, data_type in rows:
        found.setdefault((schema, table), []).append((column, data_type))
    return found


def _row_counts(con, tables: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    if not tables:
        return {}
    union = " UNION ALL ".join(f"SELECT {i} AS i, count(*) AS n FROM {_quoted(*table)}" for i, table in enumerate(tables))
    return {tables[i]: n for i, n in con.execute(union).fetchall()}


def keep_partial_parse(invocation_target: Path, project_target: Path) -> None:
    """Make this invocation's parse state the project's, for the next invocation to start from.

    dagster-dbt starts each invocation from the project's target/partial_parse.msgpack. dbt throws that
    state away when the profile it was made with differs (another warehouse path: a test, a second
    setup), and then parses the whole project again, ~3 s an invocation, every night until the project
    is prepared again. Replaced atomically: another run may be reading it."""
    state = invocation_target / "partial_parse.msgpack"
    if not state.exists():
        return
    staged = project_target / f".partial_parse.{os.getpid()}.msgpack"
    shutil.copyfile(state, staged)
    os.replace(staged, project_target / state.name)


def clean_target(target: Path, succeeded: bool, keep_failed_days: int = KEEP_FAILED_DAYS) -> None:
    """dagster-dbt gives each invocation a target folder of its own (~12 MB: manifest, run results,
    compiled SQL, dbt.log). A successful one is removed; a failed one stays `keep_failed_days` for
    debugging, and older folders of earlier invocations beside it are removed. The project's own
    target/ files (manifest.json that Dagster reads, partial_parse.msgpack) are never touched."""
    if succeeded:
        shutil.rmtree(target, ignore_errors=True)
    cutoff = time.time() - keep_failed_days * 86400
    for folder in target.parent.iterdir():
        try:
            if _INVOCATION_FOLDER.fullmatch(folder.name) and folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except FileNotFoundError:
            continue  # another run's clean-up got there first
