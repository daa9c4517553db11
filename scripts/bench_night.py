"""`make bench`: the night end to end on generated data, each stage beside its limit from the same run.

    .venv/bin/python scripts/bench_night.py [--customers N] [--days 365] [--work DIR] [--workers 2]

N defaults to BENCH_CUSTOMERS or 100,000 (about 1M contacts a year). The landing data is generated
once per size into --work and reused. The newest ~1% of call and mail records is held back into
files of their own; the full night (`signalchain run --train always`) runs without them, then those
files land and a second night (`signalchain run`) takes them in, as a daily export would. Each night
is a fresh `signalchain` process; its steps are read back from Dagster's event log
(scripts/night_stages.py) and the process tree's memory is sampled throughout. Limits:
scripts/bench_limits.py. The machine's load is printed before and after: on a shared machine
compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.bench_limits import dbt_floor, duckdb_readers, reference_tagging, startup  # noqa: E402
from scripts.night_stages import STAGES, run_windows, step_windows  # noqa: E402
from scripts.peak_memory import _tree_rss_mb  # noqa: E402
from signalchain.settings import LANDING, MODELS, PUBLISH, WAREHOUSE  # noqa: E402

INGEST_FOLDERS = ("calls", "mails", "complaints", "surveys", "customers", "labels", "actions", "submissions",
                  "submission_events")
HELD_BACK = {"calls": ".csv", "mails": ".jsonl"}
NEW_SHARE = 0.01
NEW_NIGHT_DBT_TARGET = 0.15  # the 1% night's dbt time as a share of the full night's (issue: the night at scale)


def hold_back(landing: Path, parked: Path, share: float) -> int:
    """Move the newest `share` of each contact export's records (the end of its last file) into a file
    of its own under `parked`; returns the records moved."""
    moved = 0
    for folder, suffix in HELD_BACK.items():
        files = sorted((landing / folder).glob(f"*{suffix}"))
        total = sum(len(p.read_bytes().splitlines()) - (suffix == ".csv") for p in files)
        last = files[-1]
        header, *records = last.read_bytes().splitlines(keepends=True)
        if suffix != ".csv":
            header, records = b"", [header, *records]
        k = min(len(records) - 1, round(total * share))
        (parked / folder).mkdir(parents=True, exist_ok=True)
        (parked / folder / f"{last.stem}_aanvulling{suffix}").write_bytes(header + b"".join(records[-k:]))
        last.write_bytes(header + b"".join(records[:-k]))
        moved += k
    return moved


def prepare(work: Path, customers: int, days: int) -> tuple[Path, Path]:
    """(landing, parked): the generated landing data without its newest records, and those records."""
    landing, parked = work / f"landing_{customers}x{days}", work / f"new_{customers}x{days}"
    if not (parked / ".ready").exists():
        subprocess.run([sys.executable, "-m", "demo", "--customers", str(customers), "--days", str(days),
                        "--seed", "3", "--out", str(landing)], check=True)
        print(f"held back {hold_back(landing, parked, NEW_SHARE):,} newest records", flush=True)
        (parked / ".ready").touch()
    return landing, parked


class TreeMemory:
    """Samples the resident memory of a process tree: (time, MB) pairs."""

    def __init__(self, pid: int, interval: float = 0.5):
        self.samples: list[tuple[float, float]] = []
        self._pid, self._interval, self._stop = pid, interval, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.time(), _tree_rss_mb(self._pid)))
            self._stop.wait(self._interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float, end: float) -> float:
        return max((mb for t, mb in self.samples if start <= t <= end), default=0.0)


def night(arguments: list[str], env: dict[str, str], dagster_home: Path) -> dict:
    """Run `signalchain <arguments>`; seconds, peak MB and SQL seconds per stage."""
    from dagster import DagsterInstance

    launched = time.time()
    process = subprocess.Popen([sys.executable, "-m", "cli.main", *arguments], env=env,
                               stdout=subprocess.DEVNULL, cwd=Path(__file__).resolve().parents[1])
    memory = TreeMemory(process.pid)
    if process.wait() != 0:
        raise SystemExit(f"signalchain {' '.join(arguments)} failed; see the logs beside the warehouse")
    memory.stop()
    ended = time.time()
    seconds, peaks, sql = defaultdict(float), defaultdict(float), defaultdict(float)
    dbt_exited = 0.0
    with DagsterInstance.from_config(str(dagster_home)) as instance:
        runs = run_windows(instance, launched)
        for run in runs:
            for step in step_windows(instance, run.run_id):
                seconds[step.stage] += step.end - step.start
                sql[step.stage] += step.sql_seconds
                peaks[step.stage] = max(peaks[step.stage], memory.peak(step.start, step.end))
                if step.stage == "dbt":
                    dbt_exited += (step.first_output or step.end) - step.start
    seconds["start-up"] = runs[0].start - launched
    peaks["start-up"] = memory.peak(launched, runs[0].start)
    return {"seconds": seconds, "peaks": peaks, "sql": sql, "total": ended - launched,
            "peak": memory.peak(launched, ended), "run set-up": [run.start - run.created for run in runs],
            "events": sum(run.events for run in runs), "dbt exited": dbt_exited}


def overheads(full: dict, new: dict) -> list[str]:
    """Where the fixed cost of a night lies: Dagster's bookkeeping (a planned event for every asset and
    check before a run starts, then every event stored one by one) and dbt's own run until it exits."""
    return [f"{name}: {sum(night['run set-up']):.1f} s of run set-up (planned events) in {len(night['run set-up'])} "
            f"run(s), {night['run set-up'][0]:.1f} s of it in start-up; "
            f"dbt ran {night['dbt exited']:.1f} s of its {night['seconds']['dbt']:.1f} s until it exited, the rest "
            f"is Dagster storing its events; Dagster wrote {night['events']:,} events"
            for name, night in (("full night", full), ("1% night", new))]


