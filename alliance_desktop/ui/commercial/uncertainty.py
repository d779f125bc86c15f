"""The commercial view's "Uncertainty" page (issue 21): the target cost under uncertainty.

The plan's estimate ranges and risk money are drawn and each draw settled by the engine's rules
(`core/uncertainty.py`); the page shows the buyer's total cost as an S-curve with the target, P50
and P80 marked, a histogram per party, the probabilities in words, a percentile table per period and
the tornado of the sharing parameters. The simulation runs only while the page is on screen (a hidden
page notes that the plan changed and simulates when shown), in a worker thread; a progress bar and a
Cancel button appear when it takes longer than 0.3 s. The inputs (draws, seed, KPI range) live only
here: the results say which seed made them.
"""

from __future__ import annotations

import html
import threading
import time
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import model as m
from ...core import uncertainty as unc
from ...core.gainpain import nice_scale
from .. import fmt, theme
from ..widgets import Panel
from .chart import compact_unit
from .common import money, scaled_font

SHOW_PROGRESS_AFTER = 0.3  # seconds: a shorter simulation shows no progress bar
POLL_MS = 40


def _percent(p: float) -> str:
    """A probability as a whole percentage, "< 1 %" / "> 99 %" near the ends but never 0 or 100 when not exact."""
    if p <= 0:
        return "0 %"
    if p >= 1:
        return "100 %"
    if p < 0.005:
        return "< 1 %"
    if p > 0.995:
        return "> 99 %"
    return f"{round(p * 100)} %"


def _c(token: str):
    """The colour of a theme token now (the palette may change while the page lives)."""
    from PySide6.QtGui import QColor

    return QColor(getattr(theme, token))


def _axis_money(value: float, divisor: float, decimals: int, unit: str) -> str:
    from PySide6.QtCore import QLocale

    text = QLocale().toString(value / divisor, "f", decimals)
    return f"{text} {unit}".strip()


