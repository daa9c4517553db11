"""Numbers with a check digit: IBANs, payment cards and BSNs, redacted only when the check holds.

The checks are python-stdnum's: IBAN mod-97 with the country's length and format (not the
national account check inside some BBANs, which rejects real Belgian examples), Luhn for cards,
the 11-test for BSNs. A look-alike that fails its check (a payment reference, an order number)
stays readable.
"""

from __future__ import annotations

import re

from stdnum import iban, luhn
from stdnum.nl import bsn

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\b", re.IGNORECASE)
# 13-19 digits, compact or in the groups printed on cards (4-4-4-1..7, Amex 4-6-4/5), one separator
# kind; the first digit is a card network's (2 Mastercard, 3 Amex/Diners/JCB, 4 Visa, 5-6 the rest).
_CARD = re.compile(r"(?<![\w.,-])[2-6](?:\d{12,18}|\d{3}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{3}([ -])\d{6}\2\d{4,5})"
                   r"(?![\w]|[.,-]\d)")
_BSN = re.compile(r"(?<![\d.,-])(\d{3}[. ]?\d{3}[. ]?\d{3}|\d{8})(?!\d|[.,]\d)")


def _is_iban(candidate: str) -> bool:
    return iban.is_valid(candidate, check_country=False)


def _iban(match: re.Match) -> str:
    """A grouped IBAN may have swallowed a following short word ("... 00 en"): retry without it."""
    found = match.group(0)
    if _is_iban(found):
        return "[IBAN]"
    head, _, tail = found.rpartition(" ")
    if head and len(tail) <= 3 and _is_iban(head):
        return "[IBAN] " + tail
    return found


def _card(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[BETAALKAART]" if 13 <= len(digits) <= 19 and luhn.is_valid(digits) else match.group(0)


def _bsn(match: re.Match) -> str:
    return "[BSN]" if bsn.is_valid(match.group(1)) else match.group(0)


def redact_ibans(text: str) -> str:
    return _IBAN.sub(_iban, text)


def redact_payment_cards(text: str) -> str:
    return _CARD.sub(_card, text)


def redact_bsns(text: str) -> str:
    return _BSN.sub(_bsn, text)
