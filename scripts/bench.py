"""`make bench-parts`: the component benchmarks, each in its own process so peak memory is its own.
(`make bench` is the night end to end: scripts/bench_night.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["bench_ingest.py", "bench_mapping.py", "bench_tagging.py", "bench_redaction.py"]


def main() -> int:
    here = Path(__file__).parent
    status = 0
    for script in BENCHMARKS:
        print(f"== {script}", flush=True)
        status |= subprocess.call([sys.executable, str(here / script)])
    return status


if __name__ == "__main__":
    sys.exit(main())
