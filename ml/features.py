"""Word-pair features: which words occur together in a text, in any order.

Intents are often a combination of words that need not be adjacent ("card ... not
arrived", "factuur ... twee keer"); word n-grams only see neighbours. A pair is two
distinct words within `window` positions of each other, written in sorted order so that
"arrived card" and "card arrived" are one feature. The window keeps the cost linear in
the text length for long mails; short messages get all their pairs.

This analyzer is the definition, one text at a time: the pipeline's `ml.ngrams.WordPairsNear`
finds the same pairs for a whole batch (tests/ml/test_ngrams.py compares them), and models
stored before that block still unpickle this one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


class WordPairs:
    """A picklable analyzer for TfidfVectorizer(analyzer=WordPairs(...))."""

    def __init__(self, window: int = 8, prefix: int | None = None):
        self.window = window
        self.prefix = prefix  # keep only the first `prefix` characters: a crude, language-free stemmer

    def __call__(self, text: str) -> list[str]:
        words = _WORD.findall(text)
        if self.prefix:
            words = [w[:self.prefix] for w in words]
        pairs = set()
        for i, first in enumerate(words):
            for second in words[i + 1:i + 1 + self.window]:
                if first != second:
                    pairs.add(f"{first}|{second}" if first < second else f"{second}|{first}")
        return list(pairs)

    def __repr__(self) -> str:
        return f"WordPairs(window={self.window}, prefix={self.prefix})"
