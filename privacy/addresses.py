"""Addresses: a postcode (with the house number after it), and a street name with its house number.

A street is a capitalised name that ends in a Dutch street word (Kerkstraat, Van Heemstraweg,
Burgemeester de Vlugtlaan, Oude Gracht) or starts with one (Laan van Meerdervoort), optionally with
a number that belongs to the name (Plein 1944 3), then the house number with its toevoeging
(12a, 12-II, 12 hs, 12 bis, 12bis). A postcode and the house number after it become one
[POSTCODE], a street and its house number one [ADRES]. A street written in lower case, or a street
name without a house number, is not recognised: the words alone do not identify a home.
"""

from __future__ import annotations

import re

# A street word ends a compound (Kerkstraat, Vlugtlaan) or stands on its own, capitalised (Oude Gracht,
# Laan van Meerdervoort). Words that also end ordinary nouns (-ring: Levering, -dam: Rotterdam) only
# count on their own.
_COMPOUND_ENDINGS = ("straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|park|markt|baan|"
                     "burgwal|wal|kamp|plantsoen|boulevard|allee|werf")
_STREET_WORDS = ("Straat|Laan|Weg|Plein|Gracht|Kade|Singel|Dijk|Dreef|Steeg|Hof|Markt|Dam|Haven|Ring|Wal|Plantsoen|"
                 "Allee")
_PARTICLE = (r"(?:van|de|der|den|het|'t|ter|ten|te|op|aan|bij|in|naar|over|achter|voor|onder|"
             r"Van|De|Den|Der|Het|Ter|Ten)")
_WORD = r"[A-Z][a-zà-ÿ'.-]*"
_TOEVOEGING = (r"(?:[a-zA-Z]{1,3}\b|-[ \t]?[A-Za-z0-9]{1,4}\b|[ \t]-[ \t][A-Za-z0-9]{1,4}\b"
               r"|[ \t](?:hs|bis|huis|bg|zw|rd|boven|beneden|[A-Z]|I{1,3}|IV)\b)?")
_HOUSE_NUMBER = rf"[1-9]\d{{0,4}}{_TOEVOEGING}"
_ENDS_IN_STREET_WORD = (rf"(?:(?:{_WORD}|{_PARTICLE})[ \t]+){{0,3}}"
                        rf"(?:[A-Z][a-zà-ÿ'-]*(?:{_COMPOUND_ENDINGS})|(?:{_STREET_WORDS}))")
_STARTS_WITH_STREET_WORD = rf"(?:{_STREET_WORDS})(?:[ \t]+(?:{_PARTICLE}|{_WORD})){{1,3}}"
_YEAR_IN_NAME = r"(?:[ \t](?:19|20)\d\d(?=[ \t]\d))?"  # Plein 1944 3
_STREET = re.compile(rf"\b(?:{_ENDS_IN_STREET_WORD}|{_STARTS_WITH_STREET_WORD}){_YEAR_IN_NAME}"
                     rf"[ \t]{_HOUSE_NUMBER}(?!\d)")
_CAPITALISED_BEFORE_NUMBER = re.compile(r"[A-Z][a-zà-ÿ'.-]*[ \t][1-9]")  # a cheap test: every street match has one
_POSTCODE = re.compile(rf"\b[1-9]\d{{3}} ?[A-Z]{{2}}\b(?:,? ?(?:nr\.? ?)?{_HOUSE_NUMBER}(?!\d))?")


def redact_addresses(text: str) -> str:
    text = _POSTCODE.sub("[POSTCODE]", text)
    return _STREET.sub("[ADRES]", text) if _CAPITALISED_BEFORE_NUMBER.search(text) else text
