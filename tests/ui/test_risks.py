"""The risks and procurement view with real widgets: each edit in the model and on disk, one undo step each."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.menu import on_disk, trigger


@pytest.fixture
def view(window):
    assert window.show_view("risks")
    return window.views["risks"]


def column(table, field):
    return next(i for i, c in enumerate(table.columns) if c.field == field)


def text(table, row, field, role=Qt.ItemDataRole.DisplayRole):
    return table.cell(row, field).data(role)


def set_cell(table, row, field, value, role=Qt.ItemDataRole.EditRole):
    """What the cell's editor does when it commits (the model's setData)."""
    return table.model().setData(table.cell(row, field), value, role)


def test_the_lists_of_the_plan_are_shown(view, window):
    plan = window.document.plan
    for section in ("risks", "procurement_tasks", "documents"):
        assert view.tables[section].model().rowCount() == len(getattr(plan, section))
    assert [view.tabs.tabText(i) for i in range(3)] == [
        f"Riskit ({len(plan.risks)})", f"Hankintaprosessi ({len(plan.procurement_tasks)})",
        f"Asiakirjat ({len(plan.documents)})"]
    risks = view.tables["risks"]
    worst = plan.risks[0]
    assert text(risks, 0, "score") == str(worst.likelihood * worst.impact)
    assert text(risks, 0, "status") == "Toteutunut"  # a choice shows its label, with a ▾ at the right
    assert text(risks, 0, "status", Qt.ItemDataRole.DecorationRole) is not None
    assert text(risks, 0, "title", Qt.ItemDataRole.DecorationRole) is None
    assert "vakavia riskejä" in view.summary.text()


def test_a_choice_a_text_and_the_long_text_beside_the_table(view, window, qtbot):
    before = window.document.plan
    risks = view.tables["risks"]
    key = risks.keys[1]
    risks.setCurrentCell(1, 0)
    set_cell(risks, 1, "likelihood", 1)
    assert next(r for r in window.document.plan.risks if r.key == key).likelihood == 1
    row = risks.keys.index(key)
    assert row == len(risks.keys) - 1 and risks.currentIndex().row() == row  # now the least severe, still selected
    assert text(risks, row, "score") == str(next(r for r in before.risks if r.key == key).impact)
    set_cell(risks, row, "owner", "Hyvinvointialueen hallitus")
    assert next(r for r in on_disk(window).risks if r.key == key).owner == "Hyvinvointialueen hallitus"
    _card, fields = view.details["risks"]
    assert fields["mitigation"].toPlainText() == next(r for r in before.risks if r.key == key).mitigation
    fields["mitigation"].selectAll()
    fields["mitigation"].insertPlainText("Henkilöstölinjaukset\nja viestintä")
    fields["mitigation"].commit()
    assert next(r for r in on_disk(window).risks if r.key == key).mitigation == "Henkilöstölinjaukset\nja viestintä"
    assert window.document.undo_stack.count() == 3
    for _ in range(3):
        trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.risks == before.risks and on_disk(window).risks == before.risks


def test_done_and_due_date_of_a_task_and_a_bad_date_refused(view, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    tasks = view.tables["procurement_tasks"]
    key = tasks.keys[1]
    was_done = next(t for t in window.document.plan.procurement_tasks if t.key == key).done
    set_cell(tasks, 1, "done", Qt.CheckState.Unchecked if was_done else Qt.CheckState.Checked,
             Qt.ItemDataRole.CheckStateRole)
    assert next(t for t in on_disk(window).procurement_tasks if t.key == key).done == (not was_done)
    assert text(tasks, 1, "done", Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked if was_done else Qt.CheckState.Checked)
    set_cell(tasks, 1, "due", "3.3.2026")
    assert next(t for t in on_disk(window).procurement_tasks if t.key == key).due == dt.date(2026, 3, 3)
    set_cell(tasks, 1, "due", "3. maaliskuuta")
    assert shown and "ei ole päivämäärä" in shown[-1]
    assert text(tasks, 1, "due") == "3.3.2026"  # the stored date is shown
    set_cell(tasks, 1, "due", "")
    assert next(t for t in on_disk(window).procurement_tasks if t.key == key).due is None


def test_an_empty_name_is_refused_and_the_cell_shows_the_stored_name(view, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    docs = view.tables["documents"]
    name = text(docs, 0, "name")
    set_cell(docs, 0, "name", "   ")
    assert shown == ["Nimi ei voi olla tyhjä."]
    assert text(docs, 0, "name") == name and window.document.undo_stack.count() == 0


def test_add_and_remove_a_document(view, window, monkeypatch):
    before = window.document.plan.documents
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hankintapäätös", True))
    view.add("documents")
    docs = view.tables["documents"]
    assert on_disk(window).documents[-1].name == "Hankintapäätös"
    assert docs.currentIndex().row() == len(before)  # the new one is selected, ready to edit
    view.remove("documents")
    assert on_disk(window).documents == before
    assert window.document.undo_stack.count() == 2


def test_a_read_only_file_shows_the_lists_but_changes_nothing(window, qtbot, project_path):
    from alliance_desktop.storage.projectfile import ProjectFile
    from alliance_desktop.ui.document import Document

    window.close_project()
    doc = Document(ProjectFile.open(project_path, read_only=True))
    window.set_document(doc)
    window.show_view("risks")
    view = window.views["risks"]
    risks = view.tables["risks"]
    assert risks.model().rowCount() == len(doc.plan.risks)
    assert not risks.cell(0, "status").flags() & Qt.ItemFlag.ItemIsEditable
    assert not set_cell(risks, 0, "status", "closed")
    assert text(risks, 0, "status", Qt.ItemDataRole.DecorationRole) is None  # no ▾: nothing to choose
    tasks = view.tables["procurement_tasks"]
    assert not tasks.cell(0, "done").flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not view.add_buttons["risks"].isEnabled() and not view.remove_buttons["documents"].isEnabled()
    assert not any(b.isEnabled() for b in view.move_buttons["procurement_tasks"])
    assert view.details["risks"][1]["description"].isReadOnly()
    assert risks.editTriggers() == risks.EditTrigger.NoEditTriggers


def test_the_risk_matrix_places_each_risk_and_a_click_selects_it(view, window, qtbot):
    plan = window.document.plan
    matrix = view.matrix
    matrix.grab()  # lays the dots out
    assert sorted(n for _dot, _risk, n in matrix.dots) == list(range(1, len(plan.risks) + 1))
    grid, cell = matrix._grid()
    for dot, risk, _n in matrix.dots:  # in the cell of its likelihood (up) and impact (across)
        assert int((dot.x() - grid.left()) // cell) + 1 == risk.impact
        assert int((grid.bottom() - dot.y()) // cell) + 1 == risk.likelihood
    dot, risk, n = next(d for d in matrix.dots if d[2] == 3)
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=dot.toPoint())
    assert view.tables["risks"].currentIndex().row() == 2 and matrix.selected == risk.key
    assert view.details["risks"][0].title.text() == risk.title.upper()
    set_cell(view.tables["risks"], 2, "impact", 1)
    matrix.grab()
    dot, _risk, n = next(d for d in matrix.dots if d[1].key == risk.key)
    assert int((dot.x() - grid.left()) // cell) + 1 == 1
    assert n == view.tables["risks"].keys.index(risk.key) + 1  # renumbered as its row: most severe first


def test_a_task_moves_with_ctrl_arrows_or_the_buttons_and_stays_selected(view, window, qtbot):
    view.tabs.setCurrentIndex(1)
    tasks = view.tables["procurement_tasks"]
    keys = [t.key for t in window.document.plan.procurement_tasks]
    tasks.setFocus()
    tasks.setCurrentCell(0, column(tasks, "name"))
    qtbot.keyClick(tasks, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the first already: nothing
    assert window.document.undo_stack.count() == 0
    qtbot.keyClick(tasks, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [t.key for t in on_disk(window).procurement_tasks][:2] == [keys[1], keys[0]]
    assert tasks.selected_key() == keys[0] and tasks.currentIndex().row() == 1  # it stays selected in its new place
    assert window.document.undo_stack.undoText() == "Siirrä tehtävää"
    view.move_buttons["procurement_tasks"][1].click()  # ▼
    assert [t.key for t in window.document.plan.procurement_tasks][:3] == [keys[1], keys[2], keys[0]]
    trigger(window, QKeySequence.StandardKey.Undo)
    trigger(window, QKeySequence.StandardKey.Undo)
    assert [t.key for t in on_disk(window).procurement_tasks] == keys


def test_risks_keep_their_severity_order(view, window, qtbot):
    risks = view.tables["risks"]
    risks.setFocus()
    risks.setCurrentCell(0, 0)
    qtbot.keyClick(risks, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_stack.count() == 0 and "risks" not in view.move_buttons


# ---------------------------------------------------------------- models, editors, sorting (issue 16)

@pytest.mark.parametrize("which", ["records", "proxy"])
@pytest.mark.parametrize("section", ["risks", "procurement_tasks", "documents"])
def test_each_table_model_passes_the_model_tester_through_edits(view, window, qtmodeltester, monkeypatch, section,
                                                                which):
    """The records model and its sort proxy keep Qt's model contract while rows change, move, come and go."""
    from alliance_desktop.core import edits

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Uusi", True))
    table = view.tables[section]
    qtmodeltester.check(getattr(table, which), force_py=True)
    doc = window.document
    first = getattr(doc.plan, section)[0].key
    field = "likelihood" if section == "risks" else "name"
    doc.apply("t", lambda plan: edits.update_record(plan, section, first, **{field: 1 if section == "risks" else "X"}))
    view.add(section)
    table.sort_by(1, Qt.SortOrder.DescendingOrder)
    view.remove(section)
    table.sort_by(-1)
    if section != "risks":
        doc.apply("t", lambda plan: edits.move_record(plan, section, first, 2))
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert [r.key for r in table.records.records] == [r.key for r in (
        __import__("alliance_desktop.core.model", fromlist=["m"]).by_severity(doc.plan.risks) if section == "risks"
        else getattr(doc.plan, section))]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: a popup
