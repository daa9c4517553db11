"""The stable column set of `marts.mart_action_effect`: name, DuckDB type, description.

The table is written by a Python asset, not by dbt, so its columns are its contract: the writer
casts every column to its type (an empty result still has all columns) and the Dagster asset
publishes the descriptions as its column schema. They are defined once, in the table's dbt docs
entry (source `metrics_python.mart_action_effect` in
`dbt_project/models/metrics/marts/_metrics__sources.yml`), and read from there.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from signalchain.settings import DBT_PROJECT_DIR

SOURCES_YML: Path = DBT_PROJECT_DIR / "models" / "metrics" / "marts" / "_metrics__sources.yml"


def _read_columns() -> list[tuple[str, str, str]]:
    sources = yaml.safe_load(SOURCES_YML.read_text(encoding="utf-8"))["sources"]
    table = next(t for s in sources for t in s["tables"] if t["name"] == "mart_action_effect")
    return [(c["name"], c["data_type"].upper(), c["description"]) for c in table["columns"]]


ACTION_EFFECT_COLUMNS: list[tuple[str, str, str]] = _read_columns()

ACTION_EFFECT_COLUMN_NAMES = [name for name, _, _ in ACTION_EFFECT_COLUMNS]
