"""complaints/: UTF-8 CSV with BOM per quarter from the complaint system, plus one re-delivery.

Each quarterly export shows a complaint's status at export time. The first export is delivered
again a month later: the same rows, with complaints that were closed in the meantime updated
(status and closed_at changed, same complaint_id), so ingest must keep the latest version.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import writers
from demo.phrases import bank
from demo.text.complaint import compose_complaints
from demo.text.context import TextContext

REDELIVERY_AFTER_DAYS = 30
STATUSES = bank("complaint_frame").STATUSES


def _handling(ctx: TextContext, complaints: pd.DataFrame) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    rng = ctx.rng("complaints.fields")
    n = len(complaints)
    days = (2 + rng.exponential(10, n)).astype(np.int64)
    closed = complaints["occurred_at"] + pd.to_timedelta(days * 86400 + rng.integers(-3600, 3600, n), unit="s")
    rejected = rng.random(n) < 0.1
    service = np.isin(ctx.step_names(complaints["signal"].to_numpy()), ["service", "leave"])
    escalated = rng.random(n) < np.where(service, 0.25, 0.10)
    return closed, rejected, escalated


def _export(table: pd.DataFrame, closed: pd.Series, rejected: np.ndarray, exported_at: pd.Timestamp) -> pd.DataFrame:
    """The rows as the complaint system shows them at `exported_at`."""
    done = (closed <= exported_at).to_numpy()
    filed = pd.to_datetime(table["filed_at"]).dt.tz_localize(None)
    fresh = ((exported_at.tz_localize(None) - filed) < pd.Timedelta(days=3)).to_numpy()
    status = np.where(done, np.where(rejected, STATUSES["rejected"], STATUSES["closed"]),
                      np.where(fresh, STATUSES["open"], STATUSES["in_progress"]))
    closed_text = writers.local_iso(closed, " ")
    return table.assign(status=status, closed_at=np.where(done, closed_text, ""))


def build_complaints(ctx: TextContext, complaints: pd.DataFrame) -> pd.DataFrame:
    customer = complaints["customer"].to_numpy()
    texts = compose_complaints(ctx, complaints["signal"].to_numpy(), complaints["secondary"].to_numpy(), customer,
                               complaints["day"].to_numpy(), complaints["channel"].to_numpy(),
                               (complaints["language"] == "en").to_numpy())
    return pd.DataFrame({
        "complaint_id": complaints["contact_id"].to_numpy(),
        "customer_id": ctx.customers.ids[customer],
        "filed_at": writers.local_iso(complaints["occurred_at"], " "),
        "channel": complaints["channel"].to_numpy(),
        "text": texts,
    })


def write_complaints(ctx: TextContext, complaints: pd.DataFrame, out: Path) -> tuple[int, pd.DataFrame]:
    """Write the quarterly exports and the re-delivery; returns rows written (re-delivery included) and the rows."""
    complaints = complaints.reset_index(drop=True)
    table = build_complaints(ctx, complaints)
    closed, rejected, escalated = _handling(ctx, complaints)
    table["escalated"] = np.where(escalated, "ja", "nee")
    folder = out / "complaints"
    folder.mkdir(parents=True, exist_ok=True)
    quarter = complaints["occurred_at"].dt.tz_localize(None).dt.to_period("Q")
    end = pd.Timestamp(ctx.scenario.period.end).tz_localize("Europe/Amsterdam") + pd.Timedelta(hours=23, minutes=59)
    written = 0
    for number, q in enumerate(sorted(quarter.unique())):
        rows = np.flatnonzero((quarter == q).to_numpy())
        q_end = pd.Timestamp(q.end_time.date()).tz_localize("Europe/Amsterdam") + pd.Timedelta(hours=23, minutes=59)
        exported_at = min(q_end, end)
        part = _export(table.iloc[rows], closed.iloc[rows], rejected[rows], exported_at)
        writers.bom_csv(part, folder / f"klachten_{q}.csv")
        written += len(part)
        if number == 0:
            later = min(exported_at + pd.Timedelta(days=REDELIVERY_AFTER_DAYS), end)
            again = _export(table.iloc[rows], closed.iloc[rows], rejected[rows], later)
            writers.bom_csv(again, folder / f"klachten_{q}_herlevering.csv")
            written += len(again)
    return written, table
