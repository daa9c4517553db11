"""The privacy functions over a batch of values, nulls kept where they were.

One implementation for every engine that calls them in batches: the DuckDB plugin
(privacy/dbt_plugin.py, Arrow arrays) and the Spark pandas UDFs (signalchain/spark/udfs.py)
convert their batch to a list, call these, and convert back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from privacy.customer_ids import infer_customer_id_pattern
from privacy.pseudonymise import pseudonymise
from privacy.redaction import redact_many, redact_pii


def map_non_null(items: Sequence[str | None], transform: Callable[[list[str]], list[str]]) -> list[str | None]:
    """`transform` applied to the non-null values of a batch, in one call."""
    result = list(items)
    present = [i for i, value in enumerate(result) if value is not None]
    for i, value in zip(present, transform([result[i] for i in present]), strict=True):
        result[i] = value
    return result


def pseudonymise_batch(customer_ids: Sequence[str | None], key: str) -> list[str | None]:
    return map_non_null(customer_ids, lambda ids: [pseudonymise(i, key) for i in ids])


def redact_batch(texts: Sequence[str | None]) -> list[str | None]:
    return map_non_null(texts, redact_many)


def redact_batch_with_ids(texts: Sequence[str | None], patterns: Sequence[str | None]) -> list[str | None]:
    """The pattern is one value for the whole column (a scalar subquery), so a batch is redacted in
    one call; a batch with several patterns is redacted text by text."""
    distinct = set(patterns)
    if len(distinct) == 1:
        pattern = next(iter(distinct))
        return map_non_null(texts, lambda batch: redact_many(batch, pattern))
    return [redact_pii(text, pattern) for text, pattern in zip(texts, patterns, strict=True)]


def id_patterns_batch(id_lists: Sequence[Sequence[str] | None]) -> list[str | None]:
    return [None if ids is None else infer_customer_id_pattern(list(ids)) for ids in id_lists]
