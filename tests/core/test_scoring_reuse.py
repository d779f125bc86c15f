"""A period scored again after an edit takes the parts of the unchanged metrics from its last score (issue 16:
at 64x a measurement edit scored 384 metrics again with fractions), and equals a score from nothing; the
metrics board's book: tests/ui/test_metrics_speed.py."""

from __future__ import annotations


from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core import scoring
from tests.core.test_timeline_warnings_reuse import plan as plan_2x


def test_a_period_score_from_the_last_one_equals_a_score_from_nothing():
    plan = plan_2x()
    order = tuple(p.key for p in plan.commercial.periods)
    period = next(p for p in plan.commercial.periods if any(k == p.key for x in plan.metrics for k, _v in x.measurements))
    before = scoring.period_score(plan.metrics, period, order)
    metric = next(x for x in plan.metrics if dict(x.measurements).get(period.key) is not None)
    edited = me.set_measurement(plan, metric.key, period.key, 1)
    again = scoring.period_score(edited.metrics, period, order, previous=(plan.metrics, before))
    assert again == scoring.period_score(edited.metrics, period, order) != before
    index = [x.key for x in plan.metrics].index(metric.key)
    assert all((a is b) == (i != index) for i, (a, b) in enumerate(zip(before.metric_scores, again.metric_scores)))
    # a metric put at another place is scored again, not taken from its old place
    moved = plan.metrics[1:] + plan.metrics[:1]
    assert scoring.period_score(moved, period, order, previous=(plan.metrics, before)) == \
        scoring.period_score(moved, period, order)
