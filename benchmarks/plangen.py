"""Plans S times the size of the Keusote demo, made through the interchange format (issue 16).

    python benchmarks/plangen.py S OUT.json [--base keusote]
    alliance-desktop import-json OUT.json OUT.alliance

Every section is multiplied by S: phases and milestones (the timeline), service chains and their
steps (about √S chains of S/√S times the steps each, so 13·S steps in all: at 16x, 4 chains of 52),
service packages with their scope cells (the areas stay: a county has the municipalities it has),
metrics, service periods, scenarios, risks, procurement tasks, documents and parties. Copy 1 is the
demo itself (S = 1 gives the demo back); copy k (k ≥ 2) has keys ending in "_k", names ending in
" (k)", and its references (a phase's parent, a milestone's phase, a scenario's periods, a package's
scope cells) point into copy k. Dates of the timeline are kept (copies run in parallel).

The service periods stay a calendar: the 4·S periods follow one another from the demo's first start,
each as long as its original while they all end by 2199; otherwise (64x) each is one quarter, as a
long contract's quarterly periods are. Every metric copy is measured in each period whose original
was (so a 16x plan has 96 metrics with 32 measured periods each). The result passes
`core.validation.validate_plan` and `alliance-desktop import-json`.
"""

from __future__ import annotations

import argparse
import copy
import datetime as _dt
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from alliance_desktop import templates  # noqa: E402
from alliance_desktop.core import interchange  # noqa: E402
from alliance_desktop.core.validation import validate_plan  # noqa: E402

SIZES = (1, 4, 16, 64)
LAST_DAY = _dt.date(2199, 12, 31)


def _key(key: str, k: int) -> str:
    return key if k == 1 or not key else f"{key}_{k}"


def _name(name: str, k: int) -> str:
    return name if k == 1 else f"{name} ({k})"


def _copies(records: list, size: int, fields=(), name: str = "name") -> list:
    """`size` copies of each record in turn: keys made unique, names numbered, `fields` (keys of other
    records of the same copy) renamed alike."""
    out = []
    for k in range(1, size + 1):
        for record in records:
            r = copy.deepcopy(record)
            r["key"] = _key(r["key"], k)
            r[name] = _name(r[name], k)
            for field in fields:
                r[field] = _key(r[field], k)
            out.append(r)
    return out


def _add_months(day: _dt.date, months: int) -> _dt.date:
    month = day.month - 1 + months
    return _dt.date(day.year + month // 12, month % 12 + 1, 1)


def _calendar(periods: list, size: int) -> list:
    """The periods of every copy, one after another without overlapping (see the module's note)."""
    first = _dt.date.fromisoformat(periods[0]["start"])
    spans = [(_dt.date.fromisoformat(p["start"]), _dt.date.fromisoformat(p["end"])) for p in periods]
    months = [(e.year - s.year) * 12 + e.month - s.month + 1 for s, e in spans]
    if _add_months(first, sum(months) * size) > LAST_DAY:
        months = [3] * len(periods)
    out, start = [], first
    for p in _copies(periods, size):
        length = months[len(out) % len(periods)]
        end = _add_months(start, length) - _dt.timedelta(days=1)
        out.append(dict(p, start=start.isoformat(), end=end.isoformat()))
        start = end + _dt.timedelta(days=1)
    return out


def _chains(chains: list, size: int) -> list:
    n_chains = max(1, round(math.sqrt(size)))
    step_factor = math.ceil(size / n_chains)
    out = []
    for chain in _copies(chains, n_chains):
        chain["steps"] = _copies(chain["steps"], step_factor)
        out.append(chain)
    return out


def multiplied(obj: dict, size: int) -> dict:
    """The interchange object `obj` (a plan's JSON) with every section multiplied by `size`."""
    obj = copy.deepcopy(obj)
    period_keys = [p["key"] for p in obj["commercial"]["periods"]]
    obj["parties"] = _copies(obj["parties"], size)
    obj["phases"] = _copies(obj["phases"], size, fields=("parent",))
    obj["milestones"] = _copies(obj["milestones"], size, fields=("phase",))
    obj["chains"] = _chains(obj["chains"], size)
    packages = obj["scope"]["packages"]
    obj["scope"] = {
        "packages": _copies(packages, size),
        "cells": [dict(c, package=_key(c["package"], k)) for k in range(1, size + 1) for c in obj["scope"]["cells"]],
    }
    metrics = _copies(obj["metrics"], size)
    for metric in metrics:
        measured = metric["measurements"]
        metric["measurements"] = {_key(p, k): measured[p] for k in range(1, size + 1) for p in period_keys
                                  if p in measured}
    obj["metrics"] = metrics
    obj["commercial"]["periods"] = _calendar(obj["commercial"]["periods"], size)
    scenarios = []
    for k in range(1, size + 1):
        for scenario in obj["scenarios"]:
            s = copy.deepcopy(scenario)
            s["key"], s["name"] = _key(s["key"], k), _name(s["name"], k)
            s["periods"] = [dict(sp, period=_key(sp["period"], k)) for sp in s["periods"]]
            scenarios.append(s)
    obj["scenarios"] = scenarios
    obj["risks"] = _copies(obj["risks"], size, name="title")
    obj["procurement_tasks"] = _copies(obj["procurement_tasks"], size)
    obj["documents"] = _copies(obj["documents"], size)
    return obj


def plan_text(size: int, base: str = "keusote") -> str:
    """The JSON text of the demo `base` multiplied by `size`, checked by the importer and validate_plan."""
    obj = multiplied(interchange.loads(templates.demo_text(base)), size)
    text = interchange.dumps(obj)
    validate_plan(interchange.plan_from_text(text))
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="S: how many times the demo (1, 4, 16, 64)")
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--base", default="keusote", choices=("keusote", "hyvaks"))
    args = parser.parse_args()
    args.out.write_text(plan_text(args.size, args.base), encoding="utf-8")


if __name__ == "__main__":
    main()
