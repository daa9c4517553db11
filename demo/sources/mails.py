"""mails/: JSON Lines per month from the mail/chat platform; the oldest month arrives gzipped."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from demo import writers
from demo.text.context import TextContext
from demo.text.mail import compose_mails


def build_mails(ctx: TextContext, mails: pd.DataFrame) -> pd.DataFrame:
    customer = mails["customer"].to_numpy()
    bodies, subjects = compose_mails(ctx, mails["signal"].to_numpy(), mails["secondary"].to_numpy(), customer,
                                     mails["day"].to_numpy(), mails["channel"].to_numpy(),
                                     (mails["language"] == "en").to_numpy())
    return pd.DataFrame({
        "mail_id": mails["contact_id"].to_numpy(),
        "customer_id": ctx.customers.ids[customer],
        "received_at": writers.iso_with_offset(mails["occurred_at"]),
        "channel": mails["channel"].to_numpy(),
        "subject": pd.Series(subjects, dtype=object).to_numpy(),
        "body": bodies,
    })


def write_mails(ctx: TextContext, mails: pd.DataFrame, out: Path) -> pd.DataFrame:
    mails = mails.reset_index(drop=True)
    table = build_mails(ctx, mails)
    folder = out / "mails"
    folder.mkdir(parents=True, exist_ok=True)
    for number, (month, rows) in enumerate(writers.month_groups(mails["occurred_at"]).items()):
        compressed = number == 0
        name = f"mails_{month}.jsonl" + (".gz" if compressed else "")
        writers.json_lines(table.iloc[rows], folder / name, compress=compressed)
    return table
