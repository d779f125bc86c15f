"""Editing saved scenarios in the commercial view's what-if tab: "Update scenario" writes the what-if back into
the selected scenario, and the selected scenario's notes are edited under the comparison. Assertions are on the
plan in memory and on the file on disk (read through the open file), with undo and redo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alliance_desktop.ui.commercial import WHAT_IF_TAB, CommercialView
from alliance_desktop.ui.commercial.whatif import FILE_COLUMN
from tests.ui.menu import on_disk, redo, undo

D = Decimal
CAUTIOUS = "varovainen"  # keusote demo: "Varovainen arvio" (p1 actual and KPI 0.6, p2 KPI 0.45)
OVERRUN = "ylitys"  # keusote demo: "Ylitysriski palvelujaksolla 3" (p3 actual)


# ---------------------------------------------------------------- helpers


@pytest.fixture
def view(window) -> CommercialView:
    assert window.show_view("commercial")
    v = window.views["commercial"]
    v.tabs.setCurrentIndex(WHAT_IF_TAB)
    QApplication.processEvents()
    return v


def scenario(plan, key):
    return next(s for s in plan.scenarios if s.key == key)


def period(plan, key):
    return next(p for p in plan.commercial.periods if p.key == key)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_column(qtbot, view, key):
    """Click the comparison table's column of `key` (a scenario, or FILE_COLUMN) with the mouse."""
    sp = view.scenarios
    column = sp._columns.index(key)
    table = sp.table
    rect = table.visualRect(table.model().index(0, column))
    assert rect.isValid(), "the column is not on screen"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sp.selected_scenario() == (None if key == FILE_COLUMN else key)


def load(qtbot, view, key):
    """Select a scenario and "Show in what-if"."""
    select_column(qtbot, view, key)
    click(qtbot, view.scenarios.load_button)
    assert view.whatif.active


def focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def write_notes(qtbot, view, text):
    """Replace the notes by typing (ASCII keys; others inserted as typed input), still in the field."""
    notes = view.scenarios.notes
    focus(qtbot, notes)
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_Backspace)
    for ch in text:
        if ord(ch) < 128 and ch != "\n":
            qtbot.keyClicks(notes, ch)
        elif ch == "\n":
            qtbot.keyClick(notes, Qt.Key.Key_Return)
        else:
            notes.insertPlainText(ch)


# ---------------------------------------------------------------- update scenario


def test_update_scenario_writes_the_moved_sliders_into_it_as_one_undo_step(window, view, qtbot):
    doc = window.document
    original = scenario(doc.plan, CAUTIOUS)
    other = scenario(doc.plan, OVERRUN)
    load(qtbot, view, CAUTIOUS)
    panel = view.what_if_panel
    panel.set_scope("p1")
    panel.cost.setValue(-30)  # 3 % under the target
    panel.kpi.setValue(90)
    assert doc.undo_stack.count() == 0  # moving the sliders writes nothing
    assert scenario(on_disk(window), CAUTIOUS) == original

    click(qtbot, panel.update_button)

    updated = scenario(doc.plan, CAUTIOUS)
    assert updated.name == original.name and updated.notes == original.notes
    p1_entry, p2_entry = updated.periods
    p1 = period(doc.plan, "p1")
    assert p1_entry.period == "p1" and p1_entry.kpi_score == D("0.9")
    assert p1_entry.actual.overhead + p1_entry.actual.production + p1.target.fee == p1.target.total * D("0.97")
    assert p2_entry == original.periods[1]  # loaded from the scenario and not moved: kept as it was
    assert scenario(doc.plan, OVERRUN) == other
    assert on_disk(window).scenarios == doc.plan.scenarios
    assert doc.undo_stack.count() == 1
    assert len(doc.plan.scenarios) == 2  # replaced in place, not saved as a new one
    # the comparison shows the scenario as the what-if now, and keeps it selected
    assert view.scenarios.selected_scenario() == CAUTIOUS
    s = view.scenarios._settlements
    assert s[CAUTIOUS].totals == s["__what_if__"].totals

    undo(window)
    assert scenario(doc.plan, CAUTIOUS) == original
    assert scenario(on_disk(window), CAUTIOUS) == original
    assert view.whatif.active  # undo changes the file, not the sliders
    redo(window)
    assert scenario(doc.plan, CAUTIOUS) == updated
    assert scenario(on_disk(window), CAUTIOUS) == updated