def test_a_choice_is_edited_with_a_combo_box_that_exists_only_while_editing(view, window, qtbot):
    from PySide6.QtWidgets import QComboBox

    risks = view.tables["risks"]
    risks.setFocus()
    assert not risks.findChildren(QComboBox)  # no widget in any cell
    key = risks.keys[0]
    risks.setCurrentCell(0, column(risks, "status"))
    qtbot.keyClick(risks, Qt.Key.Key_F2)
    combos = risks.findChildren(QComboBox)
    assert len(combos) == 1 and combos[0].currentData() == window.document.plan.risks[0].status
    combo = combos[0]
    combo.setCurrentIndex(combo.findData("closed"))
    combo.activated.emit(combo.currentIndex())  # picked from its list
    qtbot.waitUntil(lambda: not risks.findChildren(QComboBox))
    assert next(r for r in on_disk(window).risks if r.key == key).status == "closed"
    assert risks.selected_key() == key and window.document.undo_stack.count() == 1


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: a popup
def test_text_is_edited_with_enter_and_tab_moves_on(view, window, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    docs = view.tables["documents"]
    view.tabs.setCurrentIndex(2)
    docs.setFocus()
    docs.setCurrentCell(1, column(docs, "name"))
    key = docs.selected_key()
    qtbot.keyClick(docs, Qt.Key.Key_Return)  # Enter edits, as F2 does
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == text(docs, 1, "name")
    editor.selectAll()
    qtbot.keyClicks(editor, "Palvelukuvaus")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits and moves to the next cell
    assert next(d for d in on_disk(window).documents if d.key == key).name == "Palvelukuvaus"
    assert docs.currentIndex().column() == column(docs, "status") and docs.selected_key() == key
    assert not docs.findChildren(QLineEdit) or all(not e.isVisible() for e in docs.findChildren(QLineEdit))


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: a popup
def test_a_due_date_is_picked_from_the_calendar(view, window, qtbot):
    from PySide6.QtCore import QDate

    from alliance_desktop.ui.risks.table import DateEdit

    tasks = view.tables["procurement_tasks"]
    view.tabs.setCurrentIndex(1)
    tasks.setFocus()
    tasks.setCurrentCell(2, column(tasks, "due"))
    key = tasks.selected_key()
    tasks.edit(tasks.currentIndex())
    editor = tasks.findChild(DateEdit)
    assert editor is not None and editor.text() == text(tasks, 2, "due")
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.calendar.isVisible()
    editor.calendar.clicked.emit(QDate(2027, 1, 15))
    assert next(t for t in on_disk(window).procurement_tasks if t.key == key).due == dt.date(2027, 1, 15)
    qtbot.waitUntil(lambda: tasks.findChild(DateEdit) is None)


def test_an_edit_updates_its_row_not_the_whole_table(view, window, monkeypatch):
    """dataChanged for the edited row; inserts and removes for added and removed rows; never a reset."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Uusi asiakirja", True))
    docs = view.tables["documents"]
    seen = []
    model = docs.records
    model.modelReset.connect(lambda: seen.append("reset"))
    model.dataChanged.connect(lambda a, b, *_r: seen.append(("changed", a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    docs.setCurrentCell(3, 0)
    key = docs.selected_key()
    set_cell(docs, 5, "status", "ready")
    assert seen == [("changed", 5, 5)] and docs.selected_key() == key
    seen.clear()
    view.add("documents")
    n = len(window.document.plan.documents)
    assert seen == [("inserted", n - 1, n - 1)]
    seen.clear()
    window.document.undo_stack.undo()
    assert seen == [("removed", n - 1, n - 1)]
    seen.clear()
    docs.setCurrentCell(3, 0)
    window.document.undo_stack.undo()  # the status again
    assert seen == [("changed", 5, 5)] and docs.selected_key() == key


def test_a_column_title_sorts_and_moving_waits_for_the_lists_own_order(view, window, qtbot):
    tasks = view.tables["procurement_tasks"]
    view.tabs.setCurrentIndex(1)
    own = [t.key for t in window.document.plan.procurement_tasks]
    name = column(tasks, "name")
    tasks.setFocus()
    tasks.setCurrentCell(0, name)
    key = tasks.selected_key()
    tasks.horizontalHeader().sectionClicked.emit(name)  # as a click on the title
    names = [text(tasks, row, "name") for row in range(len(own))]
    assert names == sorted(names, key=str.casefold) and tasks.selected_key() == key
    up, down = view.move_buttons["procurement_tasks"]
    assert not up.isEnabled() and not down.isEnabled() and down.toolTip() == view.sorted_tip
    qtbot.keyClick(tasks, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    view.move("procurement_tasks", 1)
    assert window.document.undo_stack.count() == 0
    # an edit while sorted: the row moves to its sorted place and stays selected
    set_cell(tasks, tasks.row_of(key), "name", "Ööö viimeisenä")
    assert tasks.keys[-1] == key and tasks.selected_key() == key
    tasks.horizontalHeader().sectionClicked.emit(name)  # descending
    assert tasks.keys[0] == key
    tasks.horizontalHeader().sectionClicked.emit(name)  # the list's own order again
    assert tasks.keys == own and up.isEnabled() and down.toolTip() == view.move_tips[1]
    # due dates: undated last
    tasks.sort_by(column(tasks, "due"))
    dues = [t.due for t in (window.document.plan.procurement_tasks[own.index(k)] for k in tasks.keys)]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[:len(dated)] == dated


def test_risks_sorted_by_a_column_keep_their_matrix_numbers(view, window):
    risks = view.tables["risks"]
    by_severity = list(risks.keys)
    risks.sort_by(column(risks, "title"))
    for row, key in enumerate(risks.keys):  # the row's number is its place most severe first, as in the matrix
        assert risks.model().headerData(row, Qt.Orientation.Vertical) == str(by_severity.index(key) + 1)


def test_a_hidden_view_updates_when_shown(view, window):
    from alliance_desktop.core import edits

    docs = view.tables["documents"]
    window.show_view("overview")
    key = window.document.plan.documents[0].key
    assert window.document.apply("t", lambda plan: edits.update_record(plan, "documents", key, name="Piilossa"))
    assert text(docs, 0, "name") != "Piilossa"  # not yet: nothing is done for a hidden view
    window.show_view("risks")
    assert text(docs, 0, "name") == "Piilossa" and view.tabs.tabText(2).startswith("Asiakirjat")


def test_space_ticks_a_task_done(view, window, qtbot):
    tasks = view.tables["procurement_tasks"]
    view.tabs.setCurrentIndex(1)
    tasks.setFocus()
    tasks.setCurrentCell(4, column(tasks, "done"))
    key = tasks.selected_key()
    was = next(t for t in window.document.plan.procurement_tasks if t.key == key).done
    qtbot.keyClick(tasks, Qt.Key.Key_Space)
    assert next(t for t in on_disk(window).procurement_tasks if t.key == key).done == (not was)
    assert tasks.selected_key() == key and window.document.undo_stack.count() == 1
