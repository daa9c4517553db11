"""`python -m demo`: write deterministic demo data into a landing directory and print the rows per source."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from demo import generate
from signalchain.settings import LANDING


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", default=None, help=f"landing directory (default: the {LANDING.variable} setting)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    summary = generate(customers=args.customers, days=args.days, seed=args.seed, out=Path(args.out) if args.out else LANDING.path())
    for source, rows in summary.items():
        print(f"{source:>12}: {rows:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
