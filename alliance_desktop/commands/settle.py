"""`alliance-desktop settle PATH|JSON [--json]`: the commercial settlement of every service period.

PATH is a project file (`.alliance`, recognised by its SQLite header) or a JSON project
(the interchange format); an argument that names no file and starts with `{` is the JSON
text itself (a file called `{x}.alliance` is still a file). Output is a
table in the current language (periods as columns, each marked actual or forecast, with the
total over the periods with actuals and, when some are forecasts, the total with them, then any
warnings), or with --json the object documented in docs/commercial-rules.md:

    {"periods": [{"key", "status", "target_cost", ..., "warnings": [...]}], "totals": {...},
     "actual_totals": {...}}

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
from .common import EXIT_OK, guarded, load_plan_any, one_line, write, write_utf8


def summary() -> str:
    return translate("Cli", "commercial settlement per service period")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help=translate("Cli", "the project file (.alliance)"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "output JSON"))


def run(args: argparse.Namespace) -> int:
    return run_settle(args.path, args.json, sys.stdout, sys.stderr)


def _rows():
    """(label, per-period cell function, totals cell function) for the table."""

    def money(v):
        return format_money(v)

    def status(p) -> str:
        return translate("Settlement", "forecast") if p.is_forecast else translate("Settlement", "actual")

    def score(p) -> str:
        return "—" if p.kpi_score is None else format_percent(p.kpi_score * 100, 1)

    def row(label: str, attr: str):
        def get(x):
            for part in attr.split("."):
                x = getattr(x, part)
            return money(x)

        return (label, get, get)

    return [
        (translate("Settlement", "Status"), status, lambda t: ""),
        row(translate("Settlement", "Target cost"), "target_cost"),
        row(translate("Settlement", "Actual cost"), "actual_cost"),
        row(translate("Settlement", "Deviation (under-run +)"), "deviation"),
        (translate("Settlement", "KPI score"), score, lambda t: ""),
        row(translate("Settlement", "Shared under-run"), "shared_underrun"),
        row(translate("Settlement", "Excess to buyer"), "excess_to_buyer"),
        row(translate("Settlement", "Gain share: buyer"), "gain.buyer"),
        row(translate("Settlement", "Gain share: producer"), "gain.producer"),
        row(translate("Settlement", "Gain share: staff"), "gain.staff"),
        row(translate("Settlement", "Gain share: effectiveness pool"), "gain.effectiveness_pool"),
        row(translate("Settlement", "Effectiveness bonus paid"), "effectiveness_bonus_paid"),
        row(translate("Settlement", "Effectiveness bonus unpaid"), "effectiveness_bonus_unpaid"),
        row(translate("Settlement", "Over-run"), "overrun"),
        row(translate("Settlement", "Sanction: producer"), "sanction.producer"),
        row(translate("Settlement", "Sanction: buyer"), "sanction.buyer"),
        row(translate("Settlement", "Producer payment"), "producer_payment"),
        row(translate("Settlement", "Staff bonus"), "staff_bonus"),
        row(translate("Settlement", "Buyer total cost"), "buyer_total_cost"),
    ]


def render_table(plan: m.Plan, settlement: Settlement) -> str:
    """The settlement as a plain-text table: periods as columns, the actual total and (with forecasts) the
    forecast-inclusive total, then the warnings."""
    lines = [translate("Settlement", "Settlement of the service periods: {project}").format(
        project=shown(plan.project.name, 200)), ""]
    if not settlement.periods:
        lines.append(translate("Settlement", "The plan has no service periods."))
        return "\n".join(lines) + "\n"
    totals = [(translate("Settlement", "Total (actual)"), settlement.actual_totals)]
    if settlement.forecasts:
        totals.append((translate("Settlement", "Total incl. forecasts"), settlement.totals))
    header = [translate("Settlement", "Period")] + [p.key for p in settlement.periods] + [t[0] for t in totals]
    table = [header]
    for label, cell, total in _rows():
        table.append([label] + [cell(p) for p in settlement.periods] + [total(t) for _name, t in totals])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for n, row in enumerate(table):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if settlement.forecasts:
        lines.append("")
        text = (translate("Settlement", "Forecast = an estimate at the target cost, not actual figures (period "
                                        "{periods}); “Total (actual)” leaves it out.")
                if len(settlement.forecasts) == 1 else
                translate("Settlement", "Forecast = an estimate at the target cost, not actual figures (periods "
                                        "{periods}); “Total (actual)” leaves them out."))
        lines.append(text.format(periods=", ".join(settlement.forecasts)))
    warnings = settlement.warnings
    if warnings:
        lines.append("")
        lines.append(translate("Settlement", "Warnings:"))
        lines.extend(f"- {one_line(w)}" for w in warnings)  # each one line, control characters escaped
    return "\n".join(lines) + "\n"


def run_settle(path_or_json: str | os.PathLike, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Settle the plan at `path_or_json` and write the table or JSON to `out`; 0 on success, 2 on bad input."""

    def body() -> int:
        plan = load_plan_any(path_or_json)
        settlement = settle_plan(plan)
        if as_json:  # UTF-8 whatever the console's code page (Windows pipes): JSON is UTF-8
            write_utf8(out, settlement_json_text(settlement))
            return EXIT_OK
        # keys and names come from the file: their control characters (terminal escapes) are shown escaped
        text = "\n".join(shown(line, len(line)) for line in render_table(plan, settlement).split("\n"))
        write(out, text)
        return EXIT_OK

    return guarded(body, err, unexpected=lambda error: translate(
        "Settlement", "Unexpected error while settling: {error}").format(error=error))
