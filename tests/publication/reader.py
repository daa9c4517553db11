"""A BI tool in miniature: another process that holds a read-only connection on the published
database and answers one query per line, until it is closed."""

from __future__ import annotations

import subprocess
import sys

READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    print(con.execute(line).fetchone()[0], flush=True)
"""
RUN_ID = "SELECT run_id FROM marts.published"


class HeldReader:
    def __init__(self, database):
        self.process = subprocess.Popen([sys.executable, "-c", READER, str(database)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def ask(self, sql: str) -> str:
        self.process.stdin.write(sql + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
