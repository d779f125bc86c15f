"""JSON interchange: the whole plan as one object, lossless both ways.

`plan_to_json(plan)` gives a dict whose numbers are Decimals (exact), and `dumps` writes it with
every number from its own decimal digits, never through float: export -> import -> export is
byte-identical and every amount comes back Decimal-equal. `plan_from_text(text)` parses hostile
text safely (numbers as Decimals, NaN/Infinity, endless nesting, huge integers and duplicate keys
refused) and `plan_from_json(obj)` reads it, section by section, refusing bad input with a
PlanError that names the thing as the user sees it; then the one set of rules
(`validation.validate_plan`) and, for imports only, the metrics' levels against their direction
(`validation.metric_level_problem`). docs/file-format.md documents the format and its limits.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from ..i18n import translate
from . import jsontext
from . import model as m
from . import validation as v
from .errors import PlanError, shown

FORMAT = "alliance-project"
VERSION = 1
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NUMBER_TEXT = re.compile(r"-?[0-9]{1,40}(\.[0-9]{1,40})?")
_INT_DIGITS = 40  # longer integers are read as Decimals (and refused by their field's range)


# ---------------------------------------------------------------- writing


def _num(value: Decimal) -> Decimal:
    """A number as it is written: the same value without trailing zeros after the point (12.50 -> 12.5)."""
    if not isinstance(value, Decimal):
        return Decimal(value)
    return v.exact(value)


def _opt_num(value: Decimal | None) -> Decimal | None:
    return None if value is None else _num(value)


def _date(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _actual_to_json(a: m.ActualCost) -> dict:
    """Only the parts entered; a part not entered is left out."""
    return {part: _num(getattr(a, part)) for part in m.COST_PARTS if getattr(a, part) is not None}


def _project_to_json(plan: m.Plan) -> dict:
    p = plan.project
    return {
        "name": p.name,
        "buyer": p.buyer,
        "target_group": p.target_group,
        "description": p.description,
        "goals": list(p.goals),
        "version_label": p.version_label,
        "notes": p.notes,
    }


def _parties_to_json(plan: m.Plan) -> list:
    return [{"key": x.key, "name": x.name, "role": x.role, "notes": x.notes} for x in plan.parties]


def _areas_to_json(plan: m.Plan) -> list:
    return [{"key": x.key, "name": x.name, "status": x.status, "notes": x.notes} for x in plan.areas]


def _phases_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": x.key,
            "name": x.name,
            "kind": x.kind,
            "start": _date(x.start),
            "end": _date(x.end),
            "parent": x.parent,
            "owner": x.owner,
            "staff_decision": x.staff_decision,
            "notes": x.notes,
        }
        for x in plan.phases
    ]


def _milestones_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": x.key,
            "name": x.name,
            "kind": x.kind,
            "date": _date(x.date),
            "time": x.time,
            "time_end": x.time_end,
            "phase": x.phase,
            "state": x.state,
            "ends_alliance": x.ends_alliance,
            "owner": x.owner,
            "notes": x.notes,
        }
        for x in plan.markers
    ]


def _chains_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": ch.key,
            "name": ch.name,
            "description": ch.description,
            "analysis": dict(ch.analysis),
            "steps": [
                {
                    "key": s.key,
                    "name": s.name,
                    "description": s.description,
                    "provider": s.provider,
                    "provider_kind": s.provider_kind,
                    "responsible_unit": s.responsible_unit,
                    "annual_volume": _num(s.annual_volume),
                    "unit_cost": _num(s.unit_cost),
                    "own_unit_cost": _num(s.own_unit_cost),
                    "scope": s.scope,
                    "risks": s.risks,
                    "notes": s.notes,
                }
                for s in ch.steps
            ],
        }
        for ch in plan.chains
    ]


def _scope_to_json(plan: m.Plan) -> dict:
    return {
        "packages": [
            {"key": x.key, "name": x.name, "target_group": x.target_group, "notes": x.notes}
            for x in plan.scope.packages
        ],
        "cells": [{"package": pk, "area": ak, "state": st} for pk, ak, st in plan.scope.cells],
    }


def _metrics_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": x.key,
            "name": x.name,
            "unit": x.unit,
            "direction": x.direction,
            "description": x.description,
            "data_source": x.data_source,
            "frequency": x.frequency,
            "owner": x.owner,
            "baseline": _opt_num(x.baseline),
            "calibrations": [
                {
                    "from_period": k.from_period,
                    "weight": _num(k.weight),
                    "threshold": _num(k.threshold),
                    "target": _num(k.target),
                }
                for k in x.calibrations
            ],
            "measurements": {period: _num(value) for period, value in x.measurements},
        }
        for x in plan.metrics
    ]


def _commercial_to_json(plan: m.Plan) -> dict:
    c = plan.commercial
    cap = c.producer_pain_cap
    return {
        "gain_cap_percent": _num(c.gain_cap_percent),
        "gain_share_percent": {k: _num(x) for k, x in c.gain_share_percent},
        "effectiveness_pool_split_percent": {k: _num(x) for k, x in c.effectiveness_pool_split_percent},
        "pain_share_percent": {k: _num(x) for k, x in c.pain_share_percent},
        "producer_pain_cap": cap if cap is None or isinstance(cap, str) else _num(cap),
        "periods": [
            {
                "key": x.key,
                "name": x.name,
                "start": _date(x.start),
                "end": _date(x.end),
                "target": {k: _num(getattr(x.target, k)) for k in m.COST_PARTS},
                "actual": None if x.actual is None or not x.actual.entered else _actual_to_json(x.actual),
                **({} if x.estimate is None else {"estimate": {
                    "low_percent": _num(x.estimate.low_percent), "high_percent": _num(x.estimate.high_percent),
                    "shape": x.estimate.shape}}),
            }
            for x in c.periods
        ],
    }


def _scenarios_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": x.key,
            "name": x.name,
            "notes": x.notes,
            "periods": [
                {
                    "period": sp.period,
                    "actual": None if sp.actual is None or not sp.actual.entered else _actual_to_json(sp.actual),
                    "kpi_score": _opt_num(sp.kpi_score),
                }
                for sp in x.periods
            ],
        }
        for x in plan.scenarios
    ]


def _risks_to_json(plan: m.Plan) -> list:
    return [
        {
            "key": x.key,
            "title": x.title,
            "description": x.description,
            "likelihood": x.likelihood,
            "impact": x.impact,
            "owner": x.owner,
            "mitigation": x.mitigation,
            "status": x.status,
            **({} if x.cost is None else {"cost": _risk_cost_to_json(x.cost)}),
        }
        for x in plan.risks
    ]


def _risk_cost_to_json(cost: m.RiskCost) -> dict:
    return {"minimum": _num(cost.minimum), "most_likely": _num(cost.most_likely), "maximum": _num(cost.maximum),
            "probability_percent": _num(cost.probability_percent),
            "periods": {k: _num(share) for k, share in cost.periods}}


def _tasks_to_json(plan: m.Plan) -> list:
    return [
        {"key": x.key, "name": x.name, "stage": x.stage, "done": x.done, "due": _date(x.due), "notes": x.notes}
        for x in plan.procurement_tasks
    ]


def _documents_to_json(plan: m.Plan) -> list:
    return [{"key": x.key, "name": x.name, "status": x.status, "notes": x.notes} for x in plan.documents]


# The file's sections in order: (JSON name, writer).
_WRITERS: tuple[tuple[str, Callable[[m.Plan], Any]], ...] = (
    ("project", _project_to_json),
    ("parties", _parties_to_json),
    ("areas", _areas_to_json),
    ("phases", _phases_to_json),
    ("milestones", _milestones_to_json),
    ("chains", _chains_to_json),
    ("scope", _scope_to_json),
    ("metrics", _metrics_to_json),
    ("commercial", _commercial_to_json),
    ("scenarios", _scenarios_to_json),
    ("risks", _risks_to_json),
    ("procurement_tasks", _tasks_to_json),
    ("documents", _documents_to_json),
)


def plan_to_json(plan: m.Plan) -> dict:
    """The plan as a JSON-ready dict; numbers are Decimals (write it with `dumps`)."""
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for name, writer in _WRITERS:
        out[name] = writer(plan)
    if plan.presentation.slides:  # optional: written only when the presenter chose slides
        out["presentation"] = {"slides": list(plan.presentation.slides)}
    return out


def _number_json(value: Decimal) -> str:
    """A JSON number written from the Decimal's own digits (never through float)."""
    if not value.is_finite():
        raise PlanError(translate("Interchange", "A number that is not finite cannot be written to JSON."))
    if abs(value.adjusted()) > 40 or v.decimal_places(value) > 40:
        return str(value)  # e.g. 1E+999: still a JSON number, and no billion-digit text
    return v.number_text(value)


