"""The timeline view with real widgets: drag, resize, zoom, table and inspector edits, undo and redo.

Every edit is checked in the model and in the file on disk (read back through the open, locked
connection), and that one gesture is one undo step.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateEdit, QLineEdit, QMessageBox

from alliance_desktop.core import timeline as tl
from tests.ui.menu import on_disk, trigger

D = dt.date
DAY = dt.timedelta(days=1)


def phase(plan, key):
    return next(p for p in plan.phases if p.key == key)


def marker(plan, key):
    return next(x for x in plan.markers if x.key == key)


def timeline_view(window, qtbot):
    """The window's timeline, shown, with a fixed today and 4 px a day: whole days are easy to hit."""
    assert window.show_view("timeline")
    v = window.views["timeline"]
    qtbot.waitExposed(v.canvas)
    v.canvas.today = D(2026, 11, 23)
    v.canvas.set_zoom(4.0)
    v.refresh()  # the warnings as of that day
    return v


def schedule_rules(view) -> list[str]:
    """The view's warnings other than what is overdue (the demo has overdue items on 23.11.2026)."""
    return [w.rule for w in view.found if w.rule != "overdue"]


@pytest.fixture
def view(window, qtbot):
    return timeline_view(window, qtbot)


def show(view, ident):
    """Scroll the canvas so the item is in view; returns the item."""
    item = view.canvas.items[ident]
    view.canvas.centerOn(item.boundingRect().center())
    return item


def drag(qtbot, canvas, scene_from: QPointF, dx: int, modifier=Qt.KeyboardModifier.NoModifier, release=True):
    vp = canvas.viewport()
    p0 = canvas.mapFromScene(scene_from)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, modifier, p0)
    for i in range(1, 6):
        qtbot.mouseMove(vp, p0 + QPoint(round(dx * i / 5), 0))
    if release:
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, p0 + QPoint(dx, 0))
    return p0


# ---------------------------------------------------------------- showing


def test_the_keusote_schedule_is_drawn(view, window):
    plan = window.document.plan
    canvas = view.canvas
    assert {k for k, v in canvas.items.items() if k[0] == "phase"} == {("phase", p.key) for p in plan.phases}
    assert {k for k in canvas.items if k[0] == "marker"} == {("marker", x.key) for x in plan.markers}
    assert view.model.rowCount() == len(plan.phases) + len(plan.markers)
    assert schedule_rules(view) == []
    # the service periods come from the commercial model, drawn in the service phase's group
    kinds = [type(i).__name__ for i in canvas.scene().items()]
    assert kinds.count("PeriodsItem") == 1 and kinds.count("TodayItem") == 1 and kinds.count("HeaderItem") == 1
    periods = next(i for i in canvas.scene().items() if type(i).__name__ == "PeriodsItem")
    assert periods.periods is plan.commercial.periods
    gate = canvas.items[("marker", "paatos_palveluvaihe")]
    assert gate.marker.ends_alliance and "15.6.2027" in gate.text
    deadline = canvas.items[("marker", "kommentit")]
    assert deadline.text.endswith("20.2.2026 klo 16.00")


def test_screen_is_not_blank(view):
    image: QImage = view.canvas.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_opens_on_the_preparation_phases(window, qtbot):
    window.show_view("timeline")
    v = window.views["timeline"]
    qtbot.waitExposed(v.canvas)
    first, last = v.visible_range()
    assert first <= D(2025, 12, 1) and D(2027, 7, 1) <= last <= D(2029, 1, 1)
    assert tl.choose_unit(v.canvas.px_per_day) in ("month", "month_short", "month_number")


# ---------------------------------------------------------------- dragging


