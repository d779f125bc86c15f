"""JSON interchange: the whole plan as one object, lossless both ways.

`plan_to_json(plan)` gives a dict that `json.dumps(..., default=...)` can write
(see `dumps`), and `plan_from_json(obj)` reads one back, refusing bad input with a
PlanError that names the field. docs/file-format.md documents the format.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..i18n import translate
from . import model as m
from .errors import PlanError
from .validation import validate_plan

FORMAT = "alliance-project"
VERSION = 1
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")



# ---------------------------------------------------------------- writing


def _num(value: Decimal) -> int | float:
    """Whole numbers as ints, others as floats: exact for the 15 significant digits money needs,
    because `loads` reads the shortest float text back as a Decimal."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _date(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _actual_to_json(a: m.ActualCost) -> dict:
    out: dict[str, Any] = {}
    if a.fee is not None:
        out["fee"] = _num(a.fee)
    out["overhead"] = _num(a.overhead)
    out["production"] = _num(a.production)
    return out


def plan_to_json(plan: m.Plan) -> dict:
    p = plan.project
    c = plan.commercial
    cap = c.producer_pain_cap
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": {
            "name": p.name,
            "buyer": p.buyer,
            "target_group": p.target_group,
            "description": p.description,
            "goals": list(p.goals),
            "version_label": p.version_label,
            "notes": p.notes,
        },
        "parties": [{"key": x.key, "name": x.name, "role": x.role, "notes": x.notes} for x in plan.parties],
        "areas": [{"key": x.key, "name": x.name, "status": x.status, "notes": x.notes} for x in plan.areas],
        "phases": [
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
        ],
        "milestones": [
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
        ],
        "chains": [
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
        ],
        "scope": {
            "packages": [
                {"key": x.key, "name": x.name, "target_group": x.target_group, "notes": x.notes}
                for x in plan.scope.packages
            ],
            "cells": [{"package": pk, "area": ak, "state": st} for pk, ak, st in plan.scope.cells],
        },
        "metrics": [
            {
                "key": x.key,
                "name": x.name,
                "unit": x.unit,
                "direction": x.direction,
                "description": x.description,
                "data_source": x.data_source,
                "frequency": x.frequency,
                "owner": x.owner,
                "baseline": None if x.baseline is None else _num(x.baseline),
                "calibrations": [
                    {
                        "from_period": k.from_period,
                        "weight": _num(k.weight),
                        "threshold": _num(k.threshold),
                        "target": _num(k.target),
                    }
                    for k in x.calibrations
                ],
                "measurements": {period: _num(v) for period, v in x.measurements},
            }
            for x in plan.metrics
        ],
        "commercial": {
            "gain_cap_percent": _num(c.gain_cap_percent),
            "gain_share_percent": {k: _num(v) for k, v in c.gain_share_percent},
            "effectiveness_pool_split_percent": {k: _num(v) for k, v in c.effectiveness_pool_split_percent},
            "pain_share_percent": {k: _num(v) for k, v in c.pain_share_percent},
            "producer_pain_cap": cap if cap is None or isinstance(cap, str) else _num(cap),
            "periods": [
                {
                    "key": x.key,
                    "name": x.name,
                    "start": _date(x.start),
                    "end": _date(x.end),
                    "target": {k: _num(getattr(x.target, k)) for k in m.COST_PARTS},
                    "actual": None if x.actual is None else _actual_to_json(x.actual),
                }
                for x in c.periods
            ],
        },
        "scenarios": [
            {
                "key": x.key,
                "name": x.name,
                "notes": x.notes,
                "periods": [
                    {
                        "period": sp.period,
                        "actual": None if sp.actual is None else _actual_to_json(sp.actual),
                        "kpi_score": None if sp.kpi_score is None else _num(sp.kpi_score),
                    }
                    for sp in x.periods
                ],
            }
            for x in plan.scenarios
        ],
        "risks": [
            {
                "key": x.key,
                "title": x.title,
                "description": x.description,
                "likelihood": x.likelihood,
                "impact": x.impact,
                "owner": x.owner,
                "mitigation": x.mitigation,
                "status": x.status,
            }
            for x in plan.risks
        ],
        "procurement_tasks": [
            {"key": x.key, "name": x.name, "stage": x.stage, "done": x.done, "due": _date(x.due), "notes": x.notes}
            for x in plan.procurement_tasks
        ],
        "documents": [
            {"key": x.key, "name": x.name, "status": x.status, "notes": x.notes} for x in plan.documents
        ],
    }


