"""Hard rules a plan must satisfy before it is stored (refusals, not warnings): ONE set of rules.

`validate_plan` is called by import-json (after reading), by the storage layer when it reads a
file (so `check` and opening refuse what import refuses, with the same messages) and by
`Document.apply` on every edit. It checks

* every value against its kind: allowed choices (roles, statuses, scope states, times of day,
  directions, ...), numbers in their range with at most their decimals (`MONEY`, `PERCENT`, ...),
  text lengths (`SHORT_TEXT`, `LONG_TEXT`, no lone surrogates), dates from `FIRST_DATE` to `LAST_DATE`;
* the references between parts (a step's provider is a party, a calibration's period exists, ...);
* the commercial rules: share tables add up to exactly 100 (no rounding anywhere), service periods
  are a calendar (each ends after it starts, each starts after the one before it ends).

A refusal is a PlanError whose message names the thing as the user sees it ("Phase “Strategy”
ends before it starts"); `PlanError.field` keeps the internal path for code. Messages are built
only when something fails, so the check itself stays a few linear passes (docs/file-format.md).

`metric_level_problem(metric)` is the rule that a metric's levels agree with its direction; it is
not part of `validate_plan` (files of earlier versions that break it still open read-write): the
importer and the metric editor refuse it, the metrics view warns about it.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from ..i18n import translate
from . import model as m
from .errors import PlanError, shown

HUNDRED = Decimal(100)

# ---------------------------------------------------------------- limits (docs/file-format.md)

SHORT_TEXT = 200  # names, titles, identifiers, owners, units
LONG_TEXT = 10_000  # descriptions, notes, analysis texts, goals
FIRST_DATE = _dt.date(1900, 1, 1)
LAST_DATE = _dt.date(2200, 12, 31)
MARKER_STATES = ("",) + m.GATE_STATES + ("done",)  # "done": a milestone or deadline marked done
TIME_OF_DAY = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class NumberRule(NamedTuple):
    """A kind of number: its range (inclusive) and how many decimals it may have."""

    kind: str
    low: Decimal
    high: Decimal
    places: int


MONEY = NumberRule("money", Decimal(0), Decimal(10) ** 13, 2)  # euros, whole cents, up to 10 000 billion
PERCENT = NumberRule("percent", Decimal(0), HUNDRED, 6)
KPI_SCORE = NumberRule("score", Decimal(0), Decimal(1), 6)
QUANTITY = NumberRule("quantity", Decimal(0), Decimal(10) ** 12, 6)  # a step's annual volume
LEVEL = NumberRule("level", -Decimal(10) ** 12, Decimal(10) ** 12, 6)  # metric values: baseline, levels, measurements
RISK_MONEY = NumberRule("money", -Decimal(10) ** 13, Decimal(10) ** 13, 2)  # a risk's cost (negative: an opportunity)
ESTIMATE_PERCENT = NumberRule("percent", Decimal(-100), Decimal(1000), 6)  # an estimate range's ends, % of the target

_MAX_PLACES = 6


def decimal_places(value: Decimal) -> int:
    """How many decimals a finite Decimal needs exactly (trailing zeros do not count; no rounding)."""
    _sign, digits, exp = value.as_tuple()
    if exp >= 0:
        return 0
    zeros = 0
    n = len(digits)
    while zeros < n - 1 and zeros < -exp and digits[n - 1 - zeros] == 0:
        zeros += 1
    return -exp - zeros


def exact(value: Decimal) -> Decimal:
    """The same number without trailing zeros after the point (100.000 -> 100, 12.50 -> 12.5), exactly."""
    sign, digits, exp = value.as_tuple()
    if exp >= 0:
        return value
    zeros = 0
    n = len(digits)
    while zeros < n - 1 and zeros < -exp and digits[n - 1 - zeros] == 0:
        zeros += 1
    return Decimal((sign, digits[: n - zeros], exp + zeros)) if zeros else value


def number_text(value: Decimal) -> str:
    """A number as plain decimal text, exactly ("1234.5", "100", "-0.25"); for a value within the limits."""
    return format(exact(value), "f")


def number_problem(value: object, rule: NumberRule) -> str | None:
    """What is wrong with a number of this kind, in words (no subject), or None."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return translate("Validation", "is not a number")
    if isinstance(value, int):
        value = Decimal(value)
    if not value.is_finite():
        return translate("Validation", "is not a number")
    if value < rule.low:
        if rule.low == 0:
            return translate("Validation", "must not be negative")
        return translate("Validation", "must be at least {low}").format(low=number_text(rule.low))
    if value > rule.high:
        if rule.kind == "money":
            return translate("Validation", "is too large: at most 10 000 000 000 000 € (ten trillion euros)")
        if rule.kind in ("percent", "score"):
            return translate("Validation", "must be at most {high}").format(high=number_text(rule.high))
        return translate("Validation", "is too large: at most {high}").format(high="10¹²")
    if decimal_places(value) > rule.places:
        if rule.kind == "money":
            return translate("Validation", "has more than two decimals: amounts are in whole cents")
        return translate("Validation", "has more than {places} decimals").format(places=rule.places)
    return None


def text_problem(value: object, limit: int) -> str | None:
    """What is wrong with a text field, in words (no subject), or None."""
    if not isinstance(value, str):
        return translate("Validation", "is not text")
    if len(value) > limit:
        return translate("Validation", "is too long: {length} characters, at most {limit}").format(
            length=len(value), limit=limit)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return translate("Validation", "contains a character that is not valid text (a lone surrogate)")
    return None


