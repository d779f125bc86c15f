"""The workbook's formulas compute what the engine computes, to the cent (issue 20).

An independent formula engine (`pycel`, see workbook_eval.py) evaluates the exported workbook: both
demos in both languages, a few plans of our own, and hypothesis-made sharing rules, target and actual
costs and measurements typed into the input cells of one workbook (gain, pain, both caps binding,
forecasts and incomplete actuals, zero amounts, KPI 0 and 1, half-cent traps). Every settlement figure
of every period and both totals is compared with core/settlement.py's Decimal.
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs

from alliance_desktop.core import model as m
from alliance_desktop.core.settlement import settle_plan
from alliance_desktop.core.validation import validate_plan
from alliance_desktop.i18n import using
from alliance_desktop.reports.workbook import build_workbook
from alliance_desktop.reports.workbook import text as wtext
from alliance_desktop.templates import load_template

pytest.importorskip("pycel")

from .workbook_eval import Evaluated, cents  # noqa: E402 (pycel first)

D = Decimal

# waterfall row -> how the engine's PeriodResult gives it
PERIOD_FIGURES = {
    "target_cost": lambda p: p.target_cost,
    "fee_used": lambda p: p.actual.fee,
    "overhead_used": lambda p: p.actual.overhead,
    "production_used": lambda p: p.actual.production,
    "actual_cost": lambda p: p.actual_cost,
    "deviation": lambda p: p.deviation,
    "gain_cap": lambda p: p.gain_cap,
    "shared": lambda p: p.shared_underrun,
    "excess": lambda p: p.excess_to_buyer,
    "gain_producer": lambda p: p.gain.producer,
    "gain_staff": lambda p: p.gain.staff,
    "gain_pool": lambda p: p.gain.effectiveness_pool,
    "gain_buyer": lambda p: p.gain.buyer,
    "paid": lambda p: p.effectiveness_bonus_paid,
    "paid_producer": lambda p: p.effectiveness_bonus_producer,
    "paid_staff": lambda p: p.effectiveness_bonus_staff,
    "unpaid": lambda p: p.effectiveness_bonus_unpaid,
    "overrun": lambda p: p.overrun,
    "sanction_uncapped": lambda p: p.producer_sanction_uncapped,
    "sanction_producer": lambda p: p.sanction.producer,
    "sanction_buyer": lambda p: p.sanction.buyer,
    "producer_payment": lambda p: p.producer_payment,
    "staff_bonus": lambda p: p.staff_bonus,
    "buyer_total_cost": lambda p: p.buyer_total_cost,
}
# totals column row -> the engine's Totals (the parts used: summed from the periods it adds up)
TOTAL_FIGURES = {
    "target_cost": lambda t, ps: t.target_cost,
    "fee_used": lambda t, ps: sum((p.actual.fee for p in ps), D(0)),
    "overhead_used": lambda t, ps: sum((p.actual.overhead for p in ps), D(0)),
    "production_used": lambda t, ps: sum((p.actual.production for p in ps), D(0)),
    "actual_cost": lambda t, ps: t.actual_cost,
    "deviation": lambda t, ps: t.deviation,
    "shared": lambda t, ps: t.shared_underrun,
    "excess": lambda t, ps: t.excess_to_buyer,
    "gain_producer": lambda t, ps: t.gain.producer,
    "gain_staff": lambda t, ps: t.gain.staff,
    "gain_pool": lambda t, ps: t.gain.effectiveness_pool,
    "gain_buyer": lambda t, ps: t.gain.buyer,
    "paid": lambda t, ps: t.effectiveness_bonus_paid,
    "paid_producer": lambda t, ps: t.effectiveness_bonus_producer,
    "paid_staff": lambda t, ps: t.effectiveness_bonus_staff,
    "unpaid": lambda t, ps: t.effectiveness_bonus_unpaid,
    "overrun": lambda t, ps: t.overrun,
    "sanction_producer": lambda t, ps: t.sanction.producer,
    "sanction_buyer": lambda t, ps: t.sanction.buyer,
    "producer_payment": lambda t, ps: t.producer_payment,
    "staff_bonus": lambda t, ps: t.staff_bonus,
    "buyer_total_cost": lambda t, ps: t.buyer_total_cost,
}


def book_bytes(plan: m.Plan, lang: str):
    wb, layout = build_workbook(plan, lang)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), layout


def assert_agrees(ev: Evaluated, layout, plan: m.Plan, lang: str) -> int:
    """Every figure of every period and of both totals equals the engine's; returns how many were compared."""
    settlement = settle_plan(plan)
    with using(lang):
        word = wtext.words()
    sheet = layout.commercial
    row = {k[2:]: v for k, v in layout.rows.items() if k.startswith("w_")}
    compared = 0
    for p in settlement.periods:
        col = layout.periods[p.key]
        assert ev.get(sheet, f"{col}{row['status']}") == word[p.status], p.key
        for key, engine in PERIOD_FIGURES.items():
            got = ev.get(sheet, f"{col}{row[key]}")
            assert cents(got) == engine(p), (p.key, key, got, engine(p))
            compared += 1
        cap = ev.get(sheet, f"{col}{row['sanction_cap']}")
        if p.producer_sanction_cap is None:
            assert cap == word["cap_none"]
        else:
            assert cents(cap) == p.producer_sanction_cap
        kpi = ev.get(sheet, f"{col}{row['kpi']}")
        assert abs(Fraction(kpi) - p.kpi_score_exact) < Fraction(1, 10**12), (p.key, kpi, p.kpi_score_exact)
    for column, totals in ((layout.total_all, settlement.totals), (layout.total_actual, settlement.actual_totals)):
        included = [p for p in settlement.periods if p.key in totals.periods]
        for key, engine in TOTAL_FIGURES.items():
            got = ev.get(sheet, f"{column}{row[key]}")
            assert cents(got) == engine(totals, included), (column, key, got, engine(totals, included))
            compared += 1
    return compared


