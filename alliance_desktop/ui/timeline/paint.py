"""The timeline's painting helpers: its palette and sizes, the symbols (shared by the canvas, the
table, the legend and the exported pictures), the legend itself.

Painted once here, so the picture on a slide, the table's icons and the screen agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)

from .. import theme

# ---------------------------------------------------------------- palette (from the theme's palette in use)
# The dicts and the QColor / QPen objects are changed in place when the palette changes (items.py holds them
# by name); the str constants are read at paint time here.

KIND_COLOURS: dict[str, str] = {}
GATE_COLOURS: dict[str, str] = {}
MILESTONE_COLOUR = DEADLINE_COLOUR = EVENT_COLOUR = ""
TODAY_COLOUR, HEADER_BG = QColor(), QColor()  # QColor(x) copies them where they are used

WHITE = QColor()  # the words on a phase's bar (white on the light palettes' bars, dark on the dark one's)
TEXT, MUTED, RED_TEXT = QColor(), QColor(), QColor()
WEEKEND, HOLIDAY, BAND, SELECTED, SURFACE = QColor(), QColor(), QColor(), QColor(), QColor()
PEN_MINOR, PEN_MAJOR, PEN_BORDER = QPen(), QPen(), QPen()


def _use_palette() -> None:
    global MILESTONE_COLOUR, DEADLINE_COLOUR, EVENT_COLOUR
    KIND_COLOURS.clear()
    KIND_COLOURS.update(theme.PHASE_COLOURS, step=theme.ACCENT)
    GATE_COLOURS.clear()
    GATE_COLOURS.update({"pending": theme.WARN, "": theme.WARN, "go": theme.GOOD, "withdraw": theme.BAD})
    MILESTONE_COLOUR = theme.SIDEBAR if theme.palette_name() != "dark" else theme.TEXT
    DEADLINE_COLOUR = theme.BAD
    EVENT_COLOUR = theme.PHASE_COLOURS["tendering"]
    for colour, token in ((TODAY_COLOUR, theme.TODAY), (HEADER_BG, theme.HEADER_BG), (WHITE, theme.ON_FILL),
                          (TEXT, theme.TEXT), (MUTED, theme.MUTED), (RED_TEXT, theme.BAD),
                          (WEEKEND, theme.WEEKEND), (HOLIDAY, theme.HOLIDAY), (BAND, theme.BAND),
                          (SELECTED, theme.ACCENT_LIGHT), (SURFACE, theme.SURFACE)):
        colour.setRgba(QColor(token).rgba())
    for pen, token in ((PEN_MINOR, theme.GRID_MINOR), (PEN_MAJOR, theme.GRID_MAJOR), (PEN_BORDER, theme.BORDER)):
        pen.setColor(QColor(token))
        pen.setWidth(1)


_use_palette()
theme.on_palette_change(_use_palette)

HEADER_H = 44  # two rows of the scale
TODAY_H = 22
LEGEND_H = 34
TITLE_H = 56
HANDLE = 6  # px at each end of a bar that resize it
BAR_PAD = 5


def phase_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, theme.MUTED))


def tint(colour: QColor, amount: float) -> QColor:
    """The colour mixed with the background (amount 0: the colour, 1: the surface, white on the light
    palettes): calm fills for steps and periods."""
    base = SURFACE
    return QColor(round(colour.red() + (base.red() - colour.red()) * amount),
                  round(colour.green() + (base.green() - colour.green()) * amount),
                  round(colour.blue() + (base.blue() - colour.blue()) * amount))


scaled_font = theme.scaled_font  # one definition, in the theme


# ---------------------------------------------------------------- symbols (shared with the legend)


def diamond(center: QPointF, r: float) -> QPolygonF:
    return QPolygonF([QPointF(center.x(), center.y() - r), QPointF(center.x() + r, center.y()),
                      QPointF(center.x(), center.y() + r), QPointF(center.x() - r, center.y())])


def draw_symbol(p: QPainter, kind: str, center: QPointF, size: float, state: str = "",
                ends_alliance: bool = False) -> None:
    """A marker's symbol: milestone ●, deadline ▼, event ■, decision gate ◆ (coloured by its state)."""
    p.save()
    r = size / 2
    c = center
    if kind == "gate":
        r = size * 0.62
        if ends_alliance:  # a second, red outline: withdrawing here ends the alliance
            p.setPen(QPen(QColor(theme.BAD), 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(diamond(c, r + 3.5))
        colour = QColor(GATE_COLOURS.get(state, theme.WARN))
        if state in ("go", "withdraw"):
            p.setPen(QPen(colour.darker(130), 1.4))
            p.setBrush(colour)
        else:
            p.setPen(QPen(colour, 2.0))
            p.setBrush(SURFACE)
        p.drawPolygon(diamond(c, r))
        pen = QPen(QColor(theme.SURFACE) if state in ("go", "withdraw") else colour, 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        k = r * 0.38
        if state == "go":
            p.drawPolyline(QPolygonF([QPointF(c.x() - k, c.y()), QPointF(c.x() - k * 0.2, c.y() + k * 0.8),
                                      QPointF(c.x() + k, c.y() - k * 0.8)]))
        elif state == "withdraw":
            p.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k))
            p.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k))
        else:
            p.setBrush(colour)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(c, 1.8, 1.8)
    elif kind == "deadline":
        p.setPen(QPen(QColor(DEADLINE_COLOUR).darker(120), 1))
        p.setBrush(QColor(DEADLINE_COLOUR))
        p.drawPolygon(QPolygonF([QPointF(c.x() - r, c.y() - r * 0.8), QPointF(c.x() + r, c.y() - r * 0.8),
                                 QPointF(c.x(), c.y() + r)]))
    elif kind == "event":
        p.setPen(QPen(QColor(EVENT_COLOUR).darker(120), 1))
        p.setBrush(QColor(EVENT_COLOUR))
        p.drawRoundedRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.8, r * 1.6, r * 1.6), 2, 2)
    else:
        p.setPen(QPen(QColor(MILESTONE_COLOUR), 1))
        p.setBrush(QColor(MILESTONE_COLOUR))
        p.drawEllipse(c, r * 0.8, r * 0.8)
    p.restore()


