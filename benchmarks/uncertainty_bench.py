"""Speed of the uncertainty simulation (issue 21): 10 000 draws of 4 and of 40 service periods.

    python benchmarks/uncertainty_bench.py [--rounds 7] [--draws 10000]

The plans: the Keusote demo (4 periods) and 10x the demo (benchmarks/plangen.py: 40 periods), every
period a forecast (actuals removed) with an estimate range of −8 … +12 %, and the demo's risks (8, and
80 at 10x) each with a cost (a three-point estimate and a probability), half of them on named periods,
half spread over every period. Each round runs both sizes in turn (interleaved), wall and CPU time;
the median and the spread (min … max) of the rounds are printed, also for the tornado (13 settlements
of the same draws).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alliance_desktop.core import model as m  # noqa: E402
from alliance_desktop.core import uncertainty  # noqa: E402
from alliance_desktop.core.interchange import plan_from_text  # noqa: E402
from plangen import plan_text  # noqa: E402


def uncertain_plan(size: int) -> m.Plan:
    plan = plan_from_text(plan_text(size))
    periods = tuple(replace(p, actual=None, estimate=m.EstimateRange(Decimal(-8), Decimal(12)))
                    for p in plan.commercial.periods)
    keys = [p.key for p in periods]
    risks = []
    for n, r in enumerate(plan.risks):
        on = () if n % 2 else ((keys[n % len(keys)], Decimal(60)), (keys[(n + 1) % len(keys)], Decimal(40)))
        risks.append(replace(r, status="open", cost=m.RiskCost(Decimal(100_000), Decimal(400_000),
                                                               Decimal(1_500_000), Decimal(10 + 5 * (n % 8)), on)))
    return replace(plan, commercial=replace(plan.commercial, periods=periods), risks=tuple(risks))


def timed(work) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - w, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--draws", type=int, default=uncertainty.DEFAULT_DRAWS)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    plans = {1: uncertain_plan(1), 10: uncertain_plan(10)}
    cases = [(f"simulate {len(p.commercial.periods)} periods, {len(p.risks)} risks",
              lambda p=p: uncertainty.simulate(p, args.draws, 1)) for p in plans.values()]
    cases += [(f"tornado {len(p.commercial.periods)} periods",
               lambda p=p: uncertainty.tornado(p, args.draws, 1)) for p in plans.values()]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name, _w in cases}
    for _name, work in cases:  # warm-up
        work()
    for _ in range(args.rounds):
        for name, work in cases:
            times[name].append(timed(work))
    out = {}
    for name, got in times.items():
        wall = sorted(w for w, _c in got)
        cpu = sorted(c for _w, c in got)
        out[name] = {"wall_median_s": round(statistics.median(wall), 3), "wall_min_s": round(wall[0], 3),
                     "wall_max_s": round(wall[-1], 3), "cpu_median_s": round(statistics.median(cpu), 3)}
        print(f"{name:42s} wall {statistics.median(wall):6.3f} s ({wall[0]:.3f} … {wall[-1]:.3f}), "
              f"CPU {statistics.median(cpu):6.3f} s   [{args.draws} draws, {args.rounds} rounds]")
    if args.json:
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
