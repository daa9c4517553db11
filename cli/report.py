"""`signalchain report` and `make report`: render report.html from the current publication (or,
before the first one, from the warehouse, and say so), optionally with a PNG screenshot beside it."""

from __future__ import annotations

from pathlib import Path

from signalchain.report.published import REPORT_FILE, SCREENSHOT_FILE, report_database
from signalchain.report.render import render_report
from signalchain.settings import PUBLISH


def write_report(database: Path | None, out: Path | None, language: str, screenshot: bool) -> list[str]:
    """Render the report; the lines to print."""
    lines = []
    if database is None:
        database, is_publication = report_database()
        if not is_publication:
            lines.append(f"no publication in {PUBLISH.path()} yet: reporting on the warehouse {database}")
    if not Path(database).exists():
        raise FileNotFoundError(f"no database {database}: run `signalchain run` (or `make demo`) first")
    out = render_report(Path(database), out or PUBLISH.path() / REPORT_FILE, language)
    lines.append(f"report ({language}, one file, opens offline): {out}")
    if screenshot:
        from signalchain.report.browser import screenshot as take_screenshot

        png = take_screenshot(out, out.with_name(SCREENSHOT_FILE) if out.name == REPORT_FILE
                              else out.with_suffix(".png"))
        lines.append(f"screenshot: {png}")
    return lines
