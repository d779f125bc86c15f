"""Pure edit functions of the commercial model: periods, actuals, sharing rules, preset, scenarios."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import templates
from alliance_desktop.core import commercial_edits as ce
from alliance_desktop.core import model as m
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import settle_plan
from alliance_desktop.core.validation import validate_plan

D = Decimal


@pytest.fixture(scope="module")
def keusote() -> m.Plan:
    return templates.load_template("keusote")


def periods(plan):
    return plan.commercial.periods


# ---------------------------------------------------------------- dates


def test_add_months_clamps_to_month_end():
    assert ce.add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert ce.add_months(dt.date(2027, 7, 1), 24) == dt.date(2029, 7, 1)
    assert ce.add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)


def test_whole_months():
    assert ce.whole_months(dt.date(2027, 7, 1), dt.date(2029, 6, 30)) == 24
    assert ce.whole_months(dt.date(2027, 7, 1), dt.date(2029, 6, 29)) is None


# ---------------------------------------------------------------- periods


def test_add_period_follows_the_last_one(keusote):
    plan = ce.add_period(keusote)
    new = periods(plan)[-1]
    last = periods(keusote)[-1]
    assert len(periods(plan)) == 5
    assert new.start == dt.date(2037, 7, 1) and new.end == dt.date(2040, 6, 30)  # 3 years like the last
    assert new.target == last.target and new.actual is None
    assert new.key not in {p.key for p in periods(keusote)}
    validate_plan(plan)


def test_add_first_period_starts_at_the_service_phase():
    plan = m.Plan(project=m.Project(name="x"),
                  phases=(m.Phase("s", "Palveluvaihe", "service", dt.date(2028, 1, 1), dt.date(2037, 12, 31)),))
    plan = ce.add_period(plan)
    (p,) = periods(plan)
    assert (p.start, p.end) == (dt.date(2028, 1, 1), dt.date(2029, 12, 31))
    assert p.target.total == 0


def test_remove_period_moves_calibrations_and_drops_measurements(keusote):
    before = kpi_scores(keusote)
    plan = ce.remove_period(keusote, "p1")
    validate_plan(plan)
    assert [p.key for p in periods(plan)] == ["p2", "p3", "p4"]
    assert all("p1" not in dict(x.measurements) for x in plan.metrics)
    assert all(c.from_period != "p1" for x in plan.metrics for c in x.calibrations)
    after = kpi_scores(plan)
    for key in ("p2", "p3", "p4"):  # the remaining periods score as before
        assert after[key].exact == before[key].exact
    assert all(sp.period != "p1" for sc in plan.scenarios for sp in sc.periods)


def test_remove_unknown_period_is_refused(keusote):
    with pytest.raises(PlanError):
        ce.remove_period(keusote, "nope")


def test_redate_refuses_end_before_start(keusote):
    with pytest.raises(PlanError):
        ce.redate_period(keusote, "p1", end=dt.date(2027, 1, 1))
    plan = ce.redate_period(keusote, "p1", start=dt.date(2027, 8, 1))
    assert periods(plan)[0].start == dt.date(2027, 8, 1)
    assert periods(plan)[0].end == dt.date(2029, 6, 30)


def test_rename_period_needs_a_name(keusote):
    with pytest.raises(PlanError):
        ce.rename_period(keusote, "p1", "  ")
    assert periods(ce.rename_period(keusote, "p1", " Jakso A "))[0].name == "Jakso A"


def test_split_by_days_keeps_totals_exactly(keusote):
    p1 = periods(keusote)[0]
    at = ce.default_split_date(p1)
    assert at == dt.date(2028, 7, 1)  # a two-year period splits after one year
    plan = ce.split_period(keusote, "p1")
    validate_plan(plan)
    a, b = periods(plan)[0], periods(plan)[1]
    assert (a.start, a.end, b.start, b.end) == (p1.start, dt.date(2028, 6, 30), at, p1.end)
    days, first = (p1.end - p1.start).days + 1, (at - p1.start).days
    for part in m.COST_PARTS:
        assert getattr(a.target, part) + getattr(b.target, part) == getattr(p1.target, part)
        assert getattr(a.target, part) == (getattr(p1.target, part) * first / days).quantize(D("0.01"))
    assert a.actual.fee is None and b.actual.fee is None
    assert a.actual.production + b.actual.production == p1.actual.production
    assert a.actual.overhead + b.actual.overhead == p1.actual.overhead
    # the second part has the same measurements, so its KPI score is the same
    scores = kpi_scores(plan)
    assert scores[a.key].exact == scores[b.key].exact == kpi_scores(keusote)["p1"].exact
    # the scenario's override for p1 is split too and its KPI override copied
    sc = plan.scenarios[0]
    entries = {sp.period: sp for sp in sc.periods}
    orig = {sp.period: sp for sp in keusote.scenarios[0].periods}["p1"]
    assert entries["p1"].actual.production + entries[b.key].actual.production == orig.actual.production
    assert entries[b.key].kpi_score == orig.kpi_score
    # total target and actual costs stay the same
    assert settle_plan(plan).totals.target_cost == settle_plan(keusote).totals.target_cost
    assert settle_plan(plan).totals.actual_cost == settle_plan(keusote).totals.actual_cost


def test_split_refuses_a_day_outside_the_period(keusote):
    p1 = periods(keusote)[0]
    for at in (p1.start, p1.end + dt.timedelta(days=1)):
        with pytest.raises(PlanError):
            ce.split_period(keusote, "p1", at)


@settings(max_examples=200, deadline=None)
@given(amount=st.decimals(min_value=0, max_value=10**9, places=2), days=st.integers(2, 4000), data=st.data())
def test_split_amount_adds_up_exactly(amount, days, data):
    first_days = data.draw(st.integers(1, days - 1))
    a, b = ce.split_amount(amount, first_days, days)
    assert a + b == amount
    assert a >= 0 and b >= 0
    assert abs(a - amount * first_days / days) <= D("0.005")


def test_preset_lays_out_2_2_3_3_years_from_the_service_phase(keusote):
    messy = ce.remove_period(ce.redate_period(keusote, "p2", end=dt.date(2030, 12, 31)), "p4")
    plan = ce.preset_periods(messy)
    validate_plan(plan)
    spans = [(p.start, p.end) for p in periods(plan)]
    assert spans == [
        (dt.date(2027, 7, 1), dt.date(2029, 6, 30)),
        (dt.date(2029, 7, 1), dt.date(2031, 6, 30)),
        (dt.date(2031, 7, 1), dt.date(2034, 6, 30)),
        (dt.date(2034, 7, 1), dt.date(2037, 6, 30)),
    ]
    # kept periods keep their keys and money; the new fourth one scales the third's target (3 y -> 3 y)
    assert [p.key for p in periods(plan)[:3]] == ["p1", "p2", "p3"]
    assert periods(plan)[3].target == periods(plan)[2].target
    assert periods(plan)[3].actual is None
    # the demo already follows the preset: no change at all
    assert ce.preset_periods(keusote) is keusote


def test_preset_without_phase_or_period_is_refused():
    with pytest.raises(PlanError):
        ce.preset_periods(m.Plan(project=m.Project(name="x")))


def test_preset_removes_extra_periods(keusote):
    plan = ce.preset_periods(ce.add_period(keusote))
    assert len(periods(plan)) == 4
    validate_plan(plan)


# ---------------------------------------------------------------- money


def test_set_target_part_rounds_to_cents_and_refuses_negative(keusote):
    plan = ce.set_target_part(keusote, "p1", "production", D("55000000.505"))
    assert periods(plan)[0].target.production == D("55000000.51")
    with pytest.raises(PlanError):
        ce.set_target_part(keusote, "p1", "fee", D(-5))


def test_set_actual_part_enters_only_that_part(keusote):
    """Issue 15 item 3: typing one actual part copies nothing from the target; the rest stays "not entered"."""
    p3 = periods(keusote)[2]
    assert p3.actual is None
    plan = ce.set_actual_part(keusote, "p3", "production", D(80_000_000))
    a = periods(plan)[2].actual
    assert a == m.ActualCost(None, None, D(80_000_000))
    assert a.entered == ("production",) and not a.is_complete
    plan = ce.set_actual_part(plan, "p3", "fee", D(5_000_000))
    assert periods(plan)[2].actual.fee == D(5_000_000)
    plan = ce.set_actual_part(plan, "p3", "fee", None)
    assert periods(plan)[2].actual.fee is None
    assert periods(ce.clear_actual(plan, "p3"))[2].actual is None
    plan = ce.set_actual_part(plan, "p3", "overhead", D(2_000_000))
    assert periods(plan)[2].actual.is_complete
    plan = ce.set_actual_part(plan, "p3", "overhead", None)
    assert periods(plan)[2].actual == m.ActualCost(None, None, D(80_000_000))
    # clearing the last entered part: no actuals at all (a forecast), never an empty ActualCost
    assert periods(ce.set_actual_part(plan, "p3", "production", None))[2].actual is None
    assert periods(ce.set_actual(plan, "p3", m.ActualCost()))[2].actual is None
    with pytest.raises(PlanError):
        ce.set_actual_part(plan, "p3", "overhead", D("-0.01"))
    assert ce.set_actual_part(keusote, "p3", "fee", None) is keusote


# ---------------------------------------------------------------- sharing rules


def test_rule_problems_explain_in_words():
    assert ce.rule_problems(D(5), {"buyer": D(50), "producer": D(30), "staff": D(5), "effectiveness_pool": D(15)},
                            {"producer": D(100), "staff": D(0)}, {"buyer": D(50), "producer": D(50)}, "fee") == []
    problems = ce.rule_problems(gain_share_percent={"buyer": D(45), "producer": D(30), "staff": D(5),
                                                    "effectiveness_pool": D(15)})
    assert len(problems) == 1
    field, text = problems[0]
    assert field == "gain_share_percent"
    assert "95" in text and "100" in text
    problems = dict(ce.rule_problems(D(-1), pain_share_percent={"buyer": D(110), "producer": D(-10)},
                                     producer_pain_cap=D(-1)))
    assert set(problems) == {"gain_cap_percent", "producer_pain_cap", "pain_share_percent.buyer",
                             "pain_share_percent.producer"}


def test_rule_problems_sum_exactly_and_refuse_what_the_model_cannot_hold():
    """Issue 15: shares add up exactly (no 28-digit context): 100 with many zeros is 100, 100 + 1e-26 is not."""
    many_zeros = D("50." + "0" * 60)
    assert ce.rule_problems(pain_share_percent={"buyer": many_zeros, "producer": many_zeros}) == []
    problems = ce.rule_problems(pain_share_percent={"buyer": D("50.00000000000000000000000001"),
                                                    "producer": D(50)})
    assert [f for f, _t in problems] == ["pain_share_percent.buyer"]  # more than 6 decimals
    assert "6" in problems[0][1]
    for bad in (D("1e999999999"), D("NaN"), D("Infinity"), D("101")):
        assert ce.rule_problems(gain_cap_percent=bad), bad
    assert ce.rule_problems(producer_pain_cap=D("12.345"))  # cents
    assert ce.rule_problems(producer_pain_cap=D("1e14"))  # beyond the money limit


def test_set_rules_in_one_step(keusote):
    plan = ce.set_rules(keusote, gain_cap_percent=D(6),
                        gain_share_percent={"buyer": D(45), "producer": D(35), "staff": D(5),
                                            "effectiveness_pool": D(15)},
                        producer_pain_cap=D("1000000"))
    c = plan.commercial
    assert c.gain_cap_percent == 6
    assert dict(c.gain_share_percent)["producer"] == 35
    assert c.producer_pain_cap == D("1000000.00")
    validate_plan(plan)
    assert ce.set_producer_pain_cap(plan, None).commercial.producer_pain_cap is None
    assert ce.set_producer_pain_cap(plan, "fee").commercial.producer_pain_cap == "fee"
    with pytest.raises(PlanError):
        ce.set_shares(keusote, "pain_share_percent", {"buyer": D(40), "producer": D(50)})
    with pytest.raises(PlanError):
        ce.set_gain_cap(keusote, D(-1))
    assert ce.set_gain_cap(keusote, D(5)) is keusote


# ---------------------------------------------------------------- scenarios


def test_scenarios_add_rename_save_delete(keusote):
    key = ce.new_scenario_key(keusote, "Kokous 3.12.")
    entries = (m.ScenarioPeriod("p1", None, D("0.9")), m.ScenarioPeriod("p2"))
    plan = ce.add_scenario(keusote, "Kokous 3.12.", entries, key=key)
    validate_plan(plan)
    sc = plan.scenarios[-1]
    assert sc.key == key and sc.name == "Kokous 3.12."
    assert sc.periods == (m.ScenarioPeriod("p1", None, D("0.9")),)  # an entry with nothing assumed is dropped
    plan = ce.rename_scenario(plan, key, "Kokous")
    assert plan.scenarios[-1].name == "Kokous"
    plan = ce.set_scenario_period(plan, key, "p3", actual=m.ActualCost(None, D(1), D(2)))
    assert [sp.period for sp in plan.scenarios[-1].periods] == ["p1", "p3"]
    plan = ce.set_scenario_period(plan, key, "p1", kpi_score=None)
    assert [sp.period for sp in plan.scenarios[-1].periods] == ["p3"]
    plan = ce.save_scenario(plan, key, ())
    assert plan.scenarios[-1].periods == ()
    plan = ce.delete_scenario(plan, key)
    assert plan.scenarios == keusote.scenarios


def test_scenario_refusals(keusote):
    with pytest.raises(PlanError):
        ce.add_scenario(keusote, " ")
    with pytest.raises(PlanError):
        ce.add_scenario(keusote, "x", (m.ScenarioPeriod("p1", None, D("1.5")),))
    with pytest.raises(PlanError):
        ce.add_scenario(keusote, "x", (m.ScenarioPeriod("zz", None, D("0.5")),))
    with pytest.raises(PlanError):
        ce.add_scenario(keusote, "x", (m.ScenarioPeriod("p1", m.ActualCost(None, D(-1), D(0))),))
    with pytest.raises(PlanError):
        ce.add_scenario(keusote, "x", key=keusote.scenarios[0].key)
    with pytest.raises(PlanError):
        ce.delete_scenario(keusote, "missing")


def test_edits_do_not_touch_other_sections(keusote):
    plan = ce.set_target_part(keusote, "p2", "fee", D(1))
    assert m.changed_sections(keusote, plan) == ["commercial"]
    plan = ce.add_scenario(keusote, "A")
    assert m.changed_sections(keusote, plan) == ["scenarios"]
    # p4 has no measurements, calibrations or scenario entries: only the commercial section changes
    assert m.changed_sections(keusote, ce.remove_period(keusote, "p4")) == ["commercial"]
    assert m.changed_sections(keusote, ce.remove_period(keusote, "p1")) == ["metrics", "commercial", "scenarios"]
