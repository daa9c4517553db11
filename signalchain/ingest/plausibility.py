"""Plausibility rules: values that parse but cannot be true. Defined here once, applied by the
ingest's typed SELECT (parsing.py), documented in docs/SPEC.md section 3.

Two outcomes, chosen per rule by what keeping the row is worth:
- quarantine, when the row as a whole is wrong: a contact dated after the ingest moment (plus a
  margin) or before the floor date (both settings, signalchain/settings.py) cannot be placed in
  time, and would invent months; a score outside its scale, or a fraction on
  a scale of whole points (NPS, CES), is no answer that was given.
- null and flag, when the row is right and one optional value is not: a call of -30 seconds still
  happened and its contact counts; only its duration is unknown. The value is nulled and the
  row's `_warnings` says what was nulled and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from signalchain.ingest.contracts import SCORE_RANGES, WHOLE_POINT_SCORES, Column, Source
from signalchain.settings import DATE_FLOOR, FUTURE_MARGIN_DAYS


@dataclass(frozen=True)
class Bounds:
    """The window an event time must lie in, fixed once per ingest run."""

    latest: dt.datetime
    earliest: dt.date

    @classmethod
    def as_of(cls, ingested_at: dt.datetime) -> Bounds:
        latest = ingested_at + dt.timedelta(days=FUTURE_MARGIN_DAYS.number())
        return cls(latest, dt.date.fromisoformat(DATE_FLOOR.value()))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def event_time_problem(column: Column, bounds: Bounds) -> list[str]:
    """Reason SQL for an event time after the latest or before the earliest plausible moment."""
    if not column.event_time:
        return []
    typed = _quote(column.name)
    shown = f"strftime(timezone('Europe/Amsterdam', {typed}), '%Y-%m-%d %H:%M')"
    latest = bounds.latest.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")
    return [f"CASE WHEN {typed} > TIMESTAMPTZ '{latest}' THEN '{column.name} ' || {shown} || "
            f"' lies in the future (more than {FUTURE_MARGIN_DAYS.value()} day(s) after ingest)' "
            f"WHEN {typed} < TIMESTAMPTZ '{bounds.earliest.isoformat()} 00:00:00+00' THEN '{column.name} ' || "
            f"{shown} || ' lies before the floor date {bounds.earliest.isoformat()}' END"]


def score_problem(source: Source, present: set[str]) -> list[str]:
    """Reason SQL for a survey score outside its scale or between the points of a whole-point scale."""
    if source.name != "surveys" or not {"score", "survey_type"} <= present:
        return []
    outside = " ".join(
        f"WHEN survey_type = '{kind}' AND NOT score BETWEEN {low} AND {high} "
        f"THEN 'score ' || trim(__raw_score) || ' out of range {low}-{high} for {kind}'"
        for kind, (low, high) in SCORE_RANGES.items())
    kinds = ", ".join(f"'{kind}'" for kind in WHOLE_POINT_SCORES)
    fraction = (f"WHEN survey_type IN ({kinds}) AND score <> round(score) "
                "THEN 'score ' || trim(__raw_score) || ' is not a whole point on the ' || survey_type || ' scale'")
    return [f"CASE {outside} {fraction} END"]


def nulled_value(column: Column) -> str:
    """The stored value: the parsed one, or NULL when a null-and-flag rule says it cannot be true."""
    typed = _quote(column.name)
    if column.minimum is None:
        return typed
    return f"CASE WHEN {typed} < {column.minimum} THEN NULL ELSE {typed} END"


def warnings(source: Source, present: set[str]) -> str:
    """SQL for the row's `_warnings`: what a null-and-flag rule nulled, or NULL."""
    flags = [f"CASE WHEN {_quote(c.name)} < {c.minimum} THEN '{c.name} ' || trim({_quote('__raw_' + c.name)}) "
             f"|| ' below {c.minimum:g}: nulled' END"
             for c in source.columns if c.minimum is not None and c.name in present]
    return f"nullif(concat_ws('; ', {', '.join(flags)}), '')" if flags else "NULL::VARCHAR"
