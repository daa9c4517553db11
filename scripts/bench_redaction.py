"""Benchmark: PII redaction of demo contact texts; texts/s of `privacy.redaction.redact_many`.

    python scripts/bench_redaction.py [--texts 20000] [--baseline OTHER_REDACTION.py]

The texts are demo call notes, mails, complaints and survey comments (the demo generator writes
them into a temporary folder), sampled with a fixed seed up to --texts, redacted with the customer-id
pattern of the demo's customers, as dbt does. --baseline times another redaction module on the same
batch in the same run (e.g. `git show HEAD:privacy/redaction.py > /tmp/old_redaction.py`); it is
called as `redact_many(texts)`.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cli.files import read_folder  # noqa: E402
from demo import generate  # noqa: E402
from privacy.customer_ids import infer_customer_id_pattern  # noqa: E402
from privacy.redaction import redact_many  # noqa: E402

DEMO = {"customers": 8000, "days": 90, "seed": 3}
TEXT_COLUMNS = {"calls": "notes", "mails": "body", "complaints": "text", "surveys": "comment"}
ROUNDS = 3  # the best of three: the machine is shared


def demo_batch(n: int) -> tuple[list[str], list[str]]:
    """(n texts, the customer ids) from a fresh demo landing folder."""
    with tempfile.TemporaryDirectory() as tmp:
        landing = Path(tmp) / "landing"
        generate(out=landing, **DEMO)
        texts = [t for folder, column in TEXT_COLUMNS.items()
                 for t in read_folder(landing / folder).get(column, pd.Series()).dropna().astype(str)]
        ids = read_folder(landing / "customers")["customer_id"].astype(str).tolist()
    picks = np.random.default_rng(0).integers(0, len(texts), size=n)
    return [texts[i] for i in picks], ids


def texts_per_second(redact: Callable[[list[str]], list], texts: list[str]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        redact(texts)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def load_baseline(path: Path) -> Callable[[list[str]], list]:
    spec = importlib.util.spec_from_file_location("baseline_redaction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.redact_many


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument("--baseline", type=Path, help="another redaction module to time on the same batch")
    args = parser.parse_args()

    texts, ids = demo_batch(args.texts)
    pattern = infer_customer_id_pattern(ids)
    print(f"{len(texts):,} demo texts, mean {np.mean([len(t) for t in texts]):.0f} characters; "
          f"customer-id pattern {pattern}")
    current = texts_per_second(lambda batch: redact_many(batch, pattern), texts)
    print(f"redaction: {current:,.0f} texts/s")
    if args.baseline:
        baseline = texts_per_second(load_baseline(args.baseline), texts)
        print(f"baseline {args.baseline}: {baseline:,.0f} texts/s (redaction takes {baseline / current:.2f}x "
              "as long)")


if __name__ == "__main__":
    main()
