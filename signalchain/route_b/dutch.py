"""Numbers as Dutch readers write them in feedback: 5.000 contacten, EUR 50.000, +0,3.

The report's Dutch number format (signalchain/report/formatting.py, Babel's nl_NL), so a figure reads
the same in a feedback draft as in the report.
"""

from __future__ import annotations

from signalchain.report.formatting import NumberFormat

_NL = NumberFormat("nl")


def number(value: float, decimals: int = 0) -> str:
    """Thousands with a point, decimals with a comma: 5000 -> 5.000, 1234.5 (1) -> 1.234,5."""
    return _NL.number(value, decimals)


def euros(value: float) -> str:
    """Whole euros: EUR 50.000."""
    return _NL.euros(value)


def signed(value: float, decimals: int = 1) -> str:
    """With its sign: +0,3, -1,2; a change that rounds to zero as 0,0."""
    zero = _NL.number(0, decimals)
    return zero if _NL.number(abs(value), decimals) == zero else _NL.number(value, decimals, signed=True)