def test_drag_a_bar_is_one_undo_step_written_once(view, window, qtbot):
    before = window.document.plan
    item = show(view, ("phase", "kehitys"))
    p0 = drag(qtbot, view.canvas, item.bar.center(), 40, release=False)  # 10 days at 4 px a day
    # while the mouse is down: a preview only, the file and the model are untouched
    assert window.document.plan is before
    assert phase(on_disk(window), "kehitys").start == D(2027, 1, 1)
    assert view.canvas.dragging
    qtbot.mouseRelease(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       p0 + QPoint(40, 0))
    plan = window.document.plan
    assert (phase(plan, "kehitys").start, phase(plan, "kehitys").end) == (D(2027, 1, 11), D(2027, 7, 10))
    assert phase(on_disk(window), "kehitys") == phase(plan, "kehitys")
    assert marker(plan, "paatos_palveluvaihe").date == D(2027, 6, 15)  # not linked: stays
    stack = window.document.undo_stack
    assert stack.count() == 1
    # a later drag of the same bar is its own step
    item = show(view, ("phase", "kehitys"))
    drag(qtbot, view.canvas, item.bar.center(), -8)
    assert phase(window.document.plan, "kehitys").start == D(2027, 1, 9)
    assert stack.count() == 2

    trigger(window, QKeySequence.StandardKey.Undo)
    assert phase(window.document.plan, "kehitys").start == D(2027, 1, 11)
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.phases == before.phases
    assert on_disk(window).phases == before.phases
    assert view.canvas.items[("phase", "kehitys")].phase.start == D(2027, 1, 1)
    trigger(window, QKeySequence.StandardKey.Redo)
    assert phase(window.document.plan, "kehitys").start == D(2027, 1, 11)
    assert phase(on_disk(window), "kehitys").start == D(2027, 1, 11)


def test_dragging_at_the_edge_scrolls_and_the_bar_follows(view, window, qtbot):
    canvas = view.canvas
    item = show(view, ("phase", "kehitys"))
    vp = canvas.viewport()
    p0 = canvas.mapFromScene(item.bar.center())
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    edge = QPoint(vp.width() - 5, p0.y())  # rest near the right edge
    for x in range(p0.x(), edge.x(), 60):
        qtbot.mouseMove(vp, QPoint(x, p0.y()))
    qtbot.mouseMove(vp, edge)
    bar = canvas.horizontalScrollBar()
    start, days_at_edge = bar.value(), canvas._drag.days
    qtbot.waitUntil(lambda: bar.value() > start + 100, timeout=3000)  # the timer scrolls on its own
    assert canvas._drag.days > days_at_edge  # the bar moved on with the chart
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    assert not canvas._edge_timer.isActive()
    moved = phase(window.document.plan, "kehitys").start - D(2027, 1, 1)
    assert moved.days >= days_at_edge + 25  # 100 px at 4 px a day
    assert phase(on_disk(window), "kehitys") == phase(window.document.plan, "kehitys")
    assert window.document.undo_stack.count() == 1  # still one gesture, one undo step
    value = bar.value()
    qtbot.wait(100)
    assert bar.value() == value  # released: no more scrolling


def test_shift_drag_moves_the_linked_items_in_one_step(view, window, qtbot):
    before = window.document.plan
    item = show(view, ("phase", "strategia"))
    drag(qtbot, view.canvas, item.bar.center(), 28, Qt.KeyboardModifier.ShiftModifier)  # 7 days
    plan = window.document.plan
    assert phase(plan, "strategia").start == D(2025, 12, 8)
    assert phase(plan, "tilaisuudet").start == D(2025, 12, 8)
    assert marker(plan, "kommentit").date == D(2026, 2, 27) and marker(plan, "kommentit").time == "16:00"
    assert marker(plan, "paatos_kilpailutus").date == D(2026, 3, 3)
    assert on_disk(window).markers == plan.markers
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.phases == before.phases and window.document.plan.markers == before.markers
    assert on_disk(window).markers == before.markers


def test_the_checkbox_moves_linked_items_too(view, window, qtbot):
    view.move_linked.setChecked(True)
    item = show(view, ("phase", "kilpailutus"))
    drag(qtbot, view.canvas, item.bar.center(), -24)  # 6 days earlier
    plan = window.document.plan
    assert phase(plan, "kilpailutus").start == D(2026, 2, 23)
    assert phase(plan, "tarjous").start == D(2026, 6, 9)
    assert marker(plan, "paatos_kumppani").date == D(2026, 12, 9)
    assert phase(on_disk(window), "tarjous").start == D(2026, 6, 9)
    # and now the gate closing the strategy phase comes after the tendering phase started: a warning
    assert schedule_rules(view) == ["overlap", "gate_late"]


