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
  A UTF-16 or UTF-32 file (Excel's "Unicode text"; a byte-order mark or NUL bytes) is refused with
  one message saying to save it as CSV.
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
* A value lies within ±10¹² and has at most 6 decimals (the plan's limit for metric values);
  beyond that the row is refused with the metric and the period named.
* A name or key cell that starts with ``'`` followed by ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is read without that first ``'``: the export adds it (see below).

Nothing is imported half-way: `import_measurements` returns the new plan only when every row is
good; otherwise it raises `CsvImportError` (a PlanError) listing each problem with its line and
column (Excel's column letter and the column's name), in the user's language.

`export_measurements` writes the plan's measurements in the same format (UTF-8 with BOM, so Excel
shows "ä" and "ö" right), with the names as extra columns for the reader. A text cell that a
spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, after any ``'``) is written with a ``'`` in front, as OWASP advises against CSV injection;
the import takes exactly that ``'`` away again.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from .records import record
from ..i18n import language, translate
from . import model as m
from .errors import PlanError, shown
from .formatting import format_number, parse_number
from .metrics_edits import BASELINE, set_measurements

SEPARATOR = ";"
MAX_LISTED = 20
MAX_PROBLEMS = 1000  # reading stops after so many: a wrong file of a million lines is refused at once

METRIC_COLUMNS = ("mittari", "metric", "tunnus", "key")
PERIOD_COLUMNS = ("jakso", "palvelujakso", "period")
VALUE_COLUMNS = ("arvo", "mittaustulos", "value", "measurement")
BASELINE_WORDS = ("lähtötaso", "baseline")

#: the largest value (either sign) and the most decimals of a measurement: the plan's limit for metric values
MAX_VALUE = Decimal(10) ** 12
MAX_PLACES = 6

#: a cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def _looks_like_formula(text: str) -> bool:
    return text.lstrip("'")[:1] in FORMULA_START


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: a ``'`` before what it would run as a formula
    (also before ``'=…``, so that `read_cell` gives back exactly the text)."""
    return "'" + text if _looks_like_formula(text) else text


def read_cell(text: str) -> str:
    """The text `safe_cell` was given: its added ``'`` taken away; any other text as it is."""
    return text[1:] if text[:1] == "'" and _looks_like_formula(text[1:]) else text


def wide_encoding(data: bytes) -> bool:
    """Is this UTF-16 or UTF-32 text (a byte-order mark, or NUL bytes, which CSV text never holds)?"""
    return data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in data[:4096]


def decode(data: bytes | str) -> str:
    """The file's text: UTF-8 (a BOM is dropped), else Windows-1252. CsvImportError for UTF-16/32."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if wide_encoding(data):
        raise CsvImportError([CsvProblem(1, 0, "", translate(
            "MetricsCsv", "The file is in UTF-16 or UTF-32 encoding (Excel's “Unicode text”). Save it in Excel as "
                          "“CSV UTF-8” or “CSV (semicolon-separated)” and import it again."))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).casefold()


class _Names:
    """Keys and names of the metrics (or periods), looked up in constant time: a big file reads in linear time."""

    def __init__(self, items: list[tuple[str, str]]):
        self.keys = {key for key, _name in items}
        self.by_norm: dict[str, list[str]] = {}
        for key, name in items:
            for text in {_norm(name), _norm(key)}:
                self.by_norm.setdefault(text, []).append(key)

    def lookup(self, text: str) -> tuple[str | None, bool]:
        """(key, ambiguous): an exact key first, then a unique name in any case; a cell the export
        protected from spreadsheets (`safe_cell`) is read without its added ``'``."""
        unquoted = read_cell(text)
        if unquoted != text:
            found = self._lookup(unquoted)
            if found[0] is not None or found[1]:
                return found
        return self._lookup(text)

    def _lookup(self, text: str) -> tuple[str | None, bool]:
        raw = text.strip()
        if raw in self.keys:
            return raw, False
        hits = self.by_norm.get(_norm(raw), [])
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
            reason=shown(str(exc))))]) from None

    header_line, header = rows[0]
    names = [cell.strip() for cell in header]
    columns: dict[str, int] = {}
    for kind, aliases in (("metric", METRIC_COLUMNS), ("period", PERIOD_COLUMNS), ("value", VALUE_COLUMNS)):
        found = [i for i, name in enumerate(names) if _norm(name) in aliases]
        if len(found) > 1:
            problems.append(CsvProblem(header_line, found[1] + 1, names[found[1]], translate(
                "MetricsCsv", "There are two columns for the same thing (“{first}” and “{second}”).").format(
                first=shown(names[found[0]]), second=shown(names[found[1]]))))
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
    metric_index, period_index = _Names(metrics), _Names(periods)
    metric_names = dict(metrics)  # a row's metric and period as the plan names them, in messages
    period_names = {**dict(periods), BASELINE: translate("MetricsCsv", "baseline")}
    result: list[tuple[str, str, Decimal]] = []
    seen: dict[tuple[str, str], int] = {}
    skipped = 0
    lang = "fi"
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(problems) >= MAX_PROBLEMS:
            problems.append(CsvProblem(line, 0, "", translate(
                "MetricsCsv", "Reading stopped here: the file has too many problems.")))
            break

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
            metric_key, ambiguous = metric_index.lookup(metric_text)
            if metric_key is None:
                message = (translate("MetricsCsv", "Two metrics are named “{text}”: use the metric's key.")
                           if ambiguous else
                           translate("MetricsCsv", "No metric has the key or name “{text}”."))
                row_problems.append(CsvProblem(line, metric_col, metric_head,
                                               message.format(text=shown(metric_text.strip()))))
        if not period_text.strip():
            row_problems.append(CsvProblem(line, period_col, period_head,
                                           translate("MetricsCsv", "The period is missing.")))
        elif _norm(read_cell(period_text)) in BASELINE_WORDS:
            period_key = BASELINE
        else:
            period_key, ambiguous = period_index.lookup(period_text)
            if period_key is None:
                message = (translate("MetricsCsv", "Two service periods are named “{text}”: use the period's key.")
                           if ambiguous else
                           translate("MetricsCsv", "No service period has the key or name “{text}”."))
                row_problems.append(CsvProblem(line, period_col, period_head,
                                               message.format(text=shown(period_text.strip()))))
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
            else:
                problem = _value_problem(value, metric_names.get(metric_key, read_cell(metric_text)),
                                         period_names.get(period_key, read_cell(period_text)))
                if problem:
                    row_problems.append(CsvProblem(line, value_col, value_head, problem))
                    value = None
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


