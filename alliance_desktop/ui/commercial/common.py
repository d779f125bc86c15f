"""Small shared pieces of the commercial view: trying an edit, money text, cards."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ... import i18n
from ...core.formatting import format_number
from .. import theme
from ..widgets import Card  # noqa: F401 - the views import it from here


def _decimals(value: Decimal, decimals: int | None) -> int:
    """None: cents only when there are any, so a result reads exactly as settled (304 162,50 €, 900 000 €)."""
    if decimals is not None:
        return decimals
    cents = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return 0 if cents == cents.to_integral_value() else 2


def money(value: Decimal, decimals: int | None = None) -> str:
    """Euros in the current locale (1 234 567 € / €1,234,567); negatives with a minus sign, never in brackets."""
    decimals = _decimals(value, decimals)
    loc = QLocale()
    text = loc.toCurrencyString(abs(float(value)), "€", decimals)
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return loc.negativeSign() + text if rounded < 0 else text


def money_exact(value: Decimal) -> str:
    """Euros with cents, e.g. for tooltips."""
    return money(value, 2)


def signed_money(value: Decimal, decimals: int | None = None) -> str:
    decimals = _decimals(value, decimals)
    text = money(value, decimals)
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return ("+" + text) if rounded > 0 else text


def edit_number(value: Decimal) -> str:
    """A money amount as the text to edit: grouped, cents only when there are any (54 000 000 / 1 234,50)."""
    d = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    decimals = 0 if d == d.to_integral_value() else 2
    return format_number(d, decimals, i18n.language())


def percent_text(value: Decimal) -> str:
    """A percentage to edit: as many decimals as needed ("5", "2,5")."""
    return format_number(value, None, i18n.language())


scaled_font = theme.scaled_font  # one definition, in the theme




RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CLEAR = QColor(0, 0, 0, 0)


def set_items_point_size(table, size: float) -> None:
    """Every item of a QTableWidget at `size` points, its bold and italic kept (a table's text size step)."""
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is not None:
                font = item.font()
                font.setPointSizeF(size)
                item.setFont(font)


class Cells:
    """Sets a table's cells, touching only what changed since the last time.

    Every change to an item makes the view re-layout (and with sizes fitted to contents, measure
    every cell again), so a refresh that rewrites unchanged cells costs many milliseconds per edit.
    """

    def __init__(self, table: QTableWidget):
        self.table = table
        self.state: dict[tuple[int, int], tuple] = {}
        self._fonts: dict[tuple[bool, bool], QFont] = {}

    def clear(self) -> None:
        self.state.clear()

    def font(self, bold: bool, italic: bool) -> QFont:
        key = (bold, italic)
        if key not in self._fonts:
            f = QFont(self.table.font())
            f.setBold(bold)
            f.setItalic(italic)
            self._fonts[key] = f
        return self._fonts[key]

    def set(self, row: int, col: int, text: str, *, tooltip: str = "", colour: str | None = None,
            bold: bool = False, italic: bool = False, background: str | None = None, align=RIGHT,
            flags: Qt.ItemFlag | None = None, data: tuple = (), kind: type = QTableWidgetItem) -> QTableWidgetItem:
        """`data`: ((role, value), ...) stored on the item as well. `kind`: the item's class (a subclass of
        QTableWidgetItem); an item of another class in the cell is replaced."""
        item = self.table.item(row, col)
        if item is None or type(item) is not kind:
            # A new item is made whole before it goes into the table: each setter on an item in the table
            # tells the model and its views (issue 16: 30 000 dataChanged signals at the 64x first visit).
            item = kind()
            self.state.pop((row, col), None)
            self._apply(item, None, text, tooltip, colour, bold, italic, background, align, flags, data)
            self.table.setItem(row, col, item)
            self.state[(row, col)] = (text, tooltip, colour, bold, italic, background, align, flags, data)
            return item
        new = (text, tooltip, colour, bold, italic, background, align, flags, data)
        old = self.state.get((row, col))
        if old == new:
            return item
        self._apply(item, old, *new)
        self.state[(row, col)] = new
        return item

    def _apply(self, item: QTableWidgetItem, old: tuple | None, text: str, tooltip: str, colour: str | None,
               bold: bool, italic: bool, background: str | None, align, flags: Qt.ItemFlag | None,
               data: tuple) -> None:
        """Set what differs from `old` (None: everything)."""
        o = old or (None,) * 9
        if o[0] != text:
            item.setText(text)
        if o[1] != tooltip:
            item.setToolTip(tooltip)
        if o[2] != colour or old is None:
            item.setForeground(QColor(colour or theme.TEXT))
        if (o[3], o[4]) != (bold, italic) or old is None:
            item.setFont(self.font(bold, italic))
        if o[5] != background or old is None:
            item.setBackground(QColor(background) if background else _CLEAR)
        if o[6] != align:
            item.setTextAlignment(align)
        if flags is not None and o[7] != flags:
            item.setFlags(flags)
        if o[8] != data:
            for role, value in data:
                item.setData(role, value)
