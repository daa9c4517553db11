import pandas as pd

from ml.training_data import build_training_set, stratified_split


def test_weak_labels_come_only_from_codes_naming_one_signal_and_hand_labels_win(taxonomy):
    labels = pd.DataFrame({"text": ["Twee keer afgeschreven!", "onbekend label"],
                           "signal_id": ["double_debit", "not_a_signal"]})
    calls = pd.DataFrame({
        "wrap_up_code": ["fact-dubbel", "NW-STORING", "FACTUUR", "NW-STORING", "NW-TRAAG", "NW-TRAAG", None],
        "notes": ["twee keer  afgeschreven", "geen bereik", "vraag over factuur", "Geen bereik.", "traag", "traag",
                  "zonder code"],
    })
    data = build_training_set(labels, calls, taxonomy)
    rows = set(zip(data["text"], data["signal_id"], data["origin"]))
    assert ("Twee keer afgeschreven!", "double_debit", "label") in rows  # beats the weak copy of the same text
    assert ("traag", "slow_internet", "wrap_up_code") in rows
    assert len(data[data["signal_id"] == "network_outage"]) == 1  # "geen bereik" and "Geen bereik." are one text
    assert not (data["text"] == "vraag over factuur").any()  # FACTUUR names a step, not a signal
    assert "not_a_signal" not in set(data["signal_id"])
    assert len(data) == 3


def test_stratified_split_holds_out_every_signal_with_two_or_more_examples():
    data = pd.DataFrame({"text": [f"t{i}" for i in range(21)], "signal_id": ["a"] * 10 + ["b"] * 10 + ["c"]})
    train, test = stratified_split(data, 0.2, seed=1)
    assert sorted(test["signal_id"].value_counts().items()) == [("a", 2), ("b", 2)]
    assert len(train) + len(test) == 21 and "c" in set(train["signal_id"])
    assert not set(train["text"]) & set(test["text"])
