"""Reading the next landing files while the warehouse loads or types the current ones.

Hashing and parsing a file (hashlib, gzip, numpy, Arrow) and typing and storing rows (DuckDB)
release the interpreter for most of their work, so the next files are prepared in background threads
while the current ones are typed and loaded: on a machine with more than one core they overlap.
`AHEAD` files at most are prepared before they are asked for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from signalchain.ingest.file_stat import file_stat
from signalchain.ingest.files import content_hash
from signalchain.ingest.mapping.config import FolderMapping

T = TypeVar("T")
AHEAD = 6
THREADS = 2


@dataclass(frozen=True)
class Landed(Generic[T]):
    """A landing file with its content hash and what `prepare` made of it, or the error it raised;
    `known` files were not prepared. `stat` is what the file system said of it before its bytes were
    read (file_stat.py)."""

    path: Path
    mapping: FolderMapping | None
    digest: str
    known: bool
    stat: str | None = None
    _prepared: T | None = None
    _error: Exception | None = None

    @property
    def readable(self) -> bool:
        """Not ingested before, and `prepare` did not fail."""
        return not self.known and self._error is None

    def with_prepared(self, prepared: T) -> Landed[T]:
        return replace(self, _prepared=prepared)

    def prepared(self) -> T:
        if self.known:
            raise RuntimeError(f"{self.path} was ingested before and not prepared")
        if self._error is not None:
            raise self._error
        return self._prepared


Recorded = Callable[[Path, str | None], str | None]


def read_ahead(files: Iterable[tuple[Path, FolderMapping | None]], recorded: Recorded,
               known: Callable[[Path, str], bool],
               prepare: Callable[[Path, FolderMapping | None], T]) -> Iterator[Landed[T]]:
    """The files in order, each hashed and prepared ahead in background threads (`prepare` must be
    safe to call from several threads). `recorded(path, stat)` is the hash recorded for the file when
    the file system said the same of it, which spares reading it; a file `known(path, digest)` says
    was ingested before is hashed only (known files stay known)."""
    with ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="ingest-read") as pool:
        queue: deque[Future] = deque()
        for path, mapping in files:
            queue.append(pool.submit(_land, path, mapping, recorded, known, prepare))
            if len(queue) > AHEAD:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()


def _land(path: Path, mapping: FolderMapping | None, recorded: Recorded, known: Callable[[Path, str], bool],
          prepare: Callable[[Path, FolderMapping | None], T]) -> Landed[T]:
    stat = file_stat(path)
    digest = recorded(path, stat) or content_hash(path)
    if known(path, digest):
        return Landed(path, mapping, digest, known=True, stat=stat)
    try:
        return Landed(path, mapping, digest, known=False, stat=stat, _prepared=prepare(path, mapping))
    except Exception as exc:  # noqa: BLE001 - raised again where the file is loaded
        return Landed(path, mapping, digest, known=False, stat=stat, _error=exc)