def test_resize_either_end(view, window, qtbot):
    item = show(view, ("phase", "kehitys"))
    drag(qtbot, view.canvas, QPointF(item.bar.right() - 1, item.bar.center().y()), -120)  # 30 days shorter
    plan = window.document.plan
    assert (phase(plan, "kehitys").start, phase(plan, "kehitys").end) == (D(2027, 1, 1), D(2027, 5, 31))
    item = show(view, ("phase", "kehitys"))
    drag(qtbot, view.canvas, QPointF(item.bar.left() + 1, item.bar.center().y()), 56)  # starts 14 days later
    plan = window.document.plan
    assert (phase(plan, "kehitys").start, phase(plan, "kehitys").end) == (D(2027, 1, 15), D(2027, 5, 31))
    assert phase(on_disk(window), "kehitys") == phase(plan, "kehitys")
    assert window.document.undo_stack.count() == 2
    # a resize cannot turn the bar inside out: the end stops at the start
    item = show(view, ("phase", "kehitys"))
    drag(qtbot, view.canvas, QPointF(item.bar.right() - 1, item.bar.center().y()), -4000)
    p = phase(window.document.plan, "kehitys")
    assert p.end == p.start == D(2027, 1, 15)


def test_drag_a_marker_and_escape_cancels(view, window, qtbot):
    item = show(view, ("marker", "kommentit"))
    drag(qtbot, view.canvas, item.center, 8)
    x = marker(window.document.plan, "kommentit")
    assert (x.date, x.time) == (D(2026, 2, 22), "16:00")
    assert marker(on_disk(window), "kommentit").date == D(2026, 2, 22)
    # Escape during a drag puts it back and changes nothing
    item = show(view, ("marker", "kommentit"))
    drag(qtbot, view.canvas, item.center, 40, release=False)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.canvas.viewport(), Qt.MouseButton.LeftButton)
    assert marker(window.document.plan, "kommentit").date == D(2026, 2, 22)
    assert window.document.undo_stack.count() == 1


def test_keyboard_nudges_merge_into_one_step(view, window, qtbot):
    view.select("marker", "asiakirjat")
    view.canvas.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert marker(window.document.plan, "asiakirjat").date == D(2026, 2, 16)
    assert marker(on_disk(window), "asiakirjat").date == D(2026, 2, 16)
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert marker(window.document.plan, "asiakirjat").date == D(2026, 2, 6)


# ---------------------------------------------------------------- zoom


