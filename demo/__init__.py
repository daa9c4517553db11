"""Deterministic demo data: a Dutch telecom provider's landing exports plus the planted truth.

`generate(customers, days, seed, out)` writes every source of docs/SPEC.md section 3 into
`out/<source>/` in mixed real-world formats and `out/_truth/` with what the data was built to show.
Same arguments, byte-identical files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from demo.contacts import build_contacts
from demo.customers import make_customers
from demo.period import Period
from demo.rng import stream
from demo.scenario import build_scenario
from demo.seeds import load_taxonomy
from demo.sources.actions import write_actions
from demo.sources.calls import write_calls
from demo.sources.complaints import write_complaints
from demo.sources.customers import write_customers
from demo.sources.employee_labels import write_employee_labels
from demo.sources.labels import write_labels
from demo.sources.mails import write_mails
from demo.sources.submission_events import write_submission_events
from demo.sources.submissions import write_submissions
from demo.sources.surveys import build_surveys, write_surveys
from demo.text.context import TextContext
from demo.truth import route_b_truth, truth_contacts, truth_document, write_truth
from demo.volumes import draw_volumes

__all__ = ["generate"]

# Files an earlier run may have left; removed first so a re-run never mixes two runs' files.
GENERATED = {"calls": "gesprekken_*.csv", "mails": "mails_*.jsonl*", "complaints": "klachten_*.csv",
             "surveys": "enquetes_*.parquet", "customers": "klanten_export_*.csv", "actions": "verbeteracties.csv",
             "labels": "labels_*", "submissions": "signalen_medewerkers.jsonl",
             "submission_events": "statuswijzigingen*.csv", "_truth": "*"}


def _remove_previous(out: Path) -> None:
    for folder, pattern in GENERATED.items():
        for path in sorted((out / folder).glob(pattern)):
            if path.is_file():
                path.unlink()


def _texts(contacts: pd.DataFrame, by_source: dict[str, pd.DataFrame], written: dict[str, pd.Series]) -> pd.DataFrame:
    """Every contact's text next to its planted signal (the pool labels are drawn from)."""
    text = np.empty(len(contacts), dtype=object)
    for source, rows in by_source.items():
        text[rows.index.to_numpy()] = written[source].to_numpy()
    return pd.DataFrame({"contact_id": contacts["contact_id"].to_numpy(), "source": contacts["source"].to_numpy(),
                         "signal": contacts["signal"].to_numpy(),
                         "secondary": contacts["secondary"].to_numpy(), "text": text})


def generate(customers: int, days: int, seed: int, out: Path, end_date: dt.date | None = None) -> dict[str, int]:
    """Write the demo landing data and its truth; returns the rows written per source."""
    out = Path(out)
    _remove_previous(out)
    scenario = build_scenario(Period.ending(end_date, days), load_taxonomy())
    base = make_customers(customers, scenario, stream(seed, "customers"))
    volumes = draw_volumes(scenario, base, stream(seed, "volumes"))
    contacts = build_contacts(scenario, base, volumes, stream(seed, "contacts"))
    ctx = TextContext.create(scenario, base, seed)
    by_source = {s: contacts[contacts["source"] == s] for s in ("call", "mail", "complaint")}
    calls = write_calls(ctx, by_source["call"], out)
    mails = write_mails(ctx, by_source["mail"], out)
    complaint_rows, complaints = write_complaints(ctx, by_source["complaint"], out)
    surveys = build_surveys(ctx, contacts, volumes.active)
    write_surveys(ctx, surveys, out)
    written = {"call": calls["Notes"], "mail": mails["body"], "complaint": complaints["text"]}
    texts = _texts(contacts, by_source, written)
    labels = write_labels(ctx, texts, out)
    submissions = write_submissions(ctx, texts, out)
    events, invalid_events = write_submission_events(ctx, submissions, out)
    rows = {
        "calls": len(calls), "mails": len(mails), "complaints": complaint_rows, "surveys": len(surveys),
        "customers": write_customers(ctx, out), "actions": write_actions(scenario, out),
        "labels": len(labels) + write_employee_labels(ctx, out), "submissions": len(submissions),
        "submission_events": events,
    }
    document = truth_document(scenario, base, volumes, contacts, surveys, seed, rows)
    document["route_b"] = route_b_truth(submissions, invalid_events)
    write_truth(out, document, truth_contacts(scenario, base, contacts, surveys), submissions)
    return rows
