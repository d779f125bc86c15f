"""Commercial model view: service periods, sharing rules, results, what-if, scenarios and the gain/pain chart.

Layout: a header with the headline figures and (when in use) a what-if banner, then three tabs:

* Periods and results: the periods table (typed by keyboard) above the results per period and in total;
* Sharing rules: the rules form with live validation;
* What-if and scenarios: the sliders and the scenario comparison.

The chart with the plain-language explanation (the "insight" panel) sits beside each tab's content:
one widget, moved into the tab that is showing. Edits go through `Document.apply` (undoable, written
through); the what-if state lives only here and is settled on the side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import commercial_edits as ce
from ...core import model as m
from ...core.scoring import kpi_scores
from ...core.settlement import Settlement, settle_plan
from .. import fmt, theme
from ..lazy import on_screen
from ..widgets import Panel
from .chart import GainPainChart
from .common import money, scaled_font
from .periods import PeriodsPanel
from .results import ExplanationPanel, ResultsTable
from .rules import RulesPanel
from .whatif import ScenarioPanel, WhatIf, WhatIfPanel

__all__ = ["CommercialView"]

WHAT_IF_TAB = 2



class InsightPanel(QWidget):
    """The focused period's gain/pain chart and its explanation in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        label = QLabel(self.tr("Period shown"))
        label.setFont(scaled_font(1.1, bold=True))
        self.period = QComboBox()
        self.period.setFont(scaled_font(1.1))
        # a long period name does not widen the panel (and the window's least width): it is cut in the box
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(14)
        self.period.setAccessibleName(self.tr("Period shown in the chart"))
        label.setBuddy(self.period)
        top.addWidget(label)
        top.addWidget(self.period, 1)
        layout.addLayout(top)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        chart_frame = Panel()
        box = QVBoxLayout(chart_frame)
        box.setContentsMargins(2, 2, 2, 2)
        self.chart = GainPainChart()
        box.addWidget(self.chart)
        self.explanation = ExplanationPanel()
        self.explanation.setMinimumHeight(150)
        self.splitter.addWidget(chart_frame)
        self.splitter.addWidget(self.explanation)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([470, 300])
        layout.addWidget(self.splitter, 1)


