"""How long making the PDF report takes, and how big it is.

    python benchmarks/report.py [--repeat 5] [--keep FOLDER]

Goals: the full Keusote report (every section, Finnish) under 1.5 s; a synthetic project
with 50 service chains and 200 metrics (6 service periods, 4 measured, 120 risks,
150 procurement tasks) under 10 s; a demo report under 2 MB. Times are wall clock,
including the first-call font registration in the first run (reported separately).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from alliance_desktop.core import model as m  # noqa: E402
from alliance_desktop.templates import load_template  # noqa: E402

CREATED = _dt.date(2025, 12, 3)


def synthetic_plan(chains: int = 50, metrics: int = 200, periods: int = 6) -> m.Plan:
    base = load_template("hyvaks")
    period_list = []
    for i in range(periods):
        start = _dt.date(2027 + 2 * i, 4, 1)
        end = _dt.date(2029 + 2 * i, 3, 31)
        target = m.CostParts(Decimal(1_200_000 + 50_000 * i), Decimal(800_000 + 20_000 * i),
                             Decimal(22_000_000 + 900_000 * i))
        actual = None
        if i < 4:
            factor = Decimal(1) + Decimal((-1) ** i * (3 + i)) / 100
            actual = m.ActualCost(overhead=target.overhead, production=(target.production * factor).quantize(Decimal(1)))
        period_list.append(m.ServicePeriod(f"p{i + 1}", f"Palvelujakso {i + 1}", start, end, target, actual))
    keys = [p.key for p in period_list]
    metric_list = []
    for j in range(metrics):
        lower = j % 2 == 0
        calibrations = [m.Calibration(keys[0], Decimal(1 + j % 5), Decimal(100 if lower else 50),
                                      Decimal(60 if lower else 90))]
        if j % 3 == 0:
            calibrations.append(m.Calibration(keys[2], Decimal(2 + j % 4), Decimal(90 if lower else 60),
                                              Decimal(55 if lower else 95)))
        measurements = tuple((keys[k], Decimal(70 + (j * 7 + k * 5) % 30)) for k in range(4) if (j + k) % 11)
        metric_list.append(m.Metric(
            key=f"m{j}", name=f"Mittari {j + 1}: hoitojakson pituus ja odotusaika", unit="vrk",
            direction="lower_is_better" if lower else "higher_is_better",
            description="Mittarin kuvaus, tietolähde ja laskentatapa. " * (1 + j % 3), data_source="Rekisteri",
            frequency="Kuukausittain", owner="Allianssin johtoryhmä", baseline=Decimal(80),
            calibrations=tuple(calibrations), measurements=measurements))
    chain_list = []
    for c in range(chains):
        steps = tuple(m.ChainStep(f"c{c}s{s}", f"Vaihe {s + 1}", annual_volume=Decimal(100 * s),
                                  unit_cost=Decimal(250), own_unit_cost=Decimal(270)) for s in range(18))
        chain_list.append(m.ServiceChain(f"c{c}", f"Palveluketju {c + 1}", steps=steps))
    risks = tuple(m.Risk(f"r{i}", f"Riski {i + 1}", "Riskin kuvaus, syyt ja seuraukset. " * (1 + i % 4),
                         likelihood=i % 5 + 1, impact=(2 * i) % 5 + 1, owner="Allianssin johtoryhmä",
                         mitigation="Hallintakeino ja seuranta. " * 2, status="open") for i in range(120))
    tasks = tuple(m.ProcurementTask(f"t{i}", f"Tehtävä {i + 1}", stage=m.TASK_STAGES[i % 5], done=i % 3 == 0,
                                    due=_dt.date(2026, 1 + i % 12, 1 + i % 28), notes="Huomio.")
                  for i in range(150))
    return dataclasses.replace(
        base,
        project=dataclasses.replace(base.project, name="Synteettinen suuri allianssi"),
        commercial=dataclasses.replace(base.commercial, periods=tuple(period_list)),
        metrics=tuple(metric_list),
        chains=tuple(chain_list),
        risks=risks,
        procurement_tasks=tasks,
    )


def timed(fn, repeat: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the PDFs into this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    folder.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    from alliance_desktop.reports.builder import build_report
    import_s = time.perf_counter() - t

    keusote = load_template("keusote")
    out = folder / "keusote-fi.pdf"
    t = time.perf_counter()
    build_report(keusote, out, lang="fi", created=CREATED)
    first_s = time.perf_counter() - t
    med, worst, pages = timed(lambda: build_report(keusote, out, lang="fi", created=CREATED), args.repeat)
    size = out.stat().st_size
    print(f"import reports.builder (ReportLab):   {import_s * 1000:7.0f} ms")
    print(f"Keusote, fi, all sections, first run: {first_s * 1000:7.0f} ms")
    print(f"Keusote, fi, all sections:            {med * 1000:7.0f} ms median, {worst * 1000:.0f} ms worst "
          f"({pages} pages, {size / 1024:.0f} KiB)   goal < 1500 ms, < 2 MB")
    ok = worst < 1.5 and size < 2 * 1024 * 1024

    for name, lang in (("keusote", "en"), ("hyvaks", "fi"), ("hyvaks", "en")):
        path = folder / f"{name}-{lang}.pdf"
        plan = load_template(name)
        med, worst, pages = timed(lambda plan=plan, path=path, lang=lang: build_report(plan, path, lang=lang,
                                                                                  created=CREATED), args.repeat)
        print(f"{name:8} {lang}:                         {med * 1000:7.0f} ms median "
              f"({pages} pages, {path.stat().st_size / 1024:.0f} KiB)")
        ok = ok and path.stat().st_size < 2 * 1024 * 1024

    big = synthetic_plan()
    path = folder / "synthetic.pdf"
    med, worst, pages = timed(lambda: build_report(big, path, lang="fi", created=CREATED), max(1, args.repeat // 2))
    print(f"synthetic (50 chains, 200 metrics):   {med * 1000:7.0f} ms median, {worst * 1000:.0f} ms worst "
          f"({pages} pages, {path.stat().st_size / 1024:.0f} KiB)   goal < 10000 ms")
    ok = ok and worst < 10
    print(f"PDFs in {folder}")
    print("all goals met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