def test_update_scenario_for_all_periods_replaces_every_assumption(window, view, qtbot):
    doc = window.document
    load(qtbot, view, OVERRUN)
    panel = view.what_if_panel
    panel.set_scope("")
    panel.kpi.setValue(100)
    click(qtbot, panel.update_button)
    updated = scenario(doc.plan, OVERRUN)
    assert [e.period for e in updated.periods] == [p.key for p in doc.plan.commercial.periods]
    assert all(e.kpi_score == 1 for e in updated.periods)
    assert scenario(on_disk(window), OVERRUN) == updated
    assert doc.undo_stack.count() == 1


def test_update_button_is_enabled_only_with_a_scenario_selected_and_the_what_if_in_use(window, view, qtbot,
                                                                                        monkeypatch):
    button = view.what_if_panel.update_button
    sp = view.scenarios
    select_column(qtbot, view, FILE_COLUMN)
    assert not button.isEnabled()
    select_column(qtbot, view, CAUTIOUS)
    assert not view.whatif.active and not button.isEnabled()  # nothing to save yet
    assert "Varovainen arvio" in button.text()
    load(qtbot, view, CAUTIOUS)
    assert button.isEnabled()
    select_column(qtbot, view, OVERRUN)  # the button follows the selection and names it
    assert button.isEnabled() and "Ylitysriski" in button.text()
    assert "Ylitysriski palvelujaksolla 3" in button.toolTip()
    assert "Varovainen arvio" not in button.text()
    select_column(qtbot, view, FILE_COLUMN)
    assert not button.isEnabled() and "Varovainen" not in button.text()
    select_column(qtbot, view, CAUTIOUS)
    click(qtbot, view.what_if_panel.clear_button)  # back to the file's figures: the what-if is not in use
    assert not view.whatif.active and not button.isEnabled()
    # a renamed scenario is named on the button at once
    load(qtbot, view, CAUTIOUS)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kokous 3.12.", True)))
    click(qtbot, sp.rename_button)
    assert "Kokous 3.12." in button.text() and button.isEnabled()
    # a deleted scenario cannot be updated
    click(qtbot, sp.delete_button)
    assert sp.selected_scenario() != CAUTIOUS
    assert "Kokous 3.12." not in button.text()
    undo(window)  # the scenario comes back
    assert any(s.key == CAUTIOUS for s in window.document.plan.scenarios)


def test_a_long_scenario_name_is_cut_on_the_button_but_whole_in_its_tooltip(window, view, qtbot):
    long_name = "Kokouksen 3.12. pessimistinen arvio kaikille neljälle palvelujaksolle"
    doc = window.document
    from alliance_desktop.core import commercial_edits as ce

    assert doc.apply("rename", lambda p: ce.rename_scenario(p, CAUTIOUS, long_name))
    load(qtbot, view, CAUTIOUS)
    button = view.what_if_panel.update_button
    assert long_name not in button.text() and "…" in button.text()
    assert long_name in button.toolTip()


def test_update_with_the_scenario_as_it_is_adds_no_undo_step(window, view, qtbot):
    doc = window.document
    before = doc.plan
    load(qtbot, view, CAUTIOUS)
    click(qtbot, view.what_if_panel.update_button)
    assert doc.plan is before
    assert doc.undo_stack.count() == 0


def test_update_of_a_scenario_removed_meanwhile_changes_nothing(window, view, qtbot):
    doc = window.document
    load(qtbot, view, CAUTIOUS)
    view.what_if_panel.set_scope("p1")
    view.what_if_panel.cost.setValue(-10)
    from alliance_desktop.core import commercial_edits as ce

    assert doc.apply("delete", lambda p: ce.delete_scenario(p, CAUTIOUS))
    count = doc.undo_stack.count()
    assert not view.update_scenario(CAUTIOUS)  # e.g. a click queued before the delete
    assert view.scenarios.message.isVisibleTo(view.scenarios)  # says why
    assert doc.undo_stack.count() == count
    assert all(s.key != CAUTIOUS for s in on_disk(window).scenarios)


# ---------------------------------------------------------------- notes


def test_notes_follow_the_selection(window, view, qtbot):
    plan = window.document.plan
    notes = view.scenarios.notes
    select_column(qtbot, view, CAUTIOUS)
    assert notes.toPlainText() == scenario(plan, CAUTIOUS).notes != ""
    assert notes.isEnabled() and not notes.isReadOnly()
    select_column(qtbot, view, OVERRUN)
    assert notes.toPlainText() == scenario(plan, OVERRUN).notes
    select_column(qtbot, view, FILE_COLUMN)
    assert notes.toPlainText() == "" and not notes.isEnabled()
    assert notes.placeholderText()  # tells what to do


