"""A scenario's settlement takes the plan's own totals and only adds and takes off the periods it overrides
(issue 16: 128 scenarios × 256 periods summed at 64x). It must be the plain settlement to the digit: the
same Decimals (exponents too, so compared by repr), totals and actual totals, on the demos, on a generated
4x plan and on random scenarios (actuals that make forecasts actual and back, cut to cents or not, KPI
scores, periods not overridden)."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import templates
from alliance_desktop.core import model as m
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import Settlement, Totals, settle_plan

REPO = Path(__file__).resolve().parents[2]


def plain(plan: m.Plan, scenario: m.Scenario) -> Settlement:
    """The scenario's settlement summed period by period, as before."""
    return Settlement.of(settle_plan(plan, scenario).periods, scenario.key)


def _scaled(factor: int) -> m.Plan:
    spec = importlib.util.spec_from_file_location("plangen", REPO / "benchmarks" / "plangen.py")
    plangen = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("plangen", plangen)
    spec.loader.exec_module(plangen)
    from alliance_desktop.core.interchange import plan_from_text

    return plan_from_text(plangen.plan_text(factor))


@pytest.mark.parametrize("name", ["keusote", "hyvaks"])
def test_demo_scenarios_settle_as_summed_period_by_period(name):
    plan = templates.load_template(name)
    assert plan.scenarios
    for scenario in plan.scenarios:
        assert repr(settle_plan(plan, scenario)) == repr(plain(plan, scenario)), scenario.key


def test_generated_plan_scenarios_settle_as_summed_period_by_period():
    plan = _scaled(4)
    assert len(plan.scenarios) >= 8
    scores = kpi_scores(plan)
    for scenario in plan.scenarios:
        fast = settle_plan(plan, scenario, scores)
        assert repr(fast) == repr(plain(plan, scenario)), scenario.key
        assert fast.totals == Totals.of(fast.periods)


amounts = st.decimals(min_value=0, max_value=Decimal("9999999999999.999"), places=3)
actuals = st.one_of(
    st.none(),
    st.builds(m.ActualCost, st.one_of(st.none(), amounts), st.one_of(st.none(), amounts),
              st.one_of(st.none(), amounts)).filter(lambda a: any(v is not None for v in dataclasses.astuple(a))))
scores = st.one_of(st.none(), st.decimals(min_value=0, max_value=1, places=4))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_random_scenarios_settle_as_summed_period_by_period(data):
    plan = templates.load_template(data.draw(st.sampled_from(["keusote", "hyvaks"])))
    periods = plan.commercial.periods
    chosen = data.draw(st.lists(st.sampled_from([p.key for p in periods]), unique=True, max_size=len(periods)))
    entries = tuple(m.ScenarioPeriod(key, data.draw(actuals), data.draw(scores)) for key in chosen)
    scenario = m.Scenario("s_random", "Satunnainen", periods=entries)
    plan = dataclasses.replace(plan, scenarios=plan.scenarios + (scenario,))
    fast = settle_plan(plan, scenario)
    assert repr(fast) == repr(plain(plan, scenario))
    # a what-if (not saved in the plan) goes the same way
    what_if = m.Scenario("", "", periods=entries)
    assert repr(settle_plan(plan, what_if)) == repr(plain(plan, what_if))


def test_a_plan_whose_periods_all_turn_forecast_has_empty_actual_totals():
    """Every actual period made a forecast by the scenario (overhead not entered): the actual totals are the
    empty ones (Decimal 0, not 0.00), as summed from nothing."""
    plan = templates.load_template("keusote")
    entries = tuple(m.ScenarioPeriod(p.key, m.ActualCost(fee=Decimal(1))) for p in plan.commercial.periods)
    scenario = m.Scenario("s_none", "Ei toteumia", periods=entries)
    plan = dataclasses.replace(plan, scenarios=plan.scenarios + (scenario,))
    fast = settle_plan(plan, scenario)
    assert fast.actual_totals == Totals() and repr(fast.actual_totals) == repr(Totals())
    assert repr(fast) == repr(plain(plan, scenario))
