"""Measurements from a CSV file, as Excel saves it, and back.

The format (the import dialog shows the same description)::

    mittari;jakso;arvo
    jonotusajat;p1;118
    Hoitojakson kesto;Palvelujakso 2;1,9
    jonotusajat;lähtötaso;150

* Columns are separated by semicolons (";"), as the Finnish Excel writes "CSV" files. Cells may be
  quoted ("...") as Excel does when a cell holds a semicolon.
* Text is UTF-8, with or without the byte-order mark ("CSV UTF-8" in Excel). A file that is not
  valid UTF-8 is read as Windows-1252, the encoding of Excel's plain "CSV" on a Finnish Windows.
* The first line names the columns, in any order; case and extra spaces do not matter:

  - metric: ``mittari``, ``metric``, ``tunnus`` or ``key``: the metric's key or its name;
  - period: ``jakso``, ``palvelujakso`` or ``period``: the service period's key or its name, or
    ``lähtötaso`` / ``baseline`` for the metric's baseline;
  - value: ``arvo``, ``mittaustulos``, ``value`` or ``measurement``: a number in Finnish format,
    decimal comma, spaces may group thousands ("1 234,5"); a decimal point is read too.

  Other columns (e.g. ``mittarin nimi`` in the exported file) are ignored.
* Empty lines are skipped; so is a row with an empty value (it changes nothing).
* A metric-period pair may be given once. Measurements in the file replace those in the plan;
  measurements not in the file stay as they are.

Nothing is imported half-way: `import_measurements` returns the new plan only when every row is
good; otherwise it raises `CsvImportError` (a PlanError) listing each problem with its line and
column (Excel's column letter and the column's name), in the user's language.

`export_measurements` writes the plan's measurements in the same format (UTF-8 with BOM, so Excel
shows "ä" and "ö" right), with the names as extra columns for the reader.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from .records import record
from ..i18n import language, translate
from . import model as m
from .errors import PlanError
from .formatting import format_number, parse_number
from .metrics_edits import BASELINE, set_measurements

SEPARATOR = ";"
MAX_LISTED = 20

METRIC_COLUMNS = ("mittari", "metric", "tunnus", "key")
PERIOD_COLUMNS = ("jakso", "palvelujakso", "period")
VALUE_COLUMNS = ("arvo", "mittaustulos", "value", "measurement")
BASELINE_WORDS = ("lähtötaso", "baseline")


@record
class CsvProblem:
    line: int  # 1-based line of the file
    column: int  # 1-based column, 0 when the problem is the whole line
    header: str  # the column's name in the file ("" when unknown)
    message: str

    def text(self) -> str:
        if self.column:
            where = translate("MetricsCsv", "Line {line}, column {column} ({name})").format(
                line=self.line, column=column_letter(self.column), name=self.header or "?")
        else:
            where = translate("MetricsCsv", "Line {line}").format(line=self.line)
        return f"{where}: {self.message}"


class CsvImportError(PlanError):
    """The file has problems; nothing was imported. `problems` lists them all."""

    def __init__(self, problems: list[CsvProblem]):
        self.problems = tuple(problems)
        head = translate("MetricsCsv", "The measurements were not imported; nothing was changed. "
                                       "Problems found: {count}.").format(count=len(problems))
        lines = [p.text() for p in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            lines.append(translate("MetricsCsv", "… and {count} more.").format(count=len(problems) - MAX_LISTED))
        super().__init__("\n".join([head, *lines]))


@record
class ImportResult:
    plan: m.Plan
    values: int  # measurements (and baselines) read from the file
    changed: int  # of which differ from what the plan had
    skipped: int  # rows with an empty value


def column_letter(column: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA: how Excel names columns."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def decode(data: bytes | str) -> str:
    """The file's text: UTF-8 (a BOM is dropped), else Windows-1252."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def _lookup(items, text: str) -> tuple[str | None, bool]:
    """(key, ambiguous): an exact key first, then a unique name in any case."""
    raw = text.strip()
    for key, _name in items:
        if key == raw:
            return key, False
    wanted = _norm(raw)
    hits = [key for key, name in items if _norm(name) == wanted or _norm(key) == wanted]
    if len(hits) == 1:
        return hits[0], False
    return None, len(hits) > 1


