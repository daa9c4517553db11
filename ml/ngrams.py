"""The classifier's n-gram blocks, found a batch at a time (TF-IDF arithmetic: ml/tfidf.py).

- `WordNgrams`: word n-grams, as TfidfVectorizer(analyzer="word", token_pattern=r"(?u)\\b\\w+\\b").
- `CharNgramsInWords`: character n-grams within word boundaries, as TfidfVectorizer(analyzer="char_wb").
- `WordPairsNear`: two distinct words (their first `prefix` characters) within `window` positions, in
  any order, once per text: what ml/features.WordPairs gives TfidfVectorizer.

Each text is split into words once; the batch's distinct words are looked up once (a night's texts
repeat their words endlessly); n-grams and pairs of words are integer keys (word ids) found with
numpy and matched against the sorted keys learned in `fit`. The features equal scikit-learn's
(tests/ml/test_ngrams.py); only their column order differs.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ml.tfidf import BatchTfidf, segment_positions

WORD = re.compile(r"(?u)\b\w+\b")
CACHE_LIMIT = 500_000  # distinct words whose features a block keeps between batches


def split_words(texts: list[str], pattern: re.Pattern | None = WORD) -> tuple[np.ndarray, np.ndarray]:
    """(words, text index of each word) of a batch; `pattern` None splits on whitespace."""
    per_text = [pattern.findall(t) for t in texts] if pattern else [t.split() for t in texts]
    lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text))
    words = np.array([w for ws in per_text for w in ws], dtype=object)
    return words, np.repeat(np.arange(len(texts), dtype=np.int64), lengths)


class _WordIds:
    """Word -> id, learned in `fit`; unknown words are -1."""

    def learn(self, words: np.ndarray) -> np.ndarray:
        codes, uniques = pd.factorize(words)
        self.words_ = list(uniques)
        self.ids_ = {w: i for i, w in enumerate(self.words_)}
        return codes.astype(np.int64)

    def find(self, words: np.ndarray) -> np.ndarray:
        codes, uniques = pd.factorize(words)
        known = np.fromiter((self.ids_.get(w, -1) for w in uniques), dtype=np.int64, count=len(uniques))
        return known[codes] if len(codes) else np.zeros(0, dtype=np.int64)


def _match(keys: np.ndarray, learned: pd.Index) -> np.ndarray:
    """Position of each key among the `learned` keys (a hashed index), -1 where it is not there."""
    return learned.get_indexer(keys) if len(keys) else np.zeros(0, dtype=np.int64)


class WordNgrams(BatchTfidf):
    def __init__(self, ngram_range: tuple[int, int] = (1, 2)):
        self.ngram_range = ngram_range

    def _n_features(self) -> int:
        return self.offsets_[-1]

    def _keys(self, ids: np.ndarray, text_of: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(key, text) of every run of `n` known words within one text."""
        if len(ids) < n:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        starts = np.arange(len(ids) - n + 1)
        ok = text_of[starts] == text_of[starts + n - 1]
        key = np.zeros(len(starts), dtype=np.int64)
        for k in range(n):
            ok &= ids[starts + k] >= 0
            key = key * self.base_ + ids[starts + k]
        return key[ok], text_of[starts][ok]

    def _occurrences(self, texts, fitting):
        words, text_of = split_words(texts)
        if fitting:
            self.vocabulary_words_ = _WordIds()
            ids = self.vocabulary_words_.learn(words)
            self.base_ = max(len(self.vocabulary_words_.words_), 1)
            if self.base_ ** self.ngram_range[1] >= 2 ** 63:
                raise ValueError(f"{self.base_:,} distinct words are too many for word {self.ngram_range[1]}-grams")
            self.keys_, self.offsets_ = {}, [0]
        else:
            ids = self.vocabulary_words_.find(words)
        rows, columns = [], []
        for i, n in enumerate(range(self.ngram_range[0], self.ngram_range[1] + 1)):
            key, text = self._keys(ids, text_of, n)
            if fitting:
                self.keys_[n] = pd.Index(np.unique(key))
                self.offsets_.append(self.offsets_[-1] + len(self.keys_[n]))
            found = _match(key, self.keys_[n])
            rows.append(text[found >= 0])
            columns.append(found[found >= 0] + self.offsets_[i])
        return np.concatenate(rows), np.concatenate(columns)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        words, names = self.vocabulary_words_.words_, []
        for n in range(self.ngram_range[0], self.ngram_range[1] + 1):
            for key in self.keys_[n]:
                parts = []
                for _ in range(n):
                    key, word = divmod(int(key), self.base_)
                    parts.append(words[word])
                names.append(" ".join(reversed(parts)))
        return np.array(names, dtype=object)


