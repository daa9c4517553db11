import pandas as pd

from ml.no_signal import no_signal_corpus
from ml.training_data import (CORPUS, LABEL, SURVEY, WEAK, TrainingFrames, build_training_set,
                              stratified_split)

NO_CALLS = pd.DataFrame(columns=["wrap_up_code", "notes"])


def surveys(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["text", "survey_type", "score", "contact_label", "contact_wrap_up_code"])


def word(i: int) -> str:
    """A distinct word per number: digits would all normalise to one text."""
    return "".join(chr(97 + int(d)) for d in str(i))


def many_labels(per_signal: int, signals=("double_debit", "slow_internet")) -> pd.DataFrame:
    return pd.DataFrame({"text": [f"{s} voorbeeld {word(i)}" for s in signals for i in range(per_signal)],
                         "signal_id": [s for s in signals for _ in range(per_signal)]})


def test_weak_labels_come_only_from_codes_naming_one_signal_and_hand_labels_win(taxonomy):
    labels = pd.DataFrame({"text": ["Twee keer afgeschreven!", "onbekend label"],
                           "signal_id": ["double_debit", "not_a_signal"]})
    calls = pd.DataFrame({
        "wrap_up_code": ["fact-dubbel", "NW-STORING", "FACTUUR", "NW-STORING", "NW-TRAAG", "NW-TRAAG", None],
        "notes": ["twee keer  afgeschreven", "geen bereik", "vraag over factuur", "Geen bereik.", "traag", "traag",
                  "zonder code"],
    })
    data = build_training_set(TrainingFrames(labels, calls), taxonomy)
    data = data[data["origin"] != CORPUS]
    rows = set(zip(data["text"], data["signal_id"], data["origin"]))
    assert ("Twee keer afgeschreven!", "double_debit", LABEL) in rows  # beats the weak copy of the same text
    assert ("traag", "slow_internet", WEAK) in rows
    assert len(data[data["signal_id"] == "network_outage"]) == 1  # "geen bereik" and "Geen bereik." are one text
    assert not (data["text"] == "vraag over factuur").any()  # FACTUUR names a step, not a signal
    assert "not_a_signal" not in set(data["signal_id"])
    assert len(data) == 3


def test_the_no_signal_corpus_joins_every_training_set_as_other_below_a_hand_label(taxonomy):
    praise = no_signal_corpus()["text"].iloc[0]
    labels = pd.concat([many_labels(500), pd.DataFrame({"text": [praise.upper()], "signal_id": ["slow_internet"]})])
    data = build_training_set(TrainingFrames(labels), taxonomy)
    corpus = data[data["origin"] == CORPUS]
    assert set(corpus["signal_id"]) == {"other"} and len(corpus) == len(no_signal_corpus()) - 1
    assert not (corpus["text"] == praise).any()
    assert data[data["text"] == praise.upper()]["signal_id"].tolist() == ["slow_internet"]


def test_the_corpus_never_outnumbers_the_largest_signal(taxonomy):
    labels = pd.concat([many_labels(10, ("double_debit",)), many_labels(40, ("slow_internet",))])
    data = build_training_set(TrainingFrames(labels), taxonomy)
    assert (data["origin"] == CORPUS).sum() == 40


def test_survey_comments_are_weak_labels_by_score_and_the_contact_they_follow(taxonomy):
    comments = surveys([
        ("Heel blij met de hulp", "NPS", 10, None, None),  # promoter: other
        ("Twee keer betaald, schandalig", "CSAT", 3, None, "FACT-DUBBEL"),  # fail after a coded contact
        ("Nog steeds traag", "CES", 2, "slow_internet", "NW-STORING"),  # the contact's hand label beats its code
        ("Kon beter", "NPS", 7, None, "NW-STORING"),  # passive: no label
        ("Waardeloos", "CSAT", 2, None, None),  # dissatisfied, contact signal unknown: no label
        ("Slecht", "NPS", 1, "other", None),  # the contact was no signal: no label
    ])
    data = build_training_set(TrainingFrames(many_labels(5), NO_CALLS, comments), taxonomy)
    found = set(zip(data["text"], data["signal_id"], data["origin"]))
    assert {("Heel blij met de hulp", "other", SURVEY), ("Twee keer betaald, schandalig", "double_debit", SURVEY),
            ("Nog steeds traag", "slow_internet", SURVEY)} <= found
    assert not data["text"].isin(["Kon beter", "Waardeloos", "Slecht"]).any()


def test_the_corpus_beats_weak_labels_and_weak_labels_vote(taxonomy):
    corpus_line = no_signal_corpus()["text"].iloc[0]
    calls = pd.DataFrame({"wrap_up_code": ["NW-STORING", "NW-TRAAG"], "notes": [corpus_line, "geen bereik"]})
    comments = surveys([("geen bereik", "CSAT", 2, None, "NW-STORING"), ("Geen bereik!", "NPS", 3, "network_outage",
                                                                           None)])
    data = build_training_set(TrainingFrames(many_labels(500), calls, comments), taxonomy)
    assert data[data["text"] == corpus_line][["signal_id", "origin"]].values.tolist() == [["other", CORPUS]]
    assert data[data["text"].str.lower().str.startswith("geen bereik")]["signal_id"].tolist() == ["network_outage"]


def test_weak_labels_are_capped_per_origin_and_signal(taxonomy):
    calls = pd.DataFrame({"wrap_up_code": ["NW-TRAAG"] * 30, "notes": [f"traag {word(i)}" for i in range(30)]})
    comments = surveys([(f"zo traag {word(i)}", "NPS", 0, None, "NW-TRAAG") for i in range(30)]
                       + [(f"dank {word(i)}", "NPS", 10, None, None) for i in range(30)])
    data = build_training_set(TrainingFrames(many_labels(5), calls, comments), taxonomy, max_weak_per_signal=8)
    counts = data.groupby(["origin", "signal_id"]).size()
    assert counts[(WEAK, "slow_internet")] == counts[(SURVEY, "slow_internet")] == counts[(SURVEY, "other")] == 8
    assert counts[(LABEL, "slow_internet")] == 5


def test_stratified_split_holds_out_every_signal_with_two_or_more_examples():
    data = pd.DataFrame({"text": [f"t{i}" for i in range(21)], "signal_id": ["a"] * 10 + ["b"] * 10 + ["c"]})
    train, test = stratified_split(data, 0.2, seed=1)
    assert sorted(test["signal_id"].value_counts().items()) == [("a", 2), ("b", 2)]
    assert len(train) + len(test) == 21 and "c" in set(train["signal_id"])
    assert not set(train["text"]) & set(test["text"])
