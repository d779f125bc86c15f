"""The settlement engine: hand-worked examples, properties, JSON, and the `settle` command."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import json
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n
from alliance_desktop.core import model as m
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.interchange import dumps, plan_to_json
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import (
    PeriodResult,
    json_text,
    settle_period,
    settle_plan,
    settlement_json_text,
    settlement_to_json,
)
from alliance_desktop.commands.settle import run_settle

D = Decimal


@pytest.fixture
def english(_language):
    i18n.set_language("en")
    yield


def period(key="p1", target=(1_200_000, 800_000, 18_000_000), actual=(None, 800_000, 16_800_000),
           start=dt.date(2027, 1, 1), end=dt.date(2028, 12, 31), name="") -> m.ServicePeriod:
    fee, overhead, production = actual
    return m.ServicePeriod(
        key, name or key.upper(), start, end,
        m.CostParts(*(D(x) for x in target)),
        m.ActualCost(None if fee is None else D(fee), D(overhead), D(production)),
    )


COMMERCIAL = m.Commercial()  # cap 5 %, shares 50/30/5/15, pool all to the producer, pain 50/50 capped at the fee


def kpi_metrics_44_75(period_key: str = "p1") -> tuple[m.Metric, ...]:
    """Three metrics whose weighted score is exactly 44/75 = 0.58666…:

    waiting days (lower is better) 120 → 90, measured 100:   (100−120)/(90−120) = 2/3, weight 40
    satisfaction (higher is better) 3.5 → 4.5, measured 4.0:  0.5,                  weight 30
    corrective procedures % (lower) 10 → 4, measured 6.6:     3.4/6 = 17/30,        weight 30
    (40·2/3 + 30·1/2 + 30·17/30) / 100 = (80 + 45 + 51)/300 = 176/300 = 44/75.
    """
    return (
        m.Metric("wait", "Waiting days", direction="lower_is_better",
                 calibrations=(m.Calibration(period_key, D(40), D(120), D(90)),),
                 measurements=((period_key, D(100)),)),
        m.Metric("sat", "Satisfaction", direction="higher_is_better",
                 calibrations=(m.Calibration(period_key, D(30), D("3.5"), D("4.5")),),
                 measurements=((period_key, D("4.0")),)),
        m.Metric("fix", "Corrective procedures", direction="lower_is_better",
                 calibrations=(m.Calibration(period_key, D(30), D(10), D(4)),),
                 measurements=((period_key, D("6.6")),)),
    )


# ---------------------------------------------------------------- the worked example


def test_worked_example_from_metrics_pays_88000():
    """The issue's example: target 20 M, actual 18.8 M, cap 5 %, 50/30/5/15, pool to the producer.

    The issue quotes "KPI score 0.586667" with pool paid 88 000 and buyer total 19 238 000.
    150 000 × 0.586667 = 88 000.05, so 0.586667 must be the 6-decimal display of an exact score:
    44/75 = 0.586666… gives exactly 150 000 × 44/75 = 88 000. Scores from the metrics are exact
    fractions, so the metrics path reproduces the issue's numbers to the cent.
    """
    plan = m.Plan(project=m.Project(name="Example"), metrics=kpi_metrics_44_75(),
                  commercial=dataclasses.replace(COMMERCIAL, periods=(period(),)))
    score = kpi_scores(plan)["p1"]
    assert score.exact == Fraction(44, 75)
    assert score.warnings == ()
    r = settle_plan(plan).periods[0]
    assert r.target_cost == D("20000000")
    assert r.actual_cost == D("18800000")
    assert r.deviation == D("1200000")
    assert r.shared_underrun == D("1000000")
    assert r.excess_to_buyer == D("200000")
    assert r.gain.buyer == D("500000")
    assert r.gain.producer == D("300000")
    assert r.gain.staff == D("50000")
    assert r.gain.effectiveness_pool == D("150000")
    assert r.effectiveness_bonus_paid == D("88000.00")
    assert r.effectiveness_bonus_unpaid == D("62000.00")
    assert r.effectiveness_bonus_producer == D("88000") and r.effectiveness_bonus_staff == 0
    assert r.overrun == 0 and r.sanction.producer == 0 and r.sanction.buyer == 0
    assert r.producer_payment == D("18388000")  # 1.2 M + 16.8 M + 300 000 + 88 000
    assert r.staff_bonus == D("50000")
    assert r.buyer_total_cost == D("19238000")  # 800 000 + 18 388 000 + 50 000
    assert r.kpi_source == "metrics"
    assert settlement_to_json(settle_plan(plan))["periods"][0]["kpi_score"] == D("0.586667")


def test_worked_example_direct_score_is_taken_literally():
    """A typed score of 0.586667 is used as given: 150 000 × 0.586667 = 88 000.05 (half up to cents)."""
    r = settle_period(COMMERCIAL, period(), D("0.586667"))
    assert r.effectiveness_bonus_paid == D("88000.05")
    assert r.effectiveness_bonus_unpaid == D("61999.95")
    assert r.producer_payment == D("18388000.05")
    assert r.buyer_total_cost == D("19238000.05")
    # the exact fraction through the direct path agrees with the metrics path
    exact = settle_period(COMMERCIAL, period(), Fraction(44, 75))
    assert exact.effectiveness_bonus_paid == D("88000") and exact.buyer_total_cost == D("19238000")
    # a float is read by its shortest text, like the Decimal
    assert settle_period(COMMERCIAL, period(), 0.586667) == r


def test_under_run_within_the_cap():
    r = settle_period(COMMERCIAL, period(actual=(None, 800_000, 17_500_000)), D("0.5"))
    assert r.deviation == D("500000") and r.shared_underrun == D("500000") and r.excess_to_buyer == 0
    assert (r.gain.buyer, r.gain.producer, r.gain.staff, r.gain.effectiveness_pool) == (
        D(250000), D(150000), D(25000), D(75000))
    assert r.effectiveness_bonus_paid == D("37500") and r.effectiveness_bonus_unpaid == D("37500")
    assert not r.gain_cap_binding


def test_over_run_below_the_producers_cap():
    r = settle_period(COMMERCIAL, period(actual=(None, 800_000, 19_000_000)), D(1))
    assert r.deviation == D("-1000000") and r.overrun == D("1000000")
    assert r.sanction.producer == D("500000") and r.sanction.buyer == D("500000")
    assert not r.pain_cap_binding
    assert r.shared_underrun == 0 and r.gain.total == 0 and r.effectiveness_bonus_paid == 0
    assert r.producer_payment == D("19700000")  # 1.2 M + 19 M − 0.5 M
    assert r.staff_bonus == 0
    assert r.buyer_total_cost == D("20500000")


def test_over_run_capped_at_the_fee():
    r = settle_period(COMMERCIAL, period(actual=(None, 800_000, 22_000_000)), D(1))
    assert r.overrun == D("4000000")
    assert r.producer_sanction_uncapped == D("2000000")
    assert r.producer_sanction_cap == D("1200000")
    assert r.sanction.producer == D("1200000") and r.sanction.buyer == D("2800000")
    assert r.pain_cap_binding
    assert r.producer_payment == D("22000000")
    assert r.buyer_total_cost == D("22800000")


def test_over_run_cap_is_the_target_fee_even_when_the_actual_fee_differs():
    r = settle_period(COMMERCIAL, period(actual=(1_000_000, 800_000, 22_000_000)), 0)
    assert r.sanction.producer == D("1200000")  # that period's *target* fee
    assert r.producer_payment == D("1000000") + D("22000000") - D("1200000")


def test_over_run_with_an_amount_cap_and_without_a_cap():
    capped = dataclasses.replace(COMMERCIAL, producer_pain_cap=D("300000"))
    r = settle_period(capped, period(actual=(None, 800_000, 19_000_000)), 0)
    assert r.sanction.producer == D("300000") and r.sanction.buyer == D("700000")
    unlimited = dataclasses.replace(COMMERCIAL, producer_pain_cap=None)
    r = settle_period(unlimited, period(actual=(None, 800_000, 22_000_000)), 0)
    assert r.producer_sanction_cap is None
    assert r.sanction.producer == D("2000000") and r.sanction.buyer == D("2000000")


def test_exactly_on_target():
    r = settle_period(COMMERCIAL, period(actual=(None, 800_000, 18_000_000)), D(1))
    assert r.deviation == 0 and r.outcome == "on_target"
    for value in (r.shared_underrun, r.excess_to_buyer, r.gain.total, r.effectiveness_bonus_paid,
                  r.effectiveness_bonus_unpaid, r.overrun, r.sanction.total, r.staff_bonus):
        assert value == 0
    assert r.producer_payment == D("19200000")
    assert r.buyer_total_cost == r.target_cost == D("20000000")
    assert r.warnings == ()


def test_rounding_goes_to_the_buyer_and_splits_add_up():
    """Five cents saved with 50/30/5/15: producer 1.5 → 2, staff 0.25 → 0, pool 0.75 → 1, buyer the rest, 2."""
    p = period(target=(0, 0, 100), actual=(None, 0, "99.95"))
    commercial = dataclasses.replace(COMMERCIAL, effectiveness_pool_split_percent=(("producer", D(50)),
                                                                                  ("staff", D(50))))
    r = settle_period(commercial, p, D(1))
    assert r.shared_underrun == D("0.05")
    assert (r.gain.buyer, r.gain.producer, r.gain.staff, r.gain.effectiveness_pool) == (
        D("0.02"), D("0.02"), D("0.00"), D("0.01"))
    assert r.effectiveness_bonus_paid == D("0.01")
    assert r.effectiveness_bonus_producer == D("0.01") and r.effectiveness_bonus_staff == 0  # 0.005 → 0.01


def test_cost_parts_are_rounded_to_cents_first():
    p = period(target=(0, 0, "100.004"), actual=(None, 0, "99.995"))
    r = settle_period(COMMERCIAL, p, 0)
    assert r.target_cost == D("100.00") and r.actual_cost == D("100.00") and r.deviation == 0


def test_kpi_score_must_be_between_0_and_1():
    with pytest.raises(PlanError):
        settle_period(COMMERCIAL, period(), D("1.01"))
    with pytest.raises(PlanError):
        settle_period(COMMERCIAL, period(), -1)
    with pytest.raises(PlanError):
        settle_period(COMMERCIAL, period(), "abc")


def test_period_without_actuals_settles_at_target_and_warns(english):
    future = dataclasses.replace(period(), actual=None)
    r = settle_period(COMMERCIAL, future, 0)
    assert r.warnings == ("Period “P1” has no actual costs yet: it is a forecast at its target cost.",)
    assert r.status == "forecast" and r.is_forecast and not r.incomplete
    assert r.actual_cost == r.target_cost == D(20_000_000) and r.deviation == 0
    assert r.buyer_total_cost == D(20_000_000) and r.producer_payment == D(19_200_000) and r.staff_bonus == 0
    # an override never warns: the user typed it
    r = settle_period(COMMERCIAL, future, 0, actual=m.ActualCost(None, D(1), D(2)))
    assert r.warnings == () and r.actual_overridden and r.status == "actual"


# ---------------------------------------------------------------- four periods with a recalibration


def four_period_plan() -> m.Plan:
    """Service phase 2 + 2 + 3 + 3 years; metrics recalibrated from P3 and one dropped (weight 0) from P4.

    wait (lower better): P1–P2 w1 120→90; from P3 w2 100→70. Measured 105, 90, 91, 70 → 0.5, 1, 0.3, 1
    sat (higher better): P1–P3 w1 3→4; from P4 w0.             Measured 3.5, 3.2, 4.4, 2 → 0.5, 0.2, 1, (n/a)
    Scores: P1 (0.5+0.5)/2 = 0.5; P2 (1+0.2)/2 = 0.6; P3 (2·0.3+1)/3 = 8/15; P4 2·1/2 = 1.
    """
    periods = (
        period("p1", (1_200_000, 800_000, 18_000_000), (None, 800_000, 17_600_000),
               dt.date(2027, 1, 1), dt.date(2028, 12, 31)),
        period("p2", (1_200_000, 800_000, 18_000_000), (None, 800_000, 18_500_000),
               dt.date(2029, 1, 1), dt.date(2030, 12, 31)),
        period("p3", (1_800_000, 1_200_000, 27_000_000), (1_800_000, 1_150_000, 25_000_000),
               dt.date(2031, 1, 1), dt.date(2033, 12, 31)),
        period("p4", (1_800_000, 1_200_000, 27_000_000), (None, 1_200_000, 32_000_000),
               dt.date(2034, 1, 1), dt.date(2036, 12, 31)),
    )
    metrics = (
        m.Metric("wait", "Waiting days", direction="lower_is_better",
                 calibrations=(m.Calibration("p1", D(1), D(120), D(90)), m.Calibration("p3", D(2), D(100), D(70))),
                 measurements=(("p1", D(105)), ("p2", D(90)), ("p3", D(91)), ("p4", D(70)))),
        m.Metric("sat", "Satisfaction", direction="higher_is_better",
                 calibrations=(m.Calibration("p1", D(1), D(3), D(4)), m.Calibration("p4", D(0), D(3), D(4))),
                 measurements=(("p1", D("3.5")), ("p2", D("3.2")), ("p3", D("4.4")), ("p4", D(2)))),
    )
    commercial = dataclasses.replace(COMMERCIAL, periods=periods,
                                     effectiveness_pool_split_percent=(("producer", D(80)), ("staff", D(20))))
    return m.Plan(project=m.Project(name="Four periods"), metrics=metrics, commercial=commercial)


def test_four_periods_with_recalibration():
    plan = four_period_plan()
    scores = kpi_scores(plan)
    assert [scores[k].exact for k in ("p1", "p2", "p3", "p4")] == [
        Fraction(1, 2), Fraction(3, 5), Fraction(8, 15), Fraction(1)]
    s = settle_plan(plan)
    p1, p2, p3, p4 = s.periods
    # P1: D 400 000 < cap 1 M; pool 60 000 × 0.5 = 30 000 → producer 24 000, staff 6 000
    assert p1.shared_underrun == D(400000) and p1.excess_to_buyer == 0
    assert p1.gain == dataclasses.replace(p1.gain, buyer=D(200000), producer=D(120000), staff=D(20000),
                                          effectiveness_pool=D(60000))
    assert p1.effectiveness_bonus_paid == D(30000) and p1.effectiveness_bonus_unpaid == D(30000)
    assert (p1.effectiveness_bonus_producer, p1.effectiveness_bonus_staff) == (D(24000), D(6000))
    assert p1.producer_payment == D(18944000) and p1.staff_bonus == D(26000)
    assert p1.buyer_total_cost == D(19770000)
    # P2: over-run 500 000, half each, below the fee
    assert p2.overrun == D(500000) and p2.sanction.producer == D(250000) and p2.sanction.buyer == D(250000)
    assert p2.producer_payment == D(19450000) and p2.buyer_total_cost == D(20250000)
    # P3: target 30 M, actual 27.95 M: D 2.05 M, cap 1.5 M, excess 550 000; pool 225 000 × 8/15 = 120 000
    assert p3.shared_underrun == D(1500000) and p3.excess_to_buyer == D(550000)
    assert p3.gain.buyer == D(750000) and p3.gain.producer == D(450000) and p3.gain.staff == D(75000)
    assert p3.effectiveness_bonus_paid == D(120000) and p3.effectiveness_bonus_unpaid == D(105000)
    assert p3.producer_payment == D(27346000) and p3.staff_bonus == D(99000)
    assert p3.buyer_total_cost == D(28595000)
    # P4: over-run 5 M, producer's half 2.5 M capped at its fee 1.8 M
    assert p4.overrun == D(5000000) and p4.sanction.producer == D(1800000) and p4.sanction.buyer == D(3200000)
    assert p4.producer_payment == D(32000000) and p4.buyer_total_cost == D(33200000)
    t = s.totals
    assert t.target_cost == D(100000000) and t.actual_cost == D(103050000) and t.deviation == D(-3050000)
    assert t.producer_payment == D(97740000) and t.staff_bonus == D(125000)
    assert t.buyer_total_cost == D(101815000)
    assert t.effectiveness_bonus_paid == D(150000)
    assert t.shared_underrun == D(1900000) and t.excess_to_buyer == D(550000) and t.overrun == D(5500000)
    assert s.warnings == ()


def test_scenario_overrides_actuals_and_kpi_per_period():
    plan = four_period_plan()
    scenario = m.Scenario("good", "Good years", periods=(
        m.ScenarioPeriod("p2", kpi_score=D(1), actual=m.ActualCost(None, D(800000), D(17000000))),
        m.ScenarioPeriod("p4", actual=m.ActualCost(None, D(1200000), D(27000000))),
        m.ScenarioPeriod("gone", kpi_score=D(1)),  # a period the plan no longer has: ignored
    ))
    plan = dataclasses.replace(plan, scenarios=(scenario,))
    base = settle_plan(plan)
    s = settle_plan(plan, "good")
    assert s.scenario == "good"
    assert s.periods[0] == base.periods[0] and s.periods[2] == base.periods[2]
    p2 = s.period("p2")
    assert p2.kpi_source == "scenario" and p2.actual_overridden
    # D = 1 M = cap → all shared, pool 150 000 fully paid: producer 120 000, staff 30 000
    assert p2.shared_underrun == D(1000000) and p2.effectiveness_bonus_paid == D(150000)
    p4 = s.period("p4")
    assert p4.deviation == 0 and p4.kpi_source == "metrics"
    with pytest.raises(PlanError):
        settle_plan(plan, "missing")


def test_json_shape_is_exact():
    s = settle_plan(four_period_plan())
    obj = settlement_to_json(s)
    assert list(obj) == ["periods", "totals", "actual_totals"]
    assert list(obj["periods"][0]) == [
        "key", "status", "target_cost", "actual_cost", "deviation", "kpi_score", "shared_underrun", "excess_to_buyer",
        "gain", "effectiveness_bonus_paid", "effectiveness_bonus_unpaid", "overrun", "sanction",
        "producer_payment", "staff_bonus", "buyer_total_cost", "warnings"]
    assert list(obj["periods"][0]["gain"]) == ["buyer", "producer", "staff", "effectiveness_pool"]
    assert list(obj["periods"][0]["sanction"]) == ["producer", "buyer"]
    for totals in ("totals", "actual_totals"):
        assert set(obj[totals]) == {"periods", "target_cost", "actual_cost", "deviation", "producer_payment",
                                    "staff_bonus", "buyer_total_cost", "effectiveness_bonus_paid",
                                    "effectiveness_bonus_unpaid", "shared_underrun", "excess_to_buyer", "overrun",
                                    "gain", "sanction"}
    assert obj["periods"][2]["kpi_score"] == D("0.533333")
    assert obj["periods"][0]["buyer_total_cost"] == 19770000 and type(obj["periods"][0]["buyer_total_cost"]) is int
    assert obj["totals"]["deviation"] == -3050000
    assert obj["totals"]["periods"] == obj["actual_totals"]["periods"] == ["p1", "p2", "p3", "p4"]
    assert [p["status"] for p in obj["periods"]] == ["actual"] * 4


def test_json_money_is_exact_decimal_text():
    """Money is written from its Decimal digits, never through float (issue 15, item 5)."""
    r = settle_plan(m.Plan(project=m.Project(name="x"), commercial=dataclasses.replace(
        COMMERCIAL, periods=(period(actual=(None, 800_000, "16800000.10")),))), None)
    obj = settlement_to_json(r)
    assert obj["periods"][0]["actual_cost"] == D("18800000.10")
    text = settlement_json_text(r)
    assert '"actual_cost": 18800000.10,' in text
    with pytest.raises(TypeError):
        json_text({"x": 0.1})


def test_json_money_is_exact_at_ten_to_the_thirteen():
    """Float JSON printed the wrong cent from about 7·10¹³ €; Decimal text is exact at any size."""
    big = D("9999999999999.99")  # the largest per-part amount, a cent under 10¹³ €
    p = period(target=(big, big, big), actual=(big, big, D("9999999999999.98")))
    r = settle_plan(m.Plan(project=m.Project(name="x"), commercial=dataclasses.replace(COMMERCIAL, periods=(p,))))
    obj = json.loads(settlement_json_text(r), parse_float=D)
    assert obj["periods"][0]["target_cost"] == D("29999999999999.97")
    assert obj["periods"][0]["actual_cost"] == D("29999999999999.96")
    assert obj["periods"][0]["deviation"] == D("0.01")
    assert obj["periods"][0]["buyer_total_cost"] == r.periods[0].buyer_total_cost


# ---------------------------------------------------------------- properties

cents = st.integers(min_value=0, max_value=10**11).map(lambda c: Decimal(c).scaleb(-2))  # up to a billion euros


@st.composite
def shares(draw, names: tuple[str, ...]) -> tuple[tuple[str, Decimal], ...]:
    """Non-negative percentages with one decimal that add up to exactly 100."""
    cuts = sorted(draw(st.lists(st.integers(0, 1000), min_size=len(names) - 1, max_size=len(names) - 1)))
    bounds = [0, *cuts, 1000]
    return tuple((n, Decimal(bounds[i + 1] - bounds[i]).scaleb(-1)) for i, n in enumerate(names))


@st.composite
def commercials(draw) -> m.Commercial:
    return m.Commercial(
        gain_cap_percent=Decimal(draw(st.integers(0, 300))).scaleb(-1),
        gain_share_percent=draw(shares(("buyer", "producer", "staff", "effectiveness_pool"))),
        effectiveness_pool_split_percent=draw(shares(("producer", "staff"))),
        pain_share_percent=draw(shares(("buyer", "producer"))),
        producer_pain_cap=draw(st.one_of(st.just("fee"), st.none(), cents)),
    )


@st.composite
def periods(draw) -> m.ServicePeriod:
    target = m.CostParts(draw(cents), draw(cents), draw(cents))
    fee = draw(st.one_of(st.none(), cents))
    actual = m.ActualCost(fee, draw(cents), draw(cents))
    return m.ServicePeriod("p", "P", dt.date(2027, 1, 1), dt.date(2028, 12, 31), target, actual)


scores = st.one_of(
    st.fractions(min_value=0, max_value=1, max_denominator=10_000),
    st.decimals(min_value=0, max_value=1, places=6),
    st.sampled_from([Fraction(0), Fraction(1), Fraction(44, 75)]),
)


def check_invariants(c: m.Commercial, p: m.ServicePeriod, r: PeriodResult) -> None:
    T, A, D_ = r.target_cost, r.actual_cost, r.deviation
    assert D_ == T - A
    # every split adds up exactly to what it splits
    assert r.gain.buyer + r.gain.producer + r.gain.staff + r.gain.effectiveness_pool == r.shared_underrun
    assert r.effectiveness_bonus_paid + r.effectiveness_bonus_unpaid == r.gain.effectiveness_pool
    assert r.effectiveness_bonus_producer + r.effectiveness_bonus_staff == r.effectiveness_bonus_paid
    assert r.sanction.producer + r.sanction.buyer == r.overrun
    assert r.buyer_total_cost == r.actual.overhead + r.producer_payment + r.staff_bonus
    assert r.staff_bonus == r.gain.staff + r.effectiveness_bonus_staff
    assert r.producer_payment == (r.actual.fee + r.actual.production + r.gain.producer
                                  + r.effectiveness_bonus_producer - r.sanction.producer)
    # the three parties' results add up to the deviation
    assert r.buyer_net + r.producer_result + r.staff_bonus == D_
    for v in (r.gain.producer, r.gain.staff, r.gain.effectiveness_pool, r.effectiveness_bonus_paid,
              r.effectiveness_bonus_unpaid, r.effectiveness_bonus_producer, r.effectiveness_bonus_staff,
              r.sanction.producer, r.sanction.buyer, r.shared_underrun, r.excess_to_buyer, r.overrun):
        assert v >= 0
    if D_ > 0:
        assert r.shared_underrun + r.excess_to_buyer == D_
        assert r.shared_underrun <= r.gain_cap
        assert r.overrun == 0 and r.sanction.total == 0
        # what the buyer keeps: T − buyer_total_cost = its gain share + the excess + the unpaid pool
        assert T - r.buyer_total_cost == r.gain.buyer + r.excess_to_buyer + r.effectiveness_bonus_unpaid
    elif D_ < 0:
        assert r.overrun == -D_
        assert r.shared_underrun == 0 and r.gain.total == 0 and r.effectiveness_bonus_paid == 0
        assert r.staff_bonus == 0
        assert r.buyer_total_cost - T == r.sanction.buyer
        # the producer's sanction never exceeds its cap (nor its share of the over-run)
        assert r.sanction.producer <= r.producer_sanction_uncapped
        if c.producer_pain_cap == "fee":
            assert r.sanction.producer <= p.target.fee.quantize(Decimal("0.01"))
        elif c.producer_pain_cap is not None:
            assert r.sanction.producer <= c.producer_pain_cap.quantize(Decimal("0.01"))
    else:
        assert r.buyer_total_cost == T


@settings(max_examples=400, database=None, deadline=None)
@given(commercials(), periods(), scores)
def test_invariants_hold(c, p, score):
    check_invariants(c, p, settle_period(c, p, score))


@settings(max_examples=300, database=None, deadline=None)
@given(commercials(), periods(), scores, st.integers(-3, 3))
def test_invariants_hold_near_the_target(c, p, score, offset_cents):
    """Right around D = 0, where rounding is most delicate."""
    target_c = p.target.total.quantize(Decimal("0.01"))
    fee = p.target.fee if p.actual.fee is None else p.actual.fee
    production = target_c - fee - p.actual.overhead + Decimal(offset_cents).scaleb(-2)
    q = dataclasses.replace(p, target=m.CostParts(*(x.quantize(Decimal("0.01")) for x in (
        p.target.fee, p.target.overhead, p.target.production))),
        actual=m.ActualCost(p.actual.fee, p.actual.overhead, production))
    check_invariants(c, q, settle_period(c, q, score))


def _with_production(p: m.ServicePeriod, production: Decimal) -> m.ServicePeriod:
    return dataclasses.replace(p, actual=dataclasses.replace(p.actual, production=production))


PARTIES = {
    "buyer_total_cost": lambda r: r.buyer_total_cost,
    "producer_payment": lambda r: r.producer_payment,
    "producer_result": lambda r: r.producer_result,
    "staff_bonus": lambda r: r.staff_bonus,
    "sanction_producer": lambda r: r.sanction.producer,
}


@settings(max_examples=300, database=None, deadline=None)
@given(commercials(), periods(), scores, st.integers(-1000, 1000))
def test_results_are_continuous_at_zero_deviation(c, p, score, around):
    """One cent more or less actual cost moves no party's figure by more than three cents, also across D = 0.

    (One cent of production, plus at most one cent from each rounded share that changes with it.)
    """
    target_c = sum(x.quantize(Decimal("0.01")) for x in (p.target.fee, p.target.overhead, p.target.production))
    fee = (p.target.fee if p.actual.fee is None else p.actual.fee).quantize(Decimal("0.01"))
    base = target_c - fee - p.actual.overhead.quantize(Decimal("0.01"))
    cent = Decimal("0.01")
    for k in (around, 0):  # a random spot, and right at D = 0
        results = [settle_period(c, _with_production(p, base + (k + j) * cent), score) for j in (-1, 0, 1)]
        for name, get in PARTIES.items():
            for a, b in itertools.pairwise(results):
                assert abs(get(b) - get(a)) <= Decimal("0.03"), name


@settings(max_examples=300, database=None, deadline=None)
@given(commercials(), periods(), scores, cents, cents)
def test_results_are_monotone_in_actual_cost(c, p, score, x, y):
    """As the actual cost rises (production here):

    * the producer's result (gain share + paid pool part − sanction) never rises,
    * the staff bonus never rises,
    * the producer's sanction never falls,
    * the buyer's total cost and the producer's payment never fall, up to the cent rounding of the shares
      they contain (at most 4 cents: each rounded share can lose a cent before the split catches up).
    """
    low, high = min(x, y), max(x, y)
    r1 = settle_period(c, _with_production(p, low), score)
    r2 = settle_period(c, _with_production(p, high), score)
    assert r2.producer_result <= r1.producer_result
    assert r2.staff_bonus <= r1.staff_bonus
    assert r2.sanction.producer >= r1.sanction.producer
    assert r2.buyer_total_cost >= r1.buyer_total_cost - Decimal("0.04")
    assert r2.producer_payment >= r1.producer_payment - Decimal("0.04")
    if r1.deviation <= 0:  # over-run only: no shares to round, exactly monotone
        assert r2.buyer_total_cost >= r1.buyer_total_cost
        assert r2.producer_payment >= r1.producer_payment


@settings(max_examples=200, database=None, deadline=None)
@given(commercials(), periods(), st.fractions(0, 1, max_denominator=1000), st.fractions(0, 1, max_denominator=1000))
def test_a_better_kpi_score_never_pays_less(c, p, s1, s2):
    lo, hi = sorted((s1, s2))
    r1, r2 = settle_period(c, p, lo), settle_period(c, p, hi)
    assert r2.effectiveness_bonus_paid >= r1.effectiveness_bonus_paid
    assert r2.producer_result >= r1.producer_result and r2.staff_bonus >= r1.staff_bonus
    assume(r1.deviation > 0)
    assert r2.buyer_total_cost >= r1.buyer_total_cost


# ---------------------------------------------------------------- plans: forecasts, totals, exact JSON

big_cents = st.one_of(cents, st.integers(min_value=0, max_value=10**15 - 1).map(lambda c: Decimal(c).scaleb(-2)))


@st.composite
def maybe_actuals(draw) -> m.ActualCost | None:
    """No actuals, complete actuals, or some parts not entered (None)."""
    kind = draw(st.sampled_from(["none", "complete", "complete", "partial"]))
    if kind == "none":
        return None
    fee = draw(st.one_of(st.none(), big_cents))
    if kind == "complete":
        return m.ActualCost(fee, draw(big_cents), draw(big_cents))
    overhead, production = draw(st.sampled_from([(True, False), (False, True), (False, False)]))
    return m.ActualCost(fee, draw(big_cents) if overhead else None, draw(big_cents) if production else None)


@st.composite
def plans(draw) -> m.Plan:
    n = draw(st.integers(1, 6))
    ps = []
    for i in range(n):
        target = m.CostParts(draw(big_cents), draw(big_cents), draw(big_cents))
        ps.append(m.ServicePeriod(f"p{i}", f"P{i}", dt.date(2027 + 2 * i, 1, 1), dt.date(2028 + 2 * i, 12, 31),
                                  target, draw(maybe_actuals())))
    commercial = dataclasses.replace(draw(commercials()), periods=tuple(ps))
    return m.Plan(project=m.Project(name="x"), commercial=commercial)


def _money_sum(values) -> Decimal:
    return sum(values, Decimal(0))


JSON_MONEY = ("target_cost", "actual_cost", "deviation", "shared_underrun", "excess_to_buyer",
              "effectiveness_bonus_paid", "effectiveness_bonus_unpaid", "overrun", "producer_payment", "staff_bonus",
              "buyer_total_cost")


@settings(max_examples=200, database=None, deadline=None)
@given(plans(), st.fractions(0, 1, max_denominator=1000))
def test_plan_json_is_exact_totals_add_up_and_forecasts_stay_out_of_actual_totals(plan, score):
    """Issue 15: the JSON parses back to exactly the Decimal results; every total is the sum of its parts;
    a forecast period never contributes to an actual total; amounts up to 10¹³ € per part settle exactly."""
    scenario = m.Scenario("s", "S", periods=tuple(m.ScenarioPeriod(p.key, kpi_score=Decimal(score.numerator)
                                                                   / Decimal(score.denominator))
                                                  for p in plan.commercial.periods))
    plan = dataclasses.replace(plan, scenarios=(scenario,))
    s = settle_plan(plan, "s")
    obj = json.loads(settlement_json_text(s), parse_float=Decimal)
    for p, r, j in zip(plan.commercial.periods, s.periods, obj["periods"]):
        complete = p.actual is not None and p.actual.overhead is not None and p.actual.production is not None
        assert r.status == j["status"] == ("actual" if complete else "forecast")
        if not complete:  # a forecast is at its target: nothing to share, no sanction, a warning
            assert r.deviation == 0 and r.actual_cost == r.target_cost and r.warnings
        for name in JSON_MONEY:
            assert j[name] == getattr(r, name)  # exact: Decimal == int/Decimal compares values
        assert j["gain"] == {k: getattr(r.gain, k) for k in j["gain"]}
        assert j["sanction"] == {k: getattr(r.sanction, k) for k in j["sanction"]}
        check_invariants(plan.commercial, dataclasses.replace(
            p, actual=p.actual if complete else m.ActualCost(None, p.target.overhead, p.target.production)), r)
    actual_keys = [r.key for r in s.periods if r.status == "actual"]
    assert s.actual_totals.periods == tuple(actual_keys) and obj["actual_totals"]["periods"] == actual_keys
    assert s.totals.periods == tuple(p.key for p in plan.commercial.periods)
    for totals, included in ((obj["totals"], s.periods), (obj["actual_totals"],
                                                           [r for r in s.periods if r.status == "actual"])):
        for name in JSON_MONEY:
            assert totals[name] == _money_sum(getattr(r, name) for r in included), name
        for k in ("buyer", "producer", "staff", "effectiveness_pool"):
            assert totals["gain"][k] == _money_sum(getattr(r.gain, k) for r in included)
        for k in ("producer", "buyer"):
            assert totals["sanction"][k] == _money_sum(getattr(r.sanction, k) for r in included)
    t = s.actual_totals
    assert t.buyer_net + t.producer_result + t.staff_bonus == t.deviation


def test_forecast_periods_stay_out_of_the_actual_totals_keusote():
    """Issue 15 item 1: the demo's periods 3 and 4 have no actuals; they are forecasts, not 'actual' costs."""
    from alliance_desktop.templates import load_template

    s = settle_plan(load_template("keusote"))
    assert [p.status for p in s.periods] == ["actual", "actual", "forecast", "forecast"]
    assert s.forecasts == ("p3", "p4")
    assert s.actual_totals.periods == ("p1", "p2")
    assert s.actual_totals.actual_cost == D(119_330_000)  # 56 400 000 + 62 930 000, not 314 330 000
    assert s.actual_totals.buyer_total_cost == D("120219162.50")
    assert s.totals.actual_cost == D(314_330_000)  # the forecast-inclusive total
    assert [p.kpi_score is None for p in s.periods] == [False, False, True, True]  # "—", not 0,00
    obj = settlement_to_json(s)
    assert [p["kpi_score"] for p in obj["periods"]][2:] == [None, None]


