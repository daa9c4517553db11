"""calls/: one Excel CSV (`;`, Windows-1252, dd-mm-yyyy hh:mm) per month, as a telephony export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import writers
from demo.text.call import compose_notes
from demo.text.context import TextContext

QUEUES = {"orient": "Verkoop", "order": "Bestellingen", "deliver": "Levering", "use": "Techniek",
          "bill": "Financieel", "change": "Wijzigingen", "service": "Klantenservice", "leave": "Behoud & Opzeggen",
          "": "Algemeen"}
STEP_DURATION = {"use": 1.4, "service": 1.2, "deliver": 1.1, "bill": 1.0, "leave": 1.15}
# Share of calls whose wrap-up code is the signal's own code, only its step's code, empty, or general.
WRAP_UP_SHARES = (0.55, 0.25, 0.10)


def wrap_up_codes(ctx: TextContext, signal: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    tax, steps = ctx.scenario.taxonomy, ctx.scenario.steps
    step_code = np.array([tax.step_code.get(step, "OVERIG") for step in steps], dtype=object)
    own_code = np.array([tax.signal_code.get(s, step_code[i]) for i, s in enumerate(ctx.scenario.signals)],
                        dtype=object)
    u = rng.random(len(signal))
    general = np.where(rng.random(len(signal)) < 0.5, "DOORVERBONDEN", "OVERIG").astype(object)
    own, coarse, empty = np.cumsum(WRAP_UP_SHARES)
    codes = np.where(u < own, own_code[signal], np.where(u < coarse, step_code[signal],
                                                         np.where(u < empty, "", general)))
    other = signal == ctx.scenario.index("other")
    codes[other] = np.where(u[other] < 0.5, "OVERIG", np.where(u[other] < 0.7, "DOORVERBONDEN", ""))
    return codes


def build_calls(ctx: TextContext, calls: pd.DataFrame) -> pd.DataFrame:
    rng = ctx.rng("calls.fields")
    signal = calls["signal"].to_numpy()
    steps = ctx.step_names(signal)
    customer = calls["customer"].to_numpy()
    queue = np.array([QUEUES[s] for s in steps.tolist()], dtype=object)
    business = ctx.customers.segment[customer] == "zakelijk"
    queue[business & (rng.random(len(queue)) < 0.8)] = "Zakelijk"
    misrouted = rng.random(len(queue)) < 0.08
    queue[misrouted] = np.array(list(QUEUES.values()), dtype=object)[rng.integers(0, len(QUEUES), misrouted.sum())]
    factor = np.array([STEP_DURATION.get(s, 0.9) for s in steps.tolist()])
    duration = np.clip(rng.lognormal(np.log(280), 0.65, len(signal)) * factor, 15, 4000).astype(np.int64)
    return pd.DataFrame({
        "Call_ID": calls["contact_id"].to_numpy(),
        "Customer_ID": ctx.customers.ids[customer],
        "Started_At": writers.dutch_minutes(calls["occurred_at"]),
        "Duration_Seconds": duration,
        "Queue": queue,
        "Wrap_Up_Code": wrap_up_codes(ctx, signal, rng),
        "Notes": compose_notes(ctx, signal, calls["secondary"].to_numpy(), customer, calls["day"].to_numpy()),
    })


def write_calls(ctx: TextContext, calls: pd.DataFrame, out: Path) -> pd.DataFrame:
    calls = calls.reset_index(drop=True)
    table = build_calls(ctx, calls)
    folder = out / "calls"
    folder.mkdir(parents=True, exist_ok=True)
    for month, rows in writers.month_groups(calls["occurred_at"]).items():
        writers.excel_csv(table.iloc[rows], folder / f"gesprekken_{month}.csv")
    return table