def draw_warning_badge(p: QPainter, center: QPointF, size: float = 13) -> None:
    """A small amber triangle with "!"."""
    p.save()
    h = size
    tri = QPolygonF([QPointF(center.x(), center.y() - h / 2), QPointF(center.x() + h / 2, center.y() + h / 2),
                     QPointF(center.x() - h / 2, center.y() + h / 2)])
    p.setPen(QPen(QColor(theme.WARN).darker(115), 1))
    p.setBrush(QColor(theme.WARN))
    p.drawPolygon(tri)
    p.setPen(QPen(QColor(theme.SURFACE), 1.6))
    p.drawLine(QPointF(center.x(), center.y() - h * 0.15), QPointF(center.x(), center.y() + h * 0.2))
    p.drawPoint(QPointF(center.x(), center.y() + h * 0.36))
    p.restore()


def legend_entries() -> list[tuple[str, str]]:
    """(symbol id, text) in legend order."""
    return [
        ("phase", QCoreApplication.translate("Timeline", "Phase")),
        ("step", QCoreApplication.translate("Timeline", "Step")),
        ("milestone", QCoreApplication.translate("Timeline", "Milestone")),
        ("deadline", QCoreApplication.translate("Timeline", "Deadline")),
        ("event", QCoreApplication.translate("Timeline", "Event")),
        ("gate", QCoreApplication.translate("Timeline", "Decision gate")),
        ("gate_go", QCoreApplication.translate("Timeline", "Go")),
        ("gate_withdraw", QCoreApplication.translate("Timeline", "Withdraw")),
        ("gate_ends", QCoreApplication.translate("Timeline", "Withdrawal ends the alliance")),
        ("today", QCoreApplication.translate("Timeline", "Today")),
        ("warning", QCoreApplication.translate("Timeline", "Warning")),
    ]


def paint_legend(p: QPainter, rect: QRectF, font: QFont, entries: list[tuple[str, str]] | None = None) -> None:
    """One line of symbols and words (all of legend_entries(), or `entries`), left to right, vertically
    centred in `rect`."""
    p.save()
    p.setFont(font)
    fm = QFontMetricsF(font)
    x = rect.left() + 8
    cy = rect.center().y()
    for sym, text in legend_entries() if entries is None else entries:
        if sym in ("phase", "step"):
            colour = phase_colour("strategy")
            r = QRectF(x, cy - 6, 26, 12)
            if sym == "phase":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
            else:
                p.setPen(QPen(colour, 1))
                p.setBrush(tint(colour, 0.72))
            p.drawRoundedRect(r, 3, 3)
            x += 32
        elif sym == "today":
            p.setPen(QPen(QColor(TODAY_COLOUR), 2))
            p.drawLine(QPointF(x + 5, cy - 8), QPointF(x + 5, cy + 8))
            x += 14
        elif sym == "warning":
            draw_warning_badge(p, QPointF(x + 7, cy), 13)
            x += 18
        else:
            kind = "gate" if sym.startswith("gate") else sym
            state = {"gate_go": "go", "gate_withdraw": "withdraw"}.get(sym, "pending")
            ends = sym == "gate_ends"
            draw_symbol(p, kind, QPointF(x + (12 if ends else 9), cy), 13, state, ends)
            x += 28 if ends else 22
        p.setPen(QColor(theme.TEXT))
        w = fm.horizontalAdvance(text)
        p.drawText(QRectF(x, rect.top(), w + 2, rect.height()), Qt.AlignmentFlag.AlignVCenter, text)
        x += w + 18
        if x > rect.right():
            break
    p.restore()


def legend_width(font: QFont, entries: list[tuple[str, str]] | None = None) -> float:
    fm = QFontMetricsF(font)
    extra = {"phase": 32, "step": 32, "today": 14, "warning": 18, "gate_ends": 28}
    return 16 + sum(extra.get(s, 22) + fm.horizontalAdvance(t) + 18
                    for s, t in (legend_entries() if entries is None else entries))


def legend_rows(font: QFont, width: float) -> list[list[tuple[str, str]]]:
    """The legend's entries in as many lines as `width` needs (one where it fits)."""
    rows: list[list[tuple[str, str]]] = [[]]
    for entry in legend_entries():
        if rows[-1] and legend_width(font, rows[-1] + [entry]) > width:
            rows.append([])
        rows[-1].append(entry)
    return rows
