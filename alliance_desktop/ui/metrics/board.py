"""The metrics board: one card per metric, painted, plus the period's score, bonus and weights.

The numbers come from core.scoring (through the ScoreBook cache) and core.settlement; this module
only lays them out and paints them. The card grid and the sparkline geometry are plain Python
(no Qt types), so a report can draw the same picture.
"""

from __future__ import annotations

import html

from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.records import record
from ...core import model as m
from ...core.metrics_edits import against_direction
from ...core.scoring import MetricScore, PeriodScore, calibrations_in_force
from ...core.settlement import PeriodResult
from .. import fmt, theme
from .common import (
    BAD,
    GOOD,
    MISSING,
    NOT_CALIBRATED,
    PARTIAL,
    RETIRED,
    Card,
    direction_arrow,
    direction_title,
    number_text,
    scaled_font,
    score_percent,
    score_text,
    state_colour,
    state_of,
    state_title,
    value_text,
    weight_text,
)
from .weights import WeightsBar

# ---------------------------------------------------------------- Qt-free geometry

CARD_MIN_WIDTH = 300
CARD_GAP = 14


def card_grid(count: int, width: float, card_height: float, min_width: float = CARD_MIN_WIDTH,
              gap: float = CARD_GAP) -> tuple[int, list[tuple[float, float, float, float]]]:
    """(columns, [(x, y, w, h)]) of `count` cards filling `width`."""
    columns = max(1, int((width + gap) // (min_width + gap)))
    card_w = (width - gap * (columns - 1)) / columns
    rects = [((i % columns) * (card_w + gap), (i // columns) * (card_height + gap), card_w, card_height)
             for i in range(count)]
    return columns, rects


def sparkline_layout(values: list[Decimal | None], thresholds: list[Decimal | None], targets: list[Decimal | None],
                     width: float, height: float) -> tuple[list[tuple[float, float] | None],
                                                           list[tuple[float, float] | None],
                                                           list[tuple[float, float] | None]]:
    """Points (x, y) of values, thresholds and targets over the periods, y growing downwards; None for gaps.

    The scale covers every value, threshold and target shown, with a little air above and below.
    """
    n = len(values)
    numbers = [float(v) for series in (values, thresholds, targets) for v in series if v is not None]
    if n == 0 or not numbers:
        return [None] * n, [None] * n, [None] * n
    low, high = min(numbers), max(numbers)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.12
    low, high = low - pad, high + pad
    step = width / (n - 1) if n > 1 else 0.0

    def place(series):
        return [None if v is None else ((i * step) if n > 1 else width / 2,
                                        height - (float(v) - low) / (high - low) * height)
                for i, v in enumerate(series)]

    return place(values), place(thresholds), place(targets)


# ---------------------------------------------------------------- the cards


@record
class CardData:
    metric: m.Metric
    part: MetricScore
    state: str
    values: list[Decimal | None]
    thresholds: list[Decimal | None]
    targets: list[Decimal | None]
    period_index: int


class BoardCanvas(QWidget):
    """Cards painted in a grid; arrow keys move between them, Enter opens the metric for editing."""

    metricActivated = Signal(str)
    currentChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Metric cards"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.plan = m.Plan()
        self.score: PeriodScore | None = None
        self.period_index = -1
        self.current = 0
        self._series: dict[int, tuple[m.Metric, tuple, tuple]] = {}
        self._columns = 1
        self._rects: list[tuple[float, float, float, float]] = []

    # --- data

    def set_data(self, plan: m.Plan, score: PeriodScore | None, period_index: int) -> None:
        before = (self.plan, self.score, self.period_index, self.current, self._rects)
        self.plan = plan
        self.score = score
        self.period_index = period_index
        alive = {id(x) for x in plan.metrics}
        self._series = {k: v for k, v in self._series.items() if k in alive}
        self.current = min(self.current, max(0, len(plan.metrics) - 1))
        self._relayout()
        self._update_changed(*before)

    def _update_changed(self, plan: m.Plan, score: PeriodScore | None, period_index: int, current: int,
                        rects: list) -> None:
        """Repaint the cards whose metric (identity) or score part (equality) changed; everything when the
        cards moved, the period, the current card or the periods changed (issue 16: a measurement edit
        repainted every card on screen, each with a sparkline of every period)."""
        if rects != self._rects or period_index != self.period_index or current != self.current or \
                score is None or self.score is None or len(plan.metrics) != len(self.plan.metrics) or \
                len(score.metric_scores) != len(self.score.metric_scores) or \
                plan.commercial.periods is not self.plan.commercial.periods:
            self.update()
            return
        for i, (old, new) in enumerate(zip(plan.metrics, self.plan.metrics, strict=True)):
            if old is not new or score.metric_scores[i] != self.score.metric_scores[i]:
                x, y, w, h = self._rects[i]
                self.update(int(x), int(y), int(w) + 3, int(h) + 3)  # the card is drawn at (x + 1, y + 1)

    MIN_CARD_HEIGHT = 268.0
    MAX_CARD_HEIGHT = 330.0

    def card_height(self, columns: int) -> float:
        """Tall enough to read; taller (up to a limit) when every row fits in the visible area anyway."""
        rows = max(1, -(-len(self.plan.metrics) // columns))
        viewport = self.parentWidget()
        visible = viewport.height() if viewport is not None else 0
        fit = (visible - 4 - CARD_GAP * (rows - 1)) / rows
        return max(self.MIN_CARD_HEIGHT, min(self.MAX_CARD_HEIGHT, fit))

    def _relayout(self) -> None:
        width = max(1, self.width() - 2)
        least = min(width, self.needed_card_width())
        columns, _ = card_grid(0, width, 0, least)
        self._columns, self._rects = card_grid(len(self.plan.metrics), width, self.card_height(columns), least)

    CARD_PAD = 16.0
    LIGHT = 30.0

    def needed_card_width(self) -> float:
        """The width at which every card shows its name (in at most two lines), its value with the unit, the
        weight line and the threshold and target whole (issue 17: at 115 % text they were cut with "…"):
        fewer columns rather than cut figures. At least CARD_MIN_WIDTH."""
        key = (id(self.plan.metrics), id(self.score), theme.BASE_POINT_SIZE)
        if getattr(self, "_needed_key", None) == key:
            return self._needed
        extra = self.CARD_PAD * 2 + 4 + 2
        need = float(CARD_MIN_WIDTH)
        # A card's own widths are remembered by its metric (identity) and score part (equality), and whether a
        # name is cut at a width by the name and width: an edit of one metric measures one card (issue 16: at
        # 64x every edit measured all 384 cards' texts again).
        if getattr(self, "_measured_size", None) != theme.BASE_POINT_SIZE:
            self._measured_size, self._inner_needs, self._cuts = theme.BASE_POINT_SIZE, {}, {}
        inner_needs: dict[int, tuple] = {}
        for i, metric in enumerate(self.plan.metrics if self.score is not None else ()):
            part = self.score.metric_scores[i]
            hit = self._inner_needs.get(id(metric))
            if hit is None or hit[0] is not metric or hit[1] != part:
                hit = (metric, part, self.inner_width_needed(self.card(i)))
            inner_needs[id(metric)] = hit
            need = max(need, hit[2] + extra)
            name = metric.name or metric.key
            room = need - extra - self.LIGHT - 8
            while room < 1200 and self._name_cut_at(name, room):
                room += 10
            need = max(need, room + extra + self.LIGHT + 8)
        self._inner_needs = inner_needs
        if len(self._cuts) > 20000:
            self._cuts = {}
        self._needed_key, self._needed = key, need
        return need

    def _name_cut_at(self, name: str, room: float) -> bool:
        """name_cut, remembered by the name and the width (at the text size measured)."""
        hit = self._cuts.get((name, room))
        if hit is None:
            hit = self._cuts[(name, room)] = self.name_cut(name, room)
        return hit

    def name_cut(self, name: str, room: float) -> bool:
        """Whether the card's name would be cut with "…" in `room` pixels (two lines at most)."""
        return "…" in "".join(name_lines(name, room, self._name_fonts())[1]) and "…" not in name

    def inner_width_needed(self, d: CardData) -> float:
        """The width inside a card's padding that its weight line, value with unit, and threshold and target
        need (in the fonts _paint_card draws them in)."""
        cal = d.part.calibration
        weight = weight_text(cal.weight) if cal is not None else "—"
        info = self.tr("Weight {weight} · {arrow} {direction}").format(
            weight=weight, arrow=direction_arrow(d.metric.direction), direction=direction_title(d.metric.direction))
        value = d.part.value
        number = number_text(value) if value is not None else "—"
        if value is not None:
            unit, unit_font = d.metric.unit, scaled_font(1.3)
        else:
            unit, unit_font = (self.tr("No measurement") if d.state == MISSING else state_title(d.state),
                               scaled_font(1.2, True))
        levels = (self.tr("Threshold {threshold} · Target {target}").format(
            threshold=number_text(cal.threshold), target=number_text(cal.target)) if cal is not None
            else state_title(NOT_CALIBRATED))
        if cal is not None and against_direction(d.metric.direction, cal):
            levels = "⚠ " + levels
        value_width = QFontMetricsF(scaled_font(2.8, True)).horizontalAdvance(number)
        if unit:
            value_width += 8 + QFontMetricsF(unit_font).horizontalAdvance(unit) + 2
        return max(QFontMetricsF(scaled_font(1.0)).horizontalAdvance(info) + 2, value_width,
                   QFontMetricsF(scaled_font(1.1)).horizontalAdvance(levels) + 2)

    def resizeEvent(self, event) -> None:
        self._relayout()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, self.minimumHeight())

    def _series_of(self, metric: m.Metric) -> tuple[tuple, tuple, tuple]:
        order = tuple(p.key for p in self.plan.commercial.periods)
        hit = self._series.get(id(metric))
        if hit is not None and hit[0] is metric and hit[1] == order:
            return hit[2]
        values = dict(metric.measurements)
        cals = calibrations_in_force(metric, order)  # one pass (was a call per period, each indexing the order)
        series = (tuple(values.get(k) for k in order),
                  tuple(c.threshold if c else None for c in cals),
                  tuple(c.target if c else None for c in cals))
        self._series[id(metric)] = (metric, order, series)
        return series

    def card(self, index: int) -> CardData | None:
        if self.score is None or not 0 <= index < len(self.plan.metrics):
            return None
        metric = self.plan.metrics[index]
        part = self.score.metric_scores[index]
        values, thresholds, targets = self._series_of(metric)
        return CardData(metric, part, state_of(part), list(values), list(thresholds), list(targets),
                        self.period_index)

    def card_at(self, pos: QPointF) -> int:
        for i, (x, y, w, h) in enumerate(self._rects):
            if x <= pos.x() - 1 <= x + w and y <= pos.y() - 1 <= y + h:
                return i
        return -1

    def set_current(self, index: int) -> None:
        if not self.plan.metrics:
            return
        index = max(0, min(len(self.plan.metrics) - 1, index))
        if index != self.current:
            self.current = index
            self.update()
            self.currentChanged.emit(self.plan.metrics[index].key)
        x, y, w, h = self._rects[index]
        parent = self.parentWidget()
        scroll = parent.parentWidget() if parent is not None else None
        if isinstance(scroll, QScrollArea):
            scroll.ensureVisible(int(x + w / 2), int(y + h / 2), int(w / 2), int(h / 2))

    # --- input

    def keyPressEvent(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self._columns,
                 Qt.Key.Key_Down: self._columns, Qt.Key.Key_Home: -10**6, Qt.Key.Key_End: 10**6}
        if key in moves and self.plan.metrics:
            self.set_current(self.current + moves[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.plan.metrics:
            self.metricActivated.emit(self.plan.metrics[self.current].key)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        i = self.card_at(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if i >= 0:
            self.set_current(i)

    def mouseDoubleClickEvent(self, event) -> None:
        i = self.card_at(event.position())
        if i >= 0:
            self.metricActivated.emit(self.plan.metrics[i].key)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            i = self.card_at(QPointF(event.pos()))
            data = self.card(i)
            if data is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(data), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip(self, d: CardData) -> str:
        x = d.metric
        lines = [x.name]
        if x.description:
            lines.append(x.description)
        lines.append(direction_title(x.direction))
        cal = d.part.calibration
        if cal is not None:
            lines.append(self.tr("Threshold {threshold}, target {target}, weight {weight}").format(
                threshold=number_text(cal.threshold), target=number_text(cal.target), weight=weight_text(cal.weight)))
            if against_direction(x.direction, cal):
                lines.append(self.tr("⚠ These levels count the other way than the direction; correct them in "
                                     "Metrics and calibrations."))
        lines.append(self.tr("Score {score}: {state}").format(score=score_text(d.part.exact), state=state_title(d.state)))
        for label, value in ((self.tr("Data source"), x.data_source), (self.tr("Measured"), x.frequency),
                             (self.tr("Owner"), x.owner)):
            if value:
                lines.append(f"{label}: {value}")
        if x.baseline is not None:
            lines.append(self.tr("Baseline: {value}").format(value=value_text(x.baseline, x.unit)))
        lines.append(self.tr("Double-click or Enter: edit the metric"))
        return "\n".join(lines)

    # --- painting

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QRectF(event.rect())
        if not self.plan.metrics:
            p.setPen(QColor(theme.MUTED))
            p.setFont(scaled_font(1.3))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No metrics yet: add them on the “Metrics and calibrations” tab, or from the library."))
            p.end()
            return
        for i, (x, y, w, h) in enumerate(self._rects):
            rect = QRectF(x + 1, y + 1, w, h)
            if not rect.intersects(clip):
                continue
            data = self.card(i)
            if data is not None:
                self._paint_card(p, rect, data, i == self.current and self.hasFocus())
        p.end()

    def _paint_card(self, p: QPainter, r: QRectF, d: CardData, focused: bool) -> None:
        pad = 16.0
        active = d.state not in (RETIRED, NOT_CALIBRATED)
        colour = state_colour(d.state)
        p.setPen(QPen(QColor(theme.ACCENT) if focused else QColor(theme.BORDER), 3 if focused else 1))
        p.setBrush(QColor(theme.SURFACE))
        p.drawRoundedRect(r, 8, 8)
        # a coloured edge on the left says the state at a glance
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(r.left() + 1.5, r.top() + 10, 6, r.height() - 20), 3, 3)

        text = QColor(theme.TEXT) if active else QColor(theme.MUTED)
        muted = QColor(theme.MUTED)
        left = r.left() + pad + 4
        inner = r.width() - pad * 2 - 4
        light = 30.0
        y = r.top() + 12

        # name and traffic light; a long name gets a smaller font, then a second line, then "…"
        name = d.metric.name or d.metric.key
        room = inner - light - 8
        lines = name_lines(name, room, self._name_fonts())
        font, texts = lines
        p.setFont(font)
        fm = QFontMetricsF(font)
        p.setPen(text)
        if len(texts) == 1:
            p.drawText(QPointF(left, y + (light + fm.ascent() - fm.descent()) / 2), texts[0])
        else:
            for i, line in enumerate(texts):
                p.drawText(QPointF(left, y + fm.ascent() + i * fm.height()), line)
        self._paint_light(p, QRectF(r.right() - pad - light, y, light, light), d.state)
        y += max(light, fm.height() * len(texts)) + 2

        # weight and direction
        p.setFont(scaled_font(1.0))
        fm = QFontMetricsF(p.font())
        p.setPen(muted)
        cal = d.part.calibration
        weight = weight_text(cal.weight) if cal is not None else "—"
        info = self.tr("Weight {weight} · {arrow} {direction}").format(
            weight=weight, arrow=direction_arrow(d.metric.direction), direction=direction_title(d.metric.direction))
        p.drawText(QPointF(left, y + fm.ascent()), fm.elidedText(info, Qt.TextElideMode.ElideRight, inner))
        y += fm.height() + 4

        # the value, big, with its unit
        value = d.part.value
        big = scaled_font(2.8, True)
        p.setFont(big)
        fm = QFontMetricsF(big)
        p.setPen(text)
        number = number_text(value) if value is not None else "—"
        p.drawText(QPointF(left, y + fm.ascent()), number)
        unit_x = left + fm.horizontalAdvance(number) + 8
        base = y + fm.ascent()
        if value is not None and d.metric.unit:
            p.setFont(scaled_font(1.3))
            ufm = QFontMetricsF(p.font())
            p.setPen(muted)
            p.drawText(QPointF(unit_x, base), ufm.elidedText(d.metric.unit, Qt.TextElideMode.ElideRight,
                                                             max(20.0, left + inner - unit_x)))
        elif value is None:
            p.setFont(scaled_font(1.2, True))
            p.setPen(colour if d.state == MISSING else muted)
            note = (self.tr("No measurement") if d.state == MISSING else state_title(d.state))
            ufm = QFontMetricsF(p.font())
            p.drawText(QPointF(unit_x, base), ufm.elidedText(note, Qt.TextElideMode.ElideRight,
                                                             max(20.0, left + inner - unit_x)))
        y += fm.height() + 2

        # threshold and target in force
        p.setFont(scaled_font(1.1))
        fm = QFontMetricsF(p.font())
        p.setPen(text)
        if cal is not None:
            levels = self.tr("Threshold {threshold} · Target {target}").format(
                threshold=number_text(cal.threshold), target=number_text(cal.target))
            if against_direction(d.metric.direction, cal):  # a file of an earlier version: said on the card too
                p.setPen(QColor(theme.BAD))  # (the tooltip and the warnings above the cards say it in words)
                levels = "⚠ " + levels
        else:
            levels = state_title(NOT_CALIBRATED)
        p.drawText(QPointF(left, y + fm.ascent()), fm.elidedText(levels, Qt.TextElideMode.ElideRight, inner))
        y += fm.height() + 8

        # score: bar and percentage
        p.setFont(scaled_font(1.8, True))
        fm = QFontMetricsF(p.font())
        score = score_text(d.part.exact) if active else "—"
        score_w = fm.horizontalAdvance("100,0 %") + 4
        bar = QRectF(left, y + fm.height() / 2 - 6, inner - score_w - 10, 12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.BACKGROUND))
        p.drawRoundedRect(bar, 6, 6)
        if active and d.part.exact > 0:
            filled = QRectF(bar.left(), bar.top(), bar.width() * float(score_percent(d.part.exact)) / 100, bar.height())
            p.setBrush(colour)
            p.drawRoundedRect(filled, 6, 6)
        p.setPen(colour if active else muted)
        p.drawText(QRectF(r.right() - pad - score_w, y, score_w, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, score)
        y += fm.height() + 8

        # trend over the periods
        spark = QRectF(left, y + 4, inner, max(20.0, r.bottom() - y - 16))
        self._paint_sparkline(p, spark, d, colour)

    def _name_fonts(self):
        fonts = getattr(self, "_fonts", None)
        if fonts is None:
            fonts = self._fonts = [scaled_font(f, True) for f in (1.35, 1.2, 1.08)]
        return fonts

    def _paint_light(self, p: QPainter, rect: QRectF, state: str) -> None:
        """A traffic light with a symbol inside, so the state does not rest on colour alone."""
        colour = state_colour(state)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(rect)
        pen = QPen(QColor(theme.SURFACE), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        c = rect.center()
        s = rect.width() * 0.22
        if state == GOOD:
            path = QPainterPath(QPointF(c.x() - s, c.y()))
            path.lineTo(c.x() - s * 0.25, c.y() + s * 0.8)
            path.lineTo(c.x() + s * 1.1, c.y() - s * 0.8)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        elif state == BAD:
            p.drawLine(QPointF(c.x() - s, c.y() - s), QPointF(c.x() + s, c.y() + s))
            p.drawLine(QPointF(c.x() - s, c.y() + s), QPointF(c.x() + s, c.y() - s))
        elif state == PARTIAL:
            p.drawLine(QPointF(c.x() - s * 1.1, c.y()), QPointF(c.x() + s * 1.1, c.y()))
        elif state == MISSING:
            p.setFont(scaled_font(1.3, True))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
        else:
            p.drawLine(QPointF(c.x() - s, c.y()), QPointF(c.x() + s, c.y()))

    def _paint_sparkline(self, p: QPainter, rect: QRectF, d: CardData, colour: QColor) -> None:
        n = len(d.values)
        if n == 0:
            return
        p.setFont(scaled_font(0.9))
        fm = QFontMetricsF(p.font())
        label_h = fm.height()
        plot = QRectF(rect.left() + 4, rect.top() + 4, rect.width() - 8, rect.height() - label_h - 6)
        vals, ths, tgs = sparkline_layout(d.values, d.thresholds, d.targets, plot.width(), plot.height())

        left, top = plot.left(), plot.top()
        vals = [None if pt is None else QPointF(left + pt[0], top + pt[1]) for pt in vals]
        ths = [None if pt is None else QPointF(left + pt[0], top + pt[1]) for pt in ths]
        tgs = [None if pt is None else QPointF(left + pt[0], top + pt[1]) for pt in tgs]
        half = (plot.width() / (n - 1) if n > 1 else plot.width()) / 2
        x_min, x_max = plot.left(), plot.right()

        def step_line(points, pen):
            """Each period's level as a short level line centred on the period: steps show recalibrations."""
            p.setPen(pen)
            run = None  # [x0, x1, y] of equal levels in a row, drawn as one line
            for pt in points + [None]:
                if pt is not None and run is not None and pt.y() == run[2]:
                    run[1] = pt.x() + half
                    continue
                if run is not None:
                    p.drawLine(QPointF(max(x_min, run[0]), run[2]), QPointF(min(x_max, run[1]), run[2]))
                run = None if pt is None else [pt.x() - half, pt.x() + half, pt.y()]

        step_line(ths, QPen(QColor(theme.BAD), 1.2, Qt.PenStyle.DashLine))
        step_line(tgs, QPen(QColor(theme.GOOD), 1.2, Qt.PenStyle.DashLine))
        # the selected period's column
        if 0 <= d.period_index < n:
            x = plot.left() + (plot.width() / (n - 1) * d.period_index if n > 1 else plot.width() / 2)
            p.setPen(QPen(QColor(theme.ACCENT_LIGHT), 10))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(QPen(QColor(theme.ACCENT), 2.2))
        previous = None
        for pt in vals:
            if pt is not None and previous is not None:
                p.drawLine(previous, pt)
            previous = pt
        p.setPen(Qt.PenStyle.NoPen)
        for i, pt in enumerate(vals):
            if pt is None:
                continue
            selected = i == d.period_index
            p.setBrush(colour if selected else QColor(theme.ACCENT))
            radius = 5.5 if selected else 3.0
            p.drawEllipse(pt, radius, radius)
        if not any(v is not None for v in vals):
            p.setPen(QColor(theme.MUTED))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet"))
        # first and last period under the line
        p.setPen(QColor(theme.MUTED))
        periods = self.plan.commercial.periods
        bottom = QRectF(rect.left(), rect.bottom() - label_h, rect.width(), label_h)
        if periods:
            first, last = periods[0], periods[-1]
            p.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       short_period(first.name or first.key, 0))
            if len(periods) > 1:
                p.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           short_period(last.name or last.key, len(periods) - 1))


def name_lines(name: str, room: float, fonts) -> tuple:
    """(font, [line, ...]): one line in the largest font that fits, else two lines in the smallest."""
    for font in fonts:
        if QFontMetricsF(font).horizontalAdvance(name) <= room:
            return font, [name]
    font = fonts[-1]
    fm = QFontMetricsF(font)
    words = name.split()
    first = ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= room:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word: cut it
        return font, [fm.elidedText(name, Qt.TextElideMode.ElideRight, room)]
    rest = " ".join(words)
    return font, [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, room)] if rest else [first]


def short_period(name: str, index: int) -> str:
    """A short label for a period under a sparkline: the name up to its first parenthesis."""
    head = name.split("(")[0].strip()
    return head if 0 < len(head) <= 18 else str(index + 1)


# ---------------------------------------------------------------- the score strip


class ScoreStrip(QWidget):
    """The KPI score of each period as a small bar chart; click a bar to choose the period."""

    periodClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # (key, name, score percent or None while it is being computed, has measurements)
        self.items: list[tuple[str, str, Decimal | None, bool]] = []
        self.current = ""
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("KPI score by period"))
        self.setMouseTracking(True)

    def set_items(self, items: list[tuple[str, str, Decimal | None, bool]], current: str) -> None:
        self.items = items
        self.current = current
        parts = [f"{name}: {self.label(v, measured)}" for _k, name, v, measured in items]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def label(self, value: Decimal | None, measured: bool, decimals: int | None = 1) -> str:
        if not measured:
            return self.tr("no measurements yet")
        return "…" if value is None else fmt_percent(value, decimals)

    def sizeHint(self) -> QSize:
        return QSize(300, 96)

    def _slot(self) -> float:
        return self.width() / max(1, len(self.items))

    def mousePressEvent(self, event) -> None:
        i = int(event.position().x() // self._slot())
        if 0 <= i < len(self.items):
            self.periodClicked.emit(self.items[i][0])

    def mouseMoveEvent(self, event) -> None:
        i = int(event.position().x() // self._slot())
        if 0 <= i < len(self.items):
            _k, name, v, measured = self.items[i]
            QToolTip.showText(event.globalPosition().toPoint(), f"{name}: {self.label(v, measured)}", self)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.items)
        if not n:
            p.end()
            return
        slot = self._slot()
        p.setFont(scaled_font(0.9))
        fm = QFontMetricsF(p.font())
        label_h = fm.height()
        top = label_h + 2
        plot_h = self.height() - top - label_h - 4
        show_labels = slot >= fm.horizontalAdvance("100 %") + 4
        for i, (key, name, v, measured) in enumerate(self.items):
            x = i * slot + slot * 0.18
            w = slot * 0.64
            base = top + plot_h
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.BACKGROUND))
            p.drawRect(QRectF(x, top, w, plot_h))
            if not measured:
                p.setPen(QPen(QColor(theme.BORDER), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x, top, w, plot_h))
                p.setPen(Qt.PenStyle.NoPen)
            elif v is not None:
                h = plot_h * float(v) / 100
                p.setBrush(QColor(theme.ACCENT) if key == self.current else _towards_surface(theme.ACCENT, 0.45))
                p.drawRect(QRectF(x, base - h, w, h))
            p.setPen(QColor(theme.TEXT if key == self.current else theme.MUTED))
            if show_labels:
                p.drawText(QRectF(i * slot, 0, slot, label_h), Qt.AlignmentFlag.AlignCenter,
                           "—" if not measured else "…" if v is None else fmt_percent(v, 0))
                label = short_period(name, i)
                if fm.horizontalAdvance(label) > slot - 4:  # too narrow (many periods, large text): the number
                    label = str(i + 1)
                p.drawText(QRectF(i * slot, base + 2, slot, label_h), Qt.AlignmentFlag.AlignCenter, label)
        p.end()


def _towards_surface(colour: str, amount: float) -> QColor:
    """The colour mixed with the card's surface (paler on a light palette, darker on the dark one)."""
    c, base = QColor(colour), QColor(theme.SURFACE)
    return QColor(round(c.red() + (base.red() - c.red()) * amount), round(c.green() + (base.green() - c.green()) * amount),
                  round(c.blue() + (base.blue() - c.blue()) * amount))


def fmt_percent(value: Decimal, decimals: int | None = 1) -> str:
    from ...core.formatting import format_percent
    from .common import lang

    return format_percent(value, decimals, lang())


# ---------------------------------------------------------------- the board tab


class BoardTab(QWidget):
    """Headline numbers for the chosen period, the legend, warnings and the cards."""

    metricActivated = Signal(str)
    periodClicked = Signal(str)
    addLibrary = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(10)

        numbers = QGridLayout()
        numbers.setSpacing(theme.SPACING)
        self.score_card = Card(self.tr("KPI score of the period"))
        self.score_big = QLabel()
        self.score_big.setFont(scaled_font(3.2, True))
        self.score_small = QLabel()
        theme.muted(self.score_small)
        self.score_small.setWordWrap(True)
        self.score_card.body.addWidget(self.score_big)
        self.score_card.body.addWidget(self.score_small)
        self.score_card.body.addStretch(1)

        self.bonus_card = Card(self.tr("Effectiveness bonus earned"))
        self.bonus_big = QLabel()
        self.bonus_big.setFont(scaled_font(3.2, True))
        self.bonus_small = QLabel()
        theme.muted(self.bonus_small)
        self.bonus_small.setWordWrap(True)
        self.bonus_card.body.addWidget(self.bonus_big)
        self.bonus_card.body.addWidget(self.bonus_small)
        self.bonus_card.body.addStretch(1)

        self.weights_card = Card(self.tr("Weights of the metrics"))
        self.weights = WeightsBar()
        self.weights_small = QLabel()
        self.weights_small.setWordWrap(True)
        self.weights_card.body.addWidget(self.weights)
        self.weights_card.body.addWidget(self.weights_small)
        self.weights_card.body.addStretch(1)

        self.strip_card = Card(self.tr("KPI score by period"))
        self.strip = ScoreStrip()
        self.strip.periodClicked.connect(self.periodClicked)
        self.strip_card.body.addWidget(self.strip)
        self.strip_card.body.addStretch(1)

        for i, (card, stretch) in enumerate(((self.score_card, 2), (self.bonus_card, 3), (self.weights_card, 3),
                                             (self.strip_card, 3))):
            card.title.setWordWrap(True)  # a long title takes two lines on a small screen, never "…" (issue 17)
            numbers.addWidget(card, 0, i)
            numbers.setColumnStretch(i, stretch)
        outer.addLayout(numbers)

        legend_row = QHBoxLayout()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        legend_row.addWidget(self.legend, 1)
        outer.addLayout(legend_row)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("metricsWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # metric names are user text
        self.warnings.setStyleSheet(
            f"QLabel#metricsWarnings {{ background: {theme.BANNER}; color: {theme.TEXT}; border: 1px solid "
            f"{theme.WARN}; border-radius: 4px; padding: 6px 10px; }}")
        self.warnings.setAccessibleName(self.tr("Warnings"))
        outer.addWidget(self.warnings)

        self.empty = QWidget()
        empty_row = QHBoxLayout(self.empty)
        empty_row.setContentsMargins(0, 20, 0, 0)
        self.empty_label = QLabel(self.tr("The plan has no metrics yet. Start from the metric library of the "
                                          "care-process slide (waiting times, care costs, satisfaction…)."))
        self.empty_label.setFont(scaled_font(1.3))
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Add the metric library"))
        theme.primary(self.empty_button)
        self.empty_button.clicked.connect(self.addLibrary)
        empty_row.addWidget(self.empty_label, 1)
        empty_row.addWidget(self.empty_button)
        outer.addWidget(self.empty)

        self.canvas = BoardCanvas()
        self.canvas.metricActivated.connect(self.metricActivated)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.canvas)
        outer.addWidget(self.scroll, 1)
        self._set_legend()

    def _set_legend(self) -> None:
        # a dashed line's sign; the word joiners (U+2060) keep a line from breaking after its hyphens
        dashes = "-\u2060&nbsp;-\u2060&nbsp;-\u2060"
        items = []
        for state in (GOOD, PARTIAL, BAD, MISSING):
            items.append(f'<span style="color:{state_colour(state).name()}; font-size:16pt;">●</span>'
                         f'&nbsp;{state_title(state).replace(" ", "&nbsp;")}')  # wraps between entries only
        items.append(f'<span style="color:{theme.GOOD}; font-weight:bold;">{dashes}</span>&nbsp;'
                     + self.tr("target"))
        items.append(f'<span style="color:{theme.BAD}; font-weight:bold;">{dashes}</span>&nbsp;' + self.tr("threshold"))
        explain = html.escape(self.tr(
            "Score = how far the value has come from the threshold (0 %) to the target (100 %)."))
        # the term, its "=" and the first word of what it means stay on one line ("Score" alone at a line's end
        # read as a fifth entry of the legend)
        words = explain.split(" ", 3)
        explain = "&nbsp;".join(words[:3]) + "".join(" " + rest for rest in words[3:])
        # non-breaking inside an entry, a plain space between entries: a line breaks only there
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(items) + f" &nbsp;&nbsp;&nbsp; <span style='color:"
                            f"{theme.MUTED}'>{explain}</span>")

    def set_read_only(self, read_only: bool) -> None:
        self.empty_button.setEnabled(not read_only)

    def show_period(self, plan: m.Plan, period: m.ServicePeriod | None, index: int, score: PeriodScore | None,
                    result: PeriodResult | None, weight_problem_text: str | None,
                    level_problems: list[str] | tuple[str, ...] = ()) -> None:
        """`level_problems`: metrics whose levels contradict their direction (core.metrics_edits.level_problems),
        warned about first whatever the period, until fixed."""
        has_metrics = bool(plan.metrics)
        self.empty.setVisible(not has_metrics)
        self.canvas.set_data(plan, score, index)
        if period is None or score is None:
            self.score_big.setText("—")
            self.score_small.setText(self.tr("Add service periods on the Commercial model view: metrics are "
                                             "calibrated and measured per service period."))
            self.bonus_big.setText("—")
            self.bonus_small.setText("")
            self.weights.set_parts([], "")
            self.weights_small.setText("")
            self._show_warnings(list(level_problems))
            return
        counting = [x for x in score.metric_scores if x.counts]
        self.score_big.setText(score_text(score.exact))
        self.score_big.setStyleSheet(f"color: {theme.ACCENT};")
        self.score_small.setText(self.tr("Weighted mean of the scores of {count} metrics.").format(count=len(counting)))
        self.score_small.setToolTip(period.name or period.key)
        self._show_bonus(period, result)
        names = {x.key: x.name for x in plan.metrics}
        parts = [(names.get(x.metric, x.metric), x.weight) for x in counting]
        self.weights.set_parts(parts, period.name or period.key)
        if weight_problem_text:
            self.weights_small.setText(weight_problem_text)
            self.weights_small.setStyleSheet(f"color: {theme.BAD};")
        else:
            self.weights_small.setText(self.tr("{count} metrics count in this period.").format(count=len(counting)))
            self.weights_small.setStyleSheet(f"color: {theme.MUTED};")
        warnings = list(score.warnings)
        if weight_problem_text and weight_problem_text not in warnings:
            warnings.insert(0, weight_problem_text)
        self._show_warnings(list(level_problems) + warnings)

    def _show_warnings(self, warnings: list[str]) -> None:
        if warnings:
            shown = warnings[:4]
            if len(warnings) > 4:
                shown.append(self.tr("… and {count} more warnings.").format(count=len(warnings) - 4))
            self.warnings.setText("⚠ " + "\n⚠ ".join(shown))
        self.warnings.setVisible(bool(warnings))

    def _show_bonus(self, period: m.ServicePeriod, result: PeriodResult | None) -> None:
        if result is None:
            self.bonus_big.setText("—")
            self.bonus_small.setText("")
            return
        self.bonus_big.setText(fmt.money(result.effectiveness_bonus_paid))
        pool = result.gain.effectiveness_pool
        if result.is_forecast:  # no actuals, or overhead or production not entered yet
            self.bonus_big.setStyleSheet(f"color: {theme.MUTED};")
            self.bonus_small.setText(self.tr("No actual costs yet: the bonus is settled when the period's costs "
                                             "are known and the target cost is under-run."))
        elif result.outcome == "overrun":
            self.bonus_big.setStyleSheet(f"color: {theme.MUTED};")
            self.bonus_small.setText(self.tr("The target cost was exceeded by {amount}: no effectiveness bonus "
                                             "is paid, whatever the score.").format(amount=fmt.money(result.overrun)))
        elif pool == 0:
            self.bonus_big.setStyleSheet(f"color: {theme.MUTED};")
            self.bonus_small.setText(self.tr("The effectiveness-bonus pool of the period is empty."))
        else:
            self.bonus_big.setStyleSheet(f"color: {theme.GOOD};")
            self.bonus_small.setText(self.tr("{score} of the pool {pool}; the unearned {unpaid} stays with "
                                             "the buyer.").format(score=score_text(result.kpi_score_exact),
                                                                  pool=fmt.money(pool),
                                                                  unpaid=fmt.money(result.effectiveness_bonus_unpaid)))

    def show_strip(self, items: list[tuple[str, str, Decimal | None, bool]], current: str) -> None:
        self.strip.set_items(items, current)
        self.strip_card.setVisible(bool(items))