def test_zoom_with_keys_wheel_and_fit(view, window, qtbot):
    canvas = view.canvas
    canvas.setFocus()
    z = canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.px_per_day > z
    z = canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.px_per_day < z
    z = canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    assert canvas.px_per_day > z
    z = canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    assert canvas.px_per_day < z
    # Ctrl+wheel zooms around the mouse: the day under it stays under it
    pos = QPointF(300, 100)
    day = canvas.ctx.scale.day_at(canvas.mapToScene(pos.toPoint()).x())
    z = canvas.px_per_day
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(pos, canvas.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.px_per_day == pytest.approx(z * tl.ZOOM_STEP ** 2, rel=1e-6)
    assert abs((canvas.ctx.scale.day_at(canvas.mapToScene(pos.toPoint()).x()) - day).days) <= 1
    # fit all: the whole plan (10 years of service) in the width, with a coarse, readable unit
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    first, last = view.visible_range()
    assert first <= D(2025, 12, 1) and last >= D(2037, 6, 30)
    assert tl.choose_unit(canvas.px_per_day) in ("quarter", "year", "month_number")
    # zooming never edits the plan
    assert window.document.undo_stack.count() == 0


def test_zoom_to_days_shades_weekends_and_holidays(view, qtbot):
    canvas = view.canvas
    canvas.set_zoom(40)
    canvas.centerOn(canvas.ctx.scale.x(D(2025, 12, 6)), 300)
    QApplication.processEvents()
    assert tl.choose_unit(canvas.px_per_day, canvas.ctx.fm_small.horizontalAdvance) == "day"
    image = canvas.viewport().grab().toImage()
    dpr = image.devicePixelRatio()

    def colour_at(day):
        x = canvas.mapFromScene(QPointF(canvas.ctx.scale.x(day) + 20, canvas.ctx.rows_bottom - 4))
        return image.pixelColor(round(x.x() * dpr), round(x.y() * dpr)).name()

    from alliance_desktop.ui.timeline import paint as cv

    assert colour_at(D(2025, 12, 6)) == cv.HOLIDAY.name()  # Independence Day, a Saturday
    assert colour_at(D(2025, 12, 7)) == cv.WEEKEND.name()
    assert colour_at(D(2025, 12, 8)) not in (cv.WEEKEND.name(), cv.HOLIDAY.name())


# ---------------------------------------------------------------- table and inspector


def _edit_cell(qtbot, view, row, column):
    table = view.table
    index = view.model.index(row, column)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    return editor


def test_table_rename_with_the_keyboard_undo_redo(view, window, qtbot):
    row = view.model.row_of(("phase", "neuvottelu"))
    editor = _edit_cell(qtbot, view, row, 0)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Neuvottelut tarjoajien kanssa")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: phase(window.document.plan, "neuvottelu").name == "Neuvottelut tarjoajien kanssa")
    assert phase(on_disk(window), "neuvottelu").name == "Neuvottelut tarjoajien kanssa"
    assert view.canvas.items[("phase", "neuvottelu")].phase.name == "Neuvottelut tarjoajien kanssa"
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert phase(window.document.plan, "neuvottelu").name == "Neuvotteluvaihe"
    assert phase(on_disk(window), "neuvottelu").name == "Neuvotteluvaihe"
    assert view.model.index(row, 0).data().strip() == "Neuvotteluvaihe"
    trigger(window, QKeySequence.StandardKey.Redo)
    assert phase(on_disk(window), "neuvottelu").name == "Neuvottelut tarjoajien kanssa"


def test_table_dates_and_times(view, window, qtbot):
    row = view.model.row_of(("phase", "tarjous"))
    editor = _edit_cell(qtbot, view, row, 3)  # end
    assert isinstance(editor, QDateEdit)
    editor.setDate(editor.date().addDays(-16))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: phase(window.document.plan, "tarjous").end == D(2026, 10, 14))
    assert phase(on_disk(window), "tarjous").end == D(2026, 10, 14)

    row = view.model.row_of(("marker", "mvp_tilaisuus"))
    editor = _edit_cell(qtbot, view, row, 4)  # time
    editor.selectAll()
    qtbot.keyClicks(editor, "9.30-11")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: marker(window.document.plan, "mvp_tilaisuus").time == "09:30")
    x = marker(on_disk(window), "mvp_tilaisuus")
    assert (x.time, x.time_end) == ("09:30", "11:00")
    assert view.model.index(row, 4).data() == "9.30–11.00"
    assert window.document.undo_stack.count() == 2

    # an end before the start is refused in place: nothing is written
    row = view.model.row_of(("phase", "neuvottelu"))
    editor = _edit_cell(qtbot, view, row, 3)
    editor.setDate(editor.date().addDays(-100))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.inspector.error.isVisibleTo(view.inspector))
    assert phase(window.document.plan, "neuvottelu").end == D(2026, 6, 12)
    assert window.document.undo_stack.count() == 2


def test_table_state_of_a_gate(view, window, qtbot):
    row = view.model.row_of(("marker", "paatos_palveluvaihe"))
    editor = _edit_cell(qtbot, view, row, 6)
    index = editor.findData("go")
    editor.setCurrentIndex(index)
    editor.activated.emit(index)
    qtbot.waitUntil(lambda: marker(window.document.plan, "paatos_palveluvaihe").state == "go")
    assert marker(on_disk(window), "paatos_palveluvaihe").state == "go"
    assert view.canvas.items[("marker", "paatos_palveluvaihe")].marker.state == "go"
    # a phase has no state to edit
    assert not view.model.flags(view.model.index(view.model.row_of(("phase", "kehitys")), 6)) & \
        Qt.ItemFlag.ItemIsEditable


def test_selection_follows_between_canvas_table_and_inspector(view, qtbot):
    item = show(view, ("phase", "tarjous"))
    vp = view.canvas.viewport()
    p = view.canvas.mapFromScene(item.bar.center())
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=p)
    assert view.selected == ("phase", "tarjous")
    assert view.table.currentIndex().row() == view.model.row_of(("phase", "tarjous"))
    assert view.inspector.name.text() == "Tarjousvaihe"
    assert "tarjouspyyntö" in view.inspector.staff.toPlainText()
    view.table.setCurrentIndex(view.model.index(view.model.row_of(("marker", "kommentit")), 1))
    assert view.selected == ("marker", "kommentit")
    assert view.canvas.selected == ("marker", "kommentit")
    assert view.inspector.time.text() == "16.00"
    assert view.inspector.staff.isHidden()
    # up and down in the canvas walk the rows
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.selected == ("marker", "paatos_kilpailutus")


