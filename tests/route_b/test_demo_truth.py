"""On the demo data, route B finds back what the generator planted (OUT/_truth)."""

import itertools

import pandas as pd
import pytest

from signalchain.route_b import dutch, tables


def _with_truth(route_b) -> pd.DataFrame:
    mart = route_b.df("SELECT * FROM marts.mart_submissions")
    return mart.merge(route_b.submissions_truth, on="submission_id", suffixes=("", "_truth"))


def test_quality_check_catches_planted_non_signals_and_unclear_ones(route_b):
    subs = _with_truth(route_b)
    flagged, planted = subs["quality_verdict"] != "ok", subs["kind"] != "signal"
    recall = (flagged & planted).sum() / planted.sum()
    precision = (flagged & planted).sum() / flagged.sum()
    print(f"quality check: recall {recall:.3f}, precision {precision:.3f}, "
          f"{pd.crosstab(subs['kind'], subs['quality_verdict']).to_dict()}")
    assert recall >= 0.9 and precision >= 0.9


def test_duplicates_are_found_among_open_submissions(route_b):
    """Pairs of open, passed submissions: the same planted problem is a duplicate pair, the same cluster a found one."""
    subs = _with_truth(route_b)
    compared = subs[subs["is_open"] & (subs["quality_verdict"] == "ok") & (subs["kind"] == "signal")]
    rows = compared[["problem_id", "cluster_id"]].to_numpy()
    planted = found = both = 0
    for (problem_a, cluster_a), (problem_b, cluster_b) in itertools.combinations(rows, 2):
        planted += problem_a == problem_b
        found += cluster_a == cluster_b
        both += problem_a == problem_b and cluster_a == cluster_b
    precision, recall = both / found, both / planted
    print(f"duplicates: {len(compared)} open submissions, {planted} planted pairs, precision {precision:.3f}, "
          f"recall {recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9


def test_the_planted_signal_link_is_the_classifiers_or_a_persons(route_b):
    subs = _with_truth(route_b)
    signals = subs[subs["kind"] == "signal"]
    assert (signals["signal_id"] == signals["signal_id_truth"]).mean() >= 0.9
    assert (subs.loc[subs["signal_source"] == "person", "signal_confidence"]).isna().all()


def test_planted_invalid_events_are_quarantined_with_their_reason(route_b):
    quarantined = route_b.df("SELECT * FROM marts.mart_submission_events_quarantined")
    planted = route_b.truth["route_b"]["invalid_events"]
    assert len(quarantined) == len(planted)
    for event in planted:
        row = quarantined[(quarantined["submission_id"] == event["submission_id"])
                          & (quarantined["status"] == event["status"])]
        assert len(row) == 1 and event["reason"] in row.iloc[0]["reason"], (event, row)


def test_the_late_file_is_ordered_in_by_time(route_b):
    """The ACT-001 submission's cause arrives in a later file, dated before its action was planned."""
    submission = route_b.truth["route_b"]["action_submissions"]["ACT-001"]
    history = route_b.df(f"SELECT * FROM marts.mart_submission_history WHERE submission_id = '{submission}' "
                         "ORDER BY seq")
    assert history["status"].tolist() == ["submitted", "accepted", "prioritised", "cause_found", "action_planned",
                                          "action_live", "closed"]
    assert history["changed_at"].is_monotonic_increasing


def test_act_001_feedback_states_the_measured_effect(route_b):
    submission = route_b.truth["route_b"]["action_submissions"]["ACT-001"]
    drafts = pd.read_csv(route_b.publish / "restricted" / "feedback_drafts.csv")
    draft = drafts[drafts["submission_id"] == submission].iloc[0]
    effect = route_b.df("SELECT * FROM marts.mart_action_effect WHERE action_id = 'ACT-001'").iloc[0]
    print(draft["message"])
    assert draft["kind"] == "closed" and effect["verdict"] == "improved"
    for figure in (dutch.number(effect["contacts_saved"]), dutch.euros(effect["eur_saved"]),
                   dutch.signed(effect["satisfaction_change"])):
        assert figure in draft["message"]


def test_feedback_has_every_kind_and_marts_name_nobody(route_b):
    drafts = pd.read_csv(route_b.publish / "restricted" / "feedback_drafts.csv")
    assert set(drafts["kind"]) == {"rejected", "duplicate", "closed"}
    for kind in ("rejected", "duplicate"):
        print(f"--- {kind}\n{drafts[drafts['kind'] == kind].iloc[0]['message']}")
    submitters = set(route_b.df("SELECT DISTINCT submitter FROM staging.stg_raw__submissions")["submitter"])
    handlers = set(route_b.df("SELECT DISTINCT event_by FROM staging.stg_raw__submission_events")["event_by"])
    for mart in tables.MARTS:
        cells = set(route_b.df(f"SELECT * FROM marts.{mart}").astype(str).to_numpy().ravel())
        words = {w for cell in cells for w in str(cell).replace(",", " ").split()}
        assert not (cells | words) & (submitters | handlers), mart
    assert drafts["addressee"].isin(submitters).all()
    published = route_b.df("SELECT * FROM marts.mart_feedback_drafts").set_index("submission_id")
    assert set(published.index) == set(drafts["submission_id"]) and "addressee" not in published.columns
    assert published["message"].str.startswith("Beste collega,").all()


def test_business_case_with_and_without_a_measured_effect(route_b):
    cases = route_b.df("SELECT * FROM marts.mart_action_business_case").set_index("action_id")
    effect = route_b.df("SELECT * FROM marts.mart_action_effect").set_index("action_id")
    measured, early = cases.loc["ACT-001"], cases.loc["ACT-003"]
    assert measured["basis"] == "measured" and early["basis"] == "potential"
    assert measured["measured_eur_saved_per_year"] == effect.loc["ACT-001", "eur_saved_per_year"]
    assert abs(measured["measured_payback_months"] - measured["cost_eur"] / (
        measured["measured_eur_saved_per_year"] / 12)) < 1e-6
    assert pd.isna(early["measured_roi"]) and early["potential_roi"] == pytest.approx(
        (early["potential_eur_per_year"] - early["cost_eur"]) / early["cost_eur"], abs=1e-6)


def test_materialization_shows_open_submissions_per_status(route_b):
    events = route_b.materialization.asset_materializations_for_node("mart_submissions")
    metadata = events[0].metadata
    assert sum(metadata["open_per_status"].value.values()) > 0 and len(metadata["oldest_open"].value.records) > 0


def test_marts_have_their_documented_columns_and_unique_keys(route_b):
    from signalchain.route_b import schema

    keys = {"mart_submissions": ["submission_id"], "mart_submission_history": ["submission_id", "seq"],
            "mart_action_business_case": ["action_id"], "mart_issue_register": ["submission_id"],
            "mart_feedback_drafts": ["submission_id"]}
    for mart, key in keys.items():
        frame = route_b.df(f"SELECT * FROM marts.{mart}")
        assert list(frame.columns) == schema.column_names(mart) and len(frame) > 0
        assert not frame[key].isna().any().any() and not frame.duplicated(key).any(), mart
