"""Each preset's sample export through the real night: ingest with landing.yml, then dbt."""

import csv
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from signalchain.ingest import ingest_all
from signalchain.settings import DBT_PROJECT_DIR
from tests.dbt.helpers import build, query

EXPORTS = Path(__file__).parents[1] / "ingest" / "exports"
PRESETS = {"zendesk": "zendesk_tickets", "twilio": "twilio_calls", "qualtrics": "qualtrics_responses",
           "twitter": "twitter_customer_care", "cfpb": "cfpb_complaints"}
CATEGORY_SIGNALS = [
    ("INCIDENT", "network_outage", "use"),
    ("CREDIT CARD / PROBLEM WITH A PURCHASE SHOWN ON YOUR STATEMENT / CREDIT CARD COMPANY ISN'T RESOLVING A DISPUTE",
     "double_debit", "bill"),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    work = tmp_path_factory.mktemp("exports")
    seeds = work / "seeds"
    shutil.copytree(DBT_PROJECT_DIR / "seeds", seeds)
    with open(seeds / "wrap_up_codes.csv", "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows([(code, signal, step, "mapped export category") for code, signal, step
                                      in CATEGORY_SIGNALS])
    entries = {folder: f"{{preset: {preset}}}" for folder, preset in PRESETS.items()}
    entries["qualtrics"] = "{preset: qualtrics_responses, melt: {scores: {q_nps: NPS, q_ces: CES}}}"
    (seeds / "landing.yml").write_text("folders:\n" + "".join(f"  {f}: {e}\n" for f, e in entries.items()))
    landing = work / "landing"
    for folder, preset in PRESETS.items():
        (landing / folder).mkdir(parents=True)
        shutil.copy(EXPORTS / f"{preset}.csv", landing / folder)
    seeds_setting = os.path.relpath(seeds, DBT_PROJECT_DIR)
    path = work / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SIGNALCHAIN_SEEDS", seeds_setting)
        with duckdb.connect(str(path)) as con:
            ingest_all(con, landing)
    build(path, work, {"SIGNALCHAIN_SEEDS": seeds_setting}, "--vars", "{journey_step_coverage_floor: 0}")
    return path


def test_every_mapped_contact_arrives_with_its_instant_and_channel(warehouse):
    contacts = query(warehouse, "SELECT contact_id, channel, strftime(timezone('UTC', occurred_at), "
                                "'%Y-%m-%d %H:%M:%S') FROM marts.fct_contacts ORDER BY 1")
    assert contacts == [
        ("call:CA0001", "phone", "2024-03-04 08:15:02"),
        ("call:CA0003", "phone", "2024-03-05 17:45:30"),
        ("complaint:8400001", "webform", "2024-03-04 05:00:00"),
        ("complaint:8400002", "phone", "2024-03-05 05:00:00"),
        ("mail:119237", "social", "2017-10-31 22:10:47"),
        ("mail:119239", "social", "2017-11-01 08:02:10"),
        ("mail:4101", "email", "2024-03-04 08:12:00"),
        ("mail:4102", "webform", "2024-03-04 13:30:00"),
        ("mail:4103", "chat", "2024-03-05 19:05:00"),
        ("mail:4104", "mobile sdk", "2024-03-06 10:00:00"),
        ("survey:R_1abcDEF:CES", "survey", "2024-03-06 09:03:01"),
        ("survey:R_1abcDEF:NPS", "survey", "2024-03-06 09:03:01"),
        ("survey:R_2ghiJKL:NPS", "survey", "2024-03-06 10:02:05"),
    ]


def test_mapped_categories_place_contacts_on_their_signal(warehouse):
    placed = query(warehouse, "SELECT contact_id, signal_id, signal_source FROM marts.fct_contacts "
                              "WHERE signal_source = 'wrap_up_code' ORDER BY 1")
    assert placed == [("complaint:8400002", "double_debit", "wrap_up_code"),
                      ("mail:4102", "network_outage", "wrap_up_code")]


def test_derived_customer_keys_are_pseudonymised(warehouse):
    keys = query(warehouse, "SELECT contact_id, customer_key FROM marts.fct_contacts "
                            "WHERE contact_id IN ('call:CA0001', 'mail:119237')")
    assert len(keys) == 2 and all(key and "derived" not in key and "+316" not in key for _, key in keys)


def test_values_no_seed_maps_are_listed_with_their_volume(warehouse):
    unmapped = query(warehouse, "SELECT source, value_kind, value, contacts FROM marts.mart_unmapped_values")
    assert ("mail", "code", "QUESTION", 2) in unmapped
    assert ("complaint", "code", "CREDIT CARD / PROBLEM WITH A PURCHASE SHOWN ON YOUR STATEMENT / CREDIT CARD "
            "COMPANY ISN'T RESOLVING A DISPUTE", 1) not in unmapped
    assert [row for row in unmapped if row[1] == "channel"] == [("mail", "channel", "mobile sdk", 1)]


def test_a_channel_no_seed_maps_has_no_cost_and_says_so(warehouse):
    costs = query(warehouse, "SELECT contact_id, cost_eur, is_channel_costed FROM marts.fct_contacts "
                             "WHERE contact_id IN ('mail:4103', 'mail:4104') ORDER BY 1")
    assert [(contact, cost is None, costed) for contact, cost, costed in costs] == [
        ("mail:4103", False, True), ("mail:4104", True, False)]


def test_the_night_summary_lists_the_unmapped_values(warehouse):
    from cli.summary import night_summary

    lines = night_summary(str(warehouse))
    assert any(line.startswith("unmapped values: ") for line in lines)
    assert any("channel" in line and "'mobile sdk'" in line and "1 contacts" in line for line in lines)
