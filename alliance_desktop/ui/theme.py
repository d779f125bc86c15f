"""Colours, fonts and spacing in one place, so views never hard-code them."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from ..core import palette

# Three palettes of the same tokens (View > Palette; presentation mode): "light" is the calm blue-grey
# one that reads well on a screen, "contrast" a high-contrast light one for a washed-out projector, "dark"
# for a dim meeting room. The chart colours (phase kinds, parties, traffic lights) of each stay apart for
# colour-blind viewers (deuteranopia and protanopia simulated in tests/ui/test_palettes.py) and stand out
# from the background. Views read the tokens below when they build or paint, never copy them at import.
PALETTES = palette.PALETTES

_TOKENS: dict[str, dict] = palette.TOKENS  # the one table, Qt-free: the PDF report prints with it too

# The tokens in use, as module names the views read (use_palette sets them; "light" at import).
ACCENT = ACCENT_LIGHT = ACCENT_HOVER = ON_ACCENT = HIGHLIGHT = ON_HIGHLIGHT = SIDEBAR = SIDEBAR_TEXT = \
    SIDEBAR_SELECTED = SIDEBAR_MARK = SURFACE = BACKGROUND = ALTERNATE = BUTTON = TOOLTIP = TEXT = MUTED = \
    BORDER = NEUTRAL = FILL_MUTED = GOOD = WARN = BAD = BANNER = ERROR_FILL = ON_FILL = INCLUDED_FILL = \
    OPTION_FILL = TODAY = WEEKEND = HOLIDAY = BAND = GRID_MINOR = GRID_MAJOR = HEADER_BG = ""
ROLE_COLOURS: dict[str, str] = {}  # party role -> colour (views and charts; reports have their own)
PHASE_COLOURS: dict[str, str] = {}  # timeline phase kind -> colour

_active = "light"
_listeners: list = []


colours = palette.colours  # the tokens of a palette (a copy); an unknown name gives "light"


def palette_name() -> str:
    """The palette in use: one of PALETTES."""
    return _active


def on_palette_change(callback) -> None:
    """Call `callback()` after every switch of palette (drawn views' colour tables refresh themselves)."""
    _listeners.append(callback)


def use_palette(name: str) -> None:
    """Make `name` the palette the module's tokens hold (the dicts change in place, so a reference
    kept to ROLE_COLOURS or PHASE_COLOURS follows). Widgets built afterwards and every later paint
    use it; built widgets keep the colours they were given (the window rebuilds its views)."""
    global _active
    _active = name if name in PALETTES else "light"
    for key, value in _TOKENS[_active].items():
        if isinstance(value, dict):
            target = globals().setdefault(key, {})
            target.clear()
            target.update(value)
        else:
            globals()[key] = value
    for callback in tuple(_listeners):
        callback()


def qpalette(name: str | None = None) -> QPalette:
    """Qt's palette for palette `name` (the one in use by default): windows, editors, buttons, selections."""
    t = _TOKENS.get(name or _active, _TOKENS["light"])
    pal = QPalette()
    role = QPalette.ColorRole
    for r, token in ((role.Window, "BACKGROUND"), (role.Base, "SURFACE"), (role.AlternateBase, "ALTERNATE"),
                     (role.Text, "TEXT"), (role.WindowText, "TEXT"), (role.Button, "BUTTON"),
                     (role.ButtonText, "TEXT"), (role.Highlight, "HIGHLIGHT"), (role.HighlightedText, "ON_HIGHLIGHT"),
                     (role.ToolTipBase, "TOOLTIP"), (role.ToolTipText, "TEXT"), (role.PlaceholderText, "MUTED"),
                     (role.Link, "ACCENT"), (role.BrightText, "ON_ACCENT")):
        pal.setColor(r, QColor(t[token]))
    if name == "dark" or (name is None and _active == "dark"):
        # Fusion draws bevels and frames from these; its defaults are for a light window.
        button = QColor(t["BUTTON"])
        pal.setColor(role.Light, button.lighter(140))
        pal.setColor(role.Midlight, button.lighter(115))
        pal.setColor(role.Mid, button.darker(130))
        pal.setColor(role.Dark, button.darker(170))
        pal.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(disabled, r, QColor(t["MUTED"]))
    return pal


def apply_palette(target, name: str) -> None:
    """Use palette `name` (see `use_palette`) and give its Qt palette to `target`: the QApplication
    (the whole app) or one widget and its children (a presentation window)."""
    use_palette(name)
    target.setPalette(qpalette(name))


use_palette("light")

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


def icon_ratio() -> float:
    """The device-pixel ratio to draw a small icon's pixmap at: the screen's, rounded up, and at least 2
    (crisp at Windows' 100, 150 and 200 % scaling, and when a window moves to a sharper screen)."""
    app = QApplication.instance()
    return float(max(2, math.ceil(app.devicePixelRatio() if app is not None else 1.0)))


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
    app.setPalette(qpalette())


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
        f" QListWidget::item:selected {{ background: {SIDEBAR_SELECTED}; border-left: 4px solid {SIDEBAR_MARK};"
        f" color: {SIDEBAR_TEXT}; }}")


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
        f"QPushButton {{ background: {ACCENT}; color: {ON_ACCENT}; border-radius: 4px; padding: 8px 16px;"
        f" font-weight: bold; }} QPushButton:hover {{ background: {ACCENT_HOVER}; }}"
        f" QPushButton:disabled {{ background: {BORDER}; color: {MUTED}; }}")
    return button
