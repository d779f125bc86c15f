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

# ---------------------------------------------------------------- palette (timeline only; shared colours from theme)

KIND_COLOURS = {
    "strategy": theme.ACCENT,
    "tendering": "#2e7d6b",
    "development": "#7a4f9a",
    "service": "#b5651d",
    "other": theme.MUTED,
    "step": theme.ACCENT,
}
MILESTONE_COLOUR = theme.SIDEBAR
DEADLINE_COLOUR = theme.BAD
EVENT_COLOUR = "#2e7d6b"
GATE_COLOURS = {"pending": theme.WARN, "": theme.WARN, "go": theme.GOOD, "withdraw": theme.BAD}
TODAY_COLOUR = "#d0342c"
WEEKEND_COLOUR = "#eef1f5"
HOLIDAY_COLOUR = "#fbe7e4"
BAND_COLOUR = "#f7f9fb"
SELECTED_BAND = theme.ACCENT_LIGHT
GRID_MINOR = "#e6eaee"
GRID_MAJOR = "#c3ccd5"
HEADER_BG = "#f3f5f7"

WHITE = QColor("#ffffff")
TEXT = QColor(theme.TEXT)
MUTED = QColor(theme.MUTED)
RED_TEXT = QColor(theme.BAD)
WEEKEND = QColor(WEEKEND_COLOUR)
HOLIDAY = QColor(HOLIDAY_COLOUR)
BAND = QColor(BAND_COLOUR)
SELECTED = QColor(SELECTED_BAND)
SURFACE = QColor(theme.SURFACE)
PEN_MINOR = QPen(QColor(GRID_MINOR), 1)
PEN_MAJOR = QPen(QColor(GRID_MAJOR), 1)
PEN_BORDER = QPen(QColor(theme.BORDER), 1)

HEADER_H = 44  # two rows of the scale
TODAY_H = 22
LEGEND_H = 34
TITLE_H = 56
HANDLE = 6  # px at each end of a bar that resize it
BAR_PAD = 5


def phase_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, theme.MUTED))


def tint(colour: QColor, amount: float) -> QColor:
    """The colour mixed with white (amount 0: the colour, 1: white): calm fills for steps and periods."""
    return QColor(round(colour.red() + (255 - colour.red()) * amount),
                  round(colour.green() + (255 - colour.green()) * amount),
                  round(colour.blue() + (255 - colour.blue()) * amount))


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
            p.setBrush(QColor("#ffffff"))
        p.drawPolygon(diamond(c, r))
        pen = QPen(QColor("#ffffff") if state in ("go", "withdraw") else colour, 1.8)
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
    p.setPen(QPen(QColor("#ffffff"), 1.6))
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


def paint_legend(p: QPainter, rect: QRectF, font: QFont) -> None:
    """One line of symbols and words, left to right, vertically centred in `rect`."""
    p.save()
    p.setFont(font)
    fm = QFontMetricsF(font)
    x = rect.left() + 8
    cy = rect.center().y()
    for sym, text in legend_entries():
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


def legend_width(font: QFont) -> float:
    fm = QFontMetricsF(font)
    extra = {"phase": 32, "step": 32, "today": 14, "warning": 18, "gate_ends": 28}
    return 16 + sum(extra.get(s, 22) + fm.horizontalAdvance(t) + 18 for s, t in legend_entries())
