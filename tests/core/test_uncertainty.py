"""The uncertainty simulation (issue 21): exact against the settlement engine, deterministic, sound."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from alliance_desktop.core import model as m, uncertainty as u
from alliance_desktop.core.settlement import Terms, from_cents, settle_period, settle_plan, to_cents
from alliance_desktop.templates import load_template


def demo() -> m.Plan:
    """The Keusote demo without its illustrative ranges and risk money."""
    plan = load_template("keusote")
    periods = tuple(replace(p, estimate=None) for p in plan.commercial.periods)
    return replace(plan, commercial=replace(plan.commercial, periods=periods),
                   risks=tuple(replace(r, cost=None) for r in plan.risks))


def with_uncertainty(plan: m.Plan, low=D(-8), high=D(12), shape="triangular", risk=None) -> m.Plan:
    periods = tuple(replace(p, estimate=m.EstimateRange(low, high, shape)) for p in plan.commercial.periods)
    risks = plan.risks if risk is None else tuple(replace(r, cost=risk) for r in plan.risks)
    return replace(plan, commercial=replace(plan.commercial, periods=periods), risks=risks)


def test_zero_uncertainty_equals_the_settlement_exactly():
    plan = demo()
    assert not u.has_uncertainty(plan)
    result = u.simulate(plan, draws=50, seed=3)
    settled = settle_plan(plan)
    t = settled.totals
    expected = {"actual_cost": t.actual_cost, "buyer_total_cost": t.buyer_total_cost,
                "producer_result": t.producer_result, "staff_bonus": t.staff_bonus}
    for name, value in expected.items():
        stats = result.contract.series(name)
        assert stats.minimum == stats.maximum == stats.mean == value
        assert all(v == value for _q, v in stats.percentiles)
    for outcome, p in zip(result.periods, settled.periods):
        assert outcome.series("buyer_total_cost").p(50) == p.buyer_total_cost
        assert outcome.series("actual_cost").p(90) == p.actual_cost


def test_a_certain_risk_with_a_fixed_cost_shifts_every_draw_by_its_cost():
    base = with_uncertainty(demo())
    cost = m.RiskCost(D("250000.55"), D("250000.55"), D("250000.55"), D(100))
    plan = replace(base, risks=(replace(base.risks[0], cost=cost),))
    without = replace(base, risks=())
    _f, a = u.draw_production(without, 200, 7)
    _f, b = u.draw_production(plan, 200, 7)
    # the range's draws come first, so the same seed draws the same production costs
    for d in range(200):
        assert sum(col[d] for col in b) - sum(col[d] for col in a) == 25_000_055
    ra, rb = u.simulate(without, 200, 7), u.simulate(plan, 200, 7)
    for q in (10, 50, 80, 90):
        assert rb.contract.series("actual_cost").p(q) - ra.contract.series("actual_cost").p(q) == D("250000.55")


def test_a_risk_on_named_periods_falls_on_them_by_their_shares():
    base = demo()
    cost = m.RiskCost(D(1000), D(1000), D(1000), D(100), (("p3", D(30)), ("p4", D(70)), ("p1", D(0))))
    plan = replace(base, risks=(replace(base.risks[0], cost=cost),))
    forecast, columns = u.draw_production(plan, 5, 1)
    assert [p.key for p in forecast] == ["p3", "p4"]
    assert {c[0] - to_cents(p.target.production) for p, c in zip(forecast, columns)} == {30_000, 70_000}


def test_a_closed_risk_does_not_count():
    base = demo()
    cost = m.RiskCost(D(1000), D(1000), D(1000), D(100))
    plan = replace(base, risks=(replace(base.risks[0], cost=cost, status="closed"),))
    assert not u.has_uncertainty(plan)


@pytest.mark.parametrize("kpi_range", [None, (D("0.2"), D("0.9"))])
def test_the_fast_path_agrees_with_the_exact_engine_to_the_cent(kpi_range):
    plan = with_uncertainty(demo(), D(-15), D(15),
                            risk=m.RiskCost(D(-500000), D(300000), D(4000000), D(35)))
    plan = replace(plan, commercial=replace(plan.commercial, producer_pain_cap=D(1500000)))
    draws = 4000
    forecast, columns = u.draw_production(plan, draws, 11)
    rng = random.Random(5)
    for i, period in enumerate(forecast):
        terms = Terms.of(plan.commercial, period)
        if kpi_range is None:
            s = u.period_score(plan, period.key)
            score = (s.numerator, s.denominator)
            scores = [s] * draws
        else:
            score = u._score_draws(random.Random(1).random, draws, kpi_range)
            scores = [Fraction(k, u.SCORE_STEPS) for k in score]
        col = u.settle_column(terms, to_cents(period.target.fee), to_cents(period.target.overhead), columns[i], score,
                              flags=True)
        assert col.overruns and col.capped and col.overruns + col.capped < draws  # every branch is met
        for d in rng.sample(range(draws), 1000):
            exact = settle_period(plan.commercial, period, scores[d], actual=m.ActualCost(
                overhead=period.target.overhead, production=from_cents(columns[i][d])))
            got = [from_cents(getattr(col, k)[d]) for k in u.SERIES]
            assert got == [exact.actual_cost, exact.buyer_total_cost, exact.producer_result, exact.staff_bonus]
            assert col.overrun_flags[d] == (exact.overrun > 0)
            assert col.capped_flags[d] == exact.gain_cap_binding


def test_the_same_seed_gives_byte_identical_json_and_another_seed_other_draws():
    plan = with_uncertainty(demo(), risk=m.RiskCost(D(100000), D(500000), D(2000000), D(30)))
    a = u.result_json_text(u.simulate(plan, 2000, 42), u.tornado(plan, 500, 42))
    b = u.result_json_text(u.simulate(plan, 2000, 42), u.tornado(plan, 500, 42))
    assert a == b
    assert '"seed": 42' in a
    assert u.result_json_text(u.simulate(plan, 2000, 43)) != u.result_json_text(u.simulate(plan, 2000, 42))


def _one_period(low, high, shape) -> tuple[m.Plan, int]:
    plan = demo()
    p3 = next(p for p in plan.commercial.periods if p.key == "p3")
    periods = (replace(p3, estimate=m.EstimateRange(D(low), D(high), shape)),)
    return replace(plan, commercial=replace(plan.commercial, periods=periods), risks=()), to_cents(p3.target.production)


def test_uniform_percentiles_match_the_closed_form():
    plan, production = _one_period(-10, 20, "uniform")
    result = u.simulate(plan, 20000, 9)
    fee_overhead = to_cents(plan.commercial.periods[0].target.fee + plan.commercial.periods[0].target.overhead)
    for q in (10, 50, 80, 90):
        expected = fee_overhead + production * (1 + (-10 + 30 * q / 100) / 100)
        got = to_cents(result.contract.series("actual_cost").p(q))
        assert abs(got - expected) < production * 0.30 * 0.015  # 1.5 % of the range: 4 standard errors


def test_triangular_percentiles_match_the_closed_form():
    plan, production = _one_period(-8, 12, "triangular")
    result = u.simulate(plan, 20000, 9)
    fee_overhead = to_cents(plan.commercial.periods[0].target.fee + plan.commercial.periods[0].target.overhead)
    a, c, b = -8, 0, 12
    for q in (10, 50, 80, 90):
        f = q / 100
        x = a + ((b - a) * (c - a) * f) ** 0.5 if f < (c - a) / (b - a) else b - ((b - a) * (b - c) * (1 - f)) ** 0.5
        expected = fee_overhead + production * (1 + x / 100)
        got = to_cents(result.contract.series("actual_cost").p(q))
        assert abs(got - expected) < production * 0.20 * 0.02


def test_contingency_and_probabilities():
    plan = with_uncertainty(demo(), D(0), D(30), "uniform")
    result = u.simulate(plan, 3000, 2)
    for o in result.periods:
        if o.simulated:
            assert o.p_overrun > 0.9 and o.p_gain_cap == 0
            assert o.contingency_p80 >= o.contingency_p50 > 0
            assert o.contingency_p50 == o.series("actual_cost").p(50) - o.target_cost
    assert result.contract.p_overrun == 1.0  # period 2 was over its target on its actuals


def test_the_tornado_moves_each_parameter_and_more_producer_share_raises_its_result():
    plan = with_uncertainty(demo(), D(-20), D(5), risk=m.RiskCost(D(0), D(100000), D(500000), D(20)))
    t = u.tornado(plan, 1000, 4)
    names = [b.parameter for b in t.bars]
    assert names == ["gain_cap", "gain_producer", "gain_staff", "gain_pool", "pain_producer", "pain_cap"]
    bar = t.bars[1]
    assert (bar.low_value, bar.base_value, bar.high_value) == (D(25), D(30), D(35))
    assert bar.producer_p50[0] < t.producer_p50 < bar.producer_p50[1]
    assert bar.buyer_p50[0] < t.buyer_p50 < bar.buyer_p50[1]
    assert u.simulate(plan, 1000, 4).contract.series("buyer_total_cost").p(50) == t.buyer_p50


def test_bad_parameters_are_refused():
    with pytest.raises(ValueError):
        u.simulate(demo(), draws=0)
    with pytest.raises(ValueError):
        u.simulate(demo(), kpi_range=(D("0.5"), D("1.5")))


def test_cancel_stops_the_simulation():
    plan = with_uncertainty(demo())
    with pytest.raises(u.Cancelled):
        u.simulate(plan, 1000, progress=lambda f: f < 0.5)


money = st.integers(min_value=-200_000, max_value=3_000_000)


@settings(max_examples=25, deadline=None)
@given(a=money, b=money, c=money, prob=st.integers(0, 100), low=st.integers(-30, 0), high=st.integers(0, 40),
       raise_by=st.integers(1, 1_000_000), seed=st.integers(0, 2**32))
def test_properties(a, b, c, prob, low, high, raise_by, seed):
    lo, mode, hi = sorted((a, b, c))
    base = demo()
    cost = m.RiskCost(D(lo), D(mode), D(hi), D(prob), (("p3", D(100)),))
    plan = with_uncertainty(base, D(low), D(high))
    plan = replace(plan, risks=(replace(base.risks[0], cost=cost),))
    r = u.simulate(plan, 300, seed)
    for o in (*r.periods, r.contract):
        for name in u.SERIES:
            s = o.series(name)
            assert s.minimum <= s.p(10) <= s.p(50) <= s.p(80) <= s.p(90) <= s.maximum
        assert 0 <= o.p_overrun <= 1 and 0 <= o.p_gain_cap <= 1
    raised = replace(plan, risks=(replace(plan.risks[0], cost=replace(
        cost, minimum=D(lo + raise_by), most_likely=D(mode + raise_by), maximum=D(hi + raise_by))),))
    r2 = u.simulate(raised, 300, seed)
    assert r2.contract.series("buyer_total_cost").p(80) >= r.contract.series("buyer_total_cost").p(80)


def test_a_forecast_period_is_simulated_with_its_own_or_the_last_measured_score():
    """period_score: a period's own score when it is measured, else the last measured period's before it,
    else 0; a key not among the periods gets the last measured score (the scores carried in one pass)."""
    from alliance_desktop.core.scoring import kpi_scores

    plan = load_template("keusote")
    scores = kpi_scores(plan)
    measured = [p.key for p in plan.commercial.periods
                if any(ms.counts and ms.value is not None for ms in scores[p.key].metric_scores)]
    assert measured and len(measured) < len(plan.commercial.periods)  # the demo has both kinds
    last = Fraction(0)
    for p in plan.commercial.periods:
        if p.key in measured:
            last = scores[p.key].exact
        assert u.period_score(plan, p.key) == last, p.key
    assert u.period_score(plan, "no-such-period") == scores[measured[-1]].exact
    unmeasured = replace(plan, metrics=tuple(replace(x, measurements=()) for x in plan.metrics))
    assert {u.period_score(unmeasured, p.key) for p in plan.commercial.periods} == {Fraction(0)}
