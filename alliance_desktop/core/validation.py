"""Hard rules a plan must satisfy before it is stored (refusals, not warnings)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..i18n import translate
from . import model as m
from .errors import PlanError

HUNDRED = Decimal(100)



def _unique(keys: Iterable[str], field: str) -> None:
    seen: set[str] = set()
    for k in keys:
        if k in seen:
            raise PlanError(translate("Validation", "Field “{field}”: the key “{key}” is used twice.").format(field=field, key=k), field)
        seen.add(k)


def check_shares(shares: tuple[tuple[str, Decimal], ...], parties: tuple[str, ...], field: str) -> None:
    """The named parties' percentages are each ≥ 0 and add up to exactly 100."""
    table = dict(shares)
    unknown = sorted(set(table) - set(parties))
    if unknown:
        raise PlanError(translate("Validation", "Field “{field}”: unknown share “{name}” (expected {expected}).").format(
            field=field, name=unknown[0], expected=", ".join(parties)), field)
    for k, v in table.items():
        if v < 0:
            raise PlanError(translate("Validation", "Field “{field}.{name}”: a share must not be negative.").format(field=field, name=k),
                            f"{field}.{k}")
    total = sum(table.values(), Decimal(0))
    if total != HUNDRED:
        raise PlanError(translate("Validation", "Field “{field}”: the shares add up to {total} %, they must add up to 100 %.").format(
            field=field, total=format(total.normalize(), "f")), field)


def validate_commercial(c: m.Commercial) -> None:
    if c.gain_cap_percent < 0:
        raise PlanError(translate("Validation", "Field “commercial.gain_cap_percent”: the cap must not be negative."),
                        "commercial.gain_cap_percent")
    check_shares(c.gain_share_percent, ("buyer", "producer", "staff", "effectiveness_pool"),
                 "commercial.gain_share_percent")
    check_shares(c.effectiveness_pool_split_percent, ("producer", "staff"),
                 "commercial.effectiveness_pool_split_percent")
    check_shares(c.pain_share_percent, ("buyer", "producer"), "commercial.pain_share_percent")
    if isinstance(c.producer_pain_cap, Decimal) and c.producer_pain_cap < 0:
        raise PlanError(translate("Validation", "Field “commercial.producer_pain_cap”: the cap must not be negative."),
                        "commercial.producer_pain_cap")
    _unique((p.key for p in c.periods), "commercial.periods")
    for i, p in enumerate(c.periods):
        field = f"commercial.periods[{i}]"
        if p.end < p.start:
            raise PlanError(translate("Validation", "Field “{field}.end”: the end date is before the start date.").format(field=field),
                            f"{field}.end")
        for part in m.COST_PARTS:
            if getattr(p.target, part) < 0:
                raise PlanError(translate("Validation", "Field “{field}”: a cost must not be negative.").format(
                    field=f"{field}.target.{part}"), f"{field}.target.{part}")
            value = None if p.actual is None else getattr(p.actual, part)
            if value is not None and value < 0:
                raise PlanError(translate("Validation", "Field “{field}”: a cost must not be negative.").format(
                    field=f"{field}.actual.{part}"), f"{field}.actual.{part}")