class CommercialView(QWidget):
    def __init__(self, document):
        super().__init__()
        self.document = document
        self.whatif = WhatIf()
        self.focus_key: str | None = None
        self.scores: dict = {}
        self._stale = False  # changed while hidden: refreshed when shown
        self.settlement: Settlement | None = None
        self.file_settlement: Settlement | None = None
        self._what_if_tab_stale = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 14)
        outer.setSpacing(10)

        head = QHBoxLayout()
        title = QLabel(self.tr("Commercial model"))
        theme.view_title(title)
        head.addWidget(title)
        head.addSpacing(24)
        self.summary = QLabel()
        theme.muted(self.summary)
        self.summary.setFont(scaled_font(1.15))
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        # shown when the periods table gave way to the results (a low screen): brings it back
        self.periods_toggle = QPushButton(self.tr("Show the service periods"))
        self.periods_toggle.setToolTip(self.tr("The service periods table is hidden so that every row of the "
                                               "results fits the screen. Show it above the results."))
        self.periods_toggle.clicked.connect(self.show_periods)
        self.periods_toggle.hide()
        head.addWidget(self.periods_toggle)
        outer.addLayout(head)

        self.banner = QFrame()
        self.banner.setObjectName("whatIfBanner")
        self.banner.setStyleSheet(f"QFrame#whatIfBanner {{ background: {theme.BANNER}; border: 1px solid "
                                  f"{theme.WARN}; border-radius: 4px; }}")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(12, 6, 12, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setFont(scaled_font(1.1, bold=True))
        banner_row.addWidget(self.banner_text, 1)
        self.banner_clear = QPushButton(self.tr("Back to the file's figures"))
        self.banner_clear.clicked.connect(self.clear_what_if)
        banner_row.addWidget(self.banner_clear)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setFont(scaled_font(1.1))
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self.insight = InsightPanel()
        self.insight.period.currentIndexChanged.connect(self._insight_period_chosen)
        self.slots: dict[int, QVBoxLayout] = {}  # tab index -> where the insight panel goes

        # Tab 1: periods and results.
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.periods = PeriodsPanel(document)
        self.periods.periodSelected.connect(self.set_focus)
        split.addWidget(self.periods)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        self.results = ResultsTable()
        self.results.periodClicked.connect(self.set_focus)
        results_box = QWidget()
        box = QVBoxLayout(results_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.results, 1)
        self.results_legend = QLabel()  # what the italic columns and the two totals are
        self.results_legend.setObjectName("resultsLegend")
        theme.muted(self.results_legend)
        self.results_legend.setWordWrap(True)
        self.results_legend.setFont(scaled_font(1.05))
        box.addWidget(self.results_legend)
        bottom.addWidget(results_box)
        self.explanation = ExplanationPanel()
        bottom.addWidget(self.explanation)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([1040, 290])  # results need room for cents: 57 754 162,50 €
        # On a narrow screen the explanation gives way to the figures (fit_results): it collapses to
        # the splitter's handle, from which it can be drawn out again.
        bottom.setCollapsible(0, False)
        bottom.setCollapsible(1, True)
        bottom.handle(1).setToolTip(self.tr("Drag to show or hide the plain-language explanation"))
        self.results_split = bottom
        # the room fit_results gives the results' text: the table chooses its text size with it when first shown
        self.results.room_hint = lambda: (bottom.width() - bottom.handleWidth()) if bottom.isVisible() else 0
        self._explanation_given_way = False
        split.addWidget(bottom)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        # On a low screen (1280x720) the periods table gives way to every row of the results the same way:
        # it collapses to the splitter's handle, and comes back when there is room (fit_results).
        split.setCollapsible(0, True)
        split.setCollapsible(1, False)
        split.handle(1).setToolTip(self.tr("Drag to show or hide the service periods table"))
        self.periods_split = split
        self._periods_given_way = False
        self._periods_pinned = False  # shown by the user: not hidden again for the results' sake
        split.splitterMoved.connect(self._periods_moved)
        self.results_box = results_box
        layout.addWidget(split)
        self.tabs.addTab(page, self.tr("Periods and results"))

        # Tab 2: sharing rules.
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(theme.SPACING * 2)
        self.rules = RulesPanel(document)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rules)
        scroll.setMinimumWidth(520)
        scroll.setMaximumWidth(round(640 * theme.text_scale()))  # more room for larger text, where there is room
        layout.addWidget(scroll, 2)
        layout.addWidget(self._slot(), 3)
        self.tabs.addTab(page, self.tr("Sharing rules"))

        # Tab 3: what-if and scenarios.
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(theme.SPACING)
        left = QVBoxLayout()
        self.what_if_panel = WhatIfPanel(document, self.whatif)
        self.what_if_panel.changed.connect(self._what_if_changed)
        self.what_if_panel.periodChosen.connect(self.set_focus)
        self.what_if_panel.saveRequested.connect(self.ask_save_scenario)
        self.what_if_panel.updateRequested.connect(self.update_scenario)
        left.addWidget(self.what_if_panel)
        self.scenarios = ScenarioPanel(document)
        self.scenarios.loadRequested.connect(self.load_scenario)
        self.scenarios.scenarioSelected.connect(self.what_if_panel.set_update_target)
        left.addWidget(self.scenarios, 1)
        holder = QWidget()
        holder.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        # a low screen (1280x720 at 115 %): the sliders and the scenarios scroll as one, never squeezed
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(holder)
        layout.addWidget(left_scroll, 3)
        self._what_if_left, self._what_if_slot = left_scroll, self._slot()
        layout.addWidget(self._what_if_slot, 2)
        self.scenarios.roomWanted.connect(self._fit_compare)  # the chart gives way to the scenarios' figures
        self.tabs.addTab(page, self.tr("What-if and scenarios"))

        # Tab 4: the target cost under uncertainty (ui/commercial/uncertainty.py), simulated only while shown
        from .uncertainty import UncertaintyPage

        self.uncertainty = UncertaintyPage(document)
        self.tabs.addTab(self.uncertainty, self.tr("Uncertainty"))

        self.slots[1].addWidget(self.insight)  # a home until a tab with a slot shows
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.tabs.currentIndex())
        document.changed.connect(self._changed)
        self.refresh()
        # the sliders filled once, so they work before their tab first shows; the scenario comparison
        # (every saved scenario settled) waits for its tab
        self.what_if_panel.refresh(self.document.plan, self.scores)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_results)  # once the splitter has its new width

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_results)

    def fit_results(self) -> None:
        """Every period and the total shown whole beside the explanation; where the width does not hold
        both, the explanation narrows, then collapses (and comes back when the room is there again).
        Every row shown below the periods table; where the height does not hold both, the periods table
        collapses (and comes back when there is room)."""
        self._fit_results_height()
        split = self.results_split
        room = split.width() - split.handleWidth()
        if room <= 0 or not split.isVisible():
            return
        self.results.fit_text(room)  # at 115 % text on 1280 px the figures step down to the normal size
        need = self.results.needed_width()
        results, explanation = split.sizes()
        least = self.explanation.minimumWidth()
        if explanation and results < need:  # too narrow: the explanation gives room, or goes
            spare = room - need
            split.setSizes([room, 0] if spare < least else [need, spare])
            self._explanation_given_way = True
        elif self._explanation_given_way and room - need >= least:  # room again: it comes back
            wide = max(least, min(room - need, room // 3))
            split.setSizes([room - wide, wide])
            self._explanation_given_way = False
        # fit_text sets the rows' usual height again with any text size it tries, a new width changes the legend's
        # lines: the rows are fitted to the height once more (issue 19, under Wine at 1366x768 and 115 %: 1 px
        # to scroll, after fit_text had tried the larger text and come back to the same)
        self._fit_results_height()

    def _results_height(self) -> int:
        """The height that shows every row of the results and the legend below them."""
        table = self.results
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        legend = self.results_legend
        width = max(1, legend.width())
        return (table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
                + self.results_box.layout().spacing()
                + (legend.heightForWidth(width) if legend.text() else 0))

    def show_periods(self) -> None:
        """Bring the periods table back above the results (the results may then scroll)."""
        split = self.periods_split
        least = self.periods.sizeHint().height()
        split.setSizes([least, max(0, split.height() - split.handleWidth() - least)])
        self._periods_pinned = True
        self._periods_given_way = False
        self._show_periods_toggle()

    def _periods_moved(self, _pos: int, _index: int) -> None:
        self._periods_pinned = self.periods_split.sizes()[0] > 0  # dragged out: it stays; dragged away: gone
        self._show_periods_toggle()

    def _show_periods_toggle(self) -> None:
        hidden = self.periods_split.sizes()[0] == 0
        self.periods_toggle.setVisible(hidden and self.tabs.currentIndex() == 0)

    def _fit_results_height(self) -> None:
        split = self.periods_split
        room = split.height() - split.handleWidth()
        if room <= 0 or not split.isVisible():
            return
        self._fit_periods_split(split, room)
        self._show_periods_toggle()

    def _fit_periods_split(self, split, room: int) -> None:
        if self._periods_pinned:
            return
        need = self._results_height()
        periods, results = split.sizes()
        least = self.periods.sizeHint().height()
        if periods and results < need:  # too low: the periods table gives room, or goes
            spare = room - need
            split.setSizes([0, room] if spare < least else [spare, need])
            self._periods_given_way = True
        elif self._periods_given_way and room - need >= least:  # room again: it comes back
            split.setSizes([least, room - least])
            self._periods_given_way = False
        rows = sum(self.results.rowHeight(r) for r in range(self.results.rowCount()))
        self.results.fit_row_height(split.sizes()[1] - (self._results_height() - rows) - 2)  # lower rows, no scroll

    def _fit_compare(self) -> None:
        """The chart and explanation beside the what-if tab give way (hidden; back on the other tabs) when the
        scenario comparison's columns would not fit beside them (three or more scenarios on 1280 px)."""
        page = self._what_if_left.parentWidget()
        if page is None or not page.isVisible():
            return
        chrome = self._what_if_left.width() - self.scenarios.table.width()
        beside = (page.width() - page.layout().spacing()) * 3 // 5 - chrome
        give_way = self.scenarios.width_needed(beside) > beside
        if self._what_if_slot.isHidden() != give_way:
            self._what_if_slot.setVisible(not give_way)

    def _slot(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.slots[self.tabs.count()] = box  # the tab being built
        return holder

    def _tab_changed(self, index: int) -> None:
        self._show_periods_toggle()
        if index == WHAT_IF_TAB:
            self._refresh_what_if_tab()
        slot = self.slots.get(index)
        if slot is not None:
            slot.addWidget(self.insight)
            self.insight.show()

    # ------------------------------------------------------------ refresh

    def _changed(self, sections: list[str]) -> None:
        if {"commercial", "metrics", "scenarios", "phases"} & set(sections):
            self._stale = True
            if on_screen(self):  # hidden: refreshed when shown (ui/lazy.py)
                self.catch_up()

    def catch_up(self) -> None:
        """Show what changed while the view was hidden (the main window calls this when it shows it)."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        plan = self.document.plan
        self.whatif.prune(plan)
        keys = [p.key for p in plan.commercial.periods]
        if self.focus_key not in keys:
            self.focus_key = keys[0] if keys else None
        self.periods.refresh(plan)
        self.rules.refresh(plan)
        self._fill_period_combo(plan)
        self.recompute()

    def _fill_period_combo(self, plan: m.Plan) -> None:
        combo = self.insight.period
        entries = [(self.tr("Period {number}: {name}").format(number=i + 1, name=p.name), p.key)
                   for i, p in enumerate(plan.commercial.periods)]
        combo.blockSignals(True)
        if entries != [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]:
            combo.clear()
            for text, key in entries:
                combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(self.focus_key)))
        combo.blockSignals(False)

    def recompute(self) -> None:
        """Settle the plan (with the what-if assumptions on the side) and show it everywhere."""
        plan = self.document.plan
        # once per plan state, shared with the other views and the report (core/derived.py)
        scores = self.scores = kpi_scores(plan)
        self.file_settlement = settle_plan(plan, None, scores)
        what_if = self.whatif.scenario(plan)
        self.settlement = settle_plan(plan, what_if, scores) if what_if is not None else self.file_settlement
        self.results.show_settlement(plan, self.settlement, scores)
        self.results_legend.setText(self.results.legend(self.settlement))
        self.fit_results()
        self._what_if_tab_stale = True
        if self.tabs.currentIndex() == WHAT_IF_TAB:
            self._refresh_what_if_tab()
        self._show_focus()
        self._show_header(plan)

    def _refresh_what_if_tab(self) -> None:
        """The what-if sliders and the scenario comparison (refreshed when their tab shows)."""
        if not self._what_if_tab_stale or self.file_settlement is None:
            return
        self._what_if_tab_stale = False
        plan = self.document.plan
        self.what_if_panel.refresh(plan, self.scores)
        self.scenarios.refresh(plan, self.scores, self.file_settlement,
                               self.settlement if self.whatif.active else None)

    def _show_header(self, plan: m.Plan) -> None:
        periods = plan.commercial.periods
        if periods:
            text = self.tr("{count} service periods, {start}–{end} · target cost in total {total}")
            self.summary.setText(text.format(
                count=len(periods), start=fmt.date(periods[0].start), end=fmt.date(periods[-1].end),
                total=money(self.file_settlement.totals.target_cost)))
        else:
            self.summary.setText(self.tr("No service periods yet: add one, or lay out 2 + 2 + 3 + 3 years."))
        active = self.whatif.active
        self.banner.setVisible(active)
        if active:
            order = [p.key for p in plan.commercial.periods]
            numbers = ", ".join(str(order.index(k) + 1) for k in order if k in self.whatif.entries)
            self.banner_text.setText(self.tr("What-if in use (periods {periods}): the figures assume other actual "
                                             "costs or KPI scores. Nothing is saved to the file.").format(
                periods=numbers))

    def _show_focus(self) -> None:
        plan = self.document.plan
        key = self.focus_key
        period = next((p for p in plan.commercial.periods if p.key == key), None)
        chart, explanation = self.insight.chart, self.insight.explanation
        if period is None or self.settlement is None:
            chart.set_period(None, None)
            explanation.show_result(None, None)
            self.explanation.show_result(None, None)
            return
        result = self.settlement.period(key)
        index = plan.commercial.periods.index(period) + 1
        title = (self.tr("Period {number} (forecast): gain (+) and pain (−)") if result.is_forecast
                 else self.tr("Period {number}: gain (+) and pain (−)")).format(number=index)
        chart.set_period(plan.commercial, period, result.kpi_score_exact, actual=self.whatif.actual(key),
                         title=title, forecast=result.is_forecast)
        name = self.tr("period {number}").format(number=index)
        for panel in (explanation, self.explanation):
            panel.show_result(plan.commercial, result, name, assumed=key in self.whatif.entries)

    # ------------------------------------------------------------ focus and what-if

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Edit > Find: a service period (selected in the periods table) or a saved scenario."""
        self.catch_up()
        if kind == "scenario":
            self.tabs.setCurrentIndex(2)
            self.scenarios.select_scenario(key)
            return
        self.tabs.setCurrentIndex(0)
        if self.periods_split.sizes()[0] == 0:
            self.show_periods()
        self.set_focus(key)
        self.periods.select_period(key)

    def set_focus(self, key: str) -> None:
        if not key or key == self.focus_key:
            return
        self.focus_key = key
        combo = self.insight.period
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(key)))
        combo.blockSignals(False)
        self.periods.select_period(key)
        self.what_if_panel.follow(key)
        self._show_focus()

    def _insight_period_chosen(self, _index: int) -> None:
        key = self.insight.period.currentData()
        if isinstance(key, str):
            self.set_focus(key)

    def _what_if_changed(self) -> None:
        self.recompute()

    def clear_what_if(self) -> None:
        self.whatif.clear()
        self.recompute()

    def load_scenario(self, key: str) -> None:
        try:
            scenario = ce.find_scenario(self.document.plan, key)
        except Exception:  # noqa: BLE001 - the scenario vanished meanwhile (undo)
            return
        self.whatif.load(scenario)
        self.recompute()

    def ask_save_scenario(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as scenario"), self.tr("Name of the scenario"))
        if ok:
            self.save_scenario(name)

    def _what_if_to_save(self) -> m.Scenario | None:
        """The what-if assumptions to store in the file, or None (no what-if in use, or a read-only file)."""
        if self.document.read_only:
            return None
        return self.whatif.scenario(self.document.plan)

    def save_scenario(self, name: str) -> str | None:
        """Save the what-if assumptions as a named scenario in the file (undoable). Returns the key, or None."""
        what_if = self._what_if_to_save()
        if what_if is None:
            return None
        key = ce.new_scenario_key(self.document.plan, name.strip() or "scenario")
        problem = self.document.try_apply(self.tr("Save scenario"),
                           lambda p: ce.add_scenario(p, name, what_if.periods, key=key))
        self.scenarios._show_problem(problem)
        if problem is not None:
            return None
        self.scenarios.select_scenario(key)
        return key

    def update_scenario(self, key: str) -> bool:
        """Replace scenario `key`'s assumptions with the what-if ones (one undoable edit). True when saved."""
        what_if = self._what_if_to_save()
        if what_if is None:
            return False
        problem = self.document.try_apply(self.tr("Update scenario"),
                           lambda p: ce.save_scenario(p, key, what_if.periods))
        self.scenarios._show_problem(problem)
        return problem is None
