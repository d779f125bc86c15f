"""A hidden view does no work (issue 16, ui/lazy.py): it notes that it is stale on Document.changed
and catches up when the main window shows it; a project-name edit leaves the timeline's scene alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from alliance_desktop.core import chains, commercial_edits as ce, edits, metrics_edits as me
from alliance_desktop.core import timeline as tl
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import settle_plan

VIEWS = ("overview", "timeline", "chains", "metrics", "commercial", "risks")


def _count(monkeypatch, obj, name: str) -> list:
    """Count the calls of obj.name (still calling it)."""
    calls = []
    original = getattr(obj, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, counted)
    return calls


@pytest.fixture
def every_view(window):
    for key in VIEWS:
        assert window.show_view(key)
    return window


def test_a_metrics_edit_leaves_the_hidden_commercial_view_until_it_shows(every_view, monkeypatch):
    window = every_view
    commercial = window.views["commercial"]
    refreshes = _count(monkeypatch, commercial, "refresh")
    window.show_view("metrics")
    doc = window.document
    metric, period = doc.plan.metrics[0], doc.plan.commercial.periods[0]
    value = (me.measurement(metric, period.key) or Decimal(0)) + 1
    assert doc.apply("measurement", lambda p: me.set_measurement(p, metric.key, period.key, value))
    assert doc.undo_stack.undo() is None and doc.undo_stack.redo() is None
    assert refreshes == []  # hidden: three changes noted, none shown
    window.show_view("commercial")
    assert len(refreshes) == 1  # caught up once, with the plan as it is now
    assert commercial.scores is kpi_scores(doc.plan)
    assert commercial.file_settlement == settle_plan(doc.plan)
    window.show_view("metrics")
    window.show_view("commercial")
    assert len(refreshes) == 1  # nothing changed meanwhile: nothing to do


def test_a_shown_view_still_refreshes_at_once(every_view):
    window = every_view
    window.show_view("commercial")
    doc = window.document
    period = doc.plan.commercial.periods[0]
    assert doc.apply("cost", lambda p: ce.set_actual_part(p, period.key, "production",
                                                          period.actual.production + 1000))
    assert window.views["commercial"].file_settlement == settle_plan(doc.plan)


def test_hidden_views_catch_up_with_edits_and_undo(every_view, monkeypatch):
    window = every_view
    doc = window.document
    timeline, chain_view, metrics = window.views["timeline"], window.views["chains"], window.views["metrics"]
    scene_builds = _count(monkeypatch, timeline.canvas, "set_plan")
    chain_refreshes = _count(monkeypatch, chain_view, "refresh_chain")
    window.show_view("risks")
    phase = doc.plan.phases[0]
    chain, step = doc.plan.chains[0], doc.plan.chains[0].steps[0]
    assert doc.apply("move", lambda p: tl.move_phase(p, phase.key, 7))
    assert doc.apply("volume", lambda p: chains.update_step(p, chain.key, step.key,
                                                            annual_volume=step.annual_volume + 1))
    metric, period = doc.plan.metrics[0], doc.plan.commercial.periods[0]
    assert doc.apply("measurement", lambda p: me.set_measurement(p, metric.key, period.key, Decimal(1)))
    doc.undo_stack.undo()  # the measurement back
    assert scene_builds == [] and chain_refreshes == []
    window.show_view("timeline")
    assert len(scene_builds) == 1
    moved = timeline.canvas.items[("phase", phase.key)]
    assert timeline.canvas.plan is doc.plan and moved is not None
    window.show_view("chains")
    assert len(chain_refreshes) == 1
    assert chain_view.plan.chains[0].steps[0].annual_volume == step.annual_volume + 1
    window.show_view("metrics")
    assert metrics.book.plan is doc.plan


def test_a_project_name_edit_leaves_the_timeline_scene_alone(every_view, monkeypatch):
    window = every_view
    window.show_view("timeline")
    timeline = window.views["timeline"]
    scene_builds = _count(monkeypatch, timeline.canvas, "set_plan")
    doc = window.document
    assert doc.apply("name", lambda p: edits.set_project(p, name="Uusi nimi"))
    doc.undo_stack.undo()
    assert scene_builds == []
    window.show_view("overview")
    window.show_view("timeline")
    assert scene_builds == []  # nothing it shows changed: not stale either
    assert doc.apply("move", lambda p: tl.move_phase(p, p.phases[0].key, 7))
    assert len(scene_builds) == 1  # what it shows changed: rebuilt at once while on screen


def test_the_overview_catches_up_with_a_name_changed_elsewhere(every_view):
    window = every_view
    window.show_view("timeline")
    doc = window.document
    assert doc.apply("name", lambda p: edits.set_project(p, name="Toinen nimi"))
    overview = window.views["overview"]
    assert "project" in overview._stale  # noted while hidden
    window.show_view("overview")
    assert not overview._stale


def test_a_money_edit_refills_only_its_period_in_the_commercial_tables(every_view, monkeypatch):
    window = every_view
    window.show_view("commercial")
    view = window.views["commercial"]
    doc = window.document
    columns = _count(monkeypatch, view.results, "_fill_column")
    cells = _count(monkeypatch, view.periods, "_cell")
    period = doc.plan.commercial.periods[1]
    assert doc.apply("cost", lambda p: ce.set_actual_part(p, period.key, "production",
                                                          period.actual.production + 1000))
    assert [args[0] for args in columns] == [1]  # the edited period's column, not the others
    assert {args[0].key for args in cells} == {period.key}
    column = view.results.horizontalHeaderItem(1).text()
    assert column and view.results.value_text("actual_cost", 1) != ""
    doc.undo_stack.undo()
    assert [args[0] for args in columns] == [1, 1]
    assert view.file_settlement == settle_plan(doc.plan)
    fresh = type(view.results)()
    fresh.show_settlement(doc.plan, settle_plan(doc.plan), kpi_scores(doc.plan))
    for row in ("actual_cost", "producer_payment", "kpi"):
        assert [view.results.value_text(row, c) for c in range(fresh.columnCount())] == \
            [fresh.value_text(row, c) for c in range(fresh.columnCount())]
    fresh.deleteLater()


def test_the_timeline_lists_its_warnings_again_only_when_they_change(every_view, monkeypatch):
    window = every_view
    window.show_view("timeline")
    timeline = window.views["timeline"]
    cleared = _count(monkeypatch, timeline.warning_list, "clear")
    doc = window.document
    before = [timeline.warning_list.item(i).text() for i in range(timeline.warning_list.count())]
    task = doc.plan.procurement_tasks[0]
    assert doc.apply("task", lambda p: edits.update_record(p, "procurement_tasks", task.key, notes="muistiin"))
    assert cleared == []  # a task's notes: the same warnings, the list as it was
    assert [timeline.warning_list.item(i).text() for i in range(timeline.warning_list.count())] == before
    far = doc.plan.phases[0]
    assert doc.apply("move", lambda p: tl.move_phase(p, far.key, 3000))
    assert len(cleared) <= 1  # listed again: whole, or only the rows that changed (test_timeline_narrow.py)
    assert [timeline.warning_list.item(i).text() for i in range(timeline.warning_list.count())] == \
        [w.message for w in timeline.found] or not timeline.found


def test_the_scenario_comparison_waits_for_its_tab(window, monkeypatch):
    from alliance_desktop.ui.commercial import WHAT_IF_TAB, whatif

    calls = _count(monkeypatch, whatif.ScenarioPanel, "refresh")
    window.show_view("commercial")  # built now: the sliders filled, the saved scenarios not yet settled
    view = window.views["commercial"]
    assert calls == []
    view.tabs.setCurrentIndex(WHAT_IF_TAB)
    assert len(calls) == 1
    doc = window.document
    assert view.scenarios._settlements[doc.plan.scenarios[0].key] == settle_plan(doc.plan, doc.plan.scenarios[0])
