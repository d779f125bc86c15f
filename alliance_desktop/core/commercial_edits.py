"""Pure edit functions for the commercial model: plan in, new plan out.

The commercial view calls these through `Document.apply`, so each is one undo step.
Refusals raise PlanError with a message in the user's language.

Periods
    add, remove, split, re-date, rename; target parts and actual parts (a period's
    `actual` None means "no actuals yet"; each actual part is entered on purpose, a part
    not typed stays None, "not entered"); the "2 + 2 + 3 + 3 years" preset from the
    service phase start. Periods are a calendar: each ends after it starts and starts
    after the one before it ends (`validation.period_problems`).
    Removing or splitting a period keeps the metrics and scenarios consistent:

    * remove: the period's measurements and scenario entries go; a calibration that
      starts in it moves to the next period (unless that period has its own), so the
      scores of the remaining periods do not change.
    * split at date D: the first part runs start .. D − 1, the second D .. end. Every
      target and actual amount is divided in proportion to days, the first part rounded
      half up to cents and the second getting the rest, so the parts add up exactly.
      Measurements and scenario KPI overrides are copied to the second part, scenario
      actual overrides are split like the period's own.

Sharing rules
    gain cap, the three share tables, the producer's sanction cap ("fee", None or an
    amount). `rule_problems` explains in words what is wrong with a set of rules
    before anything is written (the view shows it live).

Scenarios
    add (save as), rename, delete, replace the assumptions, set one period's override.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from ..i18n import translate
from . import model as m
from .edits import unique_key
from .errors import PlanError, shown
from . import validation

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE_DAY = _dt.timedelta(days=1)

SHARE_TABLES = {
    "gain_share_percent": ("buyer", "producer", "staff", "effectiveness_pool"),
    "effectiveness_pool_split_percent": ("producer", "staff"),
    "pain_share_percent": ("buyer", "producer"),
}
PRESET_YEARS = (2, 2, 3, 3)

_KEEP = object()


# ---------------------------------------------------------------- helpers


def cents(value: Decimal) -> Decimal:
    """Euros rounded half up to cents."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day `months` later (the last day of the month when it has fewer days)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return _dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months(start: _dt.date, end: _dt.date) -> int | None:
    """The number of whole months from start to end (inclusive) when the span is exactly that, else None."""
    after = end + ONE_DAY
    months = (after.year - start.year) * 12 + after.month - start.month
    if months > 0 and add_months(start, months) == after:
        return months
    return None


def period_index(plan: m.Plan, key: str) -> int:
    for i, p in enumerate(plan.commercial.periods):
        if p.key == key:
            return i
    raise PlanError(translate("CommercialEdits", "There is no service period “{period}”.").format(period=shown(key)))


def find_period(plan: m.Plan, key: str) -> m.ServicePeriod:
    return plan.commercial.periods[period_index(plan, key)]


def _with_commercial(plan: m.Plan, **changes) -> m.Plan:
    return dataclasses.replace(plan, commercial=dataclasses.replace(plan.commercial, **changes))


def _with_periods(plan: m.Plan, periods: Iterable[m.ServicePeriod]) -> m.Plan:
    return _with_commercial(plan, periods=tuple(periods))


def _replace_period(plan: m.Plan, key: str, **changes) -> m.Plan:
    i = period_index(plan, key)
    periods = list(plan.commercial.periods)
    periods[i] = dataclasses.replace(periods[i], **changes)
    return _with_periods(plan, periods)


def _check_amount(value: Decimal) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise PlanError(translate("CommercialEdits", "Enter an amount in euros."))
    if value < 0:
        raise PlanError(translate("CommercialEdits", "A cost cannot be negative."))
    return cents(value)


def service_start(plan: m.Plan) -> _dt.date | None:
    """Start of the service phase (a phase of kind "service"), else the first period's start, else None."""
    starts = [p.start for p in plan.phases if p.kind == "service" and p.start]
    if starts:
        return min(starts)
    if plan.commercial.periods:
        return plan.commercial.periods[0].start
    return None


# ---------------------------------------------------------------- periods


def rename_period(plan: m.Plan, key: str, name: str) -> m.Plan:
    name = name.strip()
    if not name:
        raise PlanError(translate("CommercialEdits", "A service period needs a name."))
    return _replace_period(plan, key, name=name)


