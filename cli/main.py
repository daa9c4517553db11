"""The `signalchain` command line: run the night, train, tag a file, render the report, open the UI or the
dbt docs."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from signalchain.report.labels import LANGUAGES
from signalchain.settings import LANDING, PUBLISH, REPORT_LANGUAGE, SETTINGS, WAREHOUSE, apply_defaults

REPO_DIR = Path(__file__).resolve().parents[1]


def _run(args: argparse.Namespace) -> int:
    from cli.jobs import run_nightly
    from cli.publication_summary import publication_lines
    from cli.summary import night_summary

    night = run_nightly(training=args.train)
    for line in [*night_summary(WAREHOUSE.value()), "", *publication_lines(PUBLISH.path(), night.run_id)]:
        print(line)
    return 0 if night.success else 1


def _train(args: argparse.Namespace) -> int:
    from cli.jobs import train

    summary = train()
    for name, value in summary.items():
        print(f"{name:>9}: {value}")
    return 0 if summary["promoted"] else 1


def _tag(args: argparse.Namespace) -> int:
    from cli.tag import tag_file

    n = tag_file(Path(args.in_path), Path(args.out_path), text_column=args.text_column,
                 model_path=Path(args.model) if args.model else None)
    print(f"tagged {n:,} rows -> {args.out_path}")
    return 0


def _check_sources(args: argparse.Namespace) -> int:
    from cli.check_sources import check_sources

    landing = Path(args.landing) if args.landing else LANDING.path()
    lines, all_load = check_sources(landing, WAREHOUSE.path())
    print("\n".join(lines))
    return 0 if all_load else 1


def _report(args: argparse.Namespace) -> int:
    from cli.report import write_report

    lines = write_report(Path(args.database) if args.database else None, Path(args.out) if args.out else None,
                         args.language or REPORT_LANGUAGE.value(), args.screenshot)
    print("\n".join(lines))
    return 0


def _dbt_docs(args: argparse.Namespace) -> int:
    from cli.dbt_docs import generate_docs

    return generate_docs()


def _ui(args: argparse.Namespace) -> int:
    """Replace this process by `dagster dev`, with the settings in its environment."""
    dagster = str(Path(sys.executable).with_name("dagster"))
    os.execv(dagster, [dagster, "dev", "-w", str(REPO_DIR / "workspace.yaml"), "-h", args.host, "-p", str(args.port)])


def _env(args: argparse.Namespace) -> int:
    """Print the settings as shell exports, for running dbt or dagster by hand: eval "$(signalchain env)"."""
    for setting in SETTINGS:
        if setting.value() and not setting.is_secret:
            print(f"export {setting.variable}={shlex.quote(setting.value())}  # {setting.meaning}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="signalchain", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the nightly job in process and print a summary")
    run.add_argument("--train", choices=["auto", "always", "never"], default="auto",
                     help="run the training job first: when no model is in use yet (auto), always, or never")
    run.set_defaults(func=_run)

    train = sub.add_parser("train", help="run the training job: train a candidate, gate it, promote it if it passes")
    train.set_defaults(func=_train)

    check = sub.add_parser("check-sources", help="dry run: what each landing file would load, quarantine or "
                                                  "reject, with its mapping; writes nothing")
    check.add_argument("--landing", default=None, help="landing folder (default: the landing setting)")
    check.set_defaults(func=_check_sources)

    tag = sub.add_parser("tag", help="add signal_id, signal_confidence, journey_step_id to a CSV")
    tag.add_argument("--in", dest="in_path", required=True)
    tag.add_argument("--out", dest="out_path", required=True)
    tag.add_argument("--text-column", default="text")
    tag.add_argument("--model", default=None, help="model file or model directory (default: the model in use)")
    tag.set_defaults(func=_tag)

    report = sub.add_parser("report", help="render the nightly report (report.html) from the publication, "
                                           "else from the warehouse")
    report.add_argument("--database", default=None,
                        help="a DuckDB file with the marts schema (default: the publication, else the warehouse)")
    report.add_argument("--out", default=None, help="the HTML file (default: report.html in the publish folder)")
    report.add_argument("--language", choices=LANGUAGES, default=None,
                        help=f"labels and number format (default: {REPORT_LANGUAGE.variable}, else nl)")
    report.add_argument("--screenshot", action="store_true",
                        help="also write a PNG of the page beside it (headless Chromium, `make browser`)")
    report.set_defaults(func=_report)

    docs = sub.add_parser("dbt-docs", help="generate the dbt docs site for analysts")
    docs.set_defaults(func=_dbt_docs)

    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev) with these settings")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=_ui)

    env = sub.add_parser("env", help="print the settings as shell exports")
    env.set_defaults(func=_env)
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_defaults()
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
