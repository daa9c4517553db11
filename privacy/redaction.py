"""Redact personal data from free text before it leaves the warehouse's internal schemas.

Each kind of personal data becomes a placeholder: [NAAM], [EMAIL], [TELEFOON], [IBAN],
[BSN], [POSTCODE], [ADRES]. The patterns are compiled once at import; `redact_many`
is what the dbt UDF calls on whole columns.

Choices, on purpose:
- An IBAN-shaped string is redacted only when its mod-97 check digits are valid. An
  invalid one is no account number (a typo or a payment reference) and stays, so
  references such as "NL00TEST0000000000" remain readable.
- A 9-digit number (optionally 3-3-3 with dots or spaces) is a BSN only when it passes
  the 11-test; order and invoice numbers that fail it stay.
- Any 10-digit number starting with 0 (06-, landline, 0800) or +31/0031 is a phone number.
- Names are found by context: after "Beste", "Geachte (heer/mevrouw)", "Mijn naam is",
  and on the line after a sign-off ("Met vriendelijke groet", "Mvg", "Groetjes",
  "Kind regards", ...). A name elsewhere in running text is not recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}"
                    r"|\(?0\d{1,3}\)?(?:[\s-]?\d){6,8})(?!\d)")
_BSN = re.compile(r"(?<![\d.,-])(\d{3}[. ]?\d{3}[. ]?\d{3}|\d{8})(?![\d,]|\.\d)")
_POSTCODE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b(?:,? ?(?:nr\.? ?)?\d{1,5}(?: ?-? ?[a-zA-Z]{1,2}\b)?)?")
_STREET = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|"
                     r"park|markt|straatweg)\s\d{1,5}(?:\s?-?\s?[a-zA-Z]{1,2}\b)?")
_HAS_DIGIT = re.compile(r"\d")

_PARTICLE = r"(?:van|der|den|de|ter|ten|te|het|'t|in|el|al|la|le|du|da|op|von|zu)\b"
_CAPITALISED = r"(?:[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z][\w'-]+)"
_NAME = rf"{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE}|{_CAPITALISED}))*"
_NOT_NAMES = {"klantenservice", "klant", "klanten", "heer", "mevrouw", "meneer", "medewerker", "team",
              "allen", "dames", "heren", "sir", "madam", "support", "afdeling", "lezer", "collega"}
_GREETING = re.compile(rf"\b((?:[Bb]este|[Gg]eachte|[Hh]allo|[Hh]oi|[Dd]ear|[Mm]ijn naam is|[Ii]k heet)"
                       rf"(?:[ \t]+(?:heer|mevrouw|meneer|mr\.?|mrs\.?|ms\.?|dhr\.?|mw\.?))?[ \t]+)({_NAME})")
_SIGN_OFF = re.compile(r"(?im)^([ \t]*(?:met\s+)?(?:vriendelijke|hartelijke|warme|beste)\s+groet(?:en)?|"
                       r"^[ \t]*(?:m\.?v\.?g\.?|groetjes|groeten|groet|gr\.?|kind regards|best regards|regards|"
                       r"cheers|doei)\b)([ \t]*[,.!]?[ \t]*\n?[ \t]*)([^\n\d@\[]{1,60}?)[ \t]*(?=\n|$)")


def _valid_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _valid_bsn(candidate: str) -> bool:
    digits = [int(ch) for ch in candidate if ch.isdigit()]
    if len(digits) == 8:
        digits.insert(0, 0)
    if len(digits) != 9 or not any(digits):
        return False
    return (sum(d * w for d, w in zip(digits, range(9, 1, -1))) - digits[8]) % 11 == 0


def _iban(match: re.Match) -> str:
    """A grouped IBAN may have swallowed a following short word ("... 00 en"): retry without it."""
    found = match.group(0)
    if _valid_iban(found):
        return "[IBAN]"
    head, _, tail = found.rpartition(" ")
    if head and len(tail) <= 3 and _valid_iban(head):
        return "[IBAN] " + tail
    return found


def _bsn(match: re.Match) -> str:
    return "[BSN]" if _valid_bsn(match.group(1)) else match.group(0)


def _greeting(match: re.Match) -> str:
    name = match.group(2)
    if name.split()[0].lower().rstrip(".,") in _NOT_NAMES:
        return match.group(0)
    return match.group(1) + "[NAAM]"


def _sign_off(match: re.Match) -> str:
    if match.group(3).strip().lower().rstrip(".,!") in _NOT_NAMES:
        return match.group(0)
    return match.group(1) + match.group(2) + "[NAAM]"


def redact_pii(text: str | None) -> str | None:
    """`text` with personal data replaced by placeholders; None stays None."""
    if not text or not isinstance(text, str):
        return text
    if "@" in text:
        text = _EMAIL.sub("[EMAIL]", text)
    if _HAS_DIGIT.search(text):
        text = _IBAN.sub(_iban, text)
        text = _PHONE.sub("[TELEFOON]", text)
        text = _BSN.sub(_bsn, text)
        text = _POSTCODE.sub("[POSTCODE]", text)
        text = _STREET.sub("[ADRES]", text)
    text = _GREETING.sub(_greeting, text)
    return _SIGN_OFF.sub(_sign_off, text)


def redact_many(texts: Iterable[str | None]) -> list[str | None]:
    """The batch form for whole columns (the DuckDB UDF): one call, no per-text setup."""
    return [redact_pii(t) for t in texts]