def floor_line(full: dict, new: dict, floor: tuple[float, int]) -> str:
    """The 1% night's dbt beside its target and beside the least any night's build of this graph costs."""
    seconds, nodes = floor
    return (f"dbt floor: the night's build with --empty (all {nodes} results, no rows to read, one invocation, no "
            f"Dagster events) took {seconds:.1f} s; the 1% night's dbt {new['seconds']['dbt']:.1f} s; its target "
            f"({NEW_NIGHT_DBT_TARGET} x the full night's dbt) {NEW_NIGHT_DBT_TARGET * full['seconds']['dbt']:.1f} s")


def _ingest_limit(landing: Path) -> float:
    """DuckDB's readers loading the full night's files into a database file, the destination the ingest
    writes to (into memory they take about half as long, and no loader that keeps its rows can).
    Measured just before the full night, whose ingest comes first: on a shared machine the speed
    moves by a quarter and more within minutes, so the limit is taken beside the stage it bounds."""
    return duckdb_readers(landing, INGEST_FOLDERS, to_file=True)[0]


def _limits(warehouse: Path, env: dict[str, str], workers: int) -> dict[str, float]:
    return {"tagging": reference_tagging(warehouse, workers)[0], "start-up": startup(env)}


def table(full: dict, new: dict, limits: dict[str, float]) -> list[str]:
    lines = [f"{'stage':<20} {'full night s':>12} {'1% night s':>11} {'share':>6} {'limit s':>8} {'ratio':>6} "
             f"{'1%/full':>8} {'peak MB':>8}"]
    for stage in STAGES:
        s_full, s_new = full["seconds"].get(stage, 0.0), new["seconds"].get(stage, 0.0)
        limit = full["sql"].get("dbt") if stage == "dbt" else limits.get(stage)
        ratio = f"{limit / s_full:6.2f}" if limit and s_full else " " * 6
        limit_text = f"{limit:8.1f}" if limit else " " * 8
        relative = f"{s_new / s_full:8.2f}" if s_full else " " * 8
        lines.append(f"{stage:<20} {s_full:12.1f} {s_new:11.1f} {s_full / full['total']:6.1%} {limit_text} {ratio} "
                     f"{relative} {max(full['peaks'].get(stage, 0), new['peaks'].get(stage, 0)):8,.0f}")
    lines.append(f"{'whole command':<20} {full['total']:12.1f} {new['total']:11.1f} {'':>6} {'':>8} {'':>6} "
                 f"{new['total'] / full['total']:8.2f} {max(full['peak'], new['peak']):8,.0f}")
    lines.append(f"dbt 1% night: {new['seconds']['dbt']:.1f} s of {full['seconds']['dbt']:.1f} s "
                 f"({new['seconds']['dbt'] / full['seconds']['dbt']:.0%}); limits: DuckDB's bare readers into a database file (ingest), "
                 "the SQL time dbt reports (dbt), plain TF-IDF + LR on the same texts (tagging), "
                 "importing the definitions (start-up); ratio = limit / stage")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=int(os.environ.get("BENCH_CUSTOMERS", 100_000)))
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--work", type=Path, default=Path("data/bench"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = args.work.resolve()
    landing, parked = prepare(work, args.customers, args.days)
    night_dir = work / f"night_{args.customers}x{args.days}"
    subprocess.run(["rm", "-rf", str(night_dir)], check=True)
    (night_dir / "dagster").mkdir(parents=True)
    (night_dir / "dagster" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {**os.environ, LANDING.variable: str(landing), WAREHOUSE.variable: str(night_dir / "warehouse.duckdb"),
           MODELS.variable: str(night_dir / "models"), PUBLISH.variable: str(night_dir / "published"),
           "DAGSTER_HOME": str(night_dir / "dagster")}
    new_files = sorted(parked.glob("*/*"))
    for path in new_files:  # a re-run starts from the full night's files again
        (landing / path.parent.name / path.name).unlink(missing_ok=True)
    print(f"{args.customers:,} customers x {args.days} days; load before {os.getloadavg()}", flush=True)
    ingest_limit = _ingest_limit(landing)
    full = night(["run", "--train", "always"], env, night_dir / "dagster")
    for path in new_files:
        (landing / path.parent.name / path.name).write_bytes(path.read_bytes())
    new = night(["run"], env, night_dir / "dagster")
    limits = {"ingest": ingest_limit, **_limits(night_dir / "warehouse.duckdb", env, args.workers)}
    floor = dbt_floor(night_dir / "warehouse.duckdb", env)
    print("\n".join(table(full, new, limits) + overheads(full, new) + [floor_line(full, new, floor)]))
    print(f"load after {os.getloadavg()} (1, 5, 15 min; {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
