"""The feedback drafts in Dutch, for each kind, with the numbers in Dutch format."""

import pandas as pd
import pytest

from signalchain.route_b import dutch
from signalchain.route_b.feedback import feedback_drafts
from signalchain.route_b.quality import REASONS

AT = pd.Timestamp("2026-03-02 09:00", tz="Europe/Amsterdam")
BASE = {"submitter": "j.devries", "submitter_team": "Klantenservice", "submitted_at": AT, "quality_verdict": "ok",
        "quality_reason": None, "note": None, "duplicate_of": None, "running_action_id": None, "action_id": None,
        "signal_id": "invoice_unclear", "cause": None, "contacts_now": None, "effect_verdict": None,
        "contacts_saved": None, "eur_saved": None, "eur_saved_per_year": None, "satisfaction_change": None}
ACTIONS = pd.DataFrame([{"action_id": "ACT-001", "title": "Nieuwe factuur", "go_live_date": pd.Timestamp("2026-05-20"),
                         "signal_id": "invoice_unclear"}])


def _drafts(*rows: dict) -> pd.DataFrame:
    return feedback_drafts(pd.DataFrame([{**BASE, **row} for row in rows]), ACTIONS).set_index("submission_id")


@pytest.mark.parametrize("value, text", [(5000, "5.000"), (1234567.4, "1.234.567"), (-2500, "-2.500"), (0.4, "0")])
def test_dutch_numbers(value, text):
    assert dutch.number(value) == text


def test_dutch_euros_and_signed_changes():
    assert dutch.euros(50000) == "EUR 50.000" and dutch.number(1234.5, 1) == "1.234,5"
    assert (dutch.signed(0.3), dutch.signed(-1.25), dutch.signed(0.01)) == ("+0,3", "-1,3", "0,0")  # half away from zero, as the report rounds


def test_a_submission_the_check_sends_back_gets_the_reason_and_a_tip():
    draft = _drafts({"submission_id": "S1", "status": "submitted", "text": "nietjes", "quality_verdict": "unclear",
                     "quality_reason": REASONS["unclear"]}).loc["S1"]
    assert draft["kind"] == "rejected" and draft["addressee"] == "j.devries"
    assert "Beste j.devries" in draft["message"] and REASONS["unclear"] in draft["message"]
    assert "Tip:" in draft["message"] and "02-03-2026" in draft["message"]


def test_a_person_s_rejection_carries_their_note():
    draft = _drafts({"submission_id": "S1", "status": "rejected", "text": "koffie", "note": "Meld het bij Facilitair."})
    assert "Meld het bij Facilitair." in draft.loc["S1", "message"]


def test_a_duplicate_names_the_signal_already_running():
    drafts = _drafts({"submission_id": "S1", "status": "action_live", "text": "factuur onduidelijk",
                      "action_id": "ACT-001", "contacts_now": 1716.0},
                     {"submission_id": "S2", "status": "submitted", "text": "factuur snapt niemand",
                      "duplicate_of": "S1"})
    assert list(drafts.index) == ["S2"] and drafts.loc["S2", "kind"] == "duplicate"
    message = drafts.loc["S2", "message"]
    assert "signaal S1 (Factuur onduidelijk)" in message and "actie loopt" in message
    assert "Nieuwe factuur" in message and "1.716 klantcontacten per maand" in message


def test_a_closed_submission_gets_what_was_done_and_the_measured_result():
    draft = _drafts({"submission_id": "S1", "status": "closed", "text": "factuur", "action_id": "ACT-001",
                     "cause": "Geen uitleg per regel.", "effect_verdict": "improved", "contacts_saved": 5000.4,
                     "eur_saved": 50000.0, "eur_saved_per_year": 325000.0, "satisfaction_change": 0.3}).loc["S1"]
    message = draft["message"]
    assert draft["kind"] == "closed"
    for words in ("Dit was je signaal: Factuur onduidelijk", "De oorzaak bleek: Geen uitleg per regel.",
                  "Dit hebben we gedaan: Nieuwe factuur (live sinds 20-05-2026)", "5.000 klantcontacten minder",
                  "EUR 50.000 bespaard", "EUR 325.000 per jaar", "+0,3 punt", "blijf je signalen sturen"):
        assert words in message


def test_a_closed_submission_without_a_measured_effect_says_so():
    no_change = _drafts({"submission_id": "S1", "status": "closed", "text": "x", "action_id": "ACT-001",
                         "effect_verdict": "no_change", "contacts_saved": 12.0}).loc["S1", "message"]
    early = _drafts({"submission_id": "S1", "status": "closed", "text": "x", "action_id": "ACT-001",
                     "effect_verdict": "too_early"}).loc["S1", "message"]
    assert "geen meetbare daling" in no_change and "Het effect meten we" in early


def test_open_submissions_in_progress_get_no_draft():
    assert _drafts({"submission_id": "S1", "status": "prioritised", "text": "factuur"}).empty