def test_notes_commit_on_leaving_the_field_as_one_undo_step(window, view, qtbot):
    doc = window.document
    original = scenario(doc.plan, CAUTIOUS).notes
    select_column(qtbot, view, CAUTIOUS)
    text = "Sovittu kokouksessa 3.12.\nTarkistetaan kesäkuussa."
    write_notes(qtbot, view, text)
    assert scenario(doc.plan, CAUTIOUS).notes == original  # nothing written while typing
    assert doc.undo_stack.count() == 0

    focus(qtbot, view.scenarios.table)  # leave the field

    assert scenario(doc.plan, CAUTIOUS).notes == text
    assert scenario(on_disk(window), CAUTIOUS).notes == text
    assert doc.undo_stack.count() == 1
    # the column title's tooltip shows the notes too
    column = view.scenarios._columns.index(CAUTIOUS)
    assert view.scenarios.table.horizontalHeaderItem(column).toolTip() == text
    # leaving again without typing writes nothing more
    focus(qtbot, view.scenarios.notes)
    focus(qtbot, view.scenarios.table)
    assert doc.undo_stack.count() == 1

    undo(window)
    assert scenario(doc.plan, CAUTIOUS).notes == original
    assert scenario(on_disk(window), CAUTIOUS).notes == original
    assert view.scenarios.notes.toPlainText() == original  # the field follows undo
    redo(window)
    assert scenario(doc.plan, CAUTIOUS).notes == text
    assert scenario(on_disk(window), CAUTIOUS).notes == text
    assert view.scenarios.notes.toPlainText() == text


def test_notes_typed_then_another_scenario_clicked_go_to_the_first_one(window, view, qtbot):
    doc = window.document
    other_notes = scenario(doc.plan, OVERRUN).notes
    select_column(qtbot, view, CAUTIOUS)
    write_notes(qtbot, view, "Vain tähän skenaarioon")
    select_column(qtbot, view, OVERRUN)  # the click takes the focus: the notes are committed first

    assert scenario(doc.plan, CAUTIOUS).notes == "Vain tähän skenaarioon"
    assert scenario(doc.plan, OVERRUN).notes == other_notes
    assert scenario(on_disk(window), CAUTIOUS).notes == "Vain tähän skenaarioon"
    assert view.scenarios.notes.toPlainText() == other_notes  # now showing the clicked one
    assert doc.undo_stack.count() == 1


def test_emptied_notes_are_saved_empty(window, view, qtbot):
    doc = window.document
    select_column(qtbot, view, OVERRUN)
    write_notes(qtbot, view, "")
    focus(qtbot, view.scenarios.table)
    assert scenario(doc.plan, OVERRUN).notes == ""
    assert scenario(on_disk(window), OVERRUN).notes == ""
    assert doc.undo_stack.count() == 1


# ---------------------------------------------------------------- read-only


def test_read_only_file_shows_notes_but_allows_no_scenario_edits(qtbot, read_only_document):
    doc = read_only_document
    v = CommercialView(doc)
    qtbot.addWidget(v)
    v.resize(1380, 900)
    v.tabs.setCurrentIndex(WHAT_IF_TAB)
    QApplication.processEvents()
    before = doc.file.read_from_disk()
    sp = v.scenarios
    sp.select_scenario(CAUTIOUS)
    assert sp.notes.toPlainText() == scenario(doc.plan, CAUTIOUS).notes  # readable
    assert sp.notes.isReadOnly()
    qtbot.mouseClick(sp.load_button, Qt.MouseButton.LeftButton)  # the what-if works in a read-only file
    v.what_if_panel.set_scope("p1")
    v.what_if_panel.cost.setValue(-40)
    assert v.whatif.active
    assert not v.what_if_panel.update_button.isEnabled()
    assert not v.update_scenario(CAUTIOUS)
    # typing in the field changes nothing
    qtbot.keyClicks(sp.notes, "abc")
    assert sp.notes.toPlainText() == scenario(doc.plan, CAUTIOUS).notes
    # and text put there anyway is not written when the field is left
    sp.notes.setPlainText("abc")
    sp.notes.document().setModified(True)
    sp.notes.commit()
    assert scenario(doc.plan, CAUTIOUS).notes != "abc"
    assert doc.undo_stack.count() == 0
    assert doc.file.read_from_disk() == before == doc.plan
