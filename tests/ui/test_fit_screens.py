"""Issue 17: the views fit the screens officials have (1280x720 at 150 % Windows scaling, 1600x1000):
the risk tables give their long texts the room, and the commercial results show every figure."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

SIZES = [(1280, 720), (1600, 1000)]


def _settle(window, size):
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES)
def test_risk_tables_give_the_long_texts_the_room(window, size):
    assert window.show_view("risks")
    from alliance_desktop.ui.risks.table import RecordTable

    tables = window.findChildren(RecordTable)
    assert {t.section for t in tables} >= {"risks", "procurement_tasks", "documents"}
    for table in tables:
        tabs = _tabs_of(table)
        if tabs is not None:
            tabs.setCurrentIndex(tabs.indexOf(_tab_page(tabs, table)))
        _settle(window, size)
        header = table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        room = table.viewport().width()
        for i, c in enumerate(table.columns):
            width = header.sectionSize(i)
            assert metrics.horizontalAdvance(c.title) < width, (table.section, c.title, width, size)
            if c.kind == "long":
                assert width >= 0.2 * room, (table.section, c.title, width, room, size)
            elif c.kind != "text":  # a choice, number, date or check box: its widest value fits
                assert width >= table.sizeHintForColumn(i), (table.section, c.title, width, size)
        if size == (1600, 1000):  # room enough: the table does not scroll sideways
            assert sum(header.sectionSize(i) for i in range(len(table.columns))) <= room, table.section


def _tabs_of(widget):
    from PySide6.QtWidgets import QTabWidget

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def _tab_page(tabs, widget):
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is widget or page.isAncestorOf(widget):
            return page
    return None


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1600, 1000)])
def test_commercial_results_show_every_period_and_total_whole(window, size):
    """Every column of the results is inside the table's viewport (no sideways scrolling) and every
    cell's text fits its column; at 1280x720 the plain-language explanation gives way, not the figures."""
    from alliance_desktop.ui.commercial import CommercialView

    assert window.show_view("commercial")
    _settle(window, size)
    view = window.findChild(CommercialView)
    table = view.results
    room = table.viewport().width()
    assert table.columnCount() == 5  # four periods and the total
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= room, size
    assert table.horizontalScrollBar().maximum() == 0, size
    for c in range(table.columnCount()):
        width = table.columnWidth(c)
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is not None and item.text():
                text_width = QFontMetrics(item.font()).horizontalAdvance(item.text())
                assert text_width + 6 <= width, (size, c, r, item.text(), text_width, width)
    if size == (1600, 1000):  # room enough: the explanation stays beside the results
        assert view.results_split.sizes()[1] >= view.explanation.minimumWidth()


@pytest.mark.parametrize("size,percent", [((1280, 720), 100), ((1600, 1000), 130), ((1600, 1000), 100)])
def test_risk_tables_do_not_scroll_sideways_the_side_panel_gives_way(window, size, percent):
    """At 1280x720, and at 1600x1000 with 130 % text, the matrix and the selected row's panel give way
    (narrow, then collapse in their splitter) so that no list scrolls sideways; at 1600x1000 they stay."""
    from alliance_desktop.ui.risks import SECTIONS, RisksView

    window.set_text_size(percent)
    try:
        assert window.show_view("risks")
        view = window.findChild(RisksView)
        for i, section in enumerate(SECTIONS):
            view.tabs.setCurrentIndex(i)
            _settle(window, size)
            table = view.tables[section]
            width = sum(table.horizontalHeader().sectionSize(c) for c in range(len(table.columns)))
            assert width <= table.viewport().width(), (section, width, table.viewport().width(), size, percent)
            assert table.horizontalScrollBar().maximum() == 0, (section, size, percent)
            if (size, percent) == ((1600, 1000), 100):  # room enough: the side panel stays beside the table
                assert view.splits[section].sizes()[1] > 0, section
    finally:
        window.set_text_size(100)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_commercial_results_every_row_visible_and_periods_table_does_not_scroll_sideways(window, size):
    """The payment rows ("Maksu palveluntuottajalle", "Tilaajan kokonaiskustannus") are no longer behind a
    vertical scroll bar: every row of the results is inside the viewport; the periods table above is
    sized to its rows and its columns fit its width (the period names are cut first), and where the
    height still does not hold both, the periods table gives way, never the figures."""
    from alliance_desktop.ui.commercial import CommercialView

    assert window.show_view("commercial")
    _settle(window, size)
    view = window.findChild(CommercialView)
    results = view.results
    assert results.verticalScrollBar().maximum() == 0, size
    bottom = results.viewport().height()
    for r in range(results.rowCount()):
        assert 0 <= results.rowViewportPosition(r) and results.rowViewportPosition(r) + results.rowHeight(r) <= bottom, (
            size, r, results.verticalHeaderItem(r).text())
    legend = view.results_legend  # the totals with the forecasts, in words: not cut off below
    assert legend.isVisible() and legend.height() >= legend.heightForWidth(legend.width()), size
    periods = view.periods.table
    assert periods.horizontalScrollBar().maximum() == 0, size
    width = sum(periods.columnWidth(c) for c in range(periods.columnCount()))
    assert width <= periods.viewport().width(), (size, width, periods.viewport().width())
    for c in range(1, periods.columnCount()):  # dates and figures whole; only the names may be cut
        for r in range(periods.rowCount()):
            item = periods.item(r, c)
            if item is not None and item.text() and not item.font().italic():
                text_width = QFontMetrics(item.font()).horizontalAdvance(item.text())
                assert text_width + 6 <= periods.columnWidth(c), (size, r, c, item.text(), periods.columnWidth(c))


