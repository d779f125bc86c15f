"""The one JSON writer of the core: Decimals written as JSON numbers from their own digits, never through float.

`export-json` (interchange.dumps) and `settle --json` (settlement.settlement_json_text) both write through it,
each with its own way of writing a number (`number`). Otherwise the text is exactly
`json.dumps(value, ensure_ascii=False, indent=indent)`; a float is refused, so no figure is ever rounded
through binary floating point.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any


def write(value: Any, number: Callable[[Decimal], str], indent: int = 2) -> str:
    """`value` as indented JSON text (no final newline), each Decimal written by `number`."""

    def text(x: Any, depth: int) -> str:
        if isinstance(x, Decimal):
            return number(x)
        if isinstance(x, dict):
            if not x:
                return "{}"
            pad = "\n" + " " * (indent * (depth + 1))
            items = (json.dumps(str(k), ensure_ascii=False) + ": " + text(y, depth + 1) for k, y in x.items())
            return "{" + pad + ("," + pad).join(items) + "\n" + " " * (indent * depth) + "}"
        if isinstance(x, list | tuple):
            if not x:
                return "[]"
            pad = "\n" + " " * (indent * (depth + 1))
            return "[" + pad + ("," + pad).join(text(y, depth + 1) for y in x) + "\n" + " " * (indent * depth) + "]"
        if isinstance(x, float):
            raise TypeError("numbers are written from Decimals, not floats")
        return json.dumps(x, ensure_ascii=False)

    return text(value, 0)
