"""The PII corpus (pii_corpus.json) and the one check of whether a planted value survived."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

CORPUS_FILE = Path(__file__).with_name("pii_corpus.json")
PLACEHOLDER = re.compile(r"\[[A-Z]+\]")


@cache
def corpus() -> dict:
    return json.loads(CORPUS_FILE.read_text(encoding="utf-8"))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def leaked(planted: str, text: str) -> bool:
    """The planted value is still in `text`: as written (case-insensitively, as a whole word), or,
    for a number, its digits with other separators or none ("0612345678" for "06-12345678")."""
    if re.search(rf"(?<!\w){re.escape(planted)}(?!\w)", text, re.IGNORECASE):
        return True
    digits = _digits(planted)
    return len(digits) >= 6 and digits in _digits(text)
