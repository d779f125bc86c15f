"""Edit > Find (issue 22): the side bar's field lists matches; each result opens its view with the item selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from alliance_desktop.core import search as core_search

from .menu import trigger


def selected(window, hit) -> bool:
    """Whether the view on screen shows the hit's item as the selected one."""
    view = window.views[hit.view]
    assert window.current_view() == hit.view
    if hit.kind in ("party", "area"):
        table = view.parties if hit.kind == "party" else view.areas
        return table.selected_key() == hit.key
    if hit.kind == "project":
        return True  # the Overview, its name field given the focus
    if hit.kind in ("phase", "marker"):
        return view.selected == (hit.kind, hit.key)
    if hit.kind == "chain":
        return view.chain_key == hit.key and view.tabs.currentIndex() == 0
    if hit.kind == "step":
        return view.chain_key == hit.parent and view.canvas.selected_key() == hit.key
    if hit.kind == "package":
        keys = [p.key for p in window.document.plan.scope.packages]
        return view.tabs.currentWidget() is view.scope and view.scope.table.currentRow() == keys.index(hit.key)
    if hit.kind == "metric":
        return view.tabs.currentIndex() == view.DEFINITIONS and view.definitions.selected == hit.key
    if hit.kind == "period":
        return view.periods.selected_key() == hit.key
    if hit.kind == "scenario":
        return view.scenarios.selected_scenario() == hit.key
    section = {"risk": "risks", "task": "procurement_tasks", "document": "documents"}[hit.kind]
    return view.tables[section].selected_key() == hit.key


def type_query(window, qtbot, text: str):
    trigger(window, QKeySequence.StandardKey.Find)
    window.search_field.setText(text)
    return window.search_results


def test_every_kind_of_item_is_found_and_opened_selected(window, qtbot):
    plan = window.document.plan
    names = {
        "project": plan.project.name, "party": plan.parties[1].name, "area": plan.areas[1].name,
        "phase": plan.phases[2].name, "marker": plan.markers[3].name, "chain": plan.chains[0].name,
        "step": plan.chains[0].steps[2].name, "package": plan.scope.packages[1].name,
        "metric": plan.metrics[2].name, "period": plan.commercial.periods[1].name,
        "risk": plan.risks[1].title, "task": plan.procurement_tasks[2].name, "document": plan.documents[1].name,
    }
    if plan.scenarios:
        names["scenario"] = plan.scenarios[0].name
    for kind, name in names.items():
        results = type_query(window, qtbot, name)
        assert results.list.isVisible() and not window.navigation.isVisible()
        index = next(i for i, h in enumerate(results.hits) if h.kind == kind and h.name == name)
        item = next(results.list.item(r) for r in range(results.list.count())
                    if results.list.item(r).data(Qt.ItemDataRole.UserRole) == index)
        results.list.itemActivated.emit(item)
        assert selected(window, results.hits[index]), (kind, name)


def test_a_notes_word_in_another_case_opens_the_risk(window, qtbot):
    risk = window.document.plan.risks[2]
    word = max(risk.description.split(), key=len).strip(".,:;()")
    results = type_query(window, qtbot, word.upper())
    hit = next(h for h in results.hits if h.key == risk.key)
    assert hit.snippet
    results.open(results.hits.index(hit))
    assert window.current_view() == "risks" and window.views["risks"].tables["risks"].selected_key() == risk.key


def test_enter_opens_the_first_and_escape_brings_the_navigation_back(window, qtbot):
    results = type_query(window, qtbot, "kotihoito")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_view() == results.hits[0].view
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == "" and window.navigation.isVisible() and not results.list.isVisible()


def test_nothing_found_says_so(window, qtbot):
    results = type_query(window, qtbot, "zzqqxx")
    assert results.hits == [] and results.list.count() == 1
    assert results.list.item(0).text() == "Mitään ei löytynyt"


@pytest.mark.parametrize("query,expected", [("lää", True), ("LÄÄ", True)])
def test_finnish_letters_in_the_field(window, qtbot, query, expected):
    results = type_query(window, qtbot, query)
    assert all("lää" in core_search.fold(h.name + " " + h.snippet) or h.snippet for h in results.hits)
    assert bool(results.hits) is expected


def test_the_results_follow_an_edit(window, qtbot):
    from alliance_desktop.core import edits

    from .menu import undo

    party = window.document.plan.parties[1]
    results = type_query(window, qtbot, party.name)
    assert any(h.key == party.key for h in results.hits)
    window.document.apply("Rename", lambda plan: edits.update_party(plan, party.key, name="Zqx Oy"))
    assert not any(h.key == party.key for h in results.hits)
    undo(window)
    assert any(h.key == party.key for h in results.hits)


def test_timeline_results_say_what_they_are(window, qtbot):
    gate = next(mk for mk in window.document.plan.markers if mk.kind == "gate")
    results = type_query(window, qtbot, gate.name)
    index = next(i for i, h in enumerate(results.hits) if h.key == gate.key)
    item = next(results.list.item(r) for r in range(results.list.count())
                if results.list.item(r).data(Qt.ItemDataRole.UserRole) == index)
    assert item.text().split("\n")[1].startswith("Päätöspiste")


def test_the_search_field_does_not_take_the_first_focus(window):
    """The navigation comes first in the focus order, as before the field: typing or Ctrl+Z at start-up are not
    the search field's."""
    chain = []
    widget = window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        if widget.isVisible() and widget.focusPolicy().value:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain.index(window.navigation) < chain.index(window.search_field)
