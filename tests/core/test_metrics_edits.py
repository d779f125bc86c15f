"""Metric edits: definitions, the library, calibration history, retiring, measurements, weight checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n, templates
from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core import model as m
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.scoring import calibration_in_force, kpi_scores
from alliance_desktop.core.validation import validate_plan

D = Decimal
ORDER = ("p1", "p2", "p3", "p4")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fi")


def plan_with(metrics=(), keys=ORDER) -> m.Plan:
    periods = tuple(m.ServicePeriod(k, f"Period {k[1:]}", dt.date(2027 + i, 1, 1), dt.date(2027 + i, 12, 31))
                    for i, k in enumerate(keys))
    return m.Plan(project=m.Project(name="x"), metrics=tuple(metrics), commercial=m.Commercial(periods=periods))


def waiting(**changes) -> m.Metric:
    base = m.Metric("wait", "Waiting", unit="days", baseline=D(150),
                    calibrations=(m.Calibration("p1", D(60), D(140), D(90)),),
                    measurements=(("p1", D(118)),))
    return m.Metric(**{**base.__dict__, **changes})


def satisfaction() -> m.Metric:
    return m.Metric("sat", "Satisfaction", direction="higher_is_better",
                    calibrations=(m.Calibration("p1", D(40), D(50), D(70)),), measurements=(("p1", D(60)),))


@pytest.fixture
def plan():
    return plan_with((waiting(), satisfaction()))


# ---------------------------------------------------------------- library


def test_library_has_the_eight_slide_metrics_and_the_three_goals(english):
    lib = me.metric_library()
    assert [e.key for e in lib if e.group == "process"] == [
        "jonotusajat", "hoitojakso", "hoitokustannukset", "asiakastyytyvaisyys", "hairiot", "toteuttajat",
        "korjaavat", "tuottavuus"]
    assert [e.name for e in lib if e.group == "goals"] == [
        "Containing cost growth", "Solutions to operational challenges", "Quality and effectiveness of services"]
    assert len({e.key for e in lib}) == len(lib) == 11
    for e in lib:
        assert e.name and e.unit and e.description
        assert e.direction in m.DIRECTIONS
    assert me.library_entry("jonotusajat").direction == "lower_is_better"
    assert me.library_entry("asiakastyytyvaisyys").direction == "higher_is_better"


def test_library_names_follow_the_language():
    i18n.set_language("en")
    english = [e.name for e in me.metric_library()]
    i18n.set_language("fi")
    finnish = [e.name for e in me.metric_library()]
    assert len(finnish) == len(english)
    # every name is looked up at call time (the Finnish text comes from the .ts once it is filled)
    assert all(f == i18n.translate("Metrics", en) for f, en in zip(finnish, english))


def test_add_library_to_a_blank_plan_and_again_is_a_no_op():
    blank = plan_with()
    keys = [e.key for e in me.metric_library() if e.group == "process"]
    new = me.add_library_metrics(blank, keys)
    assert [x.key for x in new.metrics] == keys
    assert all(x.calibrations == () and x.measurements == () for x in new.metrics)
    validate_plan(new)
    assert me.add_library_metrics(new, keys) is new
    # nothing counts until calibrated: every period warns that no metric counts
    assert all(s.exact == 0 for s in kpi_scores(new).values())


def test_library_knows_the_demo_already_has_its_metrics():
    hyvaks = templates.load_template("hyvaks")
    process = [e.key for e in me.metric_library() if e.group == "process"]
    assert me.add_library_metrics(hyvaks, process) is hyvaks
    keusote = templates.load_template("keusote")
    new = me.add_library_metrics(keusote, ["asiakastyytyvaisyys", "jonotusajat"])
    assert [x.key for x in new.metrics][len(keusote.metrics):] == ["jonotusajat"]


def test_unknown_library_key_is_refused():
    with pytest.raises(PlanError):
        me.add_library_metrics(plan_with(), ["nope"])


# ---------------------------------------------------------------- definitions


def test_add_update_move_remove_metric(plan):
    new = me.add_metric(plan, "  Hoitojakson kesto ", unit="vrk", direction="lower_is_better")
    added = new.metrics[-1]
    assert (added.key, added.name, added.unit) == ("hoitojakson_kesto", "Hoitojakson kesto", "vrk")
    again = me.add_metric(new, "Hoitojakson kesto")
    assert again.metrics[-1].key == "hoitojakson_kesto_2"
    changed = me.update_metric(new, "wait", name="Jonotusajat", owner="Johtoryhmä", data_source="Jonorekisteri",
                               frequency="Kuukausittain", description="Mediaani")
    w = me.find_metric(changed, "wait")
    assert (w.name, w.owner, w.data_source, w.frequency, w.description) == (
        "Jonotusajat", "Johtoryhmä", "Jonorekisteri", "Kuukausittain", "Mediaani")
    assert w.calibrations == plan.metrics[0].calibrations  # definitions never touch the history
    assert me.update_metric(changed, "wait", name="Jonotusajat") is changed
    moved = me.move_metric(changed, "hoitojakson_kesto", -5)
    assert [x.key for x in moved.metrics] == ["hoitojakson_kesto", "wait", "sat"]
    assert me.move_metric(moved, "hoitojakson_kesto", -1) is moved
    removed = me.remove_metric(moved, "wait")
    assert [x.key for x in removed.metrics] == ["hoitojakson_kesto", "sat"]
    for p in (new, changed, moved, removed):
        validate_plan(p)


def test_definition_refusals(plan):
    with pytest.raises(PlanError):
        me.add_metric(plan, "  ")
    with pytest.raises(PlanError):
        me.update_metric(plan, "wait", name="")
    with pytest.raises(PlanError):
        me.update_metric(plan, "wait", direction="sideways")
    with pytest.raises(PlanError):
        me.update_metric(plan, "nope", name="x")
    with pytest.raises(TypeError):
        me.update_metric(plan, "wait", calibrations=())


def test_baseline_set_and_clear(plan):
    new = me.set_baseline(plan, "wait", D("140.5"))
    assert me.find_metric(new, "wait").baseline == D("140.5")
    assert me.find_metric(me.set_baseline(new, "wait", None), "wait").baseline is None


# ---------------------------------------------------------------- calibrations


def test_recalibrate_from_a_later_period_keeps_the_history(plan):
    before = kpi_scores(plan)
    new = me.set_calibration(plan, "wait", "p3", threshold=D(110), target=D(75))
    w = me.find_metric(new, "wait")
    assert w.calibrations == (m.Calibration("p1", D(60), D(140), D(90)), m.Calibration("p3", D(60), D(110), D(75)))
    after = kpi_scores(new)
    assert after["p1"] == before["p1"] and after["p2"] == before["p2"]  # the past scores stay
    assert calibration_in_force(w, "p4", ORDER).threshold == D(110)
    validate_plan(new)


def test_calibrations_stay_in_period_order_and_one_per_period(plan):
    new = me.set_calibration(plan, "wait", "p4", weight=D(50))
    new = me.set_calibration(new, "wait", "p2", weight=D(55))
    assert [c.from_period for c in me.find_metric(new, "wait").calibrations] == ["p1", "p2", "p4"]
    same = me.set_calibration(new, "wait", "p2", weight=D(45))
    cals = me.find_metric(same, "wait").calibrations
    assert [c.from_period for c in cals] == ["p1", "p2", "p4"] and cals[1].weight == D(45)
    assert me.set_calibration(same, "wait", "p2", weight=D(45)) is same


def test_first_calibration_of_a_new_metric_starts_at_weight_zero():
    plan = me.add_metric(plan_with(), "Uusi")
    plan = me.set_baseline(plan, "uusi", D(7))
    new = me.set_calibration(plan, "uusi", "p2")
    assert me.find_metric(new, "uusi").calibrations == (m.Calibration("p2", D(0), D(7), D(7)),)
    validate_plan(new)
    with pytest.raises(PlanError):  # a weight needs threshold ≠ target
        me.set_calibration(new, "uusi", "p2", weight=D(10))
    ok = me.set_calibration(new, "uusi", "p2", target=D(5))
    ok = me.set_calibration(ok, "uusi", "p2", weight=D(10))
    assert me.find_metric(ok, "uusi").calibrations == (m.Calibration("p2", D(10), D(7), D(5)),)


def test_calibration_refusals(plan):
    with pytest.raises(PlanError):
        me.set_calibration(plan, "wait", "p1", weight=D(-1))
    with pytest.raises(PlanError):
        me.set_calibration(plan, "wait", "p1", weight=D(101))
    with pytest.raises(PlanError):
        me.set_calibration(plan, "wait", "p9", weight=D(1))
    with pytest.raises(PlanError):
        me.set_calibration(plan, "nope", "p1", weight=D(1))
    with pytest.raises(PlanError):
        me.remove_calibration(plan, "wait", "p3")


def test_remove_calibration_lets_the_earlier_one_apply_again(plan):
    two = me.set_calibration(plan, "wait", "p3", weight=D(30))
    assert calibration_in_force(me.find_metric(two, "wait"), "p3", ORDER).weight == D(30)
    back = me.remove_calibration(two, "wait", "p3")
    assert back == plan


def test_move_calibration(plan):
    two = me.set_calibration(plan, "wait", "p3", weight=D(30))
    moved = me.move_calibration(two, "wait", "p3", "p2")
    assert [c.from_period for c in me.find_metric(moved, "wait").calibrations] == ["p1", "p2"]
    with pytest.raises(PlanError):
        me.move_calibration(moved, "wait", "p2", "p1")
    assert me.move_calibration(moved, "wait", "p2", "p2") is moved


def test_retire_from_a_period_on(plan):
    plan = me.set_calibration(plan, "wait", "p4", weight=D(70))
    retired = me.retire_metric(plan, "wait", "p2")
    w = me.find_metric(retired, "wait")
    # earlier history kept; weight 0 from p2 with the levels in force; the later p4 calibration dropped
    assert w.calibrations == (m.Calibration("p1", D(60), D(140), D(90)), m.Calibration("p2", D(0), D(140), D(90)))
    assert me.is_retired(w, "p2", ORDER) and me.is_retired(w, "p4", ORDER) and not me.is_retired(w, "p1", ORDER)
    scores = kpi_scores(retired)
    assert [part.counts for part in scores["p1"].metric_scores] == [True, True]
    assert [part.counts for part in scores["p3"].metric_scores] == [False, True]
    assert scores["p1"] == kpi_scores(plan)["p1"]
    validate_plan(retired)


def test_retire_a_metric_never_calibrated():
    plan = me.add_metric(plan_with(), "Uusi")
    retired = me.retire_metric(plan, "uusi", "p3")
    assert me.find_metric(retired, "uusi").calibrations == (m.Calibration("p3", D(0), D(0), D(0)),)
    validate_plan(retired)


def test_calibration_spans(plan):
    plan = me.set_calibration(plan, "wait", "p3", weight=D(30))
    plan = me.retire_metric(plan, "wait", "p4")
    spans = me.calibration_spans(plan, "wait")
    assert [(s.calibration.from_period, s.first, s.last, s.retired) for s in spans] == [
        ("p1", 0, 1, False), ("p3", 2, 2, False), ("p4", 3, 3, True)]
    late = me.calibration_spans(plan_with((satisfaction(),), keys=("p0", "p1")), "sat")
    assert [(s.first, s.last) for s in late] == [(1, 1)]


# ---------------------------------------------------------------- measurements


def test_set_and_clear_measurements_keep_period_order(plan):
    new = me.set_measurement(plan, "wait", "p3", D(100))
    new = me.set_measurement(new, "wait", "p2", D("105.5"))
    assert me.find_metric(new, "wait").measurements == (("p1", D(118)), ("p2", D("105.5")), ("p3", D(100)))
    assert me.measurement(me.find_metric(new, "wait"), "p2") == D("105.5")
    cleared = me.clear_measurement(new, "wait", "p2")
    assert me.find_metric(cleared, "wait").measurements == (("p1", D(118)), ("p3", D(100)))
    assert me.clear_measurement(cleared, "wait", "p2") is cleared
    # untouched metrics stay the very same objects (storage and the score cache rely on it)
    assert cleared.metrics[1] is plan.metrics[1]
    validate_plan(cleared)


def test_many_measurements_at_once_or_none(plan):
    new = me.set_measurements(plan, [("wait", "p2", D(100)), ("sat", "p2", D(65)), ("wait", me.BASELINE, D(149))])
    assert me.measurement(me.find_metric(new, "sat"), "p2") == D(65)
    assert me.find_metric(new, "wait").baseline == D(149)
    with pytest.raises(PlanError):
        me.set_measurements(plan, [("wait", "p2", D(100)), ("wait", "p9", D(1))])
    with pytest.raises(PlanError):
        me.set_measurements(plan, [("nope", "p2", D(1))])
    with pytest.raises(PlanError):
        me.set_measurement(plan, "wait", "p2", D("NaN"))
    assert me.set_measurements(plan, []) is plan


def test_a_measurement_changes_the_score_as_core_scoring_says(plan):
    before = kpi_scores(plan)["p1"]
    new = me.set_measurement(plan, "wait", "p1", D(90))
    after = kpi_scores(new)["p1"]
    assert before.metric_scores[0].exact < 1 and after.metric_scores[0].exact == 1


# ---------------------------------------------------------------- weights


def test_weights_in_force_and_the_warning_in_words(plan, english):
    weights = me.weights_in_force(plan)
    assert weights["p1"] == (("wait", D(60)), ("sat", D(40)))
    assert sum(w for _k, w in weights["p4"]) == 100
    assert me.weight_problem(D(100), "Period 1") is None
    assert me.weight_problem(D(95), "Period 1") == (
        "The weights in period “Period 1” add up to 95 %, not 100 %: 5 % is not given to any metric.")
    assert me.weight_problem(D("102.5"), "Period 1") == (
        "The weights in period “Period 1” add up to 102.5 %, not 100 %: 2.5 % too much.")
    assert "KPI score is 0" in me.weight_problem(D(0), "Period 1")
    retired = me.retire_metric(plan, "sat", "p3")
    assert me.weights_in_force(retired)["p3"] == (("wait", D(60)),)


def test_hyvaks_weights_make_100_in_every_calibrated_period():
    hyvaks = templates.load_template("hyvaks")
    for key, parts in me.weights_in_force(hyvaks).items():
        assert sum(w for _k, w in parts) == 100, key


# ---------------------------------------------------------------- levels agree with the direction (issue 15, item 2)


def test_a_new_metric_does_not_default_to_a_contradiction(english):
    plan = me.add_metric(plan_with(), "Hoitotakuu")
    x = me.find_metric(plan, "hoitotakuu")
    assert x.direction == "lower_is_better" and x.calibrations == ()
    plan = me.set_calibration(plan, "hoitotakuu", "p1")  # starts with both levels at the baseline
    assert me.level_problems(plan) == []
    # the case: threshold 80, then target 90, on a lower-is-better metric
    plan = me.set_calibration(plan, "hoitotakuu", "p1", threshold=D(80))
    with pytest.raises(PlanError) as refused:
        me.set_calibration(plan, "hoitotakuu", "p1", target=D(90))
    message = str(refused.value)
    assert message.startswith("Metric “Hoitotakuu” (from period “Period 1”): lower is better")
    assert "lower the target" in message  # which way to fix it
    # switching the direction first makes the same levels right
    plan = me.update_metric(plan, "hoitotakuu", direction="higher_is_better")
    plan = me.set_calibration(plan, "hoitotakuu", "p1", target=D(90), weight=D(100))
    assert me.level_problems(plan) == []


def test_higher_is_better_needs_the_target_above_the_threshold(plan, english):
    with pytest.raises(PlanError) as refused:
        me.set_calibration(plan, "sat", "p1", target=D(45))
    assert str(refused.value).startswith("Metric “Satisfaction” (from period “Period 1”): higher is better")
    with pytest.raises(PlanError):  # a recalibration from a later period too
        me.set_calibration(plan, "sat", "p3", threshold=D(80))
    assert me.set_calibration(plan, "sat", "p3", threshold=D(60), target=D(80))


def test_a_direction_that_contradicts_the_levels_is_refused(plan, english):
    with pytest.raises(PlanError) as refused:
        me.update_metric(plan, "wait", direction="higher_is_better")
    assert str(refused.value) == (
        "The direction of “Waiting” cannot be turned while its levels from period “Period 1” (threshold 140, "
        "target 90) count the other way. Set the weight of that calibration to 0 first, then turn the direction "
        "and correct the levels.")
    assert me.update_metric(plan, "wait", direction="lower_is_better") is plan
    # the way the message says: weight 0, turn, correct the levels, weight back
    new = me.set_calibration(plan, "wait", "p1", weight=D(0))
    new = me.update_metric(new, "wait", direction="higher_is_better")
    assert len(me.level_problems(new)) == 1  # warned until the levels are corrected
    new = me.set_calibration(new, "wait", "p1", threshold=D(90), target=D(140))
    new = me.set_calibration(new, "wait", "p1", weight=D(60))
    assert me.level_problems(new) == []


def test_against_direction():
    cal = m.Calibration("p1", D(10), D(80), D(90))
    assert me.against_direction("lower_is_better", cal) and not me.against_direction("higher_is_better", cal)
    flat = m.Calibration("p1", D(0), D(80), D(80))
    assert not me.against_direction("lower_is_better", flat) and not me.against_direction("higher_is_better", flat)


def test_equal_levels_only_without_weight(plan):
    """All-or-nothing (threshold = target) is allowed at weight 0 only, in either direction."""
    new = me.set_calibration(plan, "wait", "p2", weight=D(0), threshold=D(90), target=D(90))
    assert me.level_problems(new) == []
    with pytest.raises(PlanError):
        me.set_calibration(new, "wait", "p2", weight=D(10))


def test_an_old_file_with_contradicting_levels_is_warned_about_and_can_be_fixed(plan, english):
    broken = plan_with((waiting(calibrations=(m.Calibration("p1", D(60), D(90), D(140)),)), satisfaction()))
    validate_plan(broken)  # such a file still opens
    problems = me.level_problems(broken)
    assert len(problems) == 1 and "“Waiting”" in problems[0]
    # its weight may still be changed (the levels are as the file had them) ...
    reweighted = me.set_calibration(broken, "wait", "p1", weight=D(50))
    assert me.level_problems(reweighted) == problems
    # ... but a level edit that leaves them contradicting is refused
    with pytest.raises(PlanError):
        me.set_calibration(broken, "wait", "p1", target=D(120))
    # fixing either way clears the warning
    assert me.level_problems(me.set_calibration(broken, "wait", "p1", target=D(60))) == []
    assert me.level_problems(me.update_metric(broken, "wait", direction="higher_is_better")) == []


# ---------------------------------------------------------------- properties

levels = st.decimals(min_value=-1000, max_value=1000, places=1, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(at=st.sampled_from(ORDER), weight=st.decimals(min_value=0, max_value=100, places=1),
       threshold=levels, target=levels)
def test_recalibrating_never_changes_earlier_periods(at, weight, threshold, target):
    plan = plan_with((waiting(), satisfaction()))
    plan = me.set_measurements(plan, [("wait", k, D(100 + i)) for i, k in enumerate(ORDER)])
    try:
        new = me.set_calibration(plan, "wait", at, weight=weight, threshold=threshold, target=target)
    except PlanError:
        # "Waiting" is lower-is-better: a target above the threshold contradicts it
        assert (weight > 0 and threshold == target) or target > threshold
        return
    validate_plan(new)
    assert me.level_problems(new) == []
    before, after = kpi_scores(plan), kpi_scores(new)
    for key in ORDER[:ORDER.index(at)]:
        assert after[key] == before[key]
    cal = calibration_in_force(me.find_metric(new, "wait"), at, ORDER)
    assert (cal.weight, cal.threshold, cal.target) == (weight, threshold, target)


@settings(max_examples=40, deadline=None)
@given(ops=st.lists(st.tuples(st.sampled_from(("cal", "retire", "remove", "measure", "clear")),
                              st.sampled_from(ORDER), st.integers(0, 100)), max_size=12))
def test_any_sequence_of_edits_keeps_the_plan_valid(ops):
    plan = plan_with((waiting(), satisfaction()))
    for op, period, n in ops:
        try:
            if op == "cal":
                plan = me.set_calibration(plan, "wait", period, weight=D(n), threshold=D(200), target=D(n))
            elif op == "retire":
                plan = me.retire_metric(plan, "sat", period)
            elif op == "remove":
                plan = me.remove_calibration(plan, "wait", period)
            elif op == "measure":
                plan = me.set_measurement(plan, "sat", period, D(n))
            else:
                plan = me.clear_measurement(plan, "wait", period)
        except PlanError:
            continue
        validate_plan(plan)
        assert me.level_problems(plan) == []
        for x in plan.metrics:
            froms = [c.from_period for c in x.calibrations]
            assert froms == sorted(froms, key=ORDER.index) and len(set(froms)) == len(froms)
            periods = [p for p, _v in x.measurements]
            assert periods == sorted(periods, key=ORDER.index)
