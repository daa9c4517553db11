"""Numbers and dates as people read them in the report's language: "EUR 9.953" and "0,3" in Dutch,
"EUR 9,953" and "0.3" in English (Babel's CLDR locale data, so grouping and decimal marks are
the locale's own and not hand-written here). Missing values are shown as a dash, never as 0.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
MISSING = "–"


def is_missing(value) -> bool:
    """None, NaN and pandas' NA/NaT alike."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


class NumberFormat:
    def __init__(self, language: str):
        if language not in LOCALES:
            raise ValueError(f"report language must be one of {sorted(LOCALES)}, not {language!r}")
        self.language = language
        self.locale = LOCALES[language]

    def number(self, value, decimals: int = 0, signed: bool = False) -> str:
        """A number with the locale's thousands and decimal marks, rounded half away from zero."""
        if is_missing(value):
            return MISSING
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        if signed:
            pattern = f"+{pattern};-{pattern}"
        rounded = _round_half_away(float(value), decimals)
        return format_decimal(rounded, format=pattern, locale=self.locale, decimal_quantization=True)

    def euros(self, value) -> str:
        """Whole euros: "EUR 9.953" (nl), "EUR 9,953" (en); the report's figures are not about cents."""
        return MISSING if is_missing(value) else f"EUR {self.number(value)}"

    def percent(self, value, decimals: int = 1, signed: bool = False) -> str:
        """A value already in percent (the marts' *_pct columns): -39,4%."""
        return MISSING if is_missing(value) else f"{self.number(value, decimals, signed)}%"

    def share(self, value, decimals: int = 1) -> str:
        """A share 0..1 as a percentage: 0.991 -> 99,1%."""
        return MISSING if is_missing(value) else self.percent(100 * float(value), decimals)

    def p_value(self, value) -> str:
        if is_missing(value):
            return MISSING
        return f"p < {self.number(0.001, 3)}" if value < 0.001 else f"p = {self.number(value, 3)}"

    def date(self, value) -> str:
        """5 mrt 2026 / 5 Mar 2026."""
        return MISSING if is_missing(value) else format_date(_as_date(value), "d MMM y", locale=self.locale)

    def day_month(self, value) -> str:
        return MISSING if is_missing(value) else format_date(_as_date(value), "d MMM", locale=self.locale)

    def month(self, value) -> str:
        """mrt 2026 / Mar 2026."""
        return MISSING if is_missing(value) else format_date(_as_date(value), "MMM y", locale=self.locale)

    def month_name(self, value) -> str:
        """mrt / Mar."""
        return MISSING if is_missing(value) else format_date(_as_date(value), "MMM", locale=self.locale)

    def plotly_separators(self) -> str:
        """Plotly's layout.separators: the decimal mark, then the thousands mark, as the locale has them."""
        return self.number(1000.5, 1)[-2] + self.number(1000)[1]


def _round_half_away(value: float, decimals: int) -> float:
    """2.5 -> 3 and 0.25 -> 0.3 as a reader expects (Babel's default rounds half to even)."""
    factor = 10 ** decimals
    rounded = math.floor(abs(value) * factor + 0.5 + 1e-9) / factor
    return math.copysign(rounded, value) if rounded else 0.0  # no "-0,0"


def _as_date(value) -> dt.date:
    """A date from a date, a timestamp or ISO text (the key figures keep dates as text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else pd.Timestamp(value).date()