def test_commercial_periods_table_is_as_tall_as_its_rows_and_stays_at_1600(window):
    from alliance_desktop.ui.commercial import CommercialView

    assert window.show_view("commercial")
    _settle(window, (1600, 1000))
    view = window.findChild(CommercialView)
    table = view.periods.table
    assert table.rowCount() == 4
    assert view.periods_split.sizes()[0] > 0  # room enough: the periods stay above the results
    rows = sum(table.rowHeight(r) for r in range(4))
    assert table.height() == table.horizontalHeader().height() + rows + 2 * table.frameWidth()  # no empty row
    assert table.verticalScrollBar().maximum() == 0 and table.horizontalScrollBar().maximum() == 0
    assert view.results.verticalScrollBar().maximum() == 0


def test_hidden_periods_table_comes_back_with_a_button(window):
    """At 1280x720 the periods table gave way; the header's button brings it back and it stays."""
    from alliance_desktop.ui.commercial import CommercialView

    assert window.show_view("commercial")
    _settle(window, (1280, 720))
    view = window.findChild(CommercialView)
    assert view.periods_split.sizes()[0] == 0 and view.periods_toggle.isVisible()
    view.periods_toggle.click()
    _settle(window, (1280, 719))
    assert view.periods_split.sizes()[0] > 0 and not view.periods_toggle.isVisible()
    assert view.periods.table.isVisible() and view.periods.table.rowCount() == 4
    view.tabs.setCurrentIndex(1)
    assert not view.periods_toggle.isVisible()  # the button is about the first tab only
    _settle(window, (1600, 1000))
    view.tabs.setCurrentIndex(0)
    _settle(window, (1600, 1000))
    assert view.periods_split.sizes()[0] > 0 and not view.periods_toggle.isVisible()


def test_risk_matrix_moves_below_a_short_table_and_a_long_list_keeps_its_rows(window):
    """At 1280x720 the risks table needs the width and its five rows leave room below them: the matrix and
    the selected risk's texts go there (every risk's row shown above); the procurement tasks' narrower
    table keeps its panel beside it, never below its 19 rows."""
    from PySide6.QtCore import Qt

    from alliance_desktop.ui.risks import RisksView, rows_height

    assert window.show_view("risks")
    view = window.findChild(RisksView)
    _settle(window, (1280, 720))
    split = view.splits["risks"]
    assert split.orientation() == Qt.Orientation.Vertical and split.sizes()[1] > 0
    assert view.matrix.isVisible() and view.matrix.width() >= 200 and view.matrix.height() >= 200
    assert split.sizes()[0] >= rows_height(view.tables["risks"])  # every risk's row above the matrix
    view.tabs.setCurrentIndex(1)
    _settle(window, (1280, 720))
    tasks = view.splits["procurement_tasks"]
    assert tasks.orientation() == Qt.Orientation.Horizontal
    assert view.tables["procurement_tasks"].horizontalScrollBar().maximum() == 0
    view.tabs.setCurrentIndex(0)
    _settle(window, (1600, 1000))  # room again: beside the table
    assert split.orientation() == Qt.Orientation.Horizontal and split.sizes()[1] > 0
