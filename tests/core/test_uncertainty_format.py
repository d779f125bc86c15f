"""Risk money and estimate ranges in the JSON format and the rules (issue 21)."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

import pytest

from alliance_desktop.core import interchange as ic, model as m, validation as v
from alliance_desktop.core.errors import PlanError
from alliance_desktop.i18n import using
from alliance_desktop.templates import load_template


def uncertain_plan() -> m.Plan:
    plan = load_template("keusote")  # its illustrative ranges and risk money replaced below
    c = plan.commercial
    periods = tuple(replace(p, estimate=m.EstimateRange(D(-8), D("12.5"), "uniform" if i else "triangular"))
                    for i, p in enumerate(c.periods))
    risks = tuple(replace(r, cost=m.RiskCost(D("-100000.50"), D(500000), D(2000000), D(30),
                                             (("p3", D(60)), ("p4", D(40))))) for r in plan.risks)
    return replace(plan, commercial=replace(c, periods=periods), risks=risks)


def test_json_round_trip_keeps_risk_money_and_estimate_ranges():
    plan = uncertain_plan()
    v.validate_plan(plan)
    text = ic.dumps(ic.plan_to_json(plan))
    assert ic.plan_from_text(text) == plan
    obj = json.loads(text)
    assert obj["risks"][0]["cost"] == {"minimum": -100000.5, "most_likely": 500000, "maximum": 2000000,
                                       "probability_percent": 30, "periods": {"p3": 60, "p4": 40}}
    assert obj["commercial"]["periods"][0]["estimate"] == {"low_percent": -8, "high_percent": 12.5,
                                                          "shape": "triangular"}


def test_plans_without_them_write_no_new_fields():
    plan = load_template("keusote")
    c = plan.commercial
    plan = replace(plan, commercial=replace(c, periods=tuple(replace(p, estimate=None) for p in c.periods)),
                   risks=tuple(replace(r, cost=None) for r in plan.risks))
    text = ic.dumps(ic.plan_to_json(plan))
    assert '"estimate"' not in text and '"cost"' not in text
    assert ic.plan_from_text(text) == plan


def _refusal(plan: m.Plan) -> str:
    with pytest.raises(PlanError) as info:
        v.validate_plan(plan)
    return str(info.value)


def with_risk_cost(plan: m.Plan, **changes) -> m.Plan:
    first = plan.risks[0]
    return replace(plan, risks=(replace(first, cost=replace(first.cost, **changes)),) + plan.risks[1:])


@pytest.mark.parametrize("changes, expected", [
    ({"minimum": D(3000000)}, "Riskin ”Tietojenvaihtokartellin riski” vähimmäiskustannus on suurempi kuin "
                              "enimmäiskustannus."),
    ({"most_likely": D(3000000)}, "todennäköisimmän kustannuksen"),
    ({"periods": (("p3", D(50)),)}, "50 %"),
    ({"periods": (("p3", D(50)), ("p3", D(50)))}, "kahdesti"),
    ({"probability_percent": D(101)}, "todennäköisyys"),
    ({"maximum": D("1.005")}, "enimmäiskustannus"),
])
def test_bad_risk_money_is_refused_in_finnish_naming_the_risk(changes, expected):
    with using("fi"):
        message = _refusal(with_risk_cost(uncertain_plan(), **changes))
    assert expected in message
    assert "Tietojenvaihtokartellin riski" in message
    assert "cost." not in message and "risks[" not in message


def test_a_reversed_estimate_range_is_refused():
    plan = uncertain_plan()
    c = plan.commercial
    bad = replace(c.periods[0], estimate=m.EstimateRange(D(5), D(-5)))
    with using("fi"):
        message = _refusal(replace(plan, commercial=replace(c, periods=(bad,) + c.periods[1:])))
    assert "Palvelujakso 1" in message and "arviovälin" in message


@pytest.mark.parametrize("path, value, expected", [
    (("risks", 0, "cost", "maximum"), "abc", "enimmäiskustannus"),
    (("risks", 0, "cost", "periods"), {"p3": -5}, "p3"),
    (("commercial", "periods", 0, "estimate", "shape"), "normal", "normal"),
    (("commercial", "periods", 0, "estimate", "low_percent"), -101, "-100"),
])
def test_bad_json_is_one_message(path, value, expected):
    obj = json.loads(ic.dumps(ic.plan_to_json(uncertain_plan())))
    target = obj
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with using("fi"), pytest.raises(PlanError) as info:
        ic.plan_from_text(json.dumps(obj))
    assert expected in str(info.value)
