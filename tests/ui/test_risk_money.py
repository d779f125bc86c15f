"""A risk's money in the risks table (issue 21): typed, stored, undone, refused in place."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from alliance_desktop.core import model as m
from tests.ui.menu import on_disk


@pytest.fixture
def view(window):
    assert window.show_view("risks")
    view = window.views["risks"]
    view.money_button.click()  # the money columns in place of the long texts
    return view


def cell(table, row, field):
    return table.cell(row, field)


def row_of(table, title):
    return next(r for r in range(table.model().rowCount()) if cell(table, r, "title").data() == title)


def test_a_risks_money_is_typed_in_three_cells_and_undone(view, window):
    table = view.tables["risks"]
    doc = window.document
    risk = next(r for r in doc.plan.risks if r.cost is None)
    row = row_of(table, risk.title)
    assert cell(table, row, "cost").data() == ""
    model = table.model()
    assert model.setData(cell(table, row, "cost"), "100 000; 400 000; 1 500 000")
    cost = next(r for r in doc.plan.risks if r.key == risk.key).cost
    assert (cost.minimum, cost.most_likely, cost.maximum) == (D(100000), D(400000), D(1500000))
    row = row_of(table, risk.title)
    assert cell(table, row, "cost").data().replace("\u00a0", " ") == "100 000; 400 000; 1 500 000"
    model.setData(cell(table, row, "cost.probability_percent"), "25")
    row = row_of(table, risk.title)
    model.setData(cell(table, row, "cost.periods"), "3: 60; 4: 40")
    saved = next(r for r in doc.plan.risks if r.key == risk.key).cost
    assert saved == m.RiskCost(D(100000), D(400000), D(1500000), D(25), (("p3", D(60)), ("p4", D(40))))
    row = row_of(table, risk.title)
    assert cell(table, row, "cost.probability_percent").data() == "25 %"
    assert cell(table, row, "cost.periods").data() == "3: 60; 4: 40"
    assert next(r for r in on_disk(window).risks if r.key == risk.key).cost == saved
    for _ in range(3):
        doc.undo_stack.undo()
    assert next(r for r in doc.plan.risks if r.key == risk.key).cost is None
    assert cell(table, row_of(table, risk.title), "cost").data() == ""


def test_the_costs_button_swaps_the_long_texts_for_the_money_and_back(view):
    table = view.tables["risks"]
    fields = [c.field for c in table.columns]
    assert "cost" in fields and "description" not in fields
    view.money_button.click()
    fields = [c.field for c in table.columns]
    assert "cost" not in fields and "description" in fields and "mitigation" in fields
    assert table.model().columnCount() == len(fields)


def test_money_out_of_order_is_refused_in_finnish_and_nothing_changes(view, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    table = view.tables["risks"]
    doc = window.document
    risk = next(r for r in doc.plan.risks if r.cost is not None)
    row = row_of(table, risk.title)
    before = cell(table, row, "cost").data(Qt.ItemDataRole.EditRole)
    table.model().setData(cell(table, row, "cost"), "5 000 000; 1; 2")
    assert shown == [f"Riskin ”{risk.title}” vähimmäiskustannus on suurempi kuin enimmäiskustannus."]
    assert doc.plan.risks == window.document.plan.risks and doc.undo_stack.count() == 0
    assert cell(table, row, "cost").data(Qt.ItemDataRole.EditRole) == before
    table.model().setData(cell(table, row, "cost"), "paljon")
    assert "Kirjoita riskin kustannus" in shown[-1] and doc.undo_stack.count() == 0


def test_the_money_columns_fit_1280x720_without_scrolling_sideways(view, window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.resize(1280, 720)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)
    table = view.tables["risks"]
    width = sum(table.columnWidth(i) for i in range(len(table.columns)))
    assert width <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
