"""Edits of the plan's simple lists: risks, procurement tasks and documents."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop import templates
from alliance_desktop.core import edits
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.interchange import dumps, plan_from_text, plan_to_json
from alliance_desktop.core.validation import validate_plan


@pytest.fixture(scope="module")
def keusote():
    return templates.load_template("keusote")


def test_add_update_and_remove_a_record_in_each_list(keusote):
    plan, risk = edits.add_record(keusote, "risks", "  Henkilöstön saatavuus ", likelihood=4, impact=5)
    assert plan.risks[-1].title == "Henkilöstön saatavuus" and plan.risks[-1].likelihood * plan.risks[-1].impact == 20
    plan, task = edits.add_record(plan, "procurement_tasks", "Markkinakartoitus", stage="definition")
    plan, first = edits.add_record(plan, "documents", "Hankintapäätös")
    plan, doc = edits.add_record(plan, "documents", "Hankintapäätös")  # the same name twice: keys differ
    assert doc != first and len({d.key for d in plan.documents}) == len(plan.documents)
    plan = edits.remove_record(plan, "documents", first)
    plan = edits.update_record(plan, "procurement_tasks", task, done=True, due=dt.date(2026, 3, 3))
    plan = edits.update_record(plan, "documents", doc, status="ready", notes="Allekirjoitettu.")
    validate_plan(plan)
    assert plan_from_text(dumps(plan_to_json(plan))) == plan  # the JSON round trip keeps them
    for section, key in (("risks", risk), ("procurement_tasks", task), ("documents", doc)):
        plan = edits.remove_record(plan, section, key)
    assert plan == keusote


@pytest.mark.parametrize("section, changes", [
    ("risks", {"title": "  "}),
    ("risks", {"likelihood": 6}),
    ("risks", {"status": "forgotten"}),
    ("procurement_tasks", {"stage": "later"}),
    ("documents", {"name": ""}),
    ("documents", {"status": "done"}),
])
def test_refusals_name_the_problem_and_change_nothing(keusote, section, changes):
    key = getattr(keusote, section)[0].key
    with pytest.raises(PlanError):
        edits.update_record(keusote, section, key, **changes)
    with pytest.raises(PlanError):
        edits.update_record(keusote, section, "gone", note="x")
    with pytest.raises(PlanError):
        edits.add_record(keusote, section, " ")


def test_severity_levels_are_those_of_the_report_table():
    from alliance_desktop.core import model as m

    assert [m.severity_level(s) for s in (1, 4, 5, 11, 12, 25)] == ["low", "low", "medium", "medium", "high", "high"]
    assert m.severity(m.Risk("r", "R", likelihood=3, impact=4)) == 12


def test_severe_open_risks_are_counted_for_the_overview(keusote):
    from alliance_desktop.core.summary import summarize

    # keusote: 20 (realised), 16 and 12 (open): two red ones still open
    assert summarize(keusote).severe_open_risk_count == 2
    key = keusote.risks[1].key
    assert summarize(edits.update_record(keusote, "risks", key, status="mitigated")).severe_open_risk_count == 1


def test_risks_sharing_a_matrix_cell_sit_apart_inside_it():
    from alliance_desktop.core import model as m

    risks = [m.Risk(f"r{i}", f"R{i}", likelihood=3, impact=4) for i in range(3)] + [m.Risk("x", "X", likelihood=1, impact=1)]
    places = m.matrix_places(enumerate(risks, 1))
    assert [n for n, *_ in places] == [1, 2, 3, 4]
    shared = [(x, y) for _n, r, x, y in places if r.likelihood == 3]
    assert len(set(shared)) == 3
    assert all(3 <= x < 4 and 2 <= y < 3 for x, y in shared)  # inside the cell of impact 4, likelihood 3
    assert places[-1][2:] == (0.5, 0.5)  # alone: the cell's centre


@pytest.mark.parametrize("section", ["procurement_tasks", "documents"])
def test_a_task_or_document_moves_up_and_down_its_list(keusote, section):
    keys = [x.key for x in getattr(keusote, section)]
    assert len(keys) >= 3
    down = edits.move_record(keusote, section, keys[0], 1)
    assert [x.key for x in getattr(down, section)] == [keys[1], keys[0], *keys[2:]]
    up = edits.move_record(down, section, keys[0], -1)
    assert [x.key for x in getattr(up, section)] == keys
    assert edits.move_record(keusote, section, keys[0], -1) is keusote  # at the top already: nothing changes
    assert edits.move_record(keusote, section, keys[-1], 1) is keusote
    with pytest.raises(PlanError):
        edits.move_record(keusote, section, "nowhere", 1)
