"""Keyed pseudonyms for customer ids: stable per key, not reversible without it.

HMAC-SHA256 rather than a plain hash: customer ids are short and guessable, so an
unkeyed hash could be reversed by hashing every possible id.
"""

from __future__ import annotations

import hashlib
import hmac

from signalchain.settings import PSEUDONYM_KEY

DEVELOPMENT_KEY = "signalchain-development-key-not-for-production"


def pseudonym_key() -> tuple[str, bool]:
    """(key, is_development_default), read from the environment at call time.

    Callers log a warning when the second element is True: pseudonyms made with the
    public development key are not private.
    """
    key = PSEUDONYM_KEY.value()
    return (key, False) if key else (DEVELOPMENT_KEY, True)


def pseudonymise(customer_id: str | None, key: str | bytes) -> str | None:
    """"cus_" + the first 16 hex characters of HMAC-SHA256(key, customer_id); None stays None."""
    if customer_id is None:
        return None
    key_bytes = key.encode() if isinstance(key, str) else key
    digest = hmac.new(key_bytes, str(customer_id).encode(), hashlib.sha256).hexdigest()
    return "cus_" + digest[:16]