def test_inspector_staff_decision_and_notes(view, window, qtbot):
    view.select("phase", "kehitys")
    staff = view.inspector.staff
    staff.setFocus()
    staff.selectAll()
    qtbot.keyClicks(staff, "Lopullinen linjaus ")
    staff.insertPlainText("siirtyvästä henkilöstöstä.")
    view.inspector.notes.setFocus()  # leaving the field commits it
    assert phase(window.document.plan, "kehitys").staff_decision == "Lopullinen linjaus siirtyvästä henkilöstöstä."
    assert phase(on_disk(window), "kehitys").staff_decision == "Lopullinen linjaus siirtyvästä henkilöstöstä."
    assert window.document.undo_stack.count() == 1
    trigger(window, QKeySequence.StandardKey.Undo)
    assert staff.toPlainText().startswith("Tammi–kesäkuu 2027")


def test_inspector_dates_commit_on_enter_and_refuse_an_inside_out_phase(view, window, qtbot):
    view.select("phase", "neuvottelu")
    end = view.inspector.end
    end.setFocus()
    end.setDate(end.date().addDays(7))
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert phase(window.document.plan, "neuvottelu").end == D(2026, 6, 19)
    assert phase(on_disk(window), "neuvottelu").end == D(2026, 6, 19)
    assert window.document.undo_stack.count() == 1
    end = view.inspector.end
    end.setFocus()
    end.setDate(end.date().addDays(-60))
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert view.inspector.error.isVisibleTo(view.inspector)
    assert phase(window.document.plan, "neuvottelu").end == D(2026, 6, 19)
    assert view.inspector.end.value() == D(2026, 6, 19)  # the stored value is shown again
    assert window.document.undo_stack.count() == 1


def test_inspector_refuses_a_bad_time_in_place(view, window, qtbot):
    view.select("marker", "kommentit")
    field = view.inspector.time
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "kello nelja")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert view.inspector.error.isVisibleTo(view.inspector)
    assert "kello nelja" in view.inspector.error.text()
    assert marker(window.document.plan, "kommentit").time == "16:00"
    assert window.document.undo_stack.count() == 0


def schedule_at(view, rule: str) -> int:
    return next(i for i, w in enumerate(view.found) if w.rule == rule)


def test_warnings_show_in_the_list_the_table_and_the_canvas(view, window, qtbot):
    item = show(view, ("phase", "kehitys"))
    drag(qtbot, view.canvas, QPointF(item.bar.left() + 1, item.bar.center().y()), -80)  # starts 20 days earlier
    # it now overlaps the tendering phase, and starts before the decision that should open it (15.12.)
    assert schedule_rules(view) == ["overlap", "gate_late"]
    assert view.canvas.items[("phase", "kehitys")].warned
    assert view.canvas.items[("marker", "paatos_kumppani")].warned
    assert view.warning_list.count() == len(view.found)
    assert view.warning_button.isVisibleTo(view)
    row = view.model.row_of(("phase", "kehitys"))
    tip = view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.count("“") + tip.count("”") >= 2  # the phases are named (English or Finnish quotes)
    # choosing the warning selects the item it is about
    view.warning_list.itemClicked.emit(view.warning_list.item(schedule_at(view, "overlap")))
    assert view.selected == ("phase", "kehitys")
    assert view.inspector.warning.isVisibleTo(view.inspector)
    # a stricter tender minimum adds a warning without touching the file
    view.min_tender.setValue(400)
    assert schedule_rules(view) == ["overlap", "gate_late", "tender_short"]
    assert window.document.undo_stack.count() == 1


def test_add_and_remove_items(view, window, qtbot, monkeypatch):
    view.select("phase", "kehitys")
    view.add_step()
    plan = window.document.plan
    step = plan.phases[-1]
    assert step.parent == "kehitys" and step.start == D(2027, 1, 1)
    assert view.selected == ("phase", step.key)
    view.add_marker("gate")
    gate = window.document.plan.markers[-1]
    assert (gate.kind, gate.state, gate.phase) == ("gate", "pending", step.key)
    assert on_disk(window).markers[-1] == gate
    view.select("phase", "kehitys")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.remove_selected()
    plan = window.document.plan
    assert "kehitys" not in {p.key for p in plan.phases} and step.key not in {p.key for p in plan.phases}
    assert gate.key not in {x.key for x in plan.markers}
    assert "paatos_palveluvaihe" not in {x.key for x in on_disk(window).markers}
    trigger(window, QKeySequence.StandardKey.Undo)
    assert {p.key for p in window.document.plan.phases} >= {"kehitys", step.key}
    assert marker(on_disk(window), gate.key) == gate


