"""The Metrics view (mittaristo): the board, the definitions and calibrations, the measurements grid.

One period selector at the top serves all three tabs. Numbers come from core.scoring (through the
ScoreBook cache) and core.settlement; edits go through core.metrics_edits and Document.apply, so
every change is one undo step, written through to the file. Only the visible tab is refreshed
after an edit; the others catch up when they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core import metrics_edits as me
from ...core import model as m
from .. import theme
from ..lazy import on_screen
from .board import BoardTab
from .common import scaled_font, score_percent
from .definitions import DefinitionsTab
from .grid import MeasurementsTab
from .scores import ScoreBook

RELEVANT = {"metrics", "commercial"}


def default_period(plan: m.Plan) -> str:
    """The latest period with any measurement, else the first period ("" without periods)."""
    keys = [p.key for p in plan.commercial.periods]
    measured = {k for x in plan.metrics for k, _v in x.measurements}
    for key in reversed(keys):
        if key in measured:
            return key
    return keys[0] if keys else ""


class MetricsView(QWidget):
    BOARD, DEFINITIONS, MEASUREMENTS = range(3)

    def __init__(self, document):
        super().__init__()
        self.document = document
        self.book = ScoreBook(document.plan)
        self.period = default_period(document.plan)
        self._dirty = {self.BOARD, self.DEFINITIONS, self.MEASUREMENTS}
        self._weights_cache: tuple[m.Plan | None, dict] = (None, {})

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 16, 28, 12)
        outer.setSpacing(6)
        top = QHBoxLayout()
        title = self.title = QLabel(self.tr("Metrics board"))
        theme.view_title(title)
        top.addWidget(title)
        top.addSpacing(24)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        top.addWidget(self.message, 1)
        period_label = QLabel(self.tr("Service period:"))
        period_label.setFont(scaled_font(1.3))
        top.addWidget(period_label)
        self.period_box = QComboBox()
        self.period_box.setFont(scaled_font(1.3, True))
        self.period_box.setMinimumWidth(320)
        self.period_box.setAccessibleName(self.tr("Service period"))
        self.period_box.setToolTip(self.tr("The board, the weights and the calibration timeline show this period."))
        period_label.setBuddy(self.period_box)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        top.addWidget(self.period_box)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.board = BoardTab()
        self.board.metricActivated.connect(self.open_metric)
        self.board.periodClicked.connect(self.set_period)
        self.board.addLibrary.connect(self._add_process_library)
        self.definitions = DefinitionsTab(self.apply, self.show_message)
        self.definitions.periodClicked.connect(self.set_period)
        self.measurements = MeasurementsTab(self.apply, self.show_message, lambda: self.document.plan,
                                            project=lambda: self.document.path)
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.definitions, self.tr("Metrics and calibrations"))
        self.tabs.addTab(self.measurements, self.tr("Measurements"))
        self.tabs.setTabToolTip(0, self.tr("A card per metric: value, threshold and target, score and trend"))
        self.tabs.setTabToolTip(2, self.tr("Type measurements per period, or import them from a CSV file"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_visible())
        outer.addWidget(self.tabs, 1)

        # the score-by-period strip fills in while the app is idle (a big plan need not wait for it)
        self._strip_timer = QTimer(self)
        self._strip_timer.setInterval(0)
        self._strip_timer.timeout.connect(self._strip_step)

        document.changed.connect(self._changed)
        self._fill_periods()
        self._refresh_visible()

    # ------------------------------------------------------------ editing

    def apply(self, text: str, edit: Callable[[m.Plan], m.Plan]) -> bool:
        """Make an edit if it is good (one undo step, written through); a refusal is shown here in words.

        The metric edits check what they change (core.metrics_edits raises PlanError in words), and
        Document.try_apply validates the whole plan as it writes it.
        """
        problem = self.document.try_apply(text, edit)
        if problem:
            self.show_message(problem)
        elif problem is None:
            self.show_message("")
        return problem is None

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {theme.BAD if error else theme.GOOD}; font-weight: bold;")

    def _add_process_library(self) -> None:
        keys = [e.key for e in me.metric_library() if e.group == "process"]
        self.apply(self.tr("Add metrics from the library"), lambda plan: me.add_library_metrics(plan, keys))

    # ------------------------------------------------------------ periods

    def _fill_periods(self) -> None:
        self._periods_stale = False
        plan = self.document.plan
        keys = [p.key for p in plan.commercial.periods]
        if self.period not in keys:
            self.period = default_period(plan)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p in plan.commercial.periods:
            self.period_box.addItem(p.name or p.key, p.key)
        self.period_box.setCurrentIndex(keys.index(self.period) if self.period in keys else -1)
        self.period_box.setEnabled(bool(keys))
        self.period_box.blockSignals(False)

    def _period_chosen(self, index: int) -> None:
        key = self.period_box.itemData(index)
        if key and key != self.period:
            self.period = key
            self._dirty = {self.BOARD, self.DEFINITIONS, self.MEASUREMENTS}
            self._refresh_visible()

    def set_period(self, key: str) -> None:
        i = self.period_box.findData(key)
        if i >= 0:
            self.period_box.setCurrentIndex(i)

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Edit > Find: open a metric's definition."""
        self.open_metric(key)

    def open_metric(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.DEFINITIONS)
        self.definitions.select_metric(key)
        self.definitions.name.setFocus()

    # ------------------------------------------------------------ refresh

    def _changed(self, sections: list[str]) -> None:
        if not RELEVANT.intersection(sections):
            return
        if "commercial" in sections:
            self._periods_stale = True
        self._dirty = {self.BOARD, self.DEFINITIONS, self.MEASUREMENTS}
        if on_screen(self):  # hidden: refreshed when shown (ui/lazy.py)
            self.catch_up()

    def catch_up(self) -> None:
        """Show what changed while the view was hidden (the main window calls this when it shows it)."""
        if self._periods_stale:
            self._fill_periods()
        self._refresh_visible()

    def refresh(self) -> None:
        """Refresh every tab now (tests, language switch)."""
        self._fill_periods()
        self._dirty = {self.BOARD, self.DEFINITIONS, self.MEASUREMENTS}
        for tab in (self.BOARD, self.DEFINITIONS, self.MEASUREMENTS):
            self._refresh_tab(tab)

    def _refresh_visible(self) -> None:
        self._refresh_tab(self.tabs.currentIndex())

    def _refresh_tab(self, tab: int) -> None:
        if tab not in self._dirty:
            return
        self._dirty.discard(tab)
        plan = self.document.plan
        self.book.set_plan(plan)
        score = self.book.period(self.period) if self.period else None
        read_only = self.document.read_only
        if tab == self.BOARD:
            self._refresh_board(plan, score)
        elif tab == self.DEFINITIONS:
            self.definitions.show_data(plan, self.period, score, self._weights(plan), read_only)
        elif tab == self.MEASUREMENTS:
            self.measurements.show_data(plan, read_only)

    def _weights(self, plan: m.Plan) -> dict:
        cached_plan, weights = self._weights_cache
        if cached_plan is None or cached_plan.metrics is not plan.metrics or \
                cached_plan.commercial.periods is not plan.commercial.periods:
            weights = me.weights_in_force(plan)
            self._weights_cache = (plan, weights)
        return weights

    def _refresh_board(self, plan: m.Plan, score) -> None:
        self.board.set_read_only(self.document.read_only)
        periods = plan.commercial.periods
        index = next((i for i, p in enumerate(periods) if p.key == self.period), -1)
        period = periods[index] if index >= 0 else None
        result = self.book.settlement(self.period) if period is not None else None
        problem = None
        if period is not None and plan.metrics:
            problem = me.weight_problem(self.book.weight_total(self.period), period.name or period.key)
        self.board.show_period(plan, period, index, score, result, problem, me.level_problems(plan))
        self._show_strip()
        if self.book.missing():
            self._strip_timer.start()

    def _show_strip(self) -> None:
        known = self.book.all_known()
        plan = self.document.plan
        if getattr(self, "_measured", (None,))[0] is not plan.metrics:  # (64x: 49 000 measurements per step)
            self._measured = (plan.metrics, {k for x in plan.metrics for k, _v in x.measurements})
        measured = self._measured[1]
        items = [(p.key, p.name or p.key, None if known[p.key] is None else score_percent(known[p.key].exact),
                  p.key in measured) for p in plan.commercial.periods]
        self.board.show_strip(items if len(items) > 1 else [], self.period)

    def _strip_step(self) -> None:
        """Compute a few missing period scores (about 15 ms of work), then let the app breathe."""
        self.book.set_plan(self.document.plan)
        start = perf_counter()
        for key in self.book.missing():
            self.book.period(key)
            if perf_counter() - start > 0.015:
                break
        if not self.book.missing():
            self._strip_timer.stop()
        self._show_strip()

    def finish_background_work(self) -> None:
        """Compute everything the idle timer would (tests, screenshots, benchmarks)."""
        while self._strip_timer.isActive():
            self._strip_step()

    def keyPressEvent(self, event) -> None:
        # Ctrl+PageUp / Ctrl+PageDown switch tabs (QTabWidget does it); Alt+Left / Alt+Right switch periods.
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Left,
                                                                                     Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            i = self.period_box.currentIndex() + step
            if 0 <= i < self.period_box.count():
                self.period_box.setCurrentIndex(i)
            return
        super().keyPressEvent(event)
