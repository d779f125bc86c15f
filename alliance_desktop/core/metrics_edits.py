"""Pure edits of the metrics board (mittaristo), the metric library, and weight checks.

Every edit is a function plan in, new plan out (see core/edits.py); views call them through
`Document.apply`. An edit that cannot be made raises PlanError with a translated message.

Conventions the edits keep:

* A metric's calibrations are kept in service-period order, one per period at most. A calibration
  applies from its period on until the next one (core/scoring.calibration_in_force). History is
  never rewritten by a recalibration: a new calibration is added from a later period.
* Retiring a metric from a period on is a calibration with weight 0 from that period; later
  calibrations are dropped, so the metric stays out unless it is calibrated again.
* Measurements are kept in service-period order, one per period; `None` as a value clears one.
* Weights are percentages: the weights in force in a period should add up to 100 %.
  Scoring divides by the total anyway, so another total is a warning, not a refusal
  (`weight_problem`).

The metric library holds the eight metrics of the HyvaKS MITTARIT slide (seed 000) and the three
goals of the Keusote alliance (seed 003), with names, units and descriptions in the current language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation

from .records import record
from ..i18n import translate
from . import model as m
from .edits import unique_key
from .errors import PlanError, shown
from .formatting import format_number
from .scoring import calibration_in_force
from .validation import metric_level_problem

ZERO = Decimal(0)
HUNDRED = Decimal(100)
METRIC_FIELDS = ("name", "unit", "direction", "description", "data_source", "frequency", "owner")


# ---------------------------------------------------------------- the metric library


@record
class LibraryMetric:
    """A ready-made metric definition; `group` is "process" (seed 000) or "goals" (seed 003)."""

    key: str
    name: str
    unit: str
    direction: str
    description: str
    group: str

    def metric(self, key: str | None = None) -> m.Metric:
        return m.Metric(key=key or self.key, name=self.name, unit=self.unit, direction=self.direction,
                        description=self.description)


def metric_library() -> tuple[LibraryMetric, ...]:
    """The library in the current language (names are looked up at call time)."""
    low, high = "lower_is_better", "higher_is_better"
    return (
        LibraryMetric("jonotusajat", translate("Metrics", "Waiting times"), translate("Metrics", "days"), low,
                      translate("Metrics", "Median waiting time from the referral to the treatment."), "process"),
        LibraryMetric("hoitojakso", translate("Metrics", "Length of the care episode"), translate("Metrics", "days"),
                      low, translate("Metrics", "Average length of a care episode in hospital."), "process"),
        LibraryMetric("hoitokustannukset", translate("Metrics", "Care costs"),
                      translate("Metrics", "€ / care episode"), low,
                      translate("Metrics", "Cost of the whole service chain per care episode, from the open books."),
                      "process"),
        LibraryMetric("asiakastyytyvaisyys", translate("Metrics", "Customer satisfaction"), "NPS", high,
                      translate("Metrics", "Net promoter score of the customer survey after the care."), "process"),
        LibraryMetric("hairiot", translate("Metrics", "Incidents"),
                      translate("Metrics", "per 1,000 procedures"), low,
                      translate("Metrics", "Cancelled procedures and adverse events."), "process"),
        LibraryMetric("toteuttajat", translate("Metrics", "Implementers' satisfaction"),
                      translate("Metrics", "scale 1–5"), high,
                      translate("Metrics", "How satisfied the alliance staff and companies are with the cooperation."),
                      "process"),
        LibraryMetric("korjaavat", translate("Metrics", "Corrective procedures / aftercare"),
                      translate("Metrics", "% of patients"), low,
                      translate("Metrics", "Share of patients who needed a corrective procedure or extra aftercare."),
                      "process"),
        LibraryMetric("tuottavuus", translate("Metrics", "Process productivity"),
                      translate("Metrics", "procedures / theatre day"), high,
                      translate("Metrics", "Procedures per operating-theatre day."), "process"),
        LibraryMetric("kustannuskasvu", translate("Metrics", "Containing cost growth"),
                      translate("Metrics", "% a year"), low,
                      translate("Metrics", "Yearly growth of the service cost per resident of the target group."),
                      "goals"),
        LibraryMetric("ratkaisut", translate("Metrics", "Solutions to operational challenges"),
                      translate("Metrics", "solutions in use"), high,
                      translate("Metrics", "Solutions taken into use for premises, technology, digital services "
                                           "and the availability of skilled staff."), "goals"),
        LibraryMetric("laatu_vaikuttavuus", translate("Metrics", "Quality and effectiveness of services"),
                      translate("Metrics", "index 0–100"), high,
                      translate("Metrics", "Quality and effectiveness index: the population's health, functional "
                                           "ability and seamless service chains."), "goals"),
    )


def library_entry(key: str) -> LibraryMetric:
    for entry in metric_library():
        if entry.key == key:
            return entry
    raise PlanError(translate("Metrics", "The metric library has no metric “{metric}”.").format(metric=key))


def in_plan(plan: m.Plan, entry: LibraryMetric) -> bool:
    """Whether the plan already has this library metric (same key, or the same name in any case)."""
    name = entry.name.casefold()
    return any(x.key == entry.key or x.name.casefold() == name for x in plan.metrics)


def add_library_metrics(plan: m.Plan, keys: Iterable[str]) -> m.Plan:
    """Add the library metrics not yet in the plan (without calibrations: they count once calibrated)."""
    added = list(plan.metrics)
    for key in keys:
        entry = library_entry(key)
        probe = dataclasses.replace(plan, metrics=tuple(added))
        if in_plan(probe, entry):
            continue
        added.append(entry.metric(unique_key((x.key for x in added), entry.key)))
    if len(added) == len(plan.metrics):
        return plan
    return dataclasses.replace(plan, metrics=tuple(added))


# ---------------------------------------------------------------- helpers


def period_keys(plan: m.Plan) -> list[str]:
    return [p.key for p in plan.commercial.periods]


def find_metric(plan: m.Plan, key: str) -> m.Metric:
    for x in plan.metrics:
        if x.key == key:
            return x
    raise PlanError(translate("Metrics", "There is no metric “{metric}”.").format(metric=key))


def _check_period(plan: m.Plan, period: str) -> None:
    if period not in period_keys(plan):
        raise PlanError(translate("Metrics", "There is no service period “{period}”.").format(period=period))


def _metric_name(x: m.Metric) -> str:
    return x.name or x.key


def _replace(plan: m.Plan, key: str, metric: m.Metric) -> m.Plan:
    find_metric(plan, key)
    return dataclasses.replace(plan, metrics=tuple(metric if x.key == key else x for x in plan.metrics))


def _as_decimal(value: Decimal | int | str | None, what: str) -> Decimal | None:
    if value is None:
        return None
    try:
        d = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        d = Decimal("NaN")
    if not d.is_finite():
        raise PlanError(translate("Metrics", "“{what}” must be a number.").format(what=what))
    return d


def _sorted_by_period(plan: m.Plan, items, period_of):
    index = {k: i for i, k in enumerate(period_keys(plan))}
    return tuple(sorted(items, key=lambda item: index.get(period_of(item), len(index))))


# ---------------------------------------------------------------- metric definitions


def add_metric(plan: m.Plan, name: str, **fields) -> m.Plan:
    """Add a metric at the end; `fields` are Metric definition fields (unit, direction, description, ...)."""
    name = name.strip()
    if not name:
        raise PlanError(translate("Metrics", "A metric needs a name."))
    _check_fields(fields)
    key = unique_key((x.key for x in plan.metrics), name)
    return dataclasses.replace(plan, metrics=plan.metrics + (m.Metric(key=key, name=name, **fields),))


def _check_fields(changes: Mapping[str, object]) -> None:
    unknown = set(changes) - set(METRIC_FIELDS) - {"baseline"}
    if unknown:
        raise TypeError(f"not a metric definition field: {sorted(unknown)}")
    if "name" in changes and not str(changes["name"]).strip():
        raise PlanError(translate("Metrics", "A metric needs a name."))
    if "direction" in changes and changes["direction"] not in m.DIRECTIONS:
        raise PlanError(translate("Metrics", "The direction must be “lower is better” or “higher is better”."))


def update_metric(plan: m.Plan, key: str, **changes) -> m.Plan:
    """Change definition fields (name, unit, direction, description, data_source, frequency, owner, baseline).

    A new direction must agree with the levels of every calibration that has a weight; a calibration of
    weight 0 (a new one, for instance) may be left contradicting for a moment, so that the direction can be
    turned before its levels are typed (the metrics view warns until they agree)."""
    _check_fields(changes)
    if "name" in changes:
        changes["name"] = str(changes["name"]).strip()
    if "baseline" in changes:
        changes["baseline"] = _as_decimal(changes["baseline"], translate("Metrics", "Baseline"))
    metric = find_metric(plan, key)
    new = dataclasses.replace(metric, **changes)
    if new.direction != metric.direction:
        for cal in metric.calibrations:
            if cal.weight > 0 and metric_level_problem(dataclasses.replace(new, calibrations=(cal,))):
                raise PlanError(translate(
                    "Metrics", "The direction of “{metric}” cannot be turned while its levels from period “{period}” "
                               "(threshold {threshold}, target {target}) count the other way. Set the weight of "
                               "that calibration to 0 first, then turn the direction and correct the levels.").format(
                    metric=shown(_metric_name(metric)), period=shown(period_name(plan, cal.from_period)),
                    threshold=_number_text(cal.threshold), target=_number_text(cal.target)))
    return plan if new == metric else _replace(plan, key, new)


def against_direction(direction: str, cal: m.Calibration) -> bool:
    """True when the calibration's levels count the other way than the direction (equal levels never do)."""
    if cal.threshold == cal.target:
        return False
    return (cal.target > cal.threshold) == (direction == "lower_is_better")


