"""Edits and typed texts of the uncertainty inputs (issue 21)."""

from decimal import Decimal as D

import pytest

from alliance_desktop.core import model as m, uncertainty, uncertainty_edits as e
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.validation import validate_plan
from alliance_desktop.i18n import using
from alliance_desktop.templates import load_template


def test_typing_a_cost_on_a_risk_without_money_makes_a_fixed_cost_with_the_likelihoods_probability():
    plan = load_template("keusote")
    risk = next(r for r in plan.risks if r.cost is None)
    after = e.set_risk_money(plan, risk.key, "maximum", D(5000))
    cost = next(r for r in after.risks if r.key == risk.key).cost
    assert cost == m.RiskCost(D(5000), D(5000), D(5000), D((2 * risk.likelihood - 1) * 10))
    validate_plan(after)
    assert e.set_risk_money(after, risk.key, "minimum", None) == plan  # empty: no money


def test_a_three_point_cost_out_of_order_is_refused_by_the_rules():
    plan = load_template("keusote")
    key = next(r for r in plan.risks if r.cost is not None).key
    with using("en"), pytest.raises(PlanError, match="minimum"):
        validate_plan(e.set_risk_money(plan, key, "minimum", D(10**9)))


def test_estimate_texts():
    assert e.parse_estimate("−8 … +12") == m.EstimateRange(D(-8), D(12))
    assert e.parse_estimate("-8,5..12 tasainen") == m.EstimateRange(D("-8.5"), D(12), "uniform")
    assert e.parse_estimate("  ") is None
    with pytest.raises(PlanError):
        e.parse_estimate("paljon")


def test_share_texts():
    periods = load_template("keusote").commercial.periods
    assert e.parse_shares("3; 4", periods) == (("p3", D(50)), ("p4", D(50)))
    three = e.parse_shares("1; 2; 3", periods)
    assert sum(s for _k, s in three) == 100
    assert e.parse_shares("3: 60; 4: 40 %", periods) == (("p3", D(60)), ("p4", D(40)))
    assert e.shares_text(m.RiskCost(D(0), D(0), D(0), D(0), (("p3", D(60)), ("p4", D(40)))), periods, str) == \
        "3: 60; 4: 40"
    for bad in ("x", "9", "3: 50; 4"):
        with pytest.raises(PlanError):
            e.parse_shares(bad, periods)


def test_the_demos_carry_illustrative_uncertainty():
    for name in ("keusote", "hyvaks"):
        plan = load_template(name)
        assert uncertainty.has_uncertainty(plan)
        assert "havainnollistav" in plan.project.description + plan.project.notes