def char_wb_ngrams(word: str, ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's char_wb n-grams of one word: n-grams of " word ", a short word once."""
    padded, grams = f" {word} ", []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        grams.extend(padded[i:i + n] for i in range(max(len(padded) - n + 1, 1)))
        if len(padded) <= n:
            break
    return grams


class CharNgramsInWords(BatchTfidf):
    def __init__(self, ngram_range: tuple[int, int] = (2, 5)):
        self.ngram_range = ngram_range

    def _n_features(self) -> int:
        return len(self.vocabulary_)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_cache"}

    def _features_of(self, word: str, fitting: bool) -> np.ndarray:
        grams = char_wb_ngrams(word, self.ngram_range)
        if fitting:
            return np.fromiter((self.vocabulary_.setdefault(g, len(self.vocabulary_)) for g in grams), np.int64)
        found = (self.vocabulary_.get(g, -1) for g in grams)
        return np.array([f for f in found if f >= 0], dtype=np.int64)

    def _occurrences(self, texts, fitting):
        if fitting:
            self.vocabulary_, self._cache = {}, {}
        cache = self.__dict__.setdefault("_cache", {})
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        words, text_of = split_words(texts, pattern=None)
        codes, uniques = pd.factorize(words)
        features = []
        for word in uniques:
            found = cache.get(word)
            if found is None:
                found = cache[word] = self._features_of(word, fitting)
            features.append(found)
        lengths = np.fromiter(map(len, features), dtype=np.int64, count=len(features))
        flat = np.concatenate(features) if features else np.zeros(0, dtype=np.int64)
        starts = np.cumsum(lengths) - lengths
        per_word = lengths[codes]
        columns = flat[np.repeat(starts[codes], per_word) + segment_positions(per_word)]
        return np.repeat(text_of, per_word), columns

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        names = np.empty(len(self.vocabulary_), dtype=object)
        for gram, index in self.vocabulary_.items():
            names[index] = gram
        return names


class WordPairsNear(BatchTfidf):
    binary = True

    def __init__(self, window: int = 12, prefix: int | None = 3):
        self.window = window
        self.prefix = prefix

    def _n_features(self) -> int:
        return len(self.keys_)

    def _pairs(self, ids: np.ndarray, text_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keys, texts = [], []
        for k in range(1, self.window + 1):
            first, second = ids[:-k], ids[k:]
            ok = (text_of[:-k] == text_of[k:]) & (first != second) & (first >= 0) & (second >= 0)
            low, high = np.minimum(first, second)[ok], np.maximum(first, second)[ok]
            keys.append(low * self.base_ + high)
            texts.append(text_of[:-k][ok])
        if not keys:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(keys), np.concatenate(texts)

    def _occurrences(self, texts, fitting):
        words, text_of = split_words(texts)
        if self.prefix:
            words = np.array([w[:self.prefix] for w in words], dtype=object)
        if fitting:
            self.vocabulary_words_ = _WordIds()
            ids = self.vocabulary_words_.learn(words)
            self.base_ = max(len(self.vocabulary_words_.words_), 1)
        else:
            ids = self.vocabulary_words_.find(words)
        keys, rows = self._pairs(ids, text_of)
        if fitting:
            self.keys_ = pd.Index(np.unique(keys))
        found = _match(keys, self.keys_)
        return rows[found >= 0], found[found >= 0]

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        words = self.vocabulary_words_.words_
        names = []
        for key in self.keys_:
            low, high = sorted((words[int(key) // self.base_], words[int(key) % self.base_]))
            names.append(f"{low}|{high}")
        return np.array(names, dtype=object)
