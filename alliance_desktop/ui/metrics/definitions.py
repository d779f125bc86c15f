"""Metric definitions and calibrations: the list of metrics, an inspector, the calibration history."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import glossary
from ...core import metrics_edits as me
from ...core import model as m
from ...core.errors import AllianceError
from ...core.scoring import PeriodScore
from .. import theme
from ..fitting import wrapping
from ..widgets import CommitLineEdit, CommitTextEdit
from .common import (
    Card,
    direction_title,
    number_text,
    parse_user_number,
    scaled_font,
    state_colour,
    state_of,
    state_title,
    weight_text,
)
from .weights import WeightsOverview

Apply = Callable[[str, Callable[[m.Plan], m.Plan]], bool]


# ---------------------------------------------------------------- the list of metrics


class MetricListModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = m.Plan()
        self.score: PeriodScore | None = None

    def set_data(self, plan: m.Plan, score: PeriodScore | None) -> None:
        if len(plan.metrics) != len(self.plan.metrics):
            self.beginResetModel()
            self.plan, self.score = plan, score
            self.endResetModel()
            return
        self.plan, self.score = plan, score
        if plan.metrics:
            self.dataChanged.emit(self.index(0, 0), self.index(len(plan.metrics) - 1, self.COLUMNS - 1))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.plan.metrics)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Metric"), self.tr("Unit"), self.tr("Weight"), self.tr("In the period"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        x = self.plan.metrics[index.row()]
        part = self.score.metric_scores[index.row()] if self.score is not None else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return x.name
            if col == 1:
                return x.unit
            if col == 2:
                return weight_text(part.calibration.weight) if part and part.calibration else "—"
            if col == 3:
                return state_title(state_of(part)) if part else ""
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and part is not None:
            return state_colour(state_of(part))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return x.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return x.description or None
        return None


# ---------------------------------------------------------------- calibration timeline


class CalibrationTimeline(QWidget):
    """One metric's calibrations as spans over the service periods: the history at a glance."""

    calibrationClicked = Signal(str)  # the from_period of the clicked span

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.periods: list[tuple[str, str]] = []
        self.spans: tuple[me.CalibrationSpan, ...] = ()
        self.current = ""
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Calibration history"))

    def set_data(self, periods: list[tuple[str, str]], spans: tuple[me.CalibrationSpan, ...], current: str) -> None:
        self.periods, self.spans, self.current = periods, spans, current
        self.setAccessibleDescription("; ".join(self._span_text(s) for s in spans))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(500, 96)

    def _span_text(self, span: me.CalibrationSpan) -> str:
        first = self.periods[span.first][1] if span.first < len(self.periods) else ""
        c = span.calibration
        if span.retired:
            return self.tr("From {period}: retired (weight 0)").format(period=first)
        return self.tr("From {period}: weight {weight}, threshold {threshold}, target {target}").format(
            period=first, weight=weight_text(c.weight), threshold=number_text(c.threshold),
            target=number_text(c.target))

    def _column(self) -> float:
        return self.width() / max(1, len(self.periods))

    def mousePressEvent(self, event) -> None:
        i = int(event.position().x() // self._column())
        for span in self.spans:
            if span.first <= i <= span.last:
                self.calibrationClicked.emit(span.calibration.from_period)
                return

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.periods)
        if not n:
            p.setPen(QColor(theme.MUTED))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No service periods yet."))
            p.end()
            return
        col = self._column()
        p.setFont(scaled_font(0.9))
        fm = QFontMetricsF(p.font())
        head = fm.height() + 4
        # period names when they fit, else their numbers, and only every k-th when even those crowd
        names_fit = all(fm.horizontalAdvance(name) <= col - 4 for _k, name in self.periods)
        every = 1 if names_fit else max(1, int(-(-(fm.horizontalAdvance(str(n)) + 6) // col)))
        current = next((i for i, (k, _n) in enumerate(self.periods) if k == self.current), -10**6)
        for i, (key, name) in enumerate(self.periods):
            rect = QRectF(i * col, 0, col, head)
            if key == self.current:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(theme.ACCENT_LIGHT))
                p.drawRect(QRectF(i * col, 0, col, self.height()))
            p.setPen(QColor(theme.TEXT if key == self.current else theme.MUTED))
            if names_fit:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
            elif key == self.current or (i % every == 0 and abs(i - current) >= every):
                wide = QRectF(rect.center().x() - col * every / 2, 0, col * every, head)
                p.drawText(wide, Qt.AlignmentFlag.AlignCenter, str(i + 1))
        band = QRectF(0, head + 4, self.width(), self.height() - head - 8)
        covered = set()
        for span in self.spans:
            covered.update(range(span.first, span.last + 1))
            rect = QRectF(span.first * col + 2, band.top(), (span.last - span.first + 1) * col - 4, band.height())
            retired = span.retired
            p.setPen(QPen(QColor(theme.BORDER if retired else theme.ACCENT), 1.2))
            p.setBrush(QColor(theme.BACKGROUND) if retired else QColor(theme.ACCENT_LIGHT))
            if retired:
                p.setBrush(Qt.BrushStyle.BDiagPattern)
            p.drawRoundedRect(rect, 5, 5)
            c = span.calibration
            p.setPen(QColor(theme.MUTED if retired else theme.TEXT))
            if retired:
                lines = [self.tr("Retired"), self.tr("weight 0")]
            else:
                lines = [self.tr("Weight {weight}").format(weight=weight_text(c.weight)),
                         self.tr("Threshold {value}").format(value=number_text(c.threshold)),
                         self.tr("Target {value}").format(value=number_text(c.target))]
            if rect.width() > 60:
                text_rect = rect.adjusted(6, 2, -6, -2)
                line_h = fm.height()
                usable = int(text_rect.height() // line_h)
                for j, line in enumerate(lines[:max(1, usable)]):
                    p.drawText(QRectF(text_rect.left(), text_rect.top() + j * line_h, text_rect.width(), line_h),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                               fm.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width()))
        for i in range(n):
            if i not in covered:
                rect = QRectF(i * col + 2, band.top(), col - 4, band.height())
                p.setPen(QPen(QColor(theme.BORDER), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect, 5, 5)
                p.setPen(QColor(theme.MUTED))
                if col > 70:
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr("Not calibrated"))
        p.end()


# ---------------------------------------------------------------- the tab


class DefinitionsTab(QWidget):
    """Left: metrics and the weights per period. Right: the selected metric's definition and calibrations."""

    metricSelected = Signal(str)
    periodClicked = Signal(str)

    def __init__(self, apply: Apply, message: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._apply = apply
        self._message = message
        self.plan = m.Plan()
        self.period = ""
        self.read_only = False
        self.selected = ""
        self._filling = False

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(splitter)

        # --- left: list, buttons, weights
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.list_model = MetricListModel(self)
        self.table = QTableView()
        self.table.setModel(self.list_model)
        self.table.setAccessibleName(self.tr("Metrics"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 130)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        lv.addWidget(self.table, 3)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add metric"))
        self.add_button.clicked.connect(self.add_metric)
        self.library_button = QToolButton()
        self.library_button.setText(self.tr("From the library"))
        self.library_button.setToolTip(self.tr("Ready-made metrics of the care-process slide and the alliance goals"))
        self.library_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.library_menu = QMenu(self.library_button)
        self.library_menu.aboutToShow.connect(self._fill_library_menu)
        self.library_button.setMenu(self.library_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_metric)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_metric(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_metric(1))
        for b in (self.add_button, self.library_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lv.addLayout(buttons)

        weights_title = QLabel(self.tr("Weights per service period (must make 100 %)"))
        theme.card_title(weights_title)
        lv.addWidget(weights_title)
        self.weights = WeightsOverview()
        self.weights.periodClicked.connect(self.periodClicked)
        weights_scroll = QScrollArea()
        weights_scroll.setWidgetResizable(True)
        weights_scroll.setFrameShape(QFrame.Shape.NoFrame)
        weights_scroll.setWidget(self.weights)
        weights_scroll.setMaximumHeight(6 * WeightsOverview.ROW + 8)
        lv.addWidget(weights_scroll, 1)
        splitter.addWidget(left)

        # --- right: inspector
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget()
        right_scroll.setWidget(right)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        definition = Card(self.tr("Definition"))
        form = QFormLayout()
        self.name = CommitLineEdit(lambda t: self._set_field(self.tr("Rename metric"), "name", t))
        self.unit = CommitLineEdit(lambda t: self._set_field(self.tr("Change unit"), "unit", t))
        self.direction = QComboBox()
        for d in m.DIRECTIONS:
            self.direction.addItem(direction_title(d), d)
        self.direction.activated.connect(
            lambda _i: self._set_field(self.tr("Change direction"), "direction", self.direction.currentData()))
        self.description = CommitTextEdit(lambda t: self._set_field(self.tr("Change description"), "description", t))
        self.description.setFixedHeight(64)
        self.data_source = CommitLineEdit(lambda t: self._set_field(self.tr("Change data source"), "data_source", t))
        self.frequency = CommitLineEdit(
            lambda t: self._set_field(self.tr("Change measurement frequency"), "frequency", t))
        self.owner = CommitLineEdit(lambda t: self._set_field(self.tr("Change owner"), "owner", t))
        self.baseline = CommitLineEdit(self._set_baseline)
        self.baseline.setPlaceholderText(self.tr("e.g. 1 234,5 – empty if not known"))
        rows = ((self.tr("Name"), self.name), (self.tr("Description"), self.description),
                (self.tr("Unit"), self.unit), (self.tr("Direction"), self.direction),
                (self.tr("Baseline"), self.baseline), (self.tr("Data source"), self.data_source),
                (self.tr("Measurement frequency"), self.frequency), (self.tr("Owner"), self.owner))
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        self.direction.setToolTip(self.tr("Lower is better: e.g. waiting times, costs. Higher is better: e.g. "
                                          "satisfaction, productivity."))
        self.baseline.setToolTip(self.tr("The level before the alliance: the starting point of the trend."))
        definition.body.addLayout(form)
        rv.addWidget(definition)

        calibrations = Card(self.tr("Calibrations: weight, threshold and target from a service period on"))
        hint = QLabel(self.tr("A calibration applies from its period until the next one. Recalibrate from a later "
                              "period to change the levels; the earlier periods keep theirs. Threshold = score 0 %, "
                              "target = score 100 %, in between in proportion; a value past the target scores 100 %, "
                              "one short of the threshold 0 %. Lower is better: the target is below the threshold; "
                              "higher is better: above it. Equal levels are all or nothing (100 % when the value "
                              "reaches the target, else 0 %) and are allowed only with weight 0."))
        theme.muted(hint)
        hint.setWordWrap(True)
        calibrations.body.addWidget(hint)
        # Levels that contradict the direction (a file of an earlier version): said here until corrected.
        self.level_warning = QLabel()
        self.level_warning.setWordWrap(True)
        self.level_warning.setTextFormat(Qt.TextFormat.PlainText)
        theme.error_text(self.level_warning)
        self.level_warning.setVisible(False)
        calibrations.body.addWidget(self.level_warning)
        self.timeline = CalibrationTimeline()
        self.timeline.calibrationClicked.connect(self._select_calibration)
        calibrations.body.addWidget(self.timeline)
        self.cal_table = QTableWidget(0, 4)
        self.cal_table.setAccessibleName(self.tr("Calibrations"))
        self.cal_table.setHorizontalHeaderLabels([self.tr("From period"), self.tr("Weight %"), self.tr("Threshold"),
                                                  self.tr("Target")])
        for column, term in ((1, "weight"), (2, "threshold"), (3, "target_level")):  # Help > Glossary's definitions
            self.cal_table.horizontalHeaderItem(column).setToolTip(glossary.tooltip(term))
        self.cal_table.verticalHeader().setVisible(False)
        self.cal_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.cal_table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.cal_table.horizontalHeader().resizeSection(c, 110)
        self.cal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cal_table.setMinimumHeight(130)
        self.cal_table.itemChanged.connect(self._calibration_edited)
        calibrations.body.addWidget(self.cal_table)
        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("Period:"))
        period_row.addWidget(period_label)
        self.cal_period = QComboBox()
        self.cal_period.setAccessibleName(self.tr("Period of the new calibration"))
        self.cal_period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cal_period.setMinimumContentsLength(16)
        period_label.setBuddy(self.cal_period)
        period_row.addWidget(self.cal_period, 1)
        calibrations.body.addLayout(period_row)
        cal_buttons = QHBoxLayout()
        self.recalibrate_button = QPushButton(self.tr("Recalibrate from this period"))
        self.recalibrate_button.clicked.connect(self.recalibrate)
        self.retire_button = QPushButton(self.tr("Retire from this period"))
        self.retire_button.setToolTip(self.tr("The metric stops counting from this period on (weight 0); its "
                                              "history stays."))
        self.retire_button.clicked.connect(self.retire)
        self.remove_cal_button = QPushButton(self.tr("Remove calibration"))
        self.remove_cal_button.clicked.connect(self.remove_calibration)
        # the buttons wrap one by one on a narrow panel (1280 px, large text) instead of scrolling sideways
        cal_buttons.addWidget(wrapping(self.recalibrate_button, wrapping(self.retire_button, self.remove_cal_button)))
        cal_buttons.addStretch(1)
        calibrations.body.addLayout(cal_buttons)
        calibrations.title.setWordWrap(True)
        rv.addWidget(calibrations)
        rv.addStretch(1)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([560, 760])
        splitter.setChildrenCollapsible(False)
        self.inspector = right

    # --- filling

    def show_data(self, plan: m.Plan, period: str, score: PeriodScore | None,
                  weights: dict[str, tuple[tuple[str, Decimal], ...]], read_only: bool) -> None:
        self._filling = True
        try:
            self.plan, self.period, self.read_only = plan, period, read_only
            self.list_model.set_data(plan, score)
            names = {x.key: x.name for x in plan.metrics}
            self.weights.set_rows([(p.key, p.name or p.key, [(names.get(k, k), w) for k, w in weights.get(p.key, ())])
                                   for p in plan.commercial.periods], period)
            keys = [x.key for x in plan.metrics]
            if self.selected not in keys:
                self.selected = keys[0] if keys else ""
            if self.selected:
                row = keys.index(self.selected)
                if self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(self.list_model.index(row, 0))
            current_period = self.cal_period.currentData() or period
            self.cal_period.clear()
            for p in plan.commercial.periods:
                self.cal_period.addItem(p.name or p.key, p.key)
            i = self.cal_period.findData(current_period)
            self.cal_period.setCurrentIndex(max(0, i))
            for w in (self.add_button, self.library_button):
                w.setEnabled(not read_only)
            self._fill_inspector()
        finally:
            self._filling = False

    def _metric(self) -> m.Metric | None:
        return next((x for x in self.plan.metrics if x.key == self.selected), None)

    def _fill_inspector(self) -> None:
        x = self._metric()
        has = x is not None
        ro = self.read_only
        self.inspector.setEnabled(has)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(has and not ro)
        for b in (self.recalibrate_button, self.retire_button, self.remove_cal_button):
            b.setEnabled(has and not ro and bool(self.plan.commercial.periods))
        for w in (self.name, self.unit, self.data_source, self.frequency, self.owner, self.baseline):
            w.setReadOnly(ro)
        self.description.setReadOnly(ro)
        self.direction.setEnabled(not ro)
        if not has:
            for w in (self.name, self.unit, self.data_source, self.frequency, self.owner, self.baseline):
                w.set_value("")
            self.description.set_value("")
            self.cal_table.setRowCount(0)
            self.timeline.set_data([], (), "")
            self.level_warning.setVisible(False)
            return
        problem = me.level_problem(self.plan, x)
        self.level_warning.setText("⚠ " + problem if problem else "")
        self.level_warning.setVisible(bool(problem))
        self.name.set_value(x.name)
        self.unit.set_value(x.unit)
        self.data_source.set_value(x.data_source)
        self.frequency.set_value(x.frequency)
        self.owner.set_value(x.owner)
        self.baseline.set_value(number_text(x.baseline))
        self.description.set_value(x.description)
        self.direction.setCurrentIndex(max(0, self.direction.findData(x.direction)))
        periods = [(p.key, p.name or p.key) for p in self.plan.commercial.periods]
        self.timeline.set_data(periods, me.calibration_spans(self.plan, x.key), self.period)
        names = dict(periods)
        table = self.cal_table
        table.blockSignals(True)
        current = table.currentRow()
        table.setRowCount(len(x.calibrations))
        for i, c in enumerate(x.calibrations):
            first = QTableWidgetItem(names.get(c.from_period, c.from_period))
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEditable)
            first.setData(Qt.ItemDataRole.UserRole, c.from_period)
            if c.weight == 0:
                first.setText(self.tr("{period} (retired)").format(period=first.text()))
                first.setForeground(QColor(theme.MUTED))
            table.setItem(i, 0, first)
            for col, value in ((1, c.weight), (2, c.threshold), (3, c.target)):
                item = QTableWidgetItem(number_text(value))
                item.setData(Qt.ItemDataRole.UserRole, c.from_period)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if ro:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, col, item)
        if 0 <= current < len(x.calibrations):
            table.setCurrentCell(current, table.currentColumn())
        table.blockSignals(False)

    # --- selection

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.list_model.data(current, Qt.ItemDataRole.UserRole)
        if key != self.selected:
            self.selected = key
            self._fill_inspector()
            self.metricSelected.emit(key)

    def select_metric(self, key: str) -> None:
        keys = [x.key for x in self.plan.metrics]
        if key in keys:
            self.selected = key
            self.table.setCurrentIndex(self.list_model.index(keys.index(key), 0))
            self._fill_inspector()

    def _select_calibration(self, from_period: str) -> None:
        for row in range(self.cal_table.rowCount()):
            if self.cal_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == from_period:
                self.cal_table.setCurrentCell(row, 1)
                self.cal_table.setFocus()
                i = self.cal_period.findData(from_period)
                if i >= 0:
                    self.cal_period.setCurrentIndex(i)
                return

    # --- edits

    def _set_field(self, text: str, field: str, value) -> None:
        if self._filling or not self.selected:
            return
        key = self.selected
        if not self._apply(text, lambda plan: me.update_metric(plan, key, **{field: value})):
            self._fill_inspector()

    def _set_baseline(self, text: str) -> None:
        if not self.selected:
            return
        key = self.selected
        try:
            value = parse_user_number(text) if text.strip() else None
        except AllianceError as exc:
            self._message(exc.message)
            self._fill_inspector()
            return
        if not self._apply(self.tr("Change baseline"), lambda plan: me.set_baseline(plan, key, value)):
            self._fill_inspector()

    def _calibration_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not self.selected:
            return
        key = self.selected
        from_period = item.data(Qt.ItemDataRole.UserRole)
        field = {1: "weight", 2: "threshold", 3: "target"}.get(item.column())
        if field is None:
            return
        try:
            value = parse_user_number(item.text())
        except AllianceError as exc:
            self._message(exc.message)
            self._fill_inspector()
            return
        if not self._apply(self.tr("Change calibration"),
                           lambda plan: me.set_calibration(plan, key, from_period, **{field: value})):
            self._fill_inspector()

    def add_metric(self) -> None:
        name = self.tr("New metric")
        if self._apply(self.tr("Add metric"), lambda plan: me.add_metric(plan, name)):
            self.select_metric(self.plan.metrics[-1].key)
            self.name.setFocus()
            self.name.selectAll()

    def _fill_library_menu(self) -> None:
        self.library_menu.clear()
        entries = me.metric_library()
        groups = (("process", self.tr("Care-process metrics (MITTARIT)")), ("goals", self.tr("Alliance goals")))
        for group, title in groups:
            self.library_menu.addSection(title)
            for entry in (e for e in entries if e.group == group):
                action = self.library_menu.addAction(f"{entry.name} ({entry.unit})")
                action.setToolTip(entry.description)
                present = me.in_plan(self.plan, entry)
                action.setEnabled(not present and not self.read_only)
                if present:
                    action.setText(self.tr("{name} – already in the plan").format(name=entry.name))
                action.triggered.connect(lambda _=False, k=entry.key: self.add_library([k]))
        self.library_menu.addSeparator()
        missing = [e.key for e in entries if e.group == "process" and not me.in_plan(self.plan, e)]
        action = self.library_menu.addAction(self.tr("All care-process metrics not yet in the plan"))
        action.setEnabled(bool(missing) and not self.read_only)
        action.triggered.connect(lambda _=False: self.add_library(missing))

    def add_library(self, keys: list[str]) -> None:
        before = {x.key for x in self.plan.metrics}
        if self._apply(self.tr("Add metrics from the library"), lambda plan: me.add_library_metrics(plan, keys)):
            new = [x.key for x in self.plan.metrics if x.key not in before]
            if new:
                self.select_metric(new[0])

    def remove_metric(self) -> None:
        key = self.selected
        if key:
            self._apply(self.tr("Remove metric"), lambda plan: me.remove_metric(plan, key))

    def move_metric(self, offset: int) -> None:
        key = self.selected
        if key:
            self._apply(self.tr("Move metric"), lambda plan: me.move_metric(plan, key, offset))
            self.select_metric(key)

    def recalibrate(self) -> None:
        key, period = self.selected, self.cal_period.currentData()
        if key and period:
            if self._apply(self.tr("Recalibrate metric"), lambda plan: me.set_calibration(plan, key, period)):
                self._select_calibration(period)

    def retire(self) -> None:
        key, period = self.selected, self.cal_period.currentData()
        if key and period:
            self._apply(self.tr("Retire metric"), lambda plan: me.retire_metric(plan, key, period))

    def remove_calibration(self) -> None:
        row = self.cal_table.currentRow()
        key = self.selected
        if key and row >= 0:
            period = self.cal_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self._apply(self.tr("Remove calibration"), lambda plan: me.remove_calibration(plan, key, period))
