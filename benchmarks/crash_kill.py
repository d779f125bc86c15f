"""Kill an editing process 100 times at random moments; the project file must survive every time.

    python benchmarks/crash_kill.py [--rounds 100] [--seed N] [--keep DIR]

A child process (tests/storage/crash_child.py) opens a project and writes edits
through ProjectFile.write in a loop, printing each edit's counter after its commit.
After each SIGKILL the file is opened (playing back a hot journal if there is one),
must pass PRAGMA integrity_check, and must hold every edit the child reported.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from alliance_desktop.core.errors import AllianceError
from alliance_desktop.storage.projectfile import check, create_file
from tests.storage.conftest import sample_plan
from tests.storage.crash_child import crash_round


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=0.3, help="longest wait before a kill, seconds")
    parser.add_argument("--keep", type=Path, default=None, help="folder for the project file (default: a temp dir)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="crash-kill-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ALLIANCE_DESKTOP_DATA_DIR", str(folder / "appdata"))
    path = folder / "Kaatuu ä ö.alliance"
    if path.exists():
        path.unlink()
    create_file(path, sample_plan(metrics=20))

    failures, hot, edits, lags = [], 0, [], []
    started = time.perf_counter()
    previous = 0
    for i in range(args.rounds):
        try:
            r = crash_round(path, rng, max_delay=args.max_delay)
        except (AllianceError, RuntimeError, ValueError, OSError) as exc:  # a refused file is a failure too
            failures.append(f"round {i}: {type(exc).__name__}: {exc}")
            break
        ok = r["integrity"] == [("ok",)] and r["last"] <= r["found"] <= r["last"] + 1 and r["found"] > previous
        if not ok:
            failures.append(f"round {i}: {r}")
        previous = r["found"]
        hot += r["hot"]
        edits.append(r["edits"])
        lags.append(r["found"] - r["last"])
    elapsed = time.perf_counter() - started
    final = int(check(path).project.notes)
    print(f"crash_kill: {len(edits)} kills in {elapsed:.1f} s (seed {seed}), file {path}")
    print(f"  edits committed per child: median {statistics.median(edits):.0f}, total {sum(edits)}; "
          f"final counter {final}")
    print(f"  kills that left a hot journal (mid-transaction): {hot}")
    print(f"  committed but not yet reported when killed: {sum(lags)} "
          f"(allowed: the commit happened, the print did not)")
    print(f"  integrity_check ok and every reported edit present: {len(edits) - len(failures)}/{args.rounds}")
    for f in failures:
        print("  FAILED", f)
    return 1 if failures or len(edits) < args.rounds else 0


if __name__ == "__main__":
    sys.exit(main())