def _places(value: Decimal) -> int:
    """The decimals a value needs, exactly (trailing zeros do not count; no context rounding)."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    zeros = 0
    while zeros < -exponent and zeros < len(digits) - 1 and digits[len(digits) - 1 - zeros] == 0:
        zeros += 1
    return -exponent - zeros


def _value_problem(value: Decimal, metric: str, period: str) -> str | None:
    """A value the plan cannot hold, in words naming the metric and the period."""
    too_large = value.copy_abs() > MAX_VALUE  # exact: abs() would round to the context's precision
    if not too_large and _places(value) <= MAX_PLACES:
        return None
    message = (translate("MetricsCsv", "The value of “{metric}” for “{period}” is too large: at most 10¹² "
                                       "(either sign).") if too_large else
               translate("MetricsCsv", "The value of “{metric}” for “{period}” has more than {places} decimals."))
    return message.format(metric=shown(metric.strip()), period=shown(period.strip()), places=MAX_PLACES)


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
            writer.writerow([safe_cell(x.key), baseline_word, _cell_number(x.baseline), safe_cell(x.name), ""])
        values = dict(x.measurements)
        for key in order:
            if key in values:
                writer.writerow([safe_cell(x.key), safe_cell(key), _cell_number(values[key]), safe_cell(x.name),
                                 safe_cell(names[key])])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
