"""The what-if panel (assumed actual costs and KPI scores, never written) and named scenarios.

The what-if state is an unsaved scenario: per period an assumed actual cost and/or KPI score.
The view settles the plan with it on the side (`settle_plan(plan, what_if_scenario)`), so the
results, the chart and the explanation follow the sliders while the file stays as it is.
"Save as scenario…" stores the assumptions in the file explicitly (one undoable edit); "Update scenario"
writes them back into the scenario selected in the comparison (after "Show in what-if" and moving the
sliders), and the selected scenario's notes are edited under the comparison (one undoable edit each).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core import commercial_edits as ce
from ...core import model as m
from ...core.gainpain import actual_for
from ...core.scoring import PeriodScore
from ...core.settlement import Settlement, resolve_actual, settle_plan
from .. import theme
from ..fitting import narrow_combo, wrapping
from ..widgets import CommitTextEdit
from .common import Card, Cells, money, money_exact, scaled_font, set_items_point_size, signed_money
from .terms import tip

CENT = Decimal("0.01")
ALL = ""  # the "all periods" scope
COST_RANGE = 200  # slider units are tenths of a percent: −20,0 % … +20,0 %
KPI_STEPS = 100  # slider units are hundredths
BUTTON_NAME_CHARS = 22  # in average character widths: a longer scenario name is cut with "…" on the update button


class WhatIf:
    """Assumed actual costs and KPI scores per period, in memory only."""

    def __init__(self) -> None:
        self.entries: dict[str, m.ScenarioPeriod] = {}

    @property
    def active(self) -> bool:
        return bool(self.entries)

    def scenario(self, plan: m.Plan) -> m.Scenario | None:
        if not self.entries:
            return None
        order = [p.key for p in plan.commercial.periods]
        periods = tuple(self.entries[k] for k in order if k in self.entries)
        return m.Scenario("__what_if__", "", "", periods)

    def entry(self, key: str) -> m.ScenarioPeriod:
        return self.entries.get(key, m.ScenarioPeriod(key))

    def _store(self, entry: m.ScenarioPeriod) -> None:
        if entry.actual is None and entry.kpi_score is None:
            self.entries.pop(entry.period, None)
        else:
            self.entries[entry.period] = entry

    def actual(self, key: str) -> m.ActualCost | None:
        return self.entry(key).actual

    def kpi(self, key: str) -> Decimal | None:
        return self.entry(key).kpi_score

    @staticmethod
    def file_cost_percent(period: m.ServicePeriod, actual: m.ActualCost | None = None) -> Decimal:
        """(actual − target) / target × 100 for the file's actuals (or the given ones); 0 without a target."""
        target = period.target.total
        if target == 0:
            return Decimal(0)
        parts = resolve_actual(period, actual)
        return (parts.total - target) / target * 100

    def cost_percent(self, period: m.ServicePeriod) -> Decimal:
        return self.file_cost_percent(period, self.actual(period.key))

    def set_cost_percent(self, period: m.ServicePeriod, percent: Decimal) -> None:
        """Assume an actual cost of target × (100 + percent) %.

        Fee and overhead stay as in the file; production takes the rest.
        """
        total = (period.target.total * (100 + percent) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        actual = actual_for(period, total)
        self._store(m.ScenarioPeriod(period.key, actual, self.kpi(period.key)))

    def set_kpi(self, key: str, score: Decimal | None) -> None:
        self._store(m.ScenarioPeriod(key, self.actual(key), score))

    def reset_cost(self, key: str) -> None:
        self._store(m.ScenarioPeriod(key, None, self.kpi(key)))

    def reset_kpi(self, key: str) -> None:
        self._store(m.ScenarioPeriod(key, self.actual(key), None))

    def clear(self) -> None:
        self.entries.clear()

    def load(self, scenario: m.Scenario) -> None:
        self.entries = {sp.period: sp for sp in scenario.periods if sp.actual is not None or sp.kpi_score is not None}

    def prune(self, plan: m.Plan) -> None:
        keys = {p.key for p in plan.commercial.periods}
        for k in [k for k in self.entries if k not in keys]:
            del self.entries[k]


def _find(plan: m.Plan | None, key: str | None) -> m.Scenario | None:
    """The scenario `key` in the plan, or None (no key, or it is gone, e.g. after an undo)."""
    if plan is None or not key:
        return None
    return next((sc for sc in plan.scenarios if sc.key == key), None)


def _percent_label(value: Decimal) -> str:
    number = QLocale().toString(float(abs(value)), "f", 1)
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    sign = "−" if rounded < 0 else "+" if rounded > 0 else "±"
    return QCoreApplication.translate("WhatIfPanel", "{value} %").format(value=sign + number)


class WhatIfPanel(Card):
    """Sliders for the actual cost (−20…+20 % of the target) and the KPI score (0…1), per period or for all."""

    changed = Signal()
    periodChosen = Signal(str)
    saveRequested = Signal()
    updateRequested = Signal(str)  # a scenario's key: store the what-if assumptions in it

    def __init__(self, document, whatif: WhatIf, parent: QWidget | None = None):
        super().__init__(self.tr("What-if for the meeting"), parent)
        self.document = document
        self.whatif = whatif
        self._syncing = False
        self._scores: Mapping[str, PeriodScore] = {}
        self._update_key = ""  # the scenario selected in the comparison: "Update scenario" writes into it
        intro = QLabel(self.tr("Try other actual costs and KPI scores: the results, the chart and the explanation "
                               "follow at once. Nothing is saved to the file unless you save a scenario."))
        intro.setWordWrap(True)
        theme.muted(intro)
        self.body.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.body.addLayout(grid)
        big = scaled_font(1.15)

        scope_label = QLabel(self.tr("Period"))
        scope_label.setFont(big)
        self.scope = QComboBox()
        self.scope.setFont(big)
        self.scope.setAccessibleName(self.tr("What-if period"))
        self.scope.setToolTip(self.tr("Move the sliders for one period, or for all periods at once."))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        narrow_combo(self.scope)
        scope_label.setBuddy(self.scope)
        grid.addWidget(scope_label, 0, 0)
        grid.addWidget(self.scope, 0, 1, 1, 3)

        cost_label = QLabel(self.tr("Actual cost vs target"))
        cost_label.setFont(big)
        cost_label.setToolTip(tip("actual_cost"))
        self.cost = QSlider(Qt.Orientation.Horizontal)
        self.cost.setRange(-COST_RANGE, COST_RANGE)
        self.cost.setSingleStep(5)
        self.cost.setPageStep(10)
        self.cost.setTickInterval(50)
        self.cost.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.cost.setAccessibleName(self.tr("Actual cost compared with the target cost"))
        self.cost.setToolTip(self.tr("Actual cost from 20 % under to 20 % over the target cost. Arrow keys move "
                                     "it by 0.5 %, Page Up / Page Down by 1 %."))
        self.cost.valueChanged.connect(self._cost_moved)
        cost_label.setBuddy(self.cost)
        self.cost_value = QLabel()
        self.cost_value.setFont(scaled_font(1.3, bold=True))
        self.cost_value.setMinimumWidth(110)
        self.cost_reset = QPushButton(self.tr("File's figure"))
        self.cost_reset.setToolTip(self.tr("Use the actual cost in the file again."))
        self.cost_reset.clicked.connect(self._reset_cost)
        # each slider on its own row below its label, value and button: as wide as the panel (issue 17: beside
        # them it was 38 px wide at 1280x720 with 115 % text)
        grid.addWidget(cost_label, 1, 0)
        grid.addWidget(self.cost_value, 1, 1)
        grid.addWidget(self.cost_reset, 1, 3)
        grid.addWidget(self.cost, 2, 0, 1, 4)

        kpi_label = QLabel(self.tr("KPI score"))
        kpi_label.setFont(big)
        kpi_label.setToolTip(tip("kpi_score"))
        self.kpi = QSlider(Qt.Orientation.Horizontal)
        self.kpi.setRange(0, KPI_STEPS)
        self.kpi.setSingleStep(1)
        self.kpi.setPageStep(10)
        self.kpi.setTickInterval(25)
        self.kpi.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.kpi.setAccessibleName(self.tr("KPI score"))
        self.kpi.setToolTip(tip("kpi_score"))
        self.kpi.valueChanged.connect(self._kpi_moved)
        kpi_label.setBuddy(self.kpi)
        self.kpi_value = QLabel()
        self.kpi_value.setFont(scaled_font(1.3, bold=True))
        self.kpi_reset = QPushButton(self.tr("From the metrics"))
        self.kpi_reset.setToolTip(self.tr("Use the KPI score computed from the metrics again."))
        self.kpi_reset.clicked.connect(self._reset_kpi)
        grid.addWidget(kpi_label, 3, 0)
        grid.addWidget(self.kpi_value, 3, 1)
        grid.addWidget(self.kpi_reset, 3, 3)
        grid.addWidget(self.kpi, 4, 0, 1, 4)
        self.kpi_source = QLabel()
        theme.muted(self.kpi_source)
        self.kpi_source.setWordWrap(True)
        grid.addWidget(self.kpi_source, 5, 0, 1, 4)
        grid.setColumnStretch(2, 1)

        buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Back to the file's figures"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save as scenario…"))
        theme.primary(self.save_button)
        self.save_button.setToolTip(self.tr("Save these assumed actual costs and KPI scores in the file as a named "
                                            "scenario, to compare and show later."))
        self.save_button.clicked.connect(self.saveRequested)
        self.update_button = QPushButton(self.tr("Update scenario"))
        self.update_button.setObjectName("updateScenario")
        self.update_button.clicked.connect(self._update_clicked)
        # on a narrow panel (1280 px, beside the chart) the buttons wrap one by one, never hold the window wider
        buttons.addWidget(wrapping(self.clear_button, wrapping(self.update_button, self.save_button)), 1)
        self.body.addLayout(buttons)

    # ------------------------------------------------------------ state

    def periods(self) -> tuple[m.ServicePeriod, ...]:
        return self.document.plan.commercial.periods

    def scope_key(self) -> str:
        data = self.scope.currentData()
        return data if isinstance(data, str) else ALL

    def scoped(self) -> list[m.ServicePeriod]:
        key = self.scope_key()
        return [p for p in self.periods() if key == ALL or p.key == key]

    def set_scope(self, key: str) -> None:
        i = self.scope.findData(key)
        if i >= 0 and i != self.scope.currentIndex():
            self.scope.setCurrentIndex(i)

    def follow(self, key: str) -> None:
        """The view's period changed: a single-period scope follows it ("All periods" stays)."""
        if self.scope_key() != ALL:
            self.set_scope(key)

    def refresh(self, plan: m.Plan, scores: Mapping[str, PeriodScore]) -> None:
        self._scores = scores
        entries = [(self.tr("All periods"), ALL)] + [
            (self.tr("Period {number}: {name}").format(number=i + 1, name=p.name), p.key)
            for i, p in enumerate(plan.commercial.periods)]
        shown = [(self.scope.itemText(i), self.scope.itemData(i)) for i in range(self.scope.count())]
        if entries != shown:
            self._syncing = True
            try:
                first_time = self.scope.count() == 0
                current = self.scope_key()
                self.scope.clear()
                for text, key in entries:
                    self.scope.addItem(text, key)
                idx = self.scope.findData(current)
                if first_time or idx < 0:
                    idx = 1 if self.scope.count() > 1 else 0  # start with the first period
                self.scope.setCurrentIndex(idx)
            finally:
                self._syncing = False
        self.sync()

    def _metrics_kpi(self, key: str) -> Fraction:
        score = self._scores.get(key)
        return score.exact if score is not None else Fraction(0)

    def sync(self) -> None:
        """Put the sliders and labels where the scoped periods are now."""
        periods = self.scoped()
        has = bool(periods)
        for w in (self.cost, self.kpi, self.cost_reset, self.kpi_reset):
            w.setEnabled(has)
        self.clear_button.setEnabled(self.whatif.active)
        self.save_button.setEnabled(self.whatif.active and not self.document.read_only)
        if self.document.read_only:
            self.save_button.setToolTip(self.tr("The file is read-only: scenarios cannot be saved."))
        self._show_update_button()
        if not has:
            self.cost_value.setText("")
            self.kpi_value.setText("")
            self.kpi_source.setText("")
            return
        pcts = [self.whatif.cost_percent(p) for p in periods]
        kpis = [self.whatif.kpi(p.key) if self.whatif.kpi(p.key) is not None else self._metrics_kpi(p.key)
                for p in periods]
        cost_assumed = any(self.whatif.actual(p.key) is not None for p in periods)
        kpi_assumed = any(self.whatif.kpi(p.key) is not None for p in periods)
        self._syncing = True
        try:
            same_pct = len({round(float(x), 1) for x in pcts}) == 1
            pct = pcts[0] if same_pct else sum(pcts, Decimal(0)) / len(pcts)
            self.cost.setValue(max(-COST_RANGE, min(COST_RANGE, int((pct * 10).to_integral_value(ROUND_HALF_UP)))))
            self.cost_value.setText(_percent_label(pct) if same_pct else self.tr("varies"))
            self.cost_value.setStyleSheet(f"color: {theme.WARN if cost_assumed else theme.TEXT};")
            same_kpi = len({round(float(x), 2) for x in kpis}) == 1
            k = Fraction(kpis[0]) if same_kpi else sum((Fraction(x) for x in kpis), Fraction(0)) / len(kpis)
            self.kpi.setValue(int(round(k * KPI_STEPS)))
            self.kpi_value.setText(QLocale().toString(float(k), "f", 2) if same_kpi else self.tr("varies"))
            self.kpi_value.setStyleSheet(f"color: {theme.WARN if kpi_assumed else theme.TEXT};")
            self.kpi_source.setText(self.tr("The KPI score is set by hand.") if kpi_assumed
                                    else self.tr("The KPI score comes from the metrics."))
            self.cost_reset.setEnabled(cost_assumed)
            self.kpi_reset.setEnabled(kpi_assumed)
        finally:
            self._syncing = False

    def set_update_target(self, key: str) -> None:
        """The scenario selected in the comparison ("" for none): the one "Update scenario" writes into."""
        self._update_key = key
        self._show_update_button()

    def _show_update_button(self) -> None:
        scenario = _find(self.document.plan, self._update_key)
        read_only = self.document.read_only
        button = self.update_button
        if scenario is None:
            text = self.tr("Update scenario")
        else:
            metrics = QFontMetrics(button.font())  # the tooltip has the name whole
            name = metrics.elidedText(scenario.name, Qt.TextElideMode.ElideRight,
                                      metrics.averageCharWidth() * BUTTON_NAME_CHARS)
            text = self.tr("Update scenario “{name}”").format(name=name)
        if button.text() != text:
            button.setText(text)
        button.setEnabled(scenario is not None and self.whatif.active and not read_only)
        if read_only:
            tooltip = self.tr("The file is read-only: scenarios cannot be saved.")
        elif scenario is None:
            tooltip = self.tr("Select a scenario in the comparison below first.")
        elif not self.whatif.active:
            tooltip = self.tr("Show the scenario “{name}” in the what-if and move the sliders first: this button "
                              "then saves the changes back into it.").format(name=scenario.name)
        else:
            tooltip = self.tr("Save these assumed actual costs and KPI scores in the scenario “{name}”, in place "
                              "of its own assumptions.").format(name=scenario.name)
        button.setToolTip(tooltip)

    def _update_clicked(self) -> None:
        if _find(self.document.plan, self._update_key) is not None:
            self.updateRequested.emit(self._update_key)

    # ------------------------------------------------------------ moving

    def _scope_changed(self, _index: int) -> None:
        if self._syncing:
            return
        key = self.scope_key()
        if key != ALL:
            self.periodChosen.emit(key)
        self.sync()

    def _cost_moved(self, value: int) -> None:
        if self._syncing:
            return
        pct = Decimal(value) / 10
        for p in self.scoped():
            self.whatif.set_cost_percent(p, pct)
        self._after_move()

    def _kpi_moved(self, value: int) -> None:
        if self._syncing:
            return
        score = Decimal(value) / KPI_STEPS
        for p in self.scoped():
            self.whatif.set_kpi(p.key, score)
        self._after_move()

    def _after_move(self) -> None:
        self.sync()
        self.changed.emit()

    def _reset_cost(self) -> None:
        for p in self.scoped():
            self.whatif.reset_cost(p.key)
        self._after_move()

    def _reset_kpi(self) -> None:
        for p in self.scoped():
            self.whatif.reset_kpi(p.key)
        self._after_move()

    def clear(self) -> None:
        self.whatif.clear()
        self._after_move()


# ---------------------------------------------------------------- scenarios

def _two_lines(text: str, width: int = 15) -> str:
    """A long column title wrapped at spaces (at most three lines; the tooltip has it whole)."""
    if len(text) <= width:
        return text
    return "\n".join(textwrap.wrap(text, width, max_lines=3, placeholder="…"))


def _shared(needs: list[int], room: int) -> list[int]:
    """Column widths that fill `room` (at least `needs`): the columns as even as their needs let them be (a wider
    column keeps its need, the others share the rest equally; the pixels left over go to the first ones)."""
    if sum(needs) >= room or not needs:
        return list(needs)
    wide: set[int] = set()
    while True:
        narrow = [c for c in range(len(needs)) if c not in wide]
        level = (room - sum(needs[c] for c in wide)) // len(narrow)
        more = {c for c in narrow if needs[c] > level}
        if not more:
            break
        wide |= more
    widths = [needs[c] if c in wide else level for c in range(len(needs))]
    for c in narrow[:room - sum(widths)]:
        widths[c] += 1
    return widths


COMPARE_ROWS = ("target_cost", "actual_cost", "deviation", "buyer_total_cost", "producer_payment", "staff_bonus",
                "gain_producer", "bonus_paid", "sanction_producer", "buyer_net", "kpi")
FILE_COLUMN = "__file__"
WHAT_IF_COLUMN = "__what_if__"
NOTES_LINES = 2  # the notes field's height in lines (it scrolls): the comparison table keeps its room
# How the comparison's figures are shown, the first whose columns fit the table: (text in the text size, cents
# shown where there are any (None) or whole euros (0; the tooltip has the cents)). Five saved scenarios (seven
# columns) at 1280x720 and 115 % text needed 1 078 px for 791 px: smaller text and whole euros fit. The text
# goes no smaller than LEAST_TEXT of the normal size (larger text sizes step further down).
PRESENTATIONS = ((1.0, None), (0.9, None), (1.0, 0), (0.9, 0), (0.85, 0), (0.8, 0), (0.75, 0), (0.7, 0))
LEAST_TEXT = 0.85
# Fusion's (the app's style's) PM_FocusFrameHMargin: the item delegate's text margin is it + 1 on each side. A
# constant, as asking the style makes PySide6 build its 100-member PixelMetric enum (6 ms on the tab's first
# opening); tests/ui/test_commercial_compare_fit.py checks it against the style.
FOCUS_FRAME_MARGIN = 2
SIGNED_ROWS = ("deviation", "buyer_net")
BOLD_ROWS = ("buyer_total_cost", "producer_payment", "staff_bonus")


class ScenarioPanel(Card):
    """Named scenarios side by side with the file's figures (and the what-if, when in use)."""

    loadRequested = Signal(str)
    scenarioSelected = Signal(str)  # the selected scenario's key, "" for none (sent on every refresh too)
    roomWanted = Signal()  # the table was resized or its columns changed: the view checks whether it fits

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(self.tr("Scenarios compared"), parent)
        self.document = document
        self._columns: list[str] = []
        self._notes_key: str | None = None  # the scenario whose notes the field shows (and commits to)
        top = QHBoxLayout()
        scope_label = QLabel(self.tr("Compare"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Compare which period"))
        self.scope.currentIndexChanged.connect(lambda _i: self._refill())
        narrow_combo(self.scope)
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope, 1)
        self.body.addLayout(top)

        self.table = QTableWidget(len(COMPARE_ROWS), 0)
        self.table.setObjectName("scenarioTable")
        self.table.setAccessibleName(self.tr("Scenarios compared"))
        self.table.setFont(scaled_font(1.0))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        # the columns' widths are set by fit(): each column its figures' width, the room left shared evenly
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(1)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setFont(scaled_font(1.0, bold=True))
        self.table.verticalHeader().setDefaultSectionSize(int(theme.BASE_POINT_SIZE * 2.7))
        self.table.installEventFilter(self)  # the columns and the rows' titles fitted to the width: fit()
        self._presentation = PRESENTATIONS[0]
        self._figures: list[list[tuple[str, Decimal | str, bool]]] = []  # per column: (row, value or text, bold)
        self._manual: list[bool] = []  # per column: its KPI score set by hand
        self._needs_kept: dict[tuple, list[int]] = {}  # the columns' widths per presentation, until a refill
        self._column_needs: dict[tuple, int] = {}  # a column's width by presentation, title and figures
        self._written: dict[int, tuple] = {}  # per column: what its cells show (figures, decimals, highlight)
        # every compared figure's row shown (the panel around scrolls on a low screen, not the rows)
        self.table.setMinimumHeight(int(theme.BASE_POINT_SIZE * 2.7) * len(COMPARE_ROWS)
                                    + int(theme.BASE_POINT_SIZE * 5.5))
        self.table.currentCellChanged.connect(lambda *_a: self._selection_changed())
        self.cells = Cells(self.table)
        labels = {
            "target_cost": (self.tr("Target cost"), tip("target_cost")),
            "actual_cost": (self.tr("Actual cost"), tip("actual_cost")),
            "deviation": (self.tr("Under-run (+) / over-run (−)"), tip("deviation")),
            "buyer_total_cost": (self.tr("Buyer's total cost"), tip("buyer_total_cost")),
            "producer_payment": (self.tr("Producer payment"), tip("producer_payment")),
            "staff_bonus": (self.tr("Staff bonus"), tip("staff_bonus")),
            "gain_producer": (self.tr("Cost bonus to the producer"), tip("cost_bonus")),
            "bonus_paid": (self.tr("Effectiveness bonus paid"), tip("effectiveness_bonus")),
            "sanction_producer": (self.tr("Cost sanction: producer"), tip("cost_sanction")),
            "buyer_net": (self.tr("Buyer's saving against the target"), tip("deviation")),
            "kpi": (self.tr("KPI score"), tip("kpi_score")),
        }
        for r, rid in enumerate(COMPARE_ROWS):
            text, tooltip = labels[rid]
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setVerticalHeaderItem(r, item)
        self.body.addWidget(self.table, 1)

        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes = CommitTextEdit()
        self.notes.setObjectName("scenarioNotes")
        self.notes.setAccessibleName(self.tr("Notes on the selected scenario"))
        self.notes.setFont(scaled_font(1.1))  # as the labels around it; set here, so the height below fits it
        margins = 2 * (self.notes.document().documentMargin() + self.notes.frameWidth()) + 4
        self.notes.setFixedHeight(int(QFontMetrics(self.notes.font()).lineSpacing() * NOTES_LINES + margins))
        self.notes.committed.connect(self._commit_notes)
        inset = int(self.notes.document().documentMargin()) + self.notes.frameWidth()
        notes_label.setContentsMargins(0, inset, 0, 0)  # level with the first line of the notes
        notes_label.setBuddy(self.notes)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes, 1)
        self.body.addLayout(notes_row)

        buttons = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Show in what-if"))
        self.load_button.setToolTip(self.tr("Move the what-if sliders to the selected scenario's assumptions."))
        self.load_button.clicked.connect(self._load)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = QPushButton(self.tr("Delete scenario"))
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(wrapping(self.load_button, wrapping(self.rename_button, self.delete_button)))
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.message = QLabel()
        theme.error_text(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        self.body.addWidget(self.message)
        self._plan: m.Plan | None = None
        self._settlements: dict[str, Settlement] = {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table and event.type() == event.Type.Resize:
            self.fit(event.size().width())
            self.roomWanted.emit()
        return super().eventFilter(obj, event)

    def _text(self, value: Decimal | str, signed: bool, decimals: int | None) -> str:
        if isinstance(value, str):
            return value
        return signed_money(value, decimals) if signed else money(value, decimals)

    def _needs(self, presentation: tuple[float, int | None], most: int | None = None) -> list[int]:
        """Each column's width with its figures shown so (and its title whole), measured, not laid out; kept
        until the figures change. With `most`, the measuring stops (the list is short) once the columns measured
        need more than that (issue 16: 129 columns at 64x, measured at every presentation)."""
        key = (presentation, theme.BASE_POINT_SIZE)
        kept = self._needs_kept.get(key)
        if kept is not None:
            return kept
        factor, decimals = presentation
        metrics = {bold: QFontMetrics(scaled_font(factor, bold)) for bold in (False, True)}
        pad = 2 * (FOCUS_FRAME_MARGIN + 1) + 2  # a cell's text margins (as Qt's item delegate has them), 2 px spare
        header = self.table.horizontalHeader()
        shown = QFontMetrics(header.font())  # the titles' margins: their hint less their lines' width now
        needs = []
        column_needs = self._column_needs
        if len(column_needs) > 4 * len(PRESENTATIONS) * max(1, len(self._figures)):
            column_needs.clear()  # (figures long gone)
        for c, figures in enumerate(self._figures):
            text = self.table.horizontalHeaderItem(c).text() if self.table.horizontalHeaderItem(c) else ""
            column = (key, text, tuple(figures))  # a column unchanged since it was measured: its width kept
            need = column_needs.get(column)
            if need is None:
                lines = text.split("\n")
                margins = header.sectionSizeHint(c) - max(shown.horizontalAdvance(line) for line in lines)
                title = max(metrics[True].horizontalAdvance(line) for line in lines) + margins
                need = column_needs[column] = max([title] + [
                    metrics[bold].horizontalAdvance(self._text(value, rid in SIGNED_ROWS, decimals)) + pad
                    for rid, value, bold in figures])
            needs.append(need)
            if most is not None and sum(needs) > most and c + 1 < len(self._figures):
                return needs
        self._needs_kept[key] = needs
        return needs

    def _titles_least(self) -> int:
        return min(round(120 * theme.text_scale()), self.table.verticalHeader().sizeHint().width())

    def columns_width(self, most: int | None = None) -> int:
        """The scenarios' columns at their figures' (and titles') width, shown as they are first chosen (with
        `most`: measured only until they need more)."""
        return sum(self._needs(PRESENTATIONS[0], most))

    def _scroll_bar_width(self) -> int:
        """The vertical scroll bar's width where the rows do not fit the table's height (shown), else 0: a hidden
        bar's width counted took that much from the columns."""
        t = self.table
        rows = t.verticalHeader().length()
        room = t.height() - 2 * t.frameWidth() - t.horizontalHeader().sizeHint().height()
        return t.verticalScrollBar().sizeHint().width() if rows > room else 0

    def width_needed(self, most: int | None = None) -> int:
        """The table's least width for its figures' first choice: every column whole, the row titles at their
        least (with `most`: exact up to that width, more than it where the table needs more)."""
        t = self.table
        chrome = self._titles_least() + 2 * t.frameWidth() + self._scroll_bar_width()
        return self.columns_width(None if most is None else most - chrome) + chrome

    def fit(self, width: int | None = None) -> None:
        """The first of PRESENTATIONS at which every column fits beside the row titles at their least; the row
        titles take the room left up to 40 % of the width (cut with "…" below their own width), the columns
        share what remains. Where nothing fits, the columns keep their figures whole and the table scrolls."""
        t = self.table
        if not self._figures:
            return
        width = t.width() if width is None else width
        room = width - 2 * t.frameWidth() - self._scroll_bar_width()
        least = self._titles_least()
        presentation = self._presentation_for(width)
        needs = self._needs(presentation)
        self._choose(presentation)
        rows = t.verticalHeader()
        titles = max(least, min(rows.sizeHint().width(), round(width * 0.4), room - sum(needs)))
        if rows.width() != titles or rows.maximumWidth() != titles:
            rows.setFixedWidth(titles)
            rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        for c, column in enumerate(_shared(needs, room - titles)):
            if t.columnWidth(c) != column:
                t.setColumnWidth(c, column)

    def _presentation_for(self, width: int) -> tuple[float, int | None]:
        """The first presentation at which every column fits a table `width` wide beside the row titles at their
        least; the smallest where none does."""
        t = self.table
        room = width - 2 * t.frameWidth() - self._scroll_bar_width() - self._titles_least()
        for presentation in [p for p in PRESENTATIONS if p[0] * theme.text_scale() >= LEAST_TEXT - 1e-9]:
            needs = self._needs(presentation, room)
            if len(needs) == len(self._figures) and sum(needs) <= room:
                break
        return presentation

    def _choose(self, presentation: tuple[float, int | None], write: bool = True) -> None:
        """The figures in `presentation`'s text size and decimals (written again, with `write`, where the
        decimals changed)."""
        if presentation == self._presentation:
            return
        decimals = self._presentation[1]
        self._presentation = presentation
        factor = presentation[0]
        self.table.setFont(scaled_font(factor))
        self.table.horizontalHeader().setFont(scaled_font(factor, bold=True))
        self.cells._fonts.clear()  # the cells' bold fonts are made from the table's font again
        set_items_point_size(self.table, self.table.font().pointSizeF())
        if write and decimals != presentation[1]:
            for c, key in enumerate(self._columns):
                self._write(c, key == WHAT_IF_COLUMN)

    # ------------------------------------------------------------ data

    def refresh(self, plan: m.Plan, scores: Mapping[str, PeriodScore], file_settlement: Settlement,
                what_if: Settlement | None) -> None:
        self._plan = plan
        settlements: dict[str, Settlement] = {FILE_COLUMN: file_settlement}
        if what_if is not None:
            settlements[WHAT_IF_COLUMN] = what_if
        for sc in plan.scenarios:
            settlements[sc.key] = settle_plan(plan, sc, scores)
        self._settlements = settlements
        entries = [(self.tr("The whole contract period incl. forecasts (total)"), "")] + [
            (self.tr("Period {number}: {name}").format(number=i + 1, name=p.name), p.key)
            for i, p in enumerate(plan.commercial.periods)]
        shown = [(self.scope.itemText(i), self.scope.itemData(i)) for i in range(self.scope.count())]
        if entries != shown:
            current = self.scope.currentData()
            self.scope.blockSignals(True)
            self.scope.clear()
            for text, key in entries:
                self.scope.addItem(text, key)
            idx = self.scope.findData(current) if current is not None else 0
            self.scope.setCurrentIndex(max(0, idx))
            self.scope.blockSignals(False)
        self._refill()

    def column_titles(self) -> list[str]:
        return [self.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(self.table.columnCount())]

    def selected_scenario(self) -> str | None:
        c = self.table.currentColumn()
        if 0 <= c < len(self._columns) and self._columns[c] not in (FILE_COLUMN, WHAT_IF_COLUMN):
            return self._columns[c]
        return None

    def _refill(self) -> None:
        plan = self._plan
        if plan is None:
            return
        selected = self.selected_scenario()
        self._columns = list(self._settlements)
        table = self.table
        if table.columnCount() != len(self._columns):
            table.setColumnCount(len(self._columns))
            self.cells.clear()
            self._written.clear()
        self._needs_kept.clear()
        names = {sc.key: sc for sc in plan.scenarios}
        period_key = self.scope.currentData() or ""
        columns = [self._column(self._settlements[key], period_key) for key in self._columns]
        self._figures = [figures for figures, _manual in columns]
        self._manual = [manual for _figures, manual in columns]
        for c, key in enumerate(self._columns):
            if key == FILE_COLUMN:
                header = QTableWidgetItem(_two_lines(self.tr("The file's figures"), 10))
                header.setToolTip(self.tr("The actual costs in the file and the KPI scores from the metrics."))
            elif key == WHAT_IF_COLUMN:
                header = QTableWidgetItem(_two_lines(self.tr("What-if now"), 10))
                header.setToolTip(self.tr("The assumptions on the what-if sliders (not saved)."))
            else:
                header = QTableWidgetItem(_two_lines(names[key].name))
                header.setToolTip(names[key].notes or names[key].name)
            current = table.horizontalHeaderItem(c)
            if current is None or (current.text(), current.toolTip()) != (header.text(), header.toolTip()):
                table.setHorizontalHeaderItem(c, header)
        # chosen before the cells are written (else each would be written again: 129 columns at 64x)
        self._choose(self._presentation_for(table.width()), write=False)
        for c, key in enumerate(self._columns):
            self._write(c, highlight=key == WHAT_IF_COLUMN)
        if selected in self._columns:
            table.setCurrentCell(max(0, table.currentRow()), self._columns.index(selected))
        self._selection_changed()
        self.fit()
        self.roomWanted.emit()

    def _column(self, s: Settlement, period_key: str) -> tuple[list[tuple[str, Decimal | str, bool]], bool]:
        """A column's figures ((row, amount or text, bold) in COMPARE_ROWS order; [] where the settlement has
        no such period) and whether its KPI score was set by hand."""
        if period_key:
            try:
                r = s.period(period_key)
            except KeyError:
                return [], False
            values = {
                "target_cost": r.target_cost, "actual_cost": r.actual_cost, "deviation": r.deviation,
                "buyer_total_cost": r.buyer_total_cost, "producer_payment": r.producer_payment,
                "staff_bonus": r.staff_bonus, "gain_producer": r.gain.producer,
                "bonus_paid": r.effectiveness_bonus_paid, "sanction_producer": r.sanction.producer,
                "buyer_net": r.buyer_net,
            }
            number = "—" if r.kpi_score is None else QLocale().toString(float(r.kpi_score), "f", 2)
            kpi = (self.tr("{score} (from the metrics)") if r.kpi_source == "metrics"
                   else self.tr("{score} (set by hand)")).format(score=number)
            if r.is_forecast:
                kpi = self.tr("{kpi}, forecast").format(kpi=kpi)
            manual = r.kpi_source != "metrics"
        else:
            t = s.totals
            values = {
                "target_cost": t.target_cost, "actual_cost": t.actual_cost, "deviation": t.deviation,
                "buyer_total_cost": t.buyer_total_cost, "producer_payment": t.producer_payment,
                "staff_bonus": t.staff_bonus, "gain_producer": t.gain.producer,
                "bonus_paid": t.effectiveness_bonus_paid, "sanction_producer": t.sanction.producer,
                "buyer_net": t.buyer_net,
            }
            count = sum(1 for p in s.periods if p.kpi_source != "metrics")
            manual = count > 0
            kpi = (self.tr("{count} set by hand").format(count=count) if manual else self.tr("from the metrics"))
        return [(rid, kpi if rid == "kpi" else values[rid], rid in BOLD_ROWS) for rid in COMPARE_ROWS], manual

    def _write(self, c: int, highlight: bool) -> None:
        """Column c's cells from its figures, in the presentation's decimals (nothing where they show them)."""
        background = theme.BANNER if highlight else None
        decimals = self._presentation[1]
        shown = (self._figures[c], self._manual[c], decimals, highlight)
        if self._written.get(c) == shown:
            return  # (a what-if step at 64x: 129 columns of which one changed)
        self._written[c] = shown
        for r_i, (rid, value, bold) in enumerate(self._figures[c]):
            if rid == "kpi":
                self.cells.set(r_i, c, value, tooltip=tip("kpi_score"), colour=theme.WARN if self._manual[c] else None,
                               bold=bold, background=background)
                continue
            signed = rid in SIGNED_ROWS
            colour = None
            if signed:
                colour = theme.GOOD if value > 0 else theme.BAD if value < 0 else theme.MUTED
            self.cells.set(r_i, c, self._text(value, signed, decimals), tooltip=money_exact(value),
                           colour=colour, bold=bold, background=background)

    def _selection_changed(self) -> None:
        key = self.selected_scenario()
        has = key is not None
        read_only = self.document.read_only
        editable = has and not read_only
        self.load_button.setEnabled(has)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self._show_notes(_find(self._plan, key))
        self.scenarioSelected.emit(key or "")

    def _show_notes(self, scenario: m.Scenario | None) -> None:
        """The selected scenario's notes; the user's unsaved typing in them is kept while they stay shown."""
        key = scenario.key if scenario is not None else None
        notes = self.notes
        typing = notes.hasFocus() and notes.document().isModified()
        if not (typing and key == self._notes_key):
            notes.set_value(scenario.notes if scenario is not None else "")
        self._notes_key = key
        read_only = self.document.read_only
        notes.setEnabled(scenario is not None)
        notes.setReadOnly(read_only)
        if scenario is None:
            notes.setPlaceholderText(self.tr("Select a scenario in the table to read and write its notes."))
        elif read_only:
            notes.setPlaceholderText(self.tr("No notes."))
        else:
            notes.setPlaceholderText(self.tr("No notes yet: write why the scenario was made and what it "
                                             "assumes."))
        notes.setToolTip(self.tr("The file is read-only: the notes cannot be changed.") if read_only else "")

    def select_scenario(self, key: str) -> None:
        if key in self._columns:
            self.table.setCurrentCell(0, self._columns.index(key))

    # ------------------------------------------------------------ actions

    def _load(self) -> None:
        key = self.selected_scenario()
        if key is not None:
            self.loadRequested.emit(key)

    def _commit_notes(self, text: str) -> None:
        key = self._notes_key
        if key is None or self.document.read_only:
            return
        self._show_problem(self.document.try_apply(self.tr("Change scenario notes"),
                                    lambda p: ce.set_scenario_notes(p, key, text)))

    def _show_problem(self, problem: str | None) -> None:
        if problem:
            self.message.setText(problem)
            self.message.show()
        else:
            self.message.hide()

    def _rename(self) -> None:
        key = self.selected_scenario()
        if key is None:
            return
        sc = ce.find_scenario(self.document.plan, key)
        name, ok = QInputDialog.getText(self, self.tr("Rename scenario"), self.tr("Name of the scenario"),
                                        text=sc.name)
        if ok:
            self._show_problem(self.document.try_apply(self.tr("Rename scenario"),
                                        lambda p: ce.rename_scenario(p, key, name)))

    def _delete(self) -> None:
        key = self.selected_scenario()
        if key is not None:
            self._show_problem(self.document.try_apply(self.tr("Delete scenario"),
                                        lambda p: ce.delete_scenario(p, key)))