def level_problem(plan: m.Plan, metric: m.Metric) -> str | None:
    """The first calibration of the metric whose levels contradict its direction, in words naming the metric,
    the period and which way to fix it (core.validation.metric_level_problem), or None.

    For "lower is better" the target must be below the threshold, for "higher is better" above it. Equal
    levels are all-or-nothing (core.scoring) and allowed only with weight 0 (`_check_calibration`)."""
    return metric_level_problem(metric, {p.key: p.name or p.key for p in plan.commercial.periods})


def level_problems(plan: m.Plan) -> list[str]:
    """`level_problem` of every metric that has one, in board order: the metrics view warns with these
    (files made by earlier versions may hold such levels; they open, and the warning stays until fixed)."""
    found = (level_problem(plan, x) for x in plan.metrics)
    return [text for text in found if text]


def set_baseline(plan: m.Plan, key: str, value: Decimal | None) -> m.Plan:
    """The value before the alliance (None: not known)."""
    return update_metric(plan, key, baseline=value)


def remove_metric(plan: m.Plan, key: str) -> m.Plan:
    """Remove a metric with its calibrations and measurements (undo brings them back).

    To stop a metric counting while keeping its history, retire it from a period on instead.
    """
    find_metric(plan, key)
    return dataclasses.replace(plan, metrics=tuple(x for x in plan.metrics if x.key != key))


