"""surveys/: Parquet per month: post-contact surveys (with contact_id) and relationship surveys."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from demo import planted, writers
from demo.clock import at_local
from demo.contacts import pick_active
from demo.satisfaction import penalty_sums, scores, step_gains
from demo.text.context import TextContext
from demo.text.survey import compose_comments

MAX_DELAY_HOURS = 72


def _post_contact(ctx: TextContext, contacts: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    chosen = contacts[rng.random(len(contacts)) < planted.SURVEY_SHARE]
    delay = np.minimum(0.5 + rng.exponential(18, len(chosen)), MAX_DELAY_HOURS)
    responded = chosen["occurred_at"] + pd.to_timedelta(np.rint(delay * 3600), unit="s")
    start = pd.Timestamp(ctx.scenario.period.start).tz_localize("Europe/Amsterdam")
    day = (responded.dt.tz_localize(None).dt.normalize() - start.tz_localize(None)).dt.days.to_numpy()
    keep = np.flatnonzero(day < ctx.scenario.period.days)
    return pd.DataFrame({"customer": chosen["customer"].to_numpy()[keep], "day": day[keep],
                         "responded_at": responded.iloc[keep].reset_index(drop=True),
                         "signal": chosen["signal"].to_numpy()[keep],
                         "contact_id": chosen["contact_id"].to_numpy()[keep]})


def _relationship(ctx: TextContext, active: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
    counts = rng.poisson(active * planted.RELATIONSHIP_RATE_PER_1000 / 1000)
    day = np.repeat(np.arange(len(counts)), counts).astype(np.int32)
    seconds = rng.integers(8 * 3600, 22 * 3600, len(day))
    return pd.DataFrame({"customer": pick_active(ctx.customers, day, rng), "day": day,
                         "responded_at": at_local(ctx.scenario.period.dates[day], seconds),
                         "signal": np.full(len(day), -1, dtype=np.int16), "contact_id": None})


def _step_of_touchpoint(ctx: TextContext) -> dict[str, str]:
    return {p: step for step, points in ctx.scenario.taxonomy.touchpoints.items() for p in points}


def _touchpoints(ctx: TextContext, signal: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    points = ctx.scenario.taxonomy.touchpoints
    every = [p for step in ctx.scenario.taxonomy.steps for p in points.get(step, ())]
    out = np.array(every, dtype=object)[rng.integers(0, len(every), len(signal))]
    steps = ctx.scenario.steps
    for code, step in enumerate(steps):
        rows = np.flatnonzero(signal == code)
        options = points.get(step) or ("klantenservice",)
        out[rows] = np.array(options, dtype=object)[rng.integers(0, len(options), len(rows))]
    return out


def build_surveys(ctx: TextContext, contacts: pd.DataFrame, active: np.ndarray) -> pd.DataFrame:
    rng = ctx.rng("surveys")
    frame = pd.concat([_post_contact(ctx, contacts, rng), _relationship(ctx, active, rng)], ignore_index=True)
    frame = frame.sort_values(["responded_at", "customer"], kind="stable").reset_index(drop=True)
    kinds, weights = zip(*planted.SURVEY_TYPES)
    frame["survey_type"] = np.array(kinds, dtype=object)[rng.choice(len(kinds), len(frame), p=weights)]
    keys = frame["customer"].to_numpy().astype(np.int64) * 10**6 + ctx.scenario.period.month_index[frame["day"]]
    frame["touchpoint"] = _touchpoints(ctx, frame["signal"].to_numpy(), rng)
    step = frame["touchpoint"].map(_step_of_touchpoint(ctx)).to_numpy()
    penalty = penalty_sums(ctx.scenario, contacts).reindex(keys).fillna(0.0).to_numpy()
    frame["penalty"] = penalty - step_gains(ctx.scenario, step, frame["day"].to_numpy())
    frame["score"] = scores(frame["survey_type"].to_numpy(), frame["penalty"].to_numpy(), rng)
    frame["comment"], frame["comment_signal"], frame["comment_english"] = compose_comments(ctx, frame, rng)
    frame["response_id"] = [f"RSP-{n:07d}" for n in range(1, len(frame) + 1)]
    return frame


def _strings(column: pd.Series) -> pa.Array:
    return pa.array(column, pa.string(), from_pandas=True)


def write_surveys(ctx: TextContext, surveys: pd.DataFrame, out: Path) -> None:
    folder = out / "surveys"
    folder.mkdir(parents=True, exist_ok=True)
    for month, rows in writers.month_groups(surveys["responded_at"]).items():
        part = surveys.iloc[rows]
        table = pa.table({
            "response_id": _strings(part["response_id"]),
            "customer_id": pa.array(ctx.customers.ids[part["customer"].to_numpy()].tolist(), pa.string()),
            "responded_at": pa.array(part["responded_at"].dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(),
                                     pa.timestamp("s")).cast(pa.timestamp("s", tz="Europe/Amsterdam")),
            "survey_type": _strings(part["survey_type"]),
            "score": pa.array(part["score"].to_numpy(), pa.int64()),
            "touchpoint": _strings(part["touchpoint"]),
            "comment": _strings(part["comment"]),
            "contact_id": _strings(part["contact_id"]),
        })
        writers.parquet(table, folder / f"enquetes_{month}.parquet")