def test_incomplete_actuals_are_a_forecast_with_a_warning(english):
    """Issue 15 item 3: only the production entered is not a settlement on zero overhead."""
    p = dataclasses.replace(period(), actual=m.ActualCost(None, None, D(1_000_000)))
    r = settle_period(COMMERCIAL, p, 1)
    assert r.status == "forecast" and r.incomplete and r.entered == ("production",)
    assert r.deviation == 0 and r.gain.total == 0 and r.actual_cost == r.target_cost
    assert r.warnings == ("Period “P1”: actual costs incomplete, the overhead is not entered; the period is a "
                          "forecast at its target cost until it is.",)
    r = settle_period(COMMERCIAL, dataclasses.replace(p, actual=m.ActualCost(D(5), None, None)), 1)
    assert r.status == "forecast" and "overhead and the reimbursable costs are not entered" in r.warnings[0]
    # the fee left out is the target fee by contract: settled on the actuals
    r = settle_period(COMMERCIAL, dataclasses.replace(p, actual=m.ActualCost(None, D(800_000), D(16_800_000))), 1)
    assert r.status == "actual" and r.actual.fee == D(1_200_000) and r.deviation == D(1_200_000)


def test_totals_share_the_derived_figures_with_periods():
    """Issue 23: the buyer's net and the producer's result are computed in one place for periods and totals."""
    from alliance_desktop.core import settlement

    assert "buyer_net" not in vars(settlement.Totals) and "buyer_net" not in vars(settlement.PeriodResult)
    s = settle_plan(four_period_plan())
    assert s.totals.buyer_net == sum((p.buyer_net for p in s.periods), D(0))
    assert s.totals.producer_result == sum((p.producer_result for p in s.periods), D(0))


