"""The commercial slide: every period's result with the total and the payment rows, the gain/pain chart
and the plain-language explanation of the chosen period, what-if sliders and the named scenarios.

Read only: the sliders and the scenario choice change an in-memory what-if (`commercial.whatif.WhatIf`,
as the commercial view's), settled on the side with `settle_plan(plan, what_if)`; nothing is written.
The results are the view's `ResultsTable` with the rows a meeting needs (the outcome, target and actual
cost, the under- or over-run, the KPI score, and the payments: producer payment, staff bonus, the buyer's
total cost), every figure whole: the columns are as wide as their widest figure and no text is cut.
When the periods do not fit across the slide at its type size (many periods), they are shown a page at a
time (PageDown shows the next periods before the next slide), the total column on every page.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QSlider,
    QVBoxLayout,
)

from ... import i18n
from ...core import model as m
from ...core.explain import explain_period
from ...core.scoring import kpi_scores
from ...core.settlement import settle_plan
from .. import theme
from ..commercial.chart import GainPainChart
from ..commercial.results import ROWS, ResultsTable
from ..commercial.whatif import COST_RANGE, KPI_STEPS, WhatIf, _percent_label
from .slides import Context, Slide, chosen_period, translate
from .style import label, set_text_colour

SHOWN_ROWS = ("outcome", "target_cost", "actual_cost", "deviation", "kpi", "producer_payment", "staff_bonus",
              "buyer_total_cost")
PLAN = ""  # the scenario combo's "the plan's own figures"


class SlideResults(ResultsTable):
    """The view's results table in slide type, with some rows and a page of the period columns shown."""

    def __init__(self, ctx: Context):
        super().__init__()
        st = ctx.style
        self.st = st
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(False)
        self.setFont(st.font(st.SMALL))
        self.horizontalHeader().setFont(st.font(st.SMALL, True))
        self.horizontalHeader().setStyleSheet(
            f"QHeaderView::section {{ background: {theme.SURFACE}; color: {theme.TEXT}; border: none; "
            f"border-bottom: {st.px(2)}px solid {theme.TEXT}; padding: {st.px(2)}px {st.px(4)}px; }}")
        self.verticalHeader().setFont(st.font(st.SMALL))
        self.verticalHeader().setDefaultSectionSize(st.px(27))
        self.horizontalHeader().setMinimumSectionSize(st.px(40))
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r, rid in enumerate(ROWS):
            self.setRowHidden(r, rid not in SHOWN_ROWS)
            item = self.verticalHeaderItem(r)
            bold = item.font().bold()
            item.setFont(st.font(st.SMALL, bold))
        self.columns: list[int] = []  # the period columns on the page shown

    def restyle_headers(self) -> None:
        """The column titles in slide type (show_settlement makes them in the app's): upright and in the text
        colour on a plain background, a forecast said by its "(forecast)" line, their lines at the same heights
        (from the top), so that they read from the back of the room and by OCR (grey italic on the header's
        shading, centred two- and three-line titles, were read as "vesecate" or not at all)."""
        for c in range(self.columnCount()):
            item = self.horizontalHeaderItem(c)
            if item is not None:
                item.setFont(self.st.font(self.st.SMALL, True))
                item.setForeground(QColor(theme.TEXT))
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)  # lines in step

    def show_columns(self, columns: list[int]) -> None:
        self.columns = columns
        total = self.columnCount() - 1
        for c in range(self.columnCount()):
            self.setColumnHidden(c, c != total and c not in columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The shown columns as wide as their contents, the periods sharing what is left."""
        widths = self.content_widths()
        if not widths:
            return
        shown = [c for c in range(len(widths)) if not self.isColumnHidden(c)]
        periods = [c for c in shown if c != len(widths) - 1]
        spare = max(0, self.viewport().width() - sum(widths[c] for c in shown))
        for i, c in enumerate(periods):
            widths[c] += spare // len(periods) + (spare % len(periods) if i == len(periods) - 1 else 0)
        for c in shown:
            if self.columnWidth(c) != widths[c]:
                self.setColumnWidth(c, widths[c])

    def row_header_width(self) -> int:
        return self.verticalHeader().sizeHint().width()

    def needed_height(self) -> int:
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()) if not self.isRowHidden(r))
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + 2

    def problems(self) -> list[str]:
        """A figure or title wider than its column, or rows and columns beyond the table's area."""
        out = []
        fm = QFontMetricsF(self.font())
        bold = QFontMetricsF(self.st.font(self.st.SMALL, True))
        shown = [c for c in range(self.columnCount()) if not self.isColumnHidden(c)]
        used = sum(self.columnWidth(c) for c in shown)
        if used > self.viewport().width() + 1:
            out.append(f"results columns {used} px in {self.viewport().width()} px")
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()) if not self.isRowHidden(r))
        if rows > self.viewport().height() + 1:
            out.append(f"results rows {rows} px in {self.viewport().height()} px")
        for r, rid in enumerate(ROWS):
            if self.isRowHidden(r):
                continue
            for c in shown:
                item = self.item(r, c)
                if item is None or not item.text():
                    continue
                metrics = bold if item.font().bold() else fm
                if metrics.horizontalAdvance(item.text()) + 6 > self.columnWidth(c):
                    out.append(f"{rid} column {c}: {item.text()!r} is cut")
        return out


