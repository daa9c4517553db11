"""From probabilities to tags: step back-off and the journey step (hand-made probabilities); abstention
and secondary signals are in test_abstention.py."""

import numpy as np
import pytest

from ml.decide import decide
from ml.model import SignalModel


class _Fixed:
    classes_ = np.array(["double_debit", "invoice_unclear", "long_waiting_time", "other"])


@pytest.fixture
def model():
    steps = {"double_debit": "bill", "invoice_unclear": "bill", "long_waiting_time": "service", "other": None}
    return SignalModel(pipeline=_Fixed(), signal_steps=steps, secondary_threshold=0.3)


def _decide(model, rows):
    return decide(model, np.array(rows, dtype=float), min_confidence=0.5).to_dict("records")


def test_a_confident_signal_carries_its_step(model):
    tag, = _decide(model, [[0.8, 0.1, 0.05, 0.05]])
    assert (tag["signal_id"], tag["journey_step_id"], tag["secondary_signal_id"]) == ("double_debit", "bill", None)
    assert tag["signal_confidence"] == pytest.approx(0.8)
    assert tag["journey_step_confidence"] == pytest.approx(0.9)


def test_uncertain_signal_backs_off_to_a_certain_step(model):
    tag, = _decide(model, [[0.35, 0.3, 0.2, 0.15]])
    assert tag["signal_id"] == "unknown"
    assert tag["journey_step_id"] == "bill"
    assert tag["journey_step_confidence"] == pytest.approx(0.65)


def test_uncertain_everything_is_unknown_without_a_step(model):
    tag, = _decide(model, [[0.3, 0.05, 0.25, 0.4]])
    assert tag["signal_id"] == "unknown"
    assert tag["journey_step_id"] is None


def test_other_has_no_step_and_no_secondary(model):
    tag, = _decide(model, [[0.05, 0.05, 0.3, 0.6]])
    assert (tag["signal_id"], tag["journey_step_id"], tag["secondary_signal_id"]) == ("other", None, None)


def test_a_weak_second_signal_is_no_secondary(model):
    tag, = _decide(model, [[0.75, 0.2, 0.03, 0.02]])
    assert tag["secondary_signal_id"] is None
