"""The night's key figures: the tiles at the top of the page and the metadata of the Dagster asset.
Plain values, read from the same marts as the sections."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from signalchain.metrics.tables import SIGNAL_IMPACT_TRAILING
from signalchain.report import queries
from signalchain.report.formatting import is_missing
from signalchain.report.sections.migration import weeks_above_plan


@dataclass(frozen=True)
class KeyFigures:
    period_start: str | None = None  # ISO dates
    period_end: str | None = None
    contacts: int | None = None  # on taxonomy signals over the trailing year
    cost_eur: float | None = None
    top_signal_id: str | None = None
    top_signal_contacts: int | None = None
    verdicts: dict[str, str] = field(default_factory=dict)  # action_id -> verdict
    eur_saved_improved: float | None = None  # by the improved actions, in their effect windows
    waves_above_plan: dict[str, list[int]] = field(default_factory=dict)  # wave -> weeks above the capacity plan

    def metadata(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if value not in (None, {}, [])}


def key_figures(con: duckdb.DuckDBPyConnection) -> KeyFigures:
    values = {}
    trailing = queries.read(con, SIGNAL_IMPACT_TRAILING, f"""
        SELECT min(period_start) AS period_start, max(period_end) AS period_end, sum(contacts) AS contacts,
               sum(cost_eur) AS cost_eur, arg_min(signal_id, rank) AS top_signal_id,
               arg_min(contacts, rank) AS top_signal_contacts
        FROM {SIGNAL_IMPACT_TRAILING}""")
    if trailing is not None and not is_missing(trailing["period_end"].iloc[0]):
        row = trailing.iloc[0]
        values.update(period_start=str(row["period_start"].date()), period_end=str(row["period_end"].date()),
                      contacts=int(row["contacts"]), cost_eur=round(float(row["cost_eur"]), 2),
                      top_signal_id=row["top_signal_id"], top_signal_contacts=int(row["top_signal_contacts"]))
    effects = queries.action_effects(con)
    if effects is not None and not effects.empty:
        improved = effects[effects["verdict"] == "improved"]
        values.update(verdicts=dict(zip(effects["action_id"], effects["verdict"])),
                      eur_saved_improved=round(float(improved["eur_saved"].sum()), 2))
    weeks = queries.migration_weeks(con)
    if weeks is not None:
        values["waves_above_plan"] = {wave: weeks_above_plan(rows) for wave, rows in weeks.groupby("migration_wave")}
    return KeyFigures(**values)