def date_problem(value: object) -> str | None:
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        return translate("Validation", "is not a date")
    if not FIRST_DATE <= value <= LAST_DATE:
        return translate("Validation", "must be between 1900-01-01 and 2200-12-31")
    return None


# ---------------------------------------------------------------- naming things as the user sees them


def thing(kind: str, name: object = None, number: int | None = None, parent: object = None) -> str:
    """"Phase “Strategy”" (or "Phase 3" when it has no usable name): the subject of a message.

    Kinds: project, rules, scope, party, area, phase, milestone, chain, step (parent = the chain's
    name), package, metric, calibration (parent = the metric, name = the period), period, scenario,
    scenario_period (parent = the scenario, name = the period), risk, task, document.
    """
    named = isinstance(name, str) and name.strip() != ""
    label = shown(name) if named else str(number if number is not None else "?")
    up = shown(parent) if isinstance(parent, str) and parent.strip() else "?"
    if kind == "project":
        return translate("Validation", "The project")
    if kind == "rules":
        return translate("Validation", "The sharing rules")
    if kind == "scope":
        return translate("Validation", "The scope matrix")
    if kind == "presentation":
        return translate("Validation", "The presentation")
    if kind == "step":
        return (translate("Validation", "Step “{name}” of service chain “{chain}”") if named else
                translate("Validation", "Step {name} of service chain “{chain}”")).format(name=label, chain=up)
    if kind == "calibration":
        return translate("Validation", "Metric “{metric}”, calibration from period “{period}”").format(
            metric=up, period=label)
    if kind == "scenario_period":
        return translate("Validation", "Scenario “{scenario}”, period “{period}”").format(scenario=up, period=label)
    named_forms = {
        "party": (translate("Validation", "Party “{name}”"), translate("Validation", "Party {name}")),
        "area": (translate("Validation", "Area “{name}”"), translate("Validation", "Area {name}")),
        "phase": (translate("Validation", "Phase “{name}”"), translate("Validation", "Phase {name}")),
        "milestone": (translate("Validation", "Milestone “{name}”"), translate("Validation", "Milestone {name}")),
        "chain": (translate("Validation", "Service chain “{name}”"), translate("Validation", "Service chain {name}")),
        "package": (translate("Validation", "Service package “{name}”"),
                    translate("Validation", "Service package {name}")),
        "metric": (translate("Validation", "Metric “{name}”"), translate("Validation", "Metric {name}")),
        "period": (translate("Validation", "Service period “{name}”"),
                   translate("Validation", "Service period {name}")),
        "scenario": (translate("Validation", "Scenario “{name}”"), translate("Validation", "Scenario {name}")),
        "risk": (translate("Validation", "Risk “{name}”"), translate("Validation", "Risk {name}")),
        "task": (translate("Validation", "Procurement task “{name}”"),
                 translate("Validation", "Procurement task {name}")),
        "document": (translate("Validation", "Document “{name}”"), translate("Validation", "Document {name}")),
        "cell": (translate("Validation", "Scope matrix cell “{name}”"), translate("Validation", "Scope matrix cell {name}")),
    }
    forms = named_forms.get(kind)
    if forms is None:
        return label
    return (forms[0] if named else forms[1]).format(name=label)


