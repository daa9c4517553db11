"""dbt as a child that dies with its parent: a killed run leaves no dbt writing to the warehouse."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


PARENT = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c",
    "from signalchain.dbt_child import exec_dying_with_parent; exec_dying_with_parent('/bin/sleep', ['120'])"])
print(child.pid, flush=True)
child.wait()
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_the_child_stops_when_its_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")[0] != b"/bin/sleep":
        assert time.monotonic() < deadline, "the child never became the program it wraps"
        time.sleep(0.05)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(child)
    if alive:
        os.kill(child, signal.SIGKILL)
    assert not alive, "the wrapped program outlived its killed parent"
