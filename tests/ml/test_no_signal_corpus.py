"""The built-in no-signal corpus (ml/data/no_signal.csv): what it covers, and that it ships."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from ml.no_signal import no_signal_corpus
from ml.text import dedup_key

KINDS = {"praise", "thanks", "no_complaints", "neutral", "greeting", "auto_reply", "spam", "test",
         "wrong_address", "internal"}


def test_a_few_hundred_distinct_lines_of_every_kind_in_dutch_and_english():
    corpus = no_signal_corpus()
    assert 300 <= len(corpus) <= 600
    assert set(corpus["kind"]) == KINDS
    assert corpus["language"].value_counts().to_dict().keys() == {"nl", "en"}
    assert (corpus["language"] == "en").sum() >= 50 and (corpus["language"] == "nl").sum() >= 200
    assert not corpus["text"].map(dedup_key).duplicated().any()
    assert corpus["text"].str.strip().ne("").all()
    assert corpus.loc[corpus["text"].str.len() > 60, "text"].size >= 10  # not only one-liners


def test_the_corpus_is_package_data():
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["ml"]
    assert any(fnmatch("data/no_signal.csv", pattern) for pattern in patterns)
