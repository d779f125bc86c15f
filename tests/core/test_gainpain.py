"""The gain/pain chart sweep agrees with the settlement engine, and its layout data makes sense."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from alliance_desktop.core import model as m
from alliance_desktop.core.gainpain import actual_for, nice_scale, sweep
from alliance_desktop.core.settlement import settle_period

D = Decimal
C = m.Commercial()
P = m.ServicePeriod("p1", "P1", dt.date(2027, 1, 1), dt.date(2028, 12, 31),
                    m.CostParts(D(1_200_000), D(800_000), D(18_000_000)),
                    m.ActualCost(None, D(800_000), D(16_800_000)))


def exact(value: float) -> Decimal:
    """The cents a float stands for (floats here come from whole cents / 100)."""
    return D(repr(value)).quantize(D("0.01"))


def check_point(commercial, period, score, sw, i):
    total = exact(sw.actual_cost[i])
    r = settle_period(commercial, period, score, actual=actual_for(period, total))
    assert exact(sw.deviation[i]) == r.deviation
    assert exact(sw.buyer[i]) == r.buyer_net
    assert exact(sw.producer[i]) == r.producer_result
    assert exact(sw.staff[i]) == r.staff_bonus


def test_sweep_shape_and_range():
    sw = sweep(C, P, Fraction(44, 75))
    assert len(sw) == 2000 and len(sw.buyer) == len(sw.producer) == len(sw.staff) == 2000
    assert sw.actual_cost[0] == 16_000_000 and sw.actual_cost[-1] == 24_000_000
    assert sw.cost_percent[0] == -20 and sw.cost_percent[-1] == 20
    assert all(a < b for a, b in zip(sw.actual_cost, sw.actual_cost[1:]))
    assert sw.target_cost == 20_000_000
    for i in range(2000):
        assert exact(sw.buyer[i]) + exact(sw.producer[i]) + exact(sw.staff[i]) == exact(sw.deviation[i])


def test_sweep_agrees_with_the_engine_to_the_cent():
    sw = sweep(C, P, Fraction(44, 75))
    for i in list(range(0, 2000, 97)) + [999, 1000, 1999]:
        check_point(C, P, Fraction(44, 75), sw, i)


def test_cap_points_and_current_point():
    sw = sweep(C, P, Fraction(44, 75))
    # the gain cap binds below 19 M (5 % under), the producer's sanction hits its fee 1.2 M at a 2.4 M over-run
    assert sw.gain_cap.actual_cost == 19_000_000 and sw.gain_cap.cost_percent == -5
    assert sw.pain_cap.actual_cost == 22_400_000 and sw.pain_cap.cost_percent == 12
    assert sw.pain_cap.deviation == -2_400_000
    assert sw.current.actual_cost == 18_800_000 and sw.current.cost_percent == -6
    assert sw.current.producer == 388_000 and sw.current.staff == 50_000 and sw.current.buyer == 762_000
    # beyond the pain cap the producer's curve is flat, and below the gain cap too
    beyond = [p for x, p in zip(sw.actual_cost, sw.producer) if x >= 22_400_000]
    assert set(beyond) == {-1_200_000}
    below = [p for x, p in zip(sw.actual_cost, sw.producer) if x <= 19_000_000]
    assert set(below) == {388_000}


def test_no_pain_cap_point_without_a_cap_or_share():
    assert sweep(dataclasses.replace(C, producer_pain_cap=None), P, 1, n=10).pain_cap is None
    no_share = dataclasses.replace(C, pain_share_percent=(("buyer", D(100)), ("producer", D(0))))
    assert sweep(no_share, P, 1, n=10).pain_cap is None


def test_overrides_move_the_current_point():
    sw = sweep(C, P, D(1), n=11, actual=m.ActualCost(None, D(800_000), D(19_000_000)))
    assert sw.current.actual_cost == 21_000_000 and sw.current.producer == -500_000
    assert sw.kpi_score == 1.0
    assert len(sweep(C, P, 0, n=1)) == 1


def test_scales_cover_the_data():
    sw = sweep(C, P, Fraction(44, 75))
    assert sw.x_scale.low <= -20 and sw.x_scale.high >= 20
    lo = min(min(sw.buyer), min(sw.producer), min(sw.staff))
    hi = max(max(sw.buyer), max(sw.producer), max(sw.staff))
    assert sw.y_scale.low <= lo and sw.y_scale.high >= hi and 0.0 in sw.y_scale.ticks


def test_nice_scale():
    s = nice_scale(-20, 20)
    assert s.ticks == (-20.0, -10.0, 0.0, 10.0, 20.0)
    s = nice_scale(0, 1_234_567)
    assert s.low == 0 and s.high >= 1_234_567 and len(s.ticks) <= 7
    assert all(math.isclose(b - a, s.step) for a, b in zip(s.ticks, s.ticks[1:]))
    assert nice_scale(5, 5).low < 5 < nice_scale(5, 5).high
    with pytest.raises(ValueError):
        nice_scale(0, math.inf)


@settings(max_examples=100, database=None, deadline=None)
@given(st.floats(-1e9, 1e9), st.floats(-1e9, 1e9), st.integers(2, 12))
@example(0.0, 5e-324, 2)  # a subnormal span used to underflow to a zero step (math domain error)
@example(-1e9, -999999999.9999999, 2)  # a span of one float step at this magnitude
def test_nice_scale_properties(a, b, max_ticks):
    s = nice_scale(a, b, max_ticks)
    assert s.low <= min(a, b) + 1e-6 * max(1, abs(a), abs(b))
    assert s.high >= max(a, b) - 1e-6 * max(1, abs(a), abs(b))
    assert 2 <= len(s.ticks) <= max(max_ticks, 3)
    assert s.low in s.ticks and s.high in s.ticks


cents = st.integers(0, 10**10).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def setups(draw):
    def shares(names):
        cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=len(names) - 1, max_size=len(names) - 1)))
        bounds = [0, *cuts, 100]
        return tuple((n, Decimal(bounds[i + 1] - bounds[i])) for i, n in enumerate(names))

    commercial = m.Commercial(
        gain_cap_percent=Decimal(draw(st.integers(0, 200))).scaleb(-1),
        gain_share_percent=shares(("buyer", "producer", "staff", "effectiveness_pool")),
        effectiveness_pool_split_percent=shares(("producer", "staff")),
        pain_share_percent=shares(("buyer", "producer")),
        producer_pain_cap=draw(st.one_of(st.just("fee"), st.none(), cents)),
    )
    target = m.CostParts(draw(cents), draw(cents), draw(cents))
    period = m.ServicePeriod("p", "P", dt.date(2027, 1, 1), dt.date(2027, 12, 31), target,
                             m.ActualCost(draw(st.one_of(st.none(), cents)), draw(cents), draw(cents)))
    score = draw(st.fractions(0, 1, max_denominator=1000))
    return commercial, period, score


@settings(max_examples=60, database=None, deadline=None)
@given(setups(), st.integers(0, 49))
def test_sweep_agrees_with_the_engine_everywhere(setup, i):
    commercial, period, score = setup
    sw = sweep(commercial, period, score, n=50, low=-30, high=Decimal("12.5"))
    check_point(commercial, period, score, sw, i)
    check_point(commercial, period, score, sw, 0)
    check_point(commercial, period, score, sw, 49)
