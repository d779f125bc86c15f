"""How long opening, checking and writing a project file takes.

    python benchmarks/open_file.py [--repeat 20]

Uses the Keusote demo (resources/demos/keusote.json) when it exists, else a synthetic
plan of the same size; also a large synthetic plan (200 metrics x 40 periods) to time a
one-value edit, which must write only the changed row.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from alliance_desktop.core.interchange import plan_from_text
from alliance_desktop.storage.projectfile import ProjectFile, check, create_file
from tests.storage.conftest import sample_plan


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="open-file-"))
    os.environ.setdefault("ALLIANCE_DESKTOP_DATA_DIR", str(folder / "appdata"))
    demo = REPO / "resources" / "demos" / "keusote.json"
    if demo.is_file():
        plan, label = plan_from_text(demo.read_text(encoding="utf-8")), "Keusote demo"
    else:
        plan, label = sample_plan(metrics=8, periods=4), "synthetic Keusote-sized plan"
    path = folder / "keusote.alliance"
    t = time.perf_counter()
    create_file(path, plan)
    created = (time.perf_counter() - t) * 1000

    def open_close(backup: bool) -> None:
        ProjectFile.open(path, backup=backup).close()

    opens_with_backup = []
    for i in range(args.repeat):  # an edit after each open, so every open makes a new backup copy
        t = time.perf_counter()
        pf = ProjectFile.open(path)
        opens_with_backup.append(time.perf_counter() - t)
        pf.write(pf.plan, dataclasses.replace(pf.plan, project=dataclasses.replace(pf.plan.project, notes=str(i))))
        pf.close()

    print(f"{label}: {path.stat().st_size / 1024:.0f} KiB, created in {created:.1f} ms")
    print(f"  {'open (new backup)':20} median {statistics.median(opens_with_backup) * 1000:6.1f} ms   "
          f"max {max(opens_with_backup) * 1000:6.1f} ms")
    for name, fn in [
        ("open (same backup)", lambda: open_close(True)),
        ("open (no backup)", lambda: open_close(False)),
        ("check", lambda: check(path)),
    ]:
        med, worst = timed(fn, args.repeat)
        print(f"  {name:20} median {med:6.1f} ms   max {worst:6.1f} ms")

    big = sample_plan(metrics=200, periods=40)
    big_path = folder / "big.alliance"
    t = time.perf_counter()
    create_file(big_path, big)
    created = (time.perf_counter() - t) * 1000
    print(f"200 metrics x 40 periods: {big_path.stat().st_size / 1024:.0f} KiB, created in {created:.0f} ms")
    med, worst = timed(lambda: ProjectFile.open(big_path, backup=False).close(), max(3, args.repeat // 4))
    print(f"  {'open (no backup)':20} median {med:6.1f} ms   max {worst:6.1f} ms")
    pf = ProjectFile.open(big_path, backup=False)
    counter = [0]

    def edit_one_value() -> None:
        counter[0] += 1
        old = pf.plan
        metric = old.metrics[100]
        changed = dataclasses.replace(
            metric, measurements=((metric.measurements[0][0], Decimal(counter[0])),) + metric.measurements[1:])
        pf.write(old, dataclasses.replace(old, metrics=old.metrics[:100] + (changed,) + old.metrics[101:]))

    med, worst = timed(edit_one_value, args.repeat)
    pf.close()
    print(f"  {'edit one value':20} median {med:6.1f} ms   max {worst:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
