"""Speed at real plan sizes (issue 16): S x Keusote plans (benchmarks/plangen.py), S = 1, 4, 16 (, 64).

    QT_QPA_PLATFORM=offscreen python benchmarks/sizes_bench.py [--sizes 1 4 16] [--runs 3] [--rounds 5]
    python benchmarks/sizes_bench.py --rl-accel DIR --sizes 1 4 [--runs 7]   # report with and without rl-accel

Per size it reports the median and the spread (min–max) of wall and CPU time of:
- `report`: `alliance-desktop report` of the whole plan (a subprocess; its peak memory from wait4,
  i.e. getrusage of the child);
- open to first paint: a real MainWindow (1600x1000, offscreen) opens the project file (a Document on
  it) and paints; then the first visit of each view (show_view + paint);
- in each view, an edit made through Document.apply as the view makes it (bench_edits.py), to the
  repainted window (events processed, the window grabbed), and its undo, to the repainted window; the
  views' idle-time work (the metrics board's period scores) is finished before the edits, so it does not
  land inside another view's timed edit.
Runs are interleaved (size 1, 4, 16, then again) and each is a fresh process, because the machine is
shared and noisy; within a window process the views' edits are interleaved too (one edit per view per
round). CPU time is the process's own (all threads), wall time is time.perf_counter().

--rl-accel DIR: `report` of Keusote at the --sizes and of the Hyvaks demo, alternating without and with
ReportLab's C accelerator
(rl-accel installed into DIR with `pip install --target DIR rl-accel`), and whether the PDFs are
byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import plangen  # noqa: E402 (benchmarks/ is this script's folder)
from bench_edits import VIEWS  # noqa: E402

# One window process: open, first paint, first visits, then ROUNDS rounds of (edit, undo) in every view.
WINDOW = r"""
import json, resource, sys, time
from decimal import Decimal
from pathlib import Path
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow

ROUNDS, VIEWS = int(sys.argv[2]), tuple(sys.argv[3].split(","))
out = {}

def clock():
    return time.perf_counter(), time.process_time()

def since(t):
    w, c = clock()
    return [(w - t[0]) * 1000, (c - t[1]) * 1000]

def painted():
    app.processEvents()
    window.grab()

app, tr = create_application(sys.argv[:1], "fi")
window = MainWindow(tr, build=False)
window.resize(1600, 1000)
t = clock()
assert window.open_path(Path(sys.argv[1]))
window.show()
painted()
out["open to first paint"] = [since(t)]
for view in VIEWS[1:]:  # (the first is on show already)
    t = clock()
    window.show_view(view)
    painted()
    out[f"first visit {view}"] = [since(t)]
doc = window.document
plan = doc.plan
sys.path.insert(0, sys.argv[4])
import bench_edits
bench_edits.finish_background_work(window)
EDITS = bench_edits.edits(plan)
for r in range(ROUNDS):
    order = VIEWS[r % len(VIEWS):] + VIEWS[:r % len(VIEWS)]
    for view in order:
        window.show_view(view)
        painted()
        t = clock()
        assert doc.apply("benchmark", EDITS[view])
        painted()
        out.setdefault(f"edit {view}", []).append(since(t))
        t = clock()
        doc.undo_stack.undo()
        painted()
        out.setdefault(f"undo {view}", []).append(since(t))
        assert doc.plan == plan
with open("/proc/self/statm") as f:
    rss = int(f.read().split()[1]) * resource.getpagesize() / 2**20
out["memory after edits (MiB)"] = [[rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]]
print(json.dumps(out))
"""


def child(args: list[str], env: dict) -> tuple[float, float, float, str]:
    """Run a child process: (wall s, CPU s, peak RSS MiB, stdout). Its usage comes from wait4."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if proc.returncode:
            raise SystemExit(f"{args[1:4]} failed ({proc.returncode}):\n{err}")
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read().decode()


def report(path: Path, pdf: Path, env: dict) -> tuple[float, float, float, str]:
    """`alliance-desktop report` of `path`: (wall s, CPU s, peak MiB, sha256 of the PDF)."""
    wall, cpu, peak, _ = child([sys.executable, "-m", "alliance_desktop", "report", str(path), "-o", str(pdf)], env)
    return wall, cpu, peak, hashlib.sha256(pdf.read_bytes()).hexdigest()