def field_label(name: str) -> str:
    """A field as the user sees it ("end" -> "end date"); an unknown name is quoted as is."""
    labels = {
        "key": translate("Validation", "identifier"),
        "name": translate("Validation", "name"),
        "title": translate("Validation", "title"),
        "buyer": translate("Validation", "buyer"),
        "target_group": translate("Validation", "target group"),
        "description": translate("Validation", "description"),
        "goals": translate("Validation", "goals"),
        "version_label": translate("Validation", "version"),
        "notes": translate("Validation", "notes"),
        "role": translate("Validation", "role"),
        "status": translate("Validation", "status"),
        "kind": translate("Validation", "type"),
        "start": translate("Validation", "start date"),
        "end": translate("Validation", "end date"),
        "parent": translate("Validation", "parent phase"),
        "owner": translate("Validation", "owner"),
        "staff_decision": translate("Validation", "staff decision"),
        "date": translate("Validation", "date"),
        "time": translate("Validation", "start time"),
        "time_end": translate("Validation", "end time"),
        "phase": translate("Validation", "phase"),
        "state": translate("Validation", "state"),
        "ends_alliance": translate("Validation", "ends the alliance"),
        "analysis": translate("Validation", "analysis"),
        "steps": translate("Validation", "steps"),
        "provider": translate("Validation", "provider"),
        "provider_kind": translate("Validation", "provider kind"),
        "responsible_unit": translate("Validation", "responsible unit"),
        "annual_volume": translate("Validation", "annual volume"),
        "unit_cost": translate("Validation", "unit cost"),
        "own_unit_cost": translate("Validation", "own unit cost"),
        "scope": translate("Validation", "scope"),
        "risks": translate("Validation", "risks"),
        "packages": translate("Validation", "service packages"),
        "cells": translate("Validation", "cells"),
        "package": translate("Validation", "service package"),
        "area": translate("Validation", "area"),
        "unit": translate("Validation", "unit"),
        "direction": translate("Validation", "direction"),
        "data_source": translate("Validation", "data source"),
        "frequency": translate("Validation", "frequency"),
        "baseline": translate("Validation", "baseline"),
        "calibrations": translate("Validation", "calibrations"),
        "from_period": translate("Validation", "from period"),
        "weight": translate("Validation", "weight"),
        "threshold": translate("Validation", "threshold level"),
        "target": translate("Validation", "target level"),
        "measurements": translate("Validation", "measurements"),
        "target_cost": translate("Validation", "target cost"),
        "actual": translate("Validation", "actual cost"),
        "target.fee": translate("Validation", "target fee"),
        "target.overhead": translate("Validation", "target overhead"),
        "target.production": translate("Validation", "target production costs"),
        "actual.fee": translate("Validation", "actual fee"),
        "actual.overhead": translate("Validation", "actual overhead"),
        "actual.production": translate("Validation", "actual production costs"),
        "gain_cap_percent": translate("Validation", "cap on shared savings"),
        "gain_share_percent": translate("Validation", "cost bonus shares"),
        "effectiveness_pool_split_percent": translate("Validation", "effectiveness bonus split"),
        "pain_share_percent": translate("Validation", "cost sanction shares"),
        "producer_pain_cap": translate("Validation", "cap on the producer's cost sanction"),
        "periods": translate("Validation", "service periods"),
        "period": translate("Validation", "service period"),
        "kpi_score": translate("Validation", "KPI score"),
        "likelihood": translate("Validation", "likelihood"),
        "impact": translate("Validation", "impact"),
        "mitigation": translate("Validation", "mitigation"),
        "stage": translate("Validation", "stage"),
        "done": translate("Validation", "done"),
        "due": translate("Validation", "due date"),
        "project": translate("Validation", "project"),
        "parties": translate("Validation", "parties"),
        "areas": translate("Validation", "areas"),
        "phases": translate("Validation", "phases"),
        "milestones": translate("Validation", "milestones"),
        "chains": translate("Validation", "service chains"),
        "metrics": translate("Validation", "metrics"),
        "commercial": translate("Validation", "commercial model"),
        "scenarios": translate("Validation", "scenarios"),
        "procurement_tasks": translate("Validation", "procurement tasks"),
        "documents": translate("Validation", "documents"),
        "slides": translate("Validation", "slides"),
        "estimate.low_percent": translate("Validation", "low end of the estimate range (%)"),
        "estimate.high_percent": translate("Validation", "high end of the estimate range (%)"),
        "estimate.shape": translate("Validation", "shape of the estimate range"),
        "cost.minimum": translate("Validation", "minimum cost"),
        "cost.most_likely": translate("Validation", "most likely cost"),
        "cost.maximum": translate("Validation", "maximum cost"),
        "cost.probability_percent": translate("Validation", "probability (%)"),
        "cost.periods": translate("Validation", "shares of the cost by service period"),
        "buyer_share": translate("Validation", "the buyer's share"),
        "producer_share": translate("Validation", "the producer's share"),
        "staff_share": translate("Validation", "the staff's share"),
        "effectiveness_pool_share": translate("Validation", "the effectiveness pool's share"),
    }
    return labels.get(name) or f"“{shown(name)}”"


def refusal(where: str, field: str, problem: str, code: str = "") -> PlanError:
    """"Phase “Strategy”, end date: must be between …": one message, the internal path kept in `field`."""
    return PlanError(translate("Validation", "{thing}, {field}: {problem}.").format(
        thing=where, field=field_label(field), problem=problem), code or field)


# ---------------------------------------------------------------- value checks (each record)


class _Checker:
    """Field checks of one record; builds the message only when a check fails."""

    __slots__ = ("where", "record", "code")

    def __init__(self, where, record, code: str):
        self.where = where  # a callable giving the subject ("Phase “X”"), called only on failure
        self.record = record
        self.code = code

    def fail(self, field: str, problem: str) -> PlanError:
        return refusal(self.where(), field, problem, f"{self.code}.{field}")

    def texts(self, short: Iterable[str] = (), long: Iterable[str] = ()) -> None:
        for limit, names in ((SHORT_TEXT, short), (LONG_TEXT, long)):
            for name in names:
                value = getattr(self.record, name)
                if type(value) is str and len(value) <= limit and value.isascii():
                    continue  # the common case, cheaply
                problem = text_problem(value, limit)
                if problem:
                    raise self.fail(name, problem)

    def required(self, *names: str) -> None:
        for name in names:
            value = getattr(self.record, name)
            if not isinstance(value, str) or not value.strip():
                raise self.fail(name, translate("Validation", "must not be empty"))

    def choice(self, name: str, options: tuple) -> None:
        value = getattr(self.record, name)
        if value not in options or isinstance(value, bool) != isinstance(options[0], bool):
            raise self.fail(name, translate("Validation", "“{value}” is not one of the allowed values ({options})").format(
                value=shown(value), options=", ".join(str(o) for o in options if o != "")))

    def number(self, name: str, rule: NumberRule, value=None, label: str | None = None) -> None:
        value = getattr(self.record, name) if value is None else value
        problem = number_problem(value, rule)
        if problem:
            raise self.fail(label or name, problem)

    def optional_number(self, name: str, rule: NumberRule) -> None:
        if getattr(self.record, name) is not None:
            self.number(name, rule)

    def date(self, name: str, required: bool = False) -> None:
        value = getattr(self.record, name)
        if value is None and not required:
            return
        problem = date_problem(value)
        if problem:
            raise self.fail(name, problem)

    def boolean(self, name: str) -> None:
        if not isinstance(getattr(self.record, name), bool):
            raise self.fail(name, translate("Validation", "must be true or false"))

    def time(self, name: str) -> None:
        value = getattr(self.record, name)
        if not isinstance(value, str) or value and not TIME_OF_DAY.fullmatch(value):
            raise self.fail(name, translate("Validation", "“{value}” is not a time of day (HH:MM)").format(
                value=shown(value)))


