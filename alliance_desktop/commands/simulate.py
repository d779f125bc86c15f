"""`alliance-desktop simulate PATH|JSON [--draws N] [--seed S] [--sensitivity] [--json]`: the target cost under
uncertainty (issue 21, core/uncertainty.py).

PATH is read as by `settle` (a project file, a JSON project, or the JSON text). The plan's estimate ranges
and risk money are drawn N times (10 000 by default) with the seed S (1 by default), and each draw is
settled by the contract's rules. Output: a table in the current language (per period and for the
contract: P10, P50, P80, P90 of the buyer's total cost, the probability of a sanction and of savings
beyond the gain cap, the contingency for a P50 and a P80 target), or with --json the object of
`core.uncertainty.result_to_json` (the seed kept with it; the same input, draws and seed give the same
bytes). --sensitivity adds the tornado (each sharing parameter moved down and up).
Errors: one line on `err` in the current language, exit status 2, no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from ..core.errors import shown
from ..i18n import translate
from .common import EXIT_OK, Refusal, guarded, load_plan_any, write, write_utf8


def summary() -> str:
    return translate("Cli", "target cost under uncertainty: P10…P90, probabilities of a sanction, contingency")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help=translate("Cli", "the project file (.alliance)"))
    parser.add_argument("--draws", type=int, default=10_000, help=translate("Cli", "number of draws (10 000)"))
    parser.add_argument("--seed", type=int, default=1, help=translate("Cli", "seed of the draws (1)"))
    parser.add_argument("--sensitivity", action="store_true",
                        help=translate("Cli", "also move each sharing parameter down and up (tornado)"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "output JSON"))


def run(args: argparse.Namespace) -> int:
    return run_simulate(args.path, args.draws, args.seed, args.sensitivity, args.json, sys.stdout, sys.stderr)


def _percent(p: float) -> str:
    from ..core.formatting import format_percent
    from decimal import Decimal

    return format_percent(Decimal(repr(round(p * 100, 1))), 1)


def render_table(plan, result, tornado=None) -> str:
    from ..core.formatting import format_money

    lines = [translate("Cli", "Target cost under uncertainty: {project}").format(project=shown(plan.project.name, 200)),
             translate("Cli", "{draws} draws, seed {seed}; each draw settled by the contract's rules.").format(
                 draws=result.draws, seed=result.seed), ""]
    header = [translate("Cli", "Period"), "P10", "P50", "P80", "P90", translate("Cli", "Sanction"),
              translate("Cli", "Gain cap"), translate("Cli", "Contingency P50"), translate("Cli", "Contingency P80")]
    table = [header]
    for o in (*result.periods, result.contract):
        s = o.series("buyer_total_cost")
        name = o.key if o.simulated or not o.key else translate("Cli", "{period} (actual)").format(period=o.key)
        table.append([name or translate("Cli", "Contract")] + [format_money(s.p(q)) for q in (10, 50, 80, 90)]
                     + [_percent(o.p_overrun), _percent(o.p_gain_cap), format_money(o.contingency_p50),
                        format_money(o.contingency_p80)])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines.append(translate("Cli", "Buyer's total cost:"))
    for n, row in enumerate(table):
        lines.append("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if tornado is not None:
        lines += ["", translate("Cli", "Sensitivity (P50 of the buyer's total cost and of the producer's result, "
                                       "each parameter moved down / up):")]
        names = {
            "gain_cap": translate("Cli", "cap on shared savings"),
            "gain_producer": translate("Cli", "producer's cost bonus share"),
            "gain_staff": translate("Cli", "staff's cost bonus share"),
            "gain_pool": translate("Cli", "effectiveness pool share"),
            "pain_producer": translate("Cli", "producer's over-run share"),
            "pain_cap": translate("Cli", "cap on the producer's sanction"),
        }
        for bar in tornado.bars:
            lines.append(f"- {names.get(bar.parameter, bar.parameter)}: {format_money(bar.buyer_p50[0])} / {format_money(bar.buyer_p50[1])}; "
                         f"{format_money(bar.producer_p50[0])} / {format_money(bar.producer_p50[1])}")
    return "\n".join(lines) + "\n"


def run_simulate(path_or_json: str | os.PathLike, draws: int, seed: int, sensitivity: bool, as_json: bool,
                 out: TextIO, err: TextIO) -> int:
    """Simulate the plan at `path_or_json`; 0 on success, 2 on bad input."""

    def body() -> int:
        from ..core import uncertainty as unc

        if not 1 <= draws <= unc.MAX_DRAWS:
            raise Refusal(translate("Cli", "The number of draws must be from 1 to {most}.").format(
                most=unc.MAX_DRAWS))
        if not 0 <= seed < 2 ** 63:
            raise Refusal(translate("Cli", "The seed must be a whole number from 0 to 2⁶³ − 1."))
        plan = load_plan_any(path_or_json)
        result = unc.simulate(plan, draws, seed)
        tornado = unc.tornado(plan, draws, seed) if sensitivity else None
        if as_json:  # UTF-8 whatever the console's code page (Windows pipes): JSON is UTF-8
            write_utf8(out, unc.result_json_text(result, tornado))
            return EXIT_OK
        text = "\n".join(shown(line, len(line)) for line in render_table(plan, result, tornado).split("\n"))
        write(out, text)
        return EXIT_OK

    return guarded(body, err, unexpected=lambda error: translate(
        "Cli", "Unexpected error while simulating: {error}").format(error=error))