# ---------------------------------------------------------------- the settle command


def _write_plan(tmp_path, plan: m.Plan, name: str = "plan.json"):
    path = tmp_path / name
    path.write_text(dumps(plan_to_json(plan)), encoding="utf-8")
    return path


def test_settle_cli_json(tmp_path):
    path = _write_plan(tmp_path, four_period_plan())
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(str(path), True, out, err) == 0
    assert err.getvalue() == ""
    obj = json.loads(out.getvalue(), parse_float=D)
    assert obj == settlement_to_json(settle_plan(four_period_plan()))
    assert [p["key"] for p in obj["periods"]] == ["p1", "p2", "p3", "p4"]
    assert obj["periods"][0]["gain"] == {"buyer": 200000, "producer": 120000, "staff": 20000,
                                         "effectiveness_pool": 60000}
    assert obj["totals"]["buyer_total_cost"] == 101815000


def test_settle_cli_accepts_json_text():
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(dumps(plan_to_json(four_period_plan())), True, out, err) == 0
    assert json.loads(out.getvalue())["totals"]["target_cost"] == 100000000


@pytest.mark.parametrize("lang, money", [("fi", "19\u00a0770\u00a0000,00\u00a0€"), ("en", "€19,770,000.00")])
def test_settle_cli_table(tmp_path, lang, money):
    i18n.set_language(lang)
    plan = four_period_plan()
    plan = dataclasses.replace(plan, metrics=plan.metrics[:1] + (dataclasses.replace(
        plan.metrics[1], measurements=plan.metrics[1].measurements[:1]),))
    path = _write_plan(tmp_path, plan)
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(path, False, out, err) == 0
    text = out.getvalue()
    for key in ("p1", "p2", "p3", "p4"):
        assert key in text
    assert money in text
    assert "Satisfaction" in text  # the warning about the missing measurements names the metric
    if lang == "en":
        assert "Buyer total cost" in text and "Warnings:" in text and "Total" in text


