"""The Gantt canvas: a QGraphicsView over a scene of phase bars, markers and the service periods.

Rows, the date scale and the ticks come from the Qt-free `core.timeline`; this module paints
them and turns the mouse and keys into requests (select, drag, nudge, zoom). A drag is one
edit: while the button is down only the items move (a preview, the file is not touched); on
release the canvas emits `dragCommitted` once and the view applies one undoable edit.

The same scene, built without interaction (`build_scene(..., interactive=False)`), paints the
exported PNG and SVG, so the picture on a slide is the picture on the screen.
"""

from __future__ import annotations

import datetime as _dt
import html
from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from ...core import model as m
from ...core import timeline as tl
from .. import fmt, theme

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


# ---------------------------------------------------------------- shared state of one scene


@dataclass
class _Tick:
    x0: float
    x1: float
    label: str
    major: bool
    day_off: bool


@dataclass
class Context:
    """What every item of one scene needs: scale, fonts, the plan, warnings, selection.

    The scale's ticks and the days off are worked out once per scene (per zoom), so that a repaint
    during a drag only looks up the few that are visible.
    """

    plan: m.Plan
    scale: tl.Scale
    first: _dt.date  # the first and last day the scene covers
    last: _dt.date
    width: float
    rows_top: float
    rows_bottom: float
    today: _dt.date | None
    warnings: dict[tuple[str, str], list[tl.TimelineWarning]]
    interactive: bool = True
    read_only: bool = False
    k: float = 1.0  # heights, pads and symbols grow with the text size (see build_scene)
    selected: tuple[str, str] | None = None  # the current item (the inspector's)
    marked: frozenset[tuple[str, str]] = frozenset()  # every selected item, the current one too
    canvas: TimelineCanvas | None = None
    visible_left: float = 0.0  # for the header's sticky labels
    group_colours: dict[str, QColor] = field(default_factory=dict)
    font: QFont = field(default_factory=scaled_font)
    bold: QFont = field(default_factory=lambda: scaled_font(1.0, True))
    small: QFont = field(default_factory=lambda: scaled_font(0.9))

    def __post_init__(self) -> None:
        self.fm = QFontMetricsF(self.font)
        self.fm_bold = QFontMetricsF(self.bold)
        self.fm_small = QFontMetricsF(self.small)
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        ppd = self.scale.px_per_day
        self.unit = tl.choose_unit(ppd, self.fm_small.horizontalAdvance)
        ticks = tl.ticks(ppd, self.first, self.last, unit=self.unit)
        wide_days = self.unit == "day" and ppd >= self.fm_small.horizontalAdvance("ma 30") + 8
        x = self.scale.x
        self.lower = [_Tick(x(t.start), x(t.end),
                            f"{tl.weekday_short(t.start)} {t.label}" if wide_days else t.label,
                            t.major, self.unit == "day" and tl.is_day_off(t.start)) for t in ticks.lower]
        self.upper = [_Tick(x(t.start), x(t.end), t.label, True, False) for t in ticks.upper]
        self.lower_x = [t.x0 for t in self.lower]
        self.upper_x = [t.x0 for t in self.upper]
        self.days_off: list[tuple[float, QColor]] = []
        if ppd >= 4:  # weekends and public holidays, when a day is wide enough to see
            self.days_off = [(x(day), WEEKEND if what == "weekend" else HOLIDAY)
                             for day, what in tl.days_off(self.first, self.last)]
        self.days_off_x = [d[0] for d in self.days_off]

    def visible(self, xs: list[float], items: list, left: float, right: float) -> list:
        """The items (sorted by x0) that may show between left and right."""
        i = max(0, bisect_right(xs, left) - 1)
        j = bisect_right(xs, right)
        return items[i:j]


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _warning_html(ctx: Context, ident: tuple[str, str]) -> str:
    found = ctx.warnings.get(ident, [])
    return "".join(f"<br><span style='color:{theme.WARN}'>⚠ {_esc(w.message)}</span>" for w in found)


# ---------------------------------------------------------------- items


