"""The risk tables measure again only the columns whose cells changed (issue 16: a risk edit at 16x spent 38
of 41 ms measuring every cell), and their widths are those measured from nothing, after edits, a sort and undo."""

from __future__ import annotations

import dataclasses

from alliance_desktop.core import edits


def _measured_from_nothing(table) -> list[int]:
    """Every cell measured by Qt (sizeHintForColumn with no row limit)."""
    header = table.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(-1)
    try:
        return [table.sizeHintForColumn(c) for c in range(len(table.columns))]
    finally:
        header.setResizeContentsPrecision(precision)


def _count_measured(table, monkeypatch) -> list:
    """The cells the table measures (the delegate's size hint), as (row, column) of the records model."""
    measured = []
    delegate = type(table.itemDelegate())
    original = delegate.sizeHint
    monkeypatch.setattr(delegate, "sizeHint", lambda self, option, index: measured.append(
        (index.row(), index.column())) or original(self, option, index))
    return measured


def test_the_column_widths_after_edits_a_sort_and_undo_equal_widths_measured_from_nothing(window, qtbot,
                                                                                           monkeypatch):
    assert window.show_view("risks")
    view = window.views["risks"]
    table = view.tables["risks"]
    plan = view.document.plan
    assert table.content_widths() == _measured_from_nothing(table)
    view.money_button.setChecked(True)  # other columns: measured
    assert table.content_widths() == _measured_from_nothing(table)
    view.money_button.setChecked(False)
    assert table.content_widths() == _measured_from_nothing(table)
    measured = _count_measured(table, monkeypatch)
    risk = plan.risks[0]
    assert view.document.apply("title", lambda p: edits.update_record(
        p, "risks", risk.key, title=risk.title + " ja paljon pidempi otsikko kuin ennen"))
    row = table.records.row_of(risk.key)
    assert measured == [(row, 0)]  # the new title alone: the other cells look as before
    assert table.content_widths() == _measured_from_nothing(table)
    table.horizontalHeader().sectionClicked.emit(0)  # sorted by the first column
    assert table.content_widths() == _measured_from_nothing(table)
    view.document.undo_stack.undo()
    assert table.content_widths() == _measured_from_nothing(table)
    fitted = [table.columnWidth(c) for c in range(len(table.columns))]
    table._look_widths.clear()
    table.fit_columns()
    assert [table.columnWidth(c) for c in range(len(table.columns))] == fitted


def test_a_risk_moving_in_the_severity_order_measures_only_its_changed_cells(window, qtbot, monkeypatch):
    assert window.show_view("risks")
    view = window.views["risks"]
    table = view.tables["risks"]
    plan = view.document.plan
    table.fit_columns()
    measured = _count_measured(table, monkeypatch)
    risk = min(plan.risks, key=lambda r: r.likelihood * r.impact)
    before = table.keys.index(risk.key)
    assert view.document.apply("likelihood", lambda p: edits.update_record(p, "risks", risk.key, likelihood=5))
    assert table.keys.index(risk.key) < before  # (moved up in the list)
    fields = {table.columns[c].field for _r, c in measured}
    assert fields <= {"likelihood", "score"}, fields  # the other cells look as cells did before
    assert table.content_widths() == _measured_from_nothing(table)


def test_more_rows_than_qt_samples_are_all_measured_and_a_reorder_measures_nothing_again(window, qtbot,
                                                                                          monkeypatch):
    """With more rows than Qt's size hint looks at (200), each column is as wide as its widest cell of all
    rows; a risk moving in the severity order (every row below it moves) measures no cell again."""
    assert window.show_view("risks")
    view = window.views["risks"]
    table = view.tables["risks"]
    doc = view.document
    plan = doc.plan
    many = plan.risks + tuple(dataclasses.replace(r, key=f"{r.key}-{n}", title=f"{r.title} {n}")
                              for n in range(45) for r in plan.risks)
    assert len(many) > table.horizontalHeader().resizeContentsPrecision()
    assert doc.apply("many", lambda p: dataclasses.replace(p, risks=many))
    long_title = "Hyvin pitkä riskin nimi, jota Qt:n otos ei ehkä katso" * 2
    last = doc.plan.risks[-1]
    assert doc.apply("long", lambda p: edits.update_record(p, "risks", last.key, title=long_title))
    table.fit_columns()
    assert table.content_widths() == _measured_from_nothing(table)
    measured = _count_measured(table, monkeypatch)
    risk = min(doc.plan.risks, key=lambda r: r.likelihood * r.impact)
    assert doc.apply("likelihood", lambda p: edits.update_record(p, "risks", risk.key, likelihood=5))
    assert {table.columns[c].field for _r, c in measured} <= {"likelihood", "score"}
    assert table.content_widths() == _measured_from_nothing(table)


def test_an_edit_that_keeps_the_counts_leaves_the_tab_titles(window, qtbot, monkeypatch):
    """Setting a tab's title, even to the same text, laid out and repainted the whole view on every edit."""
    assert window.show_view("risks")
    view = window.views["risks"]
    plan = view.document.plan
    titles = []
    original = type(view.tabs).setTabText
    monkeypatch.setattr(type(view.tabs), "setTabText", lambda self, i, text: titles.append(text) or
                        original(self, i, text))
    risk = plan.risks[0]
    assert view.document.apply("likelihood", lambda p: edits.update_record(
        p, "risks", risk.key, likelihood=1 if risk.likelihood != 1 else 2))
    assert titles == []
    count = len(view.document.plan.risks)
    assert view.document.apply("add", lambda p: edits.add_record(p, "risks", "Uusi riski")[0])
    assert view.tabs.tabText(0).endswith(f"({count + 1})")  # a new count: the title follows
    view.document.undo_stack.undo()
    assert view.tabs.tabText(0).endswith(f"({count})")
