"""The classifier's tags in a demo warehouse against the demo generator's truth, per source.

    .venv/bin/python scripts/eval_demo_tags.py [--warehouse WAREHOUSE] [--landing LANDING]  (default: the settings)

Right means the tag's signal is the truth's (`unknown` counts as wrong); "no signal as a problem" counts
texts whose truth is `other` (praise, neutral remarks, spam) that got a problem signal.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb

from signalchain.settings import LANDING, WAREHOUSE, apply_defaults

SQL = """
WITH truth AS (
    SELECT source || ':' || contact_id AS contact_id, source, signal_id AS truth
    FROM read_parquet(?)
)
SELECT source, count(*) AS texts, round(avg((g.signal_id = truth)::INT), 4) AS accuracy,
       round(avg((g.signal_id = 'unknown')::INT), 4) AS unknown_share,
       count(*) FILTER (WHERE truth = 'other') AS no_signal_texts,
       count(*) FILTER (WHERE truth = 'other' AND g.signal_id NOT IN ('other', 'unknown')) AS no_signal_as_problem
FROM truth JOIN ml.contact_signal_tags g USING (contact_id)
GROUP BY source ORDER BY source
"""


def main() -> None:
    apply_defaults()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warehouse", type=Path, default=WAREHOUSE.path())
    parser.add_argument("--landing", type=Path, default=LANDING.path())
    args = parser.parse_args()
    with duckdb.connect(str(args.warehouse), read_only=True) as con:
        print(con.execute(SQL, [str(args.landing / "_truth" / "contacts.parquet")]).df().to_string(index=False))


if __name__ == "__main__":
    main()
