"""Colours, fonts and spacing in one place, so views never hard-code them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

# A calm blue-grey palette that reads well on a projector.
ACCENT = "#1f5f8b"
ACCENT_LIGHT = "#dbe9f4"
SIDEBAR = "#17324a"
SIDEBAR_TEXT = "#e8f0f7"
SURFACE = "#ffffff"
BACKGROUND = "#f3f5f7"
TEXT = "#1b2733"
MUTED = "#5c6b7a"
BORDER = "#d5dce3"
GOOD = "#2e7d32"
WARN = "#b26a00"
BAD = "#c62828"
BANNER = "#fff4d6"

# Party roles and providers share one colour scheme across views and reports.
ROLE_COLOURS = {
    "buyer": "#1f5f8b",
    "producer": "#2e7d6b",
    "subcontractor": "#8a5a9e",
    "support_service": "#c07a2c",
    "association": "#6b7b8c",
    "staff": "#b0473f",
}

NORMAL_POINT_SIZE = 10
BASE_POINT_SIZE = NORMAL_POINT_SIZE  # the text size now: larger for a projector (View > Text size)
TEXT_SIZES = (100, 115, 130)  # percent of the normal size (larger crowds the timeline on 1600 px)


def set_text_size(app: QApplication, percent: int) -> None:
    """Scale every text of the app (fonts are made from BASE_POINT_SIZE; views are rebuilt after this)."""
    global BASE_POINT_SIZE
    BASE_POINT_SIZE = NORMAL_POINT_SIZE * (percent if percent in TEXT_SIZES else 100) / 100
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)


def text_size() -> int:
    return round(BASE_POINT_SIZE * 100 / NORMAL_POINT_SIZE)


def text_scale() -> float:
    """1.0 at the normal text size, 1.3 at 130 %: for pixel sizes that must grow with the text."""
    return BASE_POINT_SIZE / NORMAL_POINT_SIZE
SPACING = 12


def colour(name: str) -> QColor:
    return QColor(name)


def scaled_font(factor: float = 1.0, bold: bool = False) -> QFont:
    """The application font at `factor` times the base size (presentation mode scales the base)."""
    f = QFont(QApplication.font())
    f.setPointSizeF(BASE_POINT_SIZE * factor)
    f.setBold(bold)
    return f


def heading_font(scale: float = 1.6) -> QFont:
    return scaled_font(scale, bold=True)


def apply(app: QApplication) -> None:
    """Font and palette for the whole application (its style, Fusion, is set by app.create_application).

    No application-wide style sheet: with one, Qt routes every widget's polish and paint through
    its style-sheet engine, which doubled the time to build and paint the first view. The few
    widgets that need a style sheet get their own (see `navigation`, `primary`, `banner`)."""
    set_text_size(app, text_size())
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor("#e9edf1"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    app.setPalette(pal)


# ---------------------------------------------------------------- text roles
# Each sets a label's colour and font directly (palette and QFont), so no style sheet is involved.

def set_colour(widget: QWidget, colour_name: str) -> QWidget:
    """The widget's text colour (WindowText: labels; Text: editors)."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colour_name))
    pal.setColor(QPalette.ColorRole.Text, QColor(colour_name))
    widget.setPalette(pal)
    return widget


def set_background(widget: QWidget, colour_name: str) -> QWidget:
    """Fill the widget's background with a colour (a scroll area's viewport, for instance)."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(colour_name))
    widget.setPalette(pal)
    widget.setAutoFillBackground(True)
    return widget


def muted(label: QLabel) -> QLabel:
    """Secondary text: hints, notes, the small line under a big number."""
    return set_colour(label, MUTED)


def error_text(label: QLabel) -> QLabel:
    """A message about what went wrong."""
    return set_colour(label, BAD)


def view_title(label: QLabel) -> QLabel:
    """The title at the top of a view."""
    label.setFont(scaled_font(1.8, bold=True))
    return label


def big_number(label: QLabel) -> QLabel:
    """A headline figure on a card."""
    label.setFont(scaled_font(2.0, bold=True))
    return set_colour(label, ACCENT)


def card_title(label: QLabel) -> QLabel:
    """The small upper-case title of a card."""
    font = scaled_font(0.9, bold=True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    label.setFont(font)
    return set_colour(label, MUTED)


# ---------------------------------------------------------------- widgets with their own style sheet
# A style sheet set on one widget costs only for that widget and its children.

def navigation(widget: QWidget) -> None:
    """The dark side bar listing the views."""
    widget.setStyleSheet(
        f"QListWidget {{ background: {SIDEBAR}; color: {SIDEBAR_TEXT}; border: none; font-size: {BASE_POINT_SIZE * 1.2:g}pt;"
        f" padding-top: 8px; qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }}"
        f" QListWidget::item {{ padding: 10px 10px; border-left: 4px solid transparent; }}"
        f" QListWidget::item:selected {{ background: #24496a; border-left: 4px solid #7fb8e6; color: white; }}")


def banner(label: QLabel) -> QLabel:
    """A pale-yellow notice across the top of the window (a read-only file)."""
    label.setStyleSheet(f"QLabel {{ background: {BANNER}; color: {TEXT}; padding: 6px 12px;"
                        f" border-bottom: 1px solid {BORDER}; }}")
    return label


def roomy_buttons(widget: QWidget) -> None:
    """Buttons stacked in a panel read as a list of choices: roomy and left-aligned."""
    widget.setStyleSheet("QPushButton { padding: 8px 14px; text-align: left; }")


def primary(button: QPushButton) -> QPushButton:
    """The one button of a screen that does the main thing."""
    button.setStyleSheet(
        f"QPushButton {{ background: {ACCENT}; color: white; border-radius: 4px; padding: 8px 16px;"
        f" font-weight: bold; }} QPushButton:hover {{ background: #2a75a8; }}"
        f" QPushButton:disabled {{ background: {BORDER}; color: {MUTED}; }}")
    return button