@pytest.mark.parametrize("demo", ["keusote", "hyvaks"])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_demo_workbooks_settle_as_the_engine(demo, lang):
    plan = load_template(demo)
    data, layout = book_bytes(plan, lang)
    ev = Evaluated(data)
    assert assert_agrees(ev, layout, plan, lang) > 100
    # the worked example of docs/commercial-rules.md, read from the spreadsheet
    if demo == "keusote":
        col = layout.periods["p1"]
        assert ev.get(layout.commercial, f"{col}{layout.rows['w_paid']}") == pytest.approx(304162.50)


# ---------------------------------------------------------------- a plan of our own, its inputs varied


PERIODS = ("p1", "p2", "p3")


def base_plan() -> m.Plan:
    """Three periods, two metrics (one of each direction; the first recalibrated from p3)."""
    periods = tuple(
        m.ServicePeriod(key, f"Jakso {i}", _dt.date(2026 + i, 1, 1), _dt.date(2026 + i, 12, 31),
                        m.CostParts(D(1000000), D(500000), D(8500000)))
        for i, key in enumerate(PERIODS, 1))
    metrics = (
        m.Metric("wait", "Jonotusaika", "vrk", "lower_is_better",
                 calibrations=(m.Calibration("p1", D(2), D(100), D(80)), m.Calibration("p3", D(1), D(90), D(70))),
                 measurements=(("p1", D(90)),)),
        m.Metric("happy", "Tyytyväisyys", "%", "higher_is_better",
                 calibrations=(m.Calibration("p1", D(1), D(50), D(90)),), measurements=(("p1", D(60)),)),
    )
    plan = m.Plan(project=m.Project(name="Testi", buyer="Hyvinvointialue"), metrics=metrics,
                  commercial=m.Commercial(periods=periods))
    validate_plan(plan)
    return plan


_SHARED: dict[str, object] = {}


def shared_book(lang: str = "fi"):
    """One workbook of base_plan, loaded once (the property test types its inputs into it)."""
    if lang not in _SHARED:
        data, layout = book_bytes(base_plan(), lang)
        _SHARED[lang] = (Evaluated(data), layout)
    return _SHARED[lang]


def with_inputs(plan: m.Plan, rules: dict, periods: dict, measured: dict) -> m.Plan:
    c = plan.commercial
    commercial = replace(
        c, gain_cap_percent=rules["gain_cap"],
        gain_share_percent=(("buyer", rules["gain_buyer"]), ("producer", rules["gain_producer"]),
                            ("staff", rules["gain_staff"]), ("effectiveness_pool", rules["gain_pool"])),
        effectiveness_pool_split_percent=(("producer", rules["pool_producer"]), ("staff", rules["pool_staff"])),
        pain_share_percent=(("buyer", rules["pain_buyer"]), ("producer", rules["pain_producer"])),
        producer_pain_cap=rules["pain_cap"],
        periods=tuple(replace(p, target=periods[p.key][0], actual=periods[p.key][1]) for p in c.periods))
    metrics = tuple(replace(x, measurements=tuple((k, v) for k in PERIODS
                                                  if (v := measured[(x.key, k)]) is not None))
                    for x in plan.metrics)
    return replace(plan, commercial=commercial, metrics=metrics)


