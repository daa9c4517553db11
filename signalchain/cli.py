"""The `signalchain` command line: generate demo data, run the nightly job, tag and train."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from signalchain.settings import apply_defaults, setting


def _generate(args: argparse.Namespace) -> int:
    from signalchain.demo import generate

    summary = generate(customers=args.customers, days=args.days, seed=args.seed, out=Path(args.out))
    for source, rows in summary.items():
        print(f"{source:>12}: {rows:>10,}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from signalchain.run import run_nightly

    return 0 if run_nightly(train=args.train) else 1


def _tag(args: argparse.Namespace) -> int:
    from ml.commands import tag_file

    model = Path(args.model) if args.model else Path(setting("SIGNALCHAIN_MODELS"))
    n = tag_file(Path(args.in_path), Path(args.out_path), text_column=args.text_column, model_path=model)
    print(f"tagged {n:,} rows -> {args.out_path}")
    return 0


def _train(args: argparse.Namespace) -> int:
    from ml.commands import train_from_landing

    summary = train_from_landing(Path(setting("SIGNALCHAIN_LANDING")), Path(setting("SIGNALCHAIN_MODELS")))
    print(summary)
    return 0


def _dbt_docs(args: argparse.Namespace) -> int:
    from signalchain.dbt_docs import generate_docs

    return generate_docs()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="signalchain", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="write deterministic demo data into a landing directory")
    gen.add_argument("--customers", type=int, default=20000)
    gen.add_argument("--days", type=int, default=365)
    gen.add_argument("--seed", type=int, default=3)
    gen.add_argument("--out", default="data/landing")
    gen.set_defaults(func=_generate)

    run = sub.add_parser("run", help="run the nightly job in process and print a summary")
    run.add_argument("--train", choices=["auto", "always", "never"], default="auto",
                     help="run the training job first: when no model is in use yet (auto), always, or never")
    run.set_defaults(func=_run)

    tag = sub.add_parser("tag", help="add signal_id, signal_confidence, journey_step_id to a CSV")
    tag.add_argument("--in", dest="in_path", required=True)
    tag.add_argument("--out", dest="out_path", required=True)
    tag.add_argument("--text-column", default="text")
    tag.add_argument("--model", default=None, help="model file or model directory (default: the model in use)")
    tag.set_defaults(func=_tag)

    train = sub.add_parser("train", help="train a classifier from the landing labels and wrap-up codes")
    train.set_defaults(func=_train)

    docs = sub.add_parser("dbt-docs", help="generate the dbt docs site for analysts")
    docs.set_defaults(func=_dbt_docs)
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_defaults()
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
