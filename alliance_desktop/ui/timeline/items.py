"""The timeline scene and its items: phase bars, markers, the service periods, today, the date
scale, the legend and the title; `build_scene` fills a scene from the plan.

Rows, the date scale and the ticks come from the Qt-free `core.timeline`. An interactive scene's
items hand the mouse to their canvas (`Context.canvas`, the TimelineCanvas); built without
interaction (`build_scene(..., interactive=False)`) the same scene paints the exported PNG and SVG,
so the picture on a slide is the picture on the screen.
"""

from __future__ import annotations

import datetime as _dt
import html
from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from ...core import model as m
from ...core import timeline as tl
from .. import fmt, theme
from .paint import (
    BAND,
    BAR_PAD,
    HANDLE,
    HEADER_BG,
    HEADER_H,
    HOLIDAY,
    LEGEND_H,
    MUTED,
    PEN_BORDER,
    PEN_MAJOR,
    PEN_MINOR,
    RED_TEXT,
    SELECTED,
    SURFACE,
    TEXT,
    TITLE_H,
    TODAY_COLOUR,
    TODAY_H,
    WEEKEND,
    WHITE,
    draw_symbol,
    draw_warning_badge,
    paint_legend,
    phase_colour,
    scaled_font,
    tint,
)

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
    canvas: QGraphicsView | None = None  # the TimelineCanvas of an interactive scene
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


class RowItem(QGraphicsItem):
    """An item that lives in one row and can be selected and dragged."""

    kind = ""

    def __init__(self, ctx: Context, row: tl.Row):
        super().__init__()
        self.ctx = ctx
        self.row = row
        self.key = row.key
        self.label_rect = QRectF()
        self._bounds = QRectF()
        self._tip_made = False  # the tooltip is made when the scene is asked for it (TimelineScene.helpEvent)
        if ctx.interactive:
            self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def tooltip(self) -> str:
        return ""

    def ensure_tooltip(self) -> None:
        """Make the tooltip if it is not made yet (a scene of 2 700 items shows few of them; an edit that
        changes their warnings would otherwise make every affected item's tooltip again)."""
        if not self._tip_made:
            self._tip_made = True
            self.setToolTip(self.tooltip())

    def warnings_changed(self, row: tl.Row) -> None:
        """The same record in `row` with other warnings (in the context) or none: laid out again, its tooltip
        made again when asked, repainted; as a new item for it would be."""
        self.row = row
        self.layout()
        self._tip_made = False
        self.setToolTip("")
        self.update()

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


class PhaseItem(RowItem):
    """A phase or step bar; the label inside when it fits, else beside it."""

    kind = "phase"

    def __init__(self, ctx: Context, row: tl.Row, phase: m.Phase):
        super().__init__(ctx, row)
        self.phase = phase
        self.start = phase.start
        self.end = phase.end
        self.top_level = row.kind == "phase"
        self.label_inside = False
        self.name_width = (ctx.fm_bold if self.top_level else ctx.fm).horizontalAdvance(phase.name)
        self.layout()

    def layout(self) -> None:
        self.prepareGeometryChange()
        ctx, row = self.ctx, self.row
        pad = (BAR_PAD if self.top_level else BAR_PAD + 1) * ctx.k
        x0 = ctx.scale.x(self.start)
        x1 = max(ctx.scale.x_end(self.end), x0 + 2)
        self.bar = QRectF(x0, row.y + pad, x1 - x0, row.height - 2 * pad)
        text_w = self.name_width  # (measured once: the name and the font are the item's)
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
            p.setPen(QColor(theme.ON_FILL) if self.top_level else QColor(theme.TEXT))
        else:
            p.setPen(QColor(theme.TEXT))
        p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.phase.name)


class MarkerItem(RowItem):
    """A milestone, deadline, event or decision gate: a symbol at its date and time, then its name and when."""

    kind = "marker"

    def __init__(self, ctx: Context, row: tl.Row, marker: m.Marker):
        super().__init__(ctx, row)
        self.marker = marker
        self.date = marker.date
        self.text = ""
        self._measured = ("", 0.0)  # (text, its width): measured again only when the text differs
        self.layout()

    def layout(self) -> None:
        self.prepareGeometryChange()
        ctx, row, x = self.ctx, self.row, self.marker
        self.size = (17.0 if x.kind == "gate" else 13.0) * ctx.k
        cx = ctx.scale.x_time(self.date, x.time)
        self.center = QPointF(cx, row.y + row.height / 2)
        when = fmt.date_time(self.date, x.time, x.time_end)
        self.text = f"{x.name} · {when}"
        if self._measured[0] != self.text:
            self._measured = (self.text, ctx.fm.horizontalAdvance(self.text))
        text_w = self._measured[1] + (18 if self.warned else 0)
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
            halo = QColor(theme.SURFACE)
            halo.setAlpha(200)
            p.setBrush(halo)
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

    def helpEvent(self, event) -> None:  # noqa: N802 - Qt API
        for item in self.items(event.scenePos()):  # the items' tooltips are made when asked for
            if isinstance(item, RowItem):
                item.ensure_tooltip()
        super().helpEvent(event)

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
                marked: frozenset[tuple[str, str]] = frozenset(), canvas: QGraphicsView | None = None,
                min_width: float = 0.0, first: _dt.date | None = None,
                last: _dt.date | None = None, title: tuple[str, str] | None = None, legend: bool = False,
                font_scale: float = 1.0) -> tuple[Context, dict[tuple[str, str], RowItem], HeaderItem]:
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
    items: dict[tuple[str, str], RowItem] = {}
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


