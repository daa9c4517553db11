"""mart_action_effect is written by Python; its dbt docs entry must list exactly its columns."""

from pathlib import Path

import yaml

from signalchain.metrics import ACTION_EFFECT_COLUMNS

YML = Path(__file__).resolve().parents[2] / "dbt_project" / "models" / "metrics" / "marts" / "_metrics__sources.yml"


def test_dbt_docs_list_the_python_mart_columns():
    sources = yaml.safe_load(YML.read_text())["sources"]
    table = next(t for s in sources for t in s["tables"] if t["name"] == "mart_action_effect")
    documented = [(c["name"], c["data_type"], c["description"]) for c in table["columns"]]
    assert documented == [(n, t.lower(), d) for n, t, d in ACTION_EFFECT_COLUMNS]
