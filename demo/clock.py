"""Times of day and time zones: contacts happen in Europe/Amsterdam local time."""

from __future__ import annotations

import numpy as np
import pandas as pd

from demo.period import Period

ZONE = "Europe/Amsterdam"

# Relative contacts per hour 0..23: the call centre is open 8:00-21:00, digital channels all day.
PHONE_HOURS = np.array([0, 0, 0, 0, 0, 0, 0, 0, .8, 1.3, 1.4, 1.3, 1.0, 1.1, 1.1, 1.0, .9, .7, .5, .4, .3, 0, 0, 0])
DIGITAL_HOURS = np.array([.15, .08, .05, .04, .05, .1, .25, .5, .8, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, .95, .9,
                          .9, 1.0, 1.1, 1.0, .7, .35])


def _hours(weights: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.choice(24, n, p=weights / weights.sum())


def local_seconds(by_phone: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Seconds after local midnight; phone contacts on whole minutes (call exports have no seconds)."""
    n = len(by_phone)
    hours = np.where(by_phone, _hours(PHONE_HOURS, n, rng), _hours(DIGITAL_HOURS, n, rng))
    seconds = hours * 3600 + rng.integers(0, 3600, n)
    return np.where(by_phone, seconds - seconds % 60, seconds).astype(np.int64)


def to_instants(period: Period, day: np.ndarray, seconds: np.ndarray) -> pd.DatetimeIndex:
    """Local wall-clock times as tz-aware Amsterdam times (DST gap shifted forward, overlap = summer time)."""
    naive = period.dates[day].astype("datetime64[s]") + seconds.astype("timedelta64[s]")
    return pd.DatetimeIndex(naive).tz_localize(ZONE, ambiguous=np.ones(len(naive), dtype=bool),
                                               nonexistent="shift_forward")


def at_local(dates: np.ndarray, seconds: np.ndarray) -> pd.DatetimeIndex:
    """Like to_instants, from absolute dates (datetime64[D]) instead of day indexes."""
    naive = dates.astype("datetime64[s]") + seconds.astype("timedelta64[s]")
    return pd.DatetimeIndex(naive).tz_localize(ZONE, ambiguous=np.ones(len(naive), dtype=bool),
                                               nonexistent="shift_forward")
