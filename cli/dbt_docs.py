"""`make docs`: generate the dbt documentation site for analysts."""

from __future__ import annotations

import subprocess
import sys

from signalchain.settings import DBT_PROJECT_DIR, dbt_executable


def generate_docs() -> int:
    """Run `dbt docs generate` against the warehouse; print where the site is; return dbt's exit code."""
    target = DBT_PROJECT_DIR / "target"
    code = subprocess.call([dbt_executable(), "docs", "generate", "--project-dir", str(DBT_PROJECT_DIR),
                            "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target)],
                           cwd=DBT_PROJECT_DIR)
    if code == 0:
        print(f"\ndbt docs: {target / 'index.html'}")
        print(f"serve it with: cd {DBT_PROJECT_DIR} && dbt docs serve --port 8080 --profiles-dir .")
    else:
        print(f"dbt docs generate failed (exit code {code})", file=sys.stderr)
    return code