# ---------------------------------------------------------------- export and language


def test_export_png_and_svg_at_a_chosen_size(view, window, tmp_path):
    from alliance_desktop.ui.timeline.export import export_timeline

    plan = window.document.plan
    png = tmp_path / "aikataulu.png"
    assert export_timeline(plan, png, 1280, 720, D(2025, 11, 1), D(2028, 1, 31), today=D(2026, 11, 23),
                           title=plan.project.name, subtitle="Aikataulu")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    colours = {image.pixel(x, y) for x in range(0, 1280, 9) for y in range(0, 720, 9)}
    assert len(colours) > 20
    svg = tmp_path / "aikataulu.svg"
    assert export_timeline(plan, svg, 1920, 1080, D(2025, 11, 1), D(2037, 7, 31), title=plan.project.name)
    text = svg.read_text("utf-8")
    assert 'width="' in text and "Strategiavaihe" in text and "Palvelujakso 1" in text
    assert window.document.undo_stack.count() == 0


def test_export_dialog_writes_the_chosen_size(view, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from alliance_desktop.ui.timeline.export import TimelineExportDialog

    target = tmp_path / "dia.png"
    monkeypatch.setattr(TimelineExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))

    real_run = TimelineExportDialog.run

    def run(dialog):  # what the user picks in the dialog: a custom size, the whole timeline
        dialog.size.setCurrentIndex(dialog.size.findData(None))
        dialog.width.setValue(1000)
        dialog.height.setValue(500)
        dialog.range.setCurrentIndex(dialog.range.findData("all"))
        return real_run(dialog)

    monkeypatch.setattr(TimelineExportDialog, "run", run)
    view.export()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000, 500)
    assert "dia.png" in window.statusBar().currentMessage()


def test_language_switch_rebuilds_the_view(window, qtbot):
    window.show_view("timeline")
    window.set_language("en")
    v = window.views["timeline"]
    assert window.current_view() == "timeline"
    assert v.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    kinds = {v.model.index(r, 1).data() for r in range(v.model.rowCount())}
    assert {"Strategy phase", "Step", "Deadline", "Decision gate"} <= kinds


def read_only_timeline(window, qtbot, project_path):
    """The timeline of `project_path` opened read-only in the window."""
    from alliance_desktop.storage.projectfile import ProjectFile
    from alliance_desktop.ui.document import Document

    window.close_project()
    window.set_document(Document(ProjectFile.open(project_path, read_only=True)))
    window.show_view("timeline")
    v = window.views["timeline"]
    qtbot.waitExposed(v.canvas)
    return v