def spread(values: list[float], unit: str = "", scale: float = 1.0) -> str:
    v = [x * scale for x in values]
    if len(v) == 1:
        return f"{v[0]:.0f}{unit}"
    return f"{statistics.median(v):.0f}{unit} ({min(v):.0f}–{max(v):.0f})"


def sizes_main(args, env: dict, folder: Path) -> None:
    files = {}
    for size in args.sizes:
        json_path, project = folder / f"keusote-{size}x.json", folder / f"keusote-{size}x.alliance"
        json_path.write_text(plangen.plan_text(size), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(json_path), str(project)],
                       env=env, check=True)
        files[size] = project
    rows: dict[str, dict[int, list]] = {}
    for run in range(args.runs):
        for size in args.sizes:
            print(f"run {run + 1}/{args.runs}, {size}x ...", file=sys.stderr, flush=True)
            if not args.no_report:
                wall, cpu, peak, _ = report(files[size], folder / f"r{size}.pdf", env)
                rows.setdefault("report", {}).setdefault(size, []).append([wall * 1000, cpu * 1000, peak])
            if not args.no_window:
                out = child([sys.executable, "-c", WINDOW, str(files[size]), str(args.rounds), ",".join(VIEWS),
                             str(REPO / "benchmarks")], env)[3]
                for key, values in json.loads(out.strip().splitlines()[-1]).items():
                    rows.setdefault(key, {}).setdefault(size, []).extend(values)
    print(f"\n{time.strftime('%Y-%m-%d')}, {args.runs} runs x {args.rounds} rounds; median (min–max), "
          "wall ms / CPU ms\n")
    print("| what | " + " | ".join(f"{s}x" for s in args.sizes) + " |")
    print("|---|" + "---|" * len(args.sizes))
    for key, by_size in rows.items():
        cells = []
        for size in args.sizes:
            values = by_size.get(size, [])
            if not values:
                cells.append("")
            elif key.startswith("memory"):
                cells.append(f"{spread([v[0] for v in values])} now, {spread([v[1] for v in values])} peak")
            else:
                text = f"{spread([v[0] for v in values])} / {spread([v[1] for v in values])}"
                if key == "report":
                    text += f", peak {spread([v[2] for v in values], ' MiB')}"
                cells.append(text)
        print(f"| {key} | " + " | ".join(cells) + " |")


def accel_main(args, env: dict, folder: Path) -> None:
    with_accel = dict(env, PYTHONPATH=os.pathsep.join(filter(None, (args.rl_accel, env.get("PYTHONPATH")))))
    check = "import reportlab.lib.rl_accel as r, sys; sys.exit(r.fp_str.__name__ == '_py_fp_str')"
    subprocess.run([sys.executable, "-c", check], env=with_accel, check=True)  # the accelerator is in use
    for demo, size in [("keusote", size) for size in args.sizes] + [("hyvaks", 1)]:
        path = folder / f"{demo}-{size}x.json"
        path.write_text(plangen.plan_text(size, demo), encoding="utf-8")
        name = f"{demo} {size}x"
        runs: dict[str, list] = {"without": [], "with": []}
        for _ in range(args.runs):
            for label, e in (("without", env), ("with", with_accel)):
                runs[label].append(report(path, folder / f"{path.stem}-{label}.pdf", e))
        identical = {r[3] for r in runs["without"] + runs["with"]}
        for label, values in runs.items():
            print(f"{name} report {label} rl-accel: wall {spread([v[0] for v in values], ' ms', 1000)}, "
                  f"CPU {spread([v[1] for v in values], ' ms', 1000)}")
        cpu = statistics.median(v[1] for v in runs["with"]) / statistics.median(v[1] for v in runs["without"])
        print(f"{name}: CPU with/without {cpu:.2f}x; PDFs byte-identical: {len(identical) == 1}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5, help="edits (and undos) per view in each window run")
    parser.add_argument("--no-report", action="store_true")
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument("--rl-accel", metavar="DIR", help="compare the demos' report with rl-accel from DIR")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="alliance-sizes-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=str(folder / "appdata"))
    if args.rl_accel:
        accel_main(args, env, folder)
    else:
        sizes_main(args, env, folder)


if __name__ == "__main__":
    main()