def move_metric(plan: m.Plan, key: str, offset: int) -> m.Plan:
    """Move a metric up (negative offset) or down in the board's order."""
    metrics = list(plan.metrics)
    i = metrics.index(find_metric(plan, key))
    j = max(0, min(len(metrics) - 1, i + offset))
    if i == j:
        return plan
    metrics.insert(j, metrics.pop(i))
    return dataclasses.replace(plan, metrics=tuple(metrics))


# ---------------------------------------------------------------- calibrations


def calibration_at(metric: m.Metric, period: str) -> m.Calibration | None:
    """The calibration that starts at exactly this period (not the one in force)."""
    return next((c for c in metric.calibrations if c.from_period == period), None)


def _check_calibration(metric: m.Metric, cal: m.Calibration) -> None:
    if cal.weight < 0:
        raise PlanError(translate("Metrics", "A weight must not be negative."))
    if cal.weight > HUNDRED:
        raise PlanError(translate("Metrics", "A weight is a percentage of the period's score: at most 100 %."))
    if cal.weight > 0 and cal.threshold == cal.target:
        raise PlanError(translate("Metrics", "“{metric}”: the threshold and the target must differ for a metric "
                                             "that has a weight.").format(metric=_metric_name(metric)))


def _store_calibrations(plan: m.Plan, metric: m.Metric, cals: Iterable[m.Calibration]) -> m.Plan:
    ordered = _sorted_by_period(plan, cals, lambda c: c.from_period)
    return _replace(plan, metric.key, dataclasses.replace(metric, calibrations=ordered))


