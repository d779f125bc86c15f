"""Results per period and in total, and the plain-language explanation of one period."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...core import model as m
from ...core.explain import explain_period
from ...core.scoring import PeriodScore
from ...core.settlement import PeriodResult, Settlement, Totals
from .. import fmt, theme
from .common import Card, Cells, money, money_exact, scaled_font, set_items_point_size, signed_money
from .terms import tip

# Row ids in display order.
ROWS = (
    "outcome", "target_cost", "actual_cost", "deviation", "kpi", "shared", "gain.buyer", "gain.producer",
    "gain.staff", "gain.effectiveness_pool", "paid", "excess", "sanction.producer", "sanction.buyer",
    "producer_payment", "staff_bonus", "buyer_total_cost",
)
EMPHASIS = {"target_cost", "actual_cost", "deviation", "producer_payment", "staff_bonus", "buyer_total_cost"}


def kpi_text(score: Decimal | None, source: str) -> str:
    """The score with two decimals; one set by hand says so ("käsin annettu"); "—" when nothing was measured."""
    if score is None:
        return "—"
    number = QLocale().toString(float(score), "f", 2)
    if source == "metrics":
        return number
    return QCoreApplication.translate("ResultsTable", "{score} (set by hand)").format(score=number)


def kpi_tooltip(score: PeriodScore | None, source: str) -> str:
    """The link to the metrics: each metric's part in the period's score."""
    lines = [tip("kpi_score")]
    if source != "metrics":
        lines.append(QCoreApplication.translate(
            "ResultsTable", "This score is set by hand (a scenario or the what-if panel), not taken from the metrics."))
    if score is not None and source == "metrics" and not any(
            ms.counts and ms.value is not None for ms in score.metric_scores):
        lines.append(QCoreApplication.translate(
            "ResultsTable", "No measurement for this period yet (—). Missing measurements score 0 when the period "
                            "is settled on its actual costs."))
    if score is not None:
        lines.append(QCoreApplication.translate("ResultsTable", "From the metrics:"))
        loc = QLocale()
        for ms in score.metric_scores:
            if not ms.counts:
                continue
            lines.append(QCoreApplication.translate("ResultsTable", "• {metric}: {score} (weight {weight})").format(
                metric=ms.name or ms.metric, score=loc.toString(float(ms.score), "f", 2),
                weight=loc.toString(float(ms.weight), "f", 0 if ms.weight == ms.weight.to_integral_value() else 1)))
        lines.extend(score.warnings)
    return "\n".join(lines)


_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class _KpiItem(QTableWidgetItem):
    """A KPI cell: its tooltip (a line per metric, 384 at 64x) is made when asked for (hover, a screen reader),
    not when the column is filled (issue 16: 256 tooltips made at the Commercial view's first visit)."""

    def __init__(self) -> None:
        super().__init__()
        self._tip_of: tuple[PeriodScore | None, str] | None = None  # (score, source): the tooltip not made yet
        self._tip: str | None = None

    def set_tip(self, tip_of: tuple[PeriodScore | None, str] | None) -> None:
        """The score and source the tooltip is made of; None: no tooltip."""
        if self._tip_of is None or tip_of is None or any(a is not b for a, b in zip(self._tip_of, tip_of)):
            self._tip_of, self._tip = tip_of, None

    def data(self, role: int):
        if role == _TOOLTIP:
            if self._tip_of is None:
                return ""
            if self._tip is None:
                self._tip = kpi_tooltip(*self._tip_of)
            return self._tip
        return super().data(role)


class ResultsTable(QTableWidget):
    """Rows are the quantities of the settlement, columns the periods and the total."""

    periodClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(len(ROWS), 0, parent)
        self.setObjectName("resultsTable")
        self.setAccessibleName(self.tr("Results per period"))
        self.setFont(scaled_font(1.1))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(int(theme.BASE_POINT_SIZE * 2.6))
        self.verticalHeader().setFont(scaled_font(1.05))
        self.horizontalHeader().setFont(scaled_font(1.0, bold=True))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths: fit_columns
        self.horizontalHeader().setMinimumSectionSize(int(theme.BASE_POINT_SIZE * 4))
        labels = {
            "outcome": (self.tr("Outcome"), tip("deviation")),
            "target_cost": (self.tr("Target cost"), tip("target_cost")),
            "actual_cost": (self.tr("Actual cost"), tip("actual_cost")),
            "deviation": (self.tr("Under-run (+) / over-run (−)"), tip("deviation")),
            "kpi": (self.tr("KPI score (from the metrics)"), tip("kpi_score")),
            "shared": (self.tr("Cost bonus (shared savings)"), tip("cost_bonus")),
            "gain.buyer": (self.tr("  – buyer's share"), tip("cost_bonus")),
            "gain.producer": (self.tr("  – producer's share"), tip("cost_bonus")),
            "gain.staff": (self.tr("  – staff's share"), tip("cost_bonus")),
            "gain.effectiveness_pool": (self.tr("  – effectiveness bonus pool"), tip("effectiveness_bonus")),
            "paid": (self.tr("Effectiveness bonus paid"), tip("effectiveness_bonus")),
            "excess": (self.tr("Savings beyond the cap"), tip("excess")),
            "sanction.producer": (self.tr("Cost sanction: producer"), tip("cost_sanction")),
            "sanction.buyer": (self.tr("Cost sanction: buyer"), tip("cost_sanction")),
            "producer_payment": (self.tr("Producer payment"), tip("producer_payment")),
            "staff_bonus": (self.tr("Staff bonus"), tip("staff_bonus")),
            "buyer_total_cost": (self.tr("Buyer's total cost"), tip("buyer_total_cost")),
        }
        for r, rid in enumerate(ROWS):
            text, tooltip = labels[rid]
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if rid in EMPHASIS:
                f = scaled_font(1.05, bold=True)
                item.setFont(f)
            self.setVerticalHeaderItem(r, item)
        self._keys: list[str] = []
        self.cells = Cells(self)
        self.currentCellChanged.connect(self._current_changed)
        # Each column's widest cell, kept while its cells are unchanged (issue 16: at 64x a refresh measured
        # 100 000 cells' size hints); a changed cell drops its column's, a font or column change all of them.
        self._cell_widths: dict[int, int] = {}
        self._cell_widths_font = ""
        # each column title's width, kept while the title and the header's font are unchanged
        self._title_widths: dict[int, int] = {}
        self._title_widths_font = ""
        self._text_widths: dict[tuple[str, bool, bool], int] = {}  # by (text, bold, italic), in the table's font
        model = self.model()
        model.dataChanged.connect(self._cells_changed)
        model.headerDataChanged.connect(self._titles_changed)
        for signal in (model.columnsInserted, model.columnsRemoved, model.columnsMoved, model.rowsInserted,
                       model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._forget_widths)
        # Filled while hidden (the view being built), the columns are fitted when shown, at the text size
        # chosen then (issue 16: at 64x they were measured at the first size, then at the one fit_text chose).
        self._unfitted = False
        self._stepping = False
        self.room_hint: Callable[[], int] | None = None  # the room fit_text is given (the view's), if any

    def _current_changed(self, _row: int, col: int, _pr: int, _pc: int) -> None:
        if 0 <= col < len(self._keys):
            self.periodClicked.emit(self._keys[col])

    def _cells_changed(self, first, last, _roles=()) -> None:
        if self._cell_widths:  # (nothing to drop while the table is filled the first time: 1 800 cells at 16x)
            for c in range(first.column(), last.column() + 1):
                self._cell_widths.pop(c, None)

    def _forget_widths(self, *_args) -> None:
        self._cell_widths.clear()
        self._title_widths.clear()
        self._text_widths.clear()

    def _titles_changed(self, orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Horizontal and self._title_widths:
            for c in range(first, last + 1):
                self._title_widths.pop(c, None)

    def _column_widths(self):
        """A function giving a column's least width (see content_widths), measuring what is not kept."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        header = self.horizontalHeader()
        if self._cell_widths_font != self.font().key():
            self._cell_widths, self._cell_widths_font = {}, self.font().key()
            self._text_widths.clear()
        if self._title_widths_font != header.font().key():
            self._title_widths, self._title_widths_font = {}, header.font().key()
        model, rows = self.model(), range(self.rowCount())
        state, texts = self.cells.state, self._text_widths

        def measure(r: int, c: int) -> int:
            """A cell's width: the same for every cell with the same text in the same font (bold, italic: a
            cell's font is the table's made bold or italic by Cells), so measured once per text (a row of zeros,
            equal targets; the 64x benchmark plan, its periods copies, shows 51 texts in 4 369 cells)."""
            index = model.index(r, c)
            seen = state.get((r, c)) if self.item(r, c) is not None else None
            if seen is None:
                return self.itemDelegateForIndex(index).sizeHint(option, index).width()
            key = (seen[0], seen[3], seen[4])
            hit = texts.get(key)
            if hit is None:
                hit = texts[key] = self.itemDelegateForIndex(index).sizeHint(option, index).width()
            return hit

        def width(c: int) -> int:
            cells = self._cell_widths.get(c)
            if cells is None:
                cells = self._cell_widths[c] = max((measure(r, c) for r in rows), default=0)
            title = self._title_widths.get(c)
            if title is None:
                title = self._title_widths[c] = header.sectionSizeHint(c)
            return max(title, cells) + 4  # the grid line, the text's rounding

        return width

    def content_widths(self) -> list[int]:
        """Each column's least width: its widest figure (every row, cents included) or its title."""
        self._unfitted = False
        width = self._column_widths()
        return [width(c) for c in range(self.columnCount())]

    def fit_columns(self) -> None:
        """Every column as wide as its contents; the periods share what room is left (the total keeps its width)."""
        widths = self.content_widths()
        if not widths:
            return
        periods = len(widths) - 1
        spare = max(0, self.viewport().width() - sum(widths))
        for c in range(periods):
            widths[c] += spare // periods + (spare % periods if c == periods - 1 else 0)
        for c, width in enumerate(widths):
            if self.columnWidth(c) != width:
                self.setColumnWidth(c, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._stepping:
            return  # set_text_step fits once its fonts are all set
        if self._unfitted and self.room_hint is not None:
            room = self.room_hint()
            if room > 0:
                self.fit_text(room)  # the text size first: the columns measured at that size only
        self.fit_columns()

    FONT_STEPS = (1.1, 1.0, 0.95)  # the table's text, in the text size: smaller before it would scroll sideways

    def text_step(self) -> int:
        return self.property("fontStep") or 0

    def fit_text(self, room: int) -> None:
        """The largest text of FONT_STEPS at which every column fits `room` (1280x720 at 115 % text: the normal
        size); the widths grow with the text, so the step is estimated from the present one, then checked."""
        now = self.FONT_STEPS[self.text_step()]
        least = self.FONT_STEPS[-1]
        if self._wider_than(lambda need: not need * least / now <= room):
            want = len(self.FONT_STEPS) - 1  # (the same step as from the whole width: it only grows)
        else:
            need = self.needed_width()
            want = next((i for i, f in enumerate(self.FONT_STEPS) if need * f / now <= room),
                        len(self.FONT_STEPS) - 1)
        if want != self.text_step():
            self.set_text_step(want)
        while self.needed_width() > room and self.text_step() < len(self.FONT_STEPS) - 1:
            self.set_text_step(self.text_step() + 1)

    def _wider_than(self, too_wide: Callable[[int], bool]) -> bool:
        """Whether too_wide(needed_width()) for a too_wide that only grows with the width, measuring columns only
        until the sum of those measured says so (issue 16: at 64x, 256 columns measured at a text size only to
        find that the smallest is needed)."""
        if self._cell_widths_font == self.font().key() and len(self._cell_widths) == self.columnCount():
            return too_wide(self.needed_width())  # (all measured: kept)
        need = self.needed_width(columns=0)
        width = self._column_widths()
        for c in range(self.columnCount()):
            need += width(c)
            if too_wide(need):
                return True
        return False

    def set_text_step(self, step: int) -> None:
        self._stepping = True  # (a font's new row height resizes the table: no fit until every font is set)
        # every cell's font changes: each column's width is measured again anyway (another font key), so
        # the 4 369 cells' dataChanged need not each drop their column's (64x)
        self.model().dataChanged.disconnect(self._cells_changed)
        try:
            self._set_text_step(step)
        finally:
            self.model().dataChanged.connect(self._cells_changed)
            self._stepping = False
        self.fit_columns()

    def _set_text_step(self, step: int) -> None:
        self.setProperty("fontStep", step)
        factor = self.FONT_STEPS[step]
        self.setFont(scaled_font(factor))
        self.verticalHeader().setFont(scaled_font(factor - 0.05))
        self.horizontalHeader().setFont(scaled_font(factor - 0.1, bold=True))
        self.verticalHeader().setDefaultSectionSize(int(theme.BASE_POINT_SIZE * 2.6 * factor / 1.1))
        self.cells._fonts.clear()  # the cells' bold and italic fonts are made from the table's font again
        for r in range(self.rowCount()):
            header = self.verticalHeaderItem(r)
            if header is not None and header.font().bold():
                header.setFont(scaled_font(factor - 0.05, bold=True))
        set_items_point_size(self, self.font().pointSizeF())

    def fit_row_height(self, rows_room: int) -> None:
        """Rows as tall as usual (2.6 x the text size), or lower, down to the text's height and a little, where
        the room would otherwise make every row scroll (1280x720 at 115 % text: four pixels short)."""
        usual = int(theme.BASE_POINT_SIZE * 2.6 * self.FONT_STEPS[self.text_step()] / 1.1)
        least = QFontMetrics(self.font()).height() + 2  # the text whole, a pixel above and below it
        height = max(least, min(usual, rows_room // max(1, self.rowCount())))
        header = self.verticalHeader()
        if header.minimumSectionSize() > least:  # the style's least row (its font's height and margins) is higher
            header.setMinimumSectionSize(least)  # under Windows' type (issue 19, Wine at 1366x768: 1 px to scroll)
        if height != header.defaultSectionSize():
            header.setDefaultSectionSize(height)
            self.updateGeometries()  # the scroll bars from the new rows at once, not at a later turn of the loop

    def needed_width(self, columns: int | None = None) -> int:
        """The width that shows every column whole: the row titles, the columns at their contents' width,
        the frame and the vertical scroll bar (`columns=0`: all but the columns)."""
        return (self.verticalHeader().sizeHint().width() + (sum(self.content_widths()) if columns is None else 0)
                + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width())

    def value_text(self, row_id: str, column: int) -> str:
        item = self.item(ROWS.index(row_id), column)
        return item.text() if item is not None else ""

    def show_settlement(self, plan: m.Plan, settlement: Settlement, scores: dict[str, PeriodScore]) -> None:
        periods = plan.commercial.periods
        self._keys = [p.key for p in periods]
        n = len(periods)
        if self.columnCount() != n + 1:
            self.setColumnCount(n + 1)
        by_key = {r.key: r for r in settlement.periods}
        for c, p in enumerate(periods):
            r = by_key[p.key]
            dates = f"{p.name}\n{fmt.date(p.start)}–{fmt.date(p.end)}"
            if r.is_forecast:
                self._header(c, self.tr("Period {number}\n{start}–{end}\n(forecast)").format(
                    number=c + 1, start=p.start.year, end=p.end.year),
                    dates + "\n" + self.tr("Forecast: an estimate at the target cost, not actual figures."),
                    italic=True)
            else:
                self._header(c, self.tr("Period {number}\n{start}–{end}").format(
                    number=c + 1, start=p.start.year, end=p.end.year), dates)
        self._header(n, self.tr("Total\n(actual)"), self.tr(
            "The periods with actual costs only: {periods}.").format(periods=self._numbers(settlement, "actual"))
            if settlement.actual_totals.periods else self.tr("No period has actual costs yet."))
        filled = getattr(self, "_filled", {})
        self._filled = {}
        for c, p in enumerate(periods):
            # a column is formatted again only when its result, period or score is another object
            # (core.settlement keeps the untouched periods' results: an edit refills its column)
            inputs = (by_key[p.key], p, scores.get(p.key))
            before = filled.get(c)
            if before is None or any(a is not b for a, b in zip(before, inputs)):
                self._fill_column(c, *inputs)
            self._filled[c] = inputs
        self._fill_total(n, settlement.actual_totals)
        if self.isVisible():
            self.fit_columns()
        else:
            self._unfitted = True  # fitted when shown (resizeEvent)

    def _numbers(self, settlement: Settlement, status: str) -> str:
        return ", ".join(str(i + 1) for i, p in enumerate(settlement.periods) if p.status == status)

    def legend(self, settlement: Settlement) -> str:
        """The lines under the table: what the italic columns are, and the totals with the forecasts.

        The forecast-inclusive total is given here, labelled, rather than as a second column: a
        projector's width holds the periods and one total with their cents, not two."""
        if not settlement.forecasts:
            return self.tr("All periods have actual costs: the total is an actual figure.")
        t = settlement.totals
        return "\n".join((
            (self.tr("Italic and grey = forecast: an estimate at the target cost, not actual figures (period "
                     "{periods}); “Total (actual)” leaves it out.") if len(settlement.forecasts) == 1 else
             self.tr("Italic and grey = forecast: an estimate at the target cost, not actual figures (periods "
                     "{periods}); “Total (actual)” leaves them out.")).format(
                periods=self._numbers(settlement, "forecast")),
            self.tr("Total incl. forecasts: cost {cost}, producer payment {producer}, buyer's total cost "
                    "{buyer}.").format(
                cost=money(t.actual_cost), producer=money(t.producer_payment), buyer=money(t.buyer_total_cost))))

    def _header(self, col: int, text: str, tooltip: str, italic: bool = False) -> None:
        item = self.horizontalHeaderItem(col)
        if item is None or item.text() != text or item.toolTip() != tooltip or item.font().italic() != italic:
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip)
            font = scaled_font(1.0, bold=True)
            font.setItalic(italic)
            item.setFont(font)
            if italic:
                item.setForeground(QColor(theme.MUTED))
            self.setHorizontalHeaderItem(col, item)

    def _set(self, row_id: str, col: int, text: str, tooltip: str = "", colour: str | None = None,
             bold: bool = False, background: str | None = None, forecast: bool = False,
             kind: type = QTableWidgetItem) -> QTableWidgetItem:
        """`forecast`: the figure is an estimate at the target: italic and grey, never bold like an actual one."""
        return self.cells.set(ROWS.index(row_id), col, text, tooltip=tooltip,
                              colour=theme.MUTED if forecast else colour, bold=(bold or row_id in EMPHASIS) and not
                              forecast, italic=forecast, background=background, kind=kind)

    def _money_row(self, row_id: str, col: int, value: Decimal, zero_dim: bool = True, **kw) -> None:
        colour = theme.MUTED if zero_dim and value == 0 else kw.pop("colour", None)
        self._set(row_id, col, money(value), money_exact(value), colour=colour, **kw)

    def _fill_column(self, c: int, r: PeriodResult, period: m.ServicePeriod, score: PeriodScore | None,
                     background: str | None = None) -> None:
        forecast = r.is_forecast
        kw: dict = {"background": background} if background else {}
        kw["forecast"] = forecast
        if forecast:
            outcome, colour = (self.tr("Incomplete") if r.incomplete else self.tr("Forecast")), theme.MUTED
        elif r.outcome == "underrun":
            outcome, colour = self.tr("Under-run"), theme.GOOD
        elif r.outcome == "overrun":
            outcome, colour = self.tr("Over-run"), theme.BAD
        else:
            outcome, colour = self.tr("On target"), theme.TEXT
        tooltip = tip("underrun") if r.outcome == "underrun" else tip("overrun") if r.outcome == "overrun" else ""
        if forecast:  # and why: no actuals, or which parts are missing
            tooltip = "\n".join((self.tr("Forecast: an estimate at the target cost, not actual figures."),
                                  *r.warnings))
        if r.actual_overridden:
            outcome = self.tr("{outcome} (assumed)").format(outcome=outcome)
        self._set("outcome", c, outcome, tooltip or " ".join(r.warnings), colour=colour, bold=True, **kw)
        self._money_row("target_cost", c, r.target_cost, zero_dim=False, **kw)
        self._money_row("actual_cost", c, r.actual_cost, zero_dim=False, **kw)
        dev_colour = theme.GOOD if r.deviation > 0 else theme.BAD if r.deviation < 0 else theme.MUTED
        self._set("deviation", c, signed_money(r.deviation), money_exact(r.deviation), colour=dev_colour, **kw)
        self._set("kpi", c, kpi_text(r.kpi_score, r.kpi_source), "",
                  colour=theme.TEXT if r.kpi_source == "metrics" and r.kpi_score is not None
                  else theme.MUTED if r.kpi_score is None else theme.WARN, kind=_KpiItem,
                  **kw).set_tip((score, r.kpi_source))  # the tooltip is made when asked for
        self._money_row("shared", c, r.shared_underrun, **kw)
        self._money_row("gain.buyer", c, r.gain.buyer, **kw)
        self._money_row("gain.producer", c, r.gain.producer, **kw)
        self._money_row("gain.staff", c, r.gain.staff, **kw)
        self._money_row("gain.effectiveness_pool", c, r.gain.effectiveness_pool, **kw)
        self._money_row("paid", c, r.effectiveness_bonus_paid, **kw)
        self._money_row("excess", c, r.excess_to_buyer, **kw)
        self._money_row("sanction.producer", c, r.sanction.producer, **kw)
        self._money_row("sanction.buyer", c, r.sanction.buyer, **kw)
        self._money_row("producer_payment", c, r.producer_payment, zero_dim=False, **kw)
        self._money_row("staff_bonus", c, r.staff_bonus, zero_dim=False, **kw)
        self._money_row("buyer_total_cost", c, r.buyer_total_cost, zero_dim=False, **kw)

    def _fill_total(self, c: int, t: Totals) -> None:
        """The totals column: the periods with actual costs only."""
        kw = {"background": theme.ACCENT_LIGHT}
        self._set("outcome", c, "", **kw)
        self._money_row("target_cost", c, t.target_cost, zero_dim=False, **kw)
        self._money_row("actual_cost", c, t.actual_cost, zero_dim=False, **kw)
        dev_colour = theme.GOOD if t.deviation > 0 else theme.BAD if t.deviation < 0 else theme.MUTED
        self._set("deviation", c, signed_money(t.deviation), money_exact(t.deviation), colour=dev_colour, **kw)
        self._set("kpi", c, "", **kw)  # (a plain item: a period's KPI item there is replaced)
        self._money_row("shared", c, t.shared_underrun, **kw)
        self._money_row("gain.buyer", c, t.gain.buyer, **kw)
        self._money_row("gain.producer", c, t.gain.producer, **kw)
        self._money_row("gain.staff", c, t.gain.staff, **kw)
        self._money_row("gain.effectiveness_pool", c, t.gain.effectiveness_pool, **kw)
        self._money_row("paid", c, t.effectiveness_bonus_paid, **kw)
        self._money_row("excess", c, t.excess_to_buyer, **kw)
        self._money_row("sanction.producer", c, t.sanction.producer, **kw)
        self._money_row("sanction.buyer", c, t.sanction.buyer, **kw)
        self._money_row("producer_payment", c, t.producer_payment, zero_dim=False, **kw)
        self._money_row("staff_bonus", c, t.staff_bonus, zero_dim=False, **kw)
        self._money_row("buyer_total_cost", c, t.buyer_total_cost, zero_dim=False, **kw)


class ExplanationPanel(Card):
    """The period's settlement in plain words (core.explain), large enough to read from the back of a room."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("In plain words"), parent)
        self.text = QLabel()
        self.text.setObjectName("explanation")
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(1.3))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("Explanation of the result"))
        self.notes = QLabel()
        theme.muted(self.notes)
        self.notes.setWordWrap(True)
        self.notes.setFont(scaled_font(1.05))
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.text)
        box.addWidget(self.notes)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        theme.set_background(scroll.viewport(), theme.SURFACE)  # white like the card around it
        self.body.addWidget(scroll, 1)
        self.setMinimumWidth(int(theme.BASE_POINT_SIZE * 28))  # the longest Finnish words fit

    def show_result(self, commercial: m.Commercial | None, result: PeriodResult | None, period_name: str = "",
                    assumed: bool = False) -> None:
        if commercial is None or result is None:
            self.title.setText(self.tr("In plain words"))
            self.text.setText(self.tr("Add a service period to see how its result is shared."))
            self.notes.clear()
            return
        self.title.setText(self.tr("In plain words: {period}").format(period=period_name))
        self.text.setText(explain_period(commercial, result, i18n.language()))
        notes = list(result.warnings)
        if assumed:
            notes.insert(0, self.tr("What-if: the actual cost or the KPI score is assumed, not from the file."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
