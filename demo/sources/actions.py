"""actions/: the improvement-action register, kept in Excel (`;`, Windows-1252, Dutch dates and decimals).

Route B's columns: `expected_cost_eur`, the business case's estimate when the action was planned, and
`done_at`, the day the roll-out was finished (empty while it runs).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from demo import writers
from demo.planted import ACTION_ESTIMATE_FACTOR, ACTION_ROLLOUT_DAYS
from demo.scenario import Scenario


def write_actions(scenario: Scenario, out: Path) -> int:
    frame = pd.DataFrame([{
        "action_id": a.action_id,
        "signal_id": a.signal_id,
        "title": a.title,
        "go_live_date": f"{a.go_live:%d-%m-%Y}",
        "owner": a.owner,
        "cost_eur": f"{a.cost_eur:.2f}".replace(".", ","),
        "status": a.status,
        "expected_cost_eur": f"{a.cost_eur * ACTION_ESTIMATE_FACTOR:.2f}".replace(".", ","),
        "done_at": f"{done:%d-%m-%Y}" if done <= scenario.period.end else "",
    } for a in scenario.actions for done in [a.go_live + dt.timedelta(days=ACTION_ROLLOUT_DAYS)]])
    folder = out / "actions"
    folder.mkdir(parents=True, exist_ok=True)
    writers.excel_csv(frame, folder / "verbeteracties.csv")
    return len(frame)