def _named(kind: str, record, i: int, parent: object = None):
    return lambda: thing(kind, getattr(record, "title", None) or getattr(record, "name", None), i + 1, parent)


def _unique(records, what: str, code: str, kind: str, key=lambda x: x.key, name=lambda x: x.name,
            parent: object = None) -> None:
    seen: set = set()
    for x in records:
        k = key(x)
        if k in seen:
            raise PlanError(translate("Validation", "{thing} has the same identifier “{key}” as another one; "
                                                    "each must have its own.").format(
                thing=thing(kind, name(x), None, parent), key=shown(k)), code)
        seen.add(k)


def _check_project(p: m.Project) -> None:
    c = _Checker(lambda: thing("project"), p, "project")
    if not isinstance(p.name, str) or not p.name.strip():
        raise PlanError(translate("Validation", "The project needs a name."), "project.name")
    c.texts(short=("name", "buyer", "version_label"), long=("target_group", "description", "notes"))
    if not isinstance(p.goals, tuple):
        raise c.fail("goals", translate("Validation", "is not a list of texts"))
    for goal in p.goals:
        problem = text_problem(goal, LONG_TEXT)
        if problem:
            raise c.fail("goals", problem)


def _check_simple(records, kind: str, code: str, choice: str, options: tuple) -> None:
    for i, x in enumerate(records):
        c = _Checker(_named(kind, x, i), x, f"{code}[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name"), long=("notes",))
        c.choice(choice, options)


def _check_phases(phases: tuple[m.Phase, ...]) -> None:
    for i, x in enumerate(phases):
        c = _Checker(_named("phase", x, i), x, f"phases[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name", "parent", "owner"), long=("staff_decision", "notes"))
        c.choice("kind", m.PHASE_KINDS)
        c.date("start")
        c.date("end")
        if x.start and x.end and x.end < x.start:
            raise PlanError(translate("Validation", "Phase “{name}” ends before it starts.").format(
                name=shown(x.name)), f"phases[{i}].end")


def _check_markers(markers: tuple[m.Marker, ...]) -> None:
    for i, x in enumerate(markers):
        c = _Checker(_named("milestone", x, i), x, f"milestones[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name", "phase", "owner"), long=("notes",))
        c.choice("kind", m.MARKER_KINDS)
        c.choice("state", MARKER_STATES)  # "done": a milestone or deadline marked done (H6)
        c.date("date")
        c.time("time")
        c.time("time_end")
        c.boolean("ends_alliance")
        if x.state == "done" and x.kind not in ("milestone", "deadline"):
            raise PlanError(translate("Validation", "Milestone “{name}” is marked done, but only a milestone or a "
                                                    "deadline can be.").format(name=shown(x.name)),
                            f"milestones[{i}].state")
        if x.state and x.state != "done" and x.kind != "gate":
            raise PlanError(translate("Validation", "Milestone “{name}” has a decision, but only a decision gate "
                                                    "has one.").format(name=shown(x.name)), f"milestones[{i}].state")


def _check_chains(chains: tuple[m.ServiceChain, ...]) -> None:
    for ci, ch in enumerate(chains):
        c = _Checker(_named("chain", ch, ci), ch, f"chains[{ci}]")
        c.required("key", "name")
        c.texts(short=("key", "name"), long=("description",))
        headings: set[str] = set()
        for heading, text in ch.analysis:
            for value, limit in ((heading, SHORT_TEXT), (text, LONG_TEXT)):
                problem = text_problem(value, limit)
                if problem:
                    raise c.fail("analysis", problem)
            if heading in headings:  # (JSON keeps one text per heading: a second would be lost on export)
                raise c.fail("analysis", translate("Validation", "the heading “{heading}” is given twice").format(
                    heading=shown(heading)))
            headings.add(heading)
        _unique(ch.steps, "steps", f"chains[{ci}].steps", "step", parent=ch.name)
        for si, s in enumerate(ch.steps):
            sc = _Checker(lambda s=s, si=si, ch=ch: thing("step", s.name, si + 1, ch.name), s, f"chains[{ci}].steps[{si}]")
            sc.required("key", "name")
            sc.texts(short=("key", "name", "provider", "responsible_unit"), long=("description", "risks", "notes"))
            sc.choice("provider_kind", m.PROVIDER_KINDS)
            sc.choice("scope", m.STEP_SCOPES)
            sc.number("annual_volume", QUANTITY)
            sc.number("unit_cost", MONEY)
            sc.number("own_unit_cost", MONEY)


def _check_scope(scope: m.Scope) -> None:
    for i, x in enumerate(scope.packages):
        c = _Checker(_named("package", x, i), x, f"scope.packages[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name"), long=("target_group", "notes"))
    for i, cell in enumerate(scope.cells):
        if len(cell) != 3 or cell[2] not in m.SCOPE_STATES:
            state = cell[2] if len(cell) == 3 else ""
            raise PlanError(translate("Validation", "The scope matrix: “{value}” is not one of the allowed values "
                                                    "({options}).").format(
                value=shown(state), options=", ".join(m.SCOPE_STATES)), f"scope.cells[{i}].state")


