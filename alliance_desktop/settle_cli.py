"""`alliance-desktop settle PATH|JSON [--json]`: the commercial settlement of every service period.

PATH is a project file (`.alliance`, recognised by its SQLite header) or a JSON project
(the interchange format); the argument may also be the JSON text itself. Output is a
table in the current language (periods as columns, with a totals column, then any
warnings), or with --json the object documented in docs/file-format.md:

    {"periods": [{"key", "target_cost", ..., "warnings": [...]}], "totals": {...}}

Money in the table: Finnish "1 234 567,89 €" (no-break spaces), English "€1,234,567.89".
Errors: one line on `err` in the current language, exit status 2, no traceback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from .core import model as m
from .core.errors import AllianceError
from .core.formatting import format_money, format_percent
from .core.interchange import plan_from_text
from .core.settlement import Settlement, settle_plan, settlement_to_json
from .i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
EXIT_OK = 0
EXIT_INPUT = 2
EXIT_INTERNAL = 1



def _write(stream: TextIO, text: str) -> None:
    """Write, falling back to plain characters when the console cannot show e.g. U+2212."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        plain = text.replace("\u2212", "-").replace("\u202f", " ").replace("\u2013", "-")
        stream.write(plain.encode(encoding, "replace").decode(encoding))
    if hasattr(stream, "flush"):
        stream.flush()


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def load_plan_any(source: str | os.PathLike) -> m.Plan:
    """A plan from a `.alliance` file, a JSON project file, or JSON text; AllianceError when that fails."""
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return _plan_from_json_text(source)
    path = Path(source)
    shown = str(source)
    if path.is_dir():
        raise AllianceError(translate("Settlement", "“{path}” is a folder, not a project file.").format(path=shown))
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
            rest = f.read() if head != SQLITE_HEADER else b""
    except FileNotFoundError:
        raise AllianceError(translate("Settlement", "The file “{path}” does not exist.").format(path=shown)) from None
    except PermissionError:
        raise AllianceError(translate("Settlement", "No permission to read “{path}”.").format(path=shown)) from None
    except OSError as exc:
        raise AllianceError(translate("Settlement", "Cannot read “{path}”: {reason}").format(
            path=shown, reason=exc.strerror or exc)) from None
    if head == SQLITE_HEADER:
        try:
            from .storage.projectfile import load_plan
        except ImportError:
            raise AllianceError(translate("Settlement", "This version cannot read project files (.alliance).")) from None
        try:
            return load_plan(path)
        except OSError as exc:
            raise AllianceError(translate("Settlement", "Cannot read “{path}”: {reason}").format(
                path=shown, reason=exc.strerror or exc)) from None
    try:
        text = (head + rest).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AllianceError(translate("Settlement", "“{path}” is neither a project file (.alliance) nor a JSON project "
                                "in UTF-8.").format(path=shown)) from None
    return _plan_from_json_text(text)


def _plan_from_json_text(text: str) -> m.Plan:
    try:
        return plan_from_text(text)
    except (ValueError, RecursionError):  # e.g. an absurdly long integer or deep nesting
        raise AllianceError(translate("Settlement", "The file is not a valid alliance project.")) from None


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
    lines = [translate("Settlement", "Settlement of the service periods: {project}").format(project=plan.project.name), ""]
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
    try:
        plan = load_plan_any(path_or_json)
        settlement = settle_plan(plan)
        if as_json:
            text = json.dumps(settlement_to_json(settlement), ensure_ascii=False, indent=2) + "\n"
        else:
            text = render_table(plan, settlement)
    except AllianceError as exc:
        _write(err, _one_line(exc.message) + "\n")
        return EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; a clear line instead
        _write(err, translate("Settlement", "Unexpected error while settling: {error}").format(
            error=_one_line(f"{type(exc).__name__}: {exc}")) + "\n")
        return EXIT_INTERNAL
    _write(out, text)
    return EXIT_OK
