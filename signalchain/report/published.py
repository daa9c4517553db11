"""Where the report reads and what it writes, in the publish folder (the publish setting).

The report reads the published database (the `marts` copy BI tools read, written by the
bi_publication asset); before the first publication the warehouse holds the same `marts`.
"""

from __future__ import annotations

from pathlib import Path

from signalchain.publication.layout import DATABASE as PUBLISHED_DATABASE
from signalchain.settings import PUBLISH, WAREHOUSE

REPORT_FILE = "report.html"
SCREENSHOT_FILE = "report.png"


def report_database() -> tuple[Path, bool]:
    """The database to report on, and whether it is the publication (else the warehouse)."""
    published = PUBLISH.path() / PUBLISHED_DATABASE
    return (published, True) if published.exists() else (WAREHOUSE.path(), False)
