"""How many contacts per day and signal: planted intensities, the expected counts, and Poisson draws.

Base contacts: active customers x rate/1000 x weekday factor x yearly pattern x action effect x dip.
Migration uplift: each wave's customers get extra contacts in the weeks after their migration, a
planted percentage of their own base rate, spread over the uplift signals.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from demo import planted
from demo.customers import Customers
from demo.scenario import Scenario


@dataclass(frozen=True)
class Volumes:
    active: np.ndarray  # active customers per day
    base_rate: np.ndarray  # (days, signals): expected contacts per active customer
    expected: np.ndarray  # (days, signals): expected base contacts
    counts: np.ndarray  # (days, signals): drawn base contacts
    wave_size: np.ndarray  # customers per wave
    uplift_expected: np.ndarray  # (waves, days, signals)
    uplift_counts: np.ndarray  # (waves, days, signals)

    def expected_per_signal(self) -> np.ndarray:
        return self.expected.sum(axis=0) + self.uplift_expected.sum(axis=(0, 1))


def base_rate(scenario: Scenario) -> np.ndarray:
    period = scenario.period
    rate = (scenario.rates / 1000.0)[None, :] * scenario.weekday[:, period.weekday].T * period.yearly[:, None]
    days = np.arange(period.days)
    for action in scenario.actions:
        rate[days >= action.day, scenario.index(action.signal_id)] *= 1.0 + action.effect_pct / 100.0
    dip = scenario.dip
    rate[dip.start_day:dip.end_day, scenario.index(dip.signal_id)] *= dip.factor
    return rate


def uplift_pct(scenario: Scenario, wave_index: int) -> np.ndarray:
    """Planted uplift per day (as a fraction of the base rate) for one wave."""
    weeks = (np.arange(scenario.period.days) - scenario.waves[wave_index].day) // 7
    pct = np.zeros(scenario.period.days)
    for week, value in enumerate(planted.UPLIFT_PCT_BY_WEEK):
        pct[weeks == week] = value / 100.0
    return pct


def draw_volumes(scenario: Scenario, customers: Customers, rng: np.random.Generator) -> Volumes:
    rate = base_rate(scenario)
    active = customers.active_counts(scenario.period.days)
    expected = active[:, None] * rate
    wave_size = np.array([(customers.wave == i).sum() for i in range(len(scenario.waves))])
    total_rate = rate.sum(axis=1)
    uplift = np.stack([
        (wave_size[i] * uplift_pct(scenario, i) * total_rate)[:, None] * scenario.uplift_share[None, :]
        for i in range(len(scenario.waves))]) if len(scenario.waves) else np.zeros((0, *rate.shape))
    return Volumes(active=active, base_rate=rate, expected=expected, counts=rng.poisson(expected),
                   wave_size=wave_size, uplift_expected=uplift, uplift_counts=rng.poisson(uplift))
