"""An edit of a few timeline items replaces only their items in the scene (issue 16), and the picture is
the one a fresh build of the scene paints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alliance_desktop.core import timeline as tl
from tests.ui.test_timeline import timeline_view


def picture(canvas):
    QApplication.processEvents()
    return canvas.viewport().grab().toImage()


def fresh_picture(canvas):
    """The picture after building the whole scene again at the same zoom and scroll position."""
    canvas._rebuild(keep=True)
    return picture(canvas)


def test_renaming_a_phase_replaces_only_its_item_and_paints_as_a_fresh_build(window, qtbot):
    view = timeline_view(window, qtbot)
    canvas = view.canvas
    plan = view.document.plan
    target = next(p for p in plan.phases if p.start and p.end and ("phase", p.key) not in view.warnings)
    before = dict(canvas.items)
    header, ctx = canvas.header, canvas.ctx
    canvas.centerOn(before[("phase", target.key)].boundingRect().center())

    assert view.try_apply("rename", lambda p: tl.update_phase(p, target.key, name="Uusi nimi vaiheelle"))
    ident = ("phase", target.key)
    assert canvas.items[ident] is not before[ident]
    assert canvas.items[ident].phase.name == "Uusi nimi vaiheelle"
    kept = [i for i in before if i != ident and canvas.items[i] is before[i]]
    assert len(kept) == len(before) - 1  # no other record and no warning changed: every other item stays
    assert canvas.header is header and canvas.ctx is ctx  # not rebuilt
    assert {i.ident for i in canvas.scene().items() if hasattr(i, "ident")} == set(canvas.items)
    assert picture(canvas) == fresh_picture(canvas)


def test_moving_a_phase_and_undo_paint_as_a_fresh_build(window, qtbot):
    view = timeline_view(window, qtbot)
    canvas = view.canvas
    rows = canvas.rows
    for p in view.document.plan.phases:  # a phase whose move by a day keeps the rows and the scene's extent
        candidate = tl.move_phase(view.document.plan, p.key, 1)
        if p.start and tl.rows(candidate) == tl.rows(view.document.plan):
            break
    ident = ("phase", p.key)
    canvas.centerOn(canvas.items[ident].boundingRect().center())
    header = canvas.header
    assert view.try_apply("move", lambda plan: tl.move_phase(plan, p.key, 1))
    assert canvas.rows == rows and canvas.header is header
    assert canvas.items[ident].phase.start == p.start + tl.DAY
    assert picture(canvas) == fresh_picture(canvas)
    header = canvas.header
    view.document.undo_stack.undo()
    assert canvas.header is header
    assert canvas.items[ident].phase is p
    assert picture(canvas) == fresh_picture(canvas)


def test_a_refused_drag_puts_the_previewed_items_back(window, qtbot):
    view = timeline_view(window, qtbot)
    canvas = view.canvas
    bar = next(i for i in canvas.items.values() if i.kind == "phase")
    marker = next(i for i in canvas.items.values() if i.kind == "marker")
    canvas.centerOn(bar.boundingRect().center())
    expected = picture(canvas)
    bar.set_dates(bar.start, bar.end + 20 * tl.DAY)  # what a drag's preview does
    marker.setPos(40, 0)
    view.refresh()  # what the view does when the edit is refused
    assert canvas.items[bar.ident].end == bar.phase.end
    assert canvas.items[marker.ident].pos().isNull()
    assert picture(canvas) == expected


def test_a_selection_and_warning_change_paint_as_a_fresh_build(window, qtbot):
    view = timeline_view(window, qtbot)
    canvas = view.canvas
    warned = next(i for i in canvas.items.values() if i.ident in view.warnings)
    canvas.centerOn(warned.boundingRect().center())
    view.select(*warned.ident)
    view.min_tender_days += 30  # changes the tender warnings, maybe; the scene follows
    view.refresh()
    assert picture(canvas) == fresh_picture(canvas)


def listed(view):
    lst = view.warning_list
    return [lst.item(i) for i in range(lst.count())]


def test_the_warnings_list_replaces_only_the_changed_rows(window, qtbot):
    view = timeline_view(window, qtbot)
    before, found = listed(view), list(view.found)
    assert [i.text() for i in before] == [w.message for w in found] and len(found) > 2
    # a milestone renamed that a warning in the middle of the list names (an overdue one in the demo)
    x = next(x for x in view.document.plan.markers
             if any(("marker", x.key) in w.items and x.name in w.message for w in found[1:-1]))
    assert view.try_apply("rename", lambda plan: tl.update_marker(plan, x.key, name="Uusi nimi"))
    after = listed(view)
    assert [i.text() for i in after] == [w.message for w in view.found] != [w.message for w in found]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in after] == [w.items[0] for w in view.found]
    head = next(i for i, (a, b) in enumerate(zip(found, view.found, strict=False)) if a != b)
    assert head > 0 and all(a is b for a, b in zip(before[:head], after[:head], strict=True))
    assert after[head] is not before[head] and after[-1] is before[-1]  # the rows after it stay too
    view.document.undo_stack.undo()
    assert [i.text() for i in listed(view)] == [w.message for w in found]


def test_the_warnings_list_shows_its_placeholder_when_the_warnings_go(window, qtbot):
    view = timeline_view(window, qtbot)
    view.found = []
    view._refresh_warnings()
    assert view.warning_list.count() == 1  # "No warnings: the schedule looks consistent."
    assert view.warning_list.item(0).data(Qt.ItemDataRole.UserRole) is None
    view.refresh()
    assert [i.text() for i in listed(view)] == [w.message for w in view.found]


def test_a_move_that_reorders_the_rows_keeps_the_other_items_and_paints_as_a_fresh_build(window, qtbot):
    from alliance_desktop.ui.timeline.items import scene_range

    view = timeline_view(window, qtbot)
    canvas = view.canvas
    plan, today = view.document.plan, canvas.today
    candidates = [(p, days) for p in plan.phases if p.start for days in (20, 40, 60, 90, -20, -40)
                  if tl.rows(tl.move_phase(plan, p.key, days)) != tl.rows(plan)
                  and len(tl.rows(tl.move_phase(plan, p.key, days))) == len(tl.rows(plan))
                  and scene_range(tl.move_phase(plan, p.key, days), today) == scene_range(plan, today)]
    assert candidates
    p, days = candidates[0]
    before, header, rows = dict(canvas.items), canvas.header, canvas.rows
    canvas.centerOn(before[("phase", p.key)].boundingRect().center())
    assert view.try_apply("move", lambda plan: tl.move_phase(plan, p.key, days))
    assert canvas.header is header and canvas.rows != rows
    assert canvas.rows == canvas.scene().rows
    assert sum(canvas.items[i] is before[i] for i in before) >= len(before) // 2
    assert picture(canvas) == fresh_picture(canvas)
    view.document.undo_stack.undo()
    assert picture(canvas) == fresh_picture(canvas)


def on_screen(canvas):
    """What the window shows of the chart: its backing store, painted only where Qt was told to repaint
    (a widget's grab() paints everything afresh, so it cannot tell a missed repaint)."""
    QApplication.processEvents()
    top_left = canvas.viewport().mapTo(canvas.window(), canvas.viewport().rect().topLeft())
    shot = canvas.window().screen().grabWindow(canvas.window().winId()).toImage()
    ratio = shot.devicePixelRatio()
    size = canvas.viewport().size()
    return shot.copy(round(top_left.x() * ratio), round(top_left.y() * ratio), round(size.width() * ratio),
                     round(size.height() * ratio))


def test_after_an_edit_and_a_selection_the_screen_shows_what_a_fresh_build_paints(window, qtbot):
    """An edit no longer repaints the whole chart's background, only the bands of the rows whose selection
    changed (all of them when rows were reordered): what is on screen (the backing store, not a fresh grab)
    is what a fresh build paints."""
    view = timeline_view(window, qtbot)
    canvas = view.canvas
    plan = view.document.plan
    for p in plan.phases:  # a step whose move by a day keeps the rows and the scene's extent
        candidate = tl.move_phase(plan, p.key, 1)
        if p.start and p.parent and tl.rows(candidate) == tl.rows(plan):
            break
    canvas.centerOn(canvas.items[("phase", p.key)].boundingRect().center())
    QApplication.processEvents()
    assert view.try_apply("move", lambda plan: tl.move_phase(plan, p.key, 1))
    assert on_screen(canvas) == fresh_on_screen(canvas)

    # A selection the plan's update brings (another row selected): the bands of both rows are repainted.
    other = next(i for i in canvas.items if i != canvas.selected and i[0] == "marker")
    canvas.centerOn(canvas.items[other].boundingRect().center())
    QApplication.processEvents()
    canvas.selected, canvas.marked = other, frozenset({other})
    canvas.set_plan(view.document.plan, canvas.rows, view.warnings, False)
    assert on_screen(canvas) == fresh_on_screen(canvas)


def fresh_on_screen(canvas):
    canvas._rebuild(keep=True)
    canvas.viewport().update()
    return on_screen(canvas)
