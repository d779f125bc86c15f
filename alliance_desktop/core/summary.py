"""Headline facts of a plan for the overview and the report's first page."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from . import model as m
from .timeline import overdue
from .records import record


@record
class Summary:
    """The plan's headline figures and next dates (`summarize`)."""

    total_target_cost: Decimal
    period_count: int
    chain_count: int
    step_count: int
    metric_count: int
    party_count: int
    risk_count: int
    severe_open_risk_count: int  # open risks whose severity level is "high" (the red ones)
    next_deadline: m.Marker | None
    last_deadline: m.Marker | None
    next_gate: m.Marker | None
    service_start: _dt.date | None
    service_end: _dt.date | None
    overdue: tuple = ()  # timeline.Overdue: what is overdue on `today`, the oldest first


def _next(markers: list[m.Marker], today: _dt.date) -> m.Marker | None:
    upcoming = sorted((x for x in markers if x.date and x.date >= today), key=lambda x: (x.date, x.time))
    return upcoming[0] if upcoming else None


def summarize(plan: m.Plan, today: _dt.date | None = None) -> Summary:
    today = today or _dt.date.today()
    periods = plan.commercial.periods
    service = [p for p in plan.phases if p.kind == "service"]
    gates = [x for x in plan.markers if x.kind == "gate" and x.state in ("", "pending")]
    return Summary(
        total_target_cost=sum((p.target.total for p in periods), Decimal(0)),
        period_count=len(periods),
        chain_count=len(plan.chains),
        step_count=sum(len(c.steps) for c in plan.chains),
        metric_count=len(plan.metrics),
        party_count=len(plan.parties),
        risk_count=len(plan.risks),
        severe_open_risk_count=sum(1 for r in plan.risks
                                   if r.status == "open" and m.severity_level(m.severity(r)) == "high"),
        next_deadline=_next([x for x in plan.markers if x.kind == "deadline"], today),
        last_deadline=max((x for x in plan.markers if x.kind == "deadline" and x.date and x.date < today),
                          key=lambda x: (x.date, x.time), default=None),
        next_gate=_next(gates, today),
        service_start=min((p.start for p in service if p.start), default=None)
        or min((p.start for p in periods), default=None),
        service_end=max((p.end for p in service if p.end), default=None)
        or max((p.end for p in periods), default=None),
        overdue=tuple(overdue(plan, today)),
    )
