"""TF-IDF weighting of a batch's feature counts, shared by the n-gram blocks (ml/ngrams.py).

The arithmetic is scikit-learn's `TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2")`:
tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, rows scaled to unit length. What differs is how
the counts are found: scikit-learn looks every feature of every text up in a Python dict, which is
most of the time a night spends tagging; the blocks find whole batches at once with numpy and look up
each distinct word once. tests/ml/test_ngrams.py holds them equal to scikit-learn's vectorizers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.preprocessing import normalize


def counts_matrix(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int], binary: bool = False
                  ) -> sparse.csr_matrix:
    """Occurrences (row, column) -> a CSR count matrix (duplicates summed, or 1 when `binary`)."""
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    if binary:
        matrix.data[:] = 1.0
    return matrix


def segment_positions(lengths: np.ndarray) -> np.ndarray:
    """For segments of `lengths`, each element's position within its segment: [2, 3] -> [0, 1, 0, 1, 2]."""
    total = int(lengths.sum())
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total, dtype=np.int64) - starts


class BatchTfidf(TransformerMixin, BaseEstimator):
    """Base of the n-gram blocks: a subclass finds the (row, feature) occurrences of a batch in
    `_occurrences(texts, fitting)`, learning its vocabulary when `fitting`, and names its features
    in `get_feature_names_out`. `binary` blocks count a feature once per text."""

    binary = False

    def _occurrences(self, texts: list[str], fitting: bool) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def _n_features(self) -> int:
        raise NotImplementedError

    def fit(self, texts: Sequence[str], y=None) -> BatchTfidf:
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: Sequence[str], y=None) -> sparse.csr_matrix:
        texts = list(texts)
        rows, columns = self._occurrences(texts, fitting=True)
        counts = counts_matrix(rows, columns, (len(texts), self._n_features()), self.binary)
        document_frequency = np.bincount(counts.indices, minlength=self._n_features())
        self.idf_ = (np.log((1 + len(texts)) / (1 + document_frequency)) + 1).astype(np.float32)
        return self._weigh(counts)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        texts = list(texts)
        rows, columns = self._occurrences(texts, fitting=False)
        return self._weigh(counts_matrix(rows, columns, (len(texts), self._n_features()), self.binary))

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        counts.data = (np.log(counts.data) + 1.0) * self.idf_[counts.indices]
        return normalize(counts, copy=False) if counts.shape[0] else counts
