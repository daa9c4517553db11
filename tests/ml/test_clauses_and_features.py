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