def dumps(obj: Any, indent: int = 2) -> str:
    """The JSON text we write: UTF-8 friendly, indented, ending in a newline; Decimals as exact numbers.

    For data without Decimals this is `json.dumps(obj, ensure_ascii=False, indent=2) + "\\n"`.
    """
    return jsontext.write(obj, _number_json, indent) + "\n"


# ---------------------------------------------------------------- parsing


class DuplicateKeyError(ValueError):
    pass


class _NotANumber(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    """JSON objects with the same key twice are refused (the parser would silently keep the last)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKeyError(key)
        seen[key] = value
    return seen


def _int(text: str) -> int | Decimal:
    """JSON integers: short ones as int, long ones as Decimal (never Python's 4 300-digit limit)."""
    return int(text) if len(text) <= _INT_DIGITS else Decimal(text)


def _constant(name: str):
    raise _NotANumber(name)


def loads(text: str) -> Any:
    """Parse JSON keeping every non-integer number as a Decimal; a key given twice in an object is an
    error; NaN and Infinity are refused; integers of any length parse (as Decimal beyond 40 digits)."""
    return json.loads(text, parse_float=Decimal, parse_int=_int, parse_constant=_constant,
                      object_pairs_hook=_no_duplicates)


def plan_from_text(text: str) -> m.Plan:
    """A plan from JSON text; any bad input is one PlanError in the user's words."""
    try:
        obj = loads(text)
    except DuplicateKeyError as exc:
        raise PlanError(translate("Interchange", "The JSON gives the key “{key}” twice in the same object.").format(
            key=shown(exc.args[0]))) from None
    except _NotANumber as exc:
        raise PlanError(translate("Interchange", "The file is not valid JSON: “{value}” is not a number.").format(
            value=shown(exc.args[0]))) from None
    except json.JSONDecodeError as exc:
        raise PlanError(translate("Interchange", "The file is not valid JSON (line {line}, column {column}): {problem}").format(
            line=exc.lineno, column=exc.colno, problem=shown(exc.msg))) from None
    except RecursionError:
        raise PlanError(translate("Interchange", "The file is not an alliance project: its JSON is nested far too "
                                                 "deeply.")) from None
    except (ValueError, ArithmeticError):  # e.g. a number the decimal module cannot hold
        raise PlanError(translate("Interchange", "The file is not valid JSON: it holds a number that cannot be "
                                                 "read.")) from None
    return plan_from_json(obj)


# ---------------------------------------------------------------- reading


class _Reader:
    """Reads one JSON object: `where()` names it as the user sees it, `code` is its internal path."""

    def __init__(self, obj: Any, where: Callable[[], str], code: str, prefix: str = ""):
        self.obj = obj
        self.where = where
        self.code = code
        self.prefix = prefix  # for field labels: "target." makes "fee" the "target fee"

    def fail(self, field: str, problem: str) -> PlanError:
        return v.refusal(self.where(), self.prefix + field, problem, f"{self.code}.{field}" if self.code else field)

    def _get(self, field: str, default: Any):
        return self.obj.get(field, default)

    def text(self, field: str, default: str = "", limit: int = v.SHORT_TEXT) -> str:
        value = self._get(field, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(field, translate("Interchange", "expected text"))
        problem = v.text_problem(value, limit)
        if problem:
            raise self.fail(field, problem)
        return value

    def long_text(self, field: str) -> str:
        return self.text(field, limit=v.LONG_TEXT)

    def required_text(self, field: str) -> str:
        value = self.text(field)
        if not value.strip():
            raise self.fail(field, translate("Interchange", "must not be empty"))
        return value

    def choice(self, field: str, options: tuple[str, ...], default: str) -> str:
        value = self.text(field, default) or default
        if value not in options:
            raise self.fail(field, translate("Validation", "“{value}” is not one of the allowed values ({options})").format(
                options=", ".join(o for o in options if o), value=shown(value)))  # as validate_plan says it
        return value

    def boolean(self, field: str, default: bool = False) -> bool:
        value = self._get(field, default)
        if not isinstance(value, bool):
            raise self.fail(field, translate("Interchange", "expected true or false"))
        return value

    def number(self, field: str, rule: v.NumberRule, default: Decimal | None = None, *,
               optional: bool = False) -> Decimal | None:
        value = self._get(field, None)
        if value is None:
            if optional or default is not None:
                return default
            raise self.fail(field, translate("Interchange", "a number is required"))
        return _to_decimal(value, rule, lambda problem: self.fail(field, problem))

    def integer(self, field: str, default: int, low: int, high: int) -> int:
        value = self._get(field, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(field, translate("Interchange", "expected a whole number from {low} to {high}").format(
                low=low, high=high))
        return value

    def date(self, field: str, required: bool = False) -> _dt.date | None:
        value = self._get(field, None)
        if value in (None, ""):
            if required:
                raise self.fail(field, translate("Interchange", "a date is required (YYYY-MM-DD)"))
            return None
        if not isinstance(value, str):
            raise self.fail(field, translate("Interchange", "expected a date as text (YYYY-MM-DD)"))
        try:
            if not _DATE.fullmatch(value):
                raise ValueError(value)
            day = _dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(field, translate("Interchange", "“{value}” is not a date (YYYY-MM-DD)").format(
                value=shown(value))) from None
        problem = v.date_problem(day)
        if problem:
            raise self.fail(field, problem)
        return day

    def time(self, field: str) -> str:
        value = self.text(field)
        if value and not v.TIME_OF_DAY.fullmatch(value):
            raise self.fail(field, translate("Interchange", "“{value}” is not a time of day (HH:MM)").format(
                value=shown(value)))
        return value

    def items(self, field: str, kind: str, parent: object = None) -> list[_Reader]:
        """The records of a list, each named by its kind and its name (or its number)."""
        value = self._get(field, [])
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.fail(field, translate("Interchange", "expected a list"))
        base = f"{self.code}.{field}" if self.code else field
        out = []
        for i, x in enumerate(value):
            name = x.get("title", x.get("name")) if isinstance(x, dict) else None

            def where(name=name, i=i):
                return v.thing(kind, name, i + 1, parent)

            if not isinstance(x, dict):
                raise PlanError(translate("Interchange", "{thing}: expected an object.").format(thing=where()),
                                f"{base}[{i}]")
            out.append(_Reader(x, where, f"{base}[{i}]"))
        return out

    def child(self, field: str, required: bool = False, where: Callable[[], str] | None = None,
              prefix: str = "") -> _Reader:
        value = self._get(field, None)
        if value is None:
            if required:
                raise self.fail(field, translate("Interchange", "is missing"))
            value = {}
        if not isinstance(value, dict):
            raise self.fail(field, translate("Interchange", "expected an object"))
        return _Reader(value, where or self.where, f"{self.code}.{field}" if self.code else field, prefix)

    def mapping(self, field: str, rule: v.NumberRule, label: Callable[[str], str]) -> list[tuple[str, Decimal]]:
        """{name: number} pairs, in file order; `label(name)` names one of them in a message."""
        child = self.child(field)
        out = []
        for k, value in child.obj.items():
            problem = v.text_problem(k, v.SHORT_TEXT)

            def fail(problem: str, k=k) -> PlanError:
                return PlanError(translate("Validation", "{thing}, {field}: {problem}.").format(
                    thing=self.where(), field=label(k), problem=problem), f"{child.code}.{shown(k)}")

            if problem:
                raise fail(problem)
            out.append((k, _to_decimal(value, rule, fail)))
        return out


def _to_decimal(value: Any, rule: v.NumberRule, fail: Callable[[str], PlanError]) -> Decimal:
    """A JSON number (or a string of plain decimal text) as an exact Decimal within the rule's limits."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise fail(translate("Interchange", "expected a number"))
    if isinstance(value, str):
        if not _NUMBER_TEXT.fullmatch(value):
            raise fail(translate("Interchange", "expected a number, not the text “{value}”").format(value=shown(value)))
        value = Decimal(value)
    try:
        d = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, ValueError):
        raise fail(translate("Interchange", "expected a number")) from None
    problem = v.number_problem(d, rule)
    if problem:
        raise fail(problem)
    return v.exact(d)


def _share_label(table: str) -> Callable[[str], str]:
    return lambda party: v.field_label(f"{party}_share") if party in v.SHARE_TABLES[table] else f"“{shown(party)}”"


def _actual_from(r: _Reader, key: str) -> m.ActualCost | None:
    """An actual cost, part by part as entered; `null`, `{}` or only nulls: no actuals (a forecast)."""
    if r._get(key, None) is None:
        return None
    a = r.child(key, prefix="actual.")
    actual = m.ActualCost(**{part: a.number(part, v.MONEY, optional=True) for part in m.COST_PARTS})
    return actual if actual.entered else None


def _estimate_from(r: _Reader) -> m.EstimateRange | None:
    """A period's optional estimate range ("estimate": {"low_percent", "high_percent", "shape"}); null: none."""
    if r._get("estimate", None) is None:
        return None
    e = r.child("estimate", prefix="estimate.")
    return m.EstimateRange(e.number("low_percent", v.ESTIMATE_PERCENT), e.number("high_percent", v.ESTIMATE_PERCENT),
                           e.choice("shape", m.ESTIMATE_SHAPES, "triangular"))


def _risk_cost_from(r: _Reader) -> m.RiskCost | None:
    """A risk's optional money ("cost": {"minimum", "most_likely", "maximum", "probability_percent",
    "periods": {period key: share %}}); null: none."""
    if r._get("cost", None) is None:
        return None
    c = r.child("cost", prefix="cost.")
    minimum = c.number("minimum", v.RISK_MONEY)
    maximum = c.number("maximum", v.RISK_MONEY)
    periods = c.mapping("periods", v.PERCENT, lambda k: f"{v.field_label('cost.periods')} “{shown(k)}”") \
        if c._get("periods", None) is not None else []
    return m.RiskCost(minimum, c.number("most_likely", v.RISK_MONEY), maximum,
                      c.number("probability_percent", v.PERCENT), tuple(periods))


# One reader per section of the file.


def _read_project(root: _Reader) -> m.Project:
    pr = root.child("project", required=True, where=lambda: v.thing("project"))
    goals = pr._get("goals", [])
    if not isinstance(goals, list) or not all(isinstance(g, str) for g in goals):
        raise pr.fail("goals", translate("Interchange", "expected a list of texts"))
    for goal in goals:
        problem = v.text_problem(goal, v.LONG_TEXT)
        if problem:
            raise pr.fail("goals", problem)
    if not isinstance(pr._get("name", None), str) or not pr._get("name", "").strip():
        raise PlanError(translate("Validation", "The project needs a name."), "project.name")
    return m.Project(
        name=pr.required_text("name"),
        buyer=pr.text("buyer"),
        target_group=pr.long_text("target_group"),
        description=pr.long_text("description"),
        goals=tuple(goals),
        version_label=pr.text("version_label", "luonnos"),
        notes=pr.long_text("notes"),
    )


def _read_parties(root: _Reader) -> tuple[m.Party, ...]:
    return tuple(
        m.Party(r.required_text("key"), r.required_text("name"), r.choice("role", m.PARTY_ROLES, "producer"),
                r.long_text("notes"))
        for r in root.items("parties", "party")
    )


def _read_areas(root: _Reader) -> tuple[m.Area, ...]:
    return tuple(
        m.Area(r.required_text("key"), r.required_text("name"), r.choice("status", m.AREA_STATUSES, "included"),
               r.long_text("notes"))
        for r in root.items("areas", "area")
    )


def _read_phases(root: _Reader) -> tuple[m.Phase, ...]:
    return tuple(
        m.Phase(
            key=r.required_text("key"),
            name=r.required_text("name"),
            kind=r.choice("kind", m.PHASE_KINDS, "other"),
            start=r.date("start"),
            end=r.date("end"),
            parent=r.text("parent"),
            owner=r.text("owner"),
            staff_decision=r.long_text("staff_decision"),
            notes=r.long_text("notes"),
        )
        for r in root.items("phases", "phase")
    )


def _read_milestones(root: _Reader) -> tuple[m.Marker, ...]:
    return tuple(
        m.Marker(
            key=r.required_text("key"),
            name=r.required_text("name"),
            kind=r.choice("kind", m.MARKER_KINDS, "milestone"),
            date=r.date("date"),  # undated points are allowed, as in the app (the timeline warns)
            time=r.time("time"),
            time_end=r.time("time_end"),
            phase=r.text("phase"),
            state=r.choice("state", v.MARKER_STATES, ""),
            ends_alliance=r.boolean("ends_alliance"),
            owner=r.text("owner"),
            notes=r.long_text("notes"),
        )
        for r in root.items("milestones", "milestone")
    )


def _read_chains(root: _Reader) -> tuple[m.ServiceChain, ...]:
    chains = []
    for r in root.items("chains", "chain"):
        analysis = r.child("analysis")
        chain_name = r.obj.get("name")
        texts = []
        for heading, text in analysis.obj.items():
            problem = v.text_problem(heading, v.SHORT_TEXT) or (
                translate("Interchange", "expected text") if not isinstance(text, str | None) else
                v.text_problem(text or "", v.LONG_TEXT))
            if problem:
                from .chains import analysis_heading_title

                raise PlanError(translate("Validation", "{thing}, {field}: {problem}.").format(
                    thing=r.where(), field=translate("Interchange", "analysis “{heading}”").format(
                        heading=shown(analysis_heading_title(heading))), problem=problem), f"{r.code}.analysis")
            texts.append((heading, text or ""))
        chains.append(m.ServiceChain(
            key=r.required_text("key"),
            name=r.required_text("name"),
            description=r.long_text("description"),
            analysis=tuple(texts),
            steps=tuple(
                m.ChainStep(
                    key=s.required_text("key"),
                    name=s.required_text("name"),
                    description=s.long_text("description"),
                    provider=s.text("provider"),
                    provider_kind=s.choice("provider_kind", m.PROVIDER_KINDS, "own"),
                    responsible_unit=s.text("responsible_unit"),
                    annual_volume=s.number("annual_volume", v.QUANTITY, m.ZERO),
                    unit_cost=s.number("unit_cost", v.MONEY, m.ZERO),
                    own_unit_cost=s.number("own_unit_cost", v.MONEY, m.ZERO),
                    scope=s.choice("scope", m.STEP_SCOPES, "yes"),
                    risks=s.long_text("risks"),
                    notes=s.long_text("notes"),
                )
                for s in r.items("steps", "step", chain_name)
            ),
        ))
    return tuple(chains)


def _read_scope(root: _Reader) -> m.Scope:
    sr = root.child("scope", where=lambda: v.thing("scope"))
    return m.Scope(
        packages=tuple(
            m.ScopePackage(r.required_text("key"), r.required_text("name"), r.long_text("target_group"),
                           r.long_text("notes"))
            for r in sr.items("packages", "package")
        ),
        cells=tuple(
            (r.required_text("package"), r.required_text("area"), r.choice("state", m.SCOPE_STATES, "included"))
            for r in sr.items("cells", "cell")
        ),
    )


def _read_metrics(root: _Reader, period_names: dict[str, str]) -> tuple[m.Metric, ...]:
    metrics = []
    for r in root.items("metrics", "metric"):
        name = r.obj.get("name")
        measurement = lambda period: translate("Interchange", "measurement for period “{period}”").format(  # noqa: E731
            period=shown(period_names.get(period, period)))
        metrics.append(m.Metric(
            key=r.required_text("key"),
            name=r.required_text("name"),
            unit=r.text("unit"),
            direction=r.choice("direction", m.DIRECTIONS, "lower_is_better"),
            description=r.long_text("description"),
            data_source=r.text("data_source"),
            frequency=r.text("frequency"),
            owner=r.text("owner"),
            baseline=r.number("baseline", v.LEVEL, optional=True),
            calibrations=tuple(
                m.Calibration(
                    from_period=k.required_text("from_period"),
                    weight=k.number("weight", v.PERCENT),
                    threshold=k.number("threshold", v.LEVEL),
                    target=k.number("target", v.LEVEL),
                )
                for k in _calibrations(r, name, period_names)
            ),
            measurements=tuple(r.mapping("measurements", v.LEVEL, measurement)),
        ))
    return tuple(metrics)


def _calibrations(r: _Reader, metric_name: object, period_names: dict[str, str]) -> list[_Reader]:
    out = r.items("calibrations", "calibration", metric_name)
    for k in out:  # named by their period, not by a name
        period = k.obj.get("from_period")
        period = period_names.get(period, period) if isinstance(period, str) else None
        k.where = lambda period=period: v.thing("calibration", period, None, metric_name)
    return out


def _read_commercial(root: _Reader) -> m.Commercial:
    cr = root.child("commercial", where=lambda: v.thing("rules"))
    defaults = m.Commercial()
    cap = cr._get("producer_pain_cap", "fee")
    if isinstance(cap, str) and cap != "fee":
        raise cr.fail("producer_pain_cap", translate("Interchange", "expected “fee”, null or an amount, not “{value}”").format(
            value=shown(cap)))
    if cap is not None and cap != "fee":
        cap = cr.number("producer_pain_cap", v.MONEY)

    def shares(table: str) -> tuple[tuple[str, Decimal], ...]:
        if table not in cr.obj:
            return getattr(defaults, table)
        where = lambda: f"{v.thing('rules')}, {v.field_label(table)}"  # noqa: E731
        reader = _Reader(cr.obj, where, cr.code)
        return tuple(reader.mapping(table, v.PERCENT, _share_label(table)))

    periods = []
    for r in cr.items("periods", "period"):
        target = r.child("target", prefix="target.")
        periods.append(m.ServicePeriod(
            key=r.required_text("key"),
            name=r.text("name") or r.required_text("key"),
            start=r.date("start", required=True),
            end=r.date("end", required=True),
            target=m.CostParts(**{k: target.number(k, v.MONEY, m.ZERO) for k in m.COST_PARTS}),
            actual=_actual_from(r, "actual"),
            estimate=_estimate_from(r),
        ))
    return m.Commercial(
        gain_cap_percent=cr.number("gain_cap_percent", v.PERCENT, defaults.gain_cap_percent),
        gain_share_percent=shares("gain_share_percent"),
        effectiveness_pool_split_percent=shares("effectiveness_pool_split_percent"),
        pain_share_percent=shares("pain_share_percent"),
        producer_pain_cap=cap,
        periods=tuple(periods),
    )


def _read_scenarios(root: _Reader, period_names: dict[str, str]) -> tuple[m.Scenario, ...]:
    scenarios = []
    for r in root.items("scenarios", "scenario"):
        name = r.obj.get("name")
        entries = []
        for sp in r.items("periods", "scenario_period", name):
            key = sp.obj.get("period")
            sp.where = lambda key=key, name=name: v.thing("scenario_period", period_names.get(key, key) if isinstance(key, str)
                                               else None, None, name)
            entries.append(m.ScenarioPeriod(
                period=sp.required_text("period"),
                actual=_actual_from(sp, "actual"),
                kpi_score=sp.number("kpi_score", v.KPI_SCORE, optional=True),
            ))
        scenarios.append(m.Scenario(key=r.required_text("key"), name=r.required_text("name"),
                                    notes=r.long_text("notes"), periods=tuple(entries)))
    return tuple(scenarios)


def _read_risks(root: _Reader) -> tuple[m.Risk, ...]:
    return tuple(
        m.Risk(
            key=r.required_text("key"),
            title=r.required_text("title"),
            description=r.long_text("description"),
            likelihood=r.integer("likelihood", 2, 1, 5),
            impact=r.integer("impact", 2, 1, 5),
            owner=r.text("owner"),
            mitigation=r.long_text("mitigation"),
            status=r.choice("status", m.RISK_STATUSES, "open"),
            cost=_risk_cost_from(r),
        )
        for r in root.items("risks", "risk")
    )


def _read_tasks(root: _Reader) -> tuple[m.ProcurementTask, ...]:
    return tuple(
        m.ProcurementTask(
            key=r.required_text("key"),
            name=r.required_text("name"),
            stage=r.choice("stage", m.TASK_STAGES, "planning"),
            done=r.boolean("done"),
            due=r.date("due"),
            notes=r.long_text("notes"),
        )
        for r in root.items("procurement_tasks", "task")
    )


def _read_documents(root: _Reader) -> tuple[m.DocumentItem, ...]:
    return tuple(
        m.DocumentItem(r.required_text("key"), r.required_text("name"),
                       r.choice("status", m.DOCUMENT_STATUSES, "todo"), r.long_text("notes"))
        for r in root.items("documents", "document")
    )


def _read_presentation(root: _Reader) -> m.Presentation:
    pr = root.child("presentation", where=lambda: v.thing("presentation"))
    slides = pr._get("slides", None)
    if slides is None:
        return m.Presentation()
    if not isinstance(slides, list) or not all(isinstance(x, str) for x in slides):
        raise pr.fail("slides", translate("Interchange", "expected a list of texts"))
    return m.Presentation(tuple(slides))  # the slides themselves are judged by validate_plan


def _check_header(obj: Any) -> None:
    if not isinstance(obj, dict):
        raise PlanError(translate("Interchange", "The file is not an alliance project: expected a JSON object."))
    if obj.get("format") != FORMAT:
        raise PlanError(translate("Interchange", "The file is not an alliance project file: its “format” is not "
                                                 "“{expected}”.").format(expected=FORMAT), "format")
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanError(translate("Interchange", "The file's format version is not a whole number."), "version")
    if version > VERSION:
        raise PlanError(translate("Interchange", "The file was made by a newer version of Alliance Planner "
                                                 "(format {version}); this version reads format {supported}.").format(
            version=shown(version), supported=VERSION), "version")


def plan_from_json(obj: Any) -> m.Plan:
    """Build and validate a plan from parsed JSON; PlanError names the first bad thing in the user's words."""
    _check_header(obj)
    root = _Reader(obj, lambda: translate("Interchange", "The file"), "")
    for section in ("project", "scope", "commercial"):
        if obj.get(section) is not None and not isinstance(obj[section], dict):
            raise root.fail(section, translate("Interchange", "expected an object"))
    project = _read_project(root)
    parties, areas, phases = _read_parties(root), _read_areas(root), _read_phases(root)
    markers, chains, scope = _read_milestones(root), _read_chains(root), _read_scope(root)
    commercial = _read_commercial(root)
    period_names = {p.key: p.name for p in commercial.periods}
    metrics = _read_metrics(root, period_names)
    plan = m.Plan(
        project=project,
        parties=parties,
        areas=areas,
        phases=phases,
        markers=markers,
        chains=chains,
        scope=scope,
        metrics=metrics,
        commercial=commercial,
        scenarios=_read_scenarios(root, period_names),
        risks=_read_risks(root),
        procurement_tasks=_read_tasks(root),
        documents=_read_documents(root),
        presentation=_read_presentation(root),
    )
    v.validate_plan(plan)
    period_names = {p.key: p.name for p in plan.commercial.periods}
    for i, metric in enumerate(plan.metrics):  # import only: files of earlier versions still open
        problem = v.metric_level_problem(metric, period_names)
        if problem:
            raise PlanError(problem, f"metrics[{i}].calibrations")
    return plan
