"""What dbt's manifest says is published, with which keys, and the published type of each kind of
number (the project's own manifest, prepared by assets/dbt.py)."""

import pytest

from assets.dbt import dbt_project
from signalchain.publication.catalog import read_catalog
from signalchain.publication.types import published_type, select_expression
from signalchain.publication.views import Dimension, view_name


@pytest.fixture(scope="module")
def catalog():
    return read_catalog(dbt_project.manifest_path)


def test_the_allowlist_is_the_documented_marts(catalog):
    assert {"fct_contacts", "dim_signals", "mart_signal_impact", "mart_action_effect"} <= set(catalog)
    assert not [name for name in catalog if name.startswith(("stg_", "int_"))]


def test_keys_come_from_the_tests(catalog):
    assert catalog["dim_signals"].primary_key == ("signal_id",)
    assert catalog["mart_signal_impact"].primary_key == ("signal_id", "month")  # not (month, rank)
    assert catalog["mart_signal_impact_trailing_year"].primary_key == ("signal_id",)
    assert ("signal_id", "dim_signals", "signal_id") in {(fk.column, fk.table, fk.field)
                                                        for fk in catalog["fct_contacts"].foreign_keys}


def test_the_bi_publication_exposure_names_every_published_table():
    import json

    manifest = json.loads(dbt_project.manifest_path.read_text())
    exposure = manifest["exposures"]["exposure.signalchain.bi_publication"]
    named = {node.split(".")[-1] for node in exposure["depends_on"]["nodes"]}
    assert named == set(read_catalog(dbt_project.manifest_path))


@pytest.mark.parametrize("column, warehouse_type, expected", [
    ("cost_eur", "DOUBLE", "DECIMAL(18,2)"), ("eur_saved_per_year", "DOUBLE", "DECIMAL(18,2)"),
    ("cost_per_contact_eur", "DECIMAL(10,2)", "DECIMAL(18,2)"), ("contacts_saved", "DOUBLE", "BIGINT"),
    ("contacts_saved_per_year", "DOUBLE", "BIGINT"), ("contacts_per_1000_before", "DOUBLE", "DOUBLE"),
    ("share_on_step", "DOUBLE", "DOUBLE"), ("repeat_contact_rate", "DOUBLE", "DOUBLE"),
    ("contacts", "HUGEINT", "BIGINT"), ("total", "DECIMAL(38,0)", "BIGINT"), ("score", "DOUBLE", "DOUBLE"),
    ("eur_label", "VARCHAR", "VARCHAR"),
])
def test_one_type_per_kind_of_number(column, warehouse_type, expected):
    assert published_type(column, warehouse_type) == expected


def test_an_estimated_count_is_rounded_not_truncated():
    assert select_expression("contacts_saved", "DOUBLE") == 'CAST(round("contacts_saved") AS BIGINT) AS "contacts_saved"'


def test_view_and_column_names():
    assert view_name("fct_contacts") == "v_contacts" and view_name("mart_signal_impact") == "v_signal_impact"
    steps = Dimension("dim_journey_steps", "journey_step_id", ("journey_step_id", "step_order", "name_nl"))
    assert [steps.published_name(c) for c in steps.columns] == ["journey_step_id", "journey_step_order",
                                                                "journey_step_name_nl"]