# The metric records that passed their own checks last time (by identity, kept alive here): an edit of one
# measurement replaces one metric, and only that one is checked again (64x: 49 000 measurements per edit).
_metrics_ok: dict[int, m.Metric] = {}


def _check_metrics(metrics: tuple[m.Metric, ...]) -> None:
    global _metrics_ok
    for i, x in enumerate(metrics):
        if _metrics_ok.get(id(x)) is x:
            continue  # this very record passed (its checks read only the record)
        c = _Checker(_named("metric", x, i), x, f"metrics[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name", "unit", "data_source", "frequency", "owner"), long=("description",))
        c.choice("direction", m.DIRECTIONS)
        c.optional_number("baseline", LEVEL)
        for j, cal in enumerate(x.calibrations):
            k = _Checker(lambda cal=cal, x=x: thing("calibration", cal.from_period, None, x.name), cal,
                         f"metrics[{i}].calibrations[{j}]")
            k.texts(short=("from_period",))
            k.number("weight", PERCENT)
            k.number("threshold", LEVEL)
            k.number("target", LEVEL)
        for p, v in x.measurements:
            problem = text_problem(p, SHORT_TEXT) or number_problem(v, LEVEL)
            if problem:
                raise c.fail("measurements", problem)
    _metrics_ok = {id(x): x for x in metrics}


def _check_actual(c: _Checker, actual: m.ActualCost | None) -> None:
    if actual is None:
        return
    if not isinstance(actual, m.ActualCost):
        raise c.fail("actual", translate("Validation", "is not a set of costs"))
    for part in m.COST_PARTS:
        value = getattr(actual, part)
        if value is not None:
            c.number(part, MONEY, value, f"actual.{part}")


def period_problems(periods: tuple[m.ServicePeriod, ...]) -> PlanError | None:
    """Service periods are a calendar: each ends after it starts, and each starts after the one before
    it ends (in list order, so the order is the dates' order). The first problem, or None."""
    before = None
    for i, p in enumerate(periods):
        if p.end <= p.start:
            return PlanError(translate("Validation", "Service period “{name}” must end after it starts.").format(
                name=shown(p.name)), f"commercial.periods[{i}].end")
        if before is not None and p.start <= before.end:
            return PlanError(translate("Validation", "Service period “{name}” starts before service period "
                                                     "“{previous}” ends: periods follow one another without "
                                                     "overlapping.").format(
                name=shown(p.name), previous=shown(before.name)), f"commercial.periods[{i}].start")
        before = p
    return None


def _check_periods(periods: tuple[m.ServicePeriod, ...]) -> None:
    for i, p in enumerate(periods):
        c = _Checker(_named("period", p, i), p, f"commercial.periods[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name"))
        c.date("start", required=True)
        c.date("end", required=True)
        if not isinstance(p.target, m.CostParts):
            raise c.fail("target_cost", translate("Validation", "is not a set of costs"))
        for part in m.COST_PARTS:
            c.number(part, MONEY, getattr(p.target, part), f"target.{part}")
        _check_actual(c, p.actual)
        if p.estimate is not None:
            _check_estimate(c, p)
    problem = period_problems(periods)
    if problem:
        raise problem


def _check_estimate(c: _Checker, p: m.ServicePeriod) -> None:
    e = p.estimate
    if not isinstance(e, m.EstimateRange):
        raise c.fail("estimate.low_percent", translate("Validation", "is not a range"))
    c.number("low_percent", ESTIMATE_PERCENT, e.low_percent, "estimate.low_percent")
    c.number("high_percent", ESTIMATE_PERCENT, e.high_percent, "estimate.high_percent")
    if e.shape not in m.ESTIMATE_SHAPES:
        raise c.fail("estimate.shape", translate("Validation", "“{value}” is not one of the allowed values ({options})").format(
            value=shown(e.shape), options=", ".join(m.ESTIMATE_SHAPES)))
    if e.low_percent > e.high_percent:
        raise PlanError(translate("Validation", "Service period “{name}”: the low end of the estimate range is above "
                                                "its high end.").format(name=shown(p.name)), c.code + ".estimate")


def _check_risk_cost(c: _Checker, x: m.Risk) -> None:
    cost = x.cost
    if not isinstance(cost, m.RiskCost):
        raise c.fail("cost.minimum", translate("Validation", "is not a set of costs"))
    for name in ("minimum", "most_likely", "maximum"):
        c.number(name, RISK_MONEY, getattr(cost, name), f"cost.{name}")
    c.number("probability_percent", PERCENT, cost.probability_percent, "cost.probability_percent")
    if cost.minimum > cost.maximum:
        raise PlanError(translate("Validation", "Risk “{name}”: the minimum cost is greater than the maximum "
                                                "cost.").format(name=shown(x.title)), c.code + ".cost.minimum")
    if not cost.minimum <= cost.most_likely <= cost.maximum:
        raise PlanError(translate("Validation", "Risk “{name}”: the most likely cost must be between the minimum and "
                                                "the maximum cost.").format(name=shown(x.title)),
                        c.code + ".cost.most_likely")
    if not isinstance(cost.periods, tuple):
        raise c.fail("cost.periods", translate("Validation", "expected a list"))
    seen = set()
    for key, share in cost.periods:
        problem = text_problem(key, SHORT_TEXT) or number_problem(share, PERCENT)
        if problem:
            raise c.fail("cost.periods", problem)
        if key in seen:
            raise PlanError(translate("Validation", "Risk “{name}” gives service period “{period}” twice.").format(
                name=shown(x.title), period=shown(key)), c.code + ".cost.periods")
        seen.add(key)
    if cost.periods:
        total = exact_sum(share for _key, share in cost.periods)
        if total != HUNDRED:
            from .formatting import format_number

            raise PlanError(translate("Validation", "Risk “{name}”: the shares of its cost by service period add up "
                                                    "to {total} %; they must add up to 100 %.").format(
                name=shown(x.title), total=format_number(total, None)), c.code + ".cost.periods")


