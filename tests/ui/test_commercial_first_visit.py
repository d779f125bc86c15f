"""The Commercial view's first visit does only what is on screen (issue 16: at 64x it made 256 KPI tooltips of
384 lines each when filling the results): a KPI cell's tooltip is made when asked for, and is the one made from
the period's score, after edits, undo and a what-if score too."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from alliance_desktop.core import interchange

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


@pytest.fixture
def window_4x(qtbot, translations, tmp_path):
    """A window on a 4x Keusote plan (benchmarks/plangen.py: 16 periods, too wide for the largest text)."""
    from alliance_desktop.storage.projectfile import create_file
    from alliance_desktop.ui.mainwindow import MainWindow

    path = tmp_path / "4x.alliance"
    create_file(path, plan_4x())
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1600, 1000)
    win.show()
    yield win
    win.close()


def plan_4x():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import plangen
    finally:
        sys.path.pop(0)
    return interchange.plan_from_text(plangen.plan_text(4))


@pytest.mark.parametrize("size", ["demo", "4x"])
def test_the_results_are_measured_at_one_text_size_when_first_shown_and_fit_as_from_nothing(
        size, request, qtbot, monkeypatch):
    """Filled hidden, the results were measured at the first text size, then at the one fit_text chose (issue
    16); now they are fitted when shown, the text size chosen first, to the same widths and text size."""
    from alliance_desktop.ui.commercial.results import ResultsTable

    window = request.getfixturevalue("window" if size == "demo" else "window_4x")

    sizes = []  # the text size of each column measured
    original = ResultsTable._column_widths

    def column_widths(self):
        width = original(self)
        return lambda c: (c in self._cell_widths or sizes.append(self.font().key())) and width(c) or width(c)

    monkeypatch.setattr(ResultsTable, "_column_widths", column_widths)
    assert window.show_view("commercial")
    qtbot.wait(10)
    view = window.views["commercial"]
    table = view.results
    final = table.font().key()
    assert sizes.count(final) == table.columnCount()  # every column once at the size chosen
    if size == "demo":
        assert len(sizes) == table.columnCount()
    else:  # at the first size, only the columns that showed it too wide
        assert 0 < len(sizes) - table.columnCount() < table.columnCount()

    def state():
        return table.text_step(), [table.columnWidth(c) for c in range(table.columnCount())]

    shown = state()
    assert shown[0] == (0 if size == "demo" else 2)
    table.set_text_step(2)
    table._cell_widths.clear()
    table._title_widths.clear()
    table.set_text_step(0)
    view.fit_results()
    assert state() == shown


def test_fit_text_chooses_the_step_the_whole_width_gives(window, qtbot):
    """fit_text stops measuring once the columns measured show that even the smallest text is too wide: the
    step is the one chosen from every column measured (the rule as it was), for rooms narrow and wide."""
    assert window.show_view("commercial")
    table = window.views["commercial"].results
    steps = table.FONT_STEPS

    def rule(room):  # as fit_text chose before, from the whole width at the present step
        table.set_text_step(0)
        need = table.needed_width()
        want = next((i for i, f in enumerate(steps) if need * f / steps[0] <= room), len(steps) - 1)
        table.set_text_step(want)
        while table.needed_width() > room and table.text_step() < len(steps) - 1:
            table.set_text_step(table.text_step() + 1)
        return table.text_step()

    need = table.needed_width()
    for room in sorted({need // 3, need * 9 // 10, need - 1, need, need + 40, need * 2} | set(range(100, 1200, 97))):
        expected = rule(room)
        table.set_text_step(0)
        table._cell_widths.clear()  # nothing measured at this size
        table.fit_text(room)
        assert table.text_step() == expected, room


def test_the_results_widths_measured_once_per_text_equal_each_cell_measured(window_4x, qtbot):
    """A text is measured once per font (bold, italic) and text size; the widths are those of every cell
    measured by its delegate, at each text size, after an edit that changes figures and their boldness."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from alliance_desktop.core import commercial_edits as ce

    assert window_4x.show_view("commercial")
    view = window_4x.views["commercial"]
    table = view.results

    def each_cell():
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        header = table.horizontalHeader()
        return [max(max((table.itemDelegateForIndex(i).sizeHint(option, i).width()
                         for i in (table.model().index(r, c) for r in range(table.rowCount()))), default=0),
                    header.sectionSizeHint(c)) + 4 for c in range(table.columnCount())]

    for step in (0, 1, 2):
        table.set_text_step(step)
        assert table.content_widths() == each_cell()
    period = view.document.plan.commercial.periods[1]
    actual = period.actual.production if period.actual else 0
    assert view.document.apply("cost", lambda p: ce.set_actual_part(p, period.key, "production", actual + 123456789))
    assert table.content_widths() == each_cell()
    view.document.undo_stack.undo()
    assert table.content_widths() == each_cell()
