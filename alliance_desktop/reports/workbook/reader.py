"""Measurements and actual costs back from an exported workbook the finance office filled in.

`read_workbook(plan, data)` reads the sheets Measurements and Commercial model (in either language)
of a workbook in the exported layout: the measurements sheet's rows by the metric's key (column A;
its name in column B if the key is not found) and columns by the period keys above the header (the
period names in the header otherwise); the commercial sheet's rows "Actual: fee / overhead /
reimbursable costs" under the periods' names. Cells hold numbers (a number typed as text in either
language's format is read too) or nothing: an empty cell is "not measured" / "not entered", so the
plan afterwards holds exactly what the workbook holds for every metric and period it lists; metrics,
periods and rows it does not list stay as they are. Targets, rules and every formula are not read.

A bad cell is named as the reader sees it: "Mittaukset!C7: ei luku". Nothing is imported unless every
cell is good (`XlsxImportError`, a PlanError listing every problem); `XlsxImport.changes` lists what
differs from the plan, for the preview, and `XlsxImport.plan` is the plan with the changes in it.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ...core import model as m
from ...core.commercial_edits import set_actual
from ...core.errors import PlanError, shown
from ...core.formatting import format_money, format_number, parse_number
from ...core.metrics_edits import set_measurements
from ...core.validation import validate_plan
from ...i18n import translate, using
from . import text

MAX_LISTED = 20
MONEY_LIMIT = Decimal(10) ** 13
VALUE_LIMIT = Decimal(10) ** 12
MAX_UNPACKED = 256 * 2**20  # the most a workbook's parts may hold unpacked


class XlsxImportError(PlanError):
    """The workbook has problems; nothing was imported. `problems` lists them all ("Sheet!C7: why")."""

    def __init__(self, problems: list[str]):
        self.problems = tuple(problems)
        head = translate("Workbook", "Nothing was imported from the workbook; the plan is unchanged. Problems "
                                     "found: {count}.").format(count=len(problems))
        lines = list(problems[:MAX_LISTED])
        if len(problems) > MAX_LISTED:
            lines.append(translate("Workbook", "… and {count} more.").format(count=len(problems) - MAX_LISTED))
        super().__init__("\n".join([head, *lines]))


@dataclass
class XlsxImport:
    plan: m.Plan
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (what, in the plan, in the workbook)
    measurements: int = 0  # measurement cells read
    actuals: int = 0  # actual cost cells read


def _in_both_languages(words) -> set[str]:
    """What `words()` gives in Finnish and in English, case-folded (a workbook of either is read)."""
    out = set()
    for lang in ("fi", "en"):
        with using(lang):
            out.add(words().casefold())
    return out


def _sheet(wb, which: str):
    wanted = _in_both_languages(lambda: text.sheet_names()[which])
    for ws in wb.worksheets:
        if ws.title.casefold() in wanted:
            return ws
    return None


def _cell_text(value) -> str:
    return "" if value is None else " ".join(str(value).split())


class _Reader:
    def __init__(self, plan: m.Plan):
        self.plan = plan
        self.problems: list[str] = []

    def number(self, ws, cell, money: bool) -> Decimal | None:
        """The cell's number (None when empty), or None with a problem noted. Money: 0 to 10¹³ in whole
        cents; a measurement: within ±10¹² with at most 6 decimals (the plan's limits)."""
        limit, places = (MONEY_LIMIT, 2) if money else (VALUE_LIMIT, 6)
        value = cell.value
        where = f"{ws.title}!{cell.coordinate}"
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            self.problems.append(translate("Workbook", "{cell}: not a number").format(cell=where))
            return None
        if isinstance(value, (int, float)):
            try:
                number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
            except InvalidOperation:
                number = None
            if number is None or not number.is_finite():
                self.problems.append(translate("Workbook", "{cell}: not a number").format(cell=where))
                return None
        elif isinstance(value, str):
            if value.lstrip().startswith("="):
                self.problems.append(translate("Workbook", "{cell}: a formula without a computed value; type the "
                                                           "number").format(cell=where))
                return None
            try:
                number = parse_number(value)
            except PlanError:
                self.problems.append(translate("Workbook", "{cell}: not a number (“{text}”)").format(
                    cell=where, text=shown(value.strip())))
                return None
        else:  # a date or a time
            self.problems.append(translate("Workbook", "{cell}: not a number").format(cell=where))
            return None
        number = number.normalize() if number == number.to_integral_value() else number
        if money and number < 0:
            self.problems.append(translate("Workbook", "{cell}: an amount cannot be negative").format(cell=where))
            return None
        if number.copy_abs() > limit:
            self.problems.append(translate("Workbook", "{cell}: too large").format(cell=where))
            return None
        exponent = number.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            if money:
                self.problems.append(translate("Workbook", "{cell}: more than two decimals; amounts are in whole "
                                                           "cents").format(cell=where))
            else:
                self.problems.append(translate("Workbook", "{cell}: more than {places} decimals").format(
                    cell=where, places=places))
            return None
        return number

    # ------------------------------------------------------------ measurements

    def measurements(self, ws) -> dict[tuple[str, str], Decimal | None]:
        key_words = _in_both_languages(lambda: translate("Workbook", "Key"))
        metric_words = _in_both_languages(lambda: translate("Workbook", "Metric"))
        header = next((r for r in range(1, min(ws.max_row, 50) + 1)
                       if _cell_text(ws.cell(r, 1).value).casefold() in key_words
                       and _cell_text(ws.cell(r, 2).value).casefold() in metric_words), None)
        if header is None:
            self.problems.append(translate("Workbook", "{sheet}: the header row (Key, Metric, Unit, periods) is not "
                                                       "found").format(sheet=ws.title))
            return {}
        periods = self.plan.commercial.periods
        by_key = {p.key: p.key for p in periods}
        by_name = {(p.name or p.key).casefold(): p.key for p in periods}
        columns: dict[int, str] = {}
        for col in range(4, ws.max_column + 1):
            key = _cell_text(ws.cell(header - 1, col).value) if header > 1 else ""
            name = _cell_text(ws.cell(header, col).value)
            if not key and not name:
                continue
            period = by_key.get(key) or by_name.get(name.casefold())
            if period is None:
                self.problems.append(translate("Workbook", "{cell}: there is no service period “{period}” in the "
                                                           "plan").format(cell=f"{ws.title}!{ws.cell(header, col).coordinate}",
                                                                          period=shown(name or key)))
                continue
            columns[col] = period
        metrics_by_key = {x.key: x.key for x in self.plan.metrics}
        metrics_by_name = {x.name.casefold(): x.key for x in self.plan.metrics}
        values: dict[tuple[str, str], Decimal | None] = {}
        for r in range(header + 1, ws.max_row + 1):
            key, name = _cell_text(ws.cell(r, 1).value), _cell_text(ws.cell(r, 2).value)
            if not key and not name:
                continue
            metric = metrics_by_key.get(key) or metrics_by_name.get(name.casefold())
            if metric is None:
                self.problems.append(translate("Workbook", "{cell}: there is no metric “{metric}” in the plan").format(
                    cell=f"{ws.title}!A{r}", metric=shown(key or name)))
                continue
            for col, period in columns.items():
                if (metric, period) in values:
                    continue
                values[(metric, period)] = self.number(ws, ws.cell(r, col), money=False)
        return values

    # ------------------------------------------------------------ actual costs

    def actuals(self, ws) -> dict[str, m.ActualCost | None]:
        labels = {}
        for part in m.COST_PARTS:
            labels[part] = _in_both_languages(lambda part=part: text.input_labels()[f"actual_{part}"])
        period_words = _in_both_languages(lambda: text.input_labels()["name"])
        rows: dict[str, int] = {}
        header = None
        for r in range(1, min(ws.max_row, 200) + 1):
            label = _cell_text(ws.cell(r, 1).value).casefold()
            if header is None and label in period_words:
                header = r
            for part, words in labels.items():
                if label in words and part not in rows:
                    rows[part] = r
        if header is None or len(rows) < len(m.COST_PARTS):
            self.problems.append(translate("Workbook", "{sheet}: the rows of the actual costs are not found").format(
                sheet=ws.title))
            return {}
        by_name: dict[str, list[str]] = {}
        for p in self.plan.commercial.periods:
            by_name.setdefault((p.name or p.key).casefold(), []).append(p.key)
        result: dict[str, m.ActualCost | None] = {}
        for col in range(2, ws.max_column + 1):
            name = _cell_text(ws.cell(header, col).value)
            if not name:
                break
            keys = by_name.get(name.casefold(), [])
            key = next((k for k in keys if k not in result), None)
            if key is None:
                self.problems.append(translate("Workbook", "{cell}: there is no service period “{period}” in the "
                                                           "plan").format(cell=f"{ws.title}!{ws.cell(header, col).coordinate}",
                                                                          period=shown(name)))
                continue
            parts = {part: self.number(ws, ws.cell(rows[part], col), money=True) for part in m.COST_PARTS}
            result[key] = m.ActualCost(**parts) if any(v is not None for v in parts.values()) else None
        return result


def read_workbook(plan: m.Plan, data: bytes) -> XlsxImport:
    """The plan with the workbook's measurements and actual costs (see the module's docstring)."""
    from openpyxl import load_workbook

    not_a_workbook = PlanError(translate("Workbook", "The file is not an Excel workbook (.xlsx)."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # a "zip bomb" is refused before it is unpacked
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED:
            raise PlanError(translate("Workbook", "The workbook is too large to read ({size} MB unpacked; at most "
                                                  "{limit} MB).").format(size=unpacked // 2**20,
                                                                          limit=MAX_UNPACKED // 2**20))
        wb = load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError):
        raise not_a_workbook from None
    reader = _Reader(plan)
    measured_ws, commercial_ws = _sheet(wb, "measurements"), _sheet(wb, "commercial")
    if measured_ws is None and commercial_ws is None:
        raise PlanError(translate("Workbook", "The workbook has neither the sheet “{measurements}” nor “{commercial}”: "
                                              "it is not in the exported layout.").format(
            measurements=text.sheet_names()["measurements"], commercial=text.sheet_names()["commercial"]))
    measured = reader.measurements(measured_ws) if measured_ws is not None else {}
    actuals = reader.actuals(commercial_ws) if commercial_ws is not None else {}
    if reader.problems:
        raise XlsxImportError(reader.problems)
    new = set_measurements(plan, [(metric, period, value) for (metric, period), value in measured.items()])
    for key, actual in actuals.items():
        new = set_actual(new, key, actual)
    validate_plan(new)
    return XlsxImport(new, _changes(plan, new), len(measured), 3 * len(actuals))


def _changes(old: m.Plan, new: m.Plan) -> list[tuple[str, str, str]]:
    """What differs, in words: (what, in the plan, in the workbook)."""
    none = translate("Workbook", "(empty)")
    out = []
    names = {p.key: p.name or p.key for p in old.commercial.periods}
    for a, b in zip(old.metrics, new.metrics):
        before, after = dict(a.measurements), dict(b.measurements)
        for p in old.commercial.periods:
            if before.get(p.key) != after.get(p.key):
                out.append((translate("Workbook", "Measurement of “{metric}”, {period}").format(
                    metric=a.name or a.key, period=names[p.key]),
                    none if before.get(p.key) is None else format_number(before[p.key], None),
                    none if after.get(p.key) is None else format_number(after[p.key], None)))
    part_words = {"fee": translate("Workbook", "fee"), "overhead": translate("Workbook", "overhead"),
                  "production": translate("Workbook", "reimbursable costs")}
    for a, b in zip(old.commercial.periods, new.commercial.periods):
        for part in m.COST_PARTS:
            x = None if a.actual is None else getattr(a.actual, part)
            y = None if b.actual is None else getattr(b.actual, part)
            if x != y:
                out.append((translate("Workbook", "Actual {part}, {period}").format(part=part_words[part],
                                                                                   period=names[a.key]),
                            none if x is None else format_money(x), none if y is None else format_money(y)))
    return out