def dumps(obj: Any) -> str:
    """The JSON text we write: UTF-8 friendly, indented, ending in a newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


class DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    """JSON objects with the same key twice are refused (the parser would silently keep the last)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKeyError(key)
        seen[key] = value
    return seen


def loads(text: str) -> Any:
    """Parse JSON keeping every non-integer number as a Decimal; a key given twice in an object is an error."""
    return json.loads(text, parse_float=Decimal, object_pairs_hook=_no_duplicates)


# ---------------------------------------------------------------- reading


class _Reader:
    """Reads one JSON value with the field path for messages."""

    def __init__(self, obj: Any, path: str):
        self.obj = obj
        self.path = path

    def fail(self, field: str, text: str, **kw) -> PlanError:
        where = f"{self.path}.{field}" if self.path and field else (field or self.path)
        return PlanError(translate("Interchange", "Field “{field}”: {problem}").format(field=where, problem=text.format(**kw)), where)

    def _get(self, field: str, default: Any):
        if not isinstance(self.obj, dict):
            raise PlanError(translate("Interchange", "Field “{field}”: expected an object").format(field=self.path), self.path)
        return self.obj.get(field, default)

    def text(self, field: str, default: str = "") -> str:
        v = self._get(field, default)
        if v is None:
            return default
        if not isinstance(v, str):
            raise self.fail(field, translate("Interchange", "expected text"))
        return v

    def required_text(self, field: str) -> str:
        v = self.text(field)
        if not v.strip():
            raise self.fail(field, translate("Interchange", "must not be empty"))
        return v

    def choice(self, field: str, options: tuple[str, ...], default: str) -> str:
        v = self.text(field, default) or default
        if v not in options:
            raise self.fail(field, translate("Interchange", "must be one of {options}, not “{value}”"), options=", ".join(options), value=v)
        return v

    def boolean(self, field: str, default: bool = False) -> bool:
        v = self._get(field, default)
        if not isinstance(v, bool):
            raise self.fail(field, translate("Interchange", "expected true or false"))
        return v

    def number(self, field: str, default: Decimal | None = None, *, allow_negative: bool = True,
               optional: bool = False) -> Decimal | None:
        v = self._get(field, None)
        if v is None:
            if optional or default is not None:
                return default
            raise self.fail(field, translate("Interchange", "a number is required"))
        return _to_decimal(v, lambda problem: self.fail(field, problem), allow_negative)

    def integer(self, field: str, default: int, low: int, high: int) -> int:
        v = self._get(field, default)
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            raise self.fail(field, translate("Interchange", "expected a whole number from {low} to {high}"), low=low, high=high)
        return v

    def date(self, field: str, required: bool = False) -> _dt.date | None:
        v = self._get(field, None)
        if v in (None, ""):
            if required:
                raise self.fail(field, translate("Interchange", "a date is required (YYYY-MM-DD)"))
            return None
        if not isinstance(v, str):
            raise self.fail(field, translate("Interchange", "expected a date as text (YYYY-MM-DD)"))
        try:
            return _dt.date.fromisoformat(v)
        except ValueError:
            raise self.fail(field, translate("Interchange", "“{value}” is not a date (YYYY-MM-DD)"), value=v) from None

    def time(self, field: str) -> str:
        v = self.text(field)
        if v and not _TIME.match(v):
            raise self.fail(field, translate("Interchange", "“{value}” is not a time of day (HH:MM)"), value=v)
        return v

    def items(self, field: str) -> list[_Reader]:
        v = self._get(field, [])
        if v is None:
            v = []
        if not isinstance(v, list):
            raise self.fail(field, translate("Interchange", "expected a list"))
        base = f"{self.path}.{field}" if self.path else field
        return [_Reader(x, f"{base}[{i}]") for i, x in enumerate(v)]

    def child(self, field: str, required: bool = False) -> _Reader:
        v = self._get(field, None)
        base = f"{self.path}.{field}" if self.path else field
        if v is None:
            if required:
                raise self.fail(field, translate("Interchange", "is missing"))
            v = {}
        if not isinstance(v, dict):
            raise self.fail(field, translate("Interchange", "expected an object"))
        return _Reader(v, base)

    def mapping(self, field: str, *, allow_negative: bool = False) -> list[tuple[str, Decimal]]:
        child = self.child(field)
        return [(str(k), child.number(str(k), allow_negative=allow_negative)) for k in child.obj]


