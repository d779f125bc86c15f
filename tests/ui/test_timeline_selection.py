"""Several items selected on the timeline: Ctrl+click in the chart or the table, then one drag, one arrow key
or one Delete acts on all of them, as one undo step. Checked in the model, on disk and on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from tests.ui.menu import on_disk, trigger
from tests.ui.test_timeline import D, drag, marker, phase, read_only_timeline, show, timeline_view

KEHITYS = ("phase", "kehitys")
KOMMENTIT = ("marker", "kommentit")
TARJOUS = ("phase", "tarjous")


@pytest.fixture
def view(window, qtbot):
    return timeline_view(window, qtbot)


def ctrl_click(qtbot, view, ident):
    item = show(view, ident)
    centre = item.bar.center() if ident[0] == "phase" else item.boundingRect().center()
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view.canvas.mapFromScene(centre))


def test_ctrl_click_builds_a_selection_the_table_and_the_count_follow(view, qtbot):
    view.select(*KEHITYS)
    ctrl_click(qtbot, view, KOMMENTIT)
    ctrl_click(qtbot, view, TARJOUS)
    assert view.marked == {KEHITYS, KOMMENTIT, TARJOUS}
    assert view.selected == TARJOUS  # the last one added is the one in the inspector
    assert view.inspector.name.text() == "Tarjousvaihe"
    assert view.canvas.marked == view.marked
    assert all(view.canvas.items[i].is_selected for i in view.marked)
    assert not view.canvas.items[("phase", "kilpailutus")].is_selected
    rows = {i.row() for i in view.table.selectionModel().selectedRows()}
    assert rows == {view.model.row_of(i) for i in view.marked}
    assert view.selection_label.isVisibleTo(view) and view.selection_label.text() == "3 valittuna"
    # Ctrl+click on a selected item takes it out; Esc keeps only the current one
    ctrl_click(qtbot, view, TARJOUS)
    assert view.marked == {KEHITYS, KOMMENTIT} and view.selected in view.marked
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    assert len(view.marked) == 1 and not view.selection_label.isVisibleTo(view)


def test_dragging_one_of_the_selected_moves_them_all_in_one_step(view, window, qtbot):
    before = window.document.plan
    view.select(*KEHITYS)
    ctrl_click(qtbot, view, KOMMENTIT)
    item = show(view, KEHITYS)
    p0 = drag(qtbot, view.canvas, item.bar.center(), 28, release=False)  # 7 days at 4 px a day
    assert view.canvas.items[KOMMENTIT].pos().x() == view.canvas.items[KEHITYS].pos().x() == 28  # preview
    assert window.document.plan is before
    qtbot.mouseRelease(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       p0 + QPoint(28, 0))
    plan = window.document.plan
    assert phase(plan, "kehitys").start == D(2027, 1, 8)
    assert marker(plan, "kommentit").date == D(2026, 2, 27) and marker(plan, "kommentit").time == "16:00"
    assert marker(plan, "paatos_palveluvaihe") == marker(before, "paatos_palveluvaihe")  # not selected
    assert phase(on_disk(window), "kehitys") == phase(plan, "kehitys")
    assert marker(on_disk(window), "kommentit") == marker(plan, "kommentit")
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Siirrä 2 kohdetta"
    assert view.marked == {KEHITYS, KOMMENTIT}  # still selected after the edit
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.phases == before.phases and window.document.plan.markers == before.markers
    assert on_disk(window).markers == before.markers


def test_a_click_without_dragging_selects_only_that_item(view, qtbot):
    view.select(*KEHITYS)
    ctrl_click(qtbot, view, TARJOUS)
    item = show(view, KEHITYS)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.canvas.mapFromScene(item.bar.center()))
    assert view.marked == {KEHITYS} and view.selected == KEHITYS


def test_arrow_keys_move_the_selection_and_merge_into_one_step(view, window, qtbot):
    before = window.document.plan
    view.select(*KOMMENTIT)
    ctrl_click(qtbot, view, ("marker", "asiakirjat"))
    view.canvas.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # a week back
    plan = window.document.plan
    assert marker(plan, "kommentit").date == D(2026, 2, 16) and marker(plan, "asiakirjat").date == D(2026, 2, 2)
    assert marker(on_disk(window), "asiakirjat").date == D(2026, 2, 2)
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.markers == before.markers


def test_delete_removes_the_selection_with_what_is_inside_as_one_step(view, window, qtbot, monkeypatch):
    before = window.document.plan
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    view.select("phase", "strategia")
    ctrl_click(qtbot, view, ("marker", "paatos_palveluvaihe"))
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert "2 valittua kohdetta" in asked[0] and "(8 muuta)" in asked[0]  # 2 steps and 6 milestones inside
    plan = window.document.plan
    assert not {"strategia", "tilaisuudet", "kommentointi"} & {p.key for p in plan.phases}
    assert not {"paatos_palveluvaihe", "kommentit"} & {x.key for x in on_disk(window).markers}
    assert view.selected is None and not view.marked
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert on_disk(window).phases == before.phases and on_disk(window).markers == before.markers


def test_rows_chosen_in_the_table_select_in_the_chart(view, qtbot):
    sm = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    sm.setCurrentIndex(view.model.index(view.model.row_of(KEHITYS), 0), flags.ClearAndSelect | flags.Rows)
    sm.setCurrentIndex(view.model.index(view.model.row_of(KOMMENTIT), 0), flags.Select | flags.Rows)
    assert view.marked == {KEHITYS, KOMMENTIT} and view.selected == KOMMENTIT
    assert view.canvas.marked == view.marked
    # Ctrl+A in the chart selects every item
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.marked) == len(view.model.entries)
    assert len(sm.selectedRows()) == len(view.model.entries)


def test_a_read_only_file_selects_several_but_moves_nothing(window, qtbot, project_path):
    v = read_only_timeline(window, qtbot, project_path)
    doc = window.document
    v.canvas.set_zoom(4.0)
    v.select(*KEHITYS)
    ctrl_click(qtbot, v, KOMMENTIT)
    assert v.marked == {KEHITYS, KOMMENTIT}
    drag(qtbot, v.canvas, show(v, KEHITYS).bar.center(), 40)
    v.canvas.setFocus()
    qtbot.keyClick(v.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(v.canvas, Qt.Key.Key_Delete)
    assert doc.plan is doc.file.plan and doc.undo_stack.count() == 0
    assert not v.remove_button.isEnabled()


def test_delete_in_the_table_removes_the_selected_rows(view, window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    sm = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    sm.setCurrentIndex(view.model.index(view.model.row_of(KOMMENTIT), 0), flags.ClearAndSelect | flags.Rows)
    sm.setCurrentIndex(view.model.index(view.model.row_of(("marker", "asiakirjat")), 0), flags.Select | flags.Rows)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    keys = {x.key for x in on_disk(window).markers}
    assert "kommentit" not in keys and "asiakirjat" not in keys and "paatos_kilpailutus" in keys
    assert window.document.undo_stack.count() == 1