def update_scene(scene: TimelineScene, ctx: Context, items: dict[tuple[str, str], RowItem], plan: m.Plan,
                 warnings: dict[tuple[str, str], list[tl.TimelineWarning]], *, today: _dt.date | None,
                 read_only: bool, selected: tuple[str, str] | None, marked: frozenset[tuple[str, str]],
                 min_width: float) -> bool:
    """Bring an interactive scene built by `build_scene` up to `plan` by replacing only the items whose record
    (phase or marker object: the plan is immutable, an unchanged record keeps its identity), warnings or
    dragged position changed; `items` is updated in place. Returns False, changing nothing, when more than that
    changed (rows added or removed, their total height, the dates the scene covers, its width, the service
    periods, a phase's colour, read-only, today, the text size): then the caller builds the scene again.
    An unchanged item whose row moved (rows reordered by a moved bar) is only laid out in its new row.
    """
    old = ctx.plan
    if read_only != ctx.read_only or today != ctx.today or plan.commercial.periods is not old.commercial.periods \
            or theme.text_scale() != ctx.k or not ctx.interactive:
        return False
    if scene_range(plan, ctx.today) != scene_range(old, ctx.today):
        return False
    if max(ctx.scale.x_end(scene_range(plan, ctx.today)[1]), min_width) != ctx.width:
        return False
    rows = tl.rows(plan, ctx.rows_top, ctx.k)
    if len(rows) != len(scene.rows) or (rows and rows[-1].y + rows[-1].height != ctx.rows_bottom) or \
            [r for r in rows if r.kind == "periods"] != [r for r in scene.rows if r.kind == "periods"]:
        return False  # rows added or removed, or the service periods' row moved
    phases = {p.key: p for p in plan.phases}
    markers = {x.key: x for x in plan.markers}
    colours = {r.key: phase_colour(phases[r.key].kind) for r in rows if r.kind == "phase" and r.key in phases}
    if colours != ctx.group_colours:
        return False
    old_warnings, changed = ctx.warnings, {ctx.selected, selected} | (ctx.marked ^ marked)
    ctx.plan, ctx.warnings, ctx.selected, ctx.marked = plan, warnings, selected, marked
    reordered = rows != scene.rows
    if reordered:
        scene.set_rows(ctx, rows)  # rows reordered (a bar moved past another): bands and hit tests follow
    retired: list[QGraphicsItem] = []
    for r in rows:
        if r.kind in ("phase", "step"):
            ident, record = ("phase", r.key), phases.get(r.key)
            if record is not None and not (record.start and record.end):
                record = None
        elif r.kind == "marker":
            ident, record = ("marker", r.key), markers.get(r.key)
            if record is not None and not record.date:
                record = None
        else:
            continue
        item = items.get(ident)
        if item is not None and record is not None and item.pos().isNull() and item.row.kind == r.kind and \
                (item.phase if isinstance(item, PhaseItem) else item.marker) is record and \
                (not isinstance(item, PhaseItem) or (item.start, item.end) == (record.start, record.end)):
            if old_warnings.get(ident) != warnings.get(ident):  # the same record with other warnings
                item.warnings_changed(r)  # (at 64x a moved phase changes the overlaps of 190 others)
            elif item.row != r:  # the same record in another row: only moved there
                item.row = r
                item.layout()
                item.update()
            continue  # the same record and place: the item stays
        if item is not None:
            scene.removeItem(item)  # kept alive until the next update (a drag's release may be running in it)
            retired.append(item)
            del items[ident]
        if record is not None:
            new = PhaseItem(ctx, r, record) if ident[0] == "phase" else MarkerItem(ctx, r, record)
            scene.addItem(new)
            items[ident] = new
    scene._retired = retired
    # The rows' bands: all of them when the rows were reordered, else those whose selection changed (the
    # whole chart was repainted after every edit: its repaint after a 16x edit fell from 8.9 to 6.6 ms).
    background = QGraphicsScene.SceneLayer.BackgroundLayer
    if reordered:
        scene.invalidate(scene.sceneRect(), background)
    elif changed - {None}:
        for r in rows:
            if r.kind != "periods" and ("marker" if r.kind == "marker" else "phase", r.key) in changed:
                scene.invalidate(QRectF(0.0, r.y, ctx.width, r.height), background)
    for ident in changed:
        if ident in items:
            items[ident].update()
    return True
