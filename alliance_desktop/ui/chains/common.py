"""Small shared pieces of the chains view: colours per provider kind, money text, fields that commit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ... import i18n
from ...core.formatting import format_money, format_number, format_percent
from .. import theme



# Provider kinds share the party-role colours: own production is the buyer's colour, partners the producers'.
# Scope matrix cells: background, text. Both follow the palette in use (changed in place).
KIND_COLOURS: dict[str, str] = {}
SCOPE_COLOURS: dict[str, tuple[str, str]] = {}


def _use_palette() -> None:
    roles = theme.ROLE_COLOURS
    KIND_COLOURS.update(own=roles["buyer"], partner=roles["producer"], subcontractor=roles["subcontractor"],
                        support_service=roles["support_service"])
    SCOPE_COLOURS.update(included=(theme.INCLUDED_FILL, theme.GOOD), option=(theme.OPTION_FILL, theme.WARN),
                         excluded=(theme.FILL_MUTED, theme.MUTED))


_use_palette()
theme.on_palette_change(_use_palette)


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, theme.MUTED))


def tint(colour: QColor, amount: float) -> QColor:
    """The colour mixed with the surface (white on the light palettes): amount 0 = the colour, 1 = the surface."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    base = QColor(theme.SURFACE)
    return QColor(round(r + (base.red() - r) * amount), round(g + (base.green() - g) * amount),
                  round(b + (base.blue() - b) * amount))


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
    return (f"QLineEdit[invalid=\"true\"] {{ border: 2px solid {theme.BAD}; background: {theme.ERROR_FILL}; }}"
            f" QLabel#fieldError {{ color: {theme.BAD}; }}")


ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
