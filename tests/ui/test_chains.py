"""The service chains view with real widgets: building a chain by mouse and keyboard, dragging, typing
costs in Finnish, refusals, undo / redo, the scope matrix, the production target and export.
Assertions are on the model and on what the file on disk holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from alliance_desktop import templates
from alliance_desktop.core import chains as cc
from alliance_desktop.core import model as m
from alliance_desktop.storage.projectfile import create_file
from alliance_desktop.ui.chains import ChainsView
from alliance_desktop.ui.chains import costs as costs_module
from alliance_desktop.ui.chains.common import money
from alliance_desktop.ui.chains.export import SVG_AVAILABLE, chain_image, export_png, export_svg
from tests.ui.menu import on_disk

D = Decimal
CHAIN = "kotona_asuminen"  # the Keusote demo's chain


@pytest.fixture
def view(window) -> ChainsView:
    assert window.show_view("chains")
    v = window.views["chains"]
    QApplication.processEvents()
    return v


def disk_chain(window, key=CHAIN):
    return next(c for c in on_disk(window).chains if c.key == key)


def step_keys(plan, key=CHAIN):
    return [s.key for s in cc.find_chain(plan, key).steps]


def card_centre(canvas, index) -> QPoint:
    return canvas.card_rect(index).center().toPoint()


def key_in(qtbot, widget, text):
    """Type text key by key (QTest knows ASCII keys only: others are inserted as typed input)."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            widget.insert(ch)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    key_in(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# ---------------------------------------------------------------- showing


def test_keusote_demo_shows_its_chain_and_totals(view, window):
    plan = window.document.plan
    chain = cc.find_chain(plan, CHAIN)
    assert view.chain_key == CHAIN
    assert len(view.canvas.cards) == len(chain.steps) == 13
    costs = cc.chain_costs(plan, chain)
    assert view.canvas.header.title == chain.name
    assert view.canvas.header.totals[0][1] == money(costs.gross)
    assert view.costs.table.rowCount() == 14  # steps + totals
    total_row = view.costs.table.rowCount() - 1
    assert view.costs.table.item(total_row, 5).text() == money(costs.gross)
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 10, "the view looks blank"


def test_hyvaks_surgical_chain_shows_every_step(qtbot, translations, tmp_path):
    from alliance_desktop.ui.mainwindow import MainWindow

    path = tmp_path / "hyvaks.alliance"
    create_file(path, templates.load_template("hyvaks"))
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1600, 1000)
    win.show()
    try:
        v = ChainsView(win.document)
        win.stack.addWidget(v)
        win.stack.setCurrentWidget(v)
        QApplication.processEvents()
        assert v.chain_key == "leikkaus" and len(v.canvas.cards) == 18
        # all 18 cards are inside the canvas without scrolling at 1600 x 1000
        viewport = v.canvas.viewport().rect()
        assert all(viewport.contains(v.canvas.card_rect(i).toAlignedRect()) for i in range(18))
    finally:
        win.close()


# ---------------------------------------------------------------- building by mouse and keyboard


def test_build_a_chain_by_mouse_and_keyboard(qtbot, view, window):
    # a blank chain: its name is edited in place in the list
    view.new_actions["blank"].trigger()
    editor = view.chain_list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    key_in(qtbot, editor, "Kaihileikkaus")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    key = view.chain_key
    assert cc.find_chain(window.document.plan, key).name == "Kaihileikkaus"
    assert disk_chain(window, key).name == "Kaihileikkaus"

    # Add step: the inspector's name field takes the typing
    qtbot.mouseClick(view.add_step_button, Qt.MouseButton.LeftButton)
    assert view.inspector.name.hasFocus()
    key_in(qtbot, view.inspector.name, "Vastaanotto")
    qtbot.keyClick(view.inspector.name, Qt.Key.Key_Return)
    type_into(qtbot, view.inspector.numbers["annual_volume"][0], "1 200")
    type_into(qtbot, view.inspector.numbers["unit_cost"][0], "1 234,50")
    type_into(qtbot, view.inspector.numbers["own_unit_cost"][0], "1300")
    step = cc.find_chain(window.document.plan, key).steps[0]
    assert (step.name, step.annual_volume, step.unit_cost, step.own_unit_cost) == (
        "Vastaanotto", D(1200), D("1234.50"), D(1300))
    stored = disk_chain(window, key).steps[0]
    assert stored.unit_cost == D("1234.50") and stored.annual_volume == D(1200)

    # a second step by keyboard on the canvas (Insert), then a third by the toolbar
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Insert)
    key_in(qtbot, view.inspector.name, "Leikkaus")
    qtbot.keyClick(view.inspector.name, Qt.Key.Key_Return)
    type_into(qtbot, view.inspector.numbers["annual_volume"][0], "500")
    type_into(qtbot, view.inspector.numbers["unit_cost"][0], "2000")
    qtbot.mouseClick(view.add_step_button, Qt.MouseButton.LeftButton)
    key_in(qtbot, view.inspector.name, "Jälkitarkastus")
    qtbot.keyClick(view.inspector.name, Qt.Key.Key_Return)
    chain = cc.find_chain(window.document.plan, key)
    assert [s.name for s in chain.steps] == ["Vastaanotto", "Leikkaus", "Jälkitarkastus"]
    costs = cc.chain_costs(window.document.plan, chain)
    assert costs.gross == D(1200) * D("1234.50") + D(500) * D(2000)  # 1 481 400 + 1 000 000
    assert costs.gross == D(2481400)

    # arrows move the selection, Enter edits, Delete removes
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    assert view.step_key == chain.steps[0].key
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.step_key == chain.steps[1].key
    assert view.inspector.name.text() == "Leikkaus"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert [s.name for s in cc.find_chain(window.document.plan, key).steps] == ["Vastaanotto", "Jälkitarkastus"]
    assert [s.name for s in disk_chain(window, key).steps] == ["Vastaanotto", "Jälkitarkastus"]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert view.inspector.name.hasFocus()

    # undo brings the deleted step back, redo removes it again, all on disk
    stack = window.document.undo_stack
    stack.undo()
    assert [s.name for s in disk_chain(window, key).steps] == ["Vastaanotto", "Leikkaus", "Jälkitarkastus"]
    assert len(view.canvas.cards) == 3
    stack.redo()
    assert [s.name for s in disk_chain(window, key).steps] == ["Vastaanotto", "Jälkitarkastus"]


