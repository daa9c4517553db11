"""Dates of birth: a date right after a cue that says it is one.

Cues: geb., geboren (op), geboortedatum, geb.datum, date of birth, DOB, born (on). The date may be
numeric (21-07-1990, 21/07/1990, 21.07.90, 1990-07-21) or have its month written out in Dutch or
English, abbreviated or not (3 november 1972, 3 nov. 1972, July 21, 1990, 21st of July 1990).
Only the date becomes [GEBOORTEDATUM]; the cue stays, so the text still reads. A date without a
cue ("op 3 november 2026 belde ik") is an ordinary date and stays, and so does a year on its own
("geboren in 1972"): neither identifies a person.
"""

from __future__ import annotations

import re

_MONTHS = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|m(?:aa)?rt|mar(?:ch)?|apr(?:il)?|mei|may|ju[nl][iy]?"
           r"|june|july|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|o[kc]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th|e|ste|de)?"
_DATE = (rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
         rf"|{_DAY}\s+(?:of\s+)?{_MONTHS}\s*,?\s+\d{{4}}|{_MONTHS}\s+{_DAY},?\s+\d{{4}})")
_CUE = r"(?:geb(?:oorte)?\.?\s?datum|geboren|geb\b\.?|date\s+of\s+birth|d\.?o\.?b\b\.?|born)"
_BIRTH_DATE = re.compile(rf"(?i)(\b{_CUE}(?:\s*(?:[:=,(]|is\b|was\b|op\b|on\b|the\b)){{0,3}}\s*){_DATE}(?![\d])")


_CUE_WORDS = ("geb", "born", "birth", "dob", "d.o.b")


def redact_birth_dates(text: str) -> str:
    lowered = text.lower()
    if not any(word in lowered for word in _CUE_WORDS):
        return text
    return _BIRTH_DATE.sub(r"\1[GEBOORTEDATUM]", text)
