"""`make docs` writes the dbt docs as one file that holds its manifest and catalog (no server needed)."""

import duckdb

from cli.dbt_docs import STATIC_DOCS, generate_docs


def test_the_docs_are_one_file_with_the_models_and_their_descriptions_inside(tmp_path, monkeypatch):
    warehouse = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(warehouse)).close()
    monkeypatch.setenv("SIGNALCHAIN_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("SIGNALCHAIN_PUBLISH", str(tmp_path / "published"))
    assert generate_docs(tmp_path / "target") == 0
    page = (tmp_path / "published" / STATIC_DOCS).read_text(encoding="utf-8")
    assert "model.signalchain.fct_contacts" in page and "exposure.signalchain.nightly_report" in page
    assert "is_channel_costed" in page