class CommercialSlide(Slide):
    """Results of every period and the total, the chosen period's chart and explanation, the what-if."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        st, plan = ctx.style, ctx.plan
        self.whatif: WhatIf = ctx.state.setdefault("whatif", WhatIf())
        self.whatif.prune(plan)
        self.scores = kpi_scores(plan)  # once per plan state, shared with the views and the report
        self.settlement = None
        self._syncing = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(st.px(8))
        self.page_note = label("", st.font(st.SMALL), theme.MUTED)
        self.page_note.hide()
        outer.addWidget(self.page_note)
        self.results = SlideResults(ctx)
        self.results.periodClicked.connect(self.choose_period)
        outer.addWidget(self.results)
        self.banner = label("", st.font(st.SMALL, True), theme.WARN)
        self.banner.hide()
        outer.addWidget(self.banner)
        lower = QHBoxLayout()
        lower.setSpacing(st.gap)
        outer.addLayout(lower, 1)
        self.chart = GainPainChart()
        self.chart.setMinimumSize(0, 0)
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart.scale = 0.95 * st.u * 10 / theme.BASE_POINT_SIZE  # its type grows with the slide, not the app
        lower.addWidget(self.chart, 9)
        right = QVBoxLayout()
        right.setSpacing(st.px(6))
        self.explain_title = label("", st.font(st.BODY, True))
        right.addWidget(self.explain_title)
        self.explanation = label("", st.font(st.SMALL), wrap=True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.explanation, 1)
        right.addLayout(self._controls())
        lower.addLayout(right, 10)
        self.recompute()

    # ------------------------------------------------------------ building

    def _combo(self) -> QComboBox:
        st = self.ctx.style
        box = QComboBox()
        box.setFont(st.font(st.SMALL))
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the presenter's (next slide, back)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)  # a long period name is cut in the box, never widens the slide
        return box

    def _slider(self, low: int, high: int, name: str) -> QSlider:
        st = self.ctx.style
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        slider.setAccessibleName(name)
        slider.setMinimumHeight(st.px(26))
        return slider

    def _controls(self) -> QGridLayout:
        """The period and scenario shown, and the what-if sliders of the period (never saved)."""
        st = self.ctx.style
        grid = QGridLayout()
        grid.setHorizontalSpacing(st.px(10))
        grid.setVerticalSpacing(st.px(3))
        self.period_box = self._combo()
        for i, p in enumerate(self.ctx.plan.commercial.periods):
            self.period_box.addItem(translate("Presentation", "Period {number}: {name}").format(number=i + 1, name=p.name), p.key)
        self.period_box.currentIndexChanged.connect(
            lambda i: self.choose_period(self.period_box.itemData(i)) if i >= 0 else None)
        self.scenario_box = self._combo()
        self.scenario_box.addItem(translate("Presentation", "The plan's own figures"), PLAN)
        for sc in self.ctx.plan.scenarios:
            self.scenario_box.addItem(sc.name, sc.key)
        chosen = self.ctx.state.get("scenario", PLAN)
        self.scenario_box.setCurrentIndex(max(0, self.scenario_box.findData(chosen)))
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        self.cost = self._slider(-COST_RANGE, COST_RANGE, translate("Presentation", "Actual cost compared with the target cost"))
        self.cost.valueChanged.connect(self._cost_moved)
        self.kpi = self._slider(0, KPI_STEPS, translate("Presentation", "KPI score"))
        self.kpi.valueChanged.connect(self._kpi_moved)
        self.cost_value = label("", st.font(st.SMALL, True))
        self.kpi_value = label("", st.font(st.SMALL, True))
        width = int(QFontMetricsF(st.font(st.SMALL, True)).horizontalAdvance("−20,0 %") + st.px(6))
        for value in (self.cost_value, self.kpi_value):
            value.setMinimumWidth(width)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label(translate("Presentation", "Period"), st.font(st.SMALL)), 0, 0)
        grid.addWidget(self.period_box, 0, 1)
        grid.addWidget(label(translate("Presentation", "Scenario"), st.font(st.SMALL)), 0, 2)
        grid.addWidget(self.scenario_box, 0, 3, 1, 2)
        for r, (text, slider, value) in enumerate(((translate("Presentation", "Actual cost vs target"), self.cost, self.cost_value),
                                                   (translate("Presentation", "KPI score"), self.kpi, self.kpi_value)), 1):
            grid.addWidget(label(text, st.font(st.SMALL)), r, 0)
            grid.addWidget(slider, r, 1, 1, 3)
            grid.addWidget(value, r, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    EXPLANATION_SIZES = (0, -1, -2, -3)  # the explanation's type steps down (from SMALL) before it would be cut

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_explanation()

    def _fit_explanation(self) -> None:
        st, text = self.ctx.style, self.explanation
        if text.width() <= 1 or text.height() <= 1:
            return
        for step in self.EXPLANATION_SIZES:
            font = st.font(st.SMALL + step)
            if text.font() != font:
                text.setFont(font)
            if text.heightForWidth(text.width()) <= text.height():
                break

    # ------------------------------------------------------------ pages of periods

    def _page_columns(self) -> list[list[int]]:
        """The period columns of each page: as many as fit across beside the row titles and the total."""
        n = len(self.ctx.plan.commercial.periods)
        if n == 0:
            return [[]]
        widths = self.results.content_widths()
        room = self.ctx.style.width - 2 * self.ctx.style.margin - self.results.row_header_width() \
            - 2 * self.results.frameWidth() - widths[-1] - 4
        pages, page, used = [], [], 0
        for c in range(n):
            if page and used + widths[c] > room:
                pages.append(page)
                page, used = [], 0
            page.append(c)
            used += widths[c]
        pages.append(page)
        if len(pages) > 1:  # even pages: 40 periods as 5 pages of 8, not 6 + 6 + … + 4
            per = -(-n // len(pages))
            pages = [list(range(i, min(n, i + per))) for i in range(0, n, per)]
        return pages

    def pages(self) -> int:
        return len(self._pages)

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, len(self._pages) - 1))
        columns = self._pages[self.page]
        self.results.show_columns(columns)
        n = len(self.ctx.plan.commercial.periods)
        if len(self._pages) > 1 and columns:
            self.page_note.setText(translate("Presentation", "Periods {first}–{last} of {count}: the next page shows the next periods; "
                                      "the total column is of all periods with actual costs.").format(
                first=columns[0] + 1, last=columns[-1] + 1, count=n))
            self.page_note.show()
        else:
            self.page_note.hide()
        self.results.setFixedHeight(self.results.needed_height())

    # ------------------------------------------------------------ figures

    def recompute(self) -> None:
        plan = self.ctx.plan
        what_if = self.whatif.scenario(plan)
        self.settlement = settle_plan(plan, what_if, self.scores)
        self.results.show_settlement(plan, self.settlement, self.scores)
        self.results.restyle_headers()
        self.results.resizeRowsToContents()
        for r in range(self.results.rowCount()):
            self.results.setRowHeight(r, self.ctx.style.px(29))
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if not hasattr(self, "_pages"):
            self._pages = self._page_columns()
        self.show_page(self.page)
        active = self.whatif.active
        self.banner.setVisible(active)
        if active:
            self.banner.setText(translate("Presentation", "What-if: these figures assume other actual costs or KPI scores. Nothing is "
                                   "saved to the file."))
        self._show_period()

    def choose_period(self, key: str) -> None:
        if key and key != self.ctx.state.get("period"):
            self.ctx.state["period"] = key
            self._show_period()

    def _show_period(self) -> None:
        plan = self.ctx.plan
        periods = plan.commercial.periods
        key = chosen_period(self.ctx)
        period = next((p for p in periods if p.key == key), None)
        self._syncing = True
        try:
            self.period_box.setCurrentIndex(max(0, self.period_box.findData(key)))
            for w in (self.cost, self.kpi):
                w.setEnabled(period is not None)
            if period is None:
                self.chart.set_period(None, None)
                self.explain_title.setText(translate("Presentation", "In plain words"))
                self.explanation.setText(translate("Presentation", "No service periods yet"))
                return
            result = self.settlement.period(key)
            index = periods.index(period) + 1
            title = (translate("Presentation", "Period {number} (forecast): gain (+) and pain (−)") if result.is_forecast
                     else translate("Presentation", "Period {number}: gain (+) and pain (−)")).format(number=index)
            self.chart.set_period(plan.commercial, period, result.kpi_score_exact, actual=self.whatif.actual(key),
                                  title=title, forecast=result.is_forecast)
            self.explain_title.setText(translate("Presentation", "In plain words: period {number}").format(number=index))
            self.explanation.setText(explain_period(plan.commercial, result, i18n.language()))
            self._fit_explanation()
            pct = self.whatif.cost_percent(period)
            self.cost.setValue(max(-COST_RANGE, min(COST_RANGE, int((pct * 10).to_integral_value()))))
            self.cost_value.setText(_percent_label(pct))
            kpi = result.kpi_score_exact
            self.kpi.setValue(int(round(kpi * KPI_STEPS)))
            self.kpi_value.setText(QLocale().toString(float(kpi), "f", 2))
            for value, assumed in ((self.cost_value, self.whatif.actual(key) is not None),
                                   (self.kpi_value, self.whatif.kpi(key) is not None)):
                set_text_colour(value, theme.WARN if assumed else theme.TEXT)
        finally:
            self._syncing = False

    def _period(self) -> m.ServicePeriod | None:
        key = chosen_period(self.ctx)
        return next((p for p in self.ctx.plan.commercial.periods if p.key == key), None)

    def _cost_moved(self, value: int) -> None:
        period = self._period()
        if self._syncing or period is None:
            return
        self.whatif.set_cost_percent(period, Decimal(value) / 10)
        self.recompute()

    def _kpi_moved(self, value: int) -> None:
        period = self._period()
        if self._syncing or period is None:
            return
        self.whatif.set_kpi(period.key, Decimal(value) / KPI_STEPS)
        self.recompute()

    def _scenario_chosen(self, index: int) -> None:
        key = self.scenario_box.itemData(index)
        self.ctx.state["scenario"] = key
        scenario = next((sc for sc in self.ctx.plan.scenarios if sc.key == key), None)
        if scenario is None:
            self.whatif.clear()
        else:
            self.whatif.load(scenario)
        self.recompute()

    # ------------------------------------------------------------ checks

    def shown_text(self, row_id: str, column: int) -> str:
        return self.results.value_text(row_id, column)

    def fit_problems(self) -> list[str]:
        problems = super().fit_problems()
        problems += self.results.problems()
        bottom = self.results.mapTo(self, self.results.rect().bottomLeft()).y()
        if bottom > self.height():
            problems.append("the results go below the slide")
        if self.chart.height() < self.ctx.style.px(220):
            problems.append(f"the chart is squeezed to {self.chart.height()} px")
        return problems


__all__ = ["CommercialSlide", "SHOWN_ROWS"]
