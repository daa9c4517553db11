"""The column sets of route B's Python-written marts: name, DuckDB type, description.

Defined once, in the marts' dbt docs entry (source `route_b_python` in
`dbt_project/models/route_b/_route_b__sources.yml`), and read from there, as
signalchain/metrics/action_effect_schema.py does for mart_action_effect.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from signalchain.settings import DBT_PROJECT_DIR

SOURCES_YML: Path = DBT_PROJECT_DIR / "models" / "route_b" / "_route_b__sources.yml"


@cache
def _tables() -> dict[str, dict]:
    sources = yaml.safe_load(SOURCES_YML.read_text(encoding="utf-8"))["sources"]
    return {t["name"]: t for s in sources for t in s["tables"]}


def columns(table: str) -> list[tuple[str, str, str]]:
    """(name, DUCKDB TYPE, description) of `table`, in the documented order."""
    return [(c["name"], c["data_type"].upper(), c["description"]) for c in _tables()[table]["columns"]]


def column_names(table: str) -> list[str]:
    return [name for name, _, _ in columns(table)]


def description(table: str) -> str:
    return " ".join(_tables()[table]["description"].split())
