"""`alliance-desktop settle PATH|JSON [--json]`: the commercial settlement of every service period.

PATH is a project file (`.alliance`, recognised by its SQLite header) or a JSON project
(the interchange format); an argument that names no file and starts with `{` is the JSON
text itself (a file called `{x}.alliance` is still a file). Output is a
table in the current language (periods as columns, with a totals column, then any
warnings), or with --json the object documented in docs/file-format.md:

    {"periods": [{"key", "target_cost", ..., "warnings": [...]}], "totals": {...}}

Money in the table: Finnish "1 234 567,89 €" (no-break spaces), English "€1,234,567.89".
Errors: one line on `err` in the current language, exit status 2, no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from ..core import model as m
from ..core.errors import shown
from ..core.formatting import format_money, format_percent
from ..core.settlement import Settlement, settle_plan, settlement_json_text
from ..i18n import translate
from .common import EXIT_OK, guarded, load_plan_any, write


def summary() -> str:
    return translate("Cli", "commercial settlement per service period")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path")
    parser.add_argument("--json", action="store_true", help=translate("Cli", "output JSON"))


def run(args: argparse.Namespace) -> int:
    return run_settle(args.path, args.json, sys.stdout, sys.stderr)


def _rows(settlement: Settlement):
    """(label, per-period cell function, totals cell) for the table."""

    def money(v):
        return format_money(v)

    t = settlement.totals
    return [
        (translate("Settlement", "Target cost"), lambda p: money(p.target_cost), money(t.target_cost)),
        (translate("Settlement", "Actual cost"), lambda p: money(p.actual_cost), money(t.actual_cost)),
        (translate("Settlement", "Deviation (under-run +)"), lambda p: money(p.deviation), money(t.deviation)),
        (translate("Settlement", "KPI score"), lambda p: format_percent(p.kpi_score * 100, 1), ""),
        (translate("Settlement", "Shared under-run"), lambda p: money(p.shared_underrun), money(t.shared_underrun)),
        (translate("Settlement", "Excess to buyer"), lambda p: money(p.excess_to_buyer), money(t.excess_to_buyer)),
        (translate("Settlement", "Gain share: buyer"), lambda p: money(p.gain.buyer), money(t.gain.buyer)),
        (translate("Settlement", "Gain share: producer"), lambda p: money(p.gain.producer), money(t.gain.producer)),
        (translate("Settlement", "Gain share: staff"), lambda p: money(p.gain.staff), money(t.gain.staff)),
        (translate("Settlement", "Gain share: effectiveness pool"), lambda p: money(p.gain.effectiveness_pool),
         money(t.gain.effectiveness_pool)),
        (translate("Settlement", "Effectiveness bonus paid"), lambda p: money(p.effectiveness_bonus_paid),
         money(t.effectiveness_bonus_paid)),
        (translate("Settlement", "Effectiveness bonus unpaid"), lambda p: money(p.effectiveness_bonus_unpaid),
         money(t.effectiveness_bonus_unpaid)),
        (translate("Settlement", "Over-run"), lambda p: money(p.overrun), money(t.overrun)),
        (translate("Settlement", "Sanction: producer"), lambda p: money(p.sanction.producer), money(t.sanction.producer)),
        (translate("Settlement", "Sanction: buyer"), lambda p: money(p.sanction.buyer), money(t.sanction.buyer)),
        (translate("Settlement", "Producer payment"), lambda p: money(p.producer_payment), money(t.producer_payment)),
        (translate("Settlement", "Staff bonus"), lambda p: money(p.staff_bonus), money(t.staff_bonus)),
        (translate("Settlement", "Buyer total cost"), lambda p: money(p.buyer_total_cost), money(t.buyer_total_cost)),
    ]


def render_table(plan: m.Plan, settlement: Settlement) -> str:
    """The settlement as a plain-text table: periods as columns, a totals column, then the warnings."""
    lines = [translate("Settlement", "Settlement of the service periods: {project}").format(
        project=shown(plan.project.name, 200)), ""]
    if not settlement.periods:
        lines.append(translate("Settlement", "The plan has no service periods."))
        return "\n".join(lines) + "\n"
    header = [translate("Settlement", "Period")] + [p.key for p in settlement.periods] + [translate("Settlement", "Total")]
    table = [header]
    for label, cell, total in _rows(settlement):
        table.append([label] + [cell(p) for p in settlement.periods] + [total])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for n, row in enumerate(table):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    warnings = settlement.warnings
    if warnings:
        lines.append("")
        lines.append(translate("Settlement", "Warnings:"))
        lines.extend(f"- {w}" for w in warnings)
    return "\n".join(lines) + "\n"


def run_settle(path_or_json: str | os.PathLike, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Settle the plan at `path_or_json` and write the table or JSON to `out`; 0 on success, 2 on bad input."""

    def body() -> int:
        plan = load_plan_any(path_or_json)
        settlement = settle_plan(plan)
        if as_json:
            text = settlement_json_text(settlement)
        else:
            text = render_table(plan, settlement)
        write(out, text)
        return EXIT_OK

    return guarded(body, err, unexpected=lambda error: translate(
        "Settlement", "Unexpected error while settling: {error}").format(error=error))
