"""Several sources loading at the same time, each in its own transaction on its own cursor.

One source keeps about 1.3 of two cores busy: typing, inserting and committing wait on each other.
Two sources at once keep both busy (the 9 sources of the 1M bench: 5.6 s instead of 7.9 s). DuckDB
lets the transactions of one process write at the same time as long as they change different rows;
sources share only the file registry and the quarantine, where each writes rows of its own. The
largest sources start first, so the last to finish is a small one.

From the first load on, Arrow allocates from the C library's heap (its system memory pool) in the
whole process. Its default, mimalloc, hands freed memory back to the kernel between files and faults it in again, and the
kernel zeroes every page anew: on the 1M bench the ingest spent 2.7-3.7 s of CPU in the kernel with
it and 1.7-2.3 s without, and took about 0.7 s longer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import duckdb
import pyarrow as pa

from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.files import landing_files
from signalchain.ingest.load import ingest_source, source_folders
from signalchain.ingest.mapping.config import FolderMapping, load_mappings
from signalchain.ingest.report import SourceReport
from signalchain.ingest.tables import ensure_raw_schema
from signalchain.settings import INGEST_WORKERS, seeds_dir


def ingest_sources(con: duckdb.DuckDBPyConnection, landing_dir: Path, names: Iterable[str],
                   mappings: dict[str, FolderMapping] | None = None,
                   workers: int | None = None) -> Iterator[tuple[str, SourceReport | Exception]]:
    """(source, its report) as each source finishes, or (source, the exception) for one whose load
    failed, which leaves the others loading. `workers` defaults to the setting INGEST_WORKERS."""
    mappings = load_mappings(seeds_dir()) if mappings is None else mappings
    workers = max(1, int(INGEST_WORKERS.number() if workers is None else workers))
    landing_dir = Path(landing_dir)
    pa.set_memory_pool(pa.system_memory_pool())
    ensure_raw_schema(con)
    largest_first = sorted(names, key=lambda name: -_landed_bytes(landing_dir, name, mappings))

    def load(name: str) -> SourceReport:
        with con.cursor() as cursor:
            return ingest_source(cursor, landing_dir, name, mappings)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ingest")
    try:
        futures = {pool.submit(load, name): name for name in largest_first}
        for future in as_completed(futures):
            yield futures[future], future.exception() or future.result()
    finally:  # a caller that stops early (a run being terminated) starts no further source
        pool.shutdown(wait=True, cancel_futures=True)


def ingest_all(con: duckdb.DuckDBPyConnection, landing_dir: Path,
               mappings: dict[str, FolderMapping] | None = None) -> dict[str, SourceReport]:
    """Every source, in the order of SOURCES; raises the first failure once all have finished."""
    outcomes = dict(ingest_sources(con, landing_dir, SOURCES, mappings))
    failures = [outcome for outcome in outcomes.values() if isinstance(outcome, Exception)]
    if failures:
        raise failures[0]
    return {name: outcomes[name] for name in SOURCES}


def _landed_bytes(landing_dir: Path, source_name: str, mappings: dict[str, FolderMapping]) -> int:
    return sum(_size(path) for folder in source_folders(source_name, mappings)
               for path in landing_files(landing_dir, folder))


def _size(path: Path) -> int:
    """The file's size; 0 for a file removed since it was listed (its source's load reports it)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0
