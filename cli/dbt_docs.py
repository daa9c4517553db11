"""`make docs`: the dbt documentation as one static HTML file that opens without a web server.

`dbt docs generate --static` inlines the manifest and the catalog into `static_index.html`
(the plain `index.html` fetches them over HTTP and hangs when opened as a file). The file is
copied into the publish folder as `dbt_docs.html`, beside the report.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from signalchain.settings import DBT_PROJECT_DIR, PUBLISH, dbt_executable

STATIC_DOCS = "dbt_docs.html"


def generate_docs(target: Path | None = None) -> int:
    """Generate the static docs against the warehouse and publish them; return dbt's exit code."""
    target = target or DBT_PROJECT_DIR / "target"
    code = subprocess.call([dbt_executable(), "docs", "generate", "--static", "--project-dir", str(DBT_PROJECT_DIR),
                            "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target)],
                           cwd=DBT_PROJECT_DIR)
    if code != 0:
        print(f"dbt docs generate failed (exit code {code})", file=sys.stderr)
        return code
    published = PUBLISH.path() / STATIC_DOCS
    published.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target / "static_index.html", published)
    print(f"\ndbt docs (one file, open it in a browser, no server needed): {published}")
    return code