def add_period(plan: m.Plan, name: str | None = None) -> m.Plan:
    """Append a period right after the last one, as long as it and with its target cost to start from.

    The first period starts at the service phase start (today when there is none) and lasts two years
    with a zero target. The new period has no actual costs.
    """
    periods = plan.commercial.periods
    number = len(periods) + 1
    key = unique_key((p.key for p in periods), f"p{number}")
    if periods:
        last = periods[-1]
        start = last.end + ONE_DAY
        months = whole_months(last.start, last.end)
        end = add_months(start, months) - ONE_DAY if months else start + (last.end - last.start)
        target = last.target
    else:
        start = service_start(plan) or _dt.date.today()
        end = add_months(start, 24) - ONE_DAY
        target = m.CostParts()
    if name is None:
        name = translate("CommercialEdits", "Service period {number}").format(number=number)
    return _with_periods(plan, periods + (m.ServicePeriod(key, name, start, end, target, None),))


def _drop_period_references(plan: m.Plan, key: str) -> m.Plan:
    """Metrics and scenarios without `key`; a calibration starting in it moves to the next period."""
    order = [p.key for p in plan.commercial.periods]
    i = order.index(key)
    following = order[i + 1] if i + 1 < len(order) else None
    metrics = []
    for metric in plan.metrics:
        own = {c.from_period for c in metric.calibrations}
        calibrations = []
        for cal in metric.calibrations:
            if cal.from_period != key:
                calibrations.append(cal)
            elif following is not None and following not in own:
                calibrations.append(dataclasses.replace(cal, from_period=following))
        measurements = tuple((p, v) for p, v in metric.measurements if p != key)
        if len(calibrations) != len(metric.calibrations) or any(
                a is not b for a, b in zip(calibrations, metric.calibrations)) or measurements != metric.measurements:
            metric = dataclasses.replace(metric, calibrations=tuple(calibrations), measurements=measurements)
        metrics.append(metric)
    scenarios = []
    for sc in plan.scenarios:
        if any(sp.period == key for sp in sc.periods):
            sc = dataclasses.replace(sc, periods=tuple(sp for sp in sc.periods if sp.period != key))
        scenarios.append(sc)
    changes = {}
    if any(a is not b for a, b in zip(metrics, plan.metrics)):
        changes["metrics"] = tuple(metrics)
    if any(a is not b for a, b in zip(scenarios, plan.scenarios)):
        changes["scenarios"] = tuple(scenarios)
    return dataclasses.replace(plan, **changes) if changes else plan


def remove_period(plan: m.Plan, key: str) -> m.Plan:
    """Remove a period; its measurements and scenario entries go with it (undo brings them back)."""
    period_index(plan, key)
    plan = _drop_period_references(plan, key)
    return _with_periods(plan, (p for p in plan.commercial.periods if p.key != key))


def redate_period(plan: m.Plan, key: str, start: _dt.date | None = None, end: _dt.date | None = None) -> m.Plan:
    period = find_period(plan, key)
    start = period.start if start is None else start
    end = period.end if end is None else end
    for day in (start, end):
        problem = validation.date_problem(day)
        if problem:
            raise validation.refusal(validation.thing("period", period.name), "start" if day is start else "end",
                                     problem)
    new = _replace_period(plan, key, start=start, end=end)
    problem = validation.period_problems(new.commercial.periods)
    if problem:
        raise problem
    return new


