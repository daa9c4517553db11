"""The second night rewrites only what changed in fct_contacts."""

from tests.dbt import cases
from tests.dbt.helpers import query, rows_by


def test_second_night_rewrites_only_new_and_changed_contacts(two_nights):
    before = rows_by(two_nights.first, "marts.fct_contacts", "contact_id")
    after = rows_by(two_nights.second, "marts.fct_contacts", "contact_id")
    assert set(after) == set(before) | {"call:CALL-N1", "mail:MAIL-N2", "call:CALL-R3B"}
    rewritten = {cid for cid, row in after.items() if cid not in before or row["_loaded_at"] != before[cid]["_loaded_at"]}
    assert rewritten == cases.REWRITTEN_BY_BATCH_2
    unchanged = set(before) - rewritten
    assert all(after[cid] == before[cid] for cid in unchanged)


def test_a_redelivered_row_updates_its_contact(two_nights):
    before = rows_by(two_nights.first, "marts.fct_contacts", "contact_id")["call:CALL-P2"]
    after = rows_by(two_nights.second, "marts.fct_contacts", "contact_id")["call:CALL-P2"]
    assert (before["signal_id"], before["text_redacted"]) == ("network_outage", "geen bereik thuis")
    assert (after["signal_id"], after["text_redacted"]) == ("slow_internet", "internet traag")
    assert query(two_nights.second, "SELECT count(*) FROM marts.fct_contacts WHERE contact_id = 'call:CALL-P2'")[0][0] == 1


def test_new_tags_and_labels_reach_old_contacts(two_nights):
    after = rows_by(two_nights.second, "marts.fct_contacts", "contact_id")
    assert (after["mail:MAIL-P5"]["signal_id"], after["mail:MAIL-P5"]["signal_source"]) == ("app_login_problem", "classifier")
    assert after["mail:MAIL-P5"]["journey_step_id"] == "use"
    assert (after["call:CALL-U1"]["signal_id"], after["call:CALL-U1"]["signal_source"]) == ("cancellation_request", "label")
