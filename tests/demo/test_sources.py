"""Source-specific behaviour: complaint re-delivery, labels, surveys, customers, submissions."""

import glob

import pandas as pd

from demo.seeds import load_taxonomy


def test_complaint_redelivery_repeats_rows_and_updates_some(medium):
    original, again = (pd.read_csv(p, encoding="utf-8-sig", dtype=str, keep_default_na=False)
                       for p in sorted(glob.glob(str(medium / "complaints" / "*Q*.csv")))[:2])
    assert list(original["complaint_id"]) == list(again["complaint_id"])
    changed = (original != again).any(axis=1)
    assert 0 < changed.sum() < len(original)
    diff_columns = {c for c in original.columns if (original[c] != again[c]).any()}
    assert diff_columns <= {"status", "closed_at"}
    assert (again.loc[changed, "status"] != original.loc[changed, "status"]).all()
    assert ((again["closed_at"] != "") & (original["closed_at"] == "")).any()


def test_labels_per_signal_from_contacts_and_extra_texts(medium, truth_contacts):
    labels = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False)
                        for p in sorted(glob.glob(str(medium / "labels" / "*.csv")))])
    counts = labels["signal_id"].value_counts()
    assert len(counts) == 25 and counts.min() >= 50 and counts.median() >= 100 and counts.max() <= 180
    assert labels["text"].str.strip().str.lower().is_unique
    linked = labels[labels["contact_id"] != ""].merge(truth_contacts, on="contact_id", suffixes=("", "_truth"))
    assert len(linked) == (labels["contact_id"] != "").sum() > 0.5 * len(labels)
    assert (linked["signal_id"] == linked["signal_id_truth"]).all()
    assert (labels["contact_id"] == "").sum() > 0


def test_surveys_follow_contacts_and_touchpoints(medium, truth_contacts):
    surveys = pd.concat([pd.read_parquet(p) for p in sorted(glob.glob(str(medium / "surveys" / "*.parquet")))])
    taxonomy = load_taxonomy()
    step_of_touchpoint = {p: s for s, points in taxonomy.touchpoints.items() for p in points}
    post = surveys.dropna(subset=["contact_id"]).merge(truth_contacts, on="contact_id")
    customer_contacts = (truth_contacts["source"] != "survey").sum()
    assert 0.12 < len(post) / customer_contacts < 0.16
    steps = post["signal_id"].map(lambda s: taxonomy.step_of.get(s) or "service")
    assert (post["touchpoint"].map(step_of_touchpoint) == steps).all()
    relationship = surveys[surveys["contact_id"].isna()]
    assert len(relationship) > 0 and relationship["touchpoint"].notna().all()
    ranges = {"NPS": (0, 10), "CSAT": (1, 10), "CES": (1, 7)}
    for kind, (low, high) in ranges.items():
        scores = surveys.loc[surveys["survey_type"] == kind, "score"]
        assert scores.between(low, high).all() and scores.nunique() > 4
    assert surveys["comment"].notna().mean() > 0.15


def test_customer_base_and_waves(customers, truth):
    assert len(customers) == truth["customers"] and customers["customer_id"].str.fullmatch(r"KL\d{7}").all()
    assert customers["customer_id"].is_unique
    assert set(customers["segment"]) == {"consument", "zakelijk"}
    assert set(customers["product"]) == {"mobiel", "thuis", "combi"}
    change = truth["active_customers"]["last_day"] / truth["active_customers"]["first_day"] - 1
    assert -0.08 < change < 0.05
    for name, wave in truth["migration_waves"].items():
        members = customers[customers["migration_wave"] == name]
        assert 0.08 < len(members) / len(customers) < 0.12
        assert (members["migrated_at"].str[:10] == wave["migrated_at"]).all()


def test_submissions_in_employees_words(medium):
    frame = pd.read_json(medium / "submissions" / "signalen_medewerkers.jsonl", lines=True, dtype=False)
    truth = pd.read_parquet(medium / "_truth" / "submissions.parquet")
    assert 60 <= len(frame) <= 400 and frame["submission_id"].str.startswith("SUB-").all()
    assert list(frame["submission_id"]) == list(truth["submission_id"])
    assert (truth["signal_id"] == "other").any() and truth["signal_id"].nunique() > 10
