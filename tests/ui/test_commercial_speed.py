"""The commercial results table measures again only the columns whose cells changed (issue 16: at 64x a
refresh measured 100 000 cells' size hints, several times), and its widths are those measured from nothing."""

from __future__ import annotations

from alliance_desktop.core import commercial_edits as ce


def test_the_results_widths_after_edits_and_undo_equal_widths_measured_from_nothing(window, qtbot, monkeypatch):
    assert window.show_view("commercial")
    view = window.views["commercial"]
    table = view.results
    plan = view.document.plan

    def from_nothing():
        table._cell_widths.clear()
        return table.content_widths()

    first = table.content_widths()
    assert first == from_nothing()
    measured = []
    original = type(table).itemDelegateForIndex
    monkeypatch.setattr(type(table), "itemDelegateForIndex",
                        lambda self, index: measured.append(index.column()) or original(self, index))
    period = plan.commercial.periods[1]
    actual = period.actual.production if period.actual else 0
    assert view.document.apply("cost", lambda p: ce.set_actual_part(p, period.key, "production",
                                                                      actual + 123456789))
    widths = table.content_widths()
    assert measured and len(set(measured)) < table.columnCount()  # not every column measured again
    assert widths == from_nothing() and widths != first
    view.document.undo_stack.undo()
    assert table.content_widths() == first == from_nothing()
    table.set_text_step(2)  # a smaller text: measured again
    assert table.content_widths() == from_nothing() != first


def test_the_periods_table_widths_after_edits_and_undo_equal_widths_measured_from_nothing(window, qtbot):
    assert window.show_view("commercial")
    view = window.views["commercial"]
    table = view.periods.table
    plan = view.document.plan

    def widths():
        table.fit_columns()
        return [table.columnWidth(c) for c in range(table.columnCount())]

    def from_nothing():
        table._cells.clear()
        return widths()

    first = widths()
    assert first == from_nothing()
    period = plan.commercial.periods[1]
    actual = period.actual.production if period.actual else 0
    assert view.document.apply("cost", lambda p: ce.set_actual_part(p, period.key, "production",
                                                                      actual + 123456789))
    after = widths()
    assert after == from_nothing()
    view.document.undo_stack.undo()
    assert widths() == from_nothing() == first
