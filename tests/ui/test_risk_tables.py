"""The risk tables' structure under quick changes (issue 16 follow-up)."""

from __future__ import annotations


def test_the_costs_columns_on_and_off_with_no_events_between(window):
    """Costs on and off again at once: the table's resize in the middle of the model's column change fitted
    the old columns to the new model (an IndexError inside Qt's event, which crashed the process)."""
    assert window.show_view("risks")
    view = window.views["risks"]
    table = view.tables["risks"]
    view.money_button.setChecked(True)
    view.money_button.setChecked(False)
    assert [c.field for c in table.columns][-2:] == ["description", "mitigation"]
    assert table.model().columnCount() == len(table.columns)
    view.money_button.setChecked(True)
    assert table.model().columnCount() == len(table.columns) == 9


def _cells(model) -> list:
    """Every cell's roles, comparable (an icon as 'icon', a colour by its name, a font by its key)."""
    from PySide6.QtGui import QColor, QFont, QIcon

    from alliance_desktop.ui.risks.table import ORDER_ROLE

    def plain(value):
        if isinstance(value, QIcon):
            return "icon"
        if isinstance(value, QColor):
            return value.name()
        if isinstance(value, QFont):
            return value.key()
        return value

    return [[(model.flags(model.index(r, c)).value,
              sorted((getattr(role, "value", role), plain(v)) for role, v in model.itemData(model.index(r, c)).items()
                     if role != ORDER_ROLE))  # (the rows' places while the model last reordered them)
             for c in range(model.columnCount())] for r in range(model.rowCount())]


def _from_nothing(model):
    from alliance_desktop.ui.risks.table import RecordModel

    fresh = RecordModel(model.section, lambda *a: None)
    fresh.columns = model.columns
    fresh._columns_changed()
    fresh.periods = model.periods
    fresh.set_records(model.records, model.read_only, model.today)
    return fresh


def test_the_cells_kept_in_the_model_equal_cells_made_from_nothing_after_edits_undo_and_settings(window, qtbot):
    """The cells' roles are made once per record and kept in the model's items (painting asks no Python):
    after edits that move, add, change and remove rows, undo, the risks' money, another day and read-only,
    every cell holds what a model made from the same records holds."""
    import datetime as dt

    from alliance_desktop.core import edits

    assert window.show_view("risks")
    view = window.views["risks"]
    doc = view.document
    risks, tasks = view.tables["risks"].records, view.tables["procurement_tasks"].records
    first = doc.plan.risks[0]
    task = doc.plan.procurement_tasks[1]
    steps = [
        lambda p: edits.update_record(p, "risks", first.key, likelihood=1 if first.likelihood != 1 else 5),
        lambda p: edits.update_record(p, "risks", first.key, status="closed", title="Uusi nimi"),
        lambda p: edits.add_record(p, "risks", "Uusi riski")[0],
        lambda p: edits.remove_record(p, "risks", p.risks[-1].key),
        lambda p: edits.update_record(p, "procurement_tasks", task.key, done=not task.done),
        lambda p: edits.move_record(p, "procurement_tasks", task.key, 3),
    ]
    for step in steps:
        assert doc.apply("step", step)
        for model in (risks, tasks):
            assert _cells(model) == _cells(_from_nothing(model))
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        for model in (risks, tasks):
            assert _cells(model) == _cells(_from_nothing(model))
    view.money_button.setChecked(True)
    assert len(risks.columns) == 9 and _cells(risks) == _cells(_from_nothing(risks))
    view.today = dt.date(2030, 1, 1)  # every dated task overdue
    view.refresh()
    assert _cells(tasks) == _cells(_from_nothing(tasks))
    before = _cells(tasks)
    view.today = dt.date(2000, 1, 1)
    view.refresh()
    assert _cells(tasks) != before and _cells(tasks) == _cells(_from_nothing(tasks))
    view.tables["procurement_tasks"].fill(doc.plan.procurement_tasks, True, view.today)  # read-only: no ▾, no edits
    assert _cells(tasks) == _cells(_from_nothing(tasks))
    assert all("icon" not in str(cell) for row in _cells(tasks) for cell in row)


def test_painting_a_cell_asks_no_python():
    """The cells live in Qt's items: the model answers data, counts, indexes and flags in C++ (issue 16: through
    the sort proxy a repaint asked Python ~25 times per cell). Only editing (setData) and the headers' texts
    are Python's."""
    from alliance_desktop.ui.risks.table import RecordModel, SortProxy

    for cls in (RecordModel, SortProxy):
        overridden = {"data", "rowCount", "columnCount", "index", "parent", "flags", "itemData", "multiData",
                      "mapToSource", "mapFromSource", "lessThan", "filterAcceptsRow"} & set(vars(cls))
        assert not overridden, (cls.__name__, overridden)