SHARE_TABLES = {
    "gain_share_percent": ("buyer", "producer", "staff", "effectiveness_pool"),
    "effectiveness_pool_split_percent": ("producer", "staff"),
    "pain_share_percent": ("buyer", "producer"),
}


def shares_total_problem(table: str, total: Decimal) -> str:
    """"The cost bonus shares add up to 99 %; they must add up to 100 %." for a share table."""
    from .formatting import format_number

    shown_total = format_number(total, None)
    if table == "gain_share_percent":
        text = translate("CommercialEdits", "The cost bonus shares add up to {total} %; they must add up to 100 %.")
    elif table == "effectiveness_pool_split_percent":
        text = translate("CommercialEdits", "The effectiveness bonus split adds up to {total} %; it must add up to 100 %.")
    else:
        text = translate("CommercialEdits", "The cost sanction shares add up to {total} %; they must add up to 100 %.")
    return text.format(total=shown_total)


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of Decimals that passed their number rule (so each has a few digits only)."""
    total = Decimal(0)
    for v in values:
        total = total + exact(v)  # at most 3 + 6 digits each: no rounding in any context
    return total


def check_shares(shares, parties: tuple[str, ...], field: str) -> None:
    """The named parties' percentages are each a percentage (0–100, at most 6 decimals) and add up to
    exactly 100 (no rounding: 100 written with many zeros is 100, 100.000…01 is not)."""
    table = field.rsplit(".", 1)[-1]
    rules = lambda: thing("rules")  # noqa: E731 - a subject made only on failure
    names = [k for k, _v in shares]
    unknown = [k for k in names if k not in parties]
    if unknown:
        raise PlanError(translate("Validation", "{thing}, {field}: “{name}” is not one of the parties that share "
                                                "({expected}).").format(
            thing=rules(), field=field_label(table), name=shown(unknown[0]), expected=", ".join(parties)), field)
    if len(set(names)) != len(names):
        raise PlanError(translate("Validation", "{thing}, {field}: a party is given twice.").format(
            thing=rules(), field=field_label(table)), field)
    for k, v in shares:
        problem = number_problem(v, PERCENT)
        if problem:
            raise refusal(f"{rules()}, {field_label(table)}", f"{k}_share", problem, f"{field}.{k}")
    total = exact_sum(v for _k, v in shares)
    if total != HUNDRED:
        raise PlanError(shares_total_problem(table, total), field)


def validate_commercial(c: m.Commercial) -> None:
    rules = _Checker(lambda: thing("rules"), c, "commercial")
    rules.number("gain_cap_percent", PERCENT)
    for table, parties in SHARE_TABLES.items():
        check_shares(getattr(c, table), parties, f"commercial.{table}")
    cap = c.producer_pain_cap
    if cap is not None and cap != "fee":
        if isinstance(cap, str):
            raise rules.fail("producer_pain_cap", translate("Validation", "“{value}” is not “fee”, none or an amount").format(
                value=shown(cap)))
        rules.number("producer_pain_cap", MONEY)
    _unique(c.periods, "periods", "commercial.periods", "period")
    _check_periods(c.periods)


def _check_scenarios(scenarios: tuple[m.Scenario, ...], periods: dict[str, str]) -> None:
    for i, x in enumerate(scenarios):
        c = _Checker(_named("scenario", x, i), x, f"scenarios[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name"), long=("notes",))
        seen: set[str] = set()
        for j, sp in enumerate(x.periods):
            name = periods.get(sp.period, sp.period)
            k = _Checker(lambda name=name, x=x: thing("scenario_period", name, None, x.name), sp,
                         f"scenarios[{i}].periods[{j}]")
            if sp.period not in periods:
                raise PlanError(translate("Validation", "Scenario “{name}” refers to a service period “{period}” "
                                                        "that is not in the plan.").format(
                    name=shown(x.name), period=shown(sp.period)), f"scenarios[{i}].periods[{j}].period")
            if sp.period in seen:
                raise PlanError(translate("Validation", "Scenario “{name}” gives service period “{period}” twice.").format(
                    name=shown(x.name), period=shown(name)), f"scenarios[{i}].periods[{j}].period")
            seen.add(sp.period)
            _check_actual(k, sp.actual)
            if sp.kpi_score is not None:
                k.number("kpi_score", KPI_SCORE)


def _check_risks(risks: tuple[m.Risk, ...]) -> None:
    for i, x in enumerate(risks):
        c = _Checker(_named("risk", x, i), x, f"risks[{i}]")
        c.required("key", "title")
        c.texts(short=("key", "title", "owner"), long=("description", "mitigation"))
        c.choice("likelihood", m.RISK_LEVELS)
        c.choice("impact", m.RISK_LEVELS)
        c.choice("status", m.RISK_STATUSES)
        if x.cost is not None:
            _check_risk_cost(c, x)


def _check_tasks(tasks: tuple[m.ProcurementTask, ...]) -> None:
    for i, x in enumerate(tasks):
        c = _Checker(_named("task", x, i), x, f"procurement_tasks[{i}]")
        c.required("key", "name")
        c.texts(short=("key", "name"), long=("notes",))
        c.choice("stage", m.TASK_STAGES)
        c.boolean("done")
        c.date("due")


MAX_SLIDES = 500


def _check_presentation(p: m.Presentation) -> None:
    """Slides: known names or "phase:KEY" / "chain:KEY", each once (a slide of a phase or chain
    no longer in the plan is allowed: the deck leaves it out, so deleting a chain needs no cleanup)."""
    def fail(problem: str) -> PlanError:
        return refusal(thing("presentation"), "slides", problem, "presentation.slides")

    if not isinstance(p.slides, tuple):
        raise fail(translate("Validation", "expected a list"))
    if len(p.slides) > MAX_SLIDES:
        raise fail(translate("Validation", "at most {count} slides").format(count=MAX_SLIDES))
    seen = set()
    for slide in p.slides:
        problem = text_problem(slide, SHORT_TEXT)
        if problem:
            raise fail(problem)
        prefix, colon, key = slide.partition(":")
        if not (slide in m.SLIDE_NAMES or colon and prefix in m.SLIDE_PREFIXES and key.strip()):
            raise fail(translate("Validation", "“{value}” is not a slide ({options})").format(
                value=shown(slide), options=", ".join(m.SLIDE_NAMES + tuple(f"{x}:…" for x in m.SLIDE_PREFIXES))))
        if slide in seen:
            raise fail(translate("Validation", "“{value}” is chosen twice").format(value=shown(slide)))
        seen.add(slide)


# ---------------------------------------------------------------- the whole plan


def _section(kind: str, code: str, choice: str | None = None, options: tuple = (), check=None, name=None):
    """A section's own checks (its records' values, then its keys unique)."""
    def run(records) -> None:
        if choice is not None:
            _check_simple(records, kind, code, choice, options)
        if check is not None:
            check(records)
        _unique(records, code, code, kind, **({"name": name} if name else {}))
    return run


def _check_scope_section(scope: m.Scope) -> None:
    _check_scope(scope)
    _unique(scope.packages, "scope.packages", "scope.packages", "package")


# Each section's own rules, by the Plan's field name. A section object that passed them once is not
# checked again (sections are immutable and an edit replaces only what it changes), so an edit costs
# the changed sections plus the cheap cross-references (_check_scenarios, _check_references).
_SECTION_CHECKS = (
    ("project", _check_project),
    ("parties", _section("party", "parties", "role", m.PARTY_ROLES)),
    ("areas", _section("area", "areas", "status", m.AREA_STATUSES)),
    ("phases", _section("phase", "phases", check=lambda xs: _check_phases(xs))),
    ("markers", _section("milestone", "milestones", check=lambda xs: _check_markers(xs))),
    ("chains", _section("chain", "chains", check=lambda xs: _check_chains(xs))),
    ("scope", _check_scope_section),
    ("metrics", _section("metric", "metrics", check=lambda xs: _check_metrics(xs))),
    ("commercial", lambda c: validate_commercial(c)),
    ("risks", _section("risk", "risks", check=lambda xs: _check_risks(xs), name=lambda x: x.title)),
    ("procurement_tasks", _section("task", "procurement_tasks", check=lambda xs: _check_tasks(xs))),
    ("documents", _section("document", "documents", "status", m.DOCUMENT_STATUSES)),
    ("presentation", _check_presentation),
)
_passed: dict[str, object] = {}  # section name -> the last section object that passed its own checks


def validate_plan(plan: m.Plan) -> None:
    """Raise PlanError naming, in the user's words, the first thing that breaks a hard rule."""
    for name, check in _SECTION_CHECKS:
        section = getattr(plan, name)
        if _passed.get(name) is section:
            continue
        check(section)
        _passed[name] = section
    _check_scenarios(plan.scenarios, {p.key: p.name for p in plan.commercial.periods})
    _unique(plan.scenarios, "scenarios", "scenarios", "scenario")
    _check_references(plan)


