"""Headless Chromium (Debian's package, `make browser`) for the report's screenshot and its tests.

The flags keep Chromium from phoning home: on a closed network its background connections are
refused, and nothing the report shows needs the network anyway. The command line's `--screenshot`
captures the window only, so a first pass (`--dump-dom`) reads the page's height, which the
page writes on its root element once it has loaded, and the second pass opens a window that tall.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
WIDTH = 1400
RENDER_BUDGET_MS = 10000  # virtual time for plotly to draw before the capture
TIMEOUT_SECONDS = 120
HEIGHT_ATTRIBUTE = re.compile(r'data-page-height="(\d+)"')


def screenshot(html: Path, png: Path, width: int = WIDTH) -> Path:
    """A PNG of the whole page of `html`, `width` pixels wide."""
    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    url = Path(html).resolve().as_uri()
    dom = _chromium("--dump-dom", f"--window-size={width},1000", url)
    match = HEIGHT_ATTRIBUTE.search(dom)
    height = int(match.group(1)) if match else 8000
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    _chromium(f"--screenshot={png}", f"--window-size={width},{height}", "--hide-scrollbars", url)
    if not png.exists():
        raise RuntimeError(f"chromium wrote no screenshot {png}")
    return png


def _chromium(*args: str) -> str:
    """Run Chromium with a fresh profile that is thrown away afterwards; its stdout."""
    with tempfile.TemporaryDirectory(prefix="signalchain-chromium-") as profile:
        done = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                               f"--virtual-time-budget={RENDER_BUDGET_MS}", *args],
                              capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout
