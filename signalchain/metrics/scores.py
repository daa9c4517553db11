"""Survey scores as docs/SPEC.md section 5 defines them, for checking the SQL and for Python callers.

Every function takes the raw scores of one group of responses and returns None when there are
none: "no answers" is a data gap, never a zero.
"""

from __future__ import annotations

from collections.abc import Iterable

PROMOTER_MIN = 9  # NPS 9-10
DETRACTOR_MAX = 6  # NPS 0-6


def _clean(scores: Iterable[float | None]) -> list[float]:
    return [float(s) for s in scores if s is not None and s == s]


def nps_group(score: float) -> str:
    """promoter (9-10), passive (7-8) or detractor (0-6)."""
    if score >= PROMOTER_MIN:
        return "promoter"
    return "detractor" if score <= DETRACTOR_MAX else "passive"


def nps(scores: Iterable[float | None]) -> float | None:
    """Net Promoter Score: % promoters minus % detractors, on -100..100."""
    values = _clean(scores)
    if not values:
        return None
    promoters = sum(1 for s in values if s >= PROMOTER_MIN)
    detractors = sum(1 for s in values if s <= DETRACTOR_MAX)
    return 100.0 * (promoters - detractors) / len(values)


def mean_score(scores: Iterable[float | None]) -> float | None:
    values = _clean(scores)
    return sum(values) / len(values) if values else None


def csat(scores: Iterable[float | None]) -> float | None:
    """Customer satisfaction: the mean 1-10 grade ("KTV")."""
    return mean_score(scores)


def ces(scores: Iterable[float | None]) -> float | None:
    """Customer effort score: the mean 1-7 score (7 = very easy)."""
    return mean_score(scores)
