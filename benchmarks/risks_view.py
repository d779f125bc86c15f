"""The Risks and procurement view at plan sizes S x Keusote (issue 16): before and after its table models.

    QT_QPA_PLATFORM=offscreen python benchmarks/risks_view.py [--sizes 16 64] [--runs 5] [--before REV]

Each run is a fresh process: the window opens a copy of the S x plan (benchmarks/plangen.py, the whole
plan multiplied) on the Overview, waits until it has loaded the other views' code (as it does when idle),
and then
  - first visit: Risks and procurement chosen in the side bar, to the window painted (`grab`);
  - edit risk: a risk's likelihood changed through `Document.apply` (it moves in the severity order),
    to the window painted; edit task: a procurement task's name, likewise (the largest table);
  - undo: the last edit undone (Edit > Undo's path), to the window painted;
  - memory: the process's resident size after 20 more edits (risk, task and document in turn), and
    how much it grew over those 20 edits.
Each edit and undo is measured 5 times in a run (the run's median is kept; --edits). "before" loads the view
as it was at REV (git show REV:alliance_desktop/ui/risks.py, the QTableWidget with a combo box per choice
cell) in place of the current one, "after" the working tree's or the package at --after REV; the rest of
the app is the working tree's for both. Runs of before and after alternate, and the table gives the
median and spread (min-max) over runs of wall and CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BEFORE_REV = "bfd5499^"  # the commit before the table models

CHILD = r"""
import gc, json, statistics, sys, time
MODULE = sys.argv[2]
if MODULE:  # the view as it was at a revision: loaded in place of alliance_desktop.ui.risks
    import importlib.util, os
    if os.path.isdir(MODULE):  # the package ui/risks/
        spec = importlib.util.spec_from_file_location("alliance_desktop.ui.risks", os.path.join(MODULE, "__init__.py"),
                                                      submodule_search_locations=[MODULE])
    else:  # the module ui/risks.py
        spec = importlib.util.spec_from_file_location("alliance_desktop.ui.risks", MODULE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["alliance_desktop.ui.risks"] = module
    spec.loader.exec_module(module)
from alliance_desktop.core import edits
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow, PRELOAD_DELAY_MS
from pathlib import Path

def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2 ** 20

app, tr = create_application(sys.argv[:1], "fi")
window = MainWindow(tr, build=False)
assert window.open_path(Path(sys.argv[1]))
window.resize(1600, 1000)
window.show()
window.grab()
start = time.monotonic()  # the window's idle loading of the other views' code is over before measuring
while time.monotonic() - start < PRELOAD_DELAY_MS / 1000 + 1.5:
    app.processEvents()
    time.sleep(0.005)
doc = window.document

def timed(action):
    w, c = time.perf_counter(), time.process_time()
    action()
    app.processEvents()
    window.grab()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000

out = {"first visit": timed(lambda: window.show_view("risks"))}
plan = doc.plan
risk = plan.risks[len(plan.risks) // 2]
task = plan.procurement_tasks[len(plan.procurement_tasks) // 2]
document = plan.documents[len(plan.documents) // 2]
n = [0]

def edit_risk():
    n[0] += 1
    value = next(r for r in doc.plan.risks if r.key == risk.key).likelihood % 5 + 1  # 1..5 in turn
    assert doc.apply("Muuta riskiä", lambda p: edits.update_record(p, "risks", risk.key, likelihood=value))

def edit_task():
    n[0] += 1
    assert doc.apply("Muuta tehtävää",
                     lambda p: edits.update_record(p, "procurement_tasks", task.key, name=f"Tehtävä {n[0]}"))

def edit_document():
    n[0] += 1
    assert doc.apply("Muuta asiakirjaa",
                     lambda p: edits.update_record(p, "documents", document.key, name=f"Asiakirja {n[0]}"))

samples = {"edit risk": [], "edit task": [], "undo": []}
for _ in range(int(sys.argv[3])):
    samples["edit risk"].append(timed(edit_risk))
    samples["edit task"].append(timed(edit_task))
    samples["undo"].append(timed(doc.undo_stack.undo))
for key, values in samples.items():
    out[key] = [statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)]
gc.collect()
start = rss_mib()
for i in range(int(sys.argv[4])):
    timed((edit_risk, edit_task, edit_document)[i % 3])
gc.collect()
out["memory"] = [rss_mib(), rss_mib() - start]
print(json.dumps(out))
"""


def view_at(rev: str, folder: Path) -> str:
    """The risks view's code at a git revision, written under `folder`: the module risks.py (before the
    table models) or the package risks/ (after); returns the path to load."""
    def show(path: str) -> str:
        return subprocess.run(["git", "show", f"{rev}:{path}"], cwd=REPO, check=True, capture_output=True,
                              text=True).stdout

    names = subprocess.run(["git", "ls-tree", "--name-only", rev, "alliance_desktop/ui/risks/"], cwd=REPO,
                           check=True, capture_output=True, text=True).stdout.split()
    folder.mkdir(parents=True)
    if not names:
        (folder / "risks.py").write_text(show("alliance_desktop/ui/risks.py"), encoding="utf-8")
        return str(folder / "risks.py")
    package = folder / "risks"
    package.mkdir()
    for name in names:
        (package / Path(name).name).write_text(show(name), encoding="utf-8")
    return str(package)


def make_plan(size: int, folder: Path) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    sys.path.insert(0, str(REPO))
    from plangen import plan_text

    from alliance_desktop.core import interchange
    from alliance_desktop.storage.projectfile import create_file

    path = folder / f"keusote-{size}x.alliance"
    create_file(path, interchange.plan_from_text(plan_text(size)))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=5, help="edits and undos measured per run (each kind)")
    parser.add_argument("--memory-edits", type=int, default=20, help="edits before the memory is read")
    parser.add_argument("--before", default=BEFORE_REV, help="the git revision of the view before")
    parser.add_argument("--after", default="", help="the git revision of the view after (default: the working tree)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="risks-view-"))
    versions = {"before": view_at(args.before, folder / "before"),
                "after": view_at(args.after, folder / "after") if args.after else ""}
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=str(folder / "data"))
    for size in args.sizes:
        source = make_plan(size, folder)
        runs: dict[str, list[dict]] = {"before": [], "after": []}
        for _ in range(args.runs):
            for label, module in versions.items():
                path = folder / f"run-{size}-{label}.alliance"
                path.write_bytes(source.read_bytes())  # a fresh copy: every run starts from the same file
                out = subprocess.run([sys.executable, "-c", CHILD, str(path), module, str(args.edits),
                                      str(args.memory_edits)], env=env, cwd=REPO,
                                     check=True, capture_output=True, text=True).stdout
                runs[label].append(json.loads(out.strip().splitlines()[-1]))
                path.unlink()
        print(f"\n{size}x Keusote, {args.runs} interleaved runs each: median (min-max), ms; memory MiB")
        for key in ("first visit", "edit risk", "edit task", "undo", "memory"):
            cells = []
            for label in ("before", "after"):
                values = runs[label]
                if key == "memory":
                    rss = [v[key][0] for v in values]
                    grew = [v[key][1] for v in values]
                    cells.append(f"{label} {statistics.median(rss):.0f} ({min(rss):.0f}-{max(rss):.0f}), "
                                 f"+{statistics.median(grew):.1f} over {args.memory_edits} edits")
                else:
                    wall = [v[key][0] for v in values]
                    cpu = [v[key][1] for v in values]
                    cells.append(f"{label} wall {statistics.median(wall):.0f} ({min(wall):.0f}-{max(wall):.0f})"
                                 f" cpu {statistics.median(cpu):.0f} ({min(cpu):.0f}-{max(cpu):.0f})")
            print(f"  {key:12s} " + "  |  ".join(cells))


if __name__ == "__main__":
    main()
