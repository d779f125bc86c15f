"""Cell styles, number formats and sheet set-up shared by the workbook's sheets (openpyxl).

Number formats are stored in the file's neutral notation (`,` groups thousands, `.` marks the
decimals); Excel and LibreOffice Calc show them with the reader's own separators, so a Finnish
reader sees `1 234 567,50 €` and `4.12.2026`.
"""

from __future__ import annotations

import datetime as _dt
from copy import copy
from collections.abc import Iterable, Sequence
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

EURO = '#,##0.00\\ "€";[Red]\\-#,##0.00\\ "€"'
NUMBER = "#,##0.##"
DECIMAL = "#,##0.00"
PERCENT_NUMBER = '0.######\\ "%"'  # a percentage typed as a number (30 means 30 %)
SCORE = "0.0000%"
DATE = "d.m.yyyy"
INTEGER = "0"

TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
SECTION_FONT = Font(bold=True, size=12, color="305496")
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="595959")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # light yellow: cells the reader may change
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
UNLOCKED = Protection(locked=False)

MAX_WIDTH = 60


def plain(value):
    """A value as openpyxl writes it: Decimals as numbers (money has at most cents: exact in a double)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def put(ws: Worksheet, row: int, col: int, value, fmt: str | None = None, *, font: Font | None = None,
        fill: PatternFill | None = None, wrap: bool = False, box: bool = True, editable: bool = False,
        formula: bool = False) -> Cell:
    """A cell with its value, format and style. Text is text: a user's “=…” never becomes a formula
    (only `formula=True`, as `fput` passes, writes one)."""
    cell = ws.cell(row=row, column=col, value=plain(value))
    if isinstance(value, str) and value.startswith("=") and not formula:
        cell.data_type = "s"
    if fmt is None:
        if isinstance(value, _dt.date):
            fmt = DATE
        elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            fmt = NUMBER
    # a style is made once per workbook and copied after (openpyxl hashes every style part it is given:
    # most of the time of a large workbook); the fonts and fills passed are this module's constants
    styles = ws.parent.__dict__.setdefault("_alliance_styles", {})
    key = (fmt, id(font), id(fill), wrap, box, editable)
    made = styles.get(key)
    if made is not None:
        cell._style = copy(made)
        return cell
    if fmt:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    if editable:
        cell.fill = INPUT_FILL
        cell.protection = UNLOCKED
    elif fill is not None:
        cell.fill = fill
    cell.alignment = WRAP if wrap else TOP
    if box:
        cell.border = BOX
    styles[key] = copy(cell._style)
    return cell


def fput(ws: Worksheet, row: int, col: int, value, fmt: str | None = None, **style) -> Cell:
    """A cell holding one of our formulas (or a number where there is nothing to compute)."""
    return put(ws, row, col, value, fmt, formula=True, **style)


def title(ws: Worksheet, text: str, note: str = "") -> int:
    """The sheet's title (row 1) and a note under it (row 2); returns the next free row."""
    put(ws, 1, 1, text, font=TITLE_FONT, box=False)
    if note:
        put(ws, 2, 1, note, font=NOTE_FONT, box=False)
    return 4 if note else 3


def header(ws: Worksheet, row: int, titles: Sequence[str], first_col: int = 1) -> None:
    for i, text in enumerate(titles):
        c = ws.cell(row=row, column=first_col + i, value=text)
        if isinstance(text, str) and text.startswith("="):
            c.data_type = "s"  # a period or area named “=…” stays a name
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def section(ws: Worksheet, row: int, text: str) -> None:
    put(ws, row, 1, text, font=SECTION_FONT, box=False)


def table(ws: Worksheet, titles: Sequence[str], rows: Iterable[Sequence], *, first_row: int,
          formats: Sequence[str | None] = (), wrap: Sequence[int] = (), freeze: bool = True,
          repeat_header: bool = True) -> int:
    """A header row and data rows from `first_row`; returns the row after the last."""
    header(ws, first_row, titles)
    r = first_row + 1
    for values in rows:
        for i, value in enumerate(values):
            fmt = formats[i] if i < len(formats) else None
            put(ws, r, i + 1, value, fmt, wrap=i in wrap)
        r += 1
    if freeze:
        ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    if repeat_header:
        ws.print_title_rows = f"{first_row}:{first_row}"
    return r


def widths(ws: Worksheet, minimum: int = 8, maximum: int = MAX_WIDTH, fixed: dict[int, float] | None = None) -> None:
    """Each column as wide as its longest text (titles on rows 1-2 excluded), within the limits."""
    best: dict[int, int] = {}
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if cell.value is None:
                continue
            if isinstance(cell.value, str) and cell.value.startswith("="):
                length = 14
            elif isinstance(cell.value, (int, float)):
                length = len(f"{cell.value:,.2f}") + 3
            elif isinstance(cell.value, _dt.date):
                length = 10
            else:
                length = max(len(line) for line in str(cell.value).split("\n"))
            best[cell.column] = max(best.get(cell.column, 0), length)
    for col, length in best.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, length + 2))
    for col, width in (fixed or {}).items():
        ws.column_dimensions[get_column_letter(col)].width = width


def heights(ws: Worksheet, line: float = 15.0) -> None:
    """Rows as tall as their wrapped text needs in the set column widths (a reader's Excel or Calc does
    not grow a row by itself when the file gives none). Call after the widths are set."""
    def width(col: int) -> float:
        return ws.column_dimensions[get_column_letter(col)].width or 8.43

    merged = {r.min_row: r for r in ws.merged_cells.ranges}
    for row in ws.iter_rows(min_row=3):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or cell.value.startswith("=") or not cell.alignment.wrap_text:
                continue
            span = merged.get(cell.row)
            room = sum(width(c) for c in range(span.min_col, span.max_col + 1)) if span and \
                span.min_col == cell.column else width(cell.column)
            chars = max(1, int(room * 1.15) - 1)
            need = sum(_wrapped_lines(part, chars) for part in cell.value.split("\n"))
            lines = max(lines, need)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(409, line * lines + 2)


def _wrapped_lines(text: str, width: int) -> int:
    """How many lines `text` takes wrapped at word boundaries into lines of `width` characters."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, 0
        used += (1 if used else 0) + len(word)
        while used > width:  # a word longer than the line
            lines, used = lines + 1, used - width
    return lines


def print_setup(ws: Worksheet, landscape: bool = True) -> None:
    """A4, landscape where wide, one page wide (as many pages tall as needed), a header and page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.center.text = "&P / &N"


def protect(ws: Worksheet) -> None:
    """Lock every cell except those marked editable; no password (the reader may lift it on purpose)."""
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.sort = False
    ws.protection.autoFilter = False


def choices(ws: Worksheet, options: Sequence[str], cells: str) -> None:
    """A drop-down list of `options` for the range `cells` (e.g. "C5:C40")."""
    text = ",".join(o.replace(",", " ") for o in options)
    if len(text) > 250:  # Excel's limit for a list typed into the rule
        return
    dv = DataValidation(type="list", formula1=f'"{text}"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(cells)
