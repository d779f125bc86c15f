"""The timeline's warnings list after an edit keeps the rows of the warnings that stay (the same objects
from the core, tests/core/test_timeline_warnings_reuse.py) and makes rows only for the new ones (issue 16:
a moved phase at 64x reorders thousands of overlap warnings), and shows what a list made from nothing shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from alliance_desktop.core import timeline as tl
from tests.core.test_timeline_warnings_reuse import plan as plan_2x
from tests.ui.test_timeline import timeline_view


@pytest.fixture
def project_path(tmp_path):
    from alliance_desktop.storage.projectfile import create_file

    path = tmp_path / "Keusote 2x.alliance"
    create_file(path, plan_2x())
    return path


def rows(view):
    lst = view.warning_list
    return [lst.item(i) for i in range(lst.count())]


def shown(view):
    return [(i.text(), i.data(Qt.ItemDataRole.UserRole)) for i in rows(view)]


def from_nothing(view):
    """The list as a fresh build makes it."""
    view._listed = None
    view.warning_list.clear()
    view._refresh_warnings()
    return shown(view)


def test_the_warnings_list_follows_edits_and_undo_keeping_the_rows_that_stay(window, qtbot):
    view = timeline_view(window, qtbot)
    first, items = list(view.found), rows(view)
    assert [w.message for w in first] == [i.text() for i in items]
    assert sum(w.rule == "overlap" for w in first) > 2
    target = next(p for p in view.document.plan.phases
                  if not p.parent and any(w.rule == "overlap" and ("phase", p.key) in w.items for w in first[2:]))
    assert view.try_apply("move", lambda p: tl.move_phase(p, target.key, 7))
    after = rows(view)
    assert shown(view) == [(w.message, w.items[0]) for w in view.found]
    stayed = [n for n, w in enumerate(view.found) if any(w is old for old in first)]
    assert stayed and len(stayed) < len(view.found)
    by_warning = {id(w): item for w, item in zip(first, items, strict=True)}
    assert all(after[n] is by_warning[id(view.found[n])] for n in stayed)  # their rows were not made again
    assert shown(view) == from_nothing(view)
    view.document.undo_stack.undo()
    assert shown(view) == [(w.message, w.items[0]) for w in first] == from_nothing(view)
    view.document.undo_stack.redo()
    assert shown(view) == [(w.message, w.items[0]) for w in view.found] == from_nothing(view)


def _ask_tooltip(canvas, item):
    """What hovering does: the scene's help event at the item's place (the tooltip is made then)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtWidgets import QGraphicsSceneHelpEvent

    event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    event.setScenePos(item.bar.center() if hasattr(item, "bar") else item.center)
    event.setScreenPos(QPoint(10, 10))
    canvas.scene().helpEvent(event)
    return item.toolTip()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: the tooltip's window
def test_an_item_whose_warnings_change_stays_and_its_tooltip_follows(window, qtbot):
    from tests.ui.test_timeline_narrow import fresh_picture, picture

    view = timeline_view(window, qtbot)
    canvas = view.canvas
    plan = view.document.plan
    target = next(p for p in plan.phases if not p.parent and any(
        w.rule == "overlap" and ("phase", p.key) in w.items for w in view.found[2:]))
    other = next(w.items[0] for w in view.found if w.rule == "overlap" and ("phase", target.key) in w.items[1:])
    item = canvas.items[other]
    tip = _ask_tooltip(canvas, item)
    assert item.phase.name in tip and "⚠" in tip
    assert view.try_apply("move", lambda p: tl.move_phase(p, target.key, 40))
    assert canvas.items[other] is item  # the same record with other warnings: the item stays
    new_tip = _ask_tooltip(canvas, item)
    assert new_tip != tip and new_tip == type(item)(canvas.ctx, item.row, item.phase).tooltip()  # as a new item's
    canvas.centerOn(item.boundingRect().center())
    assert picture(canvas) == fresh_picture(canvas)
    view.document.undo_stack.undo()
    assert _ask_tooltip(canvas, canvas.items[other]) == tip


def _table_picture(view):
    from tests.ui.test_metrics_speed import on_screen

    return on_screen(view.table.viewport())


def _table_repainted_whole(view):
    view.table.viewport().update()
    return _table_picture(view)


def test_the_table_repaints_only_changed_rows_and_shows_what_a_whole_repaint_shows(window, qtbot):
    view = timeline_view(window, qtbot)
    model = view.model
    plan = view.document.plan
    runs = []
    model.dataChanged.connect(lambda a, b, _roles=(): runs.append((a.row(), b.row())))
    renamed = next(p for p in plan.phases if p.parent)
    assert view.try_apply("rename", lambda p: tl.update_phase(p, renamed.key, name="Uusi nimi"))
    assert runs == [(model.row_of(("phase", renamed.key)),) * 2]  # one row told, not the whole table
    assert _table_picture(view) == _table_repainted_whole(view)
    view.select("phase", plan.phases[3].key)  # the selection moves: its rows repainted
    assert _table_picture(view) == _table_repainted_whole(view)
    target = next(p for p in plan.phases if not p.parent)
    runs.clear()
    assert view.try_apply("move", lambda p: tl.move_phase(p, target.key, 40))  # reorders rows
    assert runs and sum(b - a + 1 for a, b in runs) < model.rowCount()
    assert _table_picture(view) == _table_repainted_whole(view)
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    view.document.undo_stack.undo()
    assert _table_picture(view) == _table_repainted_whole(view)
    view.document.undo_stack.redo()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == texts
    assert _table_picture(view) == _table_repainted_whole(view)
