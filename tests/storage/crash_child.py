"""Child process for the crash tests: edits a project through ProjectFile.write in a loop.

    python tests/storage/crash_child.py PATH

Each edit sets the project's notes to the next counter value (and touches a measurement,
a risk and a scope cell so several tables change); the counter is printed and flushed
only after the write has committed. The parent kills this process at random moments and
checks that the file holds at least the last counter it saw.
"""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal

from alliance_desktop.core import model as m
from alliance_desktop.storage.projectfile import ProjectFile


def edit(plan: m.Plan, i: int) -> m.Plan:
    metrics = plan.metrics
    if metrics:
        first = metrics[0]
        if first.measurements:
            period, _old = first.measurements[0]
            first = dataclasses.replace(first, measurements=((period, Decimal(i) / 100),) + first.measurements[1:])
        metrics = (first,) + metrics[1:]
    risks = tuple(r for r in plan.risks if not r.key.startswith("crash-"))
    risks += tuple(m.Risk(f"crash-{i}-{j}", f"Riski {i}/{j}", "x" * 200 * j) for j in range(i % 4))
    return dataclasses.replace(
        plan,
        project=dataclasses.replace(plan.project, notes=str(i)),
        metrics=metrics,
        risks=risks,
    )


def main(path: str) -> None:
    pf = ProjectFile.open(path, backup=False)
    i = int(pf.plan.project.notes or 0)
    out = sys.stdout
    while True:
        i += 1
        old = pf.plan
        pf.write(old, edit(old, i))
        out.write(f"{i}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1])


# ---------------------------------------------------------------- the parent side (tests and benchmarks)

CHILD = __file__


def crash_round(path, rng, *, max_delay: float = 0.25) -> dict:
    """Start a child editing `path`, kill it at a random moment, then verify the file.

    Returns {"last": last counter the child reported, "found": counter in the file,
    "hot": a hot journal was left, "integrity": PRAGMA integrity_check result}.
    """
    import os
    import sqlite3
    import subprocess
    import time

    from alliance_desktop.storage.projectfile import JOURNAL_MAGIC

    proc = subprocess.Popen([sys.executable, CHILD, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = proc.stdout.readline()  # editing has begun
        if not first:
            raise RuntimeError("the crash child did not start: " + proc.stderr.read())
        time.sleep(rng.uniform(0, max_delay))
    finally:
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait()
    rest = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    done = (first + rest).split("\n")[:-1]  # only complete lines: the edit was committed before its line
    last = int(done[-1])
    journal = str(path) + "-journal"
    hot = False
    if os.path.exists(journal):
        with open(journal, "rb") as f:
            hot = f.read(8) == JOURNAL_MAGIC
    pf = ProjectFile.open(path, backup=False)  # recovers a hot journal, runs every check
    try:
        found = int(pf.plan.project.notes)
    finally:
        pf.close()
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return {"last": last, "found": found, "hot": hot, "integrity": integrity, "edits": len(done)}
