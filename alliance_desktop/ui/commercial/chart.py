"""The gain/pain chart: each party's result against the period's actual cost, painted with QPainter.

The data and the axis scales come from `core.gainpain.sweep` (Qt-free, shared with the PDF);
`PlotFrame` maps values to pixels and `compact_unit` picks the money unit of the y axis, both
without Qt, so a report painter can lay the chart out the same way.
"""

from __future__ import annotations


from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ...core.records import record
from ...core import model as m
from ...core.gainpain import GainPainSweep, Scale, sweep
from ...core.settlement import KpiInput
from .. import theme

PARTIES = ("buyer", "producer", "staff")
MAX_POINTS = 2000


# ---------------------------------------------------------------- Qt-free layout


@record
class PlotFrame:
    """The plot rectangle in pixels and the scales it shows."""

    left: float
    top: float
    width: float
    height: float
    x: Scale
    y: Scale

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def px(self, value: float) -> float:
        span = (self.x.high - self.x.low) or 1.0
        return self.left + (value - self.x.low) / span * self.width

    def py(self, value: float) -> float:
        span = (self.y.high - self.y.low) or 1.0
        return self.top + (self.y.high - value) / span * self.height


def compact_unit(scale: Scale) -> tuple[float, int, str]:
    """(divisor, decimals, unit) for the money ticks of `scale`: "M" for millions, "k" for thousands, "" else."""
    biggest = max(abs(scale.low), abs(scale.high))
    divisor, unit = (1e6, "M") if biggest >= 1e6 else (1e3, "k") if biggest >= 1e3 else (1.0, "")
    step = scale.step / divisor
    decimals = 0
    while decimals < 3 and abs(step * 10 ** decimals - round(step * 10 ** decimals)) > 1e-9:
        decimals += 1
    return divisor, decimals, unit


def sample_count(width: float) -> int:
    """Points for a curve this wide: one per two pixels (the curves are straight between the caps, so the
    kinks land within a pixel), 100…MAX_POINTS."""
    return max(100, min(MAX_POINTS, int(width / 2)))


def corners(xs: tuple[float, ...], ys: tuple[float, ...], tolerance: float = 1e-6) -> list[tuple[float, float]]:
    """The points of a sampled piecewise-linear curve where it bends (plus both ends).

    A sweep's curves are straight between the caps, so 2 000 samples reduce to a handful of corners:
    drawing stays exact and costs next to nothing. `tolerance` is relative to the y range.
    """
    n = len(xs)
    if n <= 2:
        return list(zip(xs, ys))
    span = (max(ys) - min(ys)) or 1.0
    eps = tolerance * span
    kept = [(xs[0], ys[0])]
    for i in range(1, n - 1):
        x0, y0 = kept[-1]
        x1, y1, x2, y2 = xs[i], ys[i], xs[i + 1], ys[i + 1]
        # keep point i when the line from the last kept point through it does not reach i+1
        if x1 == x0 or abs(y0 + (y1 - y0) * (x2 - x0) / (x1 - x0) - y2) > eps:
            kept.append((x1, y1))
    kept.append((xs[-1], ys[-1]))
    return kept


# ---------------------------------------------------------------- the widget


