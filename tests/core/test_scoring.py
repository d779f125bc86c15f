"""KPI scoring: calibration in force, metric and period scores, missing measurements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n
from alliance_desktop.core import model as m
from alliance_desktop.core.scoring import calibration_in_force, kpi_scores, metric_score, period_score

D = Decimal
ORDER = ("p1", "p2", "p3", "p4")


@pytest.fixture
def english(_language):
    i18n.set_language("en")
    yield


def plan_with(metrics, keys=ORDER) -> m.Plan:
    periods = tuple(m.ServicePeriod(k, f"Period {k[1:]}", dt.date(2027 + i, 1, 1), dt.date(2027 + i, 12, 31))
                    for i, k in enumerate(keys))
    return m.Plan(project=m.Project(name="x"), metrics=tuple(metrics), commercial=m.Commercial(periods=periods))


def test_metric_score_both_directions():
    # lower is better: threshold 120 days, target 90 days
    assert metric_score(D(100), D(120), D(90)) == Fraction(2, 3)
    assert metric_score(D(130), D(120), D(90)) == 0  # worse than the threshold
    assert metric_score(D(80), D(120), D(90)) == 1  # better than the target
    assert metric_score(D(120), D(120), D(90)) == 0 and metric_score(D(90), D(120), D(90)) == 1
    # higher is better: satisfaction 3.5 → 4.5
    assert metric_score(D("4.0"), D("3.5"), D("4.5"), "higher_is_better") == Fraction(1, 2)
    assert metric_score(D(3), D("3.5"), D("4.5"), "higher_is_better") == 0
    assert metric_score(D(5), D("3.5"), D("4.5"), "higher_is_better") == 1
    # missing
    assert metric_score(None, D(1), D(2)) == 0


def test_degenerate_calibration_is_all_or_nothing():
    assert metric_score(D(5), D(5), D(5), "lower_is_better") == 1
    assert metric_score(D(6), D(5), D(5), "lower_is_better") == 0
    assert metric_score(D(6), D(5), D(5), "higher_is_better") == 1


def test_hand_worked_period_score():
    """(40·2/3 + 30·1/2 + 30·17/30) / 100 = 44/75."""
    metrics = [
        m.Metric("wait", "Waiting days", calibrations=(m.Calibration("p1", D(40), D(120), D(90)),),
                 measurements=(("p1", D(100)),)),
        m.Metric("sat", "Satisfaction", direction="higher_is_better",
                 calibrations=(m.Calibration("p1", D(30), D("3.5"), D("4.5")),), measurements=(("p1", D("4.0")),)),
        m.Metric("fix", "Corrective %", calibrations=(m.Calibration("p1", D(30), D(10), D(4)),),
                 measurements=(("p1", D("6.6")),)),
    ]
    s = kpi_scores(plan_with(metrics))["p1"]
    assert s.exact == Fraction(44, 75)
    assert str(s.score) == "0.5866666666666666666666666667"
    assert [x.exact for x in s.metric_scores] == [Fraction(2, 3), Fraction(1, 2), Fraction(17, 30)]
    assert [x.weight for x in s.metric_scores] == [40, 30, 30]
    assert s.warnings == ()


def test_calibration_in_force_follows_period_order_not_list_order():
    metric = m.Metric("x", "X", calibrations=(
        m.Calibration("p3", D(2), D(0), D(10)),
        m.Calibration("p1", D(1), D(0), D(10)),
    ))
    assert calibration_in_force(metric, "p1", ORDER).weight == 1
    assert calibration_in_force(metric, "p2", ORDER).weight == 1
    assert calibration_in_force(metric, "p3", ORDER).weight == 2
    assert calibration_in_force(metric, "p4", ORDER).weight == 2
    assert calibration_in_force(metric, "elsewhere", ORDER) is None
    late = m.Metric("y", "Y", calibrations=(m.Calibration("p2", D(1), D(0), D(10)),))
    assert calibration_in_force(late, "p1", ORDER) is None


def test_recalibration_reweighting_and_retirement(english):
    metrics = [
        # recalibrated from p3 (tighter target, double weight)
        m.Metric("wait", "Waiting days", calibrations=(m.Calibration("p1", D(1), D(120), D(90)),
                                                        m.Calibration("p3", D(2), D(100), D(70))),
                 measurements=(("p1", D(105)), ("p2", D(90)), ("p3", D(91)), ("p4", D(70)))),
        # retired from p4 with weight 0
        m.Metric("sat", "Satisfaction", direction="higher_is_better",
                 calibrations=(m.Calibration("p1", D(1), D(3), D(4)), m.Calibration("p4", D(0), D(3), D(4))),
                 measurements=(("p1", D("3.5")), ("p2", D("3.2")), ("p3", D("4.4")))),
        # introduced from p2
        m.Metric("new", "New metric", calibrations=(m.Calibration("p2", D(2), D(0), D(10)),),
                 measurements=(("p2", D(5)), ("p3", D(10)), ("p4", D(0)))),
    ]
    scores = kpi_scores(plan_with(metrics))
    assert scores["p1"].exact == Fraction(1, 2)  # (0.5 + 0.5) / 2; "new" has no calibration yet
    assert scores["p2"].exact == Fraction(1 * 1 + 1 * Fraction(1, 5) + 2 * Fraction(1, 2), 4)
    assert scores["p3"].exact == Fraction(2 * Fraction(3, 10) + 1 + 2 * 1, 5)
    assert scores["p4"].exact == Fraction(2 * 1 + 0, 4)
    # the retired metric's missing p4 measurement does not warn: it does not count
    assert all(s.warnings == () for s in scores.values())
    assert not scores["p4"].metric_scores[1].counts and scores["p4"].metric_scores[1].weight == 0
    assert not scores["p1"].metric_scores[2].counts and scores["p1"].metric_scores[2].calibration is None


def test_missing_measurement_scores_zero_and_warns(english):
    metrics = [
        m.Metric("wait", "Waiting days", calibrations=(m.Calibration("p1", D(1), D(120), D(90)),),
                 measurements=(("p1", D(90)),)),
        m.Metric("sat", "Satisfaction", direction="higher_is_better",
                 calibrations=(m.Calibration("p1", D(3), D(3), D(4)),), measurements=()),
    ]
    s = kpi_scores(plan_with(metrics))["p1"]
    assert s.exact == Fraction(1, 4)  # (1·1 + 3·0) / 4
    assert s.warnings == ("No measurement of “Satisfaction” for period “Period 1”: it scores 0.",)
    assert s.metric_scores[1].value is None and s.metric_scores[1].counts


def test_no_metric_counts_gives_zero_and_warns(english):
    s = kpi_scores(plan_with([]))["p2"]
    assert s.exact == 0 and s.score == 0
    assert s.warnings == ("No metric counts in period “Period 2”: the KPI score is 0.",)
    zero = m.Metric("z", "Z", calibrations=(m.Calibration("p1", D(0), D(1), D(1)),), measurements=(("p1", D(1)),))
    assert kpi_scores(plan_with([zero]))["p1"].exact == 0


def test_period_score_accepts_a_key():
    metric = m.Metric("w", "W", calibrations=(m.Calibration("p1", D(1), D(0), D(4)),), measurements=(("p1", D(1)),))
    assert period_score([metric], "p1", ORDER).exact == Fraction(1, 4)


# ---------------------------------------------------------------- properties

values = st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, database=None)
@given(values, values, values)
def test_metric_score_is_between_0_and_1(v, th, tg):
    assume(th != tg)
    assert 0 <= metric_score(v, th, tg) <= 1


@settings(max_examples=300, database=None)
@given(values, values, values, values)
def test_metric_score_is_monotone_in_the_metrics_direction(v1, v2, a, b):
    assume(a != b)
    lo, hi = sorted((v1, v2))
    # higher is better: the target lies above the threshold
    th, tg = min(a, b), max(a, b)
    assert metric_score(lo, th, tg, "higher_is_better") <= metric_score(hi, th, tg, "higher_is_better")
    # lower is better: the target lies below the threshold
    th, tg = max(a, b), min(a, b)
    assert metric_score(lo, th, tg, "lower_is_better") >= metric_score(hi, th, tg, "lower_is_better")


@st.composite
def metric_sets(draw):
    n = draw(st.integers(1, 5))
    metrics = []
    for i in range(n):
        th, tg = draw(values), draw(values)
        assume(th != tg)
        weight = draw(st.decimals(min_value=0, max_value=100, places=2))
        measured = draw(st.booleans())
        metrics.append(m.Metric(f"m{i}", f"M{i}", calibrations=(m.Calibration("p1", weight, th, tg),),
                                measurements=(("p1", draw(values)),) if measured else ()))
    return metrics


@settings(max_examples=200, database=None)
@given(metric_sets(), st.decimals(min_value=D("0.001"), max_value=1000, places=3))
def test_scaling_all_weights_leaves_the_score_unchanged(metrics, k):
    scaled = [m.Metric(x.key, x.name, calibrations=tuple(
        m.Calibration(c.from_period, c.weight * k, c.threshold, c.target) for c in x.calibrations),
        measurements=x.measurements) for x in metrics]
    a = period_score(metrics, "p1", ORDER)
    b = period_score(scaled, "p1", ORDER)
    assert a.exact == b.exact
    assert 0 <= a.exact <= 1


@settings(max_examples=200, database=None)
@given(st.lists(st.sampled_from(ORDER), min_size=0, max_size=4, unique=True), st.sampled_from(ORDER))
def test_calibration_in_force_is_the_latest_at_or_before(starts, here):
    metric = m.Metric("x", "X", calibrations=tuple(
        m.Calibration(p, D(ORDER.index(p) + 1), D(0), D(1)) for p in starts))
    cal = calibration_in_force(metric, here, ORDER)
    eligible = [p for p in starts if ORDER.index(p) <= ORDER.index(here)]
    if not eligible:
        assert cal is None
    else:
        assert cal.from_period == max(eligible, key=ORDER.index)
