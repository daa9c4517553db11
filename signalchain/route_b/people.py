"""What route B's marts may say about people: keyed pseudonyms for employees, redacted free text.

Everything in `marts` is published to BI (signalchain/publication/catalog.py), so no submitter's or
improvement-team member's name reaches it: both become `emp_` + the keyed hash of section 4 of
docs/SPEC.md (privacy/pseudonymise.py, the function and key behind the SQL `pseudonymise`, so a
person counts the same wherever they appear). Notes, causes and contexts are typed by people and
may name someone: they are published through privacy's redact_pii, as contact texts are.
"""

from __future__ import annotations

import pandas as pd

from privacy.pseudonymise import pseudonymise
from privacy.redaction import redact_many

EMPLOYEE_PREFIX = "emp_"


def employee_key(name: str | None, key: str) -> str | None:
    """The employee's keyed pseudonym (the customer pseudonym's function and key), marked `emp_`."""
    pseudonym = pseudonymise(None if pd.isna(name) else name, key)
    return None if pseudonym is None else EMPLOYEE_PREFIX + pseudonym.removeprefix("cus_")


def employee_keys(names: pd.Series, key: str) -> list[str | None]:
    return [employee_key(name, key) for name in names]


def redacted(texts: pd.Series) -> list[str | None]:
    """Free text as BI may read it: personal data replaced by placeholders ([NAAM], [TELEFOON], ...)."""
    return redact_many([None if pd.isna(t) else t for t in texts])
