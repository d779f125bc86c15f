"""validate_plan checks a group of cross-references again only when one of its sections is another object
(issue 16: at 64x every timeline edit checked 49 000 measurements' periods again); a broken reference in a
changed section is refused as before, whichever sections passed earlier."""

from __future__ import annotations

import dataclasses

import pytest

from alliance_desktop import templates
from alliance_desktop.core import timeline as tl
from alliance_desktop.core import validation
from alliance_desktop.core.errors import PlanError


@pytest.fixture
def plan():
    return templates.load_template("keusote")


def test_a_timeline_edit_does_not_check_the_metrics_periods_again(plan, monkeypatch):
    validation.validate_plan(plan)
    calls = []
    original = validation._check_metric_periods
    monkeypatch.setattr(validation, "_check_metric_periods", lambda *a: calls.append(a) or original(*a))
    edited = tl.move_phase(plan, plan.phases[0].key, 7)
    validation.validate_plan(edited)
    assert calls == []
    other_metrics = dataclasses.replace(edited, metrics=edited.metrics[::-1])
    validation.validate_plan(other_metrics)
    assert len(calls) == 1


def test_broken_references_are_refused_after_the_sections_passed(plan):
    validation.validate_plan(plan)
    child = next(p for p in plan.phases if p.parent)
    orphan = dataclasses.replace(plan, phases=tuple(dataclasses.replace(p, parent="nowhere") if p is child else p
                                                    for p in plan.phases))
    with pytest.raises(PlanError) as refused:
        validation.validate_plan(orphan)
    assert refused.value.field.endswith(".parent")
    # the same metrics against fewer periods: the metrics passed before, but not against these periods
    measured = {k for x in plan.metrics for k, _v in x.measurements}
    fewer = tuple(p for p in plan.commercial.periods if p.key not in measured)
    short = dataclasses.replace(plan, commercial=dataclasses.replace(plan.commercial, periods=fewer))
    with pytest.raises(PlanError) as refused:
        validation._check_references(short)
    assert refused.value.field.startswith("metrics[")
    # one metric changed to measure a period that is not in the plan: only it is checked, and refused
    metric = plan.metrics[0]
    wrong = dataclasses.replace(metric, measurements=metric.measurements + (("no_such_period", 1),))
    bad = dataclasses.replace(plan, metrics=(wrong,) + plan.metrics[1:])
    with pytest.raises(PlanError) as refused:
        validation.validate_plan(bad)
    assert refused.value.field == "metrics[0].measurements"
    validation.validate_plan(plan)  # and the good plan still passes


def test_a_measurement_edit_checks_only_the_metric_it_replaced(plan, monkeypatch):
    from alliance_desktop.core import metrics_edits as me

    validation.validate_plan(plan)
    checked = []
    original = validation._Checker.__init__

    def spy(self, where, record, code):
        checked.append(code)
        original(self, where, record, code)

    monkeypatch.setattr(validation._Checker, "__init__", spy)
    metric, period = plan.metrics[1], plan.commercial.periods[0]
    edited = me.set_measurement(plan, metric.key, period.key, 55)
    validation.validate_plan(edited)
    assert [c for c in checked if c.startswith("metrics[") and c.count("[") == 1] == ["metrics[1]"]
    # a bad value in a changed metric is still refused, naming it as before
    bad = dataclasses.replace(edited.metrics[1], measurements=((period.key, "not a number"),))
    with pytest.raises(PlanError) as refused:
        validation.validate_plan(dataclasses.replace(edited, metrics=(edited.metrics[0], bad) + edited.metrics[2:]))
    assert refused.value.field == "metrics[1].measurements"


def test_a_periods_money_edit_checks_no_metric_against_the_periods_again(plan):
    validation.validate_plan(plan)
    period = plan.commercial.periods[0]
    money = dataclasses.replace(period, target=dataclasses.replace(period.target, production=period.target.production + 1))
    edited = dataclasses.replace(plan, commercial=dataclasses.replace(
        plan.commercial, periods=(money,) + plan.commercial.periods[1:]))
    checked = validation._checked["metric periods"]
    validation.validate_plan(edited)
    assert validation._checked["metric periods"] == checked  # the periods' keys and names are the same
    renamed = dataclasses.replace(period, name="Uusi nimi")  # a message names the period: checked again
    other = dataclasses.replace(plan, commercial=dataclasses.replace(
        plan.commercial, periods=(renamed,) + plan.commercial.periods[1:]))
    validation.validate_plan(other)
    assert validation._checked["metric periods"] == checked + len(plan.metrics)