def test_read_only_file_cannot_be_dragged(window, qtbot, project_path):
    v = read_only_timeline(window, qtbot, project_path)
    doc = window.document
    item = v.canvas.items[("phase", "kehitys")]
    v.canvas.centerOn(item.boundingRect().center())
    drag(qtbot, v.canvas, item.bar.center(), 60)
    assert doc.plan is doc.file.plan
    assert doc.undo_stack.count() == 0
    assert v.selected == ("phase", "kehitys")
    assert not v.remove_button.isEnabled()
    assert not v.model.flags(v.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert v.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers  # but nothing is editable


def test_a_blank_project_starts_empty_and_grows(window, qtbot, tmp_path):
    from alliance_desktop import templates

    window.close_project()
    assert window.create_and_open(tmp_path / "tyhjä.alliance", templates.load_template("blank"))
    window.show_view("timeline")
    v = window.views["timeline"]
    qtbot.waitExposed(v.canvas)
    assert v.model.rowCount() == 0 and v.canvas.items == {}
    assert v.inspector.empty.isVisibleTo(v.inspector)
    v.canvas.fit_all()
    v.add_phase()
    plan = window.document.plan
    assert len(plan.phases) == 1 and plan.phases[0].start and plan.phases[0].end
    key = plan.phases[0].key
    assert ("phase", key) in v.canvas.items
    assert v.selected == ("phase", key)
    v.add_marker("deadline")
    x = window.document.plan.markers[0]
    assert (x.kind, x.phase, x.date) == ("deadline", key, plan.phases[0].end)
    assert on_disk(window).markers == window.document.plan.markers
    # an undated phase is listed (and warned about) but not drawn
    v.try_apply("undated", lambda p: tl.update_phase(p, key, start=None))
    assert ("phase", key) not in v.canvas.items
    assert [w.rule for w in v.found] == ["no_dates"]
    assert v.model.row_of(("phase", key)) >= 0


def test_a_narrow_inspector_puts_the_text_fields_under_the_form(view, window):
    inspector = view.inspector
    view.canvas.select("phase", "strategia")
    inspector.resize(700, 400)
    QApplication.processEvents()
    grid = inspector._grid
    position = lambda: grid.getItemPosition(grid.indexOf(inspector._right))  # noqa: E731
    assert position()[:2] == (4, 1)  # beside the form
    inspector.resize(inspector.stack_width() - 100, 400)
    QApplication.processEvents()
    assert position()[:2] == (5, 0)  # under it, the whole width
    assert inspector.staff.width() > inspector.stack_width() - 200
    inspector.resize(700, 400)
    QApplication.processEvents()
    assert position()[:2] == (4, 1)


# ---------------------------------------------------------------- overdue (issue 15, item 7)


def test_overdue_items_are_warnings_and_marking_them_clears_them(view, window, qtbot):
    view.canvas.today = D(2026, 12, 4)
    view.refresh()
    overdue = [w for w in view.found if w.rule == "overdue"]
    tasks = [w for w in overdue if w.items[0][0] == "task"]
    assert len(tasks) == 11
    gate = next(w for w in overdue if w.items[0] == ("marker", "paatos_kilpailutus"))
    assert gate.message == ("Myöhässä: päätöspiste ”Poliittinen päätös hankinnan kilpailutuksen käynnistämisestä” "
                            "24.2.2026 (ei päätetty)")
    texts = [view.warning_list.item(i).text() for i in range(view.warning_list.count())]
    assert gate.message in texts
    assert "Ei varoituksia" not in " ".join(texts)
    # no green tick on the tab: the warning sign and the count
    index = view.tabs.indexOf(view.warning_page)
    assert view.tabs.tabText(index) == f"Varoitukset ({len(view.found)})"
    assert view.canvas.items[("marker", "paatos_kilpailutus")].warned
    # the gate decided in the inspector: no longer overdue, one undo step
    view.warning_list.itemClicked.emit(view.warning_list.item(view.found.index(gate)))
    assert view.selected == ("marker", "paatos_kilpailutus")
    view.inspector.state.setCurrentIndex(view.inspector.state.findData("go"))
    view.inspector.state.activated.emit(view.inspector.state.currentIndex())
    assert marker(window.document.plan, "paatos_kilpailutus").state == "go"
    assert ("marker", "paatos_kilpailutus") not in {w.items[0] for w in view.found}
    # a milestone marked done in the inspector
    view.select("marker", "asiakirjat")
    assert view.inspector.done.isVisibleTo(view.inspector) and not view.inspector.done.isChecked()
    view.inspector.done.click()
    assert marker(window.document.plan, "asiakirjat").state == "done"
    assert marker(on_disk(window), "asiakirjat").state == "done"
    assert ("marker", "asiakirjat") not in {w.items[0] for w in view.found}
    window.document.undo_stack.undo()
    assert ("marker", "asiakirjat") in {w.items[0] for w in view.found}
    # an overdue procurement task opens in Risks and procurement
    task = next(w for w in view.found if w.items[0] == ("task", "vertailu"))
    view.warning_list.itemClicked.emit(view.warning_list.item(view.found.index(task)))
    assert window.current_view() == "risks"
    risks = window.views["risks"]
    assert risks.tables["procurement_tasks"].selected_key() == "vertailu"
    # done there: gone from the timeline's warnings when the timeline shows again (hidden, it waits)
    risks.change("procurement_tasks", "vertailu", "done", True)
    assert ("task", "vertailu") in {w.items[0] for w in view.found}
    window.show_view("timeline")
    assert ("task", "vertailu") not in {w.items[0] for w in view.found}


def test_no_green_tick_only_when_nothing_is_overdue(view):
    view.canvas.today = D(2025, 9, 1)  # before every date of the demo
    view.refresh()
    assert view.found == []
    assert view.warning_list.item(0).text().startswith("Ei varoituksia")
    assert not view.warning_button.isVisibleTo(view)
