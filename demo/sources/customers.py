"""customers/: one plain UTF-8 CSV export of the customer base, dates ISO, migrated_at with offset."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import writers
from demo.clock import at_local
from demo.customers import NO_END
from demo.text.context import TextContext

MIGRATION_HOUR = 6


def _dates(start: np.datetime64, offsets: np.ndarray, missing: np.ndarray) -> np.ndarray:
    text = np.datetime_as_string(start + offsets.astype("timedelta64[D]"), unit="D").astype(object)
    text[missing] = ""
    return text


def write_customers(ctx: TextContext, out: Path) -> int:
    c, scenario = ctx.customers, ctx.scenario
    start = np.datetime64(scenario.period.start, "D")
    migrated = c.wave >= 0
    wave_day = np.array([w.day for w in scenario.waves] or [0])[np.maximum(c.wave, 0)]
    migrated_at = writers.iso_with_offset(pd.Series(at_local(scenario.period.dates[wave_day],
                                                             np.full(len(c), MIGRATION_HOUR * 3600))))
    frame = pd.DataFrame({
        "customer_id": c.ids,
        "segment": c.segment,
        "product": c.product,
        "customer_since": _dates(start, c.since, np.zeros(len(c), dtype=bool)),
        "customer_until": _dates(start, np.where(c.until == NO_END, 0, c.until), c.until == NO_END),
        "migration_wave": np.where(migrated, np.array([w.name for w in scenario.waves] or [""],
                                                      dtype=object)[np.maximum(c.wave, 0)], ""),
        "migrated_at": np.where(migrated, migrated_at, ""),
    })
    folder = out / "customers"
    folder.mkdir(parents=True, exist_ok=True)
    writers.plain_csv(frame, folder / f"klanten_export_{scenario.period.end:%Y%m%d}.csv")
    return len(frame)
