"""The models and macros write SQL both engines read; DuckDB-only SQL lives in the dispatched macros of
dbt_project/macros/engine/ (and the `default__` versions elsewhere). A cheap guard, without Spark:
each pattern below is DuckDB SQL that Spark rejects or reads otherwise (docs/SPARK.md)."""

import re

import pytest

from signalchain.settings import DBT_PROJECT_DIR

DUCKDB_ONLY = {
    "union all by name": r"union\s+all\s+by\s+name",
    "* exclude": r"\*\s+exclude\s*\(",
    "* replace": r"\*\s+replace\s*\(",
    "generate_series / range": r"\b(generate_series|unnest)\s*\(|\brange\s*\(",
    "timezone()": r"\btimezone\s*\(",
    "to_hours()": r"\bto_hours\s*\(",
    "regexp_escape()": r"\bregexp_escape\s*\(",
    ":: casts": r"::",
    "varchar / timestamptz casts": r"as\s+(varchar|timestamptz)\b",
    "list()": r"\blist\s*\(",
    "delete+insert": r"delete\+insert",
    "^ (xor on Spark)": r"\)\s*\^\s*\d",
}


def _sql_outside_engine_macros():
    for path in sorted((DBT_PROJECT_DIR / "models").rglob("*.sql")) + sorted((DBT_PROJECT_DIR / "macros").rglob("*.sql")):
        if "engine" in path.relative_to(DBT_PROJECT_DIR).parts:
            continue
        text = path.read_text()
        # a macro's DuckDB version (default__x) is the dispatched difference itself
        text = re.sub(r"\{%-?\s*macro\s+default__.*?\{%-?\s*endmacro\s*-?%\}", "", text, flags=re.S)
        text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)  # comments
        yield path, text


@pytest.mark.parametrize("name", DUCKDB_ONLY)
def test_no_duckdb_only_sql_outside_the_dispatched_macros(name):
    pattern = re.compile(DUCKDB_ONLY[name], re.I)
    found = [str(path.relative_to(DBT_PROJECT_DIR)) for path, text in _sql_outside_engine_macros() if pattern.search(text)]
    assert found == [], f"{name} outside macros/engine: {found}"
