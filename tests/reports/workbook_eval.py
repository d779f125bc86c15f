"""Evaluate an exported workbook's formulas with an independent Python formula engine (`pycel`).

pycel compiles each formula to Python and evaluates it; cells can be set and the results recomputed in
milliseconds, so the property tests type many inputs into one loaded workbook. Two adjustments:

* ROUND as spreadsheets compute it: Excel and LibreOffice Calc compute in binary floating point and
  their ROUND(x, n) first takes the double to 15 significant digits, then rounds half away from zero:
  ROUND(35640215.41*50/100, 2) is 17820107.71 in LibreOffice (checked with soffice, docs/workbook.md),
  although the double is a hair below the half. pycel's own ROUND reads the double's shortest repr.
* pycel 1.0b30 reads defined names through an attribute openpyxl 3.1 no longer has; `defined_names`
  below reads them through openpyxl 3.1's mapping (the same destinations).
"""

from __future__ import annotations

import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from pycel.lib.function_helpers import excel_math_func

_patched = False


@excel_math_func
def round_(number, num_digits=0):
    """ROUND: 15 significant digits, then half away from zero (this module is a pycel plugin)."""
    q = Decimal(1).scaleb(-int(num_digits))
    return float(Decimal(format(float(number), ".15g")).quantize(q, rounding=ROUND_HALF_UP))


def _defined_names(self):
    if self.workbook is not None and self._defined_names is None:
        self._defined_names = {}
        for name, defined in self.workbook.defined_names.items():
            destinations = [(alias, sheet) for sheet, alias in defined.destinations if sheet in self.workbook]
            if destinations:
                self._defined_names[str(name)] = destinations
    return self._defined_names


def _patch() -> None:
    global _patched
    if not _patched:
        from pycel import excelwrapper

        excelwrapper.ExcelOpxWrapper.defined_names = property(_defined_names)
        _patched = True


class Evaluated:
    """A workbook's formulas, loaded once; `calculate(inputs)` sets some cells and the results follow."""

    def __init__(self, data: bytes, name: str = "book.xlsx"):
        from pycel import ExcelCompiler

        _patch()
        path = Path(tempfile.mkdtemp(prefix="wb-eval-")) / name
        path.write_bytes(data)
        self.xl = ExcelCompiler(filename=str(path), plugins=(__name__,))

    @staticmethod
    def address(sheet: str, cell: str) -> str:
        return "'" + sheet.replace("'", "''") + "'!" + cell

    def calculate(self, inputs: dict[tuple[str, str], object]) -> None:
        """Type the values into the cells (None: empty the cell)."""
        for (sheet, cell), value in inputs.items():
            address = self.address(sheet, cell)
            self.xl.evaluate(address)  # in the model's cell map before it is set
            # pycel does not take None for "empty"; the empty text is what an emptied cell is to every formula
            # here (they test ISNUMBER before using an input)
            self.xl.set_value(address, "" if value is None else value)

    def get(self, sheet: str, cell: str):
        return self.xl.evaluate(self.address(sheet, cell))


def cents(value) -> Decimal:
    """A computed figure to the cent, as the spreadsheet shows it (15 significant digits, half up)."""
    return Decimal(format(float(value), ".15g")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