# The cross-references of sections, in this order; a group whose sections are the very objects that passed
# it last time is not checked again (they would pass again), so an edit costs the groups it touches: at 64x
# the metrics' periods (49 000 measurements) were checked again on every timeline edit. The metrics group is
# remembered per metric too, against the periods' keys and names (an edit of one metric checks that metric;
# an edit of a period's money, none).
_references_passed: dict[str, tuple] = {}
_metrics_passed: tuple[dict[str, str] | None, dict[int, m.Metric]] = (None, {})
_checked = {"metric periods": 0}  # how many metrics were checked against the periods (tests)


def _check_references(plan: m.Plan) -> None:
    groups = (
        ("phases", (plan.phases, plan.markers), _check_phase_references),
        ("chains", (plan.chains, plan.parties), _check_step_providers),
        ("scope", (plan.scope, plan.areas), _check_scope_cells),
        ("metrics", (plan.metrics, plan.commercial.periods), _check_metric_periods),
    )
    for name, sections, check in groups:
        done = _references_passed.get(name)
        if done is not None and all(a is b for a, b in zip(done, sections, strict=True)):
            continue
        check(*sections)
        _references_passed[name] = sections


def _check_phase_references(phases: tuple[m.Phase, ...], markers: tuple[m.Marker, ...]) -> None:
    phase_names = {p.key: p.name for p in phases}
    for i, p in enumerate(phases):
        if p.parent and p.parent not in phase_names:
            raise PlanError(translate("Validation", "Phase “{name}” belongs to a phase “{key}” that is not in the "
                                                    "plan.").format(name=shown(p.name), key=shown(p.parent)),
                            f"phases[{i}].parent")
    for i, x in enumerate(markers):
        if x.phase and x.phase not in phase_names:
            raise PlanError(translate("Validation", "Milestone “{name}” is linked to a phase “{key}” that is not in "
                                                    "the plan.").format(name=shown(x.name), key=shown(x.phase)),
                            f"milestones[{i}].phase")