def _to_decimal(v: Any, fail, allow_negative: bool) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, int | Decimal | float):
        if isinstance(v, str):
            raise fail(translate("Interchange", "expected a number, not the text “{value}”").format(value=v))
        raise fail(translate("Interchange", "expected a number"))
    try:
        d = Decimal(str(v)) if isinstance(v, float) else Decimal(v)
    except InvalidOperation:
        raise fail(translate("Interchange", "expected a number")) from None
    if not d.is_finite():
        raise fail(translate("Interchange", "expected a number"))
    if not allow_negative and d < 0:
        raise fail(translate("Interchange", "must not be negative"))
    return d


def _score(r: _Reader) -> Decimal | None:
    value = r.number("kpi_score", optional=True, allow_negative=False)
    if value is not None and value > 1:
        raise r.fail("kpi_score", translate("Interchange", "a KPI score is between 0 and 1, not {value}"),
                     value=format(value, "f"))
    return value


def _actual_from(r: _Reader) -> m.ActualCost:
    return m.ActualCost(
        fee=r.number("fee", allow_negative=False, optional=True),
        overhead=r.number("overhead", m.ZERO, allow_negative=False),
        production=r.number("production", m.ZERO, allow_negative=False),
    )


def plan_from_json(obj: Any) -> m.Plan:
    """Build and validate a plan from parsed JSON; PlanError names the first bad field."""
    if not isinstance(obj, dict):
        raise PlanError(translate("Interchange", "The file is not an alliance project: expected a JSON object."))
    if obj.get("format") != FORMAT:
        raise PlanError(translate("Interchange", "Field “format”: expected “{expected}”; this is not an alliance project file.").format(
            expected=FORMAT), "format")
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanError(translate("Interchange", "Field “version”: expected a whole number."), "version")
    if version > VERSION:
        raise PlanError(translate("Interchange", "Field “version”: the file was made by a newer version of Alliance Planner "
                            "(format {version}); this version reads format {supported}.").format(
            version=version, supported=VERSION), "version")
    root = _Reader(obj, "")
    pr = root.child("project", required=True)
    goals = pr._get("goals", [])
    if not isinstance(goals, list) or not all(isinstance(g, str) for g in goals):
        raise pr.fail("goals", translate("Interchange", "expected a list of texts"))
    project = m.Project(
        name=pr.required_text("name"),
        buyer=pr.text("buyer"),
        target_group=pr.text("target_group"),
        description=pr.text("description"),
        goals=tuple(goals),
        version_label=pr.text("version_label", "luonnos"),
        notes=pr.text("notes"),
    )
    parties = tuple(
        m.Party(r.required_text("key"), r.required_text("name"), r.choice("role", m.PARTY_ROLES, "producer"),
                r.text("notes"))
        for r in root.items("parties")
    )
    areas = tuple(
        m.Area(r.required_text("key"), r.required_text("name"), r.choice("status", m.AREA_STATUSES, "included"),
               r.text("notes"))
        for r in root.items("areas")
    )
    phases = tuple(
        m.Phase(
            key=r.required_text("key"),
            name=r.required_text("name"),
            kind=r.choice("kind", m.PHASE_KINDS, "other"),
            start=r.date("start"),
            end=r.date("end"),
            parent=r.text("parent"),
            owner=r.text("owner"),
            staff_decision=r.text("staff_decision"),
            notes=r.text("notes"),
        )
        for r in root.items("phases")
    )
    markers = tuple(
        m.Marker(
            key=r.required_text("key"),
            name=r.required_text("name"),
            kind=r.choice("kind", m.MARKER_KINDS, "milestone"),
            date=r.date("date", required=True),
            time=r.time("time"),
            time_end=r.time("time_end"),
            phase=r.text("phase"),
            state=r.choice("state", ("",) + m.GATE_STATES + ("done",), ""),
            ends_alliance=r.boolean("ends_alliance"),
            owner=r.text("owner"),
            notes=r.text("notes"),
        )
        for r in root.items("milestones")
    )
    chains = []
    for r in root.items("chains"):
        analysis = r.child("analysis")
        chains.append(
            m.ServiceChain(
                key=r.required_text("key"),
                name=r.required_text("name"),
                description=r.text("description"),
                analysis=tuple((str(k), analysis.text(str(k))) for k in analysis.obj),
                steps=tuple(
                    m.ChainStep(
                        key=s.required_text("key"),
                        name=s.required_text("name"),
                        description=s.text("description"),
                        provider=s.text("provider"),
                        provider_kind=s.choice("provider_kind", m.PROVIDER_KINDS, "own"),
                        responsible_unit=s.text("responsible_unit"),
                        annual_volume=s.number("annual_volume", m.ZERO, allow_negative=False),
                        unit_cost=s.number("unit_cost", m.ZERO, allow_negative=False),
                        own_unit_cost=s.number("own_unit_cost", m.ZERO, allow_negative=False),
                        scope=s.choice("scope", m.STEP_SCOPES, "yes"),
                        risks=s.text("risks"),
                        notes=s.text("notes"),
                    )
                    for s in r.items("steps")
                ),
            )
        )
    sr = root.child("scope")
    scope = m.Scope(
        packages=tuple(
            m.ScopePackage(r.required_text("key"), r.required_text("name"), r.text("target_group"), r.text("notes"))
            for r in sr.items("packages")
        ),
        cells=tuple(
            (r.required_text("package"), r.required_text("area"), r.choice("state", m.SCOPE_STATES, "included"))
            for r in sr.items("cells")
        ),
    )
    metrics = []
    for r in root.items("metrics"):
        meas = r.child("measurements")
        metrics.append(
            m.Metric(
                key=r.required_text("key"),
                name=r.required_text("name"),
                unit=r.text("unit"),
                direction=r.choice("direction", m.DIRECTIONS, "lower_is_better"),
                description=r.text("description"),
                data_source=r.text("data_source"),
                frequency=r.text("frequency"),
                owner=r.text("owner"),
                baseline=r.number("baseline", optional=True),
                calibrations=tuple(
                    m.Calibration(
                        from_period=k.required_text("from_period"),
                        weight=k.number("weight", allow_negative=False),
                        threshold=k.number("threshold"),
                        target=k.number("target"),
                    )
                    for k in r.items("calibrations")
                ),
                measurements=tuple((str(p), meas.number(str(p))) for p in meas.obj),
            )
        )
    cr = root.child("commercial")
    cap_raw = cr._get("producer_pain_cap", "fee")
    if cap_raw is None or cap_raw == "fee":
        cap = cap_raw
    elif isinstance(cap_raw, str):
        raise cr.fail("producer_pain_cap", translate("Interchange", "expected “fee”, null or an amount, not “{value}”"), value=cap_raw)
    else:
        cap = cr.number("producer_pain_cap", allow_negative=False)
    defaults = m.Commercial()
    commercial = m.Commercial(
        gain_cap_percent=cr.number("gain_cap_percent", defaults.gain_cap_percent, allow_negative=False),
        gain_share_percent=tuple(cr.mapping("gain_share_percent")) if "gain_share_percent" in cr.obj
        else defaults.gain_share_percent,
        effectiveness_pool_split_percent=tuple(cr.mapping("effectiveness_pool_split_percent"))
        if "effectiveness_pool_split_percent" in cr.obj else defaults.effectiveness_pool_split_percent,
        pain_share_percent=tuple(cr.mapping("pain_share_percent")) if "pain_share_percent" in cr.obj
        else defaults.pain_share_percent,
        producer_pain_cap=cap,
        periods=tuple(
            m.ServicePeriod(
                key=r.required_text("key"),
                name=r.text("name") or r.required_text("key"),
                start=r.date("start", required=True),
                end=r.date("end", required=True),
                target=m.CostParts(
                    **{k: r.child("target").number(k, m.ZERO, allow_negative=False) for k in m.COST_PARTS}
                ),
                actual=None if r._get("actual", None) is None else _actual_from(r.child("actual")),
            )
            for r in cr.items("periods")
        ),
    )
    scenarios = tuple(
        m.Scenario(
            key=r.required_text("key"),
            name=r.required_text("name"),
            notes=r.text("notes"),
            periods=tuple(
                m.ScenarioPeriod(
                    period=sp.required_text("period"),
                    actual=None if sp._get("actual", None) is None else _actual_from(sp.child("actual")),
                    kpi_score=_score(sp),
                )
                for sp in r.items("periods")
            ),
        )
        for r in root.items("scenarios")
    )
    risks = tuple(
        m.Risk(
            key=r.required_text("key"),
            title=r.required_text("title"),
            description=r.text("description"),
            likelihood=r.integer("likelihood", 2, 1, 5),
            impact=r.integer("impact", 2, 1, 5),
            owner=r.text("owner"),
            mitigation=r.text("mitigation"),
            status=r.choice("status", m.RISK_STATUSES, "open"),
        )
        for r in root.items("risks")
    )
    tasks = tuple(
        m.ProcurementTask(
            key=r.required_text("key"),
            name=r.required_text("name"),
            stage=r.choice("stage", m.TASK_STAGES, "planning"),
            done=r.boolean("done"),
            due=r.date("due"),
            notes=r.text("notes"),
        )
        for r in root.items("procurement_tasks")
    )
    documents = tuple(
        m.DocumentItem(r.required_text("key"), r.required_text("name"),
                       r.choice("status", m.DOCUMENT_STATUSES, "todo"), r.text("notes"))
        for r in root.items("documents")
    )
    plan = m.Plan(
        project=project,
        parties=parties,
        areas=areas,
        phases=phases,
        markers=markers,
        chains=tuple(chains),
        scope=scope,
        metrics=tuple(metrics),
        commercial=commercial,
        scenarios=scenarios,
        risks=risks,
        procurement_tasks=tasks,
        documents=documents,
    )
    validate_plan(plan)
    return plan


def plan_from_text(text: str) -> m.Plan:
    try:
        obj = loads(text)
    except DuplicateKeyError as exc:
        raise PlanError(translate("Interchange", "The JSON gives the key “{key}” twice in the same object.").format(
            key=exc.args[0])) from None
    except json.JSONDecodeError as exc:
        raise PlanError(translate("Interchange", "The file is not valid JSON (line {line}, column {column}): {problem}").format(
            line=exc.lineno, column=exc.colno, problem=exc.msg)) from None
    return plan_from_json(obj)