def input_cells(layout, lang: str, rules: dict, periods: dict, measured: dict) -> dict:
    with using(lang):
        word = wtext.words()
    sheet = layout.commercial
    cells = {(sheet, layout.rules[k]): float(v) for k, v in rules.items() if k != "pain_cap"}
    cap = rules["pain_cap"]
    kind = word["cap_none"] if cap is None else word["cap_fee"] if cap == "fee" else word["cap_amount"]
    cells[(sheet, layout.rules["pain_cap_kind"])] = kind
    cells[(sheet, layout.rules["pain_cap_amount"])] = None if cap is None or cap == "fee" else float(cap)
    for key, (target, actual) in periods.items():
        col = layout.periods[key]
        for part in m.COST_PARTS:
            cells[(sheet, f"{col}{layout.rows['target_' + part]}")] = float(getattr(target, part))
            value = None if actual is None else getattr(actual, part)
            cells[(sheet, f"{col}{layout.rows['actual_' + part]}")] = None if value is None else float(value)
    for (metric, period), value in measured.items():
        cells[(layout.measurements, layout.measurement_cells[(metric, period)])] = \
            None if value is None else float(value)
    return cells


def euros(max_cents: int = 10**11):
    return hs.integers(0, max_cents).map(lambda c: Decimal(c).scaleb(-2))


def percent():
    """0–100 with at most two decimals (as contracts write them)."""
    return hs.integers(0, 10000).map(lambda x: Decimal(x).scaleb(-2))


@hs.composite
def shares(draw, parts: int):
    """`parts` percentages with at most two decimals adding up to exactly 100."""
    cuts = sorted(draw(hs.lists(hs.integers(0, 10000), min_size=parts - 1, max_size=parts - 1)))
    bounds = [0, *cuts, 10000]
    return [Decimal(bounds[i + 1] - bounds[i]).scaleb(-2) for i in range(parts)]


@hs.composite
def period_money(draw):
    target = m.CostParts(draw(euros()), draw(euros()), draw(euros()))
    kind = draw(hs.sampled_from(["none", "full", "no_fee", "overhead_only", "production_only", "near"]))
    if kind == "none":
        return target, None
    if kind == "near":  # within a few per cent of the target: the caps' boundaries, half cents
        tenth = int(target.total.scaleb(2)) // 10 + 1
        delta = draw(hs.integers(-tenth, tenth))
        production = max(D(0), target.production - Decimal(delta).scaleb(-2))
        return target, m.ActualCost(None, target.overhead, production)
    fee, overhead, production = draw(euros()), draw(euros()), draw(euros())
    return target, {
        "full": m.ActualCost(fee, overhead, production),
        "no_fee": m.ActualCost(None, overhead, production),
        "overhead_only": m.ActualCost(fee, overhead, None),
        "production_only": m.ActualCost(None, None, production),
    }[kind]


@hs.composite
def inputs(draw):
    gain = draw(shares(4))
    pool = draw(shares(2))
    pain = draw(shares(2))
    rules = {"gain_cap": draw(percent()), "gain_buyer": gain[0], "gain_producer": gain[1], "gain_staff": gain[2],
             "gain_pool": gain[3], "pool_producer": pool[0], "pool_staff": pool[1], "pain_buyer": pain[0],
             "pain_producer": pain[1],
             "pain_cap": draw(hs.one_of(hs.none(), hs.just("fee"), euros(10**10)))}
    periods = {key: draw(period_money()) for key in PERIODS}
    value = hs.one_of(hs.none(), hs.integers(0, 2000).map(lambda x: Decimal(x).scaleb(-1)))
    measured = {(metric, key): draw(value) for metric in ("wait", "happy") for key in PERIODS}
    return rules, periods, measured


def _check(lang: str, rules: dict, periods: dict, measured: dict) -> None:
    plan = with_inputs(base_plan(), rules, periods, measured)
    validate_plan(plan)
    ev, layout = shared_book(lang)
    ev.calculate(input_cells(layout, lang, rules, periods, measured))
    assert_agrees(ev, layout, plan, lang)


