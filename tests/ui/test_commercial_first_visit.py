"""The Commercial view's first visit does only what is on screen (issue 16: at 64x it made 256 KPI tooltips of
384 lines each when filling the results): a KPI cell's tooltip is made when asked for, and is the one made from
the period's score, after edits, undo and a what-if score too."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core.metrics_edits import measurement
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.ui.commercial.results import ROWS, kpi_tooltip


def tooltips(table) -> list[str]:
    """Each column's KPI tooltip as the view asks for it (the model's tooltip role, as on hover)."""
    model = table.model()
    return [model.data(model.index(ROWS.index("kpi"), c), Qt.ItemDataRole.ToolTipRole)
            for c in range(table.columnCount())]


def expected(view) -> list[str]:
    plan = view.document.plan
    scores = kpi_scores(plan)
    return [kpi_tooltip(scores.get(p.key), view.settlement.period(p.key).kpi_source)
            for p in plan.commercial.periods] + [""]


def test_kpi_tooltips_are_made_when_asked_for_and_follow_the_scores(window, qtbot):
    assert window.show_view("commercial")
    view = window.views["commercial"]
    table = view.results
    row = ROWS.index("kpi")
    assert all(table.item(row, c)._tip is None for c in range(table.columnCount() - 1))  # none made at fill
    first = tooltips(table)
    assert first == expected(view) and all(len(t) > 40 for t in first[:-1])
    assert table.item(row, 0).toolTip() == first[0]

    plan = view.document.plan
    metric = next(x for x in plan.metrics if x.calibrations)
    period = plan.commercial.periods[0].key
    value = measurement(metric, period)
    assert view.document.apply("measure", lambda p: me.set_measurement(
        p, metric.key, period, (value or Decimal(0)) + 7))
    after = tooltips(table)
    assert after == expected(view) and after != first
    view.document.undo_stack.undo()
    assert tooltips(table) == first == expected(view)

    view.tabs.setCurrentIndex(2)  # the what-if panel: a score set by hand says so
    view.what_if_panel.set_scope("")
    view.what_if_panel.kpi.setValue(90)
    assert all(p.kpi_source == "scenario" for p in view.settlement.periods)
    assert tooltips(table) == expected(view) != first


def test_the_periods_table_is_fitted_once_when_first_shown_as_from_nothing(window, qtbot, monkeypatch):
    """Built hidden, the table tried every text size at the width it had before its first show, measuring
    every cell at each (issue 16); now it fits when shown, once, to the same widths and text size."""
    from alliance_desktop.ui.commercial.periods import _PeriodsTable

    passes = []
    original = _PeriodsTable.fit_columns
    monkeypatch.setattr(_PeriodsTable, "fit_columns", lambda self: passes.append(self.isVisible()) or original(self))
    assert window.show_view("commercial")
    qtbot.wait(10)
    table = window.views["commercial"].periods.table
    assert passes == [True]  # once, when shown

    def state():
        return table.property("fontStep") or 0, table.height(), [table.columnWidth(c) for c in range(table.columnCount())]

    shown = state()
    table._cells.clear()
    table.setProperty("fontStep", 2)
    table._set_step(2)  # from another text size and nothing measured
    table.fit()
    assert state() == shown
