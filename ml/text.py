"""Text normalisation shared by training, tagging and de-duplication.

The classifier sees the same normalised form the training de-duplication keys on:
Unicode-composed, lower case, accents stripped ("financiën" -> "financien"), digit
runs collapsed to one `0` (amounts, dates and order numbers carry no signal but
would blow up the vocabulary), whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_ACCENT_FREE = str.maketrans({"ĳ": "ij", "Ĳ": "ij", "ß": "ss"})


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_ACCENT_FREE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_text(text: str | None) -> str:
    """One text in its comparable form; None and NaN become the empty string."""
    if not isinstance(text, str):
        return ""
    text = _strip_accents(text).lower()
    text = _DIGITS.sub("0", text)
    return _SPACE.sub(" ", text).strip()


def dedup_key(text: str | None) -> str:
    """The normalised text without punctuation: "Geen bereik." and "geen bereik" are one text."""
    return _SPACE.sub(" ", _PUNCTUATION.sub(" ", normalise_text(text))).strip()


def normalise_texts(texts: Iterable[str | None]) -> list[str]:
    """The batch form, used as the first step of the classifier pipeline."""
    return [normalise_text(t) for t in texts]
