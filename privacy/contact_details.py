"""E-mail addresses and phone numbers.

Numbers in international form (+31 6 ..., 0044 20 ..., +1 (415) ...) are found by the
`phonenumbers` library: it knows every country code and how long a number behind it can be.
Its leniency is POSSIBLE (a plausible length), not VALID: VALID rejects numbers in unassigned or
fictional ranges (+44 7700 900123), and for redaction a number someone gave as theirs is personal
whether or not its range is in use. Only its matches that start with `+` or
`00` count; in national form the library takes order numbers and dates for phone numbers.

Dutch numbers in national form are a regex: 0 and nine more digits, written with spaces,
dashes, dots or brackets (06-12345678, (010) 123 45 67, 06 - 12345678), also glued to a
lowercase word (bel0612345678, tel:020-1234567). Glued to a capital or a digit they stay: then they
are the tail of a code or reference (NL00TEST0000000000). Shorter service numbers (0800-1234,
0900-...) belong to companies and stay.
"""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatcher

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_INTERNATIONAL_HINT = re.compile(r"(?:\+|(?<!\d)00)[1-9]")
_NATIONAL = re.compile(r"(?<![\dA-Z+])(?!\d{1,2}[-./]\d{1,2}[-./]\d{2,4})\(?0(?:[ ().-]{0,3}\d){9}(?!\d)")


def redact_emails(text: str) -> str:
    return _EMAIL.sub("[EMAIL]", text) if "@" in text else text


def _redact_international(text: str) -> str:
    spans = [(m.start, m.end) for m in PhoneNumberMatcher(text, "NL", leniency=Leniency.POSSIBLE)
             if m.raw_string.startswith(("+", "00"))]
    for start, end in reversed(spans):
        text = f"{text[:start]}[TELEFOON]{text[end:]}"
    return text


def redact_phones(text: str) -> str:
    if _INTERNATIONAL_HINT.search(text):
        text = _redact_international(text)
    return _NATIONAL.sub("[TELEFOON]", text)
