"""Small shared pieces of the chains view: colours per provider kind, money text, fields that commit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ... import i18n
from ...core.formatting import format_money, format_number, format_percent
from .. import theme



# Provider kinds share the party-role colours: own production is the buyer's colour, partners the producers'.
KIND_COLOURS = {
    "own": theme.ROLE_COLOURS["buyer"],
    "partner": theme.ROLE_COLOURS["producer"],
    "subcontractor": theme.ROLE_COLOURS["subcontractor"],
    "support_service": theme.ROLE_COLOURS["support_service"],
}

# Scope matrix cells: background, text.
SCOPE_COLOURS = {
    "included": ("#d6ecd8", theme.GOOD),
    "option": ("#fbe7c2", theme.WARN),
    "excluded": ("#eceff2", theme.MUTED),
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, theme.MUTED))


def tint(colour: QColor, amount: float) -> QColor:
    """The colour mixed with white: amount 0 = the colour, 1 = white."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return QColor(round(r + (255 - r) * amount), round(g + (255 - g) * amount), round(b + (255 - b) * amount))


def money(value: Decimal, decimals: int = 0) -> str:
    """Euros in the current language (1 234 567 € / €1,234,567), negatives with a minus sign."""
    return format_money(value, i18n.language(), decimals)


def signed_money(value: Decimal) -> str:
    text = money(value)
    rounded = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return "+" + text if rounded > 0 else text


def percent(value: Decimal) -> str:
    return format_percent(value, 1, i18n.language())


def number(value: Decimal) -> str:
    """A volume: as many decimals as it has (4 000 / 2,5)."""
    return format_number(value, None, i18n.language())


def edit_money(value: Decimal) -> str:
    """A unit cost as text to edit: cents only when there are any (2 400 / 9,20)."""
    d = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format_number(d, 0 if d == d.to_integral_value() else 2, i18n.language())


scaled_font = theme.scaled_font  # one definition, in the theme


def invalid_style() -> str:
    """Style sheet for fields refusing their input (set on the panel holding them)."""
    return (f"QLineEdit[invalid=\"true\"] {{ border: 2px solid {theme.BAD}; background: #fdecea; }}"
            f" QLabel#fieldError {{ color: {theme.BAD}; }}")


ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