def _check_step_providers(chains: tuple[m.ServiceChain, ...], parties: tuple[m.Party, ...]) -> None:
    party_keys = {p.key for p in parties}
    for ci, ch in enumerate(chains):
        for si, step in enumerate(ch.steps):
            if step.provider and step.provider not in party_keys:
                raise PlanError(translate("Validation", "Step “{step}” of service chain “{chain}”: its provider "
                                                        "“{key}” is not one of the parties.").format(
                    step=shown(step.name), chain=shown(ch.name), key=shown(step.provider)),
                    f"chains[{ci}].steps[{si}].provider")


def _check_scope_cells(scope: m.Scope, areas_section: tuple[m.Area, ...]) -> None:
    cells = set()
    packages = {p.key: p.name for p in scope.packages}
    areas = {a.key: a.name for a in areas_section}
    for i, (pk, ak, _state) in enumerate(scope.cells):
        if pk not in packages or ak not in areas:
            raise PlanError(translate("Validation", "The scope matrix has a cell for a service package “{package}” "
                                                    "or an area “{area}” that is not in the plan.").format(
                package=shown(pk), area=shown(ak)), f"scope.cells[{i}]")
        if (pk, ak) in cells:
            raise PlanError(translate("Validation", "The scope matrix gives the cell of service package “{package}” "
                                                    "and area “{area}” twice.").format(
                package=shown(packages[pk]), area=shown(areas[ak])), f"scope.cells[{i}]")
        cells.add((pk, ak))


def _check_metric_periods(metrics: tuple[m.Metric, ...], periods_section: tuple[m.ServicePeriod, ...]) -> None:
    global _metrics_passed
    periods = {p.key: p.name for p in periods_section}
    before = _metrics_passed[1] if _metrics_passed[0] == periods else {}  # (the periods' keys and names)
    passed: dict[int, m.Metric] = {}
    for i, metric in enumerate(metrics):
        if before.get(id(metric)) is metric:  # this very metric passed against these very periods
            passed[id(metric)] = metric
            continue
        _checked["metric periods"] += 1
        seen: set[str] = set()
        for j, cal in enumerate(metric.calibrations):
            field = f"metrics[{i}].calibrations[{j}]"
            if cal.from_period not in periods:
                raise PlanError(translate("Validation", "Metric “{name}” has a calibration from a service period "
                                                        "“{period}” that is not in the plan.").format(
                    name=shown(metric.name), period=shown(cal.from_period)), field + ".from_period")
            if cal.from_period in seen:
                raise PlanError(translate("Validation", "Metric “{name}” has two calibrations from service period "
                                                        "“{period}”.").format(
                    name=shown(metric.name), period=shown(periods[cal.from_period])), field + ".from_period")
            seen.add(cal.from_period)
            if cal.threshold == cal.target and cal.weight > 0:
                raise PlanError(translate("Validation", "Metric “{name}”, calibration from period “{period}”: the "
                                                        "threshold and the target levels must differ.").format(
                    name=shown(metric.name), period=shown(periods[cal.from_period])), field + ".target")
        measured: set[str] = set()
        for p, _v in metric.measurements:
            if p not in periods:
                raise PlanError(translate("Validation", "Metric “{name}” has a measurement for a service period "
                                                        "“{period}” that is not in the plan.").format(
                    name=shown(metric.name), period=shown(p)), f"metrics[{i}].measurements")
            if p in measured:
                raise PlanError(translate("Validation", "Metric “{name}” has two measurements for service period "
                                                        "“{period}”.").format(
                    name=shown(metric.name), period=shown(periods[p])), f"metrics[{i}].measurements")
            measured.add(p)
        passed[id(metric)] = metric
    _metrics_passed = (periods, passed)


# ---------------------------------------------------------------- levels and direction (not in validate_plan)


def metric_level_problem(metric: m.Metric, periods: dict[str, str] | None = None) -> str | None:
    """A metric's levels must agree with its direction: for "lower is better" the target level is below
    the threshold, for "higher is better" above it (equal only for a weight of 0, as validate_plan
    says). The problem in words (naming the metric and which way to fix it), or None.

    `periods` (key -> name) names the calibration's period; without it the key is shown."""
    for cal in metric.calibrations:
        if cal.threshold == cal.target:
            continue
        lower = metric.direction == "lower_is_better"
        if lower and cal.target > cal.threshold:
            text = translate("Validation", "Metric “{name}” (from period “{period}”): lower is better, so the target "
                                           "level must be below the threshold level; lower the target, raise the "
                                           "threshold or choose “higher is better”.")
        elif not lower and cal.target < cal.threshold:
            text = translate("Validation", "Metric “{name}” (from period “{period}”): higher is better, so the target "
                                           "level must be above the threshold level; raise the target, lower the "
                                           "threshold or choose “lower is better”.")
        else:
            continue
        period = (periods or {}).get(cal.from_period, cal.from_period)
        return text.format(name=shown(metric.name), period=shown(period))
    return None
