"""Evaluate an exported workbook's formulas with an independent Python formula engine (`formulas`).

Spreadsheets compute in binary floating point, and Excel's and LibreOffice Calc's ROUND(x, n) first takes
the double to 15 significant digits, then rounds half away from zero: ROUND(35640215.41*50/100, 2) is
17820107.71 in LibreOffice (checked with `soffice --convert-to csv`, docs/workbook.md), although the
double 17820107.705 is a hair below the half. The `formulas` package rounds the binary value itself
(17820107.70), so its ROUND is replaced here by the spreadsheet's rule; every other function is its own.
"""

from __future__ import annotations

import os
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

_patched = False


def spreadsheet_round(x, digits):
    q = Decimal(1).scaleb(-int(digits))
    return float(Decimal(format(float(x), ".15g")).quantize(q, rounding=ROUND_HALF_UP))


def _patch() -> None:
    global _patched
    if _patched:
        return
    import formulas.functions.math as fmath
    from formulas.functions import wrap_ufunc

    fmath.FUNCTIONS["ROUND"] = wrap_ufunc(spreadsheet_round)
    import tqdm  # the loader's progress bar: no monitor thread outliving a test, no output

    tqdm.tqdm.monitor_interval = 0
    os.environ["TQDM_DISABLE"] = "1"
    _patched = True


class Evaluated:
    """A workbook's formulas, loaded once; `calculate(inputs)` recomputes with some cells changed."""

    def __init__(self, data: bytes, name: str = "book.xlsx"):
        import formulas

        _patch()
        self.name = name
        folder = tempfile.mkdtemp(prefix="wb-eval-")
        path = Path(folder) / name
        path.write_bytes(data)
        self.model = formulas.ExcelModel().loads(str(path)).finish()
        self.values = self._read(self.model.calculate())

    def key(self, sheet: str, cell: str) -> str:
        """A cell's node in the model (the book's name as given, the sheet in capitals)."""
        return f"'[{self.name}]{sheet.upper()}'!{cell.upper()}"

    @staticmethod
    def _read(solution) -> dict[str, object]:
        out = {}
        for k, v in solution.items():
            value = getattr(v, "value", v)
            try:
                value = value[0][0]
            except (TypeError, IndexError, KeyError):
                pass
            out[k] = value
        return out

    def calculate(self, inputs: dict[tuple[str, str], object]) -> dict[str, object]:
        import numpy as np
        from formulas.functions import Array
        from schedula import EMPTY

        empty = np.array([[EMPTY]], dtype=object).view(Array)  # an empty cell, as the model reads one
        given = {self.key(s, c): (empty if v is None else v) for (s, c), v in inputs.items()}
        self.values = self._read(self.model.calculate(inputs=given))
        return self.values

    def get(self, sheet: str, cell: str):
        value = self.values.get(self.key(sheet, cell))
        if hasattr(value, "item"):  # numpy scalars
            value = value.item()
        return value


def cents(value) -> Decimal:
    """A computed figure to the cent, as the spreadsheet shows it (15 significant digits, half up)."""
    return Decimal(format(float(value), ".15g")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
