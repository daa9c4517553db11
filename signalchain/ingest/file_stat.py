"""Telling that a landing file is unchanged since its bytes were hashed, without reading them again.

A landing folder keeps every delivery, so hashing every file every night would make a night cost the
whole history instead of its new files. Like git's index and rsync, the ingest records what the file
system says of a file (size, modification and change times, inode) when it hashes the file, and takes
the recorded hash while the file system still says the same. The change time cannot be set by a
program and moves with every write, so a file rewritten with the same size and its modification time
put back still reads as changed, and so does a file replaced by another (a new inode).

A write in the same tick of the file system's clock as the one before leaves both times as they were.
So a file is only recorded once it has settled: unchanged for `SETTLE_SECONDS` when it is looked at.
A file younger than that is hashed, and recorded the next time it is seen.
"""

from __future__ import annotations

import time
from pathlib import Path

SETTLE_SECONDS = 2.0


def file_stat(path: Path) -> str | None:
    """What the file system says of a settled file, taken before its bytes are read; None while the
    file changed in the last `SETTLE_SECONDS`."""
    stat = path.stat()
    if time.time() - max(stat.st_mtime, stat.st_ctime) < SETTLE_SECONDS:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"