def set_calibration(plan: m.Plan, key: str, from_period: str, *, weight: Decimal | None = None,
                    threshold: Decimal | None = None, target: Decimal | None = None) -> m.Plan:
    """Set the calibration that starts at `from_period`, creating it when there is none.

    A new calibration starts as a copy of the one in force in that period (or, for a metric never
    calibrated, weight 0 with threshold and target at the baseline); the given values replace
    its fields. Earlier calibrations, the history, are left as they are.
    """
    _check_period(plan, from_period)
    metric = find_metric(plan, key)
    existing = calibration_at(metric, from_period)
    base = existing or calibration_in_force(metric, from_period, period_keys(plan))
    if base is None:
        start = metric.baseline if metric.baseline is not None else ZERO
        base = m.Calibration(from_period, ZERO, start, start)
    values = {"from_period": from_period}
    for name, value, what in (("weight", weight, translate("Metrics", "Weight")),
                              ("threshold", threshold, translate("Metrics", "Threshold")),
                              ("target", target, translate("Metrics", "Target"))):
        if value is not None:
            values[name] = _as_decimal(value, what)
    cal = dataclasses.replace(base, **values)
    _check_calibration(metric, cal)
    # Levels that contradict the direction are refused; a weight change alone on a calibration a file
    # already had that way is not (the metrics view warns about it until the levels are fixed).
    if existing is None or (cal.threshold, cal.target) != (existing.threshold, existing.target):
        problem = level_problem(plan, dataclasses.replace(metric, calibrations=(cal,)))
        if problem:
            raise PlanError(problem)
    if existing == cal:
        return plan
    others = [c for c in metric.calibrations if c.from_period != from_period]
    return _store_calibrations(plan, metric, others + [cal])


def move_calibration(plan: m.Plan, key: str, from_period: str, to_period: str) -> m.Plan:
    """Make a calibration start from another period (refused when one already starts there)."""
    _check_period(plan, to_period)
    metric = find_metric(plan, key)
    cal = calibration_at(metric, from_period)
    if cal is None:
        raise PlanError(translate("Metrics", "“{metric}” has no calibration from period “{period}”.").format(
            metric=_metric_name(metric), period=from_period))
    if from_period == to_period:
        return plan
    if calibration_at(metric, to_period) is not None:
        raise PlanError(translate("Metrics", "“{metric}” already has a calibration from period “{period}”.").format(
            metric=_metric_name(metric), period=period_name(plan, to_period)))
    others = [c for c in metric.calibrations if c.from_period != from_period]
    return _store_calibrations(plan, metric, others + [dataclasses.replace(cal, from_period=to_period)])


def remove_calibration(plan: m.Plan, key: str, from_period: str) -> m.Plan:
    """Remove the calibration that starts at `from_period`; the one before it then applies on."""
    metric = find_metric(plan, key)
    if calibration_at(metric, from_period) is None:
        raise PlanError(translate("Metrics", "“{metric}” has no calibration from period “{period}”.").format(
            metric=_metric_name(metric), period=from_period))
    return _store_calibrations(plan, metric, (c for c in metric.calibrations if c.from_period != from_period))


def retire_metric(plan: m.Plan, key: str, from_period: str) -> m.Plan:
    """Stop the metric counting from `from_period` on: a weight-0 calibration there, later ones dropped.

    The threshold and target of the calibration in force are kept on the weight-0 calibration, so the
    board can still show how the metric did. Earlier periods keep their calibrations and scores.
    """
    _check_period(plan, from_period)
    metric = find_metric(plan, key)
    order = period_keys(plan)
    at = order.index(from_period)
    base = calibration_in_force(metric, from_period, order)
    if base is None:
        start = metric.baseline if metric.baseline is not None else ZERO
        base = m.Calibration(from_period, ZERO, start, start)
    retired = dataclasses.replace(base, from_period=from_period, weight=ZERO)
    earlier = [c for c in metric.calibrations if c.from_period in order and order.index(c.from_period) < at]
    return _store_calibrations(plan, metric, earlier + [retired])


def is_retired(metric: m.Metric, period: str, order: Sequence[str]) -> bool:
    """True when a calibration is in force in the period and its weight is 0."""
    cal = calibration_in_force(metric, period, order)
    return cal is not None and cal.weight == 0


@record
class CalibrationSpan:
    """One calibration on a metric's timeline: periods first..last (indexes into the period order)."""

    calibration: m.Calibration
    first: int
    last: int

    @property
    def retired(self) -> bool:
        return self.calibration.weight == 0


