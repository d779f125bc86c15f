"""A caching layer over core.scoring for the board: period scores recomputed only when their inputs change.

core.scoring is the one implementation of KPI scoring; this module only decides *when* to call
`period_score` again. A period's score depends on, for each metric in order, its key, name,
direction, calibrations and its measurement for that period, and on the period itself and the
order of the periods.

The plan is immutable, so after an edit every untouched metric is the very same object. When a
new plan comes, `set_plan` compares it with the last one: a metric that is a new object has its
inputs compared period by period, and only the periods whose inputs differ lose their cached
score. Editing one measurement therefore recomputes one period, not all of them; adding,
removing or reordering metrics, or changing the periods' order, recomputes everything. Qt-free.
"""

from __future__ import annotations

from decimal import Decimal

from ...core import model as m
from ...core.scoring import PeriodScore, period_score
from ...core.settlement import PeriodResult, settle_period


class ScoreBook:
    def __init__(self, plan: m.Plan | None = None):
        self.plan = m.Plan()
        self._order: tuple[str, ...] = ()
        self._scores: dict[str, PeriodScore] = {}
        # A score its inputs changed, with the metrics it was computed from: the parts of the metrics that are
        # the same objects are taken from it when the period is scored again (core.scoring.period_score)
        self._stale: dict[str, tuple[tuple[m.Metric, ...], PeriodScore]] = {}
        self._basis: dict[str, tuple[m.Metric, ...]] = {}  # the metrics each cached score was computed from
        self.computed = 0  # how many times core.scoring was called (for tests and benchmarks)
        if plan is not None:
            self.set_plan(plan)

    @property
    def order(self) -> tuple[str, ...]:
        return self._order

    # --- invalidation

    def _inputs(self, metric: m.Metric) -> list[tuple]:
        values = dict(metric.measurements)
        head = (metric.key, metric.name, metric.direction, metric.calibrations)
        return [(*head, values.get(k)) for k in self._order]

    def set_plan(self, plan: m.Plan) -> None:
        """Take a new plan; forget the cached scores its changes may affect."""
        old = self.plan
        if plan is old:
            return
        self.plan = plan
        order = tuple(p.key for p in plan.commercial.periods)
        if order != self._order or len(plan.metrics) != len(old.metrics) or any(
                a.key != b.key for a, b in zip(plan.metrics, old.metrics)):
            self._order = order
            self._scores.clear()
            self._stale.clear()
            return
        if not self._scores:
            return
        if plan.commercial.periods is not old.commercial.periods:
            for new_p, old_p in zip(plan.commercial.periods, old.commercial.periods):
                if new_p != old_p:
                    self._scores.pop(new_p.key, None)
        if plan.metrics is old.metrics:
            return
        for new_m, old_m in zip(plan.metrics, old.metrics):
            if new_m is old_m:
                continue
            for key, a, b in zip(self._order, self._inputs(new_m), self._inputs(old_m)):
                if a != b:
                    score = self._scores.pop(key, None)
                    if score is not None:
                        self._stale[key] = (self._basis[key], score)

    # --- scores

    def known(self, key: str) -> PeriodScore | None:
        """The cached score when it is still current, else None (nothing is computed)."""
        return self._scores.get(key)

    def all_known(self) -> dict[str, PeriodScore | None]:
        return {k: self._scores.get(k) for k in self._order}

    def missing(self) -> list[str]:
        return [k for k in self._order if k not in self._scores]

    def period(self, key: str) -> PeriodScore:
        """The period's score from core.scoring (cached while its inputs are unchanged)."""
        hit = self._scores.get(key)
        if hit is not None:
            return hit
        if getattr(self, "_index_of", (None,))[0] != self._order:  # key -> position, once per order
            self._index_of = (self._order, {k: i for i, k in enumerate(self._order)})
        index = self._index_of[1][key]
        score = period_score(self.plan.metrics, self.plan.commercial.periods[index], self._index_of[1],
                             previous=self._stale.pop(key, None))
        self.computed += 1
        self._scores[key] = score
        self._basis[key] = self.plan.metrics
        return score

    def settlement(self, key: str) -> PeriodResult:
        """The period's settlement with its KPI score, as core.settlement.settle_plan computes it."""
        period = self.plan.commercial.periods[self._order.index(key)]
        return settle_period(self.plan.commercial, period, self.period(key))

    def weight_total(self, key: str) -> Decimal:
        return sum((part.weight for part in self.period(key).metric_scores), Decimal(0))