def validate_plan(plan: m.Plan) -> None:
    """Raise PlanError naming the first field that breaks a hard rule."""
    if not plan.project.name.strip():
        raise PlanError(translate("Validation", "Field “project.name”: the project needs a name."), "project.name")
    _unique((p.key for p in plan.parties), "parties")
    _unique((a.key for a in plan.areas), "areas")
    _unique((p.key for p in plan.phases), "phases")
    _unique((x.key for x in plan.markers), "milestones")
    _unique((c.key for c in plan.chains), "chains")
    _unique((x.key for x in plan.metrics), "metrics")
    _unique((x.key for x in plan.scenarios), "scenarios")
    _unique((x.key for x in plan.risks), "risks")
    _unique((x.key for x in plan.procurement_tasks), "procurement_tasks")
    _unique((x.key for x in plan.documents), "documents")
    _unique((x.key for x in plan.scope.packages), "scope.packages")
    phase_keys = {p.key for p in plan.phases}
    for i, p in enumerate(plan.phases):
        if p.start and p.end and p.end < p.start:
            raise PlanError(translate("Validation", "Field “{field}”: the end date is before the start date.").format(
                field=f"phases[{i}].end"), f"phases[{i}].end")
        if p.parent and p.parent not in phase_keys:
            raise PlanError(translate("Validation", "Field “{field}”: no phase has the key “{key}”.").format(
                field=f"phases[{i}].parent", key=p.parent), f"phases[{i}].parent")
    for i, x in enumerate(plan.markers):
        if x.phase and x.phase not in phase_keys:
            raise PlanError(translate("Validation", "Field “{field}”: no phase has the key “{key}”.").format(
                field=f"milestones[{i}].phase", key=x.phase), f"milestones[{i}].phase")
        if x.state and x.kind != "gate" and not (x.state == "done" and x.kind in ("milestone", "deadline")) or (
                x.kind == "gate" and x.state == "done"):
            raise PlanError(translate("Validation", "Field “{field}”: only a decision gate has a state.").format(
                field=f"milestones[{i}].state"), f"milestones[{i}].state")
    party_keys = {p.key for p in plan.parties}
    for ci, ch in enumerate(plan.chains):
        _unique((s.key for s in ch.steps), f"chains[{ci}].steps")
        for si, step in enumerate(ch.steps):
            if step.provider and step.provider not in party_keys:
                raise PlanError(translate("Validation", "Field “{field}”: no party has the key “{key}”.").format(
                    field=f"chains[{ci}].steps[{si}].provider", key=step.provider),
                    f"chains[{ci}].steps[{si}].provider")
    cells = set()
    packages = {p.key for p in plan.scope.packages}
    areas = {a.key for a in plan.areas}
    for i, (pk, ak, _state) in enumerate(plan.scope.cells):
        if pk not in packages or ak not in areas:
            raise PlanError(translate("Validation", "Field “{field}”: the package or area does not exist.").format(
                field=f"scope.cells[{i}]"), f"scope.cells[{i}]")
        if (pk, ak) in cells:
            raise PlanError(translate("Validation", "Field “{field}”: the cell is given twice.").format(field=f"scope.cells[{i}]"),
                            f"scope.cells[{i}]")
        cells.add((pk, ak))
    validate_commercial(plan.commercial)
    period_keys = {p.key for p in plan.commercial.periods}
    for i, scenario in enumerate(plan.scenarios):
        for j, sp in enumerate(scenario.periods):
            if sp.period not in period_keys:
                raise PlanError(translate("Validation", "Field “{field}”: no service period has the key “{key}”.").format(
                    field=f"scenarios[{i}].periods[{j}].period", key=sp.period), f"scenarios[{i}].periods[{j}].period")
    for i, metric in enumerate(plan.metrics):
        for j, cal in enumerate(metric.calibrations):
            field = f"metrics[{i}].calibrations[{j}]"
            if cal.weight < 0:
                raise PlanError(translate("Validation", "Field “{field}”: a weight must not be negative.").format(field=field + ".weight"),
                                field + ".weight")
            if cal.from_period not in period_keys:
                raise PlanError(translate("Validation", "Field “{field}”: no service period has the key “{key}”.").format(
                    field=field + ".from_period", key=cal.from_period), field + ".from_period")
            if cal.threshold == cal.target and cal.weight > 0:
                raise PlanError(translate("Validation", "Field “{field}”: the threshold and the target must differ.").format(
                    field=field + ".target"), field + ".target")
        _unique((c.from_period for c in metric.calibrations), f"metrics[{i}].calibrations")
        _unique((p for p, _v in metric.measurements), f"metrics[{i}].measurements")
        for p, _v in metric.measurements:
            if p not in period_keys:
                raise PlanError(translate("Validation", "Field “{field}”: no service period has the key “{key}”.").format(
                    field=f"metrics[{i}].measurements", key=p), f"metrics[{i}].measurements")
