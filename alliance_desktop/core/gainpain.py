"""Data for the gain/pain chart: each party's result as the actual cost sweeps around the target.

The x axis is the period's actual cost from `low` % to `high` % off the target cost
(only the total matters: the fee and overhead stay as in the period and production
absorbs the change). The y values are each party's gain (+) or pain (−):

* buyer:    target cost − buyer's total cost (saving kept, or the buyer's share of an over-run, negative)
* producer: gain share + its part of the paid effectiveness pool − its sanction
* staff:    the staff bonus (gain share + its part of the paid pool)

The three add up to the deviation T − A at every point. Each point is computed by the
settlement engine's own exact cent split (`settlement.split`), so a point agrees with
`settle_period` to the cent; values are handed out as floats for drawing.
The scales (`x_scale`, `y_scale`) with round tick values are Qt-free so the screen and
the PDF draw the same picture.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from .records import record
from . import model as m
from .settlement import KpiInput, Terms, as_score, mul_round, resolve_actual, settle_period, split


@record
class Scale:
    """A nice axis: low and high are multiples of step; ticks run from low to high."""

    low: float
    high: float
    step: float
    ticks: tuple[float, ...]


def nice_scale(low: float, high: float, max_ticks: int = 7) -> Scale:
    """Round axis limits and ticks (steps of 1, 2, 2.5 or 5 × 10^k) covering low..high.

    At most `max_ticks` ticks (at least 3 are allowed, so a range around zero always fits).
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError("axis limits must be finite")
    max_ticks = max(3, max_ticks)
    if high < low:
        low, high = high, low
    # A span narrower than the ticks' rounding (10 decimals) or than a float resolves at this
    # magnitude cannot be scaled (a subnormal one even underflows to a zero step): draw it like
    # a single value.
    if high - low < max(1e-9, 1e-12 * max(abs(low), abs(high))):
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / (max_ticks - 1)
    power = 10.0 ** math.floor(math.log10(raw))

    def candidates():
        p = power
        while True:
            for f in (1, 2, 2.5, 5):
                yield f * p
            p *= 10

    for step in candidates():
        lo = math.floor(low / step + 1e-9) * step
        hi = math.ceil(high / step - 1e-9) * step
        if round((hi - lo) / step) + 1 <= max_ticks:
            break
    count = round((hi - lo) / step)
    ticks = tuple(round(lo + i * step, 10) + 0.0 for i in range(count + 1))
    return Scale(ticks[0], ticks[-1], step, ticks)


@record
class Point:
    actual_cost: float
    cost_percent: float  # (A − T) / T × 100; negative = under the target
    deviation: float  # T − A
    buyer: float
    producer: float
    staff: float


@record
class CapPoint:
    """Where a cap starts to bind: beyond it the curve changes slope."""

    actual_cost: float
    cost_percent: float
    deviation: float


@record
class GainPainSweep:
    period: str
    target_cost: float
    kpi_score: float
    actual_cost: tuple[float, ...]
    cost_percent: tuple[float, ...]
    deviation: tuple[float, ...]
    buyer: tuple[float, ...]
    producer: tuple[float, ...]
    staff: tuple[float, ...]
    gain_cap: CapPoint | None  # actual cost below which savings beyond the cap go to the buyer
    pain_cap: CapPoint | None  # actual cost above which the producer's sanction is at its cap
    current: Point  # the period as it stands (or with the overrides given)
    x_scale: Scale  # over cost_percent
    y_scale: Scale  # over all parties' values, 0 and the current point

    def __len__(self) -> int:
        return len(self.actual_cost)


def _cap_point(target: int, deviation: Fraction) -> CapPoint:
    actual = Fraction(target) - deviation
    pct = float((actual - target) / target * 100) if target else 0.0
    return CapPoint(float(actual) / 100, pct, float(deviation) / 100)


def sweep(commercial: m.Commercial, period: m.ServicePeriod, kpi_score: KpiInput = 0, n: int = 2000,
          low: Decimal | float = -20, high: Decimal | float = 20, *,
          actual: m.ActualCost | None = None) -> GainPainSweep:
    """Each party's result at `n` actual costs evenly from `low` % to `high` % off the target cost.

    `kpi_score` and `actual` are as for `settle_period` (the current point uses them).
    Each x is rounded to whole cents; the points use the engine's exact split.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    score = as_score(kpi_score)
    terms = Terms.of(commercial, period)
    target = terms.target
    lo = Fraction(Decimal(repr(low)) if isinstance(low, float) else low)
    hi = Fraction(Decimal(repr(high)) if isinstance(high, float) else high)
    # x_i = T × (100 + lo + (hi − lo) × i / (n − 1)) / 100, over one common integer denominator
    steps = max(n - 1, 1)
    q = math.lcm(lo.denominator, hi.denominator)
    lo_i, span_i = int(lo * q), int((hi - lo) * q)
    den = 100 * q * steps
    base = 100 * q * steps + lo_i * steps
    pct_den = q * steps
    xs: list[float] = []
    pcts: list[float] = []
    devs: list[float] = []
    buyer: list[float] = []
    producer: list[float] = []
    staff: list[float] = []
    for i in range(n):
        a = mul_round(target, base + span_i * i, den)
        d = target - a
        s = split(terms, d, score)
        prod = s.gain_producer + s.paid_producer - s.sanction_producer
        st = s.gain_staff + s.paid_staff
        xs.append(a / 100)
        pcts.append((lo_i * steps + span_i * i) / pct_den)
        devs.append(d / 100)
        producer.append(prod / 100)
        staff.append(st / 100)
        buyer.append((d - prod - st) / 100)

    now = settle_period(commercial, period, score, actual=actual)
    current = Point(
        float(now.actual_cost),
        float((now.actual_cost - now.target_cost) / now.target_cost * 100) if now.target_cost else 0.0,
        float(now.deviation),
        float(now.buyer_net),
        float(now.producer_result),
        float(now.staff_bonus),
    )
    gain_cap = _cap_point(target, Fraction(terms.gain_cap)) if target else None
    pain_num, pain_den = terms.pain_producer
    pain_cap = None
    if target and terms.pain_cap is not None and pain_num > 0:
        pain_cap = _cap_point(target, -Fraction(terms.pain_cap) * pain_den / pain_num)
    x_scale = nice_scale(min(pcts + [current.cost_percent]), max(pcts + [current.cost_percent]))
    values = buyer + producer + staff + [0.0, current.buyer, current.producer, current.staff]
    y_scale = nice_scale(min(values), max(values))
    return GainPainSweep(
        period=period.key,
        target_cost=target / 100,
        kpi_score=float(score),
        actual_cost=tuple(xs),
        cost_percent=tuple(pcts),
        deviation=tuple(devs),
        buyer=tuple(buyer),
        producer=tuple(producer),
        staff=tuple(staff),
        gain_cap=gain_cap,
        pain_cap=pain_cap,
        current=current,
        x_scale=x_scale,
        y_scale=y_scale,
    )


def actual_for(period: m.ServicePeriod, actual_cost: Decimal, actual: m.ActualCost | None = None) -> m.ActualCost:
    """An ActualCost with the given total: fee and overhead as in the period, production the rest.

    Useful for a what-if slider on the chart and to check a sweep point against `settle_period`.
    """
    parts = resolve_actual(period, actual)
    fee, overhead = parts.fee, parts.overhead
    return m.ActualCost(fee=fee, overhead=overhead, production=actual_cost - fee - overhead)


__all__ = ["CapPoint", "GainPainSweep", "Point", "Scale", "actual_for", "nice_scale", "sweep"]