class GainPainChart(QWidget):
    """Buyer, producer and staff result (gain +, pain −) across actual costs −20 %…+20 % of the target."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl + / Ctrl − zoom by keyboard
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel: no parent repaint
        self.setAccessibleName(self.tr("Gain and pain chart"))
        self.setToolTip(self.tr("Each party's gain (+) or pain (−) as the period's actual cost moves from 20 % "
                                "under to 20 % over the target cost. Dashed lines: where a cap starts to bind. "
                                "The marked line is the period as it stands now. "
                                "Ctrl + mouse wheel or Ctrl + / Ctrl − make the text larger or smaller."))
        self._inputs: tuple | None = None
        self._title = ""
        self.forecast = False
        self._sweep: GainPainSweep | None = None
        self._sweep_n = 0
        self.scale = 1.0

    def sizeHint(self) -> QSize:
        return QSize(720, 440)

    # ------------------------------------------------------------ zoom (Ctrl+wheel, Ctrl + / Ctrl − / Ctrl 0)

    MIN_SCALE, MAX_SCALE = 0.7, 2.0

    def set_scale(self, scale: float) -> None:
        scale = min(self.MAX_SCALE, max(self.MIN_SCALE, round(scale, 2)))
        if scale != self.scale:
            self.scale = scale
            self.update()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_scale(self.scale * (1.1 if event.angleDelta().y() > 0 else 1 / 1.1))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.set_scale(self.scale * 1.1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.set_scale(self.scale / 1.1)
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_0:
            self.set_scale(1.0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_period(self, commercial: m.Commercial | None, period: m.ServicePeriod | None, kpi_score: KpiInput = 0,
                   actual: m.ActualCost | None = None, title: str = "", forecast: bool = False) -> None:
        """What to draw; the sweep is computed when the chart is next painted.

        `forecast`: the period has no (complete) actuals; its point is an estimate at the target,
        drawn hollow and labelled as a forecast.
        """
        inputs = None if period is None or commercial is None else (commercial, period, kpi_score, actual)
        if inputs != self._inputs or title != self._title or forecast != self.forecast:
            self._inputs = inputs
            self._title = title
            self.forecast = forecast
            self._sweep = None
            self.update()

    def current_sweep(self, n: int | None = None) -> GainPainSweep | None:
        if self._inputs is None:
            return None
        n = n or self._sweep_n or MAX_POINTS
        if self._sweep is None or self._sweep_n != n:
            commercial, period, score, actual = self._inputs
            self._sweep = sweep(commercial, period, score, n=n, actual=actual)
            self._sweep_n = n
        return self._sweep

    # ------------------------------------------------------------ painting

    def _font(self, factor: float, bold: bool = False) -> QFont:
        f = QFont(QApplication.font())
        f.setPointSizeF(max(6.0, theme.BASE_POINT_SIZE * factor * self.scale))
        f.setBold(bold)
        return f

    def _money(self, value: float, divisor: float, decimals: int, unit: str, signed: bool = False) -> str:
        number = QLocale().toString(abs(value) / divisor, "f", decimals)
        sign = "−" if value < 0 and round(abs(value) / divisor, decimals) != 0 else (
            "+" if signed and value > 0 else "")
        if unit == "M":
            return self.tr("{value} M€").format(value=sign + number)
        if unit == "k":
            return self.tr("{value} k€").format(value=sign + number)
        return self.tr("{value} €").format(value=sign + number)

    def _percent(self, value: float, decimals: int = 0) -> str:
        number = QLocale().toString(abs(value), "f", decimals)
        sign = "−" if value < 0 and round(abs(value), decimals) != 0 else "+" if value > 0 else ""
        return self.tr("{value} %").format(value=sign + number)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(p, QRectF(self.rect()))
        finally:
            p.end()

    PAD = 14.0  # pixels around the title, the legend and the plot

    def _paint(self, p: QPainter, rect: QRectF) -> None:
        p.fillRect(rect, QColor(theme.SURFACE))
        look = _Look(self)
        title_rect = self._paint_title(p, rect, look)
        if self._inputs is None:
            p.setFont(look.label_font)
            p.setPen(look.muted)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No service periods yet"))
            return
        sw = self.current_sweep(sample_count(rect.width()))
        money_unit = compact_unit(sw.y_scale)
        y_labels = [self._money(v, *money_unit) for v in sw.y_scale.ticks]
        y_label_width = max(look.lm.horizontalAdvance(t) for t in y_labels)
        legend_bottom = self._paint_legend(p, rect, look, sw, title_rect.bottom() + self.PAD * 0.5, money_unit)
        frame, band, x_decimals = self._plot_frame(rect, look, sw, legend_bottom, y_label_width)
        self._paint_background(p, frame, look)
        self._paint_grid(p, rect, frame, look, sw, y_labels, y_label_width, x_decimals)
        self._paint_caps(p, rect, frame, look, sw, band)
        self._paint_curves(p, frame, sw)
        self._paint_now(p, frame, look, sw)

    def _paint_title(self, p: QPainter, rect: QRectF, look: _Look) -> QRectF:
        """The chart's title on one line (elided); returns its rectangle."""
        pad = self.PAD
        p.setFont(look.title_font)
        p.setPen(look.text)
        tm = QFontMetricsF(look.title_font)
        title_rect = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, tm.height())
        p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   tm.elidedText(self._title or self.tr("Gain and pain"), Qt.TextElideMode.ElideRight,
                                 title_rect.width()))
        return title_rect

    def _paint_legend(self, p: QPainter, rect: QRectF, look: _Look, sw: GainPainSweep, legend_top: float,
                      money_unit: tuple[float, int, str]) -> float:
        """One entry per party with its result now, wrapped onto as many rows as needed; returns the bottom."""
        pad, lm = self.PAD, look.lm
        divisor, decimals, unit = money_unit
        x = rect.left() + pad
        row_h = lm.height() * 1.2
        legend_rows = 1
        entries = []
        for party in PARTIES:
            text = self.tr("{party}: {value}").format(
                party=self._party(party), value=self._money(getattr(sw.current, party), divisor,
                                                            max(decimals, 1 if unit else 0), unit, signed=True))
            entries.append((party, text))
        positions = []
        for party, text in entries:
            w = 34 + lm.horizontalAdvance(text) + 24
            if x + w > rect.right() - pad and x > rect.left() + pad:
                legend_rows += 1
                x = rect.left() + pad
            positions.append((party, text, x, legend_top + (legend_rows - 1) * row_h))
            x += w
        p.setFont(look.label_font)
        for party, text, lx, ly in positions:
            pen = QPen(QColor(theme.ROLE_COLOURS[party]), 4 * self.scale)
            p.setPen(pen)
            mid = ly + row_h / 2
            p.drawLine(QPointF(lx, mid), QPointF(lx + 26, mid))
            p.setPen(look.text)
            p.drawText(QRectF(lx + 34, ly, lm.horizontalAdvance(text) + 4, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        return legend_top + legend_rows * row_h

    def _plot_frame(self, rect: QRectF, look: _Look, sw: GainPainSweep, legend_bottom: float,
                    y_label_width: float) -> tuple[PlotFrame, float, int]:
        """The plot rectangle below the legend, the height of the cap labels' strip above it, and the
        decimals of the x ticks."""
        pad, lm = self.PAD, look.lm
        has_caps = sw.gain_cap is not None or sw.pain_cap is not None
        band = look.sm.height() + 8 if has_caps else 0.0  # a strip above the plot for the cap labels
        plot_top = legend_bottom + pad * 0.6 + band
        bottom_space = lm.height() * 2.6 + pad * 0.5
        left = rect.left() + pad + y_label_width + 10
        x_decimals = 0 if all(abs(t - round(t)) < 1e-9 for t in sw.x_scale.ticks) else 1
        last_tick = lm.horizontalAdvance(self._percent(sw.x_scale.ticks[-1], x_decimals)) / 2
        right = rect.right() - max(pad, last_tick + 6)
        frame = PlotFrame(left, plot_top, max(10.0, right - left),
                          max(10.0, rect.bottom() - bottom_space - plot_top), sw.x_scale, sw.y_scale)
        return frame, band, x_decimals

    def _paint_background(self, p: QPainter, frame: PlotFrame, look: _Look) -> None:
        """The under-run (savings) side and the over-run side, tinted and labelled."""
        sm = look.sm
        zero_x = min(max(frame.px(0.0), frame.left), frame.right)
        good, bad = QColor(theme.GOOD), QColor(theme.BAD)
        good.setAlpha(22)
        bad.setAlpha(22)
        p.fillRect(QRectF(frame.left, frame.top, zero_x - frame.left, frame.height), good)
        p.fillRect(QRectF(zero_x, frame.top, frame.right - zero_x, frame.height), bad)
        p.setFont(look.small_font)
        p.setPen(QColor(theme.GOOD))
        p.drawText(QRectF(frame.left + 8, frame.top + 4, zero_x - frame.left - 12, sm.height()),
                   Qt.AlignmentFlag.AlignLeft, self.tr("Under-run (savings)"))
        p.setPen(QColor(theme.BAD))
        p.drawText(QRectF(zero_x + 4, frame.top + 4, frame.right - zero_x - 12, sm.height()),
                   Qt.AlignmentFlag.AlignRight, self.tr("Over-run"))

    def _paint_grid(self, p: QPainter, rect: QRectF, frame: PlotFrame, look: _Look, sw: GainPainSweep,
                    y_labels: list[str], y_label_width: float, x_decimals: int) -> None:
        """Grid lines with their tick labels, the x axis title, the zero line and the plot's border."""
        pad, lm, text_colour = self.PAD, look.lm, look.text
        grid = QPen(QColor(theme.BORDER), 1)
        p.setFont(look.label_font)
        for value, text in zip(sw.y_scale.ticks, y_labels):
            y = frame.py(value)
            p.setPen(grid)
            p.drawLine(QPointF(frame.left, y), QPointF(frame.right, y))
            p.setPen(text_colour)
            p.drawText(QRectF(rect.left() + pad, y - lm.height() / 2, y_label_width, lm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        for value in sw.x_scale.ticks:
            x = frame.px(value)
            p.setPen(grid)
            p.drawLine(QPointF(x, frame.top), QPointF(x, frame.bottom))
            p.setPen(text_colour)
            text = self._percent(value, x_decimals)
            w = lm.horizontalAdvance(text) + 8
            p.drawText(QRectF(x - w / 2, frame.bottom + 4, w, lm.height()), Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(look.muted)
        axis_title = self.tr("Actual cost compared with the target cost")
        title_w = min(lm.horizontalAdvance(axis_title) + 8, rect.width() - 2 * pad)
        centre = min(max(frame.left + frame.width / 2, rect.left() + pad + title_w / 2),
                     rect.right() - pad - title_w / 2)
        p.drawText(QRectF(centre - title_w / 2, frame.bottom + 4 + lm.height(), title_w, lm.height() * 1.3),
                   Qt.AlignmentFlag.AlignCenter,
                   lm.elidedText(axis_title, Qt.TextElideMode.ElideRight, title_w))
        if sw.y_scale.low <= 0 <= sw.y_scale.high:  # the zero line
            p.setPen(QPen(text_colour, 1.5))
            p.drawLine(QPointF(frame.left, frame.py(0)), QPointF(frame.right, frame.py(0)))
        p.setPen(QPen(QColor(theme.BORDER), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(frame.left, frame.top, frame.width, frame.height))

    def _paint_caps(self, p: QPainter, rect: QRectF, frame: PlotFrame, look: _Look, sw: GainPainSweep,
                    band: float) -> None:
        """A dashed line where a cap starts to bind, labelled in the strip above the plot (shortened to the
        percentage when labels would overlap)."""
        sm, muted = look.sm, look.muted
        p.setFont(look.small_font)
        caps = []
        if sw.gain_cap is not None:
            caps.append((sw.gain_cap.cost_percent, self.tr("Cap on shared savings")))
        if sw.pain_cap is not None:
            caps.append((sw.pain_cap.cost_percent, self.tr("Producer's sanction at its cap")))
        shown = [(frame.px(value), text, self._percent(value, 1 if abs(value - round(value)) > 1e-9 else 0))
                 for value, text in caps if frame.x.low <= value <= frame.x.high]
        for x, _text, _pct in shown:
            p.setPen(QPen(muted, 2 * self.scale, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, frame.top - band + sm.height() + 2), QPointF(x, frame.bottom))
        p.setPen(muted)
        places = cap_label_places([(x, f"{text} ({pct})", pct) for x, text, pct in shown],
                                  lambda label: sm.horizontalAdvance(label) + 8, rect.left() + 2, rect.right() - 2)
        for left, width, label in places:
            p.drawText(QRectF(left, frame.top - band, width, sm.height() + 2), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_curves(self, p: QPainter, frame: PlotFrame, sw: GainPainSweep) -> None:
        """Each party's result as a polyline through the curve's corners, clipped to the plot."""
        p.save()
        p.setClipRect(QRectF(frame.left, frame.top - 2, frame.width, frame.height + 4))
        xs = sw.cost_percent
        kx = frame.width / ((frame.x.high - frame.x.low) or 1.0)
        ky = frame.height / ((frame.y.high - frame.y.low) or 1.0)
        x0 = frame.left - frame.x.low * kx  # px(v) = x0 + v × kx
        y0 = frame.top + frame.y.high * ky  # py(v) = y0 − v × ky
        for party in PARTIES:
            values = getattr(sw, party)
            line = QPolygonF([QPointF(x0 + xv * kx, y0 - yv * ky) for xv, yv in corners(xs, values)])
            pen = QPen(QColor(theme.ROLE_COLOURS[party]), 3.5 * self.scale)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(line)
        p.restore()

    def _paint_now(self, p: QPainter, frame: PlotFrame, look: _Look, sw: GainPainSweep) -> None:
        """The period as it stands: a dotted line, each party's point (a ring for a forecast) and a label."""
        cx = frame.px(sw.current.cost_percent)
        if not frame.left - 1 <= cx <= frame.right + 1:
            return
        p.setPen(QPen(QColor(theme.ACCENT), 2 * self.scale, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(cx, frame.top), QPointF(cx, frame.bottom))
        for party in PARTIES:
            y = frame.py(getattr(sw.current, party))
            if self.forecast:  # an estimate: a ring, not a filled dot
                p.setPen(QPen(QColor(theme.ROLE_COLOURS[party]), 2.5 * self.scale))
                p.setBrush(QColor(theme.SURFACE))
            else:
                p.setPen(QPen(QColor(theme.SURFACE), 2.5))
                p.setBrush(QColor(theme.ROLE_COLOURS[party]))
            p.drawEllipse(QPointF(cx, y), 7 * self.scale, 7 * self.scale)
        font = self._font(1.15, bold=True)
        font.setItalic(self.forecast)
        p.setFont(font)
        fm = QFontMetricsF(p.font())
        if self.forecast:
            label = self.tr("Forecast at the target")
        else:
            label = self.tr("Now {value}").format(
                value=self._percent(sw.current.cost_percent, 1 if abs(sw.current.cost_percent) < 100 else 0))
        w = fm.horizontalAdvance(label) + 12
        r = QRectF(cx - w / 2, frame.top + look.sm.height() + 10, w, fm.height() + 4)
        if r.left() < frame.left:
            r.moveLeft(frame.left + 2)
        if r.right() > frame.right:
            r.moveRight(frame.right - 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.MUTED if self.forecast else theme.ACCENT))
        p.drawRoundedRect(r, 4, 4)
        p.setPen(QColor(theme.SURFACE))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)

    def _party(self, party: str) -> str:
        from .terms import party_title

        return party_title(party)


class _Look:
    """The fonts, their metrics and the colours of one paint (the fonts follow the chart's zoom)."""

    def __init__(self, chart: GainPainChart):
        self.text = QColor(theme.TEXT)
        self.muted = QColor(theme.MUTED)
        self.title_font = chart._font(1.45, bold=True)
        self.label_font = chart._font(1.2)
        self.small_font = chart._font(1.1)
        self.lm = QFontMetricsF(self.label_font)
        self.sm = QFontMetricsF(self.small_font)


def cap_label_places(caps: list[tuple[float, str, str]], width_of, left: float, right: float
                     ) -> list[tuple[float, float, str]]:
    """Where the caps' labels go in the strip above the plot: (left edge, width, text) for each
    (x, long label, short label), centred on its line and kept inside `left`..`right`.

    As many long labels as fit without overlapping (the others their percentage); when even the short
    ones would overlap (two caps close together) they are pushed apart, the later one to the right of
    the other and, at the right edge, the earlier one to the left. No label is drawn over another."""
    from itertools import product

    caps = sorted(caps)

    def placed(choice):
        out = []
        for (x, *labels), long in zip(caps, choice):
            text = labels[0] if long else labels[1]
            width = width_of(text)
            out.append([min(max(x - width / 2, left), right - width), width, text])
        return out

    # the choices with the most long labels first (two caps: both, the first, the second, neither)
    for choice in sorted(product((True, False), repeat=len(caps)), key=lambda c: -sum(c)):
        places = placed(choice)
        if all(a[0] + a[1] <= b[0] for a, b in zip(places, places[1:])) and all(x >= left for x, _w, _t in places):
            return [tuple(place) for place in places]
    for before, after in zip(places, places[1:]):  # all short and still too close: pushed apart
        after[0] = max(after[0], before[0] + before[1])
    for i in range(len(places) - 1, -1, -1):  # and back from the right edge
        limit = right if i == len(places) - 1 else places[i + 1][0]
        places[i][0] = min(places[i][0], limit - places[i][1])
    return [tuple(place) for place in places]
