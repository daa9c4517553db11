"""Customer numbers: the organisation's id pattern, inferred from its customer ids, and a cue rule.

`infer_customer_id_pattern(ids)` reads the shapes of the ids (runs of letters, runs of digits,
separators) and writes one regex that matches every id of a distinctive shape: KL3555590 gives
KL + 7 digits, C-000123 gives C- + 6 digits; letters shared by all ids of a shape stay literal,
varying letters become a class, digit runs keep their range of lengths. A shape without letters
(100234567) is not distinctive: its pattern would take every order number of that length, so such
ids are left to the cue rule and to the row's own id (dbt macro `mask_customer_id`). Ids
shorter than 5 characters are skipped for the same reason, and ids in more than 12 shapes (uuids)
have no pattern at all.

Both sides use the same inference on the same ids, the staging customers: dbt passes the pattern
of the UDF `customer_id_pattern` (macro `inferred_customer_id_pattern`) to `redact_pii_with_ids`;
the review queue gets it from `customer_id_pattern_in(con)`. Only the digits' count matters, so
the macro folds every digit to 0 first to shrink the list; the pattern comes out the same.

The cue rule needs no pattern: a token with a digit after "klantnummer", "klantnr", "customer
number" and the like is a customer number, whatever it looks like.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache

import duckdb

MIN_LENGTH = 5
MAX_LITERALS = 3  # more different letter runs in one position than this become a letter class
MAX_SHAPES = 12  # ids in more shapes than this (uuids, free text) have no pattern

_RUNS = re.compile(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]")
_FOLD_DIGITS = str.maketrans("123456789", "000000000")
_CUE = re.compile(r"(?i)\b((?:klant(?:en)?[ -]?(?:nummer|nr\.?|no\.?|id|code)|customer[ -]?(?:number|no\.?|id)|"
                  r"client[ -]?(?:number|no\.?|id))[ \t]*[:#.]?[ \t]*(?:is[ \t]+)?)"
                  r"((?=[A-Za-z0-9/-]*\d)[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?)")
CUSTOMERS_TABLE = "staging.stg_raw__customers"  # the model the dbt macro reads


def _kind(run: str) -> str:
    """L for letters, D for digits, the character itself for a separator."""
    return "L" if run[0] in string.ascii_letters else "D" if run[0] in string.digits else run


def _skeleton(runs: list[str]) -> tuple[str, ...]:
    return tuple(_kind(r) for r in runs)


def _part(kind: str, values: set[str]) -> str:
    lengths = sorted({len(v) for v in values})
    span = f"{{{lengths[0]}}}" if len(lengths) == 1 else f"{{{lengths[0]},{lengths[-1]}}}"
    if kind == "D":
        return rf"\d{span}"
    if kind == "L":
        upper = sorted({v.upper() for v in values})
        return f"(?:{'|'.join(upper)})" if len(upper) <= MAX_LITERALS else f"[A-Z]{span}"
    return re.escape(kind)


def _alternative(skeleton: tuple[str, ...], shapes: list[list[str]]) -> str:
    parts = [_part(kind, {shape[i] for shape in shapes}) for i, kind in enumerate(skeleton)]
    literal_start = skeleton[0] == "L" and parts[0].startswith("(?:")
    before = "" if literal_start else r"(?<![A-Z0-9])" if skeleton[0] in "LD" else ""
    after = r"(?!\d)" if skeleton[-1] == "D" else r"(?![A-Z])" if skeleton[-1] == "L" else ""
    return before + "".join(parts) + after


def infer_customer_id_pattern(ids: Iterable[str | None]) -> str | None:
    """A case-insensitive regex matching the ids' distinctive shapes; None when no shape is."""
    folded = {i.strip().translate(_FOLD_DIGITS) for i in ids if i and i.strip()}
    by_skeleton: dict[tuple[str, ...], list[list[str]]] = {}
    for identifier in folded:
        runs = _RUNS.findall(identifier)
        skeleton = _skeleton(runs)
        if len(identifier) >= MIN_LENGTH and "L" in skeleton and "D" in skeleton:
            by_skeleton.setdefault(skeleton, []).append(runs)
    if not by_skeleton or len(by_skeleton) > MAX_SHAPES:
        return None
    alternatives = sorted(_alternative(s, shapes) for s, shapes in by_skeleton.items())
    return "(?i)(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def mask_customer_ids(text: str, pattern: str | None) -> str:
    """Ids matching `pattern`, then any id after a cue, become [KLANTNUMMER]."""
    if pattern:
        text = _compiled(pattern).sub("[KLANTNUMMER]", text)
    lowered = text.lower()
    if "klant" in lowered or "customer" in lowered or "client" in lowered:
        text = _CUE.sub(r"\1[KLANTNUMMER]", text)
    return text


def customer_id_pattern_in(con: duckdb.DuckDBPyConnection) -> str | None:
    """The pattern of the customer ids in the warehouse's staging customers (what dbt uses)."""
    ids = con.execute(f"SELECT DISTINCT customer_id FROM {CUSTOMERS_TABLE}").fetchall()
    return infer_customer_id_pattern(i for (i,) in ids)