def test_keyboard_reorder_and_duplicate(qtbot, view, window):
    keys = step_keys(window.document.plan)
    view.canvas.setFocus()
    view.canvas.select(0)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert step_keys(window.document.plan)[:2] == [keys[1], keys[0]]
    assert view.step_key == keys[0]
    qtbot.keyClick(view.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    after = step_keys(window.document.plan)
    assert len(after) == len(keys) + 1 and after[2] == view.step_key
    assert step_keys(on_disk(window)) == after


# ---------------------------------------------------------------- drag


def drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    steps = 8
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        qtbot.mouseMove(viewport, p)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_drag_reorders_in_one_undo_step(qtbot, view, window):
    canvas = view.canvas
    keys = step_keys(window.document.plan)
    stack = window.document.undo_stack
    before = stack.count()
    # drag the first card into the gap between the third and the fourth
    right_of_third = canvas.card_rect(2).topRight().toPoint() + QPoint(8, 30)
    drag(qtbot, canvas, card_centre(canvas, 0), right_of_third)
    expected = [keys[1], keys[2], keys[0]] + keys[3:]
    assert step_keys(window.document.plan) == expected
    assert step_keys(on_disk(window)) == expected
    assert stack.count() == before + 1
    assert canvas.drag_index == -1
    stack.undo()
    assert step_keys(on_disk(window)) == keys
    stack.redo()
    assert step_keys(on_disk(window)) == expected


def test_drag_onto_itself_changes_nothing(qtbot, view, window):
    canvas = view.canvas
    before = window.document.undo_stack.count()
    centre = card_centre(canvas, 1)
    drag(qtbot, canvas, centre, centre + QPoint(12, 6))
    assert window.document.undo_stack.count() == before


# ---------------------------------------------------------------- refusals


def test_bad_input_is_refused_in_place(qtbot, view, window):
    view.canvas.select(2)
    step_key = view.step_key
    original = cc.find_step(window.document.plan, CHAIN, step_key)
    count = window.document.undo_stack.count()
    volume, volume_error = view.inspector.numbers["annual_volume"]
    type_into(qtbot, volume, "-5")
    assert view.inspector.field_error("annual_volume") == cc.translate("Chains", "The annual volume cannot be negative.")
    assert volume.property("invalid") is True
    cost, _e = view.inspector.numbers["unit_cost"]
    type_into(qtbot, cost, "kallis")
    assert "kallis" in view.inspector.field_error("unit_cost")
    assert cc.find_step(window.document.plan, CHAIN, step_key) == original
    assert cc.find_step(on_disk(window), CHAIN, step_key) == original
    assert window.document.undo_stack.count() == count
    # a good value clears the message
    type_into(qtbot, volume, "250 000")
    assert view.inspector.field_error("annual_volume") == ""
    assert cc.find_step(on_disk(window), CHAIN, step_key).annual_volume == D(250000)
    # an empty name is refused too
    type_into(qtbot, view.inspector.name, "")
    assert view.inspector.field_error("name")
    assert cc.find_step(on_disk(window), CHAIN, step_key).name == original.name


def test_cost_table_typing_in_finnish(qtbot, view, window):
    view.tabs.setCurrentWidget(view.costs)
    table = view.costs.table
    column = costs_module.COLUMNS.index("unit_cost")
    table.setFocus()
    table.setCurrentCell(0, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    key_in(qtbot, editor, "1 234,50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    first = step_keys(window.document.plan)[0]
    assert cc.find_step(on_disk(window), CHAIN, first).unit_cost == D("1234.50")
    costs = cc.chain_costs(window.document.plan, cc.find_chain(window.document.plan, CHAIN))
    assert table.item(table.rowCount() - 1, costs_module.COLUMNS.index("cost")).text() == money(costs.gross)
    # text in a cost cell: refused with a message, nothing saved
    table.setCurrentCell(1, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    key_in(qtbot, editor, "paljon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert view.costs.error.isVisible() and "paljon" in view.costs.error.text()
    second = step_keys(window.document.plan)[1]
    assert cc.find_step(on_disk(window), CHAIN, second).unit_cost == D(88)
    assert table.item(1, column).text() == "88"


# ---------------------------------------------------------------- chains: templates, duplicate, delete


def test_chain_templates_duplicate_and_delete_with_undo(qtbot, view, window, monkeypatch):
    view.new_actions["surgical"].trigger()
    surgical = window.document.plan.chains[-1]
    assert len(surgical.steps) == 18 and view.chain_key == surgical.key
    assert len(view.canvas.cards) == 18
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert len(window.document.plan.chains) == 3
    copy_key = view.chain_key
    assert disk_chain(window, copy_key).steps == surgical.steps
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked and len(window.document.plan.chains) == 3  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert copy_key not in {c.key for c in on_disk(window).chains}
    assert view.chain_key in {c.key for c in window.document.plan.chains}
    window.document.undo_stack.undo()
    assert copy_key in {c.key for c in on_disk(window).chains}
    assert view.chain_list.count() == 3


def test_rename_chain_in_the_list_and_refuse_empty(qtbot, view, window, monkeypatch):
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    editor = view.chain_list.findChild(QLineEdit)
    editor.selectAll()
    key_in(qtbot, editor, "Kotona asumisen ketju")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert disk_chain(window).name == "Kotona asumisen ketju"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    view.chain_list.item(0).setText("   ")
    assert warned and disk_chain(window).name == "Kotona asumisen ketju"
    assert view.chain_list.item(0).text() == "Kotona asumisen ketju"


def test_analysis_notes_are_saved(qtbot, view, window):
    view.tabs.setCurrentWidget(view.analysis)
    edit = view.analysis.notes["infrastructure"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Sairaalan tilat iltaisin.")
    view.analysis.name.setFocus()  # leaving the note commits it
    assert cc.analysis_text(disk_chain(window), "infrastructure") == "Sairaalan tilat iltaisin."
    window.document.undo_stack.undo()
    assert cc.analysis_text(disk_chain(window), "infrastructure").startswith("Nykyisiä toimitiloja")


# ---------------------------------------------------------------- scope matrix


def test_scope_matrix_by_click_and_keyboard(qtbot, view, window):
    view.tabs.setCurrentWidget(view.scope)
    QApplication.processEvents()
    table = view.scope.table
    plan = window.document.plan
    assert table.rowCount() == len(plan.scope.packages) == 6
    assert table.columnCount() == len(plan.areas) + 1
    assert view.scope.state_at(0, 2) == "option"  # outpatient care in Nurmijärvi, as in seed 003
    package, area = plan.scope.packages[0].key, plan.areas[1].key
    rect = table.visualRect(table.model().index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cc.scope_state(on_disk(window), package, area) == "excluded"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert cc.scope_state(on_disk(window), package, area) == "included"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert (table.currentRow(), table.currentColumn()) == (1, 2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert cc.scope_state(on_disk(window), plan.scope.packages[1].key, area) == "option"
    assert view.scope.state_at(1, 2) == "option"
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert cc.scope_state(on_disk(window), package, area) == "option"
    # clicks on the package name do not cycle anything
    count = stack.count()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stack.count() == count


def test_scope_packages_add_and_remove(qtbot, view, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Suun terveydenhuolto", True))
    qtbot.mouseClick(view.scope.add_button, Qt.MouseButton.LeftButton)
    assert on_disk(window).scope.packages[-1].name == "Suun terveydenhuolto"
    assert view.scope.table.rowCount() == 7
    view.scope.table.setCurrentCell(6, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.scope.remove_button, Qt.MouseButton.LeftButton)
    assert len(on_disk(window).scope.packages) == 6


# ---------------------------------------------------------------- production target


def test_use_chain_cost_as_the_production_target(qtbot, view, window, monkeypatch):
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        dialog.period.setCurrentIndex(dialog.period.findData("p3"))
        assert dialog.preview.rowCount() == 4
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(costs_module.TargetDialog, "exec", fake_exec)
    plan = window.document.plan
    costs = cc.chain_costs(plan, cc.find_chain(plan, CHAIN))
    old = plan.commercial.periods[2].target
    view.tabs.setCurrentWidget(view.costs)
    qtbot.mouseClick(view.costs.target_button, Qt.MouseButton.LeftButton)
    assert shown
    change = shown[0].change
    assert change.period_key == "p3" and change.years == 3
    target = on_disk(window).commercial.periods[2].target
    assert target.production == (costs.in_scope * 3).quantize(D("0.01"))
    assert target.fee == old.fee and target.overhead == old.overhead
    after = on_disk(window)
    assert after == window.document.plan
    assert m.changed_sections(plan, after) == ["commercial"]  # only the one target changed
    assert [p for i, p in enumerate(after.commercial.periods) if i != 2] == \
        [p for i, p in enumerate(plan.commercial.periods) if i != 2]
    window.document.undo_stack.undo()
    assert on_disk(window) == window.document.plan == plan


def test_cancelled_target_dialog_changes_nothing(qtbot, view, window, monkeypatch):
    monkeypatch.setattr(costs_module.TargetDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    count = window.document.undo_stack.count()
    plan = window.document.plan
    view.use_as_target()
    assert window.document.undo_stack.count() == count
    assert window.document.plan is plan  # not an equal copy: no edit was made at all
    assert on_disk(window) == plan


# ---------------------------------------------------------------- read-only, export, language


def test_read_only_file_disables_editing(qtbot, translations, project_path):
    from alliance_desktop.storage.projectfile import ProjectFile
    from alliance_desktop.ui.document import Document
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)
    qtbot.addWidget(win)
    doc = Document(ProjectFile.open(project_path, backup=False, read_only=True))
    win.set_document(doc)
    win.resize(1600, 1000)
    win.show()
    try:
        v = ChainsView(doc)
        win.stack.addWidget(v)
        win.stack.setCurrentWidget(v)
        QApplication.processEvents()
        assert doc.read_only
        assert not v.add_step_button.isEnabled() and not v.delete_button.isEnabled()
        assert v.inspector.name.isReadOnly()
        assert not v.costs.target_button.isEnabled()
        v.canvas.setFocus()
        v.canvas.select(0)
        qtbot.keyClick(v.canvas, Qt.Key.Key_Delete)
        assert doc.undo_stack.count() == 0 and len(v.canvas.cards) == 13
        drag(qtbot, v.canvas, card_centre(v.canvas, 0), card_centre(v.canvas, 3))
        assert doc.undo_stack.count() == 0
        v.tabs.setCurrentWidget(v.scope)
        QApplication.processEvents()
        rect = v.scope.table.visualRect(v.scope.table.model().index(0, 1))
        qtbot.mouseClick(v.scope.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert doc.undo_stack.count() == 0
    finally:
        win.close()


def test_export_png_and_svg(view, window, tmp_path):
    chain = cc.find_chain(window.document.plan, CHAIN)
    png = tmp_path / "ketju.png"
    assert export_png(png, window.document.plan, chain)
    image = QImage(str(png))
    assert image.width() > 1600 and image.height() > 600
    if SVG_AVAILABLE:
        svg = tmp_path / "ketju.svg"
        assert export_svg(svg, window.document.plan, chain)
        text = svg.read_text("utf-8")
        assert "<svg" in text and "Kotihoito" in text
    small = chain_image(window.document.plan, chain, columns=2, scale=1.0)
    assert small.width() < image.width() / 2


def test_english_interface(qtbot, window, translations):
    translations.set_language("en")
    try:
        v = ChainsView(window.document)
        qtbot.addWidget(v)
        assert v.tabs.tabText(0) == "Chain"
        assert v.canvas.header.totals[0][0] == "Gross cost per year"
        assert v.canvas.header.legend[1][1] == "Alliance partner"
        assert v.canvas.cards[0].cost.startswith("€")
    finally:
        translations.set_language("fi")


def test_double_click_between_cards_inserts_a_step(qtbot, view, window):
    canvas = view.canvas
    keys = step_keys(window.document.plan)
    gap = canvas.card_rect(0).topRight().toPoint() + QPoint(10, 40)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=gap)
    after = step_keys(on_disk(window))
    assert len(after) == len(keys) + 1 and after[0] == keys[0] and after[2] == keys[1]
    assert view.step_key == after[1] and view.inspector.name.hasFocus()


def test_registered_view_survives_a_language_switch(qtbot, window):
    assert window.show_view("chains")
    window.views["chains"].canvas.select(3)
    window.set_language("en")
    try:
        v = window.views["chains"]
        assert v.tabs.tabText(0) == "Chain" and len(v.canvas.cards) == 13
        assert window.current_view() == "chains"
    finally:
        window.set_language("fi")
