"""The customer base: who is a customer on which day, segment, product and migration wave."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from demo import planted
from demo.scenario import Scenario

NO_END = np.iinfo(np.int32).max
UPLIFT_DAYS = 7 * len(planted.UPLIFT_PCT_BY_WEEK)


@dataclass(frozen=True)
class Customers:
    ids: np.ndarray  # "KL" + 7 digits, ascending with customer_since
    since: np.ndarray  # first active day (index in the period; negative = before the start)
    until: np.ndarray  # first day no longer a customer (NO_END = still a customer)
    segment: np.ndarray
    product: np.ndarray
    wave: np.ndarray  # index into scenario.waves, -1 = not migrated

    def __len__(self) -> int:
        return len(self.ids)

    def active_counts(self, days: int) -> np.ndarray:
        """Active customers per day: customer_since <= day < customer_until."""
        starts = np.bincount(np.clip(self.since, 0, days), minlength=days + 1)[:days]
        ends = np.bincount(np.clip(self.until[self.until < days], 0, days), minlength=days + 1)[:days]
        return np.cumsum(starts) - np.cumsum(ends)

    def is_active(self, customer: np.ndarray, day: np.ndarray) -> np.ndarray:
        return (self.since[customer] <= day) & (day < self.until[customer])


def _since_and_until(n: int, days: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    joiner = rng.random(n) < planted.JOINER_SHARE
    if days < 2:
        joiner[:] = False
    tenure = rng.exponential(5.5 * 365, n)
    tenure = np.where(tenure > 20 * 365, rng.uniform(8 * 365, 20 * 365, n), tenure)
    tenure_days = tenure.astype(np.int32) + 1
    since = np.where(joiner, rng.integers(1, max(days, 2), n), -tenure_days).astype(np.int32)
    until = np.full(n, NO_END, dtype=np.int32)
    if days >= 2:
        leaves = (~joiner & (rng.random(n) < planted.LEAVER_SHARE)) | (joiner & (rng.random(n) < 0.05))
        leave_day = rng.integers(1, days, n)
        ok = leaves & (leave_day > since + 30)
        until[ok] = leave_day[ok]
    return since, until


def _ids(n: int, rng: np.random.Generator) -> np.ndarray:
    numbers = 1_000_000 + np.cumsum(rng.integers(1, 2 * max(1, 8_000_000 // max(n, 1)), n))
    if numbers[-1] > 9_999_999:
        numbers = 1_000_000 + np.sort(rng.choice(9_000_000, n, replace=False))
    return np.array([f"KL{x}" for x in numbers.tolist()], dtype=object)


def _waves(since: np.ndarray, until: np.ndarray, scenario: Scenario, rng: np.random.Generator) -> np.ndarray:
    """Pick each wave among customers active from the migration through the uplift weeks."""
    n, days = len(since), scenario.period.days
    wave = np.full(n, -1, dtype=np.int8)
    for index, w in enumerate(scenario.waves):
        stays_until = min(w.day + UPLIFT_DAYS, days)
        eligible = np.flatnonzero((since <= w.day) & (until > stays_until) & (wave < 0))
        size = min(len(eligible), int(round(w.share * n)))
        wave[rng.choice(eligible, size, replace=False)] = index
    return wave


def make_customers(n: int, scenario: Scenario, rng: np.random.Generator) -> Customers:
    if n < 1:
        raise ValueError("customers must be at least 1")
    since, until = _since_and_until(n, scenario.period.days, rng)
    order = np.argsort(since, kind="stable")
    since, until = since[order], until[order]
    products, weights = zip(*planted.PRODUCTS)
    return Customers(
        ids=_ids(n, rng),
        since=since,
        until=until,
        segment=np.where(rng.random(n) < planted.BUSINESS_SHARE, "zakelijk", "consument").astype(object),
        product=np.array(products, dtype=object)[rng.choice(len(products), n, p=weights)],
        wave=_waves(since, until, scenario, rng),
    )