class _RowItem(QGraphicsItem):
    """An item that lives in one row and can be selected and dragged."""

    kind = ""

    def __init__(self, ctx: Context, row: tl.Row):
        super().__init__()
        self.ctx = ctx
        self.row = row
        self.key = row.key
        self.label_rect = QRectF()
        self._bounds = QRectF()
        if ctx.interactive:
            self.setAcceptHoverEvents(True)
        self.setZValue(2)

    @property
    def ident(self) -> tuple[str, str]:
        return (self.kind, self.key)

    @property
    def warned(self) -> bool:
        return self.ident in self.ctx.warnings

    @property
    def is_selected(self) -> bool:
        return self.ident == self.ctx.selected or self.ident in self.ctx.marked

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _place_label(self, left: float, right: float, width: float, inside_width: float | None = None) -> None:
        """Label inside the item when it fits (inside_width), else right of it, else left of it."""
        ctx = self.ctx
        y = self.row.y
        h = self.row.height
        if inside_width is not None and width + 12 <= inside_width:
            self.label_inside = True
            self.label_rect = QRectF(left + 6, y, width + 2, h)
            return
        self.label_inside = False
        gap = 7
        if right + gap + width + 20 <= ctx.width or left - gap - width < 0:
            self.label_rect = QRectF(right + gap, y, width + 2, h)
        else:
            self.label_rect = QRectF(left - gap - width - 2, y, width + 2, h)

    # --- mouse: the canvas does the work
    def _mode_at(self, pos: QPointF) -> str:
        return "move"

    def hoverMoveEvent(self, event) -> None:
        if self.ctx.read_only:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            mode = self._mode_at(event.pos())
            self.setCursor(Qt.CursorShape.SizeHorCursor if mode in ("start", "end")
                           else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        canvas = self.ctx.canvas
        if canvas is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        canvas.press_item(self, self._mode_at(event.pos()), event.scenePos().x(), event.modifiers())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self.ctx.canvas is not None:
            self.ctx.canvas.drag_to(event.scenePos().x())

    def mouseReleaseEvent(self, event) -> None:
        if self.ctx.canvas is not None:
            self.ctx.canvas.release()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.ctx.canvas is not None:
            self.ctx.canvas.activated.emit(self.kind, self.key)


class PhaseItem(_RowItem):
    """A phase or step bar; the label inside when it fits, else beside it."""

    kind = "phase"

    def __init__(self, ctx: Context, row: tl.Row, phase: m.Phase):
        super().__init__(ctx, row)
        self.phase = phase
        self.start = phase.start
        self.end = phase.end
        self.top_level = row.kind == "phase"
        self.label_inside = False
        self.layout()
        self.setToolTip(self.tooltip())

    def layout(self) -> None:
        self.prepareGeometryChange()
        ctx, row = self.ctx, self.row
        pad = (BAR_PAD if self.top_level else BAR_PAD + 1) * ctx.k
        x0 = ctx.scale.x(self.start)
        x1 = max(ctx.scale.x_end(self.end), x0 + 2)
        self.bar = QRectF(x0, row.y + pad, x1 - x0, row.height - 2 * pad)
        fm = ctx.fm_bold if self.top_level else ctx.fm
        text_w = fm.horizontalAdvance(self.phase.name)
        if self.warned:
            text_w += 18
        self._place_label(x0, x1, text_w, x1 - x0)
        self._bounds = self.bar.united(self.label_rect).adjusted(-4, -3, 4, 3)

    def set_dates(self, start: _dt.date, end: _dt.date) -> None:
        self.start, self.end = start, end
        self.layout()
        self.update()

    def tooltip(self) -> str:
        p = self.phase
        days = (p.end - p.start).days + 1
        lines = [f"<b>{_esc(p.name)}</b>",
                 _esc(QCoreApplication.translate("Timeline", "{kind}, {start}–{end} ({days} days)").format(
                     kind=tl.kind_title(p.kind), start=fmt.date(p.start), end=fmt.date(p.end), days=days))]
        if p.owner:
            lines.append(_esc(QCoreApplication.translate("Timeline", "Owner: {owner}").format(owner=p.owner)))
        if p.staff_decision:
            lines.append(_esc(QCoreApplication.translate("Timeline", "Staff transfers: {text}").format(
                text=p.staff_decision)))
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(lines) + \
            _warning_html(self.ctx, self.ident) + "</p>"

    def _mode_at(self, pos: QPointF) -> str:
        if self.bar.width() >= 3 * HANDLE:
            if abs(pos.x() - self.bar.left()) <= HANDLE:
                return "start"
            if abs(pos.x() - self.bar.right()) <= HANDLE:
                return "end"
        elif pos.x() > self.bar.right() - 1 and pos.x() <= self.bar.right() + HANDLE:
            return "end"
        return "move"

    def paint(self, p: QPainter, option, widget=None) -> None:
        ctx = self.ctx
        colour = phase_colour(self.phase.kind) if self.top_level else \
            QColor(ctx.group_colours.get(self.row.group, phase_colour("step")))
        selected = self.is_selected
        if self.top_level:
            p.setPen(QPen(colour.darker(140), 2.2) if selected else Qt.PenStyle.NoPen)
            p.setBrush(colour)
        else:
            p.setPen(QPen(colour.darker(130) if selected else colour, 2.2 if selected else 1))
            p.setBrush(tint(colour, 0.72))
        p.drawRoundedRect(self.bar, 4, 4)
        if self.warned:
            pen = QPen(QColor(theme.WARN), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(self.bar.adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5)
        # label
        font = ctx.bold if self.top_level else ctx.font
        p.setFont(font)
        r = QRectF(self.label_rect)
        if self.label_inside:  # a long bar begun off screen keeps its name in view
            left = min(max(r.left(), ctx.visible_left + 6), self.bar.right() - 6 - r.width())
            r.moveLeft(max(r.left(), left))
        if self.warned:
            draw_warning_badge(p, QPointF(r.left() + 7, r.center().y()), 13)
            r.setLeft(r.left() + 18)
        if self.label_inside:
            p.setPen(QColor("#ffffff") if self.top_level else QColor(theme.TEXT))
        else:
            p.setPen(QColor(theme.TEXT))
        p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.phase.name)


class MarkerItem(_RowItem):
    """A milestone, deadline, event or decision gate: a symbol at its date and time, then its name and when."""

    kind = "marker"

    def __init__(self, ctx: Context, row: tl.Row, marker: m.Marker):
        super().__init__(ctx, row)
        self.marker = marker
        self.date = marker.date
        self.text = ""
        self.layout()
        self.setToolTip(self.tooltip())

    def layout(self) -> None:
        self.prepareGeometryChange()
        ctx, row, x = self.ctx, self.row, self.marker
        self.size = (17.0 if x.kind == "gate" else 13.0) * ctx.k
        cx = ctx.scale.x_time(self.date, x.time)
        self.center = QPointF(cx, row.y + row.height / 2)
        when = fmt.date_time(self.date, x.time, x.time_end)
        self.text = f"{x.name} · {when}"
        text_w = ctx.fm.horizontalAdvance(self.text) + (18 if self.warned else 0)
        half = self.size / 2 + (4 if x.kind == "gate" and x.ends_alliance else 0) + 2
        self._place_label(cx - half, cx + half, text_w)
        sym = QRectF(cx - half - 3, row.y + 1, 2 * half + 6, row.height - 2)
        self._bounds = sym.united(self.label_rect).adjusted(-3, 0, 3, 0)

    def tooltip(self) -> str:
        x = self.marker
        lines = [f"<b>{_esc(x.name)}</b>",
                 _esc(f"{tl.kind_title(x.kind)}, {fmt.date_time(x.date, x.time, x.time_end)}")]
        if x.kind == "gate":
            lines.append(_esc(QCoreApplication.translate("Timeline", "Decision: {state}").format(
                state=tl.state_title(x.state))))
            if x.ends_alliance:
                lines.append(_esc(QCoreApplication.translate("Timeline", "Withdrawing here ends the alliance.")))
        if x.owner:
            lines.append(_esc(QCoreApplication.translate("Timeline", "Owner: {owner}").format(owner=x.owner)))
        if x.notes:
            lines.append(_esc(x.notes))
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(lines) + \
            _warning_html(self.ctx, self.ident) + "</p>"

    def paint(self, p: QPainter, option, widget=None) -> None:
        ctx = self.ctx
        if self.is_selected:
            p.setPen(QPen(QColor(theme.ACCENT), 1.5))
            p.setBrush(QColor(255, 255, 255, 200))
            p.drawRoundedRect(self._bounds.adjusted(1, 1, -1, -1), 4, 4)
        if self.warned:
            p.setPen(QPen(QColor(theme.WARN), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(self.center, self.size * 0.85, self.size * 0.85)
        draw_symbol(p, self.marker.kind, self.center, self.size, self.marker.state, self.marker.ends_alliance)
        r = QRectF(self.label_rect)
        if self.warned:
            draw_warning_badge(p, QPointF(r.left() + 7, r.center().y()), 13)
            r.setLeft(r.left() + 18)
        p.setFont(ctx.font)
        p.setPen(QColor(theme.TEXT))
        p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)


class PeriodsItem(QGraphicsItem):
    """The commercial model's service periods (plan.commercial.periods) as segments in their own row."""

    def __init__(self, ctx: Context, row: tl.Row):
        super().__init__()
        self.ctx = ctx
        self.row = row
        self.periods = ctx.plan.commercial.periods
        self.rects: list[QRectF] = []
        pad = (BAR_PAD + 1) * ctx.k
        for period in self.periods:
            x0 = ctx.scale.x(period.start)
            x1 = max(ctx.scale.x_end(period.end), x0 + 2)
            self.rects.append(QRectF(x0, row.y + pad, x1 - x0, row.height - 2 * pad))
        self._bounds = QRectF()
        for r in self.rects:
            self._bounds = self._bounds.united(r)
        self._bounds = self._bounds.adjusted(-2, -2, 2, 2)
        self.setZValue(1)
        if ctx.interactive:
            self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def hoverMoveEvent(self, event) -> None:
        for period, r in zip(self.periods, self.rects, strict=True):
            if r.left() <= event.pos().x() <= r.right():
                self.setToolTip("<b>{}</b><br>{}".format(_esc(period.name), _esc(
                    QCoreApplication.translate("Timeline", "Service period {start}–{end}, target cost {cost}").format(
                        start=fmt.date(period.start), end=fmt.date(period.end), cost=fmt.money(period.target.total)))))
                break
        super().hoverMoveEvent(event)

    def paint(self, p: QPainter, option, widget=None) -> None:
        base = QColor(self.ctx.group_colours.get(self.row.group, phase_colour("service")))
        p.setFont(self.ctx.small)
        fm = self.ctx.fm_small
        for i, (period, r) in enumerate(zip(self.periods, self.rects, strict=True)):
            p.setPen(QPen(base.darker(115), 1))
            p.setBrush(tint(base, 0.55 if i % 2 == 0 else 0.72))
            p.drawRect(r)
            text = fm.elidedText(period.name, Qt.TextElideMode.ElideRight, r.width() - 10)
            if text and text != "…":
                p.setPen(QColor(theme.TEXT))
                p.drawText(r.adjusted(5, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class TodayItem(QGraphicsItem):
    """A red line at today, under the bars and labels, with a "Today" flag below the last row."""

    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx
        self.x = ctx.scale.x_time(ctx.today, "12:00")
        self.text = QCoreApplication.translate("Timeline", "Today")
        w = ctx.fm_small.horizontalAdvance(self.text) + 10
        self.flag = QRectF(self.x - w / 2, ctx.rows_bottom + 3, w, ctx.fm_small.height() + 2)
        self._bounds = QRectF(self.x - w / 2 - 2, ctx.rows_top, w + 4, self.flag.bottom() + 2 - ctx.rows_top)
        self.setZValue(1.5)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        colour = QColor(TODAY_COLOUR)
        p.setPen(QPen(colour, 1.6))
        p.drawLine(QPointF(self.x, self.ctx.rows_top), QPointF(self.x, self.flag.top()))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(self.flag, 3, 3)
        p.setPen(WHITE)
        p.setFont(self.ctx.small)
        p.drawText(self.flag, Qt.AlignmentFlag.AlignCenter, self.text)


class HeaderItem(QGraphicsItem):
    """The date scale: an upper row of context (years, months) and a lower row of units."""

    def __init__(self, ctx: Context):
        super().__init__()
        self.ctx = ctx
        self.setZValue(10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # paint only the exposed part
        if ctx.interactive:
            self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.ctx.width, HEADER_H * self.ctx.k)

    def hoverMoveEvent(self, event) -> None:
        day = self.ctx.scale.day_at(event.pos().x())
        text = f"{tl.weekday_short(day)} {fmt.date(day)}"
        holiday = tl.holiday_on(day)
        self.setToolTip(f"{text} · {holiday}" if holiday else text)
        super().hoverMoveEvent(event)

    def paint(self, p: QPainter, option, widget=None) -> None:
        ctx = self.ctx
        exposed = option.exposedRect if option is not None else self.boundingRect()
        left, right = exposed.left(), exposed.right()
        height = HEADER_H * ctx.k
        p.fillRect(QRectF(left, 0, exposed.width(), height), QColor(HEADER_BG))
        half = height / 2
        # upper row: sticky labels (stay in view while their span is on screen)
        p.setFont(ctx.small_bold)
        fm = QFontMetricsF(ctx.small_bold)
        shown = max(ctx.visible_left, 0.0)
        for t in ctx.visible(ctx.upper_x, ctx.upper, left, right):
            p.setPen(PEN_MAJOR)
            p.drawLine(QPointF(t.x0, 0), QPointF(t.x0, height))
            start = max(t.x0, shown)
            x = start + 6
            w = fm.horizontalAdvance(t.label)
            if x + w > t.x1 - 4:
                x = t.x1 - 4 - w
            if x >= start + 2:
                p.setPen(TEXT)
                p.drawText(QRectF(x, 0, w + 8, half), Qt.AlignmentFlag.AlignVCenter, t.label)
        # lower row: the units, days off in red
        p.setFont(ctx.small)
        for t in ctx.visible(ctx.lower_x, ctx.lower, left, right):
            p.setPen(PEN_MAJOR if t.major else PEN_MINOR)
            p.drawLine(QPointF(t.x0, 0 if t.major else half), QPointF(t.x0, height))
            x0 = max(t.x0, 0.0)  # a cell cut by the picture's left edge: its label in the part that shows
            if t.x1 - x0 < t.x1 - t.x0 and ctx.fm_small.horizontalAdvance(t.label) + 4 > t.x1 - x0:
                continue
            p.setPen(RED_TEXT if t.day_off else MUTED)
            p.drawText(QRectF(x0, half, t.x1 - x0, half), Qt.AlignmentFlag.AlignCenter, t.label)
        p.setPen(PEN_BORDER)
        p.drawLine(QPointF(left, half), QPointF(right, half))
        p.drawLine(QPointF(left, height - 0.5), QPointF(right, height - 0.5))


class LegendItem(QGraphicsItem):
    def __init__(self, ctx: Context, y: float):
        super().__init__()
        self.ctx = ctx
        self.rect = QRectF(0, y, ctx.width, LEGEND_H * ctx.k)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.fillRect(self.rect, QColor(theme.SURFACE))
        p.setPen(QPen(QColor(theme.BORDER), 1))
        p.drawLine(self.rect.topLeft(), self.rect.topRight())
        paint_legend(p, self.rect.adjusted(4, 0, 0, 0), self.ctx.small)


class TitleItem(QGraphicsItem):
    def __init__(self, ctx: Context, title: str, subtitle: str):
        super().__init__()
        self.ctx = ctx
        self.title = title
        self.subtitle = subtitle
        self.rect = QRectF(0, 0, ctx.width, TITLE_H * ctx.k)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.fillRect(self.rect, QColor(theme.SURFACE))
        k = self.ctx.k
        title_font = QFont(self.ctx.bold)
        title_font.setPointSizeF(self.ctx.bold.pointSizeF() * 1.6)
        p.setPen(QColor(theme.TEXT))
        p.setFont(title_font)
        p.drawText(QRectF(12, 4 * k, self.rect.width() - 24, 30 * k), Qt.AlignmentFlag.AlignVCenter, self.title)
        p.setPen(QColor(theme.MUTED))
        p.setFont(self.ctx.font)
        p.drawText(QRectF(12, 32 * k, self.rect.width() - 24, 20 * k), Qt.AlignmentFlag.AlignVCenter, self.subtitle)


# ---------------------------------------------------------------- the scene


class TimelineScene(QGraphicsScene):
    """Paints the background (row bands, days off, grid lines) under the items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ctx: Context | None = None
        self.rows: tuple[tl.Row, ...] = ()
        self._row_tops: list[float] = []
        self._group_parity: dict[str, int] = {}
        self._retired: list[QGraphicsItem] = []

    def retire_items(self) -> None:
        """Take every item out of the scene, keeping them alive until the next rebuild.

        A rebuild can happen inside an item's own mouse handler (a drag applied on release);
        deleting that item there would pull the floor from under Qt, so it only leaves the scene.
        """
        old = [i for i in self.items() if i.parentItem() is None]
        for item in old:
            self.removeItem(item)
        self._retired = old

    def set_rows(self, ctx: Context, rows: tuple[tl.Row, ...]) -> None:
        self.ctx = ctx
        self.rows = rows
        self._row_tops = [r.y for r in rows]
        self._group_parity = {}
        for r in rows:
            if r.kind == "phase" or (r.depth == 0 and r.group != r.key):
                self._group_parity.setdefault(r.group or f"#{r.index}", len(self._group_parity) % 2)

    def row_at(self, y: float) -> tl.Row | None:
        i = bisect_right(self._row_tops, y) - 1
        if 0 <= i < len(self.rows) and y < self.rows[i].y + self.rows[i].height:
            return self.rows[i]
        return None

    def drawBackground(self, p: QPainter, rect: QRectF) -> None:
        ctx = self.ctx
        p.fillRect(rect, SURFACE)
        if ctx is None:
            return
        left, right = max(rect.left(), 0.0), min(rect.right(), ctx.width)
        # row bands: every other top-level group lightly tinted, the selected row highlighted
        start = max(0, bisect_right(self._row_tops, rect.top()) - 1)
        for r in self.rows[start:]:
            if r.y > rect.bottom():
                break
            ident = ("marker" if r.kind == "marker" else "phase", r.key)
            if r.kind != "periods" and (ident == ctx.selected or ident in ctx.marked):
                p.fillRect(QRectF(left, r.y, right - left, r.height), SELECTED)
            elif self._group_parity.get(r.group or f"#{r.index}", 0):
                p.fillRect(QRectF(left, r.y, right - left, r.height), BAND)
        top, bottom = max(rect.top(), ctx.rows_top), min(rect.bottom(), ctx.rows_bottom)
        if bottom <= top:
            return
        w = ctx.scale.px_per_day
        for x, colour in ctx.visible(ctx.days_off_x, ctx.days_off, left - w, right):
            p.fillRect(QRectF(x, top, w, bottom - top), colour)
        for t in ctx.visible(ctx.lower_x, ctx.lower, left, right):
            if left <= t.x0 <= right:
                p.setPen(PEN_MAJOR if t.major else PEN_MINOR)
                p.drawLine(QPointF(t.x0, top), QPointF(t.x0, bottom))
        # a line above each top-level group
        p.setPen(PEN_BORDER)
        for r in self.rows[start:]:
            if r.y > bottom:
                break
            if r.depth == 0 and r.y > ctx.rows_top and top <= r.y <= bottom:
                p.drawLine(QPointF(left, r.y), QPointF(right, r.y))


def scene_range(plan: m.Plan, today: _dt.date | None) -> tuple[_dt.date, _dt.date]:
    """The days a scene covers: the plan's extent with room before and after (whole months)."""
    first, last = tl.extent(plan, today)
    start = (first - 12 * tl.DAY).replace(day=1)
    end = last + 45 * tl.DAY
    return start, end


def build_scene(scene: TimelineScene, plan: m.Plan, px_per_day: float, *, today: _dt.date | None,
                warnings: dict[tuple[str, str], list[tl.TimelineWarning]], rows: tuple[tl.Row, ...] | None = None,
                interactive: bool = True, read_only: bool = False, selected: tuple[str, str] | None = None,
                marked: frozenset[tuple[str, str]] = frozenset(), canvas: TimelineCanvas | None = None,
                min_width: float = 0.0, first: _dt.date | None = None,
                last: _dt.date | None = None, title: tuple[str, str] | None = None, legend: bool = False,
                font_scale: float = 1.0) -> tuple[Context, dict[tuple[str, str], _RowItem], HeaderItem]:
    """Fill `scene` with the plan's timeline at `px_per_day`; returns the context, the items by id and the header."""
    scene.retire_items()
    k = font_scale * theme.text_scale()  # View > Text size: larger text, taller rows and scale
    top = TITLE_H * k if title else 0.0
    rows_top = top + HEADER_H * k
    rows = tl.rows(plan, rows_top, k) if rows is None else rows
    if first is None or last is None:
        first, last = scene_range(plan, today)
    scale = tl.Scale(first, px_per_day, 0.0)
    width = max(scale.x_end(last), min_width)
    last = scale.day_at(width)
    rows_bottom = (rows[-1].y + rows[-1].height) if rows else rows_top + 40
    ctx = Context(plan=plan, scale=scale, first=first, last=last, width=width, rows_top=rows_top,
                  rows_bottom=rows_bottom, today=today, warnings=warnings, interactive=interactive, k=k,
                  read_only=read_only, selected=selected, marked=marked, canvas=canvas,
                  font=scaled_font(font_scale), bold=scaled_font(font_scale, True),
                  small=scaled_font(0.9 * font_scale))
    phases = {p.key: p for p in plan.phases}
    markers = {x.key: x for x in plan.markers}
    for r in rows:
        if r.kind == "phase" and r.key in phases:
            ctx.group_colours[r.key] = phase_colour(phases[r.key].kind)
    scene.set_rows(ctx, rows)
    items: dict[tuple[str, str], _RowItem] = {}
    for r in rows:
        if r.kind in ("phase", "step"):
            phase = phases.get(r.key)
            if phase and phase.start and phase.end:
                item = PhaseItem(ctx, r, phase)
                scene.addItem(item)
                items[("phase", r.key)] = item
        elif r.kind == "marker":
            marker = markers.get(r.key)
            if marker and marker.date:
                item = MarkerItem(ctx, r, marker)
                scene.addItem(item)
                items[("marker", r.key)] = item
        elif r.kind == "periods" and plan.commercial.periods:
            scene.addItem(PeriodsItem(ctx, r))
    if today and first <= today <= last:
        scene.addItem(TodayItem(ctx))
    header = HeaderItem(ctx)
    header.setPos(0, top)
    scene.addItem(header)
    bottom = rows_bottom + TODAY_H * k  # room for the "Today" flag under the last row
    if title:
        scene.addItem(TitleItem(ctx, *title))
    if legend:
        scene.addItem(LegendItem(ctx, bottom + 6))
        bottom += 6 + LEGEND_H * k
    scene.setSceneRect(QRectF(0, 0, width, bottom + 8))
    return ctx, items, header


# ---------------------------------------------------------------- the view


@dataclass
class _Drag:
    item: _RowItem
    mode: str  # move | start | end
    x0: float
    linked: bool
    group: bool = False  # the item is one of several selected: they all move
    days: int = 0
    followers: list = field(default_factory=list)


class TimelineCanvas(QGraphicsView):
    """The interactive Gantt chart. Emits requests; the TimelineView turns them into edits."""

    itemSelected = Signal(str, str)  # kind ("phase" | "marker" | ""), key: select only this item
    itemToggled = Signal(str, str)  # Ctrl+click: add the item to the selection or take it out
    currentChanged = Signal(str, str)  # an item of a multiple selection was pressed: it is the current one
    selectAllRequested = Signal()
    activated = Signal(str, str)  # double-click: edit this item in the inspector
    dragCommitted = Signal(str, str, str, int, bool)  # kind, key, mode (move|start|end), days, move linked
    nudgeRequested = Signal(str, str, int)  # kind, key, days
    deleteRequested = Signal()
    hint = Signal(str)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scene = TimelineScene(self)
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline chart"))
        self.plan: m.Plan | None = None
        self.rows: tuple[tl.Row, ...] = ()
        self.warnings: dict[tuple[str, str], list[tl.TimelineWarning]] = {}
        self.read_only = False
        self.today: _dt.date | None = _dt.date.today()
        self.px_per_day = 1.5
        self.move_linked = False
        self.selected: tuple[str, str] | None = None
        self.marked: frozenset[tuple[str, str]] = frozenset()  # all selected items (set by the view)
        self.items: dict[tuple[str, str], _RowItem] = {}
        self.ctx: Context | None = None
        self.header: HeaderItem | None = None
        self.auto_fit = "preparation"  # refit on resize until the user zooms: preparation | all | ""
        self._drag: _Drag | None = None
        # Dragging near the left or right edge scrolls the chart, so an item can go past the view.
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(30)
        self._edge_timer.timeout.connect(self._edge_scroll)
        self._edge_step = 0
        self._drag_view_x = 0
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # --- content

    def set_plan(self, plan: m.Plan, rows: tuple[tl.Row, ...], warnings, read_only: bool) -> None:
        self._drag = None
        self.plan, self.rows, self.warnings, self.read_only = plan, rows, warnings, read_only
        ids = self._all_ids(plan)
        if self.selected and self.selected not in ids:
            self.selected = None
        self.marked = frozenset(i for i in self.marked if i in ids)
        self._rebuild(keep=True)

    @staticmethod
    def _all_ids(plan: m.Plan) -> set[tuple[str, str]]:
        return {("phase", p.key) for p in plan.phases} | {("marker", x.key) for x in plan.markers}

    def _rebuild(self, keep: bool = True, anchor: tuple[float, float] | None = None) -> None:
        """Recreate the items at the current zoom; keep the scroll position (by date) or an anchor (day, vx)."""
        if self.plan is None:
            return
        bar = self.horizontalScrollBar()
        day_at_left = None
        if keep and self.ctx is not None:
            day_at_left = (bar.value() - self.ctx.scale.left) / self.ctx.scale.px_per_day
        vbar = self.verticalScrollBar().value()
        self._drag = None
        self.ctx, self.items, self.header = None, {}, None
        self.ctx, self.items, self.header = build_scene(
            self._scene, self.plan, self.px_per_day, today=self.today, warnings=self.warnings, rows=None,
            interactive=True, read_only=self.read_only, selected=self.selected, marked=self.marked, canvas=self,
            min_width=self.viewport().width())
        self.rows = self._scene.rows
        if anchor is not None:
            day, vx = anchor
            bar.setValue(round(day * self.px_per_day - vx))
        elif day_at_left is not None:
            bar.setValue(round(day_at_left * self.px_per_day))
        self.verticalScrollBar().setValue(vbar)
        self._scrolled()

    # --- scrolling keeps the scale in view

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_header()

    def _pin_header(self) -> None:
        if self.header is not None:
            y = self.mapToScene(0, 0).y()
            self.header.setPos(0, max(0.0, y))

    def _scrolled(self, *_args) -> None:
        if self.ctx is not None:
            self.ctx.visible_left = self.mapToScene(0, 0).x()
            self.viewport().update()  # the header's and the long bars' names follow the left edge
        self._pin_header()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.plan is None:
            return
        if self.auto_fit == "preparation":
            self.fit_preparation(user=False)
        elif self.auto_fit == "all":
            self.fit_all(user=False)
        elif self.ctx is not None and self.ctx.width < self.viewport().width():
            self._rebuild()

    # --- zoom

    def set_zoom(self, px_per_day: float, anchor_vx: float | None = None, user: bool = True) -> None:
        if self.plan is None:
            return
        px_per_day = tl.clamp_zoom(px_per_day)
        if user:
            self.auto_fit = ""
        if anchor_vx is None:
            anchor_vx = self.viewport().width() / 2
        day = 0.0
        if self.ctx is not None:
            day = (self.mapToScene(int(anchor_vx), 0).x() - self.ctx.scale.left) / self.ctx.scale.px_per_day
        self.px_per_day = px_per_day
        self._rebuild(keep=False, anchor=(day, anchor_vx))
        self.zoomChanged.emit(px_per_day)

    def zoom_in(self, anchor_vx: float | None = None) -> None:
        self.set_zoom(tl.zoom_in(self.px_per_day), anchor_vx)

    def zoom_out(self, anchor_vx: float | None = None) -> None:
        self.set_zoom(tl.zoom_out(self.px_per_day), anchor_vx)

    def show_range(self, first: _dt.date, last: _dt.date, user: bool = True, label_room: bool = False) -> None:
        """Zoom and scroll so that first..last fills the width."""
        if self.plan is None:
            return
        start, _end = scene_range(self.plan, self.today)
        start = min(start, first)
        width = max(100.0, self.viewport().width() - 24)
        days = max(1, (last - start).days + 1)
        ppd = width / days
        if label_room:
            ppd = min(ppd, self._label_room_zoom(start, last, width))
        if user:
            self.auto_fit = ""
        self.px_per_day = tl.clamp_zoom(ppd)
        self._rebuild(keep=False)
        self.horizontalScrollBar().setValue(round((first - start).days * self.px_per_day) - 8)
        self.zoomChanged.emit(self.px_per_day)

    def _label_room_zoom(self, start: _dt.date, last: _dt.date, width: float) -> float:
        """The largest zoom at which the marker labels up to `last` still end inside `width`."""
        assert self.plan is not None
        font = scaled_font()
        fm = QFontMetricsF(font)
        best = float("inf")
        for x in self.plan.markers:
            if x.date and x.date <= last:
                text = f"{x.name} · {fmt.date_time(x.date, x.time, x.time_end)}"
                room = width - fm.horizontalAdvance(text) - 40
                days = (x.date - start).days + 1
                if room > width * 0.35 and days > 0:
                    best = min(best, room / days)
        return best

    def fit_all(self, user: bool = True) -> None:
        if self.plan is None:
            return
        first, last = scene_range(self.plan, self.today)
        if user:
            self.auto_fit = "all"
        self.show_range(first, last - 20 * tl.DAY, user=False)

    def fit_preparation(self, user: bool = True) -> None:
        if self.plan is None:
            return
        first, last = tl.preparation_range(self.plan, self.today)
        if user:
            self.auto_fit = "preparation"
        self.show_range((first - 12 * tl.DAY).replace(day=1), last, user=False, label_room=True)

    def show_today(self) -> None:
        if self.ctx is None or self.today is None:
            return
        x = self.ctx.scale.x(self.today)
        self.horizontalScrollBar().setValue(round(x - self.viewport().width() / 3))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                factor = tl.ZOOM_STEP ** steps
                self.set_zoom(self.px_per_day * factor, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # --- selection

    def select(self, kind: str, key: str, ensure_visible: bool = True) -> None:
        """Select only this item (kind "" selects nothing)."""
        ident = (kind, key) if kind else None
        self.set_selection(ident, frozenset({ident}) if ident else frozenset(), ensure_visible)

    def set_selection(self, current: tuple[str, str] | None, marked: frozenset[tuple[str, str]],
                      ensure_visible: bool = True) -> None:
        """The current item (the inspector's) and every selected item, which drags and keys move together."""
        marked = marked | {current} if current else marked
        if current == self.selected and marked == self.marked:
            return
        changed = {self.selected, current} | (self.marked ^ marked)
        self.selected, self.marked = current, marked
        if self.ctx is not None:
            self.ctx.selected, self.ctx.marked = current, marked
        for ident in changed:
            item = self.items.get(ident) if ident else None
            if item is not None:
                item.update()
        self._update_bands()
        item = self.items.get(current) if current else None
        if item is not None and ensure_visible:
            self.ensureVisible(item.boundingRect(), 40, 20)

    def _update_bands(self) -> None:
        self._scene.invalidate(self._scene.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    # --- dragging (called by the items)

    def press_item(self, item: _RowItem, mode: str, scene_x: float, modifiers) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.itemToggled.emit(item.kind, item.key)  # no drag: Ctrl+click only selects
            return
        mode = mode if item.kind == "phase" else "move"
        group = mode == "move" and item.ident in self.marked and len(self.marked) > 1 and not self.read_only
        if group:  # the selection stays, so that the drag moves all of it
            self.set_selection(item.ident, self.marked, ensure_visible=False)
            self.currentChanged.emit(item.kind, item.key)
        else:
            self.select(item.kind, item.key, ensure_visible=False)
            self.itemSelected.emit(item.kind, item.key)
        if self.read_only:
            return
        linked = self.move_linked or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        drag = _Drag(item, mode, scene_x, linked, group)
        if drag.mode == "move" and self.plan is not None:
            phases, markers = tl.moving_together(self.plan, self.marked if group else [item.ident], linked)
            drag.followers = [self.items[i] for i in [("phase", k) for k in phases] + [("marker", k) for k in markers]
                              if i in self.items and i != item.ident]
        self._drag = drag
        item.setCursor(Qt.CursorShape.ClosedHandCursor if drag.mode == "move" else Qt.CursorShape.SizeHorCursor)

    EDGE = 40  # px from the view's side where a drag starts scrolling

    def drag_to(self, scene_x: float) -> None:
        drag = self._drag
        if drag is None or self.ctx is None:
            return
        self._drag_view_x = self.mapFromScene(QPointF(scene_x, 0)).x()
        width = self.viewport().width()
        if self._drag_view_x < self.EDGE:
            self._edge_step = -max(2, (self.EDGE - self._drag_view_x) // 2)
        elif self._drag_view_x > width - self.EDGE:
            self._edge_step = max(2, (self._drag_view_x - width + self.EDGE) // 2)
        else:
            self._edge_step = 0
        if self._edge_step and not self._edge_timer.isActive():
            self._edge_timer.start()
        elif not self._edge_step:
            self._edge_timer.stop()
        self._drag_days(scene_x)

    def _edge_scroll(self) -> None:
        """A timer tick while the pointer rests near an edge: scroll, and the dragged item follows."""
        bar = self.horizontalScrollBar()
        value = min(bar.maximum(), max(bar.minimum(), bar.value() + self._edge_step))
        if self._drag is None or value == bar.value():  # dropped, or at the end of the chart
            self._edge_timer.stop()
            return
        bar.setValue(value)
        self._drag_days(self.mapToScene(int(self._drag_view_x), 0).x())

    def _drag_days(self, scene_x: float) -> None:
        drag = self._drag
        if drag is None or self.ctx is None:
            return
        days = self.ctx.scale.days(scene_x - drag.x0)
        item = drag.item
        if isinstance(item, PhaseItem):
            span = (item.phase.end - item.phase.start).days
            if drag.mode == "start":
                days = min(days, span)
            elif drag.mode == "end":
                days = max(days, -span)
        if days == drag.days:
            return
        drag.days = days
        self._preview(drag)
        self.hint.emit(self._drag_text(drag))

    def _preview(self, drag: _Drag) -> None:
        item, days = drag.item, drag.days
        dx = days * self.px_per_day
        if isinstance(item, PhaseItem) and drag.mode in ("start", "end"):
            start, end = item.phase.start, item.phase.end
            if drag.mode == "start":
                start = start + days * tl.DAY
            else:
                end = end + days * tl.DAY
            item.set_dates(start, end)
        else:
            item.setPos(dx, 0)
            for follower in drag.followers:
                follower.setPos(dx, 0)

    def _drag_text(self, drag: _Drag) -> str:
        item, days = drag.item, drag.days
        if isinstance(item, PhaseItem):
            start, end = item.phase.start, item.phase.end
            if drag.mode in ("move", "start"):
                start = start + days * tl.DAY
            if drag.mode in ("move", "end"):
                end = end + days * tl.DAY
            when = f"{fmt.date(start)}–{fmt.date(end)}"
        else:
            x = item.marker
            when = fmt.date_time(x.date + days * tl.DAY, x.time, x.time_end)
        text = QCoreApplication.translate("Timeline", "{name}: {when} ({days} days)").format(
            name=item.phase.name if isinstance(item, PhaseItem) else item.marker.name, when=when, days=f"{days:+d}")
        if drag.group:
            text += " · " + QCoreApplication.translate("Timeline", "{count} items move together").format(
                count=len(drag.followers) + 1)
        elif drag.followers:
            text += " · " + QCoreApplication.translate("Timeline", "{count} linked items move along").format(
                count=len(drag.followers))
        return text

    def release(self) -> None:
        self._edge_timer.stop()
        drag, self._drag = self._drag, None
        if drag is None:
            return
        drag.item.setCursor(Qt.CursorShape.OpenHandCursor)
        if drag.days:
            self.dragCommitted.emit(drag.item.kind, drag.item.key, drag.mode, drag.days, drag.linked)
        elif drag.group:  # a click, not a drag, on one of several selected items: select only it
            self.select(drag.item.kind, drag.item.key, ensure_visible=False)
            self.itemSelected.emit(drag.item.kind, drag.item.key)

    def cancel_drag(self) -> None:
        self._edge_timer.stop()
        if self._drag is not None:
            self._drag.days = 0
            self._preview(self._drag)
            self._drag = None
            self.hint.emit(QCoreApplication.translate("Timeline", "Drag cancelled."))

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    # --- keys

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            return
        if key == Qt.Key.Key_Escape and self.selected and len(self.marked) > 1:
            self.select(*self.selected)  # keep only the current item
            self.itemSelected.emit(*self.selected)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAllRequested.emit()
            return
        if self.selected and not self.read_only and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and \
                not mods & Qt.KeyboardModifier.ControlModifier:
            step = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            self.nudgeRequested.emit(self.selected[0], self.selected[1], step if key == Qt.Key.Key_Right else -step)
            return
        if self.selected and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
            return
        if self.selected and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(*self.selected)
            return
        if self.selected and not self.read_only and key == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)

    def _step_selection(self, direction: int) -> None:
        order = [("marker" if r.kind == "marker" else "phase", r.key) for r in self.rows if r.kind != "periods"]
        order = [i for i in order if i in self.items]
        if not order:
            return
        i = order.index(self.selected) if self.selected in order else -1
        i = max(0, min(len(order) - 1, i + direction))
        self.select(*order[i])
        self.itemSelected.emit(*order[i])
