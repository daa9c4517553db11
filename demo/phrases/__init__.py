"""Phrase banks for the demo texts, loaded from the JSON files next to this module.

The banks are data only: each `<name>.json` holds named lists and dicts of strings, nothing else,
so they can be edited without touching code. Every bank is keyed by signal_id where it is
signal-specific. Placeholders in braces are filled per contact by `demo.text.slots`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from types import SimpleNamespace

FOLDER = Path(__file__).resolve().parent


@cache
def bank(name: str) -> SimpleNamespace:
    """The bank in `<name>.json`, its top-level keys as attributes: `bank("names").CITIES`."""
    return SimpleNamespace(**json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8")))


@cache
def mail_nl() -> dict[str, list[str]]:
    """The Dutch mail problem sentences of every signal; one bank, kept in three files by journey step."""
    return {**bank("mail_nl_orient_deliver").MAIL_NL_ORIENT_DELIVER, **bank("mail_nl_use_bill").MAIL_NL_USE_BILL,
            **bank("mail_nl_change_leave").MAIL_NL_CHANGE_LEAVE}