def default_split_date(period: m.ServicePeriod) -> _dt.date:
    """Where "Split" cuts by default: after half of the whole months (a 2-year period: after one year), else mid-way."""
    months = whole_months(period.start, period.end)
    if months and months >= 2:
        return add_months(period.start, months // 2)
    days = (period.end - period.start).days + 1
    return period.start + _dt.timedelta(days=max(1, days // 2))


def split_amount(amount: Decimal, first_days: int, days: int) -> tuple[Decimal, Decimal]:
    """(first, second): first = amount × first_days / days rounded half up to cents; second the rest."""
    total = cents(amount)
    first = (total * first_days / days).quantize(CENT, rounding=ROUND_HALF_UP)
    return first, total - first


def _split_parts(parts, first_days: int, days: int):
    """Split CostParts or ActualCost (fee None stays None in both halves)."""
    if parts is None:
        return None, None
    a: dict = {}
    b: dict = {}
    for name in m.COST_PARTS:
        value = getattr(parts, name)
        if value is None:
            a[name] = b[name] = None
        else:
            a[name], b[name] = split_amount(value, first_days, days)
    return type(parts)(**a), type(parts)(**b)


def split_period(plan: m.Plan, key: str, at: _dt.date | None = None, name: str | None = None) -> m.Plan:
    """Split a period into two at date `at` (the second part's first day); see the module doc."""
    i = period_index(plan, key)
    period = plan.commercial.periods[i]
    at = default_split_date(period) if at is None else at
    if not period.start + ONE_DAY < at < period.end:
        raise PlanError(translate(
            "CommercialEdits", "Choose a day inside the period: each part must last at least two days."))
    days = (period.end - period.start).days + 1
    first_days = (at - period.start).days
    keys = [p.key for p in plan.commercial.periods]
    new_key = unique_key(keys, f"{key}_2")
    t1, t2 = _split_parts(period.target, first_days, days)
    a1, a2 = _split_parts(period.actual, first_days, days)
    first = dataclasses.replace(period, end=at - ONE_DAY, target=t1, actual=a1)
    if name is None:
        name = translate("CommercialEdits", "{name} (continued)").format(name=period.name)
    second = m.ServicePeriod(new_key, name, at, period.end, t2, a2)
    periods = list(plan.commercial.periods)
    periods[i:i + 1] = [first, second]

    metrics = []
    for metric in plan.metrics:
        value = dict(metric.measurements).get(key)
        if value is not None:
            measurements = []
            for p, v in metric.measurements:
                measurements.append((p, v))
                if p == key:
                    measurements.append((new_key, v))
            metric = dataclasses.replace(metric, measurements=tuple(measurements))
        metrics.append(metric)
    scenarios = []
    for sc in plan.scenarios:
        entries = []
        for sp in sc.periods:
            if sp.period == key:
                s1, s2 = _split_parts(sp.actual, first_days, days)
                entries.append(dataclasses.replace(sp, actual=s1))
                entries.append(m.ScenarioPeriod(new_key, s2, sp.kpi_score))
            else:
                entries.append(sp)
        scenarios.append(dataclasses.replace(sc, periods=tuple(entries)) if len(entries) != len(sc.periods) else sc)
    plan = dataclasses.replace(plan, metrics=tuple(metrics), scenarios=tuple(scenarios))
    return _with_periods(plan, periods)


def preset_periods(plan: m.Plan, years: Sequence[int] = PRESET_YEARS) -> m.Plan:
    """Lay the periods out back to back as `years` (e.g. 2 + 2 + 3 + 3) from the service phase start.

    Existing periods keep their key, name, target and actuals in order and are re-dated;
    missing ones are added with the previous period's target scaled to their length;
    periods beyond the preset are removed (as `remove_period`).
    """
    start = service_start(plan)
    if start is None:
        raise PlanError(translate("CommercialEdits", "Set the start of the service phase on the timeline first, "
                                                     "or add a service period."))
    if not years or any(int(y) <= 0 for y in years):
        raise PlanError(translate("CommercialEdits", "Each period must last at least one year."))
    for extra in plan.commercial.periods[len(years):]:
        plan = remove_period(plan, extra.key)
    existing = plan.commercial.periods
    keys = [p.key for p in existing]
    periods: list[m.ServicePeriod] = []
    day = start
    for n, y in enumerate(years):
        end = add_months(day, 12 * int(y)) - ONE_DAY
        if n < len(existing):
            p = existing[n]
            periods.append(p if (p.start, p.end) == (day, end) else dataclasses.replace(p, start=day, end=end))
        else:
            if periods:
                prev, prev_years = periods[-1], years[n - 1]
                target = m.CostParts(*(cents(getattr(prev.target, part) * int(y) / int(prev_years))
                                       for part in m.COST_PARTS))
            else:
                target = m.CostParts()
            key = unique_key(keys, f"p{n + 1}")
            keys.append(key)
            name = translate("CommercialEdits", "Service period {number} ({years} years)").format(
                number=n + 1, years=int(y))
            periods.append(m.ServicePeriod(key, name, day, end, target, None))
        day = end + ONE_DAY
    if tuple(periods) == existing:
        return plan
    return _with_periods(plan, periods)


def set_target_part(plan: m.Plan, key: str, part: str, value: Decimal) -> m.Plan:
    """One target cost part ("fee", "overhead", "production"), rounded to cents; negative refused."""
    if part not in m.COST_PARTS:
        raise ValueError(part)
    period = find_period(plan, key)
    return _replace_period(plan, key, target=dataclasses.replace(period.target, **{part: _check_amount(value)}))


def set_actual_part(plan: m.Plan, key: str, part: str, value: Decimal | None) -> m.Plan:
    """One actual cost part as entered (rounded to cents), or None to clear it.

    The other parts are left as they are: a part never typed stays "not entered" (never copied
    from the target, never zero). Clearing the last entered part leaves the period with no actuals.
    """
    if part not in m.COST_PARTS:
        raise ValueError(part)
    period = find_period(plan, key)
    amount = None if value is None else _check_amount(value)
    base = period.actual or m.ActualCost()
    actual = _entered_or_none(dataclasses.replace(base, **{part: amount}))
    if actual == period.actual:
        return plan
    return _replace_period(plan, key, actual=actual)


def _entered_or_none(actual: m.ActualCost | None) -> m.ActualCost | None:
    """An actual with no part entered is no actual."""
    return actual if actual is not None and actual.entered else None


def set_actual(plan: m.Plan, key: str, actual: m.ActualCost | None) -> m.Plan:
    if actual is not None:
        for part in m.COST_PARTS:
            value = getattr(actual, part)
            if value is not None:
                _check_amount(value)
    return _replace_period(plan, key, actual=_entered_or_none(actual))


def clear_actual(plan: m.Plan, key: str) -> m.Plan:
    """Back to "not known yet": the period settles at its target."""
    return _replace_period(plan, key, actual=None)


# ---------------------------------------------------------------- sharing rules


def rule_problems(gain_cap_percent: Decimal | None = None,
                  gain_share_percent: Mapping[str, Decimal] | None = None,
                  effectiveness_pool_split_percent: Mapping[str, Decimal] | None = None,
                  pain_share_percent: Mapping[str, Decimal] | None = None,
                  producer_pain_cap: str | Decimal | None = "fee") -> list[tuple[str, str]]:
    """What is wrong with a set of sharing rules, in words: [(field, message)]; [] when all is well.

    Fields: "gain_cap_percent", "producer_pain_cap", a table name, or "table.party" for one share.
    The same rules as `validation.validate_commercial` (percentages 0–100 with at most 6 decimals,
    amounts in cents up to the money limit, each table adding up to exactly 100).
    """
    problems: list[tuple[str, str]] = []
    if gain_cap_percent is not None:
        if isinstance(gain_cap_percent, Decimal) and gain_cap_percent.is_finite() and gain_cap_percent < 0:
            problems.append(("gain_cap_percent", translate(
                "CommercialEdits", "The cap on shared savings cannot be negative.")))
        else:
            problem = validation.number_problem(gain_cap_percent, validation.PERCENT)
            if problem:
                problems.append(("gain_cap_percent", _sentence("gain_cap_percent", problem)))
    if isinstance(producer_pain_cap, Decimal):
        if producer_pain_cap.is_finite() and producer_pain_cap < 0:
            problems.append(("producer_pain_cap", translate(
                "CommercialEdits", "The cap on the producer's cost sanction cannot be negative.")))
        else:
            problem = validation.number_problem(producer_pain_cap, validation.MONEY)
            if problem:
                problems.append(("producer_pain_cap", _sentence("producer_pain_cap", problem)))
    tables = (
        ("gain_share_percent", gain_share_percent),
        ("effectiveness_pool_split_percent", effectiveness_pool_split_percent),
        ("pain_share_percent", pain_share_percent),
    )
    for table, shares in tables:
        if shares is None:
            continue
        bad = False
        for party in SHARE_TABLES[table]:
            value = shares.get(party, ZERO)
            if isinstance(value, Decimal) and value.is_finite() and value < 0:
                problems.append((f"{table}.{party}", translate("CommercialEdits", "A share cannot be negative.")))
                bad = True
                continue
            problem = validation.number_problem(value, validation.PERCENT)
            if problem:
                problems.append((f"{table}.{party}", _sentence(f"{party}_share", problem)))
                bad = True
        if bad:
            continue
        total = validation.exact_sum(shares.get(p, ZERO) for p in SHARE_TABLES[table])
        if total != HUNDRED:
            problems.append((table, validation.shares_total_problem(table, total)))
    return problems


def _sentence(field: str, problem: str) -> str:
    """"The cap on shared savings: must be at most 100." (a field of the sharing rules and its problem)."""
    label = validation.field_label(field)
    return translate("CommercialEdits", "{field}: {problem}.").format(field=label[:1].upper() + label[1:],
                                                                      problem=problem)


def set_rules(plan: m.Plan, *, gain_cap_percent: Decimal | None = None,
              gain_share_percent: Mapping[str, Decimal] | None = None,
              effectiveness_pool_split_percent: Mapping[str, Decimal] | None = None,
              pain_share_percent: Mapping[str, Decimal] | None = None,
              producer_pain_cap=_KEEP) -> m.Plan:
    """Change any of the sharing rules at once (one undo step); refuses with `rule_problems`' first message."""
    c = plan.commercial
    problems = rule_problems(gain_cap_percent, gain_share_percent, effectiveness_pool_split_percent,
                             pain_share_percent, "fee" if producer_pain_cap is _KEEP else producer_pain_cap)
    if problems:
        raise PlanError(problems[0][1], problems[0][0])
    changes: dict = {}
    if gain_cap_percent is not None and gain_cap_percent != c.gain_cap_percent:
        changes["gain_cap_percent"] = Decimal(gain_cap_percent)
    for table, shares in (("gain_share_percent", gain_share_percent),
                          ("effectiveness_pool_split_percent", effectiveness_pool_split_percent),
                          ("pain_share_percent", pain_share_percent)):
        if shares is None:
            continue
        new = tuple((p, Decimal(shares.get(p, ZERO))) for p in SHARE_TABLES[table])
        if dict(new) != dict(getattr(c, table)):
            changes[table] = new
    if producer_pain_cap is not _KEEP:
        if producer_pain_cap not in ("fee", None) and not isinstance(producer_pain_cap, Decimal):
            raise ValueError(producer_pain_cap)
        value = cents(producer_pain_cap) if isinstance(producer_pain_cap, Decimal) else producer_pain_cap
        if value != c.producer_pain_cap or type(value) is not type(c.producer_pain_cap):
            changes["producer_pain_cap"] = value
    return _with_commercial(plan, **changes) if changes else plan


def set_gain_cap(plan: m.Plan, percent: Decimal) -> m.Plan:
    return set_rules(plan, gain_cap_percent=percent)


def set_shares(plan: m.Plan, table: str, shares: Mapping[str, Decimal]) -> m.Plan:
    if table not in SHARE_TABLES:
        raise ValueError(table)
    return set_rules(plan, **{table: shares})


def set_producer_pain_cap(plan: m.Plan, cap: str | Decimal | None) -> m.Plan:
    return set_rules(plan, producer_pain_cap=cap)


# ---------------------------------------------------------------- scenarios


def find_scenario(plan: m.Plan, key: str) -> m.Scenario:
    for sc in plan.scenarios:
        if sc.key == key:
            return sc
    raise PlanError(translate("CommercialEdits", "There is no scenario “{scenario}”.").format(scenario=shown(key)))


def _check_scenario_periods(plan: m.Plan, periods: Iterable[m.ScenarioPeriod]) -> tuple[m.ScenarioPeriod, ...]:
    known = {p.key for p in plan.commercial.periods}
    seen: set[str] = set()
    result = []
    for sp in periods:
        if sp.period not in known:
            raise PlanError(translate("CommercialEdits", "There is no service period “{period}”.").format(
                period=shown(sp.period)))
        if sp.period in seen:
            raise PlanError(translate("CommercialEdits", "A scenario gives period “{period}” twice.").format(
                period=shown(sp.period)))
        seen.add(sp.period)
        if sp.kpi_score is not None and not (0 <= sp.kpi_score <= 1):
            raise PlanError(translate("CommercialEdits", "A KPI score must be between 0 and 1."))
        if sp.actual is not None:
            for part in m.COST_PARTS:
                value = getattr(sp.actual, part)
                if value is not None:
                    _check_amount(value)
            if not sp.actual.entered:
                sp = dataclasses.replace(sp, actual=None)
        if sp.actual is None and sp.kpi_score is None:
            continue  # nothing assumed: the file's figures
        result.append(sp)
    return tuple(result)


def _scenario_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise PlanError(translate("CommercialEdits", "A scenario needs a name."))
    return name


def new_scenario_key(plan: m.Plan, name: str) -> str:
    return unique_key((s.key for s in plan.scenarios), name)


def add_scenario(plan: m.Plan, name: str, periods: Iterable[m.ScenarioPeriod] = (), notes: str = "",
                 key: str | None = None) -> m.Plan:
    """Save a named set of assumed actuals and KPI scores ("Save as scenario…")."""
    name = _scenario_name(name)
    key = key or new_scenario_key(plan, name)
    if any(s.key == key for s in plan.scenarios):
        raise PlanError(translate("CommercialEdits", "There is already a scenario “{scenario}”.").format(
            scenario=shown(key)))
    scenario = m.Scenario(key, name, notes, _check_scenario_periods(plan, periods))
    return dataclasses.replace(plan, scenarios=plan.scenarios + (scenario,))


def _replace_scenario(plan: m.Plan, key: str, **changes) -> m.Plan:
    find_scenario(plan, key)
    return dataclasses.replace(plan, scenarios=tuple(
        dataclasses.replace(s, **changes) if s.key == key else s for s in plan.scenarios))


def rename_scenario(plan: m.Plan, key: str, name: str) -> m.Plan:
    return _replace_scenario(plan, key, name=_scenario_name(name))


def set_scenario_notes(plan: m.Plan, key: str, notes: str) -> m.Plan:
    return _replace_scenario(plan, key, notes=notes)


def delete_scenario(plan: m.Plan, key: str) -> m.Plan:
    find_scenario(plan, key)
    return dataclasses.replace(plan, scenarios=tuple(s for s in plan.scenarios if s.key != key))


def save_scenario(plan: m.Plan, key: str, periods: Iterable[m.ScenarioPeriod]) -> m.Plan:
    """Replace a scenario's assumptions."""
    return _replace_scenario(plan, key, periods=_check_scenario_periods(plan, periods))


def set_scenario_period(plan: m.Plan, key: str, period: str, actual=_KEEP, kpi_score=_KEEP) -> m.Plan:
    """One period's override in a scenario: `actual` (ActualCost or None = the file's) and/or `kpi_score`
    (0..1, or None = from the metrics). An entry left with no override is dropped."""
    sc = find_scenario(plan, key)
    current = next((sp for sp in sc.periods if sp.period == period), m.ScenarioPeriod(period))
    entry = m.ScenarioPeriod(period, current.actual if actual is _KEEP else actual,
                             current.kpi_score if kpi_score is _KEEP else (
                                 None if kpi_score is None else Decimal(kpi_score)))
    order = [p.key for p in plan.commercial.periods]
    others = [sp for sp in sc.periods if sp.period != period]
    entries = sorted(others + [entry], key=lambda sp: order.index(sp.period) if sp.period in order else len(order))
    return _replace_scenario(plan, key, periods=_check_scenario_periods(plan, entries))


__all__ = [
    "PRESET_YEARS", "SHARE_TABLES", "add_months", "add_period", "add_scenario", "clear_actual", "default_split_date",
    "delete_scenario", "find_period", "find_scenario", "new_scenario_key", "period_index", "preset_periods",
    "redate_period", "remove_period", "rename_period", "rename_scenario", "rule_problems", "save_scenario",
    "service_start", "set_actual", "set_actual_part", "set_gain_cap", "set_producer_pain_cap", "set_rules",
    "set_scenario_notes", "set_scenario_period", "set_shares", "set_target_part", "split_amount", "split_period",
    "whole_months",
]
