"""Planted satisfaction: a customer's scores in a month drop by the penalties of the signals they had.

CSAT = base + sd * e - sum of penalties (each signal counted once per customer-month); NPS and CES
use the same latent e and penalty sum, scaled (planted.SCORE_MODEL). After an action goes live,
its signal's penalty scales with its planted volume effect (ACT-001: 40% fewer contacts and a
40% smaller penalty) and surveys on its journey step gain `step_csat_gain` points, so satisfaction
on that step rises.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from demo import planted
from demo.scenario import Scenario


def contact_penalties(scenario: Scenario, signal: np.ndarray, day: np.ndarray) -> np.ndarray:
    penalty = scenario.penalties[signal].astype(float)
    for action in scenario.actions:
        after = (signal == scenario.index(action.signal_id)) & (day >= action.day)
        penalty[after] *= 1.0 + action.effect_pct / 100.0
    return penalty


def penalty_sums(scenario: Scenario, contacts: pd.DataFrame) -> pd.Series:
    """Penalty sum per (customer, month), keyed customer * 10**6 + month index."""
    signal, day = contacts["signal"].to_numpy(), contacts["day"].to_numpy()
    frame = pd.DataFrame({
        "key": contacts["customer"].to_numpy().astype(np.int64) * 10**6 + scenario.period.month_index[day],
        "signal": signal,
        "penalty": contact_penalties(scenario, signal, day),
    })
    return frame.groupby(["key", "signal"])["penalty"].max().groupby(level="key").sum()


def scores(survey_type: np.ndarray, penalty: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    latent = rng.standard_normal(len(survey_type))
    out = np.zeros(len(survey_type), dtype=np.int64)
    for kind, (base, sd, multiplier, low, high) in planted.SCORE_MODEL.items():
        rows = survey_type == kind
        raw = base + sd * latent[rows] - multiplier * penalty[rows]
        out[rows] = np.clip(np.rint(raw), low, high).astype(np.int64)
    return out


def step_gains(scenario: Scenario, step: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Planted satisfaction gain (CSAT points) on an action's journey step after its go-live."""
    gain = np.zeros(len(step))
    for action in scenario.actions:
        action_step = scenario.taxonomy.step_of[action.signal_id]
        gain[(step == action_step) & (day >= action.day)] += action.step_csat_gain
    return gain


def is_low(survey_type: np.ndarray, score: np.ndarray) -> np.ndarray:
    return np.where(survey_type == "CES", score <= 4, score <= 6)


def observed_csat_gaps(scenario: Scenario, contacts: pd.DataFrame, surveys: pd.DataFrame) -> np.ndarray:
    """Per signal: mean CSAT of responses without the signal that month minus those with it.

    This is the with/without comparison of docs/SPEC.md section 5 on the generated data. It differs from the
    planted penalty because post-contact surveys select customers who had some contact.
    """
    month = scenario.period.month_index
    width = len(scenario.signals)
    had = np.unique((contacts["customer"].to_numpy().astype(np.int64) * 10**6 + month[contacts["day"].to_numpy()])
                    * width + contacts["signal"].to_numpy())
    csat = surveys[surveys["survey_type"] == "CSAT"]
    keys = (csat["customer"].to_numpy().astype(np.int64) * 10**6 + month[csat["day"].to_numpy()]) * width
    score = csat["score"].to_numpy().astype(float)
    gaps = np.full(width, np.nan)
    for signal in range(width):
        probe = keys + signal
        position = np.minimum(np.searchsorted(had, probe), len(had) - 1)
        with_signal = had[position] == probe if len(had) else np.zeros(len(probe), dtype=bool)
        if with_signal.any() and (~with_signal).any():
            gaps[signal] = score[~with_signal].mean() - score[with_signal].mean()
    return gaps
