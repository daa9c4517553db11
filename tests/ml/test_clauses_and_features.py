import pandas as pd

from ml.clauses import clauses
from ml.features import WordPairs
from ml.predict import tag_texts


def test_clauses_split_only_at_connectors():
    assert clauses("mijn factuur klopt niet") == []
    assert clauses("factuur klopt niet. Daarnaast is mijn internet traag") == [
        "factuur klopt niet", "is mijn internet traag"]
    assert clauses("storing al dagen + factuur te hoog") == ["storing al dagen", "factuur te hoog"]


def test_a_second_problem_after_a_connector_becomes_the_secondary_signal(trained):
    model, _ = trained
    text = "dubbele incasso van mijn rekening. Daarnaast is mijn internet heel traag"
    tag = tag_texts(model, [text, "dubbele incasso van mijn rekening"], min_confidence=0.5).to_dict("records")
    assert {tag[0]["signal_id"], tag[0]["secondary_signal_id"]} == {"double_debit", "slow_internet"}
    assert pd.isna(tag[1]["secondary_signal_id"])


def test_word_pairs_are_unordered_windowed_and_optionally_stemmed():
    assert sorted(WordPairs(window=8)("card not arrived card")) == ["arrived|card", "arrived|not", "card|not"]
    assert sorted(WordPairs(window=1)("a b c")) == ["a|b", "b|c"]
    assert WordPairs(prefix=3)("arrived arriving") == []
    assert WordPairs(prefix=3)("cards arrived") == ["arr|car"]


def test_the_problem_stated_first_is_the_primary_signal(trained):
    model, _ = trained
    first, then = "dubbele incasso van mijn rekening", "mijn internet is heel traag"
    tags = tag_texts(model, [f"{first}. Daarnaast {then}", f"{then}. Daarnaast {first}"],
                     min_confidence=0.5).to_dict("records")
    assert (tags[0]["signal_id"], tags[0]["secondary_signal_id"]) == ("double_debit", "slow_internet")
    assert (tags[1]["signal_id"], tags[1]["secondary_signal_id"]) == ("slow_internet", "double_debit")
    steps = dict(zip(model.classes, [model.signal_steps.get(c) for c in model.classes]))
    assert [t["journey_step_id"] for t in tags] == [steps["double_debit"], steps["slow_internet"]]
