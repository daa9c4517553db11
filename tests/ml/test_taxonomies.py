"""Any taxonomy works: the real training and tagging on taxonomies unlike the default one.

Each case trains ml.train.train_candidate on invented texts (tests/ml/synthetic.py) for a
taxonomy built here, then tags fresh texts with ml.predict.tag_texts at the model's own
threshold. Embeddings are switched off: they are not what is tested, and they cost time.
"""

import pandas as pd
import pytest

from ml.decide import TAG_COLUMNS
from ml.pipeline import PipelineSettings
from ml.predict import tag_texts
from ml.taxonomy import OTHER, UNKNOWN, Taxonomy
from ml.train import train_candidate
from signalchain.settings import MIN_CONFIDENCE
from tests.ml.synthetic import invented_texts

FAST = PipelineSettings(embedding_weight=None)
SIGNALS = [f"signal_{i}" for i in range(6)]
TAXONOMIES = {
    "no_steps": {**{s: None for s in SIGNALS}, OTHER: None},
    "one_step": {**{s: "service" for s in SIGNALS}, OTHER: None},
    "no_other": {s: ("bill" if i % 2 else "use") for i, s in enumerate(SIGNALS)},
    "150_classes": {f"signal_{i}": f"step_{i % 8}" for i in range(150)},
}
STEPS_SEEN = {"no_steps": set(), "one_step": {"service"}, "no_other": {"bill", "use"},
              "150_classes": {f"step_{i}" for i in range(8)}}


@pytest.fixture(scope="module", params=list(TAXONOMIES))
def case(request):
    """(name, taxonomy, model, metadata, fresh texts with their signal)."""
    steps = TAXONOMIES[request.param]
    taxonomy = Taxonomy(signal_steps=steps, code_signals={})
    signals = list(steps)
    per_signal = 6 if len(signals) > 100 else 45  # a hold-out of 50+ texts: thresholds are chosen on it
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(MIN_CONFIDENCE.variable, raising=False)
        model, metadata = train_candidate(invented_texts(signals, per_signal), taxonomy, settings=FAST)
    return request.param, taxonomy, model, metadata, invented_texts(signals, per_signal=2, seed=1)


def _tags(model, fresh: pd.DataFrame) -> pd.DataFrame:
    return tag_texts(model, fresh["text"].tolist(), model.min_confidence_in_force())


def test_training_knows_every_signal_and_chooses_its_thresholds_on_the_hold_out(case):
    _, taxonomy, model, metadata, _ = case
    assert set(model.classes) == set(taxonomy.signals)
    assert metadata["abstention"]["chosen_on_hold_out"] and metadata["secondary_signal"]["tuned"]
    assert metadata["abstention"]["min_confidence"] == model.min_confidence >= 0.5
    assert metadata["metrics"]["min_confidence"] == model.min_confidence
    assert metadata["metrics"]["macro_f1"] > 0.8
    assert {row["signal_id"] for row in metadata["metrics"]["per_signal"]} <= set(taxonomy.signals)


def test_fresh_texts_get_their_signal_and_the_signals_step(case):
    _, taxonomy, model, _, fresh = case
    tags = _tags(model, fresh)
    assert list(tags.columns) == TAG_COLUMNS and len(tags) == len(fresh)
    assert (tags["signal_id"] == fresh["signal_id"]).mean() > 0.9
    tagged = tags[tags["signal_id"] != UNKNOWN]
    expected_steps = tagged["signal_id"].map(taxonomy.signal_steps)
    assert tagged["journey_step_id"].tolist() == expected_steps.tolist()
    assert set(tags["journey_step_id"].dropna()) <= {s for s in taxonomy.signal_steps.values() if s}


def test_every_signal_is_reachable(case):
    _, taxonomy, model, _, fresh = case
    assert set(_tags(model, fresh)["signal_id"]) >= set(taxonomy.signals)


def test_a_second_problem_after_a_connector_is_the_secondary_and_empty_texts_pass(case):
    _, _, model, _, fresh = case
    one, two = fresh.drop_duplicates("signal_id").head(2).to_dict("records")
    tags = _tags(model, pd.DataFrame({"text": [f"{one['text']}. Daarnaast {two['text']}", "", None]}))
    assert {tags.loc[0, "signal_id"], tags.loc[0, "secondary_signal_id"]} == {one["signal_id"], two["signal_id"]}
    assert len(tags) == 3


def test_steps_are_none_without_steps_the_one_step_with_one_and_each_step_of_many(case):
    name, _, model, _, fresh = case
    assert set(_tags(model, fresh)["journey_step_id"].dropna()) == STEPS_SEEN[name]
