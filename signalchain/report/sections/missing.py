"""The one way a section says its table is not there yet, or holds nothing."""

from __future__ import annotations

import pandas as pd

from signalchain.report.blocks import Text
from signalchain.report.context import Context


def absent(context: Context, frame: pd.DataFrame | None, table: str, empty_key: str = "no_rows") -> Text | None:
    """A note when `frame` is missing (None) or empty, else None."""
    if frame is None:
        return Text(context.text("not_available", table=table), "missing")
    if frame.empty:
        return Text(context.text(empty_key, table=table), "missing")
    return None
