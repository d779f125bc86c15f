"""Commercial view: an edit to repainted results and chart, a what-if slider step, and the chart's sweep.

    QT_QPA_PLATFORM=offscreen python benchmarks/commercial_view.py [--runs 60]

On the Keusote demo (a temporary copy), in a 1600x1000 window:

* edit: `Document.apply` of a target change (validate, write through to the file, undo command,
  `changed` signal, the view's refresh) and then a synchronous repaint of the results table and
  the gain/pain chart (with its sweep). Goal: < 16 ms.
* what-if: one step of the cost slider (settle on the side, refresh, repaint). Nothing is written.
* sweep: `core.gainpain.sweep` with 2 000 points per party. Goal: < 50 ms.

Figures are the median and the 95th percentile of the runs, in milliseconds: wall-clock time, and the
CPU time of this process (steadier on a busy machine; it leaves out waiting for the disk).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def summary(name: str, samples: list[float], goal: float | None = None) -> str:
    samples = sorted(samples)
    median = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    verdict = "" if goal is None else ("  (goal < %g ms: %s)" % (goal, "met" if median < goal else "NOT met"))
    return f"{name:<48} median {median:7.2f} ms   p95 {p95:7.2f} ms{verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args(argv)

    from alliance_desktop import templates
    from alliance_desktop.core import commercial_edits as ce
    from alliance_desktop.core.gainpain import sweep
    from alliance_desktop.storage.projectfile import ProjectFile, create_file
    from alliance_desktop.ui.app import create_application
    from alliance_desktop.ui.commercial import CommercialView
    from alliance_desktop.ui.document import Document
    from alliance_desktop.ui.mainwindow import MainWindow

    app, translations = create_application(sys.argv[:1], "fi")
    folder = Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    path = folder / "keusote.alliance"
    create_file(path, templates.load_template("keusote"))
    document = Document(ProjectFile.open(path, backup=False))
    window = MainWindow(translations)
    window.set_document(document)
    if window.show_view("commercial"):
        view = window.views["commercial"]
    else:  # not registered in the main window yet
        view = CommercialView(document)
        window.stack.addWidget(view)
        window.stack.setCurrentWidget(view)
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        app.processEvents()

    def repaint_all() -> None:
        view.results.viewport().repaint()
        view.insight.chart.repaint()

    # Where the time goes: the file write (storage) and this view's refresh, timed from inside.
    spent = {"write": 0.0, "refresh": 0.0, "paint": 0.0}

    def timed(name, fn):
        def wrapper(*a, **k):
            start = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += (time.perf_counter() - start) * 1000
        return wrapper

    document.file.write = timed("write", document.file.write)
    view.refresh = timed("refresh", view.refresh)
    repaint_all = timed("paint", repaint_all)

    results = {}
    cpu_results = {}
    parts = {}
    for tab in (0, 2):  # the results table showing; the chart showing (what-if tab)
        view.tabs.setCurrentIndex(tab)
        app.processEvents()
        samples = []
        cpu_samples: list[float] = []
        for key in spent:
            spent[key] = 0.0
        for i in range(args.runs):
            value = Decimal(54_000_000 + (i % 7 + 1) * 12_345)
            start, cpu = time.perf_counter(), time.process_time()
            document.apply("bench", lambda p, v=value: ce.set_target_part(p, "p1", "production", v))
            repaint_all()
            samples.append((time.perf_counter() - start) * 1000)
            cpu_samples.append((time.process_time() - cpu) * 1000)
        results[tab] = samples
        cpu_results[tab] = cpu_samples
        parts[tab] = {k: v / args.runs for k, v in spent.items()}

    view.tabs.setCurrentIndex(2)
    app.processEvents()
    view.what_if_panel.set_scope("p1")
    slider = view.what_if_panel.cost
    whatif = []
    whatif_cpu = []
    for i in range(args.runs):
        start, cpu = time.perf_counter(), time.process_time()
        slider.setValue(-150 + (i % 30) * 10)
        repaint_all()
        whatif.append((time.perf_counter() - start) * 1000)
        whatif_cpu.append((time.process_time() - cpu) * 1000)
    undo_count = document.undo_stack.count()

    plan = document.plan
    sweeps = []
    for _ in range(max(10, args.runs // 3)):
        start = time.perf_counter()
        sw = sweep(plan.commercial, plan.commercial.periods[0], Decimal("0.6"), n=2000)
        sweeps.append((time.perf_counter() - start) * 1000)
    assert len(sw) == 2000

    print(f"Commercial view on the Keusote demo, {args.runs} runs, Python {sys.version.split()[0]}")
    for tab, name in ((0, "results tab"), (2, "chart tab")):
        print(summary(f"edit -> results + chart repainted ({name})", results[tab], 16))
        print(summary("    the same in CPU time of this process", cpu_results[tab], 16))
        p = parts[tab]
        print(f"    mean: file write {p['write']:.2f} ms, commercial view refresh {p['refresh']:.2f} ms, "
              f"repaint {p['paint']:.2f} ms, rest (validation, undo stack, other views) "
              f"{statistics.mean(results[tab]) - sum(p.values()):.2f} ms")
    print(summary("what-if slider step -> repainted (nothing saved)", whatif, 16))
    print(summary("    the same in CPU time of this process", whatif_cpu, 16))
    print(summary("sweep, 2 000 points per party", sweeps, 50))
    print(f"undo steps after the edits: {undo_count} (what-if added none)")
    window.close()
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
