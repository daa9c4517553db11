"""actions/: the improvement-action register, kept in Excel (`;`, Windows-1252, Dutch dates and decimals)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from demo import writers
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
    } for a in scenario.actions])
    folder = out / "actions"
    folder.mkdir(parents=True, exist_ok=True)
    writers.excel_csv(frame, folder / "verbeteracties.csv")
    return len(frame)
