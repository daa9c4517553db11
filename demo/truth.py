"""The planted truth beside the data: OUT/_truth/truth.json, contacts.parquet and submissions.parquet.

Ingest never reads `_truth/` (it is not a source folder). Tests and demos compare what the
pipeline finds with these numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from demo import planted, writers
from demo.customers import Customers
from demo.period import YEARLY_AMPLITUDE, YEARLY_PEAK_DAY_OF_YEAR
from demo.satisfaction import observed_csat_gaps
from demo.scenario import Scenario
from demo.sources.submissions import TRUTH_COLUMNS as SUBMISSION_TRUTH_COLUMNS
from demo.volumes import Volumes, uplift_pct

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UPLIFT_WEEKS_REPORTED = 8


def _signals(scenario: Scenario, volumes: Volumes, generated: pd.Series, gaps: np.ndarray) -> dict:
    expected = volumes.expected_per_signal()
    cost = scenario.mean_channel_cost()
    out = {}
    for i, s in enumerate(scenario.signals):
        mix = {f"{src}/{ch}": round(float(p), 4)
               for (src, ch), p in zip(planted.CHANNEL_OPTIONS, scenario.channel_probs[i])}
        out[s] = {
            "journey_step_id": scenario.taxonomy.step_of.get(s) or None,
            "daily_rate_per_1000": float(scenario.rates[i]),
            "weekday_factors": {d: round(float(f), 4) for d, f in zip(WEEKDAYS, scenario.weekday[i])},
            "csat_penalty": float(scenario.penalties[i]),
            "observed_csat_gap": None if np.isnan(gaps[i]) else round(float(gaps[i]), 3),
            "channel_mix": mix,
            "mean_channel_cost_eur": round(float(cost[i]), 4),
            "expected_contacts": round(float(expected[i]), 1),
            "generated_contacts": int(generated.get(i, 0)),
            "expected_cost_eur": round(float(expected[i] * cost[i]), 2),
            "expected_contacts_x_penalty": round(float(expected[i] * scenario.penalties[i]), 1),
            "expected_impact": round(float(expected[i] * cost[i] * scenario.penalties[i]), 2),
        }
    return out


def _highest(signals: dict) -> str:
    by_cost = max(signals, key=lambda s: signals[s]["expected_impact"])
    by_contacts = max(signals, key=lambda s: signals[s]["expected_contacts_x_penalty"])
    if by_cost != by_contacts:
        raise AssertionError(f"planted impact is ambiguous: {by_cost} on cost, {by_contacts} on contacts")
    return by_cost


def _waves(scenario: Scenario, volumes: Volumes) -> dict:
    total_rate = volumes.base_rate.sum(axis=1)
    out = {}
    for i, wave in enumerate(scenario.waves):
        pct = uplift_pct(scenario, i)
        weeks = range(UPLIFT_WEEKS_REPORTED)
        extra = [1000 * float((pct * total_rate)[wave.day + 7 * k: wave.day + 7 * k + 7].sum()) for k in weeks]
        out[wave.name] = {
            "migrated_at": scenario.period.date_of(wave.day).isoformat(),
            "customers": int(volumes.wave_size[i]),
            "uplift_pct_by_week": [planted.UPLIFT_PCT_BY_WEEK[k] if k < len(planted.UPLIFT_PCT_BY_WEEK) else 0
                                   for k in weeks],
            "expected_extra_contacts_per_1000_by_week": [round(x, 2) for x in extra],
            "expected_extra_contacts": round(float(volumes.uplift_expected[i].sum()), 1),
            "uplift_signals": {s: round(float(p), 4) for s, p in zip(scenario.signals, scenario.uplift_share) if p},
        }
    return out


def truth_document(scenario: Scenario, customers: Customers, volumes: Volumes, contacts: pd.DataFrame,
                   surveys: pd.DataFrame, seed: int, rows: dict[str, int]) -> dict:
    period = scenario.period
    gaps = observed_csat_gaps(scenario, contacts, surveys)
    signals = _signals(scenario, volumes, contacts["signal"].value_counts(), gaps)
    return {
        "seed": seed, "customers": len(customers), "days": period.days,
        "start_date": period.start.isoformat(), "end_date": period.end.isoformat(),
        "active_customers": {"first_day": int(volumes.active[0]), "last_day": int(volumes.active[-1])},
        "yearly_pattern": {"amplitude": YEARLY_AMPLITUDE, "peak_day_of_year": YEARLY_PEAK_DAY_OF_YEAR,
                           "factor": "1 + amplitude * cos(2*pi*(day_of_year - peak_day_of_year) / 365.25)"},
        "contact_sources": ["call", "mail", "complaint"],
        "expected_contacts": round(float(volumes.expected_per_signal().sum()), 1),
        "generated_contacts": len(contacts),
        "signals": signals,
        "highest_impact_signal": _highest({s: v for s, v in signals.items() if s != "other"}),
        "actions": [{
            "action_id": a.action_id, "signal_id": a.signal_id, "go_live_date": a.go_live.isoformat(),
            "planted_effect_pct": a.effect_pct, "expected_verdict": a.verdict,
            "journey_step_id": scenario.taxonomy.step_of[a.signal_id], "planted_step_csat_gain": a.step_csat_gain,
            "csat_penalty_before": float(scenario.penalties[scenario.index(a.signal_id)]),
            "csat_penalty_after": round(float(scenario.penalties[scenario.index(a.signal_id)])
                                        * (1 + a.effect_pct / 100), 4),
        } for a in scenario.actions],
        "seasonal_dip": {"signal_id": scenario.dip.signal_id,
                         "start": period.date_of(scenario.dip.start_day).isoformat(),
                         "end": period.date_of(scenario.dip.end_day - 1).isoformat(), "factor": scenario.dip.factor},
        "migration_waves": _waves(scenario, volumes),
        "satisfaction": {
            "score_model": {k: dict(zip(("base", "sd", "penalty_multiplier", "min", "max"), v))
                            for k, v in planted.SCORE_MODEL.items()},
            "rule": "score = base + sd*e - penalty_multiplier * (sum of csat_penalty over the distinct signals "
                    "the customer contacted about in the response's calendar month - planted step gain)",
            "observed_csat_gap": "per signal: mean CSAT without the signal that month minus with it, on the "
                                 "generated responses; smaller than csat_penalty because post-contact surveys "
                                 "select customers who had some contact",
            "post_contact_share": planted.SURVEY_SHARE,
            "relationship_rate_per_1000_per_day": planted.RELATIONSHIP_RATE_PER_1000,
        },
        "rows": rows,
    }


def route_b_truth(submissions: pd.DataFrame, invalid_events: list[dict]) -> dict:
    """What route B must find: the kinds of submissions, the submission behind each planted action, and
    the events the lifecycle must quarantine (`reason` names the rule they break)."""
    planted = submissions[submissions["action_id"].notna()]
    return {
        "kinds": {k: int(v) for k, v in submissions["kind"].value_counts().sort_index().items()},
        "problems": int(submissions["problem_id"].nunique()),
        "action_submissions": dict(zip(planted["action_id"], planted["submission_id"])),
        "invalid_events": invalid_events,
    }


def write_truth(out: Path, document: dict, contacts: pd.DataFrame, submissions: pd.DataFrame) -> None:
    folder = out / "_truth"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "truth.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    table = pa.Table.from_pandas(contacts, preserve_index=False).replace_schema_metadata(None)
    writers.parquet(table, folder / "contacts.parquet")
    subs = pa.Table.from_pandas(submissions[SUBMISSION_TRUTH_COLUMNS], preserve_index=False)
    writers.parquet(subs.replace_schema_metadata(None), folder / "submissions.parquet")


def truth_contacts(scenario: Scenario, customers: Customers, contacts: pd.DataFrame,
                   surveys: pd.DataFrame) -> pd.DataFrame:
    names = np.array(scenario.signals, dtype=object)
    waves = np.array([w.name for w in scenario.waves] + [None], dtype=object)
    commented = surveys[surveys["comment_signal"] >= 0]
    frames = [
        pd.DataFrame({
            "contact_id": contacts["contact_id"].to_numpy(), "source": contacts["source"].to_numpy(),
            "channel": contacts["channel"].to_numpy(), "customer_id": customers.ids[contacts["customer"].to_numpy()],
            "occurred_at": contacts["occurred_at"].dt.tz_convert("UTC"),
            "signal_id": names[contacts["signal"].to_numpy()],
            "secondary_signal_id": np.where(contacts["secondary"] >= 0,
                                            names[np.maximum(contacts["secondary"], 0)], None),
            "language": contacts["language"].to_numpy(), "uplift_wave": waves[contacts["uplift_wave"].to_numpy()],
        }),
        pd.DataFrame({
            "contact_id": commented["response_id"].to_numpy(), "source": "survey", "channel": "survey",
            "customer_id": customers.ids[commented["customer"].to_numpy()],
            "occurred_at": commented["responded_at"].dt.tz_convert("UTC").reset_index(drop=True),
            "signal_id": names[commented["comment_signal"].to_numpy()], "secondary_signal_id": None,
            "language": np.where(commented["comment_english"], "en", "nl"), "uplift_wave": None,
        }),
    ]
    return pd.concat(frames, ignore_index=True)