@pytest.mark.parametrize("content", ['{"format": "alliance-project", ', "not json at all", "[1, 2]", ""])
def test_settle_cli_bad_json(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(str(path), False, out, err) == 2
    assert out.getvalue() == ""
    message = err.getvalue()
    assert message.count("\n") == 1 and message.strip()
    assert "Traceback" not in message


def test_settle_cli_missing_file_and_folder(tmp_path, english):
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(str(tmp_path / "nope.json"), False, out, err) == 2
    assert "does not exist" in err.getvalue() and err.getvalue().count("\n") == 1
    err = io.StringIO()
    assert run_settle(str(tmp_path), True, out, err) == 2
    assert "folder" in err.getvalue()
    err = io.StringIO()
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00binary")
    assert run_settle(str(tmp_path / "bin.json"), True, out, err) == 2
    assert err.getvalue().count("\n") == 1
    assert out.getvalue() == ""


def test_settle_cli_invalid_plan_names_the_field(tmp_path, english):
    obj = plan_to_json(four_period_plan())
    obj["commercial"]["gain_share_percent"]["buyer"] = 51
    path = tmp_path / "p.json"
    path.write_text(dumps(obj), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(str(path), True, out, err) == 2
    assert "The cost bonus shares add up to 101 %" in err.getvalue()  # in the user's words, no field path


def test_settle_cli_sqlite_header_goes_to_storage(tmp_path):
    """A file starting with the SQLite header is opened by storage; a broken one is a clear one-line refusal."""
    path = tmp_path / "broken.alliance"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    out, err = io.StringIO(), io.StringIO()
    assert run_settle(str(path), False, out, err) == 2
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()


def test_settle_cli_survives_a_console_without_unicode(tmp_path):
    path = _write_plan(tmp_path, four_period_plan())
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="cp1252")
    assert run_settle(str(path), False, out, io.StringIO()) == 0  # fi: "−" (U+2212) is not in cp1252
    out.flush()
    assert b"p4" in raw.getvalue()


def test_settle_command_marks_forecasts_and_writes_exact_money(tmp_path):
    """Issue 15, through the real command: `settle --json` says each period's status, money is exact decimal
    text (a float would print 70 000 000 000 000.01 wrong), and the table keeps forecasts out of the actual total."""
    import os
    import subprocess
    import sys

    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    p1 = plan.commercial.periods[0]
    huge = dataclasses.replace(p1, target=m.CostParts(D("9999999999999.99"), D("9999999999999.99"),
                                                      D("9999999999999.99")),
                               actual=m.ActualCost(None, D("9999999999999.99"), D("9999999999999.98")))
    plan = dataclasses.replace(plan, commercial=dataclasses.replace(
        plan.commercial, periods=(huge, *plan.commercial.periods[1:])))
    path = _write_plan(tmp_path, plan)
    run = subprocess.run([sys.executable, "-m", "alliance_desktop", "settle", str(path), "--json"],
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert run.returncode == 0, run.stderr
    obj = json.loads(run.stdout, parse_float=D)
    assert [p["status"] for p in obj["periods"]] == ["actual", "actual", "forecast", "forecast"]
    assert '"target_cost": 29999999999999.97' in run.stdout and '"deviation": 0.01' in run.stdout
    assert obj["actual_totals"]["periods"] == ["p1", "p2"]
    assert obj["actual_totals"]["target_cost"] == D("29999999999999.97") + 62_000_000
    table = subprocess.run([sys.executable, "-m", "alliance_desktop", "settle", str(path), "--lang", "en"],
                           capture_output=True, text=True, encoding="utf-8", timeout=120,
                           env=dict(os.environ, PYTHONIOENCODING="utf-8"))  # Windows pipes: the ANSI code page
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Period"))
    assert header.split()[-5:] == ["Total", "(actual)", "Total", "incl.", "forecasts"]
    status = next(line for line in lines if line.startswith("Status")).split()
    assert status[1:] == ["actual", "actual", "forecast", "forecast"]
    kpi = next(line for line in lines if line.startswith("KPI score")).split()
    assert kpi[-2:] == ["—", "—"]


# ---------------------------------------------------------------- an independent reference, at the traps


def _r2(x: Fraction) -> Decimal:
    """Half away from zero to cents, from an exact fraction (written apart from the engine's mul_round)."""
    cents = x * 100
    whole = abs(cents.numerator) * 2 + cents.denominator
    n = whole // (2 * cents.denominator)
    return Decimal(n if cents >= 0 else -n).scaleb(-2)


def reference(c: m.Commercial, p: m.ServicePeriod, score: Fraction) -> dict:
    """The documented rules (docs/commercial-rules.md), step by step, in exact fractions."""
    F = Fraction
    T = sum(_r2(F(x)) for x in (p.target.fee, p.target.overhead, p.target.production))
    fee = _r2(F(p.target.fee if p.actual.fee is None else p.actual.fee))
    ov, prod = _r2(F(p.actual.overhead)), _r2(F(p.actual.production))
    A = fee + ov + prod
    D = T - A
    share = {t: {k: F(v) / 100 for k, v in getattr(c, t)} for t in
             ("gain_share_percent", "effectiveness_pool_split_percent", "pain_share_percent")}
    out = dict(target_cost=T, actual_cost=A, deviation=D, shared_underrun=Decimal(0), excess_to_buyer=Decimal(0),
               gain=(Decimal(0),) * 4, paid=Decimal(0), paid_producer=Decimal(0), overrun=Decimal(0),
               sanction=(Decimal(0), Decimal(0)))
    g_prod = paid_prod = paid = g_staff = sanction = Decimal(0)
    if D > 0:
        cap = _r2(F(c.gain_cap_percent) / 100 * F(T))
        shared = min(D, cap)
        g_prod = _r2(share["gain_share_percent"].get("producer", 0) * F(shared))
        g_staff = _r2(share["gain_share_percent"].get("staff", 0) * F(shared))
        pool = _r2(share["gain_share_percent"].get("effectiveness_pool", 0) * F(shared))
        paid = _r2(F(pool) * score)
        paid_prod = _r2(share["effectiveness_pool_split_percent"].get("producer", 0) * F(paid))
        out.update(shared_underrun=shared, excess_to_buyer=D - shared,
                   gain=(shared - g_prod - g_staff - pool, g_prod, g_staff, pool), paid=paid, paid_producer=paid_prod)
    elif D < 0:
        over = -D
        uncapped = _r2(share["pain_share_percent"].get("producer", 0) * F(over))
        cap = c.producer_pain_cap
        limit = None if cap is None else _r2(F(p.target.fee)) if cap == "fee" else _r2(F(cap))
        sanction = uncapped if limit is None else min(uncapped, limit)
        out.update(overrun=over, sanction=(sanction, over - sanction))
    producer_payment = fee + prod + g_prod + paid_prod - sanction
    staff_bonus = g_staff + paid - paid_prod
    out.update(producer_payment=producer_payment, staff_bonus=staff_bonus,
               buyer_total_cost=ov + producer_payment + staff_bonus)
    return out


@st.composite
def traps(draw):
    """A commercial model and a period whose actual cost sits at a trap: exactly at the cap, a cent either side,
    half a cent in a part, on target, or anywhere; shares with odd decimals; scores with awkward denominators."""
    c = draw(commercials())
    caps = [Decimal(0), Decimal("0.1"), Decimal("3.33"), Decimal(5), Decimal("12.5"), c.gain_cap_percent]
    c = dataclasses.replace(c, gain_cap_percent=draw(st.sampled_from(caps)))
    target = [draw(big_cents) for _ in range(3)]
    T = sum(x.quantize(Decimal("0.01")) for x in target)
    cap = (c.gain_cap_percent * T / 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    spot = draw(st.sampled_from(["cap", "cap+1", "cap-1", "target", "half", "any"]))
    fee = draw(st.one_of(st.none(), big_cents))
    overhead = draw(big_cents)
    fee_c = (target[0] if fee is None else fee).quantize(Decimal("0.01"))
    want = {"cap": T - cap, "cap+1": T - cap + Decimal("0.01"), "cap-1": T - cap - Decimal("0.01"),
            "target": T, "half": T - cap + Decimal("0.005"), "any": None}[spot]
    production = draw(big_cents) if want is None else max(want - fee_c - overhead, Decimal(0))
    p = m.ServicePeriod("p", "P", dt.date(2027, 1, 1), dt.date(2028, 12, 31), m.CostParts(*target),
                        m.ActualCost(fee, overhead, production))
    score = draw(st.one_of(st.fractions(0, 1, max_denominator=97), st.sampled_from(
        [Fraction(1, 3), Fraction(2, 3), Fraction(1, 7), Fraction(8111, 12000), Fraction(0), Fraction(1)])))
    return c, p, score


@settings(max_examples=400, database=None, deadline=None)
@given(traps())
def test_engine_agrees_to_the_cent_with_the_documented_rules(case):
    c, p, score = case
    r = settle_period(c, p, score)
    ref = reference(c, p, score)
    assert (r.target_cost, r.actual_cost, r.deviation) == (ref["target_cost"], ref["actual_cost"], ref["deviation"])
    assert (r.shared_underrun, r.excess_to_buyer) == (ref["shared_underrun"], ref["excess_to_buyer"])
    assert (r.gain.buyer, r.gain.producer, r.gain.staff, r.gain.effectiveness_pool) == ref["gain"]
    assert (r.effectiveness_bonus_paid, r.effectiveness_bonus_producer) == (ref["paid"], ref["paid_producer"])
    assert (r.overrun, r.sanction.producer, r.sanction.buyer) == (ref["overrun"], *ref["sanction"])
    assert (r.producer_payment, r.staff_bonus, r.buyer_total_cost) == (
        ref["producer_payment"], ref["staff_bonus"], ref["buyer_total_cost"])


@pytest.mark.parametrize("actual, warning", [
    ({}, "has no actual costs yet: it is a forecast at its target cost"),
    ({"production": 50000000}, "actual costs incomplete, the overhead is not entered"),
    ({"fee": 3600000, "overhead": None, "production": None}, "the overhead and the reimbursable costs are not entered"),
])
def test_settle_command_never_settles_missing_actuals_as_zeros(tmp_path, actual, warning):
    """Issue 15 item 3: `"actual": {}` settled as zero costs (a 94 % saving with the full capped bonus); a part left
    out is not entered, so the period is a forecast at its target with a warning, and no bonus is paid."""
    import subprocess
    import sys

    from alliance_desktop.templates import load_template

    obj = plan_to_json(load_template("keusote"))
    obj["commercial"]["periods"][0]["actual"] = actual
    path = tmp_path / "plan.json"
    path.write_text(dumps(obj), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "alliance_desktop", "settle", str(path), "--json", "--lang", "en"],
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert run.returncode == 0, run.stderr
    p1 = json.loads(run.stdout, parse_float=D)["periods"][0]
    assert p1["status"] == "forecast" and p1["deviation"] == 0 and p1["effectiveness_bonus_paid"] == 0
    assert p1["actual_cost"] == p1["target_cost"] == 60_000_000
    assert len(p1["warnings"]) == 1 and warning in p1["warnings"][0]
