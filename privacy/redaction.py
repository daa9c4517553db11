"""Redact personal data from free text before it leaves the warehouse's internal schemas.

`redact_pii(text, customer_id_pattern)` and its batch form `redact_many` are the one entry point:
the dbt UDFs and the review queue call them, so SQL and Python redact identically. Each kind of
personal data becomes a placeholder, found by the module named after it:

- [EMAIL], [TELEFOON]: e-mail addresses; phone numbers, Dutch and international, also glued to a
  word (`contact_details`).
- [KLANTNUMMER]: ids matching the organisation's customer-id pattern, inferred from its customer
  ids, and any id after "klantnummer" / "customer number" (`customer_ids`).
- [IBAN], [BETAALKAART], [BSN]: numbers whose check digit holds: IBAN mod-97, Luhn on 13-19
  digits, the 11-test (`numbers`).
- [GEBOORTEDATUM]: a date right after a birth cue: geboren, geb., geboortedatum, DOB, born
  (`birth_dates`).
- [POSTCODE], [ADRES]: a postcode with its house number; a street with its house number
  (`addresses`).
- [NAAM]: names after a greeting, a title (dhr., mevrouw, Mr.) or a sign-off (`names`).

Left on purpose, so the text stays useful: look-alikes that fail their check (order numbers
failing the 11-test, payment references with wrong IBAN check digits, 13-19 digit runs failing
Luhn), ordinary dates and years, company service numbers (0800, 0900), street names without a
house number, and names without a greeting, title or sign-off before them ("Jan belde gisteren").

Speed: the passes that need digits run only on texts with a digit, those for phones, cards and
BSNs only on texts with eight digits close together, and `phonenumbers`, the slowest, only on
texts with an international prefix. Patterns compile once, at import or on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from privacy.addresses import redact_addresses
from privacy.birth_dates import redact_birth_dates
from privacy.contact_details import redact_emails, redact_phones
from privacy.customer_ids import mask_customer_ids
from privacy.names import redact_names
from privacy.numbers import redact_bsns, redact_ibans, redact_payment_cards

_HAS_DIGIT = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"\d(?:[ ().-]{0,3}\d){7}")  # 8 digits: the fewest in a phone, card or BSN


def redact_pii(text: str | None, customer_id_pattern: str | None = None) -> str | None:
    """`text` with personal data replaced by placeholders; None stays None. `customer_id_pattern`
    is the regex of `privacy.customer_ids.infer_customer_id_pattern` for the organisation's ids."""
    if not text or not isinstance(text, str):
        return text
    text = redact_emails(text)
    if _HAS_DIGIT.search(text):
        text = mask_customer_ids(text, customer_id_pattern)
        text = redact_ibans(text)
        text = redact_birth_dates(text)
        if _LONG_NUMBER.search(text):
            text = redact_payment_cards(text)
            text = redact_phones(text)
            text = redact_bsns(text)
        text = redact_addresses(text)
    return redact_names(text)


def redact_many(texts: Iterable[str | None], customer_id_pattern: str | None = None) -> list[str | None]:
    """The batch form for whole columns (the DuckDB UDFs): one call, no per-text setup."""
    return [redact_pii(t, customer_id_pattern) for t in texts]