class _Plot(QWidget):
    """A small painted chart with a title, a money x axis and a frame; subclasses paint the data."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(460, 240)

    def _frame(self, painter: QPainter, low: float, high: float, bottom_room: int = 34,
               width: float | None = None) -> tuple:
        """Title, grid and money ticks in the first `width` pixels (all by default). Returns (rect, px, metrics)."""
        left = 0.0
        font = scaled_font(0.95)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        title_h = fm.height() + 6 if self.title else 0
        if self.title:
            bold = scaled_font(1.0, bold=True)
            painter.setFont(bold)
            painter.setPen(_c("TEXT"))
            painter.drawText(QRectF(4, 0, (width or self.width()) - 8, title_h), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(self.title, Qt.TextElideMode.ElideRight, (width or self.width()) - 8))
            painter.setFont(font)
        if high - low < 1:  # every draw the same: a little room around it
            low, high = low - 1, high + 1
        width = self.width() if width is None else width
        scale = nice_scale(low, high, max(3, int(width / 110)))
        divisor, decimals, unit = compact_unit(scale)
        rect = QRectF(left + 12, title_h + 4, width - 24, self.height() - title_h - 4 - bottom_room)
        painter.setPen(QPen(_c("GRID_MAJOR"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        span = (scale.high - scale.low) or 1.0

        def px(v: float) -> float:
            return rect.left() + (v - scale.low) / span * rect.width()

        painter.setPen(_c("MUTED"))
        drawn_to = -1e9
        for t in scale.ticks:
            x = px(t)
            painter.setPen(QPen(_c("GRID_MINOR"), 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(_c("MUTED"))
            label = _axis_money(t, divisor, decimals, unit + " €" if unit else "€")
            w = fm.horizontalAdvance(label) + 4
            lx = min(max(x - w / 2, left), width - w)
            if lx < drawn_to + 4:
                continue
            drawn_to = lx + w
            painter.drawText(QRectF(lx, rect.bottom() + 3, w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
        return rect, px, fm

    def _empty(self, painter: QPainter) -> None:
        painter.setPen(_c("MUTED"))
        painter.setFont(scaled_font(1.0))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class SCurve(_Plot):
    """The cumulative distribution of the buyer's total cost, with the target, P50 and P80 marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.points: list[tuple[float, float]] = []
        self.marks: list[tuple[str, float, str]] = []  # (label, euros, colour token)
        self.setAccessibleName(self.tr("S-curve of the buyer's total cost"))

    def set_data(self, title: str, points: list[tuple[float, float]], marks: list[tuple[str, float, str]]) -> None:
        self.title, self.points, self.marks = title, points, marks
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points:
            self._empty(painter)
            return
        xs = [x for x, _y in self.points] + [v for _l, v, _c in self.marks]
        rect, px, fm = self._frame(painter, min(xs), max(xs))
        # the y axis: 0 … 100 % of the draws
        painter.setPen(_c("MUTED"))
        for share in (0.0, 0.5, 0.8, 1.0):
            y = rect.bottom() - share * rect.height()
            painter.setPen(QPen(_c("GRID_MINOR"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(_c("MUTED"))
            painter.drawText(QRectF(rect.left() + 2, y - fm.height(), 60, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             f"{round(share * 100)} %")
        poly = QPolygonF([QPointF(px(x), rect.bottom() - y * rect.height()) for x, y in self.points])
        painter.setPen(QPen(_c("ACCENT"), 2.5))
        painter.drawPolyline(poly)
        for i, (label, value, token) in enumerate(self.marks):
            x = px(value)
            painter.setPen(QPen(_c(token), 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            # the legend at the top left, where the S-curve is still low
            y = rect.top() + 4 + i * (fm.height() + 2)
            painter.drawLine(QPointF(rect.left() + 40, y + fm.height() / 2), QPointF(rect.left() + 62, y + fm.height() / 2))
            painter.setPen(_c(token))
            box = QRectF(rect.left() + 66, y, fm.horizontalAdvance(label) + 6, fm.height())
            painter.fillRect(box, _c("SURFACE"))  # readable across the marks' lines
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, label)


class Histogram(_Plot):
    """How the draws of one party's figure fall, in bins."""

    def __init__(self, colour_token: str, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.token = colour_token
        self.data: tuple[float, float, list[int]] | None = None
        self.setMinimumSize(140, 150)

    def set_data(self, title: str, data: tuple[float, float, list[int]] | None) -> None:
        self.title, self.data = title, data
        self.setAccessibleName(title)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 190)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if self.data is None:
            self._empty(painter)
            return
        low, width, counts = self.data
        high = low + width * len(counts)
        if high <= low:
            high = low + 1.0
        rect, px, _fm = self._frame(painter, low, high)
        top = max(counts) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_c(self.token))
        for k, c in enumerate(counts):
            if not c:
                continue
            x0, x1 = px(low + k * width), px(low + (k + 1) * width)
            h = c / top * rect.height()
            painter.drawRect(QRectF(x0, rect.bottom() - h, max(1.0, x1 - x0 - 1), h))


class Tornado(_Plot):
    """How two P50s move when each sharing parameter moves down (light bar) and up (dark bar): the
    parameters' names on the left, a panel per figure beside them on one money scale each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.labels: list[str] = []
        self.panels: list[tuple[str, list[tuple[float, float]]]] = []  # (title, [(down, up) per label])
        self.setMinimumSize(360, 210)

    def set_data(self, labels: list[str], panels: list[tuple[str, list[tuple[float, float]]]]) -> None:
        self.labels, self.panels = labels, panels
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(760, 240)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.labels:
            self._empty(painter)
            return
        font = scaled_font(0.95)
        fm = QFontMetricsF(font)
        label_w = min(self.width() * 0.34, max(fm.horizontalAdvance(label) for label in self.labels) + 12)
        panel_w = (self.width() - label_w) / max(1, len(self.panels))
        rect = None
        for n, (title, rows) in enumerate(self.panels):
            painter.save()
            painter.translate(label_w + n * panel_w, 0)
            painter.setClipRect(QRectF(0, 0, panel_w, self.height()))
            values = [v for d, u in rows for v in (d, u)] + [0.0]
            self.title = title
            rect, px, _fm = self._frame(painter, min(values), max(values), width=panel_w - 14)
            row_h = rect.height() / len(rows)
            zero = px(0.0)
            for i, (down, up) in enumerate(rows):
                y = rect.top() + i * row_h
                for value, token, shift in ((down, "ACCENT_LIGHT", 0.16), (up, "ACCENT", 0.5)):
                    x = px(value)
                    painter.setPen(QPen(_c("ACCENT"), 1))
                    painter.setBrush(_c(token))
                    painter.drawRect(QRectF(min(zero, x), y + row_h * shift, max(1.0, abs(x - zero)), row_h * 0.32))
            painter.setPen(QPen(_c("TEXT"), 1))
            painter.drawLine(QPointF(zero, rect.top()), QPointF(zero, rect.bottom()))
            painter.restore()
        painter.setFont(font)
        painter.setPen(_c("TEXT"))
        row_h = rect.height() / len(self.labels)
        for i, label in enumerate(self.labels):
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, rect.top() + i * row_h, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


class _Job(threading.Thread):
    """One simulation in its own thread (it ends with the work: no pool outlives the page)."""

    def __init__(self, work):
        super().__init__(name="uncertainty", daemon=True)
        self.work = work
        self.value = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the page (Cancelled, or a bug to show)
            self.error = exc

    def done(self) -> bool:
        return not self.is_alive()

    def result(self, timeout: float | None = None):
        self.join(timeout)
        if self.error is not None:
            raise self.error
        return self.value


class UncertaintyPage(QWidget):
    """The page: inputs, progress, results in words and figures, charts."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.result: unc.SimulationResult | None = None
        self.tornado: unc.Tornado | None = None
        self._stale = True
        self._future: _Job | None = None
        self._cancel = threading.Event()
        self._progress = 0.0
        self._started = 0.0
        self._job_plan: m.Plan | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_job)

        # everything in one scroll area: the page never widens the window's least width (a small screen, a
        # large text size), it scrolls instead
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 10, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        # inputs
        row = QHBoxLayout()
        row.setSpacing(10)
        self.draws = QSpinBox()
        self.draws.setRange(100, unc.MAX_DRAWS)
        self.draws.setSingleStep(1000)
        self.draws.setValue(unc.DEFAULT_DRAWS)
        self.draws.setGroupSeparatorShown(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(unc.DEFAULT_SEED)
        for box in (self.draws, self.seed):
            box.setMaximumWidth(int(110 * theme.text_scale()))
        self.kpi_check = QCheckBox(self.tr("KPI score varies from"))
        self.kpi_check.setToolTip(self.tr("Draw each future period's KPI score evenly from this range; otherwise "
                                          "its measured score is used (the last measured one for periods not "
                                          "measured yet)."))
        self.kpi_low = QSpinBox()
        self.kpi_high = QSpinBox()
        for box, value in ((self.kpi_low, 40), (self.kpi_high, 90)):
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setValue(value)
            box.setEnabled(False)
        self.kpi_check.toggled.connect(self.kpi_low.setEnabled)
        self.kpi_check.toggled.connect(self.kpi_high.setEnabled)
        for text, widget in ((self.tr("Draws"), self.draws), (self.tr("Seed"), self.seed)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        row.addWidget(self.kpi_check)
        row.addWidget(self.kpi_low)
        to = QLabel(self.tr("to"))
        row.addWidget(to)
        row.addWidget(self.kpi_high)
        row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Simulation progress"))
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_job)
        self.cancel.hide()
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        self.run_again = QPushButton(self.tr("Simulate"))
        self.run_again.setToolTip(self.tr("Simulate again with these settings"))
        self.run_again.clicked.connect(self.start)
        row.addWidget(self.run_again)
        outer.addLayout(row)
        for box in (self.draws, self.seed, self.kpi_low, self.kpi_high):
            box.editingFinished.connect(self._inputs_changed)
        self.kpi_check.toggled.connect(self._inputs_changed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        theme.muted(self.status)
        outer.addWidget(self.status)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(theme.SPACING)
        grid.setVerticalSpacing(theme.SPACING)
        outer.addLayout(grid, 1)

        # left: the findings in words and the table
        left = QVBoxLayout()
        left.setSpacing(8)
        words_panel = Panel()
        words_box = QVBoxLayout(words_panel)
        words_box.setContentsMargins(12, 10, 12, 10)
        heading = QLabel(self.tr("What the draws say"))
        theme.card_title(heading)
        words_box.addWidget(heading)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setFont(scaled_font(1.05))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words_box.addWidget(self.words)
        left.addWidget(words_panel)
        table_head = QHBoxLayout()
        self.series = QComboBox()
        for key, text in (("buyer_total_cost", self.tr("Buyer's total cost")),
                          ("actual_cost", self.tr("Actual cost")),
                          ("producer_result", self.tr("Producer's result")),
                          ("staff_bonus", self.tr("Staff bonus"))):
            self.series.addItem(text, key)
        self.series.setAccessibleName(self.tr("Figure in the table"))
        self.series.currentIndexChanged.connect(self._fill_table)
        series_label = QLabel(self.tr("Percentiles of"))
        series_label.setBuddy(self.series)
        table_head.addWidget(series_label)
        table_head.addWidget(self.series)
        table_head.addStretch(1)
        left.addLayout(table_head)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        left.addWidget(self.table)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        theme.muted(self.legend)
        left.addWidget(self.legend)
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        holder.setMinimumWidth(int(420 * theme.text_scale()))
        holder.setMaximumWidth(int(900 * theme.text_scale()))
        self.left_column = holder

        # right: the charts (below the figures on a narrow screen: _arrange)
        self.s_curve = SCurve()
        self.s_curve.setMinimumHeight(230)
        self.histograms = {
            "buyer_total_cost": Histogram("ACCENT"),
            "producer_result": Histogram("GOOD"),
            "staff_bonus": Histogram("WARN"),
        }
        self.grid = grid
        self.right = [self._boxed(self.s_curve), *(self._boxed(h) for h in self.histograms.values()),
                      self._ranges_panel()]
        self._wide: bool | None = None
        self._arrange(True)
        self.tornado_chart = Tornado()
        self.tornado_chart.setAccessibleName(self.tr("Tornado chart of the sharing parameters"))
        boxed = self._boxed(self.tornado_chart)
        tornado_title = QLabel(self.tr("Sensitivity: how the P50s change when a sharing parameter moves"))
        tornado_title.setFont(scaled_font(1.0, bold=True))
        boxed.layout().insertWidget(0, tornado_title)
        left.insertWidget(left.count() - 1, boxed, 1)
        self.tornado_note = QLabel()
        self.tornado_note.setWordWrap(True)
        theme.muted(self.tornado_note)
        left.insertWidget(left.count() - 1, self.tornado_note)
        left.takeAt(left.count() - 1)  # the tornado takes the room left below the table
        for plot in (self.s_curve, *self.histograms.values(), self.tornado_chart):
            plot.empty_text = self.tr("Simulating…")

        document.changed.connect(self._changed)

    def _ranges_panel(self) -> QWidget:
        """The periods' estimate ranges, typed here ("−8 … +12", "uniform" for an even spread)."""
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 6, 8, 6)
        title = QLabel(self.tr("Estimate ranges of the reimbursable costs"))
        title.setFont(scaled_font(1.0, bold=True))
        box.addWidget(title)
        self.ranges = QTableWidget(0, 3)
        self.ranges.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Range, % of the target"),
                                               self.tr("Reimbursable costs (target)")])
        self.ranges.verticalHeader().hide()
        self.ranges.setAccessibleName(self.tr("Estimate ranges of the periods"))
        tip = self.tr("How far a period's reimbursable (production) costs may land from their target, in percent: "
                      "e.g. “−8 … +12” (most likely at the target) or “−8 … +12 uniform” (evenly spread). Empty: "
                      "no range. A period settled on its actual costs is not drawn.")
        self.ranges.setToolTip(tip)
        header = self.ranges.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ranges.itemChanged.connect(self._range_typed)
        box.addWidget(self.ranges)
        self.range_message = QLabel()
        self.range_message.setWordWrap(True)
        theme.error_text(self.range_message)
        self.range_message.hide()
        box.addWidget(self.range_message)
        return panel

    def _fill_ranges(self, plan: m.Plan) -> None:
        table = self.ranges
        table.blockSignals(True)
        periods = plan.commercial.periods
        table.setRowCount(len(periods))
        settled = {p.key for p in plan.commercial.periods if p.actual is not None and p.actual.is_complete}
        editable = not self.document.read_only
        for r, p in enumerate(periods):
            name = QTableWidgetItem(self.tr("Period {number}").format(number=r + 1))
            name.setToolTip(p.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(Qt.ItemDataRole.UserRole, p.key)
            text = self.range_text(p.estimate)
            value = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            value.setFlags(flags)
            if p.key in settled:
                value.setForeground(_c("MUTED"))
                value.setToolTip(self.tr("Settled on its actual costs: not drawn."))
            target = QTableWidgetItem(money(p.target.production, 0))
            target.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate((name, value, target)):
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(i) for i in range(min(len(periods), 6)))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)
        table.blockSignals(False)

    def range_text(self, e: m.EstimateRange | None) -> str:
        if e is None:
            return ""
        from ...core.formatting import format_number
        from ... import i18n

        low, high = (format_number(v, None, i18n.language()).replace("-", "−") for v in (e.low_percent,
                                                                                      e.high_percent))
        text = f"{low} … {'+' if e.high_percent > 0 else ''}{high}"
        return text + " " + self.tr("uniform") if e.shape == "uniform" else text

    def _range_typed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        key = self.ranges.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text()
        from ...core import uncertainty_edits as ue

        problem = self.document.try_apply(self.tr("Change estimate range"),
                                          lambda p: ue.set_period_estimate(p, key, ue.parse_estimate(text)))
        self.range_message.setText(problem or "")
        self.range_message.setVisible(bool(problem))
        if problem is not None:
            self._fill_ranges(self.document.plan)  # the stored range back in the cell

    WIDE = 1250  # px at the normal text size: the charts beside the figures from this width, below them under it

    def _arrange(self, wide: bool) -> None:
        """The charts beside the figures (wide) or below them (a small screen, a large text size)."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self.grid
        for w in (self.left_column, *self.right):
            grid.removeWidget(w)
        s_curve, *histograms, ranges = self.right
        for c in range(4):
            grid.setColumnStretch(c, 0 if c == 0 and wide else 1)
        for r in range(5):
            grid.setRowStretch(r, 0)
        if wide:
            grid.addWidget(self.left_column, 0, 0, 3, 1)
            grid.addWidget(s_curve, 0, 1, 1, 3)
            for i, h in enumerate(histograms):
                grid.addWidget(h, 1, 1 + i)
            grid.addWidget(ranges, 2, 1, 1, 3)
            grid.setRowStretch(0, 3)
            grid.setRowStretch(1, 2)
        else:
            grid.addWidget(self.left_column, 0, 0, 1, 3)
            grid.addWidget(s_curve, 1, 0, 1, 3)
            for i, h in enumerate(histograms):
                grid.addWidget(h, 2, i)
            grid.addWidget(ranges, 3, 0, 1, 3)
        self.left_column.setMaximumWidth(int(900 * theme.text_scale()) if wide else 16_777_215)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(self.width() >= self.WIDE * theme.text_scale())

    @staticmethod
    def _boxed(widget: QWidget) -> QWidget:
        frame = Panel()
        box = QVBoxLayout(frame)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(widget)
        return frame

    # ------------------------------------------------------------ when to simulate

    def _changed(self, sections: list[str]) -> None:
        if {"commercial", "risks", "metrics"} & set(sections):
            self._stale = True
            self._ranges_stale = True
            if self.isVisible():
                self.start()

    def _inputs_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self._start_if_stale)

    def _start_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        if self._future is not None:  # a hidden page does no work: it simulates again when shown
            self.cancel_job()
            self._stale = True

    def settings(self) -> tuple[int, int, tuple[Decimal, Decimal] | None]:
        kpi = None
        if self.kpi_check.isChecked():
            low, high = sorted((self.kpi_low.value(), self.kpi_high.value()))
            kpi = (Decimal(low) / 100, Decimal(high) / 100)
        return self.draws.value(), self.seed.value(), kpi

    def start(self) -> None:
        """Simulate the plan as it is now (a job under way is stopped first)."""
        if getattr(self, "_ranges_stale", True):
            self._ranges_stale = False
            self._fill_ranges(self.document.plan)
        if self._future is not None:
            self._cancel.set()
            self._future.join(2.0)  # it stops at its next step
            self._future = None
        self._stale = False
        plan = self.document.plan
        draws, seed, kpi = self.settings()
        if not plan.commercial.periods:
            self._show_nothing(self.tr("There are no service periods to simulate yet."))
            return
        cancel = self._cancel = threading.Event()
        self._progress = 0.0

        def progress(part: float, share: tuple[float, float]) -> bool:
            self._progress = share[0] + part * share[1]
            return not cancel.is_set()

        def job():
            result = unc.simulate(plan, draws, seed, kpi, progress=lambda f: progress(f, (0.0, 0.4)))
            tornado = unc.tornado(plan, draws, seed, kpi, progress=lambda f: progress(f, (0.4, 0.6)))
            return result, tornado

        headless = getattr(self.window(), "headless", False)
        if headless:  # a screenshot: nobody waits for a worker
            try:
                self._show(plan, *job())
            except unc.Cancelled:
                pass
            return
        self._job_plan = plan
        self._started = time.perf_counter()
        self._future = _Job(job)
        self._future.start()
        self.status.setText(self.tr("Simulating {draws} draws…").format(draws=fmt.number(Decimal(draws), 0)))
        self._poll.start()

    def cancel_job(self) -> None:
        self._cancel.set()
        if self._future is not None:
            self._future.join(2.0)  # it stops at its next step
        self._future = None
        self._poll.stop()
        self.progress.hide()
        self.cancel.hide()
        self.status.setText(self.tr("Simulation cancelled: the figures below are from the last finished run.")
                            if self.result is not None else self.tr("Simulation cancelled."))

    def wait(self, timeout: float = 30.0) -> bool:
        """Finish the running simulation and show it (tests). True when a result is shown."""
        future = self._future
        if future is None:
            return self.result is not None
        future.result(timeout)
        self._check_job()
        return self.result is not None

    def _check_job(self) -> None:
        future = self._future
        if future is None:
            self._poll.stop()
            return
        if not future.done():
            if time.perf_counter() - self._started > SHOW_PROGRESS_AFTER:
                self.progress.show()
                self.cancel.show()
                self.progress.setValue(int(self._progress * 100))
            return
        self._poll.stop()
        self._future = None
        self.progress.hide()
        self.cancel.hide()
        try:
            result, tornado = future.result()
        except unc.Cancelled:
            return
        self._show(self._job_plan, result, tornado)

    # ------------------------------------------------------------ showing

    def _show_nothing(self, text: str) -> None:
        self.result = self.tornado = None
        self.status.setText(text)
        self.words.setText("")
        self.table.clear()
        self.table.setRowCount(0)
        for plot in (self.s_curve, *self.histograms.values(), self.tornado_chart):
            plot.empty_text = text
            plot.update()

    def _show(self, plan: m.Plan, result: unc.SimulationResult, tornado: unc.Tornado) -> None:
        self.result, self.tornado = result, tornado
        kpi = result.kpi_range
        settings = self.tr("{draws} draws, seed {seed}").format(draws=fmt.number(Decimal(result.draws), 0),
                                                                 seed=result.seed)
        if kpi is not None:
            settings += " · " + self.tr("KPI score {low}–{high} %").format(low=round(kpi[0] * 100),
                                                                         high=round(kpi[1] * 100))
        if not unc.has_uncertainty(plan):
            self.status.setText(self.tr("No estimate ranges or risk costs yet: every draw is the plan's own "
                                        "settlement. Give a period's reimbursable costs a range below, or a risk its "
                                        "cost in the risks view (the Costs button).") + " (" + settings + ")")
        else:
            self.status.setText(self.tr("Each draw is settled by the contract's rules. ({settings})").format(
                settings=settings))
        self._show_words(plan, result)
        self._fill_table()
        self._show_charts(result, tornado)

    def _show_words(self, plan: m.Plan, result: unc.SimulationResult) -> None:
        c = result.contract
        buyer = c.series("buyer_total_cost")
        lines = [
            self.tr("Buyer's total cost over the contract: <b>{p50}</b> at P50, <b>{p80}</b> at P80 "
                    "(target cost {target}).").format(p50=money(buyer.p(50), 0), p80=money(buyer.p(80), 0),
                                                      target=money(c.target_cost, 0)),
            self.tr("Contingency on the target that would make it a P50: <b>{p50}</b>; a P80: <b>{p80}</b>.").format(
                p50=money(c.contingency_p50, 0), p80=money(c.contingency_p80, 0)),
        ]
        names = {p.key: i + 1 for i, p in enumerate(plan.commercial.periods)}
        for o in result.periods:
            if not o.simulated:
                continue
            lines.append(self.tr("Probability of a sanction in period {number}: <b>{overrun}</b>; of savings beyond "
                                 "the gain cap: {cap}.").format(number=names.get(o.key, "?"),
                                                                 overrun=html.escape(_percent(o.p_overrun)),
                                                                 cap=html.escape(_percent(o.p_gain_cap))))
        result_p = c.series("producer_result")
        lines.append(self.tr("Producer's result over the contract: {p10} at P10, {p50} at P50, {p90} at P90.").format(
            p10=money(result_p.p(10), 0), p50=money(result_p.p(50), 0), p90=money(result_p.p(90), 0)))
        fixed = [str(names.get(o.key, "?")) for o in result.periods if not o.simulated]
        if fixed:
            lines.append(self.tr("Periods {numbers} are settled on their actual costs: the same in every draw.")
                         .format(numbers=", ".join(fixed)))
        self.words.setText("<br>".join(lines))

    def _fill_table(self, *_args) -> None:
        result = self.result
        if result is None:
            return
        key = self.series.currentData()
        plan_periods = {p.key: i + 1 for i, p in enumerate(self.document.plan.commercial.periods)}
        headers = [self.tr("Period"), "P10 €", "P50 €", "P80 €", "P90 €", self.tr("Sanction"), self.tr("Gain cap")]
        table = self.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = list(result.periods) + [result.contract]
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, o in enumerate(rows):
            if o.key:
                number = plan_periods.get(o.key, "?")
                name = self.tr("Period {number}").format(number=number) if o.simulated else \
                    self.tr("Period {number} (actual)").format(number=number)
            else:
                name = self.tr("Contract in total")
            s = o.series(key)
            cells = [name] + [fmt.number(s.p(q), 0) for q in unc.PERCENTILES] + [
                _percent(o.p_overrun), _percent(o.p_gain_cap)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(right if c else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if not o.key:
                    item.setFont(bold)
                if c == 0 and o.key:
                    item.setToolTip(o.name)
                if c == 3:
                    item.setToolTip(self.tr("Contingency that would make the target a P80: {amount}").format(
                        amount=money(o.contingency_p80, 0)))
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.resizeRowsToContents()
        # the left column as wide as the table's figures (up to a limit), the charts take the rest
        self.left_column.setMinimumWidth(min(int(900 * theme.text_scale()),
                                             max(self.left_column.minimumWidth(),
                                                 header.length() + 2 * table.frameWidth() + 4)))
        height = header.height() + sum(table.rowHeight(i) for i in range(table.rowCount())) + 2 * table.frameWidth()
        table.setFixedHeight(height + 2 + (table.horizontalScrollBar().sizeHint().height()
                                          if table.horizontalHeader().length() > table.viewport().width() else 0))
        self.legend.setText(self.tr("P80: 80 % of the draws are at or below the figure. Sanction and gain cap: "
                                    "the share of draws with a sanction (actual cost over the target) and with "
                                    "savings beyond the cap. A P80 figure's tooltip gives the contingency that "
                                    "would make the period's target a P80."))

    def _show_charts(self, result: unc.SimulationResult, tornado: unc.Tornado) -> None:
        c = result.contract
        buyer_sorted = result.sorted_cents("buyer_total_cost")
        buyer = c.series("buyer_total_cost")
        self.s_curve.set_data(
            self.tr("Buyer's total cost: share of draws at or below"),
            unc.cdf_points(buyer_sorted, 240),
            [(self.tr("Target {amount}").format(amount=money(c.target_cost, 0)), float(c.target_cost), "TEXT"),
             (self.tr("P50 {amount}").format(amount=money(buyer.p(50), 0)), float(buyer.p(50)), "GOOD"),
             (self.tr("P80 {amount}").format(amount=money(buyer.p(80), 0)), float(buyer.p(80)), "BAD")])
        titles = {"buyer_total_cost": self.tr("Buyer (total cost)"),
                  "producer_result": self.tr("Producer (result)"),
                  "staff_bonus": self.tr("Staff (bonus)")}
        for key, plot in self.histograms.items():
            plot.set_data(titles[key], unc.histogram(result.sorted_cents(key), 28))
        labels = {
            "gain_cap": self.tr("Cap on shared savings"),
            "gain_producer": self.tr("Producer's cost bonus share"),
            "gain_staff": self.tr("Staff's cost bonus share"),
            "gain_pool": self.tr("Effectiveness pool share"),
            "pain_producer": self.tr("Producer's over-run share"),
            "pain_cap": self.tr("Cap on the producer's sanction"),
        }
        self.tornado_chart.set_data(
            [labels.get(bar.parameter, bar.parameter) for bar in tornado.bars],
            [(self.tr("Buyer's cost, P50"),
              [(float(b.buyer_p50[0] - tornado.buyer_p50), float(b.buyer_p50[1] - tornado.buyer_p50))
               for b in tornado.bars]),
             (self.tr("Producer's result, P50"),
              [(float(b.producer_p50[0] - tornado.producer_p50), float(b.producer_p50[1] - tornado.producer_p50))
               for b in tornado.bars])])
        self.tornado_note.setText(self.tr(
            "Each parameter moved by {step} percentage points down (light bar) and up (dark bar), the buyer's share "
            "taking the difference; the producer's sanction cap by {cap} %. The same draws each time.").format(
            step=int(tornado.percent_step), cap=int(tornado.pain_cap_step)))

    def shutdown(self) -> None:
        self.cancel_job()
