"""The marts' contract columns, the signal and journey-step rules, survey responses and dimensions."""

import shutil

import pytest

from tests.dbt.helpers import build, query, rows_by

CONTRACT = {
    "fct_contacts": {"contact_id", "source", "channel", "channel_group", "customer_key", "occurred_at",
                     "contact_date", "signal_id", "signal_source", "signal_confidence", "journey_step_id",
                     "is_repeat_contact", "cost_eur", "text_redacted", "is_customer_initiated",
                     "secondary_signal_id"},
    "fct_survey_responses": {"response_id", "customer_key", "responded_at", "survey_type", "score", "nps_group",
                             "journey_step_id", "contact_id"},
    "dim_journey_steps": {"journey_step_id", "step_order", "name_nl", "name_en"},
    "dim_signals": {"signal_id", "journey_step_id", "name_nl", "name_en"},
    "dim_channels": {"channel", "channel_group", "cost_per_contact_eur"},
    "dim_customers": {"customer_key", "segment", "product", "customer_since", "customer_until", "migration_wave",
                      "migrated_at"},
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_marts_have_the_contract_columns(two_nights, table):
    columns = {name for (name,) in query(two_nights.second, "SELECT column_name FROM information_schema.columns "
                                                            "WHERE table_schema = 'marts' AND table_name = ?", [table])}
    assert CONTRACT[table] <= columns


def test_marts_hold_tables_only_so_bi_tools_need_no_udfs(two_nights):
    kinds = query(two_nights.second, "SELECT DISTINCT table_type FROM information_schema.tables "
                                     "WHERE table_schema = 'marts'")
    assert kinds == [("BASE TABLE",)]


def test_signal_comes_from_label_then_wrap_up_code_then_classifier(two_nights):
    contacts = rows_by(two_nights.first, "marts.fct_contacts", "contact_id")
    picked = {cid: (c["signal_id"], c["signal_source"], c["signal_confidence"])
              for cid, c in contacts.items() if cid in {"call:CALL-P1", "call:CALL-P2", "call:CALL-P3", "mail:MAIL-P5", "complaint:CMP-P9"}}
    assert picked == {
        "call:CALL-P1": ("double_debit", "label", 1.0),
        "call:CALL-P2": ("network_outage", "wrap_up_code", 1.0),
        "call:CALL-P3": ("unknown", "classifier", 0.3),
        "mail:MAIL-P5": ("unknown", "none", None),
        "complaint:CMP-P9": ("other", "classifier", 0.9),
    }


def test_journey_step_comes_from_signal_then_code_then_classifier_then_touchpoint(two_nights):
    contacts = rows_by(two_nights.first, "marts.fct_contacts", "contact_id")
    steps = {cid: (contacts[cid]["journey_step_id"], contacts[cid]["journey_step_source"])
             for cid in ("call:CALL-P1", "call:CALL-P3", "mail:MAIL-P4", "survey:RSP-P6", "mail:MAIL-P5", "complaint:CMP-P9")}
    assert steps == {
        "call:CALL-P1": ("bill", "signal"),
        "call:CALL-P3": ("bill", "wrap_up_code"),
        "mail:MAIL-P4": ("deliver", "classifier"),
        "survey:RSP-P6": ("bill", "touchpoint"),
        "mail:MAIL-P5": (None, "none"),
        "complaint:CMP-P9": (None, "none"),
    }
    assert contacts["mail:MAIL-P4"]["secondary_signal_id"] == "sim_not_delivered"


def test_channel_cost_and_initiative(two_nights):
    contacts = rows_by(two_nights.first, "marts.fct_contacts", "contact_id")
    shape = {cid: (c["source"], c["channel"], c["channel_group"], float(c["cost_eur"]), c["is_customer_initiated"])
             for cid, c in contacts.items() if cid in {"call:CALL-P1", "mail:MAIL-P4", "mail:MAIL-P5", "complaint:CMP-P9", "survey:RSP-P6"}}
    assert shape == {
        "call:CALL-P1": ("call", "phone", "assisted", 10.0, True),
        "mail:MAIL-P4": ("mail", "chat", "digital", 4.0, True),
        "mail:MAIL-P5": ("mail", "email", "digital", 6.0, True),
        "complaint:CMP-P9": ("complaint", "webform", "digital", 5.0, True),
        "survey:RSP-P6": ("survey", "survey", "survey", 0.0, False),
    }


def test_contact_date_is_the_amsterdam_calendar_date(two_nights):
    (date,) = query(two_nights.first, "SELECT contact_date::VARCHAR FROM marts.fct_contacts "
                                      "WHERE contact_id = 'call:CALL-R1'")[0]
    assert date == "2024-03-04"


def test_survey_responses(two_nights):
    responses = rows_by(two_nights.first, "marts.fct_survey_responses", "response_id")
    shape = {rid: (r["survey_type"], r["nps_group"], r["journey_step_id"], r["contact_id"])
             for rid, r in responses.items()}
    assert shape == {
        "RSP-R6": ("CSAT", None, "bill", None),
        "RSP-P6": ("NPS", "detractor", "bill", None),
        "RSP-P7": ("NPS", "promoter", "bill", "call:CALL-P1"),
        "RSP-P8": ("CES", None, None, None),
    }
    assert {r["customer_key"] for r in responses.values()} <= set(
        k for (k,) in query(two_nights.first, "SELECT customer_key FROM marts.fct_contacts"))


def test_dimensions_complete_the_taxonomy(two_nights):
    signals = rows_by(two_nights.first, "marts.dim_signals", "signal_id")
    assert {"unknown", "other", "invoice_unclear"} <= set(signals)
    assert not signals["unknown"]["is_customer_signal"] and signals["invoice_unclear"]["is_customer_signal"]
    assert [s for (s,) in query(two_nights.first, "SELECT journey_step_id FROM marts.dim_journey_steps "
                                                  "ORDER BY step_order")][:2] == ["orient", "order"]
    assert "survey" in rows_by(two_nights.first, "marts.dim_channels", "channel")
    customers = query(two_nights.first, "SELECT customer_key, migration_wave FROM marts.dim_customers")
    assert len(customers) == 4 and all(key.startswith("cus_") and len(key) == 20 for key, _ in customers)


def test_journey_step_coverage_is_counted_not_hidden(two_nights):
    coverage = rows_by(two_nights.first, "marts.mart_journey_step_coverage", "source")
    total = coverage["all"]
    assert (total["contacts_without_step"], total["contacts_other"]) == (3, 1)  # CALL-U1/U2, MAIL-P5; CMP-P9
    assert total["contacts"] == sum(c["contacts"] for s, c in coverage.items() if s != "all")
    assert total["share_on_step"] == pytest.approx(total["contacts_on_step"] / (total["contacts"] - 1))


def test_coverage_below_the_floor_warns_and_the_marts_are_built(two_nights, tmp_path):
    """Quality thresholds warn; only lost data or a broken contract blocks the night."""
    warehouse = tmp_path / "low_coverage.duckdb"
    shutil.copy(two_nights.first, warehouse)
    run = build(warehouse, tmp_path, None, "--select", "mart_journey_step_coverage+")
    share = query(warehouse, "SELECT share_on_step FROM marts.mart_journey_step_coverage WHERE source = 'all'")[0][0]
    floor = {node: status for node, status in run.results.items() if "journey_step_coverage_above_floor" in node}
    assert share < 0.95 and list(floor.values()) == ["warn"]
    assert query(warehouse, "SELECT count(*) FROM marts.fct_contacts")[0][0] > 0
