"""The commercial model view with real widgets: typing, refusals, rules, preset, split, what-if,
scenarios and the chart. Assertions are on the model and on the file on disk."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit, QInputDialog, QLineEdit, QScrollArea

from alliance_desktop.core import model as m
from alliance_desktop.storage.projectfile import ProjectFile, load_plan
from alliance_desktop.ui.commercial import CommercialView
from alliance_desktop.ui.commercial.periods import COLUMN
from alliance_desktop.ui.commercial.results import ROWS
from tests.ui.menu import trigger

D = Decimal


# ---------------------------------------------------------------- helpers


@pytest.fixture
def view(window) -> CommercialView:
    assert window.show_view("commercial")
    v = window.views["commercial"]
    QApplication.processEvents()
    return v


def disk_plan(window):
    """The plan as stored in the file (the file is locked while open: close, read, reopen)."""
    doc = window.document
    path = doc.file.path
    doc.file.close()
    plan = load_plan(path)
    doc.file = ProjectFile.open(path, backup=False)
    return plan


def period(plan, key):
    return next(p for p in plan.commercial.periods if p.key == key)


def row_of(view, key):
    return [p.key for p in view.document.plan.commercial.periods].index(key)


def key_in(qtbot, edit, text):
    """Type text key by key (QTest knows ASCII keys only: other characters are inserted as typed input)."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def type_in_cell(qtbot, table, row, column, text):
    """Select a cell, start editing with F2, replace the text and press Enter (all by keyboard)."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    if not isinstance(editor, (QLineEdit, QDateEdit)):
        editor = table.viewport().findChild(QLineEdit) or table.viewport().findChild(QDateEdit)
    assert editor is not None, "no editor opened"
    if isinstance(editor, QLineEdit):
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        key_in(qtbot, editor, text)
    else:
        editor.setDate(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_in_field(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    key_in(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# ---------------------------------------------------------------- periods table


def test_typing_a_finnish_amount_changes_model_and_file_with_undo_and_redo(window, view, qtbot):
    stack = window.document.undo_stack
    table = view.periods.table
    before = period(window.document.plan, "p1").target.production
    type_in_cell(qtbot, table, row_of(view, "p1"), COLUMN["target.production"], "55 123 456,78 €")
    assert period(window.document.plan, "p1").target.production == D("55123456.78")
    assert period(disk_plan(window), "p1").target.production == D("55123456.78")
    assert stack.count() == 1
    assert "55" in table.item(0, COLUMN["target.production"]).text()
    assert not view.periods.message.isVisible()
    # the results follow at once
    target_row = ROWS.index("target_cost")
    assert view.results.item(target_row, 0).text().replace("\u00a0", " ").startswith("61 123 456,78")  # exact to the cent, as settled

    trigger(window, QKeySequence.StandardKey.Undo)
    assert period(window.document.plan, "p1").target.production == before
    assert period(disk_plan(window), "p1").target.production == before
    trigger(window, QKeySequence.StandardKey.Redo)
    assert period(window.document.plan, "p1").target.production == D("55123456.78")
    assert period(disk_plan(window), "p1").target.production == D("55123456.78")

    # the other notation is read too
    type_in_cell(qtbot, table, row_of(view, "p2"), COLUMN["target.fee"], "1234567.89")
    assert period(window.document.plan, "p2").target.fee == D("1234567.89")


@pytest.mark.parametrize("text", ["abc", "-5", "1,2,3"])
def test_bad_amounts_are_refused_in_place_and_nothing_is_saved(window, view, qtbot, text):
    plan = window.document.plan
    table = view.periods.table
    type_in_cell(qtbot, table, row_of(view, "p1"), COLUMN["target.overhead"], text)
    assert window.document.plan is plan
    assert window.document.undo_stack.count() == 0
    assert view.periods.message.isVisible() and view.periods.message.text()
    assert disk_plan(window) == plan
    # the cell shows the saved value again
    assert "400" in table.item(row_of(view, "p1"), COLUMN["target.overhead"]).text()
    # a good value afterwards clears the message
    type_in_cell(qtbot, table, row_of(view, "p1"), COLUMN["target.overhead"], "2 500 000")
    assert period(window.document.plan, "p1").target.overhead == D(2_500_000)
    assert not view.periods.message.isVisible()


def test_actual_parts_are_entered_on_purpose(window, view, qtbot):
    """Issue 15 item 3: typing only the production copies nothing from the target; the rest shows "not entered"
    and the period stays a forecast (its results column italic, "Forecast: actuals incomplete")."""
    table = view.periods.table
    r = row_of(view, "p3")
    assert period(window.document.plan, "p3").actual is None
    type_in_cell(qtbot, table, r, COLUMN["actual.production"], "80 000 000")
    actual = period(window.document.plan, "p3").actual
    assert actual == m.ActualCost(None, None, D(80_000_000))  # nothing copied from the target
    assert period(disk_plan(window), "p3").actual == actual
    assert table.item(r, COLUMN["actual.overhead"]).text() == "ei syötetty"
    assert table.item(r, COLUMN["actual.fee"]).text() == "sopimuksen mukainen"
    assert table.item(r, COLUMN["actual.total"]).text() == "ennuste"
    col = ["p1", "p2", "p3", "p4"].index("p3")
    assert view.results.value_text("outcome", col) == "Puutteellinen"
    tip = view.results.item(ROWS.index("outcome"), col).toolTip()
    assert "toteuma puutteellinen, yleiskuluja ei ole syötetty" in tip
    assert view.results.item(ROWS.index("actual_cost"), col).font().italic()
    # with the overhead entered it is settled on its actuals
    type_in_cell(qtbot, table, r, COLUMN["actual.overhead"], "3 800 000")
    assert period(window.document.plan, "p3").actual == m.ActualCost(None, D(3_800_000), D(80_000_000))
    assert view.settlement.period("p3").status == "actual"
    assert not view.results.item(ROWS.index("actual_cost"), col).font().italic()
    # emptying a part makes it "not entered" again: a forecast once more
    type_in_cell(qtbot, table, r, COLUMN["actual.overhead"], "")
    assert period(window.document.plan, "p3").actual == actual
    assert view.settlement.period("p3").status == "forecast"
    # clear actual costs with the button
    table.setCurrentCell(r, 0)
    qtbot.mouseClick(view.periods.clear_button, Qt.MouseButton.LeftButton)
    assert period(window.document.plan, "p3").actual is None
    assert period(disk_plan(window), "p3").actual is None


def test_forecast_periods_are_shown_as_forecasts_and_kept_out_of_the_actual_total(window, view):
    """Issue 15 item 1: Keusote's periods 3 and 4 have no actuals. They are italic and grey, say "Ennuste", their
    KPI score is "—", the actual total adds periods 1–2 only and the forecast-inclusive total says so."""
    results = view.results
    n = 4
    for col in (2, 3):
        assert results.value_text("outcome", col) == "Ennuste"
        assert results.value_text("kpi", col) == "—"
        item = results.item(ROWS.index("actual_cost"), col)
        assert item.font().italic() and not item.font().bold()
        assert "ennuste" in results.horizontalHeaderItem(col).text()
    for col in (0, 1):
        assert not results.item(ROWS.index("actual_cost"), col).font().italic()
    assert results.horizontalHeaderItem(n).text() == "Yhteensä\n(toteutuneet)"
    assert results.columnCount() == n + 1
    assert results.value_text("actual_cost", n).replace("\u00a0", " ") == "119 330 000 €"
    assert results.value_text("buyer_total_cost", n).replace("\u00a0", " ") == "120 219 162,50 €"
    legend = view.results_legend.text().replace("\u00a0", " ")
    assert "ennuste" in legend and "tavoitekustannuksen mukainen arvio" in legend
    # the forecast-inclusive total is apart, labelled as such
    assert "Yhteensä ennusteineen" in legend and "314 330 000 €" in legend and "315 219 162,50 €" in legend
    # the chart and the explanation of a forecast period say so too
    view.set_focus("p3")
    assert view.insight.chart.forecast and "ennuste" in view.insight.chart._title
    assert view.explanation.text.text().startswith("Jakso on ennuste")


def test_rename_and_redate_by_keyboard(window, view, qtbot):
    table = view.periods.table
    type_in_cell(qtbot, table, 0, COLUMN["name"], "Ensimmäinen jakso")
    assert period(window.document.plan, "p1").name == "Ensimmäinen jakso"
    type_in_cell(qtbot, table, 0, COLUMN["end"], QDate(2029, 5, 31))
    assert period(window.document.plan, "p1").end == dt.date(2029, 5, 31)
    assert period(disk_plan(window), "p1").end == dt.date(2029, 5, 31)
    # an end before the start is refused in place
    type_in_cell(qtbot, table, 0, COLUMN["end"], QDate(2020, 1, 1))
    assert period(window.document.plan, "p1").end == dt.date(2029, 5, 31)
    assert view.periods.message.isVisible()
    assert window.document.undo_stack.count() == 2


def test_preset_2_2_3_3_from_the_service_phase(window, view, qtbot):
    panel = view.periods
    panel.table.setCurrentCell(row_of(view, "p4"), 0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.key for p in window.document.plan.commercial.periods] == ["p1", "p2", "p3"]
    qtbot.mouseClick(panel.preset_button, Qt.MouseButton.LeftButton)
    periods = window.document.plan.commercial.periods
    assert [(p.start, p.end) for p in periods] == [
        (dt.date(2027, 7, 1), dt.date(2029, 6, 30)),
        (dt.date(2029, 7, 1), dt.date(2031, 6, 30)),
        (dt.date(2031, 7, 1), dt.date(2034, 6, 30)),
        (dt.date(2034, 7, 1), dt.date(2037, 6, 30)),
    ]
    assert disk_plan(window).commercial.periods == periods
    assert window.document.undo_stack.count() == 2
    assert panel.table.rowCount() == 4 and view.results.columnCount() == 5


def test_split_a_period(window, view, qtbot, monkeypatch):
    panel = view.periods
    original = period(window.document.plan, "p1")
    monkeypatch.setattr(panel, "ask_split_date", lambda p: dt.date(2028, 7, 1))
    panel.table.setCurrentCell(row_of(view, "p1"), 0)
    qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    periods = window.document.plan.commercial.periods
    assert len(periods) == 5
    a, b = periods[0], periods[1]
    assert (a.end, b.start) == (dt.date(2028, 6, 30), dt.date(2028, 7, 1))
    assert a.target.total + b.target.total == original.target.total
    assert disk_plan(window).commercial.periods == periods
    assert view.results.columnCount() == 6
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.commercial.periods[0] == original
    assert len(disk_plan(window).commercial.periods) == 4


# ---------------------------------------------------------------- sharing rules


def test_shares_that_do_not_add_up_are_explained_and_not_written(window, view, qtbot):
    view.tabs.setCurrentIndex(1)
    rules = view.rules
    plan = window.document.plan
    type_in_field(qtbot, rules.fields["gain_share_percent.buyer"], "45")
    assert window.document.plan is plan
    assert window.document.undo_stack.count() == 0
    assert rules.message.isVisible()
    text = rules.message.text()
    assert "95" in text and "100" in text
    assert disk_plan(window).commercial == plan.commercial
    # fixing the other share makes the table whole: one edit, written
    type_in_field(qtbot, rules.fields["gain_share_percent.producer"], "35")
    shares = dict(window.document.plan.commercial.gain_share_percent)
    assert shares["buyer"] == 45 and shares["producer"] == 35
    assert not rules.message.isVisible()
    assert window.document.undo_stack.count() == 1
    assert dict(disk_plan(window).commercial.gain_share_percent)["producer"] == 35


def test_negative_cap_and_unreadable_share_are_explained(window, view, qtbot):
    view.tabs.setCurrentIndex(1)
    rules = view.rules
    plan = window.document.plan
    type_in_field(qtbot, rules.fields["gain_cap_percent"], "-1")
    assert rules.message.isVisible() and rules.message.text()
    type_in_field(qtbot, rules.fields["pain_share_percent.buyer"], "abc")
    assert "abc" in rules.message.text()
    assert window.document.plan is plan and window.document.undo_stack.count() == 0
    qtbot.mouseClick(rules.discard, Qt.MouseButton.LeftButton)
    assert not rules.message.isVisible()
    assert rules.fields["gain_cap_percent"].text() == "5"


def test_producer_sanction_cap_choices(window, view, qtbot):
    view.tabs.setCurrentIndex(1)
    rules = view.rules
    qtbot.mouseClick(rules.cap_none, Qt.MouseButton.LeftButton)
    assert window.document.plan.commercial.producer_pain_cap is None
    qtbot.mouseClick(rules.cap_amount, Qt.MouseButton.LeftButton)
    assert window.document.plan.commercial.producer_pain_cap is None  # no amount yet: nothing written
    type_in_field(qtbot, rules.cap_value, "1 000 000")
    assert window.document.plan.commercial.producer_pain_cap == D("1000000")
    assert disk_plan(window).commercial.producer_pain_cap == D("1000000")
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.commercial.producer_pain_cap is None
    assert rules.cap_none.isChecked()


# ---------------------------------------------------------------- what-if and scenarios


def test_what_if_changes_the_results_but_not_the_file(window, view, qtbot):
    view.tabs.setCurrentIndex(2)
    panel = view.what_if_panel
    panel.set_scope("p1")
    plan = window.document.plan
    buyer_row = ROWS.index("buyer_total_cost")
    before = view.results.item(buyer_row, 0).text()
    explanation = view.insight.explanation.text.text()
    panel.cost.setFocus()
    panel.cost.setValue(100)  # +10 % over the target
    assert view.results.item(buyer_row, 0).text() != before
    assert view.insight.explanation.text.text() != explanation
    assert view.settlement.period("p1").outcome == "overrun"
    assert view.banner.isVisible()
    qtbot.keyClick(panel.cost, Qt.Key.Key_PageUp)  # the keyboard moves it too
    assert panel.cost.value() == 110
    assert window.document.plan is plan
    assert window.document.undo_stack.count() == 0
    assert disk_plan(window) == plan
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert view.results.item(buyer_row, 0).text() == before
    assert not view.banner.isVisible()


def test_what_if_for_all_periods_and_a_manual_kpi_is_shown_as_such(window, view, qtbot):
    view.tabs.setCurrentIndex(2)
    panel = view.what_if_panel
    panel.set_scope("")
    panel.kpi.setValue(100)
    s = view.settlement
    assert all(p.kpi_source == "scenario" and p.kpi_score == 1 for p in s.periods)
    kpi_cell = view.results.item(ROWS.index("kpi"), 0).text()
    assert kpi_cell != "1,00" and "1,00" in kpi_cell  # marked as set by hand
    panel.cost.setValue(-50)
    assert all(p.deviation > 0 for p in view.settlement.periods)
    assert window.document.undo_stack.count() == 0


def test_save_as_scenario_is_in_the_file_and_compared(window, view, qtbot, monkeypatch):
    view.tabs.setCurrentIndex(2)
    panel = view.what_if_panel
    panel.set_scope("p1")
    panel.cost.setValue(-30)
    panel.kpi.setValue(90)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kokous 3.12.", True)))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    scenarios = window.document.plan.scenarios
    saved = scenarios[-1]
    assert saved.name == "Kokous 3.12."
    (entry,) = saved.periods
    assert entry.period == "p1" and entry.kpi_score == D("0.9")
    p1 = period(window.document.plan, "p1")
    assert entry.actual.overhead == p1.actual.overhead  # fee and overhead as in the file, production absorbs
    assert entry.actual.overhead + entry.actual.production + p1.target.fee == p1.target.total * D("0.97")
    assert disk_plan(window).scenarios == scenarios
    assert window.document.undo_stack.count() == 1
    titles = view.scenarios.column_titles()
    assert "Kokous 3.12." in titles
    assert len(titles) == 2 + len(scenarios)  # the file, the what-if now, each scenario
    # compare the scenario with the file: it shows the assumed p1 under-run of 3 %
    col = titles.index("Kokous 3.12.")
    totals = view.scenarios.table.item(1, col).text()
    compare = view.scenarios.scope
    compare.setCurrentIndex(compare.findData("p1"))
    assert view.scenarios.table.item(1, col).text() != totals
    assert view.scenarios.table.item(1, col).text().replace("\u00a0", " ") == "58 200 000 €"  # 97 % of 60 M
    assert view.scenarios.table.item(1, 0).text().replace("\u00a0", " ") == "56 400 000 €"  # the file's
    # undo removes it from the file and the table
    trigger(window, QKeySequence.StandardKey.Undo)
    assert "Kokous 3.12." not in view.scenarios.column_titles()
    assert all(s.name != "Kokous 3.12." for s in disk_plan(window).scenarios)


def test_load_rename_delete_scenario(window, view, qtbot, monkeypatch):
    view.tabs.setCurrentIndex(2)
    sp = view.scenarios
    key = window.document.plan.scenarios[0].key
    sp.select_scenario(key)
    qtbot.mouseClick(sp.load_button, Qt.MouseButton.LeftButton)
    assert view.whatif.active
    assert view.settlement.period("p1").kpi_source == "scenario"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Uusi nimi", True)))
    sp.select_scenario(key)
    qtbot.mouseClick(sp.rename_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.scenarios[0].name == "Uusi nimi"
    sp.select_scenario(key)
    qtbot.mouseClick(sp.delete_button, Qt.MouseButton.LeftButton)
    assert all(s.key != key for s in window.document.plan.scenarios)
    assert all(s.key != key for s in disk_plan(window).scenarios)
    assert window.document.undo_stack.count() == 2


# ---------------------------------------------------------------- chart, explanation, read-only


def test_chart_paints_with_the_theme_colours(window, view, qtbot):
    for tab in (1, 2):
        view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        chart = view.insight.chart
        assert chart.isVisible() and chart.width() > 300 and chart.height() > 250
        image = chart.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert len(colours) > 20
        from alliance_desktop.ui import theme
        from PySide6.QtGui import QColor

        wanted = {QColor(theme.ROLE_COLOURS[p]).rgb() for p in ("buyer", "producer", "staff")}
        assert wanted <= colours
    sw = view.insight.chart.current_sweep()
    assert sw is not None and len(sw) >= 50
    assert sw.current.cost_percent == pytest.approx(-6.0)
    # presentation zoom by keyboard
    chart = view.insight.chart
    qtbot.keyClick(chart, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert chart.scale > 1
    qtbot.keyClick(chart, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert chart.scale == 1


def test_explanation_follows_the_chosen_period(window, view, qtbot):
    text = view.explanation.text.text()
    assert "3" in text and text.endswith(".")
    combo = view.insight.period
    combo.setCurrentIndex(1)
    assert view.focus_key == "p2"
    assert view.explanation.text.text() != text
    assert view.periods.selected_key() == "p2"


def test_read_only_document_allows_what_if_but_no_edits(qtbot, read_only_document):
    doc = read_only_document
    v = CommercialView(doc)
    qtbot.addWidget(v)
    v.resize(1380, 900)
    item = v.periods.table.item(0, COLUMN["target.fee"])
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not v.periods.add_button.isEnabled() and not v.periods.preset_button.isEnabled()
    assert v.rules.fields["gain_cap_percent"].isReadOnly()
    assert not v.periods.commit(0, COLUMN["target.fee"], "1")
    v.what_if_panel.set_scope("p1")
    v.what_if_panel.cost.setValue(150)
    assert v.settlement.period("p1").outcome == "overrun"
    assert not v.what_if_panel.save_button.isEnabled()
    assert doc.undo_stack.count() == 0


def test_tooltips_explain_the_domain_terms(view):
    table = view.periods.table
    for column in ("target.fee", "target.overhead", "target.production", "target.total"):
        assert len(table.horizontalHeaderItem(COLUMN[column]).toolTip()) > 40
    for row in ("shared", "paid", "sanction.producer"):
        assert len(view.results.verticalHeaderItem(ROWS.index(row)).toolTip()) > 40


def test_registered_view_survives_a_language_switch(window, qtbot):
    assert window.show_view("commercial")
    assert window.views["commercial"].isVisible()
    window.set_language("en")
    view = window.views["commercial"]
    assert window.current_view() == "commercial"
    assert view.tabs.tabText(0) == "Periods and results"
    assert view.periods.table.rowCount() == 4
    window.set_language("fi")
    assert window.current_view() == "commercial"


def test_period_names_stay_readable_on_a_narrow_screen(window, view):
    table = view.periods.table
    name = COLUMN["name"]
    window.resize(1600, 1000)
    QApplication.processEvents()
    others = sum(table.columnWidth(c) for c in range(table.columnCount()) if c != name)
    assert table.columnWidth(name) == table.viewport().width() - others  # wide: the names fill the row
    assert table.horizontalScrollBar().maximum() == 0
    window.resize(1100, 760)  # a small projector
    QApplication.processEvents()
    assert table.columnWidth(name) == table.NAME_MIN  # narrow: the names keep their room, the table scrolls
    assert table.horizontalScrollBar().maximum() > 0
    text = view.explanation
    assert text.width() >= 280 and text.findChild(QScrollArea).horizontalScrollBarPolicy() == \
        Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_scenario_comparison_of_a_forecast_period_shows_no_score(window, view, qtbot):
    """Period 3 has neither actuals nor measurements: the comparison says "—" and "forecast", it does not fail on
    the missing score."""
    view.tabs.setCurrentIndex(2)
    panel = view.scenarios
    panel.scope.setCurrentIndex(panel.scope.findData("p3"))
    QApplication.processEvents()
    texts = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount()) if panel.table.item(r, 0)]
    assert any(t.startswith("— (mittareista), ennuste") for t in texts), texts
    assert panel.scope.itemText(0) == "Koko sopimuskausi ennusteineen (yhteensä)"