HALF_CENT_RULES = {"gain_cap": D(5), "gain_buyer": D(50), "gain_producer": D(30), "gain_staff": D(5),
                   "gain_pool": D(15), "pool_producer": D(50), "pool_staff": D(50), "pain_buyer": D(50),
                   "pain_producer": D(50), "pain_cap": "fee"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(inputs())
@example((HALF_CENT_RULES,  # odd cents shared 50/50 and over-runs of odd cents: the half cent goes up
          {"p1": (m.CostParts(D("35640215.41"), D(0), D(0)), m.ActualCost(None, D(0), D(0))),
           "p2": (m.CostParts(D(1000), D(0), D("10.01")), m.ActualCost(None, D(0), D("10.02"))),
           "p3": (m.CostParts(D(100), D(0), D(0)), m.ActualCost(None, D(0), D("0.01")))},
          {("wait", "p1"): D(80), ("happy", "p1"): D(90), ("wait", "p2"): D(200), ("happy", "p2"): D(0),
           ("wait", "p3"): None, ("happy", "p3"): D(70)}))
@example(({**HALF_CENT_RULES, "gain_cap": D(100), "pain_cap": None},  # zero everywhere; no limits
          {"p1": (m.CostParts(), m.ActualCost(D(0), D(0), D(0))), "p2": (m.CostParts(), None),
           "p3": (m.CostParts(D(1), D(1), D(1)), m.ActualCost(D(5), D(5), D(5)))},
          {(x, k): None for x in ("wait", "happy") for k in PERIODS}))
def test_typed_inputs_settle_as_the_engine(case):
    rules, periods, measured = case
    _check("fi", rules, periods, measured)


@pytest.mark.parametrize("cap", [None, "fee", D("12345.67")])
def test_caps_binding_and_not(cap):
    """Under-runs beyond and within the gain cap, over-runs beyond and within the producer's cap."""
    rules = {**HALF_CENT_RULES, "pain_cap": cap}
    periods = {
        "p1": (m.CostParts(D(100000), D(50000), D(850000)), m.ActualCost(None, D(50000), D(700000))),  # cap binds
        "p2": (m.CostParts(D(100000), D(50000), D(850000)), m.ActualCost(None, D(50000), D("849999.99"))),
        "p3": (m.CostParts(D(100000), D(50000), D(850000)), m.ActualCost(D(90000), D(60000), D("1200000.01"))),
    }
    measured = {("wait", "p1"): D(85), ("happy", "p1"): D(75), ("wait", "p2"): D(79), ("happy", "p2"): D(95),
                ("wait", "p3"): D(80), ("happy", "p3"): None}
    _check("en", rules, periods, measured)


def test_changing_an_input_cell_changes_the_results_as_the_engine_says():
    """An actual cost typed into the demo's workbook: deviation, shares, payments and totals follow."""
    plan = load_template("keusote")
    data, layout = book_bytes(plan, "fi")
    ev = Evaluated(data)
    sheet = layout.commercial
    p1 = layout.periods["p1"]
    before = ev.get(sheet, f"{layout.total_actual}{layout.rows['w_buyer_total_cost']}")
    # p1's production up by 5 M €: an over-run; p3 (a forecast) gets its actuals and settles on them
    ev.calculate({(sheet, f"{p1}{layout.rows['actual_production']}"): 59450000.0,
                  (sheet, f"{layout.periods['p3']}{layout.rows['actual_overhead']}"): 2000000.0,
                  (sheet, f"{layout.periods['p3']}{layout.rows['actual_production']}"): 80000000.33})
    c = plan.commercial
    changed = []
    for p in c.periods:
        if p.key == "p1":
            p = replace(p, actual=replace(p.actual, production=D(59450000)))
        elif p.key == "p3":
            p = replace(p, actual=m.ActualCost(None, D(2000000), D("80000000.33")))
        changed.append(p)
    new_plan = replace(plan, commercial=replace(c, periods=tuple(changed)))
    assert settle_plan(new_plan).period("p1").outcome == "overrun"
    assert settle_plan(new_plan).period("p3").status == "actual"
    assert_agrees(ev, layout, new_plan, "fi")
    assert ev.get(sheet, f"{layout.total_actual}{layout.rows['w_buyer_total_cost']}") != before


def test_a_plan_without_periods_or_metrics_still_makes_a_workbook():
    data, layout = book_bytes(m.Plan(), "fi")
    assert layout.periods == {} and data[:2] == b"PK"
    data, layout = book_bytes(replace(base_plan(), metrics=()), "en")
    ev = Evaluated(data)
    assert_agrees(ev, layout, replace(base_plan(), metrics=()), "en")


def test_calibration_with_threshold_equal_to_target_is_all_or_nothing():
    """A weight-0 calibration may have threshold = target: the metric then scores 1 at the target, else 0."""
    plan = base_plan()
    wait = replace(plan.metrics[0], calibrations=(m.Calibration("p1", D(0), D(80), D(80)),),
                   measurements=(("p1", D(80)), ("p2", D("80.1"))))
    plan = replace(plan, metrics=(wait, plan.metrics[1]))
    validate_plan(plan)
    data, layout = book_bytes(plan, "fi")
    ev = Evaluated(data)
    assert_agrees(ev, layout, plan, "fi")