def calibration_spans(plan: m.Plan, key: str) -> tuple[CalibrationSpan, ...]:
    """The metric's calibration history as spans over the service periods, in period order."""
    metric = find_metric(plan, key)
    order = period_keys(plan)
    index = {k: i for i, k in enumerate(order)}
    cals = sorted((c for c in metric.calibrations if c.from_period in index), key=lambda c: index[c.from_period])
    spans = []
    for n, cal in enumerate(cals):
        last = index[cals[n + 1].from_period] - 1 if n + 1 < len(cals) else len(order) - 1
        spans.append(CalibrationSpan(cal, index[cal.from_period], last))
    return tuple(spans)


# ---------------------------------------------------------------- measurements


def set_measurement(plan: m.Plan, key: str, period: str, value: Decimal | None) -> m.Plan:
    """Set (or with None, clear) the metric's measurement for a service period."""
    return set_measurements(plan, ((key, period, value),))


def clear_measurement(plan: m.Plan, key: str, period: str) -> m.Plan:
    return set_measurements(plan, ((key, period, None),))


def set_measurements(plan: m.Plan, values: Iterable[tuple[str, str, Decimal | None]]) -> m.Plan:
    """Set or clear many measurements at once (a paste, a CSV import): all of them, or none.

    `values` are (metric key, period key, value or None). Period "baseline" sets the baseline.
    """
    changes: dict[str, dict[str, Decimal | None]] = {}
    known = set(period_keys(plan))
    for key, period, value in values:
        find_metric(plan, key)
        if period != BASELINE and period not in known:
            raise PlanError(translate("Metrics", "There is no service period “{period}”.").format(period=period))
        changes.setdefault(key, {})[period] = _as_decimal(value, translate("Metrics", "Measurement"))
    if not changes:
        return plan
    metrics = []
    for x in plan.metrics:
        table = changes.get(x.key)
        if table is None:
            metrics.append(x)
            continue
        current = dict(x.measurements)
        baseline = x.baseline
        for period, value in table.items():
            if period == BASELINE:
                baseline = value
            elif value is None:
                current.pop(period, None)
            else:
                current[period] = value
        measurements = _sorted_by_period(plan, current.items(), lambda item: item[0])
        new = dataclasses.replace(x, measurements=measurements, baseline=baseline)
        metrics.append(x if new == x else new)
    if all(a is b for a, b in zip(metrics, plan.metrics)):
        return plan
    return dataclasses.replace(plan, metrics=tuple(metrics))


BASELINE = "baseline"  # the pseudo-period of set_measurements that stands for the baseline


def measurement(metric: m.Metric, period: str) -> Decimal | None:
    for p, v in metric.measurements:
        if p == period:
            return v
    return None


# ---------------------------------------------------------------- weights per period


def period_name(plan: m.Plan, key: str) -> str:
    for p in plan.commercial.periods:
        if p.key == key:
            return p.name or p.key
    return key


def weights_in_force(plan: m.Plan) -> dict[str, tuple[tuple[str, Decimal], ...]]:
    """Per period (in order): (metric key, weight) of the metrics that count, i.e. weight > 0 in force."""
    order = period_keys(plan)
    result: dict[str, list[tuple[str, Decimal]]] = {k: [] for k in order}
    for metric in plan.metrics:
        for key in order:
            cal = calibration_in_force(metric, key, order)
            if cal is not None and cal.weight > 0:
                result[key].append((metric.key, cal.weight))
    return {k: tuple(v) for k, v in result.items()}


def weight_problem(total: Decimal, period: str) -> str | None:
    """A warning in words when a period's weights do not add up to 100 %, else None."""
    if total == HUNDRED:
        return None
    if total == 0:
        return translate("Metrics", "No metric has a weight in period “{period}”: its KPI score is 0 and no "
                                    "effectiveness bonus is earned.").format(period=period)
    text = _number_text(total)
    if total < HUNDRED:
        return translate("Metrics", "The weights in period “{period}” add up to {total} %, not 100 %: "
                                    "{missing} % is not given to any metric.").format(
            period=period, total=text, missing=_number_text(HUNDRED - total))
    return translate("Metrics", "The weights in period “{period}” add up to {total} %, not 100 %: "
                                "{extra} % too much.").format(period=period, total=text,
                                                              extra=_number_text(total - HUNDRED))


def _number_text(value: Decimal) -> str:
    return format_number(value, None)
