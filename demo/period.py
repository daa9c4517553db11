"""The generated period: days as indexes 0..days-1, with calendar features per day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np

DEFAULT_END = dt.date(2026, 10, 31)

# Mild yearly pattern: contacts peak in mid-January and dip in mid-July.
YEARLY_AMPLITUDE = 0.06
YEARLY_PEAK_DAY_OF_YEAR = 15


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def ending(cls, end: dt.date | None, days: int) -> "Period":
        if days < 1:
            raise ValueError("days must be at least 1")
        end = end or DEFAULT_END
        return cls(end - dt.timedelta(days=days - 1), end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @cached_property
    def dates(self) -> np.ndarray:
        return np.datetime64(self.start, "D") + np.arange(self.days)

    @cached_property
    def weekday(self) -> np.ndarray:
        """0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday)."""
        return ((self.dates.astype(np.int64) + 3) % 7).astype(np.int8)

    @cached_property
    def yearly(self) -> np.ndarray:
        day_of_year = (self.dates - self.dates.astype("datetime64[Y]")).astype(np.int64) + 1
        phase = 2 * np.pi * (day_of_year - YEARLY_PEAK_DAY_OF_YEAR) / 365.25
        return 1.0 + YEARLY_AMPLITUDE * np.cos(phase)

    @cached_property
    def month_index(self) -> np.ndarray:
        """Calendar month per day as months since 1970 (to group days by month)."""
        return self.dates.astype("datetime64[M]").astype(np.int64)

    def day_at(self, fraction: float) -> int:
        return int(round(fraction * (self.days - 1)))

    def date_of(self, day: int) -> dt.date:
        return self.start + dt.timedelta(days=int(day))