def read_measurements(plan: m.Plan, data: bytes | str) -> tuple[list[tuple[str, str, Decimal]], int]:
    """Parse and check the whole file: ([(metric key, period key or "baseline", value)], skipped rows).

    Raises CsvImportError listing every problem.
    """
    text = decode(data)
    problems: list[CsvProblem] = []
    if not text.strip():
        raise CsvImportError([CsvProblem(1, 0, "", translate("MetricsCsv", "The file is empty."))])
    first = text.splitlines()[0]
    if SEPARATOR not in first:
        hint = (translate("MetricsCsv", "The columns must be separated by semicolons (;), as the Finnish Excel "
                                        "saves CSV files.") if ("," in first or "\t" in first) else
                translate("MetricsCsv", "The first line must name the columns, e.g. “mittari;jakso;arvo”."))
        raise CsvImportError([CsvProblem(1, 0, "", hint)])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=SEPARATOR, quotechar='"', strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvImportError([CsvProblem(reader.line_num or 1, 0, "", translate(
            "MetricsCsv", "The line cannot be read as CSV ({reason}); check its quotation marks.").format(
            reason=str(exc)))]) from None

    header_line, header = rows[0]
    names = [cell.strip() for cell in header]
    columns: dict[str, int] = {}
    for kind, aliases in (("metric", METRIC_COLUMNS), ("period", PERIOD_COLUMNS), ("value", VALUE_COLUMNS)):
        found = [i for i, name in enumerate(names) if _norm(name) in aliases]
        if len(found) > 1:
            problems.append(CsvProblem(header_line, found[1] + 1, names[found[1]], translate(
                "MetricsCsv", "There are two columns for the same thing (“{first}” and “{second}”).").format(
                first=names[found[0]], second=names[found[1]])))
        if found:
            columns[kind] = found[0]
    missing = [kind for kind in ("metric", "period", "value") if kind not in columns]
    for kind in missing:
        wanted = {"metric": METRIC_COLUMNS, "period": PERIOD_COLUMNS, "value": VALUE_COLUMNS}[kind]
        message = {
            "metric": translate("MetricsCsv", "The first line has no column for the metric: name one “{names}”."),
            "period": translate("MetricsCsv", "The first line has no column for the period: name one “{names}”."),
            "value": translate("MetricsCsv", "The first line has no column for the value: name one “{names}”."),
        }[kind]
        problems.append(CsvProblem(header_line, 0, "", message.format(names="”, “".join(wanted))))
    if problems:
        raise CsvImportError(problems)

    metrics = [(x.key, x.name) for x in plan.metrics]
    periods = [(p.key, p.name) for p in plan.commercial.periods]
    result: list[tuple[str, str, Decimal]] = []
    seen: dict[tuple[str, str], int] = {}
    skipped = 0
    lang = "fi"
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue

        def cell(kind: str, row: list[str] = row) -> tuple[str, int, str]:
            i = columns[kind]
            return (row[i] if i < len(row) else ""), i + 1, names[i]

        metric_text, metric_col, metric_head = cell("metric")
        period_text, period_col, period_head = cell("period")
        value_text, value_col, value_head = cell("value")
        row_problems: list[CsvProblem] = []
        metric_key = period_key = None
        if not metric_text.strip():
            row_problems.append(CsvProblem(line, metric_col, metric_head,
                                           translate("MetricsCsv", "The metric is missing.")))
        else:
            metric_key, ambiguous = _lookup(metrics, metric_text)
            if metric_key is None:
                message = (translate("MetricsCsv", "Two metrics are named “{text}”: use the metric's key.")
                           if ambiguous else
                           translate("MetricsCsv", "No metric has the key or name “{text}”."))
                row_problems.append(CsvProblem(line, metric_col, metric_head,
                                               message.format(text=metric_text.strip())))
        if not period_text.strip():
            row_problems.append(CsvProblem(line, period_col, period_head,
                                           translate("MetricsCsv", "The period is missing.")))
        elif _norm(period_text) in BASELINE_WORDS:
            period_key = BASELINE
        else:
            period_key, ambiguous = _lookup(periods, period_text)
            if period_key is None:
                message = (translate("MetricsCsv", "Two service periods are named “{text}”: use the period's key.")
                           if ambiguous else
                           translate("MetricsCsv", "No service period has the key or name “{text}”."))
                row_problems.append(CsvProblem(line, period_col, period_head,
                                               message.format(text=period_text.strip())))
        value = None
        if not value_text.strip():
            if not row_problems:
                skipped += 1
                continue
        else:
            try:
                value = parse_number(value_text, lang)
            except PlanError as exc:
                row_problems.append(CsvProblem(line, value_col, value_head, exc.message))
        if not row_problems and metric_key is not None and period_key is not None:
            pair = (metric_key, period_key)
            if pair in seen:
                row_problems.append(CsvProblem(line, period_col, period_head, translate(
                    "MetricsCsv", "This metric's value for this period is already given on line {line}.").format(
                    line=seen[pair])))
            else:
                seen[pair] = line
        problems.extend(row_problems)
        if not row_problems and value is not None:
            result.append((metric_key, period_key, value))
    if problems:
        raise CsvImportError(problems)
    if not result and not skipped:
        raise CsvImportError([CsvProblem(header_line + 1, 0, "",
                                         translate("MetricsCsv", "The file has no measurements below the first line."))])
    return result, skipped


def import_measurements(plan: m.Plan, data: bytes | str) -> ImportResult:
    """The plan with the file's measurements in it, or CsvImportError (nothing imported)."""
    values, skipped = read_measurements(plan, data)
    current = {x.key: (dict(x.measurements), x.baseline) for x in plan.metrics}
    changed = 0
    for key, period, value in values:
        table, baseline = current[key]
        old = baseline if period == BASELINE else table.get(period)
        if old is None or old != value:
            changed += 1
    return ImportResult(set_measurements(plan, values), len(values), changed, skipped)


def _cell_number(value: Decimal) -> str:
    """A number as the Finnish Excel reads it: decimal comma, no grouping, ASCII minus."""
    return format_number(value, None, "fi", grouping=False).replace("\u2212", "-")


def export_measurements(plan: m.Plan, lang: str | None = None) -> bytes:
    """The plan's baselines and measurements as a CSV file to open in Excel (and import back)."""
    lang = lang or language()
    if lang == "fi":
        header = ["mittari", "jakso", "arvo", "mittarin nimi", "jakson nimi"]
        baseline_word = "lähtötaso"
    else:
        header = ["metric", "period", "value", "metric name", "period name"]
        baseline_word = "baseline"
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=SEPARATOR, quotechar='"', lineterminator="\r\n")
    writer.writerow(header)
    names = {p.key: p.name for p in plan.commercial.periods}
    order = [p.key for p in plan.commercial.periods]
    for x in plan.metrics:
        if x.baseline is not None:
            writer.writerow([x.key, baseline_word, _cell_number(x.baseline), x.name, ""])
        values = dict(x.measurements)
        for key in order:
            if key in values:
                writer.writerow([x.key, key, _cell_number(values[key]), x.name, names[key]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
